//! `sandbox serve --edgerc-out FILE` through the real binary: the section is written to a
//! private file (no warning when moks reads it), and with `--tls` it names the certificate
//! and the flag to pass.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;

#[cfg(unix)]
#[test]
fn edgerc_out_writes_a_private_section_that_names_its_tls_certificate() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let edgerc = dir.path().join("sandbox.edgerc");
    let mut child = Command::new(cargo_bin("moks"))
        .env_clear()
        .env("HOME", dir.path())
        .env("TMPDIR", dir.path())
        .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--tls"])
        .arg("--edgerc-out")
        .arg(&edgerc)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(60);
    while !edgerc.exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    let section = std::fs::read_to_string(&edgerc).unwrap_or_default();
    let mode = std::fs::metadata(&edgerc).map(|m| m.permissions().mode() & 0o777);
    let moks = |args: &[&str]| {
        Command::new(cargo_bin("moks"))
            .env_clear()
            .env("HOME", dir.path())
            .arg("--edgerc")
            .arg(&edgerc)
            .args(["--section", "sandbox"])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    // The flag to pass, as the section's comment says it.
    let ca_cert = section
        .lines()
        .find_map(|l| l.split("pass --ca-cert ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .map(str::to_string);
    let out = ca_cert
        .as_deref()
        .map(|pem| moks(&["--ca-cert", pem, "get-client-cert"]));
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let _ = child.wait();
    let stdout = std::io::read_to_string(child.stdout.take().unwrap()).unwrap();
    assert_eq!(stdout, "", "the section goes to the file, not stdout");
    assert_eq!(mode.ok(), Some(0o600), "{section}");
    assert!(section.contains("access_token = "), "{section}");
    let out = out.unwrap_or_else(|| panic!("no '--ca-cert FILE' in the section:\n{section}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("warning"), "{err}");
}
