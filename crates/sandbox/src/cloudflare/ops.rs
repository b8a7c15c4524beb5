//! The operations, on one account's zones under the state lock: each answers in the
//! envelope and says whether it changed the state.

use serde_json::{json, Value};
use std::time::Duration;
use time::OffsetDateTime;

use super::{answers, ca, Association, Cert, Config, Zone, Zones};
use crate::core::api::Outcome;
use crate::core::problem::Reply;
use crate::core::store::{fmt_date, parse_date, truncate, State};
use moks_model::cloudflare::rules::{self, ListQuery};
use moks_model::cloudflare::{
    Action, CertificateAuthority, ClientCertificate, CreateClientCertificate,
    HostnameAssociationsBody, ResultInfo, Status,
};
use moks_model::ApiEnum;

/// Associations one zone keeps (the Managed CA's and BYO CAs'), at most.
const MAX_ASSOCIATIONS: usize = 50;

/// What a routed request does.
#[derive(Debug)]
pub enum Op {
    ListZones {
        name: Option<String>,
        query: ListQuery,
    },
    GetZone {
        zone: String,
    },
    List {
        zone: String,
        query: ListQuery,
    },
    Get {
        zone: String,
        id: String,
    },
    Create {
        zone: String,
        body: CreateClientCertificate,
    },
    Reactivate {
        zone: String,
        id: String,
    },
    Revoke {
        zone: String,
        id: String,
    },
    GetAssociations {
        zone: String,
        mtls_certificate_id: Option<String>,
    },
    SetAssociations {
        zone: String,
        body: HostnameAssociationsBody,
    },
}

/// Runs `op` on the account `account_key` (which the server made), making its zones first
/// when it has none.
pub fn apply(
    state: &mut State,
    account_key: &str,
    op: Op,
    now: OffsetDateTime,
    cfg: &Config,
) -> Outcome {
    let Some(account) = state.accounts.get_mut(account_key) else {
        return Outcome::same(answers::error(500, 1500, "the account vanished"));
    };
    let made = match ca::ensure_zones(&mut account.cloudflare, cfg, now) {
        Ok(made) => made,
        Err(e) => {
            return Outcome::same(answers::error(500, 1500, format!("zone setup failed: {e}")))
        }
    };
    let account_id = ca::derived_id(&format!("moks sandbox account {}", account.account_id));
    let mut out = run(&mut account.cloudflare, &account_id, op, truncate(now), cfg);
    out.changed |= made;
    out
}

/// A certificate's status at `now`: a pending one has settled once `delay` has passed.
pub fn status_at(cert: &Cert, now: OffsetDateTime, delay: Duration) -> Status {
    let written = Status::from_api(&cert.status);
    let since = parse_date(&cert.status_at).unwrap_or(now);
    match written.settles_to() {
        Some(next) if now >= since + delay => next,
        _ => written,
    }
}

/// The API's view of a certificate in `status`.
fn view(cert: &Cert, zone: &Zone, status: Status) -> Value {
    let v = ClientCertificate {
        id: Some(cert.id.clone()),
        certificate: Some(cert.certificate.clone()),
        certificate_authority: Some(CertificateAuthority {
            id: Some(zone.ca.id.clone()),
            name: Some(zone.ca.name.clone()),
            ..CertificateAuthority::default()
        }),
        common_name: Some(cert.common_name.clone()),
        country: Some(cert.country.clone()),
        csr: Some(cert.csr.clone()),
        expires_on: Some(cert.expires_on.clone()),
        fingerprint_sha256: Some(cert.fingerprint_sha256.clone()),
        issued_on: Some(cert.issued_on.clone()),
        location: Some(cert.location.clone()),
        organization: Some(cert.organization.clone()),
        organizational_unit: Some(cert.organizational_unit.clone()),
        serial_number: Some(cert.serial_number.clone()),
        signature: Some(cert.signature.clone()),
        ski: Some(cert.ski.clone()),
        state: Some(cert.state.clone()),
        status: Some(status),
        validity_days: Some(cert.validity_days),
        ..ClientCertificate::default()
    };
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn zone_view(zone: &Zone, account_id: &str) -> Value {
    json!({
        "id": zone.id, "name": zone.name, "status": "active", "paused": false,
        "type": "full", "development_mode": 0,
        "name_servers": ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"],
        "account": {"id": account_id, "name": "Sandbox account"},
        "permissions": ["#ssl:read", "#ssl:edit"],
        "plan": {"id": "0feeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "name": "Free Website"},
    })
}

/// One page of `items` as the list answers give it.
fn paged(items: Vec<Value>, query: &ListQuery) -> Reply {
    let total = items.len();
    let per_page = query.per_page as usize;
    let start = (query.page as usize - 1).saturating_mul(per_page);
    let page: Vec<Value> = items.into_iter().skip(start).take(per_page).collect();
    let info = ResultInfo {
        page: Some(i64::from(query.page)),
        per_page: Some(i64::from(query.per_page)),
        count: Some(page.len() as i64),
        total_count: Some(total as i64),
        total_pages: Some(rules::total_pages(total, query.per_page) as i64),
        ..ResultInfo::default()
    };
    answers::page(page, info)
}

fn run(zones: &mut Zones, account_id: &str, op: Op, now: OffsetDateTime, cfg: &Config) -> Outcome {
    let delay = cfg.transition_delay;
    let zone_id = match &op {
        Op::ListZones { name, query } => {
            let items = zones
                .zones
                .iter()
                .filter(|z| {
                    name.as_deref()
                        .is_none_or(|n| z.name.eq_ignore_ascii_case(n))
                })
                .map(|z| zone_view(z, account_id))
                .collect();
            return Outcome::same(paged(items, query));
        }
        Op::GetZone { zone }
        | Op::List { zone, .. }
        | Op::Get { zone, .. }
        | Op::Create { zone, .. }
        | Op::Reactivate { zone, .. }
        | Op::Revoke { zone, .. }
        | Op::GetAssociations { zone, .. }
        | Op::SetAssociations { zone, .. } => zone.clone(),
    };
    let Some(z) = zones.zones.iter_mut().find(|z| z.id == zone_id) else {
        let path = format!("/client/v4/zones/{zone_id}");
        return Outcome::same(answers::bad_identifier(404, &path));
    };
    match op {
        Op::ListZones { .. } => Outcome::same(answers::no_route()),
        Op::GetZone { .. } => Outcome::same(answers::ok(zone_view(z, account_id))),
        Op::List { query, .. } => {
            let filter = query
                .status
                .clone()
                .unwrap_or(cfg.default_list_status.clone());
            let items = z
                .certificates
                .iter()
                .map(|c| (c, status_at(c, now, delay)))
                .filter(|(_, s)| filter.matches(s))
                .map(|(c, s)| view(c, z, s))
                .collect();
            Outcome::same(paged(items, &query))
        }
        Op::Get { id, .. } => match z.certificates.iter().find(|c| c.id == id) {
            Some(c) => Outcome::same(answers::ok(view(c, z, status_at(c, now, delay)))),
            None => Outcome::same(answers::no_certificate()),
        },
        Op::Create { body, .. } => create(z, &body, now, cfg),
        Op::Reactivate { id, .. } => transition(z, &id, Action::Reactivate, now, delay),
        Op::Revoke { id, .. } => transition(z, &id, Action::Revoke, now, delay),
        Op::GetAssociations {
            mtls_certificate_id,
            ..
        } => {
            let hostnames = z
                .associations
                .iter()
                .find(|a| a.mtls_certificate_id == mtls_certificate_id)
                .map(|a| a.hostnames.clone())
                .unwrap_or_default();
            Outcome::same(answers::ok(json!({ "hostnames": hostnames })))
        }
        Op::SetAssociations { body, .. } => set_associations(z, body),
    }
}

fn create(
    z: &mut Zone,
    body: &CreateClientCertificate,
    now: OffsetDateTime,
    cfg: &Config,
) -> Outcome {
    if z.certificates.len() >= cfg.max_certificates_per_zone {
        let why = format!(
            "The zone holds {} client certificates, the sandbox's limit.",
            z.certificates.len()
        );
        return Outcome::same(answers::error(400, 1413, why));
    }
    match ca::issue(z, body, now) {
        Ok(cert) => {
            let mut answer = answers::ok(view(&cert, z, Status::Active));
            z.certificates.push(cert);
            if cfg.lost_create_rate > 0.0 && fastrand::f64() < cfg.lost_create_rate {
                let why = "The certificate was issued but the answer was lost (the sandbox's lost_create_rate).";
                answer = answers::error(500, 1500, why);
            }
            Outcome::changed(answer)
        }
        Err(e) => Outcome::same(answers::error(
            400,
            1400,
            format!("The CSR cannot be signed: {e}"),
        )),
    }
}

/// Revoke or reactivate: the status now must allow it; the answer shows the pending
/// status just written (even when the delay is zero and the next read shows it settled).
fn transition(
    z: &mut Zone,
    id: &str,
    action: Action,
    now: OffsetDateTime,
    delay: Duration,
) -> Outcome {
    let Some(i) = z.certificates.iter().position(|c| c.id == id) else {
        return Outcome::same(answers::no_certificate());
    };
    let current = status_at(&z.certificates[i], now, delay);
    let next = match current.after(action) {
        Ok(next) => next,
        Err(why) => {
            return Outcome::same(answers::wrong_status(&format!(
                "Cannot {}: {why}.",
                match action {
                    Action::Revoke => "revoke",
                    Action::Reactivate => "reactivate",
                }
            )))
        }
    };
    let cert = &mut z.certificates[i];
    cert.status = next.to_string();
    cert.status_at = fmt_date(now);
    let answer = answers::ok(view(&z.certificates[i], z, next));
    Outcome::changed(answer)
}

/// Replaces the hostnames of one CA; they must be the zone's name or under it.
fn set_associations(z: &mut Zone, body: HostnameAssociationsBody) -> Outcome {
    let suffix = format!(".{}", z.name);
    let outside: Vec<&String> = body
        .hostnames
        .iter()
        .filter(|h| **h != z.name && !h.ends_with(&suffix))
        .collect();
    if let Some(h) = outside.first() {
        let why = format!("{h} is not a hostname of the zone {}", z.name);
        return Outcome::same(answers::bad_parameter("hostnames", &why));
    }
    let id = body.mtls_certificate_id;
    let full = z.associations.len() >= MAX_ASSOCIATIONS;
    match z
        .associations
        .iter_mut()
        .find(|a| a.mtls_certificate_id == id)
    {
        Some(a) => a.hostnames = body.hostnames.clone(),
        None if full => {
            return Outcome::same(answers::error(
                400,
                1413,
                "The zone holds as many CA associations as the sandbox keeps.",
            ));
        }
        None => z.associations.push(Association {
            mtls_certificate_id: id,
            hostnames: body.hostnames.clone(),
        }),
    }
    Outcome::changed(answers::ok(json!({ "hostnames": body.hostnames })))
}
