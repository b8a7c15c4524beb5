//! The Edge Truststore (METS) API v2, `/mtls-edge-truststore/v2`, emulated beside MOKS: the
//! same server, credentials, signature checks, rate limit, accounts and state file. Section
//! numbers (§) are those of the Edge Truststore reference (`truststore-api.md`).
//!
//! Rules:
//! - each account's truststore ([`Truststore`]) is part of that account's state, serde-
//!   defaulted (state files written before it still load) and left out of the file while
//!   empty; an `accountSwitchKey` never seen before gets a fresh account, as for MOKS;
//! - what the state stores is what was *asked*: CA sets, versions with their certificates,
//!   activation and deletion requests with the time they complete. Everything time changes
//!   is derived when read (`views.rs`): an activation is IN_PROGRESS until its
//!   `completesAt`, then COMPLETE; the version active on a network is the result of the
//!   completed requests of that network replayed in order; a deletion is DELETING, then
//!   DELETED; the activities (§5.7) are read off the sets, versions, requests and deletion.
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
mod ops;
pub mod problem;
mod routes;
pub mod seed;
mod views;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;
use time::OffsetDateTime;

use super::lifecycle::{self, Outcome};
use super::problem::Reply;
use super::server::Shared;

pub use moks_model::truststore::BASE_PATH as BASE;

/// Whether a request path belongs to the Edge Truststore.
pub fn handles(path: &str) -> bool {
    path == BASE || path.starts_with(&format!("{BASE}/"))
}

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
}

impl Default for Config {
    /// §2.1: 200 sets, 100 versions, 300 certificates; no delay.
    fn default() -> Config {
        Config {
            delay: Duration::ZERO,
            max_ca_sets: moks_model::truststore::rules::MAX_CA_SETS,
            max_versions: moks_model::truststore::rules::MAX_VERSIONS,
            max_certificates: moks_model::truststore::rules::MAX_CERTIFICATES,
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
    /// `ACTIVATE` or `DEACTIVATE`.
    pub kind: String,
    pub created_by: String,
    pub created_date: String,
    /// When it turns COMPLETE.
    pub completes_at: String,
    /// The warnings it was answered with (§3.2).
    #[serde(default)]
    pub warnings: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Deletion {
    pub requested_by: String,
    pub requested_date: String,
    /// When both networks are done and the set is DELETED.
    pub completes_at: String,
}

/// Runs an authenticated truststore request: routing and body checks first, then the
/// operation under the state lock (in `spawn_blocking`, as MOKS operations run).
pub async fn serve(
    shared: &Arc<Shared>,
    (method, path, query): (&str, &str, &str),
    content_type: Option<&str>,
    accept: Option<&str>,
    body: &[u8],
) -> Reply {
    let cfg = shared.truststore.clone();
    let (op, account) = match routes::route(method, path, query, content_type, accept, body, &cfg) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let store = shared.store.clone();
    let init = shared.init();
    let max_accounts = shared.limits.max_accounts;
    let now = OffsetDateTime::now_utc();
    let job = tokio::task::spawn_blocking(move || {
        store.transact(&init, |state| {
            let out = apply_limited(state, &account, op, now, &cfg, max_accounts);
            (out.reply, out.changed)
        })
    });
    match job.await {
        Ok(Ok(reply)) => reply,
        Ok(Err(e)) => problem::internal(&e.to_string()),
        Err(e) => problem::internal(&format!("the sandbox operation failed: {e}")),
    }
}

/// Runs one operation on account `account_key`, creating the account when it is new (as
/// `lifecycle::apply_limited` does for MOKS: at most `max_accounts` besides the default).
pub fn apply_limited(
    state: &mut super::state::State,
    account_key: &str,
    op: ops::Op,
    now: OffsetDateTime,
    cfg: &Config,
    max_accounts: usize,
) -> Outcome {
    let mut created = false;
    if !state.accounts.contains_key(account_key) {
        let others = state.accounts.keys().filter(|k| !k.is_empty()).count();
        if !account_key.is_empty() && others >= max_accounts {
            return Outcome {
                reply: problem::forbidden(&format!(
                    "The sandbox holds {others} accounts, its limit: this accountSwitchKey cannot be used."
                )),
                changed: false,
            };
        }
        let number = 23_456 + state.accounts.len() as u32;
        let id = if account_key.is_empty() {
            "A-SANDBOX".to_string()
        } else {
            account_key
                .split(':')
                .next()
                .unwrap_or(account_key)
                .to_string()
        };
        state
            .accounts
            .insert(account_key.to_string(), lifecycle::new_account(&id, number));
        created = true;
    }
    let Some(account) = state.accounts.get_mut(account_key) else {
        return Outcome {
            reply: problem::internal("account vanished"),
            changed: false,
        };
    };
    let account_id = account.account_id.clone();
    let mut out = ops::run(&mut account.truststore, &account_id, op, now, cfg);
    out.changed |= created;
    out
}
