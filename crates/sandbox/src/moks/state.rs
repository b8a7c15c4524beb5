//! The MOKS slice of an account's state ([`Keystore`]): its CA certificates and client
//! certificates, each with its versions, as stored (statuses as last written; see
//! `views.rs` for what time changes). Private keys live in it too: it is a sandbox.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One account's mTLS Origin Keystore.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keystore {
    pub ca_certificates: Vec<CaCert>,
    pub certificates: Vec<ClientCert>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CaCert {
    pub id: i64,
    pub version: i64,
    pub subject: String,
    pub common_name: String,
    pub key_algorithm: String,
    pub key_size_in_bytes: i64,
    pub signature_algorithm: String,
    pub certificate: String,
    pub private_key: String,
    pub status: String,
    pub issued_date: String,
    pub expiry_date: String,
    #[serde(default)]
    pub qualification_date: Option<String>,
    pub created_by: String,
    pub created_date: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ClientCert {
    pub certificate_id: i64,
    pub certificate_name: String,
    pub signer: String,
    pub secure_network: String,
    pub geography: String,
    pub key_algorithm: String,
    pub subject: String,
    pub notification_emails: Vec<String>,
    pub created_by: String,
    pub created_date: String,
    pub contract_id: String,
    pub group_id: i64,
    #[serde(default)]
    pub preferred_ca: Option<String>,
    pub next_version: i64,
    #[serde(default)]
    pub versions: Vec<Version>,
    /// The stable `versionGuid` of the CURRENT alias (see `views::aliases`); filled when
    /// empty (state files written before aliases had their own GUIDs).
    #[serde(default)]
    pub current_guid: String,
    /// The stable `versionGuid` of the PREVIOUS alias.
    #[serde(default)]
    pub previous_guid: String,
    /// Version numbers in the order they became CURRENT (created, for AKAMAI; uploaded, for
    /// THIRD_PARTY), oldest first; only numbers of existing versions are kept.
    #[serde(default)]
    pub alias_history: Vec<i64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Version {
    pub version: i64,
    pub version_guid: String,
    /// Stored status; time-driven changes are applied by `views::normalize`.
    pub status: String,
    pub key_algorithm: String,
    #[serde(default)]
    pub elliptic_curve: Option<String>,
    #[serde(default)]
    pub key_size_in_bytes: Option<String>,
    #[serde(default)]
    pub signature_algorithm: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub issued_date: Option<String>,
    #[serde(default)]
    pub expiry_date: Option<String>,
    pub created_by: String,
    pub created_date: String,
    #[serde(default)]
    pub certificate_block: Option<CertificateBlock>,
    #[serde(default)]
    pub csr_block: Option<CsrBlock>,
    #[serde(default)]
    pub certificate_submitted_by: Option<String>,
    #[serde(default)]
    pub certificate_submitted_date: Option<String>,
    /// When DEPLOYMENT_PENDING started (sandbox-internal; not served).
    #[serde(default)]
    pub deployment_requested_date: Option<String>,
    /// When DEPLOYMENT_PENDING ends, fixed when it started (sandbox-internal; not served).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deploy_due_date: Option<String>,
    /// When it became DEPLOYED (served as `deployedDate`).
    #[serde(default)]
    pub deployed_date: Option<String>,
    #[serde(default)]
    pub delete_requested_date: Option<String>,
    #[serde(default)]
    pub scheduled_delete_date: Option<String>,
    #[serde(default)]
    pub validation: Validation,
    /// Served with `includeAssociatedProperties=true`; edit the file to add some.
    #[serde(default)]
    pub properties: Vec<Value>,
    /// The version's private key (sandbox-internal; not served).
    #[serde(default)]
    pub private_key: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CertificateBlock {
    pub certificate: String,
    pub key_algorithm: String,
    #[serde(default)]
    pub trust_chain: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CsrBlock {
    pub csr: String,
    pub key_algorithm: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Validation {
    #[serde(default)]
    pub errors: Vec<ValidationDetail>,
    #[serde(default)]
    pub warnings: Vec<ValidationDetail>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ValidationDetail {
    pub message: String,
    pub reason: String,
    #[serde(rename = "type")]
    pub kind: String,
}
