//! Every command end to end against the sandbox, through the real binary: `--sandbox` (the
//! emulator in-process on an ephemeral loopback port, state in a temp file) and `sandbox
//! serve` (a child process the test starts and stops). Certificates are real X.509: the test
//! signs third-party CSRs with a CA of its own.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

use crate::common::pki::{sign_csr, sign_csr_edited, test_ca};
use crate::common::{new_client_cert, strs};

/// A hermetic `moks --sandbox` environment: its own HOME and state file.
pub(crate) struct Sbx {
    home: tempfile::TempDir,
    env: Vec<(&'static str, &'static str)>,
}

impl Sbx {
    pub(crate) fn new() -> Sbx {
        Sbx {
            home: tempfile::tempdir().unwrap(),
            env: Vec::new(),
        }
    }

    /// With an extra environment variable (a `MOKS_SANDBOX_*` knob).
    pub(crate) fn env(mut self, key: &'static str, value: &'static str) -> Sbx {
        self.env.push((key, value));
        self
    }

    /// Writes `text` to `name` in the environment's home; its path.
    pub(crate) fn home_file(&self, name: &str, text: &str) -> String {
        let p = self.home.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    }

    pub(crate) fn state(&self) -> PathBuf {
        self.home.path().join("state.json")
    }

    pub(crate) fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(cargo_bin("moks"));
        c.env_clear()
            .env("HOME", self.home.path())
            .env("MOKS_SANDBOX_DEPLOY_DELAY", "0s")
            .envs(self.env.iter().copied())
            .arg("--sandbox")
            .arg("--sandbox-state")
            .arg(self.state())
            .args(args)
            .stdin(Stdio::null());
        c
    }

    pub(crate) fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub(crate) fn json(&self, args: &[&str]) -> Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// (version, status, alias, versionGuid) of each record, in the API's order.
fn records(v: &Value) -> Vec<(i64, String, Option<String>, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["version"].as_i64().unwrap(),
                e["status"].as_str().unwrap().to_string(),
                e["versionAlias"].as_str().map(str::to_string),
                e["versionGuid"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// (version, status) of each record without an alias.
fn plain_versions(v: &Value) -> Vec<(i64, String)> {
    records(v)
        .into_iter()
        .filter(|r| r.2.is_none())
        .map(|r| (r.0, r.1))
        .collect()
}

/// The value of `field` in a `field : value` listing.
pub(crate) fn field<'a>(text: &'a str, field: &str) -> Option<&'a str> {
    text.lines().find_map(|l| {
        let (k, v) = l.split_once(" : ")?;
        (k.trim() == field).then(|| v.trim())
    })
}

pub(crate) const AKAMAI: [&str; 12] = [
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
fn akamai_one_record_per_version_and_stable_alias_guids_through_three_rotations() {
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
    assert_eq!(
        created["subject"],
        "/C=US/O=Akamai Technologies, Inc./OU=23456 C-0N7RAC7 12345/CN=origin-a/"
    );
    let id = created["certificateId"].as_i64().unwrap().to_string();

    // Version 1 is one record, CURRENT, signed by the account CA and deployed.
    let versions = s.json(&["get-client-cert-version", "--id", &id]);
    let r = records(&versions);
    assert_eq!(r.len(), 1, "{versions}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (1, "DEPLOYED", Some("CURRENT"))
    );
    let current_guid = r[0].3.clone();
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
    assert_eq!(v1["signatureAlgorithm"], "SHA256_WITH_RSA");
    let cas = s.json(&["get-ca-cert", "--status", "current"]);
    assert_eq!(cas[0]["commonName"], "23456 Account CA G1");
    assert_eq!(cas[0]["keySizeInBytes"], 4096);
    let ca = cas[0]["certificate"].as_str().unwrap().to_string();
    assert_eq!(v1["issuer"], cas[0]["commonName"]);
    let dir = tempfile::tempdir().unwrap();
    assert!(
        openssl_verify(&ca, &leaf, dir.path()),
        "the leaf verifies against the account CA"
    );

    // Three rotations: the new version is CURRENT under the same GUID, the one before it
    // PREVIOUS under the same PREVIOUS GUID; at most two records.
    let mut previous_guid: Option<String> = None;
    for n in 2..=4i64 {
        let rotated = s.json(&["rotate", "--name", "origin-a"]);
        assert_eq!(rotated["version"], n);
        assert_eq!(rotated["versionAlias"], "CURRENT");
        assert_eq!(rotated["versionGuid"], current_guid.as_str());
        let r = records(&s.json(&["get-client-cert-version", "--id", &id]));
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!((r[0].0, r[0].2.as_deref()), (n, Some("CURRENT")));
        assert_eq!(r[0].3, current_guid);
        assert_eq!((r[1].0, r[1].2.as_deref()), (n - 1, Some("PREVIOUS")));
        if let Some(p) = &previous_guid {
            assert_eq!(&r[1].3, p, "the PREVIOUS GUID stays the same");
        }
        previous_guid = Some(r[1].3.clone());
        // what a person reads shows the same GUIDs
        let table = s.ok(&["get-client-cert-version", "--id", &id]);
        let rows: Vec<&str> = table.lines().skip(1).collect();
        assert_eq!(rows.len(), 2, "{table}");
        assert!(rows[0].starts_with(&n.to_string()) && rows[0].contains("CURRENT"));
        assert!(rows[0].contains(&current_guid), "{table}");
        assert!(
            rows[1].contains("PREVIOUS") && rows[1].contains(&r[1].3),
            "{table}"
        );
        let current = s.ok(&[
            "get-client-cert-version",
            "--id",
            &id,
            "--version",
            "current",
        ]);
        assert_eq!(field(&current, "versionGuid"), Some(current_guid.as_str()));
        assert_eq!(field(&current, "version"), Some(n.to_string().as_str()));
    }

    // Remove the previous (deployed) version: scheduled, 202 with the server's message.
    let out = s.ok(&[
        "remove-version",
        "--id",
        &id,
        "--version",
        "previous",
        "--yes",
    ]);
    assert!(
        out.starts_with("It's being scheduled to delete on "),
        "{out}"
    );
    let r = records(&s.json(&["get-client-cert-version", "--id", &id]));
    assert_eq!(
        r.iter()
            .map(|x| (x.0, x.1.as_str(), x.2.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (4, "DEPLOYED", Some("CURRENT")),
            (3, "DELETE_PENDING", None)
        ]
    );
    // Renaming and e-mails: the API answers without a body, moks says what it did.
    let out = s.ok(&["set-client-cert", "--id", &id, "--new-name", "origin-a2"]);
    assert_eq!(out, format!("client certificate {id} updated\n"));
    let out = s.json(&[
        "set-client-cert",
        "--id",
        &id,
        "--notification-emails",
        "x@example.com",
    ]);
    assert_eq!(out, serde_json::json!({}));
    let got = s.json(&["get-client-cert", "--name", "ORIGIN-A2"]);
    assert_eq!(got["certificateId"].to_string(), id);
    assert_eq!(
        got["notificationEmails"],
        serde_json::json!(["x@example.com"])
    );
}

#[test]
fn third_party_alias_records_keep_their_guids_rotate_to_five_sixth_refused() {
    let s = Sbx::new();
    let created = s.json(&strs(&new_client_cert(&[
        "--name",
        "origin-b",
        "--group-id",
        "7",
        "--signer",
        "THIRD_PARTY",
        "--key-algorithm",
        "ecdsa",
        "--subject",
        "/C=US/O=Example/CN=origin-b.example.com/",
    ])));
    assert_eq!(created["signer"], "THIRD_PARTY");
    assert_eq!(
        created["subject"],
        "/C=US/O=Example/CN=origin-b.example.com/"
    );
    let id = created["certificateId"].as_i64().unwrap().to_string();
    let ca = test_ca();
    let dir = tempfile::tempdir().unwrap();
    let chain = dir.path().join("chain.pem");
    std::fs::write(&chain, ca.pem()).unwrap();
    let mut guids: Option<(String, Option<String>)> = None;

    for n in 1..=5i64 {
        if n > 1 {
            let out = s.run(&["rotate", "--id", &id]);
            assert!(out.status.success(), "{}", stderr(&out));
            assert!(
                stderr(&out).contains("next: get the CSR"),
                "{}",
                stderr(&out)
            );
            // The next step works as printed: its command gives the new version's CSR.
            let hint = stderr(&out);
            let printed = hint
                .split("next: get the CSR (moks ")
                .nth(1)
                .and_then(|rest| rest.split(" > ").next())
                .unwrap_or_else(|| panic!("no command in: {hint}"));
            assert!(printed.contains(&format!("--version {n}")), "{printed}");
            let args: Vec<&str> = printed.split_whitespace().collect();
            assert!(s
                .ok(&args)
                .starts_with("-----BEGIN CERTIFICATE REQUEST-----"));
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
        assert!(v.get("versionAlias").is_none() && v.get("subject").is_none());
        let csr = v["csrBlock"]["csr"].as_str().unwrap();
        assert!(csr.starts_with("-----BEGIN CERTIFICATE REQUEST-----"));
        let signed = dir.path().join(format!("v{n}.pem"));
        std::fs::write(&signed, sign_csr(csr, &ca, 365).replace('\n', "\r\n")).unwrap();
        // No --version: the one version awaiting its certificate.
        let out = s.ok(&[
            "complete-version",
            "--id",
            &id,
            "--certificate-file",
            signed.to_str().unwrap(),
            "--trust-chain-file",
            chain.to_str().unwrap(),
        ]);
        assert_eq!(
            out,
            format!("signed certificate uploaded to version {n} of client certificate {id}\n")
        );
        let v = s.json(&[
            "get-client-cert-version",
            "--id",
            &id,
            "--version",
            &n.to_string(),
        ]);
        assert_eq!(v["status"], "DEPLOYED", "deployed after the upload");
        assert!(v.get("versionAlias").is_none(), "the numbered record");
        assert_eq!(v["issuer"], "moks test CA");
        assert_eq!(v["subject"], "/C=US/O=Example/CN=origin-b.example.com/");
        assert_eq!(v["signatureAlgorithm"], "SHA256_WITH_ECDSA");
        assert!(!v["certificateBlock"]["certificate"]
            .as_str()
            .unwrap()
            .contains('\r'));
        // CURRENT is a separate record with its own GUID, the same one every time.
        let own = v["versionGuid"].as_str().unwrap().to_string();
        let cur = s.json(&[
            "get-client-cert-version",
            "--id",
            &id,
            "--version",
            "current",
        ]);
        assert_eq!(cur["version"], n);
        let cur_guid = cur["versionGuid"].as_str().unwrap().to_string();
        assert_ne!(cur_guid, own);
        let text = s.ok(&[
            "get-client-cert-version",
            "--id",
            &id,
            "--version",
            "current",
        ]);
        assert_eq!(field(&text, "versionGuid"), Some(cur_guid.as_str()));
        let prev = (n > 1).then(|| {
            let p = s.json(&[
                "get-client-cert-version",
                "--id",
                &id,
                "--version",
                "previous",
            ]);
            assert_eq!(p["version"], n - 1);
            p["versionGuid"].as_str().unwrap().to_string()
        });
        match &guids {
            None => guids = Some((cur_guid, prev)),
            Some((c0, p0)) => {
                assert_eq!(&cur_guid, c0, "the CURRENT GUID stays the same");
                if let (Some(p0), Some(p)) = (p0, &prev) {
                    assert_eq!(p, p0, "the PREVIOUS GUID stays the same");
                }
                guids = Some((c0.clone(), p0.clone().or(prev)));
            }
        }
        // the table shows the alias record with its GUID next to the numbered one
        let table = s.ok(&["get-client-cert-version", "--id", &id]);
        let rows: Vec<&str> = table.lines().skip(1).collect();
        assert!(
            rows[0].starts_with(&n.to_string())
                && rows[0].contains("CURRENT")
                && rows[0].contains(&guids.as_ref().unwrap().0),
            "{table}"
        );
        assert!(
            rows[1].starts_with(&n.to_string()) && rows[1].contains(&own),
            "{table}"
        );
    }
    // Nothing awaits a certificate now: complete-version without --version says so.
    let signed = dir.path().join("v1.pem");
    let out = s.run(&[
        "complete-version",
        "--id",
        &id,
        "--certificate-file",
        signed.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("has no version AWAITING_SIGNED_CERTIFICATE"),
        "{}",
        stderr(&out)
    );
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
fn upload_checks_key_subject_chain_and_usage_and_blocks_warnings_unless_acknowledged() {
    let s = Sbx::new();
    let created = s.json(&strs(&new_client_cert(&[
        "--name",
        "origin-c",
        "--group-id",
        "7",
        "--signer",
        "THIRD_PARTY",
    ])));
    let id = created["certificateId"].as_i64().unwrap().to_string();
    let ca = test_ca();
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let upload = |cert: &str, chain: Option<&str>, ack: bool| {
        // The sandbox's own checks are under test: the local ones are skipped.
        let mut a = vec![
            "complete-version",
            "--skip-local-checks",
            "--id",
            &id,
            "--certificate-file",
            cert,
        ];
        if let Some(c) = chain {
            a.extend(["--trust-chain-file", c]);
        }
        if ack {
            a.push("--acknowledge-all-warnings");
        }
        s.run(&a)
    };
    // A certificate for some other key: refused, field-level error, exit 4.
    let other = rcgen::generate_simple_self_signed(vec!["x.example".into()]).unwrap();
    let out = upload(&file("wrong.pem", &other.cert.pem()), None, true);
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("  certificate: "), "{}", stderr(&out));
    let csr = |s: &Sbx| {
        s.json(&[
            "get-client-cert-version",
            "--id",
            &id,
            "--version",
            "latest",
        ])["csrBlock"]["csr"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let v1 = csr(&s);
    // Another subject than the CSR's, or a chain from an unrelated CA: errors, whatever is
    // acknowledged.
    let renamed = sign_csr_edited(&v1, &ca, 365, |p| {
        p.distinguished_name = rcgen::DistinguishedName::new();
        p.distinguished_name
            .push(rcgen::DnType::CommonName, "someone-else");
    });
    let out = upload(&file("renamed.pem", &renamed), None, true);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("someone-else"), "{}", stderr(&out));
    let unrelated = test_ca();
    let good = file("good.pem", &sign_csr(&v1, &ca, 365));
    let out = upload(&good, Some(&file("unrelated.pem", unrelated.pem())), true);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("  trustChain: "), "{}", stderr(&out));
    // serverAuth as the only extended key usage: a warning that blocks...
    let server_only = sign_csr_edited(&v1, &ca, 365, |p| {
        p.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    });
    let server_only = file("server.pem", &server_only);
    let chain = file("ca.pem", ca.pem());
    let out = upload(&server_only, Some(&chain), false);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("clientAuth"), "{}", stderr(&out));
    // ...unless acknowledged; then it is recorded in validation.warnings.
    let out = upload(&server_only, Some(&chain), true);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    assert_eq!(
        v["validation"]["warnings"][0]["type"], "NO_CLIENT_AUTH_USAGE",
        "{v}"
    );
    // Valid for 10 days: a warning too.
    s.ok(&["rotate", "--id", &id]);
    let short = file("short.pem", &sign_csr(&csr(&s), &ca, 10));
    let out = upload(&short, None, false);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(upload(&short, None, true).status.success());
    let v = s.json(&["get-client-cert-version", "--id", &id, "--version", "2"]);
    assert_eq!(
        v["validation"]["warnings"][0]["type"], "CERTIFICATE_EXPIRES_SOON",
        "{v}"
    );
}

#[test]
fn a_version_a_production_property_uses_is_not_removed() {
    // The seeded example-akamai-1's version 1 is used by www.example.com on production:
    // forced past moks's own check, the sandbox refuses it too.
    let s = Sbx::new();
    let out = s.run(&[
        "remove-version",
        "--name",
        "example-akamai-1",
        "--version",
        "1",
        "--yes",
        "--force",
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("www.example.com"), "{}", stderr(&out));
    let v = s.json(&[
        "get-client-cert-version",
        "--name",
        "example-akamai-1",
        "--version",
        "1",
    ]);
    assert_eq!(v["status"], "DEPLOYED");
}

#[test]
fn deletes_leave_gaps_keep_the_certificate_listed_while_pending_then_free_the_name() {
    let bad = Sbx::new().env("MOKS_SANDBOX_DELETE_PENDING", "soon");
    let out = bad.run(&["get-client-cert"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("MOKS_SANDBOX_DELETE_PENDING"),
        "{}",
        stderr(&out)
    );

    let s = Sbx::new().env("MOKS_SANDBOX_DELETE_PENDING", "5s");
    // A never-deployed version goes at once, and its number is not used again.
    let created = s.json(&strs(&new_client_cert(&[
        "--name",
        "tp",
        "--group-id",
        "7",
        "--signer",
        "THIRD_PARTY",
    ])));
    let tp = created["certificateId"].as_i64().unwrap().to_string();
    // Version 1 awaits its certificate: another is made with --force.
    s.ok(&["rotate", "--id", &tp, "--force"]);
    let out = s.ok(&[
        "remove-version",
        "--id",
        &tp,
        "--version",
        "latest",
        "--yes",
    ]);
    assert_eq!(
        out,
        format!("version 2 of client certificate {tp} deleted\n")
    );
    assert_eq!(
        s.json(&["rotate", "--id", &tp, "--force"])["version"],
        3,
        "a gap at 2"
    );
    // The last deployed version: DELETE_PENDING, still listed and found by name...
    let mut args = vec!["new-client-cert", "--name", "short-lived"];
    args.extend_from_slice(&AKAMAI);
    s.json(&args);
    let out = s.ok(&[
        "remove-version",
        "--name",
        "short-lived",
        "--version",
        "1",
        "--yes",
        "--force",
    ]);
    assert!(
        out.starts_with("It's being scheduled to delete on "),
        "{out}"
    );
    let got = s.json(&["get-client-cert", "--name", "short-lived"]);
    assert_eq!(got["certificateName"], "short-lived");
    let v = s.json(&["get-client-cert-version", "--name", "short-lived"]);
    assert_eq!(plain_versions(&v), vec![(1, "DELETE_PENDING".to_string())]);
    let due = time::OffsetDateTime::parse(
        v[0]["scheduledDeleteDate"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    // ...and its name cannot be taken again until the deletion completes.
    let out = s.run(&args);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("Certificate with same name already exists."));
    let wait = due - time::OffsetDateTime::now_utc() + time::Duration::seconds(1);
    std::thread::sleep(wait.try_into().unwrap_or_default());
    let out = s.run(&["get-client-cert", "--name", "short-lived"]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "gone after the window: {}",
        stderr(&out)
    );
    assert_eq!(s.json(&args)["certificateName"], "short-lived");
}

#[test]
fn expired_akamai_versions_are_rotated_by_the_sandbox() {
    let s = Sbx::new().env("MOKS_SANDBOX_AKAMAI_LIFETIME", "1s");
    let mut args = vec!["new-client-cert", "--name", "brief"];
    args.extend_from_slice(&AKAMAI);
    let id = s.json(&args)["certificateId"].as_i64().unwrap().to_string();
    let first = s.json(&[
        "get-client-cert-version",
        "--id",
        &id,
        "--version",
        "current",
    ]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let cur = s.json(&[
        "get-client-cert-version",
        "--id",
        &id,
        "--version",
        "current",
    ]);
    assert!(
        cur["version"].as_i64().unwrap() > first["version"].as_i64().unwrap(),
        "{cur}"
    );
    assert_eq!(cur["createdBy"], "akamai");
    assert_eq!(
        cur["versionGuid"], first["versionGuid"],
        "the CURRENT GUID follows the rotation"
    );
}

#[test]
fn twenty_concurrent_processes_share_one_state_file() {
    let s = Sbx::new();
    s.ok(&["get-client-cert"]); // initialise (seed) once
    let children: Vec<Child> = (0..20)
        .map(|i| {
            let name = format!("parallel-{i:02}");
            s.cmd(&strs(&new_client_cert(&[
                "--name",
                &name,
                "--key-algorithm",
                "ECDSA",
            ])))
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
pub(crate) struct Served {
    child: Child,
    pub(crate) edgerc: PathBuf,
    stderr_lines: Vec<String>,
    _dir: tempfile::TempDir,
}

impl Served {
    pub(crate) fn start(extra: &[&str]) -> Served {
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
        while !section.contains("access_token") {
            assert!(out.read_line(&mut section).unwrap() > 0, "{section}");
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
