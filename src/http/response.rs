//! An answer, read within bounds: the body up to `--max-response-size` (by its
//! Content-Length before reading, or while it streams in), the whole exchange within
//! `--timeout`; its JSON counted before it is parsed ([`crate::json_budget`]).

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::Value;

use super::size::show_size;
use super::Client;
use crate::error;

/// Why an attempt got no answer.
pub(super) enum Failure {
    Transport(reqwest::Error),
    TimedOut,
    /// Over the size cap: the message says by how much.
    TooLarge(String),
}

/// A successful answer.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    /// The answer's headers (a wait reads `Retry-After` and `Date`).
    pub headers: HeaderMap,
}

impl Response {
    /// `200 OK`: the status and its reason, for messages.
    pub fn status_text(&self) -> String {
        error::status_text(self.status)
    }

    /// A header's value, when it is there and is text.
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    /// The body as JSON; `None` when empty (a 204, or a 200 with no body). A body that is
    /// not JSON is the API failing (exit 5), shown as an escaped excerpt.
    pub fn json(&self) -> anyhow::Result<Option<Value>> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        if let Some(why) = crate::json_budget::over_node_budget(&self.body) {
            return Err(error::bad_answer(format!(
                "the API answered {}, but its body cannot be an answer: {why}; not read",
                self.status_text()
            )));
        }
        serde_json::from_slice(&self.body).map(Some).map_err(|e| {
            error::bad_answer(format!(
                "the API answered {} with a body that is not JSON ({e}): {}",
                self.status_text(),
                error::excerpt(&String::from_utf8_lossy(&self.body), 200)
            ))
        })
    }

    /// The body as a JSON object, which `what` (e.g. "the client certificate", an object)
    /// must be; anything else, no body included, is the API failing (exit 5).
    pub fn object(&self, what: &str) -> anyhow::Result<serde_json::Map<String, Value>> {
        match self.json()? {
            Some(Value::Object(map)) => Ok(map),
            Some(other) => Err(error::bad_answer(format!(
                "the API answered {} with {} where {what} was expected",
                self.status_text(),
                error::excerpt(&other.to_string(), 200)
            ))),
            None => Err(error::bad_answer(format!(
                "the API answered {} without a body where {what} was expected",
                self.status_text()
            ))),
        }
    }
}

impl Client {
    /// One attempt: send, then read the answer up to the size cap, all within `--timeout`.
    pub(super) async fn attempt(
        &self,
        req: reqwest::RequestBuilder,
    ) -> Result<(StatusCode, HeaderMap, Vec<u8>), Failure> {
        let cap = self.cfg.max_response_size;
        let exchange = async {
            let mut resp = req.send().await.map_err(Failure::Transport)?;
            let status = resp.status();
            let headers = resp.headers().clone();
            if let Some(declared) = resp.content_length().filter(|n| *n > cap) {
                return Err(Failure::TooLarge(format!(
                    "the API's answer ({} {}) is {} by its Content-Length, over the limit of {}: \
                     not read",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or(""),
                    show_size(declared),
                    show_size(cap)
                )));
            }
            let expected = resp.content_length().unwrap_or(0).min(1 << 20);
            let mut body = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
            while let Some(chunk) = resp.chunk().await.map_err(Failure::Transport)? {
                if (body.len() as u64).saturating_add(chunk.len() as u64) > cap {
                    return Err(Failure::TooLarge(format!(
                        "the API's answer ({} {}) is over the limit of {}: stopped reading there",
                        status.as_u16(),
                        status.canonical_reason().unwrap_or(""),
                        show_size(cap)
                    )));
                }
                body.extend_from_slice(&chunk);
            }
            Ok((status, headers, body))
        };
        match tokio::time::timeout(self.cfg.timeout, exchange).await {
            Ok(result) => result,
            Err(_) => Err(Failure::TimedOut),
        }
    }
}
