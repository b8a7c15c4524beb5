//! Reading certificates back: PEM blocks and the facts the API reports.

use super::*;

/// `der` as a PEM block with LF line endings.
pub(super) fn pem_encode(label: &str, der: &[u8]) -> String {
    pem::encode_config(
        &pem::Pem::new(label, der.to_vec()),
        pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
    )
}

/// The first `wanted` block of `text` (the model's one PEM reader), or why there is none.
pub(super) fn first_pem(text: &str, wanted: &str) -> Result<Vec<u8>, String> {
    pem_text::first(text, wanted).map_err(|e| match e {
        FirstError::PrivateKey => "it holds a private key; never upload a private key".into(),
        FirstError::Malformed(why) => format!("the PEM data is malformed ({why})"),
        FirstError::Missing => format!("it holds no {wanted} PEM block"),
        FirstError::NoPem => format!("it is not PEM (expected -----BEGIN {wanted}-----)"),
    })
}

/// The common name of a certificate's issuer, else the whole issuer name.
pub(super) fn issuer_name(cert: &x509_parser::certificate::X509Certificate<'_>) -> String {
    cert.issuer()
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .map(str::to_string)
        .unwrap_or_else(|| cert.issuer().to_string())
}

/// The API's name of a signature algorithm (`SHA256_WITH_RSA`, …), else its dotted OID.
pub(super) fn signature_algorithm_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.5" => "SHA1_WITH_RSA",
        "1.2.840.113549.1.1.11" => "SHA256_WITH_RSA",
        "1.2.840.113549.1.1.12" => "SHA384_WITH_RSA",
        "1.2.840.113549.1.1.13" => "SHA512_WITH_RSA",
        "1.2.840.113549.1.1.10" => "RSASSA_PSS",
        "1.2.840.10045.4.3.2" => "SHA256_WITH_ECDSA",
        "1.2.840.10045.4.3.3" => "SHA384_WITH_ECDSA",
        "1.2.840.10045.4.3.4" => "SHA512_WITH_ECDSA",
        "1.3.101.112" => "ED25519",
        other => return other.to_string(),
    }
    .to_string()
}

/// What the API reports about a certificate, read from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub subject: String,
    pub issuer: String,
    pub signature_algorithm: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
}

pub(super) fn facts_of(cert: &x509_parser::certificate::X509Certificate<'_>) -> Facts {
    Facts {
        subject: names::slash_form(cert.subject()),
        issuer: issuer_name(cert),
        signature_algorithm: signature_algorithm_name(
            &cert.signature_algorithm.algorithm.to_id_string(),
        ),
        not_before: upload::date(cert.validity().not_before),
        not_after: upload::date(cert.validity().not_after),
    }
}

/// The facts of the first certificate of a PEM text.
pub fn facts(pem: &str) -> Result<Facts, String> {
    let der = first_pem(pem, "CERTIFICATE")?;
    let (_, cert) = x509_parser::parse_x509_certificate(&der)
        .map_err(|e| format!("the certificate does not parse ({e})"))?;
    Ok(facts_of(&cert))
}
