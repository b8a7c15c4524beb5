//! The MOKS API: one function per endpoint, returning the API's own JSON (so unknown fields
//! survive to `--json`), plus the resolution of names and versions in [`select`].
//!
//! Paths are relative to [`crate::client::BASE_PATH`]. Under `--dry-run` every function
//! returns `Ok(None)`: nothing was sent. No printing and no clap here.

pub mod select;

use reqwest::Method;
use serde_json::Value;

use crate::client::{Client, Response};

/// A certificate id, or (under `--dry-run`) a placeholder for one that would be looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Id {
    Known(i64),
    Unresolved(String),
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Id::Known(n) => write!(f, "{n}"),
            Id::Unresolved(what) => write!(f, "{{{what}}}"),
        }
    }
}

/// `GET /ca-certificates[?status=A,B]`
pub async fn list_ca_certificates(
    c: &Client,
    statuses: &[String],
) -> anyhow::Result<Option<Response>> {
    let query = if statuses.is_empty() {
        vec![]
    } else {
        vec![("status", statuses.join(","))]
    };
    c.send(Method::GET, "/ca-certificates", &query, None).await
}

/// `GET /client-certificates`
pub async fn list_client_certificates(c: &Client) -> anyhow::Result<Option<Response>> {
    c.send(Method::GET, "/client-certificates", &[], None).await
}

/// `GET /client-certificates/{id}`
pub async fn get_client_certificate(c: &Client, id: &Id) -> anyhow::Result<Option<Response>> {
    c.send(
        Method::GET,
        &format!("/client-certificates/{id}"),
        &[],
        None,
    )
    .await
}

/// `POST /client-certificates`
pub async fn create_client_certificate(
    c: &Client,
    body: &Value,
) -> anyhow::Result<Option<Response>> {
    c.send(Method::POST, "/client-certificates", &[], Some(body))
        .await
}

/// `PATCH /client-certificates/{id}`
pub async fn patch_client_certificate(
    c: &Client,
    id: &Id,
    body: &Value,
) -> anyhow::Result<Option<Response>> {
    c.send(
        Method::PATCH,
        &format!("/client-certificates/{id}"),
        &[],
        Some(body),
    )
    .await
}

/// `GET /client-certificates/{id}/versions[?includeAssociatedProperties=true]`
pub async fn list_versions(
    c: &Client,
    id: &Id,
    include_properties: bool,
) -> anyhow::Result<Option<Response>> {
    let query = if include_properties {
        vec![("includeAssociatedProperties", "true".to_string())]
    } else {
        vec![]
    };
    c.send(
        Method::GET,
        &format!("/client-certificates/{id}/versions"),
        &query,
        None,
    )
    .await
}

/// `POST /client-certificates/{id}/versions` (rotate; no body)
pub async fn rotate(c: &Client, id: &Id) -> anyhow::Result<Option<Response>> {
    c.send(
        Method::POST,
        &format!("/client-certificates/{id}/versions"),
        &[],
        None,
    )
    .await
}

/// `POST /client-certificates/{id}/versions/{v}/certificate-block[?acknowledgeAllWarnings=true]`
pub async fn upload_certificate(
    c: &Client,
    id: &Id,
    version: &Id,
    body: &Value,
    acknowledge_all_warnings: bool,
) -> anyhow::Result<Option<Response>> {
    let query = if acknowledge_all_warnings {
        vec![("acknowledgeAllWarnings", "true".to_string())]
    } else {
        vec![]
    };
    c.send(
        Method::POST,
        &format!("/client-certificates/{id}/versions/{version}/certificate-block"),
        &query,
        Some(body),
    )
    .await
}

/// `DELETE /client-certificates/{id}/versions/{v}`
pub async fn delete_version(c: &Client, id: &Id, version: &Id) -> anyhow::Result<Option<Response>> {
    c.send(
        Method::DELETE,
        &format!("/client-certificates/{id}/versions/{version}"),
        &[],
        None,
    )
    .await
}

/// The array under `key` of a list answer (`certificates`, `versions`). A missing or null
/// key is an empty list; no body, a body that is not JSON, or any other shape is the API
/// failing (exit 5), named with an escaped excerpt of what came back.
pub fn list_of(resp: &Response, key: &str) -> anyhow::Result<Vec<Value>> {
    let shape = format!("an object with a '{key}' list");
    match resp.object(&shape)?.remove(key) {
        Some(Value::Array(items)) => Ok(items),
        None | Some(Value::Null) => Ok(vec![]),
        Some(other) => Err(crate::error::bad_answer(format!(
            "the API answered {} with a '{key}' that is not a list: {}",
            resp.status_text(),
            crate::error::excerpt(&other.to_string(), 120)
        ))),
    }
}
