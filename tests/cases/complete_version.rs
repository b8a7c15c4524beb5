//! `complete-version` (alias `complete-client-cert-version`): POST
//! …/versions/{v}/certificate-block. Without `--version`, the one version
//! AWAITING_SIGNED_CERTIFICATE (found in the versions list; none or several is exit 4); PEM files CRLF-normalised; DER converted to PEM; trust chain;
//! `--acknowledge-all-warnings` → `acknowledgeAllWarnings=true`; `--body`. These tests
//! upload made-up certificates, so they skip the local checks (`local_checks.rs` has those).

use serde_json::json;

use crate::common::{fixture, path, MockServer, Moks, Reply};

/// The PEM the client must send for `pem`: LF line ends, one trailing newline.
fn normalised(pem: &str) -> String {
    format!("{}\n", pem.replace("\r\n", "\n").trim())
}

#[test]
fn crlf_pem_with_explicit_version_is_uploaded_normalised() {
    let (pem, _, _) = fixture::certificate("leaf.example");
    let srv = MockServer::replies(vec![Reply::empty(200)]);
    let m = Moks::new(&srv);
    let f = m.file(
        "signed.pem",
        pem.replace('\n', "\r\n").replace("\r\r\n", "\r\n"),
    );
    let run = m.run(&[
        "complete-version",
        "--skip-local-checks",
        "--id",
        "5678",
        "--version",
        "2",
        "--certificate-file",
        f.to_str().unwrap(),
    ]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(
        req.line(),
        format!(
            "POST {}",
            path("/client-certificates/5678/versions/2/certificate-block")
        )
    );
    assert_eq!(req.query, None, "acknowledgeAllWarnings omitted");
    assert_eq!(req.header("content-type"), Some("application/json"));
    let body = req.json();
    assert_eq!(body, json!({"certificate": normalised(&pem)}));
    assert!(!body["certificate"].as_str().unwrap().contains('\r'));
    assert_eq!(
        run.stdout,
        "signed certificate uploaded to version 2 of client certificate 5678\n"
    );
}

#[test]
fn default_version_is_the_awaiting_one_from_the_versions_list() {
    let (pem, _, _) = fixture::certificate("leaf.example");
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::third_party_versions()),
        Reply::empty(200),
    ]);
    let m = Moks::new(&srv);
    let f = m.file("signed.pem", &pem);
    let run = m.run(&[
        "complete-client-cert-version",
        "--skip-local-checks",
        "--id",
        "5678",
        "--certificate-file",
        f.to_str().unwrap(),
        "--json",
    ]);
    run.code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates/5678/versions")),
            format!(
                "POST {}",
                path("/client-certificates/5678/versions/2/certificate-block")
            ),
        ]
    );
    assert_eq!(run.stdout, "{}\n", "an empty answer is {{}} under --json");
}

#[test]
fn without_version_none_or_several_awaiting_is_an_error_naming_them_and_nothing_is_uploaded() {
    let (pem, _, _) = fixture::certificate("leaf.example");
    for (versions, error, hint) in [
        (
            json!({"versions": [
                {"version": 3, "versionGuid": "g3", "status": "DELETE_PENDING"},
                {"version": 1, "versionGuid": "g1", "status": "DEPLOYED"}]}),
            "client certificate 5678 has no version AWAITING_SIGNED_CERTIFICATE",
            "hint: versions there: 3 (DELETE_PENDING), 1 (DEPLOYED)",
        ),
        (
            json!({"versions": [
                {"version": 3, "versionGuid": "g3", "status": "AWAITING_SIGNED_CERTIFICATE"},
                {"version": 2, "versionGuid": "g2", "status": "AWAITING_SIGNED_CERTIFICATE"},
                {"version": 1, "versionGuid": "g1", "status": "DEPLOYED"}]}),
            "client certificate 5678 has 2 versions AWAITING_SIGNED_CERTIFICATE: 3, 2",
            "hint: say which with --version N",
        ),
    ] {
        let srv = MockServer::replies(vec![Reply::json(200, &versions)]);
        let m = Moks::new(&srv);
        let f = m.file("signed.pem", &pem);
        let run = m.run(&[
            "complete-version",
            "--id",
            "5678",
            "--certificate-file",
            f.to_str().unwrap(),
        ]);
        run.code(4);
        assert_eq!(run.error_line(), error);
        assert!(run.stderr.contains(hint), "{}", run.stderr);
        assert_eq!(
            srv.lines(),
            vec![format!(
                "GET {}",
                path("/client-certificates/5678/versions")
            )],
            "nothing uploaded"
        );
    }
}

#[test]
fn der_is_converted_to_pem_and_the_trust_chain_is_sent() {
    let (pem, der, _) = fixture::certificate("leaf.example");
    let (chain_pem, _, _) = fixture::certificate("ca.example");
    let srv = MockServer::replies(vec![Reply::empty(200)]);
    let m = Moks::new(&srv);
    let cert = m.file("signed.der", &der);
    let chain = m.file("chain.pem", &chain_pem);
    m.run(&[
        "complete-version",
        "--skip-local-checks",
        "--id",
        "5678",
        "--version",
        "2",
        "--certificate-file",
        cert.to_str().unwrap(),
        "--trust-chain-file",
        chain.to_str().unwrap(),
    ])
    .code(0);
    let body = srv.only_request().json();
    assert_eq!(
        body,
        json!({"certificate": normalised(&pem), "trustChain": normalised(&chain_pem)})
    );
}

#[test]
fn acknowledge_all_warnings_is_a_query_parameter() {
    let (pem, _, _) = fixture::certificate("leaf.example");
    let srv = MockServer::replies(vec![Reply::empty(200)]);
    let m = Moks::new(&srv);
    let f = m.file("signed.pem", &pem);
    m.run(&[
        "complete-version",
        "--skip-local-checks",
        "--id",
        "5678",
        "--version",
        "2",
        "--certificate-file",
        f.to_str().unwrap(),
        "--acknowledge-all-warnings",
    ])
    .code(0);
    assert_eq!(
        srv.only_request().query.as_deref(),
        Some("acknowledgeAllWarnings=true")
    );
}

#[test]
fn a_refusal_for_warnings_says_to_repeat_with_the_flag() {
    let (pem, _, _) = fixture::certificate("leaf.example");
    let problem = json!({"type": "validation-failed", "title": "Validation failed",
        "status": 400,
        "detail": "The certificate has no clientAuth extended key usage. Repeat the upload with acknowledgeAllWarnings=true to accept it."});
    let srv = MockServer::replies(vec![Reply::problem(400, &problem)]);
    let m = Moks::new(&srv);
    let f = m.file("signed.pem", &pem);
    let args = [
        "complete-version",
        "--id",
        "5678",
        "--version",
        "2",
        "--certificate-file",
        f.to_str().unwrap(),
        "--skip-local-checks",
    ];
    let run = m.run(&args);
    run.code(4);
    assert!(
        run.stderr.ends_with(
            "hint: if the warnings are acceptable, repeat with --acknowledge-all-warnings\n"
        ),
        "{}",
        run.stderr
    );
    // Other refusals get no such hint.
    let srv = MockServer::replies(vec![Reply::problem(404, &fixture::not_found_404())]);
    let m = Moks::new(&srv);
    let f = m.file("signed.pem", &pem);
    let mut other = args;
    other[6] = f.to_str().unwrap();
    let run = m.run(&other);
    run.code(4);
    assert!(
        !run.stderr.contains("--acknowledge-all-warnings"),
        "{}",
        run.stderr
    );
}

#[test]
fn body_literal_is_sent_and_the_answer_printed() {
    let answer = json!({"version": 2, "status": "DEPLOYMENT_PENDING", "futureField": "x"});
    let srv = MockServer::replies(vec![Reply::json(200, &answer), Reply::json(200, &answer)]);
    let m = Moks::new(&srv);
    // Certificates as blocks (what is not one is never sent, checks or not), sent as given.
    let (leaf, _, _) = fixture::certificate("leaf.example");
    let (ca, _, _) = fixture::certificate("ca.example");
    let body = json!({"certificate": leaf, "trustChain": ca}).to_string();
    let body = body.as_str();
    let run = m.run(&[
        "complete-version",
        "--skip-local-checks",
        "--id",
        "5678",
        "--version",
        "2",
        "--body",
        body,
    ]);
    run.code(0);
    assert_eq!(
        run.stdout,
        "version     : 2\nstatus      : DEPLOYMENT_PENDING\nfutureField : x\n"
    );
    let run = m.run(&[
        "complete-version",
        "--skip-local-checks",
        "--id",
        "5678",
        "--version",
        "2",
        "--body",
        body,
        "--json",
    ]);
    run.code(0);
    assert_eq!(
        run.stdout,
        format!("{}\n", serde_json::to_string_pretty(&answer).unwrap())
    );
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].body_text(), body);
}

#[test]
fn by_name_and_deployed_version() {
    let (pem, _, _) = fixture::certificate("leaf.example");
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::client_cert_list()),
        Reply::json(200, &fixture::third_party_versions()),
        Reply::empty(200),
    ]);
    let m = Moks::new(&srv);
    let f = m.file("signed.pem", &pem);
    m.run(&[
        "complete-version",
        "--skip-local-checks",
        "--name",
        "Origin-Beta",
        "--version",
        "deployed",
        "--certificate-file",
        f.to_str().unwrap(),
    ])
    .code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates")),
            format!("GET {}", path("/client-certificates/1235/versions")),
            format!(
                "POST {}",
                path("/client-certificates/1235/versions/1/certificate-block")
            ),
        ]
    );
}
