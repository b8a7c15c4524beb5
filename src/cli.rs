//! What was typed: clap types only; meaning is given in `context`.
//!
//! Flags belong to the commands that use them. They come in groups ([`EdgercFlags`],
//! [`AccountFlags`], [`OutputFlags`], [`RequestFlags`], [`SandboxFlags`],
//! [`SandboxStateFlags`]); [`command`] adds to each command the groups it uses, so its
//! `--help` lists those and nothing else:
//! - every command that calls the API takes them all ([`ApiFlags`]);
//! - `sandbox serve` takes `--edgerc` and `--section` (whose tokens it then accepts);
//! - `sandbox reset` takes `--sandbox-state` (the file it deletes).
//!
//! The API commands' flags may also come before the command, as the Akamai CLI passes
//! `--edgerc`, `--section` and `--accountkey` (`moks --edgerc F --section S get-ca-cert`):
//! the top level takes [`ApiFlags`] too, and [`parse_from`] merges the two places (typed
//! after the command > typed before it > environment > default). A flag typed before a
//! command that does not take it is refused, as it would be after it.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands::{
    complete_version::CompleteVersionArgs, get_ca_cert::GetCaCertArgs,
    get_client_cert::GetClientCertArgs, get_client_cert_version::GetClientCertVersionArgs,
    new_client_cert::NewClientCertArgs, remove_version::RemoveVersionArgs, rotate::RotateArgs,
    sandbox::SandboxArgs, set_client_cert::SetClientCertArgs,
};
use crate::input;
use edgegrid::edgerc::Origin;

/// Said after `moks --help`; the exit-code table comes from `error`, its one home.
pub const CREDENTIALS_HELP: &str = "\
Credentials: flags > environment > .edgerc. A complete AKAMAI_HOST, AKAMAI_CLIENT_TOKEN,
AKAMAI_CLIENT_SECRET, AKAMAI_ACCESS_TOKEN set (AKAMAI_<SECTION>_… for another section)
replaces the file. Retries: AKAMAI_RETRY_MAX, AKAMAI_RETRY_WAIT_MIN, AKAMAI_RETRY_WAIT_MAX,
AKAMAI_RETRY_DEADLINE (5m for all retries of a command), AKAMAI_RETRY_DISABLED. Try it
without an account: moks --sandbox get-client-cert";

/// Manage Akamai mTLS Origin Keystore (MOKS) client certificates.
///
/// Every request is signed with EdgeGrid from an .edgerc profile. Output is a table or field
/// list for people, or the API's own JSON with --json. The options below are those of the
/// commands that call the API; they may come before the command or after it.
#[derive(Parser, Debug)]
#[command(
    name = "moks",
    version,
    after_help = format!("{CREDENTIALS_HELP}\n\n{}", crate::error::EXIT_CODES_HELP),
    max_term_width = 100
)]
pub struct Cli {
    /// The API commands' flags, typed before the command.
    #[command(flatten)]
    pub before: ApiFlags,
    #[command(subcommand)]
    pub command: Command,
}

// The flag groups. Their comments are not doc comments: a struct's doc comment would
// become the `about` of the command it is added to.

// Which .edgerc file and section.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Credentials")]
pub struct EdgercFlags {
    /// The .edgerc file [default: ~/.edgerc]
    #[arg(short = 'e', long, env = "AKAMAI_EDGERC", value_name = "PATH")]
    pub edgerc: Option<PathBuf>,
    /// The .edgerc section [default: default]
    #[arg(
        short = 's',
        long,
        env = "AKAMAI_EDGERC_SECTION",
        value_name = "NAME",
        value_parser = input::parse_section
    )]
    pub section: Option<String>,
}

// The account a request acts on.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Credentials")]
pub struct AccountFlags {
    /// Account switch key, sent as accountSwitchKey on every request ('none' clears the file's)
    #[arg(
        long = "account-key",
        visible_alias = "accountkey",
        env = "AKAMAI_EDGERC_ACCOUNT_KEY",
        value_name = "KEY",
        value_parser = input::parse_account_key
    )]
    pub account_key: Option<String>,
}

// How answers are shown.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Output")]
pub struct OutputFlags {
    /// Print the API's JSON unchanged (for scripts and jq)
    #[arg(long)]
    pub json: bool,
    /// Show PEM blocks whole instead of their first and last lines
    #[arg(long)]
    pub full: bool,
}

// How requests are sent (or not).
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Requests")]
pub struct RequestFlags {
    /// Log each request on stderr (method, URL, status, time, retries; never secrets)
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the request that would be sent (signature redacted) and send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Seconds to wait for each answer, its body included
    #[arg(long, value_name = "SECS", default_value = "60", value_parser = input::parse_timeout)]
    pub timeout: f64,
    /// The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB
    #[arg(
        long,
        value_name = "SIZE",
        env = "MOKS_MAX_RESPONSE_SIZE",
        default_value = "32MiB",
        value_parser = crate::client::parse_size
    )]
    pub max_response_size: u64,
    /// Also trust this CA certificate (PEM or DER), e.g. a proxy's or the sandbox's
    #[arg(long, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
}

// Whether to run against the built-in sandbox.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Sandbox")]
pub struct SandboxFlags {
    /// Run against the built-in sandbox (no account or .edgerc needed)
    #[arg(long, env = "MOKS_SANDBOX", value_parser = clap::builder::BoolishValueParser::new())]
    pub sandbox: bool,
}

// Where `--sandbox` keeps its state.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Sandbox")]
pub struct SandboxStateFlags {
    /// Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]
    #[arg(long, env = "MOKS_SANDBOX_STATE", value_name = "FILE")]
    pub sandbox_state: Option<PathBuf>,
}

// Every flag of a command that calls the API.
#[derive(Args, Debug, Clone)]
pub struct ApiFlags {
    #[command(flatten)]
    pub edgerc: EdgercFlags,
    #[command(flatten)]
    pub account: AccountFlags,
    #[command(flatten)]
    pub output: OutputFlags,
    #[command(flatten)]
    pub request: RequestFlags,
    #[command(flatten)]
    pub sandbox: SandboxFlags,
    #[command(flatten)]
    pub sandbox_state: SandboxStateFlags,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)
    #[command(alias = "complete-client-cert-version")]
    CompleteVersion(CompleteVersionArgs),
    GetCaCert(GetCaCertArgs),
    /// List client certificates, or show one (Get-MOKSClientCert)
    GetClientCert(GetClientCertArgs),
    /// List the versions of a client certificate (Get-MOKSClientCertVersion)
    GetClientCertVersion(GetClientCertVersionArgs),
    /// Create a client certificate (New-MOKSClientCert)
    NewClientCert(NewClientCertArgs),
    /// Delete a version of a client certificate (Remove-MOKSClientCertVersion)
    #[command(alias = "remove-client-cert-version")]
    RemoveVersion(RemoveVersionArgs),
    /// Create a new version of a client certificate (New-MOKSClientCertVersion)
    #[command(alias = "new-client-cert-version")]
    Rotate(RotateArgs),
    /// Run or reset the built-in MOKS sandbox
    Sandbox(SandboxArgs),
    /// Rename a client certificate or change its e-mails (Set-MOKSClientCert)
    SetClientCert(SetClientCertArgs),
}

/// The command tree: the derive's, with each command's flag groups added (see the module
/// documentation). Every command but `sandbox` calls the API; in a group of commands (a
/// command with subcommands of its own), each of them does.
pub fn command() -> clap::Command {
    fn with_api_flags(cmd: clap::Command) -> clap::Command {
        if !cmd.has_subcommands() {
            return ApiFlags::augment_args(cmd);
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        names
            .into_iter()
            .fold(cmd, |cmd, name| cmd.mut_subcommand(name, with_api_flags))
    }
    let mut cmd = Cli::command();
    let api: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| name != "sandbox")
        .collect();
    for name in api {
        cmd = cmd.mut_subcommand(name, with_api_flags);
    }
    cmd.mut_subcommand("sandbox", |s| {
        s.mut_subcommand("serve", EdgercFlags::augment_args)
            .mut_subcommand("reset", SandboxStateFlags::augment_args)
    })
}

/// What was typed, the flags merged from before and after the command.
#[derive(Debug)]
pub struct Parsed {
    pub command: Command,
    /// Every flag, as the command takes it; the groups a command does not take hold their
    /// environment value or default.
    pub flags: ApiFlags,
    /// Where `--edgerc` and `--section` came from (`-v` reports it; `sandbox serve` uses
    /// the file's tokens only when one of them was typed).
    pub edgerc_origin: Origin,
    pub section_origin: Origin,
}

fn typed(m: &ArgMatches, id: &str) -> bool {
    m.value_source(id) == Some(ValueSource::CommandLine)
}

/// `moks args…` parsed as `main` runs it.
pub fn parse_from<I, T>(args: I) -> Result<Parsed, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let tree = command();
    let top = tree.clone().try_get_matches_from(args)?;
    let command = Command::from_arg_matches(&top)?;
    // The command that runs: the last one typed, and its definition.
    let (mut leaf, mut leaf_def, mut path) = (&top, &tree, String::from("moks"));
    while let Some((name, sub)) = leaf.subcommand() {
        match leaf_def.find_subcommand(name) {
            Some(def) => (leaf, leaf_def) = (sub, def),
            None => break,
        }
        path = format!("{path} {name}");
    }
    let takes = |id: &str| leaf_def.get_arguments().any(|a| a.get_id() == id);
    for id in tree.get_arguments().map(|a| a.get_id().as_str()) {
        if typed(&top, id) && !takes(id) {
            return Err(not_taken(&tree, &path, id));
        }
    }
    let mut flags = ApiFlags::from_arg_matches(&top)?;
    // Each group the command takes: a field typed after the command replaces the value
    // from before it (typed, or else the environment's or the default, the same in both
    // places).
    macro_rules! typed_after {
        ($group:ident: $ty:ty { $($field:ident),+ }) => {
            if [$(stringify!($field)),+].iter().all(|id| takes(id)) {
                let after = <$ty>::from_arg_matches(leaf)?;
                $(
                    if typed(leaf, stringify!($field)) {
                        flags.$group.$field = after.$field;
                    }
                )+
            }
        };
    }
    typed_after!(edgerc: EdgercFlags { edgerc, section });
    typed_after!(account: AccountFlags { account_key });
    typed_after!(output: OutputFlags { json, full });
    typed_after!(request: RequestFlags { verbose, dry_run, timeout, max_response_size, ca_cert });
    typed_after!(sandbox: SandboxFlags { sandbox });
    typed_after!(sandbox_state: SandboxStateFlags { sandbox_state });
    let origin = |id: &str| {
        if typed(&top, id) || (takes(id) && typed(leaf, id)) {
            Origin::Flag
        } else if top.value_source(id) == Some(ValueSource::EnvVariable) {
            Origin::Env
        } else {
            Origin::Default
        }
    };
    Ok(Parsed {
        command,
        flags,
        edgerc_origin: origin("edgerc"),
        section_origin: origin("section"),
    })
}

/// The error for a flag typed before a command that does not take it: the one clap gives
/// when it is typed after it, with the command named.
fn not_taken(tree: &clap::Command, path: &str, id: &str) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let flag = tree
        .get_arguments()
        .find(|a| a.get_id() == id)
        .and_then(|a| a.get_long().map(|l| format!("--{l}")))
        .unwrap_or_else(|| id.to_string());
    let mut e = clap::Error::new(ErrorKind::UnknownArgument);
    e.insert(ContextKind::InvalidArg, ContextValue::String(flag.clone()));
    e.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![format!(
            "'{path}' does not take {flag}, before or after it"
        )
        .into()]),
    );
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Parsed, clap::Error> {
        parse_from(std::iter::once("moks").chain(args.iter().copied()))
    }

    #[test]
    fn clap_definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn api_flags_work_before_and_after_the_command() {
        let a = parse(&["--json", "-s", "x", "--timeout", "5", "get-ca-cert"]).unwrap();
        let b = parse(&["get-ca-cert", "--json", "-s", "x", "--timeout", "5"]).unwrap();
        for p in [&a, &b] {
            assert!(p.flags.output.json);
            assert_eq!(p.flags.edgerc.section.as_deref(), Some("x"));
            assert_eq!(p.flags.request.timeout, 5.0);
            assert_eq!(p.section_origin, Origin::Flag);
            assert_eq!(p.edgerc_origin, Origin::Default);
        }
        // After the command beats before it; what was typed in neither place keeps its default.
        let c = parse(&["-s", "before", "rotate", "--id", "1", "-s", "after"]).unwrap();
        assert_eq!(c.flags.edgerc.section.as_deref(), Some("after"));
        assert_eq!(c.flags.request.timeout, 60.0);
        assert!(!c.flags.output.json);
    }

    #[test]
    fn sandbox_commands_take_only_the_flags_they_use() {
        let serve = parse(&["--edgerc", "f", "sandbox", "serve", "--section", "s"]).unwrap();
        assert_eq!(serve.flags.edgerc.edgerc.as_deref(), Some("f".as_ref()));
        assert_eq!(serve.flags.edgerc.section.as_deref(), Some("s"));
        assert_eq!(
            (serve.edgerc_origin, serve.section_origin),
            (Origin::Flag, Origin::Flag)
        );
        let reset = parse(&["sandbox", "reset", "--sandbox-state", "st"]).unwrap();
        assert_eq!(
            reset.flags.sandbox_state.sandbox_state.as_deref(),
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
            assert_eq!(c.flags.account.account_key.as_deref(), Some("K"));
        }
    }

    #[test]
    fn selector_needs_exactly_one() {
        assert!(parse(&["rotate"]).is_err());
        assert!(parse(&["rotate", "--id", "1", "--name", "x"]).is_err());
        assert!(parse(&["rotate", "--certificate-name", "x"]).is_ok());
    }
}

#[cfg(test)]
mod completion_tests {
    /// The scripts in completions/ match the CLI. Regenerate with
    /// `MOKS_UPDATE_COMPLETIONS=1 cargo test --bin moks completion`.
    #[test]
    fn committed_completions_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
        for (shell, file) in [
            (clap_complete::Shell::Bash, "moks.bash"),
            (clap_complete::Shell::Zsh, "_moks"),
            (clap_complete::Shell::Fish, "moks.fish"),
        ] {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut super::command(), "moks", &mut buf);
            let path = dir.join(file);
            if std::env::var_os("MOKS_UPDATE_COMPLETIONS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &buf).unwrap();
            }
            let committed = std::fs::read(&path).unwrap_or_default();
            assert!(
                committed == buf,
                "{file} is stale: MOKS_UPDATE_COMPLETIONS=1 cargo test --bin moks completion"
            );
        }
    }
}
