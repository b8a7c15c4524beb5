//! `set-client-cert`: rename a client certificate or replace its notification e-mails
//! (Set-MOKSClientCert). Only what is given is sent; at least one is required.

use clap::Args;
use moks_model::moks::PatchClientCertificate;
use moks_model::{Checked, Problem};
use serde_json::{json, Map, Value};

use crate::api::moks as api;
use crate::commands::{invalid_field, print_document};
use crate::context::Context;
use crate::error;
use crate::input;

/// Rename a client certificate or change its e-mails (Set-MOKSClientCert)
///
/// Only what is given is sent: --new-name, --notification-emails (the full new list), or
/// both; or --body.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks set-client-cert --name origin-a --new-name origin-a2
  moks set-client-cert --name origin-a --notification-emails ops@example.com,sec@example.com
  moks set-client-cert --id 12 --new-name origin-a2 --json | jq .")]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["new_name", "notification_emails", "body"])))]
pub struct SetClientCertArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The new name (1-64 characters)
    #[arg(long, value_name = "NAME", value_parser = input::parse_cert_name)]
    pub new_name: Option<String>,
    /// The full new list of e-mail addresses (repeatable and comma-separated)
    #[arg(long, value_name = "EMAIL", value_delimiter = ',', value_parser = input::parse_email)]
    pub notification_emails: Vec<String>,
    /// The request body as JSON: a literal, a FILE, or - for standard input
    #[arg(long, value_name = "FILE|-|JSON")]
    pub body: Option<String>,
}

/// The body from `--body` with the flags over it, checked (nothing is sent otherwise).
pub fn build_body(args: &SetClientCertArgs) -> anyhow::Result<Checked<PatchClientCertificate>> {
    let mut body: Map<String, Value> = match &args.body {
        Some(b) => input::read_body(b)?,
        None => Map::new(),
    };
    if let Some(n) = &args.new_name {
        body.insert("certificateName".into(), json!(n));
    }
    if !args.notification_emails.is_empty() {
        body.insert("notificationEmails".into(), json!(args.notification_emails));
    }
    Checked::new(body).map_err(|errors| match &errors[0].problem {
        Problem::NoneOf(_) => error::usage(
            "set-client-cert needs --new-name and/or --notification-emails, or a --body with \
             certificateName and/or notificationEmails",
        ),
        _ => invalid_field(&errors[0]),
    })
}

pub async fn run(ctx: &Context, args: SetClientCertArgs) -> anyhow::Result<()> {
    let body = build_body(&args)?;
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let answer = api::patch_client_certificate(client, &id, &body).await?;
    print_document(ctx, answer, &format!("client certificate {id} updated"))
}
