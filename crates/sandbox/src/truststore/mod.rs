//! The Edge Truststore (METS) API v2, `/mtls-edge-truststore/v2`, one of the sandbox's APIs
//! (registered in `core/api.rs`): EdgeGrid-authenticated, with its own problem shapes for
//! the pipeline's refusals (429, 403, 500).
//! Sections (§) are those of docs/reference/truststore.md.
//!
//! Rules:
//! - each account's truststore ([`Truststore`]) is its slice of that account's state
//!   (`core/account.rs`: absent from older files, left out of the file while empty);
//! - what the state stores is what was *asked*: CA sets, versions with their certificates,
//!   activation and deletion requests with the time they complete. Everything time changes
//!   is derived when read (`views.rs`): an activation is IN_PROGRESS until its
//!   `completesAt`, then COMPLETE (or FAILED, when `Config::failures` failed it when it was
//!   made: `faults.rs`); the version active on a network is the result of the completed,
//!   not failed, requests of that network replayed in order; a deletion is DELETING, then
//!   DELETED (or FAILED on a network, and the set NOT_DELETED again); the activities (§5.7) are read off the sets, versions, requests and deletion.
//!   So no background task and no write of its own is needed, as for MOKS deployments;
//! - ids: `caSetId` is a JSON string of a number (§1) from a per-account counter,
//!   `activationId` an integer from another; version numbers come from a per-set counter
//!   and are never reused (§5.14, §8 "Version" 2);
//! - the resource limits (§2.1) and the time a request takes come from [`Config`]
//!   (`Options::truststore`);
//! - the operations (`ops.rs`) follow §5 and §8; every answer's and problem's shape follows
//!   §3 and §6; where the reference is silent (its §15 gaps) the choice is the sandbox's
//!   and the code says so.

mod certs;
mod faults;
mod ops;
pub mod problem;
mod routes;
pub mod seed;
mod views;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::time::Duration;
use time::OffsetDateTime;

use crate::core::api::{Api, Auth, Operation, Outcome, Refusal, Request};
use crate::core::problem::Reply;

pub use faults::Failures;
pub use moks_model::truststore::BASE_PATH as BASE;

/// The truststore's limits and clock (§2.1 defaults; `sandbox serve --truststore-delay`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// How long an activation, a deactivation or a CA set deletion stays IN_PROGRESS.
    pub delay: Duration,
    /// CA sets per account (not counting deleted ones): 422 `ca-set-limit-reached` beyond.
    pub max_ca_sets: usize,
    /// Versions per CA set (not counting deleted ones): 422 `ca-set-version-limit-reached`.
    pub max_versions: usize,
    /// Certificates per version: 422 `certificate-limit-reached` beyond.
    pub max_certificates: usize,
    /// Requests made to fail, per network (`faults.rs`; none by default).
    pub failures: Failures,
}

impl Default for Config {
    /// §2.1: 200 sets, 100 versions, 300 certificates; no delay.
    fn default() -> Config {
        Config {
            delay: Duration::ZERO,
            max_ca_sets: moks_model::truststore::rules::MAX_CA_SETS,
            max_versions: moks_model::truststore::rules::MAX_VERSIONS,
            max_certificates: moks_model::truststore::rules::MAX_CERTIFICATES,
            failures: Failures::default(),
        }
    }
}

/// One account's Edge Truststore.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Truststore {
    #[serde(default)]
    pub next_ca_set_id: i64,
    #[serde(default)]
    pub next_activation_id: i64,
    #[serde(default)]
    pub ca_sets: Vec<CaSet>,
}

impl Truststore {
    pub fn is_empty(&self) -> bool {
        self.ca_sets.is_empty() && self.next_ca_set_id == 0
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CaSet {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub created_by: String,
    pub created_date: String,
    /// The number the next version takes (§8 "Version" 2: never reused).
    pub next_version: i64,
    #[serde(default)]
    pub versions: Vec<Version>,
    /// Activation and deactivation requests, oldest first.
    #[serde(default)]
    pub activations: Vec<Activation>,
    #[serde(default)]
    pub deletion: Option<Deletion>,
    /// What uses the set (§5.8): none unless seeded or written into the state file.
    #[serde(default)]
    pub associations: StoredAssociations,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StoredAssociations {
    /// §5.8 property objects, served as stored.
    #[serde(default)]
    pub properties: Vec<Value>,
    /// §5.8 enrollment objects, served as stored.
    #[serde(default)]
    pub enrollments: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Version {
    pub version: i64,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub allow_insecure_sha1: bool,
    pub created_by: String,
    pub created_date: String,
    #[serde(default)]
    pub modified_by: Option<String>,
    #[serde(default)]
    pub modified_date: Option<String>,
    #[serde(default)]
    pub certificates: Vec<Cert>,
    /// Set by DELETE …/versions/{v} (§5.14).
    #[serde(default)]
    pub deleted_date: Option<String>,
    #[serde(default)]
    pub removal_date: Option<String>,
}

/// A stored certificate: its PEM (normalised, `\n` line breaks: §15 gap 12, the sandbox's
/// choice) and what was read from it when it was taken.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Cert {
    pub certificate_pem: String,
    #[serde(default)]
    pub description: Option<String>,
    pub subject: String,
    pub issuer: String,
    pub start_date: String,
    pub end_date: String,
    pub fingerprint: String,
    pub serial_number: String,
    pub signature_algorithm: String,
    pub created_by: String,
    pub created_date: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Activation {
    pub id: i64,
    pub version: i64,
    /// `STAGING` or `PRODUCTION`.
    pub network: String,
    /// `ACTIVATE`, `DEACTIVATE`, or `DELETE` (recorded by a CA set deletion, `faults.rs`).
    pub kind: String,
    pub created_by: String,
    pub created_date: String,
    /// When it turns COMPLETE.
    pub completes_at: String,
    /// The warnings it was answered with (§3.2).
    #[serde(default)]
    pub warnings: Vec<Value>,
    /// Set when the request ends FAILED (`faults.rs`), decided when it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    /// Whether a request on the same network was already answered "just completed" after it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub followed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Deletion {
    pub requested_by: String,
    pub requested_date: String,
    /// When both networks are done and the set is DELETED (or, when a part failed,
    /// NOT_DELETED again).
    pub completes_at: String,
    /// When the STAGING part is done (absent: with the rest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staging_completes_at: Option<String>,
    /// The networks whose part fails (`faults.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failed: Vec<String>,
}

/// The Edge Truststore API as the sandbox serves it.
pub struct EdgeTruststore {
    cfg: Config,
}

impl EdgeTruststore {
    pub fn new(opts: &crate::Options) -> EdgeTruststore {
        EdgeTruststore {
            cfg: opts.truststore.clone(),
        }
    }
}

impl Api for EdgeTruststore {
    fn prefix(&self) -> &'static str {
        BASE
    }

    fn auth(&self) -> Auth {
        Auth::EdgeGrid
    }

    fn route(&self, req: &Request<'_>) -> Result<Operation, Reply> {
        let cfg = self.cfg.clone();
        let target = (req.method, req.path, req.query);
        let op = routes::route(target, req.content_type, req.accept, req.body, &cfg)?;
        let now = req.now;
        Ok(Box::new(move |state, account| {
            apply(state, account, op, now, &cfg)
        }))
    }

    fn refuse(&self, r: Refusal<'_>) -> Reply {
        match r {
            Refusal::RateLimited { next, wait, limit } => {
                let seconds = wait.as_secs_f64().ceil() as u64;
                problem::rate_limited(&crate::core::rate::fmt_millis(next), seconds, limit)
            }
            Refusal::TooManyAccounts(detail) => problem::forbidden(detail),
            Refusal::Unavailable => problem::unavailable(
                "The sandbox answered 503 on purpose (fail rate injection). Retry the request.",
            ),
            Refusal::Busy => problem::unavailable(
                "The sandbox holds as many request bodies as it will. Retry the request.",
            ),
            Refusal::Internal(detail) => problem::internal(detail),
            _ => crate::core::problem::gateway(r),
        }
    }
}

/// Runs one operation on account `account_key` (made first when new, as the server does
/// within its limit; the seed and the tests rely on this).
pub fn apply(
    state: &mut crate::core::store::State,
    account_key: &str,
    op: ops::Op,
    now: OffsetDateTime,
    cfg: &Config,
) -> Outcome {
    let (account, created) =
        match crate::core::account::open_for_op(state, account_key, problem::internal) {
            Ok(opened) => opened,
            Err(refused) => return refused,
        };
    let account_id = account.account_id.clone();
    let mut out = ops::run(&mut account.truststore, &account_id, op, now, cfg);
    out.changed |= created;
    out
}
