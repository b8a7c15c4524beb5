//! Sending: the one request path every API's call takes (dry-run, the rate cap, auth,
//! the attempt, redirects, retries with their announced pauses, the wait's deadline).

use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode, Url};

use crate::error::{self, ApiError, Kind};
use crate::output;
use crate::retry::{self, Step, WaitSource};

use super::api::Api;
use super::net_error::{network_error, timed_out};
use super::redirect::{is_followed_redirect, shown_url, MAX_REDIRECTS};
use super::request::{Id, Media};
use super::response::Failure;
use super::size::show_size;
use super::{Client, DryRun, Lookup, Request, Response};

tokio::task_local! {
    /// The deadline of the wait a request is made for, if any ([`within`]).
    static WAIT_DEADLINE: Instant;
}

/// Runs `fut` with its requests bounded by `deadline` (a wait's): a retry whose pause would
/// end past it is not made, and the request's failure is returned at once for the wait to
/// judge (a 429 asking for 40 s with 5 s left ends the wait at its deadline, not 40 s on).
pub async fn within<F: std::future::Future>(deadline: Instant, fut: F) -> F::Output {
    WAIT_DEADLINE.scope(deadline, fut).await
}

/// Whether a pause of `wait` from now would end past the deadline of the wait in progress.
fn past_wait_deadline(wait: Duration) -> bool {
    WAIT_DEADLINE
        .try_with(|d| Instant::now() + wait > *d)
        .unwrap_or(false)
}

/// Whether a retry's wait is said on stderr (else only under `-v`).
#[derive(Debug, Clone, Copy)]
enum Announce {
    /// When it is over [`retry::ANNOUNCE_WAITS_OVER`] (an HTTP answer's retry).
    IfLong,
    /// Every network retry, so that the first said is "retry 1 of N"; the first request
    /// meeting a 429 under a rate cap.
    Always,
    Never,
}

/// One call in flight: what is sent now (a redirect may change it) and how far it got.
struct Call {
    api: &'static Api,
    method: Method,
    url: Url,
    body: Vec<u8>,
    has_body: bool,
    media: Media,
    /// The API that answers, whose decoder reads its error answers.
    answering: crate::error::Api,
    /// Retries made so far.
    attempt: u32,
    redirects: usize,
    /// The retry deadline bounds the retries of this call, counted from its first attempt:
    /// a long command (a fan-out, a wait) is not cut short by the time its earlier calls
    /// took, and no single call waits past it.
    started: Instant,
}

impl Client {
    /// Sends one API call. Under `--dry-run`, prints it and returns [`DryRun`] instead.
    pub async fn send(&self, req: Request) -> anyhow::Result<Response> {
        let url = self.request_url(&req);
        if self.cfg.dry_run {
            self.print_dry_run(&req, &url)?;
            return Err(DryRun.into());
        }
        let body = match &req.body {
            Some(v) => serde_json::to_vec(v)?,
            None => vec![],
        };
        self.execute(Call {
            api: req.api,
            answering: req.answering(),
            has_body: req.body.is_some(),
            method: req.method,
            url,
            body,
            media: req.media,
            attempt: 0,
            redirects: 0,
            started: Instant::now(),
        })
        .await
    }

    /// A read whose answer only informs the command (which versions a rotation will drop):
    /// sent like any request; under `--dry-run` printed like a lookup and answered `None`, so
    /// that the request the command makes next is printed too.
    pub async fn inform(&self, req: Request) -> anyhow::Result<Option<Response>> {
        if self.cfg.dry_run {
            let url = self.request_url(&req);
            self.print_dry_run(&req, &url)?;
            return Ok(None);
        }
        self.send(req).await.map(Some)
    }

    /// Performs a lookup: sends its request and picks the number from the answer. Under
    /// `--dry-run`, prints the request and answers the lookup's placeholder instead.
    pub async fn look_up(&self, lookup: Lookup<'_>) -> anyhow::Result<Id> {
        if self.cfg.dry_run {
            let url = self.request_url(&lookup.request);
            self.print_dry_run(&lookup.request, &url)?;
            return Ok(Id::placeholder(&lookup.placeholder));
        }
        let resp = self.send(lookup.request).await?;
        let n = (lookup.pick)(&resp)?;
        if self.cfg.verbose {
            output::verbose(&format!("{} is {n}", lookup.what));
        }
        Ok(Id::from(n))
    }

    /// Sends `call` until it has an answer to return or a failure to give: the rate cap,
    /// fresh auth for every attempt and hop, redirects, retries.
    async fn execute(&self, mut call: Call) -> anyhow::Result<Response> {
        loop {
            if let Some(cap) = self.rate_cap.get() {
                cap.wait_turn().await;
            }
            let sent = Instant::now();
            let request = self.prepare(&call)?;
            let (status, headers, bytes) = match self.attempt(request).await {
                Ok(answer) => answer,
                Err(failure) => {
                    self.after_failure(&mut call, failure, sent.elapsed())
                        .await?;
                    continue;
                }
            };
            if self.cfg.verbose {
                output::verbose(&format!(
                    "← {} {} ({} ms, {} bytes)",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or(""),
                    sent.elapsed().as_millis(),
                    bytes.len()
                ));
            }
            if is_followed_redirect(status) {
                self.redirect(&mut call, status, &headers)?;
                continue;
            }
            if status.is_success() {
                return Ok(Response {
                    status: status.as_u16(),
                    body: bytes,
                    headers,
                });
            }
            self.after_status(&mut call, status, &headers, bytes)
                .await?;
        }
    }

    /// The request of one attempt, with its auth, media types and body.
    fn prepare(&self, call: &Call) -> anyhow::Result<reqwest::RequestBuilder> {
        let headers = self.signed_headers(
            call.api,
            &call.method,
            &call.url,
            &call.body,
            call.has_body,
            call.media,
        )?;
        if self.cfg.verbose {
            output::verbose(&format!("→ {} {}", call.method, call.url));
        }
        let mut req = self
            .http
            .request(call.method.clone(), call.url.clone())
            .headers(headers);
        if call.has_body {
            req = req.body(call.body.clone());
        }
        Ok(req)
    }

    /// After an attempt that got no answer: `Ok` once paused for a retry, else the failure.
    async fn after_failure(
        &self,
        call: &mut Call,
        failure: Failure,
        elapsed: Duration,
    ) -> anyhow::Result<()> {
        let (mut err, lasting) = match &failure {
            // Not transient: the same request would get the same answer.
            Failure::TooLarge(message) => return Err(self.too_large(message.clone())),
            Failure::Transport(e) => network_error(e, &call.url, &self.cfg),
            Failure::TimedOut => (timed_out(&call.url, self.cfg.timeout), false),
        };
        if self.cfg.verbose {
            output::verbose(&format!(
                "✗ {} {}: {} ({} ms)",
                call.method,
                call.url,
                err.message,
                elapsed.as_millis()
            ));
        }
        // What the same attempt would meet again is not retried.
        if lasting || !retry::retry_transport(call.method.as_str()) {
            return Err(err.into());
        }
        let wait = retry::backoff(&self.cfg.retry, call.attempt, fastrand::f64());
        if past_wait_deadline(wait) {
            return Err(err.into());
        }
        match retry::next_step(&self.cfg.retry, call.attempt, call.started.elapsed(), wait) {
            Step::Retry { wait, attempt: n } => {
                call.attempt = n;
                let why = err.message;
                self.pause(wait, n, &why, "network error", None, Announce::Always)
                    .await;
                Ok(())
            }
            Step::PastDeadline { .. } => {
                err.hints.push(self.deadline_hint(call.attempt));
                Err(err.into())
            }
            Step::OutOfRetries => Err(err.into()),
        }
    }

    fn too_large(&self, message: String) -> anyhow::Error {
        error::Failure::new(Kind::BadAnswer, message)
            .with_hints(vec![format!(
                "if an answer this large is expected, raise the limit with \
                 --max-response-size SIZE (or MOKS_MAX_RESPONSE_SIZE), now {}",
                show_size(self.cfg.max_response_size)
            )])
            .into()
    }

    /// Follows a redirect within the configured origin: a 303 (and a 301 or 302 after a
    /// POST) becomes a GET without a body, as browsers and curl do.
    fn redirect(
        &self,
        call: &mut Call,
        status: StatusCode,
        headers: &HeaderMap,
    ) -> anyhow::Result<()> {
        let next = self.redirect_target(status, &call.url, headers)?;
        call.redirects += 1;
        if call.redirects > MAX_REDIRECTS {
            return Err(error::Failure::new(
                Kind::BadAnswer,
                format!(
                    "more than {MAX_REDIRECTS} redirects, the last to {}",
                    shown_url(&next)
                ),
            )
            .into());
        }
        if status == StatusCode::SEE_OTHER
            || ((status == StatusCode::MOVED_PERMANENTLY || status == StatusCode::FOUND)
                && call.method == Method::POST)
        {
            call.method = Method::GET;
            call.body.clear();
            call.has_body = false;
        }
        if self.cfg.verbose {
            output::verbose(&format!(
                "redirected to {}; signing again",
                shown_url(&next)
            ));
        }
        call.url = next;
        Ok(())
    }

    /// After an answer that is not a success: `Ok` once paused for a retry, else the API's
    /// error (with when the server takes requests again, if that is past the deadline).
    async fn after_status(
        &self,
        call: &mut Call,
        status: StatusCode,
        headers: &HeaderMap,
        bytes: Vec<u8>,
    ) -> anyhow::Result<()> {
        let mut api_error = ApiError {
            status: status.as_u16(),
            api: call.answering,
            problem: serde_json::from_slice(&bytes).ok(),
            body: bytes,
            client_hints: vec![],
        };
        if status.is_redirection() {
            api_error.client_hints.push(format!(
                "a {} is not a redirect {} follows (only 301, 302, 303, 307 and 308 are)",
                status.as_u16(),
                output::program()
            ));
        }
        if !retry::retry_status(call.method.as_str(), status.as_u16()) {
            return Err(api_error.into());
        }
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let (wait, source) = retry::wait_after_response(
            &self.cfg.retry,
            call.attempt,
            &header,
            &api_error.body,
            time::OffsetDateTime::now_utc(),
            fastrand::f64(),
        );
        if past_wait_deadline(wait) {
            return Err(api_error.into());
        }
        match retry::next_step(&self.cfg.retry, call.attempt, call.started.elapsed(), wait) {
            Step::Retry { wait, attempt: n } => {
                call.attempt = n;
                self.pause_after_status(status, wait, n, source).await;
                Ok(())
            }
            Step::PastDeadline { wait } if source != WaitSource::Backoff => {
                let when = match retry::instant_after(time::OffsetDateTime::now_utc(), wait) {
                    Some(at) => format!("at {at} (in {})", retry::human(wait)),
                    None => format!("in {}", retry::human(wait)),
                };
                api_error.client_hints.push(format!(
                    "the API takes requests again {when}, past the retry deadline of {} \
                     (AKAMAI_RETRY_DEADLINE): {} stopped without waiting",
                    retry::human(self.cfg.retry.deadline),
                    output::program()
                ));
                Err(api_error.into())
            }
            Step::PastDeadline { .. } => {
                api_error
                    .client_hints
                    .push(self.deadline_hint(call.attempt));
                Err(api_error.into())
            }
            Step::OutOfRetries => Err(api_error.into()),
        }
    }

    /// The pause before retry `n` after an HTTP answer. Under a rate cap, a 429 (others'
    /// traffic: the cap spends no more than the budget) holds every request; the first one
    /// says so, however short.
    async fn pause_after_status(
        &self,
        status: StatusCode,
        wait: Duration,
        n: u32,
        source: WaitSource,
    ) {
        let why = format!(
            "the API answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        );
        let short = format!("{} ({source:?})", status.as_u16());
        let announce = match self.rate_cap.get() {
            Some(cap) if status == StatusCode::TOO_MANY_REQUESTS => {
                match cap.hold_until(Instant::now() + wait) {
                    true => Announce::Always,
                    false => Announce::Never,
                }
            }
            _ => Announce::IfLong,
        };
        self.pause(wait, n, why.trim_end(), &short, Some(source), announce)
            .await;
    }

    /// Announces a wait on stderr as `announce` says (for an HTTP answer, when over a
    /// second), or logs it under `-v`, then waits.
    async fn pause(
        &self,
        wait: Duration,
        attempt: u32,
        why: &str,
        short: &str,
        source: Option<WaitSource>,
        announce: Announce,
    ) {
        let of = self.cfg.retry.max_retries;
        let loud = match announce {
            Announce::IfLong => wait > retry::ANNOUNCE_WAITS_OVER,
            Announce::Always => true,
            Announce::Never => false,
        };
        if loud {
            let asked = match source {
                Some(WaitSource::RetryAfter) => " as its Retry-After header asks",
                Some(WaitSource::RateLimitNext) => " as its rate-limit header asks",
                Some(WaitSource::Body) => " as its answer asks",
                _ => "",
            };
            // A line; on a terminal a spinner counting the wait down instead.
            output::countdown(wait, |left| {
                format!(
                    "moks: {why}; waiting {}{asked} before retry {attempt} of {of}",
                    retry::human(left)
                )
            })
            .await;
            return;
        }
        if self.cfg.verbose {
            output::verbose(&format!(
                "retry {attempt} of {of} in {:.1}s after {short}",
                wait.as_secs_f64()
            ));
        }
        tokio::time::sleep(wait).await;
    }

    fn deadline_hint(&self, retries: u32) -> String {
        format!(
            "stopped after {retries} {}: the next would start past the retry deadline of {} \
             (AKAMAI_RETRY_DEADLINE)",
            if retries == 1 { "retry" } else { "retries" },
            retry::human(self.cfg.retry.deadline)
        )
    }
}
