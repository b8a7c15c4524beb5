//! Unit tests of the lifecycle rules (docs/reference/moks.md §5 and the PowerShell guide), run on
//! an in-memory state with a controlled clock.

use super::*;
use crate::moks::validate;
use serde_json::Value;
use std::sync::OnceLock;

fn base() -> time::OffsetDateTime {
    crate::core::store::parse_date("2030-01-01T00:00:00Z").unwrap()
}

fn clock(secs: i64) -> Clock {
    let mut c = Clock::at(base() + Duration::seconds(secs));
    c.deploy_delay = Duration::seconds(5);
    c
}

/// An empty default account: no CA until its first Akamai-signed certificate.
fn fresh() -> State {
    let mut s = State::empty();
    s.accounts
        .insert(String::new(), Account::new("A-T", 23_456));
    s
}

/// An account whose CA already exists (made once for all tests: an RSA 4096 key is slow).
fn fresh_with_ca() -> State {
    static CA: OnceLock<CaCert> = OnceLock::new();
    let mut s = fresh();
    let ca = CA.get_or_init(|| {
        let mut a = Account::new("A-T", 23_456);
        ensure_ca(&mut a, &clock(-86_400)).unwrap();
        a.moks.ca_certificates.remove(0)
    });
    s.accounts
        .get_mut("")
        .unwrap()
        .moks
        .ca_certificates
        .push(ca.clone());
    s
}

fn create_with(s: &mut State, name: &str, signer: &str, key: &str, c: &Clock) -> (u16, Value) {
    let body = format!(
        r#"{{"certificateName":"{name}","contractId":"C-1","groupId":7,"geography":"CORE",
        "secureNetwork":"STANDARD_TLS","signer":"{signer}","notificationEmails":["a@b.c"],"keyAlgorithm":"{key}"}}"#
    );
    let n = validate::new_cert(body.as_bytes()).unwrap();
    let o = apply(s, "", Op::Create(n), c);
    (o.reply.status, o.reply.body.unwrap_or_default())
}

fn create(s: &mut State, name: &str, signer: &str, at: i64) -> (u16, Value) {
    create_with(s, name, signer, "ECDSA", &clock(at))
}

fn call_with(s: &mut State, op: Op, c: &Clock) -> (u16, Value) {
    let o = apply(s, "", op, c);
    (o.reply.status, o.reply.body.unwrap_or_default())
}

fn call(s: &mut State, op: Op, at: i64) -> (u16, Value) {
    call_with(s, op, &clock(at))
}

fn id_of(v: &Value) -> i64 {
    v["certificateId"].as_i64().unwrap()
}

fn list(s: &mut State, id: i64, at: i64) -> Vec<Value> {
    let (st, b) = call(s, Op::ListVersions(id, false), at);
    assert_eq!(st, 200, "{b}");
    b["versions"].as_array().unwrap().clone()
}

/// (version, status, alias) of each record, in order.
fn statuses(s: &mut State, id: i64, at: i64) -> Vec<(i64, String, Option<String>)> {
    list(s, id, at)
        .iter()
        .map(|v| {
            (
                v["version"].as_i64().unwrap(),
                v["status"].as_str().unwrap().to_string(),
                v["versionAlias"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// The GUID of the record carrying `alias`, and its version.
fn alias(l: &[Value], alias: &str) -> Option<(i64, String)> {
    l.iter().find(|v| v["versionAlias"] == alias).map(|v| {
        (
            v["version"].as_i64().unwrap(),
            v["versionGuid"].as_str().unwrap().to_string(),
        )
    })
}

fn st(n: i64, status: &str, alias: Option<&str>) -> (i64, String, Option<String>) {
    (n, status.to_string(), alias.map(str::to_string))
}

/// Fails on any `null` anywhere in `v`: empty fields are left out.
fn assert_no_nulls(v: &Value, at: &str) {
    match v {
        Value::Null => panic!("null at {at}"),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| assert_no_nulls(x, &format!("{at}[{i}]"))),
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| assert_no_nulls(x, &format!("{at}.{k}"))),
        _ => {}
    }
}

/// An outside CA and a signer of this version's CSR with it.
struct Outside {
    ca: x509::Issued,
}

impl Outside {
    fn new() -> Outside {
        Outside {
            ca: x509::new_outside_ca("/CN=Outside CA/", base() - Duration::days(1), 3650).unwrap(),
        }
    }

    fn sign(&self, csr: &str, days: i64) -> String {
        x509::sign_csr(
            csr,
            &self.ca.certificate_pem,
            &self.ca.private_key_pem,
            base() - Duration::days(1),
            days,
        )
        .unwrap()
    }

    fn upload(&self, csr: &str) -> Upload {
        Upload {
            certificate: self.sign(csr, 365),
            trust_chain: Some(self.ca.certificate_pem.clone()),
        }
    }
}

fn csr_of(s: &mut State, id: i64, n: i64, at: i64) -> String {
    list(s, id, at)
        .iter()
        .find(|v| v["version"] == n && v.get("versionAlias").is_none())
        .and_then(|v| v["csrBlock"]["csr"].as_str())
        .unwrap()
        .to_string()
}

#[test]
fn akamai_one_record_per_version_and_stable_alias_guids_through_three_rotations() {
    let mut s = fresh_with_ca();
    let (code, c) = create(&mut s, "a", "AKAMAI", 0);
    assert_eq!(code, 201);
    assert_eq!(
        c["subject"],
        "/C=US/O=Akamai Technologies, Inc./OU=23456 C-1 7/CN=a/"
    );
    let id = id_of(&c);
    let l = list(&mut s, id, 1);
    assert_eq!(l.len(), 1, "one record, not an aliased duplicate");
    assert_eq!(l[0]["versionAlias"], "CURRENT");
    assert_eq!(l[0]["status"], DEPLOYMENT_PENDING);
    let (_, current_guid) = alias(&l, "CURRENT").unwrap();
    // no rotation while pending
    assert_eq!(call(&mut s, Op::Rotate(id), 1).0, 409);
    let mut previous_guid: Option<String> = None;
    for (round, at) in [(2, 10), (3, 20), (4, 30)] {
        let (code, v) = call(&mut s, Op::Rotate(id), at);
        assert_eq!(code, 201, "{v}");
        // the rotate answer: the new version as CURRENT, with the CURRENT GUID
        assert_eq!(v["version"], round);
        assert_eq!(v["versionAlias"], "CURRENT");
        assert_eq!(v["versionGuid"], current_guid.as_str());
        assert_eq!(v["status"], DEPLOYMENT_PENDING);
        assert_eq!(v["issuer"], "23456 Account CA G1");
        assert_eq!(
            v["signatureAlgorithm"], "SHA256_WITH_RSA",
            "signed by the RSA CA"
        );
        assert!(v.get("keySizeInBytes").is_none());
        assert_eq!(v["ellipticCurve"], "P-256");
        let l = list(&mut s, id, at + 5);
        assert_eq!(
            statuses(&mut s, id, at + 5),
            vec![
                st(round, DEPLOYED, Some("CURRENT")),
                st(round - 1, DEPLOYED, Some("PREVIOUS"))
            ]
        );
        assert_eq!(alias(&l, "CURRENT").unwrap().1, current_guid);
        let prev = alias(&l, "PREVIOUS").unwrap().1;
        assert_ne!(prev, current_guid);
        if let Some(p) = &previous_guid {
            assert_eq!(&prev, p, "the PREVIOUS GUID stays the same");
        }
        previous_guid = Some(prev);
        assert!(l[0]["deployedDate"].is_string());
        l.iter().for_each(|v| assert_no_nulls(v, "version"));
    }
    // Removing CURRENT when two exist: PREVIOUS becomes CURRENT, with the CURRENT GUID.
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 4), 40).0, 202);
    let l = list(&mut s, id, 41);
    assert_eq!(alias(&l, "CURRENT"), Some((3, current_guid.clone())));
    assert_eq!(alias(&l, "PREVIOUS"), None);
    let pending = l.iter().find(|v| v["version"] == 4).unwrap();
    assert_eq!(pending["status"], DELETE_PENDING);
    assert!(pending.get("versionAlias").is_none());
}

#[test]
fn third_party_aliases_are_separate_records_with_stable_guids_through_three_rotations() {
    let mut s = fresh();
    let outside = Outside::new();
    let (_, c) = create(&mut s, "t", "THIRD_PARTY", 0);
    let id = id_of(&c);
    let l = list(&mut s, id, 1);
    // awaiting: no alias, no subject, no signature algorithm, nothing null
    assert_eq!(l.len(), 1);
    for absent in [
        "versionAlias",
        "subject",
        "signatureAlgorithm",
        "deployedDate",
        "issuer",
    ] {
        assert!(l[0].get(absent).is_none(), "{absent}: {}", l[0]);
    }
    assert_no_nulls(&l[0], "awaiting");
    let csr = csr_of(&mut s, id, 1, 1);
    let (code, body) = call(&mut s, Op::Upload(id, 1, outside.upload(&csr), false), 2);
    assert_eq!(
        (code, body),
        (200, Value::Null),
        "no body, as the guide says"
    );
    let l = list(&mut s, id, 8);
    let (n, current_guid) = alias(&l, "CURRENT").unwrap();
    assert_eq!(n, 1);
    let own_guid = l[1]["versionGuid"].as_str().unwrap().to_string();
    assert_ne!(current_guid, own_guid, "the alias record has its own GUID");
    assert_eq!(
        l[1]["subject"], "/C=US/O=Akamai Technologies, Inc./OU=23456 C-1 7/CN=t/",
        "from the uploaded certificate"
    );
    assert_eq!(
        l[1]["signatureAlgorithm"], "SHA256_WITH_ECDSA",
        "from the upload"
    );
    assert!(l[1]["deployedDate"].is_string());
    let mut previous_guid: Option<String> = None;
    for (round, at) in [(2, 10), (3, 30), (4, 50)] {
        let (code, v) = call(&mut s, Op::Rotate(id), at);
        assert_eq!((code, v["version"].as_i64()), (201, Some(round)));
        assert!(v.get("versionAlias").is_none());
        // the awaiting version has no alias: CURRENT is still the last deployed one
        let l = list(&mut s, id, at + 1);
        assert_eq!(alias(&l, "CURRENT").map(|a| a.0), Some(round - 1));
        let csr = csr_of(&mut s, id, round, at + 1);
        assert_eq!(
            call(
                &mut s,
                Op::Upload(id, round, outside.upload(&csr), false),
                at + 2
            )
            .0,
            200
        );
        let l = list(&mut s, id, at + 8);
        assert_eq!(alias(&l, "CURRENT"), Some((round, current_guid.clone())));
        let (p, prev) = alias(&l, "PREVIOUS").unwrap();
        assert_eq!(p, round - 1);
        if let Some(g) = &previous_guid {
            assert_eq!(&prev, g, "the PREVIOUS GUID stays the same");
        }
        previous_guid = Some(prev);
        // alias records first, then every version (own GUIDs), newest first
        let order: Vec<_> = statuses(&mut s, id, at + 8);
        assert_eq!(order[0], st(round, DEPLOYED, Some("CURRENT")));
        assert_eq!(order[1], st(round - 1, DEPLOYED, Some("PREVIOUS")));
        assert_eq!(order.len() as i64, 2 + round);
        assert_eq!(
            l.iter()
                .filter(|v| v["versionGuid"] == current_guid.as_str())
                .count(),
            1
        );
    }
    // Removing CURRENT when both exist makes PREVIOUS the new CURRENT.
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 4), 70).0, 202);
    let l = list(&mut s, id, 71);
    assert_eq!(alias(&l, "CURRENT"), Some((3, current_guid)));
    assert_eq!(alias(&l, "PREVIOUS").map(|a| a.0), Some(2));
}

#[test]
fn third_party_limit_rotation_rules_and_instant_delete_of_undeployed_versions() {
    let mut s = fresh();
    let outside = Outside::new();
    let (_, c) = create(&mut s, "t", "THIRD_PARTY", 0);
    let id = id_of(&c);
    let csr = csr_of(&mut s, id, 1, 1);
    assert_eq!(
        call(&mut s, Op::Upload(id, 1, outside.upload(&csr), false), 2).0,
        200
    );
    // not AWAITING any more
    assert_eq!(
        call(&mut s, Op::Upload(id, 1, outside.upload(&csr), true), 3).0,
        409
    );
    // no rotation while DEPLOYMENT_PENDING
    assert_eq!(call(&mut s, Op::Rotate(id), 4).0, 409);
    // rotate to 5 versions (allowed while versions await their certificate), sixth refused
    for n in 2..=5 {
        let (code, v) = call(&mut s, Op::Rotate(id), 10 + n);
        assert_eq!((code, v["version"].as_i64()), (201, Some(n)));
        assert_eq!(v["status"], AWAITING);
    }
    let (code, e) = call(&mut s, Op::Rotate(id), 20);
    assert_eq!(code, 409);
    assert!(e["detail"].as_str().unwrap().contains("5 versions"), "{e}");
    // a never-deployed version is deleted at once (204); the number is not reused
    assert_eq!(
        call(&mut s, Op::DeleteVersion(id, 5), 21),
        (204, Value::Null)
    );
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 5), 21).0, 404);
    let (code, v) = call(&mut s, Op::Rotate(id), 22);
    assert_eq!((code, v["version"].as_i64()), (201, Some(6)), "a gap at 5");
}

#[test]
fn deleting_the_last_deployed_version_keeps_the_certificate_listed_then_removes_it() {
    let mut s = fresh_with_ca();
    let (_, a) = create(&mut s, "a", "AKAMAI", 0);
    let id = id_of(&a);
    call(&mut s, Op::Rotate(id), 10);
    // deleting a deployed version that is not the last one: scheduled, only it goes
    let (code, m) = call(&mut s, Op::DeleteVersion(id, 2), 20);
    assert_eq!(code, 202);
    assert!(m["message"]
        .as_str()
        .unwrap()
        .contains("2030-01-02T00:00:20Z"));
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 2), 21).0, 409);
    assert_eq!(
        call(&mut s, Op::Rotate(id), 21).0,
        409,
        "no rotation while DELETE_PENDING"
    );
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 9), 21).0, 404);
    assert_eq!(
        statuses(&mut s, id, 86_421),
        vec![st(1, DEPLOYED, Some("CURRENT"))],
        "a day later version 2 is gone, the certificate stays"
    );
    // the last deployed version: DELETE_PENDING for the window, then the whole certificate
    let mut c = clock(86_430);
    c.delete_pending = Duration::seconds(60);
    let (code, m) = call_with(&mut s, Op::DeleteVersion(id, 1), &c);
    assert_eq!(code, 202);
    assert!(
        m["message"]
            .as_str()
            .unwrap()
            .contains("2030-01-02T00:01:30Z"),
        "{m}"
    );
    // still listed (so --name finds it), readable by id, name still taken
    let (_, all) = call(&mut s, Op::ListCerts, 86_440);
    assert_eq!(all["certificates"][0]["certificateName"], "a");
    assert_eq!(call(&mut s, Op::GetCert(id), 86_440).0, 200);
    let (code, e) = create(&mut s, "a", "AKAMAI", 86_441);
    assert_eq!(code, 400);
    assert_eq!(
        e["errors"][0]["detail"],
        "Certificate with same name already exists."
    );
    assert_eq!(
        statuses(&mut s, id, 86_441),
        vec![st(1, DELETE_PENDING, None)]
    );
    // after the window it is gone, and the name is free
    assert_eq!(call(&mut s, Op::GetCert(id), 86_491).0, 404);
    let (_, all) = call(&mut s, Op::ListCerts, 86_491);
    assert_eq!(all["certificates"], serde_json::json!([]));
    assert_eq!(create(&mut s, "a", "AKAMAI", 86_492).0, 201);
}

#[test]
fn the_last_deployed_version_takes_awaiting_versions_with_it() {
    let mut s = fresh();
    let outside = Outside::new();
    let (_, c) = create(&mut s, "t", "THIRD_PARTY", 0);
    let id = id_of(&c);
    let csr = csr_of(&mut s, id, 1, 1);
    call(&mut s, Op::Upload(id, 1, outside.upload(&csr), false), 2);
    call(&mut s, Op::Rotate(id), 10);
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 1), 11).0, 202);
    assert_eq!(
        statuses(&mut s, id, 12),
        vec![st(2, AWAITING, None), st(1, DELETE_PENDING, None)]
    );
    assert_eq!(call(&mut s, Op::GetCert(id), 86_412).0, 404);
    // and the only version of a certificate, never deployed: 204 and the certificate is gone
    let (_, c) = create(&mut s, "u", "THIRD_PARTY", 86_500);
    let id = id_of(&c);
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 1), 86_501).0, 204);
    assert_eq!(call(&mut s, Op::GetCert(id), 86_501).0, 404);
}

#[test]
fn a_version_used_by_a_production_property_is_not_deleted() {
    let mut s = fresh_with_ca();
    let (_, a) = create(&mut s, "a", "AKAMAI", 0);
    let id = id_of(&a);
    s.accounts.get_mut("").unwrap().moks.certificates[0].versions[0].properties = vec![
        serde_json::json!({"assetId": 11, "groupId": 7, "propertyName": "www.example.com", "propertyVersion": 3}),
    ];
    let (code, e) = call(&mut s, Op::DeleteVersion(id, 1), 10);
    assert_eq!(code, 409, "{e}");
    assert!(
        e["detail"]
            .as_str()
            .unwrap()
            .contains("www.example.com v3 (assetId 11)"),
        "{e}"
    );
    assert_eq!(e["properties"][0]["propertyName"], "www.example.com");
    assert_eq!(
        statuses(&mut s, id, 11),
        vec![st(1, DEPLOYED, Some("CURRENT"))]
    );
}

#[test]
fn expired_akamai_versions_are_rotated_by_the_server() {
    let mut s = fresh_with_ca();
    let life = |at: i64| {
        let mut c = clock(at);
        c.akamai_lifetime = Duration::seconds(100);
        c
    };
    let (_, a) = create_with(&mut s, "a", "AKAMAI", "RSA", &life(0));
    let id = id_of(&a);
    let (_, l) = call_with(&mut s, Op::ListVersions(id, false), &life(99));
    let guid = l["versions"][0]["versionGuid"].clone();
    assert_eq!(l["versions"][0]["expiryDate"], "2030-01-01T00:01:40Z");
    assert_eq!(l["versions"].as_array().unwrap().len(), 1);
    // at expiry the server rotates: version 2, made by akamai at the expiry time
    let o = apply(&mut s, "", Op::ListVersions(id, false), &life(101));
    assert!(o.changed, "a rotation is written");
    let l = o.reply.body.unwrap();
    let v2 = &l["versions"][0];
    assert_eq!(v2["version"], 2);
    assert_eq!(v2["versionAlias"], "CURRENT");
    assert_eq!(v2["versionGuid"], guid, "the CURRENT GUID follows");
    assert_eq!(v2["createdBy"], "akamai");
    assert_eq!(v2["createdDate"], "2030-01-01T00:01:40Z");
    assert_eq!(v2["status"], DEPLOYMENT_PENDING);
    assert_eq!(l["versions"][1]["versionAlias"], "PREVIOUS");
    // long after: one rotation, issued now, the oldest version dropped
    let (_, l) = call_with(&mut s, Op::ListVersions(id, false), &life(10_000));
    let nums: Vec<_> = l["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].clone())
        .collect();
    assert_eq!(nums, [3, 2]);
    assert_eq!(l["versions"][0]["createdDate"], "2030-01-01T02:46:40Z");
}

#[test]
fn the_account_ca_is_made_with_the_first_akamai_certificate_and_moves_through_its_statuses() {
    let mut s = fresh();
    let ca_list = |s: &mut State, c: &Clock| -> Vec<(String, String)> {
        let (_, b) = call_with(s, Op::ListCa(None), c);
        b["certificates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["commonName"].as_str().unwrap().to_string(),
                    c["status"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let sched = |at: i64| {
        let mut c = clock(at);
        c.ca_rotation = Some(Duration::seconds(100));
        c
    };
    // third-party certificates only: no account CA
    create(&mut s, "t", "THIRD_PARTY", 0);
    assert!(ca_list(&mut s, &sched(1)).is_empty());
    // a preferredCa naming the CA-to-be is accepted; another name is not
    let body = |ca: &str| {
        validate::new_cert(format!(r#"{{"certificateName":"p","contractId":"C-1","groupId":7,"geography":"CORE",
            "secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["a@b.c"],"preferredCa":"{ca}"}}"#).as_bytes()).unwrap()
    };
    let (code, e) = call_with(&mut s, Op::Create(body("Other CA")), &sched(1));
    assert_eq!(code, 400, "{e}");
    assert!(
        ca_list(&mut s, &sched(1)).is_empty(),
        "a refused create makes no CA"
    );
    assert_eq!(
        call_with(&mut s, Op::Create(body("23456 Account CA G1")), &sched(2)).0,
        201
    );
    let (_, b) = call_with(&mut s, Op::ListCa(None), &sched(3));
    let g1 = &b["certificates"][0];
    assert_eq!(g1["commonName"], "23456 Account CA G1");
    assert_eq!(
        g1["subject"],
        "/C=US/O=Akamai Technologies, Inc./OU=Akamai CDN mTLS/CN=23456 Account CA G1/"
    );
    assert_eq!(g1["keyAlgorithm"], "RSA");
    assert_eq!(g1["keySizeInBytes"], 4096);
    assert_eq!(g1["signatureAlgorithm"], "SHA256_WITH_RSA");
    assert_eq!(g1["createdBy"], "akamai");
    assert_eq!(g1["accountId"], "A-T");
    assert_eq!(g1["status"], "CURRENT");
    assert_no_nulls(g1, "ca");
    let names = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (format!("23456 Account CA {a}"), b.to_string()))
            .collect()
    };
    // half a period later the next generation is QUALIFYING
    assert_eq!(
        ca_list(&mut s, &sched(52)),
        names(&[("G1", "CURRENT"), ("G2", "QUALIFYING")])
    );
    let (_, b) = call_with(
        &mut s,
        Op::ListCa(Some(vec!["QUALIFYING".into()])),
        &sched(53),
    );
    assert!(b["certificates"][0].get("qualificationDate").is_none());
    // a period later it is CURRENT and G1 PREVIOUS; new versions are signed by G2
    assert_eq!(
        ca_list(&mut s, &sched(102)),
        names(&[("G1", "PREVIOUS"), ("G2", "CURRENT")])
    );
    let (_, v) = create_with(&mut s, "b", "AKAMAI", "RSA", &sched(103));
    let (_, l) = call_with(&mut s, Op::ListVersions(id_of(&v), false), &sched(104));
    assert_eq!(l["versions"][0]["issuer"], "23456 Account CA G2");
    assert_eq!(
        ca_list(&mut s, &sched(252)),
        names(&[
            ("G1", "EXPIRED"),
            ("G2", "PREVIOUS"),
            ("G3", "CURRENT"),
            ("G4", "QUALIFYING")
        ])
    );
    // a long pause (G3 qualified at 202, so G100 at 9902 and G101 appears at 9952): the
    // generations in between are never made, and four are kept
    assert_eq!(
        ca_list(&mut s, &sched(10_000)),
        names(&[
            ("G4", "EXPIRED"),
            ("G99", "PREVIOUS"),
            ("G100", "CURRENT"),
            ("G101", "QUALIFYING")
        ])
    );
}

#[test]
fn upload_validation_errors_and_warnings() {
    let mut s = fresh();
    let outside = Outside::new();
    let (_, c) = create_with(&mut s, "t", "THIRD_PARTY", "RSA", &clock(0));
    let id = id_of(&c);
    let csr = csr_of(&mut s, id, 1, 1);
    let up = |cert: String, chain: Option<String>| Upload {
        certificate: cert,
        trust_chain: chain,
    };
    // a certificate for another key: not acceptable at all
    let other = x509::new_csr("/CN=o/", "ECDSA").unwrap();
    let (code, e) = call(
        &mut s,
        Op::Upload(id, 1, up(outside.sign(&other.csr_pem, 90), None), true),
        2,
    );
    assert_eq!(code, 400);
    assert_eq!(e["errors"][0]["field"], "certificate");
    assert!(e["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .starts_with("Certificate is either invalid or cannot not be accepted."));
    // a chain from an unrelated CA: a validation error, acknowledging does not help
    let unrelated = x509::new_outside_ca("/CN=Unrelated/", base() - Duration::days(1), 30).unwrap();
    let (code, e) = call(
        &mut s,
        Op::Upload(
            id,
            1,
            up(outside.sign(&csr, 90), Some(unrelated.certificate_pem)),
            true,
        ),
        2,
    );
    assert_eq!(code, 400, "{e}");
    assert_eq!(e["errors"][0]["field"], "trustChain");
    assert_eq!(e["errors"][0]["type"], "error-types/invalid");
    assert_eq!(e["validation"]["errors"][0]["type"], "TRUST_CHAIN_INVALID");
    // short-lived: a warning that blocks unless acknowledged, then recorded
    let (code, e) = call(
        &mut s,
        Op::Upload(id, 1, up(outside.sign(&csr, 20), None), false),
        2,
    );
    assert_eq!(
        (code, e["errors"][0]["type"].as_str()),
        (400, Some("error-types/warning"))
    );
    assert_eq!(
        e["validation"]["warnings"][0]["type"],
        "CERTIFICATE_EXPIRES_SOON"
    );
    assert_eq!(statuses(&mut s, id, 2), vec![st(1, AWAITING, None)]);
    let (code, _) = call(
        &mut s,
        Op::Upload(id, 1, up(outside.sign(&csr, 20), None), true),
        3,
    );
    assert_eq!(code, 200);
    let l = list(&mut s, id, 4);
    let v = &l[1];
    assert_eq!(v["status"], DEPLOYMENT_PENDING);
    assert_eq!(v["issuer"], "Outside CA");
    assert_eq!(v["signatureAlgorithm"], "SHA256_WITH_ECDSA");
    assert_eq!(
        v["validation"]["warnings"][0]["type"],
        "CERTIFICATE_EXPIRES_SOON"
    );
    assert_eq!(v["certificateSubmittedBy"], USER);
}

#[test]
fn names_patch_and_accounts() {
    let mut s = fresh();
    let (_, a) = create(&mut s, "one", "THIRD_PARTY", 0);
    create(&mut s, "two", "THIRD_PARTY", 0);
    let id = id_of(&a);
    let (code, e) = create(&mut s, "one", "THIRD_PARTY", 1);
    assert_eq!(code, 400);
    assert_eq!(
        e["errors"][0]["detail"],
        "Certificate with same name already exists."
    );
    assert_eq!(e["errors"][0]["field"], "certificateName");
    let p = |name: &str| {
        validate::patch(format!(r#"{{"certificateName":"{name}"}}"#).as_bytes()).unwrap()
    };
    assert_eq!(call(&mut s, Op::Patch(id, p("two")), 2).0, 400);
    assert_eq!(call(&mut s, Op::Patch(id, p("one")), 2), (200, Value::Null));
    assert_eq!(call(&mut s, Op::Patch(id, p("uno")), 2), (200, Value::Null));
    let (_, c) = call(&mut s, Op::GetCert(id), 2);
    assert_eq!(c["certificateName"], "uno");
    assert_eq!(call(&mut s, Op::Patch(999, p("x")), 2).0, 404);
    // another account sees nothing of the default one, and has no CA until it needs one
    let o = apply(&mut s, "1-ABC:2-DEF", Op::ListCerts, &clock(3));
    assert!(o.changed);
    assert_eq!(o.reply.body.unwrap()["certificates"], serde_json::json!([]));
    let o = apply(&mut s, "1-ABC:2-DEF", Op::ListCa(None), &clock(3));
    assert_eq!(o.reply.body.unwrap()["certificates"], serde_json::json!([]));
    assert_eq!(s.accounts["1-ABC:2-DEF"].vcd_id, "23457");
    assert!(!apply(&mut s, "", Op::ListCerts, &clock(4)).changed);
}

/// What the server does: the account made first, within `max` switch keys, then the
/// operation.
fn apply_limited(s: &mut State, key: &str, op: Op, clock: &Clock, max: usize) -> Outcome {
    match account::open(s, key, max) {
        Err(e) => Outcome::same(problem::forbidden(&e)),
        Ok(created) => {
            let mut o = apply(s, key, op, clock);
            o.changed |= created;
            o
        }
    }
}

#[test]
fn new_accounts_cost_no_key_and_their_number_is_capped() {
    let mut s = fresh();
    let o = apply_limited(&mut s, "1-K:2", Op::ListCerts, &clock(1), 1);
    assert_eq!(o.reply.status, 200);
    assert!(o.changed && s.accounts.contains_key("1-K:2"));
    assert!(
        s.accounts["1-K:2"].moks.ca_certificates.is_empty(),
        "no CA (and so no key) before the first Akamai-signed certificate"
    );
    // the cap counts switch keys only: one is in use, a second is refused, known keys work
    let o = apply_limited(&mut s, "1-L", Op::ListCerts, &clock(2), 1);
    assert_eq!(o.reply.status, 403);
    assert!(!o.changed);
    assert!(!s.accounts.contains_key("1-L"));
    for key in ["1-K:2", ""] {
        let o = apply_limited(&mut s, key, Op::ListCerts, &clock(2), 1);
        assert_eq!(o.reply.status, 200, "{key}");
    }
}
