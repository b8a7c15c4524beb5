//! The certificates of this API as text: a CSR checked before it is sent (it parses, its
//! signature verifies, line breaks are `\n`) and read for the subject fields the API copies
//! from it; an issued certificate read for the fields the API reports about it (SHA-256
//! fingerprint, serial, SKI, signature type, dates).
//!
//! Formats where the seed gives none (the reference's gap on dates): dates as RFC 3339 in
//! UTC to the second, the serial in decimal, the SKI and fingerprint as lower-case hex
//! without colons, the signature type in Go's `crypto/x509` names (`ECDSAWithSHA256`,
//! `SHA256WithRSA`), Cloudflare's API being written in Go.

use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::extensions::ParsedExtension;
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::x509::X509Name;

use super::rules::MAX_CSR_BYTES;

/// A PEM text with `\n` line breaks (CRLF and lone CR rewritten; the seed: the CSR "must be
/// newline-encoded"), no leading or trailing blank space, and one final `\n`.
pub fn normalize_pem(text: &str) -> String {
    let mut out = text.replace("\r\n", "\n").replace('\r', "\n");
    out = out.trim().to_string();
    out.push('\n');
    out
}

/// The subject fields the API copies from a CSR (and reports on the certificate).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subject {
    /// CN.
    pub common_name: Option<String>,
    /// C.
    pub country: Option<String>,
    /// ST (the API's `state`, not the lifecycle status).
    pub state: Option<String>,
    /// L (the API's `location`).
    pub location: Option<String>,
    /// O.
    pub organization: Option<String>,
    /// OU.
    pub organizational_unit: Option<String>,
}

fn subject(name: &X509Name<'_>) -> Subject {
    let first = |oid: &str| {
        name.iter_attributes()
            .find(|a| a.attr_type().to_id_string() == oid)
            .and_then(|a| a.as_str().ok())
            .map(str::to_string)
    };
    Subject {
        common_name: first("2.5.4.3"),
        country: first("2.5.4.6"),
        state: first("2.5.4.8"),
        location: first("2.5.4.7"),
        organization: first("2.5.4.10"),
        organizational_unit: first("2.5.4.11"),
    }
}

/// The DER of the one block labelled `wanted` in `text`; refuses private keys by name.
fn block(text: &str, wanted: &[&str], what: &str) -> Result<Vec<u8>, String> {
    let mut found = None;
    for pem in x509_parser::pem::Pem::iter_from_buffer(text.as_bytes()) {
        let pem = pem.map_err(|e| format!("the PEM data is malformed ({e})"))?;
        if pem.label.contains("PRIVATE KEY") {
            return Err("it holds a private key, which is never sent".into());
        }
        if wanted.contains(&pem.label.as_str()) {
            if found.is_some() {
                return Err(format!("it holds more than one {what}"));
            }
            found = Some(pem.contents);
        }
    }
    found.ok_or_else(|| format!("it is not a PEM {what} (-----BEGIN {}-----)", wanted[0]))
}

/// A CSR that passed: its normalised PEM and its subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedCsr {
    pub pem: String,
    pub subject: Subject,
}

/// Checks a CSR as the create operation needs it: at most [`MAX_CSR_BYTES`], one
/// `CERTIFICATE REQUEST` block (no private key beside it), which parses and whose
/// signature verifies with its own key; returned normalised ([`normalize_pem`]).
pub fn check_csr(text: &str) -> Result<CheckedCsr, String> {
    if text.len() > MAX_CSR_BYTES {
        return Err(format!("a CSR has at most {MAX_CSR_BYTES} bytes"));
    }
    let pem = normalize_pem(text);
    let labels = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];
    let der = block(&pem, &labels, "certificate signing request")?;
    let (rest, csr) = X509CertificationRequest::from_der(&der)
        .map_err(|e| format!("the CSR does not parse ({e})"))?;
    if !rest.is_empty() {
        return Err("bytes follow the CSR".into());
    }
    csr.verify_signature()
        .map_err(|e| format!("the CSR's signature does not verify ({e})"))?;
    let subject = subject(&csr.certification_request_info.subject);
    Ok(CheckedCsr { pem, subject })
}

/// What the API reports about an issued certificate, read from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issued {
    pub subject: Subject,
    /// SHA-256 over the DER, 64 lower-case hex digits.
    pub fingerprint_sha256: String,
    /// Decimal.
    pub serial_number: String,
    /// The subject key identifier extension, lower-case hex; `None` without one.
    pub ski: Option<String>,
    /// `ECDSAWithSHA256`, `SHA256WithRSA`, …; the dotted OID for another algorithm.
    pub signature: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
}

impl Issued {
    /// Whole days from `not_before` to `not_after` (what `validity_days` should say).
    pub fn validity_days(&self) -> i64 {
        (self.not_after - self.not_before).whole_days()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Go's `crypto/x509` name of a signature algorithm OID.
fn signature_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.5" => "SHA1WithRSA",
        "1.2.840.113549.1.1.11" => "SHA256WithRSA",
        "1.2.840.113549.1.1.12" => "SHA384WithRSA",
        "1.2.840.113549.1.1.13" => "SHA512WithRSA",
        "1.2.840.10045.4.3.2" => "ECDSAWithSHA256",
        "1.2.840.10045.4.3.3" => "ECDSAWithSHA384",
        "1.2.840.10045.4.3.4" => "ECDSAWithSHA512",
        "1.3.101.112" => "Ed25519",
        other => other,
    }
    .to_string()
}

/// Reads an issued certificate (the first `CERTIFICATE` block of `text`).
pub fn inspect_issued(text: &str) -> Result<Issued, String> {
    let der = block(text, &["CERTIFICATE"], "certificate")?;
    let (_, cert) = X509Certificate::from_der(&der)
        .map_err(|e| format!("the certificate does not parse ({e})"))?;
    let ski = cert
        .extensions()
        .iter()
        .find_map(|e| match e.parsed_extension() {
            ParsedExtension::SubjectKeyIdentifier(k) => Some(hex(k.0)),
            _ => None,
        });
    let time = |t: x509_parser::time::ASN1Time| {
        OffsetDateTime::from_unix_timestamp(t.timestamp()).unwrap_or(OffsetDateTime::UNIX_EPOCH)
    };
    Ok(Issued {
        subject: subject(cert.subject()),
        fingerprint_sha256: hex(&Sha256::digest(&der)),
        serial_number: cert.serial.to_string(),
        ski,
        signature: signature_name(&cert.signature_algorithm.algorithm.to_id_string()),
        not_before: time(cert.validity().not_before),
        not_after: time(cert.validity().not_after),
    })
}

/// `2033-02-20T23:18:00Z`: the dates this crate writes for `issued_on`/`expires_on`.
pub fn format_date(t: OffsetDateTime) -> String {
    crate::truststore::certs::format_date(t)
}

/// Reads `issued_on`/`expires_on`: RFC 3339, else a bare `YYYY-MM-DD` (midnight UTC);
/// `None` for anything else (the caller shows the raw text).
pub fn parse_date(s: &str) -> Option<OffsetDateTime> {
    use time::format_description::well_known::Rfc3339;
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Some(t);
    }
    let d = time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()?;
    Some(d.midnight().assume_utc())
}
