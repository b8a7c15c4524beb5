//! Real X.509 for the sandbox: the account CA, Akamai-signed leaves, THIRD_PARTY key pairs
//! and CSRs, the checks run on an uploaded signed certificate, and the self-signed
//! certificate the server uses for `--tls`.
//!
//! Rules:
//! - everything is created with rcgen (aws-lc-rs backend, which can generate RSA keys) and
//!   read back with x509-parser; no OpenSSL;
//! - the account CA is RSA 2048, valid 5 years; Akamai-signed leaves are valid 90 days,
//!   carry the client-auth EKU and an authority key identifier, and verify against the CA
//!   PEM with `openssl verify`;
//! - subjects use the API's slash form `/C=US/O=…/CN=…/`, parsed by [`crate::subject`];
//!   [`check_subject`] adds the one rule of the sandbox's own: only the attributes it can
//!   put in a certificate (C, ST, L, O, OU, CN, emailAddress);
//! - these functions are blocking (key generation takes tens of milliseconds): callers run
//!   them inside `spawn_blocking`;
//! - nothing here panics on bad input: every parse failure is an `Err` with a reason a
//!   person can act on.

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SerialNumber,
};
use time::{Duration, OffsetDateTime};
use x509_parser::prelude::FromDer;

/// Days a certificate must still be valid for an upload to pass without a warning.
pub const WARN_DAYS: i64 = 30;

/// What a generated certificate is, in the fields the API reports.
#[derive(Debug, Clone)]
pub struct Issued {
    pub certificate_pem: String,
    pub private_key_pem: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
}

/// A THIRD_PARTY key pair and its CSR.
#[derive(Debug, Clone)]
pub struct Csr {
    pub csr_pem: String,
    pub private_key_pem: String,
}

/// The facts about an accepted upload.
#[derive(Debug, Clone)]
pub struct Uploaded {
    pub certificate_pem: String,
    pub issuer: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// Human-readable warnings (currently only "expires within 30 days").
    pub warnings: Vec<String>,
}

/// `RSA` or `ECDSA` (the API's keyAlgorithm values).
pub fn generate_key(key_algorithm: &str) -> Result<KeyPair, String> {
    let alg = if key_algorithm == "ECDSA" {
        &rcgen::PKCS_ECDSA_P256_SHA256
    } else {
        &rcgen::PKCS_RSA_SHA256
    };
    KeyPair::generate_for(alg).map_err(|e| format!("key generation failed: {e}"))
}

/// The components of `subject` (the API's `/K=V/…/` form, see [`crate::subject`]), each an
/// attribute a certificate made here can carry.
pub fn check_subject(subject: &str) -> Result<Vec<(DnType, &str)>, String> {
    crate::subject::parse(subject)?
        .into_iter()
        .map(|(k, v)| match dn_type(k) {
            Some(t) => Ok((t, v)),
            None => Err(format!(
                "unknown attribute '{k}' (allowed: C, ST, L, O, OU, CN, emailAddress)"
            )),
        })
        .collect()
}

fn dn_type(key: &str) -> Option<DnType> {
    Some(match key {
        "C" => DnType::CountryName,
        "ST" => DnType::StateOrProvinceName,
        "L" => DnType::LocalityName,
        "O" => DnType::OrganizationName,
        "OU" => DnType::OrganizationalUnitName,
        "CN" => DnType::CommonName,
        "emailAddress" => DnType::CustomDnType(vec![1, 2, 840, 113_549, 1, 9, 1]),
        _ => return None,
    })
}

fn distinguished_name(subject: &str) -> Result<DistinguishedName, String> {
    let mut dn = DistinguishedName::new();
    for (t, v) in check_subject(subject)? {
        dn.push(t, v);
    }
    Ok(dn)
}

fn random_serial() -> SerialNumber {
    let mut bytes: Vec<u8> = (0..16).map(|_| fastrand::u8(..)).collect();
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x10; // no leading zero byte
    SerialNumber::from_slice(&bytes)
}

/// Creates the account CA: RSA 2048, 5 years from `now`.
pub fn new_account_ca(subject: &str, now: OffsetDateTime) -> Result<Issued, String> {
    let key = generate_key("RSA")?;
    let mut params = CertificateParams::default();
    params.distinguished_name = distinguished_name(subject)?;
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params.not_before = now;
    params.not_after = now + Duration::days(5 * 365 + 1);
    params.serial_number = Some(random_serial());
    let cert = params
        .self_signed(&key)
        .map_err(|e| format!("CA creation failed: {e}"))?;
    Ok(Issued {
        certificate_pem: cert.pem(),
        private_key_pem: key.serialize_pem(),
        not_before: params.not_before,
        not_after: params.not_after,
    })
}

/// The CA given as PEMs (certificate and key), ready to sign.
fn ca_issuer(ca_cert_pem: &str, ca_key_pem: &str) -> Result<Issuer<'static, KeyPair>, String> {
    let ca_key = KeyPair::from_pem(ca_key_pem).map_err(|e| format!("CA key unreadable: {e}"))?;
    Issuer::from_ca_cert_pem(ca_cert_pem, ca_key)
        .map_err(|e| format!("CA certificate unreadable: {e}"))
}

/// Issues a client (leaf) certificate for `subject` with a fresh key of `key_algorithm`,
/// signed by the CA given as PEMs, valid `days` from `not_before`.
pub fn issue_leaf(
    ca_cert_pem: &str,
    ca_key_pem: &str,
    subject: &str,
    key_algorithm: &str,
    not_before: OffsetDateTime,
    days: i64,
) -> Result<Issued, String> {
    let issuer = ca_issuer(ca_cert_pem, ca_key_pem)?;
    let key = generate_key(key_algorithm)?;
    let mut params = CertificateParams::default();
    params.distinguished_name = distinguished_name(subject)?;
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    if key_algorithm != "ECDSA" {
        params.key_usages.push(KeyUsagePurpose::KeyEncipherment);
    }
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    params.use_authority_key_identifier_extension = true;
    params.not_before = not_before;
    params.not_after = not_before + Duration::days(days);
    params.serial_number = Some(random_serial());
    let cert = params
        .signed_by(&key, &issuer)
        .map_err(|e| format!("signing failed: {e}"))?;
    Ok(Issued {
        certificate_pem: cert.pem(),
        private_key_pem: key.serialize_pem(),
        not_before: params.not_before,
        not_after: params.not_after,
    })
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

/// Signs a CSR with a CA given as PEMs (used to make the seeded THIRD_PARTY examples look
/// like they came from an outside CA).
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
    req.params.not_before = not_before;
    req.params.not_after = not_before + Duration::days(days);
    req.params.serial_number = Some(random_serial());
    req.params.use_authority_key_identifier_extension = true;
    let cert = req
        .signed_by(&issuer)
        .map_err(|e| format!("signing failed: {e}"))?;
    Ok(cert.pem())
}

fn first_pem(text: &str, wanted: &str) -> Result<Vec<u8>, String> {
    let mut saw_any = false;
    for pem in x509_parser::pem::Pem::iter_from_buffer(text.as_bytes()) {
        let pem = pem.map_err(|e| format!("the PEM data is malformed ({e})"))?;
        saw_any = true;
        if pem.label.contains("PRIVATE KEY") {
            return Err("it holds a private key; never upload a private key".into());
        }
        if pem.label == wanted {
            return Ok(pem.contents);
        }
    }
    if saw_any {
        Err(format!("it holds no {wanted} PEM block"))
    } else {
        Err(format!("it is not PEM (expected -----BEGIN {wanted}-----)"))
    }
}

fn asn1_time(t: x509_parser::time::ASN1Time) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(t.timestamp()).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// The SubjectPublicKeyInfo DER of a PEM CSR.
pub fn csr_public_key(csr_pem: &str) -> Result<Vec<u8>, String> {
    let der = first_pem(csr_pem, "CERTIFICATE REQUEST")?;
    let (_, csr) = x509_parser::certification_request::X509CertificationRequest::from_der(&der)
        .map_err(|e| format!("the CSR does not parse ({e})"))?;
    Ok(csr.certification_request_info.subject_pki.raw.to_vec())
}

/// The common name of a certificate's issuer, else the whole issuer name.
fn issuer_name(cert: &x509_parser::certificate::X509Certificate<'_>) -> String {
    cert.issuer()
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .map(str::to_string)
        .unwrap_or_else(|| cert.issuer().to_string())
}

/// The checks run on an uploaded signed certificate: PEM, parses, public key equal to the
/// CSR's, currently valid. `Err` carries the reason; warnings come back in `Ok`.
pub fn check_upload(
    cert_pem: &str,
    csr_pem: &str,
    now: OffsetDateTime,
) -> Result<Uploaded, String> {
    let der = first_pem(cert_pem, "CERTIFICATE")?;
    let (_, cert) = x509_parser::parse_x509_certificate(&der)
        .map_err(|e| format!("the certificate does not parse ({e})"))?;
    let wanted = csr_public_key(csr_pem)?;
    if cert.tbs_certificate.subject_pki.raw != wanted.as_slice() {
        return Err("its public key does not match the key of this version's CSR".into());
    }
    let not_before = asn1_time(cert.validity().not_before);
    let not_after = asn1_time(cert.validity().not_after);
    if now < not_before {
        return Err(format!(
            "it is not valid yet (notBefore {})",
            super::state::fmt_date(not_before)
        ));
    }
    if now > not_after {
        return Err(format!(
            "it has expired (notAfter {})",
            super::state::fmt_date(not_after)
        ));
    }
    let mut warnings = Vec::new();
    if not_after - now < Duration::days(WARN_DAYS) {
        warnings.push(format!(
            "The certificate expires on {}, less than {WARN_DAYS} days from now.",
            super::state::fmt_date(not_after)
        ));
    }
    let issuer = issuer_name(&cert);
    let pem = pem::encode_config(
        &pem::Pem::new("CERTIFICATE", der),
        pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
    );
    Ok(Uploaded {
        certificate_pem: pem,
        issuer,
        not_before,
        not_after,
        warnings,
    })
}

/// Checks that every block of a trust chain is a parseable certificate.
pub fn check_chain(chain_pem: &str) -> Result<(), String> {
    let mut n = 0;
    for pem in x509_parser::pem::Pem::iter_from_buffer(chain_pem.as_bytes()) {
        let pem = pem.map_err(|e| format!("the PEM data is malformed ({e})"))?;
        if pem.label != "CERTIFICATE" {
            return Err(format!(
                "it holds a {} block; only certificates belong in a chain",
                pem.label
            ));
        }
        x509_parser::parse_x509_certificate(&pem.contents)
            .map_err(|e| format!("certificate {} does not parse ({e})", n + 1))?;
        n += 1;
    }
    if n == 0 {
        return Err("it holds no PEM certificate".into());
    }
    Ok(())
}

/// A self-signed server certificate for 127.0.0.1 and localhost: (cert PEM, key PKCS#8 DER).
pub fn tls_server_identity() -> Result<(String, Vec<u8>, Vec<u8>), String> {
    let key = generate_key("ECDSA")?;
    let mut params = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .map_err(|e| format!("TLS certificate parameters: {e}"))?;
    params
        .distinguished_name
        .push(DnType::CommonName, "moks sandbox (self-signed)");
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::hours(1);
    params.not_after = now + Duration::days(365);
    params.serial_number = Some(random_serial());
    let cert = params
        .self_signed(&key)
        .map_err(|e| format!("TLS certificate: {e}"))?;
    Ok((cert.pem(), cert.der().to_vec(), key.serialize_der()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_hold_only_attributes_a_certificate_here_can_carry() {
        let all = "/C=US/ST=CA/L=SF/O=Ex, Inc./OU=1 C-1 2/emailAddress=a@example.com/CN=x/";
        assert_eq!(check_subject(all).unwrap().len(), 7);
        let e = check_subject("/XX=1/CN=x/").unwrap_err();
        assert!(e.contains("unknown attribute 'XX'"), "{e}");
        // The form's own rules come from the one parser.
        assert!(check_subject("/O=x/").unwrap_err().contains("no CN"));
    }

    #[test]
    fn upload_checks_key_match_and_validity() {
        let now = OffsetDateTime::now_utc();
        let ca = new_account_ca("/C=US/O=Test/CN=Test CA/", now).unwrap();
        let csr = new_csr("/CN=leaf/", "ECDSA").unwrap();
        let other = new_csr("/CN=other/", "ECDSA").unwrap();
        let good = sign_csr(
            &csr.csr_pem,
            &ca.certificate_pem,
            &ca.private_key_pem,
            now,
            60,
        )
        .unwrap();
        let up = check_upload(&good, &csr.csr_pem, now).unwrap();
        assert!(up.warnings.is_empty());
        assert_eq!(up.issuer, "Test CA");
        let e = check_upload(&good, &other.csr_pem, now).unwrap_err();
        assert!(e.contains("public key"), "{e}");
        let short = sign_csr(
            &csr.csr_pem,
            &ca.certificate_pem,
            &ca.private_key_pem,
            now,
            10,
        )
        .unwrap();
        assert_eq!(
            check_upload(&short, &csr.csr_pem, now)
                .unwrap()
                .warnings
                .len(),
            1
        );
        let old = sign_csr(
            &csr.csr_pem,
            &ca.certificate_pem,
            &ca.private_key_pem,
            now - Duration::days(100),
            10,
        )
        .unwrap();
        assert!(check_upload(&old, &csr.csr_pem, now)
            .unwrap_err()
            .contains("expired"));
        assert!(check_upload("garbage", &csr.csr_pem, now).is_err());
        assert!(check_upload(&ca.private_key_pem, &csr.csr_pem, now)
            .unwrap_err()
            .contains("private key"));
        assert!(check_chain(&ca.certificate_pem).is_ok());
        assert!(check_chain("nope").is_err());
    }
}
