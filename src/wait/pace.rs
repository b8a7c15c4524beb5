//! How often a wait looks, and for how long: each API's defaults as data ([`Rules`]), and
//! the pause before each check as a pure function of the round and the server's
//! `Retry-After`, unit-tested without sleeping.
//!
//! Rules:
//! - MOKS (the API reference's "Waiting for deployment", Terraform's pace): 30 min at most,
//!   the first check at once, then after 1 s, 2 s, 4 s… up to `--interval` (30 s);
//! - the Edge Truststore (Terraform's 1 h activation timeout): checks every `--interval`
//!   (10 s); a `Retry-After` (about 300 s from the API) is taken within [5 s, 60 s] so that
//!   the progress moves; an `--interval` under 5 s lowers that floor (the sandbox, tests);
//!   the first check after a request whose answer suggests no pause comes after 2 s;
//! - the deadline is counted from when `--wait` was read, so it bounds the whole command:
//!   the request, every check and every retry inside a check.
//!
//! `WaitFlags` stays written once per API (`commands/moks/wait.rs`,
//! `commands/truststore/waiting.rs`): clap derive takes each flag's help from its doc
//! comment, and the two APIs' help (what is waited for, the defaults) differs.

use std::time::{Duration, Instant};

/// One API's pacing of its waits.
#[derive(Debug)]
pub struct Rules {
    /// `--wait-timeout` when not given.
    pub timeout: Duration,
    /// `--interval` when not given.
    pub interval: Duration,
    /// The pause after the first check, doubling at each round up to the interval; `None`:
    /// the interval every round.
    pub backoff_from: Option<Duration>,
    /// The bounds a server's `Retry-After` is clamped to (the floor no higher than the
    /// interval).
    pub retry_after: (Duration, Duration),
    /// The first check after a request whose answer suggests no pause.
    pub first_check: Duration,
}

/// MOKS: `wait`, and `--wait` on `new-client-cert`, `rotate`, `complete-version`.
pub const MOKS: Rules = Rules {
    timeout: Duration::from_secs(30 * 60),
    interval: Duration::from_secs(30),
    backoff_from: Some(Duration::from_secs(1)),
    retry_after: (Duration::from_secs(1), Duration::from_secs(60)),
    first_check: Duration::from_secs(1),
};

/// The Edge Truststore: activations, deactivations and CA set deletions.
pub const TRUSTSTORE: Rules = Rules {
    timeout: Duration::from_secs(60 * 60),
    interval: Duration::from_secs(10),
    backoff_from: None,
    retry_after: (Duration::from_secs(5), Duration::from_secs(60)),
    first_check: Duration::from_secs(2),
};

/// The pace of one command's wait: how long in all, how often, since when.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub timeout: Duration,
    pub interval: Duration,
    pub rules: &'static Rules,
    /// When the wait was asked for: the deadline is `started + timeout`.
    pub started: Instant,
}

impl Pace {
    /// The pace of `rules`, with the flags given (else the defaults), starting now.
    pub fn new(
        rules: &'static Rules,
        timeout: Option<Duration>,
        interval: Option<Duration>,
    ) -> Pace {
        Pace {
            timeout: timeout.unwrap_or(rules.timeout),
            interval: interval.unwrap_or(rules.interval),
            rules,
            started: Instant::now(),
        }
    }

    /// When the wait ends, done or not.
    pub fn deadline(&self) -> Instant {
        self.started + self.timeout
    }

    /// The pause after check number `round` (0 for the first), given the answer's
    /// `Retry-After` (as a wait), if any.
    pub fn pause(&self, round: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(d) = retry_after {
            let (min, max) = self.rules.retry_after;
            let floor = min.min(self.interval);
            return d.clamp(floor, max.max(floor));
        }
        match self.rules.backoff_from {
            Some(first) => first
                .saturating_mul(2u32.saturating_pow(round.min(20)))
                .min(self.interval),
            None => self.interval,
        }
    }

    /// The pause before the first check after a request: as [`Pace::pause`] when its
    /// answer suggests one; else the API's first check (or `--interval`, if shorter), so a
    /// request that completes in seconds (the sandbox's) is seen done in seconds.
    pub fn first_pause(&self, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(_) => self.pause(0, retry_after),
            None => self.rules.first_check.min(self.interval),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pace(rules: &'static Rules, interval_ms: u64) -> Pace {
        Pace::new(rules, None, Some(Duration::from_millis(interval_ms)))
    }

    #[test]
    fn truststore_takes_retry_after_within_bounds_and_the_interval_otherwise() {
        let p = pace(&TRUSTSTORE, 10_000);
        let s = Duration::from_secs;
        assert_eq!(p.pause(0, None), s(10));
        assert_eq!(p.pause(7, None), s(10));
        assert_eq!(p.pause(0, Some(s(300))), s(60));
        assert_eq!(p.pause(0, Some(s(0))), s(5));
        assert_eq!(p.pause(0, Some(s(17))), s(17));
        // A short interval lowers the floor (the sandbox, tests).
        let quick = pace(&TRUSTSTORE, 100);
        assert_eq!(quick.pause(0, Some(s(0))), Duration::from_millis(100));
        assert_eq!(quick.pause(0, Some(s(2))), s(2));
        assert_eq!(quick.pause(0, Some(s(600))), s(60));
        // The first check comes soon unless the answer says otherwise.
        assert_eq!(p.first_pause(None), s(2));
        assert_eq!(p.first_pause(Some(s(300))), s(60));
        assert_eq!(quick.first_pause(None), Duration::from_millis(100));
    }

    #[test]
    fn moks_backs_off_from_one_second_to_the_interval() {
        let p = Pace::new(&MOKS, None, None);
        let s = Duration::from_secs;
        let pauses: Vec<Duration> = (0..7).map(|r| p.pause(r, None)).collect();
        assert_eq!(pauses, [s(1), s(2), s(4), s(8), s(16), s(30), s(30)]);
        assert_eq!(p.pause(u32::MAX, None), s(30));
        assert_eq!(p.timeout, s(30 * 60));
        assert_eq!(Pace::new(&TRUSTSTORE, None, None).timeout, s(3600));
    }
}
