//! The certificate rules of the Edge Truststore (§9), once for both sides: a client runs
//! them before sending (§9.2, the local pre-check) and an emulator runs them as the server
//! does (§9.1). Reading PEM text into blocks ([`split_pem`]), one block into what the rules
//! look at ([`inspect`]), and the rules ([`Inspected::problems`]).
//!
//! Rules (§9.1 server, §9.2 recipe), in this order, every problem of a certificate reported:
//! 1. a PEM block labelled CERTIFICATE that parses as X.509 (private keys, CSRs and other
//!    blocks are refused by name);
//! 2. basicConstraints with cA = TRUE (else it is a leaf, refused);
//! 3. within its validity period (an expired one is refused; one expiring within 30 days
//!    is [`Inspected::expires_within`] for a warning);
//! 4. roots and intermediates alike are fine;
//! 5. signed with SHA-256 or better (any SHA-2 with RSA, RSA-PSS, ECDSA, or Ed25519); SHA-1
//!    only when `allowInsecureSha1`; MD2/MD5 and anything unknown never;
//! 6. RSA keys of 2048 bits or more, EC keys of 256 or more.
//!
//! Field formats an emulator answers with (§6 Cert; the fixtures disagree, these follow the
//! validate fixtures): `fingerprint` 64 lower-case hex digits of SHA-256 over the DER,
//! `serialNumber` decimal, `signatureAlgorithm` Java's naming (`SHA256WITHRSA`), subject and
//! issuer as Java prints them (`CN=…, O=…, C=US`, most specific first).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use crate::common::names;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::PublicKey;

pub use crate::common::pem::{split_pem, Block};

/// `der` as PEM, 64 columns, `\n` line breaks (what a client sends, §9.2).
pub fn to_pem(der: &[u8]) -> String {
    crate::common::pem::encode("CERTIFICATE", der)
}

/// SHA-256 of `der`, 64 lower-case hex digits.
pub fn fingerprint(der: &[u8]) -> String {
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A public key, as the size rule sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Rsa { bits: usize },
    Ec { bits: usize },
    Ed25519,
    Other(String),
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Rsa { bits } => write!(f, "RSA {bits}"),
            Key::Ec { bits } => write!(f, "EC {bits}"),
            Key::Ed25519 => f.write_str("Ed25519"),
            Key::Other(what) => f.write_str(what),
        }
    }
}

/// The hash of a signature algorithm, as the hash rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hash {
    /// SHA-256/384/512, PSS, Ed25519: fine.
    Strong,
    /// SHA-1 (and SHA-224, which the API does not list): only with `allowInsecureSha1`.
    Sha1,
    /// MD2, MD5, or an algorithm these rules do not know.
    Refused,
}

/// What the rules look at in one certificate.
#[derive(Debug, Clone)]
pub struct Inspected {
    pub der: Vec<u8>,
    /// `CN=…, O=…, C=US` (Java's order: most specific first).
    pub subject: String,
    pub issuer: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// SHA-256 over the DER, lower-case hex.
    pub fingerprint: String,
    /// Decimal.
    pub serial_number: String,
    /// Java's naming: `SHA256WITHRSA`, `SHA384WITHECDSA`, `SHA1WITHRSA`, `RSASSA-PSS`.
    pub signature_algorithm: String,
    pub hash: Hash,
    pub key: Key,
    /// basicConstraints cA = TRUE.
    pub is_ca: bool,
    /// Subject equals issuer and the signature verifies with its own key.
    pub self_signed: bool,
}

/// Why a block is not a certificate the API takes (§9).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A private key (`PRIVATE KEY`, `RSA PRIVATE KEY`, `EC PRIVATE KEY`, …).
    PrivateKey {
        label: String,
    },
    /// A certificate signing request.
    Csr,
    /// Another kind of block (`PUBLIC KEY`, `X509 CRL`, …).
    NotCertificate {
        label: String,
    },
    /// No PEM block at all in the text.
    NoPem,
    /// A CERTIFICATE block that does not decode or parse.
    Malformed(String),
    /// No basicConstraints cA = TRUE: an end-entity certificate.
    NotCa,
    Expired {
        not_after: OffsetDateTime,
    },
    NotYetValid {
        not_before: OffsetDateTime,
    },
    /// SHA-1 without `allowInsecureSha1`.
    InsecureSha1 {
        algorithm: String,
    },
    /// MD5, MD2 or an unknown algorithm.
    WeakSignature {
        algorithm: String,
    },
    /// An RSA key under 2048 bits or an EC key under 256.
    SmallKey {
        key: Key,
    },
}

impl std::fmt::Display for Problem {
    /// One lower-case clause, for a client's messages (an emulator words its own).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let date = |t: &OffsetDateTime| format_date(*t);
        match self {
            Problem::PrivateKey { label } => write!(
                f,
                "it is a private key ({label}), never sent: a CA set holds CA certificates only"
            ),
            Problem::Csr => f.write_str("it is a certificate signing request, not a certificate"),
            Problem::NotCertificate { label } => {
                write!(f, "it is a {label} block, not a CERTIFICATE")
            }
            Problem::NoPem => f.write_str("no -----BEGIN CERTIFICATE----- block found"),
            Problem::Malformed(why) => {
                write!(f, "it does not parse as an X.509 certificate: {why}")
            }
            Problem::NotCa => f.write_str(
                "it is an end-entity (leaf) certificate: a CA set takes CA certificates \
                 (basicConstraints CA:TRUE), roots or intermediates",
            ),
            Problem::Expired { not_after } => write!(f, "it expired on {}", date(not_after)),
            Problem::NotYetValid { not_before } => {
                write!(f, "it is not valid before {}", date(not_before))
            }
            Problem::InsecureSha1 { algorithm } => write!(
                f,
                "it is signed with {algorithm}: SHA-256 or better is required, SHA-1 only \
                 with --allow-insecure-sha1"
            ),
            Problem::WeakSignature { algorithm } => write!(
                f,
                "it is signed with {algorithm}: SHA-256 or better is required"
            ),
            Problem::SmallKey { key } => write!(
                f,
                "its key is {key} bits: RSA keys need 2048 bits or more, EC keys 256 or more"
            ),
        }
    }
}

/// `2033-04-22T22:49:13Z`, the API's certificate date form (§1 Timestamps).
pub fn format_date(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The block read as a certificate, or why it is not one (rule 1).
pub fn inspect(block: &Block) -> Result<Inspected, Problem> {
    let label = block.label.as_str();
    if label.contains("PRIVATE KEY") {
        return Err(Problem::PrivateKey {
            label: label.to_string(),
        });
    }
    if label.contains("CERTIFICATE REQUEST") {
        return Err(Problem::Csr);
    }
    if label != "CERTIFICATE" && label != "X509 CERTIFICATE" && label != "TRUSTED CERTIFICATE" {
        return Err(Problem::NotCertificate {
            label: label.to_string(),
        });
    }
    let der = block.der.clone().map_err(Problem::Malformed)?;
    inspect_der(&der)
}

/// [`inspect`] for DER bytes.
pub fn inspect_der(der: &[u8]) -> Result<Inspected, Problem> {
    let (rest, cert) =
        X509Certificate::from_der(der).map_err(|e| Problem::Malformed(e.to_string()))?;
    if !rest.is_empty() {
        return Err(Problem::Malformed(format!(
            "{} bytes follow the certificate",
            rest.len()
        )));
    }
    let (signature_algorithm, hash) = signature(&cert);
    let key = match cert.public_key().parsed() {
        Ok(PublicKey::RSA(rsa)) => Key::Rsa {
            bits: rsa.key_size(),
        },
        Ok(PublicKey::EC(ec)) => Key::Ec {
            bits: ec.key_size(),
        },
        _ if cert.public_key().algorithm.algorithm.to_id_string() == "1.3.101.112" => Key::Ed25519,
        _ => Key::Other(cert.public_key().algorithm.algorithm.to_id_string()),
    };
    let is_ca = matches!(cert.basic_constraints(), Ok(Some(bc)) if bc.value.ca);
    let self_signed =
        cert.subject().as_raw() == cert.issuer().as_raw() && cert.verify_signature(None).is_ok();
    Ok(Inspected {
        der: der.to_vec(),
        subject: names::java_form(cert.subject()),
        issuer: names::java_form(cert.issuer()),
        not_before: cert.validity().not_before.to_datetime(),
        not_after: cert.validity().not_after.to_datetime(),
        fingerprint: fingerprint(der),
        serial_number: cert.tbs_certificate.serial.to_string(),
        signature_algorithm,
        hash,
        key,
        is_ca,
        self_signed,
    })
}

fn signature(cert: &X509Certificate<'_>) -> (String, Hash) {
    let oid = cert.signature_algorithm.algorithm.to_id_string();
    let (name, hash) = match oid.as_str() {
        "1.2.840.113549.1.1.11" => ("SHA256WITHRSA", Hash::Strong),
        "1.2.840.113549.1.1.12" => ("SHA384WITHRSA", Hash::Strong),
        "1.2.840.113549.1.1.13" => ("SHA512WITHRSA", Hash::Strong),
        "1.2.840.113549.1.1.10" => ("RSASSA-PSS", Hash::Strong),
        "1.2.840.10045.4.3.2" => ("SHA256WITHECDSA", Hash::Strong),
        "1.2.840.10045.4.3.3" => ("SHA384WITHECDSA", Hash::Strong),
        "1.2.840.10045.4.3.4" => ("SHA512WITHECDSA", Hash::Strong),
        "1.3.101.112" => ("ED25519", Hash::Strong),
        "1.2.840.113549.1.1.5" => ("SHA1WITHRSA", Hash::Sha1),
        "1.2.840.10045.4.1" => ("SHA1WITHECDSA", Hash::Sha1),
        "1.2.840.113549.1.1.14" => ("SHA224WITHRSA", Hash::Sha1),
        "1.2.840.10045.4.3.1" => ("SHA224WITHECDSA", Hash::Sha1),
        "1.2.840.113549.1.1.4" => ("MD5WITHRSA", Hash::Refused),
        "1.2.840.113549.1.1.2" => ("MD2WITHRSA", Hash::Refused),
        _ => ("", Hash::Refused),
    };
    let name = if name.is_empty() {
        oid
    } else {
        name.to_string()
    };
    (name, hash)
}

impl Inspected {
    /// Rules 2, 3, 5 and 6 at `now`: every problem, in the rules' order.
    pub fn problems(&self, now: OffsetDateTime, allow_insecure_sha1: bool) -> Vec<Problem> {
        let mut out = Vec::new();
        if !self.is_ca {
            out.push(Problem::NotCa);
        }
        if now > self.not_after {
            out.push(Problem::Expired {
                not_after: self.not_after,
            });
        } else if now < self.not_before {
            out.push(Problem::NotYetValid {
                not_before: self.not_before,
            });
        }
        match self.hash {
            Hash::Strong => {}
            Hash::Sha1 if allow_insecure_sha1 => {}
            Hash::Sha1 => out.push(Problem::InsecureSha1 {
                algorithm: self.signature_algorithm.clone(),
            }),
            Hash::Refused => out.push(Problem::WeakSignature {
                algorithm: self.signature_algorithm.clone(),
            }),
        }
        let small = match self.key {
            Key::Rsa { bits } => bits < 2048,
            Key::Ec { bits } => bits < 256,
            Key::Ed25519 | Key::Other(_) => false,
        };
        if small {
            out.push(Problem::SmallKey {
                key: self.key.clone(),
            });
        }
        out
    }

    /// Whether it expires within `days` days of `now` (and has not yet).
    pub fn expires_within(&self, now: OffsetDateTime, days: i64) -> bool {
        self.not_after >= now && self.not_after <= now + time::Duration::days(days)
    }

    /// The PEM a client sends for it (§9.2: `\n` line breaks).
    pub fn pem(&self) -> String {
        to_pem(&self.der)
    }
}
