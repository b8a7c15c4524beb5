//! The bodies MOKS takes, and their checks (§3.2 create, §3.5 patch, §3.9 upload).
//!
//! A check follows the reference's field table, in its order, and the text rules of
//! [`super::rules`]; enums must be one of the values listed (a body is where `Other` is
//! refused). Unknown fields are not checked: the API tolerates them (PowerShell sends whole
//! objects to PATCH, §3.5).
//!
//! Sections (§) are those of docs/reference/moks.md.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{rules, Geography, KeyAlgorithm, SecureNetwork, Signer};
use crate::body::{Body, FieldError, Fields};

/// `POST /client-certificates` (§3.2).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateClientCertificate {
    pub certificate_name: String,
    pub contract_id: String,
    pub group_id: i64,
    pub geography: Geography,
    pub secure_network: SecureNetwork,
    pub signer: Signer,
    pub notification_emails: Vec<String>,
    /// Left out, the API uses RSA.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_algorithm: Option<KeyAlgorithm>,
    /// The common name of the account CA to sign with; AKAMAI only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_ca: Option<String>,
    /// Left out, the API builds `/C=US/O=Akamai Technologies, Inc./OU=…/CN={name}/`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

impl Body for CreateClientCertificate {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let certificate_name = f.string("certificateName", true, rules::certificate_name);
        let contract_id = f.string("contractId", true, |s| rules::contract_id(s).map(|_| ()));
        let group_id = f.integer("groupId", true, 0);
        let geography = f.known::<Geography>("geography", true);
        let secure_network = f.known::<SecureNetwork>("secureNetwork", true);
        let signer = f.known::<Signer>("signer", true);
        let notification_emails =
            f.list("notificationEmails", true, "e-mail addresses", rules::email);
        let key_algorithm = f.known::<KeyAlgorithm>("keyAlgorithm", false);
        let preferred_ca = f.string("preferredCa", false, rules::preferred_ca);
        // GO allows a preferred CA only when signer is AKAMAI (§3.2); an unknown or missing
        // signer is reported on its own.
        if let (Some(ca), Some(s)) = (&preferred_ca, &signer) {
            if *s != Signer::Akamai {
                let why = "a preferred CA applies only to signer AKAMAI";
                f.refuse("preferredCa", &Value::String(ca.clone()), why);
            }
        }
        let subject = f.string("subject", false, rules::subject);
        f.finish(|| {
            Some(CreateClientCertificate {
                certificate_name: certificate_name?,
                contract_id: contract_id?,
                group_id: group_id?,
                geography: geography?,
                secure_network: secure_network?,
                signer: signer?,
                notification_emails: notification_emails?,
                key_algorithm,
                preferred_ca,
                subject,
            })
        })
    }
}

/// `PATCH /client-certificates/{id}` (§3.5): at least one of the two fields; the e-mail
/// list given replaces the old one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PatchClientCertificate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_emails: Option<Vec<String>>,
}

impl PatchClientCertificate {
    pub const FIELDS: &'static [&'static str] = &["certificateName", "notificationEmails"];
}

impl Body for PatchClientCertificate {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let certificate_name = f.string("certificateName", false, rules::certificate_name);
        let notification_emails = f.list(
            "notificationEmails",
            false,
            "e-mail addresses",
            rules::email,
        );
        if !Self::FIELDS.iter().any(|k| f.is_present(k)) {
            f.errors.push(FieldError {
                field: "body",
                value: None,
                problem: crate::Problem::NoneOf(Self::FIELDS),
            });
        }
        f.finish(|| {
            Some(PatchClientCertificate {
                certificate_name,
                notification_emails,
            })
        })
    }
}

/// `POST …/versions/{v}/certificate-block` (§3.9): the signed certificate of a THIRD_PARTY
/// version, and the chain that signed it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadSignedCertificate {
    /// PEM.
    pub certificate: String,
    /// PEM; when present, not empty (GO refuses `""`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_chain: Option<String>,
}

fn pem_text(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        Err("expected non-empty PEM text".into())
    } else {
        Ok(())
    }
}

impl Body for UploadSignedCertificate {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let certificate = f.string("certificate", true, pem_text);
        let trust_chain = f.string("trustChain", false, pem_text);
        f.finish(|| {
            Some(UploadSignedCertificate {
                certificate: certificate?,
                trust_chain,
            })
        })
    }
}
