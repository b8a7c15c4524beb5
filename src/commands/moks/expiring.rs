//! `expiring`: the expiry gate. Every client certificate's versions with their expiryDate,
//! in one table sorted by expiry (soonest first); exit 8 when a DEPLOYED version expires
//! inside the window (`--within`, default 30 days), else 0 — for CI.
//!
//! Rules:
//! - one list of the certificates (§3.3), then one versions list per certificate (§3.7,
//!   after `--signer` filtered the certificates), at most `--concurrency` at once, every
//!   request under the client's rate cap (`--max-rps`, default 5 a second: the API's 300
//!   requests a minute per account), so the run never causes a 429 of its own; a 429 from
//!   the account's other traffic is waited out, with a message;
//! - a row per entry the API lists, so an alias entry (CURRENT/PREVIOUS of a THIRD_PARTY
//!   certificate, with its own versionGuid) is its own row, as in `get-client-cert-version`;
//!   entries without an expiryDate (awaiting a signed certificate) are left out;
//! - the fields are the API's as received, plus `daysLeft`: whole days from now to the
//!   expiryDate, rounded down (negative once expired); the window holds what has expired
//!   already;
//! - the gate must be able to decide: a certificate whose versions cannot be listed, or an
//!   expiryDate that is not an RFC 3339 date, fails the command (naming the certificate);
//! - a progress bar on stderr when it is a terminal; stdout holds only the table or the
//!   JSON array (printed before the exit 8 message).

use std::time::Duration;

use clap::Args;
use futures_util::stream::{self, StreamExt, TryStreamExt};
use moks_model::moks::{ClientCertificateVersion, Signer, VersionStatus};
use serde_json::{json, Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::api::moks as api;
use crate::api::Typed;
use crate::client::Id;
use crate::context::Context;
use crate::error;
use crate::output;
use crate::rate_cap::RateCap;
use crate::table::{Column, Kind};

/// List every version's expiry, soonest first; exit 8 when a DEPLOYED one expires soon (no cmdlet)
///
/// A CI gate: exit 8 when a DEPLOYED version expires within --within (or has expired), 0
/// otherwise. The versions are fetched concurrently under a client-side rate cap.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  moks expiring
  moks expiring --within 14d --signer THIRD_PARTY
  moks expiring --json | jq -r '.[] | select(.daysLeft < 7) | .certificateName'")]
pub struct ExpiringArgs {
    /// The window: a DEPLOYED version that expires within it (or has expired) makes the exit
    /// code 8. A number and a unit: s, m, h, d or w (e.g. 30d, 12h, 2w)
    #[arg(long, value_name = "DUR", default_value = "30d", value_parser = parse_window)]
    pub within: Duration,
    /// Only the certificates of this signer: AKAMAI or THIRD_PARTY
    #[arg(long, value_enum, ignore_case = true, value_name = "SIGNER")]
    pub signer: Option<Signer>,
    /// How many certificates' versions are fetched at once (1 to 64)
    #[arg(long, value_name = "N", default_value = "8", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// At most this many requests a second, retries included (the API allows 300 a minute
    /// per account: 5 a second)
    #[arg(long, value_name = "RPS", default_value = "5", value_parser = parse_rps)]
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

/// `--max-rps`: requests a second, more than 0 and at most 1000.
pub fn parse_rps(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 1000.0 => Ok(v),
        _ => {
            Err("expected requests a second, more than 0 and at most 1000, such as 5 or 0.5".into())
        }
    }
}

/// The fields of each entry, in the order of `--json`.
pub const FIELDS: [&str; 9] = [
    "certificateId",
    "certificateName",
    "signer",
    "version",
    "versionGuid",
    "versionAlias",
    "status",
    "expiryDate",
    "daysLeft",
];

/// The table's columns: the dates first, since it is sorted by them.
/// On a narrow terminal the least important go first (`drop`), the GUID and dates stay.
pub const COLUMNS: [Column; 9] = [
    Column::new("expiryDate", Kind::Date, 0),
    Column::new("daysLeft", Kind::Whole, 0),
    Column::new("status", Kind::Status, 0),
    Column::new("certificateName", Kind::Text, 1),
    Column::new("certificateId", Kind::Whole, 2),
    Column::new("version", Kind::Whole, 0),
    Column::new("versionAlias", Kind::Whole, 3),
    Column::new("signer", Kind::Whole, 4),
    Column::new("versionGuid", Kind::Whole, 0),
];

/// One version entry with an expiry date, ready to print.
struct Row {
    fields: Map<String, Value>,
    expiry: OffsetDateTime,
    deployed: bool,
    /// (certificate id, version): what the gate counts, once per version.
    key: (Option<i64>, Option<i64>),
    name: String,
    rank: (String, std::cmp::Reverse<Option<i64>>, u8),
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

fn rows_of(
    cert: &Map<String, Value>,
    versions: &[Typed<ClientCertificateVersion>],
    now: OffsetDateTime,
) -> anyhow::Result<Vec<Row>> {
    let id = cert.get("certificateId").and_then(Value::as_i64);
    let name = cert
        .get("certificateName")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let mut rows = Vec::new();
    for v in versions {
        let Some(text) = v.view.expiry_date.as_deref() else {
            continue;
        };
        let expiry = OffsetDateTime::parse(text.trim(), &Rfc3339).map_err(|_| {
            error::bad_answer(format!(
                "the API listed version {} of client certificate {} ('{}') with an expiryDate \
                 that is not a date: '{}'",
                v.view.version.map(|n| n.to_string()).unwrap_or_default(),
                id.map(|n| n.to_string()).unwrap_or_default(),
                error::printable(&name),
                error::excerpt(text, 80)
            ))
        })?;
        let days_left = (expiry - now).as_seconds_f64().div_euclid(86_400.0) as i64;
        let field =
            |k: &str, from: &Map<String, Value>| from.get(k).cloned().unwrap_or(Value::Null);
        let json = v.json.as_object().cloned().unwrap_or_default();
        // The certificate's three fields, the entry's five, then daysLeft.
        let mut fields = Map::new();
        for (i, k) in FIELDS.iter().enumerate() {
            let value = match i {
                0..=2 => field(k, cert),
                3..=7 => field(k, &json),
                _ => json!(days_left),
            };
            fields.insert(k.to_string(), value);
        }
        let alias_rank = match v.view.version_alias.as_ref().map(|a| a.to_string()) {
            Some(a) if a == "CURRENT" => 0,
            Some(a) if !a.is_empty() => 1,
            _ => 2,
        };
        rows.push(Row {
            fields,
            expiry,
            deployed: v.view.status == Some(VersionStatus::Deployed),
            key: (id, v.view.version),
            name: name.clone(),
            rank: (name.clone(), std::cmp::Reverse(v.view.version), alias_rank),
        });
    }
    Ok(rows)
}

/// The exit-8 message: how many DEPLOYED versions are inside the window, the first few
/// named.
fn gate_message(inside: &[&Row], within: Duration, now: OffsetDateTime) -> String {
    let mut seen = Vec::new();
    let mut named = Vec::new();
    for r in inside {
        if seen.contains(&r.key) {
            continue;
        }
        seen.push(r.key);
        let days = (r.expiry - now).as_seconds_f64().div_euclid(86_400.0) as i64;
        named.push(format!(
            "'{}' version {} ({})",
            r.name,
            r.key.1.map(|n| n.to_string()).unwrap_or_default(),
            days_text(days)
        ));
    }
    let count = named.len();
    let more = count.saturating_sub(5);
    named.truncate(5);
    let mut list = named.join(", ");
    if more > 0 {
        list.push_str(&format!(" and {more} more"));
    }
    let what = if count == 1 {
        "1 deployed version expires".to_string()
    } else {
        format!("{count} deployed versions expire")
    };
    format!("{what} within {}: {list}", window_text(within))
}

pub async fn run(ctx: &Context, args: ExpiringArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    client.cap_rate(RateCap::per_second(args.max_rps));
    let certs: Vec<_> = api::list_client_certificates(client)
        .await?
        .into_iter()
        .filter(|c| args.signer.is_none() || c.view.signer == args.signer)
        .collect();
    let now = OffsetDateTime::now_utc();
    let progress = output::Progress::start(certs.len() as u64, "certificates");
    let fetches = certs.iter().map(|cert| {
        let progress = &progress;
        async move {
            let name = cert.view.certificate_name.as_deref().unwrap_or_default();
            let id = cert.view.certificate_id.ok_or_else(|| {
                error::bad_answer(format!(
                    "the API listed client certificate '{}' without a numeric certificateId",
                    error::printable(name)
                ))
            })?;
            let versions = api::list_versions(client, &Id::from(id), false)
                .await
                .map_err(|e| {
                    e.context(format!(
                        "cannot list the versions of client certificate {id} ('{}')",
                        error::printable(name)
                    ))
                })?;
            progress.advance();
            let cert = cert.json.as_object().cloned().unwrap_or_default();
            rows_of(&cert, &versions, now)
        }
    });
    let per_cert: Vec<Vec<Row>> = stream::iter(fetches)
        .buffer_unordered(usize::from(args.concurrency))
        .try_collect()
        .await?;
    drop(progress);
    let mut rows: Vec<Row> = per_cert.into_iter().flatten().collect();
    rows.sort_by(|a, b| (a.expiry, &a.rank).cmp(&(b.expiry, &b.rank)));
    if ctx.out.json {
        let all = rows
            .iter()
            .map(|r| Value::Object(r.fields.clone()))
            .collect();
        ctx.out.json(&Value::Array(all))?;
    } else {
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                COLUMNS
                    .iter()
                    .map(|c| output::cell(r.fields.get(c.field)))
                    .collect()
            })
            .collect();
        ctx.out.table(
            &COLUMNS,
            &table,
            "no certificate versions with an expiry date",
        )?;
    }
    let deadline = now + args.within;
    let inside: Vec<&Row> = rows
        .iter()
        .filter(|r| r.deployed && r.expiry <= deadline)
        .collect();
    if inside.is_empty() {
        return Ok(());
    }
    Err(error::Expiring(gate_message(&inside, args.within, now)).into())
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
