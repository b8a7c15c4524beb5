//! moks and the sandbox apply one set of input rules (the model's): for each create body the
//! sandbox refuses with 400, moks refuses it first, with exit 2 and nothing sent; a body the
//! sandbox accepts, moks sends. Each case is tried both ways: through the binary against an
//! in-process sandbox (which records every request), and signed straight to the sandbox.

use std::time::Duration;

use assert_cmd::cargo::cargo_bin;
use moks_sandbox::{Options, Sandbox, StateLocation};
use serde_json::{json, Value};

use crate::common::edgegrid;

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
