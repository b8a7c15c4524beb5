//! The state a sandbox starts from: the default account, its CA, and `seed` example
//! certificates.
//!
//! Rules:
//! - deterministic: the same seed count gives the same names, ids, signers, key
//!   algorithms, geographies, networks, version counts and dates relative to now (keys,
//!   serials and GUIDs are random);
//! - the examples are made through the real operations ([`lifecycle::apply`]) run with
//!   back-dated clocks and the default timing, so they obey every rule the API enforces;
//!   all are DEPLOYED; the account CA exists only when an AKAMAI example does (seed ≥ 1);
//! - odd numbers are AKAMAI (`example-akamai-N`), even ones THIRD_PARTY
//!   (`example-third-party-N`, signed as client certificates by a throw-away "Example
//!   Issuing CA", which is their trust chain); numbers 1 and 2 use RSA, the others ECDSA
//!   P-256 (an RSA 2048 key takes tens of milliseconds to make, a P-256 one far less); the
//!   account CA (RSA 4096) is made once, with the first AKAMAI example, and parsed once for
//!   all the leaves it signs; numbers 3 and up have two versions; ages and lifetimes vary with N; `example-akamai-1` version 1 is used
//!   by a property active on production (so deleting it is refused).

use super::lifecycle::{self, Op};
use super::state::{truncate, State};
use super::validate::{NewCert, Upload};
use super::views::Clock;
use super::x509;
use serde_json::json;
use time::{Duration, OffsetDateTime};

const GEOGRAPHIES: [&str; 4] = ["CORE", "CORE", "RUSSIA_AND_CORE", "CHINA_AND_CORE"];

fn at(now: OffsetDateTime, days_ago: i64) -> Clock {
    Clock::at(now - Duration::days(days_ago))
}

fn expect(out: lifecycle::Outcome, status: u16, what: &str) -> Result<serde_json::Value, String> {
    if out.reply.status == status {
        Ok(out.reply.body.unwrap_or_default())
    } else {
        Err(format!("seeding failed at {what}: {:?}", out.reply.body))
    }
}

/// Builds the initial state with `seed` example certificates.
#[cfg(test)]
pub fn initial_state(seed: u32, now: OffsetDateTime) -> Result<State, String> {
    initial_state_told(seed, now, None)
}

/// [`initial_state`], telling `progress` `(0, seed)` first, then `(done, seed)` after each
/// example certificate.
pub fn initial_state_told(
    seed: u32,
    now: OffsetDateTime,
    progress: Option<fn(u32, u32)>,
) -> Result<State, String> {
    let told = |done: i64| {
        if let Some(f) = progress {
            f(u32::try_from(done).unwrap_or(seed), seed)
        }
    };
    told(0);
    let now = truncate(now);
    let mut state = State::empty();
    let account = lifecycle::new_account("A-SANDBOX", 23_456);
    state.accounts.insert(String::new(), account);
    let outside_ca = if seed >= 2 {
        Some(x509::new_outside_ca(
            "/C=US/O=Example Third-Party CA/CN=Example Issuing CA/",
            now - Duration::days(365),
            10 * 365,
        )?)
    } else {
        None
    };
    for i in 1..=i64::from(seed) {
        let akamai = i % 2 == 1;
        let name = format!(
            "example-{}-{i}",
            if akamai { "akamai" } else { "third-party" }
        );
        let age = (i * 11) % 80 + 5;
        let versions = if i >= 3 { 2 } else { 1 };
        let req = NewCert {
            certificate_name: name.clone(),
            contract_id: "C-0N7RAC7".into(),
            group_id: 12_345,
            geography: GEOGRAPHIES[((i - 1) % 4) as usize].into(),
            secure_network: if (i / 2) % 2 == 0 {
                "STANDARD_TLS"
            } else {
                "ENHANCED_TLS"
            }
            .into(),
            signer: if akamai { "AKAMAI" } else { "THIRD_PARTY" }.into(),
            notification_emails: vec!["sandbox@example.com".into()],
            key_algorithm: if i <= 2 { "RSA" } else { "ECDSA" }.into(),
            preferred_ca: None,
            subject: None,
        };
        let body = expect(
            lifecycle::apply(&mut state, "", Op::Create(req), &at(now, age)),
            201,
            &name,
        )?;
        let id = body["certificateId"].as_i64().ok_or("no certificateId")?;
        for n in 1..=versions {
            let days_ago = if n == 1 { age } else { age / 2 };
            let clock = at(now, days_ago);
            if n > 1 {
                expect(
                    lifecycle::apply(&mut state, "", Op::Rotate(id), &clock),
                    201,
                    &name,
                )?;
            }
            if let Some(ca) = &outside_ca {
                if !akamai {
                    let csr = state.accounts[""]
                        .certificates
                        .iter()
                        .find(|c| c.certificate_id == id)
                        .and_then(|c| c.versions.iter().find(|v| v.version == n))
                        .and_then(|v| v.csr_block.as_ref())
                        .map(|b| b.csr.clone())
                        .ok_or("no CSR")?;
                    let lifetime = 90 + (i * 37) % 300;
                    let cert = x509::sign_csr(
                        &csr,
                        &ca.certificate_pem,
                        &ca.private_key_pem,
                        clock.now,
                        lifetime,
                    )?;
                    let up = Upload {
                        certificate: cert,
                        trust_chain: Some(ca.certificate_pem.clone()),
                    };
                    expect(
                        lifecycle::apply(&mut state, "", Op::Upload(id, n, up, true), &clock),
                        200,
                        &name,
                    )?;
                }
            }
        }
        told(i);
    }
    if let Some(c) = state
        .accounts
        .get_mut("")
        .and_then(|a| a.certificates.first_mut())
        .and_then(|c| c.versions.first_mut())
    {
        c.properties = vec![json!({"assetId": 11_223_344, "groupId": 12_345,
            "propertyName": "www.example.com", "propertyVersion": 3})];
    }
    super::truststore::seed::seed(&mut state, seed, now)?;
    // Bring every status up to date (the examples are all deployed by now).
    let clock = at(now, 0);
    for a in state.accounts.values_mut() {
        super::views::normalize(a, &clock);
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_is_deterministic_and_deployed() {
        let now = OffsetDateTime::now_utc();
        let s = initial_state(4, now).unwrap();
        let a = &s.accounts[""];
        let names: Vec<_> = a
            .certificates
            .iter()
            .map(|c| c.certificate_name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "example-akamai-1",
                "example-third-party-2",
                "example-akamai-3",
                "example-third-party-4"
            ]
        );
        let counts: Vec<_> = a.certificates.iter().map(|c| c.versions.len()).collect();
        assert_eq!(counts, [1, 1, 2, 2]);
        let now_trunc = truncate(now);
        for c in &a.certificates {
            for v in &c.versions {
                assert_eq!(
                    v.status, "DEPLOYED",
                    "{} v{}",
                    c.certificate_name, v.version
                );
                assert!(v.certificate_block.is_some());
                if c.signer == "THIRD_PARTY" {
                    // signed as a client certificate: accepted without any finding
                    let chain = v.certificate_block.as_ref().unwrap();
                    let up = x509::check_upload(
                        &chain.certificate,
                        &v.csr_block.as_ref().unwrap().csr,
                        chain.trust_chain.as_deref(),
                        now_trunc,
                    )
                    .unwrap();
                    assert!(up.errors.is_empty() && up.warnings.is_empty(), "{up:?}");
                }
            }
        }
        assert_eq!(a.ca_certificates.len(), 1);
        assert_eq!(a.ca_certificates[0].common_name, "23456 Account CA G1");
        assert!(initial_state(0, now).unwrap().accounts[""]
            .ca_certificates
            .is_empty());
        let expiries: std::collections::BTreeSet<_> = a
            .certificates
            .iter()
            .flat_map(|c| c.versions.iter().map(|v| v.expiry_date.clone()))
            .collect();
        assert!(expiries.len() >= 5, "{expiries:?}");
        let again = initial_state(4, now).unwrap();
        let ids = |s: &State| -> Vec<(i64, String, String)> {
            s.accounts[""]
                .certificates
                .iter()
                .map(|c| {
                    (
                        c.certificate_id,
                        c.key_algorithm.clone(),
                        c.created_date.clone(),
                    )
                })
                .collect()
        };
        assert_eq!(ids(&s), ids(&again));
    }
}
