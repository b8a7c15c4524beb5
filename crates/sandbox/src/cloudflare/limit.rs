//! Cloudflare's rate limit: at most `max` requests per `window` per credential, and a
//! credential that goes over is refused for `block` ("going over blocks all API calls for
//! the next five minutes"). Fixed windows from a credential's first request, per sandbox
//! instance (not in the state file), for authenticated requests only.
//!
//! Headers, as Cloudflare documents them: `Ratelimit: "default";r=<remaining>;t=<seconds
//! to reset>` and `Ratelimit-Policy: "default";q=<max>;w=<window seconds>` on every answer
//! after the check, `Retry-After: <seconds>` (rounded up) on a 429.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Credentials tracked before finished windows are swept.
const SWEEP_ABOVE: usize = 1024;

struct Window {
    start: Instant,
    used: u32,
    blocked_until: Option<Instant>,
}

pub struct Limiter {
    max: u32,
    window: Duration,
    block: Duration,
    windows: Mutex<HashMap<String, Window>>,
}

/// One request's verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub allowed: bool,
    pub max: u32,
    pub remaining: u32,
    /// Until the window resets, or the block ends.
    pub reset: Duration,
    pub window: Duration,
}

impl Limiter {
    pub fn new(max: u32, window: Duration, block: Duration) -> Limiter {
        Limiter {
            max,
            window,
            block,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request of `who` at `now`; `None` when the limit is off.
    pub fn take(&self, who: &str, now: Instant) -> Option<Verdict> {
        if self.max == 0 {
            return None;
        }
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() > SWEEP_ABOVE {
            let (window, block) = (self.window, self.block);
            windows.retain(|_, w| now.saturating_duration_since(w.start) < window.max(block));
        }
        let w = windows.entry(who.to_string()).or_insert(Window {
            start: now,
            used: 0,
            blocked_until: None,
        });
        let verdict = |allowed, remaining, reset| Verdict {
            allowed,
            max: self.max,
            remaining,
            reset,
            window: self.window,
        };
        if let Some(until) = w.blocked_until.filter(|u| *u > now) {
            return Some(verdict(false, 0, until - now));
        }
        if w.blocked_until.is_some() || now.saturating_duration_since(w.start) >= self.window {
            *w = Window {
                start: now,
                used: 0,
                blocked_until: None,
            };
        }
        if w.used < self.max {
            w.used += 1;
            let reset = (w.start + self.window).saturating_duration_since(now);
            return Some(verdict(true, self.max - w.used, reset));
        }
        w.blocked_until = Some(now + self.block);
        Some(verdict(false, 0, self.block))
    }
}

/// Seconds, rounded up.
fn seconds(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

/// The headers of an answer given this verdict.
pub fn headers(v: &Verdict) -> Vec<(String, String)> {
    let mut h = vec![
        (
            "Ratelimit".to_string(),
            format!("\"default\";r={};t={}", v.remaining, seconds(v.reset)),
        ),
        (
            "Ratelimit-Policy".to_string(),
            format!("\"default\";q={};w={}", v.max, seconds(v.window)),
        ),
    ];
    if !v.allowed {
        h.push(("Retry-After".to_string(), seconds(v.reset).to_string()));
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn going_over_blocks_for_the_block_time_then_a_new_window_starts() {
        let l = Limiter::new(2, Duration::from_secs(300), Duration::from_secs(600));
        let t = Instant::now();
        assert_eq!(l.take("a", t).unwrap().remaining, 1);
        assert_eq!(l.take("a", t).unwrap().remaining, 0);
        let over = l.take("a", t + Duration::from_secs(1)).unwrap();
        assert!(!over.allowed);
        assert_eq!(over.reset, Duration::from_secs(600));
        assert_eq!(headers(&over)[2], ("Retry-After".into(), "600".into()));
        // the window would have reset at 300 s, but the block lasts
        assert!(!l.take("a", t + Duration::from_secs(400)).unwrap().allowed);
        assert!(l.take("b", t).unwrap().allowed, "per credential");
        let after = l.take("a", t + Duration::from_secs(602)).unwrap();
        assert!(after.allowed);
        assert_eq!(after.remaining, 1);
        assert!(Limiter::new(0, Duration::ZERO, Duration::ZERO)
            .take("a", t)
            .is_none());
    }

    #[test]
    fn headers_say_what_is_left_and_the_policy() {
        let l = Limiter::new(1200, Duration::from_secs(300), Duration::from_secs(300));
        let v = l.take("a", Instant::now()).unwrap();
        let h = headers(&v);
        assert_eq!(
            h[0],
            ("Ratelimit".into(), "\"default\";r=1199;t=300".into())
        );
        assert_eq!(
            h[1],
            ("Ratelimit-Policy".into(), "\"default\";q=1200;w=300".into())
        );
        assert_eq!(h.len(), 2);
    }
}
