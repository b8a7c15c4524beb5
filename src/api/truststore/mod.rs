//! The Edge Truststore API (`/mtls-edge-truststore/v2`): one function per endpoint of the
//! reference's §4–§5 (`truststore-api.md`), and the lookup the commands need (a CA set's id
//! by its exact name, among the sets not deleted: §5.2 "Name lookups").
//!
//! Files: this one holds the CA-set-level endpoints shared by every command (list, get, the
//! name lookup); `sets.rs` the rest of the set's own (create, clone, delete, deletion
//! status, activities, associations, activations), `versions.rs` the versions',
//! certificates' and validation's.

pub mod sets;
pub mod versions;

use reqwest::Method;

use moks_model::truststore::{CaSet, CaSetStatus, CA_SETS};
use moks_model::ApiEnum;

use super::{list, object, Typed};
use crate::client::{Client, Id, Lookup, Request};
use crate::error::NotFound;

/// What `GET /ca-sets` filters on (§5.2); empty means no filter.
#[derive(Debug, Clone, Default)]
pub struct CaSetFilter {
    pub name_prefix: Option<String>,
    /// As the API takes it: `STAGING`, `STAGING+PRODUCTION`, `STAGING,PRODUCTION`, …
    pub activated_on: Option<String>,
    pub statuses: Vec<CaSetStatus>,
}

fn list_ca_sets_request(filter: &CaSetFilter) -> Request {
    let statuses: Vec<&str> = filter.statuses.iter().map(ApiEnum::as_str).collect();
    Request::truststore(Method::GET, "/ca-sets")
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
    let req = Request::truststore(Method::GET, format!("/ca-sets/{id}"));
    object(&c.send(req).await?, "the CA set")
}

/// The id of the CA set named exactly `name` among those not deleted (one list call: the
/// name as prefix, `caSetStatus=NOT_DELETED`, then an exact match, as Terraform and the
/// PowerShell module do, §5.2). None is exit 4 naming the name; several (the API should not
/// allow it) are refused, asking for the id.
pub async fn ca_set_id(c: &Client, name: &str) -> anyhow::Result<Id> {
    ca_set_id_among(c, name, vec![CaSetStatus::NotDeleted]).await
}

/// The same lookup among the sets in `statuses` (a deletion's status is asked of a set
/// that is DELETING, which is no longer NOT_DELETED, §5.4).
pub async fn ca_set_id_among(
    c: &Client,
    name: &str,
    statuses: Vec<CaSetStatus>,
) -> anyhow::Result<Id> {
    let filter = CaSetFilter {
        name_prefix: Some(name.to_string()),
        activated_on: None,
        statuses,
    };
    c.look_up(Lookup {
        request: list_ca_sets_request(&filter),
        placeholder: format!("id of '{name}'"),
        what: format!("the id of CA set '{name}'"),
        pick: Box::new(|resp| {
            let sets: Vec<Typed<CaSet>> = list(resp, CA_SETS)?;
            pick_by_name(&sets, name)
        }),
    })
    .await
}

/// The id of the one set named `name` that is not deleted.
fn pick_by_name(sets: &[Typed<CaSet>], name: &str) -> anyhow::Result<i64> {
    let live: Vec<&CaSet> = sets
        .iter()
        .map(|s| &s.view)
        .filter(|s| s.ca_set_name.as_deref() == Some(name))
        .filter(|s| {
            s.ca_set_status
                .as_ref()
                .is_none_or(|st| *st != CaSetStatus::Deleted)
        })
        .collect();
    let ids: Vec<i64> = live
        .iter()
        .filter_map(|s| s.ca_set_id.as_deref()?.parse().ok())
        .collect();
    match ids[..] {
        [id] => Ok(id),
        [] => Err(NotFound {
            message: format!("no CA set is named '{name}' (among those not deleted)"),
            hints: vec![format!(
                "list them with: {} truststore get-ca-set",
                crate::output::program()
            )],
        }
        .into()),
        _ => Err(crate::error::usage(format!(
            "{} CA sets are named '{name}'; give one by --id ({})",
            ids.len(),
            ids.iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sets(v: serde_json::Value) -> Vec<Typed<CaSet>> {
        v.as_array()
            .unwrap()
            .iter()
            .cloned()
            .map(Typed::new)
            .collect()
    }

    #[test]
    fn a_name_is_matched_exactly_among_sets_not_deleted() {
        let s = sets(json!([
            {"caSetId": "1", "caSetName": "edge", "caSetStatus": "DELETED"},
            {"caSetId": "2", "caSetName": "edge-2", "caSetStatus": "NOT_DELETED"},
            {"caSetId": "3", "caSetName": "edge", "caSetStatus": "NOT_DELETED"},
        ]));
        assert_eq!(pick_by_name(&s, "edge").unwrap(), 3);
        assert!(pick_by_name(&s, "Edge").is_err());
        assert!(pick_by_name(&s, "edg").is_err());
    }
}
