//! `truststore get-ca-set-activation` (alias `activations`): activation and deactivation
//! requests (Get-METSCASetActivation).
//!
//! Without `--version`, every request of the set (`GET /ca-sets/{id}/activations`, §5.9,
//! which no cmdlet reaches); with `--version`, that version's (§5.19); with
//! `--activation-id`, that one (§5.20; without `--version` it is found in the set's list),
//! and `--wait` follows it until it ends.
//!
//! `--network`, `--status` and `--type` keep the requests of a list that match (as the
//! Terraform provider's activations data source filters; the API takes no such parameter,
//! so nothing else is sent). They filter lists only: with `--activation-id` they are
//! refused (exit 2, nothing sent).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use moks_model::truststore::{Activation, ActivationType, Network, RequestStatus};

use super::waiting::{self, WaitFlags};
use super::SetSelector;
use crate::api::truststore::sets;
use crate::client::Id;
use crate::commands::{print_list, print_object, Typed};
use crate::context::Context;
use crate::error;
use crate::output;
use crate::output::table::{Column, Kind};

/// List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)
///
/// Every request of the set, newest first; those of one --version; or one --activation-id,
/// which --wait follows until it is COMPLETE or FAILED. A list keeps only the requests of
/// --network, --status and --type when they are given.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore get-ca-set-activation --name partner-cas
  moks truststore get-ca-set-activation --id 199 --version 2 --activation-id 84707 --wait
  moks truststore get-ca-set-activation --id 199 --json | jq -r '.[] | select(.activationStatus == \"IN_PROGRESS\") | .activationId'")]
pub struct GetCaSetActivationArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// Only the requests of this version
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub version: Option<i64>,
    /// This request only (activationId)
    #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i64).range(0..))]
    pub activation_id: Option<i64>,
    /// Only the requests on this network: staging or production
    #[arg(
        long,
        value_name = "NETWORK",
        ignore_case = true,
        conflicts_with = "activation_id"
    )]
    pub network: Option<Network>,
    /// Only the requests in these statuses (comma-separated): IN_PROGRESS, COMPLETE, FAILED
    #[arg(
        long,
        value_name = "STATUS",
        value_delimiter = ',',
        ignore_case = true,
        conflicts_with = "activation_id"
    )]
    pub status: Vec<RequestStatus>,
    /// Only the requests of these types (comma-separated): ACTIVATE, DEACTIVATE, DELETE
    #[arg(
        long = "type",
        value_name = "TYPE",
        value_delimiter = ',',
        ignore_case = true,
        conflicts_with = "activation_id"
    )]
    pub kind: Vec<ActivationType>,
    #[command(flatten)]
    pub wait: WaitFlags,
}

pub const COLUMNS: [Column; 9] = [
    Column::new("activationId", Kind::Whole, 0),
    Column::new("version", Kind::Whole, 0),
    Column::new("network", Kind::Whole, 0),
    Column::new("activationType", Kind::Whole, 0),
    Column::new("activationStatus", Kind::Status, 0),
    Column::new("percentComplete", Kind::Whole, 2),
    Column::new("createdDate", Kind::Date, 1),
    Column::new("createdBy", Kind::Text, 3),
    Column::new("failureReason", Kind::Text, 4),
];

impl GetCaSetActivationArgs {
    /// Whether a request passes the --network, --status and --type filters.
    fn keeps(&self, a: &Activation) -> bool {
        let network = self
            .network
            .as_ref()
            .is_none_or(|n| a.network.as_ref() == Some(n));
        let status = self.status.is_empty()
            || a.activation_status
                .as_ref()
                .is_some_and(|s| self.status.contains(s));
        let kind = self.kind.is_empty()
            || a.activation_type
                .as_ref()
                .is_some_and(|t| self.kind.contains(t));
        network && status && kind
    }
}

pub async fn run(ctx: &Context, args: GetCaSetActivationArgs) -> anyhow::Result<()> {
    if args.wait.wait && args.activation_id.is_none() {
        return Err(crate::error::usage(
            "--wait follows one request: give its --activation-id",
        ));
    }
    let client = ctx.client().await?;
    let id = args.set.resolve(client).await?;
    let Some(aid) = args.activation_id else {
        let list = match args.version {
            Some(v) => sets::version_activations(client, &id, &Id::from(v)).await?,
            None => sets::set_activations(client, &id).await?,
        };
        let kept: Vec<Typed<Activation>> =
            list.into_iter().filter(|a| args.keeps(&a.view)).collect();
        return print_list(ctx, &kept, &COLUMNS, "no activation requests");
    };
    // The version is part of the request's path: without --version, the set's list says it.
    let version = match args.version {
        Some(v) => Id::from(v),
        None => {
            let list = sets::set_activations(client, &id).await?;
            let found = list
                .iter()
                .find(|a| a.view.activation_id == Some(aid))
                .and_then(|a| a.view.version);
            match found {
                Some(v) => Id::from(v),
                None => {
                    return Err(error::not_found(
                        format!("CA set {id} has no activation request {aid}"),
                        vec![format!(
                            "list them with: {} truststore get-ca-set-activation --id {id}",
                            output::program()
                        )],
                    ))
                }
            }
        }
    };
    let first = sets::activation(client, &id, &version, aid).await?;
    match args.wait.pace() {
        Some(pace) if !ended(&first.item) => {
            let done = waiting::until_activation_ends(
                ctx,
                client,
                pace,
                &id,
                &version,
                &first.item,
                Some(pace.first_pause(waiting::retry_after(&first))),
            )
            .await?;
            print_object(ctx, &done)
        }
        Some(_) => {
            print_object(ctx, &first.item)?;
            if first.item.view.activation_status
                == Some(moks_model::truststore::RequestStatus::Failed)
            {
                let subject = waiting::activation_subject(&first.item.view, &id, &version);
                return Err(waiting::activation_failed(&first.item, &subject));
            }
            Ok(())
        }
        None => print_object(ctx, &first.item),
    }
}

fn ended(a: &crate::api::Typed<moks_model::truststore::Activation>) -> bool {
    use moks_model::truststore::RequestStatus;
    matches!(
        a.view.activation_status,
        Some(RequestStatus::Complete) | Some(RequestStatus::Failed)
    )
}
