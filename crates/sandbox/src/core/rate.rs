//! The rate limit: a token bucket per account and one per credential.
//!
//! Rules:
//! - the rate limit is a token bucket per account (`accountSwitchKey`, empty = default) and
//!   one per credential (the client token, or the bearer token's name), per sandbox
//!   instance: a request takes a token from both, so switching account keys does not
//!   multiply the budget. Capacity and refill are `per_minute` per minute; 0 disables it.
//!   Buckets are made only for authenticated requests, and full ones are forgotten (a full
//!   bucket is the same as none).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use time::OffsetDateTime;

/// Buckets kept before full ones are swept.
const SWEEP_ABOVE: usize = 1024;

/// The outcome of taking a token.
#[derive(Debug, Clone, PartialEq)]
pub struct RateDecision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    /// Time until the next token, when none is left.
    pub next_in: Option<Duration>,
}

pub struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> RateLimiter {
        RateLimiter {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// The bucket key of an account.
    pub fn account_key(account: &str) -> String {
        format!("account:{account}")
    }

    /// The bucket key of a credential.
    pub fn credential_key(client_token: &str) -> String {
        format!("credential:{client_token}")
    }

    fn cap(&self) -> f64 {
        f64::from(self.per_minute)
    }

    fn per_sec(&self) -> f64 {
        self.cap() / 60.0
    }

    /// A bucket's tokens at `at` (full when it has none).
    fn level(&self, bucket: Option<&(f64, Instant)>, at: Instant) -> f64 {
        match bucket {
            None => self.cap(),
            Some((tokens, last)) => {
                let elapsed = at.saturating_duration_since(*last).as_secs_f64();
                (tokens + elapsed * self.per_sec()).min(self.cap())
            }
        }
    }

    fn decision(&self, allowed: bool, tokens: f64) -> RateDecision {
        RateDecision {
            allowed,
            limit: self.per_minute,
            remaining: tokens.floor() as u32,
            next_in: (tokens < 1.0)
                .then(|| Duration::from_secs_f64((1.0 - tokens) / self.per_sec())),
        }
    }

    /// Takes one token from each of the `keys` buckets at `at`, or none when any of them is
    /// empty. The decision reports the emptiest. `None` when unlimited.
    pub fn take(&self, keys: &[&str], at: Instant) -> Option<RateDecision> {
        if self.per_minute == 0 {
            return None;
        }
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > SWEEP_ABOVE {
            let cap = self.cap();
            buckets.retain(|_, b| self.level(Some(b), at) < cap);
        }
        let lowest = keys
            .iter()
            .map(|k| self.level(buckets.get(*k), at))
            .fold(self.cap(), f64::min);
        let allowed = lowest >= 1.0;
        for k in keys {
            let level = self.level(buckets.get(*k), at);
            let taken = if allowed { level - 1.0 } else { level };
            buckets.insert((*k).to_string(), (taken, at));
        }
        Some(self.decision(allowed, if allowed { lowest - 1.0 } else { lowest }))
    }

    /// The emptiest of the `keys` buckets at `at`, taking nothing and making no bucket (for
    /// answers refused before the rate limit was consulted).
    pub fn peek(&self, keys: &[&str], at: Instant) -> Option<RateDecision> {
        if self.per_minute == 0 {
            return None;
        }
        let buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let lowest = keys
            .iter()
            .map(|k| self.level(buckets.get(*k), at))
            .fold(self.cap(), f64::min);
        Some(self.decision(lowest >= 1.0, lowest))
    }

    /// How many buckets exist (for tests).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.buckets.lock().unwrap().len()
    }
}

/// RFC 3339 with milliseconds, e.g. `2024-07-22T06:23:37.255Z`, in UTC.
pub fn fmt_millis(t: OffsetDateTime) -> String {
    const MILLIS: &[time::format_description::BorrowedFormatItem<'static>] = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    // Formatting cannot fail: every component is part of an OffsetDateTime.
    t.to_offset(time::UtcOffset::UTC)
        .format(MILLIS)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_times_have_milliseconds_in_utc() {
        let t = time::macros::datetime!(2024-07-22 08:23:37.2559 +02:00);
        assert_eq!(fmt_millis(t), "2024-07-22T06:23:37.255Z");
        let whole = time::macros::datetime!(2024-07-22 06:23:37 UTC);
        assert_eq!(fmt_millis(whole), "2024-07-22T06:23:37.000Z");
    }

    #[test]
    fn bucket_empties_and_refills() {
        let r = RateLimiter::new(60);
        let t = Instant::now();
        for i in 0..60 {
            let d = r.take(&[""], t).unwrap();
            assert!(d.allowed, "{i}");
            assert_eq!(d.remaining, 59 - i);
        }
        let d = r.take(&[""], t).unwrap();
        assert!(!d.allowed);
        assert!(d.next_in.unwrap() <= Duration::from_secs(1));
        assert!(r.take(&["other"], t).unwrap().allowed);
        assert!(
            r.take(&[""], t + Duration::from_millis(1001))
                .unwrap()
                .allowed
        );
        assert!(RateLimiter::new(0).take(&[""], t).is_none());
        let p = RateLimiter::new(5);
        assert_eq!(p.peek(&[""], t).unwrap().remaining, 5);
        assert_eq!(p.take(&[""], t).unwrap().remaining, 4);
        assert_eq!(p.peek(&[""], t).unwrap().remaining, 4);
    }

    #[test]
    fn the_credential_bucket_caps_all_accounts_together() {
        let r = RateLimiter::new(3);
        let t = Instant::now();
        for a in ["a", "b", "c"] {
            assert!(r.take(&[a, "cred"], t).unwrap().allowed, "{a}");
        }
        let d = r.take(&["d", "cred"], t).unwrap();
        assert!(
            !d.allowed,
            "a fresh account key does not bring a fresh budget"
        );
        assert_eq!(d.remaining, 0);
        // a refused take spends nothing from the account bucket
        assert_eq!(r.peek(&["d"], t).unwrap().remaining, 3);
    }

    #[test]
    fn peeking_makes_no_bucket_and_full_buckets_are_swept() {
        let r = RateLimiter::new(60);
        let t = Instant::now();
        for i in 0..5000 {
            r.peek(&[&format!("k{i}")], t);
        }
        assert_eq!(r.len(), 0);
        for i in 0..(SWEEP_ABOVE + 10) {
            r.take(&[&format!("k{i}")], t);
        }
        assert!(r.len() > SWEEP_ABOVE);
        // a minute later every bucket is full again: the next take sweeps them
        r.take(&["new"], t + Duration::from_secs(61));
        assert_eq!(r.len(), 1);
    }
}
