//! Whether the DER inside a block labelled CERTIFICATE is shaped like an X.509 certificate,
//! read from its outer ASN.1 structure alone, so that a private key put under a CERTIFICATE
//! label is never sent, local checks or not (README: "a key is never sent").
//!
//! Rules (RFC 5280 `Certificate`; RFC 5208/5958 `PrivateKeyInfo`, RFC 8017 `RSAPrivateKey`,
//! RFC 5915 `ECPrivateKey`, RFC 5208 `EncryptedPrivateKeyInfo`):
//! - a certificate is a SEQUENCE of exactly three parts: SEQUENCE (tbsCertificate),
//!   SEQUENCE (signatureAlgorithm), BIT STRING (signatureValue), and nothing after it;
//! - every private-key form fails that: the plain ones open with an INTEGER (their version),
//!   the encrypted one has two parts, the second an OCTET STRING; such DER is named a key;
//! - this is no parse of the certificate: a certificate-shaped block may still fail the
//!   local checks, and `--skip-local-checks` lets the API judge it.

const SEQUENCE: u8 = 0x30;
const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;
const OCTET_STRING: u8 = 0x04;

/// One DER element: its tag, its content, and the bytes after it.
fn element(der: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = der.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// The tags of the parts of a SEQUENCE that is the whole of `der`.
fn sequence_tags(der: &[u8]) -> Option<Vec<u8>> {
    let (tag, mut content, after) = element(der)?;
    if tag != SEQUENCE || !after.is_empty() {
        return None;
    }
    let mut tags = Vec::new();
    while !content.is_empty() && tags.len() < 8 {
        let (t, _, rest) = element(content)?;
        tags.push(t);
        content = rest;
    }
    Some(tags)
}

/// What the DER of a CERTIFICATE block holds, when it is not a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotCertificate {
    /// A private key (plain or encrypted) under the CERTIFICATE label.
    PrivateKey,
    /// Anything else that is not shaped as a certificate.
    Other,
}

impl std::fmt::Display for NotCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotCertificate::PrivateKey => {
                "it holds a private key under a CERTIFICATE label (a key is never sent)"
            }
            NotCertificate::Other => "its content is not an X.509 certificate",
        })
    }
}

/// `Ok` when `der` is shaped as a certificate; else what it is.
pub fn certificate_shaped(der: &[u8]) -> Result<(), NotCertificate> {
    match sequence_tags(der).as_deref() {
        Some([SEQUENCE, SEQUENCE, BIT_STRING]) => Ok(()),
        Some([INTEGER, ..]) | Some([SEQUENCE, OCTET_STRING]) => Err(NotCertificate::PrivateKey),
        _ => Err(NotCertificate::Other),
    }
}

/// The first problem among the PEM blocks of `text` that would be sent: a block that is not
/// a CERTIFICATE-shaped one (keys named), or text without any PEM block.
pub fn first_unsendable(text: &str) -> Option<String> {
    let blocks = moks_model::common::pem::split_pem(text);
    for (i, block) in blocks.iter().enumerate() {
        if block.is_private_key() {
            return Some(format!(
                "block {} is a private key (a key is never sent)",
                i + 1
            ));
        }
        let Ok(der) = &block.der else {
            return Some(format!("block {} is not valid PEM", i + 1));
        };
        if let Err(why) = certificate_shaped(der) {
            return Some(format!("block {} ('{}'): {why}", i + 1, block.label));
        }
    }
    blocks
        .is_empty()
        .then(|| "it holds no PEM block".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_pass_and_every_key_form_is_named() {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::default();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "x");
        let cert = params.self_signed(&key).unwrap();
        assert_eq!(certificate_shaped(cert.der()), Ok(()));
        // PKCS#8 (EC), and an RSA PKCS#8: both open with INTEGER 0.
        assert_eq!(
            certificate_shaped(&key.serialize_der()),
            Err(NotCertificate::PrivateKey)
        );
        let rsa = rcgen::KeyPair::generate_for(&rcgen::PKCS_RSA_SHA256).unwrap();
        assert_eq!(
            certificate_shaped(&rsa.serialize_der()),
            Err(NotCertificate::PrivateKey)
        );
        // EncryptedPrivateKeyInfo: SEQUENCE { SEQUENCE, OCTET STRING }.
        let encrypted = [0x30, 0x07, 0x30, 0x02, 0x05, 0x00, 0x04, 0x01, 0x00];
        assert_eq!(
            certificate_shaped(&encrypted),
            Err(NotCertificate::PrivateKey)
        );
        for junk in [
            &b""[..],
            b"\x30",
            b"\x30\x05\x01",
            b"hello",
            &[0x30, 0x84, 0xff, 0xff, 0xff, 0xff],
        ] {
            assert_eq!(
                certificate_shaped(junk),
                Err(NotCertificate::Other),
                "{junk:?}"
            );
        }
        let mut trailing = cert.der().to_vec();
        trailing.push(0);
        assert_eq!(certificate_shaped(&trailing), Err(NotCertificate::Other));
    }

    #[test]
    fn the_first_unsendable_block_is_named() {
        let key = rcgen::KeyPair::generate().unwrap();
        let disguised = pem::encode(&pem::Pem::new("CERTIFICATE", key.serialize_der()));
        assert_eq!(
            first_unsendable(&disguised).unwrap(),
            "block 1 ('CERTIFICATE'): it holds a private key under a CERTIFICATE label (a key \
             is never sent)"
        );
        assert_eq!(first_unsendable("no pem").unwrap(), "it holds no PEM block");
        let mut params = rcgen::CertificateParams::default();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "x");
        let cert = params.self_signed(&key).unwrap().pem();
        assert_eq!(first_unsendable(&cert), None);
    }
}
