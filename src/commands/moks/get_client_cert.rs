//! `get-client-cert`: list client certificates, or show one (Get-MOKSClientCert).

use clap::Args;

use crate::api::moks as api;
use crate::commands::{print_list, print_object};
use crate::context::Context;
use crate::input;
use crate::output::table::{Column, Kind};

/// List client certificates, or show one (Get-MOKSClientCert)
///
/// Without --id or --name: a table of every client certificate of the account. With one:
/// that certificate's fields.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks get-client-cert
  moks get-client-cert --name origin-a
  moks get-client-cert --json | jq -r '.[] | select(.signer == \"THIRD_PARTY\") | .certificateName'")]
pub struct GetClientCertArgs {
    /// Show the certificate with this id
    #[arg(long, visible_alias = "certificate-id", value_name = "ID", value_parser = input::parse_id, conflicts_with = "name")]
    pub id: Option<moks_model::moks::CertificateId>,
    /// Show the certificate with this name (exact, else a unique case-insensitive match)
    #[arg(long, visible_alias = "certificate-name", value_name = "NAME", value_parser = input::parse_cert_name)]
    pub name: Option<String>,
}

/// The table: the API's fields, the least needed left out first on a narrow terminal.
pub const COLUMNS: [Column; 7] = [
    Column::new("certificateId", Kind::Whole, 0),
    Column::new("certificateName", Kind::Text, 0),
    Column::new("signer", Kind::Whole, 2),
    Column::new("secureNetwork", Kind::Whole, 4),
    Column::new("geography", Kind::Whole, 5),
    Column::new("keyAlgorithm", Kind::Whole, 6),
    Column::new("createdDate", Kind::Date, 3),
];

pub async fn run(ctx: &Context, args: GetClientCertArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    if args.id.is_none() && args.name.is_none() {
        let certs = api::list_client_certificates(client).await?;
        return print_list(ctx, &certs, &COLUMNS, "no client certificates");
    }
    let id = super::resolve_certificate(client, args.id, args.name.as_deref()).await?;
    let cert = api::get_client_certificate(client, &id)
        .await
        .map_err(|e| super::with_unknown_id_hint(e, args.id))?;
    print_object(ctx, &cert)
}
