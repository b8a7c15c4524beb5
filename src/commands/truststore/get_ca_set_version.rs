//! `truststore get-ca-set-version` (alias `versions`): one version of a CA set with its
//! certificates, or the list of its versions (Get-METSCASetVersion; GET
//! /ca-sets/{id}/versions/{v} §5.12, GET /ca-sets/{id}/versions §5.11).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use moks_model::truststore::VersionStatus;

use super::versions::{parse_version_number, print_version};
use super::SetSelector;
use crate::api::truststore::versions::{self as api, VersionFilter};
use crate::client::Id;
use crate::commands::rows;
use crate::context::Context;
use crate::output;
use crate::output::table::{Column, Kind};

/// List the versions of a CA set, or show one with its certificates (Get-METSCASetVersion)
///
/// Without --version, the versions not deleted (as the API lists by default), as a table;
/// with --version, that version's fields and its certificates.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore get-ca-set-version --name my-ca-set
  moks truststore get-ca-set-version --id 199 --version 2
  moks truststore get-ca-set-version --id 199 --active-only --json | jq -r '.[].version'")]
pub struct GetCaSetVersionArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// One version, with its certificates
    #[arg(long, value_name = "N", value_parser = parse_version_number)]
    pub version: Option<moks_model::truststore::VersionNumber>,
    /// List the versions with their certificates (includeCertificates)
    #[arg(long, conflicts_with = "version")]
    pub include_certificates: bool,
    /// Only versions active on staging or production (activeVersionsOnly)
    #[arg(long, conflicts_with = "version")]
    pub active_only: bool,
    /// Only these statuses (comma-separated): NOT_DELETED, DELETED [default: the API's, NOT_DELETED]
    #[arg(
        long,
        value_name = "STATUS",
        value_delimiter = ',',
        ignore_case = true,
        conflicts_with = "version"
    )]
    pub status: Vec<VersionStatus>,
}

/// The table: the least needed left out first on a narrow terminal.
pub const COLUMNS: [Column; 7] = [
    Column::new("version", Kind::Whole, 0),
    Column::new("description", Kind::Text, 4),
    Column::new("stagingStatus", Kind::Status, 0),
    Column::new("productionStatus", Kind::Status, 0),
    Column::new("allowInsecureSha1", Kind::Whole, 3),
    Column::new("createdDate", Kind::Date, 2),
    Column::new("createdBy", Kind::Text, 5),
];

const REMOVAL: [Column; 2] = [
    Column::new("caSetVersionStatus", Kind::Status, 1),
    Column::new("removalDate", Kind::Date, 1),
];

const CERTIFICATES: Column = Column::new("certificates", Kind::Whole, 1);

pub async fn run(ctx: &Context, args: GetCaSetVersionArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let set = args.set.resolve(client).await?;
    if let Some(n) = args.version {
        let version = api::get_version(client, &set, &Id::from(n)).await?;
        return print_version(ctx, &version);
    }
    let filter = VersionFilter {
        include_certificates: args.include_certificates,
        active_only: args.active_only,
        statuses: args.status.clone(),
    };
    let versions = api::list_versions(client, &set, &filter).await?;
    if ctx.out.json {
        return crate::commands::print_list(ctx, &versions, &COLUMNS, "");
    }
    let mut columns: Vec<Column> = COLUMNS.to_vec();
    if !args.status.is_empty() {
        columns.extend(REMOVAL);
    }
    let mut table = rows(&versions, &columns);
    if args.include_certificates {
        columns.push(CERTIFICATES);
        for (row, v) in table.iter_mut().zip(&versions) {
            let n = v.view.certificates.as_ref().map(Vec::len).unwrap_or(0);
            row.push(n.to_string());
        }
    }
    ctx.out.table(
        &columns,
        &table,
        &format!(
            "CA set {set} has no versions{}",
            if args.active_only { " active" } else { "" }
        ),
    )?;
    if table.is_empty() && !args.active_only {
        output::note(&format!(
            "create one with: {} truststore new-ca-set-version --id {set} --certificates-file FILE",
            output::program()
        ));
    }
    Ok(())
}
