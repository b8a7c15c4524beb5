//! The HTTP side: accept loop, optional TLS, and the per-request pipeline.
//!
//! Rules:
//! - one tokio task accepts connections and spawns one task per connection (HTTP/1.1 via
//!   hyper 1); shutdown stops accepting and aborts open connections;
//! - each request goes through, in order: body read (at most 1 MiB, else 413) → fail
//!   injection (503 for a `fail_rate` share, before anything else) → signature check (401)
//!   → rate limit (429) → routing, Content-Type and validation (404/405/415/400) → the
//!   operation, run under the state lock in `spawn_blocking` (the runtime may be a
//!   current_thread one shared with the client) → `latency` sleep → answer;
//! - every answer carries `X-RateLimit-Limit`/`X-RateLimit-Remaining` when a limit is set,
//!   plus `X-RateLimit-Next` when no token is left; every request is recorded with the
//!   status it got;
//! - a failure of the state file (unreadable, corrupt, unwritable) is a 500 whose detail is
//!   the error naming the file.

use super::auth::{self, Incoming, RateLimiter, Verifier};
use super::lifecycle;
use super::problem::{self, Reply};
use super::routes;
use super::state::{State, Store};
use super::views::Clock;
use super::RecordedRequest;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use time::OffsetDateTime;

/// How many requests are kept for [`super::Sandbox::requests`] (the oldest are dropped).
pub const MAX_RECORDED: usize = 10_000;

/// Largest request body accepted.
pub const MAX_BODY: usize = 1 << 20;

/// Everything a request handler needs.
pub struct Shared {
    pub store: Store,
    pub verifier: Verifier,
    pub limiter: RateLimiter,
    pub rate_limit: u32,
    pub deploy_delay: std::time::Duration,
    pub timing: super::Timing,
    pub latency: std::time::Duration,
    pub fail_rate: f64,
    pub seed: u32,
    pub recorded: Arc<Mutex<Vec<RecordedRequest>>>,
}

impl Shared {
    /// The state a missing state file starts from.
    pub fn init(&self) -> impl Fn() -> Result<State, String> + Send + 'static {
        let seed = self.seed;
        move || super::seed::initial_state(seed, OffsetDateTime::now_utc())
    }
}

/// Accepts connections until `stop` fires.
pub async fn serve(
    shared: Arc<Shared>,
    listener: tokio::net::TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let mut conns = tokio::task::JoinSet::new();
    loop {
        while conns.try_join_next().is_some() {}
        let (tcp, _) = tokio::select! {
            _ = &mut stop => break,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let shared = shared.clone();
        let tls = tls.clone();
        conns.spawn(async move {
            let svc = hyper::service::service_fn(move |req| {
                let shared = shared.clone();
                async move { Ok::<_, std::convert::Infallible>(handle(shared, req).await) }
            });
            let builder = hyper::server::conn::http1::Builder::new();
            match tls {
                Some(acceptor) => {
                    if let Ok(stream) = acceptor.accept(tcp).await {
                        let io = hyper_util::rt::TokioIo::new(stream);
                        let _ = builder.serve_connection(io, svc).await;
                    }
                }
                None => {
                    let io = hyper_util::rt::TokioIo::new(tcp);
                    let _ = builder.serve_connection(io, svc).await;
                }
            }
        });
    }
    conns.abort_all();
}

async fn handle(
    shared: Arc<Shared>,
    req: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let method = parts.method.as_str().to_string();
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().unwrap_or("").to_string();
    let path_and_query = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| path.clone());
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let (body, too_large) = match Limited::new(body, MAX_BODY).collect().await {
        Ok(b) => (b.to_bytes().to_vec(), false),
        Err(_) => (Vec::new(), true),
    };
    let account = routes::query_param(&query, "accountSwitchKey").unwrap_or_default();

    let mut rate = None;
    let reply = if too_large {
        problem::too_large(MAX_BODY)
    } else if shared.fail_rate > 0.0 && fastrand::f64() < shared.fail_rate {
        problem::unavailable()
    } else {
        let header_refs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let host = parts
            .headers
            .get(hyper::header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        let incoming = Incoming {
            request: edgegrid::Request {
                method: &method,
                scheme: shared.verifier.scheme(),
                host,
                path_and_query: &path_and_query,
                headers: &header_refs,
                body: &body,
            },
            authorization: parts
                .headers
                .get(hyper::header::AUTHORIZATION)
                .and_then(|h| h.to_str().ok()),
        };
        match shared.verifier.check(&incoming, OffsetDateTime::now_utc()) {
            Err(r) => r,
            Ok(()) => {
                rate = shared.limiter.take(&account, Instant::now());
                match &rate {
                    Some(d) if !d.allowed => {
                        let next = OffsetDateTime::now_utc() + d.next_in.unwrap_or_default();
                        problem::rate_limited(&auth::fmt_millis(next))
                    }
                    _ => {
                        let content_type = parts
                            .headers
                            .get(hyper::header::CONTENT_TYPE)
                            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
                        let target = (method.as_str(), path.as_str(), query.as_str());
                        dispatch(&shared, target, content_type.as_deref(), body.clone()).await
                    }
                }
            }
        }
    };
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    if rate.is_none() {
        rate = shared.limiter.peek(&account, Instant::now());
    }
    let status = reply.status;
    let response = to_response(reply, shared.rate_limit, rate.as_ref());
    if let Ok(mut rec) = shared.recorded.lock() {
        if rec.len() >= MAX_RECORDED {
            rec.remove(0);
        }
        rec.push(RecordedRequest {
            method,
            path,
            query,
            headers,
            body,
            status,
        });
    }
    response
}

async fn dispatch(
    shared: &Arc<Shared>,
    (method, path, query): (&str, &str, &str),
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Reply {
    let (op, account) = match routes::route(method, path, query, content_type, &body) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let store = shared.store.clone();
    let init = shared.init();
    let clock = Clock::new(
        super::state::truncate(OffsetDateTime::now_utc()),
        shared.deploy_delay,
        &shared.timing,
    );
    let job = tokio::task::spawn_blocking(move || {
        store.transact(&init, |state| {
            let out = lifecycle::apply(state, &account, op, &clock);
            (out.reply, out.changed)
        })
    });
    match job.await {
        Ok(Ok(reply)) => reply,
        Ok(Err(e)) => problem::internal(&e.to_string()),
        Err(e) => problem::internal(&format!("the sandbox operation failed: {e}")),
    }
}

fn to_response(
    reply: Reply,
    limit: u32,
    rate: Option<&auth::RateDecision>,
) -> hyper::Response<Full<Bytes>> {
    let body = match &reply.body {
        Some(v) => serde_json::to_vec(v).unwrap_or_default(),
        None => Vec::new(),
    };
    let mut b = hyper::Response::builder().status(reply.status);
    if reply.body.is_some() {
        b = b.header(hyper::header::CONTENT_TYPE, reply.content_type);
    }
    for (k, v) in &reply.headers {
        b = b.header(k.as_str(), v.as_str());
    }
    if limit > 0 {
        let remaining = rate.map_or(limit, |d| d.remaining);
        b = b
            .header("X-RateLimit-Limit", limit.to_string())
            .header("X-RateLimit-Remaining", remaining.to_string());
        if let Some(next) = rate.and_then(|d| d.next_in) {
            let at = OffsetDateTime::now_utc() + next;
            b = b.header("X-RateLimit-Next", auth::fmt_millis(at));
        }
    }
    b.body(Full::new(Bytes::from(body))).unwrap_or_else(|_| {
        let mut r = hyper::Response::new(Full::new(Bytes::new()));
        *r.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
}

/// A rustls acceptor for a fresh self-signed 127.0.0.1/localhost certificate; the PEM is
/// written to `cert_out`.
pub fn tls_acceptor(cert_out: &std::path::Path) -> anyhow::Result<tokio_rustls::TlsAcceptor> {
    use anyhow::Context as _;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let (pem, der, key) = super::x509::tls_server_identity().map_err(anyhow::Error::msg)?;
    if let Some(dir) = cert_out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(cert_out, pem).with_context(|| {
        format!(
            "cannot write the sandbox TLS certificate to {}",
            cert_out.display()
        )
    })?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(der)],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
        )
        .context("TLS server certificate")?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// The local address a listener got.
pub fn bound(listener: &tokio::net::TcpListener) -> anyhow::Result<SocketAddr> {
    Ok(listener.local_addr()?)
}
