//! `truststore copy-ca-set-version` (alias `clone-version`): a new version copying one
//! (Copy-METSCASetVersion, POST /ca-sets/{id}/versions/{v}/clone, §5.15): the way to change
//! a version once activated.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;

use super::versions::{parse_version_number, print_version};
use super::{show_warnings, SetSelector};
use crate::api::truststore::versions as api;
use crate::client::Id;
use crate::context::Context;
use crate::output;

/// Copy a version into a new one, to edit it (Copy-METSCASetVersion)
///
/// The new version takes the next number and copies the certificates, the description and
/// the SHA-1 flag. Certificates expired since are copied too: the API warns about them.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore copy-ca-set-version --name my-ca-set --version 2
  moks truststore copy-ca-set-version --id 199 --version 1 --json | jq .version")]
pub struct CopyCaSetVersionArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// The version to copy
    #[arg(long, value_name = "N", required = true, value_parser = parse_version_number)]
    pub version: moks_model::truststore::VersionNumber,
}

pub async fn run(ctx: &Context, args: CopyCaSetVersionArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let set = args.set.resolve(client).await?;
    let version = api::clone_version(client, &set, &Id::from(args.version)).await?;
    print_version(ctx, &version)?;
    show_warnings(&version.json);
    if let Some(n) = version.view.version {
        output::note(&format!(
            "version {} of CA set {set} copied to version {n}; edit it with: {} truststore \
             set-ca-set-version --id {set} --version {n} …",
            args.version,
            output::program()
        ));
    }
    Ok(())
}
