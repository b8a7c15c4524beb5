//! The rules of a signed certificate uploaded to a THIRD_PARTY version (the API's
//! `POST …/versions/{versionId}/certificate-block`, `Complete-MOKSClientCertVersion` in the
//! PowerShell module), once: moks runs them before uploading (`complete-version`'s local
//! checks) and the sandbox runs them as the server. Each side words its own messages (moks
//! as its README does, the sandbox as the API does); what is checked and the thresholds
//! live here.
//!
//! Rules:
//! - the certificate's public key is the very key of the version's CSR
//!   ([`key_matches_csr`]), and its subject is the CSR's, attribute by attribute
//!   ([`subject_matches_csr`]);
//! - it is valid now: notBefore ≤ now ≤ notAfter ([`validity`]);
//! - under [`WARN_DAYS`] days of validity left is a warning, days counted as a person
//!   reads them: rounded, so a certificate signed for 20 days is "valid for 20 more days"
//!   ([`expires_soon`]);
//! - an extended key usage that leaves out clientAuth is a warning (no extended key usage
//!   at all restricts nothing; an unreadable one counts as leaving it out) ([`client_auth`]);
//! - a trust chain links ([`chain_links`]): from the certificate upwards, each certificate of
//!   the chain signed the one before (issuer name and signature, [`signed_by`]), in any
//!   order, each used once, up to a self-signed root or the chain's end; a certificate of
//!   the chain left off that path does not belong there.

use time::OffsetDateTime;
use x509_parser::certificate::X509Certificate;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::error::X509Error;

use crate::common::names;

/// Fewer days of validity left than this is a warning.
pub const WARN_DAYS: i64 = 30;

/// Whole days in `d`, rounded to the nearest, as a person counts what is left.
pub fn days_rounded(d: time::Duration) -> i64 {
    (d.whole_seconds() + 43_200).div_euclid(86_400)
}

/// An X.509 time as a date (the epoch for one out of range).
pub fn date(t: x509_parser::time::ASN1Time) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(t.timestamp()).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Why a certificate is not valid now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    NotYetValid { not_before: OffsetDateTime },
    Expired { not_after: OffsetDateTime },
}

/// Whether `cert` is valid at `now` (both ends included).
pub fn validity(cert: &X509Certificate<'_>, now: OffsetDateTime) -> Result<(), Invalid> {
    let not_before = date(cert.validity().not_before);
    let not_after = date(cert.validity().not_after);
    if now < not_before {
        Err(Invalid::NotYetValid { not_before })
    } else if now > not_after {
        Err(Invalid::Expired { not_after })
    } else {
        Ok(())
    }
}

/// The days left (rounded) when they are under [`WARN_DAYS`].
pub fn expires_soon(cert: &X509Certificate<'_>, now: OffsetDateTime) -> Option<i64> {
    let left = days_rounded(date(cert.validity().not_after) - now);
    (left < WARN_DAYS).then_some(left)
}

/// Whether the certificate may authenticate a TLS client (see the module's rules).
pub fn client_auth(cert: &X509Certificate<'_>) -> bool {
    match cert.extended_key_usage() {
        Ok(Some(eku)) => eku.value.client_auth || eku.value.any,
        Ok(None) => true,
        Err(_) => false,
    }
}

/// Whether the certificate's public key is the CSR's.
pub fn key_matches_csr(cert: &X509Certificate<'_>, csr: &X509CertificationRequest<'_>) -> bool {
    cert.public_key().raw == csr.certification_request_info.subject_pki.raw
}

/// Whether the certificate's subject is the CSR's, attribute by attribute.
pub fn subject_matches_csr(cert: &X509Certificate<'_>, csr: &X509CertificationRequest<'_>) -> bool {
    names::attributes(cert.subject()) == names::attributes(&csr.certification_request_info.subject)
}

/// Whether subject and issuer are the same name.
pub fn self_signed(cert: &X509Certificate<'_>) -> bool {
    names::same(cert.subject(), cert.issuer())
}

/// Whether `parent` signed `child`: the issuer name is the parent's subject and the
/// signature verifies with the parent's key (by names alone when the signature's algorithm
/// is one the verifier does not know).
pub fn signed_by(child: &X509Certificate<'_>, parent: &X509Certificate<'_>) -> bool {
    names::same(child.issuer(), parent.subject())
        && match child.verify_signature(Some(parent.public_key())) {
            Ok(()) => true,
            Err(X509Error::SignatureUnsupportedAlgorithm) => true,
            Err(_) => false,
        }
}

/// Why a trust chain does not link its certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlinked {
    /// No certificate of the chain signed the uploaded one.
    NoSigner,
    /// The chain's certificate at this 0-based index is not on the path.
    OffPath(usize),
}

/// Whether `chain` links `leaf` (see the module's rules).
pub fn chain_links(
    leaf: &X509Certificate<'_>,
    chain: &[X509Certificate<'_>],
) -> Result<(), Unlinked> {
    let mut used = vec![false; chain.len()];
    let mut current = leaf;
    loop {
        let next = chain
            .iter()
            .enumerate()
            .find(|(i, c)| !used[*i] && signed_by(current, c));
        match next {
            Some((i, c)) => {
                used[i] = true;
                current = c;
                if self_signed(c) {
                    break;
                }
            }
            None if std::ptr::eq(current, leaf) => return Err(Unlinked::NoSigner),
            None => break,
        }
    }
    match used.iter().position(|u| !u) {
        Some(i) => Err(Unlinked::OffPath(i)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    use x509_parser::prelude::FromDer;

    fn ca(
        cn: &str,
        parent: Option<&Issuer<'static, KeyPair>>,
    ) -> (Vec<u8>, Issuer<'static, KeyPair>) {
        let mut p = CertificateParams::default();
        p.distinguished_name.push(DnType::CommonName, cn);
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let key = KeyPair::generate().unwrap();
        let cert = match parent {
            Some(parent) => p.signed_by(&key, parent).unwrap(),
            None => p.self_signed(&key).unwrap(),
        };
        (cert.der().to_vec(), Issuer::new(p, key))
    }

    fn parsed(der: &[u8]) -> X509Certificate<'_> {
        X509Certificate::from_der(der).unwrap().1
    }

    #[test]
    fn a_chain_links_in_any_order_and_every_certificate_must_be_on_the_path() {
        let (root, root_issuer) = ca("Root", None);
        let (mid, mid_issuer) = ca("Mid", Some(&root_issuer));
        let (other, _) = ca("Other", None);
        let (leaf, _) = ca("Leaf", Some(&mid_issuer));
        let leaf = parsed(&leaf);
        let links = |ders: &[&Vec<u8>]| {
            let chain: Vec<_> = ders.iter().map(|d| parsed(d)).collect();
            chain_links(&leaf, &chain)
        };
        assert_eq!(links(&[&mid, &root]), Ok(()));
        assert_eq!(links(&[&root, &mid]), Ok(()), "any order");
        assert_eq!(links(&[&mid]), Ok(()), "the root may be left out");
        assert_eq!(links(&[&root]), Err(Unlinked::NoSigner));
        assert_eq!(links(&[&mid, &root, &other]), Err(Unlinked::OffPath(2)));
        assert_eq!(links(&[&mid, &mid]), Err(Unlinked::OffPath(1)), "each once");
    }

    #[test]
    fn days_left_are_rounded_before_the_threshold() {
        let d = |h: i64| time::Duration::hours(h);
        assert_eq!(days_rounded(d(29 * 24 + 11)), 29);
        assert_eq!(days_rounded(d(29 * 24 + 13)), WARN_DAYS);
        assert_eq!(days_rounded(d(-13)), -1);
    }
}
