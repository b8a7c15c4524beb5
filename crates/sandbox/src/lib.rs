//! The MOKS sandbox: a stateful emulator of the mTLS Origin Keystore API, served over HTTP
//! (or HTTPS) on loopback, for `moks sandbox serve`, `moks --sandbox` and the tests.
//!
//! Rules:
//! - this file is the public API ([`Sandbox`], [`Options`], [`StateLocation`],
//!   [`default_credentials`], [`default_state_path`], [`reset`]); everything else is private
//!   to the module;
//! - [`Sandbox::start`] initialises (or validates) the state, binds, spawns the server task
//!   on the current tokio runtime and returns; a corrupt or unreadable state file makes it
//!   fail with an error naming the file;
//! - the sandbox never prints: callers decide what to show;
//! - the default tokens ([`default_credentials`]) are public and documented; they protect
//!   nothing and exist so every request is really signed and verified.
//!
//! Sources: the API reference (`moks-api.md`) and Akamai's PowerShell guide "Manage client
//! certificates" (the seed); where they disagree the guide is followed, and the code says so
//! where it matters. Sandbox-specific choices where both are silent: each `accountSwitchKey`
//! is a separate account (own CA, own certificates; no key = the seeded default account),
//! rate buckets and seen nonces live per sandbox instance (not in the state file), and a name
//! held by a certificate whose versions are all DELETE_PENDING is refused as a duplicate.

mod auth;
mod lifecycle;
mod problem;
mod routes;
mod seed;
mod server;
mod state;
mod validate;
mod views;
mod x509;

pub use state::StateError;

use std::time::Duration;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

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
    /// The tokens accepted.
    pub credentials: edgegrid::Credentials,
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
    pub body: Vec<u8>,
    pub status: u16,
}

/// A running sandbox.
pub struct Sandbox {
    addr: SocketAddr,
    tls_cert: Option<PathBuf>,
    recorded: Arc<Mutex<Vec<RecordedRequest>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Sandbox {
    /// Prepares the state, binds `opts.listen`, spawns the server and returns.
    pub async fn start(opts: Options) -> anyhow::Result<Sandbox> {
        let store = match &opts.state {
            StateLocation::Memory => {
                state::Store::Memory(Arc::new(Mutex::new(state::State::empty())))
            }
            StateLocation::File(p) => state::Store::File(p.clone()),
        };
        let recorded = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::new(server::Shared {
            store: store.clone(),
            verifier: auth::Verifier::new(
                opts.credentials.clone(),
                if opts.tls_cert_out.is_some() {
                    "https"
                } else {
                    "http"
                },
            ),
            limiter: auth::RateLimiter::new(opts.rate_limit_per_minute),
            rate_limit: opts.rate_limit_per_minute,
            deploy_delay: opts.deploy_delay,
            timing: opts.timing,
            latency: opts.latency,
            fail_rate: opts.fail_rate.clamp(0.0, 1.0),
            seed: opts.seed,
            recorded: recorded.clone(),
        });
        // Initialise (or validate) the state before serving anything.
        let init = shared.init();
        tokio::task::spawn_blocking(move || store.transact(&init, |_| ((), false)))
            .await
            .map_err(|e| anyhow::anyhow!("sandbox state initialisation failed: {e}"))??;
        let tls = match &opts.tls_cert_out {
            Some(p) => Some(server::tls_acceptor(p)?),
            None => None,
        };
        let listener = tokio::net::TcpListener::bind(opts.listen)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", opts.listen))?;
        let addr = server::bound(&listener)?;
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

    /// Every request received so far, in order (the last 10 000 in a long-running
    /// sandbox).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.recorded.lock().map(|r| r.clone()).unwrap_or_default()
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
pub fn reset(path: &Path) -> anyhow::Result<bool> {
    let existed = match std::fs::remove_file(path) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => anyhow::bail!("cannot delete sandbox state file {}: {e}", path.display()),
    };
    let lock = state::lock_path(path);
    match std::fs::remove_file(&lock) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => anyhow::bail!("cannot delete sandbox lock file {}: {e}", lock.display()),
    }
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
