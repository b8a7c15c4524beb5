//! `truststore get-ca-set-activities` (alias `activities`): what was done to a CA set, by
//! whom and when (Get-METSCASetActivities, §5.7).
//!
//! `--start`/`--end` take RFC 3339 or a date and are checked here (exit 2, nothing sent);
//! they go out as ISO-8601 UTC with milliseconds, as the API takes them, both inclusive: a
//! date as `--end` means the end of that day. The table is newest first; `--json` prints the
//! `activities` array as the API sent it, as every list command prints its items: the
//! answer's set-level fields (`caSetStatus`, `deletedBy`, `deletedDate`) are not activities,
//! and the help says where they are (`get-ca-set --json`).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use super::SetSelector;
use crate::api::truststore::sets;
use crate::api::Typed;
use crate::commands::print_list;
use crate::context::Context;
use crate::error;
use crate::output::table::{Column, Kind};
use moks_model::truststore::Activity;

/// Show the activities of a CA set, newest first (Get-METSCASetActivities)
///
/// Creations, activations, deactivations and the deletion, with the network, the version,
/// who and when. --start and --end (inclusive) take RFC 3339 or a date. --json prints the
/// activities, as the API sent them; the set's own fields (caSetStatus, deletedBy,
/// deletedDate) are those of `moks truststore get-ca-set --json`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore get-ca-set-activities --name partner-cas
  moks truststore get-ca-set-activities --id 199 --start 2025-04-01 --end 2025-04-30
  moks truststore get-ca-set-activities --id 199 --json | jq -r '.[] | select(.network == \"PRODUCTION\") | .activityDate'")]
pub struct GetCaSetActivitiesArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// Only activities at or after this: RFC 3339 (2025-04-01T12:00:00Z) or a date (2025-04-01)
    #[arg(long, value_name = "TIME", value_parser = parse_start)]
    pub start: Option<When>,
    /// Only activities at or before this: RFC 3339, or a date (up to the end of that day)
    #[arg(long, value_name = "TIME", value_parser = parse_end)]
    pub end: Option<When>,
}

/// An instant as typed, and as the API takes it.
#[derive(Debug, Clone, PartialEq)]
pub struct When {
    pub at: OffsetDateTime,
}

impl When {
    /// ISO-8601 UTC with milliseconds: `2025-04-01T00:00:00.000Z`.
    pub fn wire(&self) -> String {
        let fmt = format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
        );
        self.at
            .to_offset(UtcOffset::UTC)
            .format(&fmt)
            .unwrap_or_default()
    }
}

fn parse_when(s: &str, end_of_day: bool) -> Result<When, String> {
    let t = s.trim();
    if let Ok(at) = OffsetDateTime::parse(t, &Rfc3339) {
        return Ok(When { at });
    }
    if let Ok(d) = Date::parse(t, format_description!("[year]-[month]-[day]")) {
        let time = if end_of_day {
            Time::from_hms_milli(23, 59, 59, 999).unwrap_or(Time::MIDNIGHT)
        } else {
            Time::MIDNIGHT
        };
        return Ok(When {
            at: PrimitiveDateTime::new(d, time).assume_utc(),
        });
    }
    Err(format!(
        "expected RFC 3339 (2025-04-01T12:00:00Z) or a date (2025-04-01), not '{}'",
        error::printable(s)
    ))
}

fn parse_start(s: &str) -> Result<When, String> {
    parse_when(s, false)
}

fn parse_end(s: &str) -> Result<When, String> {
    parse_when(s, true)
}

pub const COLUMNS: [Column; 5] = [
    Column::new("activityDate", Kind::Date, 0),
    Column::new("type", Kind::Status, 0),
    Column::new("network", Kind::Whole, 0),
    Column::new("version", Kind::Whole, 0),
    Column::new("activityBy", Kind::Text, 1),
];

/// When an activity was: its date parsed (for the order), else none (sorted last).
fn date(a: &Typed<Activity>) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(a.view.activity_date.as_deref()?, &Rfc3339).ok()
}

pub async fn run(ctx: &Context, args: GetCaSetActivitiesArgs) -> anyhow::Result<()> {
    if let (Some(s), Some(e)) = (&args.start, &args.end) {
        if s.at > e.at {
            return Err(error::usage(format!(
                "--start ({}) is after --end ({}): nothing could match",
                s.wire(),
                e.wire()
            )));
        }
    }
    let client = ctx.client().await?;
    let id = args.set.resolve(client).await?;
    let start = args.start.as_ref().map(When::wire);
    let end = args.end.as_ref().map(When::wire);
    let answer = sets::activities(client, &id, start.as_deref(), end.as_deref()).await?;
    let mut items: Vec<Typed<Activity>> = match answer.get("activities") {
        Some(Value::Array(a)) => a.iter().cloned().map(Typed::new).collect(),
        None | Some(Value::Null) => vec![],
        Some(other) => {
            return Err(error::bad_answer(format!(
                "the API answered with an 'activities' that is not a list: {}",
                error::excerpt(&other.to_string(), 120)
            )))
        }
    };
    if !ctx.out.json {
        // Newest first (§5.7 says the API sends them so; a stable sort keeps its order
        // where dates tie or cannot be read).
        items.sort_by_key(|a| std::cmp::Reverse(date(a)));
    }
    print_list(ctx, &items, &COLUMNS, "no activities")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_dates_go_out_as_utc_iso_8601() {
        assert_eq!(
            parse_start("2025-04-01T14:00:00+02:00").unwrap().wire(),
            "2025-04-01T12:00:00.000Z"
        );
        assert_eq!(
            parse_start("2025-04-01").unwrap().wire(),
            "2025-04-01T00:00:00.000Z"
        );
        assert_eq!(
            parse_end("2025-04-01").unwrap().wire(),
            "2025-04-01T23:59:59.999Z"
        );
        for bad in [
            "yesterday",
            "2025-13-01",
            "2025-04-01 12:00",
            "",
            "1712000000",
        ] {
            assert!(parse_start(bad).is_err(), "{bad}");
        }
    }
}
