//! The CA set's own endpoints beyond list and get (§4 rows 1, 4–9, 17–20): create, clone,
//! delete and its status, activities, associations, and the activation requests (make one,
//! list them, read one).
//!
//! The answers a wait polls (deletion status, one activation) come back with their HTTP
//! status and `Retry-After` ([`Polled`]): a 202 there is "in progress", not an error
//! (§5.5, §5.20).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use reqwest::Method;
use serde_json::Value;

use moks_model::truststore::{
    Activate, Activation, AssociationType, CaSet, CreateCaSet, DeletionStatus, ACTIVATIONS,
};
use moks_model::{ApiEnum, Checked};

use crate::api::{created, document, list, object, Typed};
use crate::client::{Client, Id, Request, Response, TRUSTSTORE};

/// An answer a wait polls: the object, and what the server said about the next look.
#[derive(Debug, Clone)]
pub struct Polled<T> {
    pub item: Typed<T>,
    /// `Retry-After` as sent, when there was one.
    pub retry_after: Option<String>,
    /// The answer's `Date`, the reference for a `Retry-After` that is an instant.
    pub date: Option<String>,
}

fn polled<T: serde::de::DeserializeOwned + Default>(
    resp: &Response,
    what: &str,
) -> anyhow::Result<Polled<T>> {
    Ok(Polled {
        item: object(resp, what)?,
        retry_after: resp.header("retry-after"),
        date: resp.header("date"),
    })
}

/// `POST /ca-sets` (§5.1).
pub async fn create_ca_set(
    c: &Client,
    body: &Checked<CreateCaSet>,
    check: &str,
) -> anyhow::Result<Typed<CaSet>> {
    let req = Request::new(&TRUSTSTORE, Method::POST, "/ca-sets").body(body)?;
    created(&c.send(req).await?, "the CA set", check)
}

/// `POST /ca-sets/{id}/clone[?cloneFromVersion=N]` (§5.6): without a version the API copies
/// the latest.
pub async fn clone_ca_set(
    c: &Client,
    id: &Id,
    from_version: Option<i64>,
    body: &Checked<CreateCaSet>,
    check: &str,
) -> anyhow::Result<Typed<CaSet>> {
    let req = Request::new(&TRUSTSTORE, Method::POST, format!("/ca-sets/{id}/clone"))
        .query_if(
            from_version.is_some(),
            "cloneFromVersion",
            from_version.unwrap_or_default().to_string(),
        )
        .body(body)?;
    created(&c.send(req).await?, "the CA set", check)
}

/// `DELETE /ca-sets/{id}` (§5.4): 202 and no body; the deletion runs per network.
pub async fn delete_ca_set(c: &Client, id: &Id) -> anyhow::Result<Option<Value>> {
    let req = Request::new(&TRUSTSTORE, Method::DELETE, format!("/ca-sets/{id}"));
    document(&c.send(req).await?)
}

/// `GET /ca-sets/{id}/status/delete` (§5.5): 200 when done, 202 (or 207) while in progress.
pub async fn deletion_status(c: &Client, id: &Id) -> anyhow::Result<Polled<DeletionStatus>> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::GET,
        format!("/ca-sets/{id}/status/delete"),
    );
    polled(&c.send(req).await?, "the deletion status")
}

/// `GET /ca-sets/{id}/activities[?start&end]` (§5.7): the whole answer (the activities
/// are its `activities`).
pub async fn activities(
    c: &Client,
    id: &Id,
    start: Option<&str>,
    end: Option<&str>,
) -> anyhow::Result<Value> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::GET,
        format!("/ca-sets/{id}/activities"),
    )
    .query_if(start.is_some(), "start", start.unwrap_or_default())
    .query_if(end.is_some(), "end", end.unwrap_or_default());
    let resp = c.send(req).await?;
    Ok(Value::Object(resp.object("the CA set's activities")?))
}

/// `GET /ca-sets/{id}/associations[?associationType=…]` (§5.8): the whole answer.
pub async fn associations(
    c: &Client,
    id: &Id,
    kind: Option<AssociationType>,
) -> anyhow::Result<Value> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::GET,
        format!("/ca-sets/{id}/associations"),
    )
    .query_if(
        kind.is_some(),
        "associationType",
        kind.as_ref().map(ApiEnum::as_str).unwrap_or_default(),
    );
    let resp = c.send(req).await?;
    Ok(Value::Object(resp.object("the CA set's associations")?))
}

fn set_activations_request(id: &Id) -> Request {
    Request::new(
        &TRUSTSTORE,
        Method::GET,
        format!("/ca-sets/{id}/activations"),
    )
}

/// `GET /ca-sets/{id}/activations` (§5.9): every request of the set, newest first.
pub async fn set_activations(c: &Client, id: &Id) -> anyhow::Result<Vec<Typed<Activation>>> {
    list(&c.send(set_activations_request(id)).await?, ACTIVATIONS)
}

/// The same list, as a read that only informs the command: `None` under `--dry-run`
/// (printed, not sent), so that the request the command makes next is printed too.
pub async fn set_activations_informing(
    c: &Client,
    id: &Id,
) -> anyhow::Result<Option<Vec<Typed<Activation>>>> {
    match c.inform(set_activations_request(id)).await? {
        Some(resp) => list(&resp, ACTIVATIONS).map(Some),
        None => Ok(None),
    }
}

/// `GET /ca-sets/{id}` as a read that only informs the command (see
/// [`set_activations_informing`]).
pub async fn ca_set_informing(c: &Client, id: &Id) -> anyhow::Result<Option<Typed<CaSet>>> {
    let req = Request::new(&TRUSTSTORE, Method::GET, format!("/ca-sets/{id}"));
    match c.inform(req).await? {
        Some(resp) => object(&resp, "the CA set").map(Some),
        None => Ok(None),
    }
}

/// `GET /ca-sets/{id}/versions/{v}/activations` (§5.19).
pub async fn version_activations(
    c: &Client,
    id: &Id,
    version: &Id,
) -> anyhow::Result<Vec<Typed<Activation>>> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::GET,
        format!("/ca-sets/{id}/versions/{version}/activations"),
    );
    list(&c.send(req).await?, ACTIVATIONS)
}

/// `GET /ca-sets/{id}/versions/{v}/activations/{activationId}` (§5.20): 200 when COMPLETE
/// or FAILED, 202 with `Retry-After` while IN_PROGRESS.
pub async fn activation(
    c: &Client,
    id: &Id,
    version: &Id,
    activation_id: i64,
) -> anyhow::Result<Polled<Activation>> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::GET,
        format!("/ca-sets/{id}/versions/{version}/activations/{activation_id}"),
    );
    polled(&c.send(req).await?, "the activation")
}

/// Which request: an activation or a deactivation (§5.17, §5.18).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Activate,
    Deactivate,
}

impl Kind {
    fn path(self) -> &'static str {
        match self {
            Kind::Activate => "activate",
            Kind::Deactivate => "deactivate",
        }
    }
}

/// `POST /ca-sets/{id}/versions/{v}/activate` or `/deactivate` (§5.17, §5.18): 202 and
/// the request, IN_PROGRESS. Never retried but after a 429 (the client's rule).
pub async fn request_activation(
    c: &Client,
    kind: Kind,
    id: &Id,
    version: &Id,
    body: &Activate,
) -> anyhow::Result<Polled<Activation>> {
    let req = Request::new(
        &TRUSTSTORE,
        Method::POST,
        format!("/ca-sets/{id}/versions/{version}/{}", kind.path()),
    )
    .body(body)?;
    polled(&c.send(req).await?, "the activation request")
}
