//! The HTTP side: accept loop, optional TLS, and the per-request pipeline.
//!
//! Rules:
//! - one tokio task accepts connections and spawns one task per connection (HTTP/1.1 via
//!   hyper 1); shutdown stops accepting and aborts open connections;
//! - nothing a client sends is held without a bound (see [`crate::Limits`]): at most
//!   `max_connections` connections are open (a new one beyond closes the one that has
//!   waited longest for its request head or body, since a well-behaved client sends both
//!   at once; when every connection is busy with an operation the new one is closed); a
//!   TLS handshake, a request head (and an idle keep-alive gap) and a body each have a
//!   deadline; a head holds at most [`MAX_HEAD`] bytes, a body [`MAX_BODY`], and the bodies
//!   being read hold at most `max_body_readers` × [`MAX_BODY`] bytes together, counted as
//!   they arrive (503 beyond): a client sending its body slowly holds only what it sent;
//! - every accepted socket has `TCP_NODELAY` set (no Nagle wait for a delayed ACK);
//! - each request goes through, in order: the API its path belongs to (`api.rs`; none is
//!   a 404 once authenticated) → fail injection (503 for a `fail_rate` share, before
//!   anything else) → the authentication checks that need no body, by the API's scheme
//!   (EdgeGrid: header, tokens, timestamp; bearer: the token or email and key), 401 (or
//!   the token API's own refusal) and the body is never read → body read (413, 408,
//!   503) → EdgeGrid signature and nonce (401) → rate limit, per account and per
//!   credential (429) → the API's routing and checks (404, 405, 406,
//!   415, 400) → its operation, under the state lock in `spawn_blocking`, on the account
//!   made first when new (403 beyond the limit) → `latency` sleep → answer. The pipeline's
//!   own refusals are shaped by the API (`Api::refuse`);
//! - every answer carries `X-RateLimit-Limit`/`X-RateLimit-Remaining` when a limit is set,
//!   plus `X-RateLimit-Next` on a 429; every request is recorded with the
//!   status it got, its body only when it was authenticated; the log is bounded in entries
//!   and in bytes (the oldest go first);
//! - a failure of the state file (unreadable, corrupt, unwritable, lock not obtained in
//!   time) is a 500 whose detail is the error naming the file; a change that would make it
//!   larger than `max_state_bytes` is a 507 and is not made.

use super::account;
use super::api::{Api, Auth, Refusal, Request};
use super::bearer::{BearerVerifier, Presented, Principal};
use super::edgegrid::Verifier;
use super::problem::{self, Reply};
use super::rate::{self, RateDecision, RateLimiter};
use super::recorder::Recorder;
use super::request;
use super::store::{State, StateError, Store};
use crate::{Limits, RecordedRequest};
use http_body_util::{BodyExt, Full};
use hyper::body::{Body as _, Bytes};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use time::OffsetDateTime;

/// Largest request body accepted.
pub const MAX_BODY: usize = 1 << 20;

/// Largest request head (hyper's read buffer; hyper's floor is 8 KiB).
pub const MAX_HEAD: usize = 64 << 10;

/// What makes the state a missing state file starts from.
pub type Init = Arc<dyn Fn() -> Result<State, String> + Send + Sync>;

/// Everything a request handler needs.
pub struct Shared {
    pub store: Store,
    /// The APIs served ([`super::api::registry`]).
    pub apis: Vec<Box<dyn Api>>,
    pub edgegrid: Verifier,
    pub bearer: BearerVerifier,
    pub limiter: RateLimiter,
    pub rate_limit: u32,
    pub latency: Duration,
    pub fail_rate: f64,
    pub init: Init,
    pub recorded: Arc<Recorder>,
    /// Bytes of request bodies held at once, one permit a byte (`max_body_readers` ×
    /// [`MAX_BODY`]).
    pub body_budget: Arc<tokio::sync::Semaphore>,
    pub limits: Limits,
}

impl Shared {
    /// The API a path belongs to.
    fn api(&self, path: &str) -> Option<&dyn Api> {
        self.apis.iter().find(|a| a.handles(path)).map(|a| &**a)
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

/// Reads a body within the limits: at most [`MAX_BODY`] bytes, within `body_timeout`, and
/// only the bytes that fit in the bodies' shared budget (503 beyond). The budget is taken
/// as bytes arrive, never for bytes announced: a client that dribbles its body holds only
/// what it has sent, so slow clients cannot take the room a good one needs. A refusal is
/// shaped by `refuse`.
async fn read_body(
    shared: &Shared,
    mut body: hyper::body::Incoming,
    refuse: &(dyn Fn(Refusal<'_>) -> Reply + Sync),
) -> Result<Vec<u8>, Reply> {
    if body.is_end_stream() {
        return Ok(Vec::new());
    }
    if body.size_hint().lower() > MAX_BODY as u64 {
        return Err(refuse(Refusal::TooLarge(MAX_BODY)));
    }
    let limit = shared.limits.body_timeout;
    let deadline = tokio::time::Instant::now() + limit;
    let mut held: Option<tokio::sync::OwnedSemaphorePermit> = None;
    let mut bytes = Vec::new();
    loop {
        let frame = match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => return Err(refuse(Refusal::BodyTimeout(limit))),
            Ok(None) => return Ok(bytes),
            Ok(Some(Err(e))) => return Err(refuse(Refusal::UnreadableBody(&e.to_string()))),
            Ok(Some(Ok(f))) => f,
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        if bytes.len() + data.len() > MAX_BODY {
            return Err(refuse(Refusal::TooLarge(MAX_BODY)));
        }
        let n = u32::try_from(data.len()).unwrap_or(u32::MAX);
        let Ok(more) = shared.body_budget.clone().try_acquire_many_owned(n) else {
            return Err(refuse(Refusal::Busy));
        };
        match held.as_mut() {
            Some(p) => p.merge(more),
            None => held = Some(more),
        }
        bytes.extend_from_slice(&data);
    }
}

/// The request's parts the pipeline reads, owned.
struct Head {
    method: String,
    path: String,
    query: String,
    path_and_query: String,
    headers: Vec<(String, String)>,
}

impl Head {
    fn of(parts: &hyper::http::request::Parts) -> Head {
        let path = parts.uri.path().to_string();
        Head {
            method: parts.method.as_str().to_string(),
            query: parts.uri.query().unwrap_or("").to_string(),
            path_and_query: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| path.clone()),
            path,
            headers: parts
                .headers
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// How a request authenticates before its body is read: EdgeGrid leaves the signature to
/// check once the body is in; a bearer token is checked whole.
enum Admission {
    EdgeGrid(edgegrid::AuthFields),
    Bearer(Principal),
}

impl Shared {
    /// The checks that need no body, for the scheme the API declares (EdgeGrid for a path
    /// no API serves, so an unsigned request learns nothing of the paths).
    fn admit(
        &self,
        auth: Auth,
        head: &Head,
        refuse: &dyn Fn(Refusal<'_>) -> Reply,
    ) -> Result<Admission, Reply> {
        let authorization = head.header("authorization");
        match auth {
            Auth::EdgeGrid => self
                .edgegrid
                .precheck(authorization, OffsetDateTime::now_utc())
                .map(Admission::EdgeGrid),
            Auth::Bearer => {
                let presented = Presented {
                    authorization,
                    email: head.header("x-auth-email"),
                    key: head.header("x-auth-key"),
                };
                self.bearer
                    .identify(presented)
                    .map(Admission::Bearer)
                    .map_err(|d| refuse(Refusal::Denied(&d)))
            }
        }
    }

    /// The checks that need the body.
    fn verify(
        &self,
        fields: Option<edgegrid::AuthFields>,
        head: &Head,
        body: &[u8],
    ) -> Result<(), Reply> {
        let Some(fields) = fields else {
            return Ok(());
        };
        let header_refs: Vec<(&str, &str)> = head
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let request = edgegrid::Request {
            method: &head.method,
            scheme: self.edgegrid.scheme(),
            host: head.header("host").unwrap_or(""),
            path_and_query: &head.path_and_query,
            headers: &header_refs,
            body,
        };
        self.edgegrid.verify(fields, &request)
    }

    /// The rate-limit buckets a request takes from: its account's and its credential's.
    fn buckets(&self, auth: Auth, query: &str) -> [String; 2] {
        let credential = match auth {
            Auth::EdgeGrid => self.edgegrid.client_token(),
            Auth::Bearer => "bearer",
        };
        [
            RateLimiter::account_key(&request::account_key(query)),
            RateLimiter::credential_key(credential),
        ]
    }
}

async fn handle(
    shared: &Arc<Shared>,
    conn: &ConnState,
    req: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let head = Head::of(&parts);
    let api = shared.api(&head.path);
    let refuse = |r: Refusal<'_>| api.map_or_else(|| problem::gateway(r), |a| a.refuse(r));
    let auth = api.map_or(Auth::EdgeGrid, |a| a.auth());
    let buckets = shared.buckets(auth, &head.query);
    let buckets = [buckets[0].as_str(), buckets[1].as_str()];

    let mut rate = None;
    let mut kept_body = Vec::new();
    let reply = 'reply: {
        if shared.fail_rate > 0.0 && fastrand::f64() < shared.fail_rate {
            break 'reply refuse(Refusal::Unavailable);
        }
        let admission = match shared.admit(auth, &head, &refuse) {
            Ok(a) => a,
            Err(r) => break 'reply r, // the body is never read
        };
        let body = match read_body(shared, body, &refuse).await {
            Ok(b) => b,
            Err(r) => break 'reply r,
        };
        let (fields, principal) = match admission {
            Admission::EdgeGrid(f) => (Some(f), None),
            Admission::Bearer(p) => (None, Some(p)),
        };
        if let Err(r) = shared.verify(fields, &head, &body) {
            break 'reply r;
        }
        conn.work();
        rate = shared.limiter.take(&buckets, Instant::now());
        kept_body = body;
        if let Some(d) = rate.as_ref().filter(|d| !d.allowed) {
            let wait = d.next_in.unwrap_or_default();
            let next = OffsetDateTime::now_utc() + wait;
            let limit = shared.rate_limit;
            break 'reply refuse(Refusal::RateLimited { next, wait, limit });
        }
        let Some(api) = api else {
            let prefixes: Vec<&str> = shared.apis.iter().map(|a| a.prefix()).collect();
            break 'reply problem::no_such_api(&head.path, &prefixes);
        };
        let request = Request {
            method: &head.method,
            path: &head.path,
            query: &head.query,
            content_type: head.header("content-type"),
            accept: head.header("accept"),
            body: &kept_body,
            now: OffsetDateTime::now_utc(),
            principal: principal.as_ref(),
        };
        dispatch(shared, api, &request).await
    };
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    if rate.is_none() {
        rate = shared.limiter.peek(&buckets, Instant::now());
    }
    let status = reply.status;
    let response = to_response(reply, shared.rate_limit, rate.as_ref());
    let Head {
        method,
        path,
        query,
        headers,
        ..
    } = head;
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

/// Routes an authenticated request, then runs its operation under the state lock (in
/// `spawn_blocking`: the runtime may be a current_thread one shared with the client) on
/// its account, made first when it is new.
async fn dispatch(shared: &Arc<Shared>, api: &dyn Api, req: &Request<'_>) -> Reply {
    let op = match api.route(req) {
        Ok(op) => op,
        Err(r) => return r,
    };
    let key = request::account_key(req.query);
    let store = shared.store.clone();
    let init = shared.init.clone();
    let max_accounts = shared.limits.max_accounts;
    let job = tokio::task::spawn_blocking(move || {
        store.transact(&*init, |state| {
            match account::open(state, &key, max_accounts) {
                Err(detail) => (Err(detail), false),
                Ok(created) => {
                    let out = op(state, &key);
                    (Ok(out.reply), out.changed || created)
                }
            }
        })
    });
    match job.await {
        Ok(Ok(Ok(reply))) => reply,
        Ok(Ok(Err(detail))) => api.refuse(Refusal::TooManyAccounts(&detail)),
        Ok(Err(e @ StateError::TooLarge { .. })) => api.refuse(Refusal::StateFull(&e.to_string())),
        Ok(Err(e)) => api.refuse(Refusal::Internal(&e.to_string())),
        Err(e) => api.refuse(Refusal::Internal(&format!(
            "the sandbox operation failed: {e}"
        ))),
    }
}

fn to_response(
    reply: Reply,
    limit: u32,
    rate: Option<&RateDecision>,
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
        // When the next token comes is said to a refused request only, as the APIs do.
        let refused = reply.status == 429;
        if let Some(next) = rate.and_then(|d| d.next_in).filter(|_| refused) {
            let at = OffsetDateTime::now_utc() + next;
            b = b.header("X-RateLimit-Next", rate::fmt_millis(at));
        }
    }
    b.body(Full::new(Bytes::from(body))).unwrap_or_else(|_| {
        let mut r = hyper::Response::new(Full::new(Bytes::new()));
        *r.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
}
