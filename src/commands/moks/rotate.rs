//! `rotate` (alias `new-client-cert-version`): create a new version (New-MOKSClientCertVersion).
//!
//! An Akamai-signed certificate keeps two versions: rotating one that has two drops the
//! oldest (API reference §5 "Version-count limits"; Akamai's guide: "forcing a rotation
//! removes the oldest version"). The versions are listed first so that what was dropped can
//! be named on stderr. `--wait` then waits until the new version is DEPLOYED; a THIRD_PARTY
//! version awaits its signed certificate first, so waiting for it is an error at once.

use clap::Args;
use moks_model::moks::{ClientCertificateVersion, VersionStatus};

use super::wait::{self, Target, WaitFlags};
use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::api::Typed;
use crate::commands::print_object;
use crate::context::Context;
use crate::error::Refused;
use crate::output;

/// Create a new version of a client certificate (New-MOKSClientCertVersion)
///
/// AKAMAI: the new version is signed at once and deploys (the current one becomes PREVIOUS).
/// THIRD_PARTY: it awaits your signed certificate; the next step is printed. Not while a
/// version is DEPLOYMENT_PENDING or DELETE_PENDING.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks rotate --name origin-a --wait
  moks rotate --id 12 --json | jq -r .version
  moks rotate --name origin-b && moks get-csr --name origin-b > next.csr")]
pub struct RotateArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
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
    let check = format!("{} get-client-cert-version --id {id}", output::program());
    let created = api::rotate(client, &id, &check).await?;
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
        return Err(Refused {
            message: format!(
                "cannot wait for version {version} of client certificate {id}: it awaits its \
                 signed certificate, and deploys only once that is uploaded"
            ),
            hints: vec![format!(
                "wait after the upload: moks complete-version --id {id} --version {version} \
                 --certificate-file signed.pem --wait"
            )],
        }
        .into());
    }
    let target = Target {
        certificate: id,
        version: v.version.map_or(VersionSpec::Latest, VersionSpec::Number),
        upload_pending: false,
    };
    let deployed = wait::until_deployed(ctx, client, &target, pace).await;
    wait::print_when_done(ctx, deployed, &created)
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
