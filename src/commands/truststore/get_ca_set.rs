//! `truststore get-ca-set`: one CA set, or the list (Get-METSCASet).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use moks_model::truststore::CaSetStatus;

use super::SetSelector;
use crate::api::truststore::{self as api, CaSetFilter};
use crate::context::Context;
use crate::output::table::{Column, Kind};

/// List CA sets, or show one (Get-METSCASet)
///
/// Without --id or --name, every CA set not deleted (as the API lists by default), filtered
/// by name prefix, the network a version is active on, or status. With --id or --name, that
/// one set, deleted ones included (they stay readable).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore get-ca-set
  moks truststore get-ca-set --name my-ca-set
  moks truststore get-ca-set --activated-on production --json | jq -r '.[].caSetName'")]
pub struct GetCaSetArgs {
    /// The CA set's id (caSetId)
    #[arg(long, visible_alias = "ca-set-id", value_name = "ID", value_parser = super::parse_ca_set_id, conflicts_with = "name")]
    pub id: Option<moks_model::truststore::CaSetId>,
    /// The CA set's name: an exact match, else a unique case-insensitive one (deleted sets included)
    #[arg(long, visible_alias = "ca-set-name", value_name = "NAME", value_parser = super::parse_ca_set_name)]
    pub name: Option<String>,
    /// Only sets whose name starts with this (caSetNamePrefix)
    #[arg(long, value_name = "PREFIX", value_parser = parse_prefix, conflicts_with_all = ["id", "name"])]
    pub prefix: Option<String>,
    /// Only sets with a version active there: staging, production, inactive, staging+production (on both) or staging,production (on either)
    #[arg(long, value_name = "NETWORK", value_parser = parse_activated_on, conflicts_with_all = ["id", "name"])]
    pub activated_on: Option<String>,
    /// Only these statuses (comma-separated): NOT_DELETED, DELETING, DELETED [default: the API's, NOT_DELETED]
    #[arg(long, value_name = "STATUS", value_delimiter = ',', ignore_case = true, conflicts_with_all = ["id", "name"])]
    pub status: Vec<CaSetStatus>,
}

fn parse_prefix(s: &str) -> Result<String, String> {
    moks_model::truststore::rules::ca_set_name_prefix(s).map(|()| s.to_string())
}

/// `activatedOn` (§5.2, §7): upper-case on the wire, `+` for both networks, `,` for either.
pub fn parse_activated_on(s: &str) -> Result<String, String> {
    let up = s.trim().to_ascii_uppercase();
    if moks_model::truststore::rules::ACTIVATED_ON.contains(&up.as_str()) {
        Ok(up)
    } else {
        Err(format!(
            "expected one of inactive, staging, production, staging+production (active on \
             both), staging,production (on either); not '{}'",
            crate::error::printable(s)
        ))
    }
}

/// The table: the API's fields, the least needed left out first on a narrow terminal (the
/// status, NOT_DELETED unless --status asks for others, before the description).
pub const COLUMNS: [Column; 7] = [
    Column::new("caSetId", Kind::Whole, 0),
    Column::new("caSetName", Kind::Text, 0),
    Column::new("caSetStatus", Kind::Status, 3),
    Column::new("latestVersion", Kind::Whole, 2),
    Column::new("stagingVersion", Kind::Whole, 0),
    Column::new("productionVersion", Kind::Whole, 0),
    Column::new("description", Kind::Text, 1),
];

pub async fn run(ctx: &Context, args: GetCaSetArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    if args.id.is_some() || args.name.is_some() {
        let selector = SetSelector {
            id: args.id,
            name: args.name,
        };
        let id = selector.resolve_any_status(client).await?;
        let set = api::get_ca_set(client, &id).await?;
        return crate::commands::print_object(ctx, &set);
    }
    let filter = CaSetFilter {
        name_prefix: args.prefix,
        activated_on: args.activated_on,
        statuses: args.status,
    };
    let sets = api::list_ca_sets(client, &filter).await?;
    crate::commands::print_list(ctx, &sets, &COLUMNS, "no CA sets")
}
