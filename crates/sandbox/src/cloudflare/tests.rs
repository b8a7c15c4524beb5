//! In-process tests of the rules the HTTP tests cannot pin without a clock: when a pending
//! status settles, what the state file keeps, and the zones made for an account.

use super::ops::status_at;
use super::*;
use crate::core::store::fmt_date;
use moks_model::cloudflare::{CreateClientCertificate, Status};
use time::macros::datetime;

fn zones(seed: u32) -> Zones {
    let cfg = Config {
        seed_certificates: seed,
        ..Config::default()
    };
    let mut z = Zones::default();
    let now = datetime!(2026-01-10 12:00 UTC);
    assert!(ca::ensure_zones(&mut z, &cfg, now).unwrap());
    assert!(!ca::ensure_zones(&mut z, &cfg, now).unwrap(), "made once");
    z
}

#[test]
fn pending_statuses_settle_after_the_delay() {
    let z = zones(1);
    let mut c = z.zones[0].certificates[0].clone();
    let at = datetime!(2026-01-10 12:00 UTC);
    c.status = "pending_revocation".into();
    c.status_at = fmt_date(at);
    let delay = Duration::from_secs(60);
    let t = |s: i64| at + time::Duration::seconds(s);
    assert_eq!(status_at(&c, t(59), delay), Status::PendingRevocation);
    assert_eq!(status_at(&c, t(60), delay), Status::Revoked);
    c.status = "pending_reactivation".into();
    assert_eq!(status_at(&c, t(1), delay), Status::PendingReactivation);
    assert_eq!(status_at(&c, t(61), delay), Status::Active);
    c.status = "revoked".into();
    assert_eq!(status_at(&c, t(10_000), delay), Status::Revoked);
    c.status = "frozen".into();
    assert_eq!(status_at(&c, t(0), delay), Status::Other("frozen".into()));
}

#[test]
fn zones_are_the_configured_ones_with_stable_ids_and_their_own_ca() {
    let a = zones(3);
    let b = zones(0);
    let names: Vec<&str> = a.zones.iter().map(|z| z.name.as_str()).collect();
    assert_eq!(names, ["example.com", "example.net"]);
    assert_eq!(a.zones[0].id, b.zones[0].id);
    assert_ne!(a.zones[0].id, a.zones[1].id);
    assert_ne!(a.zones[0].ca.certificate_pem, a.zones[1].ca.certificate_pem);
    assert_eq!(a.zones[0].certificates.len(), 3);
    assert!(b.zones.iter().all(|z| z.certificates.is_empty()));
    let seeded = &a.zones[0].certificates;
    assert_eq!(seeded[2].status, "revoked");
    assert_eq!(seeded[0].validity_days, 3650);
    assert_eq!(seeded[0].issued_on, "2025-12-11T12:00:00Z");
    // the state round-trips through its JSON
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(serde_json::from_value::<Zones>(v).unwrap(), a);
}

#[test]
fn issuing_honours_the_validity_and_copies_the_subject() {
    let z = &zones(0).zones[1];
    let (csr, _) = moks_testkit::pki::make_csr(&[("C", "DE"), ("L", "Berlin"), ("CN", "d1")]);
    let body = CreateClientCertificate::body(&csr, 7).unwrap().into_inner();
    let now = datetime!(2026-03-01 08:30:15.5 UTC);
    let c = ca::issue(z, &body, now).unwrap();
    assert_eq!(c.issued_on, "2026-03-01T08:30:15Z");
    assert_eq!(c.expires_on, "2026-03-08T08:30:15Z");
    assert_eq!((c.country.as_str(), c.location.as_str()), ("DE", "Berlin"));
    assert_eq!(c.common_name, "d1");
    assert_eq!(c.organization, "", "absent from the CSR: empty");
    assert_eq!(c.status, "active");
    assert_eq!(c.id.len(), 32);
    assert_eq!(c.ski.len(), 40);
}
