//! CPS's own request limits, per account (`accountSwitchKey`, empty = the default
//! account), per sandbox instance: 35 requests a minute and 20 per 2 seconds for every
//! operation, and 10 a minute for the active certificates list (Akamai's "Rate limiting"
//! page and the operation's description). Sliding windows; a refused request counts for
//! nothing. The number of accounts tracked is bounded (the oldest are forgotten).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::problem;
use crate::core::problem::Reply;

/// (requests, window) of each limit.
const MINUTE: (usize, Duration) = (35, Duration::from_secs(60));
const BURST: (usize, Duration) = (20, Duration::from_secs(2));
const ACTIVE: (usize, Duration) = (10, Duration::from_secs(60));
/// Accounts tracked at most.
const MAX_ACCOUNTS: usize = 1024;

#[derive(Default)]
struct Seen {
    minute: VecDeque<Instant>,
    burst: VecDeque<Instant>,
    active: VecDeque<Instant>,
}

pub struct Limiter {
    on: bool,
    seen: Mutex<HashMap<String, Seen>>,
}

/// How long until `times` has room under `(max, window)`, after dropping what left it.
fn wait(times: &mut VecDeque<Instant>, (max, window): (usize, Duration), now: Instant) -> Duration {
    while times
        .front()
        .is_some_and(|t| now.saturating_duration_since(*t) >= window)
    {
        times.pop_front();
    }
    if times.len() < max {
        return Duration::ZERO;
    }
    // the request that must leave the window for one more to fit
    let oldest = times[times.len() - max];
    (oldest + window).saturating_duration_since(now)
}

impl Limiter {
    pub fn new(on: bool) -> Limiter {
        Limiter {
            on,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request of `account` at `now`, or refuses it with 429.
    pub fn take(&self, account: &str, active: bool, now: Instant) -> Result<(), Reply> {
        if !self.on {
            return Ok(());
        }
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.len() >= MAX_ACCOUNTS && !seen.contains_key(account) {
            seen.clear();
        }
        let s = seen.entry(account.to_string()).or_default();
        let mut longest = wait(&mut s.minute, MINUTE, now).max(wait(&mut s.burst, BURST, now));
        if active {
            longest = longest.max(wait(&mut s.active, ACTIVE, now));
        }
        if !longest.is_zero() {
            return Err(problem::rate_limited(longest));
        }
        s.minute.push_back(now);
        s.burst.push_back(now);
        if active {
            s.active.push_back(now);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_limits_hold_per_account() {
        let l = Limiter::new(true);
        let t = Instant::now();
        for i in 0..20 {
            assert!(l.take("a", false, t).is_ok(), "{i}");
        }
        let r = l.take("a", false, t).unwrap_err();
        assert_eq!(r.status, 429);
        assert_eq!(
            r.headers,
            vec![("Retry-After".to_string(), "2".to_string())]
        );
        assert!(l.take("b", false, t).is_ok(), "another account has its own");
        // 2 s later: 15 more fit in the minute, not 20
        let later = t + Duration::from_secs(2);
        for i in 0..15 {
            assert!(l.take("a", false, later).is_ok(), "{i}");
        }
        let r = l.take("a", false, later).unwrap_err();
        assert_eq!(r.headers[0].1, "58");
        let detail = r.body.unwrap()["detail"].as_str().unwrap().to_string();
        assert!(detail.ends_with("Retry after: 58 seconds."), "{detail}");
        // active certificates: 10 a minute
        for _ in 0..10 {
            assert!(l.take("c", true, t).is_ok());
            assert!(l.take("c", false, t + Duration::from_secs(3)).is_ok());
        }
        assert_eq!(
            l.take("c", true, t + Duration::from_secs(5))
                .unwrap_err()
                .status,
            429
        );
        assert!(Limiter::new(false).take("a", true, t).is_ok());
    }
}
