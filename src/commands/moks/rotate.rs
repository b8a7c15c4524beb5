//! `rotate` (alias `new-client-cert-version`): create a new version (New-MOKSClientCertVersion).

use clap::Args;
use moks_model::moks::VersionStatus;

use crate::api::moks as api;
use crate::commands::print_object;
use crate::context::Context;
use crate::output;

/// Create a new version of a client certificate (New-MOKSClientCertVersion)
///
/// AKAMAI: the new version is signed at once and deploys (the current one becomes PREVIOUS).
/// THIRD_PARTY: it awaits your signed certificate; the next step is printed. Not while a
/// version is DEPLOYMENT_PENDING or DELETE_PENDING.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks rotate --name origin-a
  moks rotate --id 12 --json | jq -r .version")]
pub struct RotateArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
}

pub async fn run(ctx: &Context, args: RotateArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let check = format!("{} get-client-cert-version --id {id}", output::program());
    let created = api::rotate(client, &id, &check).await?;
    let v = &created.view;
    let awaiting =
        v.csr_block.is_some() || v.status == Some(VersionStatus::AwaitingSignedCertificate);
    let version = created
        .json
        .get("version")
        .map(|v| v.to_string())
        .unwrap_or_else(|| "latest".into());
    print_object(ctx, &created)?;
    if awaiting {
        output::note(&super::csr_next_step(&id, &version));
    }
    Ok(())
}
