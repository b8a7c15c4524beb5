//! `config check`: which `.edgerc` file, section and host are in use, where each value came
//! from (flag, environment, file, default), and one cheap signed read per Akamai API, as an
//! API client is granted each API on its own: MOKS (`GET /ca-certificates`, the Akamai
//! reference's "List account CA certificates") and the Edge Truststore (`GET /ca-sets`, "List
//! CA sets"), with the likely cause when one is refused: the clock (a 400 or 401 naming the
//! timestamp), the section or its tokens (401), that API's grant (403). The report keeps one
//! entry per API under `checks`, so another provider's APIs add entries, not a new shape.
//!
//! Rules: one request per API, not retried (a failure is reported at once); no secret is
//! shown (tokens as their first characters, the client secret never);
//! the report is the command's output (stdout: a field list, or one JSON object with
//! `--json`), printed whether or not the check passes; a failed check is then an error
//! (exit 3 for credentials the API refused, else the exit code of what failed).

use std::path::Path;

use clap::{Args, Subcommand};
use serde_json::{json, Map, Value};

use crate::api::{moks, truststore};
use crate::client::Client;
use crate::client::DryRun;
use crate::context::Context;
use crate::error::{self, ApiError, ConfigError};
use crate::output;
use edgegrid::edgerc::{Origin, Resolved, Source};

/// Check the configuration moks uses
///
/// `config check` shows the credentials in use and proves them with one call.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks config check
  moks config check --section ccu
  moks config check --json | jq .check")]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    Check(CheckArgs),
}

/// Show the .edgerc file, section and host in use, and prove them with one call per API
///
/// Says where each value came from (flag, environment, file or default) without showing a
/// secret, warns when the file is readable by others, then makes one signed read per API
/// (MOKS: GET /ca-certificates; Edge Truststore: GET /ca-sets), each of which needs its own
/// grant, and names the likely cause when one is refused: the clock, the section or its
/// tokens, or a missing API grant.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks config check
  moks --edgerc ~/.edgerc --section mtls config check
  moks config check --json | jq -r '.checks[] | select(.ok | not) | .cause'")]
pub struct CheckArgs {}

pub async fn run(ctx: &Context, args: ConfigArgs) -> anyhow::Result<()> {
    match args.command {
        ConfigCommand::Check(_) => check(ctx).await,
    }
}

/// One reported value: what it is and where it came from.
fn item(value: Value, from: &str, name: Option<&str>) -> Value {
    let mut m = Map::new();
    m.insert("value".into(), value);
    m.insert("from".into(), json!(from));
    if let Some(n) = name {
        m.insert("name".into(), json!(n));
    }
    Value::Object(m)
}

fn from_origin(value: Value, origin: Origin, flag: &str, var: &str) -> Value {
    match origin {
        Origin::Flag => item(value, "flag", Some(flag)),
        Origin::Env => item(value, "environment", Some(var)),
        Origin::Default => item(value, "default", None),
    }
}

fn from_source(value: Value, source: &Source, section: &str) -> Value {
    match source {
        Source::Inputs => item(value, "flag", Some("--account-key")),
        Source::Env(var) => item(value, "environment", Some(var)),
        Source::File => item(value, "file", Some(&format!("[{section}]"))),
        Source::Default => item(value, "default", None),
    }
}

/// Group and others' permission bits of the file, when it can be read.
fn mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .ok()
            .map(|m| m.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The report of the credentials, before the call.
fn describe(ctx: &Context, report: &mut Map<String, Value>) -> Result<(), ConfigError> {
    let (inputs, key_origin) = ctx.inputs();
    if ctx.sandbox() {
        report.insert(
            "sandbox".into(),
            json!({"state": ctx.sandbox_state_path().display().to_string()}),
        );
        report.insert(
            "host".into(),
            item(
                json!("127.0.0.1 (a free port for each command)"),
                "sandbox",
                None,
            ),
        );
        report.insert(
            "credentials".into(),
            item(json!("the sandbox's public test tokens"), "sandbox", None),
        );
        return Ok(());
    }
    let path = inputs.edgerc.display().to_string();
    let mut edgerc = from_origin(
        json!(path),
        inputs.edgerc_origin,
        "--edgerc",
        "AKAMAI_EDGERC",
    );
    if let Some(m) = mode(&inputs.edgerc) {
        edgerc["mode"] = json!(format!("{m:04o}"));
        edgerc["readableByOthers"] = json!(m & 0o077 != 0);
    }
    report.insert("edgerc".into(), edgerc);
    report.insert(
        "section".into(),
        from_origin(
            json!(inputs.section),
            inputs.section_origin,
            "--section",
            "AKAMAI_EDGERC_SECTION",
        ),
    );
    let r: Resolved = ctx.resolve_for_report()?;
    let section = inputs.section.as_str();
    let (host_from, var) = match &r.sources.credentials {
        Source::Env(host_var) => (
            r.sources.credentials.clone(),
            host_var
                .strip_suffix("HOST")
                .unwrap_or("AKAMAI_")
                .to_string(),
        ),
        other => (other.clone(), String::new()),
    };
    let token_source = |key: &str| match &host_from {
        Source::Env(_) => Source::Env(format!("{var}{key}")),
        other => other.clone(),
    };
    let host = r.base_url.as_str().trim_end_matches('/').to_string();
    report.insert("host".into(), from_source(json!(host), &host_from, section));
    let c = &r.credentials;
    report.insert(
        "clientToken".into(),
        from_source(
            json!(edgegrid::redact_token(&c.client_token)),
            &token_source("CLIENT_TOKEN"),
            section,
        ),
    );
    report.insert(
        "clientSecret".into(),
        from_source(
            json!("(set; never shown)"),
            &token_source("CLIENT_SECRET"),
            section,
        ),
    );
    report.insert(
        "accessToken".into(),
        from_source(
            json!(edgegrid::redact_token(&c.access_token)),
            &token_source("ACCESS_TOKEN"),
            section,
        ),
    );
    let key = match (&r.account_key, &r.sources.account_key) {
        (Some(k), Some(Source::Inputs)) => from_origin(
            json!(k),
            key_origin,
            "--account-key",
            "AKAMAI_EDGERC_ACCOUNT_KEY",
        ),
        (Some(k), Some(source)) => from_source(json!(k), source, section),
        _ => item(Value::Null, "default", None),
    };
    report.insert("accountSwitchKey".into(), key);
    report.insert(
        "maxBody".into(),
        from_source(json!(c.max_body), &r.sources.max_body, section),
    );
    // Said on stderr by the client, which resolves them again for the call.
    report.insert("warnings".into(), json!(r.warnings));
    Ok(())
}

/// The likely cause of a refused check, from the status and the problem's detail, and what
/// to do about it.
pub fn likely_cause(
    status: u16,
    detail: &str,
    section: &str,
    api: &str,
) -> Option<(&'static str, String)> {
    let d = detail.to_ascii_lowercase();
    match status {
        400 | 401 if d.contains("timestamp") => Some((
            "clock skew",
            "this machine's clock is more than 30 s away from Akamai's: set it right (NTP) and \
             try again"
                .into(),
        )),
        401 => Some((
            "wrong section or tokens",
            format!(
                "the client_token, client_secret and access_token of section [{section}] are \
                 not accepted by this host: check --section (or AKAMAI_EDGERC_SECTION) and that \
                 the section holds the API client's current credentials"
            ),
        )),
        403 => Some((
            "missing API grant",
            format!(
                "the API client has no access to the {api} API (or to the account of \
                 --account-key): add the grant to the API client in Identity and Access \
                 Management"
            ),
        )),
        _ => None,
    }
}

/// The APIs checked, each with its own grant: the key of its entry in the report, its name
/// in the Akamai grant list, and the read that proves it.
const APIS: [(&str, &str, &str); 2] = [
    ("moks", "mTLS Origin Keystore", "GET /ca-certificates"),
    ("truststore", "mTLS Edge Truststore", "GET /ca-sets"),
];

/// The read that proves the grant of `api`: what it counted, and how many.
async fn read(client: &Client, api: &str) -> anyhow::Result<(&'static str, usize)> {
    match api {
        "moks" => Ok((
            "caCertificates",
            moks::list_ca_certificates(client, &[]).await?.len(),
        )),
        _ => Ok((
            "caSets",
            truststore::list_ca_sets(client, &Default::default())
                .await?
                .len(),
        )),
    }
}

/// The check's outcome in the report, and the error to return when it failed.
fn failed(
    e: anyhow::Error,
    section: &str,
    (name, request): (&str, &str),
    check: &mut Map<String, Value>,
) -> anyhow::Error {
    let Some(api) = e.downcast_ref::<ApiError>() else {
        check.insert("ok".into(), json!(false));
        check.insert("error".into(), json!(error::render(&e).headline));
        return e;
    };
    let detail = api
        .problem
        .as_ref()
        .and_then(|p| p.get("detail").or_else(|| p.get("title")))
        .and_then(Value::as_str)
        .unwrap_or("");
    check.insert("ok".into(), json!(false));
    check.insert("status".into(), json!(api.status));
    check.insert("error".into(), json!(api.headline()));
    match likely_cause(api.status, detail, section, name) {
        Some((cause, hint)) => {
            check.insert("cause".into(), json!(cause));
            ConfigError {
                message: format!(
                    "the credentials do not work for the {name} API: {request} was refused \
                     ({cause}): {}",
                    api.headline()
                ),
                hints: vec![hint],
            }
            .into()
        }
        None => {
            // Any other answer keeps its own exit code; its body is in the report already,
            // so it is not printed again under --json.
            let mut api = api.clone();
            api.body.clear();
            anyhow::Error::from(api).context(format!("the {name} API check failed"))
        }
    }
}

/// Each API's check in `checks`; the first failure is the command's error.
async fn check_each(ctx: &Context, checks: &mut Map<String, Value>) -> anyhow::Result<()> {
    let section = ctx.inputs().0.section.clone();
    let mut result = Ok(());
    for (key, name, request) in APIS {
        let mut check = Map::new();
        check.insert("request".into(), json!(request));
        let call = async { read(ctx.client_without_retries().await?, key).await };
        match call.await {
            Ok((what, n)) => {
                check.insert("ok".into(), json!(true));
                check.insert("status".into(), json!(200));
                check.insert(what.into(), json!(n));
            }
            // --dry-run: the request was printed instead; there is nothing to report.
            Err(e) if e.is::<DryRun>() => return Err(e),
            Err(e) => {
                let e = failed(e, &section, (name, request), &mut check);
                if result.is_ok() {
                    result = Err(e);
                }
            }
        }
        checks.insert(key.into(), Value::Object(check));
    }
    result
}

async fn check(ctx: &Context) -> anyhow::Result<()> {
    let mut report = Map::new();
    let mut checks = Map::new();
    let result = match describe(ctx, &mut report) {
        Err(e) => {
            for (key, _, request) in APIS {
                let check = json!({"request": request, "ok": false, "error": e.message});
                checks.insert(key.into(), check);
            }
            Err(e.into())
        }
        Ok(()) => match check_each(ctx, &mut checks).await {
            Err(e) if e.is::<DryRun>() => return Err(e),
            other => other,
        },
    };
    report.insert("checks".into(), Value::Object(checks));
    print(ctx, &report)?;
    result
}

/// `--json`: the report as it is. Else one line per value: `value (from name)`.
fn print(ctx: &Context, report: &Map<String, Value>) -> anyhow::Result<()> {
    if ctx.out.json {
        ctx.out.json(&Value::Object(report.clone()))?;
        return Ok(());
    }
    let mut lines = Map::new();
    for (key, v) in report {
        let shown = match key.as_str() {
            "warnings" => {
                let n = v.as_array().map_or(0, Vec::len);
                if n == 0 {
                    continue;
                }
                json!(format!("{n} (said above)"))
            }
            "checks" => {
                for (api, check) in v.as_object().into_iter().flatten() {
                    lines.insert(format!("check {api}"), json!(check_line(check)));
                }
                continue;
            }
            "sandbox" => json!(format!("in-process, state in {}", cell(&v["state"]))),
            _ => {
                let value = match &v["value"] {
                    Value::Null => "none".to_string(),
                    other => cell(other),
                };
                let from = cell(&v["from"]);
                let name = v
                    .get("name")
                    .map(|n| format!(" {}", cell(n)))
                    .unwrap_or_default();
                let mode = v
                    .get("mode")
                    .map(|m| format!(", mode {}", cell(m)))
                    .unwrap_or_default();
                json!(format!("{value} ({from}{name}{mode})"))
            }
        };
        // The .edgerc's own key names, for people.
        let name = match key.as_str() {
            "clientToken" => "client_token",
            "clientSecret" => "client_secret",
            "accessToken" => "access_token",
            "accountSwitchKey" => "account_key",
            "maxBody" => "max_body",
            other => other,
        };
        lines.insert(name.to_string(), shown);
    }
    ctx.out.fields(&Value::Object(lines))?;
    Ok(())
}

/// One API's check, for people: `ok: GET /ca-sets answered with 3 CA set(s)`.
fn check_line(check: &Value) -> String {
    if check["ok"].as_bool() != Some(true) {
        let cause = check["cause"]
            .as_str()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        return format!("failed{cause}: see the error below");
    }
    let (n, what) = match check.get("caSets") {
        Some(n) => (n, "CA set(s)"),
        None => (&check["caCertificates"], "CA certificate(s)"),
    };
    format!("ok: {} answered with {n} {what}", cell(&check["request"]))
}

fn cell(v: &Value) -> String {
    output::cell(Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_likely_cause_is_named_from_status_and_detail() {
        let clock = likely_cause(401, "Invalid timestamp: signed at …", "default", "X").unwrap();
        assert_eq!(clock.0, "clock skew");
        assert_eq!(
            likely_cause(400, "Invalid timestamp", "d", "X").unwrap().0,
            "clock skew"
        );
        let tokens = likely_cause(401, "The signature does not match", "ccu", "X").unwrap();
        assert_eq!(tokens.0, "wrong section or tokens");
        assert!(tokens.1.contains("[ccu]"));
        assert_eq!(
            likely_cause(403, "The client does not have the grant needed", "d", "X")
                .unwrap()
                .0,
            "missing API grant"
        );
        assert!(likely_cause(400, "Bad request", "d", "X").is_none());
        assert!(likely_cause(500, "", "d", "X").is_none());
    }
}
