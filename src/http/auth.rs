//! Auth: the headers that prove who sends a request, made fresh for every attempt and
//! every redirect hop; a credential a header cannot carry is refused before anything is sent.

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Method, Url};

use super::api::{Api, Provider};
use super::request::Media;
use super::Client;
use crate::error;
use edgegrid::Credentials;

/// What makes `value` unfit for an HTTP header, if anything: a control character or a
/// character outside ASCII (EdgeGrid tokens are ASCII). Says where, never the value.
pub(super) fn header_unfit(value: &str) -> Option<String> {
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

/// EdgeGrid credentials: what every Akamai API's request is signed with.
#[derive(Clone)]
pub struct EdgeGrid {
    pub credentials: Credentials,
    /// `accountSwitchKey`, appended to every URL of an Akamai API.
    pub account_key: Option<String>,
}

impl std::fmt::Debug for EdgeGrid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EdgeGrid")
            .field("credentials", &"<redacted>")
            .field("account_key", &self.account_key)
            .finish()
    }
}

/// A bearer token and the origin it belongs to (Cloudflare's: `https://api.cloudflare.com`):
/// the token goes there and nowhere else.
#[derive(Clone)]
pub struct Bearer {
    pub token: String,
    pub base_url: Url,
}

impl std::fmt::Debug for Bearer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bearer")
            .field("token", &"<redacted>")
            .field("base_url", &self.base_url.as_str())
            .finish()
    }
}

/// Who a request comes from, as its API's provider wants it said ([`Client::auth`] picks it
/// by the request's API): EdgeGrid (Akamai's APIs, with the account switch key on every URL)
/// or a bearer token (Cloudflare's). Either goes only to its provider's origin (redirects
/// elsewhere are not followed), and `-v` and `--dry-run` show neither.
#[derive(Debug, Clone, Copy)]
pub enum Auth<'a> {
    EdgeGrid(&'a EdgeGrid),
    Bearer(&'a Bearer),
}

impl<'a> Auth<'a> {
    /// The account switch key to append to URLs: EdgeGrid's only.
    pub fn account_key(self) -> Option<&'a str> {
        match self {
            Auth::EdgeGrid(e) => e.account_key.as_deref(),
            Auth::Bearer(_) => None,
        }
    }

    /// The secrets an HTTP header must carry, by name, checked before anything is sent.
    pub(super) fn header_values(&self) -> Vec<(&'static str, &str)> {
        match self {
            Auth::EdgeGrid(e) => vec![
                ("client_token", e.credentials.client_token.as_str()),
                ("access_token", e.credentials.access_token.as_str()),
            ],
            Auth::Bearer(b) => vec![("token", b.token.as_str())],
        }
    }

    /// The Authorization header of one attempt to `url` (EdgeGrid: signed with a fresh
    /// timestamp and nonce).
    pub(super) fn authorization(&self, method: &Method, url: &Url, body: &[u8]) -> String {
        match self {
            Auth::EdgeGrid(e) => sign(
                &e.credentials,
                method,
                url,
                body,
                &edgegrid::timestamp(time::OffsetDateTime::now_utc()),
                &edgegrid::new_nonce(),
            ),
            Auth::Bearer(b) => format!("Bearer {}", b.token),
        }
    }

    /// The Authorization header as `--dry-run` shows it: the secrets redacted.
    pub(super) fn redacted(&self) -> String {
        match self {
            Auth::EdgeGrid(_) => format!(
                "{} client_token=<redacted>;access_token=<redacted>;timestamp={};nonce={};\
                 signature=<redacted>",
                edgegrid::MONIKER,
                edgegrid::timestamp(time::OffsetDateTime::now_utc()),
                edgegrid::new_nonce()
            ),
            Auth::Bearer(_) => "Bearer <redacted>".into(),
        }
    }
}

/// The EdgeGrid signature of a request to `url`: the scheme, host (a non-default port
/// kept) and the path and query as sent, as Akamai's own signers sign them.
pub(super) fn sign(
    credentials: &Credentials,
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
    let req = edgegrid::Request {
        method: method.as_str(),
        scheme: url.scheme(),
        host: &host,
        path_and_query: &path_and_query,
        headers: &[],
        body,
    };
    edgegrid::sign(credentials, &req, timestamp, nonce).authorization
}

impl Client {
    /// The credentials of `api`'s provider, and only those: EdgeGrid for Akamai's APIs, the
    /// bearer token for Cloudflare's. A provider without credentials is a configuration
    /// error before anything is sent.
    pub fn auth(&self, api: &Api) -> anyhow::Result<Auth<'_>> {
        match api.provider {
            Provider::Akamai => self.cfg.edgegrid.as_ref().map(Auth::EdgeGrid),
            Provider::Cloudflare => self.cfg.bearer.as_ref().map(Auth::Bearer),
        }
        .ok_or_else(|| {
            error::config(format!(
                "no credentials for {}: moks has none for its provider",
                api.name
            ))
        })
    }

    /// The origin `api`'s requests go to: the `.edgerc` host for Akamai's APIs, the bearer
    /// token's own origin for Cloudflare's.
    pub fn origin(&self, api: &Api) -> &Url {
        match (api.provider, &self.cfg.bearer) {
            (Provider::Cloudflare, Some(b)) => &b.base_url,
            _ => &self.cfg.base_url,
        }
    }

    /// The headers of one attempt: its auth (made afresh) and media types.
    pub(super) fn signed_headers(
        &self,
        api: &Api,
        method: &Method,
        url: &Url,
        body: &[u8],
        has_body: bool,
        media: Media,
    ) -> anyhow::Result<HeaderMap> {
        let auth = self.auth(api)?.authorization(method, url, body);
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
        headers.insert(ACCEPT, HeaderValue::from_static(media.accept));
        if has_body {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(media.content_type));
        }
        Ok(headers)
    }
}
