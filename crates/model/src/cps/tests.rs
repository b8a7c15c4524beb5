//! The CPS model against Akamai's reference and its own examples (fixtures/).

use serde_json::{json, Value};

use super::enrollment::{classify_update, ChangeType, UpdateKind, READ_ONLY};
use super::*;
use crate::ApiEnum;

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
        "active-certificates" => include_str!("fixtures/active-certificates.v2.json"),
        "certificate-history" => include_str!("fixtures/certificate-history.v2.json"),
        "change-history" => include_str!("fixtures/change-history.v5.json"),
        "dv-history" => include_str!("fixtures/dv-history.v1.json"),
        "problem-409" => include_str!("fixtures/problem-409.json"),
        other => panic!("no fixture {other}"),
    };
    serde_json::from_str(text).unwrap()
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
fn v12_bodies_name_every_contact_field_and_creates_leave_mtls_for_later() {
    let mut doc =
        json!({"adminContact": {"firstName": "A"}, "techContact": null, "org": {"name": "O"}});
    enrollment::complete_for_v12(&mut doc);
    assert_eq!(doc["adminContact"].as_object().unwrap().len(), 12);
    assert_eq!(doc["adminContact"]["firstName"], "A");
    assert_eq!(doc["adminContact"]["email"], Value::Null);
    assert_eq!(doc["techContact"], Value::Null);
    assert_eq!(doc["org"].as_object().unwrap().len(), 8);
    let mut v12 = fixture("enrollment.v12");
    let mtls = enrollment::take_mutual_authentication(&mut v12).unwrap();
    assert_eq!(mtls["setId"], "Custom_CPS-6134b_B-3-1AHBENT.xml");
    assert!(v12["networkConfiguration"]
        .get("clientMutualAuthentication")
        .is_none());
    assert_eq!(enrollment::take_mutual_authentication(&mut v12), None);
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
