//! The Akamai EdgeGrid `EG1-HMAC-SHA256` request signer, as pure functions.
//!
//! Rules (see the EdgeGrid reference and Akamai's official test vectors, transcribed in the
//! tests below):
//! - the timestamp (`yyyyMMddTHH:mm:ss+0000`, UTC) and the nonce are passed in, so every
//!   function here is deterministic; the client makes a fresh pair for every attempt;
//! - the signing key is `base64(HMAC(client_secret as text, timestamp))`, and the signature is
//!   `base64(HMAC(signing key as text, data to sign))`: neither key is ever base64-decoded;
//! - the data to sign is seven TAB-joined fields: method, the scheme of the URL called
//!   (lower-case, `https` for Akamai's API hosts, `http` for a plain-http server such as the
//!   moks sandbox: Akamai's own signers, edgegrid-python among them, sign the URL's scheme),
//!   lower-case host, the path and query exactly as sent, the canonical signed headers, the
//!   content hash, and the unsigned Authorization header;
//! - only a POST body is hashed, and only its first `max_body` **bytes**;
//! - signed headers follow `headers_to_sign` order, names lower-cased, values trimmed with
//!   inner whitespace runs collapsed to one space.
//!
//! The sandbox verifies signatures with the same functions ([`sign`] recomputed from what
//! arrived), and the integration tests verify them with an independent implementation.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// The Authorization scheme moniker.
pub const MONIKER: &str = "EG1-HMAC-SHA256";

/// Akamai's default, and the only value the edge honours in practice.
pub const DEFAULT_MAX_BODY: usize = 131_072;

/// The token triple plus signing settings. `client_secret` never leaves this struct except
/// as HMAC key material; `Debug` redacts it.
#[derive(Clone)]
pub struct Credentials {
    pub client_token: String,
    pub client_secret: String,
    pub access_token: String,
    pub max_body: usize,
    pub headers_to_sign: Vec<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("client_token", &redact_token(&self.client_token))
            .field("client_secret", &"<redacted>")
            .field("access_token", &redact_token(&self.access_token))
            .field("max_body", &self.max_body)
            .field("headers_to_sign", &self.headers_to_sign)
            .finish()
    }
}

/// Shows the first characters of a token (enough to tell two apart), never the whole.
pub fn redact_token(token: &str) -> String {
    let head: String = token.chars().take(9).collect();
    if token.chars().count() > 9 {
        format!("{head}…")
    } else {
        "<redacted>".to_string()
    }
}

/// What the signature covers, as it goes on the wire.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub method: &'a str,
    /// The scheme of the URL called, `https` or `http` (signed lower-cased).
    pub scheme: &'a str,
    /// Host as sent (the `Host` header), with a non-default port kept.
    pub host: &'a str,
    /// Raw path plus `?query` when the query is non-empty, percent-encoding untouched.
    pub path_and_query: &'a str,
    /// Request headers in any order; only those named in `headers_to_sign` count.
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
}

/// The result of signing: the header value and the data that was signed (for debugging;
/// it holds no secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub authorization: String,
    pub data_to_sign: String,
}

type HmacSha256 = Hmac<Sha256>;

fn hmac_b64(key: &[u8], message: &[u8]) -> String {
    // HMAC accepts keys of any length; this cannot fail.
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(message);
    B64.encode(mac.finalize().into_bytes())
}

/// The EdgeGrid timestamp form, `yyyyMMddTHH:mm:ss+0000`, always in UTC.
const TIMESTAMP: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year][month][day]T[hour]:[minute]:[second]+0000");

/// `at` as an EdgeGrid timestamp (`yyyyMMddTHH:mm:ss+0000`, converted to UTC).
pub fn timestamp(at: OffsetDateTime) -> String {
    // Formatting cannot fail: every component is part of an OffsetDateTime.
    at.to_offset(time::UtcOffset::UTC)
        .format(TIMESTAMP)
        .unwrap_or_default()
}

/// Parses an EdgeGrid timestamp back into a time (used by the sandbox's clock check).
pub fn parse_timestamp(ts: &str) -> Option<OffsetDateTime> {
    time::PrimitiveDateTime::parse(ts, TIMESTAMP)
        .ok()
        .map(|p| p.assume_utc())
}

/// A fresh nonce: a lower-case UUID v4.
pub fn new_nonce() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// `base64(HMAC-SHA256(client_secret text, timestamp))`.
pub fn signing_key(client_secret: &str, timestamp: &str) -> String {
    hmac_b64(client_secret.as_bytes(), timestamp.as_bytes())
}

/// The content-hash field: empty unless the method is POST with a non-empty body; otherwise
/// the base64 SHA-256 of the first `max_body` bytes.
pub fn content_hash(method: &str, body: &[u8], max_body: usize) -> String {
    if !method.eq_ignore_ascii_case("POST") || body.is_empty() {
        return String::new();
    }
    let cut = &body[..body.len().min(max_body)];
    B64.encode(Sha256::digest(cut))
}

/// The canonical-headers field: `name:value` for each name of `headers_to_sign` present in
/// the request, in list order, TAB-joined.
pub fn canonical_headers(headers: &[(&str, &str)], headers_to_sign: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    for wanted in headers_to_sign {
        let wanted = wanted.trim();
        if wanted.is_empty() {
            continue;
        }
        if let Some((_, value)) = headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(wanted)) {
            let collapsed = value.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push(format!("{}:{}", wanted.to_ascii_lowercase(), collapsed));
        }
    }
    out.join("\t")
}

/// The Authorization header up to and including `nonce=…;`.
pub fn unsigned_header(creds: &Credentials, timestamp: &str, nonce: &str) -> String {
    format!(
        "{MONIKER} client_token={};access_token={};timestamp={timestamp};nonce={nonce};",
        creds.client_token, creds.access_token
    )
}

/// The seven TAB-joined fields; `unsigned_auth` is the last one (empty in the official
/// vectors' `expectedDataToSign`).
pub fn data_to_sign(creds: &Credentials, req: &Request<'_>, unsigned_auth: &str) -> String {
    let path = if req.path_and_query.is_empty() {
        "/"
    } else {
        req.path_and_query
    };
    [
        req.method.to_ascii_uppercase().as_str(),
        req.scheme.to_ascii_lowercase().as_str(),
        req.host.to_ascii_lowercase().as_str(),
        path,
        canonical_headers(req.headers, &creds.headers_to_sign).as_str(),
        content_hash(req.method, req.body, creds.max_body).as_str(),
        unsigned_auth,
    ]
    .join("\t")
}

/// Signs one request with the given timestamp and nonce.
pub fn sign(creds: &Credentials, req: &Request<'_>, timestamp: &str, nonce: &str) -> Signed {
    let unsigned = unsigned_header(creds, timestamp, nonce);
    let data = data_to_sign(creds, req, &unsigned);
    let key = signing_key(&creds.client_secret, timestamp);
    let signature = hmac_b64(key.as_bytes(), data.as_bytes());
    Signed {
        authorization: format!("{unsigned}signature={signature}"),
        data_to_sign: data,
    }
}

/// The fields of a received Authorization header (for the sandbox's verifier).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthFields {
    pub client_token: String,
    pub access_token: String,
    pub timestamp: String,
    pub nonce: String,
    pub signature: String,
}

/// Splits `EG1-HMAC-SHA256 client_token=…;access_token=…;timestamp=…;nonce=…;signature=…`.
/// Returns `None` when the moniker or any field is missing.
pub fn parse_authorization(value: &str) -> Option<AuthFields> {
    let rest = value.strip_prefix(MONIKER)?.strip_prefix(' ')?;
    let get = |name: &str| -> Option<String> {
        rest.split(';')
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    };
    Some(AuthFields {
        client_token: get("client_token")?,
        access_token: get("access_token")?,
        timestamp: get("timestamp")?,
        nonce: get("nonce")?,
        signature: get("signature")?,
    })
}

/// Constant-time comparison of two signatures.
pub fn signatures_equal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
#[path = "signer_vectors.rs"]
mod vectors;

#[cfg(test)]
mod tests {
    use super::*;

    fn creds(max_body: usize) -> Credentials {
        Credentials {
            client_token: "ct".into(),
            client_secret: "secret".into(),
            access_token: "at".into(),
            max_body,
            headers_to_sign: vec![],
        }
    }

    #[test]
    fn timestamp_is_22_chars_utc_with_literal_offset() {
        let t = time::macros::datetime!(2014-03-21 12:34:21 -07:00);
        assert_eq!(timestamp(t), "20140321T19:34:21+0000");
        assert_eq!(timestamp(t).len(), 22);
        assert_eq!(parse_timestamp("20140321T19:34:21+0000"), Some(t));
        assert_eq!(parse_timestamp("2014-03-21T19:34:21Z"), None);
    }

    #[test]
    fn nonce_is_a_fresh_lowercase_uuid_v4() {
        let (a, b) = (new_nonce(), new_nonce());
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(a, a.to_lowercase());
        assert_eq!(&a[14..15], "4");
    }

    #[test]
    fn only_post_bodies_are_hashed() {
        for m in ["GET", "PUT", "PATCH", "DELETE"] {
            assert_eq!(content_hash(m, b"data", 10), "");
        }
        assert_eq!(content_hash("POST", b"", 10), "");
        assert_ne!(content_hash("post", b"data", 10), "");
    }

    #[test]
    fn truncation_cuts_bytes_inside_a_multibyte_character() {
        // "é" is two bytes (C3 A9); a max_body of 3 cuts "aé…" after the first byte of the
        // second character, which a char-based cut could not do.
        let body = "aééé".as_bytes();
        let expected = B64.encode(Sha256::digest([b'a', 0xC3, 0xA9]));
        assert_eq!(content_hash("POST", body, 3), expected);
        let expected_mid = B64.encode(Sha256::digest([b'a', 0xC3]));
        assert_eq!(content_hash("POST", body, 2), expected_mid);
        // And the signature changes only with the hashed prefix.
        let c = creds(2);
        let r = |b: &'static [u8]| Request {
            method: "POST",
            scheme: "https",
            host: "h",
            path_and_query: "/",
            headers: &[],
            body: b,
        };
        let a = sign(&c, &r("aé".as_bytes()), "20140321T19:34:21+0000", "n");
        let b = sign(&c, &r("bé".as_bytes()), "20140321T19:34:21+0000", "n");
        assert_eq!(
            a.authorization,
            sign(&c, &r(&[b'a', 0xC3, 0xFF]), "20140321T19:34:21+0000", "n").authorization
        );
        assert_ne!(a.authorization, b.authorization);
    }

    #[test]
    fn account_switch_key_is_part_of_the_signed_query() {
        let c = creds(DEFAULT_MAX_BODY);
        let base = Request {
            method: "GET",
            scheme: "https",
            host: "akab-x.luna.akamaiapis.net",
            path_and_query: "/mtls-origin-keystore/v1/client-certificates",
            headers: &[],
            body: b"",
        };
        let with = Request {
            path_and_query:
                "/mtls-origin-keystore/v1/client-certificates?accountSwitchKey=1-ABC%3A1-2",
            ..base
        };
        let ts = "20140321T19:34:21+0000";
        let s1 = sign(&c, &base, ts, "n");
        let s2 = sign(&c, &with, ts, "n");
        assert_ne!(s1.authorization, s2.authorization);
        assert!(s2.data_to_sign.contains(
            "\t/mtls-origin-keystore/v1/client-certificates?accountSwitchKey=1-ABC%3A1-2\t"
        ));
    }

    #[test]
    fn host_is_lowercased_and_port_kept() {
        let c = creds(DEFAULT_MAX_BODY);
        let r = Request {
            method: "get",
            scheme: "https",
            host: "LocalHost:8866",
            path_and_query: "",
            headers: &[],
            body: b"",
        };
        let d = data_to_sign(&c, &r, "");
        assert_eq!(d, "GET\thttps\tlocalhost:8866\t/\t\t\t");
    }

    #[test]
    fn the_scheme_called_is_signed() {
        // Akamai's signers sign the URL's scheme: a plain-http server is signed `http`.
        let c = creds(DEFAULT_MAX_BODY);
        let https = Request {
            method: "GET",
            scheme: "https",
            host: "127.0.0.1:8866",
            path_and_query: "/x",
            headers: &[],
            body: b"",
        };
        let http = Request {
            scheme: "HTTP",
            ..https
        };
        assert!(data_to_sign(&c, &http, "").starts_with("GET\thttp\t127.0.0.1:8866\t"));
        let ts = "20140321T19:34:21+0000";
        assert_ne!(
            sign(&c, &http, ts, "n").authorization,
            sign(&c, &https, ts, "n").authorization
        );
    }

    #[test]
    fn headers_to_sign_names_are_trimmed_and_matched_case_insensitively() {
        let names = vec![" X-B".to_string(), "x-a ".to_string(), "".into()];
        let h = [("x-a", "  one   two "), ("X-B", "b"), ("X-C", "c")];
        assert_eq!(canonical_headers(&h, &names), "x-b:b\tx-a:one two");
    }

    #[test]
    fn parse_authorization_round_trips() {
        let c = creds(1);
        let r = Request {
            method: "GET",
            scheme: "https",
            host: "h",
            path_and_query: "/",
            headers: &[],
            body: b"",
        };
        let s = sign(&c, &r, "20140321T19:34:21+0000", "abc");
        let f = parse_authorization(&s.authorization).unwrap();
        assert_eq!(f.client_token, "ct");
        assert_eq!(f.access_token, "at");
        assert_eq!(f.nonce, "abc");
        assert!(s
            .authorization
            .ends_with(&format!("signature={}", f.signature)));
        assert!(parse_authorization("Basic abc").is_none());
        assert!(signatures_equal(&f.signature, &f.signature.clone()));
        assert!(!signatures_equal(&f.signature, "x"));
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let c = Credentials {
            client_secret: "SuperSecretValue=".into(),
            ..creds(1)
        };
        assert!(!format!("{c:?}").contains("SuperSecret"));
    }
}
