//! `truststore new-ca-set-deactivation` (aliases `deactivate`, `disable`): take a version
//! of a CA set off a network (New-METSCASetDeactivation, §5.18), by the steps of the
//! activation (`new_ca_set_activation.rs`): nothing is sent when the version is not active
//! there, and the API's 409 `ca-set-version-not-active-on-network` means the same (as
//! Terraform takes it, §10.1). A set in use by hostnames or enrollments cannot be taken off
//! (409, its hint names them).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use super::new_ca_set_activation::{request, ActivationArgs};
use crate::api::truststore::sets::Kind;
use crate::context::Context;

pub async fn run(ctx: &Context, args: ActivationArgs) -> anyhow::Result<()> {
    request(ctx, args, Kind::Deactivate).await
}
