//! `remove-version` (alias `remove-client-cert-version`): delete a version
//! (Remove-MOKSClientCertVersion). A 202 means the delete is scheduled (its message says
//! when); a 204 means the version is gone.

use super::VersionSpec;
use crate::api::moks as api;
use crate::commands::print_document;
use crate::context::Context;
use clap::Args;

/// Delete a version of a client certificate (Remove-MOKSClientCertVersion)
///
/// A version never deployed goes at once; a deployed one is DELETE_PENDING for up to 24
/// hours. Deleting the last version deletes the certificate. A version used by a property
/// active on production is refused.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks remove-version --name origin-a --version previous
  moks remove-version --id 12 --version 1 --json | jq -r .message")]
pub struct RemoveVersionArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: a number, latest, deployed, current or previous
    #[arg(long, value_name = "VERSION", required = true)]
    pub version: VersionSpec,
}

pub async fn run(ctx: &Context, args: RemoveVersionArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let version = api::version_number(client, &id, args.version).await?;
    let answer = api::delete_version(client, &id, &version).await?;
    let message = answer.as_ref().and_then(|a| a.view.message.clone());
    match message {
        Some(m) if !ctx.out.json => ctx.out.value_line(&m)?,
        _ => print_document(
            ctx,
            answer.map(|a| a.json),
            &format!("version {version} of client certificate {id} deleted"),
        )?,
    }
    Ok(())
}
