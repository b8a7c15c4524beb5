//! The one poll engine behind every `--wait` (MOKS versions, Edge Truststore activations
//! and deletions; next CPS and Cloudflare): an API describes only what it polls and when it
//! is done ([`Check`]); pacing, the deadline, the live line, Ctrl-C and exit 7 live here.
//!
//! Rules:
//! - each check is followed by a pause of at least the API's pace ([`Pace::pause`]: the
//!   interval, its backoff, or the server's `Retry-After` within bounds); a loop of its own
//!   in a command (an activation waiting for another request to end) pauses through
//!   [`Rounds`] too, so no round is ever made without a pause;
//! - the deadline (`--wait-timeout`, counted from when the command read `--wait`) bounds the
//!   whole command: a pause ends at it, a check is cut at it, and the transport's retries
//!   inside a check do not wait past it ([`crate::client::within`]); the timeout message
//!   says the time really spent (exit 7, naming the last status seen);
//! - a check that fails for a passing reason (429, 5xx, network), after the transport's own
//!   retries, is said and made again after the next pause; any other failure ends the wait;
//! - Ctrl-C stops it (exit 130): the request in flight is dropped, the live line cleared,
//!   what was done before stays done;
//! - progress goes to stderr ([`LiveStatus`]): a live line on a terminal, a line per change
//!   otherwise, nothing with `-q`.

pub mod pace;

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

pub use pace::{Pace, MOKS, TRUSTSTORE};

use crate::context::{Context, Progress};
use crate::error::{self, ApiError, Failure, Kind};
use crate::output::live_status::LiveStatus;
use crate::retry::human;

/// What one check found.
pub enum Check<T> {
    /// It ended: the value, and the last state to say (`COMPLETE`, `DEPLOYED`).
    Done(T, String),
    /// Not yet: the state to show, and the server's `Retry-After`.
    Pending {
        state: String,
        retry_after: Option<Duration>,
    },
    /// Not yet, and now better named (a `latest` version found to be number 3).
    Renamed { what: Waited, state: String },
}

/// What is waited for, for messages.
#[derive(Debug, Clone)]
pub struct Waited {
    /// "version 2 of client certificate 7".
    pub subject: String,
    /// What the timeout message says of it: "is not DEPLOYED", "has not ended".
    pub not_done: String,
    /// Said after the timeout or interruption: "; it goes on without moks", or "".
    pub aside: &'static str,
    /// The hint on timeout: "look again later with: …".
    pub on_timeout: String,
    /// The hint on Ctrl-C: "to wait again: …".
    pub on_interrupt: String,
}

impl Waited {
    /// `hints`: what to do on timeout, then on Ctrl-C ("wait longer with: …").
    pub fn new(subject: String, not_done: &str, aside: &'static str, hints: [String; 2]) -> Waited {
        let [on_timeout, on_interrupt] = hints;
        Waited {
            subject,
            not_done: not_done.into(),
            aside,
            on_timeout,
            on_interrupt,
        }
    }
}

/// A check that failed for a reason that passes: a 429 or 5xx the transport stopped
/// retrying, or the network.
pub fn passing(e: &anyhow::Error) -> bool {
    match e.downcast_ref::<ApiError>() {
        Some(api) => api.status == 429 || api.status >= 500,
        None => Failure::is(e, Kind::Network),
    }
}

/// The rounds of a wait: the pauses between them, the deadline, Ctrl-C and the live line.
pub struct Rounds {
    pace: Pace,
    round: u32,
    status: LiveStatus,
    what: Waited,
    ctrl_c: Pin<Box<dyn Future<Output = std::io::Result<()>> + Send>>,
    /// The last state seen, and the last check's failure.
    seen: Option<String>,
    failed: Option<String>,
}

impl Rounds {
    /// Starts the live line for `what`; `known` is a state already seen (the request's).
    pub fn new(ctx: &Context, pace: Pace, what: Waited, known: Option<String>) -> Rounds {
        Rounds::shown(ctx.progress, pace, what, known)
    }

    /// Rounds with no line of their own (a command's loop around waits that show theirs).
    pub fn quiet(pace: Pace, what: Waited) -> Rounds {
        Rounds::shown(Progress::Silent, pace, what, None)
    }

    fn shown(mode: Progress, pace: Pace, what: Waited, known: Option<String>) -> Rounds {
        let mut status = LiveStatus::new(mode, &what.subject);
        let mut ctrl_c: Pin<Box<dyn Future<Output = _> + Send>> = Box::pin(tokio::signal::ctrl_c());
        // Polled once now, so that Ctrl-C is caught from here on (the handler is installed
        // at the first poll).
        let _ = futures_util::FutureExt::now_or_never(&mut ctrl_c);
        if known.is_some() {
            status.set_state(known.as_deref());
        }
        Rounds {
            pace,
            round: 0,
            status,
            what,
            ctrl_c,
            seen: known,
            failed: None,
        }
    }

    /// Shows a state (not a failure).
    pub fn saw(&mut self, state: String) {
        self.failed = None;
        self.status.set_state(Some(&state));
        self.seen = Some(state);
    }

    /// Shows a check that failed for a passing reason.
    pub fn failed(&mut self, e: &anyhow::Error) {
        let why = error::render(e).headline;
        self.status.set_state(Some(&format!(
            "{} (check failed: {why})",
            self.seen.as_deref().unwrap_or("not known yet")
        )));
        self.failed = Some(why);
    }

    pub fn rename(&mut self, what: Waited) {
        self.status.rename(&what.subject);
        self.what = what;
    }

    /// Clears the live line (before an error that ends the wait).
    pub fn clear(&mut self) {
        self.status.clear();
    }

    pub fn finish(&mut self, state: &str) {
        self.status.finish(state);
    }

    /// Pauses `pause` (the deadline permitting), counting down on the live line; exit 7 once
    /// the deadline has passed, 130 on Ctrl-C.
    pub async fn pause(&mut self, pause: Duration) -> anyhow::Result<()> {
        self.round = self.round.saturating_add(1);
        let deadline = self.pace.deadline();
        let wake = (Instant::now() + pause).min(deadline);
        loop {
            if Instant::now() >= deadline {
                return Err(self.timed_out());
            }
            let left = wake.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(());
            }
            self.status.tick(Some(left));
            tokio::select! {
                _ = tokio::time::sleep(left.min(Duration::from_secs(1))) => {}
                _ = &mut self.ctrl_c => return Err(self.interrupted()),
            }
        }
    }

    /// The pause after this round, as the pace says given a `Retry-After`.
    pub fn next_pause(&self, retry_after: Option<Duration>) -> Duration {
        self.pace.pause(self.round, retry_after)
    }

    /// Runs one check: cut at the deadline (exit 7) or by Ctrl-C (130); the transport's
    /// retries inside it do not wait past the deadline.
    pub async fn check<T>(
        &mut self,
        check: impl Future<Output = anyhow::Result<T>>,
    ) -> anyhow::Result<T> {
        let deadline = self.pace.deadline();
        if Instant::now() >= deadline {
            return Err(self.timed_out());
        }
        self.status.tick(None);
        let bounded = crate::client::within(deadline, check);
        tokio::select! {
            r = bounded => r,
            _ = tokio::time::sleep_until(deadline.into()) => {
                self.failed = Some("the last check had no answer by then".into());
                Err(self.timed_out())
            }
            _ = &mut self.ctrl_c => Err(self.interrupted()),
        }
    }

    fn interrupted(&mut self) -> anyhow::Error {
        self.status.clear();
        let state = self
            .seen
            .as_deref()
            .map(|s| format!(" (last status {s})"))
            .unwrap_or_default();
        Failure::new(
            Kind::Interrupted,
            error::printable(&format!(
                "interrupted after {} while waiting for {}{state}{}",
                human(self.pace.started.elapsed()),
                self.what.subject,
                self.what.aside
            )),
        )
        .with_hints(vec![self.what.on_interrupt.clone()])
        .into()
    }

    /// Exit 7: what was waited for, the time really spent, and the last thing seen.
    fn timed_out(&mut self) -> anyhow::Error {
        self.status.clear();
        let last = match (&self.seen, &self.failed) {
            (Some(s), None) => format!("its last status was {s}"),
            (Some(s), Some(why)) => {
                format!("its last status was {s}, and the last check failed: {why}")
            }
            (None, Some(why)) => format!("no check succeeded: {why}"),
            (None, None) => "its status was never seen".into(),
        };
        Failure::new(
            Kind::WaitTimeout,
            error::printable(&format!(
                "{} {} after {}: {last}{}",
                self.what.subject,
                self.what.not_done,
                human(self.pace.started.elapsed()),
                self.what.aside
            )),
        )
        .with_hints(vec![self.what.on_timeout.clone()])
        .into()
    }
}

/// Checks with `check` until it is done: the first check after `first_pause` (none: at
/// once), each next one after the pace's pause.
pub async fn poll<T, F, Fut>(
    ctx: &Context,
    pace: Pace,
    what: Waited,
    first_pause: Option<Duration>,
    known: Option<String>,
    mut check: F,
) -> anyhow::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<Check<T>>>,
{
    let mut rounds = Rounds::new(ctx, pace, what, known);
    let mut pause = first_pause;
    loop {
        if let Some(p) = pause {
            rounds.pause(p).await?;
        }
        let next = match rounds.check(check()).await {
            Ok(Check::Done(value, last)) => {
                rounds.finish(&last);
                return Ok(value);
            }
            Ok(Check::Pending { state, retry_after }) => {
                rounds.saw(state);
                retry_after
            }
            Ok(Check::Renamed { what, state }) => {
                rounds.rename(what);
                rounds.saw(state);
                None
            }
            Err(e) if passing(&e) => {
                rounds.failed(&e);
                None
            }
            Err(e) => {
                rounds.clear();
                return Err(e);
            }
        };
        pause = Some(rounds.next_pause(next));
    }
}
