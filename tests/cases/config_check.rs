//! `config check`: the file, section, host and tokens in use with where each came from, no
//! secret shown, one signed read per API (MOKS: GET /ca-certificates; Edge Truststore: GET
//! /ca-sets), and the likely cause of a refusal (clock skew, wrong section or tokens, missing
//! API grant); against the mock server (which answers what the test scripts, 401 and 403
//! included) and against the sandbox.

use serde_json::{json, Value};

use crate::common::fixture::{self, ACCESS_TOKEN, CLIENT_SECRET, CLIENT_TOKEN};
use crate::common::{path, MockServer, Moks, Reply};

/// A server answering each API's read: two CA certificates, one CA set; or `truststore`
/// for the CA sets.
fn server_with(truststore: Reply) -> MockServer {
    MockServer::start(move |req| {
        if req.path.ends_with("/ca-sets") {
            truststore.clone()
        } else {
            Reply::json(200, &fixture::ca_cert_list())
        }
    })
}

fn ok_server() -> MockServer {
    server_with(Reply::json(
        200,
        &json!({"caSets": [{"caSetId": 1, "caSetName": "a"}]}),
    ))
}

#[test]
fn a_working_configuration_is_reported_with_its_sources_after_one_signed_get() {
    let srv = ok_server();
    let m = Moks::new(&srv);
    let run = m.run(&["config", "check", "--json"]);
    run.code(0);
    let lines = srv.lines();
    assert_eq!(
        lines,
        [
            format!("GET {}", path("/ca-certificates")),
            "GET /mtls-edge-truststore/v2/ca-sets".to_string()
        ]
    );
    let r = run.json();
    let edgerc = m.edgerc.to_str().unwrap();
    assert_eq!(
        r["edgerc"],
        json!({"value": edgerc, "from": "flag", "name": "--edgerc", "mode": "0600", "readableByOthers": false})
    );
    assert_eq!(r["section"], json!({"value": "default", "from": "default"}));
    assert_eq!(
        r["host"],
        json!({"value": srv.base_url(), "from": "file", "name": "[default]"})
    );
    assert_eq!(
        r["clientToken"]["value"],
        json!(format!("{}…", &CLIENT_TOKEN[..9]))
    );
    assert_eq!(
        r["accessToken"]["value"],
        json!(format!("{}…", &ACCESS_TOKEN[..9]))
    );
    assert_eq!(r["clientSecret"]["value"], "(set; never shown)");
    assert_eq!(
        r["accountSwitchKey"],
        json!({"value": null, "from": "default"})
    );
    assert_eq!(r["maxBody"], json!({"value": 131072, "from": "default"}));
    assert_eq!(r["warnings"], json!([]));
    assert_eq!(
        r["checks"],
        json!({
            "moks": {"request": "GET /ca-certificates", "ok": true, "status": 200, "caCertificates": 2},
            "truststore": {"request": "GET /ca-sets", "ok": true, "status": 200, "caSets": 1}
        })
    );
    assert!(!run.stdout.contains(CLIENT_SECRET) && !run.stdout.contains(&CLIENT_SECRET[..8]));
    assert_eq!(run.stderr, "");

    // For people: one line per value, with where it came from.
    let srv = ok_server();
    let m = Moks::new(&srv);
    let edgerc = m.edgerc.to_str().unwrap();
    let run = m.run(&["config", "check"]);
    run.code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        format!("edgerc           : {edgerc} (flag --edgerc, mode 0600)")
    );
    assert_eq!(lines[1], "section          : default (default)");
    assert_eq!(
        lines[2],
        format!("host             : {} (file [default])", srv.base_url())
    );
    assert_eq!(
        lines[lines.len() - 2..],
        [
            "check moks       : ok: GET /ca-certificates answered with 2 CA certificate(s)",
            "check truststore : ok: GET /ca-sets answered with 1 CA set(s)"
        ]
    );
}

#[test]
fn credentials_from_the_environment_are_named_by_their_variables() {
    let srv = ok_server();
    let m = Moks::without_edgerc()
        .env("AKAMAI_EDGERC_SECTION", "ccu")
        .env("AKAMAI_CCU_HOST", &srv.base_url())
        .env("AKAMAI_CCU_CLIENT_TOKEN", CLIENT_TOKEN)
        .env("AKAMAI_CCU_CLIENT_SECRET", CLIENT_SECRET)
        .env("AKAMAI_CCU_ACCESS_TOKEN", ACCESS_TOKEN)
        .env("AKAMAI_EDGERC_ACCOUNT_KEY", "B-C-1ABCD:1-2RBL");
    let run = m.run(&["config", "check", "--json"]);
    run.code(0);
    let r = run.json();
    assert_eq!(
        r["section"],
        json!({"value": "ccu", "from": "environment", "name": "AKAMAI_EDGERC_SECTION"})
    );
    assert_eq!(r["host"]["name"], "AKAMAI_CCU_HOST");
    assert_eq!(r["clientToken"]["name"], "AKAMAI_CCU_CLIENT_TOKEN");
    assert_eq!(r["clientSecret"]["name"], "AKAMAI_CCU_CLIENT_SECRET");
    assert_eq!(
        r["accountSwitchKey"],
        json!({"value": "B-C-1ABCD:1-2RBL", "from": "environment", "name": "AKAMAI_EDGERC_ACCOUNT_KEY"})
    );
    for req in srv.requests() {
        assert_eq!(
            req.query.as_deref(),
            Some("accountSwitchKey=B-C-1ABCD%3A1-2RBL")
        );
    }
}

/// A check the server refuses with `status` and `detail`: exit 3, the cause in the report
/// and the error, the hint.
fn refused(status: u16, detail: &str) -> (Value, crate::common::Run) {
    let problem = json!({"type": "https://problems.luna.akamaiapis.net/-/pep-authn/deny",
        "title": if status == 403 { "Forbidden" } else { "Not authorized" },
        "status": status, "detail": detail});
    let srv = MockServer::always(Reply::problem(status, &problem));
    let m = Moks::new(&srv);
    let run = m.run(&["config", "check", "--json"]);
    run.code(3);
    assert_eq!(srv.requests().len(), 2, "one call per API, no retry");
    (run.json(), run)
}

#[test]
fn a_401_for_the_timestamp_is_named_clock_skew() {
    let (r, run) = refused(
        401,
        "Invalid timestamp: the request was signed at 20240101T00:00:00+0000",
    );
    assert_eq!(r["checks"]["moks"]["ok"], false);
    assert_eq!(r["checks"]["moks"]["status"], 401);
    assert_eq!(r["checks"]["moks"]["cause"], "clock skew");
    assert!(run.error_line().starts_with(
        "the credentials do not work for the mTLS Origin Keystore API: GET /ca-certificates was refused (clock skew): Not authorized: Invalid timestamp"
    ));
    assert!(run
        .stderr
        .contains("hint: this machine's clock is more than 30 s away"));
}

#[test]
fn a_401_for_the_signature_is_named_wrong_section_or_tokens() {
    let (r, run) = refused(401, "The signature does not match");
    assert_eq!(r["checks"]["moks"]["cause"], "wrong section or tokens");
    assert!(run.error_line().contains("(wrong section or tokens)"));
    assert!(run
        .stderr
        .contains("hint: the client_token, client_secret and access_token of section [default]"));
}

#[test]
fn a_403_is_named_missing_api_grant() {
    let (r, run) = refused(
        403,
        "The client does not have the grant needed for the request",
    );
    assert_eq!(r["checks"]["moks"]["cause"], "missing API grant");
    assert!(run.stderr.contains("Identity and Access Management"));
    // The report is the one JSON document on stdout (the error body is not printed again).
    assert_eq!(run.stdout.matches("\"checks\"").count(), 1);
}

#[test]
fn a_file_readable_by_others_is_warned_about() {
    let srv = ok_server();
    let m = Moks::new(&srv);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&m.edgerc, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let run = m.run(&["config", "check", "--json"]);
    run.code(0);
    let r = run.json();
    assert_eq!(r["edgerc"]["mode"], "0644");
    assert_eq!(r["edgerc"]["readableByOthers"], true);
    let warning = format!(
        "{} is readable by group or others; run: chmod 600 {}",
        m.edgerc.display(),
        m.edgerc.display()
    );
    assert_eq!(r["warnings"], json!([warning]));
    assert_eq!(
        run.stderr,
        format!("moks: warning: {warning}\n"),
        "said once"
    );
}

#[test]
fn a_missing_file_is_reported_and_nothing_is_sent() {
    let m = Moks::without_edgerc();
    let run = m.run(&["config", "check", "--json"]);
    run.code(3);
    let r = run.json();
    assert_eq!(r["edgerc"]["from"], "default");
    assert_eq!(r["checks"]["moks"]["ok"], false);
    assert!(r["checks"]["moks"]["error"]
        .as_str()
        .unwrap()
        .ends_with(".edgerc not found"));
    assert!(run.error_line().ends_with(".edgerc not found"));
}

#[test]
fn the_sandbox_is_checked_with_its_own_call() {
    let m = Moks::without_edgerc().env("MOKS_SANDBOX_DEPLOY_DELAY", "0s");
    let state = m.home.path().join("state.json");
    let state = state.to_str().unwrap();
    let run = m.run(&[
        "config",
        "check",
        "--sandbox",
        "--sandbox-state",
        state,
        "--json",
    ]);
    run.code(0);
    let r = run.json();
    assert_eq!(r["sandbox"]["state"], state);
    assert_eq!(r["host"]["from"], "sandbox");
    assert_eq!(r["checks"]["moks"]["ok"], true);
    let run = m.run(&["--sandbox", "--sandbox-state", state, "config", "check"]);
    run.code(0);
    assert!(
        run.stdout
            .contains("check moks       : ok: GET /ca-certificates"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_check_is_one_call_without_retries() {
    let srv = MockServer::always(Reply::problem(
        503,
        &json!({"title": "Service Unavailable", "status": 503}),
    ));
    let m = Moks::new(&srv);
    let run = m.run(&["config", "check", "--json"]);
    run.code(5);
    assert_eq!(
        srv.requests().len(),
        2,
        "one per API, not retried: {:?}",
        srv.lines()
    );
    let r = run.json();
    assert_eq!(r["checks"]["moks"]["ok"], false);
    assert_eq!(r["checks"]["moks"]["status"], 503);
    assert!(r["checks"]["moks"].get("cause").is_none());
    assert!(run
        .error_line()
        .starts_with("the mTLS Origin Keystore API check failed: Service Unavailable"));
}

/// An API client granted MOKS but not the Edge Truststore: each API is reported, the error
/// names the one refused (exit 3).
#[test]
fn each_api_grant_is_checked_and_reported_apart() {
    let problem = json!({"title": "Forbidden", "status": 403,
        "detail": "The client does not have the grant needed for the request"});
    let srv = server_with(Reply::problem(403, &problem));
    let m = Moks::new(&srv);
    let run = m.run(&["config", "check", "--json"]);
    run.code(3);
    let r = run.json();
    assert_eq!(r["checks"]["moks"]["ok"], true);
    assert_eq!(r["checks"]["truststore"]["ok"], false);
    assert_eq!(r["checks"]["truststore"]["cause"], "missing API grant");
    assert!(
        run.error_line().starts_with(
            "the credentials do not work for the mTLS Edge Truststore API: GET /ca-sets was \
             refused (missing API grant)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("no access to the mTLS Edge Truststore API"),
        "{}",
        run.stderr
    );
    assert_eq!(srv.requests().len(), 2);
}
