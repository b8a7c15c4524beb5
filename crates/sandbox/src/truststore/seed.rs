//! The example CA sets of a seeded sandbox (`--seed N`, N ≥ 1: the first `min(N, 3)`).
//!
//! Rules:
//! - made through the real operations (`ops.rs`) with back-dated times and no delay, so they
//!   obey every rule the API enforces, as the MOKS examples do;
//! - real CA certificates, all ECDSA (quick to make): roots from the sandbox's x509 code,
//!   intermediates signed by them here;
//! - `example-ca-set-1`: version 1 (a root and its intermediate) active on STAGING and
//!   PRODUCTION, and bound to the property `www.example.com` on both networks (§5.8), so
//!   deactivating or deleting it is refused with `ca-set-bound-to-hostname`;
//! - `example-ca-set-2`: version 1 active on STAGING, version 2 never activated (editable);
//! - `example-ca-set-3`: version 1, never activated, with a root expiring in 20 days
//!   (EXPIRING in the certificates list, §5.16).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose};
use serde_json::{json, Value};
use time::{Duration, OffsetDateTime};

use super::ops::Op;
use super::views::{ACTIVATE, PRODUCTION, STAGING};
use super::Config;
use crate::core::store::State;
use crate::core::x509;
use moks_model::truststore::{CertificateInput, CreateCaSet, VersionBody};

/// A CA: its PEM and key.
struct Ca {
    pem: String,
    key_pem: String,
}

fn root(cn: &str, not_before: OffsetDateTime, days: i64) -> Result<Ca, String> {
    let made = x509::new_outside_ca(&format!("/C=US/O=Example Trust/CN={cn}/"), not_before, days)?;
    Ok(Ca {
        pem: made.certificate_pem,
        key_pem: made.private_key_pem,
    })
}

fn intermediate(
    parent: &Ca,
    cn: &str,
    not_before: OffsetDateTime,
    days: i64,
) -> Result<Ca, String> {
    let err = |e: rcgen::Error| format!("intermediate CA creation failed: {e}");
    let parent_key = KeyPair::from_pem(&parent.key_pem).map_err(err)?;
    let issuer = rcgen::Issuer::from_ca_cert_pem(&parent.pem, parent_key).map_err(err)?;
    let mut params = CertificateParams::default();
    params.distinguished_name.push(DnType::CountryName, "US");
    params
        .distinguished_name
        .push(DnType::OrganizationName, "Example Trust");
    params.distinguished_name.push(DnType::CommonName, cn);
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.not_before = not_before;
    params.not_after = not_before + Duration::days(days);
    let key = x509::generate_key("ECDSA")?;
    let cert = params.signed_by(&key, &issuer).map_err(err)?;
    Ok(Ca {
        pem: cert.pem(),
        key_pem: key.serialize_pem(),
    })
}

fn run(
    state: &mut State,
    op: Op,
    at: OffsetDateTime,
    want: u16,
    what: &str,
) -> Result<Value, String> {
    let out = super::apply(state, "", op, at, &Config::default());
    if out.reply.status == want {
        Ok(out.reply.body.unwrap_or_default())
    } else {
        Err(format!(
            "truststore seeding failed at {what}: {:?}",
            out.reply.body
        ))
    }
}

fn body(certs: &[(&Ca, &str)], description: &str) -> VersionBody {
    VersionBody {
        allow_insecure_sha1: false,
        description: Some(description.into()),
        certificates: certs
            .iter()
            .map(|(c, d)| CertificateInput {
                certificate_pem: c.pem.clone(),
                description: Some(d.to_string()),
            })
            .collect(),
    }
}

fn create_set(
    state: &mut State,
    name: &str,
    description: &str,
    at: OffsetDateTime,
) -> Result<i64, String> {
    let b = run(
        state,
        Op::CreateSet(CreateCaSet {
            ca_set_name: name.into(),
            description: Some(description.into()),
        }),
        at,
        201,
        name,
    )?;
    b["caSetId"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no caSetId for {name}"))
}

fn activate(
    state: &mut State,
    id: i64,
    v: i64,
    network: &str,
    at: OffsetDateTime,
) -> Result<(), String> {
    run(
        state,
        Op::Request(id, v, network.into(), ACTIVATE),
        at,
        202,
        "an activation",
    )
    .map(|_| ())
}

/// Adds the example CA sets to the default account of `state`.
pub fn seed(state: &mut State, seed: u32, now: OffsetDateTime) -> Result<(), String> {
    let ago = |days: i64| now - Duration::days(days);
    if seed >= 1 {
        let r = root("Example Root CA 1", ago(400), 3650)?;
        let i = intermediate(&r, "Example Issuing CA 1", ago(300), 1825)?;
        let id = create_set(
            state,
            "example-ca-set-1",
            "Client CAs trusted by www.example.com",
            ago(60),
        )?;
        run(
            state,
            Op::CreateVersion(
                id,
                body(&[(&r, "root"), (&i, "issuing CA")], "initial trust chain"),
            ),
            ago(60),
            201,
            "example-ca-set-1 version 1",
        )?;
        activate(state, id, 1, STAGING, ago(59))?;
        activate(state, id, 1, PRODUCTION, ago(58))?;
        if let Some(set) = state
            .accounts
            .get_mut("")
            .and_then(|a| a.truststore.ca_sets.iter_mut().find(|s| s.id == id))
        {
            set.associations.properties = vec![json!({
                "propertyId": "123456",
                "propertyName": "www.example.com",
                "propertyLink": "/papi/v1/properties/123456",
                "assetId": 11_223_344,
                "groupId": 12_345,
                "hostnames": [
                    {"hostName": "www.example.com", "network": STAGING, "status": "ATTACHED"},
                    {"hostName": "www.example.com", "network": PRODUCTION, "status": "ATTACHED"},
                ],
            })];
        }
    }
    if seed >= 2 {
        let r = root("Example Root CA 2", ago(200), 3650)?;
        let i = intermediate(&r, "Example Issuing CA 2", ago(100), 1095)?;
        let id = create_set(state, "example-ca-set-2", "Partner CAs", ago(30))?;
        run(
            state,
            Op::CreateVersion(id, body(&[(&r, "root")], "root only")),
            ago(30),
            201,
            "example-ca-set-2 version 1",
        )?;
        activate(state, id, 1, STAGING, ago(29))?;
        run(
            state,
            Op::CreateVersion(
                id,
                body(&[(&r, "root"), (&i, "issuing CA")], "root and issuing CA"),
            ),
            ago(10),
            201,
            "example-ca-set-2 version 2",
        )?;
    }
    if seed >= 3 {
        let soon = root("Example Expiring Root CA", ago(300), 320)?;
        let other = root("Example Root CA 3", ago(50), 3650)?;
        let id = create_set(state, "example-ca-set-3", "A root expiring soon", ago(5))?;
        run(
            state,
            Op::CreateVersion(
                id,
                body(
                    &[(&soon, "expires in 20 days"), (&other, "root")],
                    "with an expiring root",
                ),
            ),
            ago(5),
            201,
            "example-ca-set-3 version 1",
        )?;
    }
    Ok(())
}
