//! `expiring`'s Edge Truststore source: the CA certificates of each CA set's versions
//! active on staging or production, the ones the edge verifies clients with.
//!
//! Rules:
//! - one list of the CA sets not deleted (the API's list-ca-sets operation with
//!   `caSetStatus=NOT_DELETED`, sent explicitly since its default changed over time; `--name`
//!   filters it); the set's `stagingVersion` and `productionVersion` say which versions are
//!   active where (a set with neither is skipped, with no request);
//! - then one versions list per active set (`includeCertificates=true&activeVersionsOnly=true`,
//!   as the official Go client sends them), at most `--concurrency` at once; an active
//!   version missing from that answer fails the gate (it cannot decide);
//! - one row per certificate of an active version, every one at risk; a version active on
//!   both networks gives one row naming both;
//! - the fields: the set's `caSetId` and `caSetName`, the version's `version`, `networks`
//!   (where it is active: `STAGING`, `PRODUCTION`), the certificate's `subject`, `issuer`,
//!   `serialNumber`, `fingerprint`, and its `endDate` as `expiryDate`.

use std::cmp::Reverse;

use moks_model::truststore::{CaSet, CaSetId, CaSetStatus, Version};
use serde_json::{json, Value};

use super::row::{common_name, parse_expiry, Row};
use super::{fan_out, Scope, Source, Yield};
use crate::api::truststore::{self as api, versions::VersionFilter, CaSetFilter};
use crate::api::Typed;
use crate::client::{Client, Id};
use crate::error;

/// The rows of every CA set in `scope` with an active version.
pub async fn rows(client: &Client, scope: &Scope) -> anyhow::Result<Yield> {
    let filter = CaSetFilter {
        statuses: vec![CaSetStatus::NotDeleted],
        ..CaSetFilter::default()
    };
    let listed = api::list_ca_sets(client, &filter).await.map_err(|e| {
        e.context("cannot list the Edge Truststore's CA sets (--source moks leaves them out)")
    })?;
    let sets = scope.named(listed, |s| s.view.ca_set_name.as_deref());
    let matched = sets.len();
    let active: Vec<&Typed<CaSet>> = sets
        .iter()
        .filter(|s| s.view.staging_version.is_some() || s.view.production_version.is_some())
        .collect();
    let rows = fan_out(&active, "CA sets", scope, |set| {
        rows_of_set(client, set, scope)
    })
    .await?;
    Ok(Yield { matched, rows })
}

/// The rows of one set's active versions.
async fn rows_of_set(
    client: &Client,
    set: &Typed<CaSet>,
    scope: &Scope,
) -> anyhow::Result<Vec<Row>> {
    let name = set.view.ca_set_name.clone().unwrap_or_default();
    let id_text = set.view.ca_set_id.clone().unwrap_or_default();
    let id: CaSetId = id_text.trim().parse().map_err(|_| {
        error::bad_answer(format!(
            "the API listed CA set '{}' without a numeric caSetId: '{}'",
            error::printable(&name),
            error::excerpt(&id_text, 40)
        ))
    })?;
    let filter = VersionFilter {
        include_certificates: true,
        active_only: true,
        statuses: Vec::new(),
    };
    let versions = api::versions::list_versions(client, &Id::from(id), &filter)
        .await
        .map_err(|e| {
            e.context(format!(
                "cannot list the versions of CA set {id} ('{}')",
                error::printable(&name)
            ))
        })?;
    let mut rows = Vec::new();
    for (number, networks) in active_versions(&set.view) {
        let version = versions
            .iter()
            .find(|v| v.view.version == Some(number))
            .ok_or_else(|| {
                error::bad_answer(format!(
                    "the API's versions of CA set {id} ('{}') lack version {number}, active on {}",
                    error::printable(&name),
                    networks.join(" and ")
                ))
            })?;
        let set_fields = [("caSetId", json!(id_text)), ("caSetName", json!(name))];
        rows.extend(rows_of_version(
            &set_fields,
            &version.view,
            &networks,
            scope,
        )?);
    }
    Ok(rows)
}

/// The set's active versions with where each is active: one entry per version.
fn active_versions(set: &CaSet) -> Vec<(i64, Vec<&'static str>)> {
    let mut out: Vec<(i64, Vec<&'static str>)> = Vec::new();
    for (v, network) in [
        (set.staging_version, "STAGING"),
        (set.production_version, "PRODUCTION"),
    ] {
        let Some(v) = v else { continue };
        match out.iter_mut().find(|(n, _)| *n == v) {
            Some((_, networks)) => networks.push(network),
            None => out.push((v, vec![network])),
        }
    }
    out
}

fn rows_of_version(
    set: &[(&str, Value); 2],
    version: &Version,
    networks: &[&str],
    scope: &Scope,
) -> anyhow::Result<Vec<Row>> {
    let name = set[1].1.as_str().unwrap_or_default().to_string();
    let number = version.version.unwrap_or(0);
    let mut rows = Vec::new();
    for (i, cert) in version.certificates.iter().flatten().enumerate() {
        let subject = cert.subject.clone().unwrap_or_default();
        let cn = common_name(&subject);
        let end = cert.end_date.as_deref().unwrap_or_default();
        let expiry = parse_expiry(end, || {
            format!(
                "certificate '{}' of CA set '{}' version {number}",
                error::printable(&cn),
                error::printable(&name)
            )
        })?;
        let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::String);
        let mut fields = set.to_vec();
        fields.extend([
            ("version", json!(number)),
            ("networks", json!(networks)),
            ("subject", text(&cert.subject)),
            ("issuer", text(&cert.issuer)),
            ("serialNumber", text(&cert.serial_number)),
            ("fingerprint", text(&cert.fingerprint)),
            ("expiryDate", text(&cert.end_date)),
        ]);
        let mut row = Row::new(Source::Truststore, fields, expiry, true, scope.now);
        row.cells.push(("name", name.clone()));
        row.cells.push(("subjectCN", cn.clone()));
        row.label = format!("CA set '{name}' version {number} '{cn}'");
        row.rank = (name.clone(), Reverse(number), format!("{i:05}"));
        rows.push(row);
    }
    Ok(rows)
}
