//! `wait`: wait until a version is DEPLOYED; and `--wait` on `new-client-cert`, `rotate`
//! and `complete-version`, which run the same loop after their own request.
//!
//! Rules (API reference §5 "Version statuses" and "Waiting for deployment"):
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

use std::time::{Duration, Instant};

use clap::Args;
use moks_model::moks::{ClientCertificateVersion, VersionStatus};
use moks_model::ApiEnum;

use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::api::Typed;
use crate::client::{Client, Id};
use crate::commands::print_object;
use crate::context::Context;
use crate::error::{self, ApiError, Interrupted, NetworkError, Refused, WaitTimeout};
use crate::input;
use crate::output::live_status::LiveStatus;
use crate::retry::human;

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

/// How long to wait, and how often to look.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub timeout: Duration,
    pub interval: Duration,
}

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30 * 60);
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);
/// The pause after the first check; each next one is twice as long, up to the interval.
const FIRST_PAUSE: Duration = Duration::from_secs(1);

impl WaitFlags {
    /// The pace asked for, when `--wait` was given.
    pub fn pace(&self) -> Option<Pace> {
        self.wait.then(|| Pace {
            timeout: self.wait_timeout.unwrap_or(DEFAULT_TIMEOUT),
            interval: self.interval.unwrap_or(DEFAULT_INTERVAL),
        })
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
    let pace = Pace {
        timeout: args.wait_timeout,
        interval: args.interval,
    };
    let version = until_deployed(ctx, client, &target, pace).await?;
    print_object(ctx, &version)
}

/// A check that failed for a reason that passes: a 429 or 5xx the client stopped retrying,
/// or the network.
fn passing(e: &anyhow::Error) -> bool {
    match e.downcast_ref::<ApiError>() {
        Some(api) => api.status == 429 || api.status >= 500,
        None => e.downcast_ref::<NetworkError>().is_some(),
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
    let mut number: Option<i64> = None;
    let subject = |n: Option<i64>| match (n, spec) {
        (Some(n), _) | (None, VersionSpec::Number(n)) => {
            format!("version {n} of client certificate {id}")
        }
        (None, _) => format!("version '{spec}' of client certificate {id}"),
    };
    let mut status = LiveStatus::new(ctx.progress, &subject(number));
    let deadline = Instant::now() + pace.timeout;
    let mut pause = FIRST_PAUSE;
    // The last status seen (the API's text), and the last check's failure.
    let mut seen: Option<String> = None;
    let mut failed: Option<String>;
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        status.tick(None);
        let polled = tokio::select! {
            r = api::list_versions(client, id, false) => r,
            _ = &mut ctrl_c => {
                status.clear();
                return Err(interrupted(&subject(number), seen.as_deref(), status.elapsed(), id, shown(number, spec)));
            }
        };
        match polled {
            Ok(versions) => {
                failed = None;
                let n = match number {
                    Some(n) => n,
                    None => {
                        let n = select::resolve_version(&versions, spec, &id.to_string())?;
                        number = Some(n);
                        status.rename(&subject(number));
                        n
                    }
                };
                let Some(own) = select::distinct_versions(&versions)
                    .into_iter()
                    .find(|v| select::version_of(v) == Some(n))
                else {
                    status.clear();
                    return Err(Refused {
                        message: format!("{} no longer exists: it cannot deploy", subject(number)),
                        hints: vec![format!(
                            "see the versions there: moks get-client-cert-version --id {id}"
                        )],
                    }
                    .into());
                };
                match &own.view.status {
                    Some(VersionStatus::Deployed) => {
                        status.finish(VersionStatus::Deployed.as_str());
                        let shown = select::entry_as_sent(&versions, spec, n)
                            .cloned()
                            .unwrap_or(own);
                        return Ok(shown);
                    }
                    Some(VersionStatus::DeletePending) => {
                        status.clear();
                        let when = own
                            .view
                            .scheduled_delete_date
                            .as_deref()
                            .map(|d| format!(" (deletion scheduled for {d})"))
                            .unwrap_or_default();
                        return Err(Refused {
                            message: error::printable(&format!(
                                "{} is DELETE_PENDING{when}: it will not deploy",
                                subject(number)
                            )),
                            hints: vec![],
                        }
                        .into());
                    }
                    Some(VersionStatus::AwaitingSignedCertificate) if !target.upload_pending => {
                        status.clear();
                        return Err(Refused {
                            message: format!(
                                "{} is AWAITING_SIGNED_CERTIFICATE: it deploys only once its \
                                 signed certificate is uploaded",
                                subject(number)
                            ),
                            hints: vec![
                                format!(
                                    "get its CSR: moks get-csr --id {id} --version {n} > v{n}.csr"
                                ),
                                format!(
                                    "once signed: moks complete-version --id {id} --version {n} \
                                     --certificate-file signed.pem --wait"
                                ),
                            ],
                        }
                        .into());
                    }
                    other => {
                        let text = other.as_ref().map_or("no status", |s| s.as_str());
                        seen = Some(text.to_string());
                        status.set_state(seen.as_deref());
                    }
                }
            }
            Err(e) if passing(&e) => {
                let why = error::render(&e).headline;
                status.set_state(Some(&format!(
                    "{} (check failed: {why})",
                    seen.as_deref().unwrap_or("not known yet")
                )));
                failed = Some(why);
            }
            Err(e) => {
                status.clear();
                return Err(e);
            }
        }
        let now = Instant::now();
        if now >= deadline {
            status.clear();
            return Err(timed_out(
                &subject(number),
                seen.as_deref(),
                failed.as_deref(),
                pace.timeout,
                id,
                shown(number, spec),
            ));
        }
        let wake = now + pause.min(deadline - now);
        loop {
            let left = wake.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            status.tick(Some(left));
            tokio::select! {
                _ = tokio::time::sleep(left.min(Duration::from_secs(1))) => {}
                _ = &mut ctrl_c => {
                    status.clear();
                    return Err(interrupted(&subject(number), seen.as_deref(), status.elapsed(), id, shown(number, spec)));
                }
            }
        }
        pause = (pause * 2).min(pace.interval);
    }
}

/// The version as `--version` takes it: its number once known.
fn shown(number: Option<i64>, spec: VersionSpec) -> String {
    number.map_or_else(|| spec.to_string(), |n| n.to_string())
}

/// How to wait again for the same version.
fn again(id: &Id, version: &str) -> String {
    format!("moks wait --id {id} --version {version}")
}

fn interrupted(
    subject: &str,
    seen: Option<&str>,
    elapsed: Duration,
    id: &Id,
    version: String,
) -> anyhow::Error {
    let state = seen
        .map(|s| format!(" (last status {s})"))
        .unwrap_or_default();
    Interrupted {
        message: error::printable(&format!(
            "interrupted after {} while waiting for {subject}{state}",
            human(elapsed)
        )),
        hints: vec![format!("to wait again: {}", again(id, &version))],
    }
    .into()
}

fn timed_out(
    subject: &str,
    seen: Option<&str>,
    failed: Option<&str>,
    timeout: Duration,
    id: &Id,
    version: String,
) -> anyhow::Error {
    let last = match (seen, failed) {
        (Some(s), None) => format!("its last status was {s}"),
        (Some(s), Some(why)) => {
            format!("its last status was {s}, and the last check failed: {why}")
        }
        (None, Some(why)) => format!("no check succeeded: {why}"),
        (None, None) => "its status was never seen".into(),
    };
    WaitTimeout {
        message: error::printable(&format!(
            "{subject} is not DEPLOYED after {}: {last}",
            human(timeout)
        )),
        hints: vec![format!(
            "wait longer with: {} --wait-timeout 1h",
            again(id, &version)
        )],
    }
    .into()
}
