//! `truststore copy-ca-set` (alias `clone`): a new CA set holding a copy of one version of
//! another (Copy-METSCASet, §5.6). The source's version is the latest unless
//! `--from-version` says; certificates expired since are copied too (§5.6).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;

use super::new_ca_set::build_body;
use super::SetSelector;
use crate::api::truststore::sets as api;
use crate::commands::{print_object, shell_quote};
use crate::context::Context;
use crate::{error, output};

/// Create a CA set from a version of another (Copy-METSCASet)
///
/// The new set's version 1 holds the certificates of the source's latest version, or of
/// --from-version.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore copy-ca-set --name partner-cas --new-name partner-cas-2
  moks truststore copy-ca-set --id 199 --from-version 3 --new-name partner-cas-v3 --description 'From v3'
  moks truststore copy-ca-set --name partner-cas --new-name partner-cas-2 --json | jq -r .caSetId")]
pub struct CopyCaSetArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// The new set's name: 3-64 of a-z A-Z 0-9 . _ - %, no '...'; unique among the sets not deleted
    #[arg(long, visible_alias = "new-ca-set-name", value_name = "NAME", value_parser = super::parse_ca_set_name)]
    pub new_name: String,
    /// The new set's description, 1-255 characters
    #[arg(long, value_name = "TEXT", value_parser = super::parse_description)]
    pub description: Option<String>,
    /// The source's version to copy (cloneFromVersion) [default: its latest]
    #[arg(long, visible_alias = "clone-from-version", value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub from_version: Option<i64>,
}

pub async fn run(ctx: &Context, args: CopyCaSetArgs) -> anyhow::Result<()> {
    let body = build_body(
        None,
        Some(&args.new_name),
        args.description.as_deref(),
        "--new-name",
        "copy-ca-set",
    )?;
    let client = ctx.client().await?;
    let id = args.set.resolve(client).await?;
    let check = format!(
        "{} truststore get-ca-set --name {}",
        output::program(),
        shell_quote(&body.ca_set_name)
    );
    let set = api::clone_ca_set(client, &id, args.from_version, &body, &check).await?;
    print_object(ctx, &set)?;
    if let Some(new_id) = set.view.ca_set_id.as_deref() {
        output::note(&format!(
            "CA set {} holds a copy of version {} of CA set {id}; activate it with: {} \
             truststore new-ca-set-activation --id {} --version 1 --network staging --wait",
            error::printable(new_id),
            args.from_version
                .map_or_else(|| "latest".to_string(), |v| v.to_string()),
            output::program(),
            error::printable(new_id),
        ));
    }
    Ok(())
}
