//! A loopback server that misbehaves on purpose, on raw TCP, for the client's defences.
//!
//! - one thread accepting on 127.0.0.1:0 and one per connection; every connection is counted
//!   (so a test can prove that nothing reached it) and every request head it reads recorded;
//! - the test's handler writes exactly the bytes it wants: bodies that never end or trickle
//!   in, a Content-Length that lies, redirects to elsewhere, 3xx without Location;
//! - [`Hostile::tls_self_signed`] speaks the same over TLS with a fresh self-signed
//!   certificate for 127.0.0.1 (rustls, blocking; its PEM for `--ca-cert` in [`Hostile::cert_pem`]);
//! - no signature checks: what it answers does not depend on the request (the mock in
//!   `server.rs` covers signing);
//! - stopped when dropped: writers see the stop flag or the client leaving, every thread is
//!   joined.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// A request head as it arrived (and its Content-Length body).
#[derive(Debug, Clone)]
pub struct Head {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Head {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

type Handler = Box<dyn Fn(&mut Conn) + Send + Sync>;

struct Shared {
    connections: AtomicUsize,
    requests: Mutex<Vec<Head>>,
    stop: AtomicBool,
    workers: Mutex<Vec<JoinHandle<()>>>,
    handler: Handler,
    tls: Option<Arc<rustls::ServerConfig>>,
}

enum Stream {
    Plain(TcpStream),
    Tls(Box<rustls::StreamOwned<rustls::ServerConnection, TcpStream>>),
}

impl Stream {
    fn tcp(&self) -> &TcpStream {
        match self {
            Stream::Plain(s) => s,
            Stream::Tls(t) => &t.sock,
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.read(buf),
            Stream::Tls(t) => t.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(s) => s.write(buf),
            Stream::Tls(t) => t.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Stream::Plain(s) => s.flush(),
            Stream::Tls(t) => t.flush(),
        }
    }
}

/// One accepted connection, handed to the handler.
pub struct Conn {
    stream: Stream,
    shared: Arc<Shared>,
    /// 0 for the first connection the server accepted, 1 for the next, …
    pub index: usize,
}

impl Conn {
    /// Reads one request (head and Content-Length body) and records it; `None` when the
    /// client left first.
    pub fn read_request(&mut self) -> Option<Head> {
        let _ = self
            .stream
            .tcp()
            .set_read_timeout(Some(Duration::from_secs(10)));
        let mut buf = Vec::new();
        let mut chunk = [0u8; 8192];
        let end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i;
            }
            let n = self.stream.read(&mut chunk).ok()?;
            if n == 0 {
                return None;
            }
            buf.extend_from_slice(&chunk[..n]);
        };
        let text = String::from_utf8_lossy(&buf[..end]).to_string();
        let mut lines = text.split("\r\n");
        let mut first = lines.next()?.split(' ');
        let method = first.next()?.to_string();
        let target = first.next()?.to_string();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = buf[end + 4..].to_vec();
        while body.len() < len {
            let n = self.stream.read(&mut chunk).ok()?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
        let head = Head {
            method,
            target,
            headers,
            body,
        };
        self.shared.requests.lock().unwrap().push(head.clone());
        Some(head)
    }

    /// Writes all of `bytes`; `false` once the client is gone or the server is stopping.
    pub fn write(&mut self, bytes: &[u8]) -> bool {
        let _ = self
            .stream
            .tcp()
            .set_write_timeout(Some(Duration::from_millis(100)));
        let mut rest = bytes;
        while !rest.is_empty() {
            if self.stopped() {
                return false;
            }
            match self.stream.write(rest) {
                Ok(0) => return false,
                Ok(n) => rest = &rest[n..],
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(_) => return false,
            }
        }
        self.stream.flush().is_ok()
    }

    /// Waits `d`, in small steps; `false` if the server is stopping meanwhile.
    pub fn sleep(&self, d: Duration) -> bool {
        let step = Duration::from_millis(20);
        let mut left = d;
        while !left.is_zero() {
            if self.stopped() {
                return false;
            }
            let s = left.min(step);
            std::thread::sleep(s);
            left -= s;
        }
        !self.stopped()
    }

    /// Keeps the connection open, reading nothing more, until the client leaves or the
    /// server stops.
    pub fn hold(&mut self) {
        let _ = self
            .stream
            .tcp()
            .set_read_timeout(Some(Duration::from_millis(20)));
        let mut b = [0u8; 512];
        while !self.stopped() {
            match self.stream.read(&mut b) {
                Ok(0) => return,
                Ok(_) => {}
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(_) => return,
            }
        }
    }

    pub fn stopped(&self) -> bool {
        self.shared.stop.load(Ordering::SeqCst)
    }
}

pub struct Hostile {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: Option<JoinHandle<()>>,
    cert_pem: Option<String>,
}

impl Hostile {
    /// A server running `handler` on every connection it accepts.
    pub fn start(handler: impl Fn(&mut Conn) + Send + Sync + 'static) -> Hostile {
        Hostile::spawn(Box::new(handler), None)
    }

    /// A server that answers every request with the same raw bytes, then closes.
    pub fn answer(raw: Vec<u8>) -> Hostile {
        Hostile::start(move |c| {
            if c.read_request().is_some() {
                c.write(&raw);
            }
        })
    }

    /// A server that only counts connections and closes them (the "elsewhere" of a redirect).
    pub fn counting() -> Hostile {
        Hostile::start(|_| {})
    }

    /// The same over TLS, with a certificate self-signed for 127.0.0.1 and localhost: a
    /// client that does not trust [`Hostile::cert_pem`] fails the handshake in
    /// `read_request` (which then returns `None`).
    pub fn tls_self_signed(handler: impl Fn(&mut Conn) + Send + Sync + 'static) -> Hostile {
        use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
        let ck = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()])
            .unwrap();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(ck.signing_key.serialize_der()));
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![CertificateDer::from(ck.cert.der().to_vec())], key)
            .unwrap();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        let mut h = Hostile::spawn(Box::new(handler), Some(Arc::new(config)));
        h.cert_pem = Some(ck.cert.pem());
        h
    }

    /// The PEM of a [`Hostile::tls_self_signed`] server's certificate.
    pub fn cert_pem(&self) -> &str {
        self.cert_pem.as_deref().expect("a TLS server")
    }

    fn spawn(handler: Handler, tls: Option<Arc<rustls::ServerConfig>>) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared {
            connections: AtomicUsize::new(0),
            requests: Mutex::new(Vec::new()),
            stop: AtomicBool::new(false),
            workers: Mutex::new(Vec::new()),
            handler,
            tls,
        });
        let s = shared.clone();
        let accept = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if s.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let index = s.connections.fetch_add(1, Ordering::SeqCst);
                let s2 = s.clone();
                let h = std::thread::spawn(move || serve(stream, s2, index));
                s.workers.lock().unwrap().push(h);
            }
        });
        Hostile {
            addr,
            shared,
            accept: Some(accept),
            cert_pem: None,
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT` (`https://…` for a TLS server)
    pub fn base_url(&self) -> String {
        let scheme = if self.cert_pem.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.addr)
    }

    /// How many connections were accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// The request heads read so far.
    pub fn requests(&self) -> Vec<Head> {
        self.shared.requests.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, shared: Arc<Shared>, index: usize) {
    let stream = match shared.tls.clone() {
        Some(config) => match rustls::ServerConnection::new(config) {
            Ok(tls) => Stream::Tls(Box::new(rustls::StreamOwned::new(tls, stream))),
            Err(_) => return,
        },
        None => Stream::Plain(stream),
    };
    let mut conn = Conn {
        stream,
        shared: shared.clone(),
        index,
    };
    (shared.handler)(&mut conn);
    if let Stream::Tls(t) = &mut conn.stream {
        t.conn.send_close_notify();
        let _ = t.flush();
    }
    let _ = conn.stream.flush();
    let _ = conn.stream.tcp().shutdown(std::net::Shutdown::Both);
}

impl Drop for Hostile {
    fn drop(&mut self) {
        // The wake-up connection is not counted as a client: the loop stops before counting.
        super::server::stop_server(
            &self.shared.stop,
            self.addr,
            self.accept.take(),
            &self.shared.workers,
        );
    }
}

/// The head of an HTTP/1.1 answer: status line, these headers, `Connection: close`, blank
/// line. Nothing is added: a body's length is whatever the test says (or nothing).
pub fn head(status: &str, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut h = format!("HTTP/1.1 {status}\r\n");
    for (k, v) in headers {
        h.push_str(&format!("{k}: {v}\r\n"));
    }
    h.push_str("Connection: close\r\n\r\n");
    h.into_bytes()
}

/// A complete answer with a Content-Length body.
pub fn answer(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let len = body.len().to_string();
    let mut all: Vec<(&str, &str)> = headers.to_vec();
    all.push(("Content-Length", &len));
    let mut out = head(status, &all);
    out.extend_from_slice(body);
    out
}
