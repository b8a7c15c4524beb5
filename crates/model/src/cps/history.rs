//! What CPS keeps about the past and the present of an account's certificates: the
//! certificate, change and DV histories of an enrollment, the active certificates of a
//! contract (`active-certificates.v2`, one call for every deployed certificate's expiry,
//! 10 a minute), and the problem body of an error answer.
//!
//! Quirk kept: Akamai's `dv-history.v1` schema names the list `results`, its example
//! `data`; both read ([`DvHistory::domains`]).

use super::deployment::DeployedCertificate;
use super::dv::DomainValidation;
use super::enrollment::{Csr, PendingChange};
use super::{cps_view, CertificateType, KeyAlgorithm, SignatureAlgorithm};

cps_view! {
    /// An entry of `certificate-history.v2`'s `certificates`.
    pub struct HistoricCertificate {
        r#type: String,
        deployment_status: String,
        staging_status: String,
        geography: String,
        ra: String,
        slots: Vec<i64>,
        primary_certificate: DeployedCertificate,
        multi_stacked_certificates: Vec<DeployedCertificate>,
    }
}

cps_view! {
    /// `certificate-history.v2`.
    pub struct CertificateHistory {
        certificates: Vec<HistoricCertificate>,
    }
}

cps_view! {
    /// A certificate of a change in `change-history.v5` (with its CSR).
    pub struct ChangeCertificate {
        certificate: String,
        trust_chain: String,
        csr: String,
        key_algorithm: KeyAlgorithm,
    }
}

cps_view! {
    /// An entry of `change-history.v5`'s `changes`.
    pub struct HistoricChange {
        action: String,
        action_description: String,
        status: String,
        created_by: String,
        created_on: String,
        last_updated: String,
        ra: String,
        business_case_id: String,
        primary_certificate: ChangeCertificate,
        multi_stacked_certificates: Vec<ChangeCertificate>,
    }
}

cps_view! {
    /// `change-history.v5`.
    pub struct ChangeHistory {
        changes: Vec<HistoricChange>,
    }
}

cps_view! {
    /// One domain of `dv-history.v1`: its validations, newest first.
    pub struct DomainHistory {
        domain: String,
        domain_history: Vec<DomainValidation>,
    }
}

cps_view! {
    /// `dv-history.v1`.
    pub struct DvHistory {
        results: Vec<DomainHistory>,
        /// What Akamai's example calls `results`.
        data: Vec<DomainHistory>,
    }
}

impl DvHistory {
    /// The domains, from `results` or else `data`.
    pub fn domains(&self) -> &[DomainHistory] {
        self.results
            .as_deref()
            .or(self.data.as_deref())
            .unwrap_or_default()
    }
}

cps_view! {
    /// A deployed certificate as active certificates describe it: no PEM, its facts.
    pub struct ActiveCertificateInfo {
        serial: String,
        /// Colon-separated hex.
        sha256_fingerprint: String,
        expiry: String,
        issuer: String,
        key_algorithm: KeyAlgorithm,
        signature_algorithm: SignatureAlgorithm,
    }
}

cps_view! {
    /// One network of an active certificate.
    pub struct ActiveNetwork {
        location: String,
        network_configuration: super::deployment::DeploymentNetwork,
        primary_certificate: ActiveCertificateInfo,
        multi_stacked_certificates: Vec<ActiveCertificateInfo>,
    }
}

impl ActiveNetwork {
    /// The primary certificate, then the stacked ones.
    pub fn certificates(&self) -> Vec<&ActiveCertificateInfo> {
        self.primary_certificate
            .iter()
            .chain(self.multi_stacked_certificates.iter().flatten())
            .collect()
    }
}

cps_view! {
    /// An entry of `active-certificates.v2`'s `enrollments`.
    pub struct ActiveCertificate {
        id: i64,
        location: String,
        certificate_type: CertificateType,
        enable_multi_stacked_certificates: bool,
        csr: Csr,
        pending_changes: Vec<PendingChange>,
        assigned_slots: Vec<i64>,
        production_slots: Vec<i64>,
        staging_slots: Vec<i64>,
        production: ActiveNetwork,
        staging: ActiveNetwork,
    }
}

cps_view! {
    /// `active-certificates.v2`.
    pub struct ActiveCertificates {
        enrollments: Vec<ActiveCertificate>,
    }
}

cps_view! {
    /// An error answer (RFC 9457, Akamai's `problem.yaml`): `type` ends in
    /// `/cps/v2/error-types/<slug>`; gateway errors add `status`, `requestId` and more,
    /// kept in `other`.
    pub struct Problem {
        r#type: String,
        title: String,
        detail: String,
        instance: String,
        status: i64,
    }
}

impl Problem {
    /// The error type's slug (`cannot-cancel-pending-change`), or the whole `type`.
    pub fn slug(&self) -> Option<&str> {
        self.r#type.as_deref().map(crate::truststore::error_slug)
    }
}
