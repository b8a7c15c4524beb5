//! Cloudflare's API under `/client/v4`, one of the sandbox's APIs (registered in
//! `core/api.rs`): a zone's client certificates (the seed's five operations: List Client
//! Certificates, Client Certificate Details, Create Client Certificate, Reactivate Client
//! Certificate, Revoke Client Certificate), the zone's mTLS hostname associations, and the
//! zone lookup `GET /zones?name=`. The rules it shares with the CLI are
//! `moks_model::cloudflare`'s.
//!
//! Rules:
//! - authenticated with tokens (`core/bearer.rs`): the fixed public credentials below, a
//!   read-write token, a read-only one and a Global API Key pair; a read token asking to
//!   write gets 403 with Cloudflare's code 10000, in the envelope;
//! - every answer is the envelope (`answers.rs`), failures included (404s, refused
//!   credentials, the pipeline's own refusals), each error with a code;
//! - the rate limit is Cloudflare's (`limit.rs`): requests per window per credential
//!   (1,200 per 5 minutes), and going over blocks the credential for a while (5 minutes),
//!   with `Ratelimit`, `Ratelimit-Policy` and (on a 429) `Retry-After`; both configurable;
//! - each zone has a Managed CA (`ca.rs`) that issues real certificates from the CSRs it
//!   is sent (subject copied from the CSR, `validity_days` honoured, SKI, serial), so
//!   `openssl verify -CAfile <the zone CA>` accepts them;
//! - what the state stores is what was written: a certificate's status and when it was
//!   set. `pending_revocation` → `revoked` and `pending_reactivation` → `active` are derived
//!   when read, [`Config::transition_delay`] after, so nothing runs in the background;
//! - the account's zones are made the first time the API is used (`ca.rs`): the zones of
//!   [`Config::zones`], and with `Options::seed` ≥ 1 a few certificates in the first;
//! - where no public source says (error codes, the default list filter, validity bounds,
//!   how long the pending statuses last), the choice is the sandbox's, written where it is
//!   made and configurable here where a user could need the other.

mod answers;
mod ca;
mod limit;
mod ops;
mod routes;

use serde::{Deserialize, Serialize};
use std::time::Duration;

use crate::core::api::{Api, Auth, Operation, Outcome, Refusal, Request};
use crate::core::bearer::{Credential, Scope};
use crate::core::problem::Reply;
use moks_model::cloudflare::{rules, ListStatus, BASE_PATH};

/// The sandbox's read-write API token (public, like the `.edgerc` tokens: it protects
/// nothing and exists so that requests really are authenticated). 40 characters, as
/// Cloudflare's are.
pub const CLOUDFLARE_TOKEN: &str = "sandbox-cf-token-rw-not-a-secret-0000000";
/// The sandbox's read-only API token ("SSL and Certificates Read"): its writes get 403.
pub const CLOUDFLARE_READ_TOKEN: &str = "sandbox-cf-token-ro-not-a-secret-0000000";
/// The legacy Global API Key's email (`X-Auth-Email`).
pub const CLOUDFLARE_EMAIL: &str = "sandbox@example.com";
/// The legacy Global API Key (`X-Auth-Key`), 37 hex digits as Cloudflare's: read-write.
pub const CLOUDFLARE_API_KEY: &str = "5a4db0c0000000000000000000000000000cf";

/// How the Cloudflare emulation behaves (`Options::cloudflare`).
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// How long `pending_revocation` and `pending_reactivation` last before they settle.
    /// No source gives the real duration; zero (the default) settles them at the next read.
    pub transition_delay: Duration,
    /// Requests per window per credential; 0 disables the limit. Cloudflare: 1,200.
    pub rate_limit: u32,
    /// The window. Cloudflare: 5 minutes.
    pub rate_window: Duration,
    /// How long a credential that went over is refused. Cloudflare: "blocks all API calls
    /// for the next five minutes".
    pub rate_block: Duration,
    /// The list's filter when no `status` is given. Not documented; `all` (revoked
    /// certificates stay listed) is the sandbox's choice.
    pub default_list_status: ListStatus,
    /// The largest `validity_days` taken (none is documented). The model's bound
    /// (`rules::MAX_VALIDITY_DAYS`, 100 years) applies first, so this can only lower it.
    pub max_validity_days: i64,
    /// Certificates a zone holds, at most (revoked ones count): a bound on the state.
    pub max_certificates_per_zone: usize,
    /// The zones every account has, by name; the first gets the seeded certificates.
    pub zones: Vec<String>,
    /// The credentials accepted (the fixed public ones by default).
    pub tokens: Vec<(String, String, Scope)>,
    /// The Global API Key pairs accepted: `(email, key)`, read-write (a key is 37 hex
    /// digits, as Cloudflare's; another shape is refused as malformed).
    pub keys: Vec<(String, String)>,
    /// Example certificates in the first zone (at most 3; `Options::seed` sets it).
    pub seed_certificates: u32,
    /// Share (0.0..=1.0) of creates that issue the certificate but answer 500, as a create
    /// whose answer is lost: for testing that a client looks for the certificate (by its
    /// CSR) before it retries, instead of issuing a second one.
    pub lost_create_rate: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            transition_delay: Duration::ZERO,
            rate_limit: 1200,
            rate_window: Duration::from_secs(300),
            rate_block: Duration::from_secs(300),
            default_list_status: ListStatus::All,
            max_validity_days: rules::MAX_VALIDITY_DAYS,
            max_certificates_per_zone: 1000,
            zones: vec!["example.com".into(), "example.net".into()],
            tokens: vec![
                ("sandbox-rw".into(), CLOUDFLARE_TOKEN.into(), Scope::Write),
                (
                    "sandbox-ro".into(),
                    CLOUDFLARE_READ_TOKEN.into(),
                    Scope::Read,
                ),
            ],
            keys: vec![(CLOUDFLARE_EMAIL.into(), CLOUDFLARE_API_KEY.into())],
            seed_certificates: 0,
            lost_create_rate: 0.0,
        }
    }
}

impl Config {
    /// The credentials for the token verifier.
    pub fn credentials(&self) -> Vec<Credential> {
        let tokens = self
            .tokens
            .iter()
            .map(|(name, token, scope)| Credential::Token {
                name: name.clone(),
                token: token.clone(),
                scope: *scope,
            });
        let keys = self.keys.iter().map(|(email, key)| Credential::Key {
            email: email.clone(),
            key: key.clone(),
            scope: Scope::Write,
        });
        tokens.chain(keys).collect()
    }
}

/// One account's Cloudflare zones.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Zones {
    #[serde(default)]
    pub zones: Vec<Zone>,
}

impl Zones {
    pub fn is_empty(&self) -> bool {
        self.zones.is_empty()
    }
}

/// A zone, its Managed CA, its client certificates and its hostname associations.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Zone {
    pub id: String,
    pub name: String,
    pub ca: ManagedCa,
    #[serde(default)]
    pub certificates: Vec<Cert>,
    #[serde(default)]
    pub associations: Vec<Association>,
}

/// The zone's Managed CA (its key is in the state: it is a sandbox).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ManagedCa {
    pub id: String,
    pub name: String,
    pub certificate_pem: String,
    pub private_key_pem: String,
}

/// The hostnames that require a certificate of one CA (`None`: the Managed CA).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Association {
    #[serde(default)]
    pub mtls_certificate_id: Option<String>,
    pub hostnames: Vec<String>,
}

/// A client certificate as stored: what was issued, and the status last written with
/// when (the pending ones settle when read).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Cert {
    pub id: String,
    pub csr: String,
    pub certificate: String,
    pub validity_days: i64,
    pub issued_on: String,
    pub expires_on: String,
    pub fingerprint_sha256: String,
    pub serial_number: String,
    pub signature: String,
    pub ski: String,
    pub common_name: String,
    pub country: String,
    pub state: String,
    pub location: String,
    pub organization: String,
    pub organizational_unit: String,
    pub status: String,
    pub status_at: String,
}

/// Cloudflare's API as the sandbox serves it.
pub struct CloudflareApi {
    cfg: std::sync::Arc<Config>,
    limiter: limit::Limiter,
}

impl CloudflareApi {
    pub fn new(opts: &crate::Options) -> CloudflareApi {
        let mut cfg = opts.cloudflare.clone();
        cfg.seed_certificates = cfg.seed_certificates.max(opts.seed.min(3));
        CloudflareApi {
            limiter: limit::Limiter::new(cfg.rate_limit, cfg.rate_window, cfg.rate_block),
            cfg: std::sync::Arc::new(cfg),
        }
    }
}

impl Api for CloudflareApi {
    fn prefix(&self) -> &'static str {
        BASE_PATH
    }

    fn auth(&self) -> Auth {
        Auth::Bearer
    }

    /// The rate limit first (a blocked credential learns nothing else), then the scope,
    /// then the route; every answer after the limit carries its headers.
    fn route(&self, req: &Request<'_>) -> Result<Operation, Reply> {
        let who = req.principal.map_or("", |p| p.name.as_str());
        let verdict = self.limiter.take(who, std::time::Instant::now());
        let headers = verdict.as_ref().map(limit::headers).unwrap_or_default();
        let with_headers = |mut r: Reply| {
            r.headers.extend(headers.iter().cloned());
            r
        };
        if verdict.as_ref().is_some_and(|v| !v.allowed) {
            return Err(with_headers(answers::rate_limited()));
        }
        let scope = req.principal.map_or(Scope::Read, |p| p.scope);
        if !scope.allows(req.method) {
            return Err(with_headers(answers::denied(
                &crate::core::bearer::AUTHENTICATION_ERROR,
            )));
        }
        let op = routes::route(req, &self.cfg).map_err(&with_headers)?;
        let (cfg, now) = (self.cfg.clone(), req.now);
        Ok(Box::new(move |state, account| {
            let mut out: Outcome = ops::apply(state, account, op, now, &cfg);
            out.reply.headers.extend(headers);
            out
        }))
    }

    fn refuse(&self, r: Refusal<'_>) -> Reply {
        answers::refusal(r)
    }
}

#[cfg(test)]
mod tests;
