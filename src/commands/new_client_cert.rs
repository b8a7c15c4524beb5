//! `new-client-cert`: create a client certificate (New-MOKSClientCert).
//!
//! Flags build the body; `--body` sends a JSON object instead, with any flags given alongside
//! overriding its fields. Enum values are case-insensitive and sent upper-case. Fixes over
//! the cmdlet: the Russia geography is the API's `RUSSIA_AND_CORE` (PowerShell's
//! `RUSSIAN_AND_CORE` is accepted as an alias), `--subject` exists, the key algorithm is
//! optional (the server picks RSA).

use clap::{Args, ValueEnum};
use serde_json::{json, Map, Value};

use crate::api;
use crate::context::Context;
use crate::error;
use crate::input;
use crate::output;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Geography {
    Core,
    #[value(alias = "RUSSIAN_AND_CORE")]
    RussiaAndCore,
    ChinaAndCore,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SecureNetwork {
    StandardTls,
    EnhancedTls,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Signer {
    Akamai,
    ThirdParty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum KeyAlgorithm {
    Rsa,
    Ecdsa,
}

/// The API spelling of a clap enum value (its canonical name, upper-case).
pub fn api_name<T: ValueEnum>(v: &T) -> String {
    v.to_possible_value()
        .map(|p| p.get_name().to_string())
        .unwrap_or_default()
}

/// Create a client certificate. Version 1 is created with it: signed by the account CA
/// (AKAMAI) or awaiting your signed certificate (THIRD_PARTY).
///
/// Example: moks new-client-cert --name origin-a --contract-id ctr_C-0N7RAC7 --group-id 12345
///   --secure-network ENHANCED_TLS --signer AKAMAI --notification-emails ops@example.com
#[derive(Args, Debug, Default)]
pub struct NewClientCertArgs {
    /// The certificate's name, unique in the account (1-64 characters)
    #[arg(long, visible_alias = "certificate-name", value_name = "NAME", value_parser = input::parse_cert_name)]
    pub name: Option<String>,
    /// Contract id (a ctr_ prefix is stripped)
    #[arg(long, value_name = "ID", value_parser = input::parse_contract_id)]
    pub contract_id: Option<String>,
    /// Group id (a grp_ prefix is stripped)
    #[arg(long, value_name = "ID", value_parser = input::parse_group_id)]
    pub group_id: Option<i64>,
    /// Where the certificate is deployed [default: CORE]
    #[arg(long, value_enum, ignore_case = true, value_name = "GEOGRAPHY")]
    pub geography: Option<Geography>,
    /// STANDARD_TLS, or ENHANCED_TLS for the PCI-compliant network
    #[arg(long, value_enum, ignore_case = true, value_name = "NETWORK")]
    pub secure_network: Option<SecureNetwork>,
    /// Who signs it: AKAMAI (the account CA) or THIRD_PARTY (your CA, from the CSR)
    #[arg(long, value_enum, ignore_case = true, value_name = "SIGNER")]
    pub signer: Option<Signer>,
    /// Addresses told about expiry and rotation (repeatable and comma-separated)
    #[arg(long, value_name = "EMAIL", value_delimiter = ',', value_parser = input::parse_email)]
    pub notification_emails: Vec<String>,
    /// RSA or ECDSA; left out, the server picks RSA
    #[arg(long, value_enum, ignore_case = true, value_name = "ALGORITHM")]
    pub key_algorithm: Option<KeyAlgorithm>,
    /// Common name of the account CA that signs it (AKAMAI only; see get-ca-cert)
    #[arg(long, value_name = "NAME", value_parser = input::parse_preferred_ca)]
    pub preferred_ca: Option<String>,
    /// Custom subject in the /C=US/O=Org/CN=name/ form (CN of 1-64 characters required)
    #[arg(long, value_name = "SUBJECT", value_parser = input::parse_subject)]
    pub subject: Option<String>,
    /// The request body as JSON: a literal, a FILE, or - for standard input
    #[arg(long, value_name = "FILE|-|JSON")]
    pub body: Option<String>,
}

const REQUIRED: [(&str, &str); 6] = [
    ("certificateName", "--name"),
    ("contractId", "--contract-id"),
    ("groupId", "--group-id"),
    ("secureNetwork", "--secure-network"),
    ("signer", "--signer"),
    ("notificationEmails", "--notification-emails"),
];

/// Builds and validates the request body (before anything is sent).
pub fn build_body(args: &NewClientCertArgs) -> anyhow::Result<Value> {
    let from_body = args.body.is_some();
    let mut body: Map<String, Value> = match &args.body {
        Some(b) => input::read_body(b)?,
        None => Map::new(),
    };
    let mut set = |k: &str, v: Value| {
        body.insert(k.to_string(), v);
    };
    if let Some(v) = &args.name {
        set("certificateName", json!(v));
    }
    if let Some(v) = &args.contract_id {
        set("contractId", json!(v));
    }
    if let Some(v) = args.group_id {
        set("groupId", json!(v));
    }
    match args.geography {
        Some(g) => set("geography", json!(api_name(&g))),
        None if !from_body => set("geography", json!("CORE")),
        None => {}
    }
    if let Some(v) = args.secure_network {
        set("secureNetwork", json!(api_name(&v)));
    }
    if let Some(v) = args.signer {
        set("signer", json!(api_name(&v)));
    }
    if !args.notification_emails.is_empty() {
        set("notificationEmails", json!(args.notification_emails));
    }
    if let Some(v) = args.key_algorithm {
        set("keyAlgorithm", json!(api_name(&v)));
    }
    if let Some(v) = &args.preferred_ca {
        set("preferredCa", json!(v));
    }
    if let Some(v) = &args.subject {
        set("subject", json!(v));
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|(k, _)| body.get(*k).is_none_or(Value::is_null))
        .map(|(_, flag)| *flag)
        .collect();
    if !missing.is_empty() {
        let how = if from_body {
            " (or the matching fields in --body)"
        } else {
            " (or --body)"
        };
        return Err(error::usage(format!(
            "new-client-cert needs {}{how}",
            missing.join(", ")
        )));
    }
    validate_body(&body)?;
    Ok(Value::Object(body))
}

/// Checks the fields of a create body, whichever way they came in.
fn validate_body(body: &Map<String, Value>) -> anyhow::Result<()> {
    let bad = |field: &str, v: &Value, why: &str| {
        let shown = error::excerpt(&v.to_string(), 80);
        error::usage(format!(
            "invalid value {shown} for '{field}' in the request: {why}"
        ))
    };
    let text = |field: &str| -> anyhow::Result<Option<&str>> {
        match body.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(v) => Err(bad(field, v, "expected a string")),
        }
    };
    if let Some(n) = text("certificateName")? {
        input::parse_cert_name(n).map_err(|e| bad("certificateName", &json!(n), &e))?;
    }
    if let Some(c) = text("contractId")? {
        input::parse_contract_id(c).map_err(|e| bad("contractId", &json!(c), &e))?;
    }
    if let Some(g) = body.get("groupId") {
        if g.as_i64().is_none_or(|n| n < 0) {
            return Err(bad("groupId", g, "expected a whole number of 0 or more"));
        }
    }
    for (field, allowed) in [
        (
            "geography",
            &["CORE", "RUSSIA_AND_CORE", "CHINA_AND_CORE"][..],
        ),
        ("secureNetwork", &["STANDARD_TLS", "ENHANCED_TLS"][..]),
        ("signer", &["AKAMAI", "THIRD_PARTY"][..]),
        ("keyAlgorithm", &["RSA", "ECDSA"][..]),
    ] {
        if let Some(v) = text(field)? {
            if !allowed.contains(&v) {
                return Err(bad(
                    field,
                    &json!(v),
                    &format!("expected one of {}", allowed.join(", ")),
                ));
            }
        }
    }
    match body.get("notificationEmails") {
        Some(Value::Array(items)) if !items.is_empty() => {
            for item in items {
                let ok = item.as_str().is_some_and(|s| input::parse_email(s).is_ok());
                if !ok {
                    return Err(bad(
                        "notificationEmails",
                        item,
                        "expected an e-mail address such as ops@example.com",
                    ));
                }
            }
        }
        Some(v) => {
            return Err(bad(
                "notificationEmails",
                v,
                "expected a non-empty list of e-mail addresses",
            ))
        }
        None => {}
    }
    if let Some(s) = text("subject")? {
        input::parse_subject(s).map_err(|e| bad("subject", &json!(s), &e))?;
    }
    if let Some(ca) = text("preferredCa")? {
        input::parse_preferred_ca(ca).map_err(|e| bad("preferredCa", &json!(ca), &e))?;
        if text("signer")? != Some("AKAMAI") {
            return Err(bad(
                "preferredCa",
                &json!(ca),
                "a preferred CA applies only to --signer AKAMAI",
            ));
        }
    }
    Ok(())
}

pub async fn run(ctx: &Context, args: NewClientCertArgs) -> anyhow::Result<()> {
    let body = build_body(&args)?;
    let client = ctx.client().await?;
    let Some(resp) = api::create_client_certificate(client, &body).await? else {
        return Ok(());
    };
    let name = body
        .get("certificateName")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let created = super::created(
        &resp,
        "the client certificate",
        &format!("moks get-client-cert --name {}", super::shell_quote(name)),
    )?;
    let third_party = created.get("signer").and_then(Value::as_str) == Some("THIRD_PARTY");
    let id = created
        .get("certificateId")
        .map(|v| v.to_string())
        .unwrap_or_default();
    super::print_object(ctx, Some(created), "created")?;
    if third_party {
        output::note(&format!(
            "next: fetch the CSR of version 1 (moks get-client-cert-version --id {id} --version 1 --full), \
             sign it with your CA, then: moks complete-version --id {id} --version 1 --certificate-file signed.pem"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> NewClientCertArgs {
        NewClientCertArgs {
            name: Some("n".into()),
            contract_id: Some("C-1".into()),
            group_id: Some(5),
            geography: None,
            secure_network: Some(SecureNetwork::StandardTls),
            signer: Some(Signer::Akamai),
            notification_emails: vec!["a@example.com".into()],
            key_algorithm: None,
            preferred_ca: None,
            subject: None,
            body: None,
        }
    }

    #[test]
    fn flags_build_the_body_with_core_default_and_no_key_algorithm() {
        let b = build_body(&args()).unwrap();
        assert_eq!(
            b.to_string(),
            r#"{"certificateName":"n","contractId":"C-1","groupId":5,"geography":"CORE","secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["a@example.com"]}"#
        );
    }

    #[test]
    fn body_fields_are_overridden_by_flags_and_validated() {
        let a = NewClientCertArgs {
            body: Some(r#"{"certificateName":"old","contractId":"C-9","groupId":1,"secureNetwork":"ENHANCED_TLS","signer":"THIRD_PARTY","notificationEmails":["x@example.com"],"extra":true}"#.into()),
            ..NewClientCertArgs { name: Some("new".into()), ..empty() }
        };
        let b = build_body(&a).unwrap();
        assert_eq!(b["certificateName"], "new");
        assert_eq!(b["contractId"], "C-9");
        assert_eq!(b["extra"], true);
        assert!(
            b.get("geography").is_none(),
            "no default injected into a --body"
        );
        let a = NewClientCertArgs { body: Some(r#"{"certificateName":"x","contractId":"C","groupId":1,"secureNetwork":"FAST","signer":"AKAMAI","notificationEmails":["x@example.com"]}"#.into()), ..empty() };
        assert!(build_body(&a)
            .unwrap_err()
            .to_string()
            .contains("secureNetwork"));
    }

    fn empty() -> NewClientCertArgs {
        NewClientCertArgs::default()
    }

    #[test]
    fn missing_flags_are_listed() {
        let e = build_body(&empty()).unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2);
        assert_eq!(
            e.to_string(),
            "new-client-cert needs --name, --contract-id, --group-id, --secure-network, --signer, --notification-emails (or --body)"
        );
    }

    #[test]
    fn preferred_ca_only_with_akamai() {
        let a = NewClientCertArgs {
            signer: Some(Signer::ThirdParty),
            preferred_ca: Some("X CA".into()),
            ..args()
        };
        assert!(build_body(&a)
            .unwrap_err()
            .to_string()
            .contains("only to --signer AKAMAI"));
    }
}
