//! A change's life, following the walk-throughs of Akamai's CPS documentation:
//!
//! - third-party: `pre-verification-safety-checks` → (`wait-review-pre-verification-safety-checks`
//!   when the enrollment gives cause) → `generate-csr` (a real key and CSR per key
//!   algorithm) → `wait-upload-third-party` → `verify-third-party-cert` →
//!   (`wait-review-third-party-cert` when the upload gives cause) → deployment;
//! - Let's Encrypt (DV): `pre-verification-safety-checks` → … → `generate-csr` (and the
//!   domains' tokens) → `coodinate-domain-validation` (the live API's spelling) until the
//!   challenges are acknowledged, or validate by themselves after
//!   `Config::dv_validation_delay` → `check-for-cert` (the sandbox CA issues) → deployment;
//! - a network-only update (`redeploy`) goes straight to deployment with the certificate
//!   in place;
//! - deployment: with `changeManagement`, `deploy-cert-to-staging` →
//!   `wait-ack-change-management`; then `deploy-cert-to-production` (not before the
//!   schedule's `notBefore`) → `complete`.
//!
//! Every automatic step takes `Config::delay`; steps are replayed from the time the
//! previous one ended, so a change read late is where it would have been.
//!
//! The sandbox's choices where Akamai says nothing: pre-verification warnings come when the
//! enrollment asks for SHA-1 signatures or a name starts with `warn.` (a way to rehearse
//! them); post-verification warnings when an upload has no trust chain or expires within
//! 30 days; denying warnings or change management cancels the change.

use time::{Duration, OffsetDateTime};

use super::{certs, Change, Config, Cps, Deployed, DvDomain, Enrollment};
use crate::core::rate::fmt_millis;
use crate::core::store::parse_date;

pub const PRE_CHECKS: &str = "pre-verification-safety-checks";
pub const WAIT_PRE: &str = "wait-review-pre-verification-safety-checks";
pub const GENERATE_CSR: &str = "generate-csr";
pub const WAIT_UPLOAD: &str = "wait-upload-third-party";
pub const VERIFY: &str = "verify-third-party-cert";
pub const WAIT_POST: &str = "wait-review-third-party-cert";
pub const COORDINATE: &str = "coodinate-domain-validation";
pub const CHECK_CERT: &str = "check-for-cert";
pub const TO_STAGING: &str = "deploy-cert-to-staging";
pub const WAIT_CHANGE_MANAGEMENT: &str = "wait-ack-change-management";
pub const TO_PRODUCTION: &str = "deploy-cert-to-production";
pub const COMPLETE: &str = "complete";
pub const CANCELLED: &str = "cancelled";

/// Steps that end by themselves after `Config::delay`.
const AUTOMATIC: [&str; 6] = [
    PRE_CHECKS,
    GENERATE_CSR,
    VERIFY,
    CHECK_CERT,
    TO_STAGING,
    TO_PRODUCTION,
];

/// The input a waiting status takes: the `allowedInput[].type`.
pub fn input_of(status: &str) -> Option<&'static str> {
    Some(match status {
        WAIT_PRE => "pre-verification-warnings-acknowledgement",
        WAIT_UPLOAD => "third-party-certificate",
        WAIT_POST => "post-verification-warnings-acknowledgement",
        COORDINATE => "lets-encrypt-challenges",
        WAIT_CHANGE_MANAGEMENT => "change-management",
        _ => return None,
    })
}

/// `statusInfo.state` of a change.
pub fn state_of(ch: &Change) -> &'static str {
    match ch.end.as_str() {
        "completed" => "completed",
        "cancelled" => "cancelled",
        _ if input_of(&ch.status).is_some() => "awaiting-input",
        _ => "running",
    }
}

/// A new change, starting at the pre-verification checks.
pub fn new_change(
    id: i64,
    action: &str,
    kind: &str,
    doc: &serde_json::Value,
    now: OffsetDateTime,
) -> Change {
    let t = fmt_millis(now);
    Change {
        id,
        action: action.into(),
        kind: kind.into(),
        status: PRE_CHECKS.into(),
        since: t.clone(),
        created: t,
        end: "open".into(),
        csrs: Vec::new(),
        certs: Vec::new(),
        domains: Vec::new(),
        pre_warnings: pre_warnings(doc),
        post_warnings: None,
        not_before: None,
        not_after: None,
        conflict_served: None,
    }
}

fn pre_warnings(doc: &serde_json::Value) -> Option<String> {
    let mut w = Vec::new();
    if doc.get("signatureAlgorithm").and_then(|v| v.as_str()) == Some("SHA-1") {
        w.push("The certificate is signed with SHA-1, which browsers no longer trust.".to_string());
    }
    for n in certs::names(doc) {
        if n.starts_with("warn.") {
            w.push(format!(
                "The name {n} is not delegated to Akamai's DNS; validate that it points to the edge before deployment."
            ));
        }
    }
    (!w.is_empty()).then(|| w.join("\n"))
}

/// The warnings an upload gives cause for.
pub fn post_warnings(ch: &Change, now: OffsetDateTime) -> Option<String> {
    let mut w = Vec::new();
    for c in &ch.certs {
        if c.trust_chain.trim().is_empty() {
            w.push(format!(
                "The {} certificate was uploaded without its trust chain.",
                c.key_algorithm
            ));
        }
        if parse_date(&c.expiry).is_some_and(|e| e - now < Duration::days(30)) {
            w.push(format!(
                "The {} certificate expires within 30 days ({}).",
                c.key_algorithm, c.expiry
            ));
        }
    }
    (!w.is_empty()).then(|| w.join("\n"))
}

/// Moves `ch` to `status` at `at`.
pub fn enter(ch: &mut Change, status: &str, at: OffsetDateTime) {
    ch.status = status.to_string();
    ch.since = fmt_millis(at);
    if status == COMPLETE {
        ch.end = "completed".into();
    }
}

/// Ends a change as cancelled.
pub fn cancel(ch: &mut Change, at: OffsetDateTime) {
    enter(ch, CANCELLED, at);
    ch.end = "cancelled".into();
}

/// Where a change goes once it has its certificates.
pub fn after_certificate(doc: &serde_json::Value) -> &'static str {
    if doc.get("changeManagement").and_then(|v| v.as_bool()) == Some(true) {
        TO_STAGING
    } else {
        TO_PRODUCTION
    }
}

/// Where a change goes after the pre-verification checks (or their acknowledgement).
pub fn after_checks(ch: &Change, doc: &serde_json::Value) -> &'static str {
    if ch.kind == "redeploy" {
        after_certificate(doc)
    } else {
        GENERATE_CSR
    }
}

/// The domains' tokens of a DV change.
fn dv_domains(doc: &serde_json::Value) -> Vec<DvDomain> {
    certs::names(doc)
        .into_iter()
        .map(|domain| DvDomain {
            domain,
            token: format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..)),
            validated: None,
        })
        .collect()
}

/// The account's sandbox CA, made when first needed.
pub fn account_ca(cps: &mut Cps, now: OffsetDateTime) -> Result<(String, String), String> {
    if let (Some(c), Some(k)) = (&cps.ca_certificate, &cps.ca_key) {
        return Ok((c.clone(), k.clone()));
    }
    let made = certs::new_ca(now)?;
    cps.ca_certificate = Some(made.0.clone());
    cps.ca_key = Some(made.1.clone());
    Ok(made)
}

/// The step after an automatic one; `None` when it must wait longer (a schedule).
fn step(
    ca: Option<&(String, String)>,
    enr: &mut Enrollment,
    ci: usize,
    at: OffsetDateTime,
) -> Result<Option<&'static str>, String> {
    let doc = enr.doc.clone();
    let ch = &mut enr.changes[ci];
    Ok(Some(match ch.status.as_str() {
        PRE_CHECKS if ch.pre_warnings.is_some() => WAIT_PRE,
        PRE_CHECKS => after_checks(ch, &doc),
        GENERATE_CSR => {
            ch.csrs = certs::new_csrs(&doc)?;
            if ch.kind == "dv" {
                ch.domains = dv_domains(&doc);
                COORDINATE
            } else {
                WAIT_UPLOAD
            }
        }
        VERIFY if ch.post_warnings.is_some() => WAIT_POST,
        VERIFY => after_certificate(&doc),
        CHECK_CERT => {
            let ca = ca.ok_or("no CA")?;
            ch.certs = ch
                .csrs
                .iter()
                .map(|k| certs::issue(ca, &doc, k, at))
                .collect::<Result<_, _>>()?;
            after_certificate(&doc)
        }
        TO_STAGING => {
            enr.staging = Some(deployed(ch, at));
            WAIT_CHANGE_MANAGEMENT
        }
        TO_PRODUCTION => {
            if ch
                .not_before
                .as_deref()
                .and_then(parse_date)
                .is_some_and(|nb| at < nb)
            {
                return Ok(None);
            }
            let d = deployed(ch, at);
            enr.staging = Some(d.clone());
            enr.production = Some(d.clone());
            enr.history.push(d);
            COMPLETE
        }
        _ => return Ok(None),
    }))
}

fn deployed(ch: &Change, at: OffsetDateTime) -> Deployed {
    Deployed {
        change_id: ch.id,
        at: fmt_millis(at),
        certs: ch.certs.clone(),
    }
}

/// Validates a DV change's domains and moves it to `check-for-cert`.
pub fn validate_domains(ch: &mut Change, at: OffsetDateTime) {
    for d in &mut ch.domains {
        d.validated = Some(fmt_millis(at));
    }
    enter(ch, CHECK_CERT, at);
}

/// Moves one change as far as `now` allows; whether it moved.
fn advance(cps: &mut Cps, ei: usize, ci: usize, now: OffsetDateTime, cfg: &Config) -> bool {
    let delay = Duration::try_from(cfg.delay).unwrap_or(Duration::MAX);
    let mut moved = false;
    for _ in 0..AUTOMATIC.len() * 2 {
        let ch = &cps.enrollments[ei].changes[ci];
        let Some(since) = parse_date(&ch.since) else {
            return moved;
        };
        if ch.end != "open" {
            return moved;
        }
        if ch.status == COORDINATE {
            let auto = cfg
                .dv_validation_delay
                .and_then(|d| Duration::try_from(d).ok());
            match auto {
                Some(d) if since + d <= now => {
                    validate_domains(&mut cps.enrollments[ei].changes[ci], since + d);
                    moved = true;
                    continue;
                }
                _ => return moved,
            }
        }
        // a delay too long to add is never over
        let Some(at) = since.checked_add(delay) else {
            return moved;
        };
        if !AUTOMATIC.contains(&ch.status.as_str()) || at > now {
            return moved;
        }
        let ca = if ch.status == CHECK_CERT {
            match account_ca(cps, at) {
                Ok(ca) => Some(ca),
                Err(_) => return moved,
            }
        } else {
            None
        };
        let enr = &mut cps.enrollments[ei];
        match step(ca.as_ref(), enr, ci, at) {
            Ok(Some(next)) => enter(&mut enr.changes[ci], next, at),
            Ok(None) => return moved,
            Err(_) => {
                // a key or certificate the sandbox could not make: try again on next read
                return moved;
            }
        }
        moved = true;
    }
    moved
}

/// Moves every open change of the account; whether anything moved.
pub fn advance_all(cps: &mut Cps, now: OffsetDateTime, cfg: &Config) -> bool {
    let mut moved = false;
    for ei in 0..cps.enrollments.len() {
        for ci in 0..cps.enrollments[ei].changes.len() {
            if cps.enrollments[ei].changes[ci].end == "open" {
                moved |= advance(cps, ei, ci, now, cfg);
            }
        }
    }
    moved
}
