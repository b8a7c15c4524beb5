//! What was typed: clap types only. Global flags are `global = true`, so they work before or
//! after the subcommand (the Akamai CLI passes them first). Meaning is given in `context`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::{
    api::ApiArgs, complete_version::CompleteVersionArgs, get_ca_cert::GetCaCertArgs,
    get_client_cert::GetClientCertArgs, get_client_cert_version::GetClientCertVersionArgs,
    get_csr::GetCsrArgs, get_version_guid::GetVersionGuidArgs, new_client_cert::NewClientCertArgs,
    remove_version::RemoveVersionArgs, rotate::RotateArgs, sandbox::SandboxArgs,
    set_client_cert::SetClientCertArgs, wait::WaitArgs,
};
use crate::input;

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
/// list for people, or the API's own JSON with --json.
#[derive(Parser, Debug)]
#[command(
    name = "moks",
    version,
    after_help = format!("{CREDENTIALS_HELP}\n\n{}", crate::error::EXIT_CODES_HELP),
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct GlobalArgs {
    /// The .edgerc file [default: ~/.edgerc]
    #[arg(
        short = 'e',
        long,
        env = "AKAMAI_EDGERC",
        value_name = "PATH",
        global = true
    )]
    pub edgerc: Option<PathBuf>,
    /// The .edgerc section [default: default]
    #[arg(
        short = 's',
        long,
        env = "AKAMAI_EDGERC_SECTION",
        value_name = "NAME",
        value_parser = input::parse_section,
        global = true
    )]
    pub section: Option<String>,
    /// Account switch key, sent as accountSwitchKey on every request ('none' clears the file's)
    #[arg(
        long = "account-key",
        visible_alias = "accountkey",
        env = "AKAMAI_EDGERC_ACCOUNT_KEY",
        value_name = "KEY",
        value_parser = input::parse_account_key,
        global = true
    )]
    pub account_key: Option<String>,
    /// Print the API's JSON unchanged (for scripts and jq)
    #[arg(long, global = true)]
    pub json: bool,
    /// Show PEM blocks whole instead of their first and last lines
    #[arg(long, global = true)]
    pub full: bool,
    /// Log each request on stderr (method, URL, status, time, retries; never secrets)
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Errors only on stderr: no progress, notes or warnings
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print the request that would be sent (signature redacted) and send nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Seconds to wait for each answer, its body included
    #[arg(long, value_name = "SECS", default_value = "60", value_parser = input::parse_timeout, global = true)]
    pub timeout: f64,
    /// The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB
    #[arg(
        long,
        value_name = "SIZE",
        env = "MOKS_MAX_RESPONSE_SIZE",
        default_value = "32MiB",
        value_parser = crate::client::parse_size,
        global = true
    )]
    pub max_response_size: u64,
    /// Also trust this CA certificate (PEM or DER), e.g. a proxy's or the sandbox's
    #[arg(long, value_name = "FILE", global = true)]
    pub ca_cert: Option<PathBuf>,
    /// Run against the built-in sandbox (no account or .edgerc needed)
    #[arg(long, env = "MOKS_SANDBOX", value_parser = clap::builder::BoolishValueParser::new(), global = true)]
    pub sandbox: bool,
    /// Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]
    #[arg(long, env = "MOKS_SANDBOX_STATE", value_name = "FILE", global = true)]
    pub sandbox_state: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Send any signed request to the API host and print the answer (no cmdlet; like gh api)
    Api(ApiArgs),
    /// Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)
    #[command(alias = "complete-client-cert-version")]
    CompleteVersion(CompleteVersionArgs),
    /// List the account CA certificates (Get-MOKSCACert)
    GetCaCert(GetCaCertArgs),
    /// List client certificates, or show one (Get-MOKSClientCert)
    GetClientCert(GetClientCertArgs),
    /// List the versions of a client certificate (Get-MOKSClientCertVersion)
    GetClientCertVersion(GetClientCertVersionArgs),
    /// Write the CSR of a THIRD_PARTY version as PEM, for your CA (no cmdlet)
    GetCsr(GetCsrArgs),
    /// Print the versionGuid a Property Manager rule tree takes (no cmdlet)
    GetVersionGuid(GetVersionGuidArgs),
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
    /// Wait until a version is DEPLOYED (no cmdlet; Terraform's wait for deployment)
    Wait(WaitArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_flags_work_before_and_after_the_subcommand() {
        let a = Cli::try_parse_from(["moks", "--json", "-s", "x", "get-ca-cert"]).unwrap();
        let b = Cli::try_parse_from(["moks", "get-ca-cert", "--json", "-s", "x"]).unwrap();
        assert!(a.global.json && b.global.json);
        assert_eq!(a.global.section.as_deref(), Some("x"));
        assert_eq!(b.global.section.as_deref(), Some("x"));
    }

    #[test]
    fn aliases_resolve() {
        for (alias, want) in [
            ("new-client-cert-version", "Rotate"),
            ("complete-client-cert-version", "CompleteVersion"),
            ("remove-client-cert-version", "RemoveVersion"),
        ] {
            let args: Vec<&str> = match want {
                "Rotate" => vec!["moks", alias, "--id", "1"],
                "CompleteVersion" => vec!["moks", alias, "--id", "1", "--certificate-file", "x"],
                _ => vec!["moks", alias, "--id", "1", "--version", "2"],
            };
            let c = Cli::try_parse_from(args).unwrap();
            assert!(format!("{:?}", c.command).starts_with(want));
        }
        let c = Cli::try_parse_from(["moks", "--accountkey", "K", "get-ca-cert"]).unwrap();
        assert_eq!(c.global.account_key.as_deref(), Some("K"));
    }

    #[test]
    fn selector_needs_exactly_one() {
        assert!(Cli::try_parse_from(["moks", "rotate"]).is_err());
        assert!(Cli::try_parse_from(["moks", "rotate", "--id", "1", "--name", "x"]).is_err());
        assert!(Cli::try_parse_from(["moks", "rotate", "--certificate-name", "x"]).is_ok());
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
            clap_complete::generate(
                shell,
                &mut <super::Cli as clap::CommandFactory>::command(),
                "moks",
                &mut buf,
            );
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
