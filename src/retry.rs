//! When to retry a request and how long to wait first: pure functions, the clock and the
//! jitter passed in, so every rule is unit-tested without sleeping.
//!
//! Rules:
//! - a 429 is retried for every method (the server processed nothing);
//! - a 5xx (but 501), a connection error or a timeout is retried for GET and HEAD only: a
//!   POST, PATCH or DELETE is never sent twice unless the server answered 429;
//! - a 401 (or any other 4xx) is never retried;
//! - the wait comes, in order of preference, from `Akamai-RateLimit-Next` /
//!   `X-RateLimit-Next` (minus the response `Date`, else minus now), `Retry-After` (seconds or
//!   an HTTP date or RFC 3339), the "try after <timestamp>" of a MOKS 429 body, the
//!   `rateLimitNext`/`retryAfter` of an Edge Truststore 429/503 body, else jittered exponential
//!   backoff from `wait_min` doubling up to `wait_max`. A server-given wait is taken as given;
//! - each call has a retry deadline, counted from its first attempt: a retry whose wait
//!   would end past it is not made, and the command stops at once ([`next_step`]), saying when the server will take
//!   requests again; waiting is never silent (the client announces every wait over a second,
//!   and every retry after a network failure, the first as "retry 1 of N");
//! - knobs: `AKAMAI_RETRY_MAX` (10), `AKAMAI_RETRY_WAIT_MIN` (1s), `AKAMAI_RETRY_WAIT_MAX`
//!   (30s), `AKAMAI_RETRY_DEADLINE` (5m), `AKAMAI_RETRY_DISABLED` (any value but
//!   `false`/`0`/`no`/empty disables).

use std::time::Duration;

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::error;

/// Waits longer than this are announced on stderr, with or without `-v`.
pub const ANNOUNCE_WAITS_OVER: Duration = Duration::from_secs(1);

/// How long the retries of one command may go on, unless `AKAMAI_RETRY_DEADLINE` says.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(300);

#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub max_retries: u32,
    pub wait_min: Duration,
    pub wait_max: Duration,
    /// No retry starts later than this after the command started.
    pub deadline: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            max_retries: 10,
            wait_min: Duration::from_secs(1),
            wait_max: Duration::from_secs(30),
            deadline: DEFAULT_DEADLINE,
        }
    }
}

/// Parses a duration in the one grammar every flag and variable that takes a time uses:
/// `500ms`, `20s`, `2m`, `1h`, `1d`, decimals allowed (`1.5s`), a bare number as seconds;
/// at most 7 days (see [`parse_duration_within`] for longer spans).
pub fn parse_duration(text: &str) -> Option<Duration> {
    parse_duration_within(text, Duration::from_secs(86_400 * 7))
}

/// [`parse_duration`] with another upper bound (the sandbox's lifecycle spans: years).
pub fn parse_duration_within(text: &str, most: Duration) -> Option<Duration> {
    let t = text.trim();
    let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let mult = match unit.trim() {
        "ms" => 0.001,
        "" | "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        "d" => 86_400.0,
        _ => return None,
    };
    let v: f64 = num.trim().parse().ok()?;
    if !v.is_finite() || v < 0.0 || v * mult > most.as_secs_f64() {
        return None;
    }
    Some(Duration::from_secs_f64(v * mult))
}

/// The duration environment variable `name` holds, if it is set; a value that is not one
/// is a configuration error (exit 3) naming the variable and the value, with `examples`.
pub fn duration_from_env(
    env: &dyn Fn(&str) -> Option<String>,
    name: &str,
    examples: &str,
) -> anyhow::Result<Option<Duration>> {
    let Some(v) = env(name) else {
        return Ok(None);
    };
    match parse_duration(&v) {
        Some(d) => Ok(Some(d)),
        None => Err(error::config(format!(
            "{name} is '{}': expected a duration such as {examples}",
            v.trim()
        ))),
    }
}

impl Policy {
    /// Reads the `AKAMAI_RETRY_*` knobs; a bad value is a configuration error (exit 3).
    pub fn from_env(env: &dyn Fn(&str) -> Option<String>) -> anyhow::Result<Policy> {
        let mut p = Policy::default();
        if let Some(v) = env("AKAMAI_RETRY_DISABLED") {
            let v = v.trim().to_ascii_lowercase();
            if !(v.is_empty() || v == "false" || v == "0" || v == "no") {
                p.max_retries = 0;
                return Ok(p);
            }
        }
        if let Some(v) = env("AKAMAI_RETRY_MAX") {
            p.max_retries = v
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= 50)
                .ok_or_else(|| {
                    error::config(format!(
                        "AKAMAI_RETRY_MAX is '{}': expected a whole number from 0 to 50",
                        v.trim()
                    ))
                })?;
        }
        for (name, slot) in [
            ("AKAMAI_RETRY_WAIT_MIN", &mut p.wait_min),
            ("AKAMAI_RETRY_WAIT_MAX", &mut p.wait_max),
            ("AKAMAI_RETRY_DEADLINE", &mut p.deadline),
        ] {
            if let Some(d) = duration_from_env(env, name, "1s, 500ms or 2m")? {
                *slot = d;
            }
        }
        if p.wait_min > p.wait_max {
            return Err(error::config(
                "AKAMAI_RETRY_WAIT_MIN is longer than AKAMAI_RETRY_WAIT_MAX",
            ));
        }
        Ok(p)
    }
}

fn idempotent(method: &str) -> bool {
    method.eq_ignore_ascii_case("GET") || method.eq_ignore_ascii_case("HEAD")
}

/// Whether an HTTP answer may be retried.
pub fn retry_status(method: &str, status: u16) -> bool {
    status == 429 || (idempotent(method) && (500..600).contains(&status) && status != 501)
}

/// Whether a transport failure (connect error, reset, timeout) may be retried.
pub fn retry_transport(method: &str) -> bool {
    idempotent(method)
}

/// Where a wait came from (said by `-v`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitSource {
    RateLimitNext,
    RetryAfter,
    Body,
    Backoff,
}

fn parse_instant(text: &str) -> Option<OffsetDateTime> {
    let t = text.trim();
    OffsetDateTime::parse(t, &Rfc3339)
        .ok()
        .or_else(|| httpdate::parse_http_date(t).ok().map(OffsetDateTime::from))
}

fn until(target: OffsetDateTime, reference: OffsetDateTime) -> Duration {
    let d = target - reference;
    if d.is_negative() {
        Duration::ZERO
    } else {
        Duration::try_from(d).unwrap_or(Duration::MAX)
    }
}

/// The "…try after 2024-07-22T06:23:37.255Z" of a MOKS 429 body.
pub fn try_after_in_body(body: &[u8]) -> Option<OffsetDateTime> {
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    let at = lower.find("try after ")? + "try after ".len();
    let token: String = text[at..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '"' && *c != ',')
        .collect();
    parse_instant(token.trim_end_matches('.'))
}

/// A `Retry-After` value as a wait from `reference` (the answer's `Date`, else now), in
/// any of the three forms servers send: delta-seconds, an HTTP date, or RFC 3339 (the Edge
/// Truststore moved from the first to the last and then to the second, docs/reference/truststore.md
/// docs/reference/truststore.md §10.2). A time in the past is no wait; anything else is `None`.
pub fn retry_after(value: &str, reference: OffsetDateTime) -> Option<Duration> {
    let t = value.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for a u64 is still "a very long time", not "no wait given".
        return Some(Duration::from_secs(t.parse::<u64>().unwrap_or(u64::MAX)));
    }
    parse_instant(t).map(|at| until(at, reference))
}

/// The wait an Edge Truststore 429 or 503 problem names in its body (docs/reference/truststore.md
/// docs/reference/truststore.md §2.2): `rateLimitNext` (an instant) on a 429, `retryAfter`
/// (seconds) on a 503.
fn wait_in_problem(body: &[u8], reference: OffsetDateTime) -> Option<Duration> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    if let Some(at) = v.get("rateLimitNext").and_then(|n| n.as_str()) {
        return parse_instant(at).map(|at| until(at, reference));
    }
    let secs = v.get("retryAfter")?;
    secs.as_u64()
        .or_else(|| secs.as_str()?.trim().parse().ok())
        .map(Duration::from_secs)
}

/// Exponential backoff for retry number `attempt` (0-based), with `jitter` in `[0, 1)`:
/// the wait lies between half and all of `min·2^attempt` (capped at `max`), never under `min`.
pub fn backoff(policy: &Policy, attempt: u32, jitter: f64) -> Duration {
    let base = policy
        .wait_min
        .saturating_mul(2u32.saturating_pow(attempt.min(20)))
        .min(policy.wait_max);
    let jitter = jitter.clamp(0.0, 1.0);
    let wait = base.mul_f64(0.5 + 0.5 * jitter);
    wait.max(policy.wait_min)
        .min(policy.wait_max.max(policy.wait_min))
}

/// How long to wait before retry number `attempt` after an HTTP answer. `header` looks up a
/// response header case-insensitively.
pub fn wait_after_response(
    policy: &Policy,
    attempt: u32,
    header: &dyn Fn(&str) -> Option<String>,
    body: &[u8],
    now: OffsetDateTime,
    jitter: f64,
) -> (Duration, WaitSource) {
    let reference = header("date")
        .and_then(|d| parse_instant(&d))
        .unwrap_or(now);
    for name in ["akamai-ratelimit-next", "x-ratelimit-next"] {
        if let Some(next) = header(name).and_then(|v| parse_instant(&v)) {
            return (until(next, reference), WaitSource::RateLimitNext);
        }
    }
    if let Some(d) = header("retry-after").and_then(|v| retry_after(&v, reference)) {
        return (d, WaitSource::RetryAfter);
    }
    if let Some(at) = try_after_in_body(body) {
        return (until(at, reference), WaitSource::Body);
    }
    if let Some(d) = wait_in_problem(body, reference) {
        return (d, WaitSource::Body);
    }
    (backoff(policy, attempt, jitter), WaitSource::Backoff)
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Wait this long, then send retry number `attempt` (1-based).
    Retry { wait: Duration, attempt: u32 },
    /// All retries were used.
    OutOfRetries,
    /// The wait would end past the retry deadline: stop now.
    PastDeadline { wait: Duration },
}

/// The step after failed attempt number `attempt` (0 for the first send), `elapsed` after
/// the command started, when the next try would come after `wait`.
pub fn next_step(policy: &Policy, attempt: u32, elapsed: Duration, wait: Duration) -> Step {
    if attempt >= policy.max_retries {
        Step::OutOfRetries
    } else if elapsed.saturating_add(wait) > policy.deadline {
        Step::PastDeadline { wait }
    } else {
        Step::Retry {
            wait,
            attempt: attempt + 1,
        }
    }
}

/// A wait for people: `0.4 s`, `2.5 s`, `45 s`, `5 min 3 s`, `2 h 5 min`, `11 d 13 h`.
pub fn human(d: Duration) -> String {
    let secs = d.as_secs();
    if secs < 10 {
        return format!("{:.1} s", d.as_secs_f64());
    }
    let (days, hours, mins, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    match (days, hours, mins) {
        (0, 0, 0) => format!("{s} s"),
        (0, 0, m) if s == 0 => format!("{m} min"),
        (0, 0, m) => format!("{m} min {s} s"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, 0, _) => format!("{d} d"),
        (d, h, _) => format!("{d} d {h} h"),
    }
}

/// The instant `wait` after `now`, as RFC 3339 to the second (`None` past year 9999).
pub fn instant_after(now: OffsetDateTime, wait: Duration) -> Option<String> {
    let at = now.checked_add(time::Duration::try_from(wait).ok()?)?;
    let at = at.replace_nanosecond(0).ok()?;
    at.format(&Rfc3339).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2024-07-22 06:23:30 UTC);

    fn headers(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.to_string())
        }
    }

    fn wait(pairs: &'static [(&'static str, &'static str)], body: &str) -> (Duration, WaitSource) {
        wait_after_response(
            &Policy::default(),
            0,
            &headers(pairs),
            body.as_bytes(),
            NOW,
            0.0,
        )
    }

    #[test]
    fn retry_after_reads_seconds_http_dates_and_rfc_3339() {
        assert_eq!(retry_after(" 7 ", NOW), Some(Duration::from_secs(7)));
        assert_eq!(
            retry_after("Mon, 22 Jul 2024 06:24:00 GMT", NOW),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            retry_after("2024-07-22T06:23:40.5Z", NOW),
            Some(Duration::from_millis(10_500))
        );
        assert_eq!(
            retry_after("2024-07-22T06:00:00Z", NOW),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after("soon", NOW), None);
        assert_eq!(retry_after("", NOW), None);
    }

    #[test]
    fn truststore_problems_name_their_wait_in_the_body() {
        let (d, s) = wait(
            &[],
            r#"{"status":429,"rateLimitNext":"2024-07-22T06:23:45.123456Z"}"#,
        );
        assert_eq!(
            (d, s),
            (Duration::from_micros(15_123_456), WaitSource::Body)
        );
        let (d, s) = wait(&[], r#"{"status":503,"retryAfter":12}"#);
        assert_eq!((d, s), (Duration::from_secs(12), WaitSource::Body));
        // A header still wins over the body.
        let (d, s) = wait(&[("retry-after", "3")], r#"{"retryAfter":12}"#);
        assert_eq!((d, s), (Duration::from_secs(3), WaitSource::RetryAfter));
        let (_, s) = wait(&[], r#"{"retryAfter":"never"}"#);
        assert_eq!(s, WaitSource::Backoff);
    }

    #[test]
    fn which_answers_are_retried() {
        assert!(retry_status("POST", 429));
        assert!(retry_status("DELETE", 429));
        assert!(retry_status("GET", 503));
        assert!(retry_status("GET", 500));
        assert!(!retry_status("GET", 501));
        assert!(!retry_status("POST", 503));
        assert!(!retry_status("PATCH", 502));
        assert!(!retry_status("DELETE", 500));
        assert!(!retry_status("GET", 401));
        assert!(!retry_status("GET", 404));
        assert!(retry_transport("GET"));
        assert!(!retry_transport("POST"));
    }

    #[test]
    fn akamai_ratelimit_next_minus_date_wins() {
        let (d, s) = wait(
            &[
                ("Akamai-RateLimit-Next", "2024-07-22T06:23:42.500Z"),
                ("X-RateLimit-Next", "2024-07-22T06:23:59Z"),
                ("Retry-After", "40"),
                ("Date", "Mon, 22 Jul 2024 06:23:40 GMT"),
            ],
            "",
        );
        assert_eq!(
            (d, s),
            (Duration::from_millis(2500), WaitSource::RateLimitNext)
        );
    }

    #[test]
    fn x_ratelimit_next_without_date_uses_now() {
        let (d, s) = wait(&[("x-ratelimit-next", "2024-07-22T06:23:37.255Z")], "");
        assert_eq!(
            (d, s),
            (Duration::from_millis(7255), WaitSource::RateLimitNext)
        );
    }

    #[test]
    fn a_next_time_in_the_past_waits_zero() {
        let (d, _) = wait(&[("X-RateLimit-Next", "2024-07-22T06:00:00Z")], "");
        assert_eq!(d, Duration::ZERO);
    }

    #[test]
    fn retry_after_seconds_and_http_date() {
        assert_eq!(
            wait(&[("Retry-After", "7")], ""),
            (Duration::from_secs(7), WaitSource::RetryAfter)
        );
        assert_eq!(
            wait(
                &[
                    ("Retry-After", "Mon, 22 Jul 2024 06:23:45 GMT"),
                    ("Date", "Mon, 22 Jul 2024 06:23:40 GMT")
                ],
                ""
            ),
            (Duration::from_secs(5), WaitSource::RetryAfter)
        );
    }

    #[test]
    fn moks_body_try_after() {
        let body = r#"{"detail": "Too many overall requests to the service. This is unrelated to your client's rate limit. Please try after 2024-07-22T06:23:37.255Z", "httpStatus": "429 TOO_MANY_REQUESTS"}"#;
        assert_eq!(
            wait(&[], body),
            (Duration::from_millis(7255), WaitSource::Body)
        );
    }

    #[test]
    fn server_waits_are_taken_as_given_the_deadline_bounds_them() {
        let (d, _) = wait(&[("Retry-After", "999999")], "");
        assert_eq!(d, Duration::from_secs(999_999));
        let (d, s) = wait(&[("Retry-After", "99999999999999999999999")], "");
        assert_eq!(
            (d, s),
            (Duration::from_secs(u64::MAX), WaitSource::RetryAfter)
        );
        let (d, _) = wait(&[("X-RateLimit-Next", "9999-12-31T23:59:59Z")], "");
        assert!(d > Duration::from_secs(86_400 * 365 * 7000));
        // Not a number nor a date: backoff.
        let (_, s) = wait(&[("Retry-After", "soon")], "");
        assert_eq!(s, WaitSource::Backoff);
    }

    #[test]
    fn next_step_retries_within_the_count_and_the_deadline() {
        let p = Policy {
            max_retries: 3,
            deadline: Duration::from_secs(60),
            ..Policy::default()
        };
        let s = |attempt, elapsed, wait| {
            next_step(
                &p,
                attempt,
                Duration::from_secs(elapsed),
                Duration::from_secs(wait),
            )
        };
        assert_eq!(
            s(0, 0, 2),
            Step::Retry {
                wait: Duration::from_secs(2),
                attempt: 1
            }
        );
        assert_eq!(
            s(2, 50, 10),
            Step::Retry {
                wait: Duration::from_secs(10),
                attempt: 3
            }
        );
        assert_eq!(s(3, 0, 0), Step::OutOfRetries);
        assert_eq!(
            s(0, 50, 11),
            Step::PastDeadline {
                wait: Duration::from_secs(11)
            }
        );
        assert_eq!(
            s(0, 0, 999_999),
            Step::PastDeadline {
                wait: Duration::from_secs(999_999)
            }
        );
        // An absurd wait does not overflow.
        assert_eq!(
            next_step(&p, 0, Duration::from_secs(5), Duration::MAX),
            Step::PastDeadline {
                wait: Duration::MAX
            }
        );
        let off = Policy {
            max_retries: 0,
            ..Policy::default()
        };
        assert_eq!(
            next_step(&off, 0, Duration::ZERO, Duration::ZERO),
            Step::OutOfRetries
        );
    }

    #[test]
    fn waits_read_as_people_say_them() {
        assert_eq!(human(Duration::from_millis(400)), "0.4 s");
        assert_eq!(human(Duration::from_millis(2500)), "2.5 s");
        assert_eq!(human(Duration::from_secs(45)), "45 s");
        assert_eq!(human(Duration::from_secs(300)), "5 min");
        assert_eq!(human(Duration::from_secs(303)), "5 min 3 s");
        assert_eq!(human(Duration::from_secs(7500)), "2 h 5 min");
        assert_eq!(human(Duration::from_secs(7200)), "2 h");
        assert_eq!(human(Duration::from_secs(999_999)), "11 d 13 h");
        assert_eq!(human(Duration::from_secs(86_400 * 3)), "3 d");
        assert_eq!(
            instant_after(NOW, Duration::from_millis(7255)).as_deref(),
            Some("2024-07-22T06:23:37Z")
        );
        assert_eq!(instant_after(NOW, Duration::MAX), None);
    }

    #[test]
    fn backoff_doubles_with_jitter_between_min_and_max() {
        let p = Policy::default();
        assert_eq!(backoff(&p, 0, 0.0), Duration::from_secs(1));
        assert_eq!(
            backoff(&p, 0, 0.999),
            Duration::from_secs_f64(0.9995).max(Duration::from_secs(1))
        );
        assert_eq!(backoff(&p, 2, 1.0), Duration::from_secs(4));
        assert_eq!(backoff(&p, 2, 0.0), Duration::from_secs(2));
        assert_eq!(backoff(&p, 10, 1.0), Duration::from_secs(30));
        assert_eq!(backoff(&p, 10, 0.0), Duration::from_secs(15));
        assert_eq!(backoff(&p, 40, 0.5), Duration::from_secs_f64(22.5));
        let (d, s) = wait_after_response(&p, 3, &headers(&[]), b"{}", NOW, 1.0);
        assert_eq!((d, s), (Duration::from_secs(8), WaitSource::Backoff));
    }

    #[test]
    fn knobs_from_env() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            Policy::from_env(&move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            })
        };
        assert_eq!(env(&[]).unwrap(), Policy::default());
        let p = env(&[
            ("AKAMAI_RETRY_MAX", "3"),
            ("AKAMAI_RETRY_WAIT_MIN", "200ms"),
            ("AKAMAI_RETRY_WAIT_MAX", "2"),
            ("AKAMAI_RETRY_DEADLINE", "90s"),
        ])
        .unwrap();
        assert_eq!(
            p,
            Policy {
                max_retries: 3,
                wait_min: Duration::from_millis(200),
                wait_max: Duration::from_secs(2),
                deadline: Duration::from_secs(90),
            }
        );
        assert_eq!(
            env(&[("AKAMAI_RETRY_DISABLED", "true")])
                .unwrap()
                .max_retries,
            0
        );
        assert_eq!(
            env(&[("AKAMAI_RETRY_DISABLED", "false")])
                .unwrap()
                .max_retries,
            10
        );
        for bad in [
            &[("AKAMAI_RETRY_MAX", "many")][..],
            &[("AKAMAI_RETRY_MAX", "51")][..],
            &[("AKAMAI_RETRY_WAIT_MIN", "soon")][..],
            &[("AKAMAI_RETRY_DEADLINE", "forever")][..],
            &[
                ("AKAMAI_RETRY_WAIT_MIN", "10s"),
                ("AKAMAI_RETRY_WAIT_MAX", "1s"),
            ][..],
        ] {
            let pairs: &'static [(&'static str, &'static str)] =
                Box::leak(bad.to_vec().into_boxed_slice());
            let e = env(pairs).unwrap_err();
            assert_eq!(crate::error::exit_code(&e), crate::error::EXIT_CONFIG);
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1s"), Some(Duration::from_secs(1)));
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(parse_duration("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_duration("-1s"), None);
        assert_eq!(parse_duration("abc"), None);
        assert_eq!(parse_duration("NaN"), None);
        assert_eq!(parse_duration("1d"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse_duration("8d"), None);
        assert_eq!(parse_duration("20 s"), Some(Duration::from_secs(20)));
        assert_eq!(parse_duration("2x"), None);
    }
}
