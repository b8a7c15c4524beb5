//! The model's checks and views against the API reference's examples and rules.

use serde_json::{json, Map, Value};

use super::*;
use crate::{ApiEnum, Body, Checked, FieldError, Problem};

fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => unreachable!("a test object"),
    }
}

fn fields(e: Vec<FieldError>) -> Vec<&'static str> {
    e.into_iter().map(|e| e.field).collect()
}

const OK: &str = r#"{"certificateName":"a","contractId":"C-1","groupId":1,"geography":"CORE",
    "secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["a@example.com"]}"#;

fn create(text: &str) -> Result<CreateClientCertificate, Vec<FieldError>> {
    CreateClientCertificate::check(&serde_json::from_str(text).unwrap())
}

#[test]
fn enums_read_unknown_values_and_write_them_back() {
    let s: Signer = serde_json::from_str(r#""THIRD_PARTY""#).unwrap();
    assert_eq!(s, Signer::ThirdParty);
    let later: VersionStatus = serde_json::from_str(r#""REVOKED""#).unwrap();
    assert_eq!(later, VersionStatus::Other("REVOKED".into()));
    assert!(!later.is_known());
    assert_eq!(serde_json::to_string(&later).unwrap(), r#""REVOKED""#);
    assert!(!Geography::from_api("RUSSIAN_AND_CORE").is_known());
    assert_eq!(SecureNetwork::allowed(), "STANDARD_TLS, ENHANCED_TLS");
    assert_eq!(CaStatus::known().len(), 4);
    assert_eq!(KeyAlgorithm::Ecdsa.to_string(), "ECDSA");
}

#[test]
fn a_view_reads_what_it_can_and_never_fails_on_one_field() {
    let v: ClientCertificateVersion = serde_json::from_value(json!({
        "version": 3, "versionAlias": "CURRENT", "status": "DEPLOYED",
        "keySizeInBytes": "2048", "csrBlock": {"csr": "x", "keyAlgorithm": "RSA"},
        "properties": [{"assetId": 1, "propertyName": "p"}], "unknownField": [1, 2]
    }))
    .unwrap();
    assert_eq!(v.version, Some(3));
    assert_eq!(v.version_alias, Some(VersionAlias::Current));
    assert_eq!(v.status, Some(VersionStatus::Deployed));
    assert_eq!(v.csr_block.unwrap().csr.as_deref(), Some("x"));
    assert_eq!(v.properties.unwrap()[0].asset_id, Some(1));
    // Wrong JSON types read as absent; the rest is still read.
    let c: ClientCertificate = serde_json::from_value(json!({
        "certificateId": "12", "certificateName": "n", "signer": 5,
        "notificationEmails": "not a list", "createdBy": null
    }))
    .unwrap();
    assert_eq!(c.certificate_id, None);
    assert_eq!(c.certificate_name.as_deref(), Some("n"));
    assert_eq!(
        (c.signer, c.notification_emails, c.created_by),
        (None, None, None)
    );
    // Numbers are never rounded into an i64.
    let c: ClientCertificate = serde_json::from_value(json!({"certificateId": 1.0})).unwrap();
    assert_eq!(c.certificate_id, None);
    let big: ClientCertificate =
        serde_json::from_str(r#"{"certificateId": 123456789012345678901234567890}"#).unwrap();
    assert_eq!(big.certificate_id, None);
    // CA objects carry the key size as a number, versions as a string.
    let ca: AccountCaCertificate =
        serde_json::from_value(json!({"keySizeInBytes": 4096, "status": "QUALIFYING"})).unwrap();
    assert_eq!(
        (ca.key_size_in_bytes, ca.status),
        (Some(4096), Some(CaStatus::Qualifying))
    );
}

#[test]
fn a_view_writes_only_what_it_holds() {
    let c = ClientCertificate {
        certificate_id: Some(7),
        signer: Some(Signer::Other("NEW".into())),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&c).unwrap(),
        r#"{"certificateId":7,"signer":"NEW"}"#
    );
}

#[test]
fn a_create_body_is_checked_into_its_type() {
    let n = create(OK).unwrap();
    assert_eq!(n.signer, Signer::Akamai);
    assert_eq!(n.key_algorithm, None);
    assert_eq!(n.group_id, 1);
}

#[test]
fn a_create_body_reports_every_bad_field_in_the_reference_order() {
    let e = create(
        r#"{"certificateName":"","groupId":-1,"geography":"MARS","secureNetwork":"x",
        "signer":"THIRD_PARTY","notificationEmails":[],"keyAlgorithm":"DSA","preferredCa":"X",
        "subject":"CN=x"}"#,
    )
    .unwrap_err();
    assert_eq!(
        fields(e.clone()).join(" "),
        "certificateName contractId groupId geography secureNetwork notificationEmails \
         keyAlgorithm preferredCa subject"
    );
    assert_eq!(e[1].problem, Problem::Missing);
    assert_eq!(e[1].to_string(), "contractId is required");
    assert_eq!(
        e[4].to_string(),
        r#"invalid value "x" for secureNetwork: expected one of STANDARD_TLS, ENHANCED_TLS"#
    );
    assert_eq!(
        e[7].problem,
        Problem::Invalid("a preferred CA applies only to signer AKAMAI".into())
    );
    let long = OK.replace("\"a\"", &format!("\"{}\"", "n".repeat(65)));
    assert_eq!(fields(create(&long).unwrap_err()), vec!["certificateName"]);
    let huge = OK.replace(
        "\"groupId\":1",
        "\"groupId\":123456789012345678901234567890",
    );
    assert_eq!(fields(create(&huge).unwrap_err()), vec!["groupId"]);
    let typed = OK.replace("\"a\"", "5");
    let e = create(&typed).unwrap_err();
    assert_eq!(e[0].problem, Problem::Invalid("expected a string".into()));
    // Null is absent: an optional field may be null, a required one may not.
    let nulls = OK.replace("}", r#","keyAlgorithm":null,"subject":null}"#);
    assert!(create(&nulls).is_ok());
    let null_name = OK.replace("\"a\"", "null");
    assert_eq!(create(&null_name).unwrap_err()[0].problem, Problem::Missing);
    // A bad e-mail anywhere in the list refuses the list.
    let bad_mail = OK.replace("a@example.com", "nope");
    let e = create(&bad_mail).unwrap_err();
    assert_eq!(
        e[0].to_string(),
        r#"invalid value ["nope"] for notificationEmails: expected a non-empty list of e-mail addresses"#
    );
}

#[test]
fn a_long_value_is_cut_in_the_message() {
    let long = OK.replace("\"a\"", &format!("\"{}\"", "n".repeat(500)));
    let e = create(&long).unwrap_err();
    let text = e[0].to_string();
    assert!(text.starts_with("invalid value \"nnn"), "{text}");
    assert!(text.contains("…"), "{text}");
    assert!(text.chars().count() < 200, "{text}");
}

#[test]
fn patch_and_upload_bodies() {
    let p = |v: Value| PatchClientCertificate::check(&object(v));
    let e = p(json!({})).unwrap_err();
    assert_eq!(fields(e.clone()), vec!["body"]);
    assert_eq!(
        e[0].to_string(),
        "certificateName or notificationEmails must be provided"
    );
    let ok = p(json!({"notificationEmails": ["x@example.com"], "signer": "whatever"})).unwrap();
    assert_eq!(ok.notification_emails.unwrap(), vec!["x@example.com"]);
    assert_eq!(
        fields(p(json!({"certificateName": 5})).unwrap_err()),
        vec!["certificateName"]
    );
    let u = |v: Value| UploadSignedCertificate::check(&object(v));
    assert_eq!(
        fields(u(json!({"certificate": "x", "trustChain": ""})).unwrap_err()),
        vec!["trustChain"]
    );
    assert_eq!(
        fields(u(json!({"trustChain": "x"})).unwrap_err()),
        vec!["certificate"]
    );
    assert_eq!(u(json!({"certificate": "x"})).unwrap().trust_chain, None);
}

#[test]
fn a_checked_body_is_sent_as_given() {
    let text = r#"{"signer":"AKAMAI","certificateName":"a","contractId":"ctr_C-1","groupId":1,"geography":"CORE","secureNetwork":"STANDARD_TLS","notificationEmails":["a@example.com"],"custom":{"n":1.50}}"#;
    let checked: Checked<CreateClientCertificate> =
        Checked::new(serde_json::from_str(text).unwrap()).unwrap();
    assert_eq!(serde_json::to_string(&checked).unwrap(), text);
    assert_eq!(checked.contract_id, "ctr_C-1");
    assert_eq!(checked.json()["custom"]["n"].to_string(), "1.50");
    // The type on its own writes the reference's order, without unknown fields.
    assert_eq!(
        serde_json::to_string(&checked.into_inner()).unwrap(),
        r#"{"certificateName":"a","contractId":"ctr_C-1","groupId":1,"geography":"CORE","secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["a@example.com"]}"#
    );
}
