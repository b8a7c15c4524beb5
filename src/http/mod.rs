//! The one HTTP client of a run, the transport every API shares: URL building, auth
//! (EdgeGrid, or a bearer token), timeouts, redirects, retries, `--dry-run` and `-v`; one
//! file per concept: the APIs as data ([`api`]), the request ([`request`]), auth ([`auth`]), the send and
//! retry loop ([`send`]), redirects ([`redirect`]), the capped read ([`response`]),
//! dry-run ([`dry_run`]), network errors ([`net_error`]), sizes ([`size`]).
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
//! - a wait's deadline ([`within`]) bounds the retries of the requests made for it;
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
//! - every request names its API ([`Api`]: provider, base path, media type, rate budget),
//!   and the auth is its provider's ([`Client::auth`]): EdgeGrid (signed afresh per attempt,
//!   `accountSwitchKey` on every URL) for Akamai's APIs, a bearer token (no account key) for
//!   Cloudflare's; each goes to its provider's origin only, and `-v`/`--dry-run` redact it;
//! - media types per request (`Request::media`): `Accept`, and `Content-Type` with a body,
//!   the API's own (`application/json`) unless the operation names others; no `Expect: 100-continue` (hyper
//!   never sends it);
//! - trust roots are loaded only for `https://` hosts (the system store, `SSL_CERT_FILE`
//!   honoured, plus `--ca-cert`); an `http://` host (the sandbox) loads none, and with
//!   `--ca-cert` the system store is read only if that CA does not vouch for the server
//!   ([`crate::trust`]);
//! - secrets never reach `-v` or `--dry-run`: tokens and the signature are redacted;
//! - when a command sets a rate cap ([`Client::cap_rate`]), every attempt waits for its turn
//!   ([`crate::rate_cap`]) before it is signed, and a 429 holds the cap until the time the
//!   API gave; the wait is announced once, by the first request that meets it.
pub mod api;
#[cfg(test)]
mod api_tests;
mod auth;
mod dry_run;
mod net_error;
mod redirect;
mod request;
mod response;
mod send;
mod setup;
mod size;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::time::Duration;

use reqwest::Url;
use serde_json::Value;

use crate::output::Output;
use crate::rate_cap::RateCap;
use crate::retry::Policy;

pub use api::{AKAMAI_HOST, MOKS, TRUSTSTORE};
pub use auth::{Auth, Bearer, EdgeGrid};
pub use request::{DryRun, Id, Lookup, Request};
pub use response::Response;
pub use send::within;
pub use size::parse_size;

/// Everything the client needs, resolved by `context`.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: Url,
    /// Where the host came from ("host in section [default] of ~/.edgerc"), for hints.
    pub host_origin: String,
    /// Plain `http://` to a host not on this machine was asked for (`MOKS_ALLOW_PLAIN_HTTP`).
    pub allow_plain_http: bool,
    /// The credentials per provider: EdgeGrid for Akamai's APIs (on `base_url`), a bearer
    /// token for Cloudflare's (on its own origin). A request gets its API's provider's only.
    pub edgegrid: Option<EdgeGrid>,
    pub bearer: Option<Bearer>,
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
