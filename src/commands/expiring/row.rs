//! What every source of `expiring` yields: [`Row`]s (one certificate that expires, with its
//! `--json` object and its table cells), and the table they share ([`COLUMNS`]).
//!
//! Rules:
//! - a row's JSON object is the source's fields (the API's names and values), then the
//!   fields moks adds: `daysLeft` (whole days from now to the expiry, rounded down, negative
//!   once expired) and `atRisk` (whether it counts for the gate); `source` comes first;
//! - the table's columns are declared once, each with the source whose rows fill it (or
//!   every row's): a run shows the columns of the sources it reads. On a narrow terminal the
//!   ids and the GUID go first and the name never does: it is what a reader looks for.

use std::cmp::Reverse;

use serde_json::{json, Map, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::Source;
use crate::error;
use crate::output;
use crate::output::table::{Column, Kind};

/// One certificate that expires, ready to print and to gate on.
pub struct Row {
    /// The `--json` object (see the module's rules).
    pub json: Map<String, Value>,
    /// Table cells that are not the JSON field of the same name (`name`, `subjectCN`…).
    pub cells: Vec<(&'static str, String)>,
    pub expiry: OffsetDateTime,
    pub at_risk: bool,
    /// How the gate's message names it: `'beta' version 1`.
    pub label: String,
    /// Ties of the sort (same expiry): by name, then the newest version, then the source's
    /// own order.
    pub rank: (String, Reverse<i64>, String),
}

impl Row {
    /// A row of `source` from its fields, expiring at `expiry`: `source`, the fields,
    /// `daysLeft`, `atRisk`.
    pub fn new(
        source: Source,
        fields: Vec<(&str, Value)>,
        expiry: OffsetDateTime,
        at_risk: bool,
        now: OffsetDateTime,
    ) -> Row {
        let mut json = Map::new();
        json.insert("source".into(), json!(source.name()));
        for (k, v) in fields {
            json.insert(k.to_string(), v);
        }
        json.insert("daysLeft".into(), json!(days_left(expiry, now)));
        json.insert("atRisk".into(), json!(at_risk));
        Row {
            json,
            cells: Vec::new(),
            expiry,
            at_risk,
            label: String::new(),
            rank: (String::new(), Reverse(0), String::new()),
        }
    }

    /// The table cell of `field`: its own cell if it has one, else its JSON field.
    pub fn cell(&self, field: &str) -> String {
        match self.cells.iter().find(|(k, _)| *k == field) {
            Some((_, v)) => v.clone(),
            None => output::cell(self.json.get(field)),
        }
    }
}

/// Whole days from `now` to `expiry`, rounded down (negative once expired).
pub fn days_left(expiry: OffsetDateTime, now: OffsetDateTime) -> i64 {
    (expiry - now).as_seconds_f64().div_euclid(86_400.0) as i64
}

/// An RFC 3339 date from the API; anything else fails the gate (exit 5) with `what` the
/// API listed, named: the gate must be able to decide.
pub fn parse_expiry(text: &str, what: impl FnOnce() -> String) -> anyhow::Result<OffsetDateTime> {
    OffsetDateTime::parse(text.trim(), &Rfc3339).map_err(|_| {
        error::bad_answer(format!(
            "the API listed {} with an expiry date that is not a date: '{}'",
            what(),
            error::excerpt(text, 80)
        ))
    })
}

/// The table's columns, in order, each with the source whose rows fill it (`None`: every
/// row). Drop: how soon a column is left out on a narrow terminal (0 never, highest first).
pub const COLUMNS: [(Option<Source>, Column); 12] = [
    (None, Column::new("expiryDate", Kind::Date, 0)),
    (None, Column::new("daysLeft", Kind::Whole, 0)),
    (None, Column::new("name", Kind::Text, 0)),
    (None, Column::new("version", Kind::Whole, 0)),
    (Some(Source::Moks), Column::new("status", Kind::Status, 1)),
    (
        Some(Source::Moks),
        Column::new("versionAlias", Kind::Whole, 4),
    ),
    (
        Some(Source::Truststore),
        Column::new("networks", Kind::Whole, 3),
    ),
    (
        Some(Source::Truststore),
        Column::new("subjectCN", Kind::Text, 2),
    ),
    (Some(Source::Moks), Column::new("signer", Kind::Whole, 6)),
    (
        Some(Source::Moks),
        Column::new("certificateId", Kind::Whole, 7),
    ),
    (
        Some(Source::Truststore),
        Column::new("caSetId", Kind::Whole, 7),
    ),
    (
        Some(Source::Moks),
        Column::new("versionGuid", Kind::Whole, 8),
    ),
];

/// The columns of a run reading `sources`.
pub fn columns(sources: &[Source]) -> Vec<Column> {
    COLUMNS
        .iter()
        .filter(|(s, _)| s.is_none_or(|s| sources.contains(&s)))
        .map(|(_, c)| *c)
        .collect()
}

/// The CN of a subject the API writes as `C=US, O=…, CN=…` (either separator, any order),
/// or the whole subject when it has none.
pub fn common_name(subject: &str) -> String {
    subject
        .split([',', '/'])
        .filter_map(|part| {
            let (k, v) = part.split_once('=')?;
            k.trim()
                .eq_ignore_ascii_case("CN")
                .then(|| v.trim().to_string())
        })
        .next()
        .unwrap_or_else(|| subject.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_name_of_a_subject() {
        assert_eq!(
            common_name("C=US, O=Example, CN=Example Root CA"),
            "Example Root CA"
        );
        assert_eq!(common_name("CN=a,OU=b"), "a");
        assert_eq!(common_name("/C=US/CN=x/"), "x");
        assert_eq!(common_name("O=no cn"), "O=no cn");
    }
}
