//! `get-ca-cert`: the account's CA certificates (Get-MOKSCACert).

use clap::Args;
use moks_model::moks::CaStatus;

use crate::api::moks as api;
use crate::context::Context;

/// List the account CA certificates (Get-MOKSCACert)
///
/// The CA certificates of the account that sign its Akamai-signed client certificates, with
/// their status (QUALIFYING, CURRENT, PREVIOUS, EXPIRED).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks get-ca-cert
  moks get-ca-cert --status CURRENT,PREVIOUS
  moks get-ca-cert --status CURRENT --json | jq -r '.[0].certificate' > account-ca.pem")]
pub struct GetCaCertArgs {
    /// Only these statuses (comma-separated or repeated; case-insensitive)
    #[arg(long, value_name = "STATUS", value_delimiter = ',', ignore_case = true)]
    pub status: Vec<CaStatus>,
}

pub const COLUMNS: [&str; 8] = [
    "id",
    "version",
    "commonName",
    "status",
    "keyAlgorithm",
    "keySizeInBytes",
    "issuedDate",
    "expiryDate",
];

pub async fn run(ctx: &Context, args: GetCaCertArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let certs = api::list_ca_certificates(client, &args.status).await?;
    crate::commands::print_list(ctx, &certs, &COLUMNS)
}
