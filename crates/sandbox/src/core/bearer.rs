//! Token authentication, for an API that declares it (`Auth::Bearer`): Cloudflare's API
//! takes `Authorization: Bearer <token>` (an API token, read or write) or the legacy pair
//! `X-Auth-Email` + `X-Auth-Key` (a Global API Key, which may do everything).
//!
//! Rules:
//! - the sandbox knows a fixed list of [`Credential`]s; a request that presents one is a
//!   [`Principal`]: a name safe to show and log (never the secret) and a [`Scope`];
//! - secrets are compared in constant time and never put in an answer: a failure says which
//!   check failed, not what was expected;
//! - the failures are Cloudflare's ([`Denied`]: HTTP status, error code, message, and the
//!   `error_chain` entry of a malformed header), as seen in public reports of its answers:
//!   6003 "Invalid request headers" with 6111 (Authorization), 6102 (X-Auth-Email) or 6103
//!   (X-Auth-Key), 10000 "Authentication error" for a token it does not know, 9103 for an
//!   unknown email and key. No header at all is 9106 (the sandbox's choice of code);
//! - when both schemes are sent (an SDK given both may send both), the token is used: the
//!   sandbox's choice, no source says which the API prefers;
//! - nothing in the check needs the body, so an unauthenticated body is never read.

/// The longest secret looked at (Cloudflare's tokens are 40 characters, keys 37).
const MAX_SECRET_LEN: usize = 512;

/// What a credential may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Read only (a token with "SSL and Certificates Read"): GET and HEAD.
    Read,
    /// Read and write ("SSL and Certificates Write", or a Global API Key).
    Write,
}

impl Scope {
    /// Whether a request with `method` is within the scope.
    pub fn allows(self, method: &str) -> bool {
        self == Scope::Write || matches!(method, "GET" | "HEAD")
    }
}

/// A credential the sandbox accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// `Authorization: Bearer <token>`; `name` is what logs and rate limits see.
    Token {
        name: String,
        token: String,
        scope: Scope,
    },
    /// `X-Auth-Email` + `X-Auth-Key`.
    Key {
        email: String,
        key: String,
        scope: Scope,
    },
}

/// Who a request is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// `token:<name>` or `key:<email>`: never the secret.
    pub name: String,
    pub scope: Scope,
}

/// A refused request: what the API answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Denied {
    pub status: u16,
    pub code: u32,
    pub message: &'static str,
    /// The `error_chain` entry naming the malformed header.
    pub chain: Option<(u32, &'static str)>,
}

const fn denied(status: u16, code: u32, message: &'static str) -> Denied {
    Denied {
        status,
        code,
        message,
        chain: None,
    }
}

const fn bad_header(code: u32, message: &'static str) -> Denied {
    Denied {
        status: 400,
        code: 6003,
        message: "Invalid request headers",
        chain: Some((code, message)),
    }
}

const NO_AUTH: Denied = denied(
    400,
    9106,
    "Missing X-Auth-Key, X-Auth-Email or Authorization headers",
);
const BAD_AUTHORIZATION: Denied = bad_header(6111, "Invalid format for Authorization header");
const BAD_EMAIL: Denied = bad_header(6102, "Invalid format for X-Auth-Email header");
const BAD_KEY: Denied = bad_header(6103, "Invalid format for X-Auth-Key header");
/// An unknown token; also what the API answers a token beyond its permissions.
pub const AUTHENTICATION_ERROR: Denied = denied(403, 10000, "Authentication error");
const UNKNOWN_KEY: Denied = denied(403, 9103, "Unknown X-Auth-Key or X-Auth-Email");

/// The authentication headers of a request.
#[derive(Debug, Clone, Copy, Default)]
pub struct Presented<'a> {
    pub authorization: Option<&'a str>,
    pub email: Option<&'a str>,
    pub key: Option<&'a str>,
}

pub struct BearerVerifier {
    credentials: Vec<Credential>,
}

fn usable(secret: &str) -> bool {
    !secret.is_empty()
        && secret.len() <= MAX_SECRET_LEN
        && secret.bytes().all(|b| b.is_ascii_graphic())
}

/// A Global API Key is 37 hex digits: an API token sent as `X-Auth-Key` (40 characters)
/// is answered 6103 "Invalid format for X-Auth-Key header", as public reports of
/// Cloudflare's answers show.
fn global_key_shaped(key: &str) -> bool {
    key.len() == 37 && key.bytes().all(|b| b.is_ascii_hexdigit())
}

impl BearerVerifier {
    pub fn new(credentials: Vec<Credential>) -> BearerVerifier {
        BearerVerifier { credentials }
    }

    /// Who presents these headers, or the answer refusing them.
    pub fn identify(&self, p: Presented<'_>) -> Result<Principal, Denied> {
        if let Some(value) = p.authorization {
            return self.token(value);
        }
        match (p.email.map(str::trim), p.key.map(str::trim)) {
            (None, None) => Err(NO_AUTH),
            (Some(e), _) if !usable(e) || !e.contains('@') => Err(BAD_EMAIL),
            (None, _) => Err(BAD_EMAIL),
            (_, None) => Err(BAD_KEY),
            (_, Some(k)) if !global_key_shaped(k) => Err(BAD_KEY),
            (Some(e), Some(k)) => self
                .credentials
                .iter()
                .find_map(|c| match c {
                    Credential::Key { email, key, scope }
                        if email.eq_ignore_ascii_case(e) & edgegrid::signatures_equal(k, key) =>
                    {
                        Some(Principal {
                            name: format!("key:{email}"),
                            scope: *scope,
                        })
                    }
                    _ => None,
                })
                .ok_or(UNKNOWN_KEY),
        }
    }

    fn token(&self, value: &str) -> Result<Principal, Denied> {
        let Some((scheme, token)) = value.trim().split_once(' ') else {
            return Err(BAD_AUTHORIZATION);
        };
        let token = token.trim_start();
        if !scheme.eq_ignore_ascii_case("bearer") || !usable(token) {
            return Err(BAD_AUTHORIZATION);
        }
        // Every credential is compared, so the time taken does not say which one matched.
        let mut found = None;
        for c in &self.credentials {
            if let Credential::Token {
                name,
                token: t,
                scope,
            } = c
            {
                if edgegrid::signatures_equal(token, t) && found.is_none() {
                    found = Some(Principal {
                        name: format!("token:{name}"),
                        scope: *scope,
                    });
                }
            }
        }
        found.ok_or(AUTHENTICATION_ERROR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const K1: &str = "0123456789abcdef0123456789abcdef01234";
    const K2: &str = "f123456789abcdef0123456789abcdef01234";

    fn verifier() -> BearerVerifier {
        BearerVerifier::new(vec![
            Credential::Token {
                name: "rw".into(),
                token: "tok-123".into(),
                scope: Scope::Write,
            },
            Credential::Token {
                name: "ro".into(),
                token: "tok-456".into(),
                scope: Scope::Read,
            },
            Credential::Key {
                email: "dev@example.com".into(),
                key: K1.into(),
                scope: Scope::Write,
            },
        ])
    }

    fn bearer(v: &BearerVerifier, header: &str) -> Result<Principal, Denied> {
        v.identify(Presented {
            authorization: Some(header),
            ..Presented::default()
        })
    }

    fn legacy(v: &BearerVerifier, e: Option<&str>, k: Option<&str>) -> Result<Principal, Denied> {
        v.identify(Presented {
            email: e,
            key: k,
            ..Presented::default()
        })
    }

    #[test]
    fn tokens_are_known_by_name_and_scope() {
        let v = verifier();
        let rw = bearer(&v, "Bearer tok-123").unwrap();
        assert_eq!((rw.name.as_str(), rw.scope), ("token:rw", Scope::Write));
        assert_eq!(bearer(&v, "bearer  tok-456").unwrap().scope, Scope::Read);
        for wrong in ["Bearer tok-12", "Bearer tok-1234", "Bearer TOK-123"] {
            assert_eq!(bearer(&v, wrong), Err(AUTHENTICATION_ERROR), "{wrong}");
        }
        for malformed in ["Basic dG9r", "Bearer", "tok-123", "Bearer tok 123\u{1}"] {
            let d = bearer(&v, malformed).unwrap_err();
            assert_eq!((d.status, d.code), (400, 6003), "{malformed}");
            assert_eq!(d.chain.unwrap().0, 6111);
        }
        let long = format!("Bearer {}", "t".repeat(MAX_SECRET_LEN + 1));
        assert_eq!(bearer(&v, &long).unwrap_err().code, 6003);
        assert!(Scope::Read.allows("GET") && !Scope::Read.allows("PATCH"));
        assert!(Scope::Write.allows("DELETE"));
    }

    #[test]
    fn the_legacy_pair_needs_both_headers() {
        let v = verifier();
        let p = legacy(&v, Some("Dev@Example.com"), Some(K1)).unwrap();
        assert_eq!(
            (p.name.as_str(), p.scope),
            ("key:dev@example.com", Scope::Write)
        );
        let known = |k| legacy(&v, Some("dev@example.com"), Some(k));
        assert_eq!(known(K2), Err(UNKNOWN_KEY));
        // an API token sent as the key, a key that is not hex
        assert_eq!(
            known("sandbox-cf-token-rw-not-a-secret-0000000"),
            Err(BAD_KEY)
        );
        assert_eq!(known(&"g".repeat(37)), Err(BAD_KEY));
        assert_eq!(legacy(&v, None, None), Err(NO_AUTH));
        assert_eq!(legacy(&v, Some("dev@example.com"), None), Err(BAD_KEY));
        assert_eq!(legacy(&v, None, Some(K1)), Err(BAD_EMAIL));
        assert_eq!(legacy(&v, Some("not-an-email"), Some(K1)), Err(BAD_EMAIL));
        // a token beside the pair wins
        let both = v.identify(Presented {
            authorization: Some("Bearer tok-456"),
            email: Some("dev@example.com"),
            key: Some(K1),
        });
        assert_eq!(both.unwrap().name, "token:ro");
    }
}
