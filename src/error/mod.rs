//! Typed errors and the exit-code table.
//!
//! Every failure a user can meet maps to exactly one exit code, chosen in one place
//! ([`exit_code`]) by downcasting the `anyhow::Error` that reached `main`. The codes are a
//! contract documented in the README and in `moks --help`:
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | unexpected error (a bug, an I/O failure outside the categories below) |
//! | 2 | usage: clap's errors and every invalid flag value; nothing was sent |
//! | 3 | configuration or credentials (.edgerc, environment, sandbox state file) |
//! | 4 | the API refused the request (4xx, a 429 included), or a name/version did not resolve |
//! | 5 | the API failed: 5xx after retries, an answer moks cannot use (not the JSON expected, over the size cap, a redirect to another origin), or an Edge Truststore activation, deactivation or deletion that ended FAILED |
//! | 6 | network, TLS or timeout |
//! | 7 | a wait timed out |
//! | 8 | an expiry check found certificates inside the window |
//! | 130 | interrupted (Ctrl-C) while waiting |
//!
//! Messages follow one shape: `moks: error: <what>: <why>`, lower-case, no trailing period,
//! then optional indented detail lines and `hint:` lines. No message ever holds a secret.

use serde_json::Value;

pub mod truststore;

pub const EXIT_OK: u8 = 0;
pub const EXIT_UNEXPECTED: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_CONFIG: u8 = 3;
pub const EXIT_API_REFUSED: u8 = 4;
pub const EXIT_API_FAILED: u8 = 5;
pub const EXIT_NETWORK: u8 = 6;
pub const EXIT_WAIT_TIMEOUT: u8 = 7;
pub const EXIT_EXPIRING: u8 = 8;
/// 128 + SIGINT, what shells report for a command stopped by Ctrl-C.
pub const EXIT_INTERRUPTED: u8 = 130;

/// The table printed at the end of `moks --help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    success
  1    unexpected error
  2    usage: invalid flags or values (nothing was sent)
  3    configuration or credentials (.edgerc, environment, sandbox state)
  4    the API refused the request (4xx, a 429 included), or a name/version did not resolve
  5    the API failed: 5xx after retries, an answer moks cannot use (not the JSON
       expected, over --max-response-size, a redirect to another origin), or a
       truststore activation, deactivation or deletion that ended FAILED
  6    network, TLS or timeout
  7    a wait timed out
  8    an expiry check found certificates inside the window
  130  interrupted (Ctrl-C) while waiting";

/// Invalid input found before any request: exit 2.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct UsageError {
    pub message: String,
    /// Indented lines after the message (each problem of a list, one line each).
    pub details: Vec<String>,
    pub hints: Vec<String>,
}

pub fn usage(message: impl Into<String>) -> anyhow::Error {
    usage_with_hint(message, None::<String>)
}

pub fn usage_with_hint(
    message: impl Into<String>,
    hint: Option<impl Into<String>>,
) -> anyhow::Error {
    UsageError {
        message: message.into(),
        details: vec![],
        hints: hint.map(Into::into).into_iter().collect(),
    }
    .into()
}

/// A usage error listing several problems: the summary, then one indented line each.
pub fn usage_with_details(
    message: impl Into<String>,
    details: Vec<String>,
    hints: Vec<String>,
) -> anyhow::Error {
    UsageError {
        message: message.into(),
        details,
        hints,
    }
    .into()
}

/// A configuration or credentials problem: exit 3. The EdgeGrid crate's type, so that its
/// `.edgerc` errors and the CLI's own configuration errors are one kind.
pub use edgegrid::ConfigError;

pub fn config_with_hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    ConfigError {
        message: message.into(),
        hints: vec![hint.into()],
    }
    .into()
}

pub fn config(message: impl Into<String>) -> anyhow::Error {
    ConfigError {
        message: message.into(),
        hints: vec![],
    }
    .into()
}

/// Something the client resolved locally was not there (a name, a version): exit 4, like
/// the API's own 404.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct NotFound {
    pub message: String,
    pub hints: Vec<String>,
}

/// Network, TLS or timeout: exit 6.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct NetworkError {
    pub message: String,
    pub hints: Vec<String>,
}

/// The API answered, but with something moks cannot use: a 2xx body that is not the JSON
/// expected, an answer over the size cap, a redirect it will not follow. Exit 5, like a 5xx:
/// the API failed.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct BadAnswer {
    pub message: String,
    pub hints: Vec<String>,
}

pub fn bad_answer(message: impl Into<String>) -> anyhow::Error {
    BadAnswer {
        message: message.into(),
        hints: vec![],
    }
    .into()
}

/// An HTTP error answer from the API (after retries): exit 4 for 4xx, 5 otherwise.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    /// The body parsed as JSON, when it is JSON.
    pub problem: Option<Value>,
    /// The raw body, as received (printed to stdout with `--json`).
    pub body: Vec<u8>,
    /// Hints the client adds (why it stopped retrying, when the API takes requests again).
    pub client_hints: Vec<String>,
}

impl ApiError {
    pub fn exit_code(&self) -> u8 {
        if (400..500).contains(&self.status) {
            EXIT_API_REFUSED
        } else {
            EXIT_API_FAILED
        }
    }

    fn field<'a>(v: &'a Value, name: &str) -> Option<&'a str> {
        v.get(name)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// A field of the problem, on one line, control characters escaped, at most 300
    /// characters: it came from the server.
    fn shown(v: &Value, name: &str) -> Option<String> {
        Self::field(v, name).map(|s| excerpt(s, 300))
    }

    /// The first line: `<title>: <detail>` for problem+json, else the status and an excerpt.
    pub fn headline(&self) -> String {
        let status = status_text(self.status);
        match &self.problem {
            Some(p) if p.is_object() => {
                let title = Self::shown(p, "title").unwrap_or_else(|| format!("HTTP {status}"));
                match Self::shown(p, "detail") {
                    // Edge Truststore titles are sentences ("The CA set is in use."): their
                    // full stop does not go before the colon.
                    Some(d) if d != title => {
                        format!("{}: {d}", title.strip_suffix('.').unwrap_or(&title))
                    }
                    _ => title,
                }
            }
            _ => {
                let text = String::from_utf8_lossy(&self.body);
                let excerpt = excerpt(&text, 200);
                if excerpt.is_empty() {
                    format!("HTTP {status} (empty body)")
                } else {
                    format!("HTTP {status}: {excerpt}")
                }
            }
        }
    }

    /// The indented lines after the headline: one per nested `errors[]` entry, then the
    /// problem id.
    pub fn details(&self) -> Vec<String> {
        let mut out = Vec::new();
        let Some(p) = &self.problem else { return out };
        if let Some(errors) = p.get("errors").and_then(Value::as_array) {
            for e in errors.iter().take(50) {
                let text = Self::shown(e, "detail")
                    .or_else(|| Self::shown(e, "title"))
                    .or_else(|| Self::shown(e, "message"))
                    .unwrap_or_else(|| "(no detail)".into());
                // MOKS names the field (`field`), the Edge Truststore points at it (`pointer`).
                match Self::shown(e, "field").or_else(|| Self::shown(e, "pointer")) {
                    Some(f) => out.push(format!("{f}: {text}")),
                    None => out.push(text),
                }
            }
        }
        if let Some(at) = Self::shown(p, "pointer") {
            out.push(format!("at: {at}"));
        }
        // MOKS names the occurrence `problemId`, the Edge Truststore `instance` (§3).
        if let Some(id) = Self::shown(p, "problemId") {
            out.push(format!("problemId: {id}"));
        } else if let Some(id) = Self::shown(p, "instance") {
            out.push(format!("instance: {id}"));
        }
        out
    }

    pub fn hints(&self) -> Vec<String> {
        let mut hints = Vec::new();
        if self.status == 401 {
            let detail = self
                .problem
                .as_ref()
                .and_then(|p| Self::field(p, "detail"))
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
        if let Some(p) = self
            .problem
            .as_ref()
            .filter(|p| truststore::is_truststore(p))
        {
            hints.extend(truststore::hints(p));
        }
        hints.extend(self.client_hints.iter().cloned());
        hints
    }

    /// The slug of an Edge Truststore problem's `type` (§3: matched on the slug, never on the
    /// whole type), when the answer is one.
    pub fn truststore_slug(&self) -> Option<&str> {
        let p = self
            .problem
            .as_ref()
            .filter(|p| truststore::is_truststore(p))?;
        Some(moks_model::truststore::error_slug(Self::field(p, "type")?))
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.headline())
    }
}

impl std::error::Error for ApiError {}

/// What was asked cannot be done in the state the API reported, and moks stops before
/// asking for it: a version that can never deploy, a delete refused without `--force`, a
/// CSR of a version that has none. Exit 4, like the API's own refusals (a 409).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Refused {
    pub message: String,
    pub hints: Vec<String>,
}

/// The API reports that what it was asked to do failed (an activation, deactivation or
/// deletion ended FAILED): exit 5, like a 5xx, since the request itself was accepted.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct OperationFailed {
    pub message: String,
    pub hints: Vec<String>,
}

/// A wait gave up: exit 7 (used by `--wait` and `wait`).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct WaitTimeout {
    pub message: String,
    pub hints: Vec<String>,
}

/// Ctrl-C stopped a wait: exit 130. What had been done before stays done.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Interrupted {
    pub message: String,
    pub hints: Vec<String>,
}

/// An expiry gate tripped: exit 8 (used by `expiring`).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Expiring(pub String);

/// The one place an error becomes an exit code.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if err.downcast_ref::<UsageError>().is_some() {
        EXIT_USAGE
    } else if err.downcast_ref::<ConfigError>().is_some()
        || err.downcast_ref::<moks_sandbox::Error>().is_some()
    {
        EXIT_CONFIG
    } else if let Some(api) = err.downcast_ref::<ApiError>() {
        api.exit_code()
    } else if err.downcast_ref::<NotFound>().is_some() || err.downcast_ref::<Refused>().is_some() {
        EXIT_API_REFUSED
    } else if err.downcast_ref::<BadAnswer>().is_some()
        || err.downcast_ref::<OperationFailed>().is_some()
    {
        EXIT_API_FAILED
    } else if err.downcast_ref::<NetworkError>().is_some() {
        EXIT_NETWORK
    } else if err.downcast_ref::<WaitTimeout>().is_some() {
        EXIT_WAIT_TIMEOUT
    } else if err.downcast_ref::<Expiring>().is_some() {
        EXIT_EXPIRING
    } else if err.downcast_ref::<Interrupted>().is_some() {
        EXIT_INTERRUPTED
    } else {
        EXIT_UNEXPECTED
    }
}

/// The lines printed for an error: the headline (without the `moks: error: ` prefix), then
/// detail lines (to be indented) and hints.
pub struct Rendered {
    pub headline: String,
    pub details: Vec<String>,
    pub hints: Vec<String>,
}

pub fn render(err: &anyhow::Error) -> Rendered {
    if let Some(api) = err.downcast_ref::<ApiError>() {
        // Context added on the way up (e.g. "rotate certificate 12") goes first.
        let mut headline = join_chain(
            err.chain()
                .take_while(|e| e.downcast_ref::<ApiError>().is_none())
                .map(|e| e.to_string()),
        );
        if !headline.is_empty() {
            headline.push_str(": ");
        }
        headline.push_str(&api.headline());
        return Rendered {
            headline,
            details: api.details(),
            hints: api.hints(),
        };
    }
    let hints = if let Some(u) = err.downcast_ref::<UsageError>() {
        u.hints.clone()
    } else if let Some(c) = err.downcast_ref::<ConfigError>() {
        c.hints.clone()
    } else if let Some(s) = err.downcast_ref::<moks_sandbox::Error>() {
        s.hints()
    } else if let Some(n) = err.downcast_ref::<NotFound>() {
        n.hints.clone()
    } else if let Some(n) = err.downcast_ref::<NetworkError>() {
        n.hints.clone()
    } else if let Some(b) = err.downcast_ref::<BadAnswer>() {
        b.hints.clone()
    } else if let Some(r) = err.downcast_ref::<Refused>() {
        r.hints.clone()
    } else if let Some(f) = err.downcast_ref::<OperationFailed>() {
        f.hints.clone()
    } else if let Some(w) = err.downcast_ref::<WaitTimeout>() {
        w.hints.clone()
    } else if let Some(i) = err.downcast_ref::<Interrupted>() {
        i.hints.clone()
    } else {
        vec![]
    };
    let details = err
        .downcast_ref::<UsageError>()
        .map(|u| u.details.clone())
        .unwrap_or_default();
    Rendered {
        headline: join_chain(err.chain().map(|e| e.to_string())),
        details,
        hints,
    }
}

/// Joins an error chain with ": ", leaving out a cause that the text before it already
/// quotes (typed errors often include their source in their own message).
fn join_chain(parts: impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for part in parts {
        if part.is_empty() || out.contains(&part) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&part);
    }
    out
}

/// The first `max` characters of `text` on one line (runs of white space become one space),
/// with [`printable`] escaping: what a server sent, made safe to show on a terminal.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut words = text.split_whitespace();
    let mut one_line = String::new();
    let mut count = 0usize;
    let mut cut = false;
    'outer: for (i, word) in words.by_ref().enumerate() {
        for c in (i > 0).then_some(' ').into_iter().chain(word.chars()) {
            if count == max {
                cut = true;
                break 'outer;
            }
            one_line.push(c);
            count += 1;
        }
    }
    let shown = printable(&one_line);
    if cut {
        format!("{shown}…")
    } else {
        shown
    }
}

/// `text` with every character a terminal would act on escaped as `\u{…}`: control
/// characters (C0, DEL, C1, so no escape sequence gets through) and the invisible
/// bidirectional and zero-width formatting characters that reorder or hide text.
pub fn printable(text: &str) -> String {
    crate::output::escape(text).into_owned()
}

/// `404 Not Found`: the status and its canonical reason phrase, or the number alone for a
/// status without one.
pub fn status_text(status: u16) -> String {
    match reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
    {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn api(status: u16, body: &str) -> ApiError {
        ApiError {
            status,
            problem: serde_json::from_str(body).ok(),
            body: body.as_bytes().to_vec(),
            client_hints: vec![],
        }
    }

    #[test]
    fn exit_codes_by_kind() {
        assert_eq!(exit_code(&usage("x")), EXIT_USAGE);
        assert_eq!(exit_code(&config("x")), EXIT_CONFIG);
        assert_eq!(exit_code(&api(404, "{}").into()), EXIT_API_REFUSED);
        assert_eq!(exit_code(&api(409, "{}").into()), EXIT_API_REFUSED);
        assert_eq!(exit_code(&api(500, "{}").into()), EXIT_API_FAILED);
        assert_eq!(exit_code(&api(503, "").into()), EXIT_API_FAILED);
        let nf: anyhow::Error = NotFound {
            message: "x".into(),
            hints: vec![],
        }
        .into();
        assert_eq!(exit_code(&nf), EXIT_API_REFUSED);
        let net: anyhow::Error = NetworkError {
            message: "x".into(),
            hints: vec![],
        }
        .into();
        assert_eq!(exit_code(&net), EXIT_NETWORK);
        let timeout: anyhow::Error = WaitTimeout {
            message: "x".into(),
            hints: vec!["h".into()],
        }
        .into();
        assert_eq!(exit_code(&timeout), EXIT_WAIT_TIMEOUT);
        assert_eq!(render(&timeout).hints, vec!["h"]);
        let refused: anyhow::Error = Refused {
            message: "x".into(),
            hints: vec!["r".into()],
        }
        .into();
        assert_eq!(exit_code(&refused), EXIT_API_REFUSED);
        assert_eq!(render(&refused).hints, vec!["r"]);
        let interrupted: anyhow::Error = Interrupted {
            message: "x".into(),
            hints: vec!["i".into()],
        }
        .into();
        assert_eq!(exit_code(&interrupted), EXIT_INTERRUPTED);
        assert_eq!(render(&interrupted).hints, vec!["i"]);
        assert_eq!(exit_code(&Expiring("x".into()).into()), EXIT_EXPIRING);
        assert_eq!(exit_code(&anyhow::anyhow!("x")), EXIT_UNEXPECTED);
        // Context on top keeps the code.
        let wrapped = anyhow::Error::from(api(400, "{}")).context("create certificate");
        assert_eq!(exit_code(&wrapped), EXIT_API_REFUSED);
    }

    #[test]
    fn problem_json_renders_title_detail_nested_errors_and_problem_id() {
        let e = api(
            400,
            &json!({"title":"Bad Request","detail":"Bad Request","problemId":"p-1",
                "errors":[{"field":"certificate","detail":"Certificate is either invalid"},
                          {"title":"Other"}]})
            .to_string(),
        );
        assert_eq!(e.headline(), "Bad Request");
        assert_eq!(
            e.details(),
            vec![
                "certificate: Certificate is either invalid",
                "Other",
                "problemId: p-1"
            ]
        );
        let e = api(404, r#"{"title":"Resource Not Found","detail":"gone"}"#);
        assert_eq!(e.headline(), "Resource Not Found: gone");
    }

    #[test]
    fn edge_truststore_problems_read_as_sentences_with_their_instance() {
        let e = api(
            409,
            &json!({"type":"/mtls-edge-truststore/error-types/ca-set-bound-to-hostname",
                "title":"The CA set is in use.","detail":"Detach them first.",
                "instance":"/mtls-edge-truststore/error-types/ca-set-bound-to-hostname/ab12",
                "errors":[{"pointer":"/certificates/0","detail":"expired"}]})
            .to_string(),
        );
        assert_eq!(e.headline(), "The CA set is in use: Detach them first.");
        assert_eq!(
            e.details(),
            vec![
                "/certificates/0: expired",
                "instance: /mtls-edge-truststore/error-types/ca-set-bound-to-hostname/ab12"
            ]
        );
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
        assert_eq!(excerpt("a\tb\n\nc", 3), "a b…");
        assert_eq!(excerpt("héllo wörld", 20), "héllo wörld");
        assert_eq!(printable("ok: é ✓"), "ok: é ✓");
    }

    #[test]
    fn bad_answers_exit_5_and_keep_their_hints() {
        let e: anyhow::Error = BadAnswer {
            message: "the API answered 200 OK with a body that is not JSON".into(),
            hints: vec!["h".into()],
        }
        .into();
        assert_eq!(exit_code(&e), EXIT_API_FAILED);
        assert_eq!(render(&e).hints, vec!["h"]);
        let mut a = api(429, "{}");
        a.client_hints
            .push("the API takes requests again at …".into());
        assert_eq!(a.hints(), vec!["the API takes requests again at …"]);
    }

    #[test]
    fn signature_401_gets_a_clock_hint() {
        let e = api(
            401,
            r#"{"title":"Unauthorized","detail":"The signature does not match"}"#,
        );
        assert_eq!(e.hints().len(), 1);
        assert!(e.hints()[0].contains("clock"));
        let e = api(401, r#"{"detail":"Invalid timestamp"}"#);
        assert_eq!(e.hints().len(), 1);
        let e = api(401, r#"{"detail":"no grant"}"#);
        assert!(e.hints().is_empty());
    }

    #[test]
    fn a_cause_already_quoted_is_not_repeated() {
        let inner = std::io::Error::other("disk on fire");
        let err = anyhow::Error::from(inner).context("cannot write x: disk on fire");
        assert_eq!(render(&err).headline, "cannot write x: disk on fire");
        let err = anyhow::anyhow!("root").context("outer");
        assert_eq!(render(&err).headline, "outer: root");
    }

    #[test]
    fn render_puts_context_before_the_api_headline() {
        let err = anyhow::Error::from(api(409, r#"{"title":"Conflict","detail":"busy"}"#))
            .context("rotate certificate 7");
        let r = render(&err);
        assert_eq!(r.headline, "rotate certificate 7: Conflict: busy");
    }
}
