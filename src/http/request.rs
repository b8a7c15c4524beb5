//! One API call as data: its method, path under an API's base path (or the host's root),
//! query and body; the lookups whose numbers later paths need; the URL it is sent to.

use reqwest::{Method, Url};
use serde_json::Value;

use super::{Client, Response};
use crate::error::Api;

/// The MOKS API's base path.
pub const BASE_PATH: &str = "/mtls-origin-keystore/v1";

/// One API call: the method, the path (relative to [`BASE_PATH`]), the query pairs (the
/// account switch key is added by the client) and the JSON body, if any.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    pub body: Option<Value>,
    /// Where `path` starts: under an API's base path, or at the host's root.
    pub root: Root,
    /// The media types it accepts and sends (JSON unless the API says otherwise).
    pub media: Media,
}

/// A request's media types: `Accept`, and `Content-Type` when it has a body. JSON by
/// default; an API that versions its media types (CPS:
/// `application/vnd.akamai.cps.enrollment.v12+json`) names them per request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Media {
    pub accept: &'static str,
    pub content_type: &'static str,
}

impl Media {
    pub const JSON: Media = Media {
        accept: "application/json",
        content_type: "application/json",
    };
}

/// Where a request's path starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    /// Under an API's base path ([`BASE_PATH`] for MOKS, the Edge Truststore's
    /// `/mtls-edge-truststore/v2`), the query built from `query` pairs: every wrapped
    /// endpoint.
    BasePath(&'static str),
    /// At the root of the configured host, with the query as typed (`moks api`).
    Host { query: Option<String> },
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Request {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            root: Root::BasePath(BASE_PATH),
            media: Media::JSON,
        }
    }

    /// A request under the Edge Truststore's base path (`/mtls-edge-truststore/v2`).
    pub fn truststore(method: Method, path: impl Into<String>) -> Request {
        Request {
            root: Root::BasePath(moks_model::truststore::BASE_PATH),
            ..Request::new(method, path)
        }
    }

    /// A request for a path at the host's root, its query (after `?`) kept as typed.
    pub fn on_host(method: Method, path: impl Into<String>, query: Option<String>) -> Request {
        Request {
            root: Root::Host { query },
            ..Request::new(method, path)
        }
    }

    /// The media types to accept and send, in place of JSON's.
    #[allow(dead_code)] // the first caller is the CPS API's, next
    pub fn media(mut self, media: Media) -> Request {
        self.media = media;
        self
    }

    /// The API that answers: named by the base path of a wrapped endpoint; for a path at
    /// the host's root (`moks api`), the Edge Truststore's when the path is under its base
    /// path, else MOKS's. Its error answers are read by that API's decoder.
    pub fn api(&self) -> Api {
        let truststore = moks_model::truststore::BASE_PATH;
        let ours = match &self.root {
            Root::BasePath(base) => *base == truststore,
            Root::Host { .. } => self
                .path
                .strip_prefix(truststore)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/')),
        };
        if ours {
            Api::Truststore
        } else {
            Api::Moks
        }
    }

    /// Adds `key=value` to the query when `when` holds.
    pub fn query_if(mut self, when: bool, key: &'static str, value: impl Into<String>) -> Request {
        if when {
            self.query.push((key, value.into()));
        }
        self
    }

    /// The JSON body: anything serde can write (a checked body is written as it was given).
    pub fn body(mut self, body: &impl serde::Serialize) -> anyhow::Result<Request> {
        self.body = Some(serde_json::to_value(body)?);
        Ok(self)
    }
}

/// A number only the API knows, needed in a later request's path (a certificate's id by its
/// name, a version's number by `latest`): the request that lists the candidates, and how to
/// pick the number from its answer.
pub struct Lookup<'a> {
    pub request: Request,
    /// Shown in braces in place of the number under `--dry-run`: `id of 'origin-a'`.
    pub placeholder: String,
    /// What the number is, for `-v`: `the id of client certificate 'origin-a'`.
    pub what: String,
    pub pick: Pick<'a>,
}

/// How a [`Lookup`] picks its number from the answer.
pub type Pick<'a> = Box<dyn FnOnce(&Response) -> anyhow::Result<i64> + 'a>;

/// A path segment that a lookup found or was given: a number, or under `--dry-run` the
/// placeholder of a lookup that was printed instead of sent (`{id of 'origin-a'}`). Only
/// the client makes placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id(String);

impl Id {
    pub(super) fn placeholder(what: &str) -> Id {
        Id(format!("{{{what}}}"))
    }
}

impl From<i64> for Id {
    fn from(n: i64) -> Id {
        Id(n.to_string())
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What [`Client::send`] returns under `--dry-run` once the request is printed: nothing was
/// sent, so there is no answer, and the command ends here. Not a failure: the dispatch turns
/// it into success (exit 0).
#[derive(Debug, thiserror::Error)]
#[error("dry run: the request was printed, not sent")]
pub struct DryRun;

impl Client {
    #[cfg(test)]
    /// The full URL for an API path (relative to [`BASE_PATH`]) and query pairs, with the
    /// account switch key appended.
    pub fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        self.url_under(BASE_PATH, path, query)
    }

    /// [`Client::url`] under another API's base path.
    pub fn url_under(&self, base: &str, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.cfg.base_url.clone();
        url.set_path(&format!("{base}{path}"));
        url.set_query(None);
        let mut pairs: Vec<(&str, &str)> = query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if let Some(key) = self.cfg.auth.account_key() {
            pairs.push(("accountSwitchKey", key));
        }
        if !pairs.is_empty() {
            url.query_pairs_mut().extend_pairs(pairs);
        }
        url
    }

    /// The configured base URL: scheme, host and port are the one origin requests go to.
    pub fn base_url(&self) -> &Url {
        &self.cfg.base_url
    }

    /// The URL of a request: [`Client::url`] under [`BASE_PATH`]; at the host's root, its
    /// path and query as typed, the account switch key appended unless the query holds one.
    pub(super) fn request_url(&self, req: &Request) -> Url {
        let query = match &req.root {
            Root::BasePath(base) => return self.url_under(base, &req.path, &req.query),
            Root::Host { query } => query,
        };
        let mut url = self.cfg.base_url.clone();
        url.set_path(&req.path);
        url.set_query(query.as_deref().filter(|q| !q.is_empty()));
        let has_key = url.query_pairs().any(|(k, _)| k == "accountSwitchKey");
        if let (Some(key), false) = (self.cfg.auth.account_key(), has_key) {
            url.query_pairs_mut().append_pair("accountSwitchKey", key);
        }
        url
    }
}
