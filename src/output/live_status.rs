//! The status of something moks waits for, on stderr: on a terminal a live line (indicatif:
//! a spinner, what is waited for, its last state, the time elapsed and the next check),
//! redrawn in place and cleared at the end; elsewhere one line per change of state, so a CI
//! log shows each step once; nothing under `-q`. Never on stdout.
//!
//! Every text shown here may hold what a server sent (a status): it is escaped like the
//! rest of `output` ([`super::escape`]).

use std::io::{self, Write};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::escape;
use crate::context::Progress;
use crate::retry::human;

/// One thing waited for: `subject` names it ("version 2 of client certificate 12").
pub struct LiveStatus {
    mode: Progress,
    subject: String,
    started: Instant,
    bar: Option<ProgressBar>,
    /// The state now, escaped.
    state: Option<String>,
    /// The state last printed as a line (lines mode), so that a line is printed per change.
    last: Option<String>,
}

impl LiveStatus {
    pub fn new(mode: Progress, subject: &str) -> LiveStatus {
        // Shown as `output`'s bar, so that notes (a retry's wait) go above it.
        let bar = (mode == Progress::Live)
            .then(|| {
                super::take_bar_slot(|| {
                    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                    // The template is fixed and valid; the default style is kept if it ever is not.
                    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}") {
                        bar.set_style(style);
                    }
                    bar
                })
            })
            .flatten();
        if let Some(bar) = &bar {
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        LiveStatus {
            mode,
            subject: escape(subject).into_owned(),
            started: Instant::now(),
            bar,
            state: None,
            last: None,
        }
    }

    /// Names what is waited for anew (once a `latest` is known to be version 2).
    pub fn rename(&mut self, subject: &str) {
        self.subject = escape(subject).into_owned();
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// The state now (`None`: not known yet). Lines: a line when a known state differs
    /// from the last one printed. Live: shown at the next [`LiveStatus::tick`].
    pub fn set_state(&mut self, state: Option<&str>) {
        self.state = state.map(|s| escape(s).into_owned());
        if self.mode == Progress::Lines && self.state != self.last {
            if let Some(state) = &self.state {
                line(&format!(
                    "moks: {}: {state} ({})",
                    self.subject,
                    human(self.elapsed())
                ));
                self.last = Some(state.clone());
            }
        }
    }

    /// Redraws the live line: the state, the time elapsed, and when the next check is
    /// (`None`: now). Nothing in the other modes.
    pub fn tick(&mut self, next_check: Option<Duration>) {
        let Some(bar) = &self.bar else { return };
        let next = match next_check {
            Some(d) if d >= Duration::from_millis(500) => {
                format!(" · next check in {}", human_whole(d))
            }
            _ => " · checking".to_string(),
        };
        bar.set_message(format!(
            "{}: {} · {}{next}",
            self.subject,
            self.state.as_deref().unwrap_or("not known yet"),
            human(self.elapsed())
        ));
    }

    /// Ends the status with a last line (`DEPLOYED after 7.1 s`); the live line is cleared
    /// first. Nothing under `-q`.
    pub fn finish(&mut self, state: &str) {
        self.clear();
        if self.mode != Progress::Silent {
            line(&format!(
                "moks: {}: {} after {}",
                self.subject,
                escape(state),
                human(self.elapsed())
            ));
        }
    }

    /// Removes the live line (before an error is printed, or on Ctrl-C).
    pub fn clear(&mut self) {
        if let Some(bar) = self.bar.take() {
            super::release_bar_slot(&bar);
        }
    }
}

impl Drop for LiveStatus {
    fn drop(&mut self) {
        self.clear();
    }
}

/// `25 s`, `2 min 5 s`: a countdown shown whole seconds.
fn human_whole(d: Duration) -> String {
    human(Duration::from_secs(d.as_secs_f64().round() as u64)).replace(".0 s", " s")
}

fn line(text: &str) {
    // Under `cargo test`, through the test harness's capture (`eprintln!`): a direct write to
    // the process's stderr would print a unit test's lines among the test run's output.
    if cfg!(test) {
        eprintln!("{text}");
        return;
    }
    let _ = writeln!(io::stderr().lock(), "{text}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdowns_are_whole_seconds() {
        assert_eq!(human_whole(Duration::from_millis(2400)), "2 s");
        assert_eq!(human_whole(Duration::from_secs(25)), "25 s");
        assert_eq!(human_whole(Duration::from_secs(125)), "2 min 5 s");
    }

    #[test]
    fn lines_mode_remembers_the_last_state_escaped() {
        let mut s = LiveStatus::new(Progress::Lines, "version 1 of client certificate 7");
        s.set_state(None);
        assert!(s.last.is_none(), "nothing known, nothing printed");
        s.set_state(Some("DEPLOYMENT_PENDING\u{1b}[2J"));
        assert_eq!(s.last.as_deref(), Some("DEPLOYMENT_PENDING\\u{1b}[2J"));
        let mut quiet = LiveStatus::new(Progress::Silent, "x");
        quiet.set_state(Some("A"));
        assert!(quiet.last.is_none() && quiet.bar.is_none());
    }
}
