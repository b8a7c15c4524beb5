//! The Edge Truststore's version, certificate and validation endpoints (§5.10–§5.16,
//! §5.21): create, list, get, update, delete and clone a version, list its certificates
//! with the expiry filters, validate certificates without storing them.
//!
//! Rules: only documented query parameters are sent, booleans only when true (§5.11, as
//! the Go client does); the single-version GET takes none (§5.12).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use reqwest::Method;
use serde_json::Value;

use moks_model::truststore::{
    CaSet, Certificate, CertificateStatus, Version, VersionBody, VersionStatus, CERTIFICATES,
    VERSIONS,
};
use moks_model::ApiEnum;

use crate::api::{created, document, list, object, Typed};
use crate::client::{Client, Id, Lookup, Request, TRUSTSTORE};
use crate::error;

fn version_path(set: &Id, version: &Id) -> String {
    format!("/ca-sets/{set}/versions/{version}")
}

/// `POST /ca-sets/{id}/versions` (§5.10): the new version.
pub async fn create_version(
    c: &Client,
    set: &Id,
    body: &VersionBody,
) -> anyhow::Result<Typed<Version>> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::POST,
        format!("/ca-sets/{set}/versions"),
    )
    .body(body)?;
    created(
        &c.send(req).await?,
        "a version",
        &format!(
            "{} truststore get-ca-set-version --id {set}",
            crate::output::program()
        ),
    )
}

/// `PUT /ca-sets/{id}/versions/{v}` (§5.13): the version as replaced.
pub async fn update_version(
    c: &Client,
    set: &Id,
    version: &Id,
    body: &VersionBody,
) -> anyhow::Result<Typed<Version>> {
    let req = Request::new(&TRUSTSTORE, Method::PUT, version_path(set, version)).body(body)?;
    object(&c.send(req).await?, "the version")
}

/// What `GET /ca-sets/{id}/versions` filters on (§5.11).
#[derive(Debug, Clone, Default)]
pub struct VersionFilter {
    pub include_certificates: bool,
    pub active_only: bool,
    pub statuses: Vec<VersionStatus>,
}

/// `GET /ca-sets/{id}/versions` (§5.11).
pub async fn list_versions(
    c: &Client,
    set: &Id,
    filter: &VersionFilter,
) -> anyhow::Result<Vec<Typed<Version>>> {
    let mut statuses: Vec<&str> = Vec::new();
    for s in &filter.statuses {
        if !statuses.contains(&s.as_str()) {
            statuses.push(s.as_str());
        }
    }
    let req = Request::new(&TRUSTSTORE, Method::GET, format!("/ca-sets/{set}/versions"))
        .query_if(filter.include_certificates, "includeCertificates", "true")
        .query_if(filter.active_only, "activeVersionsOnly", "true")
        .query_if(
            !statuses.is_empty(),
            "caSetVersionStatus",
            statuses.join(","),
        );
    list(&c.send(req).await?, VERSIONS)
}

/// `GET /ca-sets/{id}/versions/{v}` (§5.12): with its certificates, no query parameter.
pub async fn get_version(c: &Client, set: &Id, version: &Id) -> anyhow::Result<Typed<Version>> {
    let req = Request::new(&TRUSTSTORE, Method::GET, version_path(set, version));
    object(&c.send(req).await?, "the version")
}

/// `DELETE /ca-sets/{id}/versions/{v}` (§5.14): 204, the version marked for deletion; a
/// body, if one came, as it came.
pub async fn delete_version(c: &Client, set: &Id, version: &Id) -> anyhow::Result<Option<Value>> {
    let req = Request::new(&TRUSTSTORE, Method::DELETE, version_path(set, version));
    document(&c.send(req).await?)
}

/// `POST /ca-sets/{id}/versions/{v}/clone` (§5.15), no body: the new version.
pub async fn clone_version(c: &Client, set: &Id, version: &Id) -> anyhow::Result<Typed<Version>> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::POST,
        format!("{}/clone", version_path(set, version)),
    );
    created(
        &c.send(req).await?,
        "a copy of the version",
        &format!(
            "{} truststore get-ca-set-version --id {set}",
            crate::output::program()
        ),
    )
}

/// The expiry filters of the certificates list (§5.16), already checked against each other.
#[derive(Debug, Clone, Default)]
pub struct CertificateFilter {
    pub statuses: Vec<CertificateStatus>,
    pub expiry_threshold_in_days: Option<u32>,
    /// ISO-8601, as sent.
    pub expiry_threshold_timestamp: Option<String>,
}

/// `GET /ca-sets/{id}/versions/{v}/certificates` (§5.16).
pub async fn list_certificates(
    c: &Client,
    set: &Id,
    version: &Id,
    filter: &CertificateFilter,
) -> anyhow::Result<Vec<Typed<Certificate>>> {
    let statuses: Vec<&str> = filter.statuses.iter().map(ApiEnum::as_str).collect();
    let req = Request::new(
        &TRUSTSTORE,
        Method::GET,
        format!("{}/certificates", version_path(set, version)),
    )
    .query_if(
        !statuses.is_empty(),
        "certificateStatus",
        statuses.join(","),
    )
    .query_if(
        filter.expiry_threshold_in_days.is_some(),
        "expiryThresholdInDays",
        filter
            .expiry_threshold_in_days
            .map(|d| d.to_string())
            .unwrap_or_default(),
    )
    .query_if(
        filter.expiry_threshold_timestamp.is_some(),
        "expiryThresholdTimestamp",
        filter
            .expiry_threshold_timestamp
            .clone()
            .unwrap_or_default(),
    );
    list(&c.send(req).await?, CERTIFICATES)
}

/// `POST /certificates/validate` (§5.21): the certificates as the API reads them, and its
/// warnings. The body has no `description`.
pub async fn validate(c: &Client, body: &VersionBody) -> anyhow::Result<Value> {
    let req = Request::new(&TRUSTSTORE, Method::POST, "/certificates/validate").body(body)?;
    Ok(Value::Object(
        c.send(req).await?.object("the validated certificates")?,
    ))
}

/// Which of a set's versions a name means (`--version latest|staging|production`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    Latest,
    Staging,
    Production,
}

/// The version `pointer` names in the CA set (one `GET /ca-sets/{id}`, §5.3); none is
/// exit 4.
pub async fn version_of_set(c: &Client, set: &Id, pointer: Pointer) -> anyhow::Result<Id> {
    let what = match pointer {
        Pointer::Latest => "latest version",
        Pointer::Staging => "version active on staging",
        Pointer::Production => "version active on production",
    };
    let set_text = set.to_string();
    c.look_up(Lookup {
        request: Request::new(&TRUSTSTORE, Method::GET, format!("/ca-sets/{set}")),
        placeholder: what.to_string(),
        what: format!("the {what} of CA set {set}"),
        pick: Box::new(move |resp| {
            let set: Typed<CaSet> = object(resp, "the CA set")?;
            let n = match pointer {
                Pointer::Latest => set.view.latest_version,
                Pointer::Staging => set.view.staging_version,
                Pointer::Production => set.view.production_version,
            };
            n.ok_or_else(|| {
                error::not_found(
                    format!("CA set {set_text} has no {what}"),
                    vec![format!(
                        "see its versions with: {} truststore get-ca-set-version --id {set_text}",
                        crate::output::program()
                    )],
                )
            })
        }),
    })
    .await
}
