//! The sandbox's Edge Truststore and MOKS emulation against what the APIs and their clients
//! do, through the real binary (`--sandbox`, seeded: example-ca-set-1 version 1 active on
//! both networks, example-ca-set-2 version 1 active on staging and version 2 never
//! activated, example-ca-set-3 with a root expiring within 30 days), and the certificate
//! filters the CLI refuses before sending (against the mock server).

use std::process::Output;

use serde_json::Value;

use crate::cases::sandbox::{stderr, Sbx};
use crate::common::{new_client_cert, strs, MockServer, Moks, Reply};

const TS: &str = "/mtls-edge-truststore/v2";

/// `moks --json api METHOD PATH` against the sandbox: (exit code, answer, stderr).
fn api(sbx: &Sbx, method: &str, path: &str) -> (Option<i32>, Value, String) {
    let out: Output = sbx.run(&["--json", "api", method, path]);
    let body = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), body, stderr(&out))
}

/// The id of a seeded set, by name.
fn set_id(sbx: &Sbx, name: &str) -> String {
    let v = sbx.json(&["truststore", "get-ca-set", "--name", name]);
    v["caSetId"].as_str().unwrap().to_string()
}

#[test]
fn a_huge_expiry_threshold_is_a_number_of_days_not_a_panic() {
    let sbx = Sbx::new();
    let id = set_id(&sbx, "example-ca-set-3");
    let (code, body, err) = api(
        &sbx,
        "GET",
        &format!(
            "{TS}/ca-sets/{id}/versions/1/certificates?certificateStatus=EXPIRING&expiryThresholdInDays=9223372036854775807"
        ),
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // no bound: every certificate not yet expired
    assert_eq!(body["certificates"].as_array().unwrap().len(), 2, "{body}");
    let (code, body, err) = api(
        &sbx,
        "GET",
        &format!(
            "{TS}/ca-sets/{id}/versions/1/certificates?certificateStatus=EXPIRED&expiryThresholdInDays=9223372036854775807"
        ),
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(body["certificates"], serde_json::json!([]), "{body}");
}

#[test]
fn deleting_a_set_with_an_active_version_is_the_apis_409() {
    let sbx = Sbx::new();
    let out = sbx.run(&[
        "-v",
        "truststore",
        "remove-ca-set",
        "--name",
        "example-ca-set-2",
        "--yes",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    // a conflict, titled as the API's example (the Go client's table says 400)
    assert!(err.contains("← 409 Conflict"), "{err}");
    assert!(
        err.contains("moks: error: CA set cannot be deleted: "),
        "{err}"
    );
}

#[test]
fn one_version_is_read_with_include_certificates_as_the_powershell_module_sends_it() {
    let sbx = Sbx::new();
    let id = set_id(&sbx, "example-ca-set-1");
    let (code, body, err) = api(
        &sbx,
        "GET",
        &format!("{TS}/ca-sets/{id}/versions/1?includeCertificates=true"),
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(body["certificates"].as_array().unwrap().len(), 2, "{body}");
    // other parameters are still refused
    let (code, _, err) = api(
        &sbx,
        "GET",
        &format!("{TS}/ca-sets/{id}/versions/1?activeVersionsOnly=true"),
    );
    assert_ne!(code, Some(0));
    assert!(err.contains("unknown-query-parameters"), "{err}");
}

#[test]
fn a_timestamp_with_expiring_and_expired_together_is_refused_before_sending() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let r = m.run(&[
        "truststore",
        "certs",
        "--id",
        "199",
        "--version",
        "2",
        "--status",
        "EXPIRING,EXPIRED",
        "--expiring-by",
        "2999-01-01",
    ]);
    r.code(2);
    assert!(r.error_line().contains("--expiring-by"), "{}", r.stderr);
    assert!(srv.requests().is_empty());
}

#[test]
fn the_deployment_time_is_the_one_fixed_when_the_version_was_made() {
    let sbx = Sbx::new();
    // made by a sandbox whose deployments take an hour…
    let mut args = vec!["--json".to_string()];
    args.extend(new_client_cert(&["--name", "pending-an-hour"]));
    let out = sbx
        .cmd(&strs(&args))
        .env("MOKS_SANDBOX_DEPLOY_DELAY", "1h")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let made: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = made["certificateId"].to_string();
    // …and read by one with none (the harness's 0s): still pending
    let v = sbx.json(&["get-client-cert-version", "--id", &id]);
    let statuses: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["status"].as_str())
        .collect();
    assert!(statuses.contains(&"DEPLOYMENT_PENDING"), "{v}");
    assert!(!statuses.contains(&"DEPLOYED"), "{v}");
}

#[test]
fn a_schema_error_shows_the_apis_message_and_where() {
    let sbx = Sbx::new();
    let out = sbx.run(&[
        "api",
        "POST",
        &format!("{TS}/ca-sets"),
        "--body",
        r#"{"caSetName": "schema-check", "description": 5}"#,
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("hint: the API says: "), "{err}");
    assert!(err.contains("(at /description)"), "{err}");
}

#[test]
fn a_numeric_ca_set_id_is_read_as_well_as_a_string() {
    // older servers send caSetId as a JSON number
    let srv = MockServer::replies(vec![
        Reply::json(
            200,
            &serde_json::json!({"caSets": [{"caSetId": 199, "caSetName": "edge-roots", "caSetStatus": "NOT_DELETED"}]}),
        ),
        Reply::json(
            200,
            &serde_json::json!({"caSetId": 199, "caSetName": "edge-roots", "caSetStatus": "NOT_DELETED"}),
        ),
    ]);
    let m = Moks::new(&srv);
    let r = m.run(&["truststore", "get-ca-set", "--name", "edge-roots"]);
    r.code(0);
    let lines = srv.lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[1], format!("GET {TS}/ca-sets/199"));
}

#[test]
fn activations_are_filtered_by_network_status_and_type() {
    let sbx = Sbx::new();
    let list = |extra: &[&str]| -> Vec<Value> {
        let mut args = vec![
            "truststore",
            "get-ca-set-activation",
            "--name",
            "example-ca-set-1",
        ];
        args.extend_from_slice(extra);
        sbx.json(&args).as_array().unwrap().clone()
    };
    let all = list(&[]);
    let staging = list(&["--network", "staging"]);
    assert!(!staging.is_empty() && staging.len() < all.len(), "{all:?}");
    assert!(staging.iter().all(|a| a["network"] == "STAGING"));
    let done = list(&["--status", "COMPLETE,FAILED", "--type", "ACTIVATE"]);
    assert_eq!(
        done.len(),
        all.len(),
        "the seeded requests are completed activations"
    );
    assert!(list(&["--type", "deactivate"]).is_empty());
    // one request is not a list to filter
    let out = sbx.run(&[
        "truststore",
        "get-ca-set-activation",
        "--name",
        "example-ca-set-1",
        "--activation-id",
        "1",
        "--network",
        "staging",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
