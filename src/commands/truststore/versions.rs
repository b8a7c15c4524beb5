//! What the version commands share: the `--version` values, printing a version (its fields,
//! then its certificates as a table) and a list of certificates, and the hint for a version
//! that can no longer be edited.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use serde_json::Value;

use moks_model::truststore::{error_slug, Certificate, Version, VersionNumber};

use crate::api::truststore::versions::Pointer;
use crate::api::Typed;
use crate::client::Id;
use crate::context::Context;
use crate::error::ApiError;
use crate::output;
use crate::output::table::{Column, Kind};

/// `--version N`: a version number, 1 or more.
pub fn parse_version_number(s: &str) -> Result<VersionNumber, String> {
    s.parse()
}

/// `--version N|latest|staging|production`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionArg {
    Number(VersionNumber),
    Of(Pointer),
}

pub fn parse_version_arg(s: &str) -> Result<VersionArg, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "latest" => Ok(VersionArg::Of(Pointer::Latest)),
        "staging" => Ok(VersionArg::Of(Pointer::Staging)),
        "production" => Ok(VersionArg::Of(Pointer::Production)),
        _ => parse_version_number(s)
            .map(VersionArg::Number)
            .map_err(|_| {
                "expected a version number (1 or more), latest, staging or production".into()
            }),
    }
}

/// The certificates table: the least needed left out first on a narrow terminal.
pub const CERTIFICATE_COLUMNS: [Column; 5] = [
    Column::new("subject", Kind::Text, 0),
    Column::new("issuer", Kind::Text, 2),
    Column::new("endDate", Kind::Date, 0),
    Column::new("fingerprint", Kind::Digest, 1),
    Column::new("signatureAlgorithm", Kind::Whole, 3),
];

/// Rows of [`CERTIFICATE_COLUMNS`] (the fingerprint whole: only a table fitted to a
/// terminal shortens it).
pub fn certificate_rows(certs: &[Value]) -> Vec<Vec<String>> {
    certs
        .iter()
        .map(|c| {
            CERTIFICATE_COLUMNS
                .iter()
                .map(|col| output::cell(c.get(col.field)))
                .collect()
        })
        .collect()
}

/// Prints a list of certificates: the API's array under `--json`, else the table.
pub fn print_certificates(ctx: &Context, certs: &[Typed<Certificate>]) -> anyhow::Result<()> {
    let json: Vec<Value> = certs.iter().map(|c| c.json.clone()).collect();
    if ctx.out.json {
        ctx.out.json(&Value::Array(json))?;
    } else {
        ctx.out.table(
            &CERTIFICATE_COLUMNS,
            &certificate_rows(&json),
            "no certificates",
        )?;
    }
    Ok(())
}

/// Prints a version: the API's JSON under `--json`; else its fields, then its certificates
/// as a table (its warnings are shown apart, on stderr).
pub fn print_version(ctx: &Context, v: &Typed<Version>) -> anyhow::Result<()> {
    if ctx.out.json {
        ctx.out.json(&v.json)?;
        return Ok(());
    }
    let mut fields = v.json.clone();
    let certs = fields
        .as_object_mut()
        .and_then(|o| {
            o.remove("validation");
            o.remove("certificates")
        })
        .and_then(|c| c.as_array().cloned());
    ctx.out.fields(&fields)?;
    if let Some(certs) = certs {
        ctx.out.line("")?;
        ctx.out.table(
            &CERTIFICATE_COLUMNS,
            &certificate_rows(&certs),
            "no certificates",
        )?;
    }
    Ok(())
}

/// A version the API will not let be edited (PUT §5.13: 422 `ca-set-version-is-active` or
/// `ca-set-version-was-previously-active`) gets hints: why, and the way around it, cloning
/// it (§5.15) and updating the copy, as commands to run.
pub fn frozen_hint(
    e: anyhow::Error,
    set: &Id,
    version: VersionNumber,
    flags: &str,
) -> anyhow::Error {
    let mut api = match e.downcast::<ApiError>() {
        Ok(api) => api,
        Err(e) => return e,
    };
    let slug = api
        .problem
        .as_ref()
        .and_then(|p| p.get("type"))
        .and_then(Value::as_str)
        .map(error_slug)
        .unwrap_or_default()
        .to_string();
    let why = match slug.as_str() {
        "ca-set-version-is-active" => "is active on a network",
        "ca-set-version-was-previously-active" => "was active on a network before",
        _ => return api.into(),
    };
    let program = output::program();
    api.client_hints.extend([
        format!(
            "version {version} of CA set {set} {why}: a version once activated can no longer be \
             edited; copy it to a new version, then update that one:"
        ),
        format!("  {program} truststore copy-ca-set-version --id {set} --version {version}"),
        format!("  {program} truststore set-ca-set-version --id {set} --version NEW {flags}"),
    ]);
    api.into()
}
