//! `get-ca-cert`: the account's CA certificates (Get-MOKSCACert).

use clap::Args;
use moks_model::moks::CaStatus;

use crate::api::moks as api;
use crate::context::Context;
use crate::output::table::{Column, Kind};

/// List the account CA certificates (Get-MOKSCACert)
///
/// The CA certificates that sign the account's Akamai-signed client certificates, with their
/// status: QUALIFYING (about to be used), CURRENT, PREVIOUS or EXPIRED.
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

/// The table: the API's fields, the least needed left out first on a narrow terminal.
pub const COLUMNS: [Column; 8] = [
    Column::new("id", Kind::Whole, 0),
    Column::new("version", Kind::Whole, 5),
    Column::new("commonName", Kind::Text, 0),
    Column::new("status", Kind::Status, 0),
    Column::new("keyAlgorithm", Kind::Whole, 4),
    Column::new("keySizeInBytes", Kind::Whole, 6),
    Column::new("issuedDate", Kind::Date, 3),
    Column::new("expiryDate", Kind::Date, 2),
];

pub async fn run(ctx: &Context, args: GetCaCertArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let certs = api::list_ca_certificates(client, &args.status).await?;
    crate::commands::print_list(ctx, &certs, &COLUMNS, "no CA certificates")
}
