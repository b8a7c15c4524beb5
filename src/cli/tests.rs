//! The command tree's unit tests: parsing, flag groups, help patterns, value hints.

use super::*;
use edgegrid::edgerc::Origin;
use std::ffi::OsString;

fn parse(args: &[&str]) -> Result<Parsed, clap::Error> {
    parse_from(std::iter::once("moks").chain(args.iter().copied()), false)
}

#[test]
fn clap_definition_is_consistent() {
    command().debug_assert();
    command_for("akamai moks").debug_assert();
}

#[test]
fn api_flags_work_before_and_after_the_command() {
    let a = parse(&["--json", "-s", "x", "--timeout", "5", "get-ca-cert"]).unwrap();
    let b = parse(&["get-ca-cert", "--json", "-s", "x", "--timeout", "5"]).unwrap();
    for p in [&a, &b] {
        assert!(p.flags.call.output.json);
        assert_eq!(p.flags.edgegrid.edgerc.section.as_deref(), Some("x"));
        assert_eq!(p.flags.call.request.timeout, 5.0);
        assert_eq!(p.section_origin, Origin::Flag);
        assert_eq!(p.edgerc_origin, Origin::Default);
    }
    // After the command beats before it; what was typed in neither place keeps its default.
    let c = parse(&["-s", "before", "rotate", "--id", "1", "-s", "after"]).unwrap();
    assert_eq!(c.flags.edgegrid.edgerc.section.as_deref(), Some("after"));
    assert_eq!(c.flags.call.request.timeout, 60.0);
    assert!(!c.flags.call.output.json);
}

#[test]
fn sandbox_commands_take_only_the_flags_they_use() {
    let serve = parse(&["--edgerc", "f", "sandbox", "serve", "--section", "s"]).unwrap();
    assert_eq!(
        serve.flags.edgegrid.edgerc.edgerc.as_deref(),
        Some("f".as_ref())
    );
    assert_eq!(serve.flags.edgegrid.edgerc.section.as_deref(), Some("s"));
    assert_eq!(
        (serve.edgerc_origin, serve.section_origin),
        (Origin::Flag, Origin::Flag)
    );
    let reset = parse(&["sandbox", "reset", "--sandbox-state", "st"]).unwrap();
    assert_eq!(
        reset.flags.call.sandbox_state.sandbox_state.as_deref(),
        Some("st".as_ref())
    );
    for args in [
        &["--json", "sandbox", "serve"][..],
        &["sandbox", "serve", "--json"],
        &["--dry-run", "sandbox", "serve"],
        &["sandbox", "serve", "--account-key", "k"],
        &["--sandbox", "sandbox", "reset"],
        &["sandbox", "reset", "--edgerc", "f"],
        &["--timeout", "5", "sandbox", "reset"],
    ] {
        let e = parse(args).unwrap_err();
        assert_eq!(
            e.kind(),
            clap::error::ErrorKind::UnknownArgument,
            "{args:?}"
        );
    }
    // The top level's `sandbox` itself takes no flags either.
    assert!(parse(&["sandbox", "--json", "reset"]).is_err());
}

#[test]
fn help_lists_only_the_flags_a_command_takes() {
    let mut tree = command();
    let serve = tree
        .find_subcommand_mut("sandbox")
        .and_then(|s| s.find_subcommand_mut("serve"))
        .unwrap()
        .render_help()
        .to_string();
    assert!(
        serve.contains("--edgerc") && serve.contains("--section"),
        "{serve}"
    );
    for flag in [
        "--json",
        "--full",
        "--dry-run",
        "--sandbox ",
        "--account-key",
        "--timeout",
    ] {
        assert!(!serve.contains(flag), "{flag} in:\n{serve}");
    }
    let rotate = tree
        .find_subcommand_mut("rotate")
        .unwrap()
        .render_help()
        .to_string();
    for flag in [
        "--edgerc",
        "--account-key",
        "--json",
        "--dry-run",
        "--sandbox-state",
    ] {
        assert!(rotate.contains(flag), "{flag} missing from:\n{rotate}");
    }
}

#[test]
fn aliases_resolve() {
    for (alias, want) in [
        ("new-client-cert-version", "Rotate"),
        ("complete-client-cert-version", "CompleteVersion"),
        ("remove-client-cert-version", "RemoveVersion"),
    ] {
        let args: Vec<&str> = match want {
            "Rotate" => vec![alias, "--id", "1"],
            "CompleteVersion" => vec![alias, "--id", "1", "--certificate-file", "x"],
            _ => vec![alias, "--id", "1", "--version", "2"],
        };
        let c = parse(&args).unwrap();
        assert!(format!("{:?}", c.command).starts_with(want));
    }
    for args in [
        &["--accountkey", "K", "get-ca-cert"],
        &["get-ca-cert", "--accountkey", "K"],
    ] {
        let c = parse(args).unwrap();
        assert_eq!(c.flags.edgegrid.account.account_key.as_deref(), Some("K"));
    }
}

/// Every command (a group's too), with its path: `["config", "check"]`.
fn every_command() -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let p = format!("{path} {}", sub.get_name()).trim().to_string();
            out.push((p.clone(), sub.clone()));
            walk(sub, &p, out);
        }
    }
    let mut tree = command();
    tree.build();
    let mut out = Vec::new();
    walk(&tree, "", &mut out);
    out
}

/// The help pattern of the module documentation, for every command.
#[test]
fn every_command_has_a_summary_examples_and_its_cmdlet() {
    const CMDLETS: [(&str, &str); 8] = [
        ("complete-version", "Complete-MOKSClientCertVersion"),
        ("get-ca-cert", "Get-MOKSCACert"),
        ("get-client-cert", "Get-MOKSClientCert"),
        ("get-client-cert-version", "Get-MOKSClientCertVersion"),
        ("new-client-cert", "New-MOKSClientCert"),
        ("remove-version", "Remove-MOKSClientCertVersion"),
        ("rotate", "New-MOKSClientCertVersion"),
        ("set-client-cert", "Set-MOKSClientCert"),
    ];
    let all = every_command();
    assert!(all.len() >= 15, "{}", all.len());
    for (path, cmd) in &all {
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        assert!(
            !about.is_empty() && !about.contains('\n') && !about.ends_with('.'),
            "{path}: a one-line summary without a period: {about:?}"
        );
        if let Some((_, cmdlet)) = CMDLETS.iter().find(|(name, _)| name == path) {
            assert!(
                about.ends_with(&format!("({cmdlet})")),
                "{path} names {cmdlet}: {about}"
            );
        }
        // An example cut to fit (` \` then four spaces) is read whole.
        let after = cmd
            .get_after_help()
            .map(|a| a.to_string().replace(" \\\n    ", " "))
            .unwrap_or_default();
        let examples: Vec<&str> = after
            .strip_prefix("Examples:\n")
            .unwrap_or_else(|| panic!("{path}: after_help starts with Examples: {after:?}"))
            .lines()
            .filter(|l| l.starts_with("  moks "))
            .collect();
        assert!(
            (2..=3).contains(&examples.len()),
            "{path}: two or three examples: {after}"
        );
        let takes_json = cmd.get_arguments().any(|a| a.get_id() == "json");
        if takes_json {
            // `api` prints the body as sent, --json or not: its example pipes it as is.
            let pipe = if path == "api" {
                "' | jq"
            } else {
                "--json | jq"
            };
            assert!(
                examples.iter().any(|e| e.contains(pipe)),
                "{path}: an example with --json | jq: {after}"
            );
        }
    }
}

#[test]
fn usage_lines_mark_what_is_required() {
    let mut tree = command();
    let mut usage = |path: &[&str]| {
        let mut cmd = &mut tree;
        for name in path {
            cmd = cmd.find_subcommand_mut(name).unwrap();
        }
        cmd.render_usage().to_string()
    };
    assert!(usage(&["rotate"]).contains("<--id <ID>|--name <NAME>>"));
    assert!(usage(&["remove-version"]).contains("--version <VERSION>"));
    assert!(
        usage(&["complete-version"]).contains("<--certificate-file <FILE>|--body <FILE|-|JSON>>")
    );
    assert!(usage(&["set-client-cert"])
        .contains("<--new-name <NAME>|--notification-emails <EMAIL>|--body <FILE|-|JSON>>"));
    let new = usage(&["new-client-cert"]);
    for flag in [
        "--name <NAME>",
        "--contract-id <ID>",
        "--group-id <ID>",
        "--secure-network <NETWORK>",
        "--signer <SIGNER>",
        "--notification-emails <EMAIL>",
        "moks new-client-cert --body <FILE|-|JSON>",
    ] {
        assert!(new.contains(flag), "{flag} in {new}");
    }
}

#[test]
fn completions_offer_files_only_where_a_file_is_wanted() {
    use clap::ValueHint;
    let mut files = Vec::new();
    for (path, cmd) in every_command() {
        for arg in cmd.get_arguments() {
            let hint = arg.get_value_hint();
            let takes = arg.get_action().takes_values();
            if !takes {
                continue;
            }
            assert!(
                hint != ValueHint::Unknown || !arg.get_possible_values().is_empty(),
                "{path} --{}: no hint",
                arg.get_id()
            );
            if [ValueHint::FilePath, ValueHint::AnyPath].contains(&hint) {
                files.push(format!("{path} --{}", arg.get_long().unwrap_or("?")));
            }
        }
    }
    for want in [
        "get-ca-cert --edgerc",
        "get-ca-cert --ca-cert",
        "get-ca-cert --sandbox-state",
        "complete-version --certificate-file",
        "complete-version --trust-chain-file",
        "complete-version --body",
        "sandbox serve --state",
    ] {
        assert!(files.iter().any(|f| f == want), "{want} in {files:?}");
    }
    for not in [
        "--name",
        "--version",
        "--id",
        "--section",
        "--new-name",
        "--timeout",
    ] {
        assert!(
            !files.iter().any(|f| f.ends_with(not)),
            "{not} offers files: {files:?}"
        );
    }
}

#[test]
fn under_the_akamai_cli_its_flags_are_taken_before_any_command() {
    let akamai = |args: &[&str]| {
        parse_from(
            std::iter::once("akamai-moks").chain(args.iter().copied()),
            true,
        )
    };
    for cmd in [
        &["completions", "bash"][..],
        &["man"],
        &["sandbox", "reset"],
    ] {
        let args: Vec<&str> = ["--edgerc", "/e", "--section", "s", "--accountkey", "k"]
            .iter()
            .chain(cmd)
            .copied()
            .collect();
        assert!(akamai(&args).is_ok(), "{args:?}");
        assert!(parse(&args).is_err(), "moks alone refuses them: {args:?}");
    }
    let p = akamai(&[
        "--edgerc",
        "/e",
        "--section",
        "s",
        "--accountkey",
        "k",
        "rotate",
        "--id",
        "1",
    ])
    .unwrap();
    assert_eq!(p.flags.edgegrid.edgerc.section.as_deref(), Some("s"));
    assert_eq!(p.flags.edgegrid.account.account_key.as_deref(), Some("k"));
    // Other flags a command does not take are still refused.
    assert!(akamai(&["--json", "sandbox", "reset"]).is_err());
}

#[test]
fn display_flags_work_before_and_after_any_command() {
    for args in [
        &["--color", "always", "-q", "sandbox", "reset"][..],
        &["sandbox", "reset", "--color=always", "--quiet"],
        &["--quiet", "get-ca-cert", "--color", "always"],
    ] {
        let p = parse(args).unwrap();
        assert_eq!(p.display.color, ColorChoice::Always, "{args:?}");
        assert!(p.display.quiet, "{args:?}");
    }
    let args: Vec<OsString> = ["moks", "--color", "never", "x", "--color=always"]
        .iter()
        .map(OsString::from)
        .collect();
    assert_eq!(color_in(&args), Some(ColorChoice::Always));
    assert_eq!(color_in(&args[..3]), Some(ColorChoice::Never));
    assert_eq!(color_in(&args[..1]), None);
}

#[test]
fn flags_typed_after_a_group_are_merged_nearest_first() {
    let p = parse(&["-s", "top", "truststore", "-s", "group", "--json", "list"]).unwrap();
    assert_eq!(p.flags.edgegrid.edgerc.section.as_deref(), Some("group"));
    assert!(p.flags.call.output.json);
    assert_eq!(p.section_origin, Origin::Flag);
    let p = parse(&["truststore", "-s", "group", "list", "-s", "leaf"]).unwrap();
    assert_eq!(p.flags.edgegrid.edgerc.section.as_deref(), Some("leaf"));
}

#[test]
fn selector_needs_exactly_one() {
    assert!(parse(&["rotate"]).is_err());
    assert!(parse(&["rotate", "--id", "1", "--name", "x"]).is_err());
    assert!(parse(&["rotate", "--certificate-name", "x"]).is_ok());
}
