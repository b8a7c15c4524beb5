//! `--wait` on the truststore commands: what is polled and when it is done, for an
//! activation or deactivation request or a CA set's deletion; the pacing (the interval,
//! `Retry-After` within [5 s, 60 s], the first check after 2 s), the deadline, the live
//! line, Ctrl-C and exit 7 are the wait engine's ([`crate::wait`]).
//!
//! Rules:
//! - the specific request is polled (the API reference's "Get an activation" or "Get a CA
//!   set deletion status"); a 202 there is "in progress", not an error;
//! - an answer without an `activationId` (or with one past 64 bits) is not waited on: there
//!   is no request to poll (exit 5);
//! - progress: status and `percentComplete`, per network for a deletion;
//! - COMPLETE ends the wait; FAILED is exit 5 with the `failureReason`
//!   ([`Kind::OperationFailed`](crate::error::Kind): the API accepted the request, then failed to carry it out);
//! - `--wait-timeout` (1 h, the Terraform provider's default) bounds the whole command: exit
//!   7, naming the request and the command to look again later; the request itself goes on.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use std::time::Duration;

use clap::Args;
use moks_model::truststore::{Activation, ActivationType, DeletionStatus, RequestStatus};
use moks_model::ApiEnum;

use crate::api::truststore::sets::{self, Polled};
use crate::api::Typed;
use crate::client::{Client, Id};
use crate::context::Context;
use crate::error;
use crate::input;
use crate::output;
use crate::retry;
use crate::wait::{self, Check, Pace, Waited};

/// `--wait` and its pace.
#[derive(Args, Debug, Clone, Default)]
pub struct WaitFlags {
    /// Then wait until the request ends: COMPLETE, or FAILED (exit 5)
    #[arg(long)]
    pub wait: bool,
    /// With --wait: the longest wait (exit 7 after it) [default: 1h]
    #[arg(long, value_name = "DURATION", requires = "wait", value_parser = input::parse_wait_duration)]
    pub wait_timeout: Option<Duration>,
    /// With --wait: the pause between two checks when the API suggests none; its
    /// Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]
    #[arg(long, value_name = "DURATION", requires = "wait", value_parser = input::parse_wait_duration)]
    pub interval: Option<Duration>,
}

impl WaitFlags {
    /// The pace asked for, when `--wait` was given.
    pub fn pace(&self) -> Option<Pace> {
        self.wait
            .then(|| Pace::new(&wait::TRUSTSTORE, self.wait_timeout, self.interval))
    }
}

/// An answer's `Retry-After` as a wait from its `Date` (else from now).
pub fn retry_after<T>(p: &Polled<T>) -> Option<Duration> {
    let now = time::OffsetDateTime::now_utc();
    let reference = p
        .date
        .as_deref()
        .and_then(|d| httpdate::parse_http_date(d).ok())
        .map_or(now, time::OffsetDateTime::from);
    retry::retry_after(p.retry_after.as_deref()?, reference)
}

/// What is waited for: `subject` names it, `again` is the command that looks at it again
/// later (the request goes on without moks).
pub fn waited(subject: String, again: &str) -> Waited {
    let hints = [
        format!("look again later with: {again}"),
        format!("look again with: {again}"),
    ];
    Waited::new(subject, "has not ended", "; it goes on without moks", hints)
}

/// `IN_PROGRESS 40%`: a request's status and progress, for the live line.
fn progress_text(status: Option<&RequestStatus>, percent: Option<i64>) -> String {
    let status = status.map_or("no status", ApiEnum::as_str);
    match percent {
        Some(p) => format!("{status} {p}%"),
        None => status.to_string(),
    }
}

/// "activation 84707 (version 1 of CA set 199 on STAGING)".
pub fn activation_subject(a: &Activation, set: &Id, version: &Id) -> String {
    let kind = match &a.activation_type {
        Some(ActivationType::Deactivate) => "deactivation".to_string(),
        Some(ActivationType::Activate) | None => "activation".to_string(),
        Some(other) => format!("{} request", other.as_str()),
    };
    let id = a
        .activation_id
        .map_or_else(|| "?".to_string(), |n| n.to_string());
    let network = a
        .network
        .as_ref()
        .map(|n| format!(" on {}", n.as_str()))
        .unwrap_or_default();
    format!("{kind} {id} (version {version} of CA set {set}{network})")
}

/// The command that looks at an activation again.
pub fn activation_again(set: &Id, version: &Id, activation_id: i64) -> String {
    format!(
        "{} truststore get-ca-set-activation --id {set} --version {version} --activation-id \
         {activation_id} --wait",
        output::program()
    )
}

/// Waits for activation request `activation_id` to end; returns its record when COMPLETE.
/// `first_pause`: none to look at once; after a POST, the pause its answer suggests.
pub async fn until_activation_ends(
    ctx: &Context,
    client: &Client,
    pace: Pace,
    set: &Id,
    version: &Id,
    started: &Typed<Activation>,
    first_pause: Option<Duration>,
) -> anyhow::Result<Typed<Activation>> {
    // Never a wait on an id the answer did not give (nor one past 64 bits, read as none).
    let Some(activation_id) = started.view.activation_id else {
        return Err(error::bad_answer(format!(
            "the API's answer for the {} has no activationId (or one that is not a 64-bit \
             number): there is nothing to wait for",
            activation_subject(&started.view, set, version)
        )));
    };
    let subject = activation_subject(&started.view, set, version);
    let what = waited(
        subject.clone(),
        &activation_again(set, version, activation_id),
    );
    let known = first_pause.map(|_| {
        progress_text(
            started.view.activation_status.as_ref(),
            started.view.percent_complete,
        )
    });
    let done = wait::poll(ctx, pace, what, first_pause, known, || async move {
        let p = sets::activation(client, set, version, activation_id).await?;
        let v = &p.item.view;
        Ok(match &v.activation_status {
            Some(RequestStatus::Complete) | Some(RequestStatus::Failed) => {
                let last = v.activation_status.as_ref().map_or("", ApiEnum::as_str);
                Check::Done(p.item.clone(), last.to_string())
            }
            other => Check::Pending {
                state: progress_text(other.as_ref(), v.percent_complete),
                retry_after: retry_after(&p),
            },
        })
    })
    .await?;
    if done.view.activation_status == Some(RequestStatus::Failed) {
        return Err(activation_failed(&done, &subject));
    }
    Ok(done)
}

/// A request that ended FAILED: exit 5, with its `failureReason`.
pub fn activation_failed(a: &Typed<Activation>, subject: &str) -> anyhow::Error {
    let why = a.view.failure_reason.as_deref().map_or_else(
        || "the API gave no reason".into(),
        |r| error::excerpt(r, 300),
    );
    error::operation_failed(
        format!("{} FAILED: {why}", error::printable(subject)),
        vec![],
    )
}

/// `IN_PROGRESS (STAGING 40%, PRODUCTION 0%)`: a deletion's status and each network's part.
fn deletion_text(d: &DeletionStatus) -> String {
    let status = d.status.as_ref().map_or("no status", ApiEnum::as_str);
    let parts: Vec<String> = d
        .deletions
        .iter()
        .flatten()
        .map(|n| {
            let net = n.network.as_ref().map_or("?", ApiEnum::as_str);
            match (n.percent_complete, &n.status) {
                (Some(p), _) => format!("{net} {p}%"),
                (None, Some(s)) => format!("{net} {}", s.as_str()),
                (None, None) => net.to_string(),
            }
        })
        .collect();
    if parts.is_empty() {
        status.to_string()
    } else {
        format!("{status} ({})", parts.join(", "))
    }
}

/// Waits for the deletion of CA set `set` to end (the first check at once); returns the
/// last status when COMPLETE.
pub async fn until_deleted(
    ctx: &Context,
    client: &Client,
    pace: Pace,
    set: &Id,
) -> anyhow::Result<Typed<DeletionStatus>> {
    let what = waited(
        format!("deletion of CA set {set}"),
        &format!(
            "{} truststore get-removal --id {set} --wait",
            output::program()
        ),
    );
    let done = wait::poll(ctx, pace, what, None, None, || async move {
        let p = sets::deletion_status(client, set).await?;
        let v = &p.item.view;
        Ok(if ended(v) {
            let last = match v.status {
                Some(RequestStatus::Complete) => "DELETED",
                _ => "FAILED",
            };
            Check::Done(p.item.clone(), last.to_string())
        } else {
            Check::Pending {
                state: deletion_text(v),
                retry_after: retry_after(&p),
            }
        })
    })
    .await?;
    if done.view.status == Some(RequestStatus::Failed) {
        return Err(deletion_failed(&done.view, set));
    }
    Ok(done)
}

pub fn ended(d: &DeletionStatus) -> bool {
    matches!(
        d.status,
        Some(RequestStatus::Complete) | Some(RequestStatus::Failed)
    )
}

/// A deletion that ended FAILED: exit 5, with the reasons the API gave (overall and per
/// network). "If one network fails, you need to retry the delete" (§5.4).
pub fn deletion_failed(d: &DeletionStatus, set: &Id) -> anyhow::Error {
    let mut reasons: Vec<String> = Vec::new();
    if let Some(r) = &d.failure_reason {
        reasons.push(error::excerpt(r, 300));
    }
    for n in d.deletions.iter().flatten() {
        if let Some(r) = &n.failure_reason {
            let net = n.network.as_ref().map_or("?", ApiEnum::as_str);
            reasons.push(format!("{net}: {}", error::excerpt(r, 300)));
        }
    }
    let why = if reasons.is_empty() {
        "the API gave no reason".to_string()
    } else {
        reasons.join("; ")
    };
    error::operation_failed(
        format!("the deletion of CA set {set} FAILED: {why}"),
        vec![format!(
            "delete it again: {} truststore remove-ca-set --id {set} --yes --wait",
            output::program()
        )],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_says_status_and_percent_per_network() {
        assert_eq!(
            progress_text(Some(&RequestStatus::InProgress), Some(40)),
            "IN_PROGRESS 40%"
        );
        assert_eq!(progress_text(None, None), "no status");
        let d: DeletionStatus = serde_json::from_value(serde_json::json!({
            "status": "IN_PROGRESS",
            "deletions": [{"network": "STAGING", "percentComplete": 40},
                          {"network": "PRODUCTION", "status": "IN_PROGRESS"}]}))
        .unwrap();
        assert_eq!(
            deletion_text(&d),
            "IN_PROGRESS (STAGING 40%, PRODUCTION IN_PROGRESS)"
        );
    }
}
