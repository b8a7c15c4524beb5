//! One failure type, its kinds and the exit-code table; the APIs' error answers, each read
//! by its own API's decoder (`moks.rs`, `truststore.rs`, beside the answer in `api.rs`).
//!
//! Every failure a user can meet is a [`Failure`] of one [`Kind`], an [`ApiError`] (the
//! API's answer), a configuration error (`edgegrid::ConfigError`) or the sandbox's; its exit
//! code is chosen in one place ([`exit_code`]: one downcast each, then [`Kind::exit_code`],
//! one `match`). The codes are a contract documented in the README and in `moks --help`:
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

mod api;
mod moks;
mod text;
pub mod truststore;

pub use api::{Api, ApiError};
pub use text::{excerpt, printable, status_text};

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

/// What kind of failure it is: it decides the exit code, and nothing else does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A bug, or an I/O failure outside the kinds below.
    Unexpected,
    /// Invalid input found before any request.
    Usage,
    /// Configuration or credentials (`.edgerc`, environment, sandbox state file).
    Config,
    /// Something the client resolved locally was not there (a name, a version), like the
    /// API's own 404.
    NotFound,
    /// The API refused (a 4xx), or what was asked cannot be done in the state the API
    /// reported and moks stops before asking (a version that can never deploy, a delete
    /// refused without `--force`), like the API's own 409.
    Refused,
    /// The API failed: a 5xx after retries.
    ApiFailed,
    /// The API answered with something moks cannot use: a 2xx body that is not the JSON
    /// expected, an answer over the size cap, a redirect it will not follow.
    BadAnswer,
    /// The API accepted a request, then reported that carrying it out failed (an
    /// activation, deactivation or deletion that ended FAILED).
    OperationFailed,
    /// Network, TLS or timeout.
    Network,
    /// A wait gave up (`--wait`, `wait`).
    WaitTimeout,
    /// An expiry gate tripped (`expiring`).
    Expiring,
    /// Ctrl-C stopped a wait; what had been done before stays done.
    Interrupted,
}

impl Kind {
    /// The exit code of this kind: the table above, in one place.
    pub const fn exit_code(self) -> u8 {
        match self {
            Kind::Unexpected => EXIT_UNEXPECTED,
            Kind::Usage => EXIT_USAGE,
            Kind::Config => EXIT_CONFIG,
            Kind::NotFound | Kind::Refused => EXIT_API_REFUSED,
            Kind::ApiFailed | Kind::BadAnswer | Kind::OperationFailed => EXIT_API_FAILED,
            Kind::Network => EXIT_NETWORK,
            Kind::WaitTimeout => EXIT_WAIT_TIMEOUT,
            Kind::Expiring => EXIT_EXPIRING,
            Kind::Interrupted => EXIT_INTERRUPTED,
        }
    }
}

/// A failure: its kind, the message (`moks: error: <message>`), indented detail lines (each
/// problem of a list, one line each) and `hint:` lines.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
    pub details: Vec<String>,
    pub hints: Vec<String>,
}

impl Failure {
    pub fn new(kind: Kind, message: impl Into<String>) -> Failure {
        Failure {
            kind,
            message: message.into(),
            details: vec![],
            hints: vec![],
        }
    }

    /// The same failure with `hints` after its own.
    pub fn with_hints(mut self, hints: impl IntoIterator<Item = String>) -> Failure {
        self.hints.extend(hints);
        self
    }

    /// Whether `err` is a failure of `kind` (context added on the way up aside).
    pub fn is(err: &anyhow::Error, kind: Kind) -> bool {
        err.downcast_ref::<Failure>()
            .is_some_and(|f| f.kind == kind)
    }
}

pub fn usage(message: impl Into<String>) -> anyhow::Error {
    Failure::new(Kind::Usage, message).into()
}

pub fn usage_with_hint(
    message: impl Into<String>,
    hint: Option<impl Into<String>>,
) -> anyhow::Error {
    Failure::new(Kind::Usage, message)
        .with_hints(hint.map(Into::into))
        .into()
}

/// A usage error listing several problems: the summary, then one indented line each.
pub fn usage_with_details(
    message: impl Into<String>,
    details: Vec<String>,
    hints: Vec<String>,
) -> anyhow::Error {
    Failure {
        details,
        ..Failure::new(Kind::Usage, message).with_hints(hints)
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

pub fn bad_answer(message: impl Into<String>) -> anyhow::Error {
    Failure::new(Kind::BadAnswer, message).into()
}

/// A name or version that did not resolve: exit 4.
pub fn not_found(message: impl Into<String>, hints: Vec<String>) -> anyhow::Error {
    Failure::new(Kind::NotFound, message)
        .with_hints(hints)
        .into()
}

/// What was asked cannot be done in the state the API reported: exit 4.
pub fn refused(message: impl Into<String>, hints: Vec<String>) -> anyhow::Error {
    Failure::new(Kind::Refused, message)
        .with_hints(hints)
        .into()
}

/// An operation the API accepted ended FAILED: exit 5.
pub fn operation_failed(message: impl Into<String>, hints: Vec<String>) -> anyhow::Error {
    Failure::new(Kind::OperationFailed, message)
        .with_hints(hints)
        .into()
}

/// An expiry gate tripped: exit 8.
pub fn expiring(message: impl Into<String>) -> anyhow::Error {
    Failure::new(Kind::Expiring, message).into()
}

/// The kind of an error that reached `main`: one downcast per error type.
pub fn kind(err: &anyhow::Error) -> Kind {
    if let Some(f) = err.downcast_ref::<Failure>() {
        f.kind
    } else if let Some(api) = err.downcast_ref::<ApiError>() {
        api.kind()
    } else if err.is::<ConfigError>() || err.is::<moks_sandbox::Error>() {
        Kind::Config
    } else {
        Kind::Unexpected
    }
}

/// The one place an error becomes an exit code.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    kind(err).exit_code()
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
    let (details, hints) = if let Some(f) = err.downcast_ref::<Failure>() {
        (f.details.clone(), f.hints.clone())
    } else if let Some(c) = err.downcast_ref::<ConfigError>() {
        (vec![], c.hints.clone())
    } else if let Some(s) = err.downcast_ref::<moks_sandbox::Error>() {
        (vec![], s.hints())
    } else {
        (vec![], vec![])
    };
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

#[cfg(test)]
mod tests {
    use super::api::answer;
    use super::*;

    const KINDS: [(Kind, u8); 12] = [
        (Kind::Unexpected, 1),
        (Kind::Usage, 2),
        (Kind::Config, 3),
        (Kind::NotFound, 4),
        (Kind::Refused, 4),
        (Kind::ApiFailed, 5),
        (Kind::BadAnswer, 5),
        (Kind::OperationFailed, 5),
        (Kind::Network, 6),
        (Kind::WaitTimeout, 7),
        (Kind::Expiring, 8),
        (Kind::Interrupted, 130),
    ];

    #[test]
    fn every_kind_has_the_code_the_readme_and_help_document() {
        let readme = include_str!("../../README.md");
        let table = &readme[readme.find("## Exit codes").unwrap()..];
        for (kind, code) in KINDS {
            assert_eq!(kind.exit_code(), code, "{kind:?}");
            assert!(table.contains(&format!("\n| {code} | ")), "README: {code}");
            assert!(
                EXIT_CODES_HELP.contains(&format!("\n  {code} ")),
                "help: {code}"
            );
            let f = Failure::new(kind, "x").with_hints(["h".to_string()]);
            let e: anyhow::Error = f.into();
            assert_eq!(exit_code(&e), code, "{kind:?}");
            assert!(Failure::is(&e, kind));
            assert_eq!(render(&e).hints, vec!["h"]);
        }
    }

    #[test]
    fn each_error_type_is_one_downcast_to_its_kind() {
        assert_eq!(exit_code(&usage("x")), EXIT_USAGE);
        assert_eq!(exit_code(&config("x")), EXIT_CONFIG);
        assert_eq!(exit_code(&not_found("x", vec![])), EXIT_API_REFUSED);
        assert_eq!(exit_code(&refused("x", vec![])), EXIT_API_REFUSED);
        assert_eq!(exit_code(&operation_failed("x", vec![])), EXIT_API_FAILED);
        assert_eq!(exit_code(&bad_answer("x")), EXIT_API_FAILED);
        assert_eq!(exit_code(&expiring("x")), EXIT_EXPIRING);
        for (status, code) in [(404, 4), (409, 4), (429, 4), (500, 5), (503, 5)] {
            let e: anyhow::Error = answer(Api::Moks, status, "{}").into();
            assert_eq!(exit_code(&e), code, "{status}");
        }
        assert_eq!(exit_code(&anyhow::anyhow!("x")), EXIT_UNEXPECTED);
        // Context on top keeps the code.
        let wrapped =
            anyhow::Error::from(answer(Api::Truststore, 400, "{}")).context("create certificate");
        assert_eq!(exit_code(&wrapped), EXIT_API_REFUSED);
        let wrapped = not_found("x", vec![]).context("outer");
        assert_eq!(exit_code(&wrapped), EXIT_API_REFUSED);
        assert!(Failure::is(&wrapped, Kind::NotFound));
        assert!(!Failure::is(&wrapped, Kind::Refused));
    }

    #[test]
    fn usage_details_and_hints_are_rendered() {
        let e = usage_with_details("two problems", vec!["a".into(), "b".into()], vec![]);
        let r = render(&e);
        assert_eq!(r.headline, "two problems");
        assert_eq!(r.details, vec!["a", "b"]);
        let r = render(&usage_with_hint("x", Some("try y")));
        assert_eq!(r.hints, vec!["try y"]);
        assert!(render(&usage_with_hint("x", None::<String>))
            .hints
            .is_empty());
        assert_eq!(render(&config_with_hint("x", "h")).hints, vec!["h"]);
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
        let err = anyhow::Error::from(answer(
            Api::Moks,
            409,
            r#"{"title":"Conflict","detail":"busy"}"#,
        ))
        .context("rotate certificate 7");
        let r = render(&err);
        assert_eq!(r.headline, "rotate certificate 7: Conflict: busy");
    }
}
