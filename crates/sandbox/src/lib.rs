//! The sandbox: a stateful emulator of Akamai's mTLS Origin Keystore (MOKS), Edge
//! Truststore and Certificate Provisioning System (CPS) APIs and of Cloudflare's zone client
//! certificates, served over HTTP (or HTTPS) on loopback, for `moks sandbox serve`, `moks
//! --sandbox` and the tests. `core/` is what every API shares (server pipeline, limits,
//! authentication, accounts, store); each API is a folder (`moks/`, `truststore/`, `cps/`,
//! `cloudflare/`) registered in `core/api.rs`.
//!
//! Rules:
//! - this file is the public API ([`Sandbox`], [`Options`], [`StateLocation`],
//!   [`default_credentials`], [`default_state_path`], [`reset`]); everything else is
//!   private to the crate (the rules it shares with the CLI live in `moks-model`);
//! - [`Sandbox::start`] initialises (or validates) the state, binds, spawns the server task
//!   on the current tokio runtime and returns; a corrupt or unreadable state file makes it
//!   fail with an error naming the file;
//! - the sandbox never prints: callers decide what to show;
//! - the default tokens ([`default_credentials`], and Cloudflare's [`CLOUDFLARE_TOKEN`],
//!   [`CLOUDFLARE_READ_TOKEN`], [`CLOUDFLARE_EMAIL`] with [`CLOUDFLARE_API_KEY`]) are public
//!   and documented; they protect nothing and exist so every request is really signed (or
//!   authenticated) and verified;
//! - everything a client can make it hold is bounded ([`Limits`]): open connections,
//!   request heads, bodies and TLS handshakes (in size and in time), the bytes of bodies
//!   being read,
//!   the request log (in entries and bytes; bodies only of authenticated requests), the
//!   accounts, the rate-limit buckets and the nonces;
//! - the files it writes are private to the user and never reached through a symbolic link
//!   (see `files.rs`).
//!
//! Sources: the MOKS reference (`docs/reference/moks.md`) and Akamai's PowerShell guide "Manage
//! client certificates" (the seed); where they disagree the guide is followed, and the code says so
//! where it matters. Sandbox-specific choices where both are silent: each `accountSwitchKey`
//! is a separate account (own CA, own certificates; no key = the seeded default account; at
//! most [`Limits::max_accounts`] of them), the rate limit applies per account and per
//! credential (so switching keys does not multiply it), rate buckets and seen nonces live per
//! sandbox instance (not in the state file), and a name
//! held by a certificate whose versions are all DELETE_PENDING is refused as a duplicate.

mod cloudflare;
mod core;
mod cps;
mod moks;
mod truststore;

pub use crate::core::files::{RunDir, DIR_MODE, FILE_MODE};
use crate::core::{api, bearer, rate, recorder, server, store as state, tls};
/// Cloudflare's credentials, clocks and limits ([`Options::cloudflare`]), and its fixed
/// public sandbox credentials.
pub use cloudflare::{
    Config as CloudflareConfig, CLOUDFLARE_API_KEY, CLOUDFLARE_EMAIL, CLOUDFLARE_READ_TOKEN,
    CLOUDFLARE_TOKEN,
};
/// CPS's clocks and knobs ([`Options::cps`]).
pub use cps::Config as CpsConfig;
pub use state::StateError;
/// The Edge Truststore's limits and request delay ([`Options::truststore`]).
pub use truststore::Config as TruststoreConfig;
/// Edge Truststore requests made to fail, per network ([`TruststoreConfig::failures`]).
pub use truststore::Failures as TruststoreFailures;

/// Why a sandbox could not start or be reset. Every variant is a configuration problem of the
/// caller's (an address, a state file, a directory), never a bug in the request handling;
/// [`Error::hints`] says what the user can do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The listen address cannot be bound (in use, not local, not permitted).
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    /// The state file is unreadable, corrupt, unsafe, or its lock could not be had.
    #[error(transparent)]
    State(#[from] StateError),
    /// A file the sandbox needs (state, lock, TLS certificate) cannot be written or deleted.
    #[error("{what} {}: {source}", path.display())]
    File {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    /// The TLS identity could not be made.
    #[error("cannot set up the sandbox's TLS: {0}")]
    Tls(String),
}

impl Error {
    /// What the user can do about it (`hint:` lines).
    pub fn hints(&self) -> Vec<String> {
        match self {
            Error::Listen { .. } => {
                vec!["pick another address with --listen, or port 0 for a free one".into()]
            }
            Error::State(StateError::Unsafe { path, .. }) => vec![format!(
                "use a regular file of yours that only you can write (chmod 600 {}), or start over with: moks sandbox reset",
                path.display()
            )],
            Error::State(StateError::LockTimeout { .. }) => vec![
                "let the other moks finish, or wait longer with MOKS_SANDBOX_LOCK_TIMEOUT (e.g. 2m)"
                    .into(),
            ],
            Error::State(_) => vec![
                "fix or move the file, or start over with: moks sandbox reset (it deletes the file)"
                    .into(),
            ],
            Error::File { .. } | Error::Tls(_) => vec![],
        }
    }
}

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Seed count used by `moks --sandbox` when it creates its state file.
pub const DEFAULT_SEED_FOR_SANDBOX_FLAG: u32 = 4;

/// How to run a sandbox.
#[derive(Debug, Clone)]
pub struct Options {
    /// Port 0 = ephemeral.
    pub listen: SocketAddr,
    pub state: StateLocation,
    /// `Some(path)`: serve HTTPS with a self-signed certificate for 127.0.0.1/localhost,
    /// whose PEM is written to `path`.
    pub tls_cert_out: Option<PathBuf>,
    /// DEPLOYMENT_PENDING → DEPLOYED after this long.
    pub deploy_delay: Duration,
    /// The lifecycle's other clocks (DELETE_PENDING window, Akamai-signed lifetime, CA
    /// generations), real-world values by default.
    pub timing: Timing,
    /// Token bucket per account; 0 = unlimited.
    pub rate_limit_per_minute: u32,
    /// Added before every answer.
    pub latency: std::time::Duration,
    /// Share (0.0..=1.0) of requests answered 503.
    pub fail_rate: f64,
    /// Example certificates created when the state is first initialised.
    pub seed: u32,
    /// The EdgeGrid tokens accepted (by the APIs that authenticate with EdgeGrid).
    pub credentials: edgegrid::Credentials,
    /// What a client can make the sandbox hold, and for how long.
    pub limits: Limits,
    /// Told when the state lock has been held by someone else for a while (the sandbox
    /// never prints).
    pub on_lock_wait: Option<fn(&str)>,
    /// The Edge Truststore's resource limits and how long its activations, deactivations
    /// and CA set deletions stay IN_PROGRESS.
    pub truststore: TruststoreConfig,
    /// Told how seeding goes when a new state is made: `(done, total)` example
    /// certificates, `(0, total)` first, then after each one (from a blocking thread).
    pub on_seed_progress: Option<fn(u32, u32)>,
    /// CPS's step delay, Let's Encrypt validation delay, five-minute rule, transient 409
    /// and request limits.
    pub cps: CpsConfig,
    /// Cloudflare's credentials, how long its pending statuses last, its rate limit and
    /// its zones.
    pub cloudflare: CloudflareConfig,
}

impl Options {
    /// A sandbox on `listen` (port 0 = ephemeral) keeping its state in `state`, otherwise
    /// plain: HTTP, no deployment delay, latency, failures or rate limit, no example
    /// certificates, the API's [`Timing`], the default tokens and [`Limits`], nobody told of lock waits. Change
    /// the rest with `Options { seed: 4, ..Options::new(listen, state) }`.
    pub fn new(listen: SocketAddr, state: StateLocation) -> Options {
        Options {
            listen,
            state,
            tls_cert_out: None,
            deploy_delay: Duration::ZERO,
            timing: Timing::default(),
            rate_limit_per_minute: 0,
            latency: Duration::ZERO,
            fail_rate: 0.0,
            seed: 0,
            credentials: default_credentials(),
            limits: Limits::default(),
            on_lock_wait: None,
            on_seed_progress: None,
            truststore: TruststoreConfig::default(),
            cps: CpsConfig::default(),
            cloudflare: CloudflareConfig::default(),
        }
    }
}

/// The bounds on what clients can make the sandbox hold. [`Limits::default`] is what
/// `sandbox serve` and `--sandbox` use.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Open connections; a new one beyond it makes room by closing the connection that has
    /// waited longest for its request head or body, else is closed at once.
    pub max_connections: usize,
    /// Time for a request head to arrive (also how long an idle keep-alive connection
    /// stays open).
    pub head_timeout: Duration,
    /// Time for a request body to arrive, from the end of its head (408 after).
    pub body_timeout: Duration,
    /// Time for a TLS handshake.
    pub tls_handshake_timeout: Duration,
    /// How many whole bodies ([`MAX_BODY`] each) the bodies being read may hold together;
    /// the bytes are counted as they arrive, so a slow client holds only what it has sent.
    /// Beyond, 503.
    pub max_body_readers: usize,
    /// Requests kept for [`Sandbox::requests`].
    pub max_recorded: usize,
    /// Bytes kept for [`Sandbox::requests`] (method, path, query, headers, bodies).
    pub max_recorded_bytes: usize,
    /// Accounts besides the default one (one per `accountSwitchKey`); beyond, 403.
    pub max_accounts: usize,
    /// The longest wait for the state file's lock.
    pub state_lock_timeout: Duration,
    /// The largest state file: a request whose change would make it larger is refused
    /// (507) and changes nothing.
    pub max_state_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_connections: 256,
            head_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            tls_handshake_timeout: Duration::from_secs(10),
            max_body_readers: 32,
            max_recorded: 10_000,
            max_recorded_bytes: 16 << 20,
            max_accounts: 100,
            state_lock_timeout: Duration::from_secs(30),
            max_state_bytes: MAX_STATE_BYTES,
        }
    }
}

/// How long the lifecycle's time-driven steps take. The defaults are the API's; tests and
/// demos shorten them to see the steps happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// How long a deleted DEPLOYED version stays DELETE_PENDING before it (and, when it was
    /// the last deployed one, the whole certificate) is gone. The guide: "up to 24 hours".
    pub delete_pending: Duration,
    /// Lifetime of an Akamai-signed version; when it expires the sandbox rotates the
    /// certificate itself. The guide: "their default lifespan is three months".
    pub akamai_lifetime: Duration,
    /// `Some(P)`: the account CA moves through its statuses: half a period after a CA
    /// generation becomes CURRENT the next one appears as QUALIFYING; a period after, the
    /// next one is CURRENT and this one PREVIOUS; two periods after, this one has EXPIRED.
    /// `None` (the default): the one CA stays CURRENT for its five years.
    pub ca_rotation: Option<Duration>,
}

impl Default for Timing {
    fn default() -> Timing {
        Timing {
            delete_pending: Duration::from_secs(24 * 3600),
            akamai_lifetime: Duration::from_secs(90 * 24 * 3600),
            ca_rotation: None,
        }
    }
}

/// The default bound on the state file (64 MiB: about 170 Edge Truststore versions of 300
/// certificates each, or tens of thousands of MOKS certificates).
pub const MAX_STATE_BYTES: usize = 64 << 20;

/// Largest request body accepted (413 beyond).
pub const MAX_BODY: usize = server::MAX_BODY;

/// Largest request head accepted (hyper's read buffer).
pub const MAX_HEAD: usize = server::MAX_HEAD;

/// Where the state lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateLocation {
    Memory,
    File(PathBuf),
}

/// One request as received, with the status it was answered with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string, without `?`; empty when there was none.
    pub query: String,
    /// Header names lower-case, in arrival order.
    pub headers: Vec<(String, String)>,
    /// The body of an authenticated request; empty for the others (their bodies are not
    /// kept, often not even read).
    pub body: Vec<u8>,
    pub status: u16,
}

/// A running sandbox.
pub struct Sandbox {
    addr: SocketAddr,
    tls_cert: Option<PathBuf>,
    recorded: Arc<recorder::Recorder>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Sandbox {
    /// Binds `opts.listen`, prepares the state, spawns the server and returns. A listen
    /// address that cannot be bound is a configuration error naming it.
    pub async fn start(opts: Options) -> Result<Sandbox, Error> {
        let listen_err = |source| Error::Listen {
            addr: opts.listen,
            source,
        };
        let listener = tokio::net::TcpListener::bind(opts.listen)
            .await
            .map_err(listen_err)?;
        let addr = listener.local_addr().map_err(listen_err)?;
        let store = match &opts.state {
            StateLocation::Memory => {
                state::Store::Memory(Arc::new(Mutex::new(state::State::empty())))
            }
            StateLocation::File(p) => {
                let mut fs = state::FileStore::new(
                    p.clone(),
                    opts.limits.state_lock_timeout,
                    opts.on_lock_wait,
                );
                fs.max_bytes = opts.limits.max_state_bytes;
                state::Store::File(fs)
            }
        };
        let recorded = Arc::new(recorder::Recorder::new(
            opts.limits.max_recorded,
            opts.limits.max_recorded_bytes,
        ));
        let (seed, progress) = (opts.seed, opts.on_seed_progress);
        let init: server::Init = Arc::new(move || {
            moks::seed::initial_state_told(seed, time::OffsetDateTime::now_utc(), progress)
        });
        let scheme = if opts.tls_cert_out.is_some() {
            "https"
        } else {
            "http"
        };
        let shared = Arc::new(server::Shared {
            store: store.clone(),
            apis: api::registry(&opts),
            edgegrid: crate::core::edgegrid::Verifier::new(opts.credentials.clone(), scheme),
            bearer: bearer::BearerVerifier::new(opts.cloudflare.credentials()),
            limiter: rate::RateLimiter::new(opts.rate_limit_per_minute),
            rate_limit: opts.rate_limit_per_minute,
            latency: opts.latency,
            fail_rate: opts.fail_rate.clamp(0.0, 1.0),
            init: init.clone(),
            recorded: recorded.clone(),
            body_budget: Arc::new(tokio::sync::Semaphore::new(
                opts.limits
                    .max_body_readers
                    .saturating_mul(MAX_BODY)
                    .min(tokio::sync::Semaphore::MAX_PERMITS),
            )),
            limits: opts.limits.clone(),
        });
        // Initialise (or validate) the state before serving anything; the initial state
        // (keys and certificates) is built outside the lock.
        tokio::task::spawn_blocking(move || store.prepare(|| init()))
            .await
            .map_err(|e| StateError::Init(format!("the initialisation task failed: {e}")))??;
        let tls = match &opts.tls_cert_out {
            Some(p) => Some(tls::tls_acceptor(p)?),
            None => None,
        };
        let (tx, rx) = tokio::sync::oneshot::channel();
        let task = tokio::spawn(server::serve(shared, listener, tls, rx));
        Ok(Sandbox {
            addr,
            tls_cert: opts.tls_cert_out,
            recorded,
            stop: Some(tx),
            task,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, or `https://…` with TLS.
    pub fn base_url(&self) -> String {
        let scheme = if self.tls_cert.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.addr)
    }

    pub fn tls_cert_path(&self) -> Option<&Path> {
        self.tls_cert.as_deref()
    }

    /// Every request received so far, in order (in a long-running sandbox, the last
    /// [`Limits::max_recorded`] that fit in [`Limits::max_recorded_bytes`]).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.recorded.snapshot()
    }

    /// Stops accepting, drops open connections and waits for the server task.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The sandbox's fixed, public tokens.
pub fn default_credentials() -> edgegrid::Credentials {
    edgegrid::Credentials {
        client_token: "akab-sandbox-client-token-0000000000".into(),
        client_secret: "c2FuZGJveC1zZWNyZXQtbm90LWEtc2VjcmV0PQ==".into(),
        access_token: "akab-sandbox-access-token-0000000000".into(),
        max_body: edgegrid::DEFAULT_MAX_BODY,
        headers_to_sign: Vec::new(),
    }
}

/// `<state dir>/moks/sandbox.json` (state dir, else local data dir, else home).
pub fn default_state_path() -> PathBuf {
    dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| PathBuf::from("."))
        .join("moks")
        .join("sandbox.json")
}

/// Deletes a state file and its lock file; `Ok(false)` when there was no state file.
pub fn reset(path: &Path) -> Result<bool, Error> {
    let remove = |what, p: &Path| match std::fs::remove_file(p) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(Error::File {
            what,
            path: p.to_path_buf(),
            source,
        }),
    };
    let existed = remove("cannot delete sandbox state file", path)?;
    remove("cannot delete sandbox lock file", &state::lock_path(path))?;
    Ok(existed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reset_reports_whether_there_was_state() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.json");
        assert!(!reset(&p).unwrap());
        std::fs::write(&p, "{}").unwrap();
        std::fs::write(state::lock_path(&p), "").unwrap();
        assert!(reset(&p).unwrap());
        assert!(!p.exists() && !state::lock_path(&p).exists());
    }

    #[test]
    fn default_path_ends_in_moks_sandbox_json() {
        assert!(default_state_path().ends_with("moks/sandbox.json"));
    }
}
