//! `truststore remove-ca-set` (alias `delete`): delete a CA set (Remove-METSCASet, §5.4).
//!
//! The API answers 202 and deletes per network; the command then shows the deletion's
//! status (`GET …/status/delete`, §5.5), or with `--wait` follows it to COMPLETE (DELETED)
//! or FAILED (exit 5). A deletion already under way (409 `delete-ca-set-request-in-progress`)
//! is followed rather than refused. Refusals keep the API's problem, with hints: a version
//! still active (400 `ca-set-cannot-be-deleted-active-versions`) names each active version
//! and the command that deactivates it (one more read of the set). A `--name` matches a
//! set not deleted or being deleted (DELETING), so that a deletion can be followed by name.
//! As every delete of moks: it asks first on a terminal unless `--yes`; without one (a
//! script, CI) `--yes` is required: exit 2 and nothing sent.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use moks_model::truststore::Network;
use moks_model::ApiEnum;

use super::waiting::{self, WaitFlags};
use super::SetSelector;
use crate::api::truststore::{self as api, sets};
use crate::client::{Client, Id};
use crate::commands::print_object;
use crate::context::Context;
use crate::error::ApiError;
use crate::output;

/// Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)
///
/// The deletion runs on each network; its status is shown, or followed with --wait. The
/// name can be used again once the set is DELETED. Asks first on a terminal; --yes to skip
/// that (required in scripts).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore remove-ca-set --name old-cas
  moks truststore remove-ca-set --id 199 --yes --wait --wait-timeout 30m
  moks truststore remove-ca-set --name old-cas --yes --json | jq -r .status")]
pub struct RemoveCaSetArgs {
    #[command(flatten)]
    pub set: SetSelector,
    #[command(flatten)]
    pub wait: WaitFlags,
    /// Delete without asking (required when there is no terminal to ask on)
    #[arg(short, long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: RemoveCaSetArgs) -> anyhow::Result<()> {
    if !args.yes && !ctx.can_ask {
        return Err(crate::error::usage(
            "remove-ca-set needs --yes when it cannot ask (standard input or stderr is not a \
             terminal)",
        ));
    }
    let client = ctx.client().await?;
    let id = args.set.resolve_deleting_too(client).await?;
    if !args.yes {
        let named = args
            .set
            .name
            .as_ref()
            .map(|n| format!(" ('{n}')"))
            .unwrap_or_default();
        let what = format!("CA set {id}{named}");
        let lines = vec![format!(
            "{what} will be deleted on staging and production; it stays readable, and its \
             name can be used again"
        )];
        if !output::prompt::confirm(&lines, &format!("delete {what}?"))? {
            return Err(crate::error::usage(format!(
                "not confirmed: {what} was not deleted"
            )));
        }
    }
    match sets::delete_ca_set(client, &id).await {
        Ok(_) => {}
        Err(e) => match slug(&e) {
            Some("delete-ca-set-request-in-progress") => output::note(&format!(
                "CA set {id} is already being deleted: showing that deletion"
            )),
            Some("ca-set-cannot-be-deleted-active-versions") => {
                return Err(with_active_versions(client, &id, e).await)
            }
            _ => return Err(e),
        },
    }
    match args.wait.pace() {
        Some(pace) => {
            let done = waiting::until_deleted(ctx, client, pace, &id).await?;
            print_object(ctx, &done)
        }
        None => {
            let status = sets::deletion_status(client, &id).await?;
            print_object(ctx, &status.item)?;
            if !waiting::ended(&status.item.view) {
                output::note(&format!(
                    "the deletion goes on per network; follow it with: {} truststore \
                     get-removal --id {id} --wait",
                    output::program()
                ));
            }
            Ok(())
        }
    }
}

/// The slug of an Edge Truststore problem (§3).
pub fn slug(e: &anyhow::Error) -> Option<&str> {
    e.downcast_ref::<ApiError>()?.truststore_slug()
}

/// The refusal, with a hint per version still active: which, where, and the command that
/// deactivates it. The set is read once more for that; if that fails, the refusal is kept
/// as it was.
async fn with_active_versions(client: &Client, id: &Id, mut e: anyhow::Error) -> anyhow::Error {
    let Ok(set) = api::get_ca_set(client, id).await else {
        return e;
    };
    let active = [
        (Network::Staging, set.view.staging_version),
        (Network::Production, set.view.production_version),
    ];
    if let Some(api_error) = e.downcast_mut::<ApiError>() {
        for (network, version) in active {
            let Some(v) = version else { continue };
            api_error.client_hints.push(format!(
                "version {v} is active on {}: {} truststore new-ca-set-deactivation --id {id} \
                 --version {v} --network {} --wait",
                network.as_str(),
                output::program(),
                network.as_str().to_ascii_lowercase()
            ));
        }
    }
    e
}
