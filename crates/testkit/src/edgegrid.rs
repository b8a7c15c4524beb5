//! An EdgeGrid EG1-HMAC-SHA256 signer and verifier written for the tests, independent of
//! the `moks-edgegrid` crate (it never calls it), so a bug in the signer cannot hide itself.
//!
//! From the request as it arrived: signing key = base64(HMAC-SHA256(key = client_secret text,
//! msg = timestamp)); data = TAB-joined [METHOD, the scheme of the URL called ("https", or
//! "http" for a plain-http server, as Akamai's signers do), Host header lower-cased, raw
//! path + "?" + raw query, "" (no signed headers), content hash (base64 SHA-256 of the first
//! `max_body` bytes of a non-empty POST body, else ""), the Authorization header up to and
//! including "nonce=…;"]; signature = base64(HMAC-SHA256(key = signing key as base64 TEXT,
//! msg = data)).

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

/// The credentials the mock expects.
#[derive(Debug, Clone)]
pub struct Creds {
    pub client_token: String,
    pub client_secret: String,
    pub access_token: String,
    pub max_body: usize,
}

/// The fields of an `Authorization: EG1-HMAC-SHA256 …` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Auth {
    pub client_token: String,
    pub access_token: String,
    pub timestamp: String,
    pub nonce: String,
    pub signature: String,
    /// Everything before `signature=`, exactly as received.
    pub unsigned: String,
}

fn hmac_b64(key: &[u8], msg: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(msg);
    B64.encode(mac.finalize().into_bytes())
}

/// Splits the header into its fields; the order is the one EdgeGrid prescribes.
pub fn parse_auth(header: &str) -> Result<Auth, String> {
    let rest = header
        .strip_prefix("EG1-HMAC-SHA256 ")
        .ok_or_else(|| format!("not an EG1-HMAC-SHA256 header: {header:?}"))?;
    let at = header
        .find("signature=")
        .ok_or("no signature= in the Authorization header")?;
    let mut fields = Vec::new();
    for part in rest.split(';').filter(|p| !p.is_empty()) {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| format!("'{part}' is not key=value"))?;
        fields.push((k.to_string(), v.to_string()));
    }
    let names: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
    if names
        != [
            "client_token",
            "access_token",
            "timestamp",
            "nonce",
            "signature",
        ]
    {
        return Err(format!("unexpected Authorization fields {names:?}"));
    }
    let unsigned = header[..at].to_string();
    if !unsigned.ends_with(';') {
        return Err("the unsigned part does not end with ';'".into());
    }
    let get = |i: usize| fields[i].1.clone();
    Ok(Auth {
        client_token: get(0),
        access_token: get(1),
        timestamp: get(2),
        nonce: get(3),
        signature: get(4),
        unsigned,
    })
}

/// The EdgeGrid content hash: only for a POST with a body, over its first `max_body` bytes.
pub fn content_hash(method: &str, body: &[u8], max_body: usize) -> String {
    if method != "POST" || body.is_empty() {
        return String::new();
    }
    B64.encode(Sha256::digest(&body[..body.len().min(max_body)]))
}

/// The string that is signed; `scheme` is that of the URL called (`http` or `https`).
pub fn data_to_sign(
    creds: &Creds,
    scheme: &str,
    method: &str,
    host: &str,
    path_and_query: &str,
    body: &[u8],
    unsigned: &str,
) -> String {
    [
        method.to_string(),
        scheme.to_ascii_lowercase(),
        host.to_ascii_lowercase(),
        path_and_query.to_string(),
        String::new(),
        content_hash(method, body, creds.max_body),
        unsigned.to_string(),
    ]
    .join("\t")
}

/// The signature the request should carry.
pub fn signature(creds: &Creds, timestamp: &str, data: &str) -> String {
    let signing_key = hmac_b64(creds.client_secret.as_bytes(), timestamp.as_bytes());
    hmac_b64(signing_key.as_bytes(), data.as_bytes())
}

/// An EdgeGrid timestamp (`yyyyMMddTHH:mm:ss+0000`) for `at`, formatted here by hand.
pub fn timestamp(at: time::OffsetDateTime) -> String {
    let t = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}:{:02}:{:02}+0000",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A fresh random nonce (any unique string is a valid nonce).
pub fn nonce() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// The whole `Authorization` header for a request to `base_url` (`scheme://host[:port]`, the
/// scheme and host signed as given), signed with `creds`.
pub fn authorization(
    creds: &Creds,
    method: &str,
    base_url: &str,
    path_and_query: &str,
    body: &[u8],
    timestamp: &str,
    nonce: &str,
) -> String {
    let unsigned = format!(
        "EG1-HMAC-SHA256 client_token={};access_token={};timestamp={timestamp};nonce={nonce};",
        creds.client_token, creds.access_token
    );
    let (scheme, host) = base_url.split_once("://").unwrap_or(("https", base_url));
    let data = data_to_sign(creds, scheme, method, host, path_and_query, body, &unsigned);
    format!("{unsigned}signature={}", signature(creds, timestamp, &data))
}

fn timestamp_ok(ts: &str) -> bool {
    let b = ts.as_bytes();
    ts.len() == 22
        && ts.ends_with("+0000")
        && b[8] == b'T'
        && b[11] == b':'
        && b[14] == b':'
        && b[..8].iter().all(u8::is_ascii_digit)
        && [9, 10, 12, 13, 15, 16]
            .iter()
            .all(|i| b[*i].is_ascii_digit())
}

/// Verifies a request received by a server of `scheme` (`http` or `https`); `Ok` holds the
/// parsed header.
pub fn verify(
    creds: &Creds,
    scheme: &str,
    method: &str,
    host: &str,
    path_and_query: &str,
    body: &[u8],
    authorization: Option<&str>,
) -> Result<Auth, String> {
    let header = authorization.ok_or("no Authorization header")?;
    let auth = parse_auth(header)?;
    if auth.client_token != creds.client_token || auth.access_token != creds.access_token {
        return Err("client_token or access_token is not the expected one".into());
    }
    if !timestamp_ok(&auth.timestamp) {
        return Err(format!("bad timestamp {:?}", auth.timestamp));
    }
    let data = data_to_sign(
        creds,
        scheme,
        method,
        host,
        path_and_query,
        body,
        &auth.unsigned,
    );
    let want = signature(creds, &auth.timestamp, &data);
    if want != auth.signature {
        return Err(format!(
            "signature mismatch for {method} {path_and_query} (data signed: {data:?})"
        ));
    }
    Ok(auth)
}

#[cfg(test)]
mod tests {
    //! The verifier itself, checked against two of Akamai's official vectors (transcribed;
    //! tests do not read ../shared), so that a passing suite means something.
    use super::*;

    fn vector_creds() -> Creds {
        Creds {
            client_token: "akab-client-token-xxx-xxxxxxxxxxxxxxxx".into(),
            client_secret: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=".into(),
            access_token: "akab-access-token-xxx-xxxxxxxxxxxxxxxx".into(),
            max_body: 2048,
        }
    }
    const HOST: &str = "akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net";
    const PREFIX: &str = "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;";

    #[test]
    fn verifier_reproduces_official_vectors() {
        let c = vector_creds();
        let get = format!("{PREFIX}signature=hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA=");
        verify(
            &c,
            "https",
            "GET",
            HOST,
            "/testapi/v1/t1?p1=1&p2=2",
            b"",
            Some(&get),
        )
        .unwrap();
        let post = format!("{PREFIX}signature=hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4=");
        let body = b"datadatadatadatadatadatadatadata";
        verify(
            &c,
            "https",
            "POST",
            HOST,
            "/testapi/v1/t3",
            body,
            Some(&post),
        )
        .unwrap();
        assert_eq!(
            data_to_sign(&c, "https", "POST", HOST, "/testapi/v1/t3", body, PREFIX),
            format!(
                "POST\thttps\t{HOST}\t/testapi/v1/t3\t\tfDimoYqXOLntG3If/Z0K2aS9I19Pkv9P5OMCoL8lY0w=\t{PREFIX}"
            )
        );
    }

    #[test]
    fn verifier_rejects_tampering() {
        let c = vector_creds();
        let get = format!("{PREFIX}signature=hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA=");
        assert!(verify(
            &c,
            "https",
            "GET",
            HOST,
            "/testapi/v1/t1?p1=1&p2=3",
            b"",
            Some(&get)
        )
        .is_err());
        assert!(verify(
            &c,
            "https",
            "PUT",
            HOST,
            "/testapi/v1/t1?p1=1&p2=2",
            b"",
            Some(&get)
        )
        .is_err());
        let wrong = Creds {
            client_secret: "other".into(),
            ..vector_creds()
        };
        assert!(verify(
            &wrong,
            "https",
            "GET",
            HOST,
            "/testapi/v1/t1?p1=1&p2=2",
            b"",
            Some(&get)
        )
        .is_err());
        assert!(verify(&c, "https", "GET", HOST, "/", b"", None).is_err());
    }

    #[test]
    fn signer_reproduces_official_vector_and_formats_timestamps() {
        let c = vector_creds();
        let ts = "20140321T19:34:21+0000";
        let nonce = "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
        assert_eq!(
            authorization(
                &c,
                "GET",
                &format!("https://{HOST}"),
                "/testapi/v1/t1?p1=1&p2=2",
                b"",
                ts,
                nonce
            ),
            format!("{PREFIX}signature=hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA=")
        );
        let at = time::macros::datetime!(2014-03-21 19:34:21 UTC);
        assert_eq!(timestamp(at), ts);
        assert_ne!(nonce_fresh(), nonce_fresh());
    }

    #[test]
    fn the_scheme_called_is_signed() {
        let c = vector_creds();
        let ts = "20140321T19:34:21+0000";
        let pq = "/testapi/v1/t1?p1=1&p2=2";
        let plain = authorization(&c, "GET", "http://127.0.0.1:8866", pq, b"", ts, "n");
        verify(&c, "http", "GET", "127.0.0.1:8866", pq, b"", Some(&plain)).unwrap();
        assert!(verify(&c, "https", "GET", "127.0.0.1:8866", pq, b"", Some(&plain)).is_err());
    }

    fn nonce_fresh() -> String {
        nonce()
    }
}
