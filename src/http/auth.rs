//! Auth: the headers that prove who sends a request, made fresh for every attempt and
//! every redirect hop; a credential a header cannot carry is refused before anything is sent.

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Method, Url};

use super::Client;
use crate::error;

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

impl Client {
    /// The headers of one attempt, signed with a fresh timestamp and nonce.
    pub(super) fn signed_headers(
        &self,
        method: &Method,
        url: &Url,
        body: &[u8],
        has_body: bool,
    ) -> anyhow::Result<HeaderMap> {
        let auth = self.sign(
            method,
            url,
            body,
            &edgegrid::timestamp(time::OffsetDateTime::now_utc()),
            &edgegrid::new_nonce(),
        );
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
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if has_body {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        }
        Ok(headers)
    }

    pub(super) fn sign(
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
}
