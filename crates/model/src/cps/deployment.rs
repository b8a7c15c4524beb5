//! Deployments (`deployment.v8`, `deployments.v8`): the certificates on the production and
//! staging networks, each with its trust chain, and the network configuration they are
//! served with. The same view reads change management's staging answer (its info link with
//! `Accept: deployment`).

use super::{cps_view, Geography, KeyAlgorithm, OcspStapling, SecureNetwork, SignatureAlgorithm};

cps_view! {
    /// A deployed certificate: the leaf and its chain as PEM, and its expiry.
    pub struct DeployedCertificate {
        certificate: String,
        trust_chain: String,
        expiry: String,
        key_algorithm: KeyAlgorithm,
        signature_algorithm: SignatureAlgorithm,
    }
}

cps_view! {
    /// A deployment's `networkConfiguration`.
    pub struct DeploymentNetwork {
        geography: Geography,
        secure_network: SecureNetwork,
        must_have_ciphers: String,
        preferred_ciphers: String,
        disallowed_tls_versions: Vec<String>,
        dns_names: Vec<String>,
        ocsp_stapling: OcspStapling,
        quic_enabled: bool,
        sni_only: bool,
        fips_mode: bool,
    }
}

cps_view! {
    /// `deployment.v8`: one network's certificates.
    pub struct Deployment {
        primary_certificate: DeployedCertificate,
        multi_stacked_certificates: Vec<DeployedCertificate>,
        network_configuration: DeploymentNetwork,
        ocsp_stapled: bool,
        ocsp_uris: Vec<String>,
    }
}

impl Deployment {
    /// The primary certificate, then the stacked ones (dual-stack: the other key
    /// algorithm).
    pub fn certificates(&self) -> Vec<&DeployedCertificate> {
        self.primary_certificate
            .iter()
            .chain(self.multi_stacked_certificates.iter().flatten())
            .collect()
    }

    /// The earliest expiry of its certificates, as the API wrote it; expiries that are no
    /// ISO-8601 date-time are passed over.
    pub fn earliest_expiry(&self) -> Option<&str> {
        self.certificates()
            .into_iter()
            .filter_map(|c| {
                let text = c.expiry.as_deref()?;
                Some((super::bodies::parse_timestamp(text)?, text))
            })
            .min()
            .map(|(_, text)| text)
    }
}

cps_view! {
    /// `deployments.v8`: both networks.
    pub struct Deployments {
        production: Deployment,
        staging: Deployment,
    }
}
