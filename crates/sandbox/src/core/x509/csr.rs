//! THIRD_PARTY key pairs and CSRs, and signing a CSR.

use super::*;

/// A THIRD_PARTY key pair and its CSR.
#[derive(Debug, Clone)]
pub struct Csr {
    pub csr_pem: String,
    pub private_key_pem: String,
}

/// A fresh key pair of `key_algorithm` and a PEM CSR for `subject`.
pub fn new_csr(subject: &str, key_algorithm: &str) -> Result<Csr, String> {
    let key = generate_key(key_algorithm)?;
    let mut params = CertificateParams::default();
    params.distinguished_name = distinguished_name(subject)?;
    let csr = params
        .serialize_request(&key)
        .map_err(|e| format!("CSR creation failed: {e}"))?;
    let csr_pem = csr.pem().map_err(|e| format!("CSR encoding failed: {e}"))?;
    Ok(Csr {
        csr_pem,
        private_key_pem: key.serialize_pem(),
    })
}

/// Signs a CSR as a client certificate (the extensions of an Akamai-signed leaf) with a CA
/// given as PEMs: how the seeded THIRD_PARTY examples and the tests get theirs signed.
pub fn sign_csr(
    csr_pem: &str,
    ca_cert_pem: &str,
    ca_key_pem: &str,
    not_before: OffsetDateTime,
    days: i64,
) -> Result<String, String> {
    let issuer = ca_issuer(ca_cert_pem, ca_key_pem)?;
    let mut req = rcgen::CertificateSigningRequestParams::from_pem(csr_pem)
        .map_err(|e| format!("CSR unreadable: {e}"))?;
    let rsa = csr_key_is_rsa(csr_pem)?;
    client_leaf(&mut req.params, rsa);
    req.params.not_before = not_before;
    req.params.not_after = not_before + Duration::days(days);
    req.params.serial_number = Some(random_serial());
    let cert = req
        .signed_by(&*issuer)
        .map_err(|e| format!("signing failed: {e}"))?;
    Ok(cert.pem())
}

pub(super) fn csr_key_is_rsa(csr_pem: &str) -> Result<bool, String> {
    let der = first_pem(csr_pem, "CERTIFICATE REQUEST")?;
    let (_, csr) = x509_parser::certification_request::X509CertificationRequest::from_der(&der)
        .map_err(|e| format!("the CSR does not parse ({e})"))?;
    let alg = csr
        .certification_request_info
        .subject_pki
        .algorithm
        .algorithm
        .to_id_string();
    Ok(alg == "1.2.840.113549.1.1.1")
}
