//! `get-version-guid`: only the versionGuid on stdout (the alias's for current/previous, the
//! same across rotations), a warning when the version is not DEPLOYED yet, `--behavior` the
//! rule tree's mtlsOriginKeystore behavior, `--json` the record it comes from.

use serde_json::json;

use super::sandbox::{stderr, Sbx, AKAMAI};
use crate::common::pki::{sign_csr, test_ca};
use crate::common::{fixture, path, MockServer, Moks, Reply};

#[test]
fn the_current_guid_is_printed_alone_and_outlives_rotations() {
    let s = Sbx::new();
    let mut args = vec!["new-client-cert", "--name", "origin-a"];
    args.extend_from_slice(&AKAMAI);
    let id = s.json(&args)["certificateId"].to_string();
    let current = s.json(&[
        "get-client-cert-version",
        "--id",
        &id,
        "--version",
        "current",
    ]);
    let guid = current["versionGuid"].as_str().unwrap().to_string();
    let out = s.run(&["get-version-guid", "--name", "origin-a"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        format!("{guid}\n")
    );
    assert_eq!(stderr(&out), "", "DEPLOYED: no warning");
    s.ok(&["rotate", "--id", &id]);
    assert_eq!(
        s.ok(&["get-version-guid", "--id", &id]),
        format!("{guid}\n")
    );
    // --behavior: ready to paste into a rule tree.
    let behavior = s.json(&["get-version-guid", "--id", &id, "--behavior"]);
    assert_eq!(
        behavior,
        json!({"name": "mtlsOriginKeystore",
               "options": {"enable": true, "clientCertificateVersionGuid": guid, "authClientCert": true}})
    );
    let text = s.ok(&["get-version-guid", "--id", &id, "--behavior"]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        behavior
    );
    // --json: the record the GUID comes from.
    let record = s.json(&["get-version-guid", "--id", &id, "--version", "previous"]);
    assert_eq!(record["versionAlias"], "PREVIOUS");
    assert_eq!(record["version"], 1);
}

#[test]
fn a_third_party_alias_guid_is_not_the_version_s_own_and_pending_is_warned() {
    let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1h");
    let id = s.json(&[
        "new-client-cert",
        "--name",
        "origin-b",
        "--contract-id",
        "C-1",
        "--group-id",
        "7",
        "--secure-network",
        "STANDARD_TLS",
        "--signer",
        "THIRD_PARTY",
        "--notification-emails",
        "ops@example.com",
    ])["certificateId"]
        .to_string();
    // Nothing uploaded yet: no CURRENT alias.
    let out = s.run(&["get-version-guid", "--id", &id]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "moks: error: client certificate {id} has no CURRENT version\n"
        )),
        "{}",
        stderr(&out)
    );
    let ca = test_ca();
    let dir = tempfile::tempdir().unwrap();
    let signed = dir.path().join("v1.pem");
    std::fs::write(
        &signed,
        sign_csr(&s.ok(&["get-csr", "--id", &id]), &ca, 365),
    )
    .unwrap();
    s.ok(&[
        "complete-version",
        "--id",
        &id,
        "--certificate-file",
        signed.to_str().unwrap(),
    ]);
    let alias = s.json(&[
        "get-client-cert-version",
        "--id",
        &id,
        "--version",
        "current",
    ]);
    let own = s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    assert_ne!(alias["versionGuid"], own["versionGuid"]);
    let out = s.run(&["get-version-guid", "--id", &id]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        format!("{}\n", alias["versionGuid"].as_str().unwrap())
    );
    assert_eq!(
        stderr(&out),
        format!(
            "moks: warning: version 1 (CURRENT) of client certificate {id} is \
             DEPLOYMENT_PENDING, not yet DEPLOYED\n"
        )
    );
    // A number: that version's own GUID; -q: no warning.
    let out = s.run(&["-q", "get-version-guid", "--id", &id, "--version", "1"]);
    assert_eq!(
        String::from_utf8(out.stdout.clone()).unwrap(),
        format!("{}\n", own["versionGuid"].as_str().unwrap())
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn one_list_call_and_a_guid_from_the_server_printed_safely() {
    let srv = MockServer::always(Reply::json(200, &fixture::version_list()));
    let m = Moks::new(&srv);
    let run = m.run(&["get-version-guid", "--id", "1234"]);
    run.code(0);
    assert_eq!(run.stdout, "alias-current-guid\n");
    assert_eq!(
        srv.lines(),
        [format!(
            "GET {}",
            path("/client-certificates/1234/versions")
        )]
    );
    let srv = MockServer::always(Reply::json(
        200,
        &json!({"versions": [{"version": 1, "versionAlias": "CURRENT", "status": "DEPLOYED",
                              "versionGuid": "g\u{1b}[2J"}]}),
    ));
    let run = Moks::new(&srv).run(&["get-version-guid", "--id", "1"]);
    run.code(0);
    assert_eq!(run.stdout, "g\\u{1b}[2J\n");
    let srv = MockServer::always(Reply::json(
        200,
        &json!({"versions": [{"version": 1, "versionAlias": "CURRENT", "status": "DEPLOYED"}]}),
    ));
    let m = Moks::new(&srv);
    let run = m.run(&["get-version-guid", "--id", "1"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API listed version 1 of client certificate 1 without a versionGuid"
    );
    let before = srv.requests().len();
    let run = m.run(&["get-version-guid", "--id", "1", "--version", "newest"]);
    run.code(2);
    assert!(run
        .error_line()
        .starts_with("invalid value 'newest' for '--version <VERSION>'"));
    assert_eq!(srv.requests().len(), before, "nothing sent");
}
