//! The local checks `complete-version` runs on a signed certificate before uploading it
//! (docs/reference/moks.md §3.9): pure functions over the PEM text and the version's record (§3.7),
//! the clock passed in, so that a certificate the API would refuse, or that would break the origin
//! connection, is caught with a precise reason and nothing is uploaded.
//!
//! Rules:
//! - a failure is one sentence naming the one thing wrong (which file, which certificate
//!   of the chain, which dates or keys); warnings are sentences too, and refuse nothing;
//! - on the files alone ([`check_files`], before any request): no private-key block; the
//!   certificate is exactly one X.509 certificate; it is valid now (notBefore ≤ now ≤
//!   notAfter); a trust chain runs leaf → intermediates → root in order: each certificate
//!   signed by the one after it (issuer name and signature), none of them twice nor the leaf
//!   itself, nothing after a self-signed root (the root may be left out);
//! - against the version ([`check_version`], after the list call that finds it): the key's
//!   algorithm and size are those the version states (`keyAlgorithm`, `keySizeInBytes` — bits
//!   in the reference's example, so bits or bytes are accepted — and `ellipticCurve`); the
//!   public key is the very key of the version's CSR; the subject CN is the CSR's;
//! - warnings: under [`WARN_DAYS`] days of validity left (days counted as a person reads
//!   them: rounded, so a certificate signed for 20 days is "valid for 20 more days"); an
//!   extended key usage that leaves out clientAuth (no extended key usage at all restricts
//!   nothing); no trust chain given for a certificate that is not self-signed; a certificate
//!   of the chain that expires before the certificate does;
//! - a failure says whether the API would refuse the same file ([`Failure::certain`]: the
//!   key is not the CSR's, the dates, the subject, a chain the model's rule finds unlinked
//!   in any order, a private key, several certificates; what the sandbox refuses after
//!   Akamai's guide, by the same rules in `moks_model::moks::upload`), so that the way
//!   around the checks is offered only where they could be wrong (a parse, the chain's
//!   order, the key's stated size, a CSR moks cannot read).

use moks_model::common::{names, pem as pem_text};
use moks_model::moks::upload::{self, date, self_signed, signed_by, Invalid};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use x509_parser::certificate::X509Certificate;

pub mod shape;
mod version;

pub use version::check_version;

/// The rules are the model's (`moks_model::moks::upload`), which the sandbox's server checks
/// share; this module words them as the README does.
pub use moks_model::moks::upload::{days_rounded, WARN_DAYS};

/// A local check that failed: why, and whether the API would refuse the same certificate
/// (then skipping the checks is no way around it, and is not offered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub why: String,
    pub certain: bool,
}

/// A failure the API would share (the default, through `?` on a `String`).
impl From<String> for Failure {
    fn from(why: String) -> Failure {
        Failure { why, certain: true }
    }
}

impl std::ops::Deref for Failure {
    type Target = str;
    fn deref(&self) -> &str {
        &self.why
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.why)
    }
}

impl PartialEq<&str> for Failure {
    fn eq(&self, other: &&str) -> bool {
        self.why == *other
    }
}

/// A failure where the local reading could be wrong (the API may accept the certificate).
fn doubtful(why: String) -> Failure {
    Failure {
        why,
        certain: false,
    }
}

/// Where the certificate and its chain came from, as messages name them: `--certificate-file`
/// and `--trust-chain-file`, or `"certificate" in --body` and `"trustChain" in --body`.
pub struct Sources {
    pub certificate: String,
    pub chain: String,
}

/// Whether `text` holds a private-key block (`-----BEGIN … PRIVATE KEY-----`).
pub fn holds_private_key(text: &str) -> bool {
    pem_text::holds_private_key(text)
}

/// The DER of every PEM block of `text` labelled CERTIFICATE; any other block, or none, is
/// refused with a reason.
fn certificates(text: &str, source: &str) -> Result<Vec<Vec<u8>>, String> {
    let mut ders = Vec::new();
    for block in pem_text::split_pem(text) {
        if block.label != "CERTIFICATE" {
            return Err(format!(
                "{source} holds a '{}' block; only CERTIFICATE blocks belong there",
                block.label
            ));
        }
        let der = block.der.map_err(|e| {
            format!(
                "{source} is not valid PEM (block at line {}: {e})",
                block.line
            )
        })?;
        ders.push(der);
    }
    if ders.is_empty() {
        return Err(format!("{source} holds no CERTIFICATE block"));
    }
    Ok(ders)
}

fn parse<'a>(der: &'a [u8], what: &str) -> Result<X509Certificate<'a>, Failure> {
    shape::certificate_shaped(der).map_err(|why| format!("{what}: {why}"))?;
    x509_parser::parse_x509_certificate(der)
        .map(|(_, c)| c)
        .map_err(|e| doubtful(format!("{what} does not parse as X.509 ({e})")))
}

fn show_date(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_else(|_| t.to_string())
}

/// A certificate for messages: `certificate 2 (CN=Example CA, O=Example)`.
fn named(index: usize, cert: &X509Certificate<'_>) -> String {
    format!(
        "certificate {} ({})",
        index + 1,
        names::display(cert.subject())
    )
}

/// The checks on the certificate and the chain alone (see the module's rules); the
/// warnings when they pass.
pub fn check_files(
    certificate: &str,
    chain: Option<&str>,
    sources: &Sources,
    now: OffsetDateTime,
) -> Result<Vec<String>, Failure> {
    for (text, source) in [
        (Some(certificate), &sources.certificate),
        (chain, &sources.chain),
    ] {
        if text.is_some_and(holds_private_key) {
            return Err(format!(
                "{source} holds a private key: give only certificates (never upload a key)"
            )
            .into());
        }
    }
    let leaf_ders = certificates(certificate, &sources.certificate)?;
    if leaf_ders.len() > 1 {
        return Err(format!(
            "{} holds {} certificates: the upload takes the signed certificate alone; put the \
             certificates of its CA in {}",
            sources.certificate,
            leaf_ders.len(),
            sources.chain
        )
        .into());
    }
    let leaf = parse(
        &leaf_ders[0],
        &format!("the certificate in {}", sources.certificate),
    )?;
    match upload::validity(&leaf, now) {
        Err(Invalid::NotYetValid { not_before }) => {
            return Err(format!(
                "the certificate is not valid yet: its notBefore is {}",
                show_date(not_before)
            )
            .into())
        }
        Err(Invalid::Expired { not_after }) => {
            return Err(format!(
                "the certificate has expired: its notAfter is {}",
                show_date(not_after)
            )
            .into())
        }
        Ok(()) => {}
    }
    let chain_ders = match chain {
        Some(chain) => {
            let ders = certificates(chain, &sources.chain)?;
            check_chain(&leaf, &leaf_ders[0], &ders, &sources.chain)?;
            Some(ders)
        }
        None => None,
    };
    Ok(warnings(&leaf, chain_ders.as_deref(), sources, now))
}

/// The warnings on a certificate that passed: see the module's rules.
fn warnings(
    leaf: &X509Certificate<'_>,
    chain: Option<&[Vec<u8>]>,
    sources: &Sources,
    now: OffsetDateTime,
) -> Vec<String> {
    let mut warnings = Vec::new();
    let not_after = date(leaf.validity().not_after);
    if let Some(left) = upload::expires_soon(leaf, now) {
        warnings.push(format!(
            "the certificate is valid for {left} more day{} only (notAfter {}), under {WARN_DAYS}",
            if left == 1 { "" } else { "s" },
            show_date(not_after)
        ));
    }
    if !upload::client_auth(leaf) {
        warnings.push(
            "the certificate's extended key usage leaves out clientAuth (TLS client \
             authentication): an origin that checks it will refuse the certificate"
                .to_string(),
        );
    }
    match chain {
        None if !self_signed(leaf) => warnings.push(format!(
            "no {} given: the certificate is presented without the CA certificates that \
             signed it (its issuer is {}); an origin that does not hold that CA itself cannot \
             verify it",
            sources.chain,
            names::display(leaf.issuer())
        )),
        None => {}
        Some(ders) => {
            for (i, der) in ders.iter().enumerate() {
                let Ok((_, ca)) = x509_parser::parse_x509_certificate(der) else {
                    continue;
                };
                let ends = date(ca.validity().not_after);
                if ends < not_after {
                    warnings.push(format!(
                        "{} of {} expires on {}, {} days before the certificate (notAfter {}): \
                         from then on origins cannot verify the certificate through it",
                        named(i, &ca),
                        sources.chain,
                        show_date(ends),
                        days_rounded(not_after - ends),
                        show_date(not_after)
                    ));
                }
            }
        }
    }
    warnings
}

/// The chain `ders` (from `source`) runs from `leaf` upwards, in order, each certificate
/// once.
fn check_chain(
    leaf: &X509Certificate<'_>,
    leaf_der: &[u8],
    ders: &[Vec<u8>],
    source: &str,
) -> Result<(), Failure> {
    let mut chain = Vec::new();
    for (i, der) in ders.iter().enumerate() {
        chain.push(parse(der, &format!("certificate {} of {source}", i + 1))?);
    }
    // Certain when the API's rule (the model's, in any order) refuses the chain too.
    let api_refuses = upload::chain_links(leaf, &chain).is_err();
    let fault = |why: String| Failure {
        why,
        certain: api_refuses,
    };
    for (i, der) in ders.iter().enumerate() {
        if der.as_slice() == leaf_der {
            return Err(fault(format!(
                "the trust chain in {source} holds the signed certificate itself (certificate {})",
                i + 1
            )));
        }
        if let Some(j) = ders[..i].iter().position(|d| d == der) {
            return Err(fault(format!(
                "the trust chain in {source} holds the same certificate twice: certificates {} \
                 and {} ({})",
                j + 1,
                i + 1,
                names::display(chain[i].subject())
            )));
        }
    }
    let mut child = leaf;
    let mut child_name = "the certificate".to_string();
    for i in 0..chain.len() {
        if signed_by(child, &chain[i]) {
            child = &chain[i];
            child_name = named(i, child);
            continue;
        }
        if i > 0 && self_signed(child) {
            return Err(fault(format!(
                "the trust chain in {source} goes on past its root: {child_name} is \
                 self-signed, yet {} follows it",
                named(i, &chain[i])
            )));
        }
        if let Some(k) = (i + 1..chain.len()).find(|k| signed_by(child, &chain[*k])) {
            let place = match i {
                0 => "first".to_string(),
                _ => format!("right after it, in place of {}", named(i, &chain[i])),
            };
            return Err(fault(format!(
                "the trust chain in {source} is out of order: {child_name} was signed by {}, \
                 which must come {place}",
                named(k, &chain[k])
            )));
        }
        return Err(fault(format!(
            "the trust chain in {source} does not link: {child_name} was not signed by {} \
             nor by any certificate after it (its issuer is {})",
            named(i, &chain[i]),
            names::display(child.issuer())
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    };

    fn sources() -> Sources {
        Sources {
            certificate: "--certificate-file".into(),
            chain: "--trust-chain-file".into(),
        }
    }

    pub(super) fn now() -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    pub(super) fn params(cn: &str, days: i64) -> CertificateParams {
        let mut p = CertificateParams::default();
        p.distinguished_name.push(DnType::CommonName, cn);
        p.not_before = now() - time::Duration::days(1);
        p.not_after = now() + time::Duration::days(days);
        p
    }

    pub(super) struct Ca {
        pub(super) issuer: Issuer<'static, KeyPair>,
        pub(super) pem: String,
    }

    pub(super) fn ca(cn: &str, parent: Option<&Ca>) -> Ca {
        let mut p = params(cn, 3650);
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let key = KeyPair::generate().unwrap();
        let cert = match parent {
            Some(parent) => p.signed_by(&key, &parent.issuer).unwrap(),
            None => p.self_signed(&key).unwrap(),
        };
        Ca {
            pem: cert.pem(),
            issuer: Issuer::new(p, key),
        }
    }

    pub(super) fn leaf(
        key: &KeyPair,
        by: &Ca,
        edit: impl FnOnce(&mut CertificateParams),
    ) -> String {
        let mut p = params("leaf.example", 365);
        edit(&mut p);
        p.signed_by(key, &by.issuer).unwrap().pem()
    }

    #[test]
    fn a_chain_in_order_passes_and_every_other_order_is_named() {
        let root = ca("Root", None);
        let mid = ca("Mid", Some(&root));
        let key = KeyPair::generate().unwrap();
        let cert = leaf(&key, &mid, |_| {});
        let check = |chain: &[&str]| check_files(&cert, Some(&chain.concat()), &sources(), now());
        assert_eq!(check(&[&mid.pem, &root.pem]), Ok(vec![]));
        assert_eq!(check(&[&mid.pem]), Ok(vec![]), "the root may be left out");
        let e = check(&[&root.pem, &mid.pem]).unwrap_err();
        assert_eq!(
            e,
            "the trust chain in --trust-chain-file is out of order: the certificate was signed \
             by certificate 2 (CN=Mid), which must come first"
        );
        let e = check(&[&mid.pem, &mid.pem, &root.pem]).unwrap_err();
        assert!(
            e.contains("holds the same certificate twice: certificates 1 and 2 (CN=Mid)"),
            "{e}"
        );
        let e = check(&[&mid.pem, &cert, &root.pem]).unwrap_err();
        assert!(
            e.contains("holds the signed certificate itself (certificate 2)"),
            "{e}"
        );
        let e = check(&[&root.pem]).unwrap_err();
        assert!(
            e.contains("does not link: the certificate was not signed by certificate 1 (CN=Root)"),
            "{e}"
        );
        let other = ca("Other", None);
        let e = check(&[&mid.pem, &root.pem, &other.pem]).unwrap_err();
        assert!(
            e.contains("goes on past its root: certificate 2 (CN=Root) is self-signed, yet certificate 3 (CN=Other) follows it"),
            "{e}"
        );
        let top = ca("Top", None);
        let mid2 = ca("Mid2", Some(&top));
        let mid1 = ca("Mid1", Some(&mid2));
        let cert = leaf(&key, &mid1, |_| {});
        let e = check_files(
            &cert,
            Some(&[mid1.pem.as_str(), &top.pem, &mid2.pem].concat()),
            &sources(),
            now(),
        )
        .unwrap_err();
        assert!(
            e.contains("out of order: certificate 1 (CN=Mid1) was signed by certificate 3 (CN=Mid2), which must come right after it, in place of certificate 2 (CN=Top)"),
            "{e}"
        );
    }

    #[test]
    fn validity_dates_key_blocks_and_several_certificates_are_refused() {
        let root = ca("Root", None);
        let key = KeyPair::generate().unwrap();
        let expired = leaf(&key, &root, |p| {
            p.not_before = now() - time::Duration::days(10);
            p.not_after = now() - time::Duration::days(2);
        });
        let e = check_files(&expired, None, &sources(), now()).unwrap_err();
        assert!(
            e.starts_with("the certificate has expired: its notAfter is 20"),
            "{e}"
        );
        let early = leaf(&key, &root, |p| {
            p.not_before = now() + time::Duration::days(2)
        });
        let e = check_files(&early, None, &sources(), now()).unwrap_err();
        assert!(
            e.starts_with("the certificate is not valid yet: its notBefore is"),
            "{e}"
        );
        let good = leaf(&key, &root, |_| {});
        let with_key = format!("{good}{}", key.serialize_pem());
        assert_eq!(
            check_files(&with_key, None, &sources(), now()).unwrap_err(),
            "--certificate-file holds a private key: give only certificates (never upload a key)"
        );
        let e = check_files(&format!("{good}{}", root.pem), None, &sources(), now()).unwrap_err();
        assert!(
            e.starts_with("--certificate-file holds 2 certificates: the upload takes the signed certificate alone; put the certificates of its CA in --trust-chain-file"),
            "{e}"
        );
        assert!(holds_private_key("x\n-----BEGIN EC PRIVATE KEY-----\n"));
        assert!(!holds_private_key("-----BEGIN CERTIFICATE-----\n"));
    }

    #[test]
    fn short_validity_and_a_usage_without_client_auth_are_warnings() {
        let root = ca("Root", None);
        let key = KeyPair::generate().unwrap();
        let cert = leaf(&key, &root, |p| {
            p.not_after = now() + time::Duration::days(10);
            p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        });
        let w = check_files(&cert, Some(&root.pem), &sources(), now()).unwrap();
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].starts_with("the certificate is valid for 10 more days only"),
            "{w:?}"
        );
        assert!(w[1].contains("leaves out clientAuth"), "{w:?}");
        let client = leaf(&key, &root, |p| {
            p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        });
        assert_eq!(
            check_files(&client, Some(&root.pem), &sources(), now()),
            Ok(vec![])
        );
        // No chain for a certificate a CA signed; a chain that ends before the certificate.
        let w = check_files(&client, None, &sources(), now()).unwrap();
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].starts_with("no --trust-chain-file given: the certificate is presented without the CA certificates that signed it (its issuer is CN=Root)"),
            "{w:?}"
        );
        let mut short = params("Short", 30);
        short.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let short_key = KeyPair::generate().unwrap();
        let short_pem = short.self_signed(&short_key).unwrap().pem();
        let short = Issuer::new(short, short_key);
        let long = leaf(
            &key,
            &Ca {
                issuer: short,
                pem: short_pem.clone(),
            },
            |p| {
                p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
            },
        );
        let w = check_files(&long, Some(&short_pem), &sources(), now()).unwrap();
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].starts_with("certificate 1 (CN=Short) of --trust-chain-file expires on ")
                && w[0].contains(", 335 days before the certificate (notAfter "),
            "{w:?}"
        );
    }

    #[test]
    fn the_bypass_is_offered_only_where_the_checks_could_be_wrong() {
        let root = ca("Root", None);
        let mid = ca("Mid", Some(&root));
        let key = KeyPair::generate().unwrap();
        let cert = leaf(&key, &mid, |_| {});
        let expired = leaf(&key, &mid, |p| {
            p.not_before = now() - time::Duration::days(10);
            p.not_after = now() - time::Duration::days(2);
        });
        let check = |cert: &str, chain: &[&str]| {
            check_files(cert, Some(&chain.concat()), &sources(), now()).unwrap_err()
        };
        assert!(!check(&cert, &[&root.pem, &mid.pem]).certain, "order");
        assert!(check(&cert, &[&root.pem]).certain, "does not link");
        assert!(check(&expired, &[&mid.pem]).certain, "expired");
        let disguised = pem::encode(&pem::Pem::new("CERTIFICATE", key.serialize_der()));
        let e = check_files(&disguised, None, &sources(), now()).unwrap_err();
        assert!(e.certain);
        assert_eq!(
            e,
            "the certificate in --certificate-file: it holds a private key under a CERTIFICATE \
             label (a key is never sent)"
        );
    }
}
