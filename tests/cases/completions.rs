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
    let e = run.error_line();
    assert!(
        e.starts_with(
            "no manual page for 'rotat': the commands are api, complete-version, completions"
        ),
        "{e}"
    );
}
