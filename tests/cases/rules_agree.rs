//! moks and the sandbox apply one set of input rules (the model's): for each create body the
//! sandbox refuses with 400, moks refuses it first, with exit 2 and nothing sent; a body the
//! sandbox accepts, moks sends. Each case is tried both ways: through the binary against an
//! in-process sandbox (which records every request), and signed straight to the sandbox.
//! The same for a signed certificate's upload (`moks_model::moks::upload`): each certificate
//! the sandbox refuses, moks's local check refuses first and says the API would too; with
//! `--skip-local-checks` the sandbox refuses it for the same reason; the warnings' threshold
//! (days rounded, under 30) and the clientAuth rule are the same on both sides; a chain out
//! of order is doubtful to moks and taken by the sandbox.

use std::time::Duration;

use assert_cmd::cargo::cargo_bin;
use moks_sandbox::{Options, Sandbox, StateLocation};
use serde_json::{json, Value};

use crate::common::edgegrid;
use crate::common::pki::{csr, sign_csr, sign_csr_edited, test_ca};
use crate::common::{Moks, Run};

const BASE: &str = "/mtls-origin-keystore/v1";

fn good() -> Value {
    json!({"certificateName": "agree", "contractId": "C-0N7RAC7", "groupId": 12345,
           "geography": "CORE", "secureNetwork": "STANDARD_TLS", "signer": "AKAMAI",
           "notificationEmails": ["ops@example.com"]})
}

/// `good()` with `field` set to `value` (`Value::Null` removes it).
fn with(field: &str, value: Value) -> Value {
    let mut b = good();
    let m = b.as_object_mut().unwrap();
    if value.is_null() {
        m.remove(field);
    } else {
        m.insert(field.to_string(), value);
    }
    b
}

/// Sends `body` signed with the sandbox's tokens by the test kit's own signer; the status.
async fn post_signed(sb: &Sandbox, body: &Value) -> u16 {
    let d = moks_sandbox::default_credentials();
    let creds = edgegrid::Creds {
        client_token: d.client_token,
        client_secret: d.client_secret,
        access_token: d.access_token,
        max_body: d.max_body,
    };
    let pq = format!("{BASE}/client-certificates");
    let bytes = serde_json::to_vec(body).unwrap();
    let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
    let auth = edgegrid::authorization(
        &creds,
        "POST",
        &sb.base_url(),
        &pq,
        &bytes,
        &ts,
        &edgegrid::nonce(),
    );
    reqwest::Client::new()
        .post(format!("{}{pq}", sb.base_url()))
        .timeout(Duration::from_secs(30))
        .header("Authorization", auth)
        .header("Content-Type", "application/json")
        .body(bytes)
        .send()
        .await
        .expect("the sandbox answers")
        .status()
        .as_u16()
}

/// Runs `moks new-client-cert --body BODY` against `sb`; the exit code and stderr.
async fn moks_create(sb: &Sandbox, home: &std::path::Path, body: &Value) -> (i32, String) {
    let d = moks_sandbox::default_credentials();
    let edgerc = home.join(".edgerc");
    std::fs::write(
        &edgerc,
        format!(
            "[default]\nhost = {}\nclient_token = {}\nclient_secret = {}\naccess_token = {}\n",
            sb.base_url(),
            d.client_token,
            d.client_secret,
            d.access_token
        ),
    )
    .unwrap();
    let mut c = std::process::Command::new(cargo_bin("moks"));
    c.env_clear()
        .env("HOME", home)
        .args(["--edgerc"])
        .arg(&edgerc)
        .args(["new-client-cert", "--body", &body.to_string()])
        .stdin(std::process::Stdio::null());
    let out = tokio::task::spawn_blocking(move || c.output().unwrap())
        .await
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn what_the_sandbox_refuses_moks_refuses_first_and_sends_nothing() {
    let sb = Sandbox::start(Options::new(
        "127.0.0.1:0".parse().unwrap(),
        StateLocation::Memory,
    ))
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let refused = [
        with("subject", json!("/DC=com/CN=x/")),
        with("subject", json!("/O=/CN=x/")),
        with("subject", json!(format!("/CN={}/", "x".repeat(65)))),
        with("subject", json!("/C=USA/CN=x/")),
        with("subject", json!("/O=x/")),
        with("subject", json!("CN=x")),
        with("notificationEmails", json!(["ops@localhost"])),
        with("notificationEmails", json!([])),
        with("groupId", json!(-1)),
        with("groupId", json!("12345x")),
        with("contractId", json!("C 1")),
        with("contractId", json!("abcé")),
        with("certificateName", json!("x".repeat(65))),
        with("certificateName", json!("")),
        with("signer", json!("SOMEONE")),
        with("secureNetwork", json!("FAST_TLS")),
        with("keyAlgorithm", json!("DSA")),
        with("geography", json!("MARS")),
        with("signer", json!("THIRD_PARTY"))
            .as_object()
            .map(|m| {
                let mut m = m.clone();
                m.insert("preferredCa".into(), json!("X CA"));
                Value::Object(m)
            })
            .unwrap(),
    ];
    for body in &refused {
        let before = sb.requests().len();
        let (code, err) = moks_create(&sb, home.path(), body).await;
        assert_eq!(code, 2, "moks should refuse {body}: {err}");
        assert_eq!(
            err.lines().filter(|l| l.starts_with("moks: error")).count(),
            1,
            "{err}"
        );
        assert_eq!(sb.requests().len(), before, "moks sent {body}");
        assert_eq!(
            post_signed(&sb, body).await,
            400,
            "the sandbox should refuse {body}"
        );
    }
    // What the sandbox takes, moks sends.
    let accepted = [
        good(),
        with(
            "subject",
            json!("/C=US/ST=CA/L=SF/O=Ex, Inc./OU=1 C 2/emailAddress=a@example.com/CN=ok/"),
        )
        .as_object()
        .map(|m| {
            let mut m = m.clone();
            m.insert("certificateName".into(), json!("agree-2"));
            Value::Object(m)
        })
        .unwrap(),
    ];
    for (i, body) in accepted.iter().enumerate() {
        let before = sb.requests().len();
        let (code, err) = moks_create(&sb, home.path(), body).await;
        assert_eq!(code, 0, "moks should send {body}: {err}");
        assert_eq!(sb.requests().len(), before + 1);
        let mut again = body.clone();
        again["certificateName"] = json!(format!("direct-{i}"));
        assert_eq!(
            post_signed(&sb, &again).await,
            201,
            "the sandbox should take {body}"
        );
    }
    sb.shutdown().await;
}

/// `moks --sandbox --sandbox-state STATE ARGS…`.
fn sandboxed(m: &Moks, args: &[&str]) -> Run {
    let state = m.home.path().join("state.json");
    let mut a = vec!["--sandbox", "--sandbox-state", state.to_str().unwrap()];
    a.extend_from_slice(args);
    m.run(&a)
}

/// Version 1 of certificate `id` in the sandbox, as `--json` prints it.
fn version1(m: &Moks, id: &str) -> Value {
    let v = sandboxed(
        m,
        &[
            "get-client-cert-version",
            "--id",
            id,
            "--version",
            "1",
            "--json",
        ],
    );
    v.code(0);
    v.json()
}

/// A THIRD_PARTY certificate in the sandbox: its id and its version's CSR.
fn third_party(m: &Moks) -> (String, String) {
    let mut body = with("signer", json!("THIRD_PARTY"));
    body["keyAlgorithm"] = json!("ECDSA");
    let run = sandboxed(
        m,
        &["new-client-cert", "--body", &body.to_string(), "--json"],
    );
    run.code(0);
    let id = run.json()["certificateId"].to_string();
    let csr = version1(m, &id)["csrBlock"]["csr"]
        .as_str()
        .unwrap()
        .to_string();
    (id, csr)
}

#[test]
fn what_the_sandbox_refuses_on_upload_moks_refuses_first_as_certain() {
    let m = Moks::without_edgerc().env("MOKS_SANDBOX_DEPLOY_DELAY", "0s");
    let (id, csr_pem) = third_party(&m);
    let root = test_ca();
    let mid = root.intermediate("moks test intermediate");
    let chain = format!("{}{}", mid.pem(), root.pem());
    let now = time::OffsetDateTime::now_utc();
    let hours = time::Duration::hours;
    let file = |name: &str, text: &str| {
        let p = m.home.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let upload = |cert: &str, chain: &str, extra: &[&str]| {
        let (cert, chain) = (file("cert.pem", cert), file("chain.pem", chain));
        let mut a = vec!["complete-version", "--id", &id, "--certificate-file", &cert];
        a.extend_from_slice(&["--trust-chain-file", &chain]);
        a.extend_from_slice(extra);
        sandboxed(&m, &a)
    };
    let awaiting = || version1(&m, &id)["status"] == "AWAITING_SIGNED_CERTIFICATE";
    let (_, other_csr) = csr("agree-up", false);
    let cases = [
        (
            sign_csr(&other_csr, &mid, 365),
            chain.clone(),
            "the certificate is for another key",
            "does not match the key of this version's CSR",
        ),
        (
            sign_csr_edited(&csr_pem, &mid, 365, |p| {
                p.not_before = now - time::Duration::days(60);
                p.not_after = now - time::Duration::days(1);
            }),
            chain.clone(),
            "the certificate has expired",
            "it has expired",
        ),
        (
            sign_csr_edited(&csr_pem, &mid, 365, |p| p.not_before = now + hours(48)),
            chain.clone(),
            "the certificate is not valid yet",
            "it is not valid yet",
        ),
        (
            sign_csr_edited(&csr_pem, &mid, 365, |p| {
                p.distinguished_name
                    .push(rcgen::DnType::OrganizationName, "Someone Else");
            }),
            chain.clone(),
            "is not the subject of the CSR of",
            "is not the subject of this version's CSR",
        ),
        (
            sign_csr(&csr_pem, &mid, 365),
            test_ca().pem().to_string(),
            "does not link",
            "The trust chain does not link the certificate",
        ),
    ];
    for (cert, chain, moks_says, sandbox_says) in &cases {
        let local = upload(cert, chain, &[]);
        local.code(2);
        assert!(
            local.error_line().contains(moks_says),
            "{moks_says}: {}",
            local.stderr
        );
        assert!(
            local
                .stderr
                .contains("the API refuses such a certificate too"),
            "{}",
            local.stderr
        );
        let served = upload(cert, chain, &["--skip-local-checks"]);
        assert_ne!(served.code, 0, "{sandbox_says}: {}", served.stderr);
        assert!(
            served.stderr.contains(sandbox_says),
            "{sandbox_says}: {}",
            served.stderr
        );
        assert!(awaiting(), "{moks_says}: nothing uploaded");
    }
    // The warnings: 29 days and 11 hours read as 29, under 30, on both sides; no clientAuth.
    let short = sign_csr_edited(&csr_pem, &mid, 365, |p| {
        p.not_after = now + time::Duration::days(29) + hours(11);
        p.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    });
    let run = upload(&short, &chain, &[]);
    assert_ne!(
        run.code, 0,
        "the sandbox wants the warnings acknowledged: {}",
        run.stderr
    );
    for said in [
        "moks: warning: the certificate is valid for 29 more days only",
        "moks: warning: the certificate's extended key usage leaves out clientAuth",
        "less than 30 days from now",
        "does not include clientAuth",
    ] {
        assert!(run.stderr.contains(said), "{said}: {}", run.stderr);
    }
    assert!(awaiting());
    // 29 days and 13 hours read as 30: no warning either side. In a chain out of order,
    // which only moks doubts: its check offers the way around, the sandbox takes it.
    let fine = sign_csr_edited(&csr_pem, &mid, 365, |p| {
        p.not_after = now + time::Duration::days(29) + hours(13);
    });
    let reversed = format!("{}{}", root.pem(), mid.pem());
    let local = upload(&fine, &reversed, &[]);
    local.code(2);
    assert!(
        local.error_line().contains("is out of order"),
        "{}",
        local.stderr
    );
    assert!(
        local.stderr.contains("add --skip-local-checks"),
        "{}",
        local.stderr
    );
    let served = upload(&fine, &reversed, &["--skip-local-checks"]);
    served.code(0);
    assert!(!served.stderr.contains("warning"), "{}", served.stderr);
    assert!(!awaiting());
}
