//! The EdgeGrid authentication of an API that declares it (`Auth::EdgeGrid`).
//!
//! Rules:
//! - every request must carry a valid `EG1-HMAC-SHA256` Authorization header made with the
//!   sandbox's tokens. The signature is recomputed with `edgegrid::sign` from what arrived:
//!   the received timestamp and nonce, the scheme the sandbox serves (`http`, or `https`
//!   with `--tls`), the `Host` header as host, the raw path and query, the signed headers and
//!   the body bytes. Akamai's signers (edgegrid-python, and so httpie-edgegrid) sign the
//!   scheme of the URL they call; on plain http a signature made with `https` is accepted
//!   too, for clients that always sign `https` (moks before it signed the URL's scheme);
//! - failures are 401 problem+json whose detail says which check failed: missing or garbled
//!   header, unknown client or access token, timestamp more than 30 s away from the
//!   sandbox's clock ("Invalid timestamp"), bad signature ("The signature does not
//!   match"), nonce seen before ("Nonce has already been used");
//! - the checks that need no body (header shape, tokens, timestamp: [`Verifier::precheck`])
//!   run before the body is read, so an unauthenticated body is never read; the signature
//!   and the nonce ([`Verifier::verify`]) need the body;
//! - nonces are remembered for 2 minutes (longer than the timestamp window), per sandbox
//!   instance, at most [`MAX_NONCES`] of them (the oldest are forgotten first) and at most
//!   [`MAX_NONCE_LEN`] bytes long; they are recorded only once the signature has been
//!   verified;

use super::problem::{self, Reply};
use edgegrid::{self, Credentials};
use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use time::OffsetDateTime;

/// Allowed clock difference between the request's timestamp and the sandbox.
pub const MAX_SKEW_SECONDS: i64 = 30;
const NONCE_MEMORY: Duration = Duration::from_secs(120);
/// The most nonces remembered at once.
pub const MAX_NONCES: usize = 100_000;
/// The longest nonce accepted (EdgeGrid nonces are UUIDs, 36 bytes).
pub const MAX_NONCE_LEN: usize = 128;

/// What arrived, as needed to verify it: the signed parts, and the Authorization header.
#[cfg(test)]
pub struct Incoming<'a> {
    pub request: edgegrid::Request<'a>,
    pub authorization: Option<&'a str>,
}

pub struct Verifier {
    creds: Credentials,
    /// The scheme served: `http` or `https`.
    scheme: &'static str,
    nonces: Mutex<Nonces>,
}

/// Seen nonces, oldest first.
#[derive(Default)]
struct Nonces {
    order: VecDeque<(Instant, String)>,
    seen: HashSet<String>,
}

impl Verifier {
    /// A verifier for a server of `scheme` (`http` or `https`).
    pub fn new(creds: Credentials, scheme: &'static str) -> Verifier {
        Verifier {
            creds,
            scheme,
            nonces: Mutex::new(Nonces::default()),
        }
    }

    /// The scheme served, the one signatures are checked with first.
    pub fn scheme(&self) -> &'static str {
        self.scheme
    }

    /// The credential's client token (the key of its rate-limit bucket).
    pub fn client_token(&self) -> &str {
        &self.creds.client_token
    }

    /// Whether `signature` is the one `req` should carry, signed with one of the schemes
    /// accepted: the one served, and on plain http also `https`.
    fn signature_matches(
        &self,
        req: &edgegrid::Request<'_>,
        fields: &edgegrid::AuthFields,
    ) -> bool {
        let accepted: &[&str] = if self.scheme == "http" {
            &["http", "https"]
        } else {
            &["https"]
        };
        accepted.iter().any(|scheme| {
            let req = edgegrid::Request { scheme, ..*req };
            let expected = edgegrid::sign(&self.creds, &req, &fields.timestamp, &fields.nonce);
            let want = expected
                .authorization
                .rsplit_once("signature=")
                .map(|(_, s)| s)
                .unwrap_or_default();
            edgegrid::signatures_equal(want, &fields.signature)
        })
    }

    /// The checks that need no body, at wall-clock `now`: the header's shape, the tokens and
    /// the timestamp.
    pub fn precheck(
        &self,
        authorization: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<edgegrid::AuthFields, Reply> {
        let Some(value) = authorization else {
            return Err(problem::unauthorized(
                "The request has no Authorization header; sign it with EG1-HMAC-SHA256.",
            ));
        };
        let Some(fields) = edgegrid::parse_authorization(value) else {
            return Err(problem::unauthorized(
                "Invalid authorization header: expected EG1-HMAC-SHA256 client_token=…;access_token=…;timestamp=…;nonce=…;signature=…",
            ));
        };
        if !edgegrid::signatures_equal(&fields.client_token, &self.creds.client_token) {
            return Err(problem::unauthorized("Invalid client token"));
        }
        if !edgegrid::signatures_equal(&fields.access_token, &self.creds.access_token) {
            return Err(problem::unauthorized("Invalid access token"));
        }
        if fields.nonce.is_empty() || fields.nonce.len() > MAX_NONCE_LEN {
            return Err(problem::unauthorized(&format!(
                "Invalid nonce: it must be 1 to {MAX_NONCE_LEN} characters long"
            )));
        }
        let Some(ts) = edgegrid::parse_timestamp(&fields.timestamp) else {
            return Err(problem::unauthorized(&format!(
                "Invalid timestamp: '{}' is not of the form yyyyMMddTHH:mm:ss+0000",
                fields.timestamp
            )));
        };
        let skew = (now - ts).whole_seconds();
        if skew.abs() > MAX_SKEW_SECONDS {
            return Err(problem::unauthorized(&format!(
                "Invalid timestamp: the request was signed at {} but the sandbox's clock says {}; they must be within {MAX_SKEW_SECONDS} s",
                fields.timestamp,
                edgegrid::timestamp(now)
            )));
        }
        Ok(fields)
    }

    /// The checks that need the body: the signature, then the nonce (recorded once the
    /// signature holds).
    pub fn verify(
        &self,
        fields: edgegrid::AuthFields,
        request: &edgegrid::Request<'_>,
    ) -> Result<(), Reply> {
        if !self.signature_matches(request, &fields) {
            return Err(problem::unauthorized("The signature does not match"));
        }
        let mut nonces = self.nonces.lock().unwrap_or_else(|p| p.into_inner());
        let t = Instant::now();
        while let Some((at, _)) = nonces.order.front() {
            if t.duration_since(*at) < NONCE_MEMORY && nonces.order.len() < MAX_NONCES {
                break;
            }
            if let Some((_, old)) = nonces.order.pop_front() {
                nonces.seen.remove(&old);
            }
        }
        if nonces.seen.contains(&fields.nonce) {
            return Err(problem::unauthorized("Nonce has already been used"));
        }
        nonces.seen.insert(fields.nonce.clone());
        nonces.order.push_back((t, fields.nonce));
        Ok(())
    }

    /// Both checks at wall-clock `now`.
    #[cfg(test)]
    pub fn check(&self, req: &Incoming<'_>, now: OffsetDateTime) -> Result<(), Reply> {
        let fields = self.precheck(req.authorization, now)?;
        self.verify(fields, &req.request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds() -> Credentials {
        crate::default_credentials()
    }

    /// Signed by the test kit's signer, not the one the verifier uses, for an http URL.
    fn signed(c: &Credentials, ts: &str, nonce: &str) -> String {
        signed_for("http", c, ts, nonce)
    }

    fn signed_for(scheme: &str, c: &Credentials, ts: &str, nonce: &str) -> String {
        let kit = moks_testkit::edgegrid::Creds {
            client_token: c.client_token.clone(),
            client_secret: c.client_secret.clone(),
            access_token: c.access_token.clone(),
            max_body: c.max_body,
        };
        moks_testkit::edgegrid::authorization(
            &kit,
            "POST",
            &format!("{scheme}://127.0.0.1:1"),
            "/p?q=1",
            b"{}",
            ts,
            nonce,
        )
    }

    fn check(v: &Verifier, auth: &str, now: OffsetDateTime) -> Result<(), String> {
        v.check(
            &Incoming {
                request: edgegrid::Request {
                    method: "POST",
                    scheme: v.scheme(),
                    host: "127.0.0.1:1",
                    path_and_query: "/p?q=1",
                    headers: &[],
                    body: b"{}",
                },
                authorization: Some(auth),
            },
            now,
        )
        .map_err(|r| r.body.unwrap()["detail"].as_str().unwrap().to_string())
    }

    #[test]
    fn the_scheme_served_is_verified_and_https_also_on_plain_http() {
        let now = OffsetDateTime::now_utc();
        let ts = edgegrid::timestamp(now);
        let plain = Verifier::new(creds(), "http");
        assert_eq!(
            check(&plain, &signed_for("http", &creds(), &ts, "s1"), now),
            Ok(())
        );
        assert_eq!(
            check(&plain, &signed_for("https", &creds(), &ts, "s2"), now),
            Ok(())
        );
        let tls = Verifier::new(creds(), "https");
        assert_eq!(
            check(&tls, &signed_for("https", &creds(), &ts, "s3"), now),
            Ok(())
        );
        assert_eq!(
            check(&tls, &signed_for("http", &creds(), &ts, "s4"), now).unwrap_err(),
            "The signature does not match"
        );
    }

    #[test]
    fn signature_rules() {
        let v = Verifier::new(creds(), "http");
        let now = OffsetDateTime::now_utc();
        let ts = edgegrid::timestamp(now);
        assert_eq!(check(&v, &signed(&creds(), &ts, "n1"), now), Ok(()));
        assert_eq!(
            check(&v, &signed(&creds(), &ts, "n1"), now).unwrap_err(),
            "Nonce has already been used"
        );
        let mut wrong = creds();
        wrong.client_secret = "other".into();
        assert_eq!(
            check(&v, &signed(&wrong, &ts, "n2"), now).unwrap_err(),
            "The signature does not match"
        );
        let old = edgegrid::timestamp(now - time::Duration::seconds(31));
        assert!(check(&v, &signed(&creds(), &old, "n3"), now)
            .unwrap_err()
            .starts_with("Invalid timestamp"));
        let mut tok = creds();
        tok.client_token = "akab-other".into();
        assert_eq!(
            check(&v, &signed(&tok, &ts, "n4"), now).unwrap_err(),
            "Invalid client token"
        );
        assert!(check(&v, "Bearer x", now)
            .unwrap_err()
            .starts_with("Invalid authorization header"));
        // the failed attempts did not burn their nonces
        assert_eq!(check(&v, &signed(&creds(), &ts, "n2"), now), Ok(()));
    }

    #[test]
    fn nonces_are_bounded_in_length() {
        let v = Verifier::new(creds(), "http");
        let now = OffsetDateTime::now_utc();
        let ts = edgegrid::timestamp(now);
        let long = "n".repeat(MAX_NONCE_LEN + 1);
        assert!(check(&v, &signed(&creds(), &ts, &long), now)
            .unwrap_err()
            .starts_with("Invalid nonce"));
    }
}
