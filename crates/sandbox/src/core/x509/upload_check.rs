//! The checks run on an uploaded signed certificate, and their findings.

use super::*;

/// One validation finding, as the API's `validation` entries carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The request field it is about: `certificate` or `trustChain`.
    pub field: &'static str,
    /// The entry's `type`.
    pub kind: &'static str,
    pub message: String,
    pub reason: String,
}

/// The facts about an upload that parsed and belongs to this version.
#[derive(Debug, Clone)]
pub struct Uploaded {
    pub certificate_pem: String,
    pub subject: String,
    pub issuer: String,
    pub signature_algorithm: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// Findings that refuse the upload.
    pub errors: Vec<Finding>,
    /// Findings that refuse it unless acknowledged.
    pub warnings: Vec<Finding>,
}

pub(super) fn finding(
    field: &'static str,
    kind: &'static str,
    message: String,
    reason: &str,
) -> Finding {
    Finding {
        field,
        kind,
        message,
        reason: reason.to_string(),
    }
}

/// The checks run on an uploaded signed certificate. `Err` (the upload is refused as "not
/// acceptable") when it is not PEM, does not parse, is for another key than the CSR's, or
/// is not valid now; otherwise the facts and the findings.
pub fn check_upload(
    cert_pem: &str,
    csr_pem: &str,
    trust_chain: Option<&str>,
    now: OffsetDateTime,
) -> Result<Uploaded, String> {
    let der = first_pem(cert_pem, "CERTIFICATE")?;
    let (_, cert) = x509_parser::parse_x509_certificate(&der)
        .map_err(|e| format!("the certificate does not parse ({e})"))?;
    let csr_der = first_pem(csr_pem, "CERTIFICATE REQUEST")?;
    let (_, csr) = x509_parser::certification_request::X509CertificationRequest::from_der(&csr_der)
        .map_err(|e| format!("the CSR does not parse ({e})"))?;
    if !upload::key_matches_csr(&cert, &csr) {
        return Err("its public key does not match the key of this version's CSR".into());
    }
    let f = facts_of(&cert);
    match upload::validity(&cert, now) {
        Err(Invalid::NotYetValid { not_before }) => {
            return Err(format!(
                "it is not valid yet (notBefore {})",
                super::super::store::fmt_date(not_before)
            ))
        }
        Err(Invalid::Expired { not_after }) => {
            return Err(format!(
                "it has expired (notAfter {})",
                super::super::store::fmt_date(not_after)
            ))
        }
        Ok(()) => {}
    }
    let (errors, warnings) = findings(&cert, &csr, &f, trust_chain, now);
    Ok(Uploaded {
        certificate_pem: pem_encode("CERTIFICATE", &der),
        subject: f.subject,
        issuer: f.issuer,
        signature_algorithm: f.signature_algorithm,
        not_before: f.not_before,
        not_after: f.not_after,
        errors,
        warnings,
    })
}

/// The API's `validation` entries on a certificate that parsed, is for this version's key
/// and is valid now: errors, then warnings (the rules are the model's `moks::upload`).
pub(super) fn findings(
    cert: &X509Certificate<'_>,
    csr: &X509CertificationRequest<'_>,
    f: &Facts,
    trust_chain: Option<&str>,
    now: OffsetDateTime,
) -> (Vec<Finding>, Vec<Finding>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    if !upload::subject_matches_csr(cert, csr) {
        errors.push(finding(
            "certificate",
            "SUBJECT_MISMATCH",
            format!(
                "The certificate's subject {} is not the subject of this version's CSR, {}.",
                f.subject,
                names::slash_form(&csr.certification_request_info.subject)
            ),
            "The signed certificate must carry the subject of the CSR it was made from.",
        ));
    }
    if let Some(chain) = trust_chain {
        if let Err(why) = chain_links(cert, chain) {
            errors.push(finding(
                "trustChain",
                "TRUST_CHAIN_INVALID",
                format!("The trust chain does not link the certificate: {why}."),
                "Each certificate of the trust chain must have signed the one before it, starting with the uploaded certificate.",
            ));
        }
    }
    if !upload::client_auth(cert) {
        warnings.push(finding(
            "certificate",
            "NO_CLIENT_AUTH_USAGE",
            "The certificate's extended key usage does not include clientAuth (TLS Web Client Authentication).".into(),
            "An origin that checks key usage refuses a client certificate without clientAuth.",
        ));
    }
    if upload::expires_soon(cert, now).is_some() {
        warnings.push(finding(
            "certificate",
            "CERTIFICATE_EXPIRES_SOON",
            format!(
                "The certificate expires on {}, less than {WARN_DAYS} days from now.",
                super::super::store::fmt_date(f.not_after)
            ),
            &format!("The certificate is valid for less than {WARN_DAYS} more days."),
        ));
    }
    (errors, warnings)
}

/// Whether the chain links `leaf` (the model's rule), worded as the API's message.
pub(super) fn chain_links(leaf: &X509Certificate<'_>, chain_pem: &str) -> Result<(), String> {
    let mut ders = Vec::new();
    for block in pem_text::split_pem(chain_pem) {
        ders.push(
            block
                .der
                .map_err(|e| format!("the PEM data is malformed ({e})"))?,
        );
    }
    let mut certs = Vec::new();
    for (i, der) in ders.iter().enumerate() {
        let (_, c) = x509_parser::parse_x509_certificate(der)
            .map_err(|e| format!("certificate {} does not parse ({e})", i + 1))?;
        certs.push(c);
    }
    upload::chain_links(leaf, &certs).map_err(|e| match e {
        Unlinked::NoSigner => format!(
            "no certificate in it signed the uploaded one (its issuer is {})",
            names::slash_form(leaf.issuer())
        ),
        Unlinked::OffPath(i) => format!(
            "certificate {} of the chain ({}) is not on the path from the uploaded certificate",
            i + 1,
            names::slash_form(certs[i].subject())
        ),
    })
}

/// Checks that every block of a trust chain is a parseable certificate.
pub fn check_chain(chain_pem: &str) -> Result<(), String> {
    let mut n = 0;
    for block in pem_text::split_pem(chain_pem) {
        let der = block
            .der
            .map_err(|e| format!("the PEM data is malformed ({e})"))?;
        if block.label != "CERTIFICATE" {
            return Err(format!(
                "it holds a {} block; only certificates belong in a chain",
                block.label
            ));
        }
        x509_parser::parse_x509_certificate(&der)
            .map_err(|e| format!("certificate {} does not parse ({e})", n + 1))?;
        n += 1;
    }
    if n == 0 {
        return Err("it holds no PEM certificate".into());
    }
    Ok(())
}
