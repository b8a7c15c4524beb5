//! `rotate` (alias `new-client-cert-version`): create a new version (New-MOKSClientCertVersion).

use clap::Args;
use moks_model::moks::VersionStatus;

use crate::api::moks as api;
use crate::commands::print_object;
use crate::context::Context;
use crate::output;

/// Create a new version of a client certificate. AKAMAI: signed at once and deployed.
/// THIRD_PARTY: the new version awaits your signed certificate (see the next step printed).
///
/// Example: moks rotate --name origin-a
#[derive(Args, Debug)]
pub struct RotateArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
}

pub async fn run(ctx: &Context, args: RotateArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let check = format!("moks get-client-cert-version --id {id}");
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
        output::note(&format!(
            "next: get the CSR (moks get-client-cert-version --id {id} --version {version} --full), sign it with your CA, \
             then: moks complete-version --id {id} --version {version} --certificate-file signed.pem"
        ));
    }
    Ok(())
}
