//! The operations on enrollments and deployments (changes are `input.rs`'s), run under the
//! state lock on one account's CPS state.
//!
//! Rules (Akamai's CPS API reference, and the sandbox's choices where it is silent):
//! - create checks the enrollment with the model's `check_enrollment` (400 with one error
//!   per finding), answers 202 with the enrollment and its first change; a create less
//!   than `Config::one_certificate_every` after the account's last one is 409;
//! - update: a change pending and no `allow-cancel-pending-changes` is 409; else the
//!   pending change is cancelled; `classify_update` decides: a new certificate (or
//!   `force-renewal`) or a network change opens a change (202), the rest is applied at
//!   once (200, no change);
//! - delete: 200 when nothing was ever deployed, 202 when a certificate was (its removal
//!   from the network is the change the API schedules; the sandbox removes the enrollment
//!   at once either way); a pending change without `allow-cancel-pending-changes` is 409;
//! - a deployment on a network that has none is 404 (the sandbox's choice).

use serde_json::{json, Value};
use time::OffsetDateTime;

use super::routes::{Op, UpdateFlags, Window};
use super::{flow, input, problem, views, Config, Cps};
use crate::core::api::Outcome;
use crate::core::problem::Reply;
use crate::core::rate::fmt_millis;
use crate::core::store::parse_date;
use moks_model::cps::{check_enrollment, classify_update, strip_read_only, Limits, UpdateKind};

/// Enrollments per account at most (the sandbox's bound).
pub const MAX_ENROLLMENTS: usize = 500;
/// Changes kept per enrollment (the oldest ended ones are dropped beyond).
const MAX_CHANGES: usize = 50;

pub fn find(cps: &Cps, id: i64) -> Result<usize, Reply> {
    cps.enrollments
        .iter()
        .position(|e| e.id == id)
        .ok_or_else(|| problem::not_found(&format!("The enrollment {id}")))
}

fn ok(body: Value) -> Outcome {
    Outcome::same(Reply::json(200, body))
}

pub fn run(cps: &mut Cps, op: Op, now: OffsetDateTime, cfg: &Config) -> Outcome {
    match read(cps, &op) {
        Some(r) => match r {
            Ok(body) => ok(body),
            Err(e) => Outcome::same(e),
        },
        None => write(cps, op, now, cfg),
    }
}

/// The reading operations; `None` for the others.
fn read(cps: &Cps, op: &Op) -> Option<Result<Value, Reply>> {
    let one = |id: i64| find(cps, id).map(|i| &cps.enrollments[i]);
    Some(match op {
        Op::List { contract } => Ok(json!({"enrollments": cps
            .enrollments
            .iter()
            .filter(|e| contract.as_deref().is_none_or(|c| c == e.contract_id))
            .map(views::enrollment)
            .collect::<Vec<_>>()})),
        Op::Active { contract } => Ok(json!({"enrollments": cps
            .enrollments
            .iter()
            .filter(|e| contract.as_deref().is_none_or(|c| c == e.contract_id))
            .filter_map(views::active)
            .collect::<Vec<_>>()})),
        Op::Get(id) => one(*id).map(views::enrollment),
        Op::DvHistory(id) => one(*id).map(views::dv_history),
        Op::CertificateHistory(id) => one(*id).map(views::certificate_history),
        Op::ChangeHistory(id) => one(*id).map(views::change_history),
        Op::Deployments(id) => one(*id).map(|e| {
            let net = |d: &Option<super::Deployed>| {
                d.as_ref()
                    .map(|d| views::deployment(e, d))
                    .unwrap_or(Value::Null)
            };
            json!({"production": net(&e.production), "staging": net(&e.staging)})
        }),
        Op::Deployment { id, production } => one(*id).and_then(|e| {
            let (d, name) = match production {
                true => (&e.production, "production"),
                false => (&e.staging, "staging"),
            };
            d.as_ref().map(|d| views::deployment(e, d)).ok_or_else(|| {
                problem::not_found(&format!("A certificate of enrollment {id} on {name}"))
            })
        }),
        Op::GetChange(..) | Op::GetSchedule(..) | Op::Info { .. } => {
            return Some(input::read(cps, op))
        }
        _ => return None,
    })
}

fn write(cps: &mut Cps, op: Op, now: OffsetDateTime, cfg: &Config) -> Outcome {
    let r = match op {
        Op::Create {
            contract,
            doc,
            window,
        } => create(cps, &contract, doc, &window, now, cfg),
        Op::Update { id, doc, flags } => update(cps, id, doc, &flags, now),
        Op::Delete { id, allow_cancel } => delete(cps, id, allow_cancel, now),
        other => return input::write(cps, other, now, cfg),
    };
    match r {
        Ok(reply) => Outcome::changed(reply),
        Err(e) => Outcome::same(e),
    }
}

/// The document checked and read-only fields stripped, or 400.
fn checked(mut doc: Value) -> Result<Value, Reply> {
    strip_read_only(&mut doc);
    let findings = check_enrollment(&doc, &Limits::default());
    if !findings.is_empty() {
        return Err(problem::invalid_enrollment(&findings));
    }
    Ok(doc)
}

/// `dv` for Let's Encrypt, `third-party` for the rest (the sandbox makes OV/EV go the
/// third-party way: a CA outside the sandbox signs).
fn kind_of(doc: &Value) -> &'static str {
    match doc.get("validationType").and_then(Value::as_str) {
        Some("dv") => "dv",
        _ => "third-party",
    }
}

/// Opens a change on enrollment `ei`.
pub fn open_change(
    cps: &mut Cps,
    ei: usize,
    action: &str,
    redeploy: bool,
    window: &Window,
    now: OffsetDateTime,
) -> i64 {
    let id = cps.new_id();
    let e = &mut cps.enrollments[ei];
    let kind = if redeploy {
        "redeploy"
    } else {
        kind_of(&e.doc)
    };
    let mut ch = flow::new_change(id, action, kind, &e.doc, now);
    if redeploy {
        ch.certs = e
            .production
            .as_ref()
            .map(|d| d.certs.clone())
            .unwrap_or_default();
    }
    ch.not_before = window.not_before.clone();
    ch.not_after = window.not_after.clone();
    e.changes.push(ch);
    while e.changes.len() > MAX_CHANGES {
        match e.changes.iter().position(|c| c.end != "open") {
            Some(i) => {
                e.changes.remove(i);
            }
            None => break,
        }
    }
    id
}

fn create(
    cps: &mut Cps,
    contract: &str,
    doc: Value,
    window: &Window,
    now: OffsetDateTime,
    cfg: &Config,
) -> Result<Reply, Reply> {
    let doc = checked(doc)?;
    if cps.enrollments.len() >= MAX_ENROLLMENTS {
        return Err(problem::conflict(
            "enrollment-limit-reached",
            "Too many enrollments.",
            &format!("The sandbox holds at most {MAX_ENROLLMENTS} enrollments per account."),
        ));
    }
    let every = time::Duration::try_from(cfg.one_certificate_every).unwrap_or(time::Duration::MAX);
    if let Some(last) = cps.last_created.as_deref().and_then(parse_date) {
        let until = last
            .checked_add(every)
            .unwrap_or(time::PrimitiveDateTime::MAX.assume_utc());
        if now < until {
            return Err(problem::conflict(
                "too-many-certificates",
                "Only one new certificate every five minutes.",
                &format!(
                    "The account may order one new certificate every {} seconds; the last was ordered at {}. Retry after {}.",
                    every.whole_seconds(),
                    fmt_millis(last),
                    fmt_millis(until)
                ),
            ));
        }
    }
    let ei = cps.enroll(contract.to_string(), doc);
    let id = cps.enrollments[ei].id;
    cps.last_created = Some(fmt_millis(now));
    let change = open_change(cps, ei, "new-certificate", false, window, now);
    Ok(Reply::json(202, views::status(id, &[change])))
}

/// Cancels the open changes of enrollment `ei`; 409 when there are some and `allow` is off.
fn cancel_pending(cps: &mut Cps, ei: usize, allow: bool, now: OffsetDateTime) -> Result<(), Reply> {
    let e = &mut cps.enrollments[ei];
    let open: Vec<i64> = e
        .changes
        .iter()
        .filter(|c| c.end == "open")
        .map(|c| c.id)
        .collect();
    if open.is_empty() {
        return Ok(());
    }
    if !allow {
        return Err(problem::pending_change(&format!(
            "The enrollment {} has a pending change ({}); cancel it first, or send allow-cancel-pending-changes=true.",
            e.id,
            views::change_link(e.id, open[0])
        )));
    }
    for c in e.changes.iter_mut().filter(|c| c.end == "open") {
        flow::cancel(c, now);
    }
    Ok(())
}

fn update(
    cps: &mut Cps,
    id: i64,
    doc: Value,
    flags: &UpdateFlags,
    now: OffsetDateTime,
) -> Result<Reply, Reply> {
    let ei = find(cps, id)?;
    let doc = checked(doc)?;
    let kind = classify_update(&cps.enrollments[ei].doc, &doc);
    let opens = flags.force_renewal || !matches!(kind, UpdateKind::InPlace);
    if opens {
        cancel_pending(cps, ei, flags.allow_cancel, now)?;
    }
    cps.enrollments[ei].doc = doc;
    if !opens {
        return Ok(Reply::json(200, views::status(id, &[])));
    }
    let (action, redeploy) = match &kind {
        _ if flags.force_renewal => ("renew", false),
        UpdateKind::NewCertificate(p) if p.iter().any(|p| p == "/csr/sans") => {
            ("modify-san", false)
        }
        UpdateKind::NewCertificate(_) => ("new-certificate", false),
        // a network change without a certificate yet makes one
        _ => (
            "update-network-configuration",
            cps.enrollments[ei].production.is_some(),
        ),
    };
    let change = open_change(cps, ei, action, redeploy, &flags.window, now);
    Ok(Reply::json(202, views::status(id, &[change])))
}

fn delete(cps: &mut Cps, id: i64, allow: bool, now: OffsetDateTime) -> Result<Reply, Reply> {
    let ei = find(cps, id)?;
    cancel_pending(cps, ei, allow, now)?;
    let e = cps.enrollments.remove(ei);
    let status = if e.history.is_empty() { 200 } else { 202 };
    Ok(Reply::json(status, views::status(id, &[])))
}
