//! The subcommands: a folder per API (`moks/`, `truststore/`), each holding one file per
//! subcommand with its clap `Args` and a `run` that calls `api/` and prints through
//! `output`; `api.rs` for a raw request to any path of the API host; beside them the commands
//! of no one API: `expiring/` (the expiry gate over every API, a file per API it reads),
//! `sandbox.rs` (the built-in emulator), `config.rs` (`config check`), `completions.rs` and
//! `man.rs`. This file holds the dispatch, in alphabetical order, and
//! what commands of every API share: printing an answer (a list as a table of [`Column`]s
//! that fits the terminal), turning a body's [`FieldError`]s into one usage error, quoting
//! for hints.
//!
//! Rules:
//! - commands are written as if every call succeeds: under `--dry-run` the transport prints
//!   each request and ends the command with [`DryRun`], which the dispatch turns into
//!   success; nothing here branches on `--dry-run`;
//! - a body is checked before anything is sent (exit 2), by the model's check, whether it
//!   came from flags or from `--body`.

pub mod api;
pub mod completions;
pub mod config;
pub mod expiring;
pub mod man;
pub mod moks;
pub mod sandbox;
pub mod truststore;

// The subcommand modules by name, as `cli` refers to them.
pub use moks::{
    complete_version, get_ca_cert, get_client_cert, get_client_cert_version, get_csr,
    get_version_guid, new_client_cert, remove_version, rotate, set_client_cert, wait,
};

use moks_model::{FieldError, Problem};
use serde_json::Value;

use crate::api::Typed;
use crate::cli::Command;
use crate::client::DryRun;
use crate::context::Context;
use crate::error;
use crate::output;
use crate::output::table::Column;

pub async fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<()> {
    let result = match command {
        Command::Api(a) => api::run(ctx, a).await,
        Command::CompleteVersion(a) => complete_version::run(ctx, a).await,
        Command::Completions(a) => completions::run(ctx, a),
        Command::Config(a) => config::run(ctx, a).await,
        Command::Expiring(a) => expiring::run(ctx, a).await,
        Command::GetCaCert(a) => get_ca_cert::run(ctx, a).await,
        Command::GetClientCert(a) => get_client_cert::run(ctx, a).await,
        Command::GetClientCertVersion(a) => get_client_cert_version::run(ctx, a).await,
        Command::GetCsr(a) => get_csr::run(ctx, a).await,
        Command::GetVersionGuid(a) => get_version_guid::run(ctx, a).await,
        Command::Man(a) => man::run(ctx, a),
        Command::NewClientCert(a) => new_client_cert::run(ctx, a).await,
        Command::RemoveVersion(a) => remove_version::run(ctx, a).await,
        Command::Rotate(a) => rotate::run(ctx, a).await,
        Command::Sandbox(a) => sandbox::run(ctx, a).await,
        Command::SetClientCert(a) => set_client_cert::run(ctx, a).await,
        Command::Truststore(a) => truststore::run(ctx, a).await,
        Command::Wait(a) => wait::run(ctx, a).await,
    };
    match result {
        // The request was printed instead of sent: that is what --dry-run asked for.
        Err(e) if e.is::<DryRun>() => Ok(()),
        other => other,
    }
}

/// A body refused by its check, as one usage error (exit 2): the first field that is wrong,
/// `invalid value "FAST" for 'secureNetwork' in the request: expected one of …`. Missing
/// fields and "none of" are worded by the command, which knows its flags.
pub fn invalid_field(e: &FieldError) -> anyhow::Error {
    let shown = e
        .value
        .as_ref()
        .map(|v| format!("{} ", error::excerpt(&v.to_string(), 80)))
        .unwrap_or_default();
    let why = match &e.problem {
        Problem::Invalid(why) => why.clone(),
        Problem::Missing => "it is required".into(),
        Problem::NoneOf(fields) => format!("give {}", fields.join(" or ")),
    };
    error::usage(format!(
        "invalid value {shown}for '{}' in the request: {why}",
        e.field
    ))
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

/// Prints an answer whose body the API does not document: its JSON (`{}` when there was
/// none) under `--json`; else a field list, a scalar on one line, or `empty_text`.
pub fn print_document(ctx: &Context, body: Option<Value>, empty_text: &str) -> anyhow::Result<()> {
    match body {
        Some(v) if ctx.out.json => ctx.out.json(&v)?,
        None if ctx.out.json => ctx.out.json(&Value::Object(Default::default()))?,
        Some(v @ Value::Object(_)) => ctx.out.fields(&v)?,
        Some(other) => ctx.out.value_line(&output::cell(Some(&other)))?,
        None => ctx.out.line(empty_text)?,
    }
    Ok(())
}

/// Prints one object the API answered: its JSON under `--json`, else a field list.
pub fn print_object<T>(ctx: &Context, item: &Typed<T>) -> anyhow::Result<()> {
    if ctx.out.json {
        ctx.out.json(&item.json)?;
    } else {
        ctx.out.fields(&item.json)?;
    }
    Ok(())
}

/// Prints a list: the API's array under `--json`, else a table of `columns` (see
/// `table::Column`: which field, how it may be shortened, how soon it is left out on a narrow
/// terminal); an empty list says `empty` ("no client certificates") on stderr.
pub fn print_list<T>(
    ctx: &Context,
    items: &[Typed<T>],
    columns: &[Column],
    empty: &str,
) -> anyhow::Result<()> {
    if ctx.out.json {
        let all = items.iter().map(|i| i.json.clone()).collect();
        ctx.out.json(&Value::Array(all))?;
    } else {
        ctx.out.table(columns, &rows(items, columns), empty)?;
    }
    Ok(())
}

/// Rows of `columns` taken from each item's JSON (absent fields print empty).
pub fn rows<T>(items: &[Typed<T>], columns: &[Column]) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|item| {
            columns
                .iter()
                .map(|c| output::cell(item.json.get(c.field)))
                .collect()
        })
        .collect()
}
