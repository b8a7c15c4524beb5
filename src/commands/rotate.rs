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
    let created = super::created(
        &resp,
        &format!("a new version of client certificate {id}"),
        &format!("moks get-client-cert-version --id {id}"),
    )?;
    let awaiting = created.get("csrBlock").is_some_and(|c| !c.is_null())
        || created.get("status").and_then(Value::as_str) == Some("AWAITING_SIGNED_CERTIFICATE");
    let version = created
        .get("version")
        .map(|v| v.to_string())
        .unwrap_or_else(|| "latest".into());
    super::print_object(ctx, Some(created), "rotated")?;
    if awaiting {
        output::note(&format!(
            "next: get the CSR (moks get-client-cert-version --id {id} --version {version} --full), sign it with your CA, \
             then: moks complete-version --id {id} --version {version} --certificate-file signed.pem"
        ));
    }
    Ok(())
}
