//! The command line as a new user meets it, through the real binary: examples in `--help`
//! that paste as shown, typo suggestions, flags typed after a group's name, bare `moks`.

use crate::common::cmd::Moks;

/// `moks --help`'s commands (and `moks truststore --help`'s), as paths.
fn every_command(m: &Moks) -> Vec<Vec<String>> {
    let names = |args: &[&str]| -> Vec<String> {
        let help = m.run(args).stdout;
        help.split("Commands:\n")
            .nth(1)
            .unwrap_or_default()
            .lines()
            .take_while(|l| l.starts_with("  "))
            .filter(|l| !l.starts_with("   "))
            .filter_map(|l| l.split_whitespace().next())
            .filter(|n| *n != "help")
            .map(str::to_string)
            .collect()
    };
    let mut out = Vec::new();
    for top in names(&["--help"]) {
        let subs = names(&[&top, "--help"]);
        if subs.is_empty() {
            out.push(vec![top.clone()]);
        }
        for sub in subs {
            out.push(vec![top.clone(), sub]);
        }
    }
    out
}

/// Every example in every command's help is shown as it pastes: clap wraps none (the same
/// at 80 columns as at 120), and a line of one either starts an example (two spaces, then
/// the command) or continues one whose previous line ends in ` \`, indented by four.
#[test]
fn help_examples_paste_as_they_are_shown() {
    let m = Moks::without_edgerc();
    let commands = every_command(&m);
    assert!(commands.len() > 30, "{commands:?}");
    let examples = |columns: &str, path: &[String]| {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("-h");
        let help = Moks::without_edgerc()
            .env("COLUMNS", columns)
            .run(&args)
            .stdout;
        help.split("Examples:\n")
            .nth(1)
            .unwrap_or_default()
            .to_string()
    };
    for path in &commands {
        let narrow = examples("80", path);
        assert!(narrow.contains("  moks "), "{path:?}: {narrow}");
        assert_eq!(
            narrow,
            examples("120", path),
            "{path:?}: wrapped at 80 columns"
        );
        let mut continued = false;
        for line in narrow.lines().take_while(|l| !l.is_empty()) {
            let starts = line.starts_with("  ") && !line.starts_with("   ");
            let continues = continued && line.starts_with("    ");
            assert!(starts || continues, "{path:?}: a cut example:\n{narrow}");
            assert!(line.len() <= 80, "{path:?}: {line}");
            continued = line.ends_with(" \\");
        }
    }
}

#[test]
fn a_mistyped_command_suggests_a_few_visible_names_best_first() {
    let m = Moks::without_edgerc();
    let run = m.run(&["get-client-certs"]);
    run.code(2);
    assert_eq!(
        run.error_line(),
        "unrecognized subcommand 'get-client-certs'"
    );
    let hint = run.stderr.lines().nth(1).unwrap();
    assert_eq!(
        hint,
        "hint: some similar subcommands exist: 'get-client-cert', 'set-client-cert', \
         'get-client-cert-version'"
    );
    // A hidden alias is not taught, though it still runs.
    let run = m.run(&["remove-client-cert-versio"]);
    run.code(2);
    assert!(
        !run.stderr.contains("remove-client-cert-version"),
        "{}",
        run.stderr
    );
    let run = m.run(&["truststore", "activat"]);
    assert!(run.stderr.contains("'activate'"), "{}", run.stderr);
}

/// The API flags work after a group's name as they do before it and after the command.
#[test]
fn api_flags_may_follow_a_groups_name() {
    let m = Moks::without_edgerc();
    let run = m.run(&["truststore", "--sandbox", "--json", "list"]);
    run.code(0);
    assert!(run.json().as_array().is_some_and(|a| !a.is_empty()));
    // Nearest to the command wins.
    let run = m.run(&["--json", "truststore", "--sandbox", "list"]);
    run.code(0);
    run.json();
    let run = m.run(&["truststore", "-q", "--sandbox", "list", "--color", "never"]);
    run.code(0);
    assert!(run.stdout.starts_with("caSetId"), "{}", run.stdout);
}

#[test]
fn bare_moks_shows_the_usage_help_shows() {
    let m = Moks::without_edgerc();
    let bare = m.run(&[]);
    bare.code(0);
    let help = m.run(&["--help"]).stdout;
    let usage = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("Usage: "))
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(usage(&bare.stdout), usage(&help));
    assert_eq!(usage(&help), "Usage: moks [OPTIONS] <COMMAND>");
}
