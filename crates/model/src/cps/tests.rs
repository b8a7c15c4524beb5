//! The CPS model against Akamai's reference and its own examples (fixtures/).

use serde_json::{json, Value};

use super::bodies::{parse_timestamp, ScheduleBody};
use super::change::{Csrs, LooseBool, Status, Warnings};
use super::deployment::Deployments;
use super::dv::DvChallenges;
use super::enrollment::{classify_update, ChangeType, UpdateKind, READ_ONLY};
use super::media::{
    info_entities, input_type, media_type, parse_media_type, update_entities, Media,
};
use super::*;
use crate::{ApiEnum, Checked};

pub(super) fn fixture(name: &str) -> Value {
    let text = match name {
        "enrollment.v10" => include_str!("fixtures/enrollment.v10.json"),
        "enrollment.v11" => include_str!("fixtures/enrollment.v11.json"),
        "enrollment.v12" => include_str!("fixtures/enrollment.v12.json"),
        "create-enrollment.v9" => include_str!("fixtures/create-enrollment.v9.json"),
        "change" => include_str!("fixtures/change-wait-upload.json"),
        "csr" => include_str!("fixtures/csr.v2.json"),
        "dv" => include_str!("fixtures/dv-challenges.v2-sample.json"),
        "warnings" => include_str!("fixtures/warnings.v1-3p-post-verification.json"),
        "upload" => include_str!("fixtures/certificate-and-trust-chain.v2-3p.json"),
        "status" => include_str!("fixtures/enrollment-status.v1.json"),
        "cm" => include_str!("fixtures/change-management-info.v6-3p.json"),
        "deployments" => include_str!("fixtures/deployments.v8-3p.json"),
        other => panic!("no fixture {other}"),
    };
    serde_json::from_str(text).unwrap()
}

/// The reference's operation list: operationId, method, path, Accept, Content-Type
/// (`*` where the allowedInput type decides).
const REFERENCE: [(&str, &str, &str, &str, &str); 18] = [
    (
        "get-enrollments",
        "GET",
        "/enrollments",
        "enrollments.v12",
        "",
    ),
    (
        "post-enrollment",
        "POST",
        "/enrollments",
        "enrollment-status.v1",
        "enrollment.v12",
    ),
    (
        "get-enrollment",
        "GET",
        "/enrollments/{enrollmentId}",
        "enrollment.v12",
        "",
    ),
    (
        "put-enrollment",
        "PUT",
        "/enrollments/{enrollmentId}",
        "enrollment-status.v1",
        "enrollment.v12",
    ),
    (
        "delete-enrollment",
        "DELETE",
        "/enrollments/{enrollmentId}",
        "enrollment-status.v1",
        "",
    ),
    (
        "get-dv-history",
        "GET",
        "/enrollments/{enrollmentId}/dv-history",
        "dv-history.v1",
        "",
    ),
    (
        "get-history-certificates",
        "GET",
        "/enrollments/{enrollmentId}/history/certificates",
        "certificate-history.v2",
        "",
    ),
    (
        "get-history-changes",
        "GET",
        "/enrollments/{enrollmentId}/history/changes",
        "change-history.v5",
        "",
    ),
    (
        "get-deployments",
        "GET",
        "/enrollments/{enrollmentId}/deployments",
        "deployments.v8",
        "",
    ),
    (
        "get-deployments-production",
        "GET",
        "/enrollments/{enrollmentId}/deployments/production",
        "deployment.v8",
        "",
    ),
    (
        "get-deployment-staging",
        "GET",
        "/enrollments/{enrollmentId}/deployments/staging",
        "deployment.v8",
        "",
    ),
    (
        "get-change-deployment-schedule",
        "GET",
        "/enrollments/{enrollmentId}/changes/{changeId}/deployment-schedule",
        "deployment-schedule.v1",
        "",
    ),
    (
        "put-change-deployment-schedule",
        "PUT",
        "/enrollments/{enrollmentId}/changes/{changeId}/deployment-schedule",
        "change-id.v1",
        "deployment-schedule.v1",
    ),
    (
        "get-enrollment-change",
        "GET",
        "/enrollments/{enrollmentId}/changes/{changeId}",
        "change.v2",
        "",
    ),
    (
        "delete-enrollment-change",
        "DELETE",
        "/enrollments/{enrollmentId}/changes/{changeId}",
        "change-id.v1",
        "",
    ),
    (
        "get-change-allowed-input-param",
        "GET",
        "/enrollments/{enrollmentId}/changes/{changeId}/input/info/{allowedInputTypeParam}",
        "*",
        "",
    ),
    (
        "post-change-allowed-input-param",
        "POST",
        "/enrollments/{enrollmentId}/changes/{changeId}/input/update/{allowedInputTypeParam}",
        "change-id.v1",
        "*",
    ),
    (
        "get-active-certificates",
        "GET",
        "/active-certificates",
        "active-certificates.v2",
        "",
    ),
];

fn short(m: Option<Media>, versions: &MediaVersions) -> String {
    match m {
        None => String::new(),
        Some(Media::ByInputType) => "*".into(),
        Some(Media::Fixed(e)) => {
            let full = versions.media_type(e);
            full.trim_start_matches("application/vnd.akamai.cps.")
                .trim_end_matches("+json")
                .to_string()
        }
    }
}

#[test]
fn the_operation_table_is_the_reference_list() {
    let v = MediaVersions::default();
    for (op, want) in Operation::ALL.iter().zip(REFERENCE) {
        let s = op.spec();
        let got = (
            s.id,
            s.method,
            s.path,
            short(Some(s.accept), &v),
            short(s.content_type, &v),
        );
        assert_eq!(
            got,
            (
                want.0,
                want.1,
                want.2,
                want.3.to_string(),
                want.4.to_string()
            )
        );
    }
    let q = |o: Operation| o.spec().query;
    assert_eq!(q(Operation::ListEnrollments), ["contractId"]);
    assert!(q(Operation::CreateEnrollment).contains(&"allow-duplicate-cn"));
    assert_eq!(q(Operation::UpdateEnrollment).len(), 7);
    assert_eq!(
        q(Operation::RemoveEnrollment),
        [
            "allow-cancel-pending-changes",
            "deploy-not-after",
            "deploy-not-before"
        ]
    );
    assert_eq!(q(Operation::GetChangeHistory), ["includeAll"]);
}

#[test]
fn input_types_map_their_segments_to_media_types() {
    let reference = [
        (
            "third-party-csr",
            "csr.v2",
            "third-party-cert-and-trust-chain",
            "certificate-and-trust-chain.v2",
        ),
        (
            "lets-encrypt-challenges",
            "dv-challenges.v2",
            "lets-encrypt-challenges-completed",
            "acknowledgement.v1",
        ),
        (
            "pre-verification-warnings",
            "warnings.v1",
            "pre-verification-warnings-ack",
            "acknowledgement.v1",
        ),
        (
            "post-verification-warnings",
            "warnings.v1",
            "post-verification-warnings-ack",
            "acknowledgement.v1",
        ),
        (
            "change-management-info",
            "change-management-info.v6",
            "change-management-ack",
            "acknowledgement-with-hash.v1",
        ),
    ];
    let v = MediaVersions::default();
    for (info, accept, update, ct) in reference {
        assert_eq!(
            short(Some(Media::Fixed(info_entities(info)[0])), &v),
            accept
        );
        assert_eq!(
            short(Some(Media::Fixed(update_entities(update)[0])), &v),
            ct
        );
        assert_eq!(input_type(info).unwrap().update, update);
    }
    assert_eq!(
        info_entities("change-management-info")[1],
        Entity::Deployment
    );
    assert_eq!(
        update_entities("change-management-ack")[1],
        Entity::Acknowledgement
    );
    assert!(info_entities("something-new").is_empty());
    assert_eq!(
        input_type("third-party-certificate").unwrap().info,
        "third-party-csr"
    );
}

#[test]
fn entities_round_trip_and_send_a_version_the_spec_lists() {
    assert_eq!(Entity::all().count(), 19);
    for e in Entity::all() {
        assert_eq!(Entity::from_name(e.name()), Some(e));
        assert!(e.spec_versions().contains(&e.newest()), "{e}");
        assert_eq!(parse_media_type(&media_type(e, 3)), Some((e, 3)));
    }
    assert_eq!(
        parse_media_type("Application/VND.akamai.cps.enrollment.v11+json; charset=utf-8"),
        Some((Entity::Enrollment, 11))
    );
    for bad in [
        "application/json",
        "application/vnd.akamai.cps.nope.v1+json",
        "application/vnd.akamai.cps.csr.vx+json",
        "application/vnd.akamai.cps.csr.v+json",
        "application/vnd.akamai.cps.csr+json",
    ] {
        assert_eq!(parse_media_type(bad), None, "{bad}");
    }
}

#[test]
fn versions_are_overridden_per_entity() {
    let v: MediaVersions = "enrollment=v11, change=2,,".parse().unwrap();
    assert_eq!(v.version(Entity::Enrollment), 11);
    assert_eq!(v.version(Entity::Change), 2);
    assert_eq!(v.version(Entity::Deployment), 8);
    assert_eq!(
        v.media_type(Entity::Enrollment),
        "application/vnd.akamai.cps.enrollment.v11+json"
    );
    assert_eq!(v.overrides().count(), 2);
    assert_eq!(
        "".parse::<MediaVersions>().unwrap(),
        MediaVersions::default()
    );
    let err = "enrolment=v11".parse::<MediaVersions>().unwrap_err();
    assert!(
        err.contains("\"enrolment\"") && err.contains("enrollment, enrollments"),
        "{err}"
    );
    for bad in [
        "enrollment",
        "enrollment=v0",
        "enrollment=vx",
        "enrollment=v-1",
        "csr=v99999999999",
    ] {
        assert!(bad.parse::<MediaVersions>().is_err(), "{bad}");
    }
}

/// A value without its null members, recursively (a view leaves null fields out).
fn without_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k.clone(), without_nulls(x)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

#[test]
fn enrollments_read_every_example_and_write_back_what_they_read() {
    for name in [
        "enrollment.v10",
        "enrollment.v11",
        "enrollment.v12",
        "create-enrollment.v9",
    ] {
        let doc = fixture(name);
        let e: Enrollment = serde_json::from_value(doc.clone()).unwrap();
        if name != "create-enrollment.v9" {
            // (That example's pendingChanges are bare links, written back as objects.)
            assert_eq!(
                serde_json::to_value(&e).unwrap(),
                without_nulls(&doc),
                "{name}"
            );
        }
        assert_eq!(e.enrollment_id(), Some(10001), "{name}");
        assert_eq!(
            e.current_change().unwrap().change_id(),
            Some(10002),
            "{name}"
        );
    }
    let v12: Enrollment = serde_json::from_value(fixture("enrollment.v12")).unwrap();
    let v11: Enrollment = serde_json::from_value(fixture("enrollment.v11")).unwrap();
    assert_eq!(
        (v12.org_id(), v11.org_id()),
        (Some(645263546), Some(645263546))
    );
    let net = v12.network_configuration.as_ref().unwrap();
    assert_eq!(net.geography, Some(Geography::Core));
    assert_eq!(net.fips_mode, Some(true));
    assert_eq!(
        net.client_mutual_authentication
            .as_ref()
            .unwrap()
            .set_id
            .as_deref(),
        Some("Custom_CPS-6134b_B-3-1AHBENT.xml")
    );
    assert_eq!(
        v12.pending_changes.as_ref().unwrap()[0].change_type,
        Some(ChangeType::NewCertificate)
    );
    assert_eq!(v12.production_slots, Some(vec![1234]));
    assert_eq!(
        v12.names(),
        [
            "www.example.com",
            "san1.example.com",
            "san2.example.com",
            "san3.example.com"
        ]
    );
}

#[test]
fn views_keep_unknown_values_and_fields_and_shrug_off_odd_types() {
    let doc = json!({"id": 7, "ra": "new-ca", "csr": {"cn": "a.example", "future": [1.50]}, "changeManagement": "yes", "newField": {"x": 1}});
    let e: Enrollment = serde_json::from_value(doc.clone()).unwrap();
    assert_eq!(e.ra, Some(enrollment::Ra::Other("new-ca".into())));
    assert_eq!(e.change_management, None);
    assert_eq!(e.enrollment_id(), Some(7));
    assert_eq!(e.other["newField"], json!({"x": 1}));
    let back = serde_json::to_value(&e).unwrap();
    // Kept by value; its text may not be (the crate's rule: keep the JSON for the bytes).
    assert_eq!(back["csr"]["future"][0].as_f64(), Some(1.5));
    assert_eq!(back["newField"], json!({"x": 1}));
    let by_link: Enrollment =
        serde_json::from_value(json!({"location": "/cps-api/enrollments/42"})).unwrap();
    assert_eq!(by_link.enrollment_id(), Some(42));
}

#[test]
fn read_only_fields_are_stripped_for_a_put() {
    let mut doc = fixture("enrollment.v12");
    let gone = strip_read_only(&mut doc);
    assert_eq!(
        gone,
        [
            "id",
            "location",
            "pendingChanges",
            "maxAllowedSanNames",
            "maxAllowedWildcardSanNames",
            "assignedSlots",
            "productionSlots",
            "stagingSlots"
        ]
    );
    assert!(READ_ONLY.iter().all(|k| doc.get(k).is_none()));
    assert!(doc.get("autoRenewalStartTime").is_some() && doc.get("csr").is_some());
    assert!(check_enrollment(&doc, &Limits::default()).is_empty());
    let mut not_object = json!([1]);
    assert!(strip_read_only(&mut not_object).is_empty());
}

#[test]
fn updates_say_whether_they_need_a_new_certificate() {
    let old = fixture("enrollment.v12");
    let mut new = old.clone();
    new["adminContact"]["email"] = json!("other@example.com");
    new["csr"]["sans"] = json!([
        "WWW.example.com",
        "san3.example.com",
        "san2.example.com",
        "san1.example.com"
    ]);
    assert_eq!(classify_update(&old, &new), UpdateKind::InPlace);
    new["networkConfiguration"]["mustHaveCiphers"] = json!("ak-akamai-2023q1");
    assert_eq!(
        classify_update(&old, &new),
        UpdateKind::Redeploy(vec!["/networkConfiguration/mustHaveCiphers".into()])
    );
    new["csr"]["sans"]
        .as_array_mut()
        .unwrap()
        .push(json!("new.example.com"));
    new["csr"]["ou"] = Value::Null;
    assert_eq!(
        classify_update(&old, &new),
        UpdateKind::NewCertificate(vec!["/csr/ou".into(), "/csr/sans".into()])
    );
}

#[test]
fn links_give_ids_and_segments() {
    assert_eq!(
        link_id("/cps/v2/enrollments/10002/changes/10003"),
        Some(10003)
    );
    assert_eq!(link_id("/cps/enrollments/10002/"), Some(10002));
    assert_eq!(link_id("/cps/v2/enrollments/10002?x=1"), Some(10002));
    for bad in [
        "",
        "/",
        "/cps/v2/enrollments/abc",
        "/e/99999999999999999999",
        "/e/-1",
    ] {
        assert_eq!(link_id(bad), None, "{bad}");
    }
    assert_eq!(
        change_ids("/cps-api/enrollments/10001/changes/10002"),
        Some((10001, 10002))
    );
    assert_eq!(change_ids("/cps/v2/enrollments/10001"), None);
    assert_eq!(
        link_segment("/cps/v2/enrollments/1/changes/2/input/info/third-party-csr"),
        Some("third-party-csr")
    );
    let s: EnrollmentStatus = serde_json::from_value(fixture("status")).unwrap();
    assert_eq!(s.enrollment.as_deref().and_then(link_id), Some(10002));
    assert_eq!(change_ids(&s.changes.unwrap()[0]), Some((10002, 10002)));
}

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
fn templates_are_complete_and_pass_the_rules() {
    for kind in TemplateKind::ALL {
        let text = template(kind);
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(check_enrollment(&doc, &Limits::default()), vec![], "{kind}");
        let e: Enrollment = serde_json::from_value(doc).unwrap();
        assert_eq!(e.validation_type.unwrap().as_str(), kind.as_str());
        assert!(!templates::explanation(kind).is_empty());
        assert_eq!(kind.as_str().parse::<TemplateKind>(), Ok(kind));
    }
    assert!("wildcard".parse::<TemplateKind>().is_err());
}
