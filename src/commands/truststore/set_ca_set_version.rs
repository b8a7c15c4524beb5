//! `truststore set-ca-set-version` (alias `update-version`): replace the certificates,
//! description and SHA-1 flag of a version never activated (Set-METSCASetVersion,
//! PUT /ca-sets/{id}/versions/{v}, §5.13). A version once activated is frozen: the API's
//! refusal comes with the commands that clone it and update the copy.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;

use super::pem::CertificateArgs;
use super::versions::{frozen_hint, parse_version_number, print_version};
use super::{show_warnings, SetSelector};
use crate::api::truststore::versions as api;
use crate::client::Id;
use crate::context::Context;

/// Replace the certificates of a version never activated (Set-METSCASetVersion)
///
/// The whole certificate list is replaced, with the description and the SHA-1 flag; the
/// certificates are given and checked as for new-ca-set-version. A version that is or was
/// active cannot be edited: copy it (copy-ca-set-version) and update the copy.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore set-ca-set-version --name my-ca-set --version 3 --certificates-file roots.pem
  moks truststore set-ca-set-version --id 199 --version 2 --certificates-dir ./cas --allow-insecure-sha1
  moks truststore set-ca-set-version --id 199 --version 2 --body version.json --json | jq .certificates")]
pub struct SetCaSetVersionArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// The version to update
    #[arg(long, value_name = "N", required = true, value_parser = parse_version_number)]
    pub version: moks_model::truststore::VersionNumber,
    #[command(flatten)]
    pub certificates: CertificateArgs,
    /// The version's description, 1 to 255 characters (replaces the one in --body)
    #[arg(long, value_name = "TEXT", value_parser = super::parse_description)]
    pub description: Option<String>,
}

pub async fn run(ctx: &Context, args: SetCaSetVersionArgs) -> anyhow::Result<()> {
    let prepared = args.certificates.prepared(ctx.verbose)?;
    let client = ctx.client().await?;
    let set = args.set.resolve(client).await?;
    let body = prepared.body(args.description.clone().or(prepared.description.clone()));
    let version = api::update_version(client, &set, &Id::from(args.version), &body)
        .await
        .map_err(|e| prepared.explain_pointers(e))
        .map_err(|e| frozen_hint(e, &set, args.version, &args.certificates.as_flags()))?;
    print_version(ctx, &version)?;
    show_warnings(&version.json);
    Ok(())
}
