//! The zones and their Managed CAs: the zones an account has (made the first time the
//! API is used), the certificates a CA issues from a CSR, and the seeded examples.
//!
//! Choices where Cloudflare's sources are silent: a Managed CA is ECDSA P-256 (quick to
//! make) valid 20 years; zone and CA ids are derived from the zone name, so a reset
//! sandbox has the same ids; issued certificates carry the client-auth extended key usage
//! and the CA's authority key identifier, as the sandbox's other client certificates do.

use time::{Duration, OffsetDateTime};

use super::{Cert, Config, ManagedCa, Zone, Zones};
use crate::core::store::{fmt_date, truncate};
use crate::core::x509;
use moks_model::cloudflare::x509::inspect_issued;
use moks_model::cloudflare::{CreateClientCertificate, Status};
use moks_model::truststore::certs::fingerprint;

/// 32 lower-case hex digits derived from `text`.
pub fn derived_id(text: &str) -> String {
    fingerprint(text.as_bytes())[..32].to_string()
}

/// A fresh certificate id: 32 lower-case hex digits.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

fn new_zone(name: &str, now: OffsetDateTime) -> Result<Zone, String> {
    let id = derived_id(&format!("moks sandbox zone {name}"));
    let ca_name = format!("Managed CA {}", &id[..8]);
    let subject = format!("/C=US/O=Cloudflare Sandbox/OU=API Shield/CN={ca_name}/");
    let made = x509::new_outside_ca(&subject, now - Duration::days(1), 20 * 365)?;
    Ok(Zone {
        ca: ManagedCa {
            id: derived_id(&format!("moks sandbox managed ca {name}")),
            name: ca_name,
            certificate_pem: made.certificate_pem,
            private_key_pem: made.private_key_pem,
        },
        id,
        name: name.to_string(),
        certificates: Vec::new(),
        associations: Vec::new(),
    })
}

/// Issues a certificate from a checked create body, signed by the zone's CA, valid from
/// `now` for `validity_days`; every reported field is read from the certificate made.
pub fn issue(
    zone: &Zone,
    body: &CreateClientCertificate,
    now: OffsetDateTime,
) -> Result<Cert, String> {
    let now = truncate(now);
    let pem = x509::sign_csr(
        &body.csr,
        &zone.ca.certificate_pem,
        &zone.ca.private_key_pem,
        now,
        body.validity_days,
    )?;
    let facts = inspect_issued(&pem)?;
    let s = facts.subject;
    Ok(Cert {
        id: new_id(),
        csr: body.csr.clone(),
        certificate: pem,
        validity_days: body.validity_days,
        issued_on: fmt_date(facts.not_before),
        expires_on: fmt_date(facts.not_after),
        fingerprint_sha256: facts.fingerprint_sha256,
        serial_number: facts.serial_number,
        signature: facts.signature,
        ski: facts.ski.unwrap_or_default(),
        common_name: s.common_name.unwrap_or_default(),
        country: s.country.unwrap_or_default(),
        state: s.state.unwrap_or_default(),
        location: s.location.unwrap_or_default(),
        organization: s.organization.unwrap_or_default(),
        organizational_unit: s.organizational_unit.unwrap_or_default(),
        status: Status::Active.to_string(),
        status_at: fmt_date(now),
    })
}

/// The seeded examples of the first zone: `(common name, days ago issued, status)`.
const EXAMPLES: [(&str, i64, Status); 3] = [
    ("seed-client-1.example.com", 30, Status::Active),
    ("seed-client-2.example.com", 20, Status::Active),
    ("seed-client-3.example.com", 10, Status::Revoked),
];

fn seed(zone: &mut Zone, n: u32, now: OffsetDateTime) -> Result<(), String> {
    for (cn, ago, status) in EXAMPLES.iter().take(n as usize) {
        let csr = x509::new_csr(
            &format!("/C=US/ST=California/L=San Francisco/O=Example Inc/OU=Edge/CN={cn}/"),
            "ECDSA",
        )?;
        let body = CreateClientCertificate::body(&csr.csr_pem, 3650)
            .map_err(|e| format!("seed CSR refused: {e:?}"))?
            .into_inner();
        let mut cert = issue(zone, &body, now - Duration::days(*ago))?;
        cert.status = status.to_string();
        zone.certificates.push(cert);
    }
    Ok(())
}

/// Makes the account's zones when it has none; `Ok(true)` when it made them.
pub fn ensure_zones(zones: &mut Zones, cfg: &Config, now: OffsetDateTime) -> Result<bool, String> {
    if !zones.zones.is_empty() {
        return Ok(false);
    }
    for (i, name) in cfg.zones.iter().enumerate() {
        let mut zone = new_zone(name, now)?;
        if i == 0 {
            seed(&mut zone, cfg.seed_certificates, now)?;
        }
        zones.zones.push(zone);
    }
    Ok(true)
}
