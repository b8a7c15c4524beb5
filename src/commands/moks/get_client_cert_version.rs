//! `get-client-cert-version`: the versions of a client certificate
//! (Get-MOKSClientCertVersion). The table has a row per record the API sent: a THIRD_PARTY
//! alias record (CURRENT/PREVIOUS, with its own `versionGuid`, the one a rule tree takes) is
//! its own row next to its version; `--version current|previous` shows that alias record;
//! `--json` prints the API's `versions` array unchanged.

use clap::Args;

use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::commands::{print_list, print_object, rows};
use crate::context::Context;

/// List the versions of a client certificate, newest first.
///
/// Examples: moks get-client-cert-version --name origin-a
///           moks get-client-cert-version --id 12 --version current --json | jq -r .versionGuid
#[derive(Args, Debug)]
pub struct GetClientCertVersionArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// Also list the properties that use each version
    #[arg(long)]
    pub include_associated_properties: bool,
    /// Only this version: a number, latest, deployed, current or previous
    #[arg(long, value_name = "VERSION")]
    pub version: Option<VersionSpec>,
}

pub const COLUMNS: [&str; 7] = [
    "version",
    "versionAlias",
    "status",
    "versionGuid",
    "issuedDate",
    "expiryDate",
    "issuer",
];

pub async fn run(ctx: &Context, args: GetClientCertVersionArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let versions = api::list_versions(client, &id, args.include_associated_properties).await?;
    if let Some(spec) = args.version {
        let n = select::resolve_version(&versions, spec, &id.to_string())?;
        // The entry exactly as the API sent it: the alias record for current/previous (its
        // versionGuid is the alias's), else the numbered one.
        return match select::entry_as_sent(&versions, spec, n) {
            Some(v) => print_object(ctx, v),
            None => Ok(()),
        };
    }
    if ctx.out.json {
        return print_list(ctx, &versions, &COLUMNS);
    }
    let records = select::table_order(&versions);
    let mut columns: Vec<&str> = COLUMNS.to_vec();
    let mut rows = rows(&records, &COLUMNS);
    if args.include_associated_properties {
        columns.push("properties");
        for (row, v) in rows.iter_mut().zip(&records) {
            let n = v.view.properties.as_ref().map(Vec::len).unwrap_or(0);
            row.push(n.to_string());
        }
    }
    ctx.out.table(&columns, &rows)?;
    Ok(())
}
