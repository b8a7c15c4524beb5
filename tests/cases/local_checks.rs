//! `complete-version`'s local checks, with real certificates made here: a certificate for
//! the version's CSR passes and is uploaded after one list call; a certificate for another
//! key, an expired one, a chain in the wrong order, a file with a private key, another CN,
//! another key algorithm each fail with their own message, exit 2, and upload nothing;
//! warnings go to stderr; `--skip-local-checks`; `--body`; `--dry-run`. Then the same
//! against the sandbox, with the CSR it made (`get-client-cert-version --json`).

use serde_json::{json, Value};

use crate::common::pki::{csr, sign_csr, sign_csr_edited, test_ca, TestCa};
use crate::common::{path, MockServer, Moks, Reply, Run};

const HINT: &str =
    "hint: nothing was uploaded; to upload without the local checks, add --skip-local-checks";
/// Where the API would refuse the same certificate, skipping the checks is not offered.
const CERTAIN: &str = "hint: nothing was uploaded; the API refuses such a certificate too";

/// The versions of certificate 5678: 1 deployed, 2 awaiting the certificate for `csr`, with
/// the key the version states.
fn versions(csr: &str, key: Value) -> Value {
    let mut awaiting = json!({"version": 2, "versionGuid": "g2", "status": "AWAITING_SIGNED_CERTIFICATE",
        "createdBy": "jsmith", "createdDate": "2025-05-02T00:00:00Z",
        "csrBlock": {"csr": csr, "keyAlgorithm": key["keyAlgorithm"]}});
    for (k, v) in key.as_object().unwrap() {
        awaiting[k] = v.clone();
    }
    json!({"versions": [
        awaiting,
        {"version": 1, "versionGuid": "g1", "status": "DEPLOYED", "keyAlgorithm": "ECDSA"}
    ]})
}

fn ecdsa() -> Value {
    json!({"keyAlgorithm": "ECDSA", "ellipticCurve": "P-256"})
}

fn list_line() -> String {
    format!("GET {}", path("/client-certificates/5678/versions"))
}

fn upload_line(version: u32) -> String {
    format!(
        "POST {}",
        path(&format!(
            "/client-certificates/5678/versions/{version}/certificate-block"
        ))
    )
}

/// `complete-version --id 5678` of `cert` (and `chain`), plus `extra` flags, against a server
/// that lists `listed` and accepts the upload.
fn complete(listed: &Value, cert: &str, chain: Option<&str>, extra: &[&str]) -> (MockServer, Run) {
    let srv = MockServer::replies(vec![Reply::json(200, listed), Reply::empty(200)]);
    let m = Moks::new(&srv);
    let cert = m.file("signed.pem", cert);
    let mut args = vec![
        "complete-version".to_string(),
        "--id".into(),
        "5678".into(),
        "--certificate-file".into(),
        cert.to_str().unwrap().into(),
    ];
    if let Some(chain) = chain {
        let f = m.file("chain.pem", chain);
        args.extend(["--trust-chain-file".into(), f.to_str().unwrap().into()]);
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = m.run(&a);
    (srv, run)
}

/// A root, an intermediate under it, and a certificate for `csr` signed by the
/// intermediate, valid for a year.
fn chain_for(csr: &str) -> (TestCa, TestCa, String) {
    let root = test_ca();
    let mid = root.intermediate("moks test intermediate");
    let cert = sign_csr(csr, &mid, 365);
    (root, mid, cert)
}

#[test]
fn a_certificate_that_passes_every_check_is_uploaded_after_one_list_call() {
    let (_key, csr) = csr("origin-c", false);
    let (root, mid, cert) = chain_for(&csr);
    let chain = format!("{}{}", mid.pem(), root.pem());
    let (srv, run) = complete(&versions(&csr, ecdsa()), &cert, Some(&chain), &[]);
    run.code(0);
    assert_eq!(run.stderr, "", "no warning");
    assert_eq!(srv.lines(), vec![list_line(), upload_line(2)]);
    let body = srv.requests()[1].json();
    assert_eq!(body["certificate"], format!("{}\n", cert.trim()));
    assert_eq!(body["trustChain"], format!("{}\n", chain.trim()));
}

#[test]
fn each_failed_check_names_its_reason_exits_2_and_uploads_nothing() {
    let (key, csr) = csr("origin-c", false);
    let (root, mid, good) = chain_for(&csr);
    let listed = versions(&csr, ecdsa());
    let (_, foreign_csr) = crate::common::pki::csr("origin-c", false);
    let now = time::OffsetDateTime::now_utc();
    let expired = sign_csr_edited(&csr, &mid, 365, |p| {
        p.not_before = now - time::Duration::days(400);
        p.not_after = now - time::Duration::days(35);
    });
    let renamed = sign_csr_edited(&csr, &mid, 365, |p| {
        p.distinguished_name = rcgen::DistinguishedName::new();
        p.distinguished_name
            .push(rcgen::DnType::CommonName, "someone-else");
    });
    let right_order = format!("{}{}", mid.pem(), root.pem());
    let wrong_order = format!("{}{}", root.pem(), mid.pem());
    let rsa_2048 = json!({"keyAlgorithm": "RSA", "keySizeInBytes": "2048"});
    struct Case<'a> {
        what: &'a str,
        listed: Value,
        cert: String,
        chain: &'a str,
        error: String,
        /// Whether the list call was made (the checks against the version need it).
        listed_first: bool,
    }
    let which = "version 2 of client certificate 5678";
    let cases = [
        Case {
            what: "a certificate for another key",
            listed: listed.clone(),
            cert: sign_csr(&foreign_csr, &mid, 365),
            chain: &right_order,
            error: format!("the certificate is for another key: its public key (ECDSA P-256) is not the key of the CSR of {which}"),
            listed_first: true,
        },
        Case {
            what: "an expired certificate",
            listed: listed.clone(),
            cert: expired,
            chain: &right_order,
            error: format!(
                "the certificate has expired: its notAfter is {}",
                (now - time::Duration::days(35))
                    .replace_nanosecond(0)
                    .unwrap()
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap()
            ),
            listed_first: false,
        },
        Case {
            what: "a chain in the wrong order",
            listed: listed.clone(),
            cert: good.clone(),
            chain: &wrong_order,
            error: "the trust chain in --trust-chain-file is out of order: the certificate was \
                    signed by certificate 2 (CN=moks test intermediate), which must come first"
                .into(),
            listed_first: false,
        },
        Case {
            what: "another CN",
            listed: listed.clone(),
            cert: renamed,
            chain: &right_order,
            error: format!("the certificate's subject CN 'someone-else' is not the CN of the CSR of {which}, 'origin-c'"),
            listed_first: true,
        },
        Case {
            what: "another key algorithm than the version's",
            listed: versions(&csr, rsa_2048),
            cert: good.clone(),
            chain: &right_order,
            error: format!("the certificate's key is ECDSA P-256, but {which} is RSA 2048"),
            listed_first: true,
        },
    ];
    for c in cases {
        let (srv, run) = complete(&c.listed, &c.cert, Some(c.chain), &[]);
        run.code(2);
        assert_eq!(run.error_line(), c.error, "{}", c.what);
        // The checks could be wrong about the order and the key's stated size only.
        let hint = match c.what {
            "a chain in the wrong order" | "another key algorithm than the version's" => HINT,
            _ => CERTAIN,
        };
        assert!(run.stderr.ends_with(&format!("{hint}\n")), "{}", run.stderr);
        let want = if c.listed_first {
            vec![list_line()]
        } else {
            vec![]
        };
        assert_eq!(srv.lines(), want, "{}: nothing uploaded", c.what);
    }
    // A private key next to the certificate: refused when read, whatever the flags.
    for extra in [&[][..], &["--skip-local-checks"]] {
        let (srv, run) = complete(
            &listed,
            &format!("{good}{}", key.serialize_pem()),
            None,
            extra,
        );
        run.code(2);
        assert!(
            run.error_line().ends_with(
                "for '--certificate-file': the file holds a private key; give only the signed \
                 certificate (never upload a key)"
            ),
            "{}",
            run.stderr
        );
        assert_eq!(srv.lines(), Vec::<String>::new());
    }
}

#[test]
fn short_validity_and_no_client_auth_are_warned_about_and_uploaded() {
    let (_key, csr) = csr("origin-c", false);
    let root = test_ca();
    let cert = sign_csr_edited(&csr, &root, 10, |p| {
        p.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    });
    let (srv, run) = complete(&versions(&csr, ecdsa()), &cert, Some(root.pem()), &[]);
    run.code(0);
    let warnings: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(warnings.len(), 2, "{}", run.stderr);
    assert!(
        warnings[0].starts_with(
            "moks: warning: the certificate is valid for 10 more days only (notAfter "
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        warnings[1],
        "moks: warning: the certificate's extended key usage leaves out clientAuth (TLS client \
         authentication): an origin that checks it will refuse the certificate"
    );
    assert_eq!(srv.lines(), vec![list_line(), upload_line(2)]);
}

#[test]
fn skip_local_checks_uploads_what_the_checks_would_refuse() {
    let (_key, csr) = csr("origin-c", false);
    let (_, other_csr) = crate::common::pki::csr("x", false);
    let root = test_ca();
    let foreign = sign_csr(&other_csr, &root, 365);
    let (srv, run) = complete(
        &versions(&csr, ecdsa()),
        &foreign,
        Some(root.pem()),
        &["--skip-local-checks"],
    );
    run.code(0);
    assert_eq!(
        srv.lines(),
        vec![list_line(), upload_line(2)],
        "the awaiting version is looked up, not checked"
    );
    // With a version number, nothing is looked up: the upload alone.
    let srv = MockServer::replies(vec![Reply::empty(200)]);
    let m = Moks::new(&srv);
    let f = m.file("foreign.pem", &foreign);
    m.run(&[
        "complete-version",
        "--id",
        "5678",
        "--version",
        "2",
        "--certificate-file",
        f.to_str().unwrap(),
        "--skip-local-checks",
    ])
    .code(0);
    assert_eq!(srv.lines(), vec![upload_line(2)]);
}

#[test]
fn a_body_is_checked_too_and_its_private_key_always_refused() {
    let (key, csr) = csr("origin-c", false);
    let root = test_ca();
    let cert = sign_csr(&csr, &root, 365);
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let run_body = |body: Value, extra: &[&str]| {
        let text = body.to_string();
        let mut a = vec!["complete-version", "--id", "5678", "--body", &text];
        a.extend(extra);
        m.run(&a)
    };
    let run = run_body(json!({"certificate": format!("{cert}{}", root.pem())}), &[]);
    run.code(2);
    assert_eq!(
        run.error_line(),
        "\"certificate\" in --body holds 2 certificates: the upload takes the signed certificate \
         alone; put the certificates of its CA in \"trustChain\" in --body"
    );
    for extra in [&[][..], &["--skip-local-checks"]] {
        let run = run_body(
            json!({"certificate": cert, "trustChain": format!("{}{}", root.pem(), key.serialize_pem())}),
            extra,
        );
        run.code(2);
        assert_eq!(
            run.error_line(),
            "invalid value for '--body': \"trustChain\" holds a private key; give only \
             certificates (never upload a key)"
        );
    }
    assert_eq!(srv.lines(), Vec::<String>::new(), "nothing was sent");
}

#[test]
fn dry_run_prints_the_list_call_and_the_upload() {
    let (_key, csr) = csr("origin-c", false);
    let root = test_ca();
    let cert = sign_csr(&csr, &root, 365);
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let f = m.file("signed.pem", &cert);
    let run = m.run(&[
        "--dry-run",
        "complete-version",
        "--id",
        "5678",
        "--certificate-file",
        f.to_str().unwrap(),
    ]);
    run.code(0);
    let base = srv.base_url();
    assert!(
        run.stdout.starts_with(&format!(
            "GET {base}{}\n",
            path("/client-certificates/5678/versions")
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&format!(
            "\n\nPOST {base}{}\n",
            path("/client-certificates/5678/versions/{version AWAITING_SIGNED_CERTIFICATE}/certificate-block")
        )),
        "{}",
        run.stdout
    );
    assert_eq!(srv.lines(), Vec::<String>::new());
}

/// `moks --sandbox …` in a temp home, versions deployed at once.
struct Sandbox {
    m: Moks,
    state: std::path::PathBuf,
}

impl Sandbox {
    fn new() -> Sandbox {
        let m = Moks::without_edgerc().env("MOKS_SANDBOX_DEPLOY_DELAY", "0s");
        let state = m.home.path().join("state.json");
        Sandbox { m, state }
    }

    fn run(&self, args: &[&str]) -> Run {
        let mut a = vec!["--sandbox", "--sandbox-state", self.state.to_str().unwrap()];
        a.extend_from_slice(args);
        self.m.run(&a)
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.push("--json");
        let run = self.run(&a);
        run.code(0);
        run.json()
    }
}

#[test]
fn against_the_sandbox_its_csr_signed_passes_and_bad_certificates_are_refused_locally() {
    let s = Sandbox::new();
    let created = s.json(&[
        "new-client-cert",
        "--name",
        "origin-l",
        "--contract-id",
        "C-1",
        "--group-id",
        "7",
        "--secure-network",
        "STANDARD_TLS",
        "--signer",
        "THIRD_PARTY",
        "--key-algorithm",
        "ECDSA",
        "--notification-emails",
        "ops@example.com",
    ]);
    let id = created["certificateId"].to_string();
    let version = |s: &Sandbox| s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    let v1 = version(&s);
    assert_eq!(v1["status"], "AWAITING_SIGNED_CERTIFICATE");
    let csr_pem = v1["csrBlock"]["csr"].as_str().unwrap().to_string();
    let root = test_ca();
    let mid = root.intermediate("moks test intermediate");
    let good = sign_csr(&csr_pem, &mid, 365);
    let chain = format!("{}{}", mid.pem(), root.pem());
    let file = |name: &str, text: &str| {
        let p = s.m.home.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let upload = |cert: &str, chain: &str| {
        s.run(&[
            "complete-version",
            "--id",
            &id,
            "--certificate-file",
            cert,
            "--trust-chain-file",
            chain,
        ])
    };
    let (key, other_csr) = csr("origin-l", false);
    let now = time::OffsetDateTime::now_utc();
    let cases = [
        (
            sign_csr(&other_csr, &mid, 365),
            chain.clone(),
            "the certificate is for another key",
        ),
        (
            sign_csr_edited(&csr_pem, &mid, 365, |p| {
                p.not_before = now - time::Duration::days(60);
                p.not_after = now - time::Duration::days(1);
            }),
            chain.clone(),
            "the certificate has expired: its notAfter is ",
        ),
        (
            good.clone(),
            format!("{}{}", root.pem(), mid.pem()),
            "the trust chain in --trust-chain-file is out of order: ",
        ),
        (
            format!("{good}{}", key.serialize_pem()),
            chain.clone(),
            "the file holds a private key",
        ),
    ];
    for (i, (cert, chain, why)) in cases.iter().enumerate() {
        let run = upload(
            &file(&format!("bad{i}.pem"), cert),
            &file("chain.pem", chain),
        );
        run.code(2);
        assert!(run.error_line().contains(why), "{why}: {}", run.stderr);
        assert_eq!(
            version(&s)["status"],
            "AWAITING_SIGNED_CERTIFICATE",
            "{why}: nothing uploaded"
        );
    }
    let run = upload(&file("good.pem", &good), &file("chain.pem", &chain));
    run.code(0);
    assert_eq!(run.stderr, "", "no warning");
    let v1 = version(&s);
    assert_eq!(v1["status"], "DEPLOYED", "{v1}");
    assert_eq!(v1["issuer"], "moks test intermediate");
}
