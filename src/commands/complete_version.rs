//! `complete-version` (alias `complete-client-cert-version`): upload the signed certificate
//! of a THIRD_PARTY version (Complete-MOKSClientCertVersion).

use std::path::PathBuf;

use clap::Args;
use serde_json::{json, Value};

use crate::api::{self, select, select::VersionSpec, Id};
use crate::context::Context;
use crate::error;
use crate::input;

/// Upload the signed certificate (and optional trust chain) of a THIRD_PARTY version.
///
/// Example: moks complete-version --name origin-b --certificate-file signed.pem --trust-chain-file chain.pem
#[derive(Args, Debug)]
pub struct CompleteVersionArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: a number, latest, deployed, current or previous (default: the one
    /// AWAITING_SIGNED_CERTIFICATE)
    #[arg(long, value_name = "VERSION")]
    pub version: Option<VersionSpec>,
    /// The signed certificate (PEM, or DER converted to PEM)
    #[arg(long, value_name = "FILE", conflicts_with = "body")]
    pub certificate_file: Option<PathBuf>,
    /// The chain of CA certificates that signed it (PEM)
    #[arg(long, value_name = "FILE", requires = "certificate_file")]
    pub trust_chain_file: Option<PathBuf>,
    /// The request body as JSON ({"certificate": …, "trustChain": …}): a literal, a FILE, or -
    #[arg(long, value_name = "FILE|-|JSON")]
    pub body: Option<String>,
    /// Upload even if the certificate raises validation warnings
    #[arg(long)]
    pub acknowledge_all_warnings: bool,
}

pub fn build_body(args: &CompleteVersionArgs) -> anyhow::Result<Value> {
    if let Some(b) = &args.body {
        let body = input::read_body(b)?;
        let cert_ok = body
            .get("certificate")
            .and_then(Value::as_str)
            .is_some_and(|s| !s.trim().is_empty());
        if !cert_ok {
            return Err(error::usage(
                "invalid value for '--body': it needs a non-empty \"certificate\" (PEM text)",
            ));
        }
        if let Some(tc) = body.get("trustChain") {
            if tc.as_str().is_none_or(|s| s.trim().is_empty()) {
                return Err(error::usage("invalid value for '--body': \"trustChain\", when present, must be non-empty PEM text"));
            }
        }
        return Ok(Value::Object(body));
    }
    let Some(file) = &args.certificate_file else {
        return Err(error::usage(
            "complete-version needs --certificate-file FILE (or --body)",
        ));
    };
    let mut body = serde_json::Map::new();
    body.insert(
        "certificate".into(),
        json!(input::read_certificate_file(file, "--certificate-file")?),
    );
    if let Some(chain) = &args.trust_chain_file {
        body.insert(
            "trustChain".into(),
            json!(input::read_certificate_file(chain, "--trust-chain-file")?),
        );
    }
    Ok(Value::Object(body))
}

/// The one version of certificate `id` AWAITING_SIGNED_CERTIFICATE (one list call).
async fn awaiting_version(
    ctx: &Context,
    client: &crate::client::Client,
    id: &Id,
) -> anyhow::Result<Id> {
    let Some(resp) = api::list_versions(client, id, false).await? else {
        return Ok(Id::Unresolved("version AWAITING_SIGNED_CERTIFICATE".into()));
    };
    let versions = api::list_of(&resp, "versions")?;
    let v = select::awaiting_version(&versions, &id.to_string())?;
    if ctx.verbose {
        crate::output::verbose(&format!(
            "version {v} of client certificate {id} is AWAITING_SIGNED_CERTIFICATE"
        ));
    }
    Ok(Id::Known(v))
}

pub async fn run(ctx: &Context, args: CompleteVersionArgs) -> anyhow::Result<()> {
    let body = build_body(&args)?;
    let client = ctx.client().await?;
    let id = args.cert.resolve(ctx, client).await?;
    let version = match args.version {
        Some(spec) => super::resolve_version(ctx, client, &id, spec).await?,
        None => awaiting_version(ctx, client, &id).await?,
    };
    let Some(resp) =
        api::upload_certificate(client, &id, &version, &body, args.acknowledge_all_warnings)
            .await?
    else {
        return Ok(());
    };
    super::print_object(
        ctx,
        resp.json()?,
        &format!("signed certificate uploaded to version {version} of client certificate {id}"),
    )
}
