//! An HTTP error answer from an API, and which API gave it.
//!
//! Rules:
//! - The API is named where the request is made ([`crate::http::Request::api`]), never
//!   guessed from the answer: each API's problem body is read by its own decoder
//!   (`moks.rs`, `truststore.rs`), which also owns that API's hints.
//! - The headline is the problem's `title: detail` (the parts every Akamai problem has),
//!   else the status and an excerpt of the body; the detail lines are the decoder's.
//! - Everything quoted from the answer came from the server: it is shown through
//!   [`excerpt`] (one line, escaped, bounded).
//! - The clock hint is for EdgeGrid APIs only, and only when a 401's detail is about the
//!   timestamp or the signature (what Akamai's gateway says of a request signed with a
//!   skewed clock or wrong credentials).

use serde_json::Value;

use super::text::{excerpt, status_text};
use super::Kind;

/// The API that answered: which decoder reads its problems and which hints it gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    /// The mTLS Origin Keystore: problem+json with `problemId` and `errors[].field`.
    Moks,
    /// The Edge Truststore: problems with `instance`, `errors[].pointer`, `contextInfo` and
    /// a `type` whose slug names the problem.
    Truststore,
}

impl Api {
    /// Whether the API authenticates with EdgeGrid (so a signature 401 may be the clock).
    fn edgegrid(self) -> bool {
        match self {
            Api::Moks | Api::Truststore => true,
        }
    }

    fn details(self, problem: &Value) -> Vec<String> {
        match self {
            Api::Moks => super::moks::details(problem),
            Api::Truststore => super::truststore::details(problem),
        }
    }

    fn hints(self, problem: &Value) -> Vec<String> {
        match self {
            Api::Moks => super::moks::hints(problem),
            Api::Truststore => super::truststore::hints(problem),
        }
    }
}

/// An HTTP error answer from the API (after retries): exit 4 for 4xx, 5 otherwise.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    /// The API that answered, as the request named it.
    pub api: Api,
    /// The body parsed as JSON, when it is JSON.
    pub problem: Option<Value>,
    /// The raw body, as received (printed to stdout with `--json`).
    pub body: Vec<u8>,
    /// Hints the client adds (why it stopped retrying, when the API takes requests again).
    pub client_hints: Vec<String>,
}

/// A string field of a problem, when present and not empty.
pub(super) fn field<'a>(v: &'a Value, name: &str) -> Option<&'a str> {
    v.get(name)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// A field of the problem, on one line, control characters escaped, at most 300
/// characters: it came from the server.
pub(super) fn shown(v: &Value, name: &str) -> Option<String> {
    field(v, name).map(|s| excerpt(s, 300))
}

/// One line per nested `errors[]` entry (at most 50): its text, after the field it is about
/// when the entry names one under `at` (`field` for MOKS, `pointer` for the Edge Truststore).
pub(super) fn nested(p: &Value, at: &str) -> Vec<String> {
    let Some(errors) = p.get("errors").and_then(Value::as_array) else {
        return vec![];
    };
    errors
        .iter()
        .take(50)
        .map(|e| {
            let text = shown(e, "detail")
                .or_else(|| shown(e, "title"))
                .or_else(|| shown(e, "message"))
                .unwrap_or_else(|| "(no detail)".into());
            match shown(e, at) {
                Some(f) => format!("{f}: {text}"),
                None => text,
            }
        })
        .collect()
}

impl ApiError {
    /// A 4xx is a refusal (exit 4), anything else the API failing (exit 5).
    pub fn kind(&self) -> Kind {
        if (400..500).contains(&self.status) {
            Kind::Refused
        } else {
            Kind::ApiFailed
        }
    }

    /// The body as a problem object, when it is one.
    fn object(&self) -> Option<&Value> {
        self.problem.as_ref().filter(|p| p.is_object())
    }

    /// The first line: `<title>: <detail>` for problem+json, else the status and an excerpt.
    pub fn headline(&self) -> String {
        let status = status_text(self.status);
        if let Some(p) = self.object() {
            let title = shown(p, "title").unwrap_or_else(|| format!("HTTP {status}"));
            return match shown(p, "detail") {
                // Edge Truststore titles are sentences ("The CA set is in use."): their
                // full stop does not go before the colon.
                Some(d) if d != title => {
                    format!("{}: {d}", title.strip_suffix('.').unwrap_or(&title))
                }
                _ => title,
            };
        }
        let text = String::from_utf8_lossy(&self.body);
        let excerpt = excerpt(&text, 200);
        if excerpt.is_empty() {
            format!("HTTP {status} (empty body)")
        } else {
            format!("HTTP {status}: {excerpt}")
        }
    }

    /// The indented lines after the headline, as the API's decoder reads its problem.
    pub fn details(&self) -> Vec<String> {
        self.object()
            .map(|p| self.api.details(p))
            .unwrap_or_default()
    }

    /// The clock hint (EdgeGrid APIs, a 401 about the timestamp or signature), the API's
    /// own hints for its problem, then the client's.
    pub fn hints(&self) -> Vec<String> {
        let mut hints = Vec::new();
        if self.status == 401 && self.api.edgegrid() {
            let detail = self
                .object()
                .and_then(|p| field(p, "detail"))
                .unwrap_or("")
                .to_ascii_lowercase();
            if detail.contains("timestamp") || detail.contains("signature") {
                hints.push(
                    "check the system clock (it must be within 30 s of real time) and the \
                     client_token, client_secret and access_token in your credentials"
                        .to_string(),
                );
            }
        }
        if let Some(p) = self.object() {
            hints.extend(self.api.hints(p));
        }
        hints.extend(self.client_hints.iter().cloned());
        hints
    }

    /// The slug of an Edge Truststore problem's `type` (matched on the slug, never on the
    /// whole type, which changed between versions), when the Edge Truststore answered.
    pub fn truststore_slug(&self) -> Option<&str> {
        match self.api {
            Api::Truststore => super::truststore::slug(self.object()?),
            Api::Moks => None,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.headline())
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
pub(super) fn answer(api: Api, status: u16, body: &str) -> ApiError {
    ApiError {
        status,
        api,
        problem: serde_json::from_str(body).ok(),
        body: body.as_bytes().to_vec(),
        client_hints: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn api(status: u16, body: &str) -> ApiError {
        answer(Api::Moks, status, body)
    }

    #[test]
    fn a_4xx_is_refused_anything_else_failed() {
        assert_eq!(api(404, "{}").kind(), Kind::Refused);
        assert_eq!(api(429, "{}").kind(), Kind::Refused);
        assert_eq!(api(500, "{}").kind(), Kind::ApiFailed);
        assert_eq!(api(302, "").kind(), Kind::ApiFailed);
    }

    #[test]
    fn non_json_body_shows_status_and_excerpt() {
        let e = api(502, "<html>\n<body>Bad   gateway</body></html>");
        assert_eq!(
            e.headline(),
            "HTTP 502 Bad Gateway: <html> <body>Bad gateway</body></html>"
        );
        assert_eq!(
            api(503, "").headline(),
            "HTTP 503 Service Unavailable (empty body)"
        );
        let long = "x".repeat(500);
        assert!(api(500, &long).headline().ends_with('…'));
        assert!(api(500, "[1, 2]").details().is_empty());
    }

    #[test]
    fn what_a_server_sent_is_escaped_before_it_is_shown() {
        let e = api(502, "<b>\u{1b}]0;pwned\u{7}\u{1b}[2J</b>\u{202e}txt.exe");
        assert_eq!(
            e.headline(),
            "HTTP 502 Bad Gateway: <b>\\u{1b}]0;pwned\\u{7}\\u{1b}[2J</b>\\u{202e}txt.exe"
        );
        let e = api(
            400,
            &json!({"title": "Bad\u{1b}[31m", "detail": "x\u{9b}y",
                "errors": [{"field": "f\u{0}", "detail": "d\r\n\u{1b}[1A"}]})
            .to_string(),
        );
        assert_eq!(e.headline(), "Bad\\u{1b}[31m: x\\u{9b}y");
        assert_eq!(e.details(), vec!["f\\u{0}: d \\u{1b}[1A"]);
    }

    #[test]
    fn client_hints_come_last() {
        let mut a = api(429, "{}");
        a.client_hints
            .push("the API takes requests again at …".into());
        assert_eq!(a.hints(), vec!["the API takes requests again at …"]);
    }

    #[test]
    fn signature_401_gets_a_clock_hint_from_either_edgegrid_api() {
        for which in [Api::Moks, Api::Truststore] {
            let e = answer(
                which,
                401,
                r#"{"title":"Unauthorized","detail":"The signature does not match"}"#,
            );
            assert_eq!(e.hints().len(), 1);
            assert!(e.hints()[0].contains("clock"));
            let e = answer(which, 401, r#"{"detail":"Invalid timestamp"}"#);
            assert_eq!(e.hints().len(), 1);
            let e = answer(which, 401, r#"{"detail":"no grant"}"#);
            assert!(e.hints().is_empty());
            let e = answer(which, 403, r#"{"detail":"bad signature"}"#);
            assert!(e.hints().is_empty());
        }
    }

    #[test]
    fn the_request_names_the_api_that_answers() {
        use crate::http::{Request, AKAMAI_HOST, MOKS, TRUSTSTORE};
        use reqwest::Method;
        assert_eq!(
            Request::new(&MOKS, Method::GET, "/x").answering(),
            Api::Moks
        );
        assert_eq!(
            Request::new(&TRUSTSTORE, Method::GET, "/ca-sets").answering(),
            Api::Truststore
        );
        let host = |path: &str| Request::on_host(&AKAMAI_HOST, Method::GET, path, None).answering();
        assert_eq!(host("/mtls-edge-truststore/v2/ca-sets"), Api::Truststore);
        assert_eq!(host("/mtls-edge-truststore/v2"), Api::Truststore);
        assert_eq!(host("/mtls-edge-truststore/v20/x"), Api::Moks);
        assert_eq!(host("/mtls-origin-keystore/v1/ca-certificates"), Api::Moks);
    }

    #[test]
    fn the_slug_is_read_only_from_the_truststore() {
        let body = r#"{"type":"/mtls-edge-truststore/error-types/ca-set-not-found"}"#;
        assert_eq!(
            answer(Api::Truststore, 404, body).truststore_slug(),
            Some("ca-set-not-found")
        );
        assert_eq!(answer(Api::Moks, 404, body).truststore_slug(), None);
    }
}
