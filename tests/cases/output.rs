//! What a person reads, through the real binary on the sandbox: piped and `--wide` tables
//! show every value whole; at 80 columns a name stays whole before less needed columns, and
//! a column left out comes back when there is room; the Edge Truststore's statuses are
//! coloured like MOKS ones; field lists leave out fields without a value (`--json` keeps
//! them); the exit-code table of `--help` is aligned.

use serde_json::Value;

use super::sandbox::Sbx;
use super::terminal::{plain, run_on_terminal};

fn text(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn piped_and_wide_tables_show_every_value_whole() {
    let s = Sbx::new();
    let args = [
        "truststore",
        "certs",
        "--name",
        "example-ca-set-1",
        "--version",
        "1",
    ];
    let certs = s.json(&args);
    let fingerprints: Vec<&str> = certs
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["fingerprint"].as_str().unwrap())
        .collect();
    assert!(!fingerprints.is_empty() && fingerprints.iter().all(|f| f.len() == 64));
    let piped = s.ok(&args);
    let (wide, code) = run_on_terminal(s.cmd(&[&args[..], &["--wide"]].concat()), 80);
    assert_eq!(code, 0, "{wide}");
    for shown in [&piped, &wide] {
        assert!(!shown.contains('…'), "nothing cut:\n{shown}");
        for f in &fingerprints {
            assert!(shown.contains(f), "{f} whole:\n{shown}");
        }
    }
    // Fitted to 80 columns, the fingerprint may go; it is never broken across lines.
    let (at80, _) = run_on_terminal(s.cmd(&args), 80);
    for f in &fingerprints {
        assert!(!at80.contains(&f[16..]), "{at80}");
    }
}

#[test]
fn at_80_columns_a_name_stays_whole_and_a_description_shows_when_there_is_room() {
    let s = Sbx::new();
    let (certs, code) = run_on_terminal(s.cmd(&["get-client-cert"]), 80);
    assert_eq!(code, 0, "{certs}");
    assert!(
        certs.contains("example-third-party-2 ") && !certs.contains('…'),
        "the name whole, other columns left out first:\n{certs}"
    );
    assert!(certs.contains("(--wide shows "), "{certs}");
    let plain_terminal = Sbx::new().env("NO_COLOR", "1");
    let (sets, code) = run_on_terminal(plain_terminal.cmd(&["truststore", "list"]), 80);
    assert_eq!(code, 0, "{sets}");
    let header = sets.lines().next().unwrap();
    assert!(
        header.ends_with("description"),
        "room for the description:\n{sets}"
    );
    assert!(sets.contains("Partner CAs"), "{sets}");
    for line in sets.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
}

#[test]
fn truststore_statuses_are_coloured_like_moks_ones() {
    let s = Sbx::new();
    let (versions, code) = run_on_terminal(
        s.cmd(&["truststore", "versions", "--name", "example-ca-set-1"]),
        120,
    );
    assert_eq!(code, 0, "{versions}");
    assert!(versions.contains("\u{1b}[32mACTIVE\u{1b}[0m"), "{versions}");
    // A field list colours every …Status field; piped, only with --color always.
    let args = [
        "truststore",
        "versions",
        "--name",
        "example-ca-set-1",
        "--version",
        "1",
    ];
    let piped = s.ok(&args);
    assert!(!piped.contains('\u{1b}'), "{piped}");
    let coloured = s.ok(&[&args[..], &["--color", "always"]].concat());
    assert!(
        coloured
            .lines()
            .any(|l| l.starts_with("stagingStatus") && l.ends_with("\u{1b}[32mACTIVE\u{1b}[0m")),
        "{coloured}"
    );
    let (no_color, _) = run_on_terminal(Sbx::new().env("NO_COLOR", "1").cmd(&args), 120);
    assert!(!no_color.contains('\u{1b}'), "{no_color}");
    assert!(plain(&versions).contains("ACTIVE"));
}

#[test]
fn field_lists_leave_out_fields_without_a_value_and_json_keeps_them() {
    let s = Sbx::new();
    let set = ["truststore", "get", "--name", "example-ca-set-2"];
    let json = s.json(&set);
    assert_eq!(json["productionVersion"], Value::Null, "{json}");
    let shown = s.ok(&set);
    assert!(shown.contains("stagingVersion "), "{shown}");
    assert!(!shown.contains("productionVersion"), "{shown}");
    for args in [
        &set[..],
        &[
            "get-client-cert-version",
            "--name",
            "example-akamai-1",
            "--version",
            "1",
        ],
        &[
            "truststore",
            "versions",
            "--name",
            "example-ca-set-1",
            "--version",
            "1",
        ],
    ] {
        let out = s.run(args);
        assert!(out.status.success(), "{args:?}");
        let shown = text(&out);
        assert!(!shown.is_empty(), "{args:?}");
        for line in shown.lines() {
            assert!(
                !line.trim_end().ends_with(':'),
                "{args:?}: an empty field: {line}\n{shown}"
            );
        }
    }
}

#[test]
fn the_exit_code_table_of_help_is_aligned() {
    let s = Sbx::new();
    let help = s.ok(&["--help"]);
    let table: Vec<&str> = help
        .split("Exit codes:\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert!(table.len() >= 11, "{help}");
    let column = |l: &str| l.find(|c: char| c.is_ascii_alphabetic()).unwrap();
    let first = column(table[0]);
    for line in &table {
        assert_eq!(column(line), first, "aligned:\n{}", table.join("\n"));
    }
    assert!(table.iter().any(|l| l.starts_with("  130  interrupted")));
}
