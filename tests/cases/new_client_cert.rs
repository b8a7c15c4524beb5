//! `new-client-cert`: POST /client-certificates. Every flag, prefixes stripped, enums
//! case-insensitive and sent upper-case, the RUSSIAN_AND_CORE alias, the CORE default, no
//! keyAlgorithm unless given, repeatable + comma-separated e-mails, `--body` (literal, file,
//! `-`) with flags overriding its fields.

use serde_json::json;

use crate::common::{fixture, new_client_cert, path, strs, MockServer, Moks, Reply};

fn created() -> Reply {
    Reply::json(201, &fixture::client_cert(4321, "origin-new"))
}

/// The required flags, as the API reference's example; `changes` as in [`new_client_cert`].
fn minimal(changes: &[&str]) -> Vec<String> {
    let base = [
        "--name",
        "origin-new",
        "--contract-id",
        "C-0N7RAC7",
        "--group-id",
        "12345",
    ];
    new_client_cert(&[&base[..], changes].concat())
}

fn run_with(args: &[String]) -> (MockServer, crate::common::Run) {
    let srv = MockServer::replies(vec![created()]);
    let run = Moks::new(&srv).run(&strs(args));
    (srv, run)
}

#[test]
fn minimal_flags_default_to_core_and_send_no_key_algorithm() {
    let (srv, run) = run_with(&minimal(&[]));
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.line(), format!("POST {}", path("/client-certificates")));
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(
        req.body_text(),
        r#"{"certificateName":"origin-new","contractId":"C-0N7RAC7","groupId":12345,"geography":"CORE","secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["ops@example.com"]}"#
    );
}

#[test]
fn every_flag_is_sent_prefixes_stripped_enums_upper_cased() {
    let args: Vec<String> = [
        "new-client-cert",
        "--certificate-name",
        "origin-new",
        "--contract-id",
        "ctr_C-0N7RAC7",
        "--group-id",
        "grp_12345",
        "--geography",
        "china_and_core",
        "--secure-network",
        "enhanced_tls",
        "--signer",
        "Akamai",
        "--notification-emails",
        "a@example.com,b@example.com",
        "--notification-emails",
        "c@example.com",
        "--key-algorithm",
        "ecdsa",
        "--preferred-ca",
        "12345 Account CA G1",
        "--subject",
        "/C=US/O=Example, Inc./CN=origin-new/",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (srv, run) = run_with(&args);
    run.code(0);
    assert_eq!(
        srv.only_request().json(),
        json!({"certificateName": "origin-new", "contractId": "C-0N7RAC7", "groupId": 12345,
            "geography": "CHINA_AND_CORE", "secureNetwork": "ENHANCED_TLS", "signer": "AKAMAI",
            "notificationEmails": ["a@example.com", "b@example.com", "c@example.com"],
            "keyAlgorithm": "ECDSA", "preferredCa": "12345 Account CA G1",
            "subject": "/C=US/O=Example, Inc./CN=origin-new/"})
    );
}

#[test]
fn russia_geography_and_the_powershell_alias_send_russia_and_core() {
    for given in ["RUSSIA_AND_CORE", "russian_and_core", "RUSSIAN_AND_CORE"] {
        let (srv, run) = run_with(&minimal(&["--geography", given, "--key-algorithm", "RSA"]));
        run.code(0);
        let body = srv.only_request().json();
        assert_eq!(body["geography"], "RUSSIA_AND_CORE", "{given}");
        assert_eq!(body["keyAlgorithm"], "RSA");
    }
}

#[test]
fn third_party_signer_is_sent_and_the_next_step_is_on_stderr() {
    let srv = MockServer::replies(vec![Reply::json(201, &fixture::created_third_party())]);
    let mut args = new_client_cert(&[
        "--name",
        "tp-cert",
        "--group-id",
        "0",
        "--secure-network",
        "ENHANCED_TLS",
        "--signer",
        "third_party",
    ]);
    args.push("--json".into());
    let run = Moks::new(&srv).run(&strs(&args));
    run.code(0);
    let body = srv.only_request().json();
    assert_eq!(body["signer"], "THIRD_PARTY");
    assert_eq!(body["groupId"], 0);
    // --json: the created object, unknown fields kept, key order kept.
    assert_eq!(
        run.stdout,
        format!(
            "{}\n",
            serde_json::to_string_pretty(&fixture::created_third_party()).unwrap()
        )
    );
    assert_eq!(
        run.stderr,
        "next: get the CSR (moks get-csr --id 5678 --version 1 > v1.csr), sign it with your CA, \
         then: moks complete-version --id 5678 --version 1 --certificate-file signed.pem --wait\n"
    );
}

#[test]
fn the_created_certificate_prints_as_a_field_list() {
    let (_srv, run) = run_with(&minimal(&[]));
    run.code(0);
    assert!(
        run.stdout.starts_with(
            "certificateId      : 4321\ncertificateName    : origin-new\ncreatedBy          : jsmith\n"
        ),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("notificationEmails : jsmith@example.com, jkowalski@example.com\n"));
    assert_eq!(run.stderr, "", "no next-step note for AKAMAI");
}

const BODY: &str = r#"{"certificateName":"from-body","contractId":"C-9","groupId":7,"geography":"CORE","secureNetwork":"ENHANCED_TLS","signer":"THIRD_PARTY","notificationEmails":["x@example.com"],"customField":{"keep":true}}"#;

#[test]
fn body_literal_is_sent_as_given() {
    let srv = MockServer::replies(vec![created()]);
    Moks::new(&srv)
        .run(&["new-client-cert", "--body", BODY])
        .code(0);
    assert_eq!(srv.only_request().body_text(), BODY);
}

#[test]
fn body_from_a_file_with_flags_overriding_its_fields() {
    let srv = MockServer::replies(vec![created()]);
    let m = Moks::new(&srv);
    let f = m.file("body.json", BODY);
    m.run(&[
        "new-client-cert",
        "--body",
        f.to_str().unwrap(),
        "--name",
        "overridden",
        "--signer",
        "akamai",
        "--notification-emails",
        "new@example.com",
        "--key-algorithm",
        "ECDSA",
    ])
    .code(0);
    assert_eq!(
        srv.only_request().json(),
        json!({"certificateName": "overridden", "contractId": "C-9", "groupId": 7, "geography": "CORE",
            "secureNetwork": "ENHANCED_TLS", "signer": "AKAMAI", "notificationEmails": ["new@example.com"],
            "customField": {"keep": true}, "keyAlgorithm": "ECDSA"})
    );
}

#[test]
fn body_from_standard_input() {
    let srv = MockServer::replies(vec![created()]);
    Moks::new(&srv)
        .run_stdin(
            &["new-client-cert", "--body", "-", "--group-id", "grp_99"],
            BODY,
        )
        .code(0);
    let body = srv.only_request().json();
    assert_eq!(body["groupId"], 99);
    assert_eq!(body["certificateName"], "from-body");
    assert_eq!(body["customField"], json!({"keep": true}));
}
