//! The sandbox's Cloudflare answers parsed by Cloudflare's official Python SDK (PyPI
//! `cloudflare`) with its base URL pointed at a loopback sandbox: create, get, list with its
//! auto-pager (which asks for the next page until one comes back empty), delete (revoke),
//! edit (reactivate) and the hostname associations (tests/python/cloudflare_sdk.py).
//!
//! The SDK is not a dependency of the workspace: the test runs when the interpreter named by
//! MOKS_CLOUDFLARE_PYTHON (default `python3`) can import `cloudflare`, and says it skipped
//! otherwise. With MOKS_REQUIRE_CLOUDFLARE_PYTHON=1 (for a CI that installs the SDK) a
//! missing SDK fails the test instead.

#![allow(clippy::print_stderr)] // a test says on stderr why it skipped

use moks_sandbox::{CloudflareConfig, Options, Sandbox, StateLocation, CLOUDFLARE_TOKEN};
use serde_json::Value;
use std::process::{Command, Stdio};
use std::time::Duration;

fn python() -> String {
    std::env::var("MOKS_CLOUDFLARE_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn sdk_available() -> bool {
    let importable = Command::new(python())
        .args(["-c", "import cloudflare"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let required =
        std::env::var_os("MOKS_REQUIRE_CLOUDFLARE_PYTHON").is_some_and(|v| !v.is_empty());
    assert!(
        importable || !required,
        "MOKS_REQUIRE_CLOUDFLARE_PYTHON is set but {} cannot import cloudflare (pip install cloudflare)",
        python()
    );
    if !importable {
        eprintln!("skipped: the cloudflare Python SDK is not installed (pip install cloudflare)");
    }
    importable
}

#[tokio::test]
async fn the_official_python_sdk_parses_every_answer() {
    if !sdk_available() {
        return;
    }
    let opts = Options {
        cloudflare: CloudflareConfig {
            transition_delay: Duration::from_secs(3600),
            ..CloudflareConfig::default()
        },
        ..Options::new("127.0.0.1:0".parse().unwrap(), StateLocation::Memory)
    };
    let sb = Sandbox::start(opts).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csr_path = dir.path().join("client.csr");
    let (csr, _key) =
        moks_testkit::pki::make_csr(&[("O", "Example Inc"), ("CN", "py.example.com")]);
    std::fs::write(&csr_path, csr).unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/python/cloudflare_sdk.py"
    );
    let base = format!("{}/client/v4", sb.base_url());
    let args = [
        script.to_string(),
        base,
        CLOUDFLARE_TOKEN.into(),
        csr_path.display().to_string(),
        "7".into(),
    ];
    // The SDK runs on a blocking thread while this runtime serves it.
    let out = tokio::task::spawn_blocking(move || Command::new(python()).args(args).output())
        .await
        .unwrap()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the SDK failed: {stderr}");
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["created_status"], "active");
    assert_eq!(r["created_cn"], "py.example.com");
    assert!(r["ca_name"].as_str().unwrap().starts_with("Managed CA"));
    assert_eq!(r["got"], r["created"]);
    assert_eq!(r["got_fingerprint"].as_str().unwrap().len(), 64);
    assert_eq!(
        r["listed"], r["created_ids"],
        "every page followed, in order, once"
    );
    assert_eq!(r["revoked_status"], "pending_revocation");
    assert_eq!(r["reactivated_status"], "pending_reactivation");
    assert_eq!(r["hostnames"], serde_json::json!(["api.example.com"]));
    assert_eq!(r["read_back"], r["hostnames"]);
    // the auto-pager asked for pages 1, 2 and the empty 3
    let pages: Vec<String> = sb
        .requests()
        .iter()
        .filter(|q| q.method == "GET" && q.path.ends_with("/client_certificates"))
        .map(|q| q.query.clone())
        .collect();
    assert_eq!(pages.len(), 3, "{pages:?}");
    assert!(pages[2].contains("page=3"), "{pages:?}");
    // one POST per certificate: the SDK sent each create once
    let posts = sb.requests().iter().filter(|q| q.method == "POST").count();
    assert_eq!(posts, 7);
}
