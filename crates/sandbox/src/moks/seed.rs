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
//!   P-256 (an RSA 2048 key takes tens of milliseconds to make, a P-256 one far less);
//!   ages and lifetimes vary with N;
//! - versions: THIRD_PARTY numbers 4 and up have two, and so do AKAMAI numbers 3, 7, 11, …
//!   (N mod 4 = 3: every other one); the others have one. Both shapes of an Akamai-signed
//!   certificate (rotated, with a PREVIOUS version, and not) at every size, and every
//!   AKAMAI version costs an RSA 4096 signature: 750 for `--seed 1000`, not 999;
//!   `example-akamai-1` version 1 is used by a property active on production (so deleting
//!   it is refused);
//! - the cost is the account CA's RSA 4096: its key, made once with the first AKAMAI
//!   example, and one signature per AKAMAI version. The operations run one after the
//!   other on this thread; the AKAMAI leaves they will ask for are known in advance
//!   ([`planned_leaves`]), so the other cores sign them meanwhile, from the last one
//!   backwards, once the CA exists ([`x509::Presigner`]); the operations take those
//!   leaves as they come to them. The state is returned complete: nothing is left for
//!   later.

use super::lifecycle::{self, Op};
use super::validate::{NewCert, Upload};
use super::views::Clock;
use crate::core::store::{truncate, State};
use crate::core::x509;
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

/// One seeded example certificate, as the rules make it.
struct Example {
    number: i64,
    akamai: bool,
    /// The request that creates it.
    req: NewCert,
    /// Days ago it was created (version 1).
    age: i64,
    versions: i64,
}

impl Example {
    fn new(i: i64) -> Example {
        let akamai = i % 2 == 1;
        let name = format!(
            "example-{}-{i}",
            if akamai { "akamai" } else { "third-party" }
        );
        Example {
            number: i,
            akamai,
            req: NewCert {
                certificate_name: name,
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
            },
            age: (i * 11) % 80 + 5,
            // THIRD_PARTY numbers 4 and up, AKAMAI numbers 3, 7, 11, … (every other one).
            versions: if i >= 3 && (!akamai || i % 4 == 3) {
                2
            } else {
                1
            },
        }
    }

    /// Days ago version `n` was made.
    fn days_ago(&self, n: i64) -> i64 {
        if n == 1 {
            self.age
        } else {
            self.age / 2
        }
    }
}

/// The Akamai-signed leaves seeding asks for, in order: each version of each AKAMAI
/// example, as the operations ask [`x509::issue_leaf`] for them.
fn planned_leaves(seed: u32, now: OffsetDateTime, vcd_id: &str) -> Vec<x509::LeafSpec> {
    let mut leaves = Vec::new();
    for ex in (1..=i64::from(seed)).map(Example::new).filter(|e| e.akamai) {
        let subject = lifecycle::default_subject(vcd_id, &ex.req);
        for n in 1..=ex.versions {
            let clock = at(now, ex.days_ago(n));
            leaves.push(x509::LeafSpec {
                subject: subject.clone(),
                key_algorithm: ex.req.key_algorithm.clone(),
                not_before: clock.now,
                lifetime: clock.akamai_lifetime,
            });
        }
    }
    leaves
}

/// [`initial_state`], telling `progress` `(0, seed)` first, then `(done, seed)` after each
/// example certificate.
pub fn initial_state_told(
    seed: u32,
    now: OffsetDateTime,
    progress: Option<fn(u32, u32)>,
) -> Result<State, String> {
    initial_state_counted(seed, now, progress).map(|(state, _)| state)
}

/// [`initial_state_told`], also saying where the Akamai-signed leaves were signed.
fn initial_state_counted(
    seed: u32,
    now: OffsetDateTime,
    progress: Option<fn(u32, u32)>,
) -> Result<(State, x509::PresignCounts), String> {
    let now = truncate(now);
    let account = crate::core::account::Account::new("A-SANDBOX", 23_456);
    let plan = planned_leaves(seed, now, &account.vcd_id);
    if plan.is_empty() {
        return Ok((build(seed, now, account, progress)?, Default::default()));
    }
    // The other cores sign the leaves from the end of the plan while this thread runs the
    // operations from its start (see `x509::Presigner`).
    let helpers = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(2, 9) - 1);
    // While the account CA's key is made, the helpers make the key pairs of the examples
    // (the slow RSA ones first); a leaf a helper signs makes its own.
    let mut keys: Vec<String> = (1..=i64::from(seed))
        .map(Example::new)
        .flat_map(|e| std::iter::repeat_n(e.req.key_algorithm, e.versions as usize))
        .collect();
    keys.sort_by_key(|alg| alg != "RSA");
    let presigner = std::sync::Arc::new(x509::Presigner::new(plan, keys));
    std::thread::scope(|s| {
        // A helper that cannot be started leaves its share to this thread.
        let started: Vec<_> = (0..helpers)
            .filter_map(|_| {
                let p = &presigner;
                std::thread::Builder::new()
                    .name("seed-signer".into())
                    .spawn_scoped(s, move || p.help())
                    .ok()
            })
            .collect();
        let (state, counts) = presigner.run(|| build(seed, now, account, progress));
        for h in started {
            // A helper that panicked left its leaf to this thread: the state is complete.
            let _ = h.join();
        }
        state.map(|s| (s, counts))
    })
}

/// Makes the examples through the operations, one after the other.
fn build(
    seed: u32,
    now: OffsetDateTime,
    account: crate::core::account::Account,
    progress: Option<fn(u32, u32)>,
) -> Result<State, String> {
    let told = |done: i64| {
        if let Some(f) = progress {
            f(u32::try_from(done).unwrap_or(seed), seed)
        }
    };
    told(0);
    let mut state = State::empty();
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
    for ex in (1..=i64::from(seed)).map(Example::new) {
        let (i, name) = (ex.number, ex.req.certificate_name.clone());
        let body = expect(
            lifecycle::apply(&mut state, "", Op::Create(ex.req.clone()), &at(now, ex.age)),
            201,
            &name,
        )?;
        let id = body["certificateId"].as_i64().ok_or("no certificateId")?;
        for n in 1..=ex.versions {
            let clock = at(now, ex.days_ago(n));
            if n > 1 {
                expect(
                    lifecycle::apply(&mut state, "", Op::Rotate(id), &clock),
                    201,
                    &name,
                )?;
            }
            if let Some(ca) = &outside_ca {
                if !ex.akamai {
                    let csr = state.accounts[""]
                        .moks
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
        .and_then(|a| a.moks.certificates.first_mut())
        .and_then(|c| c.versions.first_mut())
    {
        c.properties = vec![json!({"assetId": 11_223_344, "groupId": 12_345,
            "propertyName": "www.example.com", "propertyVersion": 3})];
    }
    crate::truststore::seed::seed(&mut state, seed, now)?;
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
            .moks
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
        let counts: Vec<_> = a
            .moks
            .certificates
            .iter()
            .map(|c| c.versions.len())
            .collect();
        assert_eq!(counts, [1, 1, 2, 2]);
        let now_trunc = truncate(now);
        for c in &a.moks.certificates {
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
        assert_eq!(a.moks.ca_certificates.len(), 1);
        assert_eq!(a.moks.ca_certificates[0].common_name, "23456 Account CA G1");
        assert!(initial_state(0, now).unwrap().accounts[""]
            .moks
            .ca_certificates
            .is_empty());
        let expiries: std::collections::BTreeSet<_> = a
            .moks
            .certificates
            .iter()
            .flat_map(|c| c.versions.iter().map(|v| v.expiry_date.clone()))
            .collect();
        assert!(expiries.len() >= 5, "{expiries:?}");
        let again = initial_state(4, now).unwrap();
        let ids = |s: &State| -> Vec<(i64, String, String)> {
            s.accounts[""]
                .moks
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

    #[test]
    fn every_akamai_leaf_is_planned_and_signed_by_the_account_ca() {
        let now = OffsetDateTime::now_utc();
        let (s, counts) = initial_state_counted(20, now, None).unwrap();
        let a = &s.accounts[""];
        let ca = &a.moks.ca_certificates[0];
        let mut leaves = 0;
        for c in a.moks.certificates.iter().filter(|c| c.signer == "AKAMAI") {
            for v in &c.versions {
                leaves += 1;
                let block = v.certificate_block.as_ref().unwrap();
                assert_eq!(block.trust_chain.as_deref(), Some(ca.certificate.as_str()));
                let f = x509::facts(&block.certificate).unwrap();
                assert_eq!(f.issuer, "23456 Account CA G1");
                assert_eq!(Some(&f.subject), v.subject.as_ref());
                assert_eq!(
                    Some(crate::core::store::fmt_date(f.not_after)),
                    v.expiry_date
                );
                let der = |pem: &str| ::pem::parse(pem).unwrap().into_contents();
                let (leaf, ca_der) = (der(&block.certificate), der(&ca.certificate));
                let (_, leaf) = x509_parser::parse_x509_certificate(&leaf).unwrap();
                let (_, ca) = x509_parser::parse_x509_certificate(&ca_der).unwrap();
                leaf.verify_signature(Some(ca.public_key())).unwrap();
            }
        }
        // 10 AKAMAI examples, 3, 7, 11, 15 and 19 with two versions.
        assert_eq!(leaves, 15);
        let two: Vec<_> = a
            .moks
            .certificates
            .iter()
            .filter(|c| c.versions.len() == 2)
            .map(|c| {
                c.certificate_name
                    .rsplit('-')
                    .next()
                    .unwrap()
                    .parse::<i64>()
                    .unwrap()
            })
            .collect();
        assert_eq!(two, [3, 4, 6, 7, 8, 10, 11, 12, 14, 15, 16, 18, 19, 20]);
        // Each asked for as planned: signed by a helper or here, never outside the plan.
        assert_eq!(counts.unplanned, 0, "{counts:?}");
        assert_eq!(counts.ahead + counts.inline, leaves, "{counts:?}");
    }
}
