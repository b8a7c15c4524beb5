//! The operations on one change: its status, its deployment schedule, cancelling it, and
//! the info and update links of its `allowedInput`.
//!
//! Rules:
//! - an info link answers while the change has what it is about (the CSRs once made, the
//!   challenges once made, the warnings when there are some, change management while it
//!   waits for its acknowledgement), else 404; change management's info answers the
//!   staging deployment when asked for `deployment`;
//! - an update link is taken only while the change waits for that input, else 409
//!   `invalid-enrollment-state`; with `Config::transient_conflict`, the first input after
//!   each status change is refused so once (as the live API is seen to do right after a
//!   status change);
//! - change management's acknowledgement may carry the hash; a hash that is not the
//!   change's `validationResultHash` is 400;
//! - a change that is deploying to production, or has ended, can no longer be cancelled:
//!   409 `cannot-cancel-pending-change`, the API's example.

use moks_model::cps::{media::Entity, Ack, Acknowledgement, CertificatesAndTrustChains};
use moks_model::Body;
use serde_json::{json, Map, Value};
use time::OffsetDateTime;

use super::flow::{self, *};
use super::ops::find;
use super::routes::Op;
use super::{certs, problem, views, Change, Config, Cps};
use crate::core::api::Outcome;
use crate::core::problem::Reply;

fn change_at(cps: &Cps, id: i64, change: i64) -> Result<(usize, usize), Reply> {
    let ei = find(cps, id)?;
    let ci = cps.enrollments[ei]
        .changes
        .iter()
        .position(|c| c.id == change)
        .ok_or_else(|| problem::not_found(&format!("The change {change} of enrollment {id}")))?;
    Ok((ei, ci))
}

fn no_info(segment: &str) -> Reply {
    problem::not_found(&format!(
        "The change has no {segment} now; this information"
    ))
}

pub fn read(cps: &Cps, op: &Op) -> Result<Value, Reply> {
    match op {
        Op::GetChange(id, c) => {
            let (ei, ci) = change_at(cps, *id, *c)?;
            let e = &cps.enrollments[ei];
            Ok(views::change(e, &e.changes[ci]))
        }
        Op::GetSchedule(id, c) => {
            let (ei, ci) = change_at(cps, *id, *c)?;
            let ch = &cps.enrollments[ei].changes[ci];
            Ok(json!({"notBefore": ch.not_before, "notAfter": ch.not_after}))
        }
        Op::Info {
            id,
            change,
            segment,
            entity,
        } => {
            let (ei, ci) = change_at(cps, *id, *change)?;
            let e = &cps.enrollments[ei];
            let ch = &e.changes[ci];
            let out = match segment.as_str() {
                "third-party-csr" if !ch.csrs.is_empty() && ch.kind != "dv" => views::csrs(ch),
                "lets-encrypt-challenges" if !ch.domains.is_empty() => views::challenges(ch),
                "pre-verification-warnings" => {
                    json!({"warnings": ch.pre_warnings.as_ref().ok_or_else(|| no_info(segment))?})
                }
                "post-verification-warnings" => {
                    json!({"warnings": ch.post_warnings.as_ref().ok_or_else(|| no_info(segment))?})
                }
                "change-management-info" if ch.status == WAIT_CHANGE_MANAGEMENT => {
                    match (entity, &e.staging) {
                        (Entity::Deployment, Some(d)) => views::deployment(e, d),
                        _ => views::change_management(e, ch),
                    }
                }
                _ => return Err(no_info(segment)),
            };
            Ok(out)
        }
        _ => Err(problem::internal("not a reading operation")),
    }
}

pub fn write(cps: &mut Cps, op: Op, now: OffsetDateTime, cfg: &Config) -> Outcome {
    let r = match op {
        Op::SetSchedule(id, c, body) => schedule(cps, id, c, &body),
        Op::Cancel(id, c) => cancel(cps, id, c, now),
        Op::Input {
            id,
            change,
            segment,
            body,
        } => return input(cps, id, change, &segment, &body, now, cfg),
        _ => Err(problem::internal("not a writing operation")),
    };
    match r {
        Ok(reply) => Outcome::changed(reply),
        Err(e) => Outcome::same(e),
    }
}

fn change_id(id: i64, c: i64) -> Reply {
    Reply::json(200, json!({"change": views::change_link(id, c)}))
}

fn schedule(cps: &mut Cps, id: i64, c: i64, body: &Map<String, Value>) -> Result<Reply, Reply> {
    let (ei, ci) = change_at(cps, id, c)?;
    let s = moks_model::cps::bodies::ScheduleBody::check(body).map_err(|errors| {
        let detail: Vec<String> = errors.iter().map(ToString::to_string).collect();
        problem::bad_request("invalid-deployment-schedule", &detail.join("; "))
    })?;
    let ch = &mut cps.enrollments[ei].changes[ci];
    if ch.end != "open" {
        return Err(problem::invalid_state(
            "The change has ended; its schedule is fixed.",
        ));
    }
    ch.not_before = s.not_before;
    ch.not_after = s.not_after;
    Ok(change_id(id, c))
}

fn cancel(cps: &mut Cps, id: i64, c: i64, now: OffsetDateTime) -> Result<Reply, Reply> {
    let (ei, ci) = change_at(cps, id, c)?;
    let ch = &mut cps.enrollments[ei].changes[ci];
    if ch.end != "open" || ch.status == TO_PRODUCTION {
        return Err(problem::conflict(
            "cannot-cancel-pending-change",
            "Cannot cancel pending change.",
            &format!(
                "The change is {}; it can no longer be cancelled.",
                if ch.end == "open" {
                    "deploying to production"
                } else {
                    &ch.end
                }
            ),
        ));
    }
    flow::cancel(ch, now);
    Ok(change_id(id, c))
}

fn bad_body(errors: Vec<moks_model::FieldError>) -> Reply {
    let detail: Vec<String> = errors.iter().map(ToString::to_string).collect();
    problem::bad_request("invalid-request-body", &detail.join("; "))
}

#[allow(clippy::too_many_arguments)]
fn input(
    cps: &mut Cps,
    id: i64,
    c: i64,
    segment: &str,
    body: &Map<String, Value>,
    now: OffsetDateTime,
    cfg: &Config,
) -> Outcome {
    let (ei, ci) = match change_at(cps, id, c) {
        Ok(at) => at,
        Err(e) => return Outcome::same(e),
    };
    let e = &mut cps.enrollments[ei];
    let doc = e.doc.clone();
    let ch = &mut e.changes[ci];
    let takes = flow::input_of(&ch.status)
        .and_then(moks_model::cps::operations::input_type)
        .filter(|t| t.update == segment && ch.end == "open");
    if takes.is_none() {
        return Outcome::same(problem::invalid_state(&format!(
            "The change is at {} ({}); it does not take {segment} now.",
            ch.status,
            flow::state_of(ch)
        )));
    }
    if cfg.transient_conflict && ch.conflict_served.as_deref() != Some(ch.since.as_str()) {
        ch.conflict_served = Some(ch.since.clone());
        return Outcome::changed(problem::invalid_state(
            "The enrollment's state is changing; retry in a few seconds.",
        ));
    }
    match give(ch, &doc, segment, body, now) {
        Ok(()) => Outcome::changed(change_id(id, c)),
        Err(e) => Outcome::same(e),
    }
}

/// Applies an input the change waits for.
fn give(
    ch: &mut Change,
    doc: &Value,
    segment: &str,
    body: &Map<String, Value>,
    now: OffsetDateTime,
) -> Result<(), Reply> {
    if segment == "third-party-cert-and-trust-chain" {
        return upload(ch, doc, body, now);
    }
    let ack = Acknowledgement::check(body).map_err(bad_body)?;
    let yes = ack.acknowledgement == Ack::Acknowledge;
    if !yes && ack.acknowledgement != Ack::Deny {
        return Err(problem::bad_request(
            "invalid-request-body",
            "acknowledgement is acknowledge or deny.",
        ));
    }
    if !yes {
        if segment == "lets-encrypt-challenges-completed" {
            return Ok(()); // nothing to refuse: CPS keeps checking on its own
        }
        flow::cancel(ch, now);
        return Ok(());
    }
    match segment {
        "pre-verification-warnings-ack" => enter(ch, after_checks(ch, doc), now),
        "post-verification-warnings-ack" => enter(ch, after_certificate(doc), now),
        "lets-encrypt-challenges-completed" => validate_domains(ch, now),
        "change-management-ack" => {
            if let Some(h) = &ack.hash {
                if *h != views::validation_hash(ch) {
                    return Err(problem::bad_request(
                        "invalid-hash",
                        "The hash is not the change's validationResultHash; read change-management-info again.",
                    ));
                }
            }
            enter(ch, TO_PRODUCTION, now)
        }
        _ => return Err(problem::invalid_state("This input is not taken now.")),
    }
    Ok(())
}

/// A third-party upload: one certificate per CSR, each checked against it.
fn upload(
    ch: &mut Change,
    doc: &Value,
    body: &Map<String, Value>,
    now: OffsetDateTime,
) -> Result<(), Reply> {
    let up = CertificatesAndTrustChains::check(body).map_err(bad_body)?;
    let mut out = Vec::new();
    for csr in &ch.csrs {
        let Some(given) = up
            .certificates_and_trust_chains
            .iter()
            .find(|c| c.key_algorithm.to_string() == csr.key_algorithm)
        else {
            return Err(problem::bad_request(
                "missing-certificate",
                &format!(
                    "The {} certificate is missing; the change has a CSR for it.",
                    csr.key_algorithm
                ),
            ));
        };
        let chain = given
            .trust_chain
            .as_deref()
            .filter(|t| !t.trim().is_empty());
        let cert = certs::check_upload(csr, doc, &given.certificate, chain, now)
            .map_err(|why| problem::bad_request("invalid-certificate", &why))?;
        out.push(cert);
    }
    if let Some(extra) = up.certificates_and_trust_chains.iter().find(|c| {
        !ch.csrs
            .iter()
            .any(|k| k.key_algorithm == c.key_algorithm.to_string())
    }) {
        return Err(problem::bad_request(
            "invalid-certificate",
            &format!(
                "The change has no {} CSR; upload one certificate per CSR.",
                extra.key_algorithm
            ),
        ));
    }
    ch.certs = out;
    ch.post_warnings = flow::post_warnings(ch, now);
    enter(ch, VERIFY, now);
    Ok(())
}
