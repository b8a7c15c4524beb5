//! Every fenced shell block of the README, run as a reader pastes it: each block as one
//! script, in the shell its fence names (`bash -euo pipefail`; `sh -eu`, with pipefail
//! where the shell has it), in README order, all in one fresh HOME and working folder (so
//! later blocks see the files and sandbox state earlier ones made), with the built `moks`
//! first on the PATH and a one-second deploy delay. `~/.edgerc` points at a `moks sandbox
//! serve` this test starts, sharing the state file of `--sandbox`: a block that uses no
//! sandbox of its own meets the same certificates, as a real account would.
//!
//! What cannot run here is listed below with the reason (whole blocks, lines, or lines run
//! in another form); a block that is neither run nor listed, an unknown fence, or a listing
//! that matches nothing fails the test, so a new README block has to be handled. The blocks
//! need `jq` and `openssl` (`.ci/run` installs them); without them the test says it skipped,
//! unless `MOKS_REQUIRE_README_TOOLS` is set (by `.ci/run` once they are installed).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// Whole blocks not run, by their first line, and why.
const NOT_RUN_BLOCKS: &[(&str, &str)] = &[
    (
        "git clone <repository-url> ~/.akamai-cli/src/cli-moks",
        "clones a remote repository and needs the Akamai CLI; `akamai-moks` run the way the \
         Akamai CLI runs it is tested in tests/cases/akamai_cli.rs",
    ),
    (
        "moks completions powershell >> $PROFILE",
        "PowerShell; the script it appends is checked against the generator by the unit test \
         `generated`",
    ),
];

/// Lines not run, by how they start, and why.
const NOT_RUN_LINES: &[(&str, &str)] = &[
    (
        "cargo test --workspace --locked",
        "the tests: .ci/run runs them, this test among them",
    ),
    (
        "cargo install --locked --path .",
        ".ci/run runs it on the clone, into a throwaway root, and runs both executables",
    ),
    (
        "cargo install --locked --git",
        "builds from a remote repository",
    ),
    ("bash .ci/run", "is CI itself, which runs this test"),
    (
        "MOKS_UPDATE_GENERATED=1 cargo test",
        "rewrites the committed completions/ and man/; the unit test `generated` checks them",
    ),
];

/// Lines run in another form: how they start, what runs instead, and why.
const REWRITTEN: &[(&str, &str, &str)] = &[
    (
        "cargo run --release -- ",
        "moks ",
        "the program that line builds and runs: the build under test stands in (a release \
         build takes minutes)",
    ),
    (
        "moks sandbox serve --seed 5 --edgerc-out sandbox.edgerc",
        // Serves until Ctrl-C: in the background, on a free port (8866 may be taken), its
        // .edgerc section awaited, stopped when the block ends.
        "moks sandbox serve --seed 5 --listen 127.0.0.1:0 --edgerc-out sandbox.edgerc &\n\
         serve=$!\n\
         trap 'kill $serve' EXIT\n\
         n=0; until grep -q '^access_token' sandbox.edgerc; do \
         n=$((n+1)); [ $n -lt 600 ] || exit 1; sleep 0.1; done",
        "serves until Ctrl-C: run in the background on a free port and stopped at the end of \
         the block",
    ),
];

/// A fenced block of the README.
struct Block {
    /// The line of its opening fence (1-based).
    line: usize,
    lang: String,
    text: String,
}

fn fenced_blocks(readme: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    for (i, line) in readme.lines().enumerate() {
        let trimmed = line.trim_end();
        match &mut current {
            None => {
                if let Some(lang) = trimmed.strip_prefix("```") {
                    current = Some(Block {
                        line: i + 1,
                        lang: lang.trim().to_string(),
                        text: String::new(),
                    });
                }
            }
            Some(b) if trimmed == "```" => {
                blocks.push(std::mem::replace(
                    b,
                    Block {
                        line: 0,
                        lang: String::new(),
                        text: String::new(),
                    },
                ));
                current = None;
            }
            Some(b) => {
                b.text.push_str(trimmed);
                b.text.push('\n');
            }
        }
    }
    assert!(current.is_none(), "the README ends inside a fenced block");
    blocks
}

/// The commands of a block, a line ending in `\` joined with the next.
fn commands(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = String::new();
    for line in text.lines() {
        pending.push_str(line);
        if pending.ends_with('\\') {
            pending.push('\n');
        } else {
            out.push(std::mem::take(&mut pending));
        }
    }
    if !pending.is_empty() {
        out.push(pending);
    }
    out
}

/// What the test makes of a block: the script to run (`None`: nothing in it runs), with
/// the listings it used.
fn script_of(block: &Block, used: &mut Vec<&'static str>) -> Option<String> {
    let first = block.text.lines().next().unwrap_or("");
    if let Some((key, _)) = NOT_RUN_BLOCKS.iter().find(|(k, _)| first.starts_with(k)) {
        used.push(key);
        return None;
    }
    let mut script = String::new();
    let mut runs = false;
    for cmd in commands(&block.text) {
        let t = cmd.trim_start();
        if let Some((key, why)) = NOT_RUN_LINES.iter().find(|(k, _)| t.starts_with(k)) {
            used.push(key);
            script.push_str(&format!("# not run: {why}\n"));
        } else if let Some((key, instead, _)) = REWRITTEN.iter().find(|(k, _, _)| t.starts_with(k))
        {
            used.push(key);
            script.push_str(instead);
            script.push_str(&t[key.len()..]);
            script.push('\n');
            runs = true;
        } else {
            script.push_str(&cmd);
            script.push('\n');
            runs |= !t.is_empty() && !t.starts_with('#');
        }
    }
    runs.then_some(script)
}

fn have(tool: &str, arg: &str) -> bool {
    Command::new(tool)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The `sandbox serve` behind `~/.edgerc`; stopped when dropped.
struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `moks sandbox serve` on a free port with the state file of `--sandbox` under
/// `home`, and writes its section as `[default]` of `home/.edgerc`.
fn serve_behind_edgerc(home: &Path) -> Served {
    let state = home.join(".local/state/moks/sandbox.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_moks"))
        .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--seed", "4"])
        .args(["--deploy-delay", "1s", "--state"])
        .arg(&state)
        .env_clear()
        .env("HOME", home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let served = Served(child);
    let mut section = String::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        let done = line.starts_with("access_token");
        section.push_str(&line.replacen("[sandbox]", "[default]", 1));
        section.push('\n');
        if done {
            break;
        }
    }
    assert!(
        section.contains("[default]\nhost = http://127.0.0.1:"),
        "{section}"
    );
    std::fs::write(home.join(".edgerc"), section).unwrap();
    served
}

struct Ran {
    line: usize,
    stdout: String,
    stderr: String,
}

#[test]
fn every_shell_block_of_the_readme_runs_as_pasted() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(repo.join("README.md")).unwrap();
    let blocks = fenced_blocks(&readme);
    let mut used = Vec::new();
    let mut scripts = Vec::new();
    for b in &blocks {
        assert!(
            matches!(b.lang.as_str(), "sh" | "bash" | "powershell"),
            "README line {}: a fenced block must name its shell (`sh`, or `bash` when it uses \
             bash features; `powershell`), not {:?}",
            b.line,
            b.lang
        );
        let script = script_of(b, &mut used);
        assert!(
            script.is_some() || used.iter().any(|k| b.text.starts_with(k)) || {
                // Every command of it is listed as not run.
                commands(&b.text).iter().all(|c| {
                    let t = c.trim_start();
                    t.is_empty() || NOT_RUN_LINES.iter().any(|(k, _)| t.starts_with(k))
                })
            },
            "README line {}: a block neither run nor listed",
            b.line
        );
        if let Some(s) = script {
            assert_ne!(
                b.lang, "powershell",
                "README line {}: a PowerShell block must be listed in NOT_RUN_BLOCKS",
                b.line
            );
            scripts.push((b, s));
        }
    }
    let keys = NOT_RUN_BLOCKS
        .iter()
        .map(|(k, _)| *k)
        .chain(NOT_RUN_LINES.iter().map(|(k, _)| *k))
        .chain(REWRITTEN.iter().map(|(k, _, _)| *k));
    for key in keys {
        assert!(
            used.contains(&key),
            "listed in tests/cases/readme.rs but in no README block any more: {key:?}"
        );
    }
    // `<(…)` is bash's: a block that uses it must say so.
    for (b, s) in &scripts {
        assert!(
            b.lang == "bash" || !s.contains("<("),
            "README line {}: a block using <(…) must be fenced `bash`",
            b.line
        );
    }

    if !(have("jq", "--version") && have("openssl", "version")) {
        assert!(
            std::env::var_os("MOKS_REQUIRE_README_TOOLS").is_none(),
            "MOKS_REQUIRE_README_TOOLS is set but jq or openssl does not run"
        );
        eprintln!("skipped: the README's blocks need jq and openssl (.ci/run installs jq)");
        return;
    }
    let man = have("man", "--version");
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    // The working folder is a clone's top as far as the blocks go: `man/` is there.
    let work = tmp.path().join("clone");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&work).unwrap();
    std::os::unix::fs::symlink(repo.join("man"), work.join("man")).unwrap();
    // The request body a reader brings for `new-client-cert --body create.json`.
    std::fs::write(
        work.join("create.json"),
        r#"{"certificateName": "from-the-body", "contractId": "C-0N7RAC7", "groupId": 12345,
            "geography": "CORE", "secureNetwork": "STANDARD_TLS", "signer": "AKAMAI",
            "notificationEmails": ["ops@example.com"]}"#,
    )
    .unwrap();
    let _served = serve_behind_edgerc(&home);
    let bin = Path::new(env!("CARGO_BIN_EXE_moks")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into())
    );
    let mut ran = Vec::new();
    for (b, script) in scripts {
        if script.contains("man -l") && !man {
            eprintln!("skipped: README line {}: the block needs man", b.line);
            continue;
        }
        let mut cmd = match b.lang.as_str() {
            "bash" => {
                let mut c = Command::new("bash");
                c.args(["-euo", "pipefail", "-c", &script]);
                c
            }
            _ => {
                let mut c = Command::new("sh");
                let script = format!("(set -o pipefail) 2>/dev/null && set -o pipefail\n{script}");
                c.args(["-eu", "-c", &script]);
                c
            }
        };
        let out = cmd
            .current_dir(&work)
            .env_clear()
            .env("PATH", &path)
            .env("HOME", &home)
            .env("MOKS_SANDBOX_DEPLOY_DELAY", "1s")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            out.status.success(),
            "README line {}: the `{}` block failed ({}):\n{script}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            b.line,
            b.lang,
            out.status
        );
        ran.push(Ran {
            line: b.line,
            stdout,
            stderr,
        });
    }

    // What the comments promise.
    let all_out: String = ran.iter().map(|r| r.stdout.as_str()).collect();
    let all_err: String = ran.iter().map(|r| r.stderr.as_str()).collect();
    let block_with = |needle: &str| {
        ran.iter()
            .find(|r| r.stdout.contains(needle) || r.stderr.contains(needle))
            .unwrap_or_else(|| panic!("no block printed {needle:?}:\n{all_out}\n{all_err}"))
            .line
    };
    // The walkthroughs: a deployed version, a GUID and its behavior, a real chain, the
    // third-party version deployed after its upload.
    block_with("\"name\": \"mtlsOriginKeystore\"");
    block_with(": OK");
    block_with("signed certificate uploaded to version 1 of client certificate");
    assert!(
        all_err
            .lines()
            .filter(|l| l.contains(": DEPLOYED after "))
            .count()
            >= 5,
        "{all_err}"
    );
    // The first command of the README prints the table of the sandbox's examples.
    block_with("example-akamai-1");
    // The examples: the renamed certificate, the 20-day upload acknowledged, the CSR.
    block_with("origin-c2");
    block_with("verify OK");
    // The completions and the man pages went where the README says, and man finds them.
    if man {
        block_with(".local/share/man/man1/moks-rotate.1");
    }
    for f in [
        ".local/share/bash-completion/completions/moks",
        ".zfunc/_moks",
        ".config/fish/completions/moks.fish",
        ".config/elvish/lib/moks.elv",
        ".local/share/man/man1/moks-rotate.1",
    ] {
        let len = std::fs::metadata(home.join(f))
            .map(|m| m.len())
            .unwrap_or(0);
        assert!(
            len > 100 || (!man && f.contains("man1")),
            "{f}: {len} bytes"
        );
    }
}
