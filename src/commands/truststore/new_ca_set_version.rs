//! `truststore new-ca-set-version` (alias `create-version`): a new version of a CA set from
//! CA certificates (New-METSCASetVersion, POST /ca-sets/{id}/versions, §5.10).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;

use super::pem::CertificateArgs;
use super::versions::print_version;
use super::{show_warnings, SetSelector};
use crate::api::truststore::versions as api;
use crate::context::Context;

/// Create a version of a CA set from CA certificates (New-METSCASetVersion)
///
/// The certificates come from PEM files (a bundle is split into its certificates), a
/// directory of them, or a --body JSON. They pass the local checks first (CA bit, dates,
/// signature hash, key size, duplicates; see test-ca-set-version), and nothing is sent if
/// one fails. The new version is shown with its certificates; the API's warnings go to
/// stderr.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore new-ca-set-version --name my-ca-set --certificates-file roots.pem
  moks truststore new-ca-set-version --id 199 --certificates-dir ./cas --description 'q3 roots'
  moks truststore new-ca-set-version --id 199 --certificates-file - --json | jq .version   # PEM on stdin")]
pub struct NewCaSetVersionArgs {
    #[command(flatten)]
    pub set: SetSelector,
    #[command(flatten)]
    pub certificates: CertificateArgs,
    /// The version's description, 1 to 255 characters (replaces the one in --body)
    #[arg(long, value_name = "TEXT", value_parser = super::parse_description)]
    pub description: Option<String>,
}

pub async fn run(ctx: &Context, args: NewCaSetVersionArgs) -> anyhow::Result<()> {
    let prepared = args.certificates.prepared(ctx.verbose)?;
    let client = ctx.client().await?;
    let set = args.set.resolve(client).await?;
    let body = prepared.body(args.description.or(prepared.description.clone()));
    let version = api::create_version(client, &set, &body)
        .await
        .map_err(|e| prepared.explain_pointers(e))?;
    print_version(ctx, &version)?;
    show_warnings(&version.json);
    Ok(())
}
