//! Time-derived state changes and the JSON shapes the API serves.
//!
//! Rules:
//! - [`normalize`] applies the changes that time alone causes, from stored timestamps:
//!   DEPLOYMENT_PENDING → DEPLOYED once `deploy_delay` has passed since the deployment was
//!   requested; a DELETE_PENDING version whose `scheduledDeleteDate` has passed is removed;
//!   a certificate with no versions left is removed. Every operation starts with it, so
//!   what is read is always current without any background task;
//! - views emit every field of the API reference in its order, `null` when unknown;
//!   sandbox-internal fields (private keys, deployment request time) never appear;
//! - version lists are newest first. The highest live (not DELETE_PENDING) version is
//!   repeated with `versionAlias: "CURRENT"` and the next live one with `"PREVIOUS"`; those
//!   aliased duplicates come first, the numbered entries (alias `null`) follow. Consumers
//!   dedupe by `version`;
//! - a certificate all of whose versions are DELETE_PENDING counts as gone for the list
//!   (as Terraform treats it) but can still be read by id until its versions are purged.

use super::state::{fmt_date, parse_date, Account, CaCert, ClientCert, Version};
use serde_json::{json, Value};
use time::{Duration, OffsetDateTime};

pub const AWAITING: &str = "AWAITING_SIGNED_CERTIFICATE";
pub const DEPLOYMENT_PENDING: &str = "DEPLOYMENT_PENDING";
pub const DEPLOYED: &str = "DEPLOYED";
pub const DELETE_PENDING: &str = "DELETE_PENDING";

/// The time and the deployment delay every rule is evaluated against.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: OffsetDateTime,
    pub deploy_delay: Duration,
}

fn deploy_due(v: &Version, clock: &Clock) -> bool {
    match v.deployment_requested_date.as_deref().and_then(parse_date) {
        // A delay too large to add to a date means "never".
        Some(t) => t
            .checked_add(clock.deploy_delay)
            .is_some_and(|due| due <= clock.now),
        None => true,
    }
}

fn delete_due(v: &Version, clock: &Clock) -> bool {
    match v.scheduled_delete_date.as_deref().and_then(parse_date) {
        Some(t) => t <= clock.now,
        None => false,
    }
}

/// Applies the time-driven transitions; returns whether anything changed.
pub fn normalize(account: &mut Account, clock: &Clock) -> bool {
    let mut changed = false;
    for c in &mut account.certificates {
        for v in &mut c.versions {
            if v.status == DEPLOYMENT_PENDING && deploy_due(v, clock) {
                v.status = DEPLOYED.into();
                changed = true;
            }
        }
        let before = c.versions.len();
        c.versions
            .retain(|v| !(v.status == DELETE_PENDING && delete_due(v, clock)));
        changed |= c.versions.len() != before;
    }
    let before = account.certificates.len();
    account.certificates.retain(|c| !c.versions.is_empty());
    changed | (account.certificates.len() != before)
}

/// Whether a certificate shows in the list (some version not DELETE_PENDING).
pub fn is_listed(c: &ClientCert) -> bool {
    c.versions.iter().any(|v| v.status != DELETE_PENDING)
}

pub fn ca_view(ca: &CaCert, now: OffsetDateTime) -> Value {
    let expired = parse_date(&ca.expiry_date).is_some_and(|t| t < now);
    json!({
        "id": ca.id,
        "version": ca.version,
        "accountId": Value::Null, // filled by the caller
        "subject": ca.subject,
        "commonName": ca.common_name,
        "keyAlgorithm": ca.key_algorithm,
        "keySizeInBytes": ca.key_size_in_bytes,
        "signatureAlgorithm": ca.signature_algorithm,
        "certificate": ca.certificate,
        "status": if expired { "EXPIRED" } else { ca.status.as_str() },
        "issuedDate": ca.issued_date,
        "expiryDate": ca.expiry_date,
        "qualificationDate": ca.qualification_date,
        "createdBy": ca.created_by,
        "createdDate": ca.created_date,
    })
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

pub fn version_view(v: &Version, alias: Option<&str>, include_properties: bool) -> Value {
    let mut out = json!({
        "version": v.version,
        "versionGuid": v.version_guid,
        "versionAlias": alias,
        "status": v.status,
        "keyAlgorithm": v.key_algorithm,
        "ellipticCurve": v.elliptic_curve,
        "keySizeInBytes": v.key_size_in_bytes,
        "signatureAlgorithm": v.signature_algorithm,
        "subject": v.subject,
        "issuer": v.issuer,
        "issuedDate": v.issued_date,
        "expiryDate": v.expiry_date,
        "createdBy": v.created_by,
        "createdDate": v.created_date,
        "certificateBlock": v.certificate_block.as_ref().map(|b| json!({
            "certificate": b.certificate,
            "keyAlgorithm": b.key_algorithm,
            "trustChain": b.trust_chain,
        })),
        "csrBlock": v.csr_block.as_ref().map(|b| json!({
            "csr": b.csr,
            "keyAlgorithm": b.key_algorithm,
        })),
        "certificateSubmittedBy": v.certificate_submitted_by,
        "certificateSubmittedDate": v.certificate_submitted_date,
        "deleteRequestedDate": v.delete_requested_date,
        "scheduledDeleteDate": v.scheduled_delete_date,
        "validation": {
            "errors": v.validation.errors,
            "warnings": v.validation.warnings,
        },
    });
    if include_properties {
        out["properties"] = Value::Array(v.properties.clone());
    }
    out
}

/// The `versions` array: aliased CURRENT/PREVIOUS duplicates first, then every version,
/// newest first.
pub fn versions_list(c: &ClientCert, include_properties: bool) -> Vec<Value> {
    let mut sorted: Vec<&Version> = c.versions.iter().collect();
    sorted.sort_by_key(|v| std::cmp::Reverse(v.version));
    let mut out = Vec::new();
    let live: Vec<&&Version> = sorted
        .iter()
        .filter(|v| v.status != DELETE_PENDING)
        .collect();
    for (v, alias) in live.iter().zip(["CURRENT", "PREVIOUS"]) {
        out.push(version_view(v, Some(alias), include_properties));
    }
    out.extend(
        sorted
            .iter()
            .map(|v| version_view(v, None, include_properties)),
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
            status: status.into(),
            ..Default::default()
        }
    }

    fn cert(versions: Vec<Version>) -> ClientCert {
        ClientCert {
            certificate_id: 1,
            certificate_name: "c".into(),
            signer: "THIRD_PARTY".into(),
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
        }
    }

    fn aliases(list: &[Value]) -> Vec<(i64, Option<String>)> {
        list.iter()
            .map(|v| {
                (
                    v["version"].as_i64().unwrap(),
                    v["versionAlias"].as_str().map(str::to_string),
                )
            })
            .collect()
    }

    #[test]
    fn aliases_duplicate_current_and_previous() {
        let c = cert(vec![
            version(1, DEPLOYED),
            version(3, DELETE_PENDING),
            version(2, DEPLOYED),
            version(4, AWAITING),
        ]);
        let l = versions_list(&c, false);
        assert_eq!(
            aliases(&l),
            vec![
                (4, Some("CURRENT".into())),
                (2, Some("PREVIOUS".into())),
                (4, None),
                (3, None),
                (2, None),
                (1, None)
            ]
        );
        assert!(l[0].get("properties").is_none());
        assert!(versions_list(&c, true)[0]["properties"].is_array());
        let single = cert(vec![version(1, DEPLOYED)]);
        assert_eq!(
            aliases(&versions_list(&single, false)),
            vec![(1, Some("CURRENT".into())), (1, None)]
        );
    }

    #[test]
    fn normalize_deploys_and_purges() {
        let now = parse_date("2025-06-01T12:00:00Z").unwrap();
        let clock = Clock {
            now,
            deploy_delay: Duration::seconds(5),
        };
        let mut pending = version(1, DEPLOYMENT_PENDING);
        pending.deployment_requested_date = Some("2025-06-01T11:59:58Z".into());
        let mut due = version(2, DEPLOYMENT_PENDING);
        due.deployment_requested_date = Some("2025-06-01T11:59:55Z".into());
        let mut acct = Account {
            account_id: "A".into(),
            vcd_id: "1".into(),
            ca_certificates: vec![],
            certificates: vec![cert(vec![pending, due])],
        };
        assert!(normalize(&mut acct, &clock));
        let st: Vec<_> = acct.certificates[0]
            .versions
            .iter()
            .map(|v| v.status.clone())
            .collect();
        assert_eq!(st, vec![DEPLOYMENT_PENDING, DEPLOYED]);
        assert!(!normalize(&mut acct, &clock));

        let mut gone = version(1, DELETE_PENDING);
        gone.scheduled_delete_date = Some("2025-06-01T11:00:00Z".into());
        let mut later = version(2, DELETE_PENDING);
        later.scheduled_delete_date = Some("2025-06-02T11:00:00Z".into());
        acct.certificates = vec![cert(vec![gone.clone(), later]), cert(vec![gone])];
        assert!(normalize(&mut acct, &clock));
        assert_eq!(acct.certificates.len(), 1);
        assert_eq!(acct.certificates[0].versions.len(), 1);
        assert!(!is_listed(&acct.certificates[0]));
    }
}
