//! The surface people read, as snapshots (insta): `moks --help`, every command's `--help`,
//! bare `moks`, and the most common errors, so that a change of wording is a reviewed diff.
//! Review a change with `cargo insta review` (or `INSTA_UPDATE=always cargo test --test cli
//! surface` and `git diff`); the `.snap` files are in `snapshots/`.
//!
//! Stable by construction: a fixed width (`COLUMNS=100`, the CLI's own maximum), no
//! environment (the hermetic builder), no temp-dir paths (the home is shown as `[HOME]`),
//! no version number (shown as `[VERSION]`).

use crate::common::{MockServer, Moks};

/// What `moks args…` prints and returns, in one text: the command, the exit code, stdout
/// and stderr.
fn shown(m: &Moks, args: &[&str]) -> String {
    let run = m.run(args);
    let home = m.home.path().to_str().unwrap();
    let typed: Vec<&str> = std::iter::once("moks")
        .chain(args.iter().copied())
        .collect();
    let text = format!(
        "$ {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        typed.join(" "),
        run.code,
        run.stdout,
        run.stderr
    );
    text.replace(home, "[HOME]")
        .replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

/// A hermetic home with no .edgerc, no `--edgerc`, and a fixed terminal width.
fn moks() -> Moks {
    Moks::without_edgerc().env("COLUMNS", "100")
}

#[test]
fn help_of_moks_and_of_every_command() {
    let m = moks();
    for (name, args) in [
        ("help", &["--help"][..]),
        ("help_short", &["-h"]),
        ("api", &["api", "--help"]),
        ("complete_version", &["complete-version", "--help"]),
        ("completions", &["completions", "--help"]),
        ("config", &["config", "--help"]),
        ("config_check", &["config", "check", "--help"]),
        ("man", &["man", "--help"]),
        ("expiring", &["expiring", "--help"]),
        ("get_ca_cert", &["get-ca-cert", "--help"]),
        ("get_client_cert", &["get-client-cert", "--help"]),
        ("get_csr", &["get-csr", "--help"]),
        (
            "get_client_cert_version",
            &["get-client-cert-version", "--help"],
        ),
        ("new_client_cert", &["new-client-cert", "--help"]),
        ("remove_version", &["remove-version", "--help"]),
        ("get_version_guid", &["get-version-guid", "--help"]),
        ("rotate", &["rotate", "--help"]),
        ("sandbox", &["sandbox", "--help"]),
        ("sandbox_serve", &["sandbox", "serve", "--help"]),
        ("sandbox_reset", &["sandbox", "reset", "--help"]),
        ("set_client_cert", &["set-client-cert", "--help"]),
        ("truststore", &["truststore", "--help"]),
        ("wait", &["wait", "--help"]),
    ] {
        insta::assert_snapshot!(format!("help__{name}"), shown(&m, args));
    }
}

/// The commands a `--help` lists under "Commands:", `help` left out.
fn commands_listed(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.strip_prefix("  ").filter(|rest| !rest.starts_with(' ')))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn help_of_every_truststore_command() {
    // Every subcommand `truststore --help` lists has a snapshot of its help.
    let m = moks();
    let listed = commands_listed(&m.run(&["truststore", "--help"]).stdout);
    assert!(listed.contains(&"get-ca-set".to_string()), "{listed:?}");
    for name in listed {
        let snap = format!("help__truststore_{}", name.replace('-', "_"));
        insta::assert_snapshot!(snap, shown(&m, &["truststore", &name, "--help"]));
    }
}

#[test]
fn every_command_has_a_help_snapshot() {
    // A new command needs its line in the test above.
    let listed = commands_listed(&moks().run(&["--help"]).stdout);
    assert_eq!(
        listed,
        [
            "api",
            "complete-version",
            "completions",
            "config",
            "expiring",
            "get-ca-cert",
            "get-client-cert",
            "get-client-cert-version",
            "get-csr",
            "get-version-guid",
            "man",
            "new-client-cert",
            "remove-version",
            "rotate",
            "sandbox",
            "set-client-cert",
            "truststore",
            "wait"
        ]
    );
}

#[test]
fn bare_moks_and_the_most_common_errors() {
    let m = moks();
    for (name, args) in [
        ("bare", &[][..]),
        ("bare_sandbox", &["sandbox"]),
        ("unknown_command", &["rotat"]),
        ("unknown_flag", &["get-ca-cert", "--jsn"]),
        (
            "bad_enum_value",
            &["get-ca-cert", "--status", "current,nope"],
        ),
        ("bad_value", &["rotate", "--id", "x1"]),
        ("missing_selector", &["rotate"]),
        ("two_selectors", &["rotate", "--id", "1", "--name", "a"]),
        ("missing_required", &["new-client-cert", "--name", "a"]),
        ("missing_version", &["remove-version", "--id", "1"]),
        (
            "flag_a_command_does_not_take",
            &["--json", "sandbox", "serve"],
        ),
        ("missing_edgerc", &["get-ca-cert"]),
    ] {
        insta::assert_snapshot!(format!("error__{name}"), shown(&m, args));
    }
}

#[test]
fn help_and_errors_under_the_akamai_cli_name_akamai_moks() {
    let m = moks().akamai_cli();
    for (name, args) in [
        ("akamai_bare", &[][..]),
        ("akamai_get_ca_cert_help", &["get-ca-cert", "-h"]),
        ("akamai_unknown_command", &["rotat"]),
    ] {
        insta::assert_snapshot!(format!("akamai__{name}"), shown(&m, args));
    }
}

#[test]
fn a_section_missing_from_the_edgerc() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv).env("COLUMNS", "100");
    insta::assert_snapshot!(
        "error__missing_section",
        shown(&m, &["--section", "prod", "get-ca-cert"])
    );
    assert!(srv.requests_unchecked().is_empty());
}
