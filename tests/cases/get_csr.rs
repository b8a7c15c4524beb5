//! `get-csr`: the CSR of a THIRD_PARTY version as plain PEM (stdout or `--out FILE`), the
//! API's `csrBlock` under `--json`; without `--version` the version awaiting its signed
//! certificate; a version without a CSR refused (exit 4); a CSR that is not PEM text never
//! printed (exit 5).

use serde_json::{json, Value};

use super::sandbox::{stderr, Sbx, AKAMAI};
use crate::common::pki::{sign_csr, test_ca};
use crate::common::{fixture, new_client_cert, path, strs, MockServer, Moks, Reply};

#[test]
fn the_pem_is_the_api_csr_and_signs_into_a_certificate_the_sandbox_takes() {
    let s = Sbx::new();
    let args = new_client_cert(&[
        "--name",
        "origin-b",
        "--group-id",
        "7",
        "--signer",
        "THIRD_PARTY",
    ]);
    let id = s.json(&strs(&args))["certificateId"].to_string();
    let pem = s.ok(&["get-csr", "--name", "origin-b"]);
    let listed = s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    assert_eq!(pem, listed["csrBlock"]["csr"].as_str().unwrap());
    assert!(
        pem.starts_with("-----BEGIN CERTIFICATE REQUEST-----\n"),
        "{pem}"
    );
    assert!(
        pem.ends_with("-----END CERTIFICATE REQUEST-----\n"),
        "{pem}"
    );
    // A real CSR: parsed and signed by a CA of the test's, the signed certificate is
    // taken by complete-version (the pipeline get-csr | sign | complete-version).
    let ca = test_ca();
    let dir = tempfile::tempdir().unwrap();
    let signed = dir.path().join("signed.pem");
    std::fs::write(&signed, sign_csr(&pem, &ca, 365)).unwrap();
    let out = s.run(&[
        "complete-version",
        "--id",
        &id,
        "--certificate-file",
        signed.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));

    // --json: the API's csrBlock object, unchanged; --out FILE: the same PEM in the file.
    let block = s.json(&["get-csr", "--id", &id, "--version", "1"]);
    assert_eq!(block, listed["csrBlock"]);
    let file = dir.path().join("v1.csr");
    let out = s.run(&[
        "get-csr",
        "--id",
        &id,
        "--version",
        "1",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), pem);
    assert_eq!(
        stderr(&out),
        format!(
            "moks: wrote the CSR of version 1 of client certificate {id} to {}\n",
            file.display()
        )
    );

    // Nothing awaits a certificate now: without --version that is said, with the versions.
    let out = s.run(&["get-csr", "--id", &id]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "moks: error: client certificate {id} has no version AWAITING_SIGNED_CERTIFICATE\n\
             hint: versions there: 1 (DEPLOYED)\n"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_akamai_signed_version_has_no_csr() {
    let s = Sbx::new();
    let mut args = vec!["new-client-cert", "--name", "origin-a"];
    args.extend_from_slice(&AKAMAI);
    let id = s.json(&args)["certificateId"].to_string();
    let out = s.run(&["get-csr", "--id", &id, "--version", "latest"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        format!(
            "moks: error: version 1 of client certificate {id} has no CSR: the certificate is \
             signed by Akamai (by the account CA, without a CSR); only THIRD_PARTY versions \
             have one\nhint: its certificate is shown by: moks get-client-cert-version --id {id} \
             --version 1 --full\n"
        )
    );
}

#[test]
fn one_list_call_and_the_pem_with_crlf_made_lf() {
    let mut versions = fixture::third_party_versions();
    versions["versions"][1]["csrBlock"]["csr"] = json!(
        "-----BEGIN CERTIFICATE REQUEST-----\r\nQQQQ\r\n-----END CERTIFICATE REQUEST-----\r\n"
    );
    let srv = MockServer::always(Reply::json(200, &versions));
    let m = Moks::new(&srv);
    let run = m.run(&["get-csr", "--id", "5678"]);
    run.code(0);
    assert_eq!(
        run.stdout,
        "-----BEGIN CERTIFICATE REQUEST-----\nQQQQ\n-----END CERTIFICATE REQUEST-----\n"
    );
    assert_eq!(run.stderr, "");
    assert_eq!(
        srv.lines(),
        [format!(
            "GET {}",
            path("/client-certificates/5678/versions")
        )]
    );
}

#[test]
fn a_csr_that_is_not_pem_text_is_never_printed() {
    let mut versions = fixture::third_party_versions();
    versions["versions"][1]["csrBlock"]["csr"] = json!(
        "-----BEGIN CERTIFICATE REQUEST-----\nQQ\u{1b}]0;owned\u{7}QQ\n-----END CERTIFICATE REQUEST-----\n"
    );
    let srv = MockServer::always(Reply::json(200, &versions));
    let run = Moks::new(&srv).run(&["get-csr", "--id", "5678"]);
    run.code(5);
    assert_eq!(run.stdout, "");
    assert!(
        run.error_line().starts_with(
            "the API sent a CSR for version 2 of client certificate 5678 that is not PEM text: \
             -----BEGIN CERTIFICATE REQUEST----- QQ\\u{1b}]0;owned\\u{7}QQ"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn an_out_file_in_no_folder_is_refused_before_anything_is_sent() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let missing = m.home.path().join("no-such-folder/v1.csr");
    let run = m.run(&["get-csr", "--id", "5", "--out", missing.to_str().unwrap()]);
    run.code(2);
    assert_eq!(
        run.error_line(),
        format!(
            "invalid value '{}' for '--out': expected a file in an existing folder",
            missing.display()
        )
    );
    let run = m.run(&[
        "get-csr",
        "--id",
        "5",
        "--out",
        m.home.path().to_str().unwrap(),
    ]);
    run.code(2);
    assert!(srv.requests_unchecked().is_empty());
    // A version with an alias record first: the CSR comes from the version's own record.
    let srv = MockServer::always(Reply::json(
        200,
        &json!({"versions": [
            {"version": 2, "versionAlias": "CURRENT", "status": "DEPLOYED"},
            {"version": 2, "status": "DEPLOYED", "csrBlock": {"csr": "-----BEGIN CERTIFICATE REQUEST-----\nA\n-----END CERTIFICATE REQUEST-----", "keyAlgorithm": "RSA"}}
        ]}),
    ));
    let run = Moks::new(&srv).run(&["get-csr", "--id", "5", "--version", "current", "--json"]);
    run.code(0);
    let v: Value = run.json();
    assert_eq!(v["keyAlgorithm"], "RSA");
}
