//! The one HTTP client of a run, the transport every API shares: URL building, EdgeGrid
//! signing, timeouts, redirects, retries, `--dry-run` and `-v`.
//!
//! Rules:
//! - `--dry-run` is a mode of this transport, not of the commands: [`Client::send`] prints
//!   the request (redacted) and ends the command with [`DryRun`], which the dispatch treats
//!   as success; a [`Lookup`] (an id or version only the API knows) is printed too and
//!   answered with a readable placeholder path segment, `{id of 'NAME'}`, so that the
//!   request that uses it can be printed in turn. Commands are written as if every call
//!   succeeds; under `--json` the requests are printed as one `{"dryRun":true,"requests":[…]}`
//!   document when the run ends ([`Client::take_dry_runs`]);
//! - the final URL (query and `accountSwitchKey` included) is built first; the path and query
//!   signed are taken from that same URL, and that URL is what is sent;
//! - every attempt and every redirect hop gets a fresh timestamp and nonce and is re-signed;
//! - redirects (301, 302, 303, 307, 308) are followed here, not by reqwest, so each hop is
//!   signed, and only when scheme, host and port stay those configured: credentials and
//!   bodies never go to another origin. Any other redirect is not followed (exit 5, the
//!   Location shown escaped, URL credentials removed, nothing sent there); at most 10 hops;
//! - reads are bounded: an answer over `--max-response-size` (default 32 MiB) is refused, by
//!   its Content-Length before reading or while streaming it chunk by chunk; `--timeout`
//!   covers the whole attempt, body included;
//! - retries follow [`crate::retry`]: a POST, PATCH or DELETE is sent again only after a 429;
//!   no retry starts past the retry deadline; every wait over a second is announced;
//! - a credential that an HTTP header cannot carry (a control character, non-ASCII) is a
//!   configuration error before anything is sent; the User-Agent is cleaned by `context`;
//! - the `--ca-cert` hint is given for TLS failures only, decided by the error's type (a
//!   `rustls::Error` in its source chain), never by words in a URL or message;
//! - `Accept: application/json` always; `Content-Type: application/json` with a body; no
//!   `Expect: 100-continue` (hyper never sends it);
//! - trust roots are loaded only for `https://` hosts (the system store, `SSL_CERT_FILE`
//!   honoured, plus `--ca-cert`); an `http://` host (the sandbox) loads none, and with
//!   `--ca-cert` the system store is read only if that CA does not vouch for the server
//!   ([`crate::trust`]);
//! - secrets never reach `-v` or `--dry-run`: tokens and the signature are redacted;
//! - when a command sets a rate cap ([`Client::cap_rate`]), every attempt waits for its turn
//!   ([`crate::rate_cap`]) before it is signed, and a 429 holds the cap until the time the
//!   API gave; the wait is announced once, by the first request that meets it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, LOCATION};
use reqwest::{Method, StatusCode, Url};
use serde_json::Value;

use crate::error::{self, ApiError, BadAnswer, NetworkError};
use crate::output::{self, Output};
use crate::rate_cap::RateCap;
use crate::retry::{self, Policy, Step, WaitSource};
use edgegrid::Credentials;
use rustls::pki_types::CertificateDer;

/// The MOKS API's base path.
pub const BASE_PATH: &str = "/mtls-origin-keystore/v1";
const MAX_REDIRECTS: usize = 10;

/// Parses a size: bytes (`1048576`), or a number with a unit: `KiB`, `MiB`, `GiB` (or `K`,
/// `M`, `G`: 1024-based), `KB`, `MB`, `GB` (1000-based), `B`; case-insensitive, at least 1
/// byte.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = (&t[..split], t[split..].trim());
    let mult: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        _ => u64::MAX,
    };
    let value: Option<f64> = num.parse().ok().filter(|v: &f64| v.is_finite());
    match value.map(|v| v * mult as f64) {
        Some(bytes) if mult != u64::MAX && bytes >= 1.0 && bytes <= (1u64 << 50) as f64 => {
            Ok(bytes as u64)
        }
        _ => Err(
            "expected a size of at least 1 byte, such as 64MiB, 500KB or 1048576 (bytes)".into(),
        ),
    }
}

/// A size for people: `32 MiB`, `1.5 KiB`, `900 bytes`.
pub fn show_size(bytes: u64) -> String {
    let units = [(1u64 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (size, name) in units {
        if bytes >= size {
            let v = bytes as f64 / size as f64;
            return if bytes.is_multiple_of(size) {
                format!("{} {name}", bytes / size)
            } else {
                format!("{v:.1} {name}")
            };
        }
    }
    format!("{bytes} bytes")
}

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

/// Why an attempt got no answer.
enum Failure {
    Transport(reqwest::Error),
    TimedOut,
    /// Over the size cap: the message says by how much.
    TooLarge(String),
}

fn is_followed_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

/// A URL from a server, fit for a message: no credentials, escaped, at most 200 characters.
fn shown_url(url: &Url) -> String {
    let mut u = url.clone();
    let _ = u.set_username("");
    let _ = u.set_password(None);
    error::excerpt(u.as_str(), 200)
}

/// What makes `value` unfit for an HTTP header, if anything: a control character or a
/// character outside ASCII (EdgeGrid tokens are ASCII). Says where, never the value.
fn header_unfit(value: &str) -> Option<String> {
    let (i, c) = value
        .chars()
        .enumerate()
        .find(|(_, c)| c.is_control() || !c.is_ascii())?;
    let what = match c {
        '\n' | '\r' => "a line break".to_string(),
        c if c.is_control() => format!("a control character (U+{:04X})", c as u32),
        _ => "a non-ASCII character".to_string(),
    };
    Some(format!("{what} at character {}", i + 1))
}

/// Everything the client needs, resolved by `context`.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: Url,
    /// Where the host came from ("host in section [default] of ~/.edgerc"), for hints.
    pub host_origin: String,
    /// Plain `http://` to a host not on this machine was asked for (`MOKS_ALLOW_PLAIN_HTTP`).
    pub allow_plain_http: bool,
    pub credentials: Credentials,
    pub account_key: Option<String>,
    pub user_agent: String,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub ca_cert: Option<PathBuf>,
    pub retry: Policy,
    /// The largest answer read, in bytes.
    pub max_response_size: u64,
    pub verbose: bool,
    pub dry_run: bool,
    pub output: Output,
}

/// One API call: the method, the path (relative to [`BASE_PATH`]), the query pairs (the
/// account switch key is added by the client) and the JSON body, if any.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    pub body: Option<Value>,
    /// Where `path` starts: under an API's base path, or at the host's root.
    pub root: Root,
}

/// Where a request's path starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    /// Under an API's base path ([`BASE_PATH`] for MOKS, the Edge Truststore's
    /// `/mtls-edge-truststore/v2`), the query built from `query` pairs: every wrapped
    /// endpoint.
    BasePath(&'static str),
    /// At the root of the configured host, with the query as typed (`moks api`).
    Host { query: Option<String> },
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Request {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            root: Root::BasePath(BASE_PATH),
        }
    }

    /// A request under the Edge Truststore's base path (`/mtls-edge-truststore/v2`).
    pub fn truststore(method: Method, path: impl Into<String>) -> Request {
        Request {
            root: Root::BasePath(moks_model::truststore::BASE_PATH),
            ..Request::new(method, path)
        }
    }

    /// A request for a path at the host's root, its query (after `?`) kept as typed.
    pub fn on_host(method: Method, path: impl Into<String>, query: Option<String>) -> Request {
        Request {
            root: Root::Host { query },
            ..Request::new(method, path)
        }
    }

    /// Adds `key=value` to the query when `when` holds.
    pub fn query_if(mut self, when: bool, key: &'static str, value: impl Into<String>) -> Request {
        if when {
            self.query.push((key, value.into()));
        }
        self
    }

    /// The JSON body: anything serde can write (a checked body is written as it was given).
    pub fn body(mut self, body: &impl serde::Serialize) -> anyhow::Result<Request> {
        self.body = Some(serde_json::to_value(body)?);
        Ok(self)
    }
}

/// A number only the API knows, needed in a later request's path (a certificate's id by its
/// name, a version's number by `latest`): the request that lists the candidates, and how to
/// pick the number from its answer.
pub struct Lookup<'a> {
    pub request: Request,
    /// Shown in braces in place of the number under `--dry-run`: `id of 'origin-a'`.
    pub placeholder: String,
    /// What the number is, for `-v`: `the id of client certificate 'origin-a'`.
    pub what: String,
    pub pick: Pick<'a>,
}

/// How a [`Lookup`] picks its number from the answer.
pub type Pick<'a> = Box<dyn FnOnce(&Response) -> anyhow::Result<i64> + 'a>;

/// A path segment that a lookup found or was given: a number, or under `--dry-run` the
/// placeholder of a lookup that was printed instead of sent (`{id of 'origin-a'}`). Only
/// the client makes placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id(String);

impl Id {
    fn placeholder(what: &str) -> Id {
        Id(format!("{{{what}}}"))
    }
}

impl From<i64> for Id {
    fn from(n: i64) -> Id {
        Id(n.to_string())
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What [`Client::send`] returns under `--dry-run` once the request is printed: nothing was
/// sent, so there is no answer, and the command ends here. Not a failure: the dispatch turns
/// it into success (exit 0).
#[derive(Debug, thiserror::Error)]
#[error("dry run: the request was printed, not sent")]
pub struct DryRun;

/// A successful answer.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    /// The answer's headers (a wait reads `Retry-After` and `Date`).
    pub headers: HeaderMap,
}

impl Response {
    /// `200 OK`: the status and its reason, for messages.
    pub fn status_text(&self) -> String {
        error::status_text(self.status)
    }

    /// A header's value, when it is there and is text.
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    /// The body as JSON; `None` when empty (a 204, or a 200 with no body). A body that is
    /// not JSON is the API failing (exit 5), shown as an escaped excerpt.
    pub fn json(&self) -> anyhow::Result<Option<Value>> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        if let Some(why) = crate::json_budget::over_node_budget(&self.body) {
            return Err(error::bad_answer(format!(
                "the API answered {}, but its body cannot be an answer: {why}; not read",
                self.status_text()
            )));
        }
        serde_json::from_slice(&self.body).map(Some).map_err(|e| {
            error::bad_answer(format!(
                "the API answered {} with a body that is not JSON ({e}): {}",
                self.status_text(),
                error::excerpt(&String::from_utf8_lossy(&self.body), 200)
            ))
        })
    }

    /// The body as a JSON object, which `what` (e.g. "the client certificate", an object)
    /// must be; anything else, no body included, is the API failing (exit 5).
    pub fn object(&self, what: &str) -> anyhow::Result<serde_json::Map<String, Value>> {
        match self.json()? {
            Some(Value::Object(map)) => Ok(map),
            Some(other) => Err(error::bad_answer(format!(
                "the API answered {} with {} where {what} was expected",
                self.status_text(),
                error::excerpt(&other.to_string(), 200)
            ))),
            None => Err(error::bad_answer(format!(
                "the API answered {} without a body where {what} was expected",
                self.status_text()
            ))),
        }
    }
}

pub struct Client {
    http: reqwest::Client,
    cfg: ClientConfig,
    /// Under `--json --dry-run`: the requests, printed as one array at the end of the run.
    dry_runs: std::sync::Mutex<Vec<Value>>,
    /// Under text `--dry-run`: how many requests were printed (blank lines go between them).
    dry_runs_printed: std::sync::atomic::AtomicUsize,
    /// The rate cap a command set, shared by all its requests.
    rate_cap: std::sync::OnceLock<RateCap>,
}

fn load_ca_bundle(path: &PathBuf) -> anyhow::Result<Vec<CertificateDer<'static>>> {
    use rustls::pki_types::pem::PemObject;
    let bytes = crate::input::read_file_capped(path, "--ca-cert")?;
    let pem = CertificateDer::pem_slice_iter(&bytes).collect::<Result<Vec<_>, _>>();
    match pem {
        Ok(certs) if !certs.is_empty() => Ok(certs),
        // Not PEM: taken as one DER certificate, which the TLS set-up then parses.
        _ if !bytes.is_empty() => Ok(vec![CertificateDer::from(bytes)]),
        _ => Err(error::usage(format!(
            "invalid value '{}' for '--ca-cert': expected a PEM or DER certificate",
            path.display()
        ))),
    }
}

impl Client {
    pub fn new(cfg: ClientConfig) -> anyhow::Result<Client> {
        // Checked before anything is sent: reqwest would refuse these values (or send them).
        for (name, value) in [
            ("client_token", &cfg.credentials.client_token),
            ("access_token", &cfg.credentials.access_token),
        ] {
            if let Some(why) = header_unfit(value) {
                return Err(error::config_with_hint(
                    format!(
                        "cannot send the credentials: the {name} holds {why}, which an HTTP \
                         header cannot carry"
                    ),
                    format!(
                        "check the {name} in the .edgerc section, or the AKAMAI_…{} variable it \
                         came from",
                        name.to_ascii_uppercase()
                    ),
                ));
            }
        }
        let user_agent = HeaderValue::from_str(&cfg.user_agent).map_err(|_| {
            error::config(format!(
                "cannot send the User-Agent '{}': it holds a character an HTTP header cannot carry",
                error::printable(&cfg.user_agent)
            ))
        })?;
        let mut builder = reqwest::Client::builder()
            .user_agent(user_agent)
            .timeout(cfg.timeout)
            .connect_timeout(cfg.connect_timeout)
            .redirect(reqwest::redirect::Policy::none());
        // HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured, except for loopback hosts (the
        // sandbox), which a proxy could not reach.
        let loopback = is_loopback(&cfg.base_url);
        if loopback {
            builder = builder.no_proxy();
        }
        if cfg.base_url.scheme() == "http" && !loopback && !cfg.allow_plain_http {
            return Err(plain_http_refused(&cfg));
        }
        builder = builder.dns_resolver(std::sync::Arc::new(Dns));
        let extra = match &cfg.ca_cert {
            Some(p) => load_ca_bundle(p)?,
            None => vec![],
        };
        let setup_error = |e: &dyn std::error::Error| {
            error::config(format!("cannot set up HTTPS: {}", error_chain(e)))
        };
        if cfg.base_url.scheme() != "https" {
            // Plain HTTP (the sandbox): no trust store is needed, so none is loaded.
            let extra = extra
                .iter()
                .filter_map(|c| reqwest::Certificate::from_der(c).ok());
            builder = builder.tls_certs_only(extra);
        } else if !extra.is_empty() {
            // The given CA first, the system store only if it does not suffice.
            let tls = crate::trust::with_ca(extra).map_err(|e| setup_error(&e))?;
            builder = builder.tls_backend_preconfigured(tls);
        }
        let http = builder.build().map_err(|e| setup_error(&e))?;
        Ok(Client {
            http,
            cfg,
            dry_runs: std::sync::Mutex::new(Vec::new()),
            dry_runs_printed: std::sync::atomic::AtomicUsize::new(0),
            rate_cap: std::sync::OnceLock::new(),
        })
    }

    /// Caps the rate of every request from now on (set once; a second cap is ignored).
    pub fn cap_rate(&self, cap: RateCap) {
        let _ = self.rate_cap.set(cap);
    }

    /// The requests collected under `--json --dry-run`, in order.
    pub fn take_dry_runs(&self) -> Vec<Value> {
        std::mem::take(&mut *self.dry_runs.lock().unwrap_or_else(|e| e.into_inner()))
    }

    #[cfg(test)]
    /// The full URL for an API path (relative to [`BASE_PATH`]) and query pairs, with the
    /// account switch key appended.
    pub fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        self.url_under(BASE_PATH, path, query)
    }

    /// [`Client::url`] under another API's base path.
    pub fn url_under(&self, base: &str, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.cfg.base_url.clone();
        url.set_path(&format!("{base}{path}"));
        url.set_query(None);
        let mut pairs: Vec<(&str, &str)> = query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if let Some(key) = &self.cfg.account_key {
            pairs.push(("accountSwitchKey", key));
        }
        if !pairs.is_empty() {
            url.query_pairs_mut().extend_pairs(pairs);
        }
        url
    }

    /// The configured base URL: scheme, host and port are the one origin requests go to.
    pub fn base_url(&self) -> &Url {
        &self.cfg.base_url
    }

    /// The URL of a request: [`Client::url`] under [`BASE_PATH`]; at the host's root, its
    /// path and query as typed, the account switch key appended unless the query holds one.
    fn request_url(&self, req: &Request) -> Url {
        let query = match &req.root {
            Root::BasePath(base) => return self.url_under(base, &req.path, &req.query),
            Root::Host { query } => query,
        };
        let mut url = self.cfg.base_url.clone();
        url.set_path(&req.path);
        url.set_query(query.as_deref().filter(|q| !q.is_empty()));
        let has_key = url.query_pairs().any(|(k, _)| k == "accountSwitchKey");
        if let (Some(key), false) = (&self.cfg.account_key, has_key) {
            url.query_pairs_mut().append_pair("accountSwitchKey", key);
        }
        url
    }

    /// Sends one API call. Under `--dry-run`, prints it and returns [`DryRun`] instead.
    pub async fn send(&self, req: Request) -> anyhow::Result<Response> {
        let url = self.request_url(&req);
        if self.cfg.dry_run {
            self.print_dry_run(&req.method, &url, req.body.as_ref())?;
            return Err(DryRun.into());
        }
        let body = match &req.body {
            Some(v) => serde_json::to_vec(v)?,
            None => vec![],
        };
        self.execute(req.method, url, body, req.body.is_some())
            .await
    }

    /// A read whose answer only informs the command (which versions a rotation will drop):
    /// sent like any request; under `--dry-run` printed like a lookup and answered `None`, so
    /// that the request the command makes next is printed too.
    pub async fn inform(&self, req: Request) -> anyhow::Result<Option<Response>> {
        if self.cfg.dry_run {
            let url = self.request_url(&req);
            self.print_dry_run(&req.method, &url, req.body.as_ref())?;
            return Ok(None);
        }
        self.send(req).await.map(Some)
    }

    /// Performs a lookup: sends its request and picks the number from the answer. Under
    /// `--dry-run`, prints the request and answers the lookup's placeholder instead.
    pub async fn look_up(&self, lookup: Lookup<'_>) -> anyhow::Result<Id> {
        if self.cfg.dry_run {
            let url = self.request_url(&lookup.request);
            self.print_dry_run(&lookup.request.method, &url, lookup.request.body.as_ref())?;
            return Ok(Id::placeholder(&lookup.placeholder));
        }
        let resp = self.send(lookup.request).await?;
        let n = (lookup.pick)(&resp)?;
        if self.cfg.verbose {
            output::verbose(&format!("{} is {n}", lookup.what));
        }
        Ok(Id::from(n))
    }

    async fn execute(
        &self,
        mut method: Method,
        mut url: Url,
        mut body: Vec<u8>,
        mut has_body: bool,
    ) -> anyhow::Result<Response> {
        let mut attempt: u32 = 0;
        let mut redirects = 0usize;
        // The retry deadline bounds the retries of this call, counted from its first attempt:
        // a long command (a fan-out, a wait) is not cut short by the time its earlier calls
        // took, and no single call waits past it.
        let call_started = Instant::now();
        loop {
            if let Some(cap) = self.rate_cap.get() {
                cap.wait_turn().await;
            }
            let headers = self.signed_headers(&method, &url, &body, has_body)?;
            let started = Instant::now();
            if self.cfg.verbose {
                output::verbose(&format!("→ {method} {url}"));
            }
            let mut req = self
                .http
                .request(method.clone(), url.clone())
                .headers(headers);
            if has_body {
                req = req.body(body.clone());
            }
            let result = self.attempt(req).await;
            let elapsed = started.elapsed();
            let (status, resp_headers, bytes) = match result {
                Ok(answer) => answer,
                Err(Failure::TooLarge(message)) => {
                    // Not transient: the same request would get the same answer.
                    return Err(BadAnswer {
                        message,
                        hints: vec![format!(
                            "if an answer this large is expected, raise the limit with \
                             --max-response-size SIZE (or MOKS_MAX_RESPONSE_SIZE), now {}",
                            show_size(self.cfg.max_response_size)
                        )],
                    }
                    .into());
                }
                Err(failure) => {
                    let (mut err, lasting) = match &failure {
                        Failure::Transport(e) => network_error(e, &url, &self.cfg),
                        _ => (timed_out(&url, self.cfg.timeout), false),
                    };
                    if self.cfg.verbose {
                        output::verbose(&format!(
                            "✗ {method} {url}: {} ({} ms)",
                            err.message,
                            elapsed.as_millis()
                        ));
                    }
                    // What the same attempt would meet again is not retried.
                    if lasting || !retry::retry_transport(method.as_str()) {
                        return Err(err.into());
                    }
                    let wait = retry::backoff(&self.cfg.retry, attempt, fastrand::f64());
                    if past_wait_deadline(wait) {
                        return Err(err.into());
                    }
                    match retry::next_step(&self.cfg.retry, attempt, call_started.elapsed(), wait) {
                        Step::Retry { wait, attempt: n } => {
                            attempt = n;
                            self.pause(
                                wait,
                                n,
                                &err.message,
                                "network error",
                                None,
                                Announce::Always,
                            )
                            .await;
                            continue;
                        }
                        Step::PastDeadline { .. } => {
                            err.hints.push(self.deadline_hint(attempt));
                            return Err(err.into());
                        }
                        Step::OutOfRetries => return Err(err.into()),
                    }
                }
            };
            if self.cfg.verbose {
                output::verbose(&format!(
                    "← {} {} ({} ms, {} bytes)",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or(""),
                    elapsed.as_millis(),
                    bytes.len()
                ));
            }
            if is_followed_redirect(status) {
                let next = self.redirect_target(status, &url, &resp_headers)?;
                redirects += 1;
                if redirects > MAX_REDIRECTS {
                    return Err(BadAnswer {
                        message: format!(
                            "more than {MAX_REDIRECTS} redirects, the last to {}",
                            shown_url(&next)
                        ),
                        hints: vec![],
                    }
                    .into());
                }
                if status == StatusCode::SEE_OTHER
                    || ((status == StatusCode::MOVED_PERMANENTLY || status == StatusCode::FOUND)
                        && method == Method::POST)
                {
                    method = Method::GET;
                    body.clear();
                    has_body = false;
                }
                if self.cfg.verbose {
                    output::verbose(&format!(
                        "redirected to {}; signing again",
                        shown_url(&next)
                    ));
                }
                url = next;
                continue;
            }
            if status.is_success() {
                return Ok(Response {
                    status: status.as_u16(),
                    body: bytes,
                    headers: resp_headers,
                });
            }
            let mut api_error = ApiError {
                status: status.as_u16(),
                problem: serde_json::from_slice(&bytes).ok(),
                body: bytes,
                client_hints: vec![],
            };
            if status.is_redirection() {
                api_error.client_hints.push(format!(
                    "a {} is not a redirect moks follows (only 301, 302, 303, 307 and 308 are)",
                    status.as_u16()
                ));
            }
            if !retry::retry_status(method.as_str(), status.as_u16()) {
                return Err(api_error.into());
            }
            let header = |name: &str| {
                resp_headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string)
            };
            let (wait, source) = retry::wait_after_response(
                &self.cfg.retry,
                attempt,
                &header,
                &api_error.body,
                time::OffsetDateTime::now_utc(),
                fastrand::f64(),
            );
            if past_wait_deadline(wait) {
                return Err(api_error.into());
            }
            match retry::next_step(&self.cfg.retry, attempt, call_started.elapsed(), wait) {
                Step::Retry { wait, attempt: n } => {
                    attempt = n;
                    let why = format!(
                        "the API answered {} {}",
                        status.as_u16(),
                        status.canonical_reason().unwrap_or("")
                    );
                    let short = format!("{} ({source:?})", status.as_u16());
                    // Under a rate cap, a 429 (others' traffic: the cap spends no more than
                    // the budget) holds every request; the first one says so, however short.
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
                    continue;
                }
                Step::PastDeadline { wait } if source != WaitSource::Backoff => {
                    let when = match retry::instant_after(time::OffsetDateTime::now_utc(), wait) {
                        Some(at) => format!("at {at} (in {})", retry::human(wait)),
                        None => format!("in {}", retry::human(wait)),
                    };
                    api_error.client_hints.push(format!(
                        "the API takes requests again {when}, past the retry deadline of {} \
                         (AKAMAI_RETRY_DEADLINE): moks stopped without waiting",
                        retry::human(self.cfg.retry.deadline)
                    ));
                    return Err(api_error.into());
                }
                Step::PastDeadline { .. } => {
                    api_error.client_hints.push(self.deadline_hint(attempt));
                    return Err(api_error.into());
                }
                Step::OutOfRetries => return Err(api_error.into()),
            }
        }
    }

    /// One attempt: send, then read the answer up to the size cap, all within `--timeout`.
    async fn attempt(
        &self,
        req: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, HeaderMap, Vec<u8>), Failure> {
        let cap = self.cfg.max_response_size;
        let exchange = async {
            let mut resp = req.send().await.map_err(Failure::Transport)?;
            let status = resp.status();
            let headers = resp.headers().clone();
            if let Some(declared) = resp.content_length().filter(|n| *n > cap) {
                return Err(Failure::TooLarge(format!(
                    "the API's answer ({} {}) is {} by its Content-Length, over the limit of {}: \
                     not read",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or(""),
                    show_size(declared),
                    show_size(cap)
                )));
            }
            let expected = resp.content_length().unwrap_or(0).min(1 << 20);
            let mut body = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
            while let Some(chunk) = resp.chunk().await.map_err(Failure::Transport)? {
                if (body.len() as u64).saturating_add(chunk.len() as u64) > cap {
                    return Err(Failure::TooLarge(format!(
                        "the API's answer ({} {}) is over the limit of {}: stopped reading there",
                        status.as_u16(),
                        status.canonical_reason().unwrap_or(""),
                        show_size(cap)
                    )));
                }
                body.extend_from_slice(&chunk);
            }
            Ok((status, headers, body))
        };
        match tokio::time::timeout(self.cfg.timeout, exchange).await {
            Ok(result) => result,
            Err(_) => Err(Failure::TimedOut),
        }
    }

    /// Where a 301/302/303/307/308 leads, if moks may follow it: only to the same scheme,
    /// host and port (credentials and bodies go to the configured origin only).
    fn redirect_target(
        &self,
        status: StatusCode,
        url: &Url,
        headers: &HeaderMap,
    ) -> anyhow::Result<Url> {
        let answered = format!(
            "the API answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        );
        let Some(raw) = headers.get(LOCATION) else {
            return Err(error::bad_answer(format!(
                "{answered}, a redirect without a Location header: there is nowhere to follow it"
            )));
        };
        let text = String::from_utf8_lossy(raw.as_bytes());
        let Ok(mut next) = url.join(text.trim()) else {
            return Err(error::bad_answer(format!(
                "{answered}, a redirect to a Location that is not a URL: '{}'",
                error::excerpt(&text, 200)
            )));
        };
        // Never send URL credentials a server put there; fragments are not sent either.
        let _ = next.set_username("");
        let _ = next.set_password(None);
        next.set_fragment(None);
        if next.origin() != self.cfg.base_url.origin() {
            return Err(BadAnswer {
                message: format!(
                    "{answered}, a redirect to another origin, not followed: {}",
                    shown_url(&next)
                ),
                hints: vec![format!(
                    "moks sends credentials and request bodies only to the configured host ({}); \
                     if the API really moved, change host in your credentials",
                    self.cfg.base_url.origin().ascii_serialization()
                )],
            }
            .into());
        }
        Ok(next)
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

    /// The headers of one attempt, signed with a fresh timestamp and nonce.
    fn signed_headers(
        &self,
        method: &Method,
        url: &Url,
        body: &[u8],
        has_body: bool,
    ) -> anyhow::Result<HeaderMap> {
        let auth = self.sign(
            method,
            url,
            body,
            &edgegrid::timestamp(time::OffsetDateTime::now_utc()),
            &edgegrid::new_nonce(),
        );
        let mut headers = HeaderMap::new();
        // The tokens were checked in `new`; the rest is ours. Never an empty Authorization.
        let mut value = HeaderValue::from_str(&auth).map_err(|_| {
            error::config(
                "cannot send the Authorization header: a credential holds a character an HTTP \
                 header cannot carry",
            )
        })?;
        value.set_sensitive(true);
        headers.insert(AUTHORIZATION, value);
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if has_body {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        Ok(headers)
    }

    fn sign(
        &self,
        method: &Method,
        url: &Url,
        body: &[u8],
        timestamp: &str,
        nonce: &str,
    ) -> String {
        let host = match url.port() {
            Some(p) => format!("{}:{p}", url.host_str().unwrap_or_default()),
            None => url.host_str().unwrap_or_default().to_string(),
        };
        let path_and_query = match url.query() {
            Some(q) if !q.is_empty() => format!("{}?{q}", url.path()),
            _ => url.path().to_string(),
        };
        // The scheme of the URL called is signed, as Akamai's own signers do.
        let req = edgegrid::Request {
            method: method.as_str(),
            scheme: url.scheme(),
            host: &host,
            path_and_query: &path_and_query,
            headers: &[],
            body,
        };
        edgegrid::sign(&self.cfg.credentials, &req, timestamp, nonce).authorization
    }

    /// Prints what would be sent, with tokens and signature redacted.
    fn print_dry_run(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&Value>,
    ) -> anyhow::Result<()> {
        let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
        let auth = format!(
            "{} client_token=<redacted>;access_token=<redacted>;timestamp={ts};nonce={};signature=<redacted>",
            edgegrid::MONIKER,
            edgegrid::new_nonce()
        );
        let mut headers = vec![
            ("Authorization", auth),
            ("Accept", "application/json".to_string()),
            ("User-Agent", self.cfg.user_agent.clone()),
        ];
        if body.is_some() {
            headers.push(("Content-Type", "application/json".to_string()));
        }
        // Placeholders for ids a lookup would find are shown readable; the rest as sent.
        let path = percent_encoding::percent_decode_str(url.path()).decode_utf8_lossy();
        let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
        let shown = format!("{}{path}{query}", &url[..url::Position::BeforePath]);
        if self.cfg.output.json {
            let mut h = serde_json::Map::new();
            for (k, v) in &headers {
                h.insert(k.to_string(), Value::String(v.clone()));
            }
            let doc = serde_json::json!({
                "method": method.as_str(),
                "url": shown,
                "headers": h,
                "body": body.cloned().unwrap_or(Value::Null),
            });
            self.dry_runs
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(doc);
        } else {
            let mut text = format!("{method} {shown}\n");
            for (k, v) in &headers {
                text.push_str(&format!("{k}: {v}\n"));
            }
            if let Some(b) = body {
                text.push('\n');
                text.push_str(&serde_json::to_string_pretty(b)?);
                text.push('\n');
            }
            let before = self
                .dry_runs_printed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let sep = if before > 0 { "\n" } else { "" };
            self.cfg.output.line(&format!("{sep}{}", text.trim_end()))?;
        }
        Ok(())
    }
}

/// Whether requests to `url` stay on this machine (`localhost`, a loopback address).
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Plain `http://` to a host not on this machine: the bodies (and the signed requests)
/// would cross the network unencrypted, so it is refused unless asked for.
fn plain_http_refused(cfg: &ClientConfig) -> anyhow::Error {
    error::config_with_hint(
        format!(
            "{} is plain http:// to {}, a host not on this machine: requests and answers would \
             cross the network unencrypted",
            cfg.host_origin,
            host_port(&cfg.base_url)
        ),
        format!(
            "use https:// (or no scheme); if plain HTTP is really meant (a test proxy), set {}=1",
            crate::context::ALLOW_PLAIN_HTTP
        ),
    )
}

/// A host name that did not resolve: found by type in a transport error's chain, so that
/// it is not retried (the same lookup gives the same answer).
#[derive(Debug, thiserror::Error)]
#[error("the name {host} was not resolved: {cause}")]
struct NotResolved {
    host: String,
    cause: String,
}

/// The system resolver (as reqwest's default), its failures typed as [`NotResolved`].
struct Dns;

impl reqwest::dns::Resolve for Dns {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let not_resolved = |cause: String| -> Box<dyn std::error::Error + Send + Sync> {
                Box::new(NotResolved {
                    host: host.clone(),
                    cause,
                })
            };
            match tokio::net::lookup_host((host.as_str(), 0)).await {
                Ok(addrs) => {
                    let addrs: Vec<std::net::SocketAddr> = addrs.collect();
                    if addrs.is_empty() {
                        return Err(not_resolved("no address".into()));
                    }
                    Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
                }
                Err(e) => Err(not_resolved(e.to_string())),
            }
        })
    }
}

/// The first error of type `E` in a transport error's chain, looking inside `io::Error`s
/// too (their `source()` skips the error they wrap, so it is taken with `get_ref`).
fn find_in_chain<'a, E: std::error::Error + 'static>(
    e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a E> {
    let mut cur = Some(e);
    while let Some(s) = cur {
        if let Some(found) = s.downcast_ref::<E>() {
            return Some(found);
        }
        if let Some(inner) = s
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref)
        {
            if let Some(found) = find_in_chain::<E>(inner) {
                return Some(found);
            }
        }
        cur = s.source();
    }
    None
}

/// Whether a connection was refused: an `io::Error` of that kind in the chain.
fn refused(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur = Some(e);
    while let Some(s) = cur {
        if s.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
        {
            return true;
        }
        cur = s.source();
    }
    false
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut src = e.source();
    while let Some(s) = src {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        src = s.source();
    }
    parts.join(": ")
}

/// The TLS error under a transport error, if TLS is what failed: a `rustls::Error` found by
/// type in the source chain, looking inside `io::Error`s too (their `source()` skips the
/// error they wrap, so it is taken with `get_ref`).
fn tls_error<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    find_in_chain::<rustls::Error>(e)
}

fn host_port(url: &Url) -> String {
    match url.port() {
        Some(p) => format!("{}:{p}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_string(),
    }
}

fn timed_out(url: &Url, timeout: Duration) -> NetworkError {
    NetworkError {
        message: format!(
            "request to {} timed out after {} s",
            host_port(url),
            timeout.as_secs_f64()
        ),
        hints: vec!["raise --timeout, or check the network path to the API".into()],
    }
}

/// A transport failure for people, and whether it lasts: a name not resolved, a connection
/// refused by this machine (nothing listens there) or TLS refusing the peer gets the same
/// answer when tried again, so it is not retried, and the hint names where `host` came from.
fn network_error(e: &reqwest::Error, url: &Url, cfg: &ClientConfig) -> (NetworkError, bool) {
    if e.is_timeout() {
        return (timed_out(url, cfg.timeout), false);
    }
    let host = host_port(url);
    // reqwest's own text repeats the URL; the chain below it holds the cause.
    let mut cause = String::new();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        cause = s.to_string();
        src = s.source();
    }
    let mut hints = Vec::new();
    let tls = tls_error(e);
    match tls {
        Some(rustls::Error::InvalidCertificate(_)) => hints.push(
            "to trust a private CA (e.g. the sandbox's with --tls), pass --ca-cert FILE".into(),
        ),
        Some(rustls::Error::InvalidMessage(_)) if url.scheme() == "https" => hints.push(
            "the server did not answer in TLS: check that host in your credentials is an \
             HTTPS endpoint"
                .into(),
        ),
        _ => {}
    }
    let unresolved = find_in_chain::<NotResolved>(e).is_some();
    let lasting = unresolved || tls.is_some() || (refused(e) && is_loopback(url));
    if lasting && tls.is_none() {
        hints.push(format!(
            "check {}: moks sends its requests to {host}",
            cfg.host_origin
        ));
    }
    let what = if unresolved {
        format!("cannot connect to {host}: the name was not resolved")
    } else if e.is_connect() {
        format!("cannot connect to {host}")
    } else {
        format!("request to {host} failed")
    };
    let message = if cause.is_empty() || unresolved {
        what
    } else {
        format!("{what}: {}", error::excerpt(&cause, 300))
    };
    (NetworkError { message, hints }, lasting)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(base: &str, key: Option<&str>) -> Client {
        Client::new(ClientConfig {
            base_url: Url::parse(base).unwrap(),
            host_origin: "host in section [default] of test".into(),
            allow_plain_http: false,
            credentials: Credentials {
                client_token: "ct".into(),
                client_secret: "cs".into(),
                access_token: "at".into(),
                max_body: 131072,
                headers_to_sign: vec![],
            },
            account_key: key.map(str::to_string),
            user_agent: "moks/test".into(),
            timeout: Duration::from_secs(5),
            connect_timeout: Duration::from_secs(5),
            ca_cert: None,
            retry: Policy::default(),
            max_response_size: 32 << 20,
            verbose: false,
            dry_run: false,
            output: Output::default(),
        })
        .unwrap()
    }

    #[test]
    fn url_has_base_path_query_and_account_switch_key_last() {
        let c = client("http://127.0.0.1:8866/", Some("1-AB:CD"));
        let u = c.url("/ca-certificates", &[("status", "CURRENT,EXPIRED".into())]);
        assert_eq!(
            u.as_str(),
            "http://127.0.0.1:8866/mtls-origin-keystore/v1/ca-certificates?status=CURRENT%2CEXPIRED&accountSwitchKey=1-AB%3ACD"
        );
        let c = client("https://akab-x.luna.akamaiapis.net", None);
        assert_eq!(
            c.url("/client-certificates/5", &[]).as_str(),
            "https://akab-x.luna.akamaiapis.net/mtls-origin-keystore/v1/client-certificates/5"
        );
    }

    #[test]
    fn the_signed_host_keeps_a_non_default_port_and_the_signed_path_is_the_sent_one() {
        let c = client("http://127.0.0.1:8866/", Some("K"));
        let u = c.url("/client-certificates", &[]);
        let ts = "20240101T00:00:00+0000";
        let got = c.sign(&Method::GET, &u, b"", ts, "n1");
        let expected = edgegrid::sign(
            &c.cfg.credentials,
            &edgegrid::Request {
                method: "GET",
                scheme: "http",
                host: "127.0.0.1:8866",
                path_and_query: "/mtls-origin-keystore/v1/client-certificates?accountSwitchKey=K",
                headers: &[],
                body: b"",
            },
            ts,
            "n1",
        );
        assert_eq!(got, expected.authorization);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn dry_run_prints_lookups_with_a_placeholder_and_ends_at_the_first_call() {
        let mut cfg = client("http://127.0.0.1:1/", None).cfg;
        cfg.dry_run = true;
        cfg.output.json = true;
        let c = Client::new(cfg).unwrap();
        let id = c
            .look_up(Lookup {
                request: Request::new(Method::GET, "/client-certificates"),
                placeholder: "id of 'a b'".into(),
                what: "the id of client certificate 'a b'".into(),
                pick: Box::new(|_| Ok(7)),
            })
            .await
            .unwrap();
        assert_eq!(id.to_string(), "{id of 'a b'}", "not sent, so not picked");
        let req = Request::new(Method::POST, format!("/client-certificates/{id}/versions"))
            .body(&serde_json::json!({"k": 1}))
            .unwrap();
        let e = c.send(req).await.unwrap_err();
        assert!(e.is::<DryRun>(), "{e}");
        let printed = c.take_dry_runs();
        assert_eq!(printed.len(), 2);
        assert_eq!(
            printed[1]["url"],
            "http://127.0.0.1:1/mtls-origin-keystore/v1/client-certificates/{id of 'a b'}/versions"
        );
        assert_eq!(printed[1]["body"], serde_json::json!({"k": 1}));
        assert_eq!(printed[0]["body"], Value::Null);
    }

    #[test]
    fn sizes_parse_with_units_and_show_for_people() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size(" 64 mib "), Ok(64 << 20));
        assert_eq!(parse_size("32M"), Ok(32 << 20));
        assert_eq!(parse_size("1.5KiB"), Ok(1536));
        assert_eq!(parse_size("500KB"), Ok(500_000));
        assert_eq!(parse_size("2GB"), Ok(2_000_000_000));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert_eq!(parse_size("1b"), Ok(1));
        for bad in [
            "",
            "0",
            "0.4",
            "-1",
            "MiB",
            "1 TiB",
            "1e3",
            "NaN",
            "1.2.3",
            "99999999PiB",
        ] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        assert!(parse_size(&"9".repeat(400)).is_err());
        assert_eq!(show_size(32 << 20), "32 MiB");
        assert_eq!(show_size(100_000), "97.7 KiB");
        assert_eq!(show_size(10 << 30), "10 GiB");
        assert_eq!(show_size(900), "900 bytes");
    }

    #[test]
    fn header_unfit_names_what_and_where_never_the_value() {
        assert_eq!(header_unfit("akab-abc-123"), None);
        assert_eq!(
            header_unfit("ab\ncd").as_deref(),
            Some("a line break at character 3")
        );
        assert_eq!(
            header_unfit("\u{7f}").as_deref(),
            Some("a control character (U+007F) at character 1")
        );
        assert_eq!(
            header_unfit("xé").as_deref(),
            Some("a non-ASCII character at character 2")
        );
    }

    #[test]
    fn a_token_a_header_cannot_carry_fails_the_client_with_exit_3() {
        let mut cfg = client("http://127.0.0.1:1/", None).cfg;
        cfg.credentials.access_token = "at\r\nX: y".into();
        let err = Client::new(cfg).err().expect("refused");
        assert_eq!(crate::error::exit_code(&err), crate::error::EXIT_CONFIG);
        assert!(err
            .to_string()
            .contains("the access_token holds a line break"));
        assert!(!err.to_string().contains("X: y"));
    }

    fn location(base: &str, status: u16, loc: Option<&str>) -> Result<String, String> {
        let c = client(base, None);
        let url = c.url("/client-certificates", &[]);
        let mut h = HeaderMap::new();
        if let Some(l) = loc {
            h.insert(LOCATION, HeaderValue::from_str(l).unwrap());
        }
        c.redirect_target(StatusCode::from_u16(status).unwrap(), &url, &h)
            .map(|u| u.to_string())
            .map_err(|e| {
                assert_eq!(crate::error::exit_code(&e), crate::error::EXIT_API_FAILED);
                e.to_string()
            })
    }

    #[test]
    fn redirects_are_followed_within_the_configured_origin_only() {
        let base = "https://akab-x.luna.akamaiapis.net";
        // Same scheme, host and port: followed (a default port spelled out is the same).
        assert_eq!(
            location(base, 307, Some("/mtls-origin-keystore/v1/x?y=1")).unwrap(),
            format!("{base}/mtls-origin-keystore/v1/x?y=1")
        );
        assert_eq!(
            location(
                base,
                301,
                Some("https://AKAB-X.luna.akamaiapis.net:443/a#frag")
            )
            .unwrap(),
            format!("{base}/a")
        );
        // URL credentials are dropped, never sent.
        assert_eq!(
            location(base, 302, Some("https://u:p@akab-x.luna.akamaiapis.net/a")).unwrap(),
            format!("{base}/a")
        );
        for other in [
            "http://akab-x.luna.akamaiapis.net/a",
            "https://akab-x.luna.akamaiapis.net:8443/a",
            "https://evil.example/a",
            "//evil.example/a",
            "https://akab-x.luna.akamaiapis.net.evil.example/a",
        ] {
            let e = location(base, 308, Some(other)).unwrap_err();
            assert!(
                e.contains("a redirect to another origin, not followed"),
                "{other}: {e}"
            );
        }
        let e = location(base, 302, Some("https://u:secret@evil.example/")).unwrap_err();
        assert!(
            !e.contains("secret") && e.ends_with("not followed: https://evil.example/"),
            "{e}"
        );
        assert!(location(base, 302, None)
            .unwrap_err()
            .contains("without a Location header"));
        assert!(location(base, 302, Some("http://[::1"))
            .unwrap_err()
            .contains("a Location that is not a URL: 'http://[::1'"));
    }

    #[test]
    fn tls_failures_are_found_by_type_inside_io_errors() {
        let tls = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let wrapped = std::io::Error::new(std::io::ErrorKind::InvalidData, tls);
        let outer = anyhow::Error::new(wrapped).context("error sending request");
        let e: &(dyn std::error::Error + 'static) = outer.as_ref();
        assert!(matches!(
            tls_error(e),
            Some(rustls::Error::InvalidCertificate(_))
        ));
        // Words are not types.
        let words = std::io::Error::other("mtls tls certificate invalid peer certificate");
        assert!(tls_error(&words).is_none());
    }
}
