//! `wait` and `--wait` (new-client-cert, rotate, complete-version): the versions list polled
//! until the version is DEPLOYED; exit 7 naming the last status when `--wait-timeout` passes;
//! an error at once for a version that can never deploy; Ctrl-C stops it (exit 130); a live
//! line on a terminal, a line per change otherwise, nothing with `-q`. Against the sandbox
//! (`MOKS_SANDBOX_DEPLOY_DELAY` keeps the waits short) and, for what the sandbox cannot be
//! made to do (a version that vanishes, a failing check), against the mock server.

use serde_json::{json, Value};

use super::sandbox::{field, stderr, Sbx, AKAMAI};
use crate::common::pki::{sign_csr, test_ca};
use crate::common::{fixture, new_client_cert, path, strs, MockServer, Moks, Reply};

/// Version 2 of certificate 7 in `status`, version 1 deployed.
fn listed(status: &str) -> Reply {
    Reply::json(
        200,
        &json!({"versions": [
            {"version": 2, "versionGuid": "g2", "status": status, "keyAlgorithm": "RSA", "futureField": [1]},
            {"version": 1, "versionGuid": "g1", "status": "DEPLOYED", "keyAlgorithm": "RSA"}
        ]}),
    )
}

fn versions_line(id: &str) -> String {
    format!(
        "GET {}",
        path(&format!("/client-certificates/{id}/versions"))
    )
}

/// The lines of stderr about the wait's progress.
fn progress(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("moks: version "))
        .collect()
}

fn create_akamai(s: &Sbx, name: &str, extra: &[&str]) -> (std::process::Output, String) {
    let mut args = vec!["--json", "new-client-cert", "--name", name];
    args.extend_from_slice(&AKAMAI);
    args.extend_from_slice(extra);
    let out = s.run(&args);
    let id = serde_json::from_slice::<Value>(&out.stdout)
        .map(|v| v["certificateId"].to_string())
        .unwrap_or_default();
    (out, id)
}

#[test]
fn wait_polls_until_deployed_says_each_change_once_and_prints_the_version() {
    let srv = MockServer::replies(vec![
        listed("DEPLOYMENT_PENDING"),
        listed("DEPLOYMENT_PENDING"),
        listed("DEPLOYED"),
        listed("DEPLOYED"),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&["wait", "--id", "7", "--interval", "1s"]);
    run.code(0);
    assert_eq!(srv.lines(), vec![versions_line("7"); 3]);
    let lines = progress(&run.stderr);
    assert_eq!(lines.len(), 2, "one line per change:\n{}", run.stderr);
    assert!(
        lines[0].starts_with("moks: version 2 of client certificate 7: DEPLOYMENT_PENDING ("),
        "{}",
        run.stderr
    );
    assert!(
        lines[1].starts_with("moks: version 2 of client certificate 7: DEPLOYED after "),
        "{}",
        run.stderr
    );
    // The version's record, as get-client-cert-version --version 2 shows it.
    assert!(
        run.stdout.starts_with("version      : 2\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\nstatus       : DEPLOYED\n"),
        "{}",
        run.stdout
    );
    // --json: the API's record unchanged; -q: nothing on stderr.
    let run = m.run(&["wait", "--id", "7", "--json", "-q"]);
    run.code(0);
    assert_eq!(
        run.json(),
        json!({"version": 2, "versionGuid": "g2", "status": "DEPLOYED", "keyAlgorithm": "RSA", "futureField": [1]})
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn a_wait_that_outlasts_its_timeout_exits_7_naming_the_last_status() {
    let srv = MockServer::always(listed("DEPLOYMENT_PENDING"));
    let run = Moks::new(&srv).run(&[
        "wait",
        "--id",
        "7",
        "--wait-timeout",
        "2s",
        "--interval",
        "1s",
        "--json",
    ]);
    run.code(7);
    assert_eq!(
        run.error_line(),
        "version 2 of client certificate 7 is not DEPLOYED after 2.0 s: its last status was \
         DEPLOYMENT_PENDING"
    );
    assert!(run
        .stderr
        .contains("\nhint: wait longer with: moks wait --id 7 --version 2 --wait-timeout 1h\n"));
    assert_eq!(run.stdout, "", "nothing printed as though it were deployed");
    // Checks at once, then about every second until the timeout: a handful, not a flood.
    let n = srv.requests().len();
    assert!((2..=4).contains(&n), "{n} checks");
}

#[test]
fn versions_that_can_never_deploy_end_the_wait_at_once_with_exit_4() {
    for (status, want) in [
        (
            "DELETE_PENDING",
            "version 2 of client certificate 7 is DELETE_PENDING: it will not deploy",
        ),
        (
            "AWAITING_SIGNED_CERTIFICATE",
            "version 2 of client certificate 7 is AWAITING_SIGNED_CERTIFICATE: it deploys only \
             once its signed certificate is uploaded",
        ),
    ] {
        let srv = MockServer::always(listed(status));
        // The default timeout is 30 minutes: ending at all proves it did not wait.
        let run = Moks::new(&srv).run(&["wait", "--id", "7"]);
        run.code(4);
        assert_eq!(run.error_line(), want);
        assert_eq!(srv.requests().len(), 1, "{status}: one check");
    }
    let srv = MockServer::always(listed("AWAITING_SIGNED_CERTIFICATE"));
    let run = Moks::new(&srv).run(&["wait", "--id", "7"]);
    assert!(
        run.stderr
            .contains("hint: get its CSR: moks get-csr --id 7 --version 2 > v2.csr\n"),
        "{}",
        run.stderr
    );
    // A version that goes while it is waited for.
    let srv = MockServer::replies(vec![
        listed("DEPLOYMENT_PENDING"),
        Reply::json(
            200,
            &json!({"versions": [{"version": 1, "status": "DEPLOYED"}]}),
        ),
    ]);
    let run = Moks::new(&srv).run(&["wait", "--id", "7", "--version", "2"]);
    run.code(4);
    assert_eq!(
        run.error_line(),
        "version 2 of client certificate 7 no longer exists: it cannot deploy"
    );
    // A version that is not there at all.
    let srv = MockServer::always(listed("DEPLOYED"));
    let run = Moks::new(&srv).run(&["wait", "--id", "7", "--version", "9"]);
    run.code(4);
    assert_eq!(run.error_line(), "client certificate 7 has no version 9");
}

#[test]
fn a_check_that_fails_for_a_passing_reason_is_said_and_made_again() {
    let srv = MockServer::replies(vec![
        listed("DEPLOYMENT_PENDING"),
        Reply::problem(503, &json!({"title": "Service Unavailable"})),
        listed("DEPLOYED"),
    ]);
    let run = Moks::new(&srv).env("AKAMAI_RETRY_MAX", "0").run(&[
        "wait",
        "--id",
        "7",
        "--interval",
        "1s",
    ]);
    run.code(0);
    assert_eq!(srv.requests().len(), 3);
    let lines = progress(&run.stderr);
    assert_eq!(lines.len(), 3, "{}", run.stderr);
    assert!(
        lines[1].starts_with(
            "moks: version 2 of client certificate 7: DEPLOYMENT_PENDING (check failed: \
             Service Unavailable) ("
        ),
        "{}",
        run.stderr
    );
    // Any other failure ends it.
    let srv = MockServer::replies(vec![
        listed("DEPLOYMENT_PENDING"),
        Reply::problem(403, &json!({"title": "Forbidden", "detail": "no grant"})),
    ]);
    let run = Moks::new(&srv).run(&["wait", "--id", "7", "--interval", "1s"]);
    run.code(4);
    assert_eq!(run.error_line(), "Forbidden: no grant");
    assert_eq!(srv.requests().len(), 2);
}

#[test]
fn complete_version_wait_lets_awaiting_pass_after_the_upload() {
    let srv = MockServer::replies(vec![
        Reply::empty(200),
        listed("AWAITING_SIGNED_CERTIFICATE"),
        listed("DEPLOYED"),
    ]);
    let m = Moks::new(&srv);
    let (pem, _, _) = fixture::certificate("leaf.example");
    let cert = m.file("signed.pem", pem);
    let run = m.run(&[
        "complete-version",
        "--id",
        "7",
        "--version",
        "2",
        "--certificate-file",
        cert.to_str().unwrap(),
        "--skip-local-checks",
        "--wait",
        "--interval",
        "1s",
    ]);
    run.code(0);
    assert_eq!(
        run.stdout,
        "signed certificate uploaded to version 2 of client certificate 7\n"
    );
    assert_eq!(
        srv.lines(),
        vec![
            format!(
                "POST {}",
                path("/client-certificates/7/versions/2/certificate-block")
            ),
            versions_line("7"),
            versions_line("7"),
        ]
    );
    assert!(
        run.stderr
            .contains("moks: version 2 of client certificate 7: DEPLOYED after "),
        "{}",
        run.stderr
    );
}

#[test]
fn wait_flags_are_checked_before_anything_is_sent() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    for (args, want) in [
        (
            vec!["wait", "--id", "7", "--wait-timeout", "0s"],
            "invalid value '0s' for '--wait-timeout <DURATION>': expected a duration of more \
             than 0 and at most 7 days, such as 30s, 10m or 1h",
        ),
        (
            vec!["wait", "--id", "7", "--interval", "soon"],
            "invalid value 'soon' for '--interval <DURATION>': expected a duration of more \
             than 0 and at most 7 days, such as 30s, 10m or 1h",
        ),
        (
            vec!["rotate", "--id", "7", "--wait-timeout", "5m"],
            "the following required arguments were not provided: --wait",
        ),
        (
            vec![
                "new-client-cert",
                "--name",
                "tp",
                "--contract-id",
                "C-1",
                "--group-id",
                "1",
                "--secure-network",
                "STANDARD_TLS",
                "--signer",
                "THIRD_PARTY",
                "--notification-emails",
                "ops@example.com",
                "--wait",
            ],
            "--wait cannot be used with signer THIRD_PARTY: version 1 awaits your signed \
             certificate, and deploys only once it is uploaded; wait then with `moks \
             complete-version … --wait`",
        ),
    ] {
        let run = m.run(&args);
        run.code(2);
        assert_eq!(run.error_line(), want, "{args:?}");
    }
    assert!(srv.requests_unchecked().is_empty());
    // --dry-run: the first check is printed, nothing sent.
    let run = m.run(&["wait", "--id", "7", "--dry-run"]);
    run.code(0);
    assert!(run.stdout.starts_with(&format!(
        "GET {}{}\n",
        srv.base_url(),
        path("/client-certificates/7/versions")
    )));
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn sandbox_create_and_rotate_with_wait_never_meet_a_pending_version() {
    // Without --wait a rotation right after the create is refused: version 1 is pending
    // (the README's walkthrough failed so when pasted at once).
    let slow = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1h");
    let (out, id) = create_akamai(&slow, "origin-a", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = slow.run(&["rotate", "--id", &id]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("DEPLOYMENT_PENDING"),
        "{}",
        stderr(&out)
    );
    // With --wait each command returns once its version is DEPLOYED.
    let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "2s");
    let (out, id) = create_akamai(&s, "origin-w", &["--wait"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stderr(&out);
    let lines = progress(&said);
    assert!(
        lines.last().is_some_and(|l| l.starts_with(&format!(
            "moks: version 1 of client certificate {id}: DEPLOYED after "
        ))),
        "{said}"
    );
    for n in 2..=3 {
        let out = s.run(&["--json", "rotate", "--id", &id, "--wait"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let rotated: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(rotated["version"], n, "the created version, printed once");
        assert!(
            stderr(&out).contains(&format!(
                "moks: version {n} of client certificate {id}: DEPLOYED after "
            )),
            "{}",
            stderr(&out)
        );
    }
    let v = s.json(&["get-client-cert-version", "--id", &id]);
    let statuses: Vec<(i64, &str)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["version"].as_i64().unwrap(),
                e["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(statuses, [(3, "DEPLOYED"), (2, "DEPLOYED")]);
    let text = s.ok(&["wait", "--id", &id, "--version", "previous"]);
    assert_eq!(field(&text, "version"), Some("2"));
    assert_eq!(field(&text, "versionAlias"), Some("PREVIOUS"));
}

#[test]
fn sandbox_third_party_waits_only_after_its_upload() {
    let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1s");
    let owned = new_client_cert(&[
        "--name",
        "origin-t",
        "--group-id",
        "7",
        "--signer",
        "THIRD_PARTY",
    ]);
    let args = strs(&owned);
    let mut with_wait = args.clone();
    with_wait.push("--wait");
    let out = s.run(&with_wait);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = s.run(&["get-client-cert", "--name", "origin-t"]);
    assert_eq!(out.status.code(), Some(4), "nothing was created");
    let id = s.json(&args)["certificateId"].to_string();
    let out = s.run(&["wait", "--id", &id]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("AWAITING_SIGNED_CERTIFICATE"));
    let ca = test_ca();
    let dir = tempfile::tempdir().unwrap();
    let signed = dir.path().join("v1.pem");
    std::fs::write(
        &signed,
        sign_csr(&s.ok(&["get-csr", "--id", &id]), &ca, 365),
    )
    .unwrap();
    let out = s.run(&[
        "complete-version",
        "--id",
        &id,
        "--certificate-file",
        signed.to_str().unwrap(),
        "--wait",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "moks: version 1 of client certificate {id}: DEPLOYED after "
        )),
        "{}",
        stderr(&out)
    );
    // rotate --wait: the version is made, then the wait is refused at once.
    let out = s.run(&["--json", "rotate", "--id", &id, "--wait"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let rotated: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        rotated["version"], 2,
        "the new version is printed all the same"
    );
    assert!(
        stderr(&out).contains(&format!(
            "moks: error: cannot wait for version 2 of client certificate {id}: it awaits its \
             signed certificate"
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sandbox_rotate_wait_times_out_with_exit_7_after_printing_the_new_version() {
    let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1h");
    let (out, id) = create_akamai(&s, "slow", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.run(&[
        "wait",
        "--id",
        &id,
        "--wait-timeout",
        "1s",
        "--interval",
        "1s",
    ]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "moks: error: version 1 of client certificate {id} is not DEPLOYED after 1.0 s: its \
             last status was DEPLOYMENT_PENDING\n"
        )),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_wait_cleanly_with_exit_130() {
    use std::io::{BufRead, BufReader};
    let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1h");
    let (out, id) = create_akamai(&s, "interrupted", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut child = s
        .cmd(&["wait", "--id", &id])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    err.read_line(&mut first).unwrap();
    assert!(first.contains(": DEPLOYMENT_PENDING ("), "{first}");
    crate::common::pty::signal(&child, rustix::process::Signal::INT);
    let status = child.wait().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).unwrap();
    assert_eq!(status.code(), Some(130), "{rest}");
    assert!(
        rest.starts_with("moks: error: interrupted after ")
            && rest.contains(&format!(
                "while waiting for version 1 of client certificate {id} (last status \
             DEPLOYMENT_PENDING)\nhint: to wait again: moks wait --id {id} --version 1\n"
            )),
        "{rest}"
    );
    // The sandbox stopped as after any command: its state is whole and usable.
    let v = s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    assert_eq!(v["status"], "DEPLOYMENT_PENDING");
}

#[cfg(unix)]
#[test]
fn on_a_terminal_the_wait_is_one_live_line_and_stdout_stays_data() {
    use crate::common::pty::Pty;
    // indicatif draws only where TERM says the terminal can redraw a line.
    let s = Sbx::new()
        .env("MOKS_SANDBOX_DEPLOY_DELAY", "2s")
        .env("TERM", "xterm");
    let (out, id) = create_akamai(&s, "live", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pty = Pty::spawn(s.cmd(&["wait", "--id", &id, "--json"]), false);
    pty.wait_for("DEPLOYMENT_PENDING");
    pty.wait_for("next check in");
    let (code, stdout, screen) = pty.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains(&format!(
            "version 1 of client certificate {id}: DEPLOYMENT_PENDING · "
        )),
        "{screen}"
    );
    // The live line is redrawn in place (carriage returns, no line per check), then cleared
    // and the end said on a line of its own.
    assert!(screen.contains('\r'), "{screen:?}");
    assert!(
        screen.contains(&format!(
            "moks: version 1 of client certificate {id}: DEPLOYED after "
        )),
        "{screen}"
    );
    assert_eq!(
        screen.matches("moks: version 1").count(),
        1,
        "no line per change on a terminal: {screen:?}"
    );
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["status"], "DEPLOYED");
    // -q: nothing at all on the terminal.
    let pty = Pty::spawn(s.cmd(&["-q", "wait", "--id", &id]), false);
    let (code, _, screen) = pty.finish();
    assert_eq!((code, screen.as_str()), (0, ""));
}
