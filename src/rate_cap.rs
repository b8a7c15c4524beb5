//! The client-side rate cap (`expiring --max-rps`): at most so many requests start per
//! second, counted across every request of the run, concurrent ones included, so that a
//! fan-out stays inside the account's budget (each API's [`crate::http::api::RateBudget`]:
//! 300 requests a minute for Akamai's, the default of `--max-rps`) and never triggers a 429
//! of its own.
//!
//! Rules:
//! - one turn per attempt: every request, retry and redirect hop takes a turn before it is
//!   signed (so the signature's timestamp is that of the moment it is sent);
//! - turns are spaced `1 / rate` apart and handed out in the order they are asked for, so
//!   no request starves and the run reaches the cap's ideal throughput when the server keeps
//!   up; no burst is saved up while idle: the server's own bucket may be partly spent by
//!   the account's other clients, and a cap that bursts could spend the rest at once;
//! - a 429 from the API (others' traffic) holds every turn until the time the API gave
//!   ([`RateCap::hold_until`]): a turn handed out before the hold but falling inside it is
//!   taken again after it, so the requests in flight do not collect 429s of their own;
//! - the arithmetic is pure ([`RateCap::reserve`] takes the clock), unit-tested without
//!   sleeping.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A shared rate cap: see the module's rules.
#[derive(Debug)]
pub struct RateCap {
    interval: Duration,
    turns: Mutex<Turns>,
}

#[derive(Debug, Default)]
struct Turns {
    /// The earliest start of the next turn.
    next: Option<Instant>,
    /// No turn starts before this (a 429's wait).
    held_until: Option<Instant>,
}

impl RateCap {
    /// At most `per_second` requests a second (more than 0; callers check the flag).
    pub fn per_second(per_second: f64) -> RateCap {
        RateCap {
            interval: Duration::from_secs_f64(1.0 / per_second.max(f64::MIN_POSITIVE)),
            turns: Mutex::new(Turns::default()),
        }
    }

    /// Hands out the next turn, asked for at `now`: when that request may start.
    pub fn reserve(&self, now: Instant) -> Instant {
        let mut t = self.turns.lock().unwrap_or_else(|e| e.into_inner());
        let start = [Some(now), t.next, t.held_until]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(now);
        t.next = Some(start + self.interval);
        start
    }

    /// Whether a hold set since a turn was handed out covers `start`: that turn is void.
    fn held_at(&self, start: Instant) -> bool {
        let t = self.turns.lock().unwrap_or_else(|e| e.into_inner());
        t.held_until.is_some_and(|h| h > start)
    }

    /// Holds every turn until `at`. Says whether this moved the hold later (the first 429
    /// of a burst of them does; the others were answered to requests already in flight).
    pub fn hold_until(&self, at: Instant) -> bool {
        let mut t = self.turns.lock().unwrap_or_else(|e| e.into_inner());
        // A turn already handed out that ends past `at` is not held again.
        let later = t
            .held_until
            .is_none_or(|h| at > h + Duration::from_millis(100));
        if t.held_until.is_none_or(|h| at > h) {
            t.held_until = Some(at);
        }
        later
    }

    /// Waits for this request's turn.
    pub async fn wait_turn(&self) {
        loop {
            let start = self.reserve(Instant::now());
            tokio::time::sleep_until(tokio::time::Instant::from_std(start)).await;
            if !self.held_at(start) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn turns_asked_at_once_are_spaced_one_interval_apart_in_order() {
        let cap = RateCap::per_second(100.0);
        let t0 = Instant::now();
        let starts: Vec<Duration> = (0..5).map(|_| cap.reserve(t0) - t0).collect();
        assert_eq!(
            starts,
            vec![Duration::ZERO, 10 * MS, 20 * MS, 30 * MS, 40 * MS]
        );
        // Asked later than the queue's end: at once.
        assert_eq!(cap.reserve(t0 + 500 * MS) - t0, 500 * MS);
        assert_eq!(cap.reserve(t0 + 500 * MS) - t0, 510 * MS);
    }

    #[test]
    fn an_idle_cap_saves_no_burst() {
        let cap = RateCap::per_second(5.0);
        let t0 = Instant::now();
        cap.reserve(t0);
        let later = t0 + Duration::from_secs(60);
        assert_eq!(cap.reserve(later), later);
        assert_eq!(cap.reserve(later) - later, 200 * MS, "the second waits");
    }

    #[test]
    fn in_any_second_at_most_rate_turns_start() {
        let cap = RateCap::per_second(8.0);
        let t0 = Instant::now();
        // Requests asked for at irregular times, as concurrent tasks would.
        let mut starts = Vec::new();
        for i in 0..200u64 {
            starts.push(cap.reserve(t0 + Duration::from_millis(i * i % 97 * 3)));
        }
        starts.sort();
        for (i, s) in starts.iter().enumerate() {
            let within = starts[i..]
                .iter()
                .take_while(|x| **x - *s < Duration::from_secs(1))
                .count();
            assert!(within <= 8, "{within} turns in one second");
        }
    }

    #[test]
    fn a_hold_pushes_later_turns_and_voids_turns_inside_it() {
        let cap = RateCap::per_second(10.0);
        let t0 = Instant::now();
        let early = cap.reserve(t0);
        let inside = cap.reserve(t0);
        assert_eq!(inside - t0, 100 * MS);
        assert!(
            cap.hold_until(t0 + Duration::from_secs(2)),
            "the first 429 moves it"
        );
        assert!(
            !cap.hold_until(t0 + Duration::from_secs(2) + 50 * MS),
            "a 429 of the same burst does not"
        );
        assert!(!cap.held_at(early + Duration::from_secs(3)));
        assert!(cap.held_at(inside), "that turn is taken again");
        let after = cap.reserve(t0 + 200 * MS);
        assert_eq!(after - t0, Duration::from_secs(2) + 50 * MS);
        assert!(!cap.held_at(after));
        assert!(!cap.hold_until(t0), "a hold never moves earlier");
        assert_eq!(
            cap.reserve(t0) - t0,
            Duration::from_secs(2) + 150 * MS,
            "spaced after it"
        );
    }

    #[tokio::test(flavor = "current_thread")]
    async fn wait_turn_returns_at_once_when_the_cap_is_free() {
        let cap = RateCap::per_second(1.0);
        tokio::time::timeout(Duration::from_secs(5), cap.wait_turn())
            .await
            .expect("the first turn is now");
    }
}
