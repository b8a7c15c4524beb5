//! `rotate` (alias `new-client-cert-version`): create a new version (New-MOKSClientCertVersion).
//!
//! An Akamai-signed certificate keeps two versions: rotating one that has two drops the
//! oldest (docs/reference/moks.md §5 "Version-count limits"; Akamai's guide: "forcing a rotation
//! removes the oldest version"). The versions are listed first so that what was dropped can
//! be named on stderr. `--wait` then waits until the new version is DEPLOYED; a THIRD_PARTY
//! version awaits its signed certificate first, so waiting for it is an error at once.
//!
//! Rules:
//! - a THIRD_PARTY certificate whose version still awaits its signed certificate is not
//!   rotated again unless `--force` (exit 4, nothing sent): another awaiting version would
//!   be made, and a THIRD_PARTY certificate holds at most five (API reference, "Version-count
//!   limits"); the hint names the waiting version and how to sign it;
//! - when the API refuses the rotation (a 409: a version DEPLOYMENT_PENDING or
//!   DELETE_PENDING blocks it), the hint says which version and until when (its
//!   `scheduledDeleteDate`), from the list read before.
//!
//! Sections (§) are those of docs/reference/moks.md.

use clap::Args;
use moks_model::moks::{ClientCertificateVersion, VersionStatus};

use super::wait::{self, Target, WaitFlags};
use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::api::Typed;
use crate::commands::print_object;
use crate::context::Context;
use crate::error;
use crate::output;

/// Create a new version of a client certificate (New-MOKSClientCertVersion)
///
/// AKAMAI: the new version is signed at once and deploys (the current one becomes PREVIOUS).
/// THIRD_PARTY: it awaits your signed certificate; the next step is printed, and while a
/// version still awaits one, rotating is refused unless --force. Not while a version is
/// DEPLOYMENT_PENDING or DELETE_PENDING (the hint says which, and until when).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks rotate --name origin-a --wait
  moks rotate --id 12 --json | jq -r .version
  moks rotate --name origin-b && moks get-csr --name origin-b > next.csr")]
pub struct RotateArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// Rotate even while a version awaits its signed certificate (making another one)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub wait: WaitFlags,
}

/// The versions an Akamai-signed rotation drops: all but the newest of those there before.
fn dropped(before: &[Typed<ClientCertificateVersion>]) -> Vec<i64> {
    let numbers: Vec<i64> = select::distinct_versions(before)
        .iter()
        .filter_map(select::version_of)
        .collect();
    numbers.into_iter().skip(1).collect()
}

pub async fn run(ctx: &Context, args: RotateArgs) -> anyhow::Result<()> {
    let pace = args.wait.pace();
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let before = api::peek_versions(client, &id).await?;
    if let (Some(before), false) = (&before, args.force) {
        refuse_while_awaiting(before, &id)?;
    }
    let check = format!("{} get-client-cert-version --id {id}", output::program());
    let created = api::rotate(client, &id, &check)
        .await
        .map_err(|e| with_blocker_hint(e, before.as_deref().unwrap_or_default(), &id))?;
    let v = &created.view;
    let awaiting =
        v.csr_block.is_some() || v.status == Some(VersionStatus::AwaitingSignedCertificate);
    let version = created
        .json
        .get("version")
        .map(|v| v.to_string())
        .unwrap_or_else(|| "latest".into());
    // With --wait, the version is printed as it is when the wait ends, not as created.
    if pace.is_none() || awaiting {
        print_object(ctx, &created)?;
    }
    if awaiting {
        output::note(&super::csr_next_step(&id, &version));
    } else if let (Some(before), true) = (&before, v.certificate_block.is_some()) {
        // Signed at once: Akamai-signed (§3.6), so the oldest of two versions went.
        for n in dropped(before) {
            output::note(&format!(
                "{}: version {n} of client certificate {id} was removed: an Akamai-signed \
                 certificate keeps two versions, and rotating drops the oldest",
                output::program()
            ));
        }
    }
    let Some(pace) = pace else {
        return Ok(());
    };
    if awaiting {
        return Err(error::refused(
            format!(
                "cannot wait for version {version} of client certificate {id}: it awaits its \
                 signed certificate, and deploys only once that is uploaded"
            ),
            vec![format!(
                "wait after the upload: {} complete-version --id {id} --version {version} \
                 --certificate-file signed.pem --wait",
                output::program()
            )],
        ));
    }
    let target = Target {
        certificate: id,
        version: v.version.map_or(VersionSpec::Latest, VersionSpec::Number),
        upload_pending: false,
    };
    let deployed = wait::until_deployed(ctx, client, &target, pace).await;
    wait::print_when_done(ctx, deployed, &created)
}

/// Refuses to make a second version awaiting its signed certificate (see the rules).
fn refuse_while_awaiting(
    before: &[Typed<ClientCertificateVersion>],
    id: &crate::client::Id,
) -> anyhow::Result<()> {
    let distinct = select::distinct_versions(before);
    let awaiting: Vec<i64> = distinct
        .iter()
        .filter(|v| v.view.status == Some(VersionStatus::AwaitingSignedCertificate))
        .filter_map(select::version_of)
        .collect();
    let Some(&n) = awaiting.first() else {
        return Ok(());
    };
    let p = output::program();
    Err(error::refused(
        format!(
            "version {n} of client certificate {id} still awaits its signed certificate: \
             rotating makes another awaiting version ({} of at most 5 versions)",
            distinct.len() + 1
        ),
        vec![
            super::csr_next_step(id, &n.to_string()),
            format!("to make another version all the same: {p} rotate --id {id} --force"),
        ],
    ))
}

/// A refused rotation (409) gets a hint naming the version that blocks it, from the list
/// read before: DEPLOYMENT_PENDING (wait for it) or DELETE_PENDING (until its
/// `scheduledDeleteDate`).
fn with_blocker_hint(
    e: anyhow::Error,
    before: &[Typed<ClientCertificateVersion>],
    id: &crate::client::Id,
) -> anyhow::Error {
    let mut api = match e.downcast::<crate::error::ApiError>() {
        Ok(api) => api,
        Err(e) => return e,
    };
    if api.status == 409 {
        api.client_hints.extend(blockers(before, id));
    }
    api.into()
}

/// The versions that block a rotation, each as a hint.
fn blockers(before: &[Typed<ClientCertificateVersion>], id: &crate::client::Id) -> Vec<String> {
    let p = output::program();
    let distinct = select::distinct_versions(before);
    distinct
        .iter()
        .filter_map(|v| {
            let n = select::version_of(v)?;
            match v.view.status.as_ref()? {
                VersionStatus::DeletePending => Some(match &v.view.scheduled_delete_date {
                    Some(d) => format!(
                        "version {n} is DELETE_PENDING until {}: no rotation before then",
                        crate::error::printable(d)
                    ),
                    None => format!(
                        "version {n} is DELETE_PENDING (up to 24 hours after its delete): no \
                         rotation before it is gone"
                    ),
                }),
                VersionStatus::DeploymentPending => Some(format!(
                    "version {n} is DEPLOYMENT_PENDING: wait for it with: {p} wait --id {id} \
                     --version {n}"
                )),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_akamai_rotation_drops_all_but_the_newest_version() {
        let before: Vec<Typed<ClientCertificateVersion>> = [
            json!({"version": 4, "versionAlias": "CURRENT"}),
            json!({"version": 3, "versionAlias": "PREVIOUS"}),
        ]
        .into_iter()
        .map(Typed::new)
        .collect();
        assert_eq!(dropped(&before), [3]);
        assert_eq!(dropped(&before[..1]), Vec::<i64>::new());
    }
}
