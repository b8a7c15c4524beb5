//! `--wait` on the truststore commands: an activation or deactivation request, or a CA
//! set's deletion, polled until it ends (§10.3).
//!
//! Rules:
//! - the specific request is polled (`GET …/activations/{activationId}`, §5.20, or
//!   `GET …/status/delete`, §5.5); a 202 there is "in progress", not an error;
//! - the pause before the next check is the answer's `Retry-After` (delta-seconds, an HTTP
//!   date or RFC 3339, §10.2) clamped to [5 s, 60 s], so that the progress moves while the
//!   server's suggestion (about 300 s) would leave it still; without one, `--interval`
//!   (10 s), but the first check after the request comes after 2 s when its answer
//!   suggests no pause. An `--interval` under 5 s lowers the floor too (the sandbox finishes in
//!   seconds, and tests pace themselves with it);
//! - progress (status and `percentComplete`, per network for a deletion) goes to stderr as
//!   the MOKS `wait` shows it ([`LiveStatus`]): a live line on a terminal, a line per change
//!   otherwise, nothing with `-q`;
//! - COMPLETE ends the wait; FAILED is exit 5 with the `failureReason`
//!   ([`OperationFailed`]: the API accepted the request, then failed to carry it out);
//! - a check that fails for a passing reason (429, 5xx, network), after the client's own
//!   retries, is said and made again at the next pause; any other failure ends the wait;
//! - `--wait-timeout` (1 h, Terraform's default, §10.1) bounds the whole wait: exit 7, naming
//!   the request and the command to look again later; the request itself goes on;
//! - Ctrl-C stops it (exit 130) with the same command to look again.

use std::future::Future;
use std::time::{Duration, Instant};

use clap::Args;
use moks_model::truststore::{Activation, ActivationType, DeletionStatus, RequestStatus};
use moks_model::ApiEnum;

use crate::api::truststore::sets::{self, Polled};
use crate::api::Typed;
use crate::client::{Client, Id};
use crate::context::Context;
use crate::error::{self, ApiError, Interrupted, NetworkError, OperationFailed, WaitTimeout};
use crate::input;
use crate::output::{self, live_status::LiveStatus};
use crate::retry::{self, human};

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

/// How long to wait, and how often to look.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub timeout: Duration,
    pub interval: Duration,
}

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60 * 60);
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(10);
/// The bounds a `Retry-After` is clamped to (§10.3).
const RETRY_AFTER_MIN: Duration = Duration::from_secs(5);
const RETRY_AFTER_MAX: Duration = Duration::from_secs(60);
/// The first check after a request made without a `Retry-After`.
pub const FIRST_CHECK: Duration = Duration::from_secs(2);

impl WaitFlags {
    /// The pace asked for, when `--wait` was given.
    pub fn pace(&self) -> Option<Pace> {
        self.wait.then(|| Pace {
            timeout: self.wait_timeout.unwrap_or(DEFAULT_TIMEOUT),
            interval: self.interval.unwrap_or(DEFAULT_INTERVAL),
        })
    }
}

impl Pace {
    /// The pause before the next check, given the answer's `Retry-After` (as a wait).
    pub fn pause(&self, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(d) => {
                let floor = RETRY_AFTER_MIN.min(self.interval);
                d.clamp(floor, RETRY_AFTER_MAX.max(floor))
            }
            None => self.interval,
        }
    }

    /// The pause before the first check after the request was made: as [`Pace::pause`] when
    /// the answer suggests one; else [`FIRST_CHECK`] (or `--interval`, if shorter), so a
    /// request that completes in seconds (the sandbox's) is seen done in seconds, and a
    /// long one is then paced by the `Retry-After` its first check gets.
    pub fn first_pause(&self, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(_) => self.pause(retry_after),
            None => FIRST_CHECK.min(self.interval),
        }
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

/// What one check found.
pub enum Check<T> {
    /// It ended: the value, and the last state to say (`COMPLETE`, `DELETED`).
    Done(T, String),
    /// Not yet: the state to show, and the server's `Retry-After`.
    Pending {
        state: String,
        retry_after: Option<Duration>,
    },
}

/// What is waited for, for messages: `subject` names it, `again` is the command that
/// looks at it again later.
pub struct Waited {
    pub subject: String,
    pub again: String,
}

/// A check that failed for a reason that passes: a 429 or 5xx the client stopped retrying,
/// or the network.
fn passing(e: &anyhow::Error) -> bool {
    match e.downcast_ref::<ApiError>() {
        Some(api) => api.status == 429 || api.status >= 500,
        None => e.downcast_ref::<NetworkError>().is_some(),
    }
}

/// Checks with `check` until it is done: the first check after `first_pause` (none: at
/// once; with one, `known` is the state the caller saw last, shown meanwhile), each next
/// one after [`Pace::pause`].
pub async fn poll<T, F, Fut>(
    ctx: &Context,
    pace: Pace,
    what: &Waited,
    first_pause: Option<Duration>,
    known: Option<String>,
    mut check: F,
) -> anyhow::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<Check<T>>>,
{
    let mut status = LiveStatus::new(ctx.progress, &what.subject);
    let deadline = Instant::now() + pace.timeout;
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    // Polled once now, so that Ctrl-C is caught from here on (the handler is installed at
    // the first poll), before anything is shown.
    if futures_util::FutureExt::now_or_never(&mut ctrl_c).is_some() {
        return Err(interrupted(what, None, status.elapsed()));
    }
    if known.is_some() {
        status.set_state(known.as_deref());
    }
    let mut seen: Option<String> = known;
    let mut failed: Option<String>;
    let mut pause = first_pause;
    loop {
        if let Some(pause) = pause {
            let wake =
                Instant::now() + pause.min(deadline.saturating_duration_since(Instant::now()));
            loop {
                let left = wake.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    break;
                }
                status.tick(Some(left));
                tokio::select! {
                    _ = tokio::time::sleep(left.min(Duration::from_secs(1))) => {}
                    _ = &mut ctrl_c => {
                        status.clear();
                        return Err(interrupted(what, seen.as_deref(), status.elapsed()));
                    }
                }
            }
        }
        status.tick(None);
        let checked = tokio::select! {
            r = check() => r,
            _ = &mut ctrl_c => {
                status.clear();
                return Err(interrupted(what, seen.as_deref(), status.elapsed()));
            }
        };
        let next = match checked {
            Ok(Check::Done(value, last)) => {
                status.finish(&last);
                return Ok(value);
            }
            Ok(Check::Pending { state, retry_after }) => {
                failed = None;
                status.set_state(Some(&state));
                seen = Some(state);
                retry_after
            }
            Err(e) if passing(&e) => {
                let why = error::render(&e).headline;
                status.set_state(Some(&format!(
                    "{} (check failed: {why})",
                    seen.as_deref().unwrap_or("not known yet")
                )));
                failed = Some(why);
                None
            }
            Err(e) => {
                status.clear();
                return Err(e);
            }
        };
        if Instant::now() >= deadline {
            status.clear();
            return Err(timed_out(
                what,
                seen.as_deref(),
                failed.as_deref(),
                pace.timeout,
            ));
        }
        pause = Some(pace.pause(next));
    }
}

fn interrupted(what: &Waited, seen: Option<&str>, elapsed: Duration) -> anyhow::Error {
    let state = seen
        .map(|s| format!(" (last status {s})"))
        .unwrap_or_default();
    Interrupted {
        message: error::printable(&format!(
            "interrupted after {} while waiting for {}{state}; it goes on without moks",
            human(elapsed),
            what.subject
        )),
        hints: vec![format!("look again with: {}", what.again)],
    }
    .into()
}

fn timed_out(
    what: &Waited,
    seen: Option<&str>,
    failed: Option<&str>,
    timeout: Duration,
) -> anyhow::Error {
    let last = match (seen, failed) {
        (Some(s), None) => format!("its last status was {s}"),
        (Some(s), Some(why)) => {
            format!("its last status was {s}, and the last check failed: {why}")
        }
        (None, Some(why)) => format!("no check succeeded: {why}"),
        (None, None) => "its status was never seen".into(),
    };
    WaitTimeout {
        message: error::printable(&format!(
            "{} has not ended after {}: {last}; it goes on without moks",
            what.subject,
            human(timeout)
        )),
        hints: vec![format!("look again later with: {}", what.again)],
    }
    .into()
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
    let activation_id = started.view.activation_id.unwrap_or_default();
    let what = Waited {
        subject: activation_subject(&started.view, set, version),
        again: activation_again(set, version, activation_id),
    };
    let known = first_pause.map(|_| {
        progress_text(
            started.view.activation_status.as_ref(),
            started.view.percent_complete,
        )
    });
    let done = poll(ctx, pace, &what, first_pause, known, || async {
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
        return Err(activation_failed(&done, &what.subject));
    }
    Ok(done)
}

/// A request that ended FAILED: exit 5, with its `failureReason`.
pub fn activation_failed(a: &Typed<Activation>, subject: &str) -> anyhow::Error {
    let why = a.view.failure_reason.as_deref().map_or_else(
        || "the API gave no reason".into(),
        |r| error::excerpt(r, 300),
    );
    OperationFailed {
        message: format!("{} FAILED: {why}", error::printable(subject)),
        hints: vec![],
    }
    .into()
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
    let what = Waited {
        subject: format!("deletion of CA set {set}"),
        again: format!(
            "{} truststore get-removal --id {set} --wait",
            output::program()
        ),
    };
    let done = poll(ctx, pace, &what, None, None, || async {
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
    OperationFailed {
        message: format!("the deletion of CA set {set} FAILED: {why}"),
        hints: vec![format!(
            "delete it again: {} truststore remove-ca-set --id {set} --yes --wait",
            output::program()
        )],
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pace(interval: u64) -> Pace {
        Pace {
            timeout: DEFAULT_TIMEOUT,
            interval: Duration::from_millis(interval),
        }
    }

    #[test]
    fn retry_after_is_clamped_and_the_interval_is_the_default_pause() {
        let p = pace(10_000);
        let s = Duration::from_secs;
        assert_eq!(p.pause(None), s(10));
        assert_eq!(p.pause(Some(s(300))), s(60));
        assert_eq!(p.pause(Some(s(0))), s(5));
        assert_eq!(p.pause(Some(s(17))), s(17));
        // A short interval lowers the floor (the sandbox, tests).
        let quick = pace(100);
        assert_eq!(quick.pause(Some(s(0))), Duration::from_millis(100));
        assert_eq!(quick.pause(Some(s(2))), s(2));
        assert_eq!(quick.pause(Some(s(600))), s(60));
        // The first check comes soon unless the answer says otherwise.
        assert_eq!(p.first_pause(None), s(2));
        assert_eq!(p.first_pause(Some(s(300))), s(60));
        assert_eq!(quick.first_pause(None), Duration::from_millis(100));
    }

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
