//! `sandbox serve` and `sandbox reset`: run the built-in MOKS emulator as a server, or
//! forget the state that `--sandbox` keeps between commands.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::output;
use crate::retry::parse_duration;
use moks_sandbox::{self as sandbox, Options, StateLocation};

/// Run or reset the built-in MOKS sandbox
///
/// The emulator behind --sandbox, as a server for other tools (serve), or its state
/// forgotten (reset).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks sandbox serve --seed 5 > sandbox.edgerc
  moks sandbox reset")]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: SandboxCommand,
}

#[derive(Subcommand, Debug)]
pub enum SandboxCommand {
    /// Serve the MOKS and Edge Truststore emulator until Ctrl-C; prints an .edgerc section for it
    ///
    /// The section's tokens are the sandbox's own (public) ones, unless --edgerc or
    /// --section name a section whose tokens it should accept instead. --edgerc-out writes
    /// it to a private file (a file made with `>` is readable by others, which every
    /// command using it warns about). With --tls the section says where its certificate is.
    #[command(after_help = "Examples:
  moks sandbox serve --seed 5 --edgerc-out sandbox.edgerc
  moks --edgerc sandbox.edgerc --section sandbox get-client-cert
  moks sandbox serve --listen 127.0.0.1:0 --tls --state sandbox.json --deploy-delay 0s")]
    // boxed: its flags outweigh the other variants (clippy's large_enum_variant)
    Serve(Box<ServeArgs>),
    /// Delete the state that --sandbox keeps between commands (the next use starts over)
    #[command(after_help = "Examples:
  moks sandbox reset
  moks sandbox reset --sandbox-state ./ci-sandbox.json")]
    Reset,
}

fn parse_listen(s: &str) -> Result<SocketAddr, String> {
    s.trim().parse().map_err(|_| {
        "expected IP:PORT such as 127.0.0.1:8866 (port 0 picks a free one)".to_string()
    })
}

fn parse_dur(s: &str) -> Result<Duration, String> {
    parse_duration(s).ok_or_else(|| "expected a duration such as 5s, 250ms or 2m".to_string())
}

/// A lifecycle span, in the duration grammar of every flag (`90s`, `10m`, `24h`, `90d`),
/// up to ten years.
pub fn parse_span(s: &str) -> Option<Duration> {
    crate::retry::parse_duration_within(s, Duration::from_secs(3650 * 86_400))
}

fn parse_span_arg(s: &str) -> Result<Duration, String> {
    parse_span(s).ok_or_else(|| "expected a duration such as 90s, 10m, 24h or 90d".to_string())
}

fn parse_rate(s: &str) -> Result<u32, String> {
    let t = s.trim();
    let n = t.strip_suffix("/min").unwrap_or(t);
    n.trim().parse::<u32>().map_err(|_| {
        "expected requests per minute such as 300 or 300/min (0 = unlimited)".to_string()
    })
}

fn parse_failures(s: &str) -> Result<sandbox::TruststoreFailures, String> {
    sandbox::TruststoreFailures::parse(s)
}

fn parse_fail_rate(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err("expected a share of requests from 0 to 1, such as 0.1".to_string()),
    }
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port); a non-loopback address is warned
    /// about: the sandbox's test credentials are then reachable from the network
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8866", value_parser = parse_listen)]
    pub listen: SocketAddr,
    /// Keep state in this file (shared safely with other moks processes); default: in memory
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Write the .edgerc section to this file (mode 0600, replaced whole) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub edgerc_out: Option<PathBuf>,
    /// Serve HTTPS with a self-signed certificate for 127.0.0.1/localhost (its file, private
    /// to you and removed on exit, is named on start)
    #[arg(long)]
    pub tls: bool,
    /// How long a version stays DEPLOYMENT_PENDING
    #[arg(long, value_name = "DUR", default_value = "5s", value_parser = parse_dur)]
    pub deploy_delay: Duration,
    /// Requests per minute per account, and per credential across accounts, before 429 (0 = unlimited)
    #[arg(long, value_name = "N/min", default_value = "300", value_parser = parse_rate)]
    pub rate_limit: u32,
    /// Delay added to every answer
    #[arg(long, value_name = "DUR", default_value = "0s", value_parser = parse_dur)]
    pub latency: Duration,
    /// Share of requests answered 503, for testing clients (0 to 1)
    #[arg(long, value_name = "P", default_value = "0", value_parser = parse_fail_rate)]
    pub fail_rate: f64,
    /// How long a deleted deployed version stays DELETE_PENDING (the API: up to 24 hours)
    #[arg(long, value_name = "DUR", default_value = "24h", value_parser = parse_span_arg)]
    pub delete_pending: Duration,
    /// Lifetime of an Akamai-signed version; when it expires the sandbox rotates it
    #[arg(long, value_name = "DUR", default_value = "90d", value_parser = parse_span_arg)]
    pub akamai_lifetime: Duration,
    /// Move the account CA through QUALIFYING, CURRENT and PREVIOUS with this period (default: it stays CURRENT)
    #[arg(long, value_name = "DUR", value_parser = parse_span_arg)]
    pub ca_rotation: Option<Duration>,
    /// How long an Edge Truststore activation, deactivation or CA set deletion stays IN_PROGRESS
    #[arg(long, value_name = "DUR", default_value = "5s", value_parser = parse_dur)]
    pub truststore_delay: Duration,
    /// Edge Truststore requests to fail, per network: NETWORK:WHAT[,…], NETWORK staging or
    /// production, WHAT activate, deactivate, delete or just-completed [default: none, or
    /// MOKS_SANDBOX_TRUSTSTORE_FAIL]
    #[arg(long, value_name = "LIST", value_parser = parse_failures)]
    pub truststore_fail: Option<sandbox::TruststoreFailures>,
    /// Example client certificates to create when the state is new (and, for N ≥ 1, up to 3 example CA sets)
    #[arg(long, value_name = "N", default_value = "0", value_parser = clap::value_parser!(u32).range(0..=100_000))]
    pub seed: u32,
}

pub async fn run(ctx: &Context, args: SandboxArgs) -> anyhow::Result<()> {
    match args.command {
        SandboxCommand::Serve(a) => serve(ctx, *a).await,
        SandboxCommand::Reset => {
            let path = ctx.sandbox_state_path();
            if sandbox::reset(&path)? {
                output::note(&format!("sandbox state {} deleted", path.display()));
            } else {
                output::note(&format!("no sandbox state at {}", path.display()));
            }
            Ok(())
        }
    }
}

async fn serve(ctx: &Context, args: ServeArgs) -> anyhow::Result<()> {
    let stop = stop_signals()?;
    // Custom tokens only when --edgerc or --section was typed for this command.
    let custom = ctx.explicit_edgerc_section()?;
    let credentials = match &custom {
        Some((resolved, _)) => resolved.credentials.clone(),
        None => sandbox::default_credentials(),
    };
    // The certificate goes in a fresh private directory of this run, removed when it ends
    // (on Ctrl-C and SIGTERM too: `run_dir` is dropped on the way out).
    let run_dir = match args.tls {
        true => {
            let parent = sandbox::RunDir::default_parent();
            Some(sandbox::RunDir::create(&parent).map_err(|e| {
                crate::error::config(format!(
                    "cannot create a private directory for the sandbox TLS certificate in {}: {e}",
                    parent.display()
                ))
            })?)
        }
        false => None,
    };
    let tls_cert_out = run_dir.as_ref().map(|d| d.path().join("sandbox-cert.pem"));
    let state = match &args.state {
        Some(p) => StateLocation::File(p.clone()),
        None => StateLocation::Memory,
    };
    let sb = sandbox::Sandbox::start(Options {
        listen: args.listen,
        state,
        tls_cert_out,
        deploy_delay: args.deploy_delay,
        timing: sandbox::Timing {
            delete_pending: args.delete_pending,
            akamai_lifetime: args.akamai_lifetime,
            ca_rotation: args.ca_rotation,
        },
        rate_limit_per_minute: args.rate_limit,
        latency: args.latency,
        fail_rate: args.fail_rate,
        seed: args.seed,
        credentials: credentials.clone(),
        limits: sandbox::Limits {
            state_lock_timeout: ctx.sandbox_lock_timeout(),
            ..sandbox::Limits::default()
        },
        on_lock_wait: Some(output::warn),
        on_seed_progress: Some(output::seeding),
        truststore: sandbox::TruststoreConfig {
            delay: args.truststore_delay,
            failures: args
                .truststore_fail
                .clone()
                .unwrap_or_else(|| ctx.sandbox_truststore_failures().clone()),
            ..sandbox::TruststoreConfig::default()
        },
        cps: sandbox::CpsConfig::default(),
        cloudflare: sandbox::CloudflareConfig::default(),
    })
    .await?;
    let mut section = format!("[sandbox]\nhost = {}\n", sb.base_url());
    if let Some(p) = sb.tls_cert_path() {
        section.push_str(&format!(
            "; HTTPS: its certificate is {}: pass --ca-cert {} (removed when the sandbox stops)\n",
            p.display(),
            crate::commands::shell_quote(&p.display().to_string())
        ));
    }
    match &custom {
        Some((_, label)) => section.push_str(&format!("; tokens: those of {label}\n")),
        None => section.push_str(&format!(
            "client_token = {}\nclient_secret = {}\naccess_token = {}\n",
            credentials.client_token, credentials.client_secret, credentials.access_token
        )),
    }
    match &args.edgerc_out {
        Some(path) => {
            write_section(path, &section).map_err(|e| {
                crate::error::config(format!(
                    "cannot write the .edgerc section to {}: {e}",
                    path.display()
                ))
            })?;
            output::note(&format!(
                "its .edgerc section is in {} (mode 0600)",
                path.display()
            ));
        }
        None => ctx.out.line(section.trim_end())?,
    }
    let state_text = match &args.state {
        Some(p) => format!("state in {}", p.display()),
        None => "state in memory".into(),
    };
    output::note(&format!(
        "moks sandbox serving {} ({state_text}); Ctrl-C stops it",
        sb.base_url()
    ));
    if let Some(p) = sb.tls_cert_path() {
        output::note(&format!(
            "its TLS certificate is {}: pass --ca-cert {} (or curl --cacert)",
            p.display(),
            p.display()
        ));
    }
    if !args.listen.ip().is_loopback() {
        output::warn(&format!(
            "{} is not a loopback address: the sandbox and its test credentials are reachable from the network; use --listen 127.0.0.1:PORT to keep them on this machine",
            sb.local_addr()
        ));
    }
    stop.await;
    output::note("moks sandbox stopping");
    sb.shutdown().await;
    drop(run_dir);
    Ok(())
}

/// Writes `section` to `path` as a whole, private file: a new file of mode 0600 beside it,
/// renamed over `path`, so that no reader sees it half written or readable by others (an
/// .edgerc readable by others is warned about on every use).
fn write_section(path: &Path, section: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&tmp).and_then(|mut f| {
        f.write_all(section.as_bytes())?;
        f.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Listens for Ctrl-C and SIGTERM from now on (before anything is printed, so that a signal
/// sent as soon as the sandbox announces itself still stops it cleanly); the future
/// completes on the first one.
#[cfg(unix)]
fn stop_signals() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut int = signal(SignalKind::interrupt())?;
    let mut term = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = int.recv() => {}
            _ = term.recv() => {}
        }
    })
}

#[cfg(not(unix))]
fn stop_signals() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(clap::Parser)]
    struct Serve {
        #[command(flatten)]
        args: ServeArgs,
    }

    #[test]
    fn seed_takes_ten_thousand_and_refuses_beyond_its_bound() {
        use clap::Parser as _;
        let parse = |n: &str| Serve::try_parse_from(["serve", "--seed", n]).map(|s| s.args.seed);
        assert_eq!(parse("10000").unwrap(), 10_000);
        assert_eq!(parse("100000").unwrap(), 100_000);
        let e = parse("100001").unwrap_err().to_string();
        assert!(e.contains("0..=100000"), "{e}");
    }

    #[test]
    fn spans_take_days_and_refuse_nonsense() {
        assert_eq!(parse_span("90d"), Some(Duration::from_secs(90 * 86_400)));
        assert_eq!(parse_span("24h"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse_span(" 1.5 s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_span("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(parse_span("7"), Some(Duration::from_secs(7)));
        for bad in ["", "d", "-1s", "1y", "NaNs", "3651d", "inf"] {
            assert_eq!(parse_span(bad), None, "{bad}");
        }
    }
}
