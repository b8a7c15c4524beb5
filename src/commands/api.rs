//! `api METHOD PATH [--body FILE|-|JSON]`: any request to the API host, signed like every
//! other, its answer printed (like `gh api`): for endpoints moks does not wrap yet.
//!
//! Rules:
//! - PATH is a path on the configured host, query included (`/mtls-origin-keystore/v1/…`;
//!   a missing leading `/` is added); a full URL is taken only when its scheme, host and port
//!   are the configured ones: credentials go to that origin only (exit 2 otherwise, nothing
//!   sent); the account switch key is added as on every request;
//! - it is the one transport: signing, `--timeout`, `--max-response-size`, same-origin
//!   redirects, retries (a POST, PUT, PATCH or DELETE only after a 429), `--dry-run`, `-v`;
//! - the body is read like every `--body` (1 MiB at most) and may be any JSON document;
//! - the answer's body goes to stdout as the API sent it, as `gh api` and httpie print it, so
//!   `moks api GET … | jq` works: piped, its bytes unchanged (unless they hold a character
//!   that steers a terminal: then re-encoded, see `output::safe_body`); on a terminal, JSON
//!   pretty-printed and text escaped. `--json` changes nothing here: the body is the
//!   document. An error answer's body is printed the same way before the error (exit 4 or 5);
//! - an answer without a body (a 204, a PATCH's 200) prints nothing on stdout, as sent, and
//!   says so on stderr; under `--json` it prints `{}`, as the commands do for a PATCH
//!   answered without a body.

use clap::Args;
use reqwest::{Method, Url};
use serde_json::Value;

use crate::client::{Request, AKAMAI_HOST};
use crate::context::Context;
use crate::error::{self, ApiError};
use crate::input;
use crate::output;

/// Send a signed request to the API host and print the answer (no cmdlet; like gh api)
///
/// PATH is relative to the host (the MOKS API is under /mtls-origin-keystore/v1); a full URL
/// must name the configured host. The account switch key is added as for every command.
///
/// The answer's body is printed as the API sent it, the whole answer (pretty-printed on a
/// terminal, unchanged when piped), so it goes straight to jq; --json changes nothing. An
/// answer without a body prints nothing (`{}` with --json) and says so on stderr.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  moks api GET /mtls-origin-keystore/v1/client-certificates
  moks api get '/mtls-origin-keystore/v1/ca-certificates?status=CURRENT' | jq -r '.certificates[].commonName'
  moks api PATCH /mtls-origin-keystore/v1/client-certificates/12 --body '{\"notificationEmails\":[\"ops@example.com\"]}'")]
pub struct ApiArgs {
    /// The HTTP method: GET, HEAD, POST, PUT, PATCH or DELETE (any case)
    #[arg(value_name = "METHOD", value_parser = parse_method)]
    pub method: Method,
    /// The path on the API host, query included, or a URL of that host
    #[arg(value_name = "PATH", value_parser = parse_path)]
    pub path: ApiPath,
    /// The request body as JSON: a literal, a FILE, or - for standard input
    #[arg(long, value_name = "FILE|-|JSON")]
    pub body: Option<String>,
}

/// PATH as typed: a path on the configured host, or a full URL (checked against the host
/// once the credentials are known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiPath {
    OnHost { path: String, query: Option<String> },
    Url(Url),
}

fn parse_method(s: &str) -> Result<Method, String> {
    let upper = s.trim().to_ascii_uppercase();
    match upper.as_str() {
        "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" => {
            Method::from_bytes(upper.as_bytes()).map_err(|e| e.to_string())
        }
        _ => Err("expected GET, HEAD, POST, PUT, PATCH or DELETE".into()),
    }
}

fn parse_path(s: &str) -> Result<ApiPath, String> {
    if s.is_empty() || s.chars().any(|c| c.is_whitespace() || output_unsafe(c)) {
        return Err(
            "expected a path such as /mtls-origin-keystore/v1/client-certificates, without \
             spaces or control characters"
                .into(),
        );
    }
    if s.starts_with("//") {
        return Err("expected a path on the configured host, not //HOST/…".into());
    }
    if let Some((scheme, _)) = s.split_once("://") {
        if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
            return Err("expected a path on the configured host, or its https:// URL".into());
        }
        let url = Url::parse(s).map_err(|e| format!("not a URL ({e})"))?;
        return Ok(ApiPath::Url(url));
    }
    let rooted = if s.starts_with('/') {
        s.to_string()
    } else {
        format!("/{s}")
    };
    let without_fragment = rooted.split('#').next().unwrap_or_default();
    let (path, query) = match without_fragment.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (without_fragment.to_string(), None),
    };
    Ok(ApiPath::OnHost { path, query })
}

fn output_unsafe(c: char) -> bool {
    crate::output::needs_escape(c)
}

/// The path and query to send: a URL only when it names the configured origin (without
/// credentials in it); anything else is refused before anything is sent.
fn on_host(typed: &ApiPath, base: &Url) -> anyhow::Result<(String, Option<String>)> {
    match typed {
        ApiPath::OnHost { path, query } => Ok((path.clone(), query.clone())),
        ApiPath::Url(url) => {
            let origin = base.origin().ascii_serialization();
            if url.origin() != base.origin()
                || !url.username().is_empty()
                || url.password().is_some()
            {
                let mut shown = url.clone();
                let _ = shown.set_username("");
                let _ = shown.set_password(None);
                return Err(error::usage(format!(
                    "invalid value '{}' for '<PATH>': moks sends credentials to the configured \
                     host only ({origin}), without user or password in the URL; give a path \
                     such as /mtls-origin-keystore/v1/client-certificates",
                    error::excerpt(shown.as_str(), 200)
                )));
            }
            Ok((url.path().to_string(), url.query().map(str::to_string)))
        }
    }
}

/// Prints an answer's body as the API sent it (see the module's rules); `{}` under `--json`
/// for no body. Returns whether there was a body.
fn print_body(ctx: &Context, body: &[u8]) -> anyhow::Result<bool> {
    if body.iter().all(u8::is_ascii_whitespace) {
        if ctx.out.json {
            ctx.out.json(&Value::Object(Default::default()))?;
        }
        return Ok(false);
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v) if ctx.out.terminal => ctx.out.json(&v)?,
        _ => ctx.out.raw(body)?,
    }
    Ok(true)
}

pub async fn run(ctx: &Context, args: ApiArgs) -> anyhow::Result<()> {
    let body = args.body.as_deref().map(input::read_json).transpose()?;
    let client = ctx.client().await?;
    let (path, query) = on_host(&args.path, client.base_url())?;
    let shown = format!("{} {path}", args.method);
    let mut req = Request::on_host(&AKAMAI_HOST, args.method, path, query);
    if let Some(b) = &body {
        req = req.body(b)?;
    }
    match client.send(req).await {
        Ok(resp) => {
            if !print_body(ctx, &resp.body)? {
                output::note(&format!(
                    "{shown}: the API answered {} without a body",
                    resp.status_text()
                ));
            }
            Ok(())
        }
        Err(e) => {
            // Under --json, `main` prints an error answer's body; here it is shown otherwise.
            if let (Some(api), false) = (e.downcast_ref::<ApiError>(), ctx.out.json) {
                if !api.body.iter().all(u8::is_ascii_whitespace) {
                    print_body(ctx, &api.body)?;
                }
            }
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(path: &str, query: Option<&str>) -> ApiPath {
        ApiPath::OnHost {
            path: path.into(),
            query: query.map(str::to_string),
        }
    }

    #[test]
    fn methods_any_case_from_a_short_list() {
        assert_eq!(parse_method("get"), Ok(Method::GET));
        assert_eq!(parse_method("Patch"), Ok(Method::PATCH));
        for bad in ["", "CONNECT", "TRACE", "G ET", "FETCH"] {
            assert!(parse_method(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paths_are_rooted_with_their_query_and_urls_kept_for_the_origin_check() {
        assert_eq!(
            parse_path("/mtls-origin-keystore/v1/ca-certificates?status=CURRENT"),
            Ok(host(
                "/mtls-origin-keystore/v1/ca-certificates",
                Some("status=CURRENT")
            ))
        );
        assert_eq!(parse_path("a/b#frag"), Ok(host("/a/b", None)));
        for bad in [
            "",
            "/a b",
            "/a\u{1b}[2J",
            "//evil.example/x",
            "ftp://h/x",
            "file:///etc/passwd",
        ] {
            assert!(parse_path(bad).is_err(), "{bad:?}");
        }
        let base = Url::parse("https://akab-x.luna.akamaiapis.net").unwrap();
        let ok = parse_path("https://AKAB-X.luna.akamaiapis.net:443/p?q=1").unwrap();
        assert_eq!(
            on_host(&ok, &base).unwrap(),
            ("/p".to_string(), Some("q=1".to_string()))
        );
        for other in [
            "http://akab-x.luna.akamaiapis.net/p",
            "https://akab-x.luna.akamaiapis.net:8443/p",
            "https://akab-x.luna.akamaiapis.net.evil.example/p",
            "https://u:secret@akab-x.luna.akamaiapis.net/p",
        ] {
            let e = on_host(&parse_path(other).unwrap(), &base).unwrap_err();
            assert_eq!(crate::error::exit_code(&e), crate::error::EXIT_USAGE);
            assert!(!e.to_string().contains("secret"), "{e}");
        }
    }
}
