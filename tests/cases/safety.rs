//! What a new user catches: hints that know the signer (no rotate offered for an
//! Akamai-signed certificate), the local checks' bypass offered only where a check could be
//! wrong, a key under a CERTIFICATE label never sent, what a delete does said before and
//! after (the version that becomes CURRENT, rotations blocked while DELETE_PENDING, and
//! until when), upload warnings (no chain, a chain that ends first), a second awaiting
//! version refused, a 404 for an id explained, and `get-csr --out` that never overwrites
//! nor follows a link.

use serde_json::json;

use super::sandbox::{stderr, Sbx, AKAMAI};
use crate::common::pki::{csr, short_lived_ca, sign_csr, test_ca};
use crate::common::{fixture, path, MockServer, Moks, Reply};

/// An Akamai-signed certificate in the sandbox: its id.
fn akamai(s: &Sbx, name: &str) -> String {
    let mut args = vec!["new-client-cert", "--name", name];
    args.extend_from_slice(&AKAMAI);
    s.json(&args)["certificateId"].to_string()
}

#[test]
fn an_akamai_signed_certificate_is_never_pointed_at_rotate_for_a_csr() {
    let s = Sbx::new();
    let id = akamai(&s, "edge-a");
    let out = s.run(&["get-csr", "--id", &id]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(!err.contains("rotate"), "{err}");
    assert!(
        err.contains("is signed by Akamai: its versions have no CSR"),
        "{err}"
    );
    let out = s.run(&["get-csr", "--id", &id, "--version", "1"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the certificate is signed by Akamai"),
        "{}",
        stderr(&out)
    );
    // complete-version asks the same question of the versions list.
    let (_key, req) = csr("edge-a", false);
    let root = test_ca();
    let cert = s.home_file("signed.pem", &sign_csr(&req, &root, 365));
    let out = s.run(&[
        "complete-version",
        "--id",
        &id,
        "--certificate-file",
        &cert,
        "--skip-local-checks",
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(!stderr(&out).contains("rotate"), "{}", stderr(&out));
    // A THIRD_PARTY certificate still gets the way to a new CSR, in the program's name.
    let srv = MockServer::replies(vec![Reply::json(
        200,
        &json!({"versions": [{"version": 1, "status": "DEPLOYED",
            "csrBlock": {"csr": "x"}, "certificateBlock": {"certificate": "c"}}]}),
    )]);
    let run = Moks::new(&srv).run(&["get-csr", "--id", "5"]);
    run.code(4);
    assert!(
        run.stderr
            .contains("hint: a new version to sign comes from: moks rotate --id 5"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_key_under_a_certificate_label_is_never_sent_even_skipping_the_checks() {
    let key = rcgen::KeyPair::generate().unwrap();
    let disguised = pem::encode(&pem::Pem::new("CERTIFICATE", key.serialize_der()));
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let body = json!({"certificate": disguised}).to_string();
    let f = m.file("disguised.pem", &disguised);
    let upload = |flag: &str, value: &str| {
        let args = [
            "complete-version",
            "--id",
            "5",
            "--version",
            "2",
            flag,
            value,
        ];
        m.run(&[&args[..], &["--skip-local-checks"]].concat())
    };
    let run = upload("--body", &body);
    run.code(2);
    assert!(
        run.error_line()
            .contains("it holds a private key under a CERTIFICATE label"),
        "{}",
        run.stderr
    );
    upload("--certificate-file", f.to_str().unwrap()).code(2);
    let file = f.to_str().unwrap();
    let run = m.run(&[
        "truststore",
        "create-version",
        "--id",
        "9",
        "--certificates-file",
        file,
        "--skip-local-checks",
    ]);
    run.code(2);
    assert!(
        run.stderr
            .contains("it holds a private key under a CERTIFICATE label"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("add --skip-local-checks"),
        "{}",
        run.stderr
    );
    assert!(srv.requests_unchecked().is_empty(), "nothing was sent");
}

#[test]
fn junk_pem_gives_a_bounded_error() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let junk = "-----BEGIN PUBLIC KEY-----\nQUJD\n-----END PUBLIC KEY-----\n".repeat(500);
    let f = m.file("junk.pem", &junk);
    let run = m.run(&[
        "truststore",
        "validate",
        "--certificates-file",
        f.to_str().unwrap(),
        "--local",
    ]);
    run.code(2);
    assert!(run.stderr.lines().count() < 30, "{}", run.stderr);
    assert!(run.stderr.contains("… and 480 more"), "{}", run.stderr);
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn a_second_awaiting_version_is_refused_unless_forced() {
    let srv = MockServer::replies(vec![Reply::json(200, &fixture::third_party_versions())]);
    let run = Moks::new(&srv).run(&["rotate", "--id", "42"]);
    run.code(4);
    assert_eq!(
        run.error_line(),
        "version 2 of client certificate 42 still awaits its signed certificate: rotating \
         makes another awaiting version (3 of at most 5 versions)"
    );
    assert!(
        run.stderr
            .contains("hint: to make another version all the same: moks rotate --id 42 --force"),
        "{}",
        run.stderr
    );
    assert_eq!(
        srv.lines(),
        [format!("GET {}", path("/client-certificates/42/versions"))],
        "nothing created"
    );
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::third_party_versions()),
        Reply::json(201, &fixture::rotated_third_party()),
    ]);
    Moks::new(&srv)
        .run(&["rotate", "--id", "42", "--force"])
        .code(0);
    assert_eq!(srv.lines().len(), 2);
}

#[test]
fn a_404_for_an_id_says_no_certificate_has_it() {
    let srv = MockServer::replies(vec![Reply::problem(404, &fixture::not_found_404())]);
    let run = Moks::new(&srv).run(&["get-client-cert", "--id", "99999"]);
    run.code(4);
    assert!(
        run.stderr.contains(
            "hint: no client certificate has id 99999; list them with: moks get-client-cert"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn deleting_the_current_version_names_the_new_current_and_the_blocked_rotation() {
    let s = Sbx::new();
    let id = akamai(&s, "edge-d");
    s.ok(&["rotate", "--id", &id]);
    let out = s.run(&[
        "remove-version",
        "--id",
        &id,
        "--version",
        "current",
        "--yes",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("moks: version 1 becomes CURRENT: it expires on "),
        "{err}"
    );
    assert!(
        err.contains("version 2 is DELETE_PENDING until its scheduled delete date (up to 24 hours): until then the certificate cannot be rotated"),
        "{err}"
    );
    let out = s.run(&["rotate", "--id", &id]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let v2 = s.json(&["get-client-cert-version", "--id", &id, "--version", "2"]);
    let until = v2["scheduledDeleteDate"].as_str().unwrap();
    assert!(
        stderr(&out).contains(&format!(
            "hint: version 2 is DELETE_PENDING until {until}: no rotation before then"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn get_csr_out_never_overwrites_nor_follows_a_link() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let existing = m.file("b.csr", "keep me");
    let run = m.run(&["get-csr", "--id", "5", "--out", existing.to_str().unwrap()]);
    run.code(2);
    assert!(
        run.error_line().contains("the file exists"),
        "{}",
        run.stderr
    );
    assert!(srv.requests_unchecked().is_empty(), "nothing sent");
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");
    #[cfg(unix)]
    {
        let target = m.file("target.txt", "untouched");
        let link = target.with_file_name("link.csr");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        m.run(&["get-csr", "--id", "5", "--out", link.to_str().unwrap()])
            .code(2);
        let srv = MockServer::replies(vec![Reply::json(200, &fixture::third_party_versions())]);
        let m2 = Moks::new(&srv);
        m2.run(&[
            "get-csr",
            "--id",
            "5",
            "--out",
            link.to_str().unwrap(),
            "--force",
        ])
        .code(0);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "untouched");
        assert!(!std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(std::fs::read_to_string(&link)
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE REQUEST-----"));
    }
}

#[test]
fn an_upload_without_its_chain_or_with_a_chain_that_ends_first_is_warned_about() {
    let (_key, req) = csr("origin-c", false);
    let listed = json!({"versions": [{"version": 2, "status": "AWAITING_SIGNED_CERTIFICATE",
        "keyAlgorithm": "ECDSA", "csrBlock": {"csr": req, "keyAlgorithm": "ECDSA"}}]});
    let ca = short_lived_ca("Short CA", 30);
    let cert = sign_csr(&req, &ca, 365);
    for chain in [None, Some(ca.pem())] {
        let srv = MockServer::replies(vec![Reply::json(200, &listed), Reply::empty(200)]);
        let m = Moks::new(&srv);
        let f = m.file("signed.pem", &cert);
        let mut args = vec!["complete-version", "--id", "5", "--certificate-file"];
        args.push(f.to_str().unwrap());
        let chain_file = chain.map(|c| m.file("chain.pem", c));
        if let Some(c) = &chain_file {
            args.extend(["--trust-chain-file", c.to_str().unwrap()]);
        }
        let run = m.run(&args);
        run.code(0);
        let want = match chain {
            None => {
                "moks: warning: no --trust-chain-file given: the certificate is presented \
                     without the CA certificates that signed it (its issuer is CN=Short CA)"
            }
            Some(_) => {
                "moks: warning: certificate 1 (CN=Short CA) of --trust-chain-file expires on "
            }
        };
        assert!(run.stderr.starts_with(want), "{}", run.stderr);
        if chain.is_some() {
            assert!(
                run.stderr.contains(", 335 days before the certificate"),
                "{}",
                run.stderr
            );
        }
        assert_eq!(srv.lines().len(), 2, "uploaded all the same");
    }
}

#[test]
fn under_the_akamai_cli_hints_name_akamai_moks() {
    let srv = MockServer::replies(vec![Reply::json(200, &fixture::third_party_versions())]);
    let run = Moks::new(&srv).akamai_cli().run(&["rotate", "--id", "42"]);
    run.code(4);
    assert!(
        run.stderr.contains(
            "hint: to make another version all the same: akamai moks rotate --id 42 --force"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_truststore_conflict_names_the_set_the_command_works_on() {
    let problem = json!({"type": "/mtls-edge-truststore/error-types/ca-set-cannot-be-deleted-active-versions",
        "status": 409, "title": "Conflict", "detail": "The CA set has active versions."});
    let srv = MockServer::replies(vec![Reply::problem(409, &problem)]);
    let run = Moks::new(&srv).run(&[
        "truststore",
        "remove-ca-set-version",
        "--id",
        "199",
        "--version",
        "2",
        "--yes",
    ]);
    run.code(4);
    assert!(
        run.stderr
            .contains("new-ca-set-deactivation --id 199 --version N"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--id ID"), "{}", run.stderr);
}
