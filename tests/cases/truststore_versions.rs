//! `moks truststore` version, certificate and validation commands against the mock server,
//! with real certificates (moks_testkit::pki): the bodies and queries the server received,
//! the output (tables, field lists, `--json`), the local checks (each refusal exit 2 with
//! nothing sent), the API's refusals rendered with their pointers, the frozen-version hint.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use serde_json::{json, Value};

use crate::common::{pki, MockServer, Moks, Reply, Run};
use moks_testkit::pki::{make_root, Spec, RSA1024_CA_PEM, SHA1_CA_PEM};

const BASE: &str = "/mtls-edge-truststore/v2";

fn p(path: &str) -> String {
    format!("{BASE}{path}")
}

fn run(m: &Moks, args: &[&str]) -> Run {
    m.run(args)
}

/// A version as the API answers it (§6.1), with `certs` (each `{subject, …}`).
fn version_json(n: i64, certs: Vec<Value>, warnings: Vec<Value>) -> Value {
    json!({"caSetId": "199", "version": n, "caSetName": "edge-roots",
        "versionLink": p(&format!("/ca-sets/199/versions/{n}")), "description": "q3",
        "allowInsecureSha1": false, "stagingStatus": "INACTIVE", "productionStatus": "INACTIVE",
        "createdDate": "2025-04-10T00:00:00.739971Z", "createdBy": "jsmith",
        "certificates": certs, "validation": {"warnings": warnings}})
}

fn cert_json(cn: &str, fingerprint: &str) -> Value {
    json!({"subject": format!("CN={cn}, O=moks tests"), "issuer": format!("CN={cn}, O=moks tests"),
        "startDate": "2025-01-01T00:00:00Z", "endDate": "2035-01-01T00:00:00Z",
        "fingerprint": fingerprint, "certificatePem": "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n",
        "serialNumber": "1", "signatureAlgorithm": "SHA256WITHECDSA"})
}

fn created_reply() -> Reply {
    Reply::json(
        201,
        &version_json(3, vec![cert_json("root-a", &"ab".repeat(32))], vec![]),
    )
}

/// The PEM of `text`'s certificates as sent: `\n` line breaks, one block each.
fn normalised(text: &str) -> String {
    format!("{}\n", text.replace("\r\n", "\n").trim())
}

#[test]
fn a_bundle_file_is_split_checked_and_sent_normalised() {
    let a = make_root(&Spec::ca("root-a"));
    let b = make_root(&Spec::ca("root-b"));
    let srv = MockServer::replies(vec![created_reply()]);
    let m = Moks::new(&srv);
    let f = m.file(
        "bundle.pem",
        format!("junk before\n{}{}", a.pem, b.pem).replace('\n', "\r\n"),
    );
    let r = run(
        &m,
        &[
            "truststore",
            "new-ca-set-version",
            "--id",
            "199",
            "--certificates-file",
            f.to_str().unwrap(),
            "--description",
            "q3 roots",
        ],
    );
    r.code(0);
    let req = srv.only_request();
    assert_eq!(req.line(), format!("POST {}", p("/ca-sets/199/versions")));
    assert_eq!(
        req.json(),
        json!({"allowInsecureSha1": false, "description": "q3 roots", "certificates": [
            {"certificatePem": normalised(&a.pem)}, {"certificatePem": normalised(&b.pem)}]})
    );
    // People: the version's fields, then its certificates as a table.
    assert!(
        r.stdout
            .lines()
            .any(|l| l.starts_with("caSetName ") && l.ends_with(" : edge-roots")),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("certificatePem"), "{}", r.stdout);
    let table_start = r.stdout.find("subject").unwrap();
    let t = crate::common::table(&r.stdout[table_start..]);
    assert_eq!(
        t[0],
        [
            "subject",
            "issuer",
            "endDate",
            "fingerprint",
            "signatureAlgorithm"
        ]
    );
    assert_eq!(t[1][0], "CN=root-a, O=moks tests");
    assert_eq!(t[1][3], "ab".repeat(32), "piped: the fingerprint whole");
    assert_eq!(r.stderr, "");
}

#[test]
fn json_prints_the_api_answer_and_warnings_go_to_stderr() {
    let a = make_root(&Spec::ca("root-a"));
    let answer = version_json(
        2,
        vec![cert_json("root-a", "ff")],
        vec![
            json!({"type": "/mtls-edge-truststore/error-types/duplicate-certificate",
            "title": "Duplicate certificate", "detail": "submitted twice", "pointer": "/certificates/1"}),
        ],
    );
    let srv = MockServer::replies(vec![Reply::json(201, &answer)]);
    let m = Moks::new(&srv);
    let f = m.file("a.pem", &a.pem);
    let r = run(
        &m,
        &[
            "truststore",
            "create-version",
            "--id",
            "199",
            "--certificates-file",
            f.to_str().unwrap(),
            "--json",
        ],
    );
    r.code(0);
    assert_eq!(r.json(), answer);
    assert_eq!(
        r.stderr.trim(),
        "moks: warning: the API warns: duplicate-certificate: submitted twice (at /certificates/1)"
    );
}

#[test]
fn a_name_is_resolved_then_the_version_created() {
    let a = make_root(&Spec::ca("root-a"));
    let srv = MockServer::replies(vec![
        Reply::json(
            200,
            &json!({"caSets": [{"caSetId": "199", "caSetName": "edge-roots", "caSetStatus": "NOT_DELETED"}]}),
        ),
        created_reply(),
    ]);
    let m = Moks::new(&srv);
    let f = m.file("a.pem", &a.pem);
    run(
        &m,
        &[
            "truststore",
            "new-ca-set-version",
            "--name",
            "edge-roots",
            "--certificates-file",
            f.to_str().unwrap(),
        ],
    )
    .code(0);
    assert_eq!(
        srv.lines(),
        [
            format!(
                "GET {}?caSetNamePrefix=edge-roots&caSetStatus=NOT_DELETED",
                p("/ca-sets")
            ),
            format!("POST {}", p("/ca-sets/199/versions")),
        ]
    );
}

/// Runs `new-ca-set-version --id 199` on one file holding `text` (plus `extra` flags)
/// against a server that must receive nothing.
fn refused(text: &str, extra: &[&str]) -> Run {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let f = m.file("in.pem", text);
    let mut args = vec![
        "truststore",
        "new-ca-set-version",
        "--id",
        "199",
        "--certificates-file",
        f.to_str().unwrap(),
    ];
    args.extend(extra);
    let r = run(&m, &args);
    r.code(2);
    assert!(srv.requests().is_empty(), "nothing may be sent");
    r
}

#[test]
fn each_bad_certificate_is_refused_locally_by_name_and_nothing_is_sent() {
    let good = make_root(&Spec::ca("good"));
    let leaf = make_root(&Spec::leaf("a-leaf"));
    let expired = make_root(&Spec::ca("old").valid(-400, -2));
    let future = make_root(&Spec::ca("later").valid(5, 400));
    let (_key, csr) = pki::csr("origin", false);
    for (what, text, needle) in [
        ("a leaf", leaf.pem.clone(), "end-entity (leaf) certificate"),
        ("an expired CA", expired.pem.clone(), "it expired on"),
        (
            "a CA not yet valid",
            future.pem.clone(),
            "it is not valid before",
        ),
        (
            "a SHA-1 CA",
            SHA1_CA_PEM.to_string(),
            "signed with SHA1WITHRSA",
        ),
        (
            "a 1024-bit key",
            RSA1024_CA_PEM.to_string(),
            "its key is RSA 1024 bits",
        ),
        (
            "a private key",
            format!("{}{}", good.pem, good.key_pem),
            "it is a private key",
        ),
        ("a CSR", csr.clone(), "certificate signing request"),
        (
            "no PEM",
            "hello".to_string(),
            "no -----BEGIN CERTIFICATE----- block",
        ),
    ] {
        let r = refused(&text, &[]);
        let err = r.error_line();
        assert!(
            err.starts_with("the certificates fail the local checks")
                || err.starts_with("no certificate to send"),
            "{what}: {err}"
        );
        assert!(r.stderr.contains(needle), "{what}:\n{}", r.stderr);
        assert!(
            r.stderr.contains("  ") && r.stderr.contains("in.pem"),
            "{what}:\n{}",
            r.stderr
        );
        // Each of these the API refuses too (or is never sent): no hint offers to skip the
        // checks.
        assert!(
            !r.stderr.contains("--skip-local-checks"),
            "{what}:\n{}",
            r.stderr
        );
    }
}

#[test]
fn all_problems_are_listed_with_file_block_line_and_the_index_the_api_would_use() {
    let good = make_root(&Spec::ca("good"));
    let leaf = make_root(&Spec::leaf("a-leaf"));
    let text = format!("{}{}{}{}", good.pem, good.pem, leaf.pem, SHA1_CA_PEM);
    let r = refused(&text, &[]);
    let lines: Vec<&str> = r.stderr.lines().collect();
    let leaf_line = good.pem.lines().count() * 2 + 1;
    let sha1_line = leaf_line + leaf.pem.lines().count();
    assert_eq!(
        lines[0],
        "moks: error: the certificates fail the local checks: 2 problems in 4 blocks read"
    );
    assert!(
        lines[1].starts_with(&format!(
            "  {} block 3 (line {leaf_line}), /certificates/1 (",
            r_path(&r)
        )),
        "{}",
        r.stderr
    );
    assert!(
        lines[2].starts_with(&format!(
            "  {} block 4 (line {sha1_line}), /certificates/2 (",
            r_path(&r)
        )),
        "{}",
        r.stderr
    );
    // A leaf and SHA-1 the API refuses too: skipping the checks is not offered.
    assert_eq!(
        lines.last().copied(),
        Some("hint: nothing was sent; the API refuses such certificates too")
    );
}

/// The path of `in.pem` as the messages show it.
fn r_path(r: &Run) -> String {
    let at = r.stderr.find("in.pem").unwrap();
    let start = r.stderr[..at].rfind("  ").unwrap() + 2;
    r.stderr[start..at + "in.pem".len()].to_string()
}

#[test]
fn sha1_passes_with_its_flag_which_is_sent() {
    let srv = MockServer::replies(vec![created_reply()]);
    let m = Moks::new(&srv);
    let f = m.file("sha1.pem", SHA1_CA_PEM);
    run(
        &m,
        &[
            "truststore",
            "new-ca-set-version",
            "--id",
            "199",
            "--certificates-file",
            f.to_str().unwrap(),
            "--allow-insecure-sha1",
        ],
    )
    .code(0);
    assert_eq!(srv.only_request().json()["allowInsecureSha1"], true);
}

#[test]
fn a_duplicate_is_sent_once_with_a_warning_naming_both_places() {
    let a = make_root(&Spec::ca("root-a"));
    let srv = MockServer::replies(vec![created_reply()]);
    let m = Moks::new(&srv);
    let f1 = m.file("one.pem", &a.pem);
    let f2 = m.file("two.pem", &a.pem);
    let r = run(
        &m,
        &[
            "truststore",
            "new-ca-set-version",
            "--id",
            "199",
            "--certificates-file",
            f1.to_str().unwrap(),
            "--certificates-file",
            f2.to_str().unwrap(),
        ],
    );
    r.code(0);
    let body = srv.only_request().json();
    assert_eq!(body["certificates"].as_array().unwrap().len(), 1);
    let warning = r.stderr.lines().next().unwrap();
    assert!(warning.starts_with("moks: warning: "), "{warning}");
    assert!(
        warning.contains("two.pem block 1 (line 1) is the same certificate as")
            && warning.contains("one.pem block 1 (line 1)"),
        "{warning}"
    );
}

#[test]
fn a_directory_gives_its_certificate_files_sorted_and_v_names_them() {
    let a = make_root(&Spec::ca("root-a"));
    let b = make_root(&Spec::ca("root-b"));
    let c = make_root(&Spec::ca("root-c"));
    let srv = MockServer::replies(vec![created_reply()]);
    let m = Moks::new(&srv);
    let dir = m.home.path().join("cas");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("b.crt"), &b.pem).unwrap();
    std::fs::write(dir.join("a.PEM"), &a.pem).unwrap();
    std::fs::write(dir.join("notes.txt"), &c.pem).unwrap();
    std::fs::create_dir(dir.join("sub.pem")).unwrap();
    let c_der = pem_to_der(&c.pem);
    std::fs::write(dir.join("c.cer"), &c_der).unwrap();
    let r = run(
        &m,
        &[
            "-v",
            "truststore",
            "new-ca-set-version",
            "--id",
            "199",
            "--certificates-dir",
            dir.to_str().unwrap(),
        ],
    );
    r.code(0);
    let sent: Vec<String> = srv.requests()[0].json()["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["certificatePem"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        sent,
        [normalised(&a.pem), normalised(&b.pem), normalised(&c.pem)]
    );
    for name in ["a.PEM", "b.crt", "c.cer"] {
        assert!(
            r.stderr
                .contains(&format!("from {}", dir.join(name).display())),
            "{name}:\n{}",
            r.stderr
        );
    }
    // not read, but named: the PowerShell module reads every file, moks says what it skips
    assert!(!r
        .stderr
        .contains(&format!("from {}", dir.join("notes.txt").display())));
    assert!(
        r.stderr
            .contains("skipped 1 file(s) not named *.pem, *.crt or *.cer: notes.txt"),
        "{}",
        r.stderr
    );
}

fn pem_to_der(pem: &str) -> Vec<u8> {
    use base64::Engine;
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap()
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let a = make_root(&Spec::ca("root-a"));
    let srv = MockServer::replies(vec![created_reply()]);
    let m = Moks::new(&srv);
    let r = m.run_stdin(
        &[
            "truststore",
            "new-ca-set-version",
            "--id",
            "199",
            "--certificates-file",
            "-",
        ],
        &a.pem,
    );
    r.code(0);
    assert_eq!(
        srv.only_request().json()["certificates"][0]["certificatePem"],
        normalised(&a.pem)
    );
    // Its problems are named after it.
    let leaf = make_root(&Spec::leaf("x"));
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let r = m.run_stdin(
        &["truststore", "validate", "--certificates-file", "-"],
        &leaf.pem,
    );
    r.code(2);
    assert!(r
        .stderr
        .contains("  standard input block 1 (line 1), /certificates/0 ("));
    assert!(srv.requests().is_empty());
}

#[test]
fn a_body_is_checked_by_the_model_then_by_the_local_checks() {
    let a = make_root(&Spec::ca("root-a"));
    let srv = MockServer::replies(vec![created_reply()]);
    let m = Moks::new(&srv);
    let body = json!({"allowInsecureSha1": false, "description": "from json",
        "certificates": [{"certificatePem": a.pem.replace('\n', "\r\n"), "description": "root a"}]});
    let f = m.file("v.json", body.to_string());
    run(
        &m,
        &[
            "truststore",
            "new-ca-set-version",
            "--id",
            "199",
            "--body",
            f.to_str().unwrap(),
        ],
    )
    .code(0);
    assert_eq!(
        srv.only_request().json(),
        json!({"allowInsecureSha1": false, "description": "from json",
            "certificates": [{"certificatePem": normalised(&a.pem), "description": "root a"}]})
    );
    // An empty list is refused by the model, a leaf by the checks: nothing sent.
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let leaf = make_root(&Spec::leaf("x"));
    for (body, needle) in [
        (json!({"certificates": []}), "1 to 300 certificates"),
        (
            json!({"certificates": [{"certificatePem": leaf.pem}]}),
            "certificates[0] of --body, /certificates/0 (",
        ),
    ] {
        let f = m.file("bad.json", body.to_string());
        let r = run(
            &m,
            &[
                "truststore",
                "create-version",
                "--id",
                "199",
                "--body",
                f.to_str().unwrap(),
            ],
        );
        r.code(2);
        assert!(r.stderr.contains(needle), "{}", r.stderr);
    }
    assert!(srv.requests().is_empty());
}

#[test]
fn with_skip_local_checks_the_api_judges_and_its_pointers_are_named() {
    let leaf = make_root(&Spec::leaf("a-leaf"));
    let problem = json!({"type": "/mtls-edge-truststore/error-types/certificate-validation-failure-create",
        "title": "Cannot create the ca set version as the certificate(s) has failed validation.",
        "status": 400, "contextInfo": {"caSetId": "199"},
        "errors": [{"pointer": "/certificates/0", "detail": "The certificate with subject CN=a-leaf is not a CA certificate.",
            "contextInfo": {"fingerPrint": "aa"}}]});
    let srv = MockServer::replies(vec![Reply::problem(400, &problem)]);
    let m = Moks::new(&srv);
    let f = m.file("leaf.pem", &leaf.pem);
    let r = run(
        &m,
        &[
            "truststore",
            "new-ca-set-version",
            "--id",
            "199",
            "--certificates-file",
            f.to_str().unwrap(),
            "--skip-local-checks",
        ],
    );
    r.code(4);
    assert_eq!(
        srv.only_request().json()["certificates"][0]["certificatePem"],
        normalised(&leaf.pem)
    );
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines[0],
        "moks: error: Cannot create the ca set version as the certificate(s) has failed validation."
    );
    assert_eq!(
        lines[1],
        "  /certificates/0: The certificate with subject CN=a-leaf is not a CA certificate."
    );
    assert_eq!(
        lines.last().unwrap(),
        &format!("hint: /certificates/0 is {} block 1 (line 1)", f.display())
    );
}

#[test]
fn a_frozen_version_says_why_and_how_to_clone_it() {
    let a = make_root(&Spec::ca("root-a"));
    let problem = json!({"type": "/mtls-edge-truststore/error-types/ca-set-version-was-previously-active",
        "title": "The CA set version cannot be updated as it was previously active.", "status": 422});
    let srv = MockServer::replies(vec![Reply::problem(422, &problem)]);
    let m = Moks::new(&srv);
    let f = m.file("a.pem", &a.pem);
    let r = run(
        &m,
        &[
            "truststore",
            "update-version",
            "--id",
            "199",
            "--version",
            "2",
            "--certificates-file",
            f.to_str().unwrap(),
        ],
    );
    r.code(4);
    assert_eq!(
        srv.only_request().line(),
        format!("PUT {}", p("/ca-sets/199/versions/2"))
    );
    let hints: Vec<&str> = r
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("hint: "))
        .collect();
    assert_eq!(
        hints,
        [
            "version 2 of CA set 199 was active on a network before: a version once activated \
             can no longer be edited; copy it to a new version, then update that one:"
                .to_string(),
            "  moks truststore copy-ca-set-version --id 199 --version 2".to_string(),
            format!(
                "  moks truststore set-ca-set-version --id 199 --version NEW --certificates-file {}",
                f.display()
            ),
        ]
    );
}

#[test]
fn versions_are_listed_with_only_the_query_parameters_asked_for() {
    let list = json!({"versions": [
        {"version": 2, "description": "q3", "stagingStatus": "ACTIVE", "productionStatus": "INACTIVE",
         "allowInsecureSha1": false, "createdDate": "2025-04-10T00:00:00Z", "createdBy": "jsmith",
         "certificates": [cert_json("a", "aa"), cert_json("b", "bb")]},
        {"version": 1, "description": null, "stagingStatus": "INACTIVE", "productionStatus": "INACTIVE",
         "allowInsecureSha1": true, "createdDate": "2025-04-01T00:00:00Z", "createdBy": "jsmith"}]});
    let srv = MockServer::always(Reply::json(200, &list));
    let m = Moks::new(&srv);
    let r = run(&m, &["truststore", "versions", "--id", "199"]);
    r.code(0);
    let t = crate::common::table(&r.stdout);
    assert_eq!(
        t[0],
        [
            "version",
            "description",
            "stagingStatus",
            "productionStatus",
            "allowInsecureSha1",
            "createdDate",
            "createdBy"
        ]
    );
    assert_eq!(t[1][..4], ["2", "q3", "ACTIVE", "INACTIVE"]);
    let r = run(
        &m,
        &[
            "truststore",
            "get-ca-set-version",
            "--id",
            "199",
            "--include-certificates",
            "--active-only",
            "--status",
            "deleted,NOT_DELETED",
        ],
    );
    r.code(0);
    let t = crate::common::table(&r.stdout);
    assert_eq!(t[0].last().unwrap(), "certificates");
    assert_eq!(t[1].last().unwrap(), "2");
    let r = run(&m, &["truststore", "versions", "--id", "199", "--json"]);
    assert_eq!(r.json(), list["versions"]);
    assert_eq!(
        srv.lines(),
        [
            format!("GET {}", p("/ca-sets/199/versions")),
            format!(
                "GET {}?includeCertificates=true&activeVersionsOnly=true&caSetVersionStatus=DELETED%2CNOT_DELETED",
                p("/ca-sets/199/versions")
            ),
            format!("GET {}", p("/ca-sets/199/versions")),
        ]
    );
}

#[test]
fn one_version_is_a_field_list_and_its_certificates_with_no_query() {
    let v = version_json(
        2,
        vec![cert_json("root-a", "cd".repeat(32).as_str())],
        vec![],
    );
    let srv = MockServer::always(Reply::json(200, &v));
    let m = Moks::new(&srv);
    let r = run(
        &m,
        &["truststore", "versions", "--id", "199", "--version", "2"],
    );
    r.code(0);
    assert_eq!(
        srv.only_request().line(),
        format!("GET {}", p("/ca-sets/199/versions/2"))
    );
    assert!(r.stdout.starts_with("caSetId "), "{}", r.stdout);
    assert!(
        r.stdout
            .lines()
            .any(|l| l.starts_with("version ") && l.ends_with(" : 2")),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("CN=root-a, O=moks tests"));
    // A version flag with list-only flags is a usage error, nothing sent.
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    run(
        &m,
        &[
            "truststore",
            "versions",
            "--id",
            "1",
            "--version",
            "2",
            "--active-only",
        ],
    )
    .code(2);
    run(
        &m,
        &["truststore", "versions", "--id", "1", "--version", "0"],
    )
    .code(2);
    assert!(srv.requests().is_empty());
}

#[test]
fn certificates_of_the_production_version_expiring_within_30_days() {
    let set = json!({"caSetId": "199", "caSetName": "edge-roots", "latestVersion": 4,
        "stagingVersion": 3, "productionVersion": 2});
    let certs = json!({"caSetId": "199", "version": 2, "certificates": [cert_json("root-a", &"ef".repeat(32))]});
    let srv = MockServer::replies(vec![Reply::json(200, &set), Reply::json(200, &certs)]);
    let m = Moks::new(&srv);
    let r = run(
        &m,
        &[
            "truststore",
            "certs",
            "--id",
            "199",
            "--version",
            "production",
            "--status",
            "expiring",
            "--expiring-in-days",
            "30",
        ],
    );
    r.code(0);
    assert_eq!(
        srv.lines(),
        [
            format!("GET {}", p("/ca-sets/199")),
            format!(
                "GET {}?certificateStatus=EXPIRING&expiryThresholdInDays=30",
                p("/ca-sets/199/versions/2/certificates")
            ),
        ]
    );
    let t = crate::common::table(&r.stdout);
    assert_eq!(t[1][0], "CN=root-a, O=moks tests");
    assert_eq!(t[1][3], "ef".repeat(32), "piped: the fingerprint whole");
    // --json: the API's list.
    let srv = MockServer::replies(vec![Reply::json(200, &certs)]);
    let m = Moks::new(&srv);
    let r = run(
        &m,
        &[
            "truststore",
            "certs",
            "--id",
            "199",
            "--version",
            "2",
            "--json",
        ],
    );
    assert_eq!(r.json(), certs["certificates"]);
    assert_eq!(
        srv.only_request().line(),
        format!("GET {}", p("/ca-sets/199/versions/2/certificates"))
    );
}

#[test]
fn a_set_with_no_version_on_the_network_is_exit_4() {
    let set = json!({"caSetId": "199", "latestVersion": 1, "stagingVersion": null, "productionVersion": null});
    let srv = MockServer::replies(vec![Reply::json(200, &set)]);
    let m = Moks::new(&srv);
    let r = run(
        &m,
        &["truststore", "certs", "--id", "199", "--version", "staging"],
    );
    r.code(4);
    assert_eq!(
        r.error_line(),
        "CA set 199 has no version active on staging"
    );
    assert_eq!(srv.requests().len(), 1);
}

#[test]
fn filter_combinations_the_api_refuses_are_refused_before_sending() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    for args in [
        &["--status", "ACTIVE,EXPIRING"][..],
        &["--expiring-in-days", "30"],
        &["--status", "ACTIVE", "--expiring-in-days", "30"],
        &[
            "--status",
            "EXPIRING",
            "--expiring-in-days",
            "3",
            "--expiring-by",
            "2999-01-01",
        ],
        &["--status", "EXPIRED", "--expiring-by", "2999-01-01"],
        &["--status", "EXPIRING", "--expiring-by", "2000-01-01"],
        &["--status", "SOON"],
        &["--status", "EXPIRING", "--expiring-in-days", "0"],
    ] {
        let mut all = vec!["truststore", "certs", "--id", "199", "--version", "2"];
        all.extend(args);
        let r = run(&m, &all);
        r.code(2);
        assert_eq!(
            r.stderr
                .lines()
                .filter(|l| l.starts_with("moks: error:") || l.starts_with("error:"))
                .count(),
            1,
            "{args:?}: {}",
            r.stderr
        );
    }
    assert!(srv.requests().is_empty());
}

#[test]
fn validate_sends_the_certificates_and_shows_the_answer() {
    let a = make_root(&Spec::ca("root-a"));
    let answer = json!({"allowInsecureSha1": false, "certificates": [cert_json("root-a", "12")],
        "validation": {"warnings": []}});
    let srv = MockServer::replies(vec![Reply::json(200, &answer)]);
    let m = Moks::new(&srv);
    let f = m.file("a.pem", &a.pem);
    let r = run(
        &m,
        &[
            "truststore",
            "validate",
            "--certificates-file",
            f.to_str().unwrap(),
        ],
    );
    r.code(0);
    let req = srv.only_request();
    assert_eq!(req.line(), format!("POST {}", p("/certificates/validate")));
    assert_eq!(
        req.json(),
        json!({"allowInsecureSha1": false, "certificates": [{"certificatePem": normalised(&a.pem)}]})
    );
    let t = crate::common::table(&r.stdout);
    assert_eq!(t[1][0], "CN=root-a, O=moks tests");
}

#[test]
fn validate_local_needs_no_credentials_and_sends_nothing() {
    let a = make_root(&Spec::ca("root-a"));
    let m = Moks::without_edgerc();
    let f = m.file("a.pem", &a.pem);
    let r = run(
        &m,
        &[
            "truststore",
            "validate",
            "--certificates-file",
            f.to_str().unwrap(),
            "--local",
            "--json",
        ],
    );
    r.code(0);
    let v = r.json();
    assert_eq!(v["certificates"][0]["subject"], "O=moks tests, CN=root-a");
    assert_eq!(v["certificates"][0]["certificatePem"], normalised(&a.pem));
    assert_eq!(
        v["certificates"][0]["fingerprint"].as_str().unwrap().len(),
        64
    );
    assert_eq!(
        r.stderr.trim(),
        "the certificate passes the local checks (nothing was sent)"
    );
    let r = run(
        &m,
        &[
            "truststore",
            "validate",
            "--certificates-file",
            f.to_str().unwrap(),
        ],
    );
    r.code(3);
}

#[test]
fn a_validation_failure_names_the_pointer_and_its_file() {
    let a = make_root(&Spec::ca("root-a"));
    let b = make_root(&Spec::ca("root-b"));
    let problem = json!({"type": "/mtls-edge-truststore/error-types/certificate-validation-failure",
        "title": "Certificate(s) has failed validation.", "status": 400,
        "errors": [{"pointer": "/certificates/1", "detail": "revoked\u{1b}[2J"}]});
    let srv = MockServer::replies(vec![Reply::problem(400, &problem)]);
    let m = Moks::new(&srv);
    let f = m.file("two.pem", format!("{}{}", a.pem, b.pem));
    let r = run(
        &m,
        &[
            "truststore",
            "validate",
            "--certificates-file",
            f.to_str().unwrap(),
        ],
    );
    r.code(4);
    assert!(
        r.stderr.contains("  /certificates/1: revoked\\u{1b}[2J\n"),
        "{}",
        r.stderr
    );
    let second = a.pem.lines().count() + 1;
    assert!(r.stderr.contains(&format!(
        "hint: /certificates/1 is {} block 2 (line {second})",
        f.display()
    )));
}

#[test]
fn copy_makes_a_new_version_and_shows_expired_warnings() {
    let answer = version_json(
        5,
        vec![cert_json("root-a", "aa")],
        vec![
            json!({"type": "/mtls-edge-truststore/error-types/expired-certificate",
            "title": "Expired", "detail": "CN=old has expired", "pointer": "/certificates/0"}),
        ],
    );
    let srv = MockServer::replies(vec![Reply::json(201, &answer)]);
    let m = Moks::new(&srv);
    let r = run(
        &m,
        &[
            "truststore",
            "clone-version",
            "--id",
            "199",
            "--version",
            "2",
        ],
    );
    r.code(0);
    let req = srv.only_request();
    assert_eq!(
        req.line(),
        format!("POST {}", p("/ca-sets/199/versions/2/clone"))
    );
    assert!(req.body.is_empty());
    assert!(r.stderr.contains(
        "moks: warning: the API warns: expired-certificate: CN=old has expired (at /certificates/0)"
    ));
    assert!(r.stderr.contains("copied to version 5"));
}

#[test]
fn remove_needs_yes_without_a_terminal_then_deletes() {
    let srv = MockServer::replies(vec![Reply::empty(204)]);
    let m = Moks::new(&srv);
    let r = run(
        &m,
        &[
            "truststore",
            "delete-version",
            "--id",
            "199",
            "--version",
            "3",
        ],
    );
    r.code(2);
    assert!(r.error_line().contains("needs --yes"));
    assert!(srv.requests().is_empty());
    let r = run(
        &m,
        &[
            "truststore",
            "remove-ca-set-version",
            "--id",
            "199",
            "--version",
            "3",
            "--yes",
        ],
    );
    r.code(0);
    assert_eq!(
        srv.only_request().line(),
        format!("DELETE {}", p("/ca-sets/199/versions/3"))
    );
    assert!(r
        .stdout
        .starts_with("version 3 of CA set 199 is marked for deletion"));
}

#[test]
fn dry_run_prints_the_body_it_would_send() {
    let a = make_root(&Spec::ca("root-a"));
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let f = m.file("a.pem", &a.pem);
    let r = run(
        &m,
        &[
            "--dry-run",
            "--json",
            "truststore",
            "new-ca-set-version",
            "--name",
            "edge-roots",
            "--certificates-file",
            f.to_str().unwrap(),
        ],
    );
    r.code(0);
    let v = r.json();
    let reqs = v["requests"].as_array().unwrap();
    assert_eq!(reqs.len(), 2, "{v}");
    assert!(srv.requests().is_empty());
    assert!(v.to_string().contains("allowInsecureSha1"));
}

#[test]
fn input_over_the_cap_is_refused_and_nothing_is_sent() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let big = "x".repeat(1024 * 1024 + 1);
    let r = m.run_stdin(
        &["truststore", "validate", "--certificates-file", "-"],
        &big,
    );
    r.code(2);
    assert!(r.error_line().contains("more than 1 MiB"), "{}", r.stderr);
    let f = m.file("big.pem", &big);
    let r = run(
        &m,
        &[
            "truststore",
            "validate",
            "--certificates-file",
            f.to_str().unwrap(),
        ],
    );
    r.code(2);
    assert!(r.error_line().contains("larger than 1 MiB"), "{}", r.stderr);
    assert!(srv.requests().is_empty());
}

// End to end against the sandbox (`--sandbox`, seeded: example-ca-set-1 version 1 active on
// both networks, example-ca-set-2 version 2 never activated, example-ca-set-3 with a root
// expiring within 30 days).

mod sandbox {
    use super::*;
    use crate::cases::sandbox::{stderr, Sbx};

    fn write(sbx: &Sbx, name: &str, text: &str) -> String {
        let p = sbx.state().with_file_name(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    }

    #[test]
    fn create_list_get_update_copy_and_remove_a_version() {
        let sbx = Sbx::new();
        let a = make_root(&Spec::ca("e2e root a"));
        let b = make_root(&Spec::ca("e2e root b"));
        let mid = a.sign(&Spec::ca("e2e intermediate"));
        let bundle = write(
            &sbx,
            "bundle.pem",
            &format!("{}{}{}", a.pem, mid.pem, a.pem),
        );
        let one = write(&sbx, "b.pem", &b.pem);
        let set = sbx.json(&[
            "api",
            "POST",
            "/mtls-edge-truststore/v2/ca-sets",
            "--body",
            r#"{"caSetName": "e2e-roots", "description": "end to end"}"#,
        ]);
        let id = set["caSetId"].as_str().unwrap().to_string();

        // The local and the API's reading of a certificate agree (fingerprint, subject).
        let local = sbx.json(&[
            "truststore",
            "validate",
            "--certificates-file",
            &one,
            "--local",
        ]);
        let remote = sbx.json(&["truststore", "validate", "--certificates-file", &one]);
        for k in [
            "fingerprint",
            "subject",
            "issuer",
            "endDate",
            "signatureAlgorithm",
        ] {
            assert_eq!(
                local["certificates"][0][k], remote["certificates"][0][k],
                "{k}"
            );
        }

        // Create from a bundle with a duplicate: warned locally, sent once.
        let out = sbx.run(&[
            "--json",
            "truststore",
            "new-ca-set-version",
            "--name",
            "e2e-roots",
            "--certificates-file",
            &bundle,
            "--description",
            "first",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("is the same certificate as"),
            "{}",
            stderr(&out)
        );
        let v1: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v1["version"], 1);
        assert_eq!(v1["description"], "first");
        assert_eq!(v1["certificates"].as_array().unwrap().len(), 2);

        let list = sbx.json(&["truststore", "versions", "--id", &id]);
        assert_eq!(list.as_array().unwrap().len(), 1);
        let got = sbx.json(&["truststore", "versions", "--id", &id, "--version", "1"]);
        assert_eq!(got["certificates"], v1["certificates"]);

        // Update (never activated), then the certificates of the latest version.
        let v = sbx.json(&[
            "truststore",
            "update-version",
            "--id",
            &id,
            "--version",
            "1",
            "--certificates-file",
            &one,
        ]);
        assert_eq!(v["certificates"].as_array().unwrap().len(), 1);
        let certs = sbx.json(&["truststore", "certs", "--id", &id, "--version", "latest"]);
        assert_eq!(certs[0]["subject"], remote["certificates"][0]["subject"]);

        // Copy, then remove the copy: listed as DELETED.
        let copy = sbx.json(&["truststore", "clone-version", "--id", &id, "--version", "1"]);
        assert_eq!(copy["version"], 2);
        sbx.ok(&[
            "truststore",
            "delete-version",
            "--id",
            &id,
            "--version",
            "2",
            "--yes",
        ]);
        let live = sbx.json(&["truststore", "versions", "--id", &id]);
        assert_eq!(live.as_array().unwrap().len(), 1);
        let deleted = sbx.json(&["truststore", "versions", "--id", &id, "--status", "DELETED"]);
        assert_eq!(deleted[0]["version"], 2, "{deleted}");
    }

    #[test]
    fn the_api_judges_what_the_local_checks_would_refuse() {
        let sbx = Sbx::new();
        let leaf = make_root(&Spec::leaf("e2e leaf"));
        let f = write(&sbx, "leaf.pem", &leaf.pem);
        let local = sbx.run(&["truststore", "validate", "--certificates-file", &f]);
        assert_eq!(local.status.code(), Some(2), "{}", stderr(&local));
        let out = sbx.run(&[
            "truststore",
            "new-ca-set-version",
            "--name",
            "example-ca-set-2",
            "--certificates-file",
            &f,
            "--skip-local-checks",
        ]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("\n  /certificates/0: "), "{err}");
        assert!(
            err.contains(&format!("hint: /certificates/0 is {f} block 1 (line 1)")),
            "{err}"
        );
    }

    #[test]
    fn an_active_version_cannot_be_updated_and_the_hint_works() {
        let sbx = Sbx::new();
        let a = make_root(&Spec::ca("e2e root a"));
        let f = write(&sbx, "a.pem", &a.pem);
        let out = sbx.run(&[
            "truststore",
            "set-ca-set-version",
            "--name",
            "example-ca-set-1",
            "--version",
            "1",
            "--certificates-file",
            &f,
        ]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        let err = stderr(&out);
        let copy_hint = err
            .lines()
            .find_map(|l| l.strip_prefix("hint:   moks "))
            .unwrap_or_else(|| panic!("{err}"));
        assert!(
            copy_hint.starts_with("truststore copy-ca-set-version --id "),
            "{err}"
        );
        // The hint's commands, as printed, do it.
        let args: Vec<&str> = copy_hint.split(' ').collect();
        let mut json_args = vec!["--json"];
        json_args.extend(&args);
        let out = sbx.cmd(&json_args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let copy: Value = serde_json::from_slice(&out.stdout).unwrap();
        let n = copy["version"].to_string();
        let id = copy["caSetId"].as_str().unwrap().to_string();
        let v = sbx.json(&[
            "truststore",
            "set-ca-set-version",
            "--id",
            &id,
            "--version",
            &n,
            "--certificates-file",
            &f,
        ]);
        assert_eq!(v["certificates"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn certificates_expiring_within_30_days_of_the_production_or_latest_version() {
        let sbx = Sbx::new();
        let soon = sbx.json(&[
            "truststore",
            "certs",
            "--name",
            "example-ca-set-3",
            "--version",
            "latest",
            "--status",
            "EXPIRING",
            "--expiring-in-days",
            "30",
        ]);
        let subjects: Vec<&str> = soon
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["subject"].as_str())
            .collect();
        assert_eq!(subjects.len(), 1, "{soon}");
        assert!(subjects[0].contains("Example Expiring Root CA"), "{soon}");
        let prod = sbx.json(&[
            "truststore",
            "certs",
            "--name",
            "example-ca-set-1",
            "--version",
            "production",
        ]);
        assert_eq!(prod.as_array().unwrap().len(), 2, "{prod}");
        let none = sbx.run(&[
            "truststore",
            "certs",
            "--name",
            "example-ca-set-2",
            "--version",
            "production",
        ]);
        assert_eq!(none.status.code(), Some(4), "{}", stderr(&none));
    }
}
