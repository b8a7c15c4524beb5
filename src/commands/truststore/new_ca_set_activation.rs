//! `truststore new-ca-set-activation` (aliases `activate`, `deploy`): activate a version of
//! a CA set on a network (New-METSCASetActivation, §5.17); the deactivation
//! (`new_ca_set_deactivation.rs`) runs the same steps.
//!
//! Rules (§8 "Activation", §10.1, as Terraform does):
//! - `--version latest` is the set's `latestVersion`, read once; that read also says which
//!   version is active on each network;
//! - idempotent: a version already active there (activate) or not active there
//!   (deactivate) is said and nothing is sent (exit 0); the API's 409
//!   `ca-set-version-already-active-on-network` / `ca-set-version-not-active-on-network`
//!   is taken the same way;
//! - a request for the same network already IN_PROGRESS (`GET /ca-sets/{id}/activations`)
//!   of the same version and type is adopted (and waited for with `--wait`); one of another
//!   version or type is, with `--wait`, waited out (announced on stderr, within
//!   `--wait-timeout`) before this one is sent; without `--wait` the POST goes and the
//!   API's 409 is shown, with the command that waits for the request in flight;
//! - 409 `another-…-request-in-progress-in-the-ca-set` under `--wait` is waited out the
//!   same way and the request sent again; 400 `another-activation-just-completed-in-the-ca-set`
//!   is retried up to 3 times after a short pause (5 s, or `--interval` if shorter);
//! - the POST answers 202 and the request IN_PROGRESS: shown, with how to wait for it; with
//!   `--wait` it is polled until COMPLETE (its record printed) or FAILED (exit 5);
//! - warnings of the answer (`validation.warnings[]`, e.g. production before staging) go
//!   to stderr.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use std::sync::Mutex;
use std::time::Duration;

use clap::Args;
use moks_model::truststore::{
    Activate, Activation, ActivationId, ActivationType, CaSet, Network, RequestStatus,
    VersionNumber,
};
use moks_model::ApiEnum;
use serde_json::json;

use super::remove_ca_set::slug;
use super::waiting::{self, WaitFlags};
use super::SetSelector;
use crate::api::truststore::sets::{self, Kind};
use crate::api::{object, Typed};
use crate::client::{Client, Id, Lookup, Request, TRUSTSTORE};
use crate::commands::{print_document, print_object};
use crate::context::Context;
use crate::error::{self, Failure};
use crate::output;
use crate::wait::{self, Pace};

/// Activate a version of a CA set on staging or production (New-METSCASetActivation)
///
/// One version is active per network: activating another replaces it. Nothing is sent if
/// the version is already active there; a request already in flight for it is followed.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore new-ca-set-activation --name partner-cas --version latest --network staging --wait
  moks truststore new-ca-set-activation --id 199 --version 3 --network production
  moks truststore new-ca-set-activation --id 199 --version 3 --network staging --json | jq -r .activationId")]
pub struct ActivationArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// The version: a number, or latest (the set's latestVersion)
    #[arg(long, value_name = "N|latest", value_parser = parse_version)]
    pub version: VersionArg,
    /// The network: staging or production
    #[arg(long, value_name = "NETWORK", ignore_case = true)]
    pub network: Network,
    #[command(flatten)]
    pub wait: WaitFlags,
}

/// `--version` as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionArg {
    Number(VersionNumber),
    Latest,
}

pub fn parse_version(s: &str) -> Result<VersionArg, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("latest") {
        return Ok(VersionArg::Latest);
    }
    match t.parse::<VersionNumber>() {
        Ok(n) => Ok(VersionArg::Number(n)),
        Err(_) => Err(format!(
            "expected a version number (1 or more) or latest, not '{}'",
            error::printable(s)
        )),
    }
}

/// How many times a 400 `another-activation-just-completed-in-the-ca-set` is retried.
const JUST_COMPLETED_RETRIES: u32 = 3;
const JUST_COMPLETED_PAUSE: Duration = Duration::from_secs(5);

pub async fn run(ctx: &Context, args: ActivationArgs) -> anyhow::Result<()> {
    request(ctx, args, Kind::Activate).await
}

fn activation_type(kind: Kind) -> ActivationType {
    match kind {
        Kind::Activate => ActivationType::Activate,
        Kind::Deactivate => ActivationType::Deactivate,
    }
}

fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Activate => "activation",
        Kind::Deactivate => "deactivation",
    }
}

/// The set's `latestVersion`, by a lookup (under `--dry-run`, a placeholder); the set read
/// is kept in `stash` for the next step.
async fn latest(
    client: &Client,
    id: &Id,
    stash: &Mutex<Option<Typed<CaSet>>>,
) -> anyhow::Result<Id> {
    let shown = id.to_string();
    client
        .look_up(Lookup {
            request: Request::new(&TRUSTSTORE, reqwest::Method::GET, format!("/ca-sets/{id}")),
            placeholder: "latest version".into(),
            what: format!("the latest version of CA set {id}"),
            pick: Box::new(move |resp| {
                let set: Typed<CaSet> = object(resp, "the CA set")?;
                let latest = set.view.latest_version;
                if let Ok(mut s) = stash.lock() {
                    *s = Some(set);
                }
                latest.ok_or_else(|| {
                    error::refused(
                        format!("CA set {shown} has no versions: there is nothing to activate"),
                        vec![format!(
                            "add one first: {} truststore new-ca-set-version --id {shown} …",
                            output::program()
                        )],
                    )
                })
            }),
        })
        .await
}

/// The version active on `network` according to the set.
fn active_on(set: &CaSet, network: &Network) -> Option<i64> {
    match network {
        Network::Staging => set.staging_version,
        Network::Production => set.production_version,
        Network::Other(_) => None,
    }
}

/// Runs an activation or a deactivation (see the module's rules).
pub async fn request(ctx: &Context, args: ActivationArgs, kind: Kind) -> anyhow::Result<()> {
    let pace = args.wait.pace();
    let client = ctx.client().await?;
    let id = args.set.resolve(client).await?;
    let network = args.network;
    let net = network.as_str().to_string();
    let stash: Mutex<Option<Typed<CaSet>>> = Mutex::new(None);
    let (version, looked_up) = match args.version {
        VersionArg::Number(n) => (Id::from(n), false),
        VersionArg::Latest => (latest(client, &id, &stash).await?, true),
    };
    let number = version.number();
    let body = Activate {
        network: network.clone(),
    };
    // Every round after the first pauses (the wait's pace; without --wait, the pause after
    // a request that just completed), and the deadline of --wait bounds them all.
    let mut rounds = wait::Rounds::quiet(
        pace.unwrap_or_else(|| Pace::new(&wait::TRUSTSTORE, None, Some(JUST_COMPLETED_PAUSE))),
        not_sent(kind, &id, &version, &net),
    );
    let mut pause: Option<Duration> = None;
    let mut just_completed = 0u32;
    let mut first = true;
    loop {
        if let Some(p) = pause.take() {
            rounds.pause(p).await?;
        }
        // 1. Already so? (The set read for `latest` serves the first time.)
        let stashed = stash.lock().ok().and_then(|mut s| s.take());
        let set = match stashed {
            Some(s) => Some(s),
            None if first && looked_up => None,
            None => sets::ca_set_informing(client, &id).await?,
        };
        first = false;
        if let (Some(set), Some(n)) = (&set, number) {
            let active = active_on(&set.view, &network);
            let nothing_to_do = match kind {
                Kind::Activate => active == Some(n),
                Kind::Deactivate => active != Some(n),
            };
            if nothing_to_do {
                return already(ctx, client, kind, &id, n, &net).await;
            }
        }
        // 2. A request in flight on that network?
        if let Some(acts) = sets::set_activations_informing(client, &id).await? {
            let in_flight = acts.into_iter().find(|a| {
                a.view.network.as_ref() == Some(&network)
                    && a.view.activation_status == Some(RequestStatus::InProgress)
            });
            if let Some(other) = in_flight {
                let same = other.view.version == number
                    && other.view.activation_type == Some(activation_type(kind));
                if same {
                    output::note(&format!(
                        "a {} of version {version} of CA set {id} on {net} is already in \
                         progress (request {}): following it instead of sending another",
                        noun(kind),
                        other
                            .view
                            .activation_id
                            .map_or("?".into(), |n| n.to_string())
                    ));
                    return follow(ctx, client, pace, &id, &version, other, None).await;
                }
                if let Some(pace) = pace {
                    wait_out(ctx, client, pace, &id, &other).await?;
                    rounds.saw(format!("another request was in flight on {net}"));
                    pause = Some(rounds.next_pause(None));
                    continue;
                }
            }
        }
        // 3. Send it.
        let e = match sets::request_activation(client, kind, &id, &version, &body).await {
            Ok(started) => {
                super::show_warnings(&started.item.json);
                let first_pause = pace.map(|p| p.first_pause(waiting::retry_after(&started)));
                return follow(ctx, client, pace, &id, &version, started.item, first_pause).await;
            }
            Err(e) => e,
        };
        match (slug(&e), kind) {
            (Some("ca-set-version-already-active-on-network"), Kind::Activate)
            | (Some("ca-set-version-not-active-on-network"), Kind::Deactivate) => {
                return already(ctx, client, kind, &id, number.unwrap_or_default(), &net).await;
            }
            (
                Some(
                    "another-activation-request-in-progress-in-the-ca-set"
                    | "another-deactivation-request-in-progress-in-the-ca-set",
                ),
                _,
            ) => {
                let Some(pace) = pace else { return Err(e) };
                match in_link(&e) {
                    Some(other) => wait_out(ctx, client, pace, &id, &other).await?,
                    None => output::note(&format!(
                        "another request is in flight on {net} for CA set {id}: trying again \
                         in {}",
                        crate::retry::human(rounds.next_pause(None))
                    )),
                }
                rounds.saw(format!("another request was in flight on {net}"));
                pause = Some(rounds.next_pause(None));
            }
            (Some("another-activation-just-completed-in-the-ca-set"), _)
                if just_completed < JUST_COMPLETED_RETRIES =>
            {
                just_completed += 1;
                let p = JUST_COMPLETED_PAUSE.min(rounds.next_pause(None));
                output::note(&format!(
                    "the API asks for a moment after another request on CA set {id} \
                     completed: trying again in {} ({just_completed} of \
                     {JUST_COMPLETED_RETRIES})",
                    crate::retry::human(p)
                ));
                rounds.saw("another request had just completed".into());
                pause = Some(p);
            }
            _ => return Err(e),
        }
    }
}

/// The request not sent yet, for a timeout while other requests were in its way.
fn not_sent(kind: Kind, id: &Id, version: &Id, net: &str) -> wait::Waited {
    let verb = match kind {
        Kind::Activate => "activate",
        Kind::Deactivate => "deactivate",
    };
    let again = format!(
        "{} truststore {verb} --id {id} --version {version} --network {net} --wait",
        output::program()
    );
    wait::Waited {
        subject: format!(
            "the {} of version {version} of CA set {id} on {net}",
            noun(kind)
        ),
        not_done: "was not sent".into(),
        aside: "",
        on_timeout: format!("try again later with: {again}"),
        on_interrupt: format!("try again with: {again}"),
    }
}

/// The request a 409 names (`contextInfo.activationLink`), as much of it as a wait needs.
fn in_link(e: &anyhow::Error) -> Option<Typed<Activation>> {
    let p = e.downcast_ref::<error::ApiError>()?.problem.as_ref()?;
    let ctx = p.get("contextInfo")?;
    let link = ctx.get("activationLink")?.as_str()?;
    let mut parts = link.trim_end_matches('/').rsplit('/');
    let activation_id: ActivationId = parts.next()?.parse().ok()?;
    (parts.next()? == "activations").then_some(())?;
    let version: VersionNumber = parts.next()?.parse().ok()?;
    Some(Typed::new(json!({
        "activationId": activation_id,
        "version": version,
        "network": ctx.get("network"),
        "activationType": ctx.get("activationType"),
    })))
}

/// Waits for another request on the same network to end (announced), within the deadline;
/// how it ends does not matter here: this one is sent next.
async fn wait_out(
    ctx: &Context,
    client: &Client,
    pace: Pace,
    id: &Id,
    other: &Typed<Activation>,
) -> anyhow::Result<()> {
    let version = Id::from(other.view.version.unwrap_or_default());
    let subject = waiting::activation_subject(&other.view, id, &version);
    output::note(&format!(
        "{} is in flight on the same network: waiting for it to end before sending this request",
        error::printable(&subject)
    ));
    match waiting::until_activation_ends(ctx, client, pace, id, &version, other, None).await {
        Ok(_) => Ok(()),
        Err(e) if Failure::is(&e, error::Kind::OperationFailed) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Shows a request just made or adopted: with a pace, waits for it and prints its last
/// record; without, prints it and says how to wait.
async fn follow(
    ctx: &Context,
    client: &Client,
    pace: Option<Pace>,
    id: &Id,
    version: &Id,
    started: Typed<Activation>,
    first_pause: Option<Duration>,
) -> anyhow::Result<()> {
    match pace {
        Some(pace) => {
            let done = waiting::until_activation_ends(
                ctx,
                client,
                pace,
                id,
                version,
                &started,
                first_pause,
            )
            .await?;
            print_object(ctx, &done)
        }
        None => {
            print_object(ctx, &started)?;
            match started.view.activation_status {
                Some(RequestStatus::Failed) => {
                    let subject = waiting::activation_subject(&started.view, id, version);
                    return Err(waiting::activation_failed(&started, &subject));
                }
                Some(RequestStatus::Complete) => {}
                _ => {
                    if let Some(aid) = started.view.activation_id {
                        output::note(&format!(
                            "it runs for some minutes; wait for it with: {}",
                            waiting::activation_again(id, version, aid)
                        ));
                    }
                }
            }
            Ok(())
        }
    }
}

/// Nothing to do: the version is already active (or inactive) there. Says so, and prints
/// the request that made it so, when the version's list has it (under `--json`, `{}` if not).
async fn already(
    ctx: &Context,
    client: &Client,
    kind: Kind,
    id: &Id,
    version: i64,
    net: &str,
) -> anyhow::Result<()> {
    let state = match kind {
        Kind::Activate => "already active",
        Kind::Deactivate => "not active",
    };
    output::note(&format!(
        "version {version} of CA set {id} is {state} on {net}: nothing to do"
    ));
    let made_it = sets::version_activations(client, id, &Id::from(version))
        .await
        .ok()
        .and_then(|acts| {
            acts.into_iter().find(|a| {
                a.view.network.as_ref().map(ApiEnum::as_str) == Some(net)
                    && a.view.activation_type == Some(activation_type(kind))
                    && a.view.activation_status == Some(RequestStatus::Complete)
            })
        });
    match made_it {
        Some(a) => print_object(ctx, &a),
        None if ctx.out.json => print_document(ctx, None, ""),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_numbers_or_latest() {
        assert_eq!(
            parse_version("3"),
            Ok(VersionArg::Number(3.try_into().unwrap()))
        );
        assert_eq!(parse_version("Latest"), Ok(VersionArg::Latest));
        for bad in ["0", "-1", "v2", "", "1.5", "current"] {
            assert!(parse_version(bad).is_err(), "{bad}");
        }
    }
}
