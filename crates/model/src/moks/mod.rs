//! The mTLS Origin Keystore (MOKS) API, `/mtls-origin-keystore/v1`: its enums, the objects
//! it answers with, and the bodies it takes. Section numbers (§) are those of the API
//! reference.
//!
//! Answers ([`ClientCertificate`], [`ClientCertificateVersion`], [`AccountCaCertificate`]
//! and their parts) are views: every field optional and read leniently (see the crate's
//! rules). Bodies ([`CreateClientCertificate`], [`PatchClientCertificate`],
//! [`UploadSignedCertificate`]) are checked: see [`crate::Body`] and `bodies.rs`.
//!
//! Sections (§) are those of docs/reference/moks.md.

mod bodies;
mod ids;
pub mod rules;
pub mod upload;

pub use bodies::{CreateClientCertificate, PatchClientCertificate, UploadSignedCertificate};
pub use ids::CertificateId;

open_enum! {
    /// Who signs a client certificate (§3.2 `signer`).
    pub enum Signer {
        /// The account CA.
        Akamai = "AKAMAI",
        /// A CA of the customer's, from the CSR MOKS makes.
        ThirdParty = "THIRD_PARTY",
    }
}

open_enum! {
    /// The key of a client certificate (§3.2 `keyAlgorithm`; RSA when left out).
    pub enum KeyAlgorithm {
        Rsa = "RSA",
        Ecdsa = "ECDSA",
    }
}

open_enum! {
    /// Where a client certificate is deployed (§3.2 `secureNetwork`).
    pub enum SecureNetwork {
        StandardTls = "STANDARD_TLS",
        /// The PCI-compliant network.
        EnhancedTls = "ENHANCED_TLS",
    }
}

open_enum! {
    /// Which geography a client certificate is deployed in (§3.2 `geography`). The
    /// PowerShell module's misspelling `RUSSIAN_AND_CORE` is accepted on a command line as
    /// an alias, never in a body.
    pub enum Geography {
        Core = "CORE",
        RussiaAndCore = "RUSSIA_AND_CORE" alias "RUSSIAN_AND_CORE",
        ChinaAndCore = "CHINA_AND_CORE",
    }
}

open_enum! {
    /// Where a version is in its life (§5 "Version statuses").
    pub enum VersionStatus {
        AwaitingSignedCertificate = "AWAITING_SIGNED_CERTIFICATE",
        DeploymentPending = "DEPLOYMENT_PENDING",
        Deployed = "DEPLOYED",
        DeletePending = "DELETE_PENDING",
    }
}

open_enum! {
    /// The status of an account CA certificate (§3.1 `status`, also the `status` filter).
    pub enum CaStatus {
        Qualifying = "QUALIFYING",
        Current = "CURRENT",
        Previous = "PREVIOUS",
        Expired = "EXPIRED",
    }
}

open_enum! {
    /// The alias an entry of a version list may carry (§5 "Version aliases").
    pub enum VersionAlias {
        Current = "CURRENT",
        Previous = "PREVIOUS",
    }
}

view! {
    /// A client certificate (§3.3), as `GET /client-certificates[/{id}]` and the create answer.
    pub struct ClientCertificate {
        certificate_id: i64,
        certificate_name: String,
        signer: Signer,
        secure_network: SecureNetwork,
        geography: Geography,
        key_algorithm: KeyAlgorithm,
        subject: String,
        notification_emails: Vec<String>,
        created_by: String,
        created_date: String,
    }
}

view! {
    /// A version of a client certificate (§3.7), as listed, and the rotate answer (§3.6).
    pub struct ClientCertificateVersion {
        version: i64,
        version_guid: String,
        /// `CURRENT`, `PREVIOUS`, or none (null).
        version_alias: VersionAlias,
        status: VersionStatus,
        certificate_block: CertificateBlock,
        csr_block: CsrBlock,
        certificate_submitted_by: String,
        certificate_submitted_date: String,
        created_by: String,
        created_date: String,
        delete_requested_date: String,
        scheduled_delete_date: String,
        /// Listed by early clients only (§3.7).
        deployed_date: String,
        expiry_date: String,
        issued_date: String,
        issuer: String,
        key_algorithm: KeyAlgorithm,
        elliptic_curve: String,
        /// A string on versions, unlike the CA object's number (§3.7).
        key_size_in_bytes: String,
        signature_algorithm: String,
        subject: String,
        validation: Validation,
        /// Only with `includeAssociatedProperties=true`.
        properties: Vec<AssociatedProperty>,
    }
}

view! {
    /// The signed certificate of a version (§3.6 `certificateBlock`).
    pub struct CertificateBlock {
        certificate: String,
        key_algorithm: KeyAlgorithm,
        trust_chain: String,
    }
}

view! {
    /// The CSR of a THIRD_PARTY version, to be signed outside Akamai (§3.7 `csrBlock`).
    pub struct CsrBlock {
        csr: String,
        key_algorithm: KeyAlgorithm,
    }
}

view! {
    /// The checks run on an uploaded certificate (§3.7 `validation`).
    pub struct Validation {
        errors: Vec<ValidationDetail>,
        warnings: Vec<ValidationDetail>,
    }
}

view! {
    pub struct ValidationDetail {
        message: String,
        reason: String,
        #[serde(rename = "type")]
        kind: String,
    }
}

view! {
    /// A property that uses a version (§3.7 `properties`).
    pub struct AssociatedProperty {
        asset_id: i64,
        group_id: i64,
        property_name: String,
        property_version: i64,
    }
}

view! {
    /// An account CA certificate (§3.1).
    pub struct AccountCaCertificate {
        id: i64,
        version: i64,
        account_id: String,
        subject: String,
        /// What `preferredCa` names.
        common_name: String,
        key_algorithm: KeyAlgorithm,
        /// A number here, unlike the version's string (§3.1).
        key_size_in_bytes: i64,
        signature_algorithm: String,
        certificate: String,
        status: CaStatus,
        issued_date: String,
        expiry_date: String,
        qualification_date: String,
        created_by: String,
        created_date: String,
    }
}

view! {
    /// The answer to `DELETE …/versions/{v}` when it is 202 (§3.8): when the delete happens.
    pub struct DeleteScheduled {
        message: String,
    }
}

/// The key under which each list answer holds its items (§3.1, §3.3, §3.7).
pub const CERTIFICATES: &str = "certificates";
pub const VERSIONS: &str = "versions";

#[cfg(test)]
mod tests;
