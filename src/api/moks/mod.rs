//! The MOKS API (`/mtls-origin-keystore/v1`): one function per endpoint of the API
//! docs/reference/moks.md §2, and the lookups the commands need (a certificate's id by its name, a
//! version's number by `latest`, `deployed`, `current` or `previous`, the version awaiting a
//! signed certificate), whose rules are in [`select`].
//!
//! Sections (§) are those of docs/reference/moks.md.

pub mod select;

use reqwest::Method;
use serde_json::Value;

use moks_model::moks::{
    AccountCaCertificate, CaStatus, ClientCertificate, ClientCertificateVersion,
    CreateClientCertificate, DeleteScheduled, PatchClientCertificate, UploadSignedCertificate,
    CERTIFICATES, VERSIONS,
};
use moks_model::{ApiEnum, Checked};

use super::{created, document, list, object, Typed};
use crate::client::{Client, Id, Lookup, Request, MOKS};
use select::VersionSpec;

/// `GET /ca-certificates[?status=A,B]` (§3.1); repeated statuses are sent once.
pub async fn list_ca_certificates(
    c: &Client,
    statuses: &[CaStatus],
) -> anyhow::Result<Vec<Typed<AccountCaCertificate>>> {
    let mut names: Vec<&str> = Vec::new();
    for s in statuses {
        if !names.contains(&s.as_str()) {
            names.push(s.as_str());
        }
    }
    let req = Request::new(&MOKS, Method::GET, "/ca-certificates").query_if(
        !names.is_empty(),
        "status",
        names.join(","),
    );
    list(&c.send(req).await?, CERTIFICATES)
}

fn list_client_certificates_request() -> Request {
    Request::new(&MOKS, Method::GET, "/client-certificates")
}

/// `GET /client-certificates` (§3.3)
pub async fn list_client_certificates(c: &Client) -> anyhow::Result<Vec<Typed<ClientCertificate>>> {
    list(
        &c.send(list_client_certificates_request()).await?,
        CERTIFICATES,
    )
}

/// `GET /client-certificates/{id}` (§3.3)
pub async fn get_client_certificate(
    c: &Client,
    id: &Id,
) -> anyhow::Result<Typed<ClientCertificate>> {
    let req = Request::new(&MOKS, Method::GET, format!("/client-certificates/{id}"));
    object(&c.send(req).await?, "the client certificate")
}

/// `POST /client-certificates` (§3.2): the new certificate (version 1 is created with it).
/// `check` shows what exists, for the hint when the answer does not say (see [`created`]).
pub async fn create_client_certificate(
    c: &Client,
    body: &Checked<CreateClientCertificate>,
    check: &str,
) -> anyhow::Result<Typed<ClientCertificate>> {
    let req = Request::new(&MOKS, Method::POST, "/client-certificates").body(body)?;
    created(&c.send(req).await?, "the client certificate", check)
}

/// `PATCH /client-certificates/{id}` (§3.5); its answer is not documented.
pub async fn patch_client_certificate(
    c: &Client,
    id: &Id,
    body: &Checked<PatchClientCertificate>,
) -> anyhow::Result<Option<Value>> {
    let req =
        Request::new(&MOKS, Method::PATCH, format!("/client-certificates/{id}")).body(body)?;
    document(&c.send(req).await?)
}

fn list_versions_request(id: &Id, include_properties: bool) -> Request {
    Request::new(
        &MOKS,
        Method::GET,
        format!("/client-certificates/{id}/versions"),
    )
    .query_if(include_properties, "includeAssociatedProperties", "true")
}

/// `GET /client-certificates/{id}/versions[?includeAssociatedProperties=true]` (§3.7), as
/// the API lists them (aliased duplicates included; see [`select::distinct_versions`]).
pub async fn list_versions(
    c: &Client,
    id: &Id,
    include_properties: bool,
) -> anyhow::Result<Vec<Typed<ClientCertificateVersion>>> {
    list(
        &c.send(list_versions_request(id, include_properties))
            .await?,
        VERSIONS,
    )
}

/// `POST /client-certificates/{id}/versions` (§3.6, no body): the new version. `check` as
/// for [`create_client_certificate`].
pub async fn rotate(
    c: &Client,
    id: &Id,
    check: &str,
) -> anyhow::Result<Typed<ClientCertificateVersion>> {
    let req = Request::new(
        &MOKS,
        Method::POST,
        format!("/client-certificates/{id}/versions"),
    );
    created(
        &c.send(req).await?,
        &format!("a new version of client certificate {id}"),
        check,
    )
}

/// `POST /client-certificates/{id}/versions/{v}/certificate-block[?acknowledgeAllWarnings=true]`
/// (§3.9); its answer is not documented.
pub async fn upload_certificate(
    c: &Client,
    id: &Id,
    version: &Id,
    body: &Checked<UploadSignedCertificate>,
    acknowledge_all_warnings: bool,
) -> anyhow::Result<Option<Value>> {
    let req = Request::new(
        &MOKS,
        Method::POST,
        format!("/client-certificates/{id}/versions/{version}/certificate-block"),
    )
    .query_if(acknowledge_all_warnings, "acknowledgeAllWarnings", "true")
    .body(body)?;
    document(&c.send(req).await?)
}

/// `DELETE /client-certificates/{id}/versions/{v}` (§3.8): 202 with `{message}` (the delete
/// is scheduled), or 204 without a body (`None`).
pub async fn delete_version(
    c: &Client,
    id: &Id,
    version: &Id,
) -> anyhow::Result<Option<Typed<DeleteScheduled>>> {
    let req = Request::new(
        &MOKS,
        Method::DELETE,
        format!("/client-certificates/{id}/versions/{version}"),
    );
    Ok(document(&c.send(req).await?)?.map(Typed::new))
}

/// The id of the client certificate named `name` (one list call; see
/// [`select::certificate_id_by_name`]).
pub async fn certificate_id(c: &Client, name: &str) -> anyhow::Result<Id> {
    c.look_up(Lookup {
        request: list_client_certificates_request(),
        placeholder: format!("id of '{name}'"),
        what: format!("the id of client certificate '{name}'"),
        pick: Box::new(|resp| select::certificate_id_by_name(&list(resp, CERTIFICATES)?, name)),
    })
    .await
}

/// The number `spec` means among the versions of certificate `id`: a number as given, the
/// other forms at the cost of one list call (see [`select::resolve_version`]).
pub async fn version_number(c: &Client, id: &Id, spec: VersionSpec) -> anyhow::Result<Id> {
    if let VersionSpec::Number(n) = spec {
        return Ok(Id::from(n));
    }
    c.look_up(Lookup {
        request: list_versions_request(id, false),
        placeholder: format!("{spec} version"),
        what: format!("version '{spec}' of client certificate {id}"),
        pick: Box::new(move |resp| {
            select::resolve_version(&list(resp, VERSIONS)?, spec, &id.to_string())
        }),
    })
    .await
}

/// The version a signed certificate goes to, `spec` or else the one
/// AWAITING_SIGNED_CERTIFICATE, with its entry as listed (its CSR and key, for the local
/// checks): one list call. A number given is checked against the list. Under `--dry-run`
/// the entry is unknown (`None`) and the number a placeholder unless it was given.
pub async fn upload_target(
    c: &Client,
    id: &Id,
    spec: Option<VersionSpec>,
) -> anyhow::Result<(Id, Option<Typed<ClientCertificateVersion>>)> {
    let mut entry = None;
    let (placeholder, what) = match spec {
        Some(spec) => (
            format!("{spec} version"),
            format!("version '{spec}' of client certificate {id}"),
        ),
        None => (
            "version AWAITING_SIGNED_CERTIFICATE".into(),
            format!("the version of client certificate {id} AWAITING_SIGNED_CERTIFICATE"),
        ),
    };
    let found = c
        .look_up(Lookup {
            request: list_versions_request(id, false),
            placeholder,
            what,
            pick: Box::new(|resp| {
                let versions = list(resp, VERSIONS)?;
                let n = match spec {
                    Some(spec) => select::resolve_version(&versions, spec, &id.to_string())?,
                    None => select::awaiting_version(&versions, &id.to_string())?,
                };
                entry = select::entry_as_sent(&versions, VersionSpec::Number(n), n).cloned();
                Ok(n)
            }),
        })
        .await?;
    Ok(match spec {
        Some(VersionSpec::Number(n)) => (Id::from(n), entry),
        _ => (found, entry),
    })
}

/// The versions of certificate `id` (§3.7), when only to inform the command (which versions
/// a rotation drops): `None` under `--dry-run`, where the list is printed, not sent.
pub async fn peek_versions(
    c: &Client,
    id: &Id,
) -> anyhow::Result<Option<Vec<Typed<ClientCertificateVersion>>>> {
    match c.inform(list_versions_request(id, false)).await? {
        Some(resp) => Ok(Some(list(&resp, VERSIONS)?)),
        None => Ok(None),
    }
}

/// What decides whether a version may go: the list with each record's properties
/// (`includeAssociatedProperties=true`), and the version's number.
pub type DeleteCheck<'a> =
    Box<dyn FnOnce(&[Typed<ClientCertificateVersion>], i64) -> anyhow::Result<()> + 'a>;

/// The number `spec` means among the versions of certificate `id`, listed with their
/// associated properties (one call, even for a number) and passed to `check` first, which
/// may refuse. Under `--dry-run` the list is printed and `check` not called.
pub async fn version_to_delete(
    c: &Client,
    id: &Id,
    spec: VersionSpec,
    check: DeleteCheck<'_>,
) -> anyhow::Result<Id> {
    let placeholder = match spec {
        VersionSpec::Number(n) => format!("version {n}"),
        other => format!("{other} version"),
    };
    c.look_up(Lookup {
        request: list_versions_request(id, true),
        placeholder,
        what: format!("version '{spec}' of client certificate {id}"),
        pick: Box::new(move |resp| {
            let versions = list(resp, VERSIONS)?;
            let n = select::resolve_version(&versions, spec, &id.to_string())?;
            check(&versions, n)?;
            Ok(n)
        }),
    })
    .await
}

/// The one version of certificate `id` AWAITING_SIGNED_CERTIFICATE, where a signed
/// certificate goes when no version is named (one list call; see
/// [`select::awaiting_version`]).
pub async fn awaiting_version(c: &Client, id: &Id) -> anyhow::Result<Id> {
    c.look_up(Lookup {
        request: list_versions_request(id, false),
        placeholder: "version AWAITING_SIGNED_CERTIFICATE".into(),
        what: format!("the version of client certificate {id} AWAITING_SIGNED_CERTIFICATE"),
        pick: Box::new(move |resp| {
            select::awaiting_version(&list(resp, VERSIONS)?, &id.to_string())
        }),
    })
    .await
}
