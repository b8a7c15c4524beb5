//! The nine API operations as functions over the state and a clock.
//!
//! Rules (docs/reference/moks.md §5, Akamai's PowerShell guide "Manage client certificates" — the
//! guide wins where they disagree — and the sandbox's own choices where both are silent):
//! - every operation first brings the account up to date: [`views::normalize`] (deploys,
//!   purges), then the server-side steps time causes — an expired AKAMAI version is rotated
//!   ([`auto_rotate`]), and with a CA schedule the account CA moves on ([`advance_ca`]).
//!   An `accountSwitchKey` never seen before gets a fresh, empty account (accounts are
//!   separate: certificates of one key are invisible to another). At most `max_accounts`
//!   accounts exist (the default one aside); a new key beyond that is refused 403, as for a
//!   key the credential may not use. A new account costs no key generation;
//! - the account CA is created with the account's first Akamai-signed certificate, and not
//!   before ("An account CA isn't created when you manage only third-party certificates");
//!   its name carries the same account number as the default client subject's OU
//!   (`23456 Account CA G1`, `OU=23456 …`), it is RSA 4096, created by `akamai` (the guide's
//!   example shows a user's e-mail there; the sandbox names the server, which made it);
//! - create → 201 ClientCertificate plus version 1: AKAMAI versions are signed at once by the
//!   account CA and start DEPLOYMENT_PENDING; THIRD_PARTY versions get a key pair and a CSR
//!   and start AWAITING_SIGNED_CERTIFICATE. Names are unique per account, compared exactly,
//!   including certificates whose versions are all DELETE_PENDING (400 duplicate name: the
//!   guide, "If you attempt to recreate that certificate during this 24-hour window … you
//!   receive an error");
//! - PATCH → 200 with no body, and upload → 200 with no body: the guide says
//!   Set-MOKSClientCert and Complete-MOKSClientCertVersion "don't return any output" (the
//!   reference: the bodies are unknown and GO ignores them);
//! - rotate → 201 with the new version (an AKAMAI one as CURRENT, with the CURRENT GUID);
//!   refused (409) while any version is DEPLOYMENT_PENDING or DELETE_PENDING ("You can't
//!   rotate if a version is in the DEPLOYMENT_PENDING or DELETE_PENDING status"), and for a
//!   THIRD_PARTY certificate that already has 5 versions; an AKAMAI certificate keeps at most
//!   2 (the oldest is dropped). Version numbers only grow: deleting the highest leaves a gap;
//! - delete: a version that properties active on production use → 409 naming them ("only
//!   if it isn't used in any property activated on the production network"); DEPLOYED →
//!   202 + DELETE_PENDING for the configured window (24 h), after which the version is gone,
//!   and the whole certificate when it was the last deployed one; a never-deployed version
//!   → 204, gone at once ("Non-deployed versions are deleted instantly"); DELETE_PENDING →
//!   409. The last version gone takes the certificate with it;
//! - upload → only for AWAITING_SIGNED_CERTIFICATE (else 409); the certificate must be PEM,
//!   for the CSR's key and valid now (else 400, field `certificate`); then its validation
//!   findings: errors (subject other than the CSR's, trust chain that does not link) refuse
//!   it with 400, warnings (no clientAuth usage, under 30 days left) refuse it unless
//!   `acknowledgeAllWarnings=true`, and are then recorded in `validation.warnings`. The
//!   version takes its `subject`, `issuer`, `signatureAlgorithm` and dates from the
//!   certificate and becomes CURRENT.

use super::problem::{self, FieldError, Reply};
use super::state::{CaCert, CertificateBlock, ClientCert, CsrBlock, ValidationDetail, Version};
use super::validate::{NewCert, Patch, Upload};
use super::views::{
    self, Clock, AWAITING, CURRENT, DELETE_PENDING, DEPLOYED, DEPLOYMENT_PENDING, PREVIOUS,
};
use crate::core::account::{self, Account};
pub use crate::core::api::Outcome;
use crate::core::store::{fmt_date, parse_date, State};
use crate::core::x509;
use serde_json::{json, Value};
use time::Duration;

/// Who acts (shown in createdBy / certificateSubmittedBy).
pub const USER: &str = "sandbox-user";

/// Who acts when the server does something by itself (the account CA, automatic rotation).
pub const SERVER: &str = "akamai";

const QUALIFYING: &str = "QUALIFYING";
const EXPIRED: &str = "EXPIRED";

/// The most account CA generations kept (the oldest expired ones are dropped).
const MAX_CA_GENERATIONS: usize = 4;

/// A parsed, validated request.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    ListCa(Option<Vec<String>>),
    Create(NewCert),
    ListCerts,
    GetCert(i64),
    Patch(i64, Patch),
    Rotate(i64),
    ListVersions(i64, bool),
    DeleteVersion(i64, i64),
    Upload(i64, i64, Upload, bool),
}

fn same(reply: Reply) -> Outcome {
    Outcome::same(reply)
}

fn changed(reply: Reply) -> Outcome {
    Outcome::changed(reply)
}

/// The subject of an account's CA.
pub fn ca_subject(common_name: &str) -> String {
    format!("/C=US/O=Akamai Technologies, Inc./OU=Akamai CDN mTLS/CN={common_name}/")
}

/// The common name of generation `generation` of the CA of account number `vcd_id`.
pub fn ca_common_name(vcd_id: &str, generation: i64) -> String {
    format!("{vcd_id} Account CA G{generation}")
}

/// Generation `generation` of the account CA, issued at `not_before`.
fn make_ca(
    account: &Account,
    generation: i64,
    not_before: time::OffsetDateTime,
    not_after: time::OffsetDateTime,
    status: &str,
    qualification: Option<time::OffsetDateTime>,
) -> Result<CaCert, String> {
    let common_name = ca_common_name(&account.vcd_id, generation);
    let subject = ca_subject(&common_name);
    let ca = x509::new_account_ca(&subject, not_before, not_after)?;
    Ok(CaCert {
        id: account
            .moks
            .ca_certificates
            .iter()
            .map(|c| c.id)
            .max()
            .unwrap_or(0)
            + 1,
        version: generation,
        subject,
        common_name,
        key_algorithm: "RSA".into(),
        key_size_in_bytes: x509::ACCOUNT_CA_KEY_BITS,
        signature_algorithm: ca.signature_algorithm,
        certificate: ca.certificate_pem,
        private_key: ca.private_key_pem,
        status: status.into(),
        issued_date: fmt_date(not_before),
        expiry_date: fmt_date(not_after),
        qualification_date: qualification.map(fmt_date),
        created_by: SERVER.into(),
        created_date: fmt_date(not_before),
    })
}

/// Creates the account CA (generation 1, CURRENT) when the account has none.
fn ensure_ca(account: &mut Account, clock: &Clock) -> Result<(), String> {
    if !account.moks.ca_certificates.is_empty() {
        return Ok(());
    }
    let now = clock.now;
    // Five years (docs/reference/moks.md §5: the account CA nears expiry "every 5 years"), or two
    // periods of the CA schedule.
    let life = clock
        .ca_rotation
        .map_or(Duration::days(5 * 365 + 1), |p| p * 2);
    let ca = make_ca(account, 1, now, now + life, CURRENT, Some(now))?;
    account.moks.ca_certificates.push(ca);
    Ok(())
}

/// Moves the account CA through its statuses on the configured schedule (see
/// [`crate::Timing::ca_rotation`]): generation k+j qualifies j periods after generation k
/// did, appears as QUALIFYING half a period before, is PREVIOUS for the next period and
/// EXPIRED after. Generations that would have come and gone while nobody asked are never
/// made, so a long pause costs at most three new CAs.
fn advance_ca(account: &mut Account, clock: &Clock) -> Result<bool, String> {
    let Some(p) = clock.ca_rotation else {
        return Ok(false);
    };
    let Some(cur) = account
        .moks
        .ca_certificates
        .iter()
        .filter(|c| c.status == CURRENT)
        .max_by_key(|c| c.version)
    else {
        return Ok(false);
    };
    let k = cur.version;
    let Some(q) = cur
        .qualification_date
        .as_deref()
        .and_then(parse_date)
        .or_else(|| parse_date(&cur.issued_date))
    else {
        return Ok(false);
    };
    let period = p.whole_seconds().max(1);
    let elapsed = (clock.now - q).whole_seconds();
    if elapsed < 0 {
        return Ok(false);
    }
    let n = elapsed / period;
    let at = |j: i64| q + Duration::seconds(period.saturating_mul(j));
    let mut changed = false;
    for generation in (k + 1).max(k + n - 1)..=(k + n + 1) {
        let qualifies = at(generation - k);
        let created = qualifies - Duration::seconds(period / 2);
        if created > clock.now {
            break;
        }
        let status = match generation - k - n {
            1 => QUALIFYING,
            0 => CURRENT,
            _ => PREVIOUS,
        };
        let qualification = (status != QUALIFYING).then_some(qualifies);
        match account
            .moks
            .ca_certificates
            .iter_mut()
            .find(|c| c.version == generation)
        {
            Some(c) if c.status == status => {}
            Some(c) => {
                c.status = status.into();
                c.qualification_date = qualification.map(fmt_date);
                changed = true;
            }
            None => {
                let not_after = qualifies + Duration::seconds(period.saturating_mul(2));
                let ca = make_ca(
                    account,
                    generation,
                    created,
                    not_after,
                    status,
                    qualification,
                )?;
                account.moks.ca_certificates.push(ca);
                changed = true;
            }
        }
    }
    if n >= 1 {
        for c in &mut account.moks.ca_certificates {
            let wanted = if c.version == k + n - 1 {
                PREVIOUS
            } else if c.version < k + n - 1 {
                EXPIRED
            } else {
                continue;
            };
            if c.status != wanted {
                c.status = wanted.into();
                changed = true;
            }
        }
    }
    account.moks.ca_certificates.sort_by_key(|c| c.version);
    while account.moks.ca_certificates.len() > MAX_CA_GENERATIONS {
        account.moks.ca_certificates.remove(0);
        changed = true;
    }
    Ok(changed)
}

/// The default subject of a certificate.
pub fn default_subject(vcd_id: &str, n: &NewCert) -> String {
    format!(
        "/C=US/O=Akamai Technologies, Inc./OU={vcd_id} {} {}/CN={}/",
        n.contract_id, n.group_id, n.certificate_name
    )
}

/// Builds version `number` of `cert` at `clock.now`: signed by `ca` for AKAMAI, a CSR for
/// THIRD_PARTY (which has no subject or signature algorithm until its certificate is
/// uploaded, as the guide's example shows).
pub fn build_version(
    cert: &ClientCert,
    ca: Option<&CaCert>,
    number: i64,
    clock: &Clock,
) -> Result<Version, String> {
    let now = clock.now;
    let rsa = cert.key_algorithm != "ECDSA";
    let mut v = Version {
        version: number,
        version_guid: uuid::Uuid::new_v4().to_string(),
        key_algorithm: cert.key_algorithm.clone(),
        elliptic_curve: (!rsa).then(|| "P-256".to_string()),
        key_size_in_bytes: rsa.then(|| "2048".to_string()),
        created_by: USER.into(),
        created_date: fmt_date(now),
        ..Default::default()
    };
    if cert.signer == "AKAMAI" {
        let ca = ca.ok_or("the account has no CA certificate")?;
        let leaf = x509::issue_leaf(
            &ca.certificate,
            &ca.private_key,
            &cert.subject,
            &cert.key_algorithm,
            now,
            clock.akamai_lifetime,
        )?;
        v.status = DEPLOYMENT_PENDING.into();
        v.subject = Some(cert.subject.clone());
        v.signature_algorithm = Some(leaf.signature_algorithm);
        views::request_deployment(&mut v, clock);
        v.issuer = Some(ca.common_name.clone());
        v.issued_date = Some(fmt_date(leaf.not_before));
        v.expiry_date = Some(fmt_date(leaf.not_after));
        v.certificate_block = Some(CertificateBlock {
            certificate: leaf.certificate_pem,
            key_algorithm: cert.key_algorithm.clone(),
            trust_chain: Some(ca.certificate.clone()),
        });
        v.private_key = Some(leaf.private_key_pem);
    } else {
        let csr = x509::new_csr(&cert.subject, &cert.key_algorithm)?;
        v.status = AWAITING.into();
        v.csr_block = Some(CsrBlock {
            csr: csr.csr_pem,
            key_algorithm: cert.key_algorithm.clone(),
        });
        v.private_key = Some(csr.private_key_pem);
    }
    Ok(v)
}

/// The CA that signs a certificate: its preferred one while it exists, else the CURRENT one.
fn signing_ca<'a>(account: &'a Account, preferred: Option<&str>) -> Option<&'a CaCert> {
    preferred
        .and_then(|p| {
            account
                .moks
                .ca_certificates
                .iter()
                .find(|c| c.common_name == p)
        })
        .or_else(|| {
            account
                .moks
                .ca_certificates
                .iter()
                .filter(|c| c.status == CURRENT)
                .max_by_key(|c| c.version)
        })
        .or_else(|| account.moks.ca_certificates.last())
}

/// Adds the next version to certificate `ci`, made at `clock.now` by `who`; an AKAMAI
/// certificate keeps at most two versions (the oldest is dropped) and its new version
/// becomes CURRENT. Returns the new version's index.
fn add_version(
    account: &mut Account,
    ci: usize,
    clock: &Clock,
    who: &str,
) -> Result<usize, String> {
    let c = &account.moks.certificates[ci];
    let ca = signing_ca(account, c.preferred_ca.as_deref());
    let number = c.next_version;
    let mut v = build_version(c, ca, number, clock)?;
    v.created_by = who.into();
    let c = &mut account.moks.certificates[ci];
    if c.signer == "AKAMAI" {
        // The guide: "For certificates with two versions, forcing a rotation removes the
        // oldest version."
        c.versions.sort_by_key(|v| v.version);
        while c.versions.len() >= 2 {
            c.versions.remove(0);
        }
    }
    c.next_version = number.saturating_add(1);
    c.versions.push(v);
    if c.signer == "AKAMAI" {
        views::note_current(c, number);
    }
    Ok(c.versions.len() - 1)
}

/// Rotates every AKAMAI certificate whose CURRENT version has expired ("Versions are
/// automatically rotated by the server every time a given version expires": the guide; the
/// docs/reference/moks.md §5 says "before it expires" without saying how long before, so the
/// guide's moment is used). The new
/// version is issued at the expiry (or now, when the expiry is more than a lifetime ago),
/// by `akamai`. Not while a version is DEPLOYMENT_PENDING or DELETE_PENDING.
fn auto_rotate(account: &mut Account, clock: &Clock) -> Result<bool, String> {
    let mut rotated = false;
    for ci in 0..account.moks.certificates.len() {
        let c = &account.moks.certificates[ci];
        if c.signer != "AKAMAI"
            || c.versions
                .iter()
                .any(|v| v.status == DEPLOYMENT_PENDING || v.status == DELETE_PENDING)
        {
            continue;
        }
        let (Some(current), _) = views::aliases(c) else {
            continue;
        };
        let expiry = c
            .versions
            .iter()
            .find(|v| v.version == current)
            .and_then(|v| v.expiry_date.as_deref())
            .and_then(parse_date);
        let Some(expiry) = expiry.filter(|e| *e <= clock.now) else {
            continue;
        };
        let at = if clock.now - expiry < clock.akamai_lifetime {
            expiry
        } else {
            clock.now
        };
        add_version(account, ci, &Clock { now: at, ..*clock }, SERVER)?;
        rotated = true;
    }
    if rotated {
        views::normalize(account, clock);
    }
    Ok(rotated)
}

fn not_found_cert(id: i64) -> Outcome {
    same(problem::not_found("certificateId", &id.to_string()))
}

/// The index of certificate `id`, or its 404.
#[allow(clippy::result_large_err)] // an error here is the whole answer, built once
fn cert_index(account: &Account, id: i64) -> Result<usize, Outcome> {
    account
        .moks
        .certificates
        .iter()
        .position(|c| c.certificate_id == id)
        .ok_or_else(|| not_found_cert(id))
}

fn duplicate_name() -> Reply {
    problem::invalid(
        "certificateName",
        "Certificate with same name already exists.",
    )
}

/// Runs one operation on the account `account_key`, made first when it is new (the server
/// has made it, within its limit, before a request's operation runs; the seed and the tests
/// rely on this).
pub fn apply(state: &mut State, account_key: &str, op: Op, clock: &Clock) -> Outcome {
    let created = match account::open(state, account_key, usize::MAX) {
        Ok(c) => c,
        Err(e) => return same(problem::internal(&e)),
    };
    let next_id = &mut state.next_certificate_id;
    let Some(account) = state.accounts.get_mut(account_key) else {
        return same(problem::internal("account vanished"));
    };
    // Time-derived changes need no write of their own: they are recomputed on every read.
    views::normalize(account, clock);
    // What the server does by itself (new GUIDs, rotations, CA generations) is written.
    let mut server_side = false;
    for c in &mut account.moks.certificates {
        for guid in [&mut c.current_guid, &mut c.previous_guid] {
            if guid.is_empty() {
                *guid = uuid::Uuid::new_v4().to_string();
                server_side = true;
            }
        }
    }
    match (auto_rotate(account, clock), advance_ca(account, clock)) {
        (Ok(a), Ok(b)) => server_side |= a | b,
        (Err(e), _) | (_, Err(e)) => return same(problem::internal(&e)),
    }
    let mut out = run(account, next_id, op, clock);
    out.changed |= created | server_side;
    out
}

fn run(account: &mut Account, next_id: &mut i64, op: Op, clock: &Clock) -> Outcome {
    let now = clock.now;
    match op {
        Op::ListCa(filter) => {
            let list: Vec<_> = account
                .moks
                .ca_certificates
                .iter()
                .map(|c| views::ca_view(c, &account.account_id, now))
                .filter(|v| match &filter {
                    None => true,
                    Some(f) => f.iter().any(|s| v["status"] == s.as_str()),
                })
                .collect();
            same(Reply::json(200, json!({ "certificates": list })))
        }
        Op::ListCerts => {
            let list: Vec<_> = account
                .moks
                .certificates
                .iter()
                .map(views::cert_view)
                .collect();
            same(Reply::json(200, json!({ "certificates": list })))
        }
        Op::GetCert(id) => match cert_index(account, id) {
            Ok(ci) => same(Reply::json(
                200,
                views::cert_view(&account.moks.certificates[ci]),
            )),
            Err(not_found) => not_found,
        },
        Op::Create(n) => create(account, next_id, n, clock),
        Op::Patch(id, p) => patch(account, id, p),
        Op::Rotate(id) => rotate(account, id, clock),
        Op::ListVersions(id, props) => match cert_index(account, id) {
            Ok(ci) => {
                let c = &account.moks.certificates[ci];
                same(Reply::json(
                    200,
                    json!({ "versions": views::versions_list(c, props) }),
                ))
            }
            Err(not_found) => not_found,
        },
        Op::DeleteVersion(id, number) => delete_version(account, id, number, clock),
        Op::Upload(id, number, body, ack) => upload(account, id, number, body, ack, clock),
    }
}

fn patch(account: &mut Account, id: i64, p: Patch) -> Outcome {
    let ci = match cert_index(account, id) {
        Ok(ci) => ci,
        Err(not_found) => return not_found,
    };
    if let Some(name) = &p.certificate_name {
        if account
            .moks
            .certificates
            .iter()
            .any(|c| c.certificate_id != id && &c.certificate_name == name)
        {
            return same(duplicate_name());
        }
    }
    let c = &mut account.moks.certificates[ci];
    if let Some(name) = p.certificate_name {
        c.certificate_name = name;
    }
    if let Some(emails) = p.notification_emails {
        c.notification_emails = emails;
    }
    // No body: "The Set-MOKSClientCert operation doesn't return any output" (the guide).
    changed(Reply::empty(200))
}

fn create(account: &mut Account, next_id: &mut i64, n: NewCert, clock: &Clock) -> Outcome {
    if account
        .moks
        .certificates
        .iter()
        .any(|c| c.certificate_name == n.certificate_name)
    {
        return same(duplicate_name());
    }
    if n.signer == "AKAMAI" {
        if let Some(p) = &n.preferred_ca {
            // Before the account's first Akamai-signed certificate its CA does not exist
            // yet, but its name is known.
            let names: Vec<String> = if account.moks.ca_certificates.is_empty() {
                vec![ca_common_name(&account.vcd_id, 1)]
            } else {
                account
                    .moks
                    .ca_certificates
                    .iter()
                    .map(|c| c.common_name.clone())
                    .collect()
            };
            if !names.contains(p) {
                return same(problem::invalid(
                    "preferredCa",
                    format!(
                        "No account CA certificate is named '{p}'; known: {}.",
                        names.join(", ")
                    ),
                ));
            }
        }
        if let Err(e) = ensure_ca(account, clock) {
            return same(problem::internal(&e));
        }
    }
    let subject = n
        .subject
        .clone()
        .unwrap_or_else(|| default_subject(&account.vcd_id, &n));
    let cert = ClientCert {
        certificate_id: *next_id,
        certificate_name: n.certificate_name,
        signer: n.signer,
        secure_network: n.secure_network,
        geography: n.geography,
        key_algorithm: n.key_algorithm,
        subject,
        notification_emails: n.notification_emails,
        created_by: USER.into(),
        created_date: fmt_date(clock.now),
        contract_id: n.contract_id,
        group_id: n.group_id,
        preferred_ca: n.preferred_ca,
        next_version: 1,
        versions: Vec::new(),
        current_guid: uuid::Uuid::new_v4().to_string(),
        previous_guid: uuid::Uuid::new_v4().to_string(),
        alias_history: Vec::new(),
    };
    account.moks.certificates.push(cert);
    let ci = account.moks.certificates.len() - 1;
    if let Err(e) = add_version(account, ci, clock, USER) {
        account.moks.certificates.pop();
        return same(problem::internal(&e));
    }
    *next_id = next_id.saturating_add(1);
    changed(Reply::json(
        201,
        views::cert_view(&account.moks.certificates[ci]),
    ))
}

fn rotate(account: &mut Account, id: i64, clock: &Clock) -> Outcome {
    let ci = match cert_index(account, id) {
        Ok(ci) => ci,
        Err(not_found) => return not_found,
    };
    let c = &account.moks.certificates[ci];
    for v in &c.versions {
        if v.status == DEPLOYMENT_PENDING || v.status == DELETE_PENDING {
            return same(problem::conflict(format!(
                "Client certificate {id} cannot be rotated while version {} is {}; {}.",
                v.version,
                v.status,
                if v.status == DEPLOYMENT_PENDING {
                    "wait until it is DEPLOYED"
                } else {
                    "wait until its deletion completes"
                }
            )));
        }
    }
    if c.signer == "THIRD_PARTY" && c.versions.len() >= 5 {
        return same(problem::conflict(format!(
            "Client certificate {id} already has {} versions, the most a THIRD_PARTY client certificate can have; delete a version before rotating.",
            c.versions.len()
        )));
    }
    match add_version(account, ci, clock, USER) {
        Ok(vi) => {
            let c = &account.moks.certificates[ci];
            changed(Reply::json(201, views::version_record(c, &c.versions[vi])))
        }
        Err(e) => same(problem::internal(&e)),
    }
}

#[allow(clippy::result_large_err)] // an error here is the whole answer, built once
fn find_version(account: &mut Account, id: i64, number: i64) -> Result<(usize, usize), Outcome> {
    let ci = cert_index(account, id)?;
    match account.moks.certificates[ci]
        .versions
        .iter()
        .position(|v| v.version == number)
    {
        Some(vi) => Ok((ci, vi)),
        None => Err(same(problem::not_found("version", &number.to_string()))),
    }
}

/// `propertyName vN (assetId …)` for each property.
fn property_names(properties: &[Value]) -> String {
    properties
        .iter()
        .map(|p| {
            let name = p["propertyName"].as_str().unwrap_or("(unnamed property)");
            let mut s = name.to_string();
            if let Some(v) = p["propertyVersion"].as_i64() {
                s.push_str(&format!(" v{v}"));
            }
            if let Some(a) = p["assetId"].as_i64() {
                s.push_str(&format!(" (assetId {a})"));
            }
            s
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn delete_version(account: &mut Account, id: i64, number: i64, clock: &Clock) -> Outcome {
    let (ci, vi) = match find_version(account, id, number) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let c = &mut account.moks.certificates[ci];
    let v = &mut c.versions[vi];
    if v.status == DELETE_PENDING {
        return same(problem::conflict(format!(
            "Version {number} of client certificate {id} is already DELETE_PENDING (deletion scheduled for {}).",
            v.scheduled_delete_date.as_deref().unwrap_or("unknown")
        )));
    }
    // The guide: "You can delete a specific client certificate version only if it isn't used
    // in any property activated on the production network"; `properties` lists only those.
    // The reference (docs/reference/moks.md §5, gaps 7) did not know whether the server refuses;
    // the guide is followed. The status is the sandbox's choice (409, like the other refusals the
    // state causes).
    if !v.properties.is_empty() {
        return same(problem::in_use(
            format!(
                "Version {number} of client certificate {id} is used by properties active on the production network: {}. Point their mtlsOriginKeystore behavior at another version first.",
                property_names(&v.properties)
            ),
            v.properties.clone(),
        ));
    }
    if v.status == DEPLOYED {
        let when = clock.now + clock.delete_pending;
        v.status = DELETE_PENDING.into();
        v.delete_requested_date = Some(fmt_date(clock.now));
        v.scheduled_delete_date = Some(fmt_date(when));
        return changed(Reply::json(
            202,
            json!({ "message": views::delete_message(when) }),
        ));
    }
    c.versions.remove(vi);
    views::prune_history(c);
    if c.versions.is_empty() {
        account.moks.certificates.remove(ci);
    }
    changed(Reply::empty(204))
}

fn detail(f: &x509::Finding) -> ValidationDetail {
    ValidationDetail {
        message: f.message.clone(),
        reason: f.reason.clone(),
        kind: f.kind.into(),
    }
}

fn upload(
    account: &mut Account,
    id: i64,
    number: i64,
    body: Upload,
    ack: bool,
    clock: &Clock,
) -> Outcome {
    let (ci, vi) = match find_version(account, id, number) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let c = &mut account.moks.certificates[ci];
    let signer = c.signer.clone();
    let v = &mut c.versions[vi];
    if v.status != AWAITING {
        let why = if signer == "AKAMAI" {
            " (Akamai signs AKAMAI versions itself)"
        } else {
            ""
        };
        return same(problem::conflict(format!(
            "Version {number} of client certificate {id} is {}; a signed certificate can only be uploaded to a version in AWAITING_SIGNED_CERTIFICATE{why}.",
            v.status
        )));
    }
    let Some(csr) = v.csr_block.as_ref().map(|b| b.csr.clone()) else {
        return same(problem::internal("this version has no CSR"));
    };
    if let Some(chain) = &body.trust_chain {
        if let Err(reason) = x509::check_chain(chain) {
            return same(problem::invalid(
                "trustChain",
                format!("The trust chain is invalid: {reason}."),
            ));
        }
    }
    let up = match x509::check_upload(
        &body.certificate,
        &csr,
        body.trust_chain.as_deref(),
        clock.now,
    ) {
        Ok(u) => u,
        Err(reason) => {
            return same(problem::invalid(
                "certificate",
                format!(
                    "Certificate is either invalid or cannot not be accepted. Reason: {reason}."
                ),
            ))
        }
    };
    let validation = json!({
        "errors": up.errors.iter().map(detail).collect::<Vec<_>>(),
        "warnings": up.warnings.iter().map(detail).collect::<Vec<_>>(),
    });
    if !up.errors.is_empty() {
        let errs = up
            .errors
            .iter()
            .map(|f| FieldError::invalid(f.field, f.message.clone()))
            .collect();
        return same(problem::validation_failed(errs, validation));
    }
    if !up.warnings.is_empty() && !ack {
        let errs = up
            .warnings
            .iter()
            .map(|f| {
                FieldError::warning(
                    f.field,
                    format!(
                        "{} Repeat the upload with acknowledgeAllWarnings=true to accept it.",
                        f.message
                    ),
                )
            })
            .collect();
        return same(problem::validation_failed(errs, validation));
    }
    v.validation.errors = Vec::new();
    v.validation.warnings = up.warnings.iter().map(detail).collect();
    v.certificate_block = Some(CertificateBlock {
        certificate: up.certificate_pem,
        key_algorithm: v.key_algorithm.clone(),
        trust_chain: body.trust_chain,
    });
    v.subject = Some(up.subject);
    v.signature_algorithm = Some(up.signature_algorithm);
    v.issuer = Some(up.issuer);
    v.issued_date = Some(fmt_date(up.not_before));
    v.expiry_date = Some(fmt_date(up.not_after));
    v.certificate_submitted_by = Some(USER.into());
    v.certificate_submitted_date = Some(fmt_date(clock.now));
    views::request_deployment(v, clock);
    v.status = DEPLOYMENT_PENDING.into();
    // "The most recently deployed or pending deployment version is labeled as CURRENT."
    views::note_current(c, number);
    // No body: "The Complete-MOKSClientCertVersion operation doesn't return any output."
    changed(Reply::empty(200))
}

#[cfg(test)]
#[path = "lifecycle_tests.rs"]
mod tests;
