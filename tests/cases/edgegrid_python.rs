//! moks's signatures checked by an independent implementation: Akamai's own edgegrid-python
//! library, running in a loopback server (tests/python/edgegrid_verify_server.py) that
//! recomputes each Authorization header from the request as received.
//!
//! `.ci/run` installs edgegrid-python and sets MOKS_REQUIRE_EDGEGRID_PYTHON=1: then the test
//! fails, not skips, when the library cannot be imported or the server does not start.
//! Elsewhere it says it skipped. Every wait is bounded ([`WAIT`]): a server that never
//! starts, or is never contacted, fails the test instead of hanging it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

const CT: &str = "akab-client-token-py-0001";
const CS: &str = "Py+Secret/Value==";
const AT: &str = "akab-access-token-py-0002";

/// The longest wait for the server's next line (its port, or the record of a request).
const WAIT: Duration = Duration::from_secs(30);

fn required() -> bool {
    std::env::var_os("MOKS_REQUIRE_EDGEGRID_PYTHON").is_some_and(|v| !v.is_empty())
}

struct PyServer {
    child: Child,
    /// The server's stdout, line by line, read by a thread so that every wait has a limit.
    lines: Receiver<String>,
    port: u16,
}

/// Whether edgegrid-python can be imported; when it cannot, fails under
/// MOKS_REQUIRE_EDGEGRID_PYTHON and otherwise says the test is skipped.
fn edgegrid_python_available() -> bool {
    let importable = Command::new("python3")
        .args(["-c", "import akamai.edgegrid, requests"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !importable {
        assert!(
            !required(),
            "MOKS_REQUIRE_EDGEGRID_PYTHON is set but edgegrid-python cannot be imported \
             (pip install edgegrid-python)"
        );
        eprintln!("skipped: edgegrid-python is not installed (pip install edgegrid-python)");
    }
    importable
}

impl PyServer {
    fn start() -> Option<PyServer> {
        if !edgegrid_python_available() {
            return None;
        }
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/python/edgegrid_verify_server.py"
        );
        let mut child = Command::new("python3")
            .args([script, CT, CS, AT])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start python3");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = PyServer {
            child,
            lines,
            port: 0,
        };
        let first = server.next_line("its PORT line");
        server.port = first
            .trim()
            .strip_prefix("PORT ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("expected 'PORT <n>', got {first:?}"));
        Some(server)
    }

    /// The server's next line, within [`WAIT`]; `what` says what was awaited.
    fn next_line(&self, what: &str) -> String {
        self.lines
            .recv_timeout(WAIT)
            .unwrap_or_else(|e| panic!("the edgegrid-python server gave no {what} ({e})"))
    }

    /// The record of the request `moks args…` sent; `out` is what moks said, for the
    /// message when it sent none.
    fn next_record(&self, args: &[&str], out: &std::process::Output) -> Value {
        let line = self.next_line(&format!(
            "record of a request from moks {args:?} (which exited {:?}: {})",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("bad record {line:?}: {e}"))
    }
}

impl Drop for PyServer {
    fn drop(&mut self) {
        // The server exits when its stdin closes; killed too, so that dropping never waits.
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn every_method_verifies_with_akamais_python_library() {
    let Some(server) = PyServer::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();
    let edgerc = home.path().join(".edgerc");
    std::fs::write(
        &edgerc,
        format!(
            "[default]\nhost = http://127.0.0.1:{}\nclient_token = {CT}\nclient_secret = {CS}\naccess_token = {AT}\n",
            server.port
        ),
    )
    .unwrap();
    // Each command and the requests it makes (a rotate or delete reads the versions first).
    type Sent = Vec<(&'static str, String)>;
    let versions = "/mtls-origin-keystore/v1/client-certificates/5/versions";
    let runs: Vec<(Vec<&str>, Sent)> = vec![
        (vec!["get-client-cert"], vec![("GET", "/mtls-origin-keystore/v1/client-certificates".into())]),
        (
            vec!["--account-key", "1-ABC:2-D E", "get-ca-cert", "--status", "current,expired"],
            vec![(
                "GET",
                "/mtls-origin-keystore/v1/ca-certificates?status=CURRENT%2CEXPIRED&accountSwitchKey=1-ABC%3A2-D+E".into(),
            )],
        ),
        (
            vec![
                "new-client-cert", "--name", "näme with space", "--contract-id", "ctr_C-1", "--group-id", "12",
                "--secure-network", "standard_tls", "--signer", "akamai", "--notification-emails", "a@example.com",
                "--subject", "/C=US/O=Ex/CN=ü x/",
            ],
            vec![("POST", "/mtls-origin-keystore/v1/client-certificates".into())],
        ),
        (
            vec!["set-client-cert", "--id", "5", "--new-name", "y"],
            vec![("PATCH", "/mtls-origin-keystore/v1/client-certificates/5".into())],
        ),
        (vec!["rotate", "--id", "5"], vec![("GET", versions.into()), ("POST", versions.into())]),
        (
            vec!["remove-version", "--id", "5", "--version", "2", "--yes"],
            vec![
                ("GET", format!("{versions}?includeAssociatedProperties=true")),
                ("DELETE", format!("{versions}/2")),
            ],
        ),
        (
            vec!["api", "put", "/some/other-api/v2/items?q=a%20b&x=1", "--body", r#"{"ü": [1, 2.50]}"#],
            vec![("PUT", "/some/other-api/v2/items?q=a%20b&x=1".into())],
        ),
    ];
    for (args, requests) in runs {
        let out = assert_cmd::Command::new(cargo_bin("moks"))
            .env_clear()
            .env("HOME", home.path())
            .arg("--edgerc")
            .arg(&edgerc)
            .args(["--timeout", "10"])
            .args(&args)
            .write_stdin(Vec::<u8>::new())
            .timeout(WAIT)
            .output()
            .unwrap();
        for (method, path) in requests {
            let record = server.next_record(&args, &out);
            assert_eq!(record["method"], method, "{args:?}");
            assert_eq!(record["path"], path.as_str(), "{args:?}");
            assert_eq!(record["verified"], true, "{args:?}: {record}");
        }
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn akamais_python_library_drives_a_plain_http_sandbox_serve() {
    // edgegrid-python signs the scheme of the URL it calls (`http` here); the sandbox
    // verifies with the scheme it serves.
    if !edgegrid_python_available() {
        return;
    }
    let served = super::sandbox::Served::start(&[]);
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/python/edgegrid_sandbox_client.py"
    );
    let out = Command::new("python3")
        .arg(script)
        .arg(&served.edgerc)
        .arg("sandbox")
        .stdin(Stdio::null())
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let calls: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let statuses: Vec<(&str, i64)> = calls
        .iter()
        .map(|c| (c["call"].as_str().unwrap(), c["status"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [("create", 201), ("rotate", 201), ("list", 200)],
        "{calls:?}"
    );
    assert_eq!(calls[0]["body"]["certificateName"], "from-python");
    assert_eq!(calls[1]["body"]["version"], 2);
    let listed: Vec<i64> = calls[2]["body"]["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_i64().unwrap())
        .collect();
    assert_eq!(listed, [2, 1], "one record per Akamai-signed version");
}
