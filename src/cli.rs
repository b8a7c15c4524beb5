//! What was typed: clap types only; meaning is given in `context`.
//!
//! Flags belong to the commands that use them. They come in groups ([`EdgercFlags`],
//! [`AccountFlags`], [`OutputFlags`], [`RequestFlags`], [`SandboxFlags`],
//! [`SandboxStateFlags`], [`DisplayFlags`]), bundled per concern: a provider's credentials
//! ([`EdgeGridFlags`] for the Akamai APIs; another provider brings its own) apart from what
//! every API command takes whoever the provider is ([`CallFlags`]: output, requests,
//! sandbox). [`command`] adds to each command the groups it uses, so its `--help` lists
//! those and nothing else, its own flags first:
//! - every command that calls an Akamai API takes [`EdgeGridFlags`] and [`CallFlags`]
//!   (every command but those of [`LOCAL_COMMANDS`]);
//! - `sandbox serve` takes `--edgerc` and `--section` (whose tokens it then accepts);
//! - `sandbox reset` takes `--sandbox-state` (the file it deletes);
//! - every command takes [`DisplayFlags`] (`--color`, `--quiet`).
//!
//! The API commands' flags may also come before the command, as the Akamai CLI passes
//! `--edgerc`, `--section` and `--accountkey` (`moks --edgerc F --section S get-ca-cert`),
//! or after a group's name (`moks truststore --sandbox list`): the top level and each group
//! take them too (hidden in a group's help, as they are said once at the top), and
//! [`parse_from`] merges the places (typed after the command > after its group > before
//! it > environment > default). A flag typed before a
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
//!   `output::program` make them `akamai moks`;
//! - examples paste as they are shown: one too long for an 80-column terminal is cut
//!   between flags with a trailing ` \` ([`examples`]), so clap never wraps one.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

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

mod examples;
#[cfg(test)]
mod generated_tests;
mod parse;
#[cfg(test)]
mod tests;
use examples::pasteable_examples;
pub use parse::{color_in, parse_from, Parsed};

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
/// commands that call the API; they may come before the command, after a group's name or
/// after it.
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

Usage: {program} [OPTIONS] <COMMAND>

Common commands:
  get-client-cert                        list the client certificates
  get-client-cert-version --name NAME    the versions of one: status, GUID, dates
  new-client-cert --name NAME …          create one (Akamai-signed or your CA's)
  rotate --name NAME                     a new version
  config check                           check the .edgerc credentials and API grants
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
    /// Print the API's JSON: an object as sent; a list as the array of its items, each as sent
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

// The credentials of the Akamai APIs (EdgeGrid): which .edgerc file and section, and the
// account. The Akamai command groups take them; another provider's group brings its own.
#[derive(Args, Debug, Clone, Default)]
pub struct EdgeGridFlags {
    #[command(flatten)]
    pub edgerc: EdgercFlags,
    #[command(flatten)]
    pub account: AccountFlags,
}

// What every command that calls an API takes, whoever the provider: how answers are shown,
// how requests are sent, and the sandbox.
#[derive(Args, Debug, Clone)]
pub struct CallFlags {
    #[command(flatten)]
    pub output: OutputFlags,
    #[command(flatten)]
    pub request: RequestFlags,
    #[command(flatten)]
    pub sandbox: SandboxFlags,
    #[command(flatten)]
    pub sandbox_state: SandboxStateFlags,
}

// Every flag of a command that calls an Akamai API, as parsed: its provider's credentials
// and what every API command takes (in that order, the order of its `--help`).
#[derive(Args, Debug, Clone)]
pub struct ApiFlags {
    #[command(flatten)]
    pub edgegrid: EdgeGridFlags,
    #[command(flatten)]
    pub call: CallFlags,
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
/// `moks man`'s page names are given to the shells to complete here.
pub fn command_expanded() -> clap::Command {
    let tree = command().mut_subcommand("truststore", crate::commands::truststore::expanded);
    // Leaked: clap keeps possible values as `&'static str`; this runs once per process, for
    // the completion scripts and man pages.
    let pages: Vec<&'static str> = crate::commands::man::page_names(&tree)
        .into_iter()
        .map(|name| &*Box::leak(name.into_boxed_str()))
        .collect();
    tree.mut_subcommand("man", |m| {
        m.mut_arg("command", |a| {
            a.value_parser(clap::builder::PossibleValuesParser::new(pages))
                .hide_possible_values(true)
        })
    })
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
    for name in DEFERRED_GROUPS {
        cmd = cmd.mut_subcommand(name, with_group_flags);
    }
    cmd = cmd.mut_subcommand("new-client-cert", |c| {
        c.override_usage(crate::commands::new_client_cert::usage(program))
    });
    let cmd = with_value_hints(cmd);
    let cmd = if program == "moks" {
        cmd
    } else {
        renamed(cmd.bin_name(program), program)
    };
    pasteable_examples(cmd)
}

/// A group of API commands takes their flags after its name too (`moks truststore --sandbox
/// list`), hidden from its help: the top-level help says them once.
fn with_group_flags(cmd: clap::Command) -> clap::Command {
    let cmd = DisplayFlags::augment_args(CallFlags::augment_args(EdgeGridFlags::augment_args(cmd)));
    cmd.mut_args(|a| a.hide(true))
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
    let cmd = if program == "moks" {
        cmd
    } else {
        renamed(cmd, program)
    };
    pasteable_examples(cmd)
}

/// The flags of an Akamai API command: its provider's credentials, then those of every API
/// command.
fn with_api_flags(cmd: clap::Command) -> clap::Command {
    if !cmd.has_subcommands() {
        return CallFlags::augment_args(EdgeGridFlags::augment_args(cmd));
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

/// The names a user is shown for commands, at every level: each command's name and visible
/// aliases, not its hidden ones (kept for scripts, never suggested).
pub fn visible_command_names() -> std::collections::HashSet<String> {
    visible_names_in(&command_expanded())
}

/// [`visible_command_names`] of `tree`.
pub fn visible_names_in(tree: &clap::Command) -> std::collections::HashSet<String> {
    fn walk(cmd: &clap::Command, out: &mut std::collections::HashSet<String>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            out.insert(sub.get_name().to_string());
            out.extend(sub.get_visible_aliases().map(str::to_string));
            walk(sub, out);
        }
    }
    let mut out = std::collections::HashSet::new();
    walk(tree, &mut out);
    out.remove("help");
    out
}
