//! Sections (§) are those of docs/reference/truststore.md.
use serde_json::json;
use time::OffsetDateTime;

use super::certs::{self, Hash, Key, Problem};
use super::*;
use crate::{ApiEnum, Checked};
use moks_testkit::pki::{self, Spec, RSA1024_CA_PEM, SHA1_CA_PEM};

fn one(pem: &str) -> Result<certs::Inspected, Problem> {
    let blocks = certs::split_pem(pem);
    assert_eq!(blocks.len(), 1, "{pem}");
    certs::inspect(&blocks[0])
}

fn problems(pem: &str, sha1: bool) -> Vec<Problem> {
    one(pem).unwrap().problems(OffsetDateTime::now_utc(), sha1)
}

#[test]
fn a_root_and_an_intermediate_pass() {
    let root = pki::make_root(&Spec::ca("Root"));
    let inter = root.sign(&Spec::ca("Intermediate"));
    let r = one(&root.pem).unwrap();
    assert!(r.is_ca && r.self_signed);
    assert_eq!(r.subject, "O=moks tests, CN=Root");
    assert_eq!(r.signature_algorithm, "SHA256WITHECDSA");
    assert_eq!(r.key, Key::Ec { bits: 256 });
    assert_eq!(r.fingerprint.len(), 64);
    assert!(r.serial_number.bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(problems(&root.pem, false), vec![]);
    let i = one(&inter.pem).unwrap();
    assert!(i.is_ca && !i.self_signed);
    assert_eq!(i.issuer, "O=moks tests, CN=Root");
    assert_eq!(problems(&inter.pem, false), vec![]);
}

#[test]
fn each_rule_refuses_what_it_names() {
    let leaf = pki::make_root(&Spec::leaf("leaf.example.com"));
    assert_eq!(problems(&leaf.pem, false), vec![Problem::NotCa]);
    let expired = pki::make_root(&Spec::ca("Old").valid(-400, -2));
    assert!(matches!(
        problems(&expired.pem, false)[..],
        [Problem::Expired { .. }]
    ));
    let future = pki::make_root(&Spec::ca("Future").valid(2, 400));
    assert!(matches!(
        problems(&future.pem, false)[..],
        [Problem::NotYetValid { .. }]
    ));
    let sha1 = one(SHA1_CA_PEM).unwrap();
    assert_eq!(sha1.hash, Hash::Sha1);
    assert_eq!(sha1.signature_algorithm, "SHA1WITHRSA");
    assert_eq!(
        problems(SHA1_CA_PEM, false),
        vec![Problem::InsecureSha1 {
            algorithm: "SHA1WITHRSA".into()
        }]
    );
    assert_eq!(problems(SHA1_CA_PEM, true), vec![]);
    assert_eq!(
        problems(RSA1024_CA_PEM, false),
        vec![Problem::SmallKey {
            key: Key::Rsa { bits: 1024 }
        }]
    );
}

#[test]
fn every_problem_of_a_certificate_is_reported_in_order() {
    let old_leaf = pki::make_root(&Spec::leaf("x").valid(-30, -1));
    let p = problems(&old_leaf.pem, false);
    assert_eq!(p.len(), 2);
    assert_eq!(p[0], Problem::NotCa);
    assert!(matches!(p[1], Problem::Expired { .. }));
}

#[test]
fn keys_csrs_and_junk_are_refused_by_name() {
    let ca = pki::make_root(&Spec::ca("A"));
    let blocks = certs::split_pem(&ca.key_pem);
    assert_eq!(
        certs::inspect(&blocks[0]).unwrap_err(),
        Problem::PrivateKey {
            label: "PRIVATE KEY".into()
        }
    );
    let csr = "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n";
    assert_eq!(
        certs::inspect(&certs::split_pem(csr)[0]).unwrap_err(),
        Problem::Csr
    );
    let junk = "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n";
    assert!(matches!(
        certs::inspect(&certs::split_pem(junk)[0]).unwrap_err(),
        Problem::Malformed(_)
    ));
    let garbage = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    assert!(matches!(
        certs::inspect(&certs::split_pem(garbage)[0]).unwrap_err(),
        Problem::Malformed(_)
    ));
    assert!(certs::split_pem("no pem here").is_empty());
    let open = certs::split_pem("-----BEGIN CERTIFICATE-----\nAAAA\n");
    assert!(open[0].der.is_err());
}

#[test]
fn bundles_split_with_lines_and_single_line_pem_reads() {
    let a = pki::make_root(&Spec::ca("A"));
    let b = pki::make_root(&Spec::ca("B"));
    let bundle = format!("# a comment\n{}\n{}", a.pem, b.pem);
    let blocks = certs::split_pem(&bundle);
    assert_eq!(blocks.len(), 2);
    assert_eq!(blocks[0].line, 2);
    assert_eq!(blocks[1].line, 2 + a.pem.lines().count() + 1);
    // PowerShell strips every line break.
    let flat: String = a.pem.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    let got = one(&flat).unwrap();
    assert_eq!(got.fingerprint, one(&a.pem).unwrap().fingerprint);
    // Sent again with `\n` line breaks, 64 columns.
    assert_eq!(got.pem().replace("\r\n", "\n"), a.pem.replace("\r\n", "\n"));
}

#[test]
fn splitting_never_panics_on_odd_text() {
    for text in [
        "-----BEGIN ",
        "-----BEGIN -----",
        "-----BEGIN X----------END X-----",
        "é-----BEGIN CERTIFICATE-----é-----END CERTIFICATE-----é",
        "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----",
    ] {
        let _ = certs::split_pem(text)
            .iter()
            .map(certs::inspect)
            .collect::<Vec<_>>();
    }
}

#[test]
fn version_bodies_are_checked() {
    let ok = json!({"certificates": [{"certificatePem": "-----BEGIN CERTIFICATE-----"}]});
    let body: Checked<VersionBody> = Checked::new(ok.as_object().unwrap().clone()).unwrap();
    assert!(!body.allow_insecure_sha1);
    for bad in [
        json!({}),
        json!({"certificates": []}),
        json!({"certificates": [{"certificatePem": ""}]}),
        json!({"certificates": [{"certificatePem": "x", "description": ""}]}),
        json!({"allowInsecureSha1": "yes", "certificates": [{"certificatePem": "x"}]}),
        json!({"description": "", "certificates": [{"certificatePem": "x"}]}),
    ] {
        assert!(
            Checked::<VersionBody>::new(bad.as_object().unwrap().clone()).is_err(),
            "{bad}"
        );
    }
    let many: Vec<_> = (0..301).map(|_| json!({"certificatePem": "x"})).collect();
    let errs =
        Checked::<VersionBody>::new(json!({"certificates": many}).as_object().unwrap().clone())
            .unwrap_err();
    assert!(errs[0].to_string().contains("1 to 300"), "{}", errs[0]);
}

#[test]
fn ca_set_bodies_and_networks_are_checked() {
    assert!(Checked::<CreateCaSet>::new(
        json!({"caSetName": "my-set"}).as_object().unwrap().clone()
    )
    .is_ok());
    assert!(Checked::<CreateCaSet>::new(
        json!({"caSetName": "my set"}).as_object().unwrap().clone()
    )
    .is_err());
    assert!(
        Checked::<Activate>::new(json!({"network": "STAGING"}).as_object().unwrap().clone())
            .is_ok()
    );
    // Lower-case was an early Go bug (§13); the body takes the upper-case values only.
    assert!(
        Checked::<Activate>::new(json!({"network": "staging"}).as_object().unwrap().clone())
            .is_err()
    );
    assert_eq!(Network::known().len(), 2);
}

#[test]
fn answers_read_leniently_and_slugs_match_old_and_new_types() {
    let v: Version = serde_json::from_value(json!({
        "caSetId": "123", "version": 1, "stagingStatus": "PENDING",
        "productionStatus": "SOMETHING_NEW", "certificates": [{"subject": "CN=x"}],
        "validation": {"warnings": [{"type": "/mtls-edge-truststore/error-types/duplicate-certificate", "pointer": "/certificates/1"}]}
    }))
    .unwrap();
    assert_eq!(v.staging_status, Some(NetworkStatus::Pending));
    assert_eq!(
        v.production_status,
        Some(NetworkStatus::Other("SOMETHING_NEW".into()))
    );
    let w = &v.validation.unwrap().warnings.unwrap()[0];
    assert_eq!(
        error_slug(w.r#type.as_deref().unwrap()),
        "duplicate-certificate"
    );
    assert_eq!(
        error_slug("/mtls-edge-truststore/v2/error-types/ca-set-not-found/abc123"),
        "ca-set-not-found"
    );
    assert_eq!(
        error_slug("/mtls-edge-truststore/error-types/account-rate-limit-exceeded?traceId=-1"),
        "account-rate-limit-exceeded"
    );
    assert_eq!(error_slug("internal_error"), "internal_error");
    let s: CaSet = serde_json::from_value(json!({"caSetId": 7, "caSetName": "x"})).unwrap();
    assert_eq!(
        s.ca_set_id.as_deref(),
        Some("7"),
        "caSetId is a string; a number (older servers) reads as its digits"
    );
}
