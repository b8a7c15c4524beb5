//! `get-ca-cert`: the account's CA certificates (Get-MOKSCACert).

use clap::{Args, ValueEnum};

use crate::api;
use crate::context::Context;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CaStatus {
    Qualifying,
    Current,
    Previous,
    Expired,
}

impl CaStatus {
    pub fn api(self) -> &'static str {
        match self {
            CaStatus::Qualifying => "QUALIFYING",
            CaStatus::Current => "CURRENT",
            CaStatus::Previous => "PREVIOUS",
            CaStatus::Expired => "EXPIRED",
        }
    }
}

/// List the account CA certificates that sign Akamai-signed client certificates.
///
/// Example: moks get-ca-cert --status CURRENT,PREVIOUS
#[derive(Args, Debug)]
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
    let mut statuses: Vec<String> = Vec::new();
    for s in &args.status {
        if !statuses.iter().any(|x| x == s.api()) {
            statuses.push(s.api().to_string());
        }
    }
    let Some(resp) = api::list_ca_certificates(client, &statuses).await? else {
        return Ok(());
    };
    let certs = api::list_of(&resp, "certificates")?;
    super::print_list(ctx, certs, &COLUMNS)
}
