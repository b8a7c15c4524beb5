//! Every command end to end against the sandbox, through the real binary: `--sandbox` (the
//! emulator in-process on an ephemeral loopback port, state in a temp file) and `sandbox
//! serve` (a child process the test starts and stops). Certificates are real X.509: the test
//! signs third-party CSRs with a CA of its own.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

/// A hermetic `moks --sandbox` environment: its own HOME and state file.
struct Sbx {
    home: tempfile::TempDir,
}

impl Sbx {
    fn new() -> Sbx {
        Sbx {
            home: tempfile::tempdir().unwrap(),
        }
    }

    fn state(&self) -> PathBuf {
        self.home.path().join("state.json")
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(cargo_bin("moks"));
        c.env_clear()
            .env("HOME", self.home.path())
            .env("MOKS_SANDBOX_DEPLOY_DELAY", "0s")
            .arg("--sandbox")
            .arg("--sandbox-state")
            .arg(self.state())
            .args(args)
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Plain (unaliased) versions, newest first.
fn plain_versions(v: &Value) -> Vec<(i64, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .filter(|e| e["versionAlias"].is_null())
        .map(|e| {
            (
                e["version"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn alias_of(v: &Value, alias: &str) -> Option<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .find(|e| e["versionAlias"] == alias)
        .and_then(|e| e["version"].as_i64())
}

const AKAMAI: [&str; 12] = [
    "--contract-id",
    "ctr_C-0N7RAC7",
    "--group-id",
    "grp_12345",
    "--secure-network",
    "enhanced_tls",
    "--signer",
    "akamai",
    "--notification-emails",
    "ops@example.com,sec@example.com",
    "--geography",
    "russian_and_core",
];

fn openssl_verify(ca_pem: &str, leaf_pem: &str, dir: &Path) -> bool {
    let ca = dir.join("ca.pem");
    let leaf = dir.join("leaf.pem");
    std::fs::write(&ca, ca_pem).unwrap();
    std::fs::write(&leaf, leaf_pem).unwrap();
    match Command::new("openssl")
        .arg("verify")
        .arg("-CAfile")
        .arg(&ca)
        .arg(&leaf)
        .output()
    {
        Ok(o) => o.status.success(),
        Err(_) => {
            // No openssl binary: check the signature with x509-parser instead.
            let (_, ca_der) = x509_parser::pem::parse_x509_pem(ca_pem.as_bytes()).unwrap();
            let (_, leaf_der) = x509_parser::pem::parse_x509_pem(leaf_pem.as_bytes()).unwrap();
            let ca = ca_der.parse_x509().unwrap();
            let leaf = leaf_der.parse_x509().unwrap();
            leaf.verify_signature(Some(ca.public_key())).is_ok()
        }
    }
}

#[test]
fn akamai_lifecycle_create_deploy_rotate_aliases_remove() {
    let s = Sbx::new();
    let mut args = vec!["new-client-cert", "--name", "origin-a"];
    args.extend_from_slice(&AKAMAI);
    let created = s.json(&args);
    assert_eq!(created["certificateName"], "origin-a");
    assert_eq!(created["signer"], "AKAMAI");
    assert_eq!(created["geography"], "RUSSIA_AND_CORE");
    assert_eq!(created["secureNetwork"], "ENHANCED_TLS");
    assert_eq!(
        created["keyAlgorithm"], "RSA",
        "the server picks RSA when none is sent"
    );
    assert_eq!(
        created["notificationEmails"],
        serde_json::json!(["ops@example.com", "sec@example.com"])
    );
    let id = created["certificateId"].as_i64().unwrap().to_string();

    // Version 1 is signed by the account CA and deployed (deploy delay 0 here).
    let versions = s.json(&["get-client-cert-version", "--id", &id]);
    assert_eq!(plain_versions(&versions), vec![(1, "DEPLOYED".to_string())]);
    let v1 = s.json(&[
        "get-client-cert-version",
        "--name",
        "origin-a",
        "--version",
        "1",
    ]);
    let leaf = v1["certificateBlock"]["certificate"]
        .as_str()
        .unwrap()
        .to_string();
    let cas = s.json(&["get-ca-cert", "--status", "current"]);
    let ca = cas[0]["certificate"].as_str().unwrap().to_string();
    assert_eq!(v1["issuer"], cas[0]["commonName"]);
    let dir = tempfile::tempdir().unwrap();
    assert!(
        openssl_verify(&ca, &leaf, dir.path()),
        "the leaf verifies against the account CA"
    );

    // Rotate: version 2 becomes CURRENT, 1 PREVIOUS (aliased duplicate entries).
    let rotated = s.json(&["rotate", "--name", "origin-a"]);
    assert_eq!(rotated["version"], 2);
    let versions = s.json(&["get-client-cert-version", "--id", &id]);
    assert_eq!(alias_of(&versions, "CURRENT"), Some(2));
    assert_eq!(alias_of(&versions, "PREVIOUS"), Some(1));
    assert_eq!(plain_versions(&versions).len(), 2);
    let table = s.ok(&["get-client-cert-version", "--id", &id]);
    let rows: Vec<&str> = table.lines().skip(1).collect();
    assert_eq!(
        rows.len(),
        2,
        "aliased duplicates are listed once:\n{table}"
    );
    assert!(
        rows[0].starts_with("2") && rows[0].contains("CURRENT"),
        "{table}"
    );
    assert!(
        rows[1].starts_with("1") && rows[1].contains("PREVIOUS"),
        "{table}"
    );
    let current = s.json(&[
        "get-client-cert-version",
        "--id",
        &id,
        "--version",
        "current",
    ]);
    assert_eq!(current["version"], 2);

    // A third rotation keeps at most two AKAMAI versions: the oldest drops off.
    s.json(&["new-client-cert-version", "--id", &id]);
    let versions = s.json(&["get-client-cert-version", "--id", &id]);
    let nums: Vec<i64> = plain_versions(&versions).iter().map(|(n, _)| *n).collect();
    assert_eq!(nums, vec![3, 2]);

    // Remove the previous (deployed) version: scheduled, 202 with the server's message.
    let out = s.ok(&["remove-version", "--id", &id, "--version", "previous"]);
    assert!(
        out.starts_with("It's being scheduled to delete on "),
        "{out}"
    );
    let versions = s.json(&["get-client-cert-version", "--id", &id]);
    assert_eq!(
        plain_versions(&versions),
        vec![
            (3, "DEPLOYED".to_string()),
            (2, "DELETE_PENDING".to_string())
        ]
    );
    // Renaming and e-mails, then a lookup by the new name.
    let patched = s.json(&[
        "set-client-cert",
        "--id",
        &id,
        "--new-name",
        "origin-a2",
        "--notification-emails",
        "x@example.com",
    ]);
    assert_eq!(patched["certificateName"], "origin-a2");
    let got = s.json(&["get-client-cert", "--name", "ORIGIN-A2"]);
    assert_eq!(got["certificateId"].to_string(), id);
    assert_eq!(
        got["notificationEmails"],
        serde_json::json!(["x@example.com"])
    );
}

/// Signs `csr_pem` with the test's own CA, valid for `days`.
fn sign_csr(csr_pem: &str, ca: &TestCa, days: i64) -> String {
    let mut csr = rcgen::CertificateSigningRequestParams::from_pem(csr_pem).expect("a real CSR");
    let now = time::OffsetDateTime::now_utc();
    csr.params.not_before = now - time::Duration::hours(1);
    csr.params.not_after = now + time::Duration::days(days);
    csr.signed_by(&ca.issuer).unwrap().pem()
}

/// The test's own CA: its issuer (for signing) and its certificate PEM (the trust chain).
struct TestCa {
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
    pem: String,
}

impl TestCa {
    fn pem(&self) -> &str {
        &self.pem
    }
}

fn test_ca() -> TestCa {
    let mut params = rcgen::CertificateParams::default();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "moks test CA");
    let key = rcgen::KeyPair::generate().unwrap();
    let pem = params.self_signed(&key).unwrap().pem();
    TestCa {
        issuer: rcgen::Issuer::new(params, key),
        pem,
    }
}

#[test]
fn third_party_lifecycle_csr_sign_complete_rotate_to_five_sixth_refused() {
    let s = Sbx::new();
    let created = s.json(&[
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
        "--key-algorithm",
        "ecdsa",
        "--subject",
        "/C=US/O=Example/CN=origin-b.example.com/",
    ]);
    assert_eq!(created["signer"], "THIRD_PARTY");
    assert_eq!(
        created["subject"],
        "/C=US/O=Example/CN=origin-b.example.com/"
    );
    let id = created["certificateId"].as_i64().unwrap().to_string();
    let ca = test_ca();
    let dir = tempfile::tempdir().unwrap();

    for n in 1..=5i64 {
        if n > 1 {
            let out = s.run(&["rotate", "--id", &id]);
            assert!(out.status.success(), "{}", stderr(&out));
            assert!(
                stderr(&out).contains("next: get the CSR"),
                "{}",
                stderr(&out)
            );
        }
        let v = s.json(&[
            "get-client-cert-version",
            "--id",
            &id,
            "--version",
            "latest",
        ]);
        assert_eq!(v["version"], n);
        assert_eq!(v["status"], "AWAITING_SIGNED_CERTIFICATE");
        let csr = v["csrBlock"]["csr"].as_str().unwrap();
        assert!(csr.starts_with("-----BEGIN CERTIFICATE REQUEST-----"));
        let signed = dir.path().join(format!("v{n}.pem"));
        std::fs::write(&signed, sign_csr(csr, &ca, 365).replace('\n', "\r\n")).unwrap();
        let chain = dir.path().join("chain.pem");
        std::fs::write(&chain, ca.pem()).unwrap();
        let up = s.json(&[
            "complete-version",
            "--id",
            &id,
            "--certificate-file",
            signed.to_str().unwrap(),
            "--trust-chain-file",
            chain.to_str().unwrap(),
        ]);
        assert_eq!(up["version"], n);
        let v = s.json(&[
            "get-client-cert-version",
            "--id",
            &id,
            "--version",
            &n.to_string(),
        ]);
        assert_eq!(v["status"], "DEPLOYED", "deployed after the upload");
        assert_eq!(v["issuer"], "moks test CA");
        assert!(!v["certificateBlock"]["certificate"]
            .as_str()
            .unwrap()
            .contains('\r'));
    }
    let out = s.run(&["rotate", "--id", &id]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "the sixth version is refused: {}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("moks: error: "), "{}", stderr(&out));
    let versions = s.json(&["get-client-cert-version", "--id", &id]);
    assert_eq!(plain_versions(&versions).len(), 5);
}

#[test]
fn upload_checks_the_key_and_blocks_on_a_short_life_unless_acknowledged() {
    let s = Sbx::new();
    let created = s.json(&[
        "new-client-cert",
        "--name",
        "origin-c",
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
    ]);
    let id = created["certificateId"].as_i64().unwrap().to_string();
    let ca = test_ca();
    let dir = tempfile::tempdir().unwrap();
    // A certificate for some other key: refused, field-level error, exit 4.
    let other = rcgen::generate_simple_self_signed(vec!["x.example".into()]).unwrap();
    let wrong = dir.path().join("wrong.pem");
    std::fs::write(&wrong, other.cert.pem()).unwrap();
    let out = s.run(&[
        "complete-version",
        "--id",
        &id,
        "--certificate-file",
        wrong.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("  certificate: "), "{}", stderr(&out));
    // Valid for 10 days: a warning that blocks...
    let v = s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    let short = dir.path().join("short.pem");
    std::fs::write(
        &short,
        sign_csr(v["csrBlock"]["csr"].as_str().unwrap(), &ca, 10),
    )
    .unwrap();
    let out = s.run(&[
        "complete-version",
        "--id",
        &id,
        "--version",
        "1",
        "--certificate-file",
        short.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    // ...unless acknowledged; then it is recorded in validation.warnings.
    let up = s.json(&[
        "complete-version",
        "--id",
        &id,
        "--version",
        "1",
        "--certificate-file",
        short.to_str().unwrap(),
        "--acknowledge-all-warnings",
    ]);
    assert_eq!(
        up["validation"]["warnings"].as_array().map(Vec::len),
        Some(1),
        "{up}"
    );
}

#[test]
fn twenty_concurrent_processes_share_one_state_file() {
    let s = Sbx::new();
    s.ok(&["get-client-cert"]); // initialise (seed) once
    let children: Vec<Child> = (0..20)
        .map(|i| {
            let name = format!("parallel-{i:02}");
            s.cmd(&[
                "new-client-cert",
                "--name",
                &name,
                "--contract-id",
                "C-1",
                "--group-id",
                "1",
                "--secure-network",
                "STANDARD_TLS",
                "--signer",
                "AKAMAI",
                "--notification-emails",
                "ops@example.com",
                "--key-algorithm",
                "ECDSA",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for mut c in children {
        let status = c.wait().unwrap();
        let mut err = String::new();
        c.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        assert!(status.success(), "{err}");
    }
    let raw = std::fs::read_to_string(s.state()).unwrap();
    serde_json::from_str::<Value>(&raw).expect("the state file is valid JSON");
    let list = s.json(&["get-client-cert"]);
    let mut names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["certificateName"].as_str())
        .filter(|n| n.starts_with("parallel-"))
        .collect();
    names.sort();
    let expected: Vec<String> = (0..20).map(|i| format!("parallel-{i:02}")).collect();
    assert_eq!(names, expected);
    let mut ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["certificateId"].as_i64())
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids are unique");
}

#[test]
fn first_use_with_no_edgerc_seeds_example_certificates_under_the_state_dir() {
    // What the README's first command does on a fresh machine: no .edgerc, default state path.
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(cargo_bin("moks"))
        .env_clear()
        .env("HOME", home.path())
        .args(["--sandbox", "get-client-cert"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("certificateId") && lines[0].contains("certificateName"),
        "{text}"
    );
    assert_eq!(lines.len(), 1 + 4, "four seeded certificates:\n{text}");
    assert!(
        text.contains("example-akamai-1") && text.contains("example-third-party-2"),
        "{text}"
    );
    assert!(home.path().join(".local/state/moks/sandbox.json").is_file());
    // `sandbox reset` forgets it.
    let out = Command::new(cargo_bin("moks"))
        .env_clear()
        .env("HOME", home.path())
        .args(["sandbox", "reset"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!home.path().join(".local/state/moks/sandbox.json").exists());
}

#[test]
fn a_corrupt_state_file_is_an_error_naming_it_and_is_kept() {
    let s = Sbx::new();
    std::fs::write(s.state(), "{ not json").unwrap();
    let out = s.run(&["get-client-cert"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(s.state().to_str().unwrap()),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(s.state()).unwrap(), "{ not json");
}

/// `moks sandbox serve` as a child process, stopped on drop.
struct Served {
    child: Child,
    edgerc: PathBuf,
    stderr_lines: Vec<String>,
    _dir: tempfile::TempDir,
}

impl Served {
    fn start(extra: &[&str]) -> Served {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(cargo_bin("moks"))
            .env_clear()
            .env("HOME", dir.path())
            .env("TMPDIR", dir.path())
            .args([
                "sandbox",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--deploy-delay",
                "0s",
            ])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut section = String::new();
        for _ in 0..5 {
            out.read_line(&mut section).unwrap();
        }
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut stderr_lines = Vec::new();
        let want = if extra.contains(&"--tls") { 2 } else { 1 };
        for _ in 0..want {
            let mut l = String::new();
            err.read_line(&mut l).unwrap();
            stderr_lines.push(l);
        }
        assert!(section.starts_with("[sandbox]\nhost = http"), "{section}");
        let edgerc = dir.path().join("sandbox.edgerc");
        std::fs::write(&edgerc, &section).unwrap();
        Served {
            child,
            edgerc,
            stderr_lines,
            _dir: dir,
        }
    }

    fn moks(&self, args: &[&str]) -> Output {
        Command::new(cargo_bin("moks"))
            .env_clear()
            .env("HOME", self._dir.path())
            .arg("--edgerc")
            .arg(&self.edgerc)
            .args(["--section", "sandbox"])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if !matches!(self.child.try_wait(), Ok(None)) {
            return; // already stopped
        }
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

#[test]
fn serve_prints_a_working_edgerc_section_and_stops_on_sigterm() {
    let mut served = Served::start(&["--seed", "2"]);
    let out = served.moks(&["--json", "get-client-cert"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    let out = served.moks(&["get-ca-cert"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("CURRENT"));
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(served.child.id().to_string())
        .status();
    let status = served.child.wait().unwrap();
    assert!(status.success(), "serve exits 0 on SIGTERM");
}

#[test]
fn serve_with_tls_is_reached_with_ca_cert_and_refused_without() {
    let served = Served::start(&["--tls"]);
    let note = served.stderr_lines.join("");
    let pem = note
        .split_whitespace()
        .find(|w| w.ends_with(".pem:") || w.ends_with(".pem"))
        .map(|w| w.trim_end_matches(':').to_string())
        .unwrap_or_else(|| panic!("no certificate file named in: {note}"));
    let section = std::fs::read_to_string(&served.edgerc).unwrap();
    assert!(section.contains("host = https://127.0.0.1:"), "{section}");
    let out = served.moks(&["get-client-cert"]);
    assert_eq!(
        out.status.code(),
        Some(6),
        "untrusted certificate: {}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--ca-cert"), "{}", stderr(&out));
    let out = served.moks(&["--ca-cert", &pem, "get-client-cert"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn serve_with_an_edgerc_section_accepts_those_tokens_only() {
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("own.edgerc");
    let secret = "Own+Secret/Value0123456789=";
    std::fs::write(
        &own,
        format!(
            "[team]\nhost = akab-unused.luna.akamaiapis.net\nclient_token = akab-own-ct\nclient_secret = {secret}\naccess_token = akab-own-at\n"
        ),
    )
    .unwrap();
    let mut child = Command::new(cargo_bin("moks"))
        .env_clear()
        .env("HOME", dir.path())
        .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--edgerc"])
        .arg(&own)
        .args(["--section", "team"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut section = String::new();
    for _ in 0..3 {
        out.read_line(&mut section).unwrap();
    }
    assert!(
        !section.contains(secret),
        "the section's secret is never printed: {section}"
    );
    assert!(
        section.contains("; tokens: those of section [team]"),
        "{section}"
    );
    let host = section
        .lines()
        .find_map(|l| l.strip_prefix("host = "))
        .unwrap()
        .to_string();
    let client = |ct: &str, cs: &str, at: &str| {
        let f = dir.path().join(format!("{ct}.edgerc"));
        std::fs::write(&f, format!("[default]\nhost = {host}\nclient_token = {ct}\nclient_secret = {cs}\naccess_token = {at}\n")).unwrap();
        Command::new(cargo_bin("moks"))
            .env_clear()
            .env("HOME", dir.path())
            .arg("--edgerc")
            .arg(&f)
            .arg("get-client-cert")
            .output()
            .unwrap()
    };
    let ok = client("akab-own-ct", secret, "akab-own-at");
    assert!(ok.status.success(), "{}", stderr(&ok));
    let d = moks_sandbox::default_credentials();
    let refused = client(&d.client_token, &d.client_secret, &d.access_token);
    assert_eq!(refused.status.code(), Some(4), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains(": Invalid client token\n"),
        "{}",
        stderr(&refused)
    );
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let _ = child.wait();
}

/// The file a `--tls` sandbox named for its certificate.
fn tls_cert_file(served: &Served) -> String {
    let note = served.stderr_lines.join("");
    note.split_whitespace()
        .find(|w| w.ends_with(".pem:") || w.ends_with(".pem"))
        .map(|w| w.trim_end_matches(':').to_string())
        .unwrap_or_else(|| panic!("no certificate file named in: {note}"))
}

/// Waits at most `secs` for the child; kills it and returns `None` past that.
fn wait_at_most(child: &mut Child, secs: u64) -> Option<std::process::ExitStatus> {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while std::time::Instant::now() < until {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

/// With `--ca-cert` naming the CA that vouches for the server, the system trust store is not
/// read: SSL_CERT_FILE is a FIFO that nobody writes to, on which reading would wait for ever.
/// The control: without `--ca-cert` the store is read, from that FIFO, fed the sandbox's CA.
#[cfg(unix)]
#[test]
fn a_sufficient_ca_cert_spares_reading_the_system_store() {
    let served = Served::start(&["--tls"]);
    let pem = tls_cert_file(&served);
    let fifo = served._dir.path().join("system-store.pem");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let spawn = |args: &[&str]| {
        Command::new(cargo_bin("moks"))
            .env_clear()
            .env("HOME", served._dir.path())
            .env("SSL_CERT_FILE", &fifo)
            .arg("--edgerc")
            .arg(&served.edgerc)
            .args(["--section", "sandbox"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };

    let mut with_ca = spawn(&["--ca-cert", &pem, "get-client-cert", "--json"]);
    let status = wait_at_most(&mut with_ca, 30).expect(
        "moks waited on SSL_CERT_FILE: it read the system store although --ca-cert sufficed",
    );
    assert!(status.success(), "{status}");

    let mut without = spawn(&["get-client-cert", "--json"]);
    let feed = {
        let (fifo, pem) = (fifo.clone(), std::fs::read(&pem).unwrap());
        // Opening for writing waits until moks opens the FIFO to read it.
        std::thread::spawn(move || {
            use std::io::Write;
            let mut w = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
            w.write_all(&pem).unwrap();
        })
    };
    let status = wait_at_most(&mut without, 30).expect("moks did not finish");
    assert!(
        status.success(),
        "without --ca-cert, the store read from SSL_CERT_FILE trusts the sandbox: {status}"
    );
    assert!(
        feed.is_finished(),
        "the system store was read from SSL_CERT_FILE"
    );
}
