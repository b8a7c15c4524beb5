//! `completions SHELL` and `man [COMMAND…]` through the real binary: they print the files
//! committed in `completions/` and `man/` (kept in step with the generator by the unit tests
//! in `src/cli.rs`), need no .edgerc, and send nothing.

use crate::common::Moks;

fn committed(path: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn completions_print_the_committed_script_of_each_shell() {
    let m = Moks::without_edgerc();
    for (shell, file) in [
        ("bash", "completions/moks.bash"),
        ("zsh", "completions/_moks"),
        ("fish", "completions/moks.fish"),
        ("powershell", "completions/_moks.ps1"),
        ("elvish", "completions/moks.elv"),
    ] {
        let run = m.run(&["completions", shell]);
        run.code(0);
        assert_eq!(run.stdout, committed(file), "{shell}");
        assert_eq!(run.stderr, "");
    }
    let run = m.run(&["completions", "tcsh"]);
    run.code(2);
    assert!(run
        .error_line()
        .contains("[possible values: bash, elvish, fish, powershell, zsh]"));
}

#[test]
fn completion_scripts_offer_files_only_for_file_flags() {
    // zsh: `_files` after the flags that take a file, an empty action after the others.
    let zsh = committed("completions/_moks");
    for file_flag in [
        "--edgerc=",
        "--certificate-file=",
        "--ca-cert=",
        "--sandbox-state=",
    ] {
        assert!(
            zsh.lines()
                .filter(|l| l.contains(file_flag))
                .all(|l| l.ends_with(":_files' \\")),
            "{file_flag}"
        );
    }
    for other in ["--name=", "--version=", "--section=", "--timeout="] {
        let lines: Vec<&str> = zsh.lines().filter(|l| l.contains(other)).collect();
        assert!(!lines.is_empty(), "{other}");
        assert!(
            lines.iter().all(|l| !l.contains("_files")),
            "{other}: {lines:?}"
        );
    }
}

#[test]
fn man_prints_the_page_of_moks_or_of_a_command() {
    let m = Moks::without_edgerc();
    let run = m.run(&["man"]);
    run.code(0);
    assert_eq!(run.stdout, committed("man/moks.1"));
    assert!(run.stdout.starts_with(".ie \\n(.g .ds Aq \\(aq") || run.stdout.contains(".TH moks"));
    let run = m.run(&["man", "config", "check"]);
    run.code(0);
    assert_eq!(run.stdout, committed("man/moks-config-check.1"));
    assert!(
        run.stdout.contains("Examples:"),
        "the examples are in the page"
    );
    let run = m.run(&["man", "rotat"]);
    run.code(2);
    assert_eq!(
        run.error_line(),
        "no manual page for 'rotat': no such command"
    );
    assert_eq!(run.stderr.lines().count(), 2, "{}", run.stderr);
    assert!(run.stderr.lines().all(|l| l.len() < 200), "{}", run.stderr);
}

#[test]
fn man_takes_a_group_command_and_aliases_and_completes_page_names() {
    let m = Moks::without_edgerc();
    let page = committed("man/moks-truststore-new-ca-set-activation.1");
    for args in [
        &["man", "truststore", "new-ca-set-activation"][..],
        &["man", "truststore", "activate"],
        &["man", "truststore", "deploy"],
    ] {
        let run = m.run(args);
        run.code(0);
        assert_eq!(run.stdout, page, "{args:?}");
    }
    // The title line: the page, its section, no date, and moks with its version as source.
    let th = page.lines().find(|l| l.starts_with(".TH ")).unwrap();
    assert_eq!(
        th,
        format!(
            ".TH moks-truststore-new-ca-set-activation 1  \"moks {}\" \"moks manual\"",
            env!("CARGO_PKG_VERSION")
        )
    );
    let bash = committed("completions/moks.bash");
    let man = bash
        .split("moks__subcmd__man)")
        .nth(1)
        .and_then(|s| s.lines().find(|l| l.contains("opts=")))
        .unwrap_or_default()
        .to_string();
    for name in ["rotate", "truststore", "new-ca-set-activation", "activate"] {
        assert!(
            man.contains(name),
            "{name} completes after 'moks man': {man}"
        );
    }
}
