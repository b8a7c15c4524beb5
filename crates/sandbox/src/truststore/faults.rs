//! Failures on purpose, per network: the knob (`MOKS_SANDBOX_TRUSTSTORE_FAIL`, `sandbox serve
//! --truststore-fail`) that makes the Edge Truststore's unhappy endings reachable, so that a
//! client's handling of them can be exercised against the sandbox.
//!
//! Rules:
//! - the knob is a comma-separated list of `NETWORK:WHAT` (`staging:activate,production:delete`),
//!   NETWORK `staging` or `production` (any case), WHAT one of:
//!   - `activate` / `deactivate`: such a request on that network ends FAILED with a
//!     `failureReason` (the API reference's Activation object: `activationStatus`
//!     IN_PROGRESS, COMPLETE or FAILED; a FAILED request changes nothing: the version active
//!     there stays the one it was);
//!   - `delete`: that network's part of a CA set deletion ends FAILED; the deletion status is
//!     then FAILED with a `failureReason` overall and on that network, answered 207 when the
//!     other network completed (the official Go client accepts 207 from "Get a CA set
//!     deletion status"), and the set is NOT_DELETED again (the Terraform provider's
//!     documentation: "you need to retry the delete");
//!   - `just-completed`: the first activate or deactivate on that network after a request
//!     there completed is answered 400 `another-activation-just-completed-in-the-ca-set`
//!     (the API reference's activate errors; "back off and retry"); the next one goes;
//! - whether a request fails is decided when it is made and stored with it: changing the
//!   knob never rewrites what already happened;
//! - the networks are not in lockstep: a deletion's STAGING part completes at half the delay,
//!   PRODUCTION at the whole;
//! - a CA set deletion also records one request of `activationType: DELETE` per network
//!   (the API reference lists DELETE among the activation types without saying where it
//!   appears: the sandbox's choice), for the set's latest version when it has one, ending
//!   as that network's part of the deletion does.

use serde_json::{json, Value};
use time::OffsetDateTime;

use super::problem;
use super::views::{self as v, fmt_micros, PRODUCTION, STAGING};
use super::{Activation, CaSet, Config, Deletion, Truststore};
use crate::core::problem::Reply;
use crate::moks::lifecycle::USER;

/// The activation type a CA set deletion records per network.
pub const DELETE: &str = "DELETE";

/// What can be made to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Activate,
    Deactivate,
    Delete,
    JustCompleted,
}

/// The failures asked for: (network, what), networks upper-case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Failures(Vec<(&'static str, Fault)>);

const ALLOWED: &str = "NETWORK:WHAT[,…] with NETWORK staging or production and WHAT activate, \
                       deactivate, delete or just-completed (e.g. staging:activate,production:delete)";

impl Failures {
    /// Reads `staging:activate,production:delete`; an empty text asks for nothing.
    pub fn parse(text: &str) -> Result<Failures, String> {
        let mut out = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let bad = || {
                format!(
                    "'{}' is not a failure: expected {ALLOWED}",
                    part.escape_debug()
                )
            };
            let (net, what) = part.split_once(':').ok_or_else(bad)?;
            let net = match net.trim().to_ascii_uppercase().as_str() {
                "STAGING" => STAGING,
                "PRODUCTION" => PRODUCTION,
                _ => return Err(bad()),
            };
            let fault = match what.trim().to_ascii_lowercase().as_str() {
                "activate" => Fault::Activate,
                "deactivate" => Fault::Deactivate,
                "delete" => Fault::Delete,
                "just-completed" => Fault::JustCompleted,
                _ => return Err(bad()),
            };
            out.push((net, fault));
        }
        Ok(Failures(out))
    }

    pub fn has(&self, network: &str, fault: Fault) -> bool {
        self.0.iter().any(|(n, f)| *n == network && *f == fault)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The `failureReason` a request of `kind` on `network` ends with, if the knob fails it.
pub fn request_failure(cfg: &Config, network: &str, kind: &str) -> Option<String> {
    let fault = match kind {
        v::ACTIVATE => Fault::Activate,
        v::DEACTIVATE => Fault::Deactivate,
        _ => return None,
    };
    cfg.failures.has(network, fault).then(|| {
        format!(
            "The {} of the CA set version on {network} failed (the sandbox fails it on purpose: {network}:{}).",
            kind.to_ascii_lowercase().replace("ate", "ation"),
            kind.to_ascii_lowercase()
        )
    })
}

fn deletion_failure(network: &str) -> String {
    format!(
        "The deletion of the CA set on {network} failed; retry the delete (the sandbox fails it on purpose: {network}:delete)."
    )
}

/// The next activation id (10001 first).
pub fn next_activation_id(ts: &mut Truststore) -> i64 {
    if ts.next_activation_id == 0 {
        ts.next_activation_id = 10_001;
    }
    let id = ts.next_activation_id;
    ts.next_activation_id += 1;
    id
}

/// With `NETWORK:just-completed`: the 400 for the first request on `network` after one there
/// completed (that request is marked, so the next one goes). `Some(reply)` when it applies.
pub fn just_completed(
    set: &mut CaSet,
    network: &str,
    now: OffsetDateTime,
    cfg: &Config,
) -> Option<Reply> {
    if !cfg.failures.has(network, Fault::JustCompleted) {
        return None;
    }
    let last = set
        .activations
        .iter_mut()
        .rfind(|a| a.network == network && a.kind != DELETE)?;
    if !v::is_complete(last, now) || last.followed {
        return None;
    }
    last.followed = true;
    let (id, version) = (set.id, last.version);
    Some(problem::problem(
        400,
        "another-activation-just-completed-in-the-ca-set",
        "Another activation just completed in the CA set.",
        &format!(
            "A request for version {version} of the CA set {} on {network} just completed; retry in a few seconds.",
            set.name
        ),
        json!({"caSetId": id.to_string(), "caSetName": set.name, "network": network}),
    ))
}

/// The deletion of a set asked for at `now`, done at `done` (PRODUCTION; STAGING halfway),
/// with the `DELETE` requests it records per network (for the latest version, if any).
pub fn start_deletion(
    ts: &mut Truststore,
    i: usize,
    now: OffsetDateTime,
    done: OffsetDateTime,
    cfg: &Config,
) {
    let staging_done = now + (done - now) / 2;
    let failed: Vec<String> = v::NETWORKS
        .iter()
        .filter(|n| cfg.failures.has(n, Fault::Delete))
        .map(|n| n.to_string())
        .collect();
    if let Some(latest) = v::latest(&ts.ca_sets[i]) {
        for network in v::NETWORKS {
            let id = next_activation_id(ts);
            let ends = if network == STAGING {
                staging_done
            } else {
                done
            };
            ts.ca_sets[i].activations.push(Activation {
                id,
                version: latest,
                network: network.to_string(),
                kind: DELETE.into(),
                created_by: USER.into(),
                created_date: fmt_micros(now),
                completes_at: fmt_micros(ends),
                warnings: Vec::new(),
                failure_reason: failed
                    .iter()
                    .any(|n| n == network)
                    .then(|| deletion_failure(network)),
                followed: false,
            });
        }
    }
    ts.ca_sets[i].deletion = Some(Deletion {
        requested_by: USER.into(),
        requested_date: fmt_micros(now),
        completes_at: fmt_micros(done),
        staging_completes_at: Some(fmt_micros(staging_done)),
        failed,
    });
}

/// When `network`'s part of deletion `d` completes.
pub fn part_done_at<'a>(d: &'a Deletion, network: &str) -> &'a str {
    match (&d.staging_completes_at, network) {
        (Some(at), STAGING) => at,
        _ => &d.completes_at,
    }
}

/// Whether deletion `d` is over and failed somewhere (the set is then NOT_DELETED again).
pub fn deletion_failed(d: &Deletion) -> bool {
    !d.failed.is_empty()
}

/// One network's part of deletion `d` at `now`: `{failureReason, network, percentComplete,
/// status}` as the API's deletion status lists them.
pub fn deletion_part(d: &Deletion, network: &str, now: OffsetDateTime) -> Value {
    let at = part_done_at(d, network);
    let done = v::parse(at).is_none_or(|t| t <= now);
    let failed = done && d.failed.iter().any(|n| n == network);
    let status = match (done, failed) {
        (true, true) => "FAILED",
        (true, false) => "COMPLETE",
        _ => "IN_PROGRESS",
    };
    let reason = failed.then(|| deletion_failure(network));
    json!({"failureReason": reason, "network": network,
           "percentComplete": v::percent(&d.requested_date, at, now), "status": status})
}

/// The overall `failureReason` of a deletion that ended FAILED.
pub fn deletion_reason(d: &Deletion) -> String {
    format!(
        "The deletion of the CA set failed on {}; retry the delete.",
        d.failed.join(" and ")
    )
}

/// The HTTP status of a finished deletion's status answer: 207 when one network completed
/// and another failed (partial), else 200.
pub fn finished_code(d: &Deletion) -> u16 {
    if deletion_failed(d) && d.failed.len() < v::NETWORKS.len() {
        207
    } else {
        200
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_knob_reads_networks_and_failures_in_any_case() {
        let f =
            Failures::parse("Staging:activate, PRODUCTION:delete,,staging:just-completed").unwrap();
        assert!(f.has(STAGING, Fault::Activate));
        assert!(f.has(PRODUCTION, Fault::Delete));
        assert!(f.has(STAGING, Fault::JustCompleted));
        assert!(!f.has(PRODUCTION, Fault::Activate));
        assert!(Failures::parse("").unwrap().is_empty());
        for bad in ["staging", "qa:activate", "staging:explode", ":"] {
            let e = Failures::parse(bad).unwrap_err();
            assert!(e.contains("expected NETWORK:WHAT"), "{e}");
        }
    }
}
