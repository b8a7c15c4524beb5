//! The nine API operations as functions over the state and a clock.
//!
//! Rules (API reference §5; the sandbox's own choices where it says "unknown"):
//! - every operation first brings the account up to date ([`views::normalize`]); an
//!   `accountSwitchKey` never seen before gets a fresh account with its own CA (accounts are
//!   separate: certificates of one key are invisible to another);
//! - create → 201 ClientCertificate plus version 1: AKAMAI versions are signed at once by the
//!   account CA and start DEPLOYMENT_PENDING; THIRD_PARTY versions get a key pair and a CSR
//!   and start AWAITING_SIGNED_CERTIFICATE. Names are unique per account, compared exactly,
//!   including certificates whose versions are all DELETE_PENDING (400 duplicate name);
//! - PATCH → 200 with the updated ClientCertificate;
//! - rotate → 201 with the new version; refused (409) while any version is
//!   DEPLOYMENT_PENDING or DELETE_PENDING, and for a THIRD_PARTY certificate that already
//!   has 5 versions; an AKAMAI certificate keeps at most 2 (the oldest is dropped);
//! - delete: DEPLOYED → 202 + DELETE_PENDING for 24 h; a never-deployed version → 204, gone
//!   at once; DELETE_PENDING → 409. The last version gone takes the certificate with it;
//! - upload → 200 with the updated version; only for AWAITING_SIGNED_CERTIFICATE (else
//!   409); the certificate must be PEM, match the CSR key and be valid now (else 400, field
//!   `certificate`); under 30 days left is a warning that blocks (400) unless acknowledged,
//!   and is then recorded in `validation.warnings`.

use super::problem::{self, FieldError, Reply};
use super::state::{
    fmt_date, Account, CaCert, CertificateBlock, ClientCert, CsrBlock, State, ValidationDetail,
    Version,
};
use super::validate::{NewCert, Patch, Upload};
use super::views::{self, Clock, AWAITING, DELETE_PENDING, DEPLOYED, DEPLOYMENT_PENDING};
use super::x509;
use serde_json::json;
use time::Duration;

/// Who acts (shown in createdBy / certificateSubmittedBy).
pub const USER: &str = "sandbox-user";

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

/// The answer plus whether the state must be written.
#[derive(Debug)]
pub struct Outcome {
    pub reply: Reply,
    pub changed: bool,
}

fn same(reply: Reply) -> Outcome {
    Outcome {
        reply,
        changed: false,
    }
}

fn changed(reply: Reply) -> Outcome {
    Outcome {
        reply,
        changed: true,
    }
}

/// The subject of an account's CA.
pub fn ca_subject(common_name: &str) -> String {
    format!("/C=US/O=Akamai Technologies, Inc./OU=Akamai CDN mTLS/CN={common_name}/")
}

/// A new account with its CA (CURRENT, issued now).
pub fn new_account(account_id: &str, number: u32, clock: &Clock) -> Result<Account, String> {
    let now = clock.now;
    let common_name = format!("{number} Account CA G1");
    let subject = ca_subject(&common_name);
    let ca = x509::new_account_ca(&subject, now)?;
    Ok(Account {
        account_id: account_id.to_string(),
        vcd_id: (number + 11_111).to_string(),
        ca_certificates: vec![CaCert {
            id: 1,
            version: 1,
            subject,
            common_name,
            key_algorithm: "RSA".into(),
            key_size_in_bytes: 2048,
            signature_algorithm: "SHA256_WITH_RSA".into(),
            certificate: ca.certificate_pem,
            private_key: ca.private_key_pem,
            status: "CURRENT".into(),
            issued_date: fmt_date(ca.not_before),
            expiry_date: fmt_date(ca.not_after),
            qualification_date: Some(fmt_date(ca.not_before)),
            created_by: "akamai".into(),
            created_date: fmt_date(ca.not_before),
        }],
        certificates: Vec::new(),
    })
}

/// The default subject of a certificate.
pub fn default_subject(vcd_id: &str, n: &NewCert) -> String {
    format!(
        "/C=US/O=Akamai Technologies, Inc./OU={vcd_id} {} {}/CN={}/",
        n.contract_id, n.group_id, n.certificate_name
    )
}

/// Builds version `number` of `cert` at `clock.now`: signed by `ca` for AKAMAI, a CSR for
/// THIRD_PARTY.
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
        signature_algorithm: Some(
            if rsa {
                "SHA256_WITH_RSA"
            } else {
                "SHA256_WITH_ECDSA"
            }
            .into(),
        ),
        subject: Some(cert.subject.clone()),
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
            90,
        )?;
        v.status = DEPLOYMENT_PENDING.into();
        v.deployment_requested_date = Some(fmt_date(now));
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

/// The CA that signs a certificate: its preferred one, else the CURRENT one.
fn signing_ca<'a>(account: &'a Account, preferred: Option<&str>) -> Option<&'a CaCert> {
    match preferred {
        Some(p) => account.ca_certificates.iter().find(|c| c.common_name == p),
        None => account
            .ca_certificates
            .iter()
            .find(|c| c.status == "CURRENT")
            .or_else(|| account.ca_certificates.first()),
    }
}

fn not_found_cert(id: i64) -> Outcome {
    same(problem::not_found("certificateId", &id.to_string()))
}

fn duplicate_name() -> Reply {
    problem::invalid(
        "certificateName",
        "Certificate with same name already exists.",
    )
}

/// Runs one operation on the account `account_key` (created on first use).
pub fn apply(state: &mut State, account_key: &str, op: Op, clock: &Clock) -> Outcome {
    let mut created = false;
    if !state.accounts.contains_key(account_key) {
        let number = 12_345 + state.accounts.len() as u32;
        let id = if account_key.is_empty() {
            "A-SANDBOX".to_string()
        } else {
            account_key
                .split(':')
                .next()
                .unwrap_or(account_key)
                .to_string()
        };
        match new_account(&id, number, clock) {
            Ok(a) => {
                state.accounts.insert(account_key.to_string(), a);
                created = true;
            }
            Err(e) => return same(problem::internal(&e)),
        }
    }
    let next_id = &mut state.next_certificate_id;
    let Some(account) = state.accounts.get_mut(account_key) else {
        return same(problem::internal("account vanished"));
    };
    // Time-derived changes need no write of their own: they are recomputed on every read.
    views::normalize(account, clock);
    let mut out = run(account, next_id, op, clock);
    out.changed |= created;
    out
}

fn run(account: &mut Account, next_id: &mut i64, op: Op, clock: &Clock) -> Outcome {
    let now = clock.now;
    match op {
        Op::ListCa(filter) => {
            let list: Vec<_> = account
                .ca_certificates
                .iter()
                .map(|c| {
                    let mut v = views::ca_view(c, now);
                    v["accountId"] = account.account_id.clone().into();
                    v
                })
                .filter(|v| match &filter {
                    None => true,
                    Some(f) => f.iter().any(|s| v["status"] == s.as_str()),
                })
                .collect();
            same(Reply::json(200, json!({ "certificates": list })))
        }
        Op::ListCerts => {
            let list: Vec<_> = account
                .certificates
                .iter()
                .filter(|c| views::is_listed(c))
                .map(views::cert_view)
                .collect();
            same(Reply::json(200, json!({ "certificates": list })))
        }
        Op::GetCert(id) => match account.certificates.iter().find(|c| c.certificate_id == id) {
            Some(c) => same(Reply::json(200, views::cert_view(c))),
            None => not_found_cert(id),
        },
        Op::Create(n) => create(account, next_id, n, clock),
        Op::Patch(id, p) => {
            if !account.certificates.iter().any(|c| c.certificate_id == id) {
                return not_found_cert(id);
            }
            if let Some(name) = &p.certificate_name {
                if account
                    .certificates
                    .iter()
                    .any(|c| c.certificate_id != id && &c.certificate_name == name)
                {
                    return same(duplicate_name());
                }
            }
            let Some(c) = account
                .certificates
                .iter_mut()
                .find(|c| c.certificate_id == id)
            else {
                return not_found_cert(id);
            };
            if let Some(name) = p.certificate_name {
                c.certificate_name = name;
            }
            if let Some(emails) = p.notification_emails {
                c.notification_emails = emails;
            }
            changed(Reply::json(200, views::cert_view(c)))
        }
        Op::Rotate(id) => rotate(account, id, clock),
        Op::ListVersions(id, props) => {
            match account.certificates.iter().find(|c| c.certificate_id == id) {
                Some(c) => same(Reply::json(
                    200,
                    json!({ "versions": views::versions_list(c, props) }),
                )),
                None => not_found_cert(id),
            }
        }
        Op::DeleteVersion(id, number) => delete_version(account, id, number, clock),
        Op::Upload(id, number, body, ack) => upload(account, id, number, body, ack, clock),
    }
}

fn create(account: &mut Account, next_id: &mut i64, n: NewCert, clock: &Clock) -> Outcome {
    if account
        .certificates
        .iter()
        .any(|c| c.certificate_name == n.certificate_name)
    {
        return same(duplicate_name());
    }
    if n.signer == "AKAMAI" {
        if let Some(p) = &n.preferred_ca {
            if signing_ca(account, Some(p)).is_none() {
                let names: Vec<_> = account
                    .ca_certificates
                    .iter()
                    .map(|c| c.common_name.as_str())
                    .collect();
                return same(problem::invalid(
                    "preferredCa",
                    format!(
                        "No account CA certificate is named '{p}'; known: {}.",
                        names.join(", ")
                    ),
                ));
            }
        }
    }
    let subject = n
        .subject
        .clone()
        .unwrap_or_else(|| default_subject(&account.vcd_id, &n));
    let mut cert = ClientCert {
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
        next_version: 2,
        versions: Vec::new(),
    };
    let ca = signing_ca(account, cert.preferred_ca.as_deref());
    match build_version(&cert, ca, 1, clock) {
        Ok(v) => cert.versions.push(v),
        Err(e) => return same(problem::internal(&e)),
    }
    *next_id = next_id.saturating_add(1);
    let reply = Reply::json(201, views::cert_view(&cert));
    account.certificates.push(cert);
    changed(reply)
}

fn rotate(account: &mut Account, id: i64, clock: &Clock) -> Outcome {
    let Some(idx) = account
        .certificates
        .iter()
        .position(|c| c.certificate_id == id)
    else {
        return not_found_cert(id);
    };
    let c = &account.certificates[idx];
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
    let ca = signing_ca(account, c.preferred_ca.as_deref());
    let number = c.next_version;
    let v = match build_version(c, ca, number, clock) {
        Ok(v) => v,
        Err(e) => return same(problem::internal(&e)),
    };
    let c = &mut account.certificates[idx];
    if c.signer == "AKAMAI" {
        c.versions.sort_by_key(|v| v.version);
        while c.versions.len() >= 2 {
            c.versions.remove(0);
        }
    }
    c.next_version = c.next_version.saturating_add(1);
    let reply = Reply::json(201, views::version_view(&v, None, false));
    c.versions.push(v);
    changed(reply)
}

#[allow(clippy::result_large_err)] // an error here is the whole answer, built once
fn find_version(account: &mut Account, id: i64, number: i64) -> Result<(usize, usize), Outcome> {
    let Some(ci) = account
        .certificates
        .iter()
        .position(|c| c.certificate_id == id)
    else {
        return Err(not_found_cert(id));
    };
    match account.certificates[ci]
        .versions
        .iter()
        .position(|v| v.version == number)
    {
        Some(vi) => Ok((ci, vi)),
        None => Err(same(problem::not_found("version", &number.to_string()))),
    }
}

fn delete_version(account: &mut Account, id: i64, number: i64, clock: &Clock) -> Outcome {
    let (ci, vi) = match find_version(account, id, number) {
        Ok(x) => x,
        Err(o) => return o,
    };
    let c = &mut account.certificates[ci];
    let v = &mut c.versions[vi];
    match v.status.as_str() {
        DELETE_PENDING => same(problem::conflict(format!(
            "Version {number} of client certificate {id} is already DELETE_PENDING (deletion scheduled for {}).",
            v.scheduled_delete_date.as_deref().unwrap_or("unknown")
        ))),
        DEPLOYED => {
            let when = clock.now + Duration::hours(24);
            v.status = DELETE_PENDING.into();
            v.delete_requested_date = Some(fmt_date(clock.now));
            v.scheduled_delete_date = Some(fmt_date(when));
            changed(Reply::json(202, json!({ "message": views::delete_message(when) })))
        }
        _ => {
            c.versions.remove(vi);
            if c.versions.is_empty() {
                account.certificates.remove(ci);
            }
            changed(Reply::empty(204))
        }
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
    let c = &mut account.certificates[ci];
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
    let up = match x509::check_upload(&body.certificate, &csr, clock.now) {
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
    if let Some(chain) = &body.trust_chain {
        if let Err(reason) = x509::check_chain(chain) {
            return same(problem::invalid(
                "trustChain",
                format!("The trust chain is invalid: {reason}."),
            ));
        }
    }
    if !up.warnings.is_empty() && !ack {
        let errs = up
            .warnings
            .iter()
            .map(|w| {
                FieldError::warning(
                    "certificate",
                    format!("{w} Repeat the upload with acknowledgeAllWarnings=true to accept it."),
                )
            })
            .collect();
        return same(problem::bad_request(errs));
    }
    v.validation.warnings = up
        .warnings
        .iter()
        .map(|w| ValidationDetail {
            message: w.clone(),
            reason: format!(
                "The certificate is valid for less than {} more days.",
                x509::WARN_DAYS
            ),
            kind: "CERTIFICATE_EXPIRES_SOON".into(),
        })
        .collect();
    v.certificate_block = Some(CertificateBlock {
        certificate: up.certificate_pem,
        key_algorithm: v.key_algorithm.clone(),
        trust_chain: body.trust_chain,
    });
    v.issuer = Some(up.issuer);
    v.issued_date = Some(fmt_date(up.not_before));
    v.expiry_date = Some(fmt_date(up.not_after));
    v.certificate_submitted_by = Some(USER.into());
    v.certificate_submitted_date = Some(fmt_date(clock.now));
    v.deployment_requested_date = Some(fmt_date(clock.now));
    v.status = DEPLOYMENT_PENDING.into();
    changed(Reply::json(200, views::version_view(v, None, false)))
}

#[cfg(test)]
#[path = "lifecycle_tests.rs"]
mod tests;
