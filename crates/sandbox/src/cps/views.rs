//! What the API answers, derived from the state: the enrollment (`enrollment.v12`), the
//! change (`change.v2`) with its `allowedInput` links, the info payloads, deployments
//! (`deployment.v8`), histories and active certificates. Field names are those of Akamai's
//! CPS OpenAPI schemas; links are host-relative paths.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::flow::{self, input_of};
use super::{Cert, Change, Deployed, Enrollment, BASE};
use moks_model::cps::operations::input_type;

pub fn enrollment_link(id: i64) -> String {
    format!("{BASE}/enrollments/{id}")
}

pub fn change_link(id: i64, change: i64) -> String {
    format!("{BASE}/enrollments/{id}/changes/{change}")
}

/// `enrollment-status.v1`.
pub fn status(id: i64, changes: &[i64]) -> Value {
    let links: Vec<String> = changes.iter().map(|c| change_link(id, *c)).collect();
    json!({"enrollment": enrollment_link(id), "changes": links})
}

/// The enrollment as GET answers it.
pub fn enrollment(e: &Enrollment) -> Value {
    let mut v = e.doc.clone();
    let slots = |on: bool| if on { vec![e.slot] } else { Vec::new() };
    let pending: Vec<Value> = e
        .changes
        .iter()
        .filter(|c| c.end == "open")
        .map(|c| json!({"location": change_link(e.id, c.id), "changeType": c.action}))
        .collect();
    if let Some(m) = v.as_object_mut() {
        m.insert("id".into(), e.id.into());
        m.insert("location".into(), enrollment_link(e.id).into());
        m.insert("pendingChanges".into(), pending.into());
        m.insert("maxAllowedSanNames".into(), 100.into());
        m.insert("maxAllowedWildcardSanNames".into(), 100.into());
        m.insert("assignedSlots".into(), json!([e.slot]));
        m.insert(
            "productionSlots".into(),
            json!(slots(e.production.is_some())),
        );
        m.insert("stagingSlots".into(), json!(slots(e.staging.is_some())));
    }
    v
}

/// `change.v2`.
pub fn change(e: &Enrollment, ch: &Change) -> Value {
    let link = change_link(e.id, ch.id);
    let inputs: Vec<Value> = input_of(&ch.status)
        .filter(|_| ch.end == "open")
        .and_then(input_type)
        .map(|t| {
            json!({
                "type": t.kind,
                "requiredToProceed": true,
                "info": format!("{link}/input/info/{}", t.info),
                "update": format!("{link}/input/update/{}", t.update),
            })
        })
        .into_iter()
        .collect();
    json!({
        "statusInfo": {
            "state": flow::state_of(ch),
            "status": ch.status,
            "description": description(ch),
            "error": null,
            "deploymentSchedule": {"notBefore": ch.not_before, "notAfter": ch.not_after},
        },
        "allowedInput": inputs,
    })
}

fn description(ch: &Change) -> String {
    match input_of(&ch.status) {
        Some(input) => format!("Waiting for input: {input}."),
        None if ch.end == "completed" => "The change is complete.".into(),
        None if ch.end == "cancelled" => "The change was cancelled.".into(),
        None => format!("In progress: {}.", ch.status),
    }
}

/// `csr.v2`.
pub fn csrs(ch: &Change) -> Value {
    let list: Vec<Value> = ch
        .csrs
        .iter()
        .map(|c| json!({"csr": c.csr, "keyAlgorithm": c.key_algorithm}))
        .collect();
    json!({ "csrs": list })
}

/// The http-01 key authorization of a token (the sandbox's stand-in for the ACME account
/// key's thumbprint is a fixed label).
fn key_authorization(token: &str) -> String {
    format!("{token}.sandbox-acme-account")
}

fn b64url_sha256(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(s.as_bytes()))
}

/// One domain's validation entry (`dv-challenges.v2` `dv[]`, also the DV history's).
fn domain_entry(ch: &Change, d: &super::DvDomain) -> Value {
    let done = d.validated.is_some();
    let status = if done { "Valid" } else { "Pending" };
    let http_path = format!("http://{}/.well-known/acme-challenge/{}", d.domain, d.token);
    json!({
        "domain": d.domain,
        "status": status,
        "validationStatus": if done { "VALIDATED" } else { "PENDING" },
        "error": null,
        "requestTimestamp": ch.created,
        "validatedTimestamp": d.validated,
        // Let's Encrypt's pending authorizations last seven days
        "expires": crate::core::store::parse_date(&ch.created)
            .and_then(|t| t.checked_add(time::Duration::days(7)))
            .map(crate::core::store::fmt_date),
        "challenges": [
            {
                "type": "http-01",
                "status": status.to_ascii_lowercase(),
                "token": d.token,
                "fullPath": http_path,
                "redirectFullPath": format!("http://dcv.akamai.com/.well-known/acme-challenge/{}", d.token),
                "responseBody": key_authorization(&d.token),
                "error": null,
                "validationRecords": [],
            },
            {
                "type": "dns-01",
                "status": status.to_ascii_lowercase(),
                "token": d.token,
                "fullPath": format!("_acme-challenge.{}.", d.domain.trim_start_matches("*.")),
                "redirectFullPath": "",
                "responseBody": b64url_sha256(&key_authorization(&d.token)),
                "error": null,
                "validationRecords": [],
            }
        ],
    })
}

/// `dv-challenges.v2`.
pub fn challenges(ch: &Change) -> Value {
    let dv: Vec<Value> = ch.domains.iter().map(|d| domain_entry(ch, d)).collect();
    json!({ "dv": dv })
}

/// `dv-history.v1`.
pub fn dv_history(e: &Enrollment) -> Value {
    let mut results: Vec<Value> = Vec::new();
    for ch in e.changes.iter().rev() {
        for d in &ch.domains {
            let entry = domain_entry(ch, d);
            let mut flat = entry.clone();
            if let Some(m) = flat.as_object_mut() {
                m.insert("token".into(), d.token.clone().into());
                m.insert(
                    "fullPath".into(),
                    entry["challenges"][0]["fullPath"].clone(),
                );
                m.insert(
                    "responseBody".into(),
                    entry["challenges"][0]["responseBody"].clone(),
                );
            }
            results.push(json!({"domain": d.domain, "domainHistory": [flat]}));
        }
    }
    json!({ "results": results })
}

fn cert_entry(c: &Cert, sig: &Value) -> Value {
    json!({
        "certificate": c.certificate,
        "trustChain": c.trust_chain,
        "expiry": c.expiry,
        "keyAlgorithm": c.key_algorithm,
        "signatureAlgorithm": sig,
    })
}

/// (primary, the others) of a list of certificates.
fn primary_and_stacked(certs: &[Cert], sig: &Value) -> (Value, Vec<Value>) {
    let mut all = certs.iter().map(|c| cert_entry(c, sig));
    (all.next().unwrap_or(Value::Null), all.collect())
}

fn network(doc: &Value) -> Value {
    let n = doc
        .get("networkConfiguration")
        .cloned()
        .unwrap_or(json!({}));
    let get = |k: &str, d: Value| n.get(k).filter(|v| !v.is_null()).cloned().unwrap_or(d);
    let dns = n
        .pointer("/dnsNameSettings/dnsNames")
        .cloned()
        .unwrap_or(json!([]));
    json!({
        "geography": get("geography", json!("core")),
        "secureNetwork": get("secureNetwork", json!("enhanced-tls")),
        "mustHaveCiphers": get("mustHaveCiphers", json!("ak-akamai-2020q1")),
        "preferredCiphers": get("preferredCiphers", json!("ak-akamai-2020q1")),
        "disallowedTlsVersions": get("disallowedTlsVersions", json!([])),
        "dnsNames": dns,
        "ocspStapling": get("ocspStapling", json!("on")),
        "quicEnabled": get("quicEnabled", json!(false)),
        "sniOnly": get("sniOnly", json!(true)),
        "fipsMode": get("fipsMode", json!(false)),
    })
}

/// `deployment.v8` of what is on a network.
pub fn deployment(e: &Enrollment, d: &Deployed) -> Value {
    let sig = e
        .doc
        .get("signatureAlgorithm")
        .cloned()
        .unwrap_or(json!("SHA-256"));
    let (primary, stacked) = primary_and_stacked(&d.certs, &sig);
    json!({
        "primaryCertificate": primary,
        "multiStackedCertificates": stacked,
        "networkConfiguration": network(&e.doc),
        "ocspStapled": false,
        "ocspUris": [],
    })
}

/// `change-management-info.v6` of a change waiting for its acknowledgement.
pub fn change_management(e: &Enrollment, ch: &Change) -> Value {
    let sig = e
        .doc
        .get("signatureAlgorithm")
        .cloned()
        .unwrap_or(json!("SHA-256"));
    let certificate_type = e
        .doc
        .get("certificateType")
        .cloned()
        .unwrap_or(json!("san"));
    let pending: Vec<Value> = ch
        .certs
        .iter()
        .map(|c| {
            json!({
                "certificateType": certificate_type,
                "fullCertificate": c.certificate,
                "keyAlgorithm": c.key_algorithm,
                "ocspStapled": false,
                "ocspUris": [],
                "signatureAlgorithm": sig,
            })
        })
        .collect();
    let mut net = network(&e.doc);
    if let Some(m) = net.as_object_mut() {
        m.insert("networkType".into(), json!("standard-worldwide"));
    }
    json!({
        "acknowledgementDeadline": null,
        "pendingState": {
            "pendingCertificates": pending,
            "pendingNetworkConfiguration": net,
        },
        "validationResult": {"errors": null, "warnings": []},
        "validationResultHash": validation_hash(ch),
    })
}

/// The hash change management's acknowledgement carries: over the pending certificates.
pub fn validation_hash(ch: &Change) -> String {
    let mut h = Sha256::new();
    for c in &ch.certs {
        h.update(c.certificate.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// `change-history.v5`, newest first.
pub fn change_history(e: &Enrollment) -> Value {
    let ra = e.doc.get("ra").cloned().unwrap_or(Value::Null);
    let changes: Vec<Value> = e
        .changes
        .iter()
        .rev()
        .map(|ch| {
            let (mut primary, stacked) = primary_and_stacked(&ch.certs, &Value::Null);
            if let (Some(m), Some(k)) = (primary.as_object_mut(), ch.csrs.first()) {
                m.insert("csr".into(), k.csr.clone().into());
                m.remove("expiry");
                m.remove("signatureAlgorithm");
            }
            json!({
                "action": ch.action,
                "actionDescription": format!("The sandbox's {} change {}", ch.action, ch.id),
                "status": match ch.end.as_str() { "open" => "incomplete", other => other },
                "createdBy": "sandbox",
                "createdOn": ch.created,
                "lastUpdated": ch.since,
                "ra": ra,
                "businessCaseId": null,
                "primaryCertificate": primary,
                "multiStackedCertificates": stacked,
                "primaryCertificateOrderDetails": {"orderId": null},
            })
        })
        .collect();
    json!({ "changes": changes })
}

/// `certificate-history.v2`, newest first.
pub fn certificate_history(e: &Enrollment) -> Value {
    let sig = e
        .doc
        .get("signatureAlgorithm")
        .cloned()
        .unwrap_or(json!("SHA-256"));
    let n = e.history.len();
    let certificates: Vec<Value> = e
        .history
        .iter()
        .enumerate()
        .rev()
        .map(|(i, d)| {
            let (primary, stacked) = primary_and_stacked(&d.certs, &sig);
            let active = if i + 1 == n { "active" } else { "inactive" };
            json!({
                "type": e.doc.get("certificateType").cloned().unwrap_or(Value::Null),
                "deploymentStatus": active,
                "stagingStatus": active,
                "geography": "standard-worldwide",
                "ra": e.doc.get("ra").cloned().unwrap_or(Value::Null),
                "slots": [e.slot],
                "primaryCertificate": primary,
                "multiStackedCertificates": stacked,
            })
        })
        .collect();
    json!({ "certificates": certificates })
}

fn active_network(e: &Enrollment, d: &Deployed, sig: &Value, network_name: &str) -> Value {
    let entry = |c: &Cert| {
        json!({
            "serial": c.serial,
            "sha256Fingerprint": c.sha256_fingerprint,
            "expiry": c.expiry,
            "issuer": c.issuer,
            "keyAlgorithm": c.key_algorithm,
            "signatureAlgorithm": sig,
        })
    };
    let mut all = d.certs.iter().map(entry);
    json!({
        "location": format!("{}/deployments/{network_name}", enrollment_link(e.id)),
        "networkConfiguration": network(&e.doc),
        "primaryCertificate": all.next().unwrap_or(Value::Null),
        "multiStackedCertificates": all.collect::<Vec<_>>(),
    })
}

/// One enrollment of `active-certificates.v2` (those with a certificate on a network).
pub fn active(e: &Enrollment) -> Option<Value> {
    if e.production.is_none() && e.staging.is_none() {
        return None;
    }
    let sig = e
        .doc
        .get("signatureAlgorithm")
        .cloned()
        .unwrap_or(json!("SHA-256"));
    let full = enrollment(e);
    let net = |d: &Option<Deployed>, name| {
        d.as_ref()
            .map(|d| active_network(e, d, &sig, name))
            .unwrap_or(Value::Null)
    };
    Some(json!({
        "id": e.id,
        "location": enrollment_link(e.id),
        "certificateType": full.get("certificateType"),
        "enableMultiStackedCertificates": full.get("enableMultiStackedCertificates").cloned().unwrap_or(json!(false)),
        "csr": {"cn": full.pointer("/csr/cn"), "sans": full.pointer("/csr/sans")},
        "pendingChanges": full.get("pendingChanges"),
        "assignedSlots": full.get("assignedSlots"),
        "productionSlots": full.get("productionSlots"),
        "stagingSlots": full.get("stagingSlots"),
        "production": net(&e.production, "production"),
        "staging": net(&e.staging, "staging"),
    }))
}

/// A `deployment` of version 1 to 5 held one certificate at its top level (`certificate`,
/// `trustChain`, `expiry`), as the `akamai cps` CLI (which asks for v3) reads it: the
/// primary certificate's fields are copied there. Other answers are the newest shape.
pub fn older_shape(body: &mut Value, answer_type: &str) {
    let old =
        (1..=5).any(|v| answer_type == format!("application/vnd.akamai.cps.deployment.v{v}+json"));
    if !old {
        return;
    }
    let primary = body
        .get("primaryCertificate")
        .cloned()
        .unwrap_or(Value::Null);
    if let (Some(m), Some(p)) = (body.as_object_mut(), primary.as_object()) {
        for k in ["certificate", "trustChain", "expiry"] {
            if let Some(v) = p.get(k) {
                m.insert(k.into(), v.clone());
            }
        }
    }
}
