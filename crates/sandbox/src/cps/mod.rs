//! Akamai's Certificate Provisioning System (CPS) API v2, `/cps/v2`, one of the sandbox's
//! APIs (registered in `core/api.rs`), and the Contract API's contract list that
//! `akamai cps setup` reads first (`contract.rs`).
//!
//! Rules:
//! - every rule of the API that the CLI also needs lives in `moks_model::cps` (operations
//!   and media types, the enrollment check, `classify_update`, the change views and the
//!   update bodies); this folder only holds the state and its lifecycle;
//! - each account's CPS state ([`Cps`]) is its slice of that account (`core/account.rs`,
//!   left out of the file while empty); enrollment and change ids come from one
//!   per-account counter;
//! - a change moves by itself through its automatic steps, each taking [`Config::delay`],
//!   and stops where it needs input (`flow.rs`); it is moved forward whenever the account
//!   is touched, so no background task is needed;
//! - links are the API's host-relative paths (`/cps/v2/enrollments/E/changes/C`);
//! - the API's own limits (35 requests a minute and 20 per 2 seconds per account, 10 a
//!   minute for active certificates) are kept here (`limits.rs`), beside the sandbox's
//!   generic rate limit.

mod certs;
pub mod contract;
mod flow;
mod input;
mod limits;
mod ops;
mod problem;
mod routes;
mod seed;
mod views;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::time::Duration;
use time::OffsetDateTime;

use crate::core::api::{Api, Auth, Operation, Outcome, Refusal, Request};
use crate::core::problem::Reply;

pub use moks_model::cps::BASE_PATH as BASE;

/// CPS's clocks, limits and knobs (`Options::cps`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// How long a change stays in each automatic step (checks, CSR generation, verification,
    /// deployment to staging, to production).
    pub delay: Duration,
    /// A Let's Encrypt change whose challenges were not acknowledged validates by itself
    /// after this long (CPS also checks on its own schedule); `None`: only the
    /// acknowledgement moves it.
    pub dv_validation_delay: Option<Duration>,
    /// Create answers 409 when the account had a new certificate less than this long ago
    /// (the create operation's "one certificate every five minutes"); zero: no such rule.
    pub one_certificate_every: Duration,
    /// The first input given to a change after each status change answers a transient 409
    /// `invalid-enrollment-state` (seen in the wild: Terraform provider issue 765).
    pub transient_conflict: bool,
    /// The API's own request limits (35/min and 20/2 s per account, 10/min for active
    /// certificates), answered 429 with `Retry-After`.
    pub rate_limits: bool,
    /// Example enrollments made in an account the first time CPS is used in it.
    pub seed: bool,
}

impl Default for Config {
    /// The API's rules, with short clocks: 5 s per automatic step, challenges validating
    /// by themselves after 60 s, seeds off (on with `Options::seed`).
    fn default() -> Config {
        Config {
            delay: Duration::from_secs(5),
            dv_validation_delay: Some(Duration::from_secs(60)),
            one_certificate_every: Duration::from_secs(300),
            transient_conflict: false,
            rate_limits: true,
            seed: false,
        }
    }
}

/// One account's CPS state.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Cps {
    #[serde(default)]
    pub next_id: i64,
    /// Whether the examples were made (or had no reason to be).
    #[serde(default)]
    pub seeded: bool,
    /// When the last enrollment was created (the five-minute rule).
    #[serde(default)]
    pub last_created: Option<String>,
    /// The account's sandbox CA (issues the Let's Encrypt certificates), made when needed.
    #[serde(default)]
    pub ca_certificate: Option<String>,
    #[serde(default)]
    pub ca_key: Option<String>,
    #[serde(default)]
    pub enrollments: Vec<Enrollment>,
}

impl Cps {
    pub fn is_empty(&self) -> bool {
        *self == Cps::default()
    }

    fn new_id(&mut self) -> i64 {
        self.next_id = self.next_id.max(10_000) + 1;
        self.next_id
    }

    /// A new enrollment of `doc` under `contract_id`, with no changes yet; its index.
    fn enroll(&mut self, contract_id: String, doc: Value) -> usize {
        let id = self.new_id();
        self.enrollments.push(Enrollment {
            id,
            contract_id,
            doc,
            slot: id + 90_000,
            changes: Vec::new(),
            production: None,
            staging: None,
            history: Vec::new(),
        });
        self.enrollments.len() - 1
    }
}

/// An enrollment: the document as given (read-only fields stripped), and what happened.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Enrollment {
    pub id: i64,
    pub contract_id: String,
    pub doc: Value,
    /// The slot the enrollment's certificate is served from.
    pub slot: i64,
    #[serde(default)]
    pub changes: Vec<Change>,
    #[serde(default)]
    pub production: Option<Deployed>,
    #[serde(default)]
    pub staging: Option<Deployed>,
    /// Every certificate deployed to production, oldest first.
    #[serde(default)]
    pub history: Vec<Deployed>,
}

/// The certificates deployed on a network by a change.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Deployed {
    pub change_id: i64,
    pub at: String,
    pub certs: Vec<Cert>,
}

/// One certificate of a key algorithm, with what was read from it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Cert {
    pub key_algorithm: String,
    pub certificate: String,
    #[serde(default)]
    pub trust_chain: String,
    pub expiry: String,
    pub serial: String,
    pub sha256_fingerprint: String,
    pub issuer: String,
}

/// A change of an enrollment.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub id: i64,
    /// `new-certificate`, `renew`, `modify-san`, `update-network-configuration`.
    pub action: String,
    /// `third-party`, `dv` or `redeploy` (the certificate deployed stays).
    pub kind: String,
    /// `statusInfo.status`.
    pub status: String,
    /// When it reached `status`.
    pub since: String,
    pub created: String,
    /// `open`, `completed`, `cancelled`.
    pub end: String,
    #[serde(default)]
    pub csrs: Vec<KeyCsr>,
    /// The certificates uploaded, issued, or (redeploy) kept.
    #[serde(default)]
    pub certs: Vec<Cert>,
    #[serde(default)]
    pub domains: Vec<DvDomain>,
    #[serde(default)]
    pub pre_warnings: Option<String>,
    #[serde(default)]
    pub post_warnings: Option<String>,
    #[serde(default)]
    pub not_before: Option<String>,
    #[serde(default)]
    pub not_after: Option<String>,
    /// The status for which the transient 409 was answered already.
    #[serde(default)]
    pub conflict_served: Option<String>,
}

/// A CSR the sandbox made for a third-party change, with its key (which never leaves).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct KeyCsr {
    pub key_algorithm: String,
    pub csr: String,
    pub private_key: String,
}

/// A domain of a Let's Encrypt change and its token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DvDomain {
    pub domain: String,
    pub token: String,
    #[serde(default)]
    pub validated: Option<String>,
}

/// The CPS API as the sandbox serves it.
pub struct CpsApi {
    cfg: Config,
    limiter: limits::Limiter,
}

impl CpsApi {
    pub fn new(opts: &crate::Options) -> CpsApi {
        let mut cfg = opts.cps.clone();
        cfg.seed |= opts.seed > 0;
        CpsApi {
            limiter: limits::Limiter::new(cfg.rate_limits),
            cfg,
        }
    }
}

impl Api for CpsApi {
    fn prefix(&self) -> &'static str {
        BASE
    }

    fn auth(&self) -> Auth {
        Auth::EdgeGrid
    }

    fn route(&self, req: &Request<'_>) -> Result<Operation, Reply> {
        let routed = routes::route(req)?;
        let account = crate::core::request::account_key(req.query);
        self.limiter.take(
            &account,
            routed.is_active_certificates(),
            std::time::Instant::now(),
        )?;
        let cfg = self.cfg.clone();
        let now = req.now;
        Ok(Box::new(move |state, account| {
            apply(state, account, routed, now, &cfg)
        }))
    }

    fn refuse(&self, r: Refusal<'_>) -> Reply {
        match r {
            Refusal::RateLimited { wait, .. } => problem::rate_limited(wait),
            _ => crate::core::problem::gateway(r),
        }
    }
}

/// Runs one operation on account `account_key` (made first when new).
pub fn apply(
    state: &mut crate::core::store::State,
    account_key: &str,
    routed: routes::Routed,
    now: OffsetDateTime,
    cfg: &Config,
) -> Outcome {
    let (account, created) =
        match crate::core::account::open_for_op(state, account_key, problem::internal) {
            Ok(opened) => opened,
            Err(refused) => return refused,
        };
    let cps = &mut account.cps;
    let mut changed = created;
    if !cps.seeded {
        cps.seeded = true;
        if cfg.seed {
            seed::seed(cps, now);
        }
        changed = true;
    }
    changed |= flow::advance_all(cps, now, cfg);
    let mut out = ops::run(cps, routed.op, now, cfg);
    if (200..300).contains(&out.reply.status) && out.reply.body.is_some() {
        out.reply.content_type = routed.answer_type;
        if let Some(body) = out.reply.body.as_mut() {
            views::older_shape(body, routed.answer_type);
        }
    }
    out.changed |= changed;
    out
}
