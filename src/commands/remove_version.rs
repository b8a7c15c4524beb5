//! `remove-version` (alias `remove-client-cert-version`): delete a version
//! (Remove-MOKSClientCertVersion). A 202 means the delete is scheduled (its message says
//! when); a 204 means the version is gone.

use clap::Args;
use serde_json::json;

use crate::api::{self, select::VersionSpec};
use crate::context::Context;

/// Delete a version of a client certificate. Deleting the last version deletes the
/// certificate.
///
/// Example: moks remove-version --name origin-a --version previous
#[derive(Args, Debug)]
pub struct RemoveVersionArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: a number, latest, deployed, current or previous
    #[arg(long, value_name = "VERSION", required = true)]
    pub version: VersionSpec,
}

pub async fn run(ctx: &Context, args: RemoveVersionArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.cert.resolve(ctx, client).await?;
    let version = super::resolve_version(ctx, client, &id, args.version).await?;
    let Some(resp) = api::delete_version(client, &id, &version).await? else {
        return Ok(());
    };
    let body = resp.json()?;
    let message = body
        .as_ref()
        .and_then(|b| b.get("message"))
        .and_then(|m| m.as_str())
        .map(str::to_string);
    if ctx.out.json {
        ctx.out.json(&body.unwrap_or_else(|| json!({})))?;
    } else if let Some(m) = message {
        ctx.out.value_line(&m)?;
    } else {
        ctx.out.line(&format!(
            "version {version} of client certificate {id} deleted"
        ))?;
    }
    Ok(())
}
