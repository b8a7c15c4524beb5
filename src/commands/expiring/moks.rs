//! `expiring`'s MOKS source: the versions of every client certificate.
//!
//! Rules:
//! - one list of the certificates (the API's list-client-certificates operation; `--signer`
//!   and `--name` filter it), then one versions list per certificate, at most
//!   `--concurrency` at once;
//! - one row per version: a THIRD_PARTY certificate lists a version twice, its alias record
//!   (CURRENT or PREVIOUS, with the alias's own versionGuid) and its plain record, as
//!   `get-client-cert-version` shows; the row is the alias record's (its versionAlias and the
//!   GUID a rule tree uses), as an AKAMAI certificate's is;
//! - versions without an expiryDate (awaiting a signed certificate) have no row; a
//!   DELETE_PENDING version is not at risk (the API is removing it), every other is;
//! - the fields are the API's as received: the certificate's `certificateId`,
//!   `certificateName`, `signer`, the version's `version`, `versionGuid`, `versionAlias`,
//!   `status`, `expiryDate`.

use std::cmp::Reverse;

use moks_model::moks::{ClientCertificate, ClientCertificateVersion, VersionStatus};
use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::row::{parse_expiry, Row};
use super::{fan_out, Scope, Source, Yield};
use crate::api::moks as api;
use crate::api::Typed;
use crate::client::{Client, Id};
use crate::error;

/// The rows of every client certificate in `scope`.
pub async fn rows(client: &Client, scope: &Scope) -> anyhow::Result<Yield> {
    let listed = api::list_client_certificates(client).await?;
    let certs: Vec<_> = listed
        .into_iter()
        .filter(|c| scope.signer.is_none() || c.view.signer == scope.signer)
        .collect();
    let certs = scope.named(certs, |c| c.view.certificate_name.as_deref());
    let rows = fan_out(&certs, "client certificates", scope, |cert| {
        versions_of(client, cert, scope.now)
    })
    .await?;
    Ok(Yield {
        matched: certs.len(),
        rows,
    })
}

async fn versions_of(
    client: &Client,
    cert: &Typed<ClientCertificate>,
    now: OffsetDateTime,
) -> anyhow::Result<Vec<Row>> {
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
    let cert = cert.json.as_object().cloned().unwrap_or_default();
    rows_of(&cert, &one_per_version(&versions), now)
}

/// Each version once: its alias record when it has one, else its plain record, in the
/// API's order.
fn one_per_version(
    versions: &[Typed<ClientCertificateVersion>],
) -> Vec<&Typed<ClientCertificateVersion>> {
    let has_alias = |v: &Typed<ClientCertificateVersion>| {
        v.view
            .version_alias
            .as_ref()
            .is_some_and(|a| !a.to_string().is_empty())
    };
    let mut kept: Vec<&Typed<ClientCertificateVersion>> = Vec::new();
    for v in versions {
        let same = kept
            .iter()
            .position(|k| v.view.version.is_some() && k.view.version == v.view.version);
        match same {
            None => kept.push(v),
            Some(at) if has_alias(v) && !has_alias(kept[at]) => kept[at] = v,
            Some(_) => {}
        }
    }
    kept
}

fn rows_of(
    cert: &Map<String, Value>,
    versions: &[&Typed<ClientCertificateVersion>],
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
        let number = v.view.version.map(|n| n.to_string()).unwrap_or_default();
        let expiry = parse_expiry(text, || {
            format!(
                "version {number} of client certificate {} ('{}')",
                id.map(|n| n.to_string()).unwrap_or_default(),
                error::printable(&name)
            )
        })?;
        let json = v.json.as_object().cloned().unwrap_or_default();
        let field =
            |k: &str, from: &Map<String, Value>| from.get(k).cloned().unwrap_or(Value::Null);
        let fields = ["certificateId", "certificateName", "signer"]
            .into_iter()
            .map(|k| (k, field(k, cert)))
            .chain(
                [
                    "version",
                    "versionGuid",
                    "versionAlias",
                    "status",
                    "expiryDate",
                ]
                .into_iter()
                .map(|k| (k, field(k, &json))),
            )
            .collect();
        let at_risk = v.view.status != Some(VersionStatus::DeletePending);
        let mut row = Row::new(Source::Moks, fields, expiry, at_risk, now);
        row.cells.push(("name", name.clone()));
        row.label = format!("'{name}' version {number}");
        let alias = row.cell("versionAlias");
        row.rank = (name.clone(), Reverse(v.view.version.unwrap_or(0)), alias);
        rows.push(row);
    }
    Ok(rows)
}
