//! `truststore get-removal` (alias `delete-status`): the status of a CA set's deletion
//! (Get-METSRemoval, §5.5). A 202 is not an error: the deletion is IN_PROGRESS. `--wait`
//! follows it to COMPLETE or FAILED (exit 5). A `--name` matches a set of any status, a
//! DELETED one included (its deletion's status stays readable).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;

use super::waiting::{self, WaitFlags};
use super::SetSelector;
use crate::api::truststore::sets;
use crate::commands::print_object;
use crate::context::Context;

/// Show the status of a CA set's deletion, per network (Get-METSRemoval)
///
/// IN_PROGRESS, COMPLETE or FAILED, with each network's progress; --wait follows it to
/// the end.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore get-removal --name old-cas
  moks truststore get-removal --id 199 --wait
  moks truststore get-removal --id 199 --json | jq -r '.deletions[] | \"\\(.network) \\(.percentComplete)%\"'")]
pub struct GetRemovalArgs {
    #[command(flatten)]
    pub set: SetSelector,
    #[command(flatten)]
    pub wait: WaitFlags,
}

pub async fn run(ctx: &Context, args: GetRemovalArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.set.resolve_any_status(client).await?;
    let status = match args.wait.pace() {
        Some(pace) => waiting::until_deleted(ctx, client, pace, &id).await?,
        None => sets::deletion_status(client, &id).await?.item,
    };
    print_object(ctx, &status)
}
