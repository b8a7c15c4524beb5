//! `wait`: wait until a version is DEPLOYED; and `--wait` on `new-client-cert`, `rotate`
//! and `complete-version`, which run the same loop after their own request.
//!
//! Rules (docs/reference/moks.md §5 "Version statuses" and "Waiting for deployment"):
//! - the versions list is polled (`GET …/versions`, §3.7) until the version's own record is
//!   DEPLOYED; the first check is at once, then after 1 s, 2 s, 4 s… up to `--interval`
//!   (30 s, Terraform's pace), so a deployment that takes seconds (the sandbox's) is seen in
//!   seconds and a long one costs two requests a minute;
//! - `latest`, `current`… are resolved at the first check and the number kept: a rotation
//!   by someone else meanwhile does not change what is waited for;
//! - a version that can never deploy is an error at once (exit 4), not a long wait:
//!   DELETE_PENDING, gone, or AWAITING_SIGNED_CERTIFICATE when no upload is pending (after
//!   `complete-version` one is: the API may still show AWAITING_SIGNED_CERTIFICATE);
//! - a check that fails for a passing reason (429, 5xx, network), after the client's own
//!   retries, is said and made again at the next interval; any other failure ends the wait;
//! - `--wait-timeout` (30 min) bounds the whole wait: exit 7, naming the last status seen;
//! - Ctrl-C stops it cleanly (exit 130): the request in flight is dropped, the progress line
//!   cleared, the sandbox stopped as after any command; what was done before stays done;
//! - progress goes to stderr ([`LiveStatus`]): a live line on a terminal, a line per change
//!   otherwise, nothing with `-q`. The version's record is printed on success (`wait` only).
//!
//! Sections (§) are those of docs/reference/moks.md.

use std::cell::Cell;
use std::time::Duration;

use clap::Args;
use moks_model::moks::{ClientCertificateVersion, VersionStatus};
use moks_model::ApiEnum;

use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::api::Typed;
use crate::client::{Client, Id};
use crate::commands::print_object;
use crate::context::Context;
use crate::error::{self, Failure, Kind};
use crate::input;
use crate::output;
use crate::wait::{self, Check, Pace, Waited};

/// Wait until a version of a client certificate is DEPLOYED, then show it (no cmdlet)
///
/// Polls the versions list: at once, then after 1 s, 2 s, 4 s… up to --interval. A version
/// that can never deploy (DELETE_PENDING, deleted, or awaiting its signed certificate) is an
/// error at once. Exit 7 when --wait-timeout passes first, 130 on Ctrl-C.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  moks wait --name origin-a
  moks wait --id 12 --version 3 --wait-timeout 10m --interval 10s
  moks wait --name origin-a --json | jq -r .versionGuid")]
pub struct WaitArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: a number, latest, deployed, current or previous
    #[arg(long, value_name = "VERSION", default_value = "latest")]
    pub version: VersionSpec,
    /// The longest wait (exit 7 after it): 30s, 10m, 1h…
    #[arg(long, value_name = "DURATION", default_value = "30m", value_parser = input::parse_wait_duration)]
    pub wait_timeout: Duration,
    /// The longest pause between two checks (the first ones come sooner)
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = input::parse_wait_duration)]
    pub interval: Duration,
}

/// `--wait` and its pace, on the commands that make a version.
#[derive(Args, Debug, Clone, Default)]
pub struct WaitFlags {
    /// Then wait until the version is DEPLOYED (as `moks wait` does)
    #[arg(long)]
    pub wait: bool,
    /// With --wait: the longest wait (exit 7 after it) [default: 30m]
    #[arg(long, value_name = "DURATION", requires = "wait", value_parser = input::parse_wait_duration)]
    pub wait_timeout: Option<Duration>,
    /// With --wait: the longest pause between two checks [default: 30s]
    #[arg(long, value_name = "DURATION", requires = "wait", value_parser = input::parse_wait_duration)]
    pub interval: Option<Duration>,
}

impl WaitFlags {
    /// The pace asked for, when `--wait` was given.
    pub fn pace(&self) -> Option<Pace> {
        self.wait
            .then(|| Pace::new(&wait::MOKS, self.wait_timeout, self.interval))
    }
}

/// What is waited for.
pub struct Target {
    pub certificate: Id,
    pub version: VersionSpec,
    /// A signed certificate was just uploaded: AWAITING_SIGNED_CERTIFICATE is a state that
    /// passes, not one that never ends.
    pub upload_pending: bool,
}

pub async fn run(ctx: &Context, args: WaitArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let certificate = args.cert.resolve(client).await?;
    let target = Target {
        certificate,
        version: args.version,
        upload_pending: false,
    };
    let pace = Pace::new(&wait::MOKS, Some(args.wait_timeout), Some(args.interval));
    let version = until_deployed(ctx, client, &target, pace).await?;
    print_object(ctx, &version)
}

/// Prints what a command made as it is when its wait ends (`done`); when the wait ends
/// without it (exit 7, Ctrl-C), as it was made, so that a script still learns what exists.
pub fn print_when_done<T>(
    ctx: &Context,
    done: anyhow::Result<Typed<T>>,
    made: &Typed<T>,
) -> anyhow::Result<()> {
    match done {
        Ok(now) => print_object(ctx, &now),
        Err(e) if Failure::is(&e, Kind::WaitTimeout) || Failure::is(&e, Kind::Interrupted) => {
            print_object(ctx, made)?;
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// Waits until the version is DEPLOYED and returns its record (the alias record for
/// `current`/`previous`, as `get-client-cert-version --version` shows it).
pub async fn until_deployed(
    ctx: &Context,
    client: &Client,
    target: &Target,
    pace: Pace,
) -> anyhow::Result<Typed<ClientCertificateVersion>> {
    let id = &target.certificate;
    let spec = target.version;
    // The number waited for, once the first check found it.
    let number: &Cell<Option<i64>> = &Cell::new(None);
    let check = || async move {
        let versions = api::list_versions(client, id, false).await?;
        let known = number.get();
        let n = match known {
            Some(n) => n,
            None => select::resolve_version(&versions, spec, &id.to_string())?,
        };
        number.set(Some(n));
        let Some(own) = select::distinct_versions(&versions)
            .into_iter()
            .find(|v| select::version_of(v) == Some(n))
        else {
            return Err(error::refused(
                format!(
                    "{} no longer exists: it cannot deploy",
                    waited(id, Some(n), spec).subject
                ),
                vec![format!(
                    "see the versions there: {} get-client-cert-version --id {id}",
                    output::program()
                )],
            ));
        };
        let state = match &own.view.status {
            Some(VersionStatus::Deployed) => {
                let shown = select::entry_as_sent(&versions, spec, n)
                    .cloned()
                    .unwrap_or(own);
                return Ok(Check::Done(shown, VersionStatus::Deployed.as_str().into()));
            }
            Some(VersionStatus::DeletePending) => return Err(delete_pending(&own, id, n, spec)),
            Some(VersionStatus::AwaitingSignedCertificate) if !target.upload_pending => {
                return Err(awaiting(id, n, spec))
            }
            other => other
                .as_ref()
                .map_or("no status", |s| s.as_str())
                .to_string(),
        };
        Ok(match known {
            None if !matches!(spec, VersionSpec::Number(_)) => Check::Renamed {
                what: waited(id, Some(n), spec),
                state,
            },
            _ => Check::Pending {
                state,
                retry_after: None,
            },
        })
    };
    wait::poll(ctx, pace, waited(id, None, spec), None, None, check).await
}

/// What is waited for: the version by its number once known.
fn waited(id: &Id, number: Option<i64>, spec: VersionSpec) -> Waited {
    let (subject, version) = match (number, spec) {
        (Some(n), _) | (None, VersionSpec::Number(n)) => (
            format!("version {n} of client certificate {id}"),
            n.to_string(),
        ),
        (None, _) => (
            format!("version '{spec}' of client certificate {id}"),
            spec.to_string(),
        ),
    };
    let again = format!("{} wait --id {id} --version {version}", output::program());
    let hints = [
        format!("wait longer with: {again} --wait-timeout 1h"),
        format!("to wait again: {again}"),
    ];
    Waited::new(subject, "is not DEPLOYED", "", hints)
}

fn delete_pending(
    own: &Typed<ClientCertificateVersion>,
    id: &Id,
    n: i64,
    spec: VersionSpec,
) -> anyhow::Error {
    let when = own
        .view
        .scheduled_delete_date
        .as_deref()
        .map(|d| format!(" (deletion scheduled for {d})"))
        .unwrap_or_default();
    error::refused(
        error::printable(&format!(
            "{} is DELETE_PENDING{when}: it will not deploy",
            waited(id, Some(n), spec).subject
        )),
        vec![],
    )
}

fn awaiting(id: &Id, n: i64, spec: VersionSpec) -> anyhow::Error {
    let p = output::program();
    error::refused(
        format!(
            "{} is AWAITING_SIGNED_CERTIFICATE: it deploys only once its signed certificate \
             is uploaded",
            waited(id, Some(n), spec).subject
        ),
        vec![
            format!("get its CSR: {p} get-csr --id {id} --version {n} > v{n}.csr"),
            format!(
                "once signed: {p} complete-version --id {id} --version {n} \
                 --certificate-file signed.pem --wait"
            ),
        ],
    )
}
