//! A loopback mock of the MOKS API, one per test, on 127.0.0.1:0.
//!
//! - std `TcpListener`, one thread accepting and one thread per connection; HTTP/1.1 with
//!   `Content-Length` bodies, every answer `Connection: close`;
//! - records every request: method, raw path, raw query, headers, body bytes;
//! - answers from a script (a queue of [`Reply`]s, or a closure);
//! - verifies each request's EdgeGrid signature with `common::edgegrid` (not `moks::edgegrid`);
//!   a bad one is answered 401 problem+json and recorded, and [`MockServer::requests`] fails the
//!   test if any signature failed;
//! - is stopped when dropped: the accept thread is woken and joined, connection threads joined
//!   (a [`Reply::hang`] ends as soon as the client goes away or the server stops).

use std::collections::VecDeque;
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::Value;

use super::edgegrid::{self, Creds};
use super::fixture;

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The raw path, percent-encoding untouched.
    pub path: String,
    /// The raw query (after `?`), `None` when there was no `?`.
    pub query: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The signature check: `Ok(nonce)` or why it failed.
    pub signature: Result<String, String>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn has_header(&self, name: &str) -> bool {
        self.header(name).is_some()
    }

    /// The body parsed as JSON (panics when it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "request body is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// The body as compact JSON text, key order as sent.
    pub fn body_text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }

    /// The query decoded into (name, value) pairs, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        match &self.query {
            None => vec![],
            Some(q) => url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect(),
        }
    }

    /// `METHOD path[?query]`, for compact assertions.
    pub fn line(&self) -> String {
        match &self.query {
            Some(q) => format!("{} {}?{q}", self.method, self.path),
            None => format!("{} {}", self.method, self.path),
        }
    }

    pub fn nonce(&self) -> &str {
        self.signature.as_deref().expect("signature verified")
    }
}

/// One scripted answer.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Never answer (for timeouts).
    pub hang: bool,
}

impl Reply {
    pub fn json(status: u16, body: &Value) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: serde_json::to_vec(body).unwrap(),
            hang: false,
        }
    }

    /// A body sent byte for byte as given (for "printed unchanged" checks).
    pub fn raw(status: u16, content_type: &str, body: &str) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
            hang: false,
        }
    }

    pub fn problem(status: u16, body: &Value) -> Reply {
        Reply {
            headers: vec![("Content-Type".into(), "application/problem+json".into())],
            ..Reply::json(status, body)
        }
    }

    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            headers: vec![],
            body: vec![],
            hang: false,
        }
    }

    pub fn hang() -> Reply {
        Reply {
            hang: true,
            ..Reply::empty(200)
        }
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Responder = Box<dyn FnMut(&Request) -> Reply + Send>;

struct Shared {
    requests: Mutex<Vec<Request>>,
    responder: Mutex<Responder>,
    stop: AtomicBool,
    workers: Mutex<Vec<JoinHandle<()>>>,
    creds: Creds,
}

pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: Option<JoinHandle<()>>,
}

impl MockServer {
    /// A server answering with `responder`.
    pub fn start(responder: impl FnMut(&Request) -> Reply + Send + 'static) -> MockServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared {
            requests: Mutex::new(Vec::new()),
            responder: Mutex::new(Box::new(responder)),
            stop: AtomicBool::new(false),
            workers: Mutex::new(Vec::new()),
            creds: fixture::creds(),
        });
        let s = shared.clone();
        let accept = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if s.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let s2 = s.clone();
                let h = std::thread::spawn(move || handle(stream, &s2));
                s.workers.lock().unwrap().push(h);
            }
        });
        MockServer {
            addr,
            shared,
            accept: Some(accept),
        }
    }

    /// A server answering the requests in order with `replies`; any request beyond them is
    /// answered 418 (a 4xx no client retries), so an unexpected call shows up in the test.
    pub fn replies(replies: Vec<Reply>) -> MockServer {
        let mut queue: VecDeque<Reply> = replies.into();
        MockServer::start(move |req| {
            queue.pop_front().unwrap_or_else(|| {
                Reply::problem(
                    418,
                    &serde_json::json!({"title": "unexpected request", "detail": req.line()}),
                )
            })
        })
    }

    /// A server answering every request with the same reply.
    pub fn always(reply: Reply) -> MockServer {
        MockServer::start(move |_| reply.clone())
    }

    /// A server answering each `GET …/versions` (the list a rotate or a delete reads first)
    /// with [`fixture::two_deployed_versions`], and every other request with `reply`.
    pub fn after_versions(reply: Reply) -> MockServer {
        MockServer::start(move |req| {
            if req.method == "GET" && req.path.ends_with("/versions") {
                Reply::json(200, &fixture::two_deployed_versions())
            } else {
                reply.clone()
            }
        })
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT`, the .edgerc `host`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Everything received so far; fails the test if any request's signature did not verify.
    pub fn requests(&self) -> Vec<Request> {
        let reqs = self.requests_unchecked();
        let bad: Vec<String> = reqs
            .iter()
            .filter_map(|r| {
                r.signature
                    .as_ref()
                    .err()
                    .map(|e| format!("{}: {e}", r.line()))
            })
            .collect();
        assert!(bad.is_empty(), "EdgeGrid signature failures: {bad:#?}");
        reqs
    }

    pub fn requests_unchecked(&self) -> Vec<Request> {
        self.shared.requests.lock().unwrap().clone()
    }

    /// The one request received (fails unless exactly one arrived).
    pub fn only_request(&self) -> Request {
        let reqs = self.requests();
        let lines: Vec<String> = reqs.iter().map(Request::line).collect();
        assert_eq!(reqs.len(), 1, "expected exactly one request, got {lines:?}");
        reqs.into_iter().next().unwrap()
    }

    /// `METHOD path?query` of every request, in order.
    pub fn lines(&self) -> Vec<String> {
        self.requests().iter().map(Request::line).collect()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        stop_server(
            &self.shared.stop,
            self.addr,
            self.accept.take(),
            &self.shared.workers,
        );
    }
}

/// Stops a loopback server of the harness: sets its `stop` flag, wakes its accept loop
/// (which then sees the flag before taking the connection as a client), and joins that loop
/// and the `workers` serving connections.
pub(crate) fn stop_server(
    stop: &AtomicBool,
    addr: SocketAddr,
    accept: Option<JoinHandle<()>>,
    workers: &Mutex<Vec<JoinHandle<()>>>,
) {
    stop.store(true, Ordering::SeqCst);
    let _ = TcpStream::connect_timeout(&addr, Duration::from_secs(1));
    if let Some(h) = accept {
        let _ = h.join();
    }
    let workers: Vec<JoinHandle<()>> = workers.lock().unwrap().drain(..).collect();
    for w in workers {
        let _ = w.join();
    }
}

/// Method, target, headers, body.
type RawRequest = (String, String, Vec<(String, String)>, Vec<u8>);

/// Reads one request; `None` if the peer closed or sent garbage (the stop wake-up).
fn read_request(stream: &mut TcpStream) -> Option<RawRequest> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let request_line = lines.next()?;
    let mut parts = request_line.split(' ');
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    assert!(
        !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("transfer-encoding")),
        "the mock expects Content-Length bodies"
    );
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < len {
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some((method, target, headers, body))
}

fn reason(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Status")
}

fn write_reply(stream: &mut TcpStream, reply: &Reply) {
    let mut head = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if reply.status != 204 {
        head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    head.push_str("Connection: close\r\n\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&reply.body);
    let _ = stream.flush();
    let _ = stream.shutdown(std::net::Shutdown::Write);
}

/// Holds the connection open without answering until the client leaves or the server stops.
fn hang(stream: &mut TcpStream, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(Duration::from_millis(20)));
    let mut b = [0u8; 256];
    while !shared.stop.load(Ordering::SeqCst) {
        match stream.read(&mut b) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
    }
}

fn handle(mut stream: TcpStream, shared: &Shared) {
    let Some((method, target, headers, body)) = read_request(&mut stream) else {
        return;
    };
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (target.clone(), None),
    };
    let host = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("host"))
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let auth = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
        .map(|(_, v)| v.as_str());
    let signature =
        // The mock serves plain http, so a correct signer signs the scheme `http`.
        edgegrid::verify(&shared.creds, "http", &method, &host, &target, &body, auth).map(|a| a.nonce);
    let req = Request {
        method,
        path,
        query,
        headers,
        body,
        signature,
    };
    shared.requests.lock().unwrap().push(req.clone());
    let reply = if req.signature.is_err() {
        Reply::problem(
            401,
            &serde_json::json!({
                "type": "https://problems.luna.akamaiapis.net/-/pep-authn/request-error",
                "title": "Bad request",
                "status": 401,
                "detail": "The signature does not match",
                "instance": "https://akab-mock.luna.akamaiapis.net/mtls-origin-keystore/v1"
            }),
        )
    } else {
        (shared.responder.lock().unwrap())(&req)
    };
    if reply.hang {
        hang(&mut stream, shared);
    } else {
        write_reply(&mut stream, &reply);
    }
}
