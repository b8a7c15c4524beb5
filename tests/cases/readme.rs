//! The README's sandbox walkthroughs, run as a reader pastes them: the `bash` blocks of "Try
//! it on the sandbox", in order, in one shell (`set -euo pipefail`), with `moks` on the PATH,
//! a fresh HOME and a one-second deploy delay. They need `jq` and `openssl`; without them the
//! test says it skipped.

use std::process::{Command, Stdio};

/// The `bash` blocks of the README section `heading`, in order.
fn bash_blocks(readme: &str, heading: &str) -> Vec<String> {
    let start = readme.find(heading).expect("the section is in the README");
    let section = &readme[start + heading.len()..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in section.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```bash") => current = Some(String::new()),
            (Some(b), "```") => {
                blocks.push(std::mem::take(b));
                current = None;
            }
            (Some(b), l) => {
                b.push_str(l);
                b.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

fn have(tool: &str, arg: &str) -> bool {
    Command::new(tool)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn the_sandbox_walkthroughs_run_as_pasted() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let blocks = bash_blocks(&readme, "## Try it on the sandbox");
    assert_eq!(
        blocks.len(),
        2,
        "the Akamai-signed and third-party walkthroughs"
    );
    assert!(blocks[0].contains("--wait") && blocks[1].contains("moks get-csr"));
    if !(have("jq", "--version") && have("openssl", "version")) {
        eprintln!("skipped: the walkthroughs need jq and openssl");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_moks"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into())
    );
    let script = format!("set -euo pipefail\n{}", blocks.join("\n"));
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(home.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", home.path())
        .env("MOKS_SANDBOX_DEPLOY_DELAY", "1s")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the walkthroughs failed:\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    // What the comments promise: a deployed version, a GUID and its behavior, a real chain,
    // and the third-party version deployed after its upload.
    assert!(
        stdout.contains("\"name\": \"mtlsOriginKeystore\""),
        "{stdout}"
    );
    assert!(stdout.contains(": OK"), "openssl verify: {stdout}");
    assert!(
        stdout.contains("signed certificate uploaded to version 1 of client certificate"),
        "{stdout}"
    );
    assert!(
        stderr
            .lines()
            .filter(|l| l.contains(": DEPLOYED after "))
            .count()
            >= 3,
        "{stderr}"
    );
}
