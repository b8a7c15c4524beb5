//! One API call as data: the API it is for ([`Api`]), its method, path under the API's base
//! path (or the host's root), query and body; the lookups whose numbers later paths need;
//! the URL it is sent to (on the API's provider's origin, `accountSwitchKey` for Akamai's).

use reqwest::{Method, Url};
use serde_json::Value;

use super::api::{Api, ApiId};
use super::{Client, Response};

/// One API call: its API, the method, the path (relative to the API's base path), the query
/// pairs (the account switch key is added by the client for Akamai's APIs) and the JSON
/// body, if any.
#[derive(Debug, Clone)]
pub struct Request {
    /// The API it is for: its provider's auth and origin, its base path and media type.
    pub api: &'static Api,
    pub method: Method,
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    pub body: Option<Value>,
    /// Where `path` starts: under an API's base path, or at the host's root.
    pub root: Root,
    /// The media types it accepts and sends (the API's unless the operation says otherwise).
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
    /// Under the API's base path (`/mtls-origin-keystore/v1` for MOKS), the query built from
    /// `query` pairs: every wrapped endpoint.
    BasePath,
    /// At the root of the configured host, with the query as typed (`moks api`).
    Host { query: Option<String> },
}

impl Request {
    /// A call to `api`: `path` under its base path (`Request::new(&MOKS, Method::GET,
    /// "/client-certificates")`).
    pub fn new(api: &'static Api, method: Method, path: impl Into<String>) -> Request {
        Request {
            api,
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            root: Root::BasePath,
            media: api.media,
        }
    }

    /// A request to `api`'s provider for a path at the host's root, its query (after `?`)
    /// kept as typed.
    pub fn on_host(
        api: &'static Api,
        method: Method,
        path: impl Into<String>,
        query: Option<String>,
    ) -> Request {
        Request {
            root: Root::Host { query },
            ..Request::new(api, method, path)
        }
    }

    /// Which API it is for.
    #[allow(dead_code)] // read by the tests; CPS and Cloudflare commands next
    pub fn api(&self) -> ApiId {
        self.api.id
    }

    /// The media types to accept and send, in place of the API's.
    #[allow(dead_code)] // the first caller is the CPS API's, next
    pub fn media(mut self, media: Media) -> Request {
        self.media = media;
        self
    }

    /// The API that answers, whose decoder reads its error answers: the request's own; for
    /// a path at the host's root (`moks api`), the Edge Truststore's when the path is under
    /// its base path, else MOKS's. (Cloudflare's envelope decoder comes with its commands;
    /// until then nothing sends a Cloudflare request.)
    pub fn answering(&self) -> crate::error::Api {
        use crate::error::Api as Decoder;
        match self.api.id {
            ApiId::Truststore => Decoder::Truststore,
            ApiId::Moks | ApiId::Cloudflare => Decoder::Moks,
            ApiId::AkamaiHost => {
                let truststore = super::api::TRUSTSTORE.base_path;
                let under = self
                    .path
                    .strip_prefix(truststore)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
                if under {
                    Decoder::Truststore
                } else {
                    Decoder::Moks
                }
            }
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
/// the client makes placeholders; the number is kept as one, never read back from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id(Segment);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Number(i64),
    Placeholder(String),
}

impl Id {
    pub(super) fn placeholder(what: &str) -> Id {
        Id(Segment::Placeholder(format!("{{{what}}}")))
    }

    /// The number, unless this is a `--dry-run` placeholder.
    pub fn number(&self) -> Option<i64> {
        match &self.0 {
            Segment::Number(n) => Some(*n),
            Segment::Placeholder(_) => None,
        }
    }
}

impl From<i64> for Id {
    fn from(n: i64) -> Id {
        Id(Segment::Number(n))
    }
}

/// A typed id, parsed once where it was typed, as a path segment.
macro_rules! id_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Id {
            fn from(id: $t) -> Id {
                Id::from(id.get())
            }
        }
    )*};
}

id_from!(
    moks_model::moks::CertificateId,
    moks_model::truststore::CaSetId,
    moks_model::truststore::VersionNumber
);

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Segment::Number(n) => write!(f, "{n}"),
            Segment::Placeholder(p) => f.write_str(p),
        }
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
    /// The full URL for a MOKS path and query pairs, the account switch key appended.
    pub fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        self.url_under(&super::MOKS, path, query)
    }

    /// The full URL of `api`'s `path` and query pairs: on its provider's origin, under its
    /// base path, the account switch key appended for Akamai's APIs.
    pub fn url_under(&self, api: &Api, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.origin(api).clone();
        url.set_path(&format!("{}{path}", api.base_path));
        url.set_query(None);
        let mut pairs: Vec<(&str, &str)> = query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if let Some(key) = self.account_key(api) {
            pairs.push(("accountSwitchKey", key));
        }
        if !pairs.is_empty() {
            url.query_pairs_mut().extend_pairs(pairs);
        }
        url
    }

    /// The account switch key for `api`: EdgeGrid's, for Akamai's APIs only.
    fn account_key(&self, api: &Api) -> Option<&str> {
        self.auth(api).ok().and_then(|a| a.account_key())
    }

    /// The configured base URL of Akamai's APIs: scheme, host and port are the one origin
    /// their requests go to.
    pub fn base_url(&self) -> &Url {
        &self.cfg.base_url
    }

    /// The URL of a request: [`Client::url_under`] its API; at the host's root, its path and
    /// query as typed, the account switch key appended (Akamai's APIs) unless the query holds
    /// one.
    pub(super) fn request_url(&self, req: &Request) -> Url {
        let query = match &req.root {
            Root::BasePath => return self.url_under(req.api, &req.path, &req.query),
            Root::Host { query } => query,
        };
        let mut url = self.origin(req.api).clone();
        url.set_path(&req.path);
        url.set_query(query.as_deref().filter(|q| !q.is_empty()));
        let has_key = url.query_pairs().any(|(k, _)| k == "accountSwitchKey");
        if let (Some(key), false) = (self.account_key(req.api), has_key) {
            url.query_pairs_mut().append_pair("accountSwitchKey", key);
        }
        url
    }
}
