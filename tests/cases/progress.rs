//! Progress where work is long, on stderr: a retry's wait over a second and the seeding of
//! a `sandbox serve`. Piped, plain lines; on a terminal (a pseudo-terminal here, `TERM`
//! set) a live line or bar, cleared after; nothing with `-q`. Never on stdout.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use serde_json::json;

use crate::common::pty::Pty;
use crate::common::{fixture, MockServer, Moks, Reply};

const WAIT_LINE: &str = "moks: the API answered 503 Service Unavailable; waiting 2.0 s as its \
                         Retry-After header asks before retry 1 of 10";

fn busy_then_ok() -> MockServer {
    MockServer::replies(vec![
        Reply::problem(503, &json!({"title": "Service Unavailable"}))
            .with_header("Retry-After", "2"),
        Reply::json(200, &fixture::ca_cert_list()),
    ])
}

#[test]
fn piped_a_retry_wait_is_one_line_and_nothing_with_quiet() {
    let srv = busy_then_ok();
    let run = Moks::new(&srv).run(&["get-ca-cert", "--json"]);
    run.code(0);
    assert_eq!(run.stderr, format!("{WAIT_LINE}\n"));
    assert!(
        run.stdout.starts_with('['),
        "stdout stays data: {}",
        run.stdout
    );
    let srv = busy_then_ok();
    let run = Moks::new(&srv).run(&["-q", "get-ca-cert", "--json"]);
    run.code(0);
    assert_eq!(run.stderr, "");
    assert_eq!(srv.requests().len(), 2, "the wait happened all the same");
}

#[test]
fn on_a_terminal_a_retry_wait_counts_down_on_one_line_cleared_after() {
    let srv = busy_then_ok();
    let m = Moks::new(&srv).env("TERM", "xterm");
    let pty = Pty::spawn(m.std_command(&["get-ca-cert", "--json"]), false);
    pty.wait_for("waiting 1.0 s as its Retry-After header asks before retry 1 of 10");
    let (code, stdout, screen) = pty.finish();
    assert_eq!(code, 0, "{screen}");
    // Second by second on the same line: 2, then 1, redrawn in place, never ended by a
    // newline (the line is cleared when the wait is over).
    assert!(screen.contains(WAIT_LINE), "{screen:?}");
    assert!(screen.contains('\r'), "{screen:?}");
    assert!(!screen.contains("retry 1 of 10\r\n"), "{screen:?}");
    assert!(!screen.contains("retry 1 of 10\n"), "{screen:?}");
    assert!(stdout.starts_with('['), "stdout stays data: {stdout}");
    assert_eq!(srv.requests().len(), 2);
    // -q: nothing on the terminal, the wait all the same.
    let srv = busy_then_ok();
    let m = Moks::new(&srv).env("TERM", "xterm");
    let (code, _, screen) = Pty::spawn(m.std_command(&["-q", "get-ca-cert"]), false).finish();
    assert_eq!((code, screen.as_str()), (0, ""));
    assert_eq!(srv.requests().len(), 2);
}

/// Reads the `.edgerc` section `sandbox serve` prints on stdout, up to its last token.
fn read_section(child: &mut Child) -> String {
    let mut section = String::new();
    let stdout = child.stdout.as_mut().unwrap();
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        section.push_str(&line);
        section.push('\n');
        if line.starts_with("access_token") {
            break;
        }
    }
    section
}

/// Stops a `sandbox serve` as Ctrl-C would (SIGTERM, handled the same way).
fn stop(child: &Child) {
    crate::common::pty::signal(child, rustix::process::Signal::TERM);
}

#[test]
fn piped_sandbox_serve_says_when_seeding_starts_and_ends_and_nothing_with_quiet() {
    let m = Moks::without_edgerc();
    for quiet in [false, true] {
        let mut args = vec!["sandbox", "serve", "--listen", "127.0.0.1:0", "--seed", "3"];
        if quiet {
            args.insert(0, "-q");
        }
        let mut child = m
            .std_command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let section = read_section(&mut child);
        assert!(
            section.starts_with("[sandbox]\nhost = http://127.0.0.1:"),
            "{section}"
        );
        stop(&child);
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let stderr = String::from_utf8(out.stderr).unwrap();
        if quiet {
            assert_eq!(stderr, "", "-q: errors only");
            continue;
        }
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(
            lines[0], "moks sandbox: creating 3 example certificates",
            "{stderr}"
        );
        assert!(
            lines[1].starts_with("moks sandbox: 3 example certificates created in "),
            "{stderr}"
        );
        assert!(lines[2].starts_with("moks sandbox serving http://127.0.0.1:"));
        // A state that already exists is not seeded again, so nothing is said about it.
        let state = m.file("state.json", "");
        std::fs::remove_file(&state).unwrap();
        let state = state.to_str().unwrap();
        for round in 0..2 {
            let mut child = m
                .std_command(&[
                    "sandbox",
                    "serve",
                    "--listen",
                    "127.0.0.1:0",
                    "--seed",
                    "1",
                    "--state",
                    state,
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            read_section(&mut child);
            stop(&child);
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_eq!(
                stderr.contains("moks sandbox: creating 1 example certificate\n"),
                round == 0,
                "{stderr}"
            );
        }
    }
}

#[test]
fn on_a_terminal_sandbox_serve_shows_a_seeding_bar_cleared_after() {
    let m = Moks::without_edgerc().env("TERM", "xterm");
    let cmd = m.std_command(&["sandbox", "serve", "--listen", "127.0.0.1:0", "--seed", "3"]);
    let pty = Pty::spawn(cmd, false);
    pty.wait_for("moks sandbox serving");
    stop(&pty.child);
    let (code, stdout, screen) = pty.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(
        stdout.starts_with("[sandbox]\n"),
        "stdout stays data: {stdout}"
    );
    // The bar, counting the examples, instead of the start line; the end said on a line.
    assert!(screen.contains("/3 example certificates"), "{screen:?}");
    assert!(
        !screen.contains("moks sandbox: creating"),
        "no start line under a bar: {screen:?}"
    );
    assert!(
        screen.contains("moks sandbox: 3 example certificates created in "),
        "{screen:?}"
    );
}
