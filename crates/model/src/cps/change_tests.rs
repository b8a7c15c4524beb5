//! Changes, their info payloads and update bodies, read from Akamai's examples.

use serde_json::{json, Value};

use super::bodies::{parse_timestamp, ScheduleBody};
use super::change::{Csrs, LooseBool, Status, Warnings};
use super::deployment::Deployments;
use super::dv::DvChallenges;
use super::history::{ActiveCertificates, CertificateHistory, ChangeHistory, DvHistory, Problem};
use super::tests::fixture;
use super::*;
use crate::{ApiEnum, Checked};

fn change(state: &str, status: &str, error: Value, inputs: Value) -> ChangeStatus {
    serde_json::from_value(json!({
        "statusInfo": {"state": state, "status": status, "description": "d", "error": error},
        "allowedInput": inputs
    }))
    .unwrap()
}

fn input(kind: &str, required: bool) -> Value {
    json!({"type": kind, "requiredToProceed": required, "info": format!("/cps/v2/enrollments/1/changes/2/input/info/{kind}"), "update": "/x/update/y"})
}

#[test]
fn the_next_step_of_a_change() {
    let c: ChangeStatus = serde_json::from_value(fixture("change")).unwrap();
    let NextStep::Input { input: i, required } = next_step(&c) else {
        panic!("{:?}", next_step(&c))
    };
    assert!(required);
    assert_eq!(i.r#type, Some(InputKind::ThirdPartyCertificate));
    assert_eq!(
        (i.info_segment(), i.update_segment()),
        (
            Some("third-party-csr"),
            Some("third-party-cert-and-trust-chain")
        )
    );
    assert_eq!(
        c.status_info.unwrap().status,
        Some(Status::WaitUploadThirdParty)
    );
}

#[test]
fn a_required_input_comes_before_an_optional_one() {
    let both = change(
        "awaiting-input",
        "x",
        Value::Null,
        json!([
            input("optional-one", false),
            input("change-management", true)
        ]),
    );
    assert!(
        matches!(next_step(&both), NextStep::Input { input, required: true } if input.r#type == Some(InputKind::ChangeManagement))
    );
    let optional = change(
        "running",
        "coodinate-domain-validation",
        Value::Null,
        json!([input("lets-encrypt-challenges", false)]),
    );
    assert!(matches!(
        next_step(&optional),
        NextStep::Input {
            required: false,
            ..
        }
    ));
    assert_eq!(
        Status::from_api("coodinate-domain-validation"),
        Status::CoodinateDomainValidation
    );
}

#[test]
fn errors_and_ends_come_before_inputs() {
    let failed = change(
        "error",
        "x",
        json!({"code": "E1", "description": "bad CSR", "timestamp": "t"}),
        json!([]),
    );
    assert_eq!(
        next_step(&failed),
        NextStep::Failed {
            code: Some("E1".into()),
            description: Some("bad CSR".into())
        }
    );
    let error_while_running = change(
        "running",
        "x",
        json!({"code": "E2", "description": "", "timestamp": "t"}),
        json!([input("change-management", true)]),
    );
    assert!(matches!(
        next_step(&error_while_running),
        NextStep::Failed { .. }
    ));
    assert_eq!(
        next_step(&change("completed", "complete", Value::Null, json!([]))),
        NextStep::Completed
    );
    assert_eq!(
        next_step(&change("running", "complete", Value::Null, json!([]))),
        NextStep::Completed
    );
    assert_eq!(
        next_step(&change("cancelled", "x", Value::Null, json!([]))),
        NextStep::Cancelled
    );
    assert!(matches!(
        next_step(&change("suspended", "x", Value::Null, json!([]))),
        NextStep::Suspended { .. }
    ));
    assert_eq!(
        next_step(&change(
            "running",
            "deploy-cert-to-staging",
            Value::Null,
            json!([])
        )),
        NextStep::InProgress {
            status: Some("deploy-cert-to-staging".into())
        }
    );
    assert!(matches!(
        next_step(&ChangeStatus::default()),
        NextStep::InProgress { status: None }
    ));
}

#[test]
fn info_payloads_read_the_examples() {
    let w: Warnings = serde_json::from_value(fixture("warnings")).unwrap();
    let lines = w.lines();
    assert_eq!(
        lines[0],
        "The trust chain terminates with a non-standard root certificate."
    );
    assert!(lines.iter().all(|l| !l.is_empty() && *l != "[WARNINGS]"));

    let cm: change::ChangeManagementInfo = serde_json::from_value(fixture("cm")).unwrap();
    assert_eq!(
        cm.validation_result_hash.as_deref(),
        Some("da39a3ee5e6b4b0d3255bfef95601890afd80709")
    );
    assert!(!cm.has_errors());
    let state = cm.pending_state.unwrap();
    assert_eq!(
        state.pending_certificates.unwrap()[0].key_algorithm,
        Some(KeyAlgorithm::Rsa)
    );
    assert_eq!(
        state.pending_network_configuration.unwrap().sni_only,
        Some(LooseBool(false))
    );
    let go: change::PendingNetworkConfiguration =
        serde_json::from_value(json!({"sniOnly": "true", "quicEnabled": "False"})).unwrap();
    assert_eq!(
        (go.sni_only, go.quic_enabled),
        (Some(LooseBool(true)), Some(LooseBool(false)))
    );

    let csrs: Csrs = serde_json::from_value(fixture("csr")).unwrap();
    let entries = csrs.entries();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].0, Some(KeyAlgorithm::Rsa));
    assert!(entries[0]
        .1
        .starts_with("-----BEGIN CERTIFICATE REQUEST-----"));
    let v1: Csrs = serde_json::from_value(json!({"csr": "PEM"})).unwrap();
    assert_eq!(v1.entries(), vec![(None, "PEM")]);

    let d: Deployments = serde_json::from_value(fixture("deployments")).unwrap();
    let prod = d.production.unwrap();
    assert!(!prod.certificates().is_empty());
    assert!(prod.earliest_expiry().is_some());
}

#[test]
fn challenges_become_rows_files_and_zone_lines() {
    let dv: DvChallenges = serde_json::from_value(fixture("dv")).unwrap();
    let rows = dv.rows(true);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0].location,
        "/.well-known/acme-challenge/abcdefghijklmno-123453q5Dr6TU8ViHSDSf-c9Iyg"
    );
    assert_eq!(rows[1].location, "_acme-challenge.www.cps-example-dv.com.");
    let chs = dv.dv.as_ref().unwrap()[0].challenges.clone().unwrap();
    let (file, body) = chs[0].webroot_file().unwrap();
    assert_eq!(
        file,
        ".well-known/acme-challenge/abcdefghijklmno-123453q5Dr6TU8ViHSDSf-c9Iyg"
    );
    assert!(body.starts_with("AAA-dvq"));
    assert_eq!(chs[0].zone_line(), None);
    assert_eq!(chs[1].zone_line().unwrap(), "_acme-challenge.www.cps-example-dv.com. 300 IN TXT \"0yVISDJjpXR7BXzR5QgfA51tt-I6aKremGnPwK_lvH4\"");
    assert_eq!(chs[1].webroot_file(), None);

    let hostile: DvChallenges = serde_json::from_value(json!({"dv": [{"domain": "a", "validationStatus": "validated", "challenges": [
        {"type": "http-01", "status": "Pending", "fullPath": "http://a/.well-known/acme-challenge/../../etc/passwd", "responseBody": "x"},
        {"type": "http-01", "status": "Pending", "fullPath": "http://a/.well-known/acme-challenge/tok", "responseBody": "x\ny"},
        {"type": "dns-01", "status": "pending", "fullPath": "_acme.a.\nevil", "responseBody": "v"},
        {"type": "dns-01", "status": "pending", "fullPath": "_acme.a.", "responseBody": "v\" ; x"}
    ]}]})).unwrap();
    let chs = hostile.dv.as_ref().unwrap()[0].challenges.clone().unwrap();
    assert!(chs
        .iter()
        .all(|c| c.webroot_file().is_none() && c.zone_line().is_none()));
    assert!(
        hostile.rows(true).is_empty(),
        "a validated domain has nothing left to publish"
    );
    assert_eq!(hostile.rows(false).len(), 4);
}

#[test]
fn update_bodies_are_built_and_checked() {
    let ack = Acknowledgement::new(Ack::Acknowledge);
    assert_eq!(
        serde_json::to_value(&ack).unwrap(),
        json!({"acknowledgement": "acknowledge"})
    );
    assert_eq!(ack.entity(), Entity::Acknowledgement);
    let cm = Acknowledgement::with_hash(Ack::Deny, "abc");
    assert_eq!(
        serde_json::to_value(&cm).unwrap(),
        json!({"acknowledgement": "deny", "hash": "abc"})
    );
    assert_eq!(cm.entity(), Entity::AcknowledgementWithHash);
    let obj = |v: Value| v.as_object().unwrap().clone();
    assert!(Checked::<Acknowledgement>::new(obj(json!({"acknowledgement": "deny"}))).is_ok());
    assert!(Checked::<Acknowledgement>::new(obj(json!({"acknowledgement": "yes"}))).is_err());
    assert!(
        Checked::<Acknowledgement>::new(obj(json!({"acknowledgement": "deny", "hash": ""})))
            .is_err()
    );

    let upload = Checked::<CertificatesAndTrustChains>::new(obj(fixture("upload"))).unwrap();
    assert_eq!(upload.certificates_and_trust_chains.len(), 2);
    for bad in [
        json!({}),
        json!({"certificatesAndTrustChains": []}),
        json!({"certificatesAndTrustChains": [{"certificate": "PEM", "keyAlgorithm": "DSA"}]}),
        json!({"certificatesAndTrustChains": [{"certificate": "", "keyAlgorithm": "RSA"}]}),
        json!({"certificatesAndTrustChains": [{"certificate": "P", "keyAlgorithm": "RSA", "trustChain": 1}]}),
        json!({"certificatesAndTrustChains": [{"certificate": "P", "keyAlgorithm": "RSA"}, {"certificate": "Q", "keyAlgorithm": "RSA"}]}),
    ] {
        assert!(
            Checked::<CertificatesAndTrustChains>::new(obj(bad.clone())).is_err(),
            "{bad}"
        );
    }
    let body = CertificatesAndTrustChains {
        certificates_and_trust_chains: vec![CertificateAndTrustChain {
            certificate: "P".into(),
            key_algorithm: KeyAlgorithm::Ecdsa,
            trust_chain: None,
        }],
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"certificatesAndTrustChains": [{"certificate": "P", "keyAlgorithm": "ECDSA"}]})
    );
}

#[test]
fn schedules_take_iso_timestamps_in_order() {
    let obj = |v: Value| v.as_object().unwrap().clone();
    assert!(Checked::<ScheduleBody>::new(obj(
        json!({"notBefore": "2017-05-19T16:00:00Z", "notAfter": "2017-05-20T16:00:00z"})
    ))
    .is_ok());
    assert!(Checked::<ScheduleBody>::new(obj(json!({"notAfter": "2017-05-19"}))).is_err());
    assert!(Checked::<ScheduleBody>::new(obj(
        json!({"notBefore": "2017-05-19T16:00:00Z", "notAfter": "2017-05-19T15:00:00+00:00"})
    ))
    .is_err());
    assert!(parse_timestamp("2021-09-12T14:16:59z").is_some());
}

#[test]
fn histories_active_certificates_and_problems_read_the_examples() {
    let certs: CertificateHistory = serde_json::from_value(fixture("certificate-history")).unwrap();
    let first = &certs.certificates.unwrap()[0];
    assert_eq!(first.deployment_status.as_deref(), Some("inactive"));
    assert_eq!(
        first.primary_certificate.as_ref().unwrap().key_algorithm,
        Some(KeyAlgorithm::Ecdsa)
    );
    let changes: ChangeHistory = serde_json::from_value(fixture("change-history")).unwrap();
    let renew = &changes.changes.unwrap()[0];
    assert_eq!(renew.action.as_deref(), Some("renew"));
    assert!(renew.primary_certificate.as_ref().unwrap().csr.is_some());
    let dv: DvHistory = serde_json::from_value(fixture("dv-history")).unwrap();
    assert_eq!(
        dv.domains()[0].domain.as_deref(),
        Some("www.cps-example-dv.com")
    );
    let by_schema: DvHistory =
        serde_json::from_value(json!({"results": [{"domain": "a"}]})).unwrap();
    assert_eq!(by_schema.domains().len(), 1);

    let active: ActiveCertificates =
        serde_json::from_value(fixture("active-certificates")).unwrap();
    let e = &active.enrollments.unwrap()[0];
    assert_eq!(e.id, Some(10000));
    let prod = e.production.as_ref().unwrap().certificates();
    assert!(prod[0].expiry.is_some() && prod[0].sha256_fingerprint.is_some());

    let p: Problem = serde_json::from_value(fixture("problem-409")).unwrap();
    assert_eq!(p.slug(), Some("cannot-cancel-pending-change"));
}
