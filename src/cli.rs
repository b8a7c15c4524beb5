//! What was typed: clap types only; meaning is given in `context`.
//!
//! Flags belong to the commands that use them. They come in groups ([`EdgercFlags`],
//! [`AccountFlags`], [`OutputFlags`], [`RequestFlags`], [`SandboxFlags`],
//! [`SandboxStateFlags`], [`DisplayFlags`]); [`command`] adds to each command the groups it
//! uses, so its `--help` lists those and nothing else, its own flags first:
//! - every command that calls the API takes [`ApiFlags`] (every command but those of
//!   [`LOCAL_COMMANDS`]);
//! - `sandbox serve` takes `--edgerc` and `--section` (whose tokens it then accepts);
//! - `sandbox reset` takes `--sandbox-state` (the file it deletes);
//! - every command takes [`DisplayFlags`] (`--color`, `--quiet`).
//!
//! The API commands' flags may also come before the command, as the Akamai CLI passes
//! `--edgerc`, `--section` and `--accountkey` (`moks --edgerc F --section S get-ca-cert`):
//! the top level takes [`ApiFlags`] too, and [`parse_from`] merges the two places (typed
//! after the command > typed before it > environment > default). A flag typed before a
//! command that does not take it is refused, as it would be after it; under the Akamai CLI
//! those three are ignored there instead (it passes them to every command).
//!
//! Help, the pattern every command follows (a unit test checks it):
//! - the command's `Args` struct in its file carries the help: its doc comment's first line
//!   is the one-line summary, ending with the PowerShell cmdlet it mirrors in parentheses
//!   (`List the account CA certificates (Get-MOKSCACert)`), the rest is the long help, and
//!   `#[command(after_help = "Examples:\n  moks …")]` gives two or three examples, one of
//!   them with `--json | jq` when the command prints JSON. The variant of [`Command`] has no
//!   doc comment of its own (it would replace the struct's);
//! - flags say what they take with an upper-case `value_name`: a value named `FILE`, `PATH`
//!   or `DIR` completes as a file name in the shells, any other as nothing (unless it lists
//!   its possible values);
//! - examples, usage lines and hints say `moks`; under the Akamai CLI [`command_for`] and
//!   `output::program` make them `akamai moks`.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::color::ColorChoice;
use crate::commands::{
    api::ApiArgs, complete_version::CompleteVersionArgs, expiring::ExpiringArgs,
    get_ca_cert::GetCaCertArgs, get_client_cert::GetClientCertArgs,
    get_client_cert_version::GetClientCertVersionArgs, get_csr::GetCsrArgs,
    get_version_guid::GetVersionGuidArgs, new_client_cert::NewClientCertArgs,
    remove_version::RemoveVersionArgs, rotate::RotateArgs, sandbox::SandboxArgs,
    set_client_cert::SetClientCertArgs, wait::WaitArgs,
};
use crate::commands::{completions::CompletionsArgs, config::ConfigArgs, man::ManArgs};
use crate::input;
use edgegrid::edgerc::Origin;

/// The commands that never call the API (they take no API flags and need no .edgerc).
pub const LOCAL_COMMANDS: [&str; 3] = ["completions", "man", "sandbox"];

/// Said after `moks --help`; the exit-code table comes from `error`, its one home.
pub const CREDENTIALS_HELP: &str = "\
Credentials: flags > environment > .edgerc. A complete AKAMAI_HOST, AKAMAI_CLIENT_TOKEN,
AKAMAI_CLIENT_SECRET, AKAMAI_ACCESS_TOKEN set (AKAMAI_<SECTION>_… for another section)
replaces the file. Retries: AKAMAI_RETRY_MAX, AKAMAI_RETRY_WAIT_MIN, AKAMAI_RETRY_WAIT_MAX,
AKAMAI_RETRY_DEADLINE (5m for the retries of any one request), AKAMAI_RETRY_DISABLED. Try it
without an account: moks --sandbox get-client-cert";

/// Manage Akamai mTLS Origin Keystore (MOKS) client certificates and Edge Truststore CA sets.
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
    /// `--color` and `--quiet`, typed before the command.
    #[command(flatten)]
    pub display: DisplayFlags,
    #[command(subcommand)]
    pub command: Command,
}

/// What bare `moks` prints: the commands most used, and where to read more.
pub fn overview(program: &str) -> String {
    format!(
        "{program}: manage Akamai mTLS Origin Keystore (MOKS) client certificates and Edge
Truststore CA sets

Usage: {program} <COMMAND> [OPTIONS]

Common commands:
  get-client-cert                        list the client certificates
  get-client-cert-version --name NAME    the versions of one: status, GUID, dates
  new-client-cert --name NAME …          create one (Akamai-signed or your CA's)
  rotate --name NAME                     a new version
  config check                           check the .edgerc credentials with one call
  truststore get-ca-set                  the Edge Truststore's CA sets (truststore --help)

Try it without an account:   {program} --sandbox get-client-cert
Every command:               {program} --help
A command's flags, examples: {program} <COMMAND> --help"
    )
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
    /// Show every column of a table, however wide (piped output always does)
    #[arg(long)]
    pub wide: bool,
}

// How moks talks to people; every command takes these.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Display")]
pub struct DisplayFlags {
    /// When to use colour: auto (a terminal without NO_COLOR), always, never
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print errors only: no warnings, notes or next steps
    #[arg(short, long)]
    pub quiet: bool,
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
    /// How long to wait for each answer, its body included: 60 (seconds), 20s, 2m
    #[arg(long, value_name = "DURATION", default_value = "60", value_parser = input::parse_timeout)]
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

/// The commands, alphabetical. Each one's help is on its `Args` struct (see the module
/// documentation), not here.
#[derive(Subcommand, Debug)]
pub enum Command {
    Api(ApiArgs),
    #[command(alias = "complete-client-cert-version")]
    CompleteVersion(CompleteVersionArgs),
    Completions(CompletionsArgs),
    Config(ConfigArgs),
    Expiring(ExpiringArgs),
    GetCaCert(GetCaCertArgs),
    GetClientCert(GetClientCertArgs),
    GetClientCertVersion(GetClientCertVersionArgs),
    GetCsr(GetCsrArgs),
    GetVersionGuid(GetVersionGuidArgs),
    Man(ManArgs),
    NewClientCert(NewClientCertArgs),
    #[command(alias = "remove-client-cert-version")]
    RemoveVersion(RemoveVersionArgs),
    #[command(alias = "new-client-cert-version")]
    Rotate(RotateArgs),
    Sandbox(SandboxArgs),
    SetClientCert(SetClientCertArgs),
    Truststore(crate::commands::truststore::TruststoreArgs),
    Wait(WaitArgs),
}

/// The command tree as `moks`.
pub fn command() -> clap::Command {
    command_for("moks")
}

/// [`command`] with the deferred groups built at once, for what describes the whole tree
/// (completion scripts, man pages): the `help` subcommand clap adds is made from the
/// subcommands there are when the top is built, so a group built later would miss from it.
pub fn command_expanded() -> clap::Command {
    command().mut_subcommand("truststore", crate::commands::truststore::expanded)
}

/// The command tree: the derive's, with each command's flag groups added and value hints
/// set (see the module documentation), named `program` in usage lines and examples.
pub fn command_for(program: &str) -> clap::Command {
    let mut cmd = Cli::command();
    let api: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| !LOCAL_COMMANDS.contains(&name.as_str()))
        .filter(|name| !DEFERRED_GROUPS.contains(&name.as_str()))
        .collect();
    for name in api {
        cmd = cmd.mut_subcommand(name, with_api_flags);
    }
    cmd = cmd.mut_subcommand("sandbox", |s| {
        s.mut_subcommand("serve", EdgercFlags::augment_args)
            .mut_subcommand("reset", SandboxStateFlags::augment_args)
    });
    let shown: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| !DEFERRED_GROUPS.contains(&name.as_str()))
        .collect();
    for name in shown {
        cmd = cmd.mut_subcommand(name, with_display_flags);
    }
    cmd = cmd.mut_subcommand("new-client-cert", |c| {
        c.override_usage(crate::commands::new_client_cert::usage(program))
    });
    let cmd = with_value_hints(cmd);
    if program == "moks" {
        cmd
    } else {
        renamed(cmd.bin_name(program), program)
    }
}

/// The groups whose subcommands are built only when used (`clap::Command::defer`; see
/// `commands::truststore::TruststoreArgs`): [`command_for`] leaves them alone, and their
/// deferred builder calls [`finish_deferred_group`] to give their commands what
/// [`command_for`] gives the others.
pub const DEFERRED_GROUPS: [&str; 1] = ["truststore"];

/// A deferred group, once its subcommands are built: each takes [`ApiFlags`] and
/// [`DisplayFlags`], value hints are set, and under the Akamai CLI the examples say its name.
pub fn finish_deferred_group(cmd: clap::Command) -> clap::Command {
    let cmd = each_subcommand(cmd, with_api_flags);
    let cmd = each_subcommand(cmd, with_display_flags);
    let cmd = with_value_hints(cmd);
    let program = crate::output::program();
    if program == "moks" {
        cmd
    } else {
        renamed(cmd, program)
    }
}

fn with_api_flags(cmd: clap::Command) -> clap::Command {
    if !cmd.has_subcommands() {
        return ApiFlags::augment_args(cmd);
    }
    each_subcommand(cmd, with_api_flags)
}

fn with_display_flags(cmd: clap::Command) -> clap::Command {
    if !cmd.has_subcommands() {
        return DisplayFlags::augment_args(cmd);
    }
    each_subcommand(cmd, with_display_flags)
}

/// `f` applied to every subcommand of `cmd`.
fn each_subcommand(
    cmd: clap::Command,
    f: impl Fn(clap::Command) -> clap::Command + Copy,
) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names
        .into_iter()
        .fold(cmd, |cmd, name| cmd.mut_subcommand(name, f))
}

/// Completion hints from each value's name: a file where a FILE, PATH or DIR is wanted, and
/// nothing to offer elsewhere (a name, a number, a duration), so that shells do not offer
/// file names for `--name` or `--version`. Values with a list of their own keep it.
fn with_value_hints(cmd: clap::Command) -> clap::Command {
    use clap::ValueHint;
    let cmd = cmd.mut_args(|arg| {
        let takes_value =
            arg.get_num_args().is_none_or(|n| n.takes_values()) && arg.get_action().takes_values();
        if !takes_value
            || arg.get_value_hint() != ValueHint::Unknown
            || !arg.get_possible_values().is_empty()
        {
            return arg;
        }
        let name = arg
            .get_value_names()
            .map(|names| {
                names
                    .iter()
                    .map(|n| n.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        let hint = if name.contains("FILE") || name.contains("PATH") {
            ValueHint::FilePath
        } else if name.contains("DIR") {
            ValueHint::DirPath
        } else {
            ValueHint::Other
        };
        arg.value_hint(hint)
    });
    each_subcommand(cmd, with_value_hints)
}

/// Examples that say `moks …` made to say `program …`, in `cmd` and its subcommands.
fn renamed(cmd: clap::Command, program: &str) -> clap::Command {
    let cmd = match cmd.get_after_help().map(|h| h.to_string()) {
        Some(text) => {
            let text = text
                .replace("  moks ", &format!("  {program} "))
                .replace(": moks ", &format!(": {program} "));
            cmd.after_help(text)
        }
        None => cmd,
    };
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |c| renamed(c, program))
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
    pub account_key_origin: Origin,
    /// `--color` and `--quiet`, from before or after the command.
    pub display: DisplayFlags,
}

/// The flags the Akamai CLI passes before every command it runs (`--edgerc`, `--section`,
/// `--accountkey`), by their ids.
const AKAMAI_CLI_FLAGS: [&str; 3] = ["edgerc", "section", "account_key"];

fn typed(m: &ArgMatches, id: &str) -> bool {
    m.value_source(id) == Some(ValueSource::CommandLine)
}

/// `moks args…` parsed as `main` runs it. `akamai_cli`: run by the Akamai CLI, which passes
/// `--edgerc`, `--section` and `--accountkey` before every command: a command that does not
/// take them ignores them there, instead of refusing them.
pub fn parse_from<I, T>(args: I, akamai_cli: bool) -> Result<Parsed, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let program = crate::output::program();
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // Clap's own help and errors follow --color too (and NO_COLOR, by themselves).
    let tree = command_for(program).color(match color_in(&args).unwrap_or_default() {
        ColorChoice::Auto => clap::ColorChoice::Auto,
        ColorChoice::Always => clap::ColorChoice::Always,
        ColorChoice::Never => clap::ColorChoice::Never,
    });
    // Parsed in place, so that the definitions below are those of the commands built to
    // parse it (a deferred group's included).
    let mut tree = tree;
    let top = tree.try_get_matches_from_mut(args)?;
    let command = Command::from_arg_matches(&top)?;
    // The command that runs: the last one typed, and its definition.
    let (mut leaf, mut leaf_def, mut path) = (&top, &tree, program.to_string());
    while let Some((name, sub)) = leaf.subcommand() {
        match leaf_def.find_subcommand(name) {
            Some(def) => (leaf, leaf_def) = (sub, def),
            None => break,
        }
        path = format!("{path} {name}");
    }
    let takes = |id: &str| leaf_def.get_arguments().any(|a| a.get_id() == id);
    for id in tree.get_arguments().map(|a| a.get_id().as_str()) {
        let ignored = akamai_cli && AKAMAI_CLI_FLAGS.contains(&id);
        if typed(&top, id) && !takes(id) && !ignored {
            return Err(not_taken(&tree, &path, id));
        }
    }
    let mut flags = ApiFlags::from_arg_matches(&top)?;
    let mut display = DisplayFlags::from_arg_matches(&top)?;
    // Each group the command takes: a field typed after the command replaces the value
    // from before it (typed, or else the environment's or the default, the same in both
    // places).
    macro_rules! typed_after {
        ($group:expr, $ty:ty { $($field:ident),+ }) => {
            if [$(stringify!($field)),+].iter().all(|id| takes(id)) {
                let after = <$ty>::from_arg_matches(leaf)?;
                $(
                    if typed(leaf, stringify!($field)) {
                        $group.$field = after.$field;
                    }
                )+
            }
        };
    }
    typed_after!(flags.edgerc, EdgercFlags { edgerc, section });
    typed_after!(flags.account, AccountFlags { account_key });
    typed_after!(flags.output, OutputFlags { json, full, wide });
    typed_after!(
        flags.request,
        RequestFlags {
            verbose,
            dry_run,
            timeout,
            max_response_size,
            ca_cert
        }
    );
    typed_after!(flags.sandbox, SandboxFlags { sandbox });
    typed_after!(flags.sandbox_state, SandboxStateFlags { sandbox_state });
    typed_after!(display, DisplayFlags { color, quiet });
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
        account_key_origin: origin("account_key"),
        display,
    })
}

/// The `--color` typed in `args`, if any, for the errors of a command line that does not
/// parse (a parsed one says it in [`Parsed::display`]).
pub fn color_in(args: &[OsString]) -> Option<ColorChoice> {
    use clap::ValueEnum;
    let mut last = None;
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--color") {
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_string()),
            Some("") => args.next().map(|v| v.into_owned()),
            _ => continue,
        };
        if let Some(v) = value.and_then(|v| ColorChoice::from_str(&v, true).ok()) {
            last = Some(v);
        }
    }
    last
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
            let after = cmd
                .get_after_help()
                .map(|a| a.to_string())
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
                assert!(
                    examples.iter().any(|e| e.contains("--json | jq")),
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
        assert!(usage(&["complete-version"])
            .contains("<--certificate-file <FILE>|--body <FILE|-|JSON>>"));
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
        assert_eq!(p.flags.edgerc.section.as_deref(), Some("s"));
        assert_eq!(p.flags.account.account_key.as_deref(), Some("k"));
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
    fn selector_needs_exactly_one() {
        assert!(parse(&["rotate"]).is_err());
        assert!(parse(&["rotate", "--id", "1", "--name", "x"]).is_err());
        assert!(parse(&["rotate", "--certificate-name", "x"]).is_ok());
    }
}

#[cfg(test)]
mod generated_tests {
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
}
