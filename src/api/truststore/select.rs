//! A CA set chosen by name: its id, from the list of CA sets ("List CA sets" with
//! `caSetNamePrefix` and `caSetStatus`), as Terraform and the PowerShell module look a set up,
//! and as the MOKS commands choose a certificate by name (`api/moks/select.rs`).
//!
//! Rules:
//! - one list call with the name as prefix among the statuses wanted, then an exact match;
//! - no exact match: one more list call without the prefix (the API's prefix is matched with
//!   case), then a unique case-insensitive match; none is "not found" (exit 4) with the
//!   closest names; several are listed (exit 4), asking for the exact name or the id;
//! - among the matches a set not DELETED is chosen first (a deleted set keeps its name, which
//!   a new set may take); two or more left ask for the id.

use moks_model::truststore::{CaSet, CaSetStatus, CA_SETS};
use moks_model::ApiEnum;

use super::{list, list_ca_sets_request, CaSetFilter};
use crate::api::moks::select::closest_names;
use crate::api::Typed;
use crate::client::{Client, Id, Lookup};
use crate::error::{self, Failure, Kind};

/// The id of the CA set named `name` among those not deleted.
pub async fn ca_set_id(c: &Client, name: &str) -> anyhow::Result<Id> {
    ca_set_id_among(c, name, vec![CaSetStatus::NotDeleted]).await
}

/// The id of the CA set named `name` among the sets in `statuses` (see the module rules).
pub async fn ca_set_id_among(
    c: &Client,
    name: &str,
    statuses: Vec<CaSetStatus>,
) -> anyhow::Result<Id> {
    match look_up(c, name, statuses.clone(), false).await {
        Err(e) if Failure::is(&e, Kind::NotFound) => look_up(c, name, statuses, true).await,
        other => other,
    }
}

/// One list call and the pick: by the name as prefix and exactly, or (`ignore_case`) among
/// all the sets of `statuses`.
async fn look_up(
    c: &Client,
    name: &str,
    statuses: Vec<CaSetStatus>,
    ignore_case: bool,
) -> anyhow::Result<Id> {
    let filter = CaSetFilter {
        name_prefix: (!ignore_case).then(|| name.to_string()),
        activated_on: None,
        statuses: statuses.clone(),
    };
    c.look_up(Lookup {
        request: list_ca_sets_request(&filter),
        placeholder: format!("id of '{name}'"),
        what: format!("the id of CA set '{name}'"),
        pick: Box::new(move |resp| {
            let sets: Vec<Typed<CaSet>> = list(resp, CA_SETS)?;
            pick(&sets, name, &statuses, ignore_case)
        }),
    })
    .await
}

/// The words for the sets looked among: "not deleted", "deleted ones included".
fn among(statuses: &[CaSetStatus]) -> &'static str {
    if statuses.contains(&CaSetStatus::Deleted) {
        "deleted ones included"
    } else if statuses.contains(&CaSetStatus::Deleting) {
        "among those not deleted or being deleted"
    } else {
        "among those not deleted"
    }
}

/// The set's id as the API wrote it (a string of digits), read by the rule of a typed one.
fn id_of(s: &CaSet) -> Option<i64> {
    let id: moks_model::truststore::CaSetId = s.ca_set_id.as_deref()?.parse().ok()?;
    Some(id.get())
}

/// The id of the one set of `sets` named `name` (with case, or not) whose status is one of
/// `statuses`, a set not DELETED first.
fn pick(
    sets: &[Typed<CaSet>],
    name: &str,
    statuses: &[CaSetStatus],
    ignore_case: bool,
) -> anyhow::Result<i64> {
    let wanted = name.to_lowercase();
    let named = |s: &&CaSet| {
        s.ca_set_name
            .as_deref()
            .is_some_and(|n| n == name || (ignore_case && n.to_lowercase() == wanted))
    };
    let status_ok = |s: &&CaSet| {
        s.ca_set_status
            .as_ref()
            .is_none_or(|st| statuses.contains(st))
    };
    let all: Vec<&CaSet> = sets.iter().map(|s| &s.view).filter(status_ok).collect();
    let matches: Vec<&CaSet> = all.iter().copied().filter(named).collect();
    let live: Vec<&CaSet> = matches
        .iter()
        .copied()
        .filter(|s| s.ca_set_status.as_ref() != Some(&CaSetStatus::Deleted))
        .collect();
    let chosen = if live.is_empty() { matches } else { live };
    let program = crate::output::program();
    match chosen[..] {
        [one] => id_of(one).ok_or_else(|| {
            crate::error::bad_answer(format!(
                "the API listed CA set '{}' without a numeric caSetId",
                crate::error::printable(name)
            ))
        }),
        [] => {
            let close = closest_names(all.iter().filter_map(|s| s.ca_set_name.as_deref()), name);
            let hints = if close.is_empty() {
                vec![format!("list them with: {program} truststore get-ca-set")]
            } else {
                vec![format!("closest names: {}", close.join(", "))]
            };
            Err(error::not_found(
                format!("no CA set is named '{name}' ({})", among(statuses)),
                hints,
            ))
        }
        ref many => {
            let list: Vec<String> = many
                .iter()
                .map(|s| {
                    let status = s.ca_set_status.as_ref().map_or("", |st| st.as_str());
                    format!(
                        "'{}' (id {}, {status})",
                        s.ca_set_name.as_deref().unwrap_or(""),
                        id_of(s).map(|i| i.to_string()).unwrap_or_default()
                    )
                })
                .collect();
            // Exit 4 like "not found": the name did not resolve, and a request was sent (exit
            // 2 promises that nothing was).
            Err(error::not_found(
                format!(
                    "name '{name}' matches {} CA sets: {}; give the exact name or --id",
                    many.len(),
                    list.join(", ")
                ),
                vec![],
            ))
        }
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

    const LIVE: &[CaSetStatus] = &[CaSetStatus::NotDeleted];
    const ANY: &[CaSetStatus] = &[
        CaSetStatus::NotDeleted,
        CaSetStatus::Deleting,
        CaSetStatus::Deleted,
    ];

    #[test]
    fn a_name_is_matched_exactly_then_ignoring_case_a_live_set_first() {
        let s = sets(json!([
            {"caSetId": "1", "caSetName": "edge", "caSetStatus": "DELETED"},
            {"caSetId": "2", "caSetName": "edge-2", "caSetStatus": "NOT_DELETED"},
            {"caSetId": "3", "caSetName": "edge", "caSetStatus": "NOT_DELETED"},
            {"caSetId": "4", "caSetName": "gone", "caSetStatus": "DELETED"},
        ]));
        assert_eq!(pick(&s, "edge", LIVE, false).unwrap(), 3);
        assert_eq!(pick(&s, "edge", ANY, false).unwrap(), 3);
        assert!(pick(&s, "Edge", LIVE, false).is_err());
        assert_eq!(pick(&s, "EDGE", LIVE, true).unwrap(), 3);
        assert!(pick(&s, "edg", LIVE, true).is_err());
        assert!(pick(&s, "gone", LIVE, false).is_err());
        assert_eq!(pick(&s, "gone", ANY, false).unwrap(), 4);
        let e = pick(&s, "edgy", LIVE, true).unwrap_err();
        let nf = e.downcast_ref::<Failure>().unwrap();
        assert_eq!(
            nf.message,
            "no CA set is named 'edgy' (among those not deleted)"
        );
        assert_eq!(nf.hints, ["closest names: edge"]);
    }
}
