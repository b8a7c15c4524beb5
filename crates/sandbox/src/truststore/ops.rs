//! The 21 operations of §4 over one account's [`Truststore`], at a given time.
//!
//! Rules (§5, §8; the sandbox's choices where the reference is silent are marked so):
//! - CA set (§5.1, §8 "CA set"): the name follows §1.1 (checked when routed) and is unique
//!   among the account's NOT_DELETED sets (409 `ca-set-name-is-not-unique`, pointer
//!   `/caSetName`); at most `Config::max_ca_sets` sets not DELETED (422
//!   `ca-set-limit-reached`); a new set has no version; name and description never change
//!   (no operation changes them);
//! - a DELETING set refuses writes with 409 `delete-ca-set-request-in-progress`, a DELETED
//!   one with 404 `ca-set-not-found`; both stay readable (§5.3, §8 "CA set" 3);
//! - delete (§5.4) → 202, no body; refused, in this order, while a deletion runs (409
//!   `delete-ca-set-request-in-progress`), while a request is in flight (409
//!   `ca-set-cannot-be-deleted-in-progress-version-activations`), while associations
//!   exist (409 `ca-set-bound-to-hostname` and kin, §5.8), while a version is active (409
//!   `ca-set-cannot-be-deleted-active-versions`, as the API's own example); then DELETING
//!   for `Config::delay`, then DELETED (§5.5 for the status answers); the 202 has a
//!   `Location` naming the deletion's status;
//! - clone set (§5.6): the latest version, or `cloneFromVersion`, becomes version 1 of a new
//!   set (400 `missing-caset-version` when the source has none); certificates are copied,
//!   expired ones included;
//! - versions (§5.10–§5.15, §8 "Version"): certificates checked as §9.1 says (`certs.rs`);
//!   a version whose fingerprint set equals another live version's is 422
//!   `duplicate-ca-set-version` with `versionLink` (the SHA-1 flag does not matter); clone
//!   version skips that check (it is the twin by design; §5.15) and warns
//!   `expired-certificate`; at most `Config::max_versions` live versions (422
//!   `ca-set-version-limit-reached`); PUT only for a version never activated (422
//!   `ca-set-version-is-active` / `ca-set-version-was-previously-active`) with no request in
//!   flight (409 `another-activation-request-in-progress-in-the-ca-set`);
//! - delete version (§5.14) → 204, DELETED with `removalDate` 30 days on, hidden from lists
//!   unless `caSetVersionStatus` asks; sandbox choice (§15 gap 3): an active version or one
//!   with a request in flight is refused like a PUT; a DELETED version still answers GET
//!   but every write to it is 404 `ca-set-version-not-found`;
//! - activate/deactivate (§5.17, §8 "Activation"): one request in flight per set and
//!   network (409 `another-activation-…`/`another-deactivation-request-in-progress-in-the-
//!   ca-set` with `activationLink`); 409 `ca-set-version-already-active-on-network` /
//!   `ca-set-version-not-active-on-network`; activate re-checks expiry (400
//!   `certificate-validation-failure-activate`) and warns
//!   `activate-version-on-production-without-activating-on-staging` when the version never
//!   completed an activation on STAGING; deactivating a version whose set is bound on that
//!   network is 409 `ca-set-bound-to-hostname`; the answer is 202 IN_PROGRESS, 0 %; the
//!   request completes after `Config::delay`; GET activation is 202 + `Retry-After` until
//!   then (§5.20), 200 after.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use moks_model::truststore::{CreateCaSet, VersionBody};
use serde_json::{json, Value};
use time::{Duration, OffsetDateTime};

use super::certs;
use super::faults;
use super::problem::{self, item};
use super::views::{self as v, fmt_micros, ACTIVATE, DELETED, DELETING, PRODUCTION, STAGING};
use super::{Activation, CaSet, Config, Truststore, Version};
use crate::core::api::Outcome;
use crate::core::problem::Reply;
use crate::moks::lifecycle::USER;

/// `GET /ca-sets` filters (§5.2).
#[derive(Debug, Clone, PartialEq)]
pub struct SetFilter {
    pub prefix: Option<String>,
    /// One of the §7 `activatedOn` values.
    pub activated_on: Option<String>,
    pub statuses: Vec<String>,
}

/// `GET …/versions` options (§5.11).
#[derive(Debug, Clone, PartialEq)]
pub struct VersionFilter {
    pub certificates: bool,
    pub active_only: bool,
    pub statuses: Vec<String>,
}

/// `GET …/certificates` filters (§5.16), already checked for consistency.
#[derive(Debug, Clone, PartialEq)]
pub struct CertFilter {
    pub statuses: Vec<String>,
    pub days: Option<i64>,
    pub timestamp: Option<OffsetDateTime>,
}

/// A routed, checked request.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    CreateSet(CreateCaSet),
    ListSets(SetFilter),
    GetSet(i64),
    DeleteSet(i64),
    DeletionStatus(i64),
    CloneSet(i64, Option<i64>, CreateCaSet),
    Activities(i64, Option<OffsetDateTime>, Option<OffsetDateTime>),
    Associations(i64, Option<String>),
    SetActivations(i64),
    CreateVersion(i64, VersionBody),
    ListVersions(i64, VersionFilter),
    GetVersion(i64, i64),
    UpdateVersion(i64, i64, VersionBody),
    DeleteVersion(i64, i64),
    CloneVersion(i64, i64),
    Certificates(i64, i64, CertFilter),
    /// Activate or deactivate (`ACTIVATE`/`DEACTIVATE`) version on a network.
    Request(i64, i64, String, &'static str),
    VersionActivations(i64, i64),
    GetActivation(i64, i64, i64),
    Validate(VersionBody),
}

/// How long a deleted version is kept before it is purged (§5.14: "in 30 days").
const REMOVAL_AFTER_DAYS: i64 = 30;

fn same(reply: Reply) -> Outcome {
    Outcome::same(reply)
}

fn changed(reply: Reply) -> Outcome {
    Outcome::changed(reply)
}

fn with_location(mut r: Reply, location: String) -> Reply {
    r.headers.push(("Location".into(), location));
    r
}

fn later(now: OffsetDateTime, cfg: &Config) -> OffsetDateTime {
    let d = Duration::try_from(cfg.delay).unwrap_or(Duration::days(36_525));
    now + d.min(Duration::days(36_525))
}

/// Runs `op` on `ts` at `now`.
pub fn run(
    ts: &mut Truststore,
    account_id: &str,
    op: Op,
    now: OffsetDateTime,
    cfg: &Config,
) -> Outcome {
    let r = match op {
        Op::CreateSet(b) => create_set(ts, account_id, b, now, cfg),
        Op::ListSets(f) => Ok(same(list_sets(ts, account_id, &f, now))),
        Op::GetSet(s) => find(ts, s).map(|i| {
            same(Reply::json(
                200,
                v::set_view(&ts.ca_sets[i], account_id, now),
            ))
        }),
        Op::DeleteSet(s) => delete_set(ts, s, now, cfg),
        Op::DeletionStatus(s) => deletion_status(ts, s, now),
        Op::CloneSet(s, from, b) => clone_set(ts, account_id, s, from, b, now, cfg),
        Op::Activities(s, start, end) => {
            find(ts, s).map(|i| same(activities(&ts.ca_sets[i], start, end, now)))
        }
        Op::Associations(s, kind) => {
            find(ts, s).map(|i| same(associations(&ts.ca_sets[i], kind.as_deref())))
        }
        Op::SetActivations(s) => find(ts, s).map(|i| {
            let set = &ts.ca_sets[i];
            let list: Vec<Value> = v::activations_newest_first(set, None)
                .map(|a| v::activation_view(set, a, now, false))
                .collect();
            same(Reply::json(200, json!({ "activations": list })))
        }),
        Op::CreateVersion(s, b) => create_version(ts, s, b, now, cfg),
        Op::ListVersions(s, f) => find(ts, s).map(|i| same(list_versions(&ts.ca_sets[i], &f, now))),
        Op::GetVersion(s, n) => find(ts, s).and_then(|i| {
            let set = &ts.ca_sets[i];
            let vi = version(set, n, true)?;
            Ok(same(Reply::json(
                200,
                v::version_view(set, &set.versions[vi], now, true, Value::Null),
            )))
        }),
        Op::UpdateVersion(s, n, b) => update_version(ts, s, n, b, now),
        Op::DeleteVersion(s, n) => delete_version(ts, s, n, now),
        Op::CloneVersion(s, n) => clone_version(ts, s, n, now, cfg),
        Op::Certificates(s, n, f) => find(ts, s).and_then(|i| {
            let set = &ts.ca_sets[i];
            let vi = version(set, n, true)?;
            Ok(same(certificates(set, &set.versions[vi], &f, now)))
        }),
        Op::Request(s, n, network, kind) => request(ts, s, n, &network, kind, now, cfg),
        Op::VersionActivations(s, n) => find(ts, s).and_then(|i| {
            let set = &ts.ca_sets[i];
            version(set, n, true)?;
            let list: Vec<Value> = v::activations_newest_first(set, Some(n))
                .map(|a| v::activation_view(set, a, now, false))
                .collect();
            Ok(same(Reply::json(200, json!({ "activations": list }))))
        }),
        Op::GetActivation(s, n, a) => {
            find(ts, s).and_then(|i| get_activation(&ts.ca_sets[i], n, a, now))
        }
        Op::Validate(b) => Ok(same(validate(&b, now))),
    };
    r.unwrap_or_else(same)
}

fn find(ts: &Truststore, id: i64) -> Result<usize, Reply> {
    ts.ca_sets.iter().position(|s| s.id == id).ok_or_else(|| {
        problem::set_not_found(id, &format!("The CA set with caSetId {id} does not exist."))
    })
}

/// A version by number; a DELETED one only when `deleted_ok` (reads).
fn version(set: &CaSet, n: i64, deleted_ok: bool) -> Result<usize, Reply> {
    set.versions
        .iter()
        .position(|x| x.version == n && (deleted_ok || !v::is_deleted_version(x)))
        .ok_or_else(|| problem::version_not_found(set.id, &set.name, n))
}

/// Writes need a NOT_DELETED set (§8 "CA set" 3).
fn writable(set: &CaSet, now: OffsetDateTime) -> Result<(), Reply> {
    match v::set_status(set, now) {
        DELETING => Err(deletion_running(set)),
        DELETED => Err(problem::set_not_found(
            set.id,
            &format!(
                "The CA set {} with caSetId {} is deleted: it can be read, not changed.",
                set.name, set.id
            ),
        )),
        _ => Ok(()),
    }
}

fn deletion_running(set: &CaSet) -> Reply {
    problem::problem(
        409,
        "delete-ca-set-request-in-progress",
        "A delete request is in progress for the CA set.",
        &format!(
            "The CA set {} with caSetId {} is being deleted.",
            set.name, set.id
        ),
        json!({"caSetId": set.id.to_string(), "caSetName": set.name,
               "deletionLink": v::status_link(set.id),
               "stagingStatus": "IN_PROGRESS", "productionStatus": "IN_PROGRESS"}),
    )
}

fn live_sets(ts: &Truststore, now: OffsetDateTime) -> usize {
    ts.ca_sets
        .iter()
        .filter(|s| v::set_status(s, now) != DELETED)
        .count()
}

/// Name uniqueness among NOT_DELETED sets and the set limit (§5.1, §2.1).
fn can_add_set(
    ts: &Truststore,
    account_id: &str,
    name: &str,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<(), Reply> {
    if ts
        .ca_sets
        .iter()
        .any(|s| s.name == name && v::set_status(s, now) == v::NOT_DELETED)
    {
        let title = "CA set with the same name exists in the account.";
        let detail = format!("CA set with caSetName {name} cannot be created as another CA set with the same name exists in the account with accountId {account_id}.");
        return Err(problem::with_errors(
            409,
            "ca-set-name-is-not-unique",
            title,
            &detail,
            json!({"accountId": account_id, "caSetName": name}),
            vec![item(
                "ca-set-name-is-not-unique",
                title,
                &detail,
                Some("/caSetName"),
                Value::Null,
            )],
        ));
    }
    let count = live_sets(ts, now);
    if count >= cfg.max_ca_sets {
        return Err(problem::problem(
            422,
            "ca-set-limit-reached",
            "CA set limit reached.",
            &format!("The account {account_id} holds {count} CA sets, its limit."),
            json!({"accountId": account_id, "currentSetCount": count, "limit": cfg.max_ca_sets}),
        ));
    }
    Ok(())
}

fn new_set(
    ts: &mut Truststore,
    name: String,
    description: Option<String>,
    now: OffsetDateTime,
) -> usize {
    if ts.next_ca_set_id == 0 {
        ts.next_ca_set_id = 1001;
    }
    let id = ts.next_ca_set_id;
    ts.next_ca_set_id += 1;
    ts.ca_sets.push(CaSet {
        id,
        name,
        description,
        created_by: USER.into(),
        created_date: fmt_micros(now),
        next_version: 1,
        versions: Vec::new(),
        activations: Vec::new(),
        deletion: None,
        associations: Default::default(),
    });
    ts.ca_sets.len() - 1
}

fn create_set(
    ts: &mut Truststore,
    account_id: &str,
    b: CreateCaSet,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<Outcome, Reply> {
    can_add_set(ts, account_id, &b.ca_set_name, now, cfg)?;
    let i = new_set(ts, b.ca_set_name, b.description, now);
    let set = &ts.ca_sets[i];
    let r = Reply::json(201, v::set_view(set, account_id, now));
    Ok(changed(with_location(r, v::set_link(set.id))))
}

fn list_sets(ts: &Truststore, account_id: &str, f: &SetFilter, now: OffsetDateTime) -> Reply {
    let list: Vec<Value> = ts
        .ca_sets
        .iter()
        .filter(|s| f.statuses.iter().any(|x| x == v::set_status(s, now)))
        .filter(|s| f.prefix.as_deref().is_none_or(|p| s.name.starts_with(p)))
        .filter(|s| {
            let st = v::active_on(s, STAGING, now).is_some();
            let pr = v::active_on(s, PRODUCTION, now).is_some();
            match f.activated_on.as_deref() {
                None => true,
                // §5.2 leaves INACTIVE undefined: the sandbox reads it as "active nowhere".
                Some("INACTIVE") => !st && !pr,
                Some("STAGING") => st,
                Some("PRODUCTION") => pr,
                Some(both) if both.contains('+') => st && pr,
                Some(_) => st || pr,
            }
        })
        .map(|s| v::set_view(s, account_id, now))
        .collect();
    Reply::json(200, json!({ "caSets": list }))
}

/// The associations that keep a set (on `network`, or anywhere) from being deactivated or
/// deleted (§5.4, §5.18): the 409 with them in `contextInfo`, if any.
fn bound(set: &CaSet, network: Option<&str>) -> Option<Reply> {
    let on = |n: &str| network.is_none_or(|x| x == n);
    let properties: Vec<Value> = set
        .associations
        .properties
        .iter()
        .filter_map(|p| {
            let hostnames: Vec<Value> = p["hostnames"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|h| h["network"].as_str().is_some_and(on))
                .map(|h| json!({"hostname": h["hostName"], "network": h["network"]}))
                .collect();
            (!hostnames.is_empty()).then(|| {
                json!({"propertyId": p["propertyId"], "propertyName": p["propertyName"], "hostnames": hostnames})
            })
        })
        .collect();
    let enrollments: Vec<Value> = set
        .associations
        .enrollments
        .iter()
        .filter(|e| {
            let slots = |k: &str| e[k].as_array().is_some_and(|a| !a.is_empty());
            (on(STAGING) && slots("stagingSlots")) || (on(PRODUCTION) && slots("productionSlots"))
        })
        .cloned()
        .collect();
    let (slug, what) = match (properties.is_empty(), enrollments.is_empty()) {
        (true, true) => return None,
        (false, true) => ("ca-set-bound-to-hostname", "hostnames of properties"),
        (true, false) => ("ca-set-in-use-by-enrollments", "CPS enrollments"),
        (false, false) => (
            "ca-set-in-use-by-both-enrollments-and-hostnames",
            "CPS enrollments and hostnames of properties",
        ),
    };
    let where_ = network.map_or(String::new(), |n| format!(" on {n}"));
    let mut associations = json!({});
    if !properties.is_empty() {
        associations["properties"] = properties.into();
    }
    if !enrollments.is_empty() {
        associations["enrollments"] = enrollments.into();
    }
    Some(problem::problem(
        409,
        slug,
        "The CA set is in use.",
        &format!(
            "The CA set {} with caSetId {} is used by {what}{where_}; detach them first.",
            set.name, set.id
        ),
        json!({"caSetId": set.id.to_string(), "caSetName": set.name, "network": network, "associations": associations}),
    ))
}

fn delete_set(
    ts: &mut Truststore,
    s: i64,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<Outcome, Reply> {
    let i = find(ts, s)?;
    let set = &ts.ca_sets[i];
    writable(set, now)?;
    let flying = v::any_in_flight(set, now);
    if !flying.is_empty() {
        let mut ctx = json!({"caSetId": set.id.to_string(), "caSetName": set.name});
        for a in flying {
            let key = a.network.to_ascii_lowercase();
            ctx[format!("{key}Link")] = v::activation_link(set.id, a.version, a.id).into();
            ctx[format!("{key}Status")] = "IN_PROGRESS".into();
        }
        return Err(problem::problem(
            409,
            "ca-set-cannot-be-deleted-in-progress-version-activations",
            "The CA set cannot be deleted while version activations are in progress.",
            &format!(
                "The CA set {} with caSetId {} has an activation or deactivation in progress.",
                set.name, set.id
            ),
            ctx,
        ));
    }
    if let Some(r) = bound(set, None) {
        return Err(r);
    }
    let active: Vec<(&str, i64)> = v::NETWORKS
        .iter()
        .filter_map(|n| v::active_on(set, n, now).map(|x| (*n, x)))
        .collect();
    if !active.is_empty() {
        return Err(active_versions(set, &active));
    }
    faults::start_deletion(ts, i, now, later(now, cfg), cfg);
    // The API's answer names where the deletion's progress is read (its Location header).
    Ok(changed(with_location(Reply::empty(202), v::status_link(s))))
}

/// 409 `ca-set-cannot-be-deleted-active-versions`, shaped as the API reference's own 409
/// example: `contextInfo` names the set and, per network a version is active on, its
/// `…VersionLink` and `…Status: ACTIVE` (the Go client's error table pairs the slug with
/// 400; the API's example says 409, which is followed).
fn active_versions(set: &CaSet, active: &[(&str, i64)]) -> Reply {
    let which: Vec<String> = active
        .iter()
        .map(|(n, x)| format!("version {x} on {n}"))
        .collect();
    let mut ctx = json!({"caSetId": set.id.to_string(), "caSetName": set.name});
    for (network, x) in active {
        let key = network.to_ascii_lowercase();
        ctx[format!("{key}VersionLink")] = v::version_link(set.id, *x).into();
        ctx[format!("{key}Status")] = "ACTIVE".into();
    }
    problem::problem(
        409,
        "ca-set-cannot-be-deleted-active-versions",
        "CA set cannot be deleted.",
        &format!(
            "Any active version of the CA set needs to be deactivated before the CA set can be deleted ({}).",
            which.join(", ")
        ),
        ctx,
    )
}

fn deletion_status(ts: &Truststore, s: i64, now: OffsetDateTime) -> Result<Outcome, Reply> {
    let set = &ts.ca_sets[find(ts, s)?];
    match (v::deletion_view(set, now), &set.deletion) {
        (Some((true, body)), Some(d)) => Ok(same(Reply::json(faults::finished_code(d), body))),
        (Some((false, body)), Some(d)) => {
            let mut r = Reply::json(202, body);
            r.headers
                .push(("Retry-After".into(), v::retry_after(&d.completes_at, now)));
            Ok(same(r))
        }
        _ => Err(problem::problem(
            400,
            "no-active-cert-deletions",
            "No active deletions.",
            &format!(
                "No active deletions were found for the CA set {} with caSetId {}.",
                set.name, set.id
            ),
            json!({"caSetId": set.id.to_string()}),
        )),
    }
}

fn clone_set(
    ts: &mut Truststore,
    account_id: &str,
    s: i64,
    from: Option<i64>,
    b: CreateCaSet,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<Outcome, Reply> {
    let src = &ts.ca_sets[find(ts, s)?];
    writable(src, now)?;
    let n = match from {
        Some(n) => n,
        None => v::latest(src).ok_or_else(|| {
            problem::problem(
                400,
                "missing-caset-version",
                "The CA set has no version.",
                &format!(
                    "The CA set {} with caSetId {} does not contain any versions.",
                    src.name, src.id
                ),
                json!({"caSetId": src.id.to_string(), "caSetName": src.name}),
            )
        })?,
    };
    let copied = src.versions[version(src, n, false)?].clone();
    can_add_set(ts, account_id, &b.ca_set_name, now, cfg)?;
    let i = new_set(ts, b.ca_set_name, b.description, now);
    let when = fmt_micros(now);
    let set = &mut ts.ca_sets[i];
    set.versions.push(copy_of(copied, 1, &when));
    set.next_version = 2;
    let r = Reply::json(201, v::set_view(set, account_id, now));
    Ok(changed(with_location(r, v::set_link(set.id))))
}

fn activities(
    set: &CaSet,
    start: Option<OffsetDateTime>,
    end: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Reply {
    let view = v::set_view(set, "", now);
    Reply::json(
        200,
        json!({
            "caSetId": view["caSetId"], "caSetLink": view["caSetLink"], "caSetName": view["caSetName"],
            "caSetStatus": view["caSetStatus"], "createdBy": view["createdBy"], "createdDate": view["createdDate"],
            "deletedBy": view["deletedBy"], "deletedDate": view["deletedDate"],
            "activities": v::activities(set, start, end),
        }),
    )
}

fn associations(set: &CaSet, kind: Option<&str>) -> Reply {
    let want = |k: &str| kind.is_none_or(|x| x == k);
    let properties = if want("properties") {
        Value::from(set.associations.properties.clone())
    } else {
        Value::Null
    };
    let enrollments = if want("enrollments") {
        Value::from(set.associations.enrollments.clone())
    } else {
        Value::Null
    };
    Reply::json(
        200,
        json!({"associations": {"properties": properties, "enrollments": enrollments}}),
    )
}

fn live_versions(set: &CaSet) -> usize {
    set.versions
        .iter()
        .filter(|x| !v::is_deleted_version(x))
        .count()
}

fn version_limit(set: &CaSet, cfg: &Config) -> Result<(), Reply> {
    if live_versions(set) >= cfg.max_versions {
        return Err(problem::problem(
            422,
            "ca-set-version-limit-reached",
            "CA set version limit reached.",
            &format!(
                "The CA set {} with caSetId {} holds {} versions, its limit.",
                set.name, set.id, cfg.max_versions
            ),
            json!({"caSetId": set.id.to_string(), "maxVersionsPerCaSet": cfg.max_versions}),
        ));
    }
    Ok(())
}

/// 422 when another live version has the same fingerprint set (§5.10).
fn duplicate(set: &CaSet, certs: &[super::Cert], except: Option<i64>) -> Result<(), Reply> {
    let key = |list: &[super::Cert]| {
        let mut f: Vec<&str> = list.iter().map(|c| c.fingerprint.as_str()).collect();
        f.sort_unstable();
        f.dedup();
        f.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let mine = key(certs);
    if let Some(twin) = set
        .versions
        .iter()
        .filter(|x| !v::is_deleted_version(x) && Some(x.version) != except)
        .find(|x| key(&x.certificates) == mine)
    {
        return Err(problem::problem(
            422,
            "duplicate-ca-set-version",
            "A CA set version with the same certificates exists.",
            &format!(
                "Version {} of the CA set {} has the same certificates.",
                twin.version, set.name
            ),
            json!({"caSetId": set.id.to_string(), "version": twin.version,
                   "versionLink": v::version_link(set.id, twin.version)}),
        ));
    }
    Ok(())
}

fn cert_failure(set: &CaSet, slug: &str, title: &str, errors: Vec<Value>) -> Reply {
    problem::with_errors(
        400,
        slug,
        title,
        "",
        json!({"caSetId": set.id.to_string(), "caSetName": set.name}),
        errors,
    )
}

fn create_version(
    ts: &mut Truststore,
    s: i64,
    b: VersionBody,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<Outcome, Reply> {
    let i = find(ts, s)?;
    let set = &ts.ca_sets[i];
    writable(set, now)?;
    version_limit(set, cfg)?;
    let when = fmt_micros(now);
    let intake = certs::intake(&b.certificates, b.allow_insecure_sha1, now, USER, &when);
    if !intake.errors.is_empty() {
        return Err(cert_failure(
            set,
            "certificate-validation-failure-create",
            "Cannot create the ca set version as the certificate(s) has failed validation.",
            intake.errors,
        ));
    }
    duplicate(set, &intake.certs, None)?;
    let set = &mut ts.ca_sets[i];
    let n = set.next_version;
    set.next_version += 1;
    set.versions.push(Version {
        version: n,
        description: b.description,
        allow_insecure_sha1: b.allow_insecure_sha1,
        created_by: USER.into(),
        created_date: when,
        modified_by: None,
        modified_date: None,
        certificates: intake.certs,
        deleted_date: None,
        removal_date: None,
    });
    let set = &ts.ca_sets[i];
    let body = v::version_view(
        set,
        &set.versions[set.versions.len() - 1],
        now,
        true,
        v::warnings(intake.warnings),
    );
    Ok(changed(with_location(
        Reply::json(201, body),
        v::version_link(s, n),
    )))
}

fn list_versions(set: &CaSet, f: &VersionFilter, now: OffsetDateTime) -> Reply {
    let mut list: Vec<&Version> = set
        .versions
        .iter()
        .filter(|x| {
            let status = if v::is_deleted_version(x) {
                DELETED
            } else {
                v::NOT_DELETED
            };
            f.statuses.iter().any(|s| s == status)
        })
        .filter(|x| {
            !f.active_only
                || v::NETWORKS
                    .iter()
                    .any(|n| v::active_on(set, n, now) == Some(x.version))
        })
        .collect();
    list.sort_by_key(|x| x.version);
    let list: Vec<Value> = list
        .into_iter()
        .map(|x| v::version_view(set, x, now, f.certificates, Value::Null))
        .collect();
    Reply::json(200, json!({ "versions": list }))
}

/// A request in flight for `n` on any network: 409 (§5.13, §8 "Version" 2).
fn in_flight_for(set: &CaSet, n: i64, now: OffsetDateTime) -> Result<(), Reply> {
    match v::any_in_flight(set, now)
        .into_iter()
        .find(|a| a.version == n)
    {
        Some(a) => Err(busy(set, a)),
        None => Ok(()),
    }
}

/// 409 for a request already in flight (§5.17).
fn busy(set: &CaSet, a: &Activation) -> Reply {
    let (slug, what) = if a.kind == ACTIVATE {
        (
            "another-activation-request-in-progress-in-the-ca-set",
            "An activation",
        )
    } else {
        (
            "another-deactivation-request-in-progress-in-the-ca-set",
            "A deactivation",
        )
    };
    problem::problem(
        409,
        slug,
        &format!("{what} request is in progress in the CA set."),
        &format!(
            "{what} of version {} of the CA set {} on {} is in progress.",
            a.version, set.name, a.network
        ),
        json!({"caSetId": set.id.to_string(), "activationLink": v::activation_link(set.id, a.version, a.id),
               "activationType": a.kind, "network": a.network, "version": a.version}),
    )
}

/// Frozen versions (§5.13): active now, or ever activated.
fn frozen(set: &CaSet, n: i64, now: OffsetDateTime, doing: &str) -> Result<(), Reply> {
    if let Some(net) = v::NETWORKS
        .iter()
        .find(|x| v::active_on(set, x, now) == Some(n))
    {
        return Err(problem::problem(
            422,
            "ca-set-version-is-active",
            "The CA set version is active.",
            &format!(
                "Cannot {doing} version {n} of the CA set {} as it is active on {} network.",
                set.name,
                net.to_ascii_lowercase()
            ),
            json!({"caSetId": set.id.to_string(), "version": n, "network": net}),
        ));
    }
    if v::ever_active(set, n, now) {
        return Err(problem::problem(
            422,
            "ca-set-version-was-previously-active",
            "The CA set version was previously active.",
            &format!("Cannot {doing} version {n} of the CA set {} as it was previously active; clone it and change the clone.", set.name),
            json!({"caSetId": set.id.to_string(), "version": n}),
        ));
    }
    Ok(())
}

fn update_version(
    ts: &mut Truststore,
    s: i64,
    n: i64,
    b: VersionBody,
    now: OffsetDateTime,
) -> Result<Outcome, Reply> {
    let i = find(ts, s)?;
    let set = &ts.ca_sets[i];
    writable(set, now)?;
    let vi = version(set, n, false)?;
    frozen(set, n, now, "update")?;
    in_flight_for(set, n, now)?;
    let when = fmt_micros(now);
    let intake = certs::intake(&b.certificates, b.allow_insecure_sha1, now, USER, &when);
    if !intake.errors.is_empty() {
        return Err(cert_failure(
            set,
            "certificate-validation-failure-update",
            "Cannot update the ca set version as the certificate(s) has failed validation.",
            intake.errors,
        ));
    }
    duplicate(set, &intake.certs, Some(n))?;
    let x = &mut ts.ca_sets[i].versions[vi];
    x.certificates = intake.certs;
    x.description = b.description;
    x.allow_insecure_sha1 = b.allow_insecure_sha1;
    x.modified_by = Some(USER.into());
    x.modified_date = Some(when);
    let set = &ts.ca_sets[i];
    let body = v::version_view(
        set,
        &set.versions[vi],
        now,
        true,
        v::warnings(intake.warnings),
    );
    Ok(changed(Reply::json(200, body)))
}

fn delete_version(
    ts: &mut Truststore,
    s: i64,
    n: i64,
    now: OffsetDateTime,
) -> Result<Outcome, Reply> {
    let i = find(ts, s)?;
    let set = &ts.ca_sets[i];
    writable(set, now)?;
    let vi = version(set, n, false)?;
    if let Some(net) = v::NETWORKS
        .iter()
        .find(|x| v::active_on(set, x, now) == Some(n))
    {
        return Err(problem::problem(
            422,
            "ca-set-version-is-active",
            "The CA set version is active.",
            &format!("Cannot delete version {n} of the CA set {} as it is active on {} network; deactivate it first.", set.name, net.to_ascii_lowercase()),
            json!({"caSetId": set.id.to_string(), "version": n, "network": net}),
        ));
    }
    in_flight_for(set, n, now)?;
    let x = &mut ts.ca_sets[i].versions[vi];
    x.deleted_date = Some(fmt_micros(now));
    x.removal_date = Some(fmt_micros(now + Duration::days(REMOVAL_AFTER_DAYS)));
    Ok(changed(Reply::empty(204)))
}

fn clone_version(
    ts: &mut Truststore,
    s: i64,
    n: i64,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<Outcome, Reply> {
    let i = find(ts, s)?;
    let set = &ts.ca_sets[i];
    writable(set, now)?;
    let src = set.versions[version(set, n, false)?].clone();
    version_limit(set, cfg)?;
    let when = fmt_micros(now);
    let warnings: Vec<Value> = src
        .certificates
        .iter()
        .enumerate()
        .filter_map(|(k, c)| {
            certs::expired(c, now).map(|(detail, ctx)| {
                item(
                    "expired-certificate",
                    "Expired certificate.",
                    &detail,
                    Some(&format!("/certificates/{k}")),
                    ctx,
                )
            })
        })
        .collect();
    let set = &mut ts.ca_sets[i];
    let m = set.next_version;
    set.next_version += 1;
    set.versions.push(copy_of(src, m, &when));
    let set = &ts.ca_sets[i];
    let body = v::version_view(
        set,
        &set.versions[set.versions.len() - 1],
        now,
        true,
        v::warnings(warnings),
    );
    Ok(changed(with_location(
        Reply::json(201, body),
        v::version_link(s, m),
    )))
}

/// `n` days, saturating: a threshold of any size is a number of days, never a panic.
fn days(n: i64) -> Duration {
    Duration::seconds(n.saturating_mul(86_400))
}

/// §5.16: ACTIVE = valid now; EXPIRING = not expired, ending within the threshold (30
/// days by default, or by the timestamp); EXPIRED = ended (within the past threshold
/// days when one is given, or since the timestamp).
fn certificates(set: &CaSet, x: &Version, f: &CertFilter, now: OffsetDateTime) -> Reply {
    let keep = |c: &super::Cert| {
        if f.statuses.is_empty() {
            return true;
        }
        let (Some(start), Some(end)) = (v::parse(&c.start_date), v::parse(&c.end_date)) else {
            return false;
        };
        f.statuses.iter().any(|s| match s.as_str() {
            "ACTIVE" => start <= now && now <= end,
            "EXPIRING" => {
                // a threshold past the last date there is bounds nothing
                let limit = f
                    .timestamp
                    .or_else(|| now.checked_add(days(f.days.unwrap_or(30))));
                now <= end && limit.is_none_or(|l| end <= l)
            }
            _ => {
                let since = f
                    .timestamp
                    .or(f.days.and_then(|d| now.checked_sub(days(d))));
                end < now && since.is_none_or(|t| end >= t)
            }
        })
    };
    let list: Vec<Value> = x
        .certificates
        .iter()
        .filter(|c| keep(c))
        .map(v::cert_view)
        .collect();
    Reply::json(
        200,
        json!({"caSetId": set.id.to_string(), "caSetName": set.name, "version": x.version, "certificates": list}),
    )
}

fn request(
    ts: &mut Truststore,
    s: i64,
    n: i64,
    network: &str,
    kind: &'static str,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<Outcome, Reply> {
    let i = find(ts, s)?;
    let set = &ts.ca_sets[i];
    writable(set, now)?;
    let vi = version(set, n, false)?;
    if let Some(a) = v::in_flight(set, network, now) {
        return Err(busy(set, a));
    }
    if let Some(r) = faults::just_completed(&mut ts.ca_sets[i], network, now, cfg) {
        return Ok(changed(r));
    }
    let set = &ts.ca_sets[i];
    let active = v::active_on(set, network, now);
    let ctx = json!({"caSetId": set.id.to_string(), "caSetName": set.name, "network": network, "version": n});
    let mut warnings = Vec::new();
    if kind == ACTIVATE {
        if active == Some(n) {
            return Err(problem::problem(
                409,
                "ca-set-version-already-active-on-network",
                "The CA set version is already active on the network.",
                &format!(
                    "Version {n} of the CA set {} is already active on {network}.",
                    set.name
                ),
                ctx,
            ));
        }
        let errors: Vec<Value> = set.versions[vi]
            .certificates
            .iter()
            .enumerate()
            .filter_map(|(k, c)| {
                certs::expired(c, now).map(|(detail, ctx)| {
                    json!({"pointer": format!("/certificates/{k}"), "detail": detail, "contextInfo": ctx})
                })
            })
            .collect();
        if !errors.is_empty() {
            return Err(cert_failure(
                set,
                "certificate-validation-failure-activate",
                "Cannot activate the ca set version as the certificate(s) has failed validation.",
                errors,
            ));
        }
        let staged = set.activations.iter().any(|a| {
            a.version == n
                && a.network == STAGING
                && a.kind == ACTIVATE
                && v::is_complete(a, now)
                && a.failure_reason.is_none()
        });
        if network == PRODUCTION && !staged {
            warnings.push(item(
                "activate-version-on-production-without-activating-on-staging",
                "Request was submitted to activate the CA set version on production without activating on staging first.",
                "It is highly recommended to first deploy the CA set version on staging and test it before activating it on production.",
                None,
                json!({"version": n}),
            ));
        }
    } else {
        if active != Some(n) {
            return Err(problem::problem(
                409,
                "ca-set-version-not-active-on-network",
                "The CA set version is not active on the network.",
                &format!(
                    "Version {n} of the CA set {} is not active on {network}.",
                    set.name
                ),
                ctx,
            ));
        }
        if let Some(r) = bound(set, Some(network)) {
            return Err(r);
        }
    }
    let id = faults::next_activation_id(ts);
    let set = &mut ts.ca_sets[i];
    set.activations.push(Activation {
        id,
        version: n,
        network: network.to_string(),
        kind: kind.to_string(),
        created_by: USER.into(),
        created_date: fmt_micros(now),
        completes_at: fmt_micros(later(now, cfg)),
        warnings,
        failure_reason: faults::request_failure(cfg, network, kind),
        followed: false,
    });
    let set = &ts.ca_sets[i];
    let a = &set.activations[set.activations.len() - 1];
    let r = Reply::json(202, v::activation_view(set, a, now, true));
    Ok(changed(with_location(r, v::activation_link(s, n, id))))
}

fn get_activation(set: &CaSet, n: i64, id: i64, now: OffsetDateTime) -> Result<Outcome, Reply> {
    version(set, n, true)?;
    let Some(a) = set
        .activations
        .iter()
        .find(|a| a.id == id && a.version == n)
    else {
        return Err(problem::problem(
            404,
            "activation-or-deactivation-request-not-found",
            "Activation or deactivation request not found.",
            &format!("No activation or deactivation request {id} exists for version {n} of the CA set {}.", set.name),
            json!({"activationId": id, "caSetId": set.id.to_string(), "version": n}),
        ));
    };
    let body = v::activation_view(set, a, now, false);
    if v::is_complete(a, now) {
        Ok(same(Reply::json(200, body)))
    } else {
        let mut r = Reply::json(202, body);
        r.headers
            .push(("Retry-After".into(), v::retry_after(&a.completes_at, now)));
        Ok(same(r))
    }
}

fn validate(b: &VersionBody, now: OffsetDateTime) -> Reply {
    let when = fmt_micros(now);
    let intake = certs::intake(&b.certificates, b.allow_insecure_sha1, now, USER, &when);
    if !intake.errors.is_empty() {
        return problem::with_errors(
            400,
            "certificate-validation-failure",
            "Certificate(s) has failed validation.",
            "",
            Value::Null,
            intake.errors,
        );
    }
    Reply::json(
        200,
        json!({
            "allowInsecureSha1": b.allow_insecure_sha1,
            "certificates": intake.listed.iter().map(certs::validated).collect::<Vec<_>>(),
            "validation": v::warnings(intake.warnings),
        }),
    )
}

/// A copy of version `src` as version `number`, made now (`when`) by the sandbox's user:
/// its certificates, description and SHA-1 flag kept, never activated, not deleted (§5.6
/// clone a set, §5.15 clone a version).
fn copy_of(src: Version, number: i64, when: &str) -> Version {
    Version {
        version: number,
        created_by: USER.into(),
        created_date: when.to_string(),
        modified_by: None,
        modified_date: None,
        deleted_date: None,
        removal_date: None,
        certificates: src
            .certificates
            .into_iter()
            .map(|mut c| {
                c.created_by = USER.into();
                c.created_date = when.to_string();
                c
            })
            .collect(),
        ..src
    }
}
