//! What a person sees on a terminal: moks run on a pseudo-terminal of 80 and 120 columns
//! (tables fitted, never a GUID, date or status broken; `--wide` for everything), and colour
//! on and off by terminal, `NO_COLOR` and `--color`; piped, the same commands print every
//! column, one line per row, without colour unless `--color always`.

use std::io::Read;
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use serde_json::json;

use crate::common::{MockServer, Moks, Reply};

const GUIDS: [&str; 2] = [
    "b1f4c0de-5a7e-4d2b-9c3a-0123456789ab",
    "0f0e0d0c-0b0a-4909-8807-060504030201",
];

fn versions() -> serde_json::Value {
    let v = |n: i64, alias: &str, status: &str, guid: &str| {
        json!({"version": n, "versionAlias": alias, "status": status, "versionGuid": guid,
               "issuedDate": "2025-03-24T15:46:06Z", "expiryDate": "2025-06-22T15:46:06Z",
               "issuer": "CN=23456 Account CA G1,O=Akamai Technologies Inc.,C=US"})
    };
    json!({"versions": [
        v(2, "CURRENT", "DEPLOYMENT_PENDING", GUIDS[0]),
        v(1, "PREVIOUS", "DEPLOYED", GUIDS[1]),
    ]})
}

fn server() -> MockServer {
    MockServer::always(Reply::json(200, &versions()))
}

/// Runs `m args…` with stdout and stderr on a new pseudo-terminal of `cols` columns;
/// returns what the terminal received (CRLF made LF) and the exit code. At most 30 s.
pub(crate) fn on_terminal(m: &Moks, args: &[&str], cols: u16) -> (String, i32) {
    run_on_terminal(m.std_command(args), cols)
}

/// Runs `cmd` as [`on_terminal`] does.
pub(crate) fn run_on_terminal(mut cmd: std::process::Command, cols: u16) -> (String, i32) {
    let (master, slave) = crate::common::pty::open(cols);
    cmd.stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave));
    let mut child = cmd.spawn().unwrap();
    drop(cmd); // the last copies of the terminal's other end, so the read below ends
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut file = master;
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        // Linux answers EIO once every holder of the other end has closed it.
        while let Ok(n) = file.read(&mut buf) {
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        let _ = tx.send(out);
    });
    let out = match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(out) => out,
        Err(_) => {
            let _ = child.kill();
            panic!("moks on a terminal did not finish in 30 s");
        }
    };
    let status = child.wait().unwrap();
    let text = String::from_utf8(out).unwrap().replace("\r\n", "\n");
    (text, status.code().unwrap())
}

/// `s` without SGR colour sequences.
pub(crate) fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn width(line: &str) -> usize {
    plain(line).chars().count()
}

/// Every line within `cols`, each GUID and status whole on one line.
fn fits(text: &str, cols: usize) {
    for line in text.lines() {
        assert!(
            width(line) <= cols,
            "{} > {cols}: {line}\n{text}",
            width(line)
        );
    }
    for token in GUIDS.iter().chain(&["DEPLOYMENT_PENDING"]) {
        assert_eq!(
            plain(text).lines().filter(|l| l.contains(token)).count(),
            1,
            "{token} whole on one line:\n{text}"
        );
    }
}

#[test]
fn tables_fit_a_terminal_of_80_and_of_120_columns() {
    let srv = server();
    let m = Moks::new(&srv);
    let args = ["get-client-cert-version", "--id", "12"];
    let (at80, code) = on_terminal(&m, &args, 80);
    assert_eq!(code, 0, "{at80}");
    fits(&at80, 80);
    assert!(at80.contains('┆'), "a terminal gets borders:\n{at80}");
    assert!(
        at80.ends_with("(--wide shows versionAlias, issuedDate, expiryDate, issuer)\n"),
        "{at80}"
    );
    let (at120, code) = on_terminal(&m, &args, 120);
    assert_eq!(code, 0);
    fits(&at120, 120);
    assert!(
        at120.contains("versionAlias") && at120.contains("2025-06-22 "),
        "{at120}"
    );
    assert!(!at120.contains("T15:46:06Z"), "dates shortened:\n{at120}");
    // COLUMNS, when set, is the width.
    let (wide_env, _) = on_terminal(&m.env("COLUMNS", "120"), &args, 80);
    fits(&wide_env, 120);
    assert!(wide_env.contains("versionAlias"));
}

#[test]
fn wide_shows_every_column_and_piped_output_is_whole_one_line_per_row() {
    let srv = server();
    let m = Moks::new(&srv);
    let args = ["get-client-cert-version", "--id", "12", "--wide"];
    let (wide, code) = on_terminal(&m, &args, 80);
    assert_eq!(code, 0);
    assert!(
        wide.contains("issuer") && wide.contains("T15:46:06Z"),
        "{wide}"
    );
    assert!(!wide.contains("--wide shows"));
    let run = m.run(&args[..3]);
    run.code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.stdout);
    assert!(lines[0].starts_with("version  versionAlias  status"));
    assert!(lines[1].contains(GUIDS[0]) && lines[1].ends_with("C=US"));
    assert!(lines[1].contains("2025-03-24T15:46:06Z"));
    assert_eq!(run.stderr, "");
}

#[test]
fn colour_on_a_terminal_unless_no_color_or_never() {
    let srv = server();
    let m = Moks::new(&srv);
    let args = ["get-client-cert-version", "--id", "12"];
    let (out, _) = on_terminal(&m, &args, 160);
    assert!(
        out.contains("\u{1b}[33mDEPLOYMENT_PENDING\u{1b}[0m"),
        "{out}"
    );
    assert!(out.contains("\u{1b}[32mDEPLOYED\u{1b}[0m"), "{out}");
    let (out, _) = on_terminal(&m, &[&args[..], &["--color", "never"]].concat(), 160);
    assert!(!out.contains('\u{1b}'), "{out}");
    let no_color = Moks::new(&srv).env("NO_COLOR", "1");
    let (out, _) = on_terminal(&no_color, &args, 160);
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(!out.contains('┆'), "NO_COLOR drops the borders too:\n{out}");
    let (out, _) = on_terminal(
        &no_color,
        &[&args[..], &["--color", "always"]].concat(),
        160,
    );
    assert!(
        out.contains("\u{1b}[32mDEPLOYED"),
        "--color always beats NO_COLOR:\n{out}"
    );
}

#[test]
fn errors_are_red_on_a_terminal_only() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let (out, code) = on_terminal(&m, &["rotate", "--id", "x"], 80);
    assert_eq!(code, 2);
    assert!(
        out.starts_with("moks: \u{1b}[1;31merror\u{1b}[0m: invalid value 'x'"),
        "{out}"
    );
    let (out, _) = on_terminal(&m.env("NO_COLOR", "1"), &["rotate", "--id", "x"], 80);
    assert!(out.starts_with("moks: error: invalid value 'x'"), "{out}");
    // Piped: plain, unless asked.
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let run = m.run(&["rotate", "--id", "x"]);
    assert!(run.stderr.starts_with("moks: error: "));
    let run = m.run(&["--color", "always", "rotate", "--id", "x"]);
    assert!(
        run.stderr.starts_with("moks: \u{1b}[1;31merror\u{1b}[0m: "),
        "{}",
        run.stderr
    );
}

#[test]
fn piped_output_has_colour_only_with_color_always() {
    let srv = server();
    let m = Moks::new(&srv);
    let run = m.run(&["get-client-cert-version", "--id", "12"]);
    assert!(!run.stdout.contains('\u{1b}'));
    let run = m.run(&["get-client-cert-version", "--id", "12", "--color", "always"]);
    assert!(
        run.stdout.contains("\u{1b}[32mDEPLOYED\u{1b}[0m"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains('┆'),
        "piped: no borders, colour or not"
    );
    // A field list colours its status.
    let run = m.run(&[
        "get-client-cert-version",
        "--id",
        "12",
        "--version",
        "1",
        "--color=always",
    ]);
    assert!(
        run.stdout
            .contains("status       : \u{1b}[32mDEPLOYED\u{1b}[0m"),
        "{}",
        run.stdout
    );
    // --json is never coloured.
    let run = m.run(&[
        "get-client-cert-version",
        "--id",
        "12",
        "--json",
        "--color",
        "always",
    ]);
    assert!(!run.stdout.contains('\u{1b}'));
}

#[test]
fn api_pretty_prints_the_body_on_a_terminal_and_escapes_what_steers_it() {
    let body = r#"{"a":[1,{"b":"x\u001b[2J"}],"n":1.50}"#;
    let srv = MockServer::always(Reply::raw(200, "application/json", body));
    let m = Moks::new(&srv);
    let (out, code) = on_terminal(&m, &["api", "GET", "/x"], 80);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x\\u001b[2J\"\n    }\n  ],\n  \"n\": 1.50\n}\n"
    );
    // Piped: the bytes as sent.
    assert_eq!(m.run(&["api", "GET", "/x"]).stdout, format!("{body}\n"));
}
