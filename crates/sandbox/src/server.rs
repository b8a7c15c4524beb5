//! The HTTP side: accept loop, optional TLS, and the per-request pipeline.
//!
//! Rules:
//! - one tokio task accepts connections and spawns one task per connection (HTTP/1.1 via
//!   hyper 1); shutdown stops accepting and aborts open connections;
//! - nothing a client sends is held without a bound (see [`super::Limits`]): at most
//!   `max_connections` connections are open (a new one beyond closes the one that has
//!   waited longest for its request head or body, since a well-behaved client sends both
//!   at once; when every connection is busy with an operation the new one is closed); a
//!   TLS handshake, a request head (and an idle keep-alive gap) and a body each have a
//!   deadline; a head holds at most [`MAX_HEAD`] bytes, a body [`MAX_BODY`], and at most
//!   `max_body_readers` bodies are read at once (503 beyond);
//! - every accepted socket has `TCP_NODELAY` set (no Nagle wait for a delayed ACK);
//! - each request goes through, in order: fail injection (503 for a `fail_rate` share,
//!   before anything else) → the signature checks that need no body (401, the body is then
//!   never read) → body read (413, 408, 503) → signature and nonce check (401) → rate limit,
//!   per account and per credential (429) → routing, Content-Type and validation
//!   (404/405/415/400; Edge Truststore paths go to `truststore::serve`) → the operation, run under the state lock in `spawn_blocking` (the
//!   runtime may be a current_thread one shared with the client; a new account needs no
//!   key) → `latency` sleep → answer;
//! - every answer carries `X-RateLimit-Limit`/`X-RateLimit-Remaining` when a limit is set,
//!   plus `X-RateLimit-Next` when no token is left; every request is recorded with the
//!   status it got, its body only when it was authenticated; the log is bounded in entries
//!   and in bytes (the oldest go first);
//! - a failure of the state file (unreadable, corrupt, unwritable, lock not obtained in
//!   time) is a 500 whose detail is the error naming the file.

use super::auth::{self, RateLimiter, Verifier};
use super::lifecycle;
use super::problem::{self, Reply};
use super::routes;
use super::state::{State, Store};
use super::views::Clock;
use super::{Error, Limits, RecordedRequest};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Body as _, Bytes};
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use time::OffsetDateTime;

/// Largest request body accepted.
pub const MAX_BODY: usize = 1 << 20;

/// Largest request head (hyper's read buffer; hyper's floor is 8 KiB).
pub const MAX_HEAD: usize = 64 << 10;

/// Everything a request handler needs.
pub struct Shared {
    pub store: Store,
    pub verifier: Verifier,
    pub limiter: RateLimiter,
    pub rate_limit: u32,
    pub deploy_delay: Duration,
    pub timing: super::Timing,
    pub latency: Duration,
    pub fail_rate: f64,
    pub seed: u32,
    pub on_seed_progress: Option<fn(u32, u32)>,
    pub recorded: Arc<Recorder>,
    pub body_readers: Arc<tokio::sync::Semaphore>,
    pub limits: Limits,
    pub truststore: super::truststore::Config,
}

impl Shared {
    /// The state a missing state file starts from.
    pub fn init(&self) -> impl Fn() -> Result<State, String> + Send + 'static {
        let (seed, progress) = (self.seed, self.on_seed_progress);
        move || super::seed::initial_state_told(seed, OffsetDateTime::now_utc(), progress)
    }
}

/// The request log, bounded in entries and in bytes.
pub struct Recorder {
    max_entries: usize,
    max_bytes: usize,
    log: Mutex<(VecDeque<RecordedRequest>, usize)>,
}

/// What a recorded request costs (its text and bytes, plus a fixed overhead).
fn weight(r: &RecordedRequest) -> usize {
    64 + r.method.len()
        + r.path.len()
        + r.query.len()
        + r.body.len()
        + r.headers
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum::<usize>()
}

impl Recorder {
    pub fn new(max_entries: usize, max_bytes: usize) -> Recorder {
        Recorder {
            max_entries,
            max_bytes,
            log: Mutex::new((VecDeque::new(), 0)),
        }
    }

    pub fn push(&self, mut r: RecordedRequest) {
        if weight(&r) > self.max_bytes {
            r.body = Vec::new(); // alone over the budget: kept without its body
        }
        let w = weight(&r);
        let mut guard = self.log.lock().unwrap_or_else(|p| p.into_inner());
        let (log, bytes) = &mut *guard;
        while !log.is_empty() && (log.len() >= self.max_entries || *bytes + w > self.max_bytes) {
            if let Some(old) = log.pop_front() {
                *bytes -= weight(&old);
            }
        }
        if w <= self.max_bytes && self.max_entries > 0 {
            *bytes += w;
            log.push_back(r);
        }
    }

    pub fn snapshot(&self) -> Vec<RecordedRequest> {
        let guard = self.log.lock().unwrap_or_else(|p| p.into_inner());
        guard.0.iter().cloned().collect()
    }
}

/// What a connection is doing, for choosing which one to close when there are too many.
struct ConnState {
    /// Waiting for a request head or body (as opposed to running an operation).
    waiting: AtomicBool,
    /// Since when (nanoseconds after the server started).
    since: AtomicU64,
    epoch: Instant,
}

impl ConnState {
    fn new(epoch: Instant) -> ConnState {
        let c = ConnState {
            waiting: AtomicBool::new(true),
            since: AtomicU64::new(0),
            epoch,
        };
        c.wait();
        c
    }

    /// Now waiting for the client (a head, a body).
    fn wait(&self) {
        let t = u64::try_from(self.epoch.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.since.store(t, Ordering::Relaxed);
        self.waiting.store(true, Ordering::Relaxed);
    }

    /// Now working for an authenticated request.
    fn work(&self) {
        self.waiting.store(false, Ordering::Relaxed);
    }

    /// Since when it has been waiting, if it is.
    fn waiting_since(&self) -> Option<u64> {
        self.waiting
            .load(Ordering::Relaxed)
            .then(|| self.since.load(Ordering::Relaxed))
    }
}

/// Accepts connections until `stop` fires.
pub async fn serve(
    shared: Arc<Shared>,
    listener: tokio::net::TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let epoch = Instant::now();
    let mut conns = tokio::task::JoinSet::new();
    let mut open: HashMap<tokio::task::Id, (Arc<ConnState>, tokio::task::AbortHandle)> =
        HashMap::new();
    loop {
        while let Some(done) = conns.try_join_next_with_id() {
            let id = match done {
                Ok((id, ())) => id,
                Err(e) => e.id(),
            };
            open.remove(&id);
        }
        let (tcp, _) = tokio::select! {
            _ = &mut stop => break,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(_) => {
                    // Out of descriptors or the like: let connections finish, then retry.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        // Answers go out at once: with Nagle on, a response written in two parts (head, then
        // body) waits for the client's delayed ACK, about 40 ms.
        let _ = tcp.set_nodelay(true);
        if open.len() >= shared.limits.max_connections {
            let oldest = open
                .iter()
                .filter_map(|(id, (c, _))| c.waiting_since().map(|t| (t, *id)))
                .min();
            match oldest.and_then(|(_, id)| open.remove(&id)) {
                Some((_, handle)) => handle.abort(),
                None => {
                    drop(tcp); // every connection is busy: refuse this one at once
                    continue;
                }
            }
        }
        let state = Arc::new(ConnState::new(epoch));
        let handle = conns.spawn(connection(shared.clone(), tcp, tls.clone(), state.clone()));
        open.insert(handle.id(), (state, handle));
    }
    conns.abort_all();
}

/// Serves one connection.
async fn connection(
    shared: Arc<Shared>,
    tcp: tokio::net::TcpStream,
    tls: Option<tokio_rustls::TlsAcceptor>,
    state: Arc<ConnState>,
) {
    let limits = shared.limits.clone();
    let svc = {
        let state = state.clone();
        hyper::service::service_fn(move |req| {
            let shared = shared.clone();
            let state = state.clone();
            async move {
                state.wait();
                let r = handle(&shared, &state, req).await;
                state.wait();
                Ok::<_, std::convert::Infallible>(r)
            }
        })
    };
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(limits.head_timeout)
        .max_buf_size(MAX_HEAD);
    match tls {
        Some(acceptor) => {
            let accepted =
                tokio::time::timeout(limits.tls_handshake_timeout, acceptor.accept(tcp)).await;
            if let Ok(Ok(stream)) = accepted {
                let io = hyper_util::rt::TokioIo::new(stream);
                let _ = builder.serve_connection(io, svc).await;
            }
        }
        None => {
            let io = hyper_util::rt::TokioIo::new(tcp);
            let _ = builder.serve_connection(io, svc).await;
        }
    }
}

/// Reads a body within the limits: at most [`MAX_BODY`] bytes, `body_timeout`, and a
/// reader slot.
async fn read_body(shared: &Shared, body: hyper::body::Incoming) -> Result<Vec<u8>, Reply> {
    if body.is_end_stream() {
        return Ok(Vec::new());
    }
    if body.size_hint().lower() > MAX_BODY as u64 {
        return Err(problem::too_large(MAX_BODY));
    }
    let Ok(_slot) = shared.body_readers.clone().try_acquire_owned() else {
        return Err(problem::busy());
    };
    let read = Limited::new(body, MAX_BODY).collect();
    match tokio::time::timeout(shared.limits.body_timeout, read).await {
        Err(_) => Err(problem::body_timeout(shared.limits.body_timeout)),
        Ok(Ok(b)) => Ok(b.to_bytes().to_vec()),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            Err(problem::too_large(MAX_BODY))
        }
        Ok(Err(e)) => Err(problem::unreadable_body(&e.to_string())),
    }
}

async fn handle(
    shared: &Arc<Shared>,
    conn: &ConnState,
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
    let account = routes::query_param(&query, "accountSwitchKey").unwrap_or_default();
    let account_bucket = RateLimiter::account_key(&account);
    let credential_bucket = RateLimiter::credential_key(shared.verifier.client_token());
    let buckets = [account_bucket.as_str(), credential_bucket.as_str()];

    let mut rate = None;
    let mut kept_body = Vec::new();
    let reply = 'reply: {
        if shared.fail_rate > 0.0 && fastrand::f64() < shared.fail_rate {
            break 'reply problem::unavailable();
        }
        let authorization = parts
            .headers
            .get(hyper::header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok());
        let fields = match shared
            .verifier
            .precheck(authorization, OffsetDateTime::now_utc())
        {
            Ok(f) => f,
            Err(r) => break 'reply r, // the body is never read
        };
        let body = match read_body(shared, body).await {
            Ok(b) => b,
            Err(r) => break 'reply r,
        };
        let header_refs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let host = parts
            .headers
            .get(hyper::header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        let request = edgegrid::Request {
            method: &method,
            scheme: shared.verifier.scheme(),
            host,
            path_and_query: &path_and_query,
            headers: &header_refs,
            body: &body,
        };
        if let Err(r) = shared.verifier.verify(fields, &request) {
            break 'reply r;
        }
        conn.work();
        rate = shared.limiter.take(&buckets, Instant::now());
        if let Some(d) = rate.as_ref().filter(|d| !d.allowed) {
            let next = OffsetDateTime::now_utc() + d.next_in.unwrap_or_default();
            kept_body = body;
            if super::truststore::handles(&path) {
                let wait = d.next_in.unwrap_or_default().as_secs_f64().ceil() as u64;
                let next = super::truststore::problem::rate_limited(
                    &auth::fmt_millis(next),
                    wait,
                    shared.rate_limit,
                );
                break 'reply next;
            }
            break 'reply problem::rate_limited(&auth::fmt_millis(next));
        }
        let content_type = parts
            .headers
            .get(hyper::header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let target = (method.as_str(), path.as_str(), query.as_str());
        let reply = if super::truststore::handles(&path) {
            let accept = parts
                .headers
                .get(hyper::header::ACCEPT)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
            let ct = content_type.as_deref();
            super::truststore::serve(shared, target, ct, accept.as_deref(), &body).await
        } else {
            dispatch(shared, target, content_type.as_deref(), &body).await
        };
        kept_body = body;
        reply
    };
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    if rate.is_none() {
        rate = shared.limiter.peek(&buckets, Instant::now());
    }
    let status = reply.status;
    let response = to_response(reply, shared.rate_limit, rate.as_ref());
    shared.recorded.push(RecordedRequest {
        method,
        path,
        query,
        headers,
        body: kept_body,
        status,
    });
    response
}

/// Runs an authenticated request's operation under the state lock (a new account needs no
/// key: the account CA comes with its first Akamai-signed certificate).
async fn dispatch(
    shared: &Arc<Shared>,
    (method, path, query): (&str, &str, &str),
    content_type: Option<&str>,
    body: &[u8],
) -> Reply {
    let (op, account) = match routes::route(method, path, query, content_type, body) {
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
    let max_accounts = shared.limits.max_accounts;
    let job = tokio::task::spawn_blocking(move || {
        store.transact(&init, |state| {
            let out = lifecycle::apply_limited(state, &account, op, &clock, max_accounts);
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
/// written to `cert_out` (0600, never through a symbolic link; see `files.rs`).
pub fn tls_acceptor(cert_out: &std::path::Path) -> Result<tokio_rustls::TlsAcceptor, Error> {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let (pem, der, key) = super::x509::tls_server_identity().map_err(Error::Tls)?;
    if let Some(dir) = cert_out.parent().filter(|d| !d.as_os_str().is_empty()) {
        super::files::create_dirs(dir).map_err(|source| Error::File {
            what: "cannot create",
            path: dir.to_path_buf(),
            source,
        })?;
    }
    super::files::write_private(cert_out, pem.as_bytes()).map_err(|source| Error::File {
        what: "cannot write the sandbox TLS certificate to",
        path: cert_out.to_path_buf(),
        source,
    })?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(der)],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
        )
        .map_err(|e| Error::Tls(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}
