//! Bearer-token authentication, for an API that declares it (`Auth::Bearer`; Cloudflare's
//! API authenticates this way: `Authorization: Bearer <token>`).
//!
//! Rules:
//! - the header must be `Bearer <token>` (the scheme compared without case, one space or
//!   more) and the token the sandbox's, compared in constant time;
//! - the token is never put in an answer: a failure says which check failed, not what was
//!   expected;
//! - nothing in the check needs the body, so an unauthenticated body is never read.

use super::problem::{self, Reply};

/// The longest token looked at (Cloudflare's are 40 characters).
const MAX_TOKEN_LEN: usize = 512;

pub struct BearerVerifier {
    token: String,
}

impl BearerVerifier {
    pub fn new(token: String) -> BearerVerifier {
        BearerVerifier { token }
    }

    /// Checks an `Authorization` header.
    pub fn check(&self, authorization: Option<&str>) -> Result<(), Reply> {
        let Some(value) = authorization else {
            return Err(problem::unauthorized(
                "The request has no Authorization header; send Authorization: Bearer <token>.",
            ));
        };
        let Some((scheme, token)) = value.trim().split_once(' ') else {
            return Err(problem::unauthorized(
                "Invalid authorization header: expected Bearer <token>",
            ));
        };
        if !scheme.eq_ignore_ascii_case("bearer") {
            return Err(problem::unauthorized(
                "Invalid authorization header: expected Bearer <token>",
            ));
        }
        let token = token.trim_start();
        if token.is_empty()
            || token.len() > MAX_TOKEN_LEN
            || !edgegrid::signatures_equal(token, &self.token)
        {
            return Err(problem::unauthorized("Invalid bearer token"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail(r: Result<(), Reply>) -> String {
        let r = r.unwrap_err();
        assert_eq!(r.status, 401);
        r.body.unwrap()["detail"].as_str().unwrap().to_string()
    }

    #[test]
    fn only_the_sandbox_token_passes() {
        let v = BearerVerifier::new("tok-123".into());
        assert_eq!(v.check(Some("Bearer tok-123")), Ok(()));
        assert_eq!(v.check(Some("bearer  tok-123")), Ok(()));
        assert!(detail(v.check(None)).contains("no Authorization header"));
        assert!(detail(v.check(Some("Basic dG9rLTEyMw=="))).contains("expected Bearer"));
        assert!(detail(v.check(Some("Bearer"))).contains("expected Bearer"));
        for wrong in ["Bearer tok-12", "Bearer tok-1234", "Bearer TOK-123"] {
            let d = detail(v.check(Some(wrong)));
            assert_eq!(d, "Invalid bearer token");
            assert!(!d.contains("tok-123"), "the token is never shown");
        }
        let long = format!("Bearer {}", "t".repeat(MAX_TOKEN_LEN + 1));
        assert_eq!(detail(v.check(Some(&long))), "Invalid bearer token");
    }

    #[test]
    fn an_edgegrid_header_is_not_a_bearer_token() {
        let v = BearerVerifier::new("tok".into());
        let d = detail(v.check(Some("EG1-HMAC-SHA256 client_token=a;access_token=b")));
        assert!(d.contains("expected Bearer"), "{d}");
    }
}
