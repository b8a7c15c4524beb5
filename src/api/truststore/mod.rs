//! The Edge Truststore API (`/mtls-edge-truststore/v2`): one function per endpoint of the
//! docs/reference/truststore.md §4–§5, and the lookup the commands need (a CA set's id
//! by its name: `select.rs`).
//!
//! Files: this one holds the CA-set-level endpoints shared by every command (list, get, the
//! name lookup); `sets.rs` the rest of the set's own (create, clone, delete, deletion
//! status, activities, associations, activations), `versions.rs` the versions',
//! certificates' and validation's.
//!
//! Sections (§) are those of docs/reference/truststore.md.

mod select;
pub mod sets;
pub mod versions;

pub use select::{ca_set_id, ca_set_id_among};

use reqwest::Method;

use moks_model::truststore::{CaSet, CaSetStatus, CA_SETS};
use moks_model::ApiEnum;

use super::{list, object, Typed};
use crate::client::{Client, Id, Request, TRUSTSTORE};

/// What `GET /ca-sets` filters on (§5.2); empty means no filter.
#[derive(Debug, Clone, Default)]
pub struct CaSetFilter {
    pub name_prefix: Option<String>,
    /// As the API takes it: `STAGING`, `STAGING+PRODUCTION`, `STAGING,PRODUCTION`, …
    pub activated_on: Option<String>,
    pub statuses: Vec<CaSetStatus>,
}

pub(super) fn list_ca_sets_request(filter: &CaSetFilter) -> Request {
    let statuses: Vec<&str> = filter.statuses.iter().map(ApiEnum::as_str).collect();
    Request::new(&TRUSTSTORE, Method::GET, "/ca-sets")
        .query_if(
            filter.name_prefix.is_some(),
            "caSetNamePrefix",
            filter.name_prefix.clone().unwrap_or_default(),
        )
        .query_if(
            filter.activated_on.is_some(),
            "activatedOn",
            filter.activated_on.clone().unwrap_or_default(),
        )
        .query_if(!statuses.is_empty(), "caSetStatus", statuses.join(","))
}

/// `GET /ca-sets` (§5.2).
pub async fn list_ca_sets(c: &Client, filter: &CaSetFilter) -> anyhow::Result<Vec<Typed<CaSet>>> {
    list(&c.send(list_ca_sets_request(filter)).await?, CA_SETS)
}

/// `GET /ca-sets/{caSetId}` (§5.3).
pub async fn get_ca_set(c: &Client, id: &Id) -> anyhow::Result<Typed<CaSet>> {
    let req = Request::new(&TRUSTSTORE, Method::GET, format!("/ca-sets/{id}"));
    object(&c.send(req).await?, "the CA set")
}
