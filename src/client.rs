//! The one HTTP client of a run: URL building, EdgeGrid signing, timeouts, redirects,
//! retries, `--dry-run` and `-v`.
//!
//! Rules:
//! - the final URL (query and `accountSwitchKey` included) is built first; the path and query
//!   signed are taken from that same URL, and that URL is what is sent;
//! - every attempt and every redirect hop gets a fresh timestamp and nonce and is re-signed;
//! - redirects are followed here (at most 10 hops), not by reqwest, so each hop is signed;
//! - retries follow [`crate::retry`]: a POST, PATCH or DELETE is sent again only after a 429;
//! - `Accept: application/json` always; `Content-Type: application/json` with a body; no
//!   `Expect: 100-continue` (hyper never sends it);
//! - trust roots are loaded only for `https://` hosts (the system store, `SSL_CERT_FILE`
//!   honoured, plus `--ca-cert`); an `http://` host (the sandbox) loads none;
//! - secrets never reach `-v` or `--dry-run`: tokens and the signature are redacted.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, LOCATION};
use reqwest::{Method, StatusCode, Url};
use serde_json::Value;

use crate::error::{self, ApiError, NetworkError};
use crate::output::{self, Output};
use crate::retry::{self, Policy};
use edgegrid::Credentials;

/// The MOKS API's base path.
pub const BASE_PATH: &str = "/mtls-origin-keystore/v1";
const MAX_REDIRECTS: usize = 10;

/// Everything the client needs, resolved by `context`.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: Url,
    pub credentials: Credentials,
    pub account_key: Option<String>,
    pub user_agent: String,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    pub ca_cert: Option<PathBuf>,
    pub retry: Policy,
    pub verbose: bool,
    pub dry_run: bool,
    pub output: Output,
}

/// A successful answer.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Response {
    /// The body as JSON; `None` when empty (a 204, or a 200 with no body).
    pub fn json(&self) -> anyhow::Result<Option<Value>> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        serde_json::from_slice(&self.body).map(Some).map_err(|e| {
            anyhow::anyhow!(
                "the API answered {} with a body that is not JSON ({e}): {}",
                self.status,
                error::excerpt(&String::from_utf8_lossy(&self.body), 200)
            )
        })
    }
}

pub struct Client {
    http: reqwest::Client,
    cfg: ClientConfig,
    /// Under `--json --dry-run`: the requests, printed as one array at the end of the run.
    dry_runs: std::sync::Mutex<Vec<Value>>,
    /// Under text `--dry-run`: how many requests were printed (blank lines go between them).
    dry_runs_printed: std::sync::atomic::AtomicUsize,
}

fn load_ca_bundle(path: &PathBuf) -> anyhow::Result<Vec<reqwest::Certificate>> {
    let bytes = std::fs::read(path).map_err(|e| {
        error::usage(format!(
            "invalid value '{}' for '--ca-cert': cannot read it ({e})",
            path.display()
        ))
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&bytes)
        .ok()
        .filter(|c| !c.is_empty())
        .or_else(|| reqwest::Certificate::from_der(&bytes).ok().map(|c| vec![c]));
    certs.ok_or_else(|| {
        error::usage(format!(
            "invalid value '{}' for '--ca-cert': expected a PEM or DER certificate",
            path.display()
        ))
    })
}

impl Client {
    pub fn new(cfg: ClientConfig) -> anyhow::Result<Client> {
        let mut builder = reqwest::Client::builder()
            .user_agent(cfg.user_agent.clone())
            .timeout(cfg.timeout)
            .connect_timeout(cfg.connect_timeout)
            .redirect(reqwest::redirect::Policy::none());
        // HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured, except for loopback hosts (the
        // sandbox), which a proxy could not reach.
        let loopback = match cfg.base_url.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        if loopback {
            builder = builder.no_proxy();
        }
        let extra = match &cfg.ca_cert {
            Some(p) => load_ca_bundle(p)?,
            None => vec![],
        };
        if cfg.base_url.scheme() == "https" {
            builder = builder.tls_certs_merge(extra);
        } else {
            // Plain HTTP (the sandbox): no trust store is needed, so none is loaded.
            builder = builder.tls_certs_only(extra);
        }
        let http = builder
            .build()
            .map_err(|e| error::config(format!("cannot set up HTTPS: {}", error_chain(&e))))?;
        Ok(Client {
            http,
            cfg,
            dry_runs: std::sync::Mutex::new(Vec::new()),
            dry_runs_printed: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    /// The requests collected under `--json --dry-run`, in order.
    pub fn take_dry_runs(&self) -> Vec<Value> {
        std::mem::take(&mut *self.dry_runs.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The full URL for an API path (relative to [`BASE_PATH`]) and query pairs, with the
    /// account switch key appended.
    pub fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.cfg.base_url.clone();
        url.set_path(&format!("{BASE_PATH}{path}"));
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

    /// Sends one API call; `Ok(None)` under `--dry-run` (nothing was sent).
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
    ) -> anyhow::Result<Option<Response>> {
        let url = self.url(path, query);
        let body_bytes = match body {
            Some(v) => serde_json::to_vec(v)?,
            None => vec![],
        };
        if self.cfg.dry_run {
            self.print_dry_run(&method, &url, body)?;
            return Ok(None);
        }
        self.execute(method, url, body_bytes, body.is_some())
            .await
            .map(Some)
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
        loop {
            let headers = self.signed_headers(&method, &url, &body, has_body);
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
            // Sending and reading the answer fail the same way: one transport-error path.
            let result = async {
                let resp = req.send().await?;
                let status = resp.status();
                let headers = resp.headers().clone();
                let bytes = resp.bytes().await?;
                Ok::<_, reqwest::Error>((status, headers, bytes.to_vec()))
            }
            .await;
            let elapsed = started.elapsed();
            let (status, resp_headers, bytes) = match result {
                Ok(answer) => answer,
                Err(e) => {
                    let err = network_error(&e, &url, self.cfg.timeout);
                    if self.cfg.verbose {
                        output::verbose(&format!(
                            "✗ {method} {url}: {} ({} ms)",
                            err.message,
                            elapsed.as_millis()
                        ));
                    }
                    // A rejected certificate is not transient: never retried.
                    if !is_tls_rejection(&e)
                        && retry::retry_transport(method.as_str())
                        && attempt < self.cfg.retry.max_retries
                    {
                        let wait = retry::backoff(&self.cfg.retry, attempt, fastrand::f64());
                        attempt += 1;
                        self.say_retry(attempt, wait, "network error");
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    return Err(err.into());
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
            if status.is_redirection() {
                if let Some(next) = resp_headers
                    .get(LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| url.join(l).ok())
                {
                    redirects += 1;
                    if redirects > MAX_REDIRECTS {
                        return Err(NetworkError {
                            message: format!("more than {MAX_REDIRECTS} redirects, last to {next}"),
                            hints: vec![],
                        }
                        .into());
                    }
                    if status == StatusCode::SEE_OTHER
                        || ((status == StatusCode::MOVED_PERMANENTLY
                            || status == StatusCode::FOUND)
                            && method == Method::POST)
                    {
                        method = Method::GET;
                        body.clear();
                        has_body = false;
                    }
                    if self.cfg.verbose {
                        output::verbose(&format!("redirected to {next}; signing again"));
                    }
                    url = next;
                    continue;
                }
            }
            if status.is_success() {
                return Ok(Response {
                    status: status.as_u16(),
                    body: bytes,
                });
            }
            if retry::retry_status(method.as_str(), status.as_u16())
                && attempt < self.cfg.retry.max_retries
            {
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
                    &bytes,
                    time::OffsetDateTime::now_utc(),
                    fastrand::f64(),
                );
                attempt += 1;
                self.say_retry(attempt, wait, &format!("{} ({source:?})", status.as_u16()));
                tokio::time::sleep(wait).await;
                continue;
            }
            return Err(ApiError {
                status: status.as_u16(),
                problem: serde_json::from_slice(&bytes).ok(),
                body: bytes,
            }
            .into());
        }
    }

    fn say_retry(&self, attempt: u32, wait: Duration, why: &str) {
        if self.cfg.verbose {
            output::verbose(&format!(
                "retry {attempt} of {} in {:.1}s after {why}",
                self.cfg.retry.max_retries,
                wait.as_secs_f64()
            ));
        }
    }

    /// The headers of one attempt, signed with a fresh timestamp and nonce.
    fn signed_headers(&self, method: &Method, url: &Url, body: &[u8], has_body: bool) -> HeaderMap {
        let auth = self.sign(
            method,
            url,
            body,
            &edgegrid::timestamp(time::OffsetDateTime::now_utc()),
            &edgegrid::new_nonce(),
        );
        let mut headers = HeaderMap::new();
        let mut value =
            HeaderValue::from_str(&auth).unwrap_or_else(|_| HeaderValue::from_static(""));
        value.set_sensitive(true);
        headers.insert(AUTHORIZATION, value);
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if has_body {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        headers
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
        let shown = match url.query() {
            Some(q) => format!(
                "{}{}?{q}",
                &url[..url::Position::BeforePath],
                percent_decode(url.path())
            ),
            None => format!(
                "{}{}",
                &url[..url::Position::BeforePath],
                percent_decode(url.path())
            ),
        };
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

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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

/// Whether a transport error is TLS refusing the peer (an untrusted or invalid certificate).
fn is_tls_rejection(e: &reqwest::Error) -> bool {
    let mut src: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = src {
        if let Some(tls) = s.downcast_ref::<rustls::Error>() {
            return matches!(
                tls,
                rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented
            );
        }
        if s.to_string().contains("invalid peer certificate") {
            return true;
        }
        src = s.source();
    }
    false
}

fn network_error(e: &reqwest::Error, url: &Url, timeout: Duration) -> NetworkError {
    let host = match url.port() {
        Some(p) => format!("{}:{p}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_string(),
    };
    // reqwest's own text repeats the URL; the chain below it holds the cause.
    let mut cause = String::new();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        cause = s.to_string();
        src = s.source();
    }
    let chain = error_chain(e);
    if e.is_timeout() {
        return NetworkError {
            message: format!(
                "request to {host} timed out after {} s",
                timeout.as_secs_f64()
            ),
            hints: vec!["raise --timeout, or check the network path to the API".into()],
        };
    }
    let lower = chain.to_ascii_lowercase();
    let mut hints = Vec::new();
    if lower.contains("certificate") || lower.contains("unknownissuer") || lower.contains("tls") {
        hints.push(
            "to trust a private CA (e.g. the sandbox's with --tls), pass --ca-cert FILE".into(),
        );
    }
    let what = if e.is_connect() {
        format!("cannot connect to {host}")
    } else {
        format!("request to {host} failed")
    };
    NetworkError {
        message: if cause.is_empty() {
            what
        } else {
            format!("{what}: {cause}")
        },
        hints,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(base: &str, key: Option<&str>) -> Client {
        Client::new(ClientConfig {
            base_url: Url::parse(base).unwrap(),
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
            verbose: false,
            dry_run: false,
            output: Output {
                json: false,
                full: false,
                decorate: false,
            },
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
}
