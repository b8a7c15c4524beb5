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
use crate::output::table::{Column, Kind};

/// List the versions of a client certificate (Get-MOKSClientCertVersion)
///
/// Newest first, with their status, alias and the versionGuid a property's rule tree takes.
/// A THIRD_PARTY certificate's CURRENT and PREVIOUS alias records (with GUIDs that stay the
/// same across rotations) are rows of their own. With --version, that one version's fields.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks get-client-cert-version --name origin-a
  moks get-client-cert-version --name origin-a --version current --json | jq -r .versionGuid
  moks get-client-cert-version --name origin-b --version 1 --json | jq -r .csrBlock.csr > origin-b.csr")]
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

/// The table: the API's fields, the least needed left out first on a narrow terminal.
pub const COLUMNS: [Column; 7] = [
    Column::new("version", Kind::Whole, 0),
    Column::new("versionAlias", Kind::Whole, 3),
    Column::new("status", Kind::Status, 0),
    Column::new("versionGuid", Kind::Whole, 0),
    Column::new("issuedDate", Kind::Date, 5),
    Column::new("expiryDate", Kind::Date, 2),
    Column::new("issuer", Kind::Text, 6),
];

/// The column `--include-associated-properties` adds: how many properties use the version.
const PROPERTIES: Column = Column::new("properties", Kind::Whole, 1);

const EMPTY: &str = "no versions";

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
        return print_list(ctx, &versions, &COLUMNS, EMPTY);
    }
    let records = select::table_order(&versions);
    let mut columns: Vec<Column> = COLUMNS.to_vec();
    let mut rows = rows(&records, &COLUMNS);
    if args.include_associated_properties {
        columns.push(PROPERTIES);
        for (row, v) in rows.iter_mut().zip(&records) {
            let n = v.view.properties.as_ref().map(Vec::len).unwrap_or(0);
            row.push(n.to_string());
        }
    }
    ctx.out.table(&columns, &rows, EMPTY)?;
    Ok(())
}
