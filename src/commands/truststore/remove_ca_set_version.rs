//! `truststore remove-ca-set-version` (alias `delete-version`): mark a version for deletion
//! (Remove-METSCASetVersion, DELETE /ca-sets/{id}/versions/{v}, §5.14: 204; the version is
//! purged about 30 days later and its number never reused).
//!
//! Rules (as `remove-version`: a delete is made on purpose): on a terminal it asks first,
//! unless `--yes`; without one (a script, CI) `--yes` is required: exit 2 and nothing sent
//! otherwise.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;

use super::versions::parse_version_number;
use super::SetSelector;
use crate::api::truststore::versions as api;
use crate::client::Id;
use crate::commands::print_document;
use crate::context::Context;
use crate::error;
use crate::output::prompt;

/// Mark a version of a CA set for deletion (Remove-METSCASetVersion)
///
/// The API keeps it, marked DELETED, for about 30 days, then removes it; its number is never
/// used again. Asks first on a terminal; --yes to skip that (required in scripts).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore remove-ca-set-version --name my-ca-set --version 1
  moks truststore remove-ca-set-version --id 199 --version 3 --yes
  moks truststore get-ca-set-version --id 199 --status DELETED --json | jq '.[].removalDate'")]
pub struct RemoveCaSetVersionArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// The version to delete
    #[arg(long, value_name = "N", required = true, value_parser = parse_version_number)]
    pub version: moks_model::truststore::VersionNumber,
    /// Delete without asking (required when there is no terminal to ask on)
    #[arg(short, long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: RemoveCaSetVersionArgs) -> anyhow::Result<()> {
    if !args.yes && !ctx.can_ask {
        return Err(error::usage(
            "remove-ca-set-version needs --yes when it cannot ask (standard input or stderr is \
             not a terminal)",
        ));
    }
    let client = ctx.client().await?;
    let set = args.set.resolve(client).await?;
    let named = args
        .set
        .name
        .as_ref()
        .map(|n| format!(" ('{n}')"))
        .unwrap_or_default();
    let what = format!("version {} of CA set {set}{named}", args.version);
    if !args.yes {
        let lines = vec![format!(
            "{what} will be marked for deletion: the API removes it after about 30 days"
        )];
        if !prompt::confirm(&lines, &format!("delete {what}?"))? {
            return Err(error::usage(format!(
                "not confirmed: {what} was not deleted"
            )));
        }
    }
    let answer = api::delete_version(client, &set, &Id::from(args.version)).await?;
    print_document(
        ctx,
        answer,
        &format!(
            "{what} is marked for deletion: the API removes it after about 30 days (see it with \
             get-ca-set-version --status DELETED)"
        ),
    )
}
