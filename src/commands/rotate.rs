//! `rotate` (alias `new-client-cert-version`): create a new version (New-MOKSClientCertVersion).

use clap::Args;
use serde_json::Value;

use crate::api;
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
    let id = args.cert.resolve(ctx, client).await?;
    let Some(resp) = api::rotate(client, &id).await? else {
        return Ok(());
    };
    let created = resp.json()?;
    let awaiting = created.as_ref().is_some_and(|v| {
        v.get("csrBlock").is_some_and(|c| !c.is_null())
            || v.get("status").and_then(Value::as_str) == Some("AWAITING_SIGNED_CERTIFICATE")
    });
    let version = created
        .as_ref()
        .and_then(|v| v.get("version"))
        .map(|v| v.to_string())
        .unwrap_or_else(|| "latest".into());
    super::print_object(ctx, created, "rotated")?;
    if awaiting {
        output::note(&format!(
            "next: get the CSR (moks get-client-cert-version --id {id} --version {version} --full), sign it with your CA, \
             then: moks complete-version --id {id} --version {version} --certificate-file signed.pem"
        ));
    }
    Ok(())
}
