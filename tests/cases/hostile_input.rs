//! Hostile input and hostile answers at the process level: values that crashed the id
//! normalisation, control characters in flags, endless files and pipes, terminal escape
//! sequences in what the server sends, numbers beyond f64, and `.edgerc` files that repeat
//! a section or a key.

use std::io::Write;
use std::process::Stdio;

use serde_json::{json, Value};

use crate::common::{fixture, new_client_cert, path, strs, MockServer, Moks, Reply, Run};

/// A control character other than newline (stdout and stderr may end lines with it).
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect()
}

/// Exit 2, one error line (then the usual hint lines), no raw control character anywhere,
/// nothing on stdout, nothing received by the server. Returns the error line.
#[track_caller]
fn refused(srv: &MockServer, run: &Run) -> String {
    run.code(2);
    assert_eq!(run.stdout, "");
    assert!(raw_controls(&run.stderr).is_empty(), "{:?}", run.stderr);
    assert!(
        run.stderr
            .lines()
            .all(|l| l.starts_with("moks: error: ") || l.starts_with("hint: ")),
        "{}",
        run.stderr
    );
    assert!(
        srv.requests_unchecked().is_empty(),
        "the server received {:?}",
        srv.lines()
    );
    run.error_line()
}

#[test]
fn ids_cut_inside_a_character_are_usage_errors_not_crashes() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let line = refused(
        &srv,
        &m.run(&strs(&new_client_cert(&["--contract-id", "abcé"]))),
    );
    assert_eq!(
        line,
        "invalid value 'abcé' for '--contract-id <ID>': a contract id has only letters, digits, \
         '-', '_' or '.', such as C-0N7RAC7 or ctr_C-0N7RAC7"
    );
    let line = refused(
        &srv,
        &m.run(&strs(&new_client_cert(&["--group-id", "grpé"]))),
    );
    assert_eq!(
        line,
        "invalid value 'grpé' for '--group-id <ID>': expected a group id, a whole number of 0 or \
         more such as 12345 or grp_12345"
    );
    let body = r#"{"certificateName":"n","contractId":"abcé","groupId":1,"secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["ops@example.com"]}"#;
    let line = refused(&srv, &m.run(&["new-client-cert", "--body", body]));
    assert_eq!(
        line,
        "invalid value \"abcé\" for 'contractId' in the request: a contract id has only letters, \
         digits, '-', '_' or '.', such as C-0N7RAC7 or ctr_C-0N7RAC7"
    );
    let line = refused(
        &srv,
        &m.run_stdin(&["new-client-cert", "--body", "-"], body),
    );
    assert!(line.contains("'contractId'"), "{line}");
    // The prefixes still work.
    let ok = MockServer::replies(vec![Reply::json(201, &fixture::created_third_party())]);
    Moks::new(&ok)
        .run(&strs(&new_client_cert(&[
            "--contract-id",
            "CTR_C-1",
            "--group-id",
            "GRP_7",
        ])))
        .code(0);
    let sent = ok.only_request().json();
    assert_eq!(
        (&sent["contractId"], &sent["groupId"]),
        (&json!("C-1"), &json!(7))
    );
}

#[test]
fn control_characters_are_refused_in_values_that_become_names() {
    let evil = "x\u{1b}[2J\u{9b}1m\u{7}";
    let shown = "x\\u{1b}[2J\\u{9b}1m\\u{7}";
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let email = format!("{evil}@example.com");
    let subject = format!("/CN={evil}/");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (new_client_cert(&["--name", evil]), "--name <NAME>"),
        (
            new_client_cert(&["--contract-id", evil]),
            "--contract-id <ID>",
        ),
        (
            new_client_cert(&["--subject", &subject]),
            "--subject <SUBJECT>",
        ),
        (
            new_client_cert(&["--notification-emails", &email]),
            "--notification-emails <EMAIL>",
        ),
        (
            new_client_cert(&["--preferred-ca", evil]),
            "--preferred-ca <NAME>",
        ),
        (
            vec![
                "set-client-cert".into(),
                "--id".into(),
                "1".into(),
                "--new-name".into(),
                evil.into(),
            ],
            "--new-name <NAME>",
        ),
        (
            vec!["get-ca-cert".into(), "--account-key".into(), evil.into()],
            "--account-key <KEY>",
        ),
        (
            vec!["get-ca-cert".into(), "--section".into(), evil.into()],
            "--section <NAME>",
        ),
    ];
    for (args, flag) in &cases {
        let line = refused(&srv, &m.run(&strs(args)));
        assert!(
            line.contains(&format!("for '{flag}'")) && line.contains(shown),
            "{flag}: {line}"
        );
    }
    // From the environment too (clap reads these variables as the flags' values).
    let run = Moks::new(&srv)
        .env("AKAMAI_EDGERC_SECTION", evil)
        .run(&["get-ca-cert"]);
    let line = refused(&srv, &run);
    assert!(
        line.ends_with("a section name cannot hold control characters (found \\u{1b})"),
        "{line}"
    );
}

#[cfg(unix)]
#[test]
fn endless_files_are_refused_at_1_mib_naming_the_file() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let limit = "larger than 1 MiB (1048576 bytes), the most moks reads for";
    let line = refused(&srv, &m.run(&["new-client-cert", "--body", "/dev/zero"]));
    assert_eq!(
        line,
        format!("invalid value '/dev/zero' for '--body': the file is {limit} a request body")
    );
    let line = refused(
        &srv,
        &m.run(&[
            "complete-version",
            "--id",
            "1",
            "--version",
            "1",
            "--certificate-file",
            "/dev/zero",
        ]),
    );
    assert_eq!(
        line,
        format!("invalid value '/dev/zero' for '--certificate-file': the file is {limit} --certificate-file")
    );
    let (pem, _, _) = fixture::certificate("leaf.example");
    let cert = m.file("leaf.pem", pem);
    let line = refused(
        &srv,
        &m.run(&[
            "complete-version",
            "--id",
            "1",
            "--version",
            "1",
            "--certificate-file",
            cert.to_str().unwrap(),
            "--trust-chain-file",
            "/dev/zero",
        ]),
    );
    assert!(
        line.starts_with(
            "invalid value '/dev/zero' for '--trust-chain-file': the file is larger than 1 MiB"
        ),
        "{line}"
    );
    let line = refused(&srv, &m.run(&["--ca-cert", "/dev/zero", "get-ca-cert"]));
    assert_eq!(
        line,
        format!("invalid value '/dev/zero' for '--ca-cert': the file is {limit} --ca-cert")
    );
    // A credentials file is a configuration file: exit 3, its own limit.
    let run = Moks::without_edgerc().run(&["--edgerc", "/dev/zero", "get-ca-cert"]);
    run.code(3);
    assert_eq!(
        run.error_line(),
        "credentials file /dev/zero cannot be read: it is larger than 1 MiB, the most moks reads of a credentials file"
    );
}

#[test]
fn a_body_piped_in_over_1_mib_is_refused_without_reading_it_all() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let mut child = m
        .std_command(&["set-client-cert", "--id", "1", "--body", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // More than the cap: a JSON string that never ends. moks stops reading at the cap and
    // exits, after which the writes fail (broken pipe), which is expected here.
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'x'; 64 * 1024];
        let _ = stdin.write_all(b"{\"certificateName\": \"");
        for _ in 0..(2 * 1024 * 1024 / chunk.len()) {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let run = Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    };
    let line = refused(&srv, &run);
    assert_eq!(
        line,
        "invalid value '-' for '--body': standard input is larger than 1 MiB (1048576 bytes), \
         the most moks reads for a request body"
    );
}

const EVIL: &str = "origin\u{1b}[2J\u{9b}31m\u{7}\u{202e}";
const EVIL_SHOWN: &str = "origin\\u{1b}[2J\\u{9b}31m\\u{7}\\u{202e}";

fn evil_cert() -> Value {
    let mut c = fixture::client_cert(1234, EVIL);
    c["subject"] = json!(format!("/CN={EVIL}\nhint: run rm -rf ~/"));
    c
}

#[test]
fn escape_sequences_from_the_server_never_reach_the_terminal() {
    let list = json!({"certificates": [evil_cert(), fixture::client_cert(1235, "plain")]});
    let srv = MockServer::start(move |req| {
        if req.path.ends_with("/client-certificates") {
            Reply::json(200, &list)
        } else {
            Reply::json(200, &evil_cert())
        }
    });
    let m = Moks::new(&srv);

    // The table: one line per certificate, the name escaped.
    let run = m.run(&["get-client-cert"]);
    run.code(0);
    assert!(raw_controls(&run.stdout).is_empty(), "{:?}", run.stdout);
    assert_eq!(run.stdout.lines().count(), 3, "{}", run.stdout);
    assert!(run.stdout.contains(EVIL_SHOWN), "{}", run.stdout);

    // The field list (-v on): the subject's newline cannot start a line of its own.
    let run = m.run(&["-v", "get-client-cert", "--id", "1234"]);
    run.code(0);
    assert!(raw_controls(&run.stdout).is_empty(), "{:?}", run.stdout);
    assert!(raw_controls(&run.stderr).is_empty(), "{:?}", run.stderr);
    assert!(
        run.stdout
            .lines()
            .any(|l| l
                == format!("subject            : /CN={EVIL_SHOWN}\\u{{a}}hint: run rm -rf ~/")),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.lines().any(|l| l.starts_with("hint:")));

    // A name that is not there: the closest names, escaped, in the hint.
    let run = m.run(&["get-client-cert", "--name", "origin"]);
    run.code(4);
    assert!(raw_controls(&run.stderr).is_empty(), "{:?}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("hint: closest names: {EVIL_SHOWN}")),
        "{}",
        run.stderr
    );

    // --json: the API's JSON with JSON's escapes, the same values.
    let run = m.run(&["get-client-cert", "--id", "1234", "--json"]);
    run.code(0);
    assert!(raw_controls(&run.stdout).is_empty(), "{:?}", run.stdout);
    assert!(
        run.stdout
            .contains(r#""certificateName": "origin\u001b[2J\u009b31m\u0007\u202e""#),
        "{}",
        run.stdout
    );
    assert_eq!(run.json(), evil_cert());
}

#[test]
fn escape_sequences_in_error_answers_and_messages_are_escaped() {
    // A problem whose detail tries to clear the screen and fake a hint line, written with
    // JSON's escapes.
    let problem = r#"{"title": "Bad\u001b[2J Request", "detail": "no\nhint: trust me\u0007",
        "errors": [{"field": "certificateName", "detail": "bad \u009b31m name"}]}"#;
    let srv = MockServer::always(Reply::raw(400, "application/problem+json", problem));
    let m = Moks::new(&srv);
    let run = m.run(&["rotate", "--id", "1"]);
    run.code(4);
    assert_eq!(
        run.stderr,
        "moks: error: Bad\\u{1b}[2J Request: no hint: trust me\\u{7}\n  \
         certificateName: bad \\u{9b}31m name\n"
    );
    // Under --json the body is printed byte for byte: its escapes are JSON's.
    let run = m.run(&["rotate", "--id", "1", "--json"]);
    run.code(4);
    assert_eq!(run.stdout, format!("{problem}\n"));

    // A body with raw C1 characters (valid JSON) or raw ESC (not JSON) is re-encoded.
    let raw_json = "{\"title\": \"a\u{9b}2J\"}";
    let srv = MockServer::always(Reply::raw(409, "application/problem+json", raw_json));
    let run = Moks::new(&srv).run(&["rotate", "--id", "1", "--json"]);
    run.code(4);
    assert_eq!(run.stdout, "{\n  \"title\": \"a\\u009b2J\"\n}\n");
    assert_eq!(run.stderr, "moks: error: a\\u{9b}2J\n");
    let srv = MockServer::always(Reply::raw(502, "text/html", "<h1>\u{1b}]0;owned\u{7}</h1>"));
    let run = Moks::new(&srv).run(&["rotate", "--id", "1", "--json"]);
    run.code(5);
    assert_eq!(run.stdout, "<h1>\\u{1b}]0;owned\\u{7}</h1>\n");
    assert!(raw_controls(&run.stderr).is_empty(), "{:?}", run.stderr);

    // A message printed as is elsewhere: remove-version's 202 message.
    let srv = MockServer::after_versions(Reply::json(
        202,
        &json!({"message": "scheduled\u{1b}[8m hidden\nsecond line"}),
    ));
    let run = Moks::new(&srv).run(&["remove-version", "--id", "1", "--version", "2", "--yes"]);
    run.code(0);
    assert_eq!(run.stdout, "scheduled\\u{1b}[8m hidden\\u{a}second line\n");
}

#[test]
fn json_numbers_are_printed_as_the_server_wrote_them() {
    let body = r#"{"certificates": [{"certificateId": 12345678901234567890123, "certificateName": "big",
        "ratio": 1e2, "precise": 0.1000000000000000055511151231257827, "zero": -0,
        "u64max1": 18446744073709551616, "small": -9223372036854775809, "half": 2.50}]}"#;
    let srv = MockServer::always(Reply::raw(200, "application/json", body));
    let m = Moks::new(&srv);
    let run = m.run(&["get-client-cert", "--json"]);
    run.code(0);
    for n in [
        "\"certificateId\": 12345678901234567890123,",
        "\"precise\": 0.1000000000000000055511151231257827,",
        "\"zero\": -0,",
        "\"u64max1\": 18446744073709551616,",
        "\"small\": -9223372036854775809,",
        "\"half\": 2.50",
        // serde_json writes an exponent with its sign; the number is the same, never 100.0.
        "\"ratio\": 1e+2,",
    ] {
        assert!(run.stdout.contains(n), "{n} in\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("100.0") && !run.stdout.contains("1.2345678901234568e22"));
    // Tables show the same digits.
    let run = m.run(&["get-client-cert"]);
    run.code(0);
    assert!(
        run.stdout.contains("12345678901234567890123  big"),
        "{}",
        run.stdout
    );
    assert_eq!(
        srv.lines(),
        vec![format!("GET {}", path("/client-certificates")); 2]
    );
}

#[test]
fn an_edgerc_repeating_a_section_or_a_key_is_refused_naming_both_lines() {
    let srv = MockServer::replies(vec![]);
    let base = fixture::edgerc(&srv.base_url(), "");
    let m = Moks::with_edgerc(&format!("{base}\n[default]\nhost = http://127.0.0.1:9\n"));
    let run = m.run(&["get-ca-cert"]);
    run.code(3);
    assert_eq!(
        run.error_line(),
        format!(
            "credentials file {} line 7: section [default] already starts on line 1; a section \
             may appear only once",
            m.edgerc.display()
        )
    );
    let m = Moks::with_edgerc(&fixture::edgerc(
        &srv.base_url(),
        "Host = http://127.0.0.1:9\n",
    ));
    let run = m.run(&["get-ca-cert"]);
    run.code(3);
    assert_eq!(
        run.error_line(),
        format!(
            "credentials file {} line 6: host is already set on line 2 in section [default]; a \
             key may appear only once in a section",
            m.edgerc.display()
        )
    );
    assert!(srv.requests_unchecked().is_empty());
}
