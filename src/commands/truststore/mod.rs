//! `moks truststore …`: the mTLS Edge Truststore (METS) API v2, one subcommand per cmdlet of
//! the PowerShell module `Akamai.METS` (named as the MOKS commands are: the cmdlet in
//! kebab-case without its `METS` prefix, with a short alias), one file each; this file holds
//! the group, its dispatch and what they share: choosing a CA set (`--id` or `--name`, the
//! name matched as `api::truststore` says: exactly, else ignoring case) and showing the warnings a 2xx answer
//! carries (`validation.warnings[]`, §3.2) on stderr.
//!
//! Sections (§) are those of docs/reference/truststore.md.

pub mod copy_ca_set;
pub mod copy_ca_set_version;
pub mod get_ca_set;
pub mod get_ca_set_activation;
pub mod get_ca_set_activities;
pub mod get_ca_set_association;
pub mod get_ca_set_version;
pub mod get_ca_set_version_certificate;
pub mod get_removal;
pub mod new_ca_set;
pub mod new_ca_set_activation;
pub mod new_ca_set_deactivation;
pub mod new_ca_set_version;
pub mod pem;
pub mod remove_ca_set;
pub mod remove_ca_set_version;
pub mod set_ca_set_version;
pub mod test_ca_set_version;
pub mod versions;
pub mod waiting;

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::api::truststore as api;
use crate::client::{Client, Id};
use crate::context::Context;
use crate::output;
use moks_model::truststore::{error_slug, rules, CaSetId, CaSetStatus};

/// `moks truststore`: its subcommands are built only when it runs (`Command::defer`). The
/// whole command tree is built on every run to parse one command line, and this group's
/// seventeen commands, their flags and help would otherwise cost every MOKS command about
/// 1 MB of peak RSS and a tenth of its start-up. So `Args` is written out here rather than
/// derived: the group's own help is set at once (the top-level help lists it), its
/// subcommands and their flag groups ([`crate::cli::finish_deferred_group`]) when built.
#[derive(Debug)]
pub struct TruststoreArgs {
    pub command: TruststoreCommand,
}

/// The group's one-line summary (the help pattern: ends with "(no cmdlet)").
const ABOUT: &str =
    "Manage Edge Truststore CA sets: the CAs Akamai uses to verify client certificates (no cmdlet)";
const LONG_ABOUT: &str =
    "Manage Edge Truststore CA sets: the CAs Akamai uses to verify client certificates (no cmdlet)

The mTLS Edge Truststore holds CA sets: named, versioned lists of CA certificates that Akamai's \
edge uses to verify the certificates clients present. Each subcommand mirrors a cmdlet of the \
PowerShell module Akamai.METS; a CA set is chosen by --id or by its --name (exact, else \
a unique case-insensitive match).";
const EXAMPLES: &str = "Examples:
  moks truststore get-ca-set
  moks truststore get-ca-set --name my-ca-set
  moks truststore get-ca-set --json | jq -r '.[].caSetName'";

impl clap::FromArgMatches for TruststoreArgs {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        Ok(TruststoreArgs {
            command: TruststoreCommand::from_arg_matches(m)?,
        })
    }
    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.command.update_from_arg_matches(m)
    }
}

impl Args for TruststoreArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.about(ABOUT)
            .long_about(LONG_ABOUT)
            .after_help(EXAMPLES)
            .subcommand_required(true)
            .arg_required_else_help(true)
            .defer(build_subcommands)
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

/// The group's subcommands, with the flag groups every API command takes.
fn build_subcommands(cmd: clap::Command) -> clap::Command {
    crate::cli::finish_deferred_group(TruststoreCommand::augment_subcommands(cmd))
}

/// The group with its subcommands built now (nothing left deferred).
pub fn expanded(cmd: clap::Command) -> clap::Command {
    build_subcommands(cmd).defer(std::convert::identity)
}

#[derive(Subcommand, Debug)]
pub enum TruststoreCommand {
    #[command(visible_alias = "clone")]
    CopyCaSet(copy_ca_set::CopyCaSetArgs),
    #[command(visible_alias = "clone-version")]
    CopyCaSetVersion(copy_ca_set_version::CopyCaSetVersionArgs),
    #[command(visible_aliases = ["list", "get"])]
    GetCaSet(get_ca_set::GetCaSetArgs),
    #[command(visible_alias = "activations")]
    GetCaSetActivation(get_ca_set_activation::GetCaSetActivationArgs),
    #[command(visible_alias = "activities")]
    GetCaSetActivities(get_ca_set_activities::GetCaSetActivitiesArgs),
    #[command(visible_alias = "associations")]
    GetCaSetAssociation(get_ca_set_association::GetCaSetAssociationArgs),
    #[command(visible_alias = "versions")]
    GetCaSetVersion(get_ca_set_version::GetCaSetVersionArgs),
    #[command(visible_aliases = ["certs", "certificates"])]
    GetCaSetVersionCertificate(get_ca_set_version_certificate::GetCaSetVersionCertificateArgs),
    #[command(visible_alias = "delete-status")]
    GetRemoval(get_removal::GetRemovalArgs),
    #[command(visible_alias = "create")]
    NewCaSet(new_ca_set::NewCaSetArgs),
    #[command(visible_aliases = ["activate", "deploy"])]
    NewCaSetActivation(new_ca_set_activation::ActivationArgs),
    /// Take a version of a CA set off staging or production (New-METSCASetDeactivation)
    ///
    /// Nothing is sent if the version is not active there; a deactivation already in flight
    /// for it is followed. A set that hostnames or enrollments use cannot be taken off.
    #[command(
        visible_aliases = ["deactivate", "disable"],
        after_help = "Examples:
  moks truststore new-ca-set-deactivation --name partner-cas --version 2 --network staging --wait
  moks truststore new-ca-set-deactivation --id 199 --version 3 --network production
  moks truststore new-ca-set-deactivation --id 199 --version 3 --network staging --json | jq -r .activationStatus"
    )]
    NewCaSetDeactivation(new_ca_set_activation::ActivationArgs),
    #[command(visible_alias = "create-version")]
    NewCaSetVersion(new_ca_set_version::NewCaSetVersionArgs),
    #[command(visible_alias = "delete")]
    RemoveCaSet(remove_ca_set::RemoveCaSetArgs),
    #[command(visible_alias = "delete-version")]
    RemoveCaSetVersion(remove_ca_set_version::RemoveCaSetVersionArgs),
    #[command(visible_alias = "update-version")]
    SetCaSetVersion(set_ca_set_version::SetCaSetVersionArgs),
    #[command(visible_alias = "validate")]
    TestCaSetVersion(test_ca_set_version::TestCaSetVersionArgs),
}

pub async fn run(ctx: &Context, args: TruststoreArgs) -> anyhow::Result<()> {
    match args.command {
        TruststoreCommand::CopyCaSet(a) => copy_ca_set::run(ctx, a).await,
        TruststoreCommand::CopyCaSetVersion(a) => copy_ca_set_version::run(ctx, a).await,
        TruststoreCommand::GetCaSet(a) => get_ca_set::run(ctx, a).await,
        TruststoreCommand::GetCaSetActivation(a) => get_ca_set_activation::run(ctx, a).await,
        TruststoreCommand::GetCaSetActivities(a) => get_ca_set_activities::run(ctx, a).await,
        TruststoreCommand::GetCaSetAssociation(a) => get_ca_set_association::run(ctx, a).await,
        TruststoreCommand::GetCaSetVersion(a) => get_ca_set_version::run(ctx, a).await,
        TruststoreCommand::GetCaSetVersionCertificate(a) => {
            get_ca_set_version_certificate::run(ctx, a).await
        }
        TruststoreCommand::GetRemoval(a) => get_removal::run(ctx, a).await,
        TruststoreCommand::NewCaSet(a) => new_ca_set::run(ctx, a).await,
        TruststoreCommand::NewCaSetActivation(a) => new_ca_set_activation::run(ctx, a).await,
        TruststoreCommand::NewCaSetDeactivation(a) => new_ca_set_deactivation::run(ctx, a).await,
        TruststoreCommand::NewCaSetVersion(a) => new_ca_set_version::run(ctx, a).await,
        TruststoreCommand::RemoveCaSet(a) => remove_ca_set::run(ctx, a).await,
        TruststoreCommand::RemoveCaSetVersion(a) => remove_ca_set_version::run(ctx, a).await,
        TruststoreCommand::SetCaSetVersion(a) => set_ca_set_version::run(ctx, a).await,
        TruststoreCommand::TestCaSetVersion(a) => test_ca_set_version::run(ctx, a).await,
    }
}

/// A CA set id as typed: digits, parsed here, once, and carried as its type.
pub fn parse_ca_set_id(s: &str) -> Result<CaSetId, String> {
    s.parse()
}

/// A CA set name as typed (§1.1).
pub fn parse_ca_set_name(s: &str) -> Result<String, String> {
    rules::ca_set_name(s).map(|()| s.to_string())
}

/// A description as typed (§1.1: 1–255 characters).
pub fn parse_description(s: &str) -> Result<String, String> {
    rules::description(s).map(|()| s.to_string())
}

/// Which CA set: exactly one of `--id` and `--name`.
#[derive(Args, Debug, Clone)]
#[group(required = true, multiple = false)]
pub struct SetSelector {
    /// The CA set's id (caSetId)
    #[arg(long, visible_alias = "ca-set-id", value_name = "ID", value_parser = parse_ca_set_id)]
    pub id: Option<CaSetId>,
    /// The CA set's name: an exact match, else a unique case-insensitive one
    #[arg(long, visible_alias = "ca-set-name", value_name = "NAME", value_parser = parse_ca_set_name)]
    pub name: Option<String>,
}

impl SetSelector {
    /// The CA set id meant; a name costs one list call.
    pub async fn resolve(&self, client: &Client) -> anyhow::Result<Id> {
        let id = match (&self.id, &self.name) {
            (Some(id), _) => Id::from(id.get()),
            (None, name) => api::ca_set_id(client, name.as_deref().unwrap_or_default()).await?,
        };
        crate::error::truststore::remember_set(&id);
        Ok(id)
    }

    /// As [`SetSelector::resolve`], a name matching a set of any status, deleted ones
    /// included (they stay readable), a set not deleted first.
    pub async fn resolve_any_status(&self, client: &Client) -> anyhow::Result<Id> {
        match &self.name {
            Some(name) if self.id.is_none() => {
                let statuses = vec![
                    CaSetStatus::NotDeleted,
                    CaSetStatus::Deleting,
                    CaSetStatus::Deleted,
                ];
                api::ca_set_id_among(client, name, statuses).await
            }
            _ => self.resolve(client).await,
        }
    }

    /// As [`SetSelector::resolve`], a name also matching a set being deleted (DELETING).
    pub async fn resolve_deleting_too(&self, client: &Client) -> anyhow::Result<Id> {
        match &self.name {
            Some(name) if self.id.is_none() => {
                let statuses = vec![CaSetStatus::NotDeleted, CaSetStatus::Deleting];
                let id = api::ca_set_id_among(client, name, statuses).await?;
                crate::error::truststore::remember_set(&id);
                Ok(id)
            }
            _ => self.resolve(client).await,
        }
    }
}

/// Shows the warnings of a 2xx answer (`validation.warnings[]`, §3.2) on stderr, one line
/// each: the slug, the detail (else the title) and the pointer, escaped.
pub fn show_warnings(json: &Value) {
    let Some(warnings) = json
        .pointer("/validation/warnings")
        .and_then(Value::as_array)
    else {
        return;
    };
    for w in warnings {
        let text = |k: &str| w.get(k).and_then(Value::as_str).unwrap_or_default();
        let slug = error_slug(text("type"));
        let what = if text("detail").is_empty() {
            text("title")
        } else {
            text("detail")
        };
        let at = if text("pointer").is_empty() {
            String::new()
        } else {
            format!(" (at {})", text("pointer"))
        };
        output::warn(&format!("the API warns: {slug}: {what}{at}"));
    }
}
