//! How an API joins the sandbox: the [`Api`] trait each API folder implements, and the
//! [`registry`], the one list of them.
//!
//! Rules:
//! - an API declares its path prefix, its authentication ([`Auth`]: EdgeGrid signatures or
//!   a bearer token), its router and the shape of the refusals the pipeline makes on its
//!   behalf ([`Refusal`]: fail injection, a busy or slow body, the rate limit, a state
//!   failure); the server runs everything else once for all of them;
//! - routing runs before the state is locked: it checks the method, path, query, media
//!   types and body, and returns an [`Operation`] or the answer that refuses the request;
//! - an operation runs under the state lock on the account the request names, which the
//!   server has made when it was new (`account.rs`); it answers and says whether it changed
//!   the state, which is then written;
//! - each API keeps its slice of an account's state in a field of its own of
//!   [`super::account::Account`]; adding an API adds its folder, one line in [`registry`] and
//!   that field.

use super::problem::{self, Reply};
use super::store::State;
use std::time::Duration;
use time::OffsetDateTime;

/// How an API's requests authenticate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// Akamai's `EG1-HMAC-SHA256` signatures, with the sandbox's client credentials.
    EdgeGrid,
    /// `Authorization: Bearer <token>` or `X-Auth-Email` + `X-Auth-Key`, with the sandbox's
    /// Cloudflare credentials (`bearer.rs`); the router sees who it is
    /// ([`Request::principal`]).
    Bearer,
}

/// An authenticated request, as an API's router sees it.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub method: &'a str,
    /// The raw path.
    pub path: &'a str,
    /// The raw query, without `?`.
    pub query: &'a str,
    pub content_type: Option<&'a str>,
    pub accept: Option<&'a str>,
    pub body: &'a [u8],
    /// When it arrived.
    pub now: OffsetDateTime,
    /// Who sent it, for an API authenticated with tokens (`Auth::Bearer`).
    pub principal: Option<&'a super::bearer::Principal>,
}

/// The answer plus whether the state must be written.
#[derive(Debug)]
pub struct Outcome {
    pub reply: Reply,
    pub changed: bool,
}

impl Outcome {
    /// An answer that changed nothing.
    pub fn same(reply: Reply) -> Outcome {
        Outcome {
            reply,
            changed: false,
        }
    }

    /// An answer whose operation changed the state.
    pub fn changed(reply: Reply) -> Outcome {
        Outcome {
            reply,
            changed: true,
        }
    }
}

/// What a routed request does, under the state lock: given the state and the key of the
/// account it targets (which exists).
pub type Operation = Box<dyn FnOnce(&mut State, &str) -> Outcome + Send>;

/// What the pipeline refuses before (or instead of) an API's operation.
#[derive(Debug, Clone, Copy)]
pub enum Refusal<'a> {
    /// Fail injection (`fail_rate`).
    Unavailable,
    /// Every body-reading slot is taken.
    Busy,
    /// A body over the limit.
    TooLarge(usize),
    /// A body that did not arrive within the limit.
    BodyTimeout(Duration),
    /// A body that could not be read.
    UnreadableBody(&'a str),
    /// No token left: when the next one comes, how long until then, and the limit.
    RateLimited {
        next: OffsetDateTime,
        wait: Duration,
        limit: u32,
    },
    /// A new account beyond the sandbox's limit.
    TooManyAccounts(&'a str),
    /// The change would make the state file larger than its bound.
    StateFull(&'a str),
    /// The state could not be read or written, or the operation failed.
    Internal(&'a str),
    /// Token authentication failed (`Auth::Bearer`).
    Denied(&'a super::bearer::Denied),
}

/// One API the sandbox serves.
pub trait Api: Send + Sync {
    /// Where its paths start (`/mtls-origin-keystore/v1`): the path itself and everything
    /// under it belong to it.
    fn prefix(&self) -> &'static str;

    /// How its requests authenticate.
    fn auth(&self) -> Auth;

    /// The operation a request asks for, or the answer refusing it.
    fn route(&self, req: &Request<'_>) -> Result<Operation, Reply>;

    /// A refusal of the pipeline in this API's shape; the gateway's by default.
    fn refuse(&self, r: Refusal<'_>) -> Reply {
        problem::gateway(r)
    }

    /// Whether `path` is this API's.
    fn handles(&self, path: &str) -> bool {
        let p = self.prefix();
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }
}

/// The APIs the sandbox serves, built from its options: one line per API.
pub fn registry(opts: &crate::Options) -> Vec<Box<dyn Api>> {
    vec![
        Box::new(crate::moks::Moks::new(opts)),
        Box::new(crate::truststore::EdgeTruststore::new(opts)),
        Box::new(crate::cps::CpsApi::new(opts)),
        Box::new(crate::cps::contract::ContractApi),
        Box::new(crate::cloudflare::CloudflareApi::new(opts)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake;
    impl Api for Fake {
        fn prefix(&self) -> &'static str {
            "/fake/v1"
        }
        fn auth(&self) -> Auth {
            Auth::Bearer
        }
        fn route(&self, _: &Request<'_>) -> Result<Operation, Reply> {
            Err(Reply::empty(204))
        }
    }

    #[test]
    fn an_api_handles_its_prefix_and_what_is_under_it_only() {
        assert!(Fake.handles("/fake/v1"));
        assert!(Fake.handles("/fake/v1/x/y"));
        assert!(!Fake.handles("/fake/v10"));
        assert!(!Fake.handles("/fake"));
        // the gateway's shapes by default
        let r = Fake.refuse(Refusal::Unavailable);
        assert_eq!(r.status, 503);
        assert_eq!(Fake.refuse(Refusal::TooLarge(10)).status, 413);
    }

    #[test]
    fn every_registered_api_has_its_own_prefix() {
        let opts =
            crate::Options::new("127.0.0.1:0".parse().unwrap(), crate::StateLocation::Memory);
        let apis = registry(&opts);
        for (i, a) in apis.iter().enumerate() {
            for b in &apis[i + 1..] {
                assert!(!a.handles(b.prefix()) && !b.handles(a.prefix()));
            }
        }
    }
}
