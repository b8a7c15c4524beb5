//! The files generated from the command tree and committed (completions/, man/) match
//! it. Regenerate with `MOKS_UPDATE_GENERATED=1 cargo test --lib generated`.

use std::path::{Path, PathBuf};

const UPDATE: &str = "MOKS_UPDATE_GENERATED=1 cargo test --lib generated";

/// Compares (or, when updating, writes) `files` in `dir`; no other file may be there.
fn check(dir: &Path, files: &[(String, Vec<u8>)]) {
    let update = std::env::var_os("MOKS_UPDATE_GENERATED").is_some();
    if update {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).unwrap();
    }
    for (file, text) in files {
        let path = dir.join(file);
        if update {
            std::fs::write(&path, text).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(committed == *text, "{} is stale: {UPDATE}", path.display());
    }
    let mut there: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    there.sort();
    let mut want: Vec<String> = files.iter().map(|(f, _)| f.clone()).collect();
    want.sort();
    assert_eq!(there, want, "files in {}: {UPDATE}", dir.display());
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_completions_are_current() {
    use clap_complete::Shell;
    let files: Vec<(String, Vec<u8>)> = [
        (Shell::Bash, "moks.bash"),
        (Shell::Zsh, "_moks"),
        (Shell::Fish, "moks.fish"),
        (Shell::PowerShell, "_moks.ps1"),
        (Shell::Elvish, "moks.elv"),
    ]
    .into_iter()
    .map(|(shell, file)| {
        (
            file.to_string(),
            crate::commands::completions::script(shell),
        )
    })
    .collect();
    check(&root().join("completions"), &files);
}

#[test]
fn committed_man_pages_are_current() {
    let pages = crate::commands::man::pages();
    assert_eq!(pages[0].file(), "moks.1");
    assert!(pages.iter().any(|p| p.file() == "moks-config-check.1"));
    let files: Vec<(String, Vec<u8>)> = pages.into_iter().map(|p| (p.file(), p.roff)).collect();
    check(&root().join("man"), &files);
}
