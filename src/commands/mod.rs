//! One file per subcommand: its clap `Args` and a `run` that calls `api/` and `output`.
//! This file holds what several commands share: choosing the certificate (`--id` or
//! `--name`, exactly one) and the version (`--version N|latest|deployed|current|previous`),
//! and the dispatch, in alphabetical order.

pub mod complete_version;
pub mod get_ca_cert;
pub mod get_client_cert;
pub mod get_client_cert_version;
pub mod new_client_cert;
pub mod remove_version;
pub mod rotate;
pub mod sandbox;
pub mod set_client_cert;

use clap::Args;
use serde_json::Value;

use crate::api::{self, select, select::VersionSpec, Id};
use crate::cli::Command;
use crate::client::{Client, Response};
use crate::context::Context;
use crate::error::BadAnswer;
use crate::input;
use crate::output;

/// Which certificate: exactly one of `--id` and `--name`.
#[derive(Args, Debug, Clone)]
#[group(required = true, multiple = false)]
pub struct CertSelector {
    /// The client certificate's id (certificateId)
    #[arg(long, visible_alias = "certificate-id", value_name = "ID", value_parser = input::parse_id)]
    pub id: Option<i64>,
    /// The client certificate's name: an exact match, else a unique case-insensitive one
    #[arg(long, visible_alias = "certificate-name", value_name = "NAME", value_parser = input::parse_cert_name)]
    pub name: Option<String>,
}

/// The certificate id `sel` means; a name costs one list call. Under `--dry-run` a name stays
/// unresolved (the lookup is printed, not sent).
pub async fn resolve_certificate(
    ctx: &Context,
    client: &Client,
    id: Option<i64>,
    name: Option<&str>,
) -> anyhow::Result<Id> {
    if let Some(id) = id {
        return Ok(Id::Known(id));
    }
    let name = name.unwrap_or_default();
    let Some(resp) = api::list_client_certificates(client).await? else {
        return Ok(Id::Unresolved(format!("id of '{name}'")));
    };
    let certs = api::list_of(&resp, "certificates")?;
    let id = select::certificate_id_by_name(&certs, name)?;
    if ctx.verbose {
        output::verbose(&format!("name '{name}' is client certificate {id}"));
    }
    Ok(Id::Known(id))
}

impl CertSelector {
    pub async fn resolve(&self, ctx: &Context, client: &Client) -> anyhow::Result<Id> {
        resolve_certificate(ctx, client, self.id, self.name.as_deref()).await
    }
}

/// The version number `spec` means for certificate `id`; a number is used as given, the
/// other forms cost one list call.
pub async fn resolve_version(
    ctx: &Context,
    client: &Client,
    id: &Id,
    spec: VersionSpec,
) -> anyhow::Result<Id> {
    if let VersionSpec::Number(n) = spec {
        return Ok(Id::Known(n));
    }
    let Some(resp) = api::list_versions(client, id, false).await? else {
        return Ok(Id::Unresolved(format!("{spec} version")));
    };
    let versions = api::list_of(&resp, "versions")?;
    let v = select::resolve_version(&versions, spec, &id.to_string())?;
    if ctx.verbose {
        output::verbose(&format!(
            "version '{spec}' of client certificate {id} is {v}"
        ));
    }
    Ok(Id::Known(v))
}

/// What a create (`new-client-cert`, `rotate`) answered: the new object. An answer without
/// a body is the API failing (exit 5), and says so without claiming anything exists:
/// `what` names what may have been created, `check` is the command that shows it.
pub fn created(resp: &Response, what: &str, check: &str) -> anyhow::Result<Value> {
    if resp.body.iter().all(u8::is_ascii_whitespace) {
        return Err(BadAnswer {
            message: format!(
                "the API answered {} without a body: {what} may have been created, but the API \
                 did not say",
                resp.status_text()
            ),
            hints: vec![format!(
                "before trying again, see what exists with: {check}"
            )],
        }
        .into());
    }
    Ok(Value::Object(resp.object(what)?))
}

/// `text` quoted for a POSIX shell, for commands printed in hints.
pub fn shell_quote(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.,:/@+=".contains(c));
    if plain {
        text.to_string()
    } else {
        format!("'{}'", crate::error::printable(text).replace('\'', r"'\''"))
    }
}

/// Prints a single object as JSON or a field list; `{}` (JSON) or `empty_text` when the
/// server sent no body.
pub fn print_object(ctx: &Context, body: Option<Value>, empty_text: &str) -> anyhow::Result<()> {
    match body {
        Some(v) if ctx.out.json => ctx.out.json(&v)?,
        None if ctx.out.json => ctx.out.json(&Value::Object(Default::default()))?,
        Some(v @ Value::Object(_)) => ctx.out.fields(&v)?,
        Some(other) => ctx.out.value_line(&output::cell(Some(&other)))?,
        None => ctx.out.line(empty_text)?,
    }
    Ok(())
}

/// Prints a list: the API's array under `--json`, else a table of `columns`.
pub fn print_list(ctx: &Context, items: Vec<Value>, columns: &[&str]) -> anyhow::Result<()> {
    if ctx.out.json {
        ctx.out.json(&Value::Array(items))?;
    } else {
        ctx.out.table(columns, &rows(&items, columns))?;
    }
    Ok(())
}

/// Rows of `columns` taken from each item (absent fields print empty).
pub fn rows(items: &[Value], columns: &[&str]) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|item| columns.iter().map(|c| output::cell(item.get(*c))).collect())
        .collect()
}

pub async fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<()> {
    match command {
        Command::CompleteVersion(a) => complete_version::run(ctx, a).await,
        Command::GetCaCert(a) => get_ca_cert::run(ctx, a).await,
        Command::GetClientCert(a) => get_client_cert::run(ctx, a).await,
        Command::GetClientCertVersion(a) => get_client_cert_version::run(ctx, a).await,
        Command::NewClientCert(a) => new_client_cert::run(ctx, a).await,
        Command::RemoveVersion(a) => remove_version::run(ctx, a).await,
        Command::Rotate(a) => rotate::run(ctx, a).await,
        Command::Sandbox(a) => sandbox::run(ctx, a).await,
        Command::SetClientCert(a) => set_client_cert::run(ctx, a).await,
    }
}
