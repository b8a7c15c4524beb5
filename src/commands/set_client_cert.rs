//! `set-client-cert`: rename a client certificate or replace its notification e-mails
//! (Set-MOKSClientCert). Only what is given is sent; at least one is required.

use clap::Args;
use serde_json::{json, Map, Value};

use crate::api;
use crate::context::Context;
use crate::error;
use crate::input;

/// Rename a client certificate and/or replace its notification e-mails.
///
/// Example: moks set-client-cert --name origin-a --notification-emails ops@example.com,sec@example.com
#[derive(Args, Debug)]
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

pub fn build_body(args: &SetClientCertArgs) -> anyhow::Result<Value> {
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
    if !body.contains_key("certificateName") && !body.contains_key("notificationEmails") {
        return Err(error::usage(
            "set-client-cert needs --new-name and/or --notification-emails (or --body)",
        ));
    }
    let shown = |v: &Value| error::excerpt(&v.to_string(), 80);
    if let Some(n) = body.get("certificateName") {
        let why = match n.as_str() {
            Some(s) => input::parse_cert_name(s).err(),
            None => Some("expected a string of 1 to 64 characters".into()),
        };
        if let Some(why) = why {
            return Err(error::usage(format!(
                "invalid value {} for 'certificateName' in the request: {why}",
                shown(n)
            )));
        }
    }
    if let Some(e) = body.get("notificationEmails") {
        let ok = e.as_array().is_some_and(|a| {
            !a.is_empty()
                && a.iter()
                    .all(|i| i.as_str().is_some_and(|s| input::parse_email(s).is_ok()))
        });
        if !ok {
            return Err(error::usage(format!(
                "invalid value {} for 'notificationEmails' in the request: expected a non-empty list of e-mail addresses",
                shown(e)
            )));
        }
    }
    Ok(Value::Object(body))
}

pub async fn run(ctx: &Context, args: SetClientCertArgs) -> anyhow::Result<()> {
    let body = build_body(&args)?;
    let client = ctx.client().await?;
    let id = args.cert.resolve(ctx, client).await?;
    let Some(resp) = api::patch_client_certificate(client, &id, &body).await? else {
        return Ok(());
    };
    super::print_object(
        ctx,
        resp.json()?,
        &format!("client certificate {id} updated"),
    )
}
