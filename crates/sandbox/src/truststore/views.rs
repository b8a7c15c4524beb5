//! What the truststore answers (§6 objects), and everything time derives from the stored
//! requests (see `mod.rs`): request statuses and progress, the version active on each
//! network, the set's deletion status, the activities.
//!
//! Rules:
//! - times are ISO-8601 UTC with microseconds (§1), certificate dates to the second;
//! - a version's `stagingStatus`/`productionStatus` is `ACTIVE` when it is the one active on
//!   that network, else `INACTIVE` (§7 follows the docs' ACTIVE/INACTIVE; the Go fixtures'
//!   `PENDING` for a fresh version is not used);
//! - `percentComplete` grows with the time elapsed, 0 at the request, at most 99 while
//!   IN_PROGRESS, 100 once COMPLETE (§5.17, §8 "Activation" 4);
//! - `latestVersion` is the newest version not deleted (§6; what it is after a version
//!   delete is a §15 gap 3 choice); `versionsLink` has no trailing slash (§6: compare
//!   without it);
//! - activities (§5.7): CREATE_CA_SET, one CREATE_CA_SET_VERSION per version created or
//!   cloned, one ACTIVATE/DEACTIVATE_CA_SET_VERSION per request (dated when asked), one
//!   DELETE_CA_SET per network (§5.7), newest first.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use serde_json::{json, Value};
use time::OffsetDateTime;

use super::faults::{self, DELETE};
use super::{Activation, CaSet, Cert, Version, BASE};

pub const STAGING: &str = "STAGING";
pub const PRODUCTION: &str = "PRODUCTION";
pub const NETWORKS: [&str; 2] = [STAGING, PRODUCTION];
pub const ACTIVATE: &str = "ACTIVATE";
pub const DEACTIVATE: &str = "DEACTIVATE";
pub const NOT_DELETED: &str = "NOT_DELETED";
pub const DELETING: &str = "DELETING";
pub const DELETED: &str = "DELETED";

/// `2025-04-01T15:33:48.464941Z` (§1).
pub fn fmt_micros(t: OffsetDateTime) -> String {
    const MICROS: &[time::format_description::BorrowedFormatItem<'static>] = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z"
    );
    t.to_offset(time::UtcOffset::UTC)
        .format(MICROS)
        .unwrap_or_default()
}

/// `Tue, 15 Apr 2025 12:15:02 GMT`: the `Retry-After` HTTP-date (§5.5, §5.20).
pub fn http_date(t: OffsetDateTime) -> String {
    const HTTP: &[time::format_description::BorrowedFormatItem<'static>] = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    t.to_offset(time::UtcOffset::UTC)
        .format(HTTP)
        .unwrap_or_default()
}

pub fn parse(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
}

/// The `Retry-After` of a request completing at `at`: that time, rounded up to the second
/// and at least a second away.
pub fn retry_after(at: &str, now: OffsetDateTime) -> String {
    let at = parse(at).unwrap_or(now);
    let at = at.max(now + time::Duration::SECOND);
    let up = if at.nanosecond() > 0 {
        at.replace_nanosecond(0).unwrap_or(at) + time::Duration::SECOND
    } else {
        at
    };
    http_date(up)
}

pub fn set_link(id: i64) -> String {
    format!("{BASE}/ca-sets/{id}")
}

pub fn version_link(id: i64, v: i64) -> String {
    format!("{BASE}/ca-sets/{id}/versions/{v}")
}

pub fn activation_link(id: i64, v: i64, activation: i64) -> String {
    format!("{BASE}/ca-sets/{id}/versions/{v}/activations/{activation}")
}

pub fn status_link(id: i64) -> String {
    format!("{BASE}/ca-sets/{id}/status/delete")
}

fn due(at: &str, now: OffsetDateTime) -> bool {
    parse(at).is_none_or(|t| t <= now)
}

pub fn is_complete(a: &Activation, now: OffsetDateTime) -> bool {
    due(&a.completes_at, now)
}

/// The request in flight on `network`, if any (§8 "Activation" 2: at most one).
pub fn in_flight<'a>(set: &'a CaSet, network: &str, now: OffsetDateTime) -> Option<&'a Activation> {
    set.activations
        .iter()
        .find(|a| a.network == network && !is_complete(a, now))
}

/// Requests in flight on either network.
pub fn any_in_flight(set: &CaSet, now: OffsetDateTime) -> Vec<&Activation> {
    set.activations
        .iter()
        .filter(|a| !is_complete(a, now))
        .collect()
}

/// The version active on `network`: the completed requests of that network replayed in
/// order (§8 "Activation" 1: one version per network; activating N replaces M); a FAILED
/// request changes nothing.
pub fn active_on(set: &CaSet, network: &str, now: OffsetDateTime) -> Option<i64> {
    let mut active = None;
    for a in set
        .activations
        .iter()
        .filter(|a| a.network == network && is_complete(a, now) && a.failure_reason.is_none())
    {
        active = match a.kind.as_str() {
            ACTIVATE => Some(a.version),
            _ if active == Some(a.version) => None,
            _ => active,
        };
    }
    active
}

/// Whether `version` was ever activated (a completed ACTIVATE on either network): such a
/// version is frozen (§5.13, §8 "Version" 2).
pub fn ever_active(set: &CaSet, version: i64, now: OffsetDateTime) -> bool {
    set.activations.iter().any(|a| {
        a.version == version
            && a.kind == ACTIVATE
            && is_complete(a, now)
            && a.failure_reason.is_none()
    })
}

/// `NOT_DELETED`, `DELETING` or `DELETED` (§5.4); NOT_DELETED again after a deletion that
/// failed on a network (`faults.rs`).
pub fn set_status(set: &CaSet, now: OffsetDateTime) -> &'static str {
    match &set.deletion {
        None => NOT_DELETED,
        Some(d) if due(&d.completes_at, now) && faults::deletion_failed(d) => NOT_DELETED,
        Some(d) if due(&d.completes_at, now) => DELETED,
        Some(_) => DELETING,
    }
}

pub fn is_deleted_version(v: &Version) -> bool {
    v.deleted_date.is_some()
}

/// The newest version not deleted.
pub fn latest(set: &CaSet) -> Option<i64> {
    set.versions
        .iter()
        .filter(|v| !is_deleted_version(v))
        .map(|v| v.version)
        .max()
}

/// How far a request from `start` completing at `end` is at `now`: 0..=99, 100 when done.
pub fn percent(start: &str, end: &str, now: OffsetDateTime) -> i64 {
    if due(end, now) {
        return 100;
    }
    match (parse(start), parse(end)) {
        (Some(s), Some(e)) if e > s => {
            let done = (now - s).as_seconds_f64() / (e - s).as_seconds_f64();
            ((done * 100.0).floor() as i64).clamp(0, 99)
        }
        _ => 0,
    }
}

fn link_of(id: i64, v: Option<i64>) -> Value {
    v.map_or(Value::Null, |v| version_link(id, v).into())
}

/// §6 CASet.
pub fn set_view(set: &CaSet, account_id: &str, now: OffsetDateTime) -> Value {
    let status = set_status(set, now);
    let latest = latest(set);
    let staging = active_on(set, STAGING, now);
    let production = active_on(set, PRODUCTION, now);
    let (deleted_by, deleted_date) = match (&set.deletion, status) {
        (Some(d), DELETED) => (
            Value::from(d.requested_by.as_str()),
            Value::from(d.completes_at.as_str()),
        ),
        _ => (Value::Null, Value::Null),
    };
    json!({
        "accountId": account_id,
        "caSetId": set.id.to_string(),
        "caSetLink": set_link(set.id),
        "caSetName": set.name,
        "caSetStatus": status,
        "description": set.description,
        "latestVersion": latest,
        "latestVersionLink": link_of(set.id, latest),
        "stagingVersion": staging,
        "stagingVersionLink": link_of(set.id, staging),
        "productionVersion": production,
        "productionVersionLink": link_of(set.id, production),
        "versionsLink": format!("{}/versions", set_link(set.id)),
        "createdDate": set.created_date,
        "createdBy": set.created_by,
        "deletedDate": deleted_date,
        "deletedBy": deleted_by,
        "removalDate": null,
    })
}

/// §6 Cert.
pub fn cert_view(c: &Cert) -> Value {
    json!({
        "subject": c.subject,
        "issuer": c.issuer,
        "startDate": c.start_date,
        "endDate": c.end_date,
        "fingerprint": c.fingerprint,
        "certificatePem": c.certificate_pem,
        "serialNumber": c.serial_number,
        "signatureAlgorithm": c.signature_algorithm,
        "createdDate": c.created_date,
        "createdBy": c.created_by,
        "description": c.description,
    })
}

/// §6 Version; `certificates` only when asked (§5.11), `validation` as given (null in GETs
/// and lists, `{warnings: […]}` in the answers of writes).
pub fn version_view(
    set: &CaSet,
    v: &Version,
    now: OffsetDateTime,
    certificates: bool,
    validation: Value,
) -> Value {
    let status = |network| {
        if active_on(set, network, now) == Some(v.version) {
            "ACTIVE"
        } else {
            "INACTIVE"
        }
    };
    let mut out = json!({
        "caSetId": set.id.to_string(),
        "version": v.version,
        "caSetName": set.name,
        "versionLink": version_link(set.id, v.version),
        "description": v.description,
        "allowInsecureSha1": v.allow_insecure_sha1,
        "stagingStatus": status(STAGING),
        "productionStatus": status(PRODUCTION),
        "createdDate": v.created_date,
        "createdBy": v.created_by,
        "modifiedDate": v.modified_date,
        "modifiedBy": v.modified_by,
    });
    if certificates {
        out["certificates"] = v.certificates.iter().map(cert_view).collect();
    }
    out["validation"] = validation;
    out["removalDate"] = v.removal_date.clone().into();
    out["caSetVersionStatus"] = if is_deleted_version(v) {
        DELETED
    } else {
        NOT_DELETED
    }
    .into();
    out
}

/// `{warnings: […]}`.
pub fn warnings(list: Vec<Value>) -> Value {
    json!({ "warnings": list })
}

/// §6 Activation; `validation` only in the answer to the request itself.
pub fn activation_view(
    set: &CaSet,
    a: &Activation,
    now: OffsetDateTime,
    validation: bool,
) -> Value {
    let complete = is_complete(a, now);
    let status = match (complete, &a.failure_reason) {
        (true, Some(_)) => "FAILED",
        (true, None) => "COMPLETE",
        _ => "IN_PROGRESS",
    };
    let reason = if complete {
        a.failure_reason.as_deref()
    } else {
        None
    };
    json!({
        "activationId": a.id,
        "activationLink": activation_link(set.id, a.version, a.id),
        "caSetId": set.id.to_string(),
        "caSetName": set.name,
        "caSetLink": set_link(set.id),
        "version": a.version,
        "versionLink": version_link(set.id, a.version),
        "network": a.network,
        "activationType": a.kind,
        "activationStatus": status,
        "percentComplete": if validation { 0 } else { percent(&a.created_date, &a.completes_at, now) },
        "failureReason": reason,
        "createdBy": a.created_by,
        "createdDate": a.created_date,
        "modifiedBy": if complete { Value::from(a.created_by.as_str()) } else { Value::Null },
        "modifiedDate": if complete { Value::from(a.completes_at.as_str()) } else { Value::Null },
        "validation": if validation { warnings(a.warnings.clone()) } else { Value::Null },
    })
}

/// Activations newest first (§5.9: the observed order).
pub fn activations_newest_first(
    set: &CaSet,
    version: Option<i64>,
) -> impl Iterator<Item = &Activation> {
    set.activations
        .iter()
        .rev()
        .filter(move |a| version.is_none_or(|v| a.version == v))
}

/// §5.5 deletion status; `None` when the set was never asked to be deleted.
pub fn deletion_view(set: &CaSet, now: OffsetDateTime) -> Option<(bool, Value)> {
    let d = set.deletion.as_ref()?;
    let done = due(&d.completes_at, now);
    let failed = done && faults::deletion_failed(d);
    let status = match (done, failed) {
        (true, true) => "FAILED",
        (true, false) => "COMPLETE",
        _ => "IN_PROGRESS",
    };
    let reason = failed.then(|| faults::deletion_reason(d));
    let deletions: Vec<Value> = [PRODUCTION, STAGING]
        .iter()
        .map(|n| faults::deletion_part(d, n, now))
        .collect();
    Some((
        done,
        json!({
            "caSetId": set.id.to_string(),
            "caSetLink": set_link(set.id),
            "caSetName": set.name,
            "deletions": deletions,
            "endTime": if done { Value::from(d.completes_at.as_str()) } else { Value::Null },
            // an estimate only while it runs: null once done, as the API's
            "estimatedEndTime": if done { Value::Null } else { Value::from(d.completes_at.as_str()) },
            "failureReason": reason,
            "resourceMethod": "delete",
            "startTime": d.requested_date,
            "status": status,
            "statusLink": status_link(set.id),
        }),
    ))
}

/// §5.7 activities, newest first, within `[start, end]` (inclusive; either open).
pub fn activities(
    set: &CaSet,
    start: Option<OffsetDateTime>,
    end: Option<OffsetDateTime>,
) -> Vec<Value> {
    let mut all: Vec<(String, Value)> = Vec::new();
    let mut push =
        |date: &str, kind: &str, network: Option<&str>, version: Option<i64>, by: &str| {
            all.push((
                date.to_string(),
                json!({"type": kind, "network": network, "version": version,
                   "activityDate": date, "activityBy": by}),
            ));
        };
    push(
        &set.created_date,
        "CREATE_CA_SET",
        None,
        None,
        &set.created_by,
    );
    for v in &set.versions {
        push(
            &v.created_date,
            "CREATE_CA_SET_VERSION",
            None,
            Some(v.version),
            &v.created_by,
        );
    }
    // a deletion's DELETE requests are its DELETE_CA_SET activities, below
    for a in set.activations.iter().filter(|a| a.kind != DELETE) {
        let kind = if a.kind == ACTIVATE {
            "ACTIVATE_CA_SET_VERSION"
        } else {
            "DEACTIVATE_CA_SET_VERSION"
        };
        push(
            &a.created_date,
            kind,
            Some(&a.network),
            Some(a.version),
            &a.created_by,
        );
    }
    if let Some(d) = &set.deletion {
        for n in NETWORKS {
            push(
                &d.requested_date,
                "DELETE_CA_SET",
                Some(n),
                None,
                &d.requested_by,
            );
        }
    }
    // Stable: equal dates keep the order they were recorded in, then reversed.
    all.sort_by_key(|(d, _)| parse(d));
    all.into_iter()
        .rev()
        .filter(|(d, _)| {
            let t = parse(d);
            start.is_none_or(|s| t.is_some_and(|t| t >= s))
                && end.is_none_or(|e| t.is_some_and(|t| t <= e))
        })
        .map(|(_, v)| v)
        .collect()
}
