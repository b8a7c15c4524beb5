//! What the typed flags mean: flags + environment + .edgerc + terminal resolved once into
//! plain fields. Commands never read environment variables or probe the terminal; they ask
//! this context. The HTTP client is built lazily, on first use, so commands that need no
//! credentials (`sandbox`, `completions`, `man`, `--help`) work with no .edgerc.
//!
//! The terminal decides how stdout looks ([`Output`]): borders on a terminal (not with
//! `NO_COLOR` or `TERM=dumb`), tables fitted to its width (`COLUMNS`, else the terminal's;
//! none with `--wide` or when piped), colour by `--color` (see `color`). stderr's colour and
//! `--quiet` are set in `lib.rs`, before anything can be printed.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::{Mutex, OnceCell};

use crate::cli::Parsed;
use crate::client::{Client, ClientConfig};
use crate::color;
use crate::output::{self, Output};
use crate::retry::{self, Policy};
use edgegrid::edgerc::{self, Inputs, Origin, Resolved};
use moks_sandbox as sandbox;

pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long `--sandbox` keeps a version DEPLOYMENT_PENDING, unless MOKS_SANDBOX_DEPLOY_DELAY says.
pub const SANDBOX_DEPLOY_DELAY: Duration = Duration::from_secs(5);
/// How long the sandbox waits for its state lock, unless MOKS_SANDBOX_LOCK_TIMEOUT says.
pub const SANDBOX_LOCK_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Context {
    pub out: Output,
    pub verbose: bool,
    pub dry_run: bool,
    /// How long work shows its progress on stderr (`-q`, the terminal).
    pub progress: Progress,
    /// Whether someone can be asked a question: standard input and stderr are terminals.
    pub can_ask: bool,
    inputs: Inputs,
    account_key_origin: Origin,
    env: HashMap<String, String>,
    timeout: Duration,
    ca_cert: Option<PathBuf>,
    user_agent: String,
    retry: Policy,
    max_response_size: u64,
    sandbox: bool,
    sandbox_state: Option<PathBuf>,
    sandbox_deploy_delay: Duration,
    sandbox_lock_timeout: Duration,
    sandbox_timing: sandbox::Timing,
    /// MOKS_SANDBOX_TRUSTSTORE_FAIL: Edge Truststore requests the sandbox fails, per network.
    sandbox_truststore_failures: sandbox::TruststoreFailures,
    client: OnceCell<Client>,
    running_sandbox: Mutex<Option<sandbox::Sandbox>>,
}

/// One part of the User-Agent as a header can carry it: visible ASCII only (anything else,
/// spaces and control characters included, becomes `_`), at most 64 characters.
fn ua_part(value: &str) -> String {
    value
        .trim()
        .chars()
        .take(64)
        .map(|c| if c.is_ascii_graphic() { c } else { '_' })
        .collect()
}

/// `moks/<version>`, plus the Akamai CLI's parts when it launched us (cleaned: whatever the
/// environment holds, the header can be sent).
pub fn user_agent(env: &HashMap<String, String>) -> String {
    let mut ua = format!("moks/{}", env!("CARGO_PKG_VERSION"));
    let owned: HashMap<&str, String> = [
        "AKAMAI_CLI",
        "AKAMAI_CLI_VERSION",
        "AKAMAI_CLI_COMMAND",
        "AKAMAI_CLI_COMMAND_VERSION",
    ]
    .into_iter()
    .filter_map(|k| env.get(k).map(|v| (k, ua_part(v))))
    .filter(|(_, v)| !v.is_empty())
    .collect();
    let get = |k: &str| owned.get(k);
    if let (Some(_), Some(v)) = (get("AKAMAI_CLI"), get("AKAMAI_CLI_VERSION")) {
        ua.push_str(&format!(" AkamaiCLI/{v}"));
        if let (Some(c), Some(cv)) = (get("AKAMAI_CLI_COMMAND"), get("AKAMAI_CLI_COMMAND_VERSION"))
        {
            ua.push_str(&format!(" AkamaiCLI-{c}/{cv}"));
        }
    }
    ua
}

/// How progress is shown on stderr: a live line on a terminal that can redraw a line (`TERM`
/// set and not `dumb`, as indicatif requires), a line per change otherwise, nothing with
/// `-q`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Live,
    Lines,
    Silent,
}

impl Progress {
    fn detect(quiet: bool, term: Option<&str>) -> Progress {
        let redraws = term.is_some_and(|t| !t.is_empty() && t != "dumb");
        if quiet {
            Progress::Silent
        } else if std::io::stderr().is_terminal() && redraws {
            Progress::Live
        } else {
            Progress::Lines
        }
    }
}

/// The width tables are fitted to on a terminal: `COLUMNS` when it holds a number (as clap
/// and most tools honour it), else the terminal's, else 80.
fn terminal_width(env: &HashMap<String, String>) -> usize {
    env.get("COLUMNS")
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
        .or_else(|| {
            terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
        })
        .unwrap_or(80)
}

/// Reads an .edgerc for real, saying on stderr when it is readable by group or others.
fn read_edgerc(path: &std::path::Path) -> std::io::Result<String> {
    let mut warnings = Vec::new();
    let text = edgerc::read_file_checked(path, &mut warnings);
    warnings.iter().for_each(|w| output::warn(w));
    text
}

/// The variable that lets `host` be plain `http://` on a host not on this machine.
pub const ALLOW_PLAIN_HTTP: &str = "MOKS_ALLOW_PLAIN_HTTP";

impl Context {
    /// The origins in `parsed` say whether `--edgerc`, `--section` and `--account-key` were
    /// typed (clap's value source), which `-v` and `config check` report and `sandbox serve`
    /// relies on.
    pub fn new(parsed: &Parsed, env: HashMap<String, String>) -> anyhow::Result<Context> {
        let g = &parsed.flags;
        let get = |k: &str| env.get(k).cloned();
        let retry = Policy::from_env(&get)?;
        let no_color = env.get("NO_COLOR").is_some_and(|v| !v.is_empty());
        let term_dumb = env.get("TERM").is_some_and(|v| v == "dumb");
        let sandbox_deploy_delay =
            retry::duration_from_env(&get, "MOKS_SANDBOX_DEPLOY_DELAY", "5s or 0s")?
                .unwrap_or(SANDBOX_DEPLOY_DELAY);
        let sandbox_lock_timeout =
            retry::duration_from_env(&get, "MOKS_SANDBOX_LOCK_TIMEOUT", "30s or 2m")?
                .unwrap_or(SANDBOX_LOCK_TIMEOUT);
        let span = |name: &str| -> anyhow::Result<Option<Duration>> {
            match env.get(name) {
                None => Ok(None),
                Some(v) => crate::commands::sandbox::parse_span(v)
                    .map(Some)
                    .ok_or_else(|| {
                        crate::error::config(format!(
                            "{name} is '{v}': expected a duration such as 90s, 24h or 90d"
                        ))
                    }),
            }
        };
        let mut sandbox_timing = sandbox::Timing::default();
        if let Some(d) = span("MOKS_SANDBOX_DELETE_PENDING")? {
            sandbox_timing.delete_pending = d;
        }
        if let Some(d) = span("MOKS_SANDBOX_AKAMAI_LIFETIME")? {
            sandbox_timing.akamai_lifetime = d;
        }
        sandbox_timing.ca_rotation = span("MOKS_SANDBOX_CA_ROTATION")?;
        let sandbox_truststore_failures = match env.get("MOKS_SANDBOX_TRUSTSTORE_FAIL") {
            None => sandbox::TruststoreFailures::default(),
            Some(v) => sandbox::TruststoreFailures::parse(v)
                .map_err(|e| crate::error::config(format!("MOKS_SANDBOX_TRUSTSTORE_FAIL: {e}")))?,
        };
        output::set_progress_shown(std::io::stderr().is_terminal() && !term_dumb);
        let can_ask = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        let terminal = std::io::stdout().is_terminal();
        let out = Output {
            json: g.call.output.json,
            full: g.call.output.full,
            terminal,
            decorate: terminal && !no_color && !term_dumb,
            color: color::enabled(parsed.display.color, terminal, no_color, term_dumb),
            width: (terminal && !g.call.output.wide).then(|| terminal_width(&env)),
        };
        Ok(Context {
            out,
            verbose: g.call.request.verbose,
            dry_run: g.call.request.dry_run,
            progress: Progress::detect(parsed.display.quiet, env.get("TERM").map(String::as_str)),
            can_ask,
            inputs: Inputs {
                edgerc: g
                    .edgegrid
                    .edgerc
                    .edgerc
                    .clone()
                    .unwrap_or_else(edgerc::default_path),
                edgerc_origin: parsed.edgerc_origin,
                section: g
                    .edgegrid
                    .edgerc
                    .section
                    .clone()
                    .unwrap_or_else(|| "default".into()),
                section_origin: parsed.section_origin,
                account_key: g.edgegrid.account.account_key.clone(),
            },
            account_key_origin: parsed.account_key_origin,
            user_agent: user_agent(&env),
            env,
            timeout: Duration::from_secs_f64(g.call.request.timeout),
            ca_cert: g.call.request.ca_cert.clone(),
            retry,
            max_response_size: g.call.request.max_response_size,
            sandbox: g.call.sandbox.sandbox,
            sandbox_state: g.call.sandbox_state.sandbox_state.clone(),
            sandbox_deploy_delay,
            sandbox_lock_timeout,
            sandbox_timing,
            sandbox_truststore_failures,
            client: OnceCell::new(),
            running_sandbox: Mutex::new(None),
        })
    }

    /// Where `--sandbox` keeps its state.
    pub fn sandbox_state_path(&self) -> PathBuf {
        self.sandbox_state
            .clone()
            .unwrap_or_else(sandbox::default_state_path)
    }

    /// How long the sandbox waits for its state file's lock.
    pub fn sandbox_lock_timeout(&self) -> Duration {
        self.sandbox_lock_timeout
    }

    /// The Edge Truststore requests the sandbox fails (MOKS_SANDBOX_TRUSTSTORE_FAIL).
    pub fn sandbox_truststore_failures(&self) -> &sandbox::TruststoreFailures {
        &self.sandbox_truststore_failures
    }

    /// The .edgerc section named on the command line (for `sandbox serve`), if one was.
    pub fn explicit_edgerc_section(&self) -> anyhow::Result<Option<(Resolved, String)>> {
        if self.inputs.edgerc_origin != Origin::Flag && self.inputs.section_origin != Origin::Flag {
            return Ok(None);
        }
        // Only the file counts here: the sandbox takes the tokens of the section named.
        let resolved = edgerc::resolve(&self.inputs, &|_| None, &read_edgerc)?;
        let label = format!(
            "section [{}] of {}",
            self.inputs.section,
            self.inputs.edgerc.display()
        );
        Ok(Some((resolved, label)))
    }

    /// Whether commands run against the built-in sandbox (`--sandbox`).
    pub fn sandbox(&self) -> bool {
        self.sandbox
    }

    /// Which .edgerc file, section and account key were asked for, and where the account
    /// key came from (a flag or `AKAMAI_EDGERC_ACCOUNT_KEY`), for `config check`.
    pub fn inputs(&self) -> (&Inputs, Origin) {
        (&self.inputs, self.account_key_origin)
    }

    /// The credentials resolved as the client will resolve them, with where each value came
    /// from and the warnings (returned, not printed), for `config check`.
    pub fn resolve_for_report(&self) -> Result<Resolved, edgegrid::ConfigError> {
        let env = |k: &str| self.env.get(k).cloned();
        let file_warnings = std::cell::RefCell::new(Vec::new());
        let read = |path: &std::path::Path| {
            edgerc::read_file_checked(path, &mut file_warnings.borrow_mut())
        };
        let mut resolved = edgerc::resolve(&self.inputs, &env, &read)?;
        resolved.warnings.extend(file_warnings.into_inner());
        Ok(resolved)
    }

    fn resolve_credentials(&self) -> anyhow::Result<Resolved> {
        let env = |k: &str| self.env.get(k).cloned();
        let resolved = edgerc::resolve(&self.inputs, &env, &read_edgerc)?;
        resolved.warnings.iter().for_each(|w| output::warn(w));
        if self.verbose {
            resolved.origins.iter().for_each(|o| output::verbose(o));
        }
        Ok(resolved)
    }

    /// The HTTP client, built on first use (for `--sandbox`, after starting the sandbox).
    pub async fn client(&self) -> anyhow::Result<&Client> {
        self.client_retrying(None).await
    }

    /// The client, sending each request once, with no retry: `config check`'s one call says
    /// at once what the API answers. (The first call of `client` or this builds it.)
    pub async fn client_without_retries(&self) -> anyhow::Result<&Client> {
        self.client_retrying(Some(0)).await
    }

    async fn client_retrying(&self, max_retries: Option<u32>) -> anyhow::Result<&Client> {
        self.client
            .get_or_try_init(|| async {
                let (base_url, credentials, account_key, host_origin) = if self.sandbox {
                    let state = self.sandbox_state_path();
                    let sb = sandbox::Sandbox::start(sandbox::Options {
                        listen: ([127, 0, 0, 1], 0).into(),
                        state: sandbox::StateLocation::File(state.clone()),
                        tls_cert_out: None,
                        deploy_delay: self.sandbox_deploy_delay,
                        timing: self.sandbox_timing,
                        rate_limit_per_minute: 300,
                        latency: Duration::ZERO,
                        fail_rate: 0.0,
                        seed: sandbox::DEFAULT_SEED_FOR_SANDBOX_FLAG,
                        credentials: sandbox::default_credentials(),
                        limits: sandbox::Limits {
                            state_lock_timeout: self.sandbox_lock_timeout,
                            ..sandbox::Limits::default()
                        },
                        on_lock_wait: Some(output::warn),
                        on_seed_progress: None,
                        truststore: sandbox::TruststoreConfig {
                            delay: self.sandbox_deploy_delay,
                            failures: self.sandbox_truststore_failures.clone(),
                            ..sandbox::TruststoreConfig::default()
                        },
                        cps: sandbox::CpsConfig::default(),
                        cloudflare: sandbox::CloudflareConfig::default(),
                    })
                    .await?;
                    let url = reqwest::Url::parse(&sb.base_url())?;
                    if self.verbose {
                        output::verbose(&format!(
                            "sandbox at {url} with state {}",
                            state.display()
                        ));
                    }
                    *self.running_sandbox.lock().await = Some(sb);
                    let key = self
                        .inputs
                        .account_key
                        .clone()
                        .filter(|k| !k.eq_ignore_ascii_case("none"));
                    let origin = "the sandbox's address".to_string();
                    (url, sandbox::default_credentials(), key, origin)
                } else {
                    let r = self.resolve_credentials()?;
                    (r.base_url, r.credentials, r.account_key, r.host_origin)
                };
                Client::new(ClientConfig {
                    base_url,
                    host_origin,
                    allow_plain_http: self.env.get(ALLOW_PLAIN_HTTP).is_some_and(|v| {
                        !matches!(
                            v.trim().to_ascii_lowercase().as_str(),
                            "" | "0" | "false" | "no"
                        )
                    }),
                    edgegrid: Some(crate::http::EdgeGrid {
                        credentials,
                        account_key,
                    }),
                    bearer: None,
                    user_agent: self.user_agent.clone(),
                    timeout: self.timeout,
                    connect_timeout: CONNECT_TIMEOUT,
                    ca_cert: self.ca_cert.clone(),
                    retry: Policy {
                        max_retries: max_retries.unwrap_or(self.retry.max_retries),
                        ..self.retry.clone()
                    },
                    max_response_size: self.max_response_size,
                    verbose: self.verbose,
                    dry_run: self.dry_run,
                    output: self.out,
                })
            })
            .await
    }

    /// Ends the run: prints the requests collected under `--json --dry-run` (one document)
    /// and stops an in-process sandbox, if one was started.
    pub async fn finish(&self) -> anyhow::Result<()> {
        if let Some(sb) = self.running_sandbox.lock().await.take() {
            sb.shutdown().await;
        }
        if let Some(client) = self.client.get() {
            let requests = client.take_dry_runs();
            if !requests.is_empty() {
                self.out
                    .json(&serde_json::json!({ "dryRun": true, "requests": requests }))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_agent_appends_akamai_cli_parts() {
        let mut env = HashMap::new();
        let v = env!("CARGO_PKG_VERSION");
        assert_eq!(user_agent(&env), format!("moks/{v}"));
        env.insert("AKAMAI_CLI".into(), "1".into());
        env.insert("AKAMAI_CLI_VERSION".into(), "2.0.1".into());
        assert_eq!(user_agent(&env), format!("moks/{v} AkamaiCLI/2.0.1"));
        env.insert("AKAMAI_CLI_COMMAND".into(), "moks".into());
        env.insert("AKAMAI_CLI_COMMAND_VERSION".into(), "0.1.0".into());
        assert_eq!(
            user_agent(&env),
            format!("moks/{v} AkamaiCLI/2.0.1 AkamaiCLI-moks/0.1.0")
        );
    }

    #[test]
    fn user_agent_parts_are_cleaned_into_a_sendable_header() {
        let v = env!("CARGO_PKG_VERSION");
        let mut env = HashMap::new();
        env.insert("AKAMAI_CLI".into(), "1".into());
        env.insert("AKAMAI_CLI_VERSION".into(), "2.0\r\nX-Evil: 1\u{7}é".into());
        env.insert("AKAMAI_CLI_COMMAND".into(), "mo ks".into());
        env.insert("AKAMAI_CLI_COMMAND_VERSION".into(), "x".repeat(100));
        let ua = user_agent(&env);
        assert_eq!(
            ua,
            format!(
                "moks/{v} AkamaiCLI/2.0__X-Evil:_1__ AkamaiCLI-mo_ks/{}",
                "x".repeat(64)
            )
        );
        assert!(reqwest::header::HeaderValue::from_str(&ua).is_ok());
        // A part that is only spaces is left out, as an unset one is.
        env.insert("AKAMAI_CLI_VERSION".into(), "   ".into());
        assert_eq!(user_agent(&env), format!("moks/{v}"));
    }
}
