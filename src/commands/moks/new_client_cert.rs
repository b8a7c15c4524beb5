//! `new-client-cert`: create a client certificate (New-MOKSClientCert).
//!
//! Flags build the body; `--body` sends a JSON object instead, with any flags given alongside
//! overriding its fields; either way the body is checked by the model before anything is
//! sent. The geography defaults to CORE, in a `--body` without one too (the API requires
//! it, §3.2). Enum values are case-insensitive and sent upper-case. Fixes over the cmdlet:
//! the Russia geography is the API's `RUSSIA_AND_CORE` (PowerShell's `RUSSIAN_AND_CORE` is
//! accepted as an alias), `--subject` exists, the key algorithm is optional (the server
//! picks RSA).
//!
//! Sections (§) are those of docs/reference/moks.md.

use clap::Args;
use moks_model::moks::{CreateClientCertificate, Geography, KeyAlgorithm, SecureNetwork, Signer};
use moks_model::{ApiEnum, Checked, FieldError, Problem};
use serde_json::{json, Map, Value};

use super::wait::{self, Target, WaitFlags};
use super::VersionSpec;
use crate::api::moks as api;
use crate::client::Id;
use crate::commands::{invalid_field, print_object, shell_quote};
use crate::context::Context;
use crate::error;
use crate::input;
use crate::output;

/// Create a client certificate (New-MOKSClientCert)
///
/// Version 1 is created with it: signed by the account CA (AKAMAI), or awaiting your signed
/// certificate (THIRD_PARTY: its CSR is in the version). The six flags of the first usage
/// line are required, or the same fields in --body (the flags override its fields).
#[derive(Args, Debug, Default)]
#[command(after_help = "Examples:
  moks new-client-cert --name origin-a --contract-id ctr_C-0N7RAC7 --group-id grp_12345 \\
    --secure-network ENHANCED_TLS --signer AKAMAI --notification-emails ops@example.com
  moks new-client-cert --body create.json --name origin-c
  moks new-client-cert --body create.json --json | jq -r .certificateId")]
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
    #[command(flatten)]
    pub wait: WaitFlags,
}

/// The usage line: the required flags, or `--body`.
pub fn usage(program: &str) -> String {
    format!(
        "{program} new-client-cert --name <NAME> --contract-id <ID> --group-id <ID>\n         \
         --secure-network <NETWORK> --signer <SIGNER> --notification-emails <EMAIL> [OPTIONS]\n       \
         {program} new-client-cert --body <FILE|-|JSON> [OPTIONS]"
    )
}

/// The flag that sets each field of the body, in the order the flags build it.
const FLAGS: [(&str, &str); 10] = [
    ("certificateName", "--name"),
    ("contractId", "--contract-id"),
    ("groupId", "--group-id"),
    ("geography", "--geography"),
    ("secureNetwork", "--secure-network"),
    ("signer", "--signer"),
    ("notificationEmails", "--notification-emails"),
    ("keyAlgorithm", "--key-algorithm"),
    ("preferredCa", "--preferred-ca"),
    ("subject", "--subject"),
];

/// Builds the body and checks it (before anything is sent).
pub fn build_body(args: &NewClientCertArgs) -> anyhow::Result<Checked<CreateClientCertificate>> {
    let from_body = args.body.is_some();
    let mut body: Map<String, Value> = match &args.body {
        Some(b) => input::read_body(b)?,
        None => Map::new(),
    };
    // In the order of FLAGS.
    let values: [Option<Value>; 10] = [
        args.name.as_ref().map(|v| json!(v)),
        args.contract_id.as_ref().map(|v| json!(v)),
        args.group_id.map(|v| json!(v)),
        args.geography.as_ref().map(|v| json!(v.as_str())),
        args.secure_network.as_ref().map(|v| json!(v.as_str())),
        args.signer.as_ref().map(|v| json!(v.as_str())),
        Some(json!(args.notification_emails)).filter(|_| !args.notification_emails.is_empty()),
        args.key_algorithm.as_ref().map(|v| json!(v.as_str())),
        args.preferred_ca.as_ref().map(|v| json!(v)),
        args.subject.as_ref().map(|v| json!(v)),
    ];
    for ((field, _), value) in FLAGS.iter().zip(values) {
        match value {
            Some(v) => {
                body.insert(field.to_string(), v);
            }
            // The API requires a geography (§3.2); the flag's default fills a body too.
            None if *field == "geography" && body.get(*field).is_none_or(Value::is_null) => {
                body.insert(field.to_string(), json!(Geography::Core.as_str()));
            }
            None => {}
        }
    }
    Checked::new(body).map_err(|errors| refused(&errors, from_body))
}

/// The usage error for a refused body: the flags of the missing fields, else the first
/// field that is wrong.
fn refused(errors: &[FieldError], from_body: bool) -> anyhow::Error {
    let missing: Vec<&str> = errors
        .iter()
        .filter(|e| e.problem == Problem::Missing)
        .map(|e| {
            FLAGS
                .iter()
                .find(|(field, _)| *field == e.field)
                .map_or(e.field, |(_, flag)| *flag)
        })
        .collect();
    if missing.is_empty() {
        return invalid_field(&errors[0]);
    }
    let how = if from_body {
        " (or the matching fields in --body)"
    } else {
        " (or --body)"
    };
    error::usage(format!("new-client-cert needs {}{how}", missing.join(", ")))
}

pub async fn run(ctx: &Context, args: NewClientCertArgs) -> anyhow::Result<()> {
    let body = build_body(&args)?;
    let pace = args.wait.pace();
    if pace.is_some() && body.signer == Signer::ThirdParty {
        return Err(error::usage(format!(
            "--wait cannot be used with signer THIRD_PARTY: version 1 awaits your signed \
             certificate, and deploys only once it is uploaded; wait then with \
             `{} complete-version … --wait`",
            output::program()
        )));
    }
    let client = ctx.client().await?;
    let program = output::program();
    let check = format!(
        "{program} get-client-cert --name {}",
        shell_quote(&body.certificate_name)
    );
    let created = api::create_client_certificate(client, &body, &check).await?;
    let id = created
        .json
        .get("certificateId")
        .map(|v| v.to_string())
        .unwrap_or_default();
    // With --wait, the certificate is printed as it is when the wait ends, not as created.
    let waits = pace.is_some() && created.view.certificate_id.is_some();
    if !waits {
        print_object(ctx, &created)?;
    }
    if created.view.signer == Some(Signer::ThirdParty) {
        output::note(&super::csr_next_step(&id, "1"));
    }
    let (Some(pace), Some(n)) = (pace, created.view.certificate_id) else {
        return Ok(());
    };
    // Version 1 is created with the certificate (§3.2).
    let target = Target {
        certificate: Id::from(n),
        version: VersionSpec::Latest,
        upload_pending: false,
    };
    let now = match wait::until_deployed(ctx, client, &target, pace).await {
        Ok(_) => api::get_client_certificate(client, &target.certificate).await,
        Err(e) => Err(e),
    };
    wait::print_when_done(ctx, now, &created)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> NewClientCertArgs {
        NewClientCertArgs {
            name: Some("n".into()),
            contract_id: Some("C-1".into()),
            group_id: Some(5),
            secure_network: Some(SecureNetwork::StandardTls),
            signer: Some(Signer::Akamai),
            notification_emails: vec!["a@example.com".into()],
            ..empty()
        }
    }

    #[test]
    fn flags_build_the_body_with_core_default_and_no_key_algorithm() {
        let b = build_body(&args()).unwrap();
        assert_eq!(
            serde_json::to_string(&b).unwrap(),
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
        assert_eq!(b.json()["certificateName"], "new");
        assert_eq!(b.json()["contractId"], "C-9");
        assert_eq!(b.json()["extra"], true);
        assert_eq!(
            b.json()["geography"],
            "CORE",
            "the API requires a geography: the flag's default fills a --body without one"
        );
        let a = NewClientCertArgs {
            body: Some(r#"{"certificateName":"x","contractId":"C","groupId":1,"geography":"CHINA_AND_CORE","secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["x@example.com"]}"#.into()),
            ..empty()
        };
        assert_eq!(
            build_body(&a).unwrap().geography,
            Geography::ChinaAndCore,
            "a body's own is kept"
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
            .contains("only to signer AKAMAI"));
    }
}
