//! The checks of a signed certificate against the version it goes to (its record in the
//! versions list): the key's algorithm and size are those the version states
//! (`keyAlgorithm`, `keySizeInBytes` — bits in the reference's example, so bits or bytes are
//! accepted — and `ellipticCurve`); the public key is the very key of the version's CSR; the
//! subject is the CSR's (its CN named first). The key and subject rules are the model's
//! (`moks_model::moks::upload`), the sandbox's too. A key that differs from the stated size
//! is doubtful (the reading of the size could be wrong); another key or subject is certain
//! (the API refuses it).

use moks_model::common::{names, pem};
use moks_model::moks::{upload, ClientCertificateVersion, KeyAlgorithm};
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::prelude::FromDer;
use x509_parser::public_key::PublicKey;
use x509_parser::x509::SubjectPublicKeyInfo;

use super::{certificates, doubtful, parse, Failure};

/// A key as messages say it: `RSA 2048`, `ECDSA P-256`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    Rsa(usize),
    Ecdsa(Option<&'static str>),
    Other(String),
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Rsa(bits) => write!(f, "RSA {bits}"),
            Key::Ecdsa(Some(curve)) => write!(f, "ECDSA {curve}"),
            Key::Ecdsa(None) => f.write_str("ECDSA"),
            Key::Other(oid) => write!(f, "of algorithm {oid}"),
        }
    }
}

/// The NIST name of a curve given by name or OID (`P-256`, `secp256r1`, `prime256v1`).
fn curve(name: &str) -> Option<&'static str> {
    match name.trim().to_ascii_lowercase().as_str() {
        "p-256" | "p256" | "secp256r1" | "prime256v1" | "1.2.840.10045.3.1.7" => Some("P-256"),
        "p-384" | "p384" | "secp384r1" | "1.3.132.0.34" => Some("P-384"),
        "p-521" | "p521" | "secp521r1" | "1.3.132.0.35" => Some("P-521"),
        _ => None,
    }
}

fn key_of(spki: &SubjectPublicKeyInfo<'_>) -> Key {
    match spki.algorithm.algorithm.to_id_string().as_str() {
        "1.2.840.113549.1.1.1" => match spki.parsed() {
            Ok(PublicKey::RSA(rsa)) => {
                let m = rsa.modulus;
                let m = &m[m.iter().take_while(|b| **b == 0).count()..];
                let bits = m
                    .first()
                    .map_or(0, |b| (m.len() - 1) * 8 + (8 - b.leading_zeros() as usize));
                Key::Rsa(bits)
            }
            _ => Key::Rsa(0),
        },
        "1.2.840.10045.2.1" => Key::Ecdsa(
            spki.algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .and_then(|oid| curve(&oid.to_id_string())),
        ),
        other => Key::Other(other.to_string()),
    }
}

/// What the version says its key is; `None` where it says nothing usable.
fn version_key(v: &ClientCertificateVersion) -> Option<Key> {
    match v.key_algorithm.as_ref()? {
        KeyAlgorithm::Rsa => Some(Key::Rsa(
            v.key_size_in_bytes
                .as_deref()
                .and_then(|s| s.trim().parse().ok())
                .unwrap_or(0),
        )),
        KeyAlgorithm::Ecdsa => Some(Key::Ecdsa(v.elliptic_curve.as_deref().and_then(curve))),
        KeyAlgorithm::Other(_) => None,
    }
}

/// Whether the certificate's key is what the version states (an unstated size or curve
/// matches any).
fn key_fits(have: &Key, want: &Key) -> bool {
    match (have, want) {
        (Key::Rsa(_), Key::Rsa(0)) => true,
        (Key::Rsa(bits), Key::Rsa(size)) => bits == size || *bits == size * 8,
        (Key::Ecdsa(_), Key::Ecdsa(None)) => true,
        (Key::Ecdsa(have), Key::Ecdsa(want)) => have.is_none() || have == want,
        _ => false,
    }
}

/// The checks against the version the certificate goes to, `which` naming it (`version 2
/// of client certificate 5678`). The certificate passed [`check_files`].
pub fn check_version(
    certificate: &str,
    version: &ClientCertificateVersion,
    which: &str,
) -> Result<(), Failure> {
    let ders = certificates(certificate, "the certificate")?;
    let leaf = parse(&ders[0], "the certificate")?;
    let have = key_of(leaf.public_key());
    if let Some(want) = version_key(version) {
        if !key_fits(&have, &want) {
            return Err(doubtful(format!(
                "the certificate's key is {have}, but {which} is {}",
                match want {
                    Key::Rsa(0) => "RSA".to_string(),
                    other => other.to_string(),
                }
            )));
        }
    }
    let csr_pem = version
        .csr_block
        .as_ref()
        .and_then(|b| b.csr.as_deref())
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| {
            doubtful(format!(
                "cannot check the certificate against {which}: the API lists no CSR for it"
            ))
        })?;
    let unreadable = |why: String| {
        doubtful(format!(
            "cannot check the certificate against {which}: {why}"
        ))
    };
    let csr_der = pem::split_pem(csr_pem)
        .into_iter()
        .next()
        .and_then(|b| b.der.ok())
        .ok_or_else(|| unreadable("its CSR is not PEM".into()))?;
    let (_, csr) = X509CertificationRequest::from_der(&csr_der)
        .map_err(|e| unreadable(format!("its CSR does not parse ({e})")))?;
    let info = &csr.certification_request_info;
    if !upload::key_matches_csr(&leaf, &csr) {
        return Err(format!(
            "the certificate is for another key: its public key ({have}) is not the key of \
             the CSR of {which}"
        )
        .into());
    }
    let cn = names::common_name;
    if let Some(wanted) = cn(&info.subject) {
        match cn(leaf.subject()) {
            Some(got) if got == wanted => {}
            Some(got) => {
                return Err(format!(
                    "the certificate's subject CN '{got}' is not the CN of the CSR of {which}, \
                     '{wanted}'"
                )
                .into())
            }
            None => {
                return Err(format!(
                    "the certificate's subject has no CN; the CSR of {which} asks for '{wanted}'"
                )
                .into())
            }
        }
    }
    if !upload::subject_matches_csr(&leaf, &csr) {
        return Err(format!(
            "the certificate's subject ({}) is not the subject of the CSR of {which} ({})",
            names::display(leaf.subject()),
            names::display(&info.subject)
        )
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certcheck::tests::{ca, leaf};
    use rcgen::{CertificateParams, DnType, KeyPair};

    fn version(
        csr: &str,
        alg: &str,
        size: Option<&str>,
        curve: Option<&str>,
    ) -> ClientCertificateVersion {
        serde_json::from_value(serde_json::json!({
            "keyAlgorithm": alg, "keySizeInBytes": size, "ellipticCurve": curve,
            "csrBlock": {"csr": csr, "keyAlgorithm": alg}
        }))
        .unwrap()
    }

    #[test]
    fn the_key_size_and_cn_must_be_the_csrs() {
        let root = ca("Root", None);
        let key = KeyPair::generate_for(&rcgen::PKCS_RSA_SHA256).unwrap();
        let mut req = CertificateParams::default();
        req.distinguished_name.push(DnType::CommonName, "origin-c");
        let csr = req.serialize_request(&key).unwrap().pem().unwrap();
        let which = "version 2 of client certificate 7";
        let signed = leaf(&key, &root, |p| {
            p.distinguished_name = rcgen::DistinguishedName::new();
            p.distinguished_name.push(DnType::CommonName, "origin-c");
        });
        let v = version(&csr, "RSA", Some("2048"), None);
        assert_eq!(check_version(&signed, &v, which), Ok(()));
        // A size given in bytes is the same key.
        assert_eq!(
            check_version(&signed, &version(&csr, "RSA", Some("256"), None), which),
            Ok(())
        );
        assert_eq!(
            check_version(&signed, &version(&csr, "RSA", Some("4096"), None), which).unwrap_err(),
            "the certificate's key is RSA 2048, but version 2 of client certificate 7 is RSA 4096"
        );
        assert_eq!(
            check_version(&signed, &version(&csr, "ECDSA", None, Some("P-256")), which)
                .unwrap_err(),
            "the certificate's key is RSA 2048, but version 2 of client certificate 7 is ECDSA P-256"
        );
        let renamed = leaf(&key, &root, |p| {
            p.distinguished_name = rcgen::DistinguishedName::new();
            p.distinguished_name
                .push(DnType::CommonName, "someone-else");
        });
        assert_eq!(
            check_version(&renamed, &v, which).unwrap_err(),
            "the certificate's subject CN 'someone-else' is not the CN of the CSR of version 2 of client certificate 7, 'origin-c'"
        );
        let other = KeyPair::generate_for(&rcgen::PKCS_RSA_SHA256).unwrap();
        let foreign = leaf(&other, &root, |_| {});
        assert_eq!(
            check_version(&foreign, &v, which).unwrap_err(),
            "the certificate is for another key: its public key (RSA 2048) is not the key of the CSR of version 2 of client certificate 7"
        );
        let ec = KeyPair::generate().unwrap();
        let ec_cert = leaf(&ec, &root, |_| {});
        assert_eq!(
            check_version(&ec_cert, &version(&csr, "ECDSA", None, Some("secp384r1")), which)
                .unwrap_err(),
            "the certificate's key is ECDSA P-256, but version 2 of client certificate 7 is ECDSA P-384"
        );
        let none: ClientCertificateVersion =
            serde_json::from_value(serde_json::json!({"keyAlgorithm": "RSA"})).unwrap();
        assert_eq!(
            check_version(&signed, &none, which).unwrap_err(),
            "cannot check the certificate against version 2 of client certificate 7: the API lists no CSR for it"
        );
        let junk = version(
            "-----BEGIN CERTIFICATE REQUEST-----\nQUJD\n-----END CERTIFICATE REQUEST-----\n",
            "RSA",
            None,
            None,
        );
        assert!(check_version(&signed, &junk, which)
            .unwrap_err()
            .contains("its CSR does not parse"));
    }
}
