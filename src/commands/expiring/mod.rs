//! `expiring`: the expiry gate over the APIs moks speaks. The certificates in use that expire
//! inside the window (`--within`, default 30 days; expired ones included), in one table
//! sorted by expiry (soonest first); exit 8 when there is one, else 0 — for CI.
//!
//! Rules:
//! - each [`Source`] is a file yielding [`Row`]s (`moks.rs`: client certificate versions;
//!   `truststore.rs`: the CA certificates of the CA sets' active versions); CPS and
//!   Cloudflare add a variant, a file and their columns in `row.rs`. `--source` picks them
//!   (default: all; `--signer` is MOKS's alone, so it means `--source moks` unless one is
//!   given). The sources are read one after the other, each fanning out `--concurrency` at
//!   once, every request under the client's rate cap (`--max-rps`, default 5 a second: the
//!   300 requests a minute the APIs allow an account), so the run never causes a 429 of its
//!   own; a 429 from the account's other traffic is waited out, with a message;
//! - at risk: every row but a MOKS version DELETE_PENDING (the API is removing it). The
//!   gate counts the rows at risk inside the window; the table shows those, `--all` every
//!   row (`atRisk` in the JSON, the status in the table, say which are not at risk);
//! - `--name` keeps the certificates and CA sets of that name (exact, else
//!   case-insensitive); a name no source has is exit 4, naming the sources asked;
//! - `--no-fail` reports only: the same output, the gate's message as a warning, exit 0;
//! - a closed stdout never decides the gate (`expiring | head -n 1`): when the gate trips,
//!   a broken pipe while printing is ignored and the exit is 8 with its message on stderr;
//!   otherwise it exits 0 quietly, as every command does;
//! - the gate must be able to decide: a list that cannot be read, or an expiry date that is
//!   not an RFC 3339 date, fails the command (naming what), with no partial table;
//! - a progress bar on stderr when it is a terminal; stdout holds only the table or the
//!   JSON array (printed before the exit 8 message).

mod moks;
mod row;
mod truststore;

use std::future::Future;
use std::time::Duration;

use clap::{Args, ValueEnum};
use futures_util::stream::{self, StreamExt, TryStreamExt};
use moks_model::moks::Signer;
use serde_json::Value;
use time::OffsetDateTime;

use crate::client::Client;
use crate::context::Context;
use crate::error;
use crate::input;
use crate::output;
use crate::rate_cap::RateCap;
use row::Row;

/// Where certificates that expire are read from.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// MOKS: the versions of the client certificates
    Moks,
    /// The Edge Truststore: the CA certificates of the CA sets' active versions
    Truststore,
}

impl Source {
    /// Its name in `--source` and in the rows' `source`.
    pub fn name(self) -> &'static str {
        match self {
            Source::Moks => "moks",
            Source::Truststore => "truststore",
        }
    }

    /// What its items are called in messages.
    fn items(self) -> &'static str {
        match self {
            Source::Moks => "client certificate",
            Source::Truststore => "CA set",
        }
    }

    async fn rows(self, client: &Client, scope: &Scope) -> anyhow::Result<Yield> {
        match self {
            Source::Moks => moks::rows(client, scope).await,
            Source::Truststore => truststore::rows(client, scope).await,
        }
    }
}

/// What every source is asked for.
pub struct Scope {
    pub signer: Option<Signer>,
    pub name: Option<String>,
    pub concurrency: usize,
    pub now: OffsetDateTime,
}

impl Scope {
    /// `items` of the name asked for (exact matches, else case-insensitive ones), or all.
    pub fn named<T>(&self, items: Vec<T>, name_of: impl Fn(&T) -> Option<&str>) -> Vec<T> {
        let Some(name) = self.name.as_deref() else {
            return items;
        };
        let exact = items.iter().any(|i| name_of(i) == Some(name));
        items
            .into_iter()
            .filter(|i| match name_of(i) {
                Some(n) if exact => n == name,
                Some(n) => n.to_lowercase() == name.to_lowercase(),
                None => false,
            })
            .collect()
    }
}

/// What a source found: its rows, and how many items matched the filters.
pub struct Yield {
    pub matched: usize,
    pub rows: Vec<Row>,
}

/// Runs `fetch` on each of `items`, `--concurrency` at once, with a progress bar counting
/// `what` (plural): the rows of all, or the first failure.
pub async fn fan_out<'a, T, F, Fut>(
    items: &'a [T],
    what: &str,
    scope: &Scope,
    fetch: F,
) -> anyhow::Result<Vec<Row>>
where
    F: Fn(&'a T) -> Fut,
    Fut: Future<Output = anyhow::Result<Vec<Row>>>,
{
    let progress = output::Progress::start(items.len() as u64, what);
    let fetches = items.iter().map(|item| {
        let (progress, rows) = (&progress, fetch(item));
        async move {
            let rows = rows.await?;
            progress.advance();
            Ok::<_, anyhow::Error>(rows)
        }
    });
    let all: Vec<Vec<Row>> = stream::iter(fetches)
        .buffer_unordered(scope.concurrency)
        .try_collect()
        .await?;
    Ok(all.into_iter().flatten().collect())
}

/// List the certificates in use that expire soon; exit 8 when there is one (no cmdlet)
///
/// A CI gate over MOKS and the Edge Truststore: the client certificate versions (all but
/// those DELETE_PENDING) and the CA certificates of the CA sets' versions active on staging or
/// production that expire within --within (or have expired) are listed, soonest first, and
/// make the exit code 8; none, 0. --all lists every one; --no-fail only reports. Requests go
/// --concurrency at a time under a client-side rate cap.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  moks expiring --within 14d --source moks --signer THIRD_PARTY
  moks expiring --all --source truststore
  moks expiring --no-fail --json | jq -r '.[] | .certificateName // .caSetName'")]
pub struct ExpiringArgs {
    /// The window: a certificate in use that expires within it (or has expired) makes the
    /// exit code 8. A number and a unit: s, m, h, d or w (e.g. 30d, 12h, 2w)
    #[arg(long, value_name = "DUR", default_value = "30d", value_parser = parse_window)]
    pub within: Duration,
    /// List every certificate, not only those inside the window (the exit code is the same)
    #[arg(long)]
    pub all: bool,
    /// Report only: exit 0 whatever expires (the gate's message is then a warning)
    #[arg(long)]
    pub no_fail: bool,
    /// Only these (comma-separated): moks, truststore [default: both; moks with --signer]
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        ignore_case = true,
        value_name = "SOURCE"
    )]
    pub source: Vec<Source>,
    /// Only the client certificate or CA set of this name (exact, else case-insensitive)
    #[arg(long, value_name = "NAME", value_parser = input::parse_cert_name)]
    pub name: Option<String>,
    /// Only the client certificates of this signer: AKAMAI or THIRD_PARTY (MOKS only)
    #[arg(long, value_enum, ignore_case = true, value_name = "SIGNER")]
    pub signer: Option<Signer>,
    /// How many certificates' versions or CA sets' versions are fetched at once (1 to 64)
    #[arg(long, value_name = "N", default_value = "8", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// At most this many requests a second, retries included (the APIs allow 300 a minute
    /// per account: 5 a second)
    #[arg(long, value_name = "RPS", default_value_t = budget_rps(), value_parser = parse_rps)]
    pub max_rps: f64,
}

/// `--within`: a number and a unit (s, m, h, d, w), from 0 up to ten years.
pub fn parse_window(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
    let (num, unit) = (t[..split].trim(), t[split..].trim());
    let secs = match unit.to_ascii_lowercase().as_str() {
        "s" => 1.0,
        "m" => 60.0,
        "h" => 3_600.0,
        "d" => 86_400.0,
        "w" => 7.0 * 86_400.0,
        _ => f64::NAN,
    };
    match num.parse::<f64>().map(|n| n * secs) {
        Ok(total) if (0.0..=3_650.0 * 86_400.0).contains(&total) => {
            Ok(Duration::from_secs_f64(total))
        }
        _ => Err(
            "expected a number and a unit (s, m, h, d or w), such as 30d, 12h or 2w, up to 3650d"
                .into(),
        ),
    }
}

/// `--max-rps`'s default: the smallest rate budget of the APIs it reads (300 requests a
/// minute each: 5 a second).
fn budget_rps() -> f64 {
    [&crate::http::MOKS, &crate::http::TRUSTSTORE]
        .iter()
        .map(|api| api.rate.per_second())
        .fold(f64::INFINITY, f64::min)
}

/// `--max-rps`: requests a second, more than 0 and at most 1000.
pub fn parse_rps(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 1000.0 => Ok(v),
        _ => {
            Err("expected requests a second, more than 0 and at most 1000, such as 5 or 0.5".into())
        }
    }
}

/// A duration for people, in days when it is whole days: `30 days`, `12 h`.
fn window_text(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        86_400 => "1 day".into(),
        s if s % 86_400 == 0 => format!("{} days", s / 86_400),
        _ => crate::retry::human(d),
    }
}

fn days_text(days: i64) -> String {
    match days {
        d if d < 0 => format!("expired {} ago", plural(-d, "day")),
        0 => "today".into(),
        d => format!("in {}", plural(d, "day")),
    }
}

fn plural(n: i64, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// The gate's message: how many certificates in use are inside the window, the first few
/// named.
fn gate_message(inside: &[&Row], within: Duration, now: OffsetDateTime) -> String {
    let mut named: Vec<String> = inside
        .iter()
        .map(|r| {
            let days = row::days_left(r.expiry, now);
            format!("{} ({})", r.label, days_text(days))
        })
        .collect();
    let count = named.len();
    let more = count.saturating_sub(5);
    named.truncate(5);
    let mut list = named.join(", ");
    if more > 0 {
        list.push_str(&format!(" and {more} more"));
    }
    let what = if count == 1 {
        "1 certificate in use expires".to_string()
    } else {
        format!("{count} certificates in use expire")
    };
    format!("{what} within {}: {list}", window_text(within))
}

/// The sources of this run: those asked for, else MOKS alone under `--signer`, else all.
fn sources(args: &ExpiringArgs) -> anyhow::Result<Vec<Source>> {
    let mut asked: Vec<Source> = Vec::new();
    for s in &args.source {
        if !asked.contains(s) {
            asked.push(*s);
        }
    }
    if args.signer.is_some() && !asked.is_empty() && !asked.contains(&Source::Moks) {
        return Err(error::usage(
            "--signer picks client certificates, which --source leaves out; add moks to \
             --source or leave --signer out",
        ));
    }
    Ok(match (asked.is_empty(), args.signer.is_some()) {
        (false, _) => asked,
        (true, true) => vec![Source::Moks],
        (true, false) => Source::value_variants().to_vec(),
    })
}

pub async fn run(ctx: &Context, args: ExpiringArgs) -> anyhow::Result<()> {
    let sources = sources(&args)?;
    let client = ctx.client().await?;
    client.cap_rate(RateCap::per_second(args.max_rps));
    let scope = Scope {
        signer: args.signer.clone(),
        name: args.name.clone(),
        concurrency: usize::from(args.concurrency),
        now: OffsetDateTime::now_utc(),
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut matched = 0;
    for source in &sources {
        let found = source.rows(client, &scope).await?;
        matched += found.matched;
        rows.extend(found.rows);
    }
    if let (Some(name), 0) = (&scope.name, matched) {
        return Err(no_such_name(name, &sources));
    }
    rows.sort_by(|a, b| (a.expiry, &a.rank).cmp(&(b.expiry, &b.rank)));
    let deadline = scope.now + args.within;
    let inside: Vec<&Row> = rows
        .iter()
        .filter(|r| r.at_risk && r.expiry <= deadline)
        .collect();
    let shown: Vec<&Row> = if args.all {
        rows.iter().collect()
    } else {
        inside.clone()
    };
    let printed = print(ctx, &shown, &sources, &args);
    if inside.is_empty() {
        return printed;
    }
    let message = gate_message(&inside, args.within, scope.now);
    if args.no_fail {
        output::warn(&message);
        return printed;
    }
    // The gate's exit code wins over a closed stdout (a broken pipe): see the rules.
    match printed {
        Err(e) if !is_broken_pipe(&e) => Err(e),
        _ => Err(error::expiring(message)),
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn no_such_name(name: &str, sources: &[Source]) -> anyhow::Error {
    let what: Vec<&str> = sources.iter().map(|s| s.items()).collect();
    error::not_found(
        format!(
            "no {} is named '{}'",
            what.join(" or "),
            error::printable(name)
        ),
        vec![],
    )
}

/// The rows shown: a JSON array under `--json`, else a table of the sources' columns.
fn print(
    ctx: &Context,
    shown: &[&Row],
    sources: &[Source],
    args: &ExpiringArgs,
) -> anyhow::Result<()> {
    if ctx.out.json {
        let all = shown
            .iter()
            .map(|r| Value::Object(r.json.clone()))
            .collect();
        ctx.out.json(&Value::Array(all))?;
        return Ok(());
    }
    let columns = row::columns(sources);
    let table: Vec<Vec<String>> = shown
        .iter()
        .map(|r| columns.iter().map(|c| r.cell(c.field)).collect())
        .collect();
    let empty = if args.all {
        "no certificates with an expiry date".to_string()
    } else {
        format!(
            "no certificate in use expires within {} (--all lists every one)",
            window_text(args.within)
        )
    };
    ctx.out.table(&columns, &table, &empty)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_need_a_unit() {
        assert_eq!(parse_window("30d"), Ok(Duration::from_secs(30 * 86_400)));
        assert_eq!(parse_window(" 2W "), Ok(Duration::from_secs(14 * 86_400)));
        assert_eq!(parse_window("12h"), Ok(Duration::from_secs(12 * 3_600)));
        assert_eq!(parse_window("1.5d"), Ok(Duration::from_secs(129_600)));
        assert_eq!(parse_window("0d"), Ok(Duration::ZERO));
        for bad in ["30", "", "d", "-1d", "30y", "3651d", "NaNd", "1e9d"] {
            assert!(parse_window(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_rps("5"), Ok(5.0));
        assert_eq!(parse_rps("0.5"), Ok(0.5));
        for bad in ["0", "-1", "1001", "inf", "x"] {
            assert!(parse_rps(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn texts_for_people() {
        assert_eq!(window_text(Duration::from_secs(30 * 86_400)), "30 days");
        assert_eq!(window_text(Duration::from_secs(86_400)), "1 day");
        assert_eq!(window_text(Duration::from_secs(12 * 3_600)), "12 h");
        assert_eq!(days_text(-1), "expired 1 day ago");
        assert_eq!(days_text(0), "today");
        assert_eq!(days_text(12), "in 12 days");
    }
}
