//! Which certificate and which version a command means: pure functions over the MOKS
//! lists' typed views.
//!
//! Rules:
//! - a name matches exactly, else case-insensitively when that match is unique; no match is
//!   "not found" (exit 4) with the closest names; several case-insensitive matches list them;
//! - `latest` is the highest version number of any entry; `deployed` the highest DEPLOYED
//!   one; `current` / `previous` the entry carrying that `versionAlias`;
//! - entries with a `versionAlias` are either the version's own record (AKAMAI) or a separate
//!   alias record with its own `versionGuid` (THIRD_PARTY, per Akamai's guide); a table lists
//!   every record ([`table_order`]) so an alias label is never shown with another record's
//!   GUID; [`distinct_versions`] folds them where versions are counted (hints);
//! - `complete-version` without `--version` takes the one version AWAITING_SIGNED_CERTIFICATE
//!   ([`awaiting_version`]); none or several is an error naming what is there.

use moks_model::moks::{ClientCertificate, ClientCertificateVersion, VersionStatus};
use moks_model::ApiEnum;
use serde_json::Value;

use crate::api::Typed;
use crate::error;

type Certificate = Typed<ClientCertificate>;
type Version = Typed<ClientCertificateVersion>;

/// Names, statuses and aliases in these messages come from the API: escaped for the terminal.
fn not_found(message: String, hints: Vec<String>) -> anyhow::Error {
    error::not_found(
        crate::error::printable(&message),
        hints.iter().map(|h| crate::error::printable(h)).collect(),
    )
}

fn name_of(c: &Certificate) -> Option<&str> {
    c.view.certificate_name.as_deref()
}

fn id_of(c: &Certificate) -> Option<i64> {
    c.view.certificate_id
}

/// Up to three names closest to `wanted` (substring matches first, then small edit distance).
pub fn closest_names<'a>(names: impl Iterator<Item = &'a str>, wanted: &str) -> Vec<String> {
    let w = wanted.to_lowercase();
    let mut scored: Vec<(usize, &str)> = names
        .filter_map(|n| {
            let l = n.to_lowercase();
            let d = strsim::levenshtein(&l, &w);
            let limit = (w.chars().count() / 3).max(2);
            if l.contains(&w) || w.contains(&l) {
                Some((0, n))
            } else if d <= limit {
                Some((d, n))
            } else {
                None
            }
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, n)| n.to_string())
        .collect()
}

/// Resolves a certificate name to its id from the `certificates` list.
pub fn certificate_id_by_name(certs: &[Certificate], wanted: &str) -> anyhow::Result<i64> {
    let exact: Vec<&Certificate> = certs
        .iter()
        .filter(|c| name_of(c) == Some(wanted))
        .collect();
    let candidates = if exact.is_empty() {
        certs
            .iter()
            .filter(|c| name_of(c).is_some_and(|n| n.to_lowercase() == wanted.to_lowercase()))
            .collect()
    } else {
        exact
    };
    match candidates.as_slice() {
        [one] => id_of(one).ok_or_else(|| {
            crate::error::bad_answer(format!(
                "the API listed client certificate '{}' without a numeric certificateId",
                crate::error::printable(wanted)
            ))
        }),
        [] => {
            let close = closest_names(certs.iter().filter_map(name_of), wanted);
            let hints = if close.is_empty() {
                vec![format!(
                    "list the certificates with: {} get-client-cert",
                    crate::output::program()
                )]
            } else {
                vec![format!("closest names: {}", close.join(", "))]
            };
            Err(not_found(
                format!("client certificate '{wanted}' not found"),
                hints,
            ))
        }
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|c| {
                    format!(
                        "'{}' (id {})",
                        name_of(c).unwrap_or(""),
                        id_of(c).map(|i| i.to_string()).unwrap_or_default()
                    )
                })
                .collect();
            // Exit 4 like "not found": the name did not resolve, and a request was sent (exit 2
            // promises that nothing was).
            Err(not_found(
                format!(
                    "name '{wanted}' matches {} certificates when case is ignored: {}; give the exact name or --id",
                    many.len(),
                    list.join(", ")
                ),
                vec![],
            ))
        }
    }
}

/// What `--version` asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionSpec {
    Number(i64),
    Latest,
    Deployed,
    Current,
    Previous,
}

impl std::str::FromStr for VersionSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        match t.to_ascii_lowercase().as_str() {
            "latest" => Ok(VersionSpec::Latest),
            "deployed" => Ok(VersionSpec::Deployed),
            "current" => Ok(VersionSpec::Current),
            "previous" => Ok(VersionSpec::Previous),
            _ => match t.parse::<i64>() {
                Ok(n) if n >= 1 => Ok(VersionSpec::Number(n)),
                _ => Err(
                    "expected a version number (1 or more), latest, deployed, current or previous"
                        .into(),
                ),
            },
        }
    }
}

impl std::fmt::Display for VersionSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VersionSpec::Number(n) => write!(f, "{n}"),
            VersionSpec::Latest => f.write_str("latest"),
            VersionSpec::Deployed => f.write_str("deployed"),
            VersionSpec::Current => f.write_str("current"),
            VersionSpec::Previous => f.write_str("previous"),
        }
    }
}

pub fn version_of(v: &Version) -> Option<i64> {
    v.view.version
}

/// The entry's alias; an empty one is none.
pub fn alias_of(v: &Version) -> Option<&str> {
    v.view
        .version_alias
        .as_ref()
        .map(ApiEnum::as_str)
        .filter(|a| !a.is_empty())
}

fn status_of(v: &Version) -> Option<&str> {
    v.view.status.as_ref().map(ApiEnum::as_str)
}

/// One entry per version number, newest first: the plain (unaliased) entry where there is
/// one, with the alias of its duplicate (if any) put in `versionAlias`.
pub fn distinct_versions(versions: &[Version]) -> Vec<Version> {
    let mut numbers: Vec<i64> = versions.iter().filter_map(version_of).collect();
    numbers.sort_unstable_by(|a, b| b.cmp(a));
    numbers.dedup();
    numbers
        .into_iter()
        .map(|n| {
            let same: Vec<&Version> = versions
                .iter()
                .filter(|v| version_of(v) == Some(n))
                .collect();
            let alias = same.iter().find_map(|v| {
                v.view
                    .version_alias
                    .clone()
                    .filter(|a| !a.as_str().is_empty())
            });
            let mut entry = same
                .iter()
                .find(|v| alias_of(v).is_none())
                .copied()
                .unwrap_or(same[0])
                .clone();
            if let (Some(a), Some(obj)) = (alias, entry.json.as_object_mut()) {
                obj.insert("versionAlias".into(), Value::String(a.as_str().to_string()));
                entry.view.version_alias = Some(a);
            }
            entry
        })
        .collect()
}

/// Every entry, for a table: newest version first, an alias record (CURRENT before PREVIOUS)
/// before the numbered record of the same version.
pub fn table_order(versions: &[Version]) -> Vec<Version> {
    let mut out: Vec<Version> = versions.to_vec();
    let rank = |v: &Version| match alias_of(v) {
        Some(a) if a.eq_ignore_ascii_case("CURRENT") => 0,
        Some(_) => 1,
        None => 2,
    };
    out.sort_by_key(|v| (std::cmp::Reverse(version_of(v)), rank(v)));
    out
}

/// Whether these versions are Akamai-signed (`Some(true)`), THIRD_PARTY (`Some(false)`) or
/// cannot tell (`None`: no version signed yet). Akamai's reference: only a THIRD_PARTY
/// version carries a `csrBlock`; an Akamai-signed one is signed at once, with a
/// `certificateBlock` and no CSR.
pub fn signed_by_akamai(versions: &[Version]) -> Option<bool> {
    if versions.iter().any(|v| v.view.csr_block.is_some()) {
        Some(false)
    } else if versions.iter().any(|v| v.view.certificate_block.is_some()) {
        Some(true)
    } else {
        None
    }
}

/// The version a signed certificate is uploaded to when none is named: the one version
/// AWAITING_SIGNED_CERTIFICATE.
pub fn awaiting_version(versions: &[Version], certificate: &str) -> anyhow::Result<i64> {
    let distinct = distinct_versions(versions);
    let awaiting: Vec<i64> = distinct
        .iter()
        .filter(|v| v.view.status == Some(VersionStatus::AwaitingSignedCertificate))
        .filter_map(version_of)
        .collect();
    match awaiting.as_slice() {
        [one] => Ok(*one),
        [] => {
            let have: Vec<String> = distinct
                .iter()
                .map(|v| {
                    format!(
                        "{} ({})",
                        version_of(v).unwrap_or_default(),
                        status_of(v).unwrap_or("?")
                    )
                })
                .collect();
            let mut hints = Vec::new();
            if !have.is_empty() {
                hints.push(format!("versions there: {}", have.join(", ")));
            }
            hints.push(match signed_by_akamai(versions) {
                // Rotating an Akamai-signed certificate deploys a new version at once and drops
                // the oldest: never the way to a CSR.
                Some(true) => format!(
                    "client certificate {certificate} is signed by Akamai: its versions have no \
                     CSR and take no upload (Akamai signs and deploys each new version itself)"
                ),
                _ => format!(
                    "a new version to sign comes from: {} rotate --id {certificate}; or name one \
                     with --version",
                    crate::output::program()
                ),
            });
            Err(not_found(
                format!(
                    "client certificate {certificate} has no version AWAITING_SIGNED_CERTIFICATE"
                ),
                hints,
            ))
        }
        many => {
            let list: Vec<String> = many.iter().map(i64::to_string).collect();
            Err(not_found(
                format!(
                    "client certificate {certificate} has {} versions AWAITING_SIGNED_CERTIFICATE: {}",
                    many.len(),
                    list.join(", ")
                ),
                vec!["say which with --version N".to_string()],
            ))
        }
    }
}

/// The API's own entry for version `n` as `spec` reached it: the entry carrying the alias
/// for `current`/`previous`, else the plain one (or, failing that, any with that number).
pub fn entry_as_sent(versions: &[Version], spec: VersionSpec, n: i64) -> Option<&Version> {
    let same = || versions.iter().filter(move |v| version_of(v) == Some(n));
    let wanted_alias = match spec {
        VersionSpec::Current => Some("CURRENT"),
        VersionSpec::Previous => Some("PREVIOUS"),
        _ => None,
    };
    let found = match wanted_alias {
        Some(a) => same().find(|v| alias_of(v).is_some_and(|x| x.eq_ignore_ascii_case(a))),
        None => same().find(|v| alias_of(v).is_none()),
    };
    found.or_else(|| same().next())
}

/// The version number `spec` means in this list.
pub fn resolve_version(
    versions: &[Version],
    spec: VersionSpec,
    certificate: &str,
) -> anyhow::Result<i64> {
    let numbers = || versions.iter().filter_map(version_of);
    let found = match spec {
        VersionSpec::Number(n) => numbers().find(|v| *v == n),
        VersionSpec::Latest => numbers().max(),
        VersionSpec::Deployed => versions
            .iter()
            .filter(|v| v.view.status == Some(VersionStatus::Deployed))
            .filter_map(version_of)
            .max(),
        VersionSpec::Current | VersionSpec::Previous => {
            let want = if spec == VersionSpec::Current {
                "CURRENT"
            } else {
                "PREVIOUS"
            };
            versions
                .iter()
                .find(|v| alias_of(v).is_some_and(|a| a.eq_ignore_ascii_case(want)))
                .and_then(version_of)
        }
    };
    found.ok_or_else(|| {
        let have: Vec<String> = distinct_versions(versions)
            .iter()
            .map(|v| {
                format!(
                    "{} ({}{})",
                    version_of(v).unwrap_or_default(),
                    status_of(v).unwrap_or("?"),
                    alias_of(v).map(|a| format!(", {a}")).unwrap_or_default()
                )
            })
            .collect();
        let what = match spec {
            VersionSpec::Number(n) => format!("version {n}"),
            VersionSpec::Latest => "versions".into(),
            VersionSpec::Deployed => "deployed version".into(),
            VersionSpec::Current => "CURRENT version".into(),
            VersionSpec::Previous => "PREVIOUS version".into(),
        };
        let hints = if have.is_empty() {
            vec![]
        } else {
            vec![format!("versions there: {}", have.join(", "))]
        };
        not_found(
            format!("client certificate {certificate} has no {what}"),
            hints,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_version_that_is_not_there_is_said_in_plain_words() {
        let versions: Vec<Typed<ClientCertificateVersion>> = vec![Typed::new(
            json!({"version": 1, "status": "DEPLOYMENT_PENDING", "versionGuid": "g"}),
        )];
        for (spec, want) in [
            (
                VersionSpec::Deployed,
                "client certificate 7 has no deployed version",
            ),
            (
                VersionSpec::Current,
                "client certificate 7 has no CURRENT version",
            ),
            (
                VersionSpec::Previous,
                "client certificate 7 has no PREVIOUS version",
            ),
        ] {
            let e = resolve_version(&versions, spec, "7").unwrap_err();
            assert_eq!(e.to_string(), want);
        }
        let e = resolve_version(&[], VersionSpec::Latest, "7").unwrap_err();
        assert_eq!(e.to_string(), "client certificate 7 has no versions");
    }

    fn typed<T: serde::de::DeserializeOwned + Default>(items: Vec<Value>) -> Vec<Typed<T>> {
        items.into_iter().map(Typed::new).collect()
    }

    fn certs() -> Vec<Certificate> {
        typed(vec![
            json!({"certificateId": 1, "certificateName": "Alpha"}),
            json!({"certificateId": 2, "certificateName": "alpha-two"}),
            json!({"certificateId": 3, "certificateName": "Beta"}),
            json!({"certificateId": 4, "certificateName": "beta"}),
        ])
    }

    #[test]
    fn table_order_keeps_every_record_alias_first_within_a_version() {
        let v: Vec<Version> = typed(vec![
            json!({"version": 1, "versionGuid": "g1", "status": "DEPLOYED"}),
            json!({"version": 2, "versionGuid": "g2", "status": "DEPLOYED"}),
            json!({"version": 1, "versionGuid": "prev", "versionAlias": "PREVIOUS"}),
            json!({"version": 2, "versionGuid": "cur", "versionAlias": "CURRENT"}),
            json!({"version": 3, "versionGuid": "g3", "status": "AWAITING_SIGNED_CERTIFICATE"}),
        ]);
        let guids: Vec<_> = table_order(&v)
            .iter()
            .map(|e| e.view.version_guid.clone().unwrap())
            .collect();
        assert_eq!(guids, ["g3", "cur", "g2", "prev", "g1"]);
    }

    #[test]
    fn awaiting_version_is_the_one_awaiting_else_an_error_naming_what_is_there() {
        let v = |statuses: &[(i64, &str)]| -> Vec<Version> {
            typed(
                statuses
                    .iter()
                    .map(|(n, s)| json!({"version": n, "status": s}))
                    .collect(),
            )
        };
        let one = v(&[
            (3, "DELETE_PENDING"),
            (2, "AWAITING_SIGNED_CERTIFICATE"),
            (1, "DEPLOYED"),
        ]);
        assert_eq!(awaiting_version(&one, "7").unwrap(), 2);
        let none = v(&[(3, "DELETE_PENDING"), (1, "DEPLOYED")]);
        let e = awaiting_version(&none, "7").unwrap_err();
        let nf = e.downcast_ref::<error::Failure>().unwrap();
        assert_eq!(
            nf.message,
            "client certificate 7 has no version AWAITING_SIGNED_CERTIFICATE"
        );
        assert_eq!(
            nf.hints[0],
            "versions there: 3 (DELETE_PENDING), 1 (DEPLOYED)"
        );
        assert!(nf.hints[1].contains("rotate --id 7"), "{:?}", nf.hints);
        let akamai: Vec<Version> = typed(vec![
            json!({"version": 2, "status": "DEPLOYED", "certificateBlock": {"certificate": "c"}}),
        ]);
        let e = awaiting_version(&akamai, "7").unwrap_err();
        let hints = &e.downcast_ref::<error::Failure>().unwrap().hints;
        assert!(!hints.iter().any(|h| h.contains("rotate")), "{hints:?}");
        assert!(hints[1].contains("is signed by Akamai: its versions have no CSR"));
        let two = v(&[
            (3, "AWAITING_SIGNED_CERTIFICATE"),
            (2, "AWAITING_SIGNED_CERTIFICATE"),
        ]);
        let e = awaiting_version(&two, "7").unwrap_err();
        assert_eq!(
            e.downcast_ref::<error::Failure>().unwrap().message,
            "client certificate 7 has 2 versions AWAITING_SIGNED_CERTIFICATE: 3, 2"
        );
    }

    #[test]
    fn exact_then_unique_case_insensitive() {
        assert_eq!(certificate_id_by_name(&certs(), "Alpha").unwrap(), 1);
        assert_eq!(certificate_id_by_name(&certs(), "ALPHA").unwrap(), 1);
        assert_eq!(certificate_id_by_name(&certs(), "beta").unwrap(), 4);
        assert_eq!(certificate_id_by_name(&certs(), "Beta").unwrap(), 3);
    }

    #[test]
    fn ambiguous_case_insensitive_lists_them() {
        let e = certificate_id_by_name(&certs(), "BETA").unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 4);
        let msg = e.to_string();
        assert!(
            msg.contains("'Beta' (id 3)") && msg.contains("'beta' (id 4)"),
            "{msg}"
        );
    }

    #[test]
    fn not_found_suggests_closest() {
        let e = certificate_id_by_name(&certs(), "alpah").unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 4);
        assert_eq!(e.to_string(), "client certificate 'alpah' not found");
        let r = crate::error::render(&e);
        assert_eq!(r.hints, vec!["closest names: Alpha".to_string()]);
        let e = certificate_id_by_name(&certs(), "zzzzzzzz").unwrap_err();
        assert!(crate::error::render(&e).hints[0].contains("moks get-client-cert"));
    }

    fn versions() -> Vec<Version> {
        typed(vec![
            json!({"version": 3, "versionAlias": "CURRENT", "status": "DEPLOYMENT_PENDING"}),
            json!({"version": 3, "versionAlias": null, "status": "DEPLOYMENT_PENDING", "x": 1}),
            json!({"version": 2, "versionAlias": "PREVIOUS", "status": "DEPLOYED"}),
            json!({"version": 2, "status": "DEPLOYED"}),
            json!({"version": 1, "status": "DEPLOYED"}),
            json!({"version": 4, "status": "DELETE_PENDING"}),
        ])
    }

    #[test]
    fn version_specs() {
        let v = versions();
        assert_eq!(resolve_version(&v, VersionSpec::Latest, "7").unwrap(), 4);
        assert_eq!(resolve_version(&v, VersionSpec::Deployed, "7").unwrap(), 2);
        assert_eq!(resolve_version(&v, VersionSpec::Current, "7").unwrap(), 3);
        assert_eq!(resolve_version(&v, VersionSpec::Previous, "7").unwrap(), 2);
        assert_eq!(resolve_version(&v, VersionSpec::Number(1), "7").unwrap(), 1);
        let e = resolve_version(&v, VersionSpec::Number(9), "7").unwrap_err();
        assert_eq!(e.to_string(), "client certificate 7 has no version 9");
        assert_eq!(crate::error::exit_code(&e), 4);
        let e = resolve_version(
            &typed(vec![
                json!({"version": 1, "status": "AWAITING_SIGNED_CERTIFICATE"}),
            ]),
            VersionSpec::Deployed,
            "x",
        )
        .unwrap_err();
        assert!(crate::error::render(&e).hints[0].contains("1 (AWAITING_SIGNED_CERTIFICATE)"));
    }

    #[test]
    fn aliased_duplicates_are_folded() {
        let d = distinct_versions(&versions());
        let nums: Vec<i64> = d.iter().filter_map(version_of).collect();
        assert_eq!(nums, vec![4, 3, 2, 1]);
        assert_eq!(alias_of(&d[1]), Some("CURRENT"));
        assert_eq!(d[1].json["x"], 1, "the plain entry is kept");
        assert_eq!(d[1].json["versionAlias"], "CURRENT");
        assert_eq!(alias_of(&d[2]), Some("PREVIOUS"));
        assert_eq!(alias_of(&d[3]), None);
    }

    #[test]
    fn entries_as_sent() {
        let v = versions();
        let cur = entry_as_sent(&v, VersionSpec::Current, 3).unwrap();
        assert_eq!(
            cur.json,
            json!({"version": 3, "versionAlias": "CURRENT", "status": "DEPLOYMENT_PENDING"})
        );
        let plain = entry_as_sent(&v, VersionSpec::Number(3), 3).unwrap();
        assert_eq!(plain.json["x"], 1);
        assert!(plain.json["versionAlias"].is_null());
        assert_eq!(
            entry_as_sent(&v, VersionSpec::Latest, 4).unwrap().json["status"],
            "DELETE_PENDING"
        );
        assert!(entry_as_sent(&v, VersionSpec::Latest, 9).is_none());
    }

    #[test]
    fn version_spec_parsing() {
        assert_eq!("LATEST".parse::<VersionSpec>(), Ok(VersionSpec::Latest));
        assert_eq!("12".parse::<VersionSpec>(), Ok(VersionSpec::Number(12)));
        assert!("0".parse::<VersionSpec>().is_err());
        assert!("v2".parse::<VersionSpec>().is_err());
    }
}
