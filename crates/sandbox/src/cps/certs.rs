//! Real X.509 for CPS: the CSRs the sandbox makes for a third-party change (one per key
//! algorithm, the enrollment's CN and SANs), the account's sandbox CA that issues Let's
//! Encrypt (DV) certificates, and the checks of an uploaded third-party certificate.
//!
//! The upload checks reuse the sandbox's (`core/x509.rs`: the key is the CSR's, the dates,
//! the chain links in order, no private key) and add the names: every name of the
//! enrollment must be among the certificate's SANs (or be its CN when it has none).

use rcgen::{CertificateParams, DnType, Issuer, KeyPair};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};

use super::{Cert, KeyCsr};
use crate::core::store::fmt_date;
use crate::core::x509;

/// The subject fields of an enrollment's `csr` and their attribute.
const SUBJECT: [(&str, DnType); 6] = [
    ("c", DnType::CountryName),
    ("st", DnType::StateOrProvinceName),
    ("l", DnType::LocalityName),
    ("o", DnType::OrganizationName),
    ("ou", DnType::OrganizationalUnitName),
    ("cn", DnType::CommonName),
];

/// The certificate's names: the CN first, then the SANs, each once.
pub fn names(doc: &serde_json::Value) -> Vec<String> {
    let view: moks_model::cps::Enrollment = serde_json::from_value(doc.clone()).unwrap_or_default();
    view.names()
}

fn params(doc: &serde_json::Value) -> Result<CertificateParams, String> {
    let mut p = CertificateParams::new(names(doc)).map_err(|e| format!("bad name: {e}"))?;
    // rcgen starts with a CN of its own, which would stay first: the CN comes last here,
    // as CAs write it
    p.distinguished_name = rcgen::DistinguishedName::new();
    for (field, dn) in SUBJECT {
        if let Some(v) = doc
            .pointer(&format!("/csr/{field}"))
            .and_then(|v| v.as_str())
        {
            if !v.is_empty() {
                p.distinguished_name.push(dn, v);
            }
        }
    }
    Ok(p)
}

/// The key algorithms of an enrollment: RSA, and ECDSA too when it is dual-stack.
pub fn key_algorithms(doc: &serde_json::Value) -> Vec<&'static str> {
    let dual = doc
        .get("enableMultiStackedCertificates")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if dual {
        vec!["RSA", "ECDSA"]
    } else {
        vec!["RSA"]
    }
}

/// A fresh key and CSR per key algorithm of the enrollment.
pub fn new_csrs(doc: &serde_json::Value) -> Result<Vec<KeyCsr>, String> {
    key_algorithms(doc)
        .into_iter()
        .map(|alg| {
            let key = x509::generate_key(alg)?;
            let csr = params(doc)?
                .serialize_request(&key)
                .and_then(|c| c.pem())
                .map_err(|e| format!("CSR creation failed: {e}"))?;
            Ok(KeyCsr {
                key_algorithm: alg.to_string(),
                csr,
                private_key: key.serialize_pem(),
            })
        })
        .collect()
}

/// The account's sandbox CA, as (certificate, key) PEMs.
pub fn new_ca(now: OffsetDateTime) -> Result<(String, String), String> {
    let ca = x509::new_outside_ca("/O=Sandbox CPS/CN=Sandbox CPS DV CA R1/", now, 3650)?;
    Ok((ca.certificate_pem, ca.private_key_pem))
}

/// A CA outside the sandbox, as a user's own (the seed's third-party certificate).
pub fn outside_ca(now: OffsetDateTime) -> Result<(String, String), String> {
    let ca = x509::new_outside_ca("/O=Example Inc./CN=Example Private CA/", now, 3650)?;
    Ok((ca.certificate_pem, ca.private_key_pem))
}

/// Signs `csr` (one of the sandbox's) as a 90-day server certificate from the CA.
pub fn issue(
    ca: &(String, String),
    doc: &serde_json::Value,
    csr: &KeyCsr,
    now: OffsetDateTime,
) -> Result<Cert, String> {
    let ca_key = KeyPair::from_pem(&ca.1).map_err(|e| format!("CA key unreadable: {e}"))?;
    let issuer =
        Issuer::from_ca_cert_pem(&ca.0, ca_key).map_err(|e| format!("CA unreadable: {e}"))?;
    let key = KeyPair::from_pem(&csr.private_key).map_err(|e| format!("key unreadable: {e}"))?;
    let mut p = params(doc)?;
    p.not_before = now;
    p.not_after = now + Duration::days(90);
    p.use_authority_key_identifier_extension = true;
    p.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    let cert = p
        .signed_by(&key, &issuer)
        .map_err(|e| format!("signing failed: {e}"))?;
    read(&csr.key_algorithm, &cert.pem(), &ca.0)
}

/// A certificate as the state keeps it, read from its PEM.
pub fn read(key_algorithm: &str, pem: &str, trust_chain: &str) -> Result<Cert, String> {
    let block = ::pem::parse(pem).map_err(|e| format!("the certificate is not PEM ({e})"))?;
    let (_, c) = x509_parser::parse_x509_certificate(block.contents())
        .map_err(|e| format!("the certificate does not parse ({e})"))?;
    let fp: Vec<String> = Sha256::digest(block.contents())
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    let expiry = OffsetDateTime::from_unix_timestamp(c.validity().not_after.timestamp())
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    Ok(Cert {
        key_algorithm: key_algorithm.to_string(),
        certificate: pem.trim_end().to_string() + "\n",
        trust_chain: trust_chain.to_string(),
        expiry: fmt_date(expiry),
        serial: c.raw_serial_as_string().to_uppercase(),
        sha256_fingerprint: fp.join(":"),
        issuer: c.issuer().to_string(),
    })
}

/// The names a certificate is for: its DNS SANs, else its CN.
fn cert_names(pem: &str) -> Result<Vec<String>, String> {
    let block = ::pem::parse(pem).map_err(|e| format!("not PEM ({e})"))?;
    let (_, c) = x509_parser::parse_x509_certificate(block.contents())
        .map_err(|e| format!("does not parse ({e})"))?;
    let mut out = Vec::new();
    if let Ok(Some(san)) = c.subject_alternative_name() {
        for n in &san.value.general_names {
            if let x509_parser::extensions::GeneralName::DNSName(d) = n {
                out.push(d.to_ascii_lowercase());
            }
        }
    }
    if out.is_empty() {
        out.extend(
            c.subject()
                .iter_common_name()
                .filter_map(|cn| cn.as_str().ok())
                .map(str::to_ascii_lowercase),
        );
    }
    Ok(out)
}

/// Checks an uploaded certificate against the change's CSR and the enrollment's names; the
/// errors are worded as the API's (`…is not valid`, `…does not match`).
pub fn check_upload(
    csr: &KeyCsr,
    doc: &serde_json::Value,
    certificate: &str,
    trust_chain: Option<&str>,
    now: OffsetDateTime,
) -> Result<Cert, String> {
    let alg = &csr.key_algorithm;
    let up = x509::check_upload(certificate, &csr.csr, trust_chain, now)
        .map_err(|why| format!("The {alg} certificate is not valid: {why}."))?;
    if let Some(e) = up.errors.iter().find(|e| e.kind != "SUBJECT_MISMATCH") {
        return Err(format!("The {alg} certificate is not valid: {}", e.message));
    }
    let have = cert_names(certificate)?;
    let missing: Vec<String> = names(doc)
        .into_iter()
        .filter(|n| !have.contains(&n.to_ascii_lowercase()))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "The {alg} certificate does not match the enrollment: it is not valid for {}.",
            missing.join(", ")
        ));
    }
    read(alg, &up.certificate_pem, trust_chain.unwrap_or(""))
}

/// Signs a sandbox CSR with an outside CA, as a user's CA would (the seed's third-party
/// certificate, and the tests').
pub fn sign_outside(
    ca: &(String, String),
    csr: &KeyCsr,
    doc: &serde_json::Value,
    now: OffsetDateTime,
) -> Result<Cert, String> {
    issue(ca, doc, csr, now).map(|mut c| {
        c.trust_chain = ca.0.clone();
        c
    })
}
