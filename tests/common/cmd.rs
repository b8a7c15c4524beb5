//! The hermetic command builder (as bat and xh build theirs): every `AKAMAI_*`, `MOKS_*`, `NO_COLOR`,
//! `COLUMNS`, `TERM` and proxy variable removed, `HOME` set to a temp dir holding nothing,
//! an .edgerc fixture (mode 600) pointing at the mock server, passed with `--edgerc`, fast
//! retry waits, no stdin. Every run is checked for leaked secrets.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

use super::fixture::{self, ACCESS_TOKEN, CLIENT_SECRET, CLIENT_TOKEN};
use super::server::MockServer;

pub struct Moks {
    pub home: TempDir,
    pub edgerc: PathBuf,
    pass_edgerc: bool,
    env: Vec<(String, String)>,
    /// The executable: `moks`, or `akamai-moks` ([`Moks::akamai_cli`]).
    bin: &'static str,
}

/// What a run printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn code(&self, want: i32) -> &Run {
        assert_eq!(
            self.code, want,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// stdout parsed as one JSON document.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// The single `moks: error: …` line of stderr (its text after the prefix).
    #[track_caller]
    pub fn error_line(&self) -> String {
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| l.starts_with("moks: error: "))
            .collect();
        assert_eq!(
            lines.len(),
            1,
            "one error line expected in:\n{}",
            self.stderr
        );
        lines[0]["moks: error: ".len()..].to_string()
    }
}

fn check_no_secret(what: &str, text: &str) {
    for secret in [CLIENT_SECRET, CLIENT_TOKEN, ACCESS_TOKEN] {
        assert!(
            !text.contains(secret),
            "{what} leaks a credential ({secret}):\n{text}"
        );
    }
}

impl Moks {
    /// A home with an .edgerc whose `[default]` section points at `server`.
    pub fn new(server: &MockServer) -> Moks {
        Moks::with_edgerc(&fixture::edgerc(&server.base_url(), ""))
    }

    /// A home with this .edgerc text.
    pub fn with_edgerc(text: &str) -> Moks {
        let home = tempfile::tempdir().unwrap();
        let edgerc = home.path().join("test.edgerc");
        write_private(&edgerc, text);
        Moks {
            home,
            edgerc,
            pass_edgerc: true,
            bin: env!("CARGO_BIN_EXE_moks"),
            env: vec![
                ("AKAMAI_RETRY_WAIT_MIN".into(), "10ms".into()),
                ("AKAMAI_RETRY_WAIT_MAX".into(), "50ms".into()),
            ],
        }
    }

    /// A home with no .edgerc at all, and no `--edgerc` passed.
    pub fn without_edgerc() -> Moks {
        let mut m = Moks::with_edgerc("");
        std::fs::remove_file(&m.edgerc).unwrap();
        m.pass_edgerc = false;
        m
    }

    /// Run as the Akamai CLI runs a package's command (`akamai moks …`): the `akamai-moks`
    /// executable with the environment the Akamai CLI sets. `--edgerc PATH` still comes
    /// first, where the Akamai CLI puts it.
    pub fn akamai_cli(mut self) -> Moks {
        self.bin = env!("CARGO_BIN_EXE_akamai-moks");
        self.env("AKAMAI_CLI", "1")
            .env("AKAMAI_CLI_VERSION", "2.0.1")
            .env("AKAMAI_CLI_COMMAND", "moks")
            .env("AKAMAI_CLI_COMMAND_VERSION", env!("CARGO_PKG_VERSION"))
    }

    pub fn env(mut self, key: &str, value: &str) -> Moks {
        self.env.push((key.into(), value.into()));
        self
    }

    /// The command, hermetic, with `args` after `--edgerc PATH` (std, for spawning by hand).
    pub fn std_command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(self.bin);
        for (k, _) in std::env::vars_os() {
            let Some(k) = k.to_str() else { continue };
            let upper = k.to_ascii_uppercase();
            if upper.starts_with("AKAMAI_")
                || upper.starts_with("MOKS_")
                || upper.ends_with("_PROXY")
                || ["NO_COLOR", "COLUMNS", "TERM", "SSL_CERT_FILE", "LINES"].contains(&k)
            {
                cmd.env_remove(k);
            }
        }
        cmd.env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("XDG_STATE_HOME", self.home.path());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        if self.pass_edgerc {
            cmd.arg("--edgerc").arg(&self.edgerc);
        }
        cmd.args(args);
        cmd.stdin(std::process::Stdio::null());
        cmd
    }

    /// The same as an assert_cmd command, with a 30 s limit.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::from_std(self.std_command(args));
        cmd.timeout(Duration::from_secs(30));
        cmd
    }

    /// Runs `moks --edgerc PATH args…` with no stdin.
    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.command(args).write_stdin(Vec::<u8>::new()).output())
    }

    /// Runs with `stdin` as standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        finish(self.command(args).write_stdin(stdin).output())
    }

    /// A file in the temp home.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.home.path().join(name);
        std::fs::write(&p, contents).unwrap();
        p
    }
}

fn finish(out: std::io::Result<std::process::Output>) -> Run {
    let out = out.expect("moks ran");
    let run = Run {
        code: out
            .status
            .code()
            .expect("moks exited (not killed by a signal or timeout)"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    };
    check_no_secret("stdout", &run.stdout);
    check_no_secret("stderr", &run.stderr);
    run
}

pub fn write_private(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// Cells of a plain (undecorated) table, cut at the header's column starts.
pub fn table(text: &str) -> Vec<Vec<String>> {
    let mut lines = text.lines();
    let header = lines.next().expect("a header line");
    let chars: Vec<char> = header.chars().collect();
    let mut starts = vec![0];
    for i in 1..chars.len() {
        if chars[i] != ' ' && chars[i - 1] == ' ' {
            starts.push(i);
        }
    }
    std::iter::once(header)
        .chain(lines)
        .map(|l| {
            let c: Vec<char> = l.chars().collect();
            (0..starts.len())
                .map(|i| {
                    let a = starts[i].min(c.len());
                    let b = starts.get(i + 1).copied().unwrap_or(c.len()).min(c.len());
                    c[a..b].iter().collect::<String>().trim().to_string()
                })
                .collect()
        })
        .collect()
}
