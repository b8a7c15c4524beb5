//! The Edge Truststore's unhappy endings, made reachable in the sandbox by
//! `MOKS_SANDBOX_TRUSTSTORE_FAIL` (per network), and moks's answers to them through the real
//! binary: a request ending FAILED is exit 5 with its `failureReason`, a deletion failed on
//! one network is exit 5 naming each network's part (the status answered 207, as the Go
//! client accepts it), the API's "another activation just completed" is retried.

use serde_json::Value;

use crate::cases::sandbox::{stderr, Sbx};

const TS: &str = "/mtls-edge-truststore/v2";
const FAIL: &str = "MOKS_SANDBOX_TRUSTSTORE_FAIL";

fn set(sbx: &Sbx, name: &str) -> Value {
    sbx.json(&["truststore", "get-ca-set", "--name", name])
}

#[test]
fn an_activation_failed_on_staging_is_exit_5_with_its_reason_and_production_still_goes() {
    let sbx = Sbx::new().env(FAIL, "staging:activate");
    let activate = |network: &str| {
        sbx.run(&[
            "truststore",
            "activate",
            "--name",
            "example-ca-set-2",
            "--version",
            "2",
            "--network",
            network,
            "--wait",
            "--interval",
            "1s",
        ])
    };
    let out = activate("staging");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(
        err.contains("FAILED: The activation of the CA set version on STAGING failed"),
        "{err}"
    );
    // a failed request changes nothing: version 1 stays the one active on staging
    assert_eq!(set(&sbx, "example-ca-set-2")["stagingVersion"], 1);
    // the networks are not in lockstep: production is not made to fail
    let out = activate("production");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = set(&sbx, "example-ca-set-2");
    assert_eq!(
        (s["stagingVersion"].clone(), s["productionVersion"].clone()),
        (1.into(), 2.into())
    );
    let id = s["caSetId"].as_str().unwrap().to_string();
    let list = sbx.json(&["truststore", "activations", "--id", &id]);
    let failed: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["activationStatus"] == "FAILED")
        .collect();
    assert_eq!(failed.len(), 1, "{list}");
    assert_eq!(failed[0]["network"], "STAGING");
    assert!(failed[0]["failureReason"].as_str().is_some(), "{list}");
}

#[test]
fn a_deletion_failed_on_production_is_exit_5_naming_each_network() {
    let sbx = Sbx::new().env(FAIL, "production:delete");
    let made = sbx.json(&[
        "truststore",
        "copy-ca-set",
        "--name",
        "example-ca-set-2",
        "--new-name",
        "doomed",
    ]);
    let id = made["caSetId"].as_str().unwrap().to_string();
    let out = sbx.run(&[
        "truststore",
        "remove-ca-set",
        "--id",
        &id,
        "--yes",
        "--wait",
        "--interval",
        "1s",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(
        err.contains(&format!("the deletion of CA set {id} FAILED")),
        "{err}"
    );
    assert!(
        err.contains("PRODUCTION: The deletion of the CA set on PRODUCTION failed"),
        "{err}"
    );
    assert!(!err.contains("STAGING:"), "{err}");
    assert!(err.contains("remove-ca-set --id"), "{err}");
    // the status: 207 partial, each network's part with its own status and reason
    let out = sbx.run(&[
        "-v",
        "--json",
        "api",
        "GET",
        &format!("{TS}/ca-sets/{id}/status/delete"),
    ]);
    let err = stderr(&out);
    assert!(err.contains("← 207"), "{err}");
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["status"], "FAILED", "{status}");
    let part = |n: &str| {
        status["deletions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["network"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(part("STAGING")["status"], "COMPLETE", "{status}");
    assert_eq!(part("STAGING")["failureReason"], Value::Null, "{status}");
    assert_eq!(part("PRODUCTION")["status"], "FAILED", "{status}");
    assert!(part("PRODUCTION")["failureReason"].is_string(), "{status}");
    // the set is there to be deleted again; its deletion recorded DELETE requests
    assert_eq!(set(&sbx, "doomed")["caSetStatus"], "NOT_DELETED");
    let list = sbx.json(&["truststore", "activations", "--id", &id]);
    let kinds: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["activationType"].as_str().unwrap(),
                a["activationStatus"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(kinds.contains(&("DELETE", "FAILED")), "{list}");
    assert!(kinds.contains(&("DELETE", "COMPLETE")), "{list}");
}

#[test]
fn another_activation_just_completed_is_retried_and_the_request_then_goes() {
    let sbx = Sbx::new().env(FAIL, "staging:just-completed");
    let out = sbx.run(&[
        "-v",
        "truststore",
        "activate",
        "--name",
        "example-ca-set-2",
        "--version",
        "2",
        "--network",
        "staging",
        "--wait",
        "--interval",
        "1s",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("← 400"), "{err}");
    assert!(err.contains("← 202"), "{err}");
    assert_eq!(set(&sbx, "example-ca-set-2")["stagingVersion"], 2);
}

#[test]
fn a_knob_not_understood_is_a_configuration_error_and_nothing_runs() {
    let sbx = Sbx::new().env(FAIL, "qa:activate");
    let out = sbx.run(&["truststore", "list"]);
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("MOKS_SANDBOX_TRUSTSTORE_FAIL"), "{err}");
    assert!(err.contains("expected NETWORK:WHAT"), "{err}");
    assert!(!sbx.state().exists());
}

#[test]
fn sandbox_serve_refuses_a_failure_list_it_does_not_understand_before_serving() {
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("moks"))
        .env_clear()
        .env("HOME", home.path())
        .args([
            "sandbox",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--truststore-fail",
            "staging:explode",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("'staging:explode' is not a failure"), "{err}");
    assert!(out.stdout.is_empty());
}
