//! Time-derived state changes, the CURRENT/PREVIOUS aliases, and the JSON shapes the API
//! serves.
//!
//! Rules:
//! - [`normalize`] applies the changes that time alone causes, from stored timestamps:
//!   DEPLOYMENT_PENDING → DEPLOYED once `deploy_delay` has passed since the deployment was
//!   requested (`deployedDate` is then set); a DELETE_PENDING version whose
//!   `scheduledDeleteDate` has passed is removed, and when that leaves no version DEPLOYED,
//!   DEPLOYMENT_PENDING or DELETE_PENDING, the whole certificate goes with it (the guide:
//!   "When deleting the last deployed version … DELETE_PENDING for up to 24 hours before
//!   the entire certificate is permanently deleted"). Every operation starts with it, so
//!   what is read is always current without any background task;
//! - aliases ([`aliases`]): CURRENT is the version that most recently became current (was
//!   created, for AKAMAI; had its certificate uploaded, for THIRD_PARTY) and is still
//!   DEPLOYMENT_PENDING or DEPLOYED; PREVIOUS is the one before it. A version awaiting its
//!   signed certificate or DELETE_PENDING holds no alias, so removing CURRENT makes PREVIOUS
//!   the new CURRENT (the guide, "Rotate a client certificate version");
//! - AKAMAI certificates have one record per version; the records holding an alias carry
//!   `versionAlias` and the alias's own stable `versionGuid`, so the CURRENT GUID stays the
//!   same across rotations ("The versionGuid automatically links to the CURRENT or PREVIOUS
//!   version"; the guide's rotate example shows version 2 as CURRENT with version 1's
//!   GUID). THIRD_PARTY versions keep their own GUIDs and the aliases are *separate*
//!   records with their own stable GUIDs ("included as a separate version record with a
//!   different versionGuid"), listed first. The reference (docs/reference/moks.md §5) knew only
//!   that aliased duplicates exist, and one of its Terraform fixtures shows a DELETE_PENDING
//!   version aliased PREVIOUS; the guide is followed;
//! - version lists are newest first;
//! - empty fields are left out, as the guide's examples show (an awaiting version has no
//!   `versionAlias`, `subject` or `signatureAlgorithm`); the reference's tables list them as
//!   nullable, which an absent field satisfies. Sandbox-internal fields (private keys,
//!   deployment request time) never appear;
//! - every certificate is listed, including one whose versions are all DELETE_PENDING (it
//!   still exists until its deletion completes; Terraform treating it as gone is a client
//!   choice).

use super::state::{CaCert, ClientCert, Version};
use crate::core::account::Account;
use crate::core::store::{fmt_date, parse_date};
use serde_json::{json, Map, Value};
use time::{Duration, OffsetDateTime};

pub const AWAITING: &str = "AWAITING_SIGNED_CERTIFICATE";
pub const DEPLOYMENT_PENDING: &str = "DEPLOYMENT_PENDING";
pub const DEPLOYED: &str = "DEPLOYED";
pub const DELETE_PENDING: &str = "DELETE_PENDING";
pub const CURRENT: &str = "CURRENT";
pub const PREVIOUS: &str = "PREVIOUS";

/// The time and the durations every rule is evaluated against.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: OffsetDateTime,
    pub deploy_delay: Duration,
    pub delete_pending: Duration,
    pub akamai_lifetime: Duration,
    pub ca_rotation: Option<Duration>,
}

/// Durations are capped at 100 years so that adding one to a date cannot overflow.
fn capped(d: std::time::Duration) -> Duration {
    let max = Duration::days(36_525);
    Duration::try_from(d).map_or(max, |d| d.min(max))
}

impl Clock {
    pub fn new(
        now: OffsetDateTime,
        deploy_delay: std::time::Duration,
        timing: &crate::Timing,
    ) -> Clock {
        Clock {
            now,
            deploy_delay: capped(deploy_delay),
            delete_pending: capped(timing.delete_pending),
            akamai_lifetime: capped(timing.akamai_lifetime).max(Duration::SECOND),
            ca_rotation: timing
                .ca_rotation
                .map(|p| capped(p).max(Duration::seconds(2))),
        }
    }

    /// `now` with no deployment delay and the default timing.
    pub fn at(now: OffsetDateTime) -> Clock {
        Clock::new(now, std::time::Duration::ZERO, &crate::Timing::default())
    }
}

/// Starts a version's deployment at `clock.now`: when it is deployed is fixed now, with
/// the delay of the sandbox that takes the request, and stored (another process sharing
/// the state file, with another `MOKS_SANDBOX_DEPLOY_DELAY`, must not move it).
pub fn request_deployment(v: &mut Version, clock: &Clock) {
    v.deployment_requested_date = Some(fmt_date(clock.now));
    v.deploy_due_date = clock.now.checked_add(clock.deploy_delay).map(fmt_date);
}

/// When a DEPLOYMENT_PENDING version is deployed, if that is now or before: the stored
/// time, or for a version written before it was stored, its request plus the delay.
fn deploy_due(v: &Version, clock: &Clock) -> Option<OffsetDateTime> {
    let stored = v.deploy_due_date.as_deref().and_then(parse_date);
    let requested = v.deployment_requested_date.as_deref().and_then(parse_date);
    match (stored, requested) {
        (Some(due), _) => Some(due),
        (None, Some(t)) => t.checked_add(clock.deploy_delay),
        (None, None) => Some(clock.now),
    }
    .filter(|due| *due <= clock.now)
}

fn delete_due(v: &Version, clock: &Clock) -> bool {
    match v.scheduled_delete_date.as_deref().and_then(parse_date) {
        Some(t) => t <= clock.now,
        None => false,
    }
}

/// Whether a version still counts for the certificate's existence.
fn keeps_certificate(v: &Version) -> bool {
    [DEPLOYED, DEPLOYMENT_PENDING, DELETE_PENDING].contains(&v.status.as_str())
}

/// Applies the time-driven transitions; returns whether anything changed.
pub fn normalize(account: &mut Account, clock: &Clock) -> bool {
    let mut changed = false;
    account.moks.certificates.retain_mut(|c| {
        for v in &mut c.versions {
            if v.status == DEPLOYMENT_PENDING {
                if let Some(at) = deploy_due(v, clock) {
                    v.status = DEPLOYED.into();
                    v.deployed_date = Some(fmt_date(at));
                    changed = true;
                }
            }
        }
        let before = c.versions.len();
        c.versions
            .retain(|v| !(v.status == DELETE_PENDING && delete_due(v, clock)));
        if c.versions.len() == before {
            return true;
        }
        changed = true;
        prune_history(c);
        c.versions.iter().any(keeps_certificate)
    });
    changed
}

/// Drops history entries of versions that no longer exist (and repeats).
pub fn prune_history(c: &mut ClientCert) {
    let mut seen = Vec::new();
    for n in std::mem::take(&mut c.alias_history) {
        if !seen.contains(&n) && c.versions.iter().any(|v| v.version == n) {
            seen.push(n);
        }
    }
    c.alias_history = seen;
}

/// Records that version `n` has just become CURRENT. A history left empty by an older state
/// file is first rebuilt from the version numbers, so PREVIOUS is not lost.
pub fn note_current(c: &mut ClientCert, n: i64) {
    if c.alias_history.is_empty() {
        let mut known: Vec<i64> = c
            .versions
            .iter()
            .filter(|v| v.version != n && holds_alias(v))
            .map(|v| v.version)
            .collect();
        known.sort_unstable();
        c.alias_history = known;
    }
    c.alias_history.retain(|x| *x != n);
    c.alias_history.push(n);
    prune_history(c);
}

fn holds_alias(v: &Version) -> bool {
    v.status == DEPLOYED || v.status == DEPLOYMENT_PENDING
}

/// The version numbers holding CURRENT and PREVIOUS.
pub fn aliases(c: &ClientCert) -> (Option<i64>, Option<i64>) {
    let eligible = |n: i64| c.versions.iter().any(|v| v.version == n && holds_alias(v));
    let mut order: Vec<i64> = c
        .alias_history
        .iter()
        .copied()
        .filter(|n| eligible(*n))
        .collect();
    if order.is_empty() {
        // A state file written before the history was kept: newest number first.
        order = c
            .versions
            .iter()
            .filter(|v| holds_alias(v))
            .map(|v| v.version)
            .collect();
        order.sort_unstable();
    }
    let mut newest_first = order.into_iter().rev();
    (newest_first.next(), newest_first.next())
}

/// The alias version `v` of an AKAMAI certificate holds, with the GUID it is shown with.
fn akamai_record<'a>(c: &'a ClientCert, v: &'a Version) -> (Option<&'static str>, &'a str) {
    let (current, previous) = aliases(c);
    if current == Some(v.version) {
        (Some(CURRENT), c.current_guid.as_str())
    } else if previous == Some(v.version) {
        (Some(PREVIOUS), c.previous_guid.as_str())
    } else {
        (None, v.version_guid.as_str())
    }
}

pub fn ca_view(ca: &CaCert, account_id: &str, now: OffsetDateTime) -> Value {
    let expired = parse_date(&ca.expiry_date).is_some_and(|t| t < now);
    let mut m = Map::new();
    m.insert("id".into(), ca.id.into());
    m.insert("version".into(), ca.version.into());
    m.insert("accountId".into(), account_id.into());
    m.insert("subject".into(), ca.subject.clone().into());
    m.insert("commonName".into(), ca.common_name.clone().into());
    m.insert("keyAlgorithm".into(), ca.key_algorithm.clone().into());
    m.insert("keySizeInBytes".into(), ca.key_size_in_bytes.into());
    m.insert(
        "signatureAlgorithm".into(),
        ca.signature_algorithm.clone().into(),
    );
    m.insert("certificate".into(), ca.certificate.clone().into());
    let status = if expired {
        "EXPIRED"
    } else {
        ca.status.as_str()
    };
    m.insert("status".into(), status.into());
    m.insert("issuedDate".into(), ca.issued_date.clone().into());
    m.insert("expiryDate".into(), ca.expiry_date.clone().into());
    if let Some(q) = &ca.qualification_date {
        m.insert("qualificationDate".into(), q.clone().into());
    }
    m.insert("createdBy".into(), ca.created_by.clone().into());
    m.insert("createdDate".into(), ca.created_date.clone().into());
    Value::Object(m)
}

pub fn cert_view(c: &ClientCert) -> Value {
    json!({
        "certificateId": c.certificate_id,
        "certificateName": c.certificate_name,
        "signer": c.signer,
        "secureNetwork": c.secure_network,
        "geography": c.geography,
        "keyAlgorithm": c.key_algorithm,
        "subject": c.subject,
        "notificationEmails": c.notification_emails,
        "createdBy": c.created_by,
        "createdDate": c.created_date,
    })
}

/// One version record, in the order of the guide's examples, empty fields left out.
pub fn version_view(
    v: &Version,
    alias: Option<&str>,
    guid: &str,
    include_properties: bool,
) -> Value {
    let mut m = Map::new();
    let mut put = |k: &str, val: Option<Value>| {
        if let Some(val) = val {
            m.insert(k.to_string(), val);
        }
    };
    let s = |o: &Option<String>| o.clone().map(Value::String);
    put("version", Some(v.version.into()));
    put("versionGuid", Some(guid.into()));
    put("versionAlias", alias.map(Value::from));
    put("subject", s(&v.subject));
    put("issuer", s(&v.issuer));
    put("keyAlgorithm", Some(v.key_algorithm.clone().into()));
    put("ellipticCurve", s(&v.elliptic_curve));
    put("keySizeInBytes", s(&v.key_size_in_bytes));
    put("signatureAlgorithm", s(&v.signature_algorithm));
    put("issuedDate", s(&v.issued_date));
    put("expiryDate", s(&v.expiry_date));
    put("status", Some(v.status.clone().into()));
    put("deployedDate", s(&v.deployed_date));
    put("createdBy", Some(v.created_by.clone().into()));
    put("createdDate", Some(v.created_date.clone().into()));
    put("certificateSubmittedBy", s(&v.certificate_submitted_by));
    put("certificateSubmittedDate", s(&v.certificate_submitted_date));
    put("deleteRequestedDate", s(&v.delete_requested_date));
    put("scheduledDeleteDate", s(&v.scheduled_delete_date));
    put(
        "validation",
        Some(json!({
            "errors": v.validation.errors,
            "warnings": v.validation.warnings,
        })),
    );
    put(
        "certificateBlock",
        v.certificate_block.as_ref().map(|b| {
            let mut block =
                json!({ "certificate": b.certificate, "keyAlgorithm": b.key_algorithm });
            if let Some(chain) = &b.trust_chain {
                block["trustChain"] = chain.clone().into();
            }
            block
        }),
    );
    put(
        "csrBlock",
        v.csr_block
            .as_ref()
            .map(|b| json!({ "csr": b.csr, "keyAlgorithm": b.key_algorithm })),
    );
    if include_properties {
        put("properties", Some(Value::Array(v.properties.clone())));
    }
    Value::Object(m)
}

/// The record of one version as the API shows it outside a list (the rotate answer): an
/// AKAMAI version with its alias and the alias's GUID, a THIRD_PARTY one with its own.
pub fn version_record(c: &ClientCert, v: &Version) -> Value {
    if c.signer == "AKAMAI" {
        let (alias, guid) = akamai_record(c, v);
        version_view(v, alias, guid, false)
    } else {
        version_view(v, None, &v.version_guid, false)
    }
}

/// The `versions` array, newest first: for THIRD_PARTY the CURRENT and PREVIOUS alias
/// records come first, then every version; for AKAMAI one record per version.
pub fn versions_list(c: &ClientCert, include_properties: bool) -> Vec<Value> {
    let mut sorted: Vec<&Version> = c.versions.iter().collect();
    sorted.sort_by_key(|v| std::cmp::Reverse(v.version));
    if c.signer == "AKAMAI" {
        return sorted
            .into_iter()
            .map(|v| {
                let (alias, guid) = akamai_record(c, v);
                version_view(v, alias, guid, include_properties)
            })
            .collect();
    }
    let (current, previous) = aliases(c);
    let mut out = Vec::new();
    for (n, alias, guid) in [
        (current, CURRENT, &c.current_guid),
        (previous, PREVIOUS, &c.previous_guid),
    ] {
        if let Some(v) = n.and_then(|n| c.versions.iter().find(|v| v.version == n)) {
            out.push(version_view(v, Some(alias), guid, include_properties));
        }
    }
    out.extend(
        sorted
            .into_iter()
            .map(|v| version_view(v, None, &v.version_guid, include_properties)),
    );
    out
}

/// The 202 message for a scheduled delete.
pub fn delete_message(scheduled: OffsetDateTime) -> String {
    format!(
        "It's being scheduled to delete on {}. The delete request will be cancelled automatically if it is used again in any delivery configuration.",
        fmt_date(scheduled)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(n: i64, status: &str) -> Version {
        Version {
            version: n,
            version_guid: format!("guid-{n}"),
            status: status.into(),
            ..Default::default()
        }
    }

    fn cert(signer: &str, versions: Vec<Version>, history: Vec<i64>) -> ClientCert {
        ClientCert {
            certificate_id: 1,
            certificate_name: "c".into(),
            signer: signer.into(),
            secure_network: "STANDARD_TLS".into(),
            geography: "CORE".into(),
            key_algorithm: "RSA".into(),
            subject: "/CN=c/".into(),
            notification_emails: vec![],
            created_by: "u".into(),
            created_date: "2025-01-01T00:00:00Z".into(),
            contract_id: "C".into(),
            group_id: 1,
            preferred_ca: None,
            next_version: 9,
            versions,
            current_guid: "alias-current".into(),
            previous_guid: "alias-previous".into(),
            alias_history: history,
        }
    }

    fn records(list: &[Value]) -> Vec<(i64, Option<String>, String)> {
        list.iter()
            .map(|v| {
                (
                    v["version"].as_i64().unwrap(),
                    v["versionAlias"].as_str().map(str::to_string),
                    v["versionGuid"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    fn r(n: i64, alias: Option<&str>, guid: &str) -> (i64, Option<String>, String) {
        (n, alias.map(str::to_string), guid.to_string())
    }

    #[test]
    fn third_party_aliases_are_separate_records_for_uploaded_versions_only() {
        // 4 awaits its certificate, 3 is being deleted: CURRENT is 2 (uploaded last), and
        // PREVIOUS 1 (uploaded before it), though 1 and 2 were uploaded out of order.
        let c = cert(
            "THIRD_PARTY",
            vec![
                version(1, DEPLOYED),
                version(3, DELETE_PENDING),
                version(2, DEPLOYED),
                version(4, AWAITING),
            ],
            vec![1, 3, 2],
        );
        let l = versions_list(&c, false);
        assert_eq!(
            records(&l),
            vec![
                r(2, Some("CURRENT"), "alias-current"),
                r(1, Some("PREVIOUS"), "alias-previous"),
                r(4, None, "guid-4"),
                r(3, None, "guid-3"),
                r(2, None, "guid-2"),
                r(1, None, "guid-1"),
            ]
        );
        assert!(l[0].get("properties").is_none());
        assert!(l[2].get("versionAlias").is_none(), "left out, not null");
        assert!(versions_list(&c, true)[0]["properties"].is_array());
        // Two awaiting versions and one deployed: only the deployed one is aliased.
        let c = cert(
            "THIRD_PARTY",
            vec![
                version(1, DEPLOYED),
                version(2, AWAITING),
                version(3, AWAITING),
            ],
            vec![1],
        );
        let aliased: Vec<_> = records(&versions_list(&c, false))
            .into_iter()
            .filter(|(_, a, _)| a.is_some())
            .collect();
        assert_eq!(aliased, vec![r(1, Some("CURRENT"), "alias-current")]);
    }

    #[test]
    fn akamai_records_carry_the_alias_and_its_guid() {
        let c = cert(
            "AKAMAI",
            vec![version(2, DEPLOYMENT_PENDING), version(3, DEPLOYED)],
            vec![1, 2, 3],
        );
        assert_eq!(
            records(&versions_list(&c, false)),
            vec![
                r(3, Some("CURRENT"), "alias-current"),
                r(2, Some("PREVIOUS"), "alias-previous"),
            ]
        );
        // Removing CURRENT makes PREVIOUS the new CURRENT, with the CURRENT GUID.
        let c = cert(
            "AKAMAI",
            vec![version(2, DEPLOYED), version(3, DELETE_PENDING)],
            vec![2, 3],
        );
        assert_eq!(
            records(&versions_list(&c, false)),
            vec![r(3, None, "guid-3"), r(2, Some("CURRENT"), "alias-current")]
        );
        // No history (an older state file): the newest number is CURRENT.
        let c = cert(
            "AKAMAI",
            vec![version(1, DEPLOYED), version(2, DEPLOYED)],
            vec![],
        );
        assert_eq!(aliases(&c), (Some(2), Some(1)));
    }

    #[test]
    fn normalize_deploys_and_purges() {
        let now = parse_date("2025-06-01T12:00:00Z").unwrap();
        let mut clock = Clock::at(now);
        clock.deploy_delay = Duration::seconds(5);
        let mut pending = version(1, DEPLOYMENT_PENDING);
        pending.deployment_requested_date = Some("2025-06-01T11:59:58Z".into());
        let mut due = version(2, DEPLOYMENT_PENDING);
        due.deployment_requested_date = Some("2025-06-01T11:59:55Z".into());
        let mut acct = Account {
            account_id: "A".into(),
            vcd_id: "1".into(),
            moks: super::super::state::Keystore {
                ca_certificates: vec![],
                certificates: vec![cert("THIRD_PARTY", vec![pending, due], vec![])],
            },
            truststore: Default::default(),
            cps: Default::default(),
            cloudflare: Default::default(),
        };
        assert!(normalize(&mut acct, &clock));
        let st: Vec<_> = acct.moks.certificates[0]
            .versions
            .iter()
            .map(|v| (v.status.clone(), v.deployed_date.clone()))
            .collect();
        assert_eq!(
            st,
            vec![
                (DEPLOYMENT_PENDING.to_string(), None),
                (
                    DEPLOYED.to_string(),
                    Some("2025-06-01T12:00:00Z".to_string())
                )
            ]
        );
        assert!(!normalize(&mut acct, &clock));

        let mut gone = version(1, DELETE_PENDING);
        gone.scheduled_delete_date = Some("2025-06-01T11:00:00Z".into());
        let mut later = version(2, DELETE_PENDING);
        later.scheduled_delete_date = Some("2025-06-02T11:00:00Z".into());
        let awaiting = version(3, AWAITING);
        acct.moks.certificates = vec![
            // the later deletion keeps the certificate until it completes
            cert("THIRD_PARTY", vec![gone.clone(), later], vec![1, 2]),
            // the last deployed version gone: the whole certificate goes, awaiting ones too
            cert("THIRD_PARTY", vec![gone.clone(), awaiting.clone()], vec![1]),
            // a deployed version remains: only the deleted one goes
            cert("THIRD_PARTY", vec![gone, version(4, DEPLOYED)], vec![1, 4]),
            // nothing was purged: an awaiting-only certificate stays
            cert("THIRD_PARTY", vec![awaiting], vec![]),
        ];
        assert!(normalize(&mut acct, &clock));
        let left: Vec<Vec<i64>> = acct
            .moks
            .certificates
            .iter()
            .map(|c| c.versions.iter().map(|v| v.version).collect())
            .collect();
        assert_eq!(left, vec![vec![2], vec![4], vec![3]]);
        assert_eq!(acct.moks.certificates[1].alias_history, vec![4]);
    }
}
