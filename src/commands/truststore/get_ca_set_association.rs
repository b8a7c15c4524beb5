//! `truststore get-ca-set-association` (alias `associations`): what uses a CA set:
//! Property Manager hostnames and CPS enrollments (Get-METSCASetAssociation, §5.8).
//!
//! The table is for people: one row per hostname of a property (a property without
//! hostnames gets one row), one per network an enrollment has slots on. `--json` prints the
//! API's answer as it came (`{"associations": {"properties": …, "enrollments": …}}`).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use serde_json::Value;

use super::SetSelector;
use crate::api::truststore::sets;
use crate::context::Context;
use crate::output::cell;
use crate::output::table::{Column, Kind};
use moks_model::truststore::AssociationType;

/// Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)
///
/// A set in use cannot be deleted, nor its active version deactivated, until it is unlinked
/// in Property Manager or CPS.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore get-ca-set-association --name partner-cas
  moks truststore get-ca-set-association --id 199 --type properties
  moks truststore get-ca-set-association --id 199 --json | jq -r '.associations.properties[]?.hostnames[].hostName'")]
pub struct GetCaSetAssociationArgs {
    #[command(flatten)]
    pub set: SetSelector,
    /// Only this kind: enrollments or properties (associationType) [default: both]
    #[arg(
        long = "type",
        visible_alias = "association-type",
        value_name = "TYPE",
        ignore_case = true
    )]
    pub kind: Option<AssociationType>,
}

pub const COLUMNS: [Column; 6] = [
    Column::new("type", Kind::Whole, 0),
    Column::new("id", Kind::Whole, 0),
    Column::new("name", Kind::Text, 2),
    Column::new("hostname", Kind::Text, 0),
    Column::new("network", Kind::Whole, 0),
    Column::new("status", Kind::Status, 1),
];

fn text(v: &Value, key: &str) -> String {
    cell(v.get(key))
}

/// The rows of the table (cells escaped by the table).
pub fn rows(answer: &Value) -> Vec<Vec<String>> {
    let assoc = answer.get("associations").unwrap_or(&Value::Null);
    let mut rows = Vec::new();
    let list = |key: &str| {
        assoc
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for p in list("properties") {
        let id = text(&p, "propertyId");
        let name = text(&p, "propertyName");
        let hosts = p
            .get("hostnames")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if hosts.is_empty() {
            rows.push(vec![
                "property".into(),
                id.clone(),
                name.clone(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        for h in hosts {
            rows.push(vec![
                "property".into(),
                id.clone(),
                name.clone(),
                text(&h, "hostName"),
                text(&h, "network"),
                text(&h, "status"),
            ]);
        }
    }
    for e in list("enrollments") {
        let id = text(&e, "enrollmentId");
        let cn = text(&e, "cn");
        for (network, key) in [
            ("STAGING", "stagingSlots"),
            ("PRODUCTION", "productionSlots"),
        ] {
            let slots: Vec<String> = e
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|s| cell(Some(s)))
                .collect();
            if slots.is_empty() {
                continue;
            }
            rows.push(vec![
                "enrollment".into(),
                id.clone(),
                cn.clone(),
                cn.clone(),
                network.into(),
                format!("slots {}", slots.join(", ")),
            ]);
        }
    }
    rows
}

pub async fn run(ctx: &Context, args: GetCaSetAssociationArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let id = args.set.resolve(client).await?;
    let answer = sets::associations(client, &id, args.kind).await?;
    if ctx.out.json {
        ctx.out.json(&answer)?;
    } else {
        ctx.out
            .table(&COLUMNS, &rows(&answer), "nothing uses this CA set")?;
    }
    Ok(())
}
