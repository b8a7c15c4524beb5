//! `get-client-cert`: list client certificates, or show one (Get-MOKSClientCert).

use clap::Args;

use crate::api::moks as api;
use crate::commands::{print_list, print_object};
use crate::context::Context;
use crate::input;

/// List the client certificates, or show one with --id or --name.
///
/// Examples: moks get-client-cert · moks get-client-cert --name my-origin-cert --json
#[derive(Args, Debug)]
pub struct GetClientCertArgs {
    /// Show the certificate with this id
    #[arg(long, visible_alias = "certificate-id", value_name = "ID", value_parser = input::parse_id, conflicts_with = "name")]
    pub id: Option<i64>,
    /// Show the certificate with this name (exact, else a unique case-insensitive match)
    #[arg(long, visible_alias = "certificate-name", value_name = "NAME", value_parser = input::parse_cert_name)]
    pub name: Option<String>,
}

pub const COLUMNS: [&str; 7] = [
    "certificateId",
    "certificateName",
    "signer",
    "secureNetwork",
    "geography",
    "keyAlgorithm",
    "createdDate",
];

pub async fn run(ctx: &Context, args: GetClientCertArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    if args.id.is_none() && args.name.is_none() {
        let certs = api::list_client_certificates(client).await?;
        return print_list(ctx, &certs, &COLUMNS);
    }
    let id = super::resolve_certificate(client, args.id, args.name.as_deref()).await?;
    let cert = api::get_client_certificate(client, &id).await?;
    print_object(ctx, &cert)
}
