//! `get-version-guid`: the `versionGuid` a Property Manager rule tree puts in its
//! `mtlsOriginKeystore` behavior (`clientCertificateVersionGuid`, docs/reference/moks.md §5 "Use in
//! delivery configs"), alone on stdout for `$(…)`.
//!
//! Rules:
//! - `current` (the default) and `previous` give the GUID of the alias record: it stays the
//!   same across rotations, so a rule tree holding it follows every rotation; a number gives
//!   that version's own GUID;
//! - a warning on stderr when the version it points at is not DEPLOYED yet;
//! - `--behavior` prints the whole behavior, ready to paste into a rule tree; `--json` the
//!   API's record the GUID comes from.

use clap::Args;
use moks_model::moks::VersionStatus;
use moks_model::ApiEnum;
use serde_json::json;

use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::commands::print_object;
use crate::context::Context;
use crate::error;
use crate::output;

/// Print the versionGuid a Property Manager rule tree takes, and only it (no cmdlet)
///
/// For current (the default) and previous: the alias's GUID, which stays the same across
/// rotations, so that the rule tree follows them. --behavior prints the mtlsOriginKeystore
/// behavior with it.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  GUID=$(moks get-version-guid --name origin-a)
  moks get-version-guid --name origin-a --behavior > mtls-behavior.json
  moks get-version-guid --id 12 --version previous --json | jq -r .status")]
pub struct GetVersionGuidArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: current, previous, latest, deployed or a number
    #[arg(long, value_name = "VERSION", default_value = "current")]
    pub version: VersionSpec,
    /// Print the rule tree's mtlsOriginKeystore behavior holding the GUID
    #[arg(long)]
    pub behavior: bool,
}

/// The rule-tree behavior that makes the edge present this client certificate to the origin.
pub fn behavior(guid: &str) -> serde_json::Value {
    json!({
        "name": "mtlsOriginKeystore",
        "options": {
            "enable": true,
            "clientCertificateVersionGuid": guid,
            "authClientCert": true
        }
    })
}

pub async fn run(ctx: &Context, args: GetVersionGuidArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let versions = api::list_versions(client, &id, false).await?;
    let spec = args.version;
    let n = select::resolve_version(&versions, spec, &id.to_string())?;
    let entry = select::entry_as_sent(&versions, spec, n);
    let Some(guid) = entry.and_then(|e| e.view.version_guid.clone().filter(|g| !g.is_empty()))
    else {
        return Err(error::bad_answer(format!(
            "the API listed version {n} of client certificate {id} without a versionGuid"
        )));
    };
    // The status of the version itself (an alias record may not carry one).
    let status = select::distinct_versions(&versions)
        .into_iter()
        .find(|v| select::version_of(v) == Some(n))
        .and_then(|v| v.view.status);
    if status != Some(VersionStatus::Deployed) {
        let alias = match spec {
            VersionSpec::Current => " (CURRENT)",
            VersionSpec::Previous => " (PREVIOUS)",
            _ => "",
        };
        output::warn(&format!(
            "version {n}{alias} of client certificate {id} is {}, not yet DEPLOYED",
            status.as_ref().map_or("without a status", |s| s.as_str())
        ));
    }
    if args.behavior {
        ctx.out.json(&behavior(&guid))?;
    } else if let (true, Some(entry)) = (ctx.out.json, entry) {
        print_object(ctx, entry)?;
    } else {
        ctx.out.value_line(&guid)?;
    }
    Ok(())
}
