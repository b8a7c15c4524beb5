//! In-process tests of the truststore rules (§5, §8, §9), on an in-memory state with a
//! controlled clock (certificates are made relative to the real time, so the clock starts
//! at it).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use super::ops::{CertFilter, Op, SetFilter, VersionFilter};
use super::*;
use crate::core::store::State;
use moks_model::truststore::{CertificateInput, CreateCaSet, VersionBody};
use moks_testkit::pki::{self, Spec};
use serde_json::Value;
use std::sync::OnceLock;
use time::Duration as D;

fn base() -> OffsetDateTime {
    static T: OnceLock<OffsetDateTime> = OnceLock::new();
    *T.get_or_init(OffsetDateTime::now_utc)
}

fn cfg() -> Config {
    Config {
        delay: Duration::from_secs(10),
        ..Config::default()
    }
}

/// Runs `op` at `secs` after [`base`]: (status, body, headers).
fn at(s: &mut State, op: Op, secs: i64, c: &Config) -> (u16, Value, Vec<(String, String)>) {
    let o = apply(s, "", op, base() + D::seconds(secs), c);
    (
        o.reply.status,
        o.reply.body.unwrap_or_default(),
        o.reply.headers,
    )
}

fn call(s: &mut State, op: Op, secs: i64) -> (u16, Value) {
    let (st, b, _) = at(s, op, secs, &cfg());
    (st, b)
}

fn slug(b: &Value) -> &str {
    moks_model::truststore::error_slug(b["type"].as_str().unwrap_or(""))
}

fn create_set(s: &mut State, name: &str) -> i64 {
    let (st, b) = call(
        s,
        Op::CreateSet(CreateCaSet {
            ca_set_name: name.into(),
            description: None,
        }),
        0,
    );
    assert_eq!(st, 201, "{b}");
    b["caSetId"].as_str().unwrap().parse().unwrap()
}

fn body(pems: &[&str]) -> VersionBody {
    VersionBody {
        allow_insecure_sha1: false,
        description: None,
        certificates: pems
            .iter()
            .map(|p| CertificateInput {
                certificate_pem: p.to_string(),
                description: None,
            })
            .collect(),
    }
}

fn roots() -> &'static [String; 3] {
    static R: OnceLock<[String; 3]> = OnceLock::new();
    R.get_or_init(|| {
        let a = pki::make_root(&Spec::ca("Root A"));
        let i = a.sign(&Spec::ca("Intermediate A"));
        let b = pki::make_root(&Spec::ca("Root B"));
        [a.pem, i.pem, b.pem]
    })
}

fn list_filter() -> SetFilter {
    SetFilter {
        prefix: None,
        activated_on: None,
        statuses: vec!["NOT_DELETED".into()],
    }
}

#[test]
fn a_ca_set_is_created_unique_among_live_sets_and_limited() {
    let mut s = State::empty();
    let (st, b, h) = at(
        &mut s,
        Op::CreateSet(CreateCaSet {
            ca_set_name: "set-1".into(),
            description: Some("d".into()),
        }),
        0,
        &cfg(),
    );
    assert_eq!(st, 201);
    let id = b["caSetId"].as_str().expect("caSetId is a string");
    assert_eq!(h, vec![("Location".into(), format!("{BASE}/ca-sets/{id}"))]);
    assert_eq!(b["caSetStatus"], "NOT_DELETED");
    for k in [
        "latestVersion",
        "stagingVersion",
        "productionVersion",
        "latestVersionLink",
        "deletedDate",
    ] {
        assert!(b[k].is_null(), "{k}: {b}");
    }
    assert_eq!(b["accountId"], "A-SANDBOX");
    // §5.1: 409 with the pointer
    let (st, b) = call(
        &mut s,
        Op::CreateSet(CreateCaSet {
            ca_set_name: "set-1".into(),
            description: None,
        }),
        1,
    );
    assert_eq!((st, slug(&b)), (409, "ca-set-name-is-not-unique"));
    assert_eq!(b["errors"][0]["pointer"], "/caSetName");
    assert_eq!(b["contextInfo"]["caSetName"], "set-1");
    // §2.1: the limit comes from the configuration
    let small = Config {
        max_ca_sets: 1,
        ..cfg()
    };
    let (st, b, _) = at(
        &mut s,
        Op::CreateSet(CreateCaSet {
            ca_set_name: "set-2".into(),
            description: None,
        }),
        2,
        &small,
    );
    assert_eq!((st, slug(&b)), (422, "ca-set-limit-reached"));
    assert_eq!(b["contextInfo"]["limit"], 1);
    assert_eq!(b["contextInfo"]["currentSetCount"], 1);
}

#[test]
fn versions_are_checked_numbered_and_deduplicated() {
    let mut s = State::empty();
    let id = create_set(&mut s, "v-set");
    let [a, i, b] = roots();
    // §3.2: a certificate twice → warning, one copy
    let (st, v) = call(&mut s, Op::CreateVersion(id, body(&[a, i, a])), 1);
    assert_eq!(st, 201, "{v}");
    assert_eq!(v["version"], 1);
    assert_eq!(v["stagingStatus"], "INACTIVE");
    assert_eq!(v["certificates"].as_array().unwrap().len(), 2);
    let w = &v["validation"]["warnings"];
    assert_eq!(w.as_array().unwrap().len(), 1, "{w}");
    assert_eq!(slug(&w[0]), "duplicate-certificate");
    assert_eq!(w[0]["pointer"], "/certificates/2");
    assert_eq!(v["certificates"][0]["subject"], "O=moks tests, CN=Root A");
    assert_eq!(
        v["certificates"][0]["fingerprint"].as_str().unwrap().len(),
        64
    );
    // §5.10: the same fingerprints (in another order) → 422 naming the twin
    let (st, e) = call(&mut s, Op::CreateVersion(id, body(&[i, a])), 2);
    assert_eq!((st, slug(&e)), (422, "duplicate-ca-set-version"));
    assert_eq!(
        e["contextInfo"]["versionLink"],
        format!("{BASE}/ca-sets/{id}/versions/1")
    );
    // §9.1: every problem, one item each, worded as §6.1
    let leaf = pki::make_root(&Spec::leaf("leaf.example.com")).pem;
    let expired = pki::make_root(&Spec::ca("Old").valid(-30, -1)).pem;
    let (st, e) = call(
        &mut s,
        Op::CreateVersion(
            id,
            body(&[
                b,
                &leaf,
                &expired,
                pki::SHA1_CA_PEM,
                pki::RSA1024_CA_PEM,
                "junk",
            ]),
        ),
        3,
    );
    assert_eq!(
        (st, slug(&e)),
        (400, "certificate-validation-failure-create")
    );
    let items = e["errors"].as_array().unwrap();
    let at_ = |n: usize| -> Vec<&str> {
        items
            .iter()
            .filter(|x| x["pointer"] == format!("/certificates/{n}"))
            .map(|x| x["detail"].as_str().unwrap())
            .collect()
    };
    assert!(at_(0).is_empty(), "{items:?}");
    assert!(
        at_(1)[0].contains("is not a CA certificate"),
        "{:?}",
        at_(1)
    );
    assert!(
        at_(2)[0].contains("has expired. Expiry date is "),
        "{:?}",
        at_(2)
    );
    assert!(
        at_(3)[0].contains(
            "uses disallowed signature algorithm SHA1WITHRSA. Allow InsecureSha1 option is not set"
        ),
        "{:?}",
        at_(3)
    );
    assert!(at_(4)[0].contains("RSA 1024"), "{:?}", at_(4));
    assert_eq!(
        at_(5),
        ["Certificate PEM string is missing -----BEGIN CERTIFICATE----- header."]
    );
    assert_eq!(e["contextInfo"]["caSetId"], id.to_string());
    // SHA-1 with the flag is accepted
    let mut sha1 = body(&[pki::SHA1_CA_PEM]);
    sha1.allow_insecure_sha1 = true;
    let (st, v) = call(&mut s, Op::CreateVersion(id, sha1), 4);
    assert_eq!((st, v["version"].clone()), (201, 2.into()), "{v}");
    // versions limit (§2.1), counted among live versions
    let two = Config {
        max_versions: 2,
        ..cfg()
    };
    let (st, e, _) = at(&mut s, Op::CreateVersion(id, body(&[b])), 5, &two);
    assert_eq!((st, slug(&e)), (422, "ca-set-version-limit-reached"));
    assert_eq!(e["contextInfo"]["maxVersionsPerCaSet"], 2);
    // delete version → 204, hidden, numbers never reused (§5.14)
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 2), 6).0, 204);
    let list = |s: &mut State, statuses: &[&str]| {
        let f = VersionFilter {
            certificates: false,
            active_only: false,
            statuses: statuses.iter().map(|x| x.to_string()).collect(),
        };
        let (_, l) = call(s, Op::ListVersions(id, f), 7);
        l["versions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                (
                    v["version"].as_i64().unwrap(),
                    v["caSetVersionStatus"].as_str().unwrap().to_string(),
                    v.get("certificates").is_some(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        list(&mut s, &["NOT_DELETED"]),
        [(1, "NOT_DELETED".into(), false)]
    );
    assert_eq!(list(&mut s, &["DELETED"]), [(2, "DELETED".into(), false)]);
    let (_, deleted) = call(&mut s, Op::GetVersion(id, 2), 8);
    let removal = view_time(&deleted["removalDate"]);
    assert_eq!((removal - base()).whole_days(), 30);
    let (st, v, _) = at(&mut s, Op::CreateVersion(id, body(&[b])), 9, &two);
    assert_eq!((st, v["version"].clone()), (201, 3.into()), "{v}");
    assert_eq!(call(&mut s, Op::GetSet(id), 10).1["latestVersion"], 3);
}

fn view_time(v: &Value) -> OffsetDateTime {
    views::parse(v.as_str().unwrap()).unwrap()
}

#[test]
fn activations_progress_replace_and_freeze_versions() {
    let mut s = State::empty();
    let id = create_set(&mut s, "act-set");
    let [a, i, b] = roots();
    call(&mut s, Op::CreateVersion(id, body(&[a, i])), 1);
    call(&mut s, Op::CreateVersion(id, body(&[b])), 1);
    let req = |v: i64, net: &str, kind: &'static str| Op::Request(id, v, net.into(), kind);
    let (st, act, h) = at(&mut s, req(1, "STAGING", "ACTIVATE"), 10, &cfg());
    assert_eq!(st, 202, "{act}");
    assert_eq!(
        (
            &act["activationStatus"],
            &act["percentComplete"],
            &act["activationType"]
        ),
        (&"IN_PROGRESS".into(), &0.into(), &"ACTIVATE".into())
    );
    assert_eq!(act["validation"]["warnings"], serde_json::json!([]));
    let aid = act["activationId"].as_i64().unwrap();
    assert_eq!(h[0].1, act["activationLink"].as_str().unwrap());
    // one request in flight per set and network (§8 "Activation" 2)
    let (st, e) = call(&mut s, req(2, "STAGING", "ACTIVATE"), 12);
    assert_eq!(
        (st, slug(&e)),
        (409, "another-activation-request-in-progress-in-the-ca-set")
    );
    assert_eq!(e["contextInfo"]["activationLink"], act["activationLink"]);
    // editing while in flight is refused
    let (st, e) = call(&mut s, Op::UpdateVersion(id, 1, body(&[a])), 12);
    assert_eq!(
        (st, slug(&e)),
        (409, "another-activation-request-in-progress-in-the-ca-set")
    );
    // GET activation: 202 + Retry-After (HTTP-date), percent grows; 200 after
    let (st, g, h) = at(&mut s, Op::GetActivation(id, 1, aid), 15, &cfg());
    assert_eq!(st, 202);
    assert_eq!(g["percentComplete"], 50);
    assert!(h[0].0 == "Retry-After" && h[0].1.ends_with(" GMT"), "{h:?}");
    let (st, g) = call(&mut s, Op::GetActivation(id, 1, aid), 20);
    assert_eq!(
        (st, &g["activationStatus"], &g["percentComplete"]),
        (200, &"COMPLETE".into(), &100.into())
    );
    let set = call(&mut s, Op::GetSet(id), 20).1;
    assert_eq!(
        (
            set["stagingVersion"].clone(),
            set["productionVersion"].clone()
        ),
        (1.into(), Value::Null)
    );
    assert_eq!(
        call(&mut s, Op::GetVersion(id, 1), 20).1["stagingStatus"],
        "ACTIVE"
    );
    // already active; frozen (§5.13)
    let (st, e) = call(&mut s, req(1, "STAGING", "ACTIVATE"), 21);
    assert_eq!(
        (st, slug(&e)),
        (409, "ca-set-version-already-active-on-network")
    );
    let (st, e) = call(&mut s, Op::UpdateVersion(id, 1, body(&[a])), 21);
    assert_eq!((st, slug(&e)), (422, "ca-set-version-is-active"));
    // production without staging → warning
    let (st, p) = call(&mut s, req(2, "PRODUCTION", "ACTIVATE"), 22);
    assert_eq!(st, 202);
    assert_eq!(
        slug(&p["validation"]["warnings"][0]),
        "activate-version-on-production-without-activating-on-staging"
    );
    // activating 2 on staging replaces 1; 1 then was previously active
    assert_eq!(call(&mut s, req(2, "STAGING", "ACTIVATE"), 23).0, 202);
    let set = call(&mut s, Op::GetSet(id), 40).1;
    assert_eq!(
        (
            set["stagingVersion"].clone(),
            set["productionVersion"].clone()
        ),
        (2.into(), 2.into())
    );
    let (st, e) = call(&mut s, Op::UpdateVersion(id, 1, body(&[a])), 40);
    assert_eq!(
        (st, slug(&e)),
        (422, "ca-set-version-was-previously-active")
    );
    let (st, e) = call(&mut s, req(1, "PRODUCTION", "DEACTIVATE"), 40);
    assert_eq!(
        (st, slug(&e)),
        (409, "ca-set-version-not-active-on-network")
    );
    let f = |active_only| VersionFilter {
        certificates: true,
        active_only,
        statuses: vec!["NOT_DELETED".into()],
    };
    let (_, l) = call(&mut s, Op::ListVersions(id, f(true)), 40);
    assert_eq!(l["versions"].as_array().unwrap().len(), 1);
    assert!(
        l["versions"][0]["certificates"].is_array() && l["versions"][0]["validation"].is_null()
    );
    // activations newest first; the version's own list
    let (_, all) = call(&mut s, Op::SetActivations(id), 41);
    let ids: Vec<(i64, &str)> = all["activations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["version"].as_i64().unwrap(),
                a["network"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(ids, [(2, "STAGING"), (2, "PRODUCTION"), (1, "STAGING")]);
    let (_, mine) = call(&mut s, Op::VersionActivations(id, 1), 41);
    assert_eq!(mine["activations"].as_array().unwrap().len(), 1);
    let (st, e) = call(&mut s, Op::GetActivation(id, 2, aid), 41);
    assert_eq!(
        (st, slug(&e)),
        (404, "activation-or-deactivation-request-not-found")
    );
    // the activities (§5.7), newest first, with a time window
    let (_, act) = call(&mut s, Op::Activities(id, None, None), 41);
    let kinds: Vec<&str> = act["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "ACTIVATE_CA_SET_VERSION",
            "ACTIVATE_CA_SET_VERSION",
            "ACTIVATE_CA_SET_VERSION",
            "CREATE_CA_SET_VERSION",
            "CREATE_CA_SET_VERSION",
            "CREATE_CA_SET"
        ]
    );
    let from = Some(base() + D::milliseconds(21_500));
    let (_, act) = call(&mut s, Op::Activities(id, from, None), 41);
    assert_eq!(act["activities"].as_array().unwrap().len(), 2);
}

#[test]
fn deletion_is_refused_then_runs_per_network_and_leaves_a_readable_set() {
    let mut s = State::empty();
    let id = create_set(&mut s, "del-set");
    let [a, ..] = roots();
    let (st, e) = call(&mut s, Op::DeletionStatus(id), 1);
    assert_eq!((st, slug(&e)), (400, "no-active-cert-deletions"));
    // clone of a set without versions (§5.6)
    let clone = |name: &str| CreateCaSet {
        ca_set_name: name.into(),
        description: None,
    };
    let (st, e) = call(&mut s, Op::CloneSet(id, None, clone("copy")), 1);
    assert_eq!((st, slug(&e)), (400, "missing-caset-version"));
    call(&mut s, Op::CreateVersion(id, body(&[a])), 1);
    call(&mut s, Op::Request(id, 1, "STAGING".into(), "ACTIVATE"), 2);
    let (st, e) = call(&mut s, Op::DeleteSet(id), 3);
    assert_eq!(
        (st, slug(&e)),
        (
            409,
            "ca-set-cannot-be-deleted-in-progress-version-activations"
        )
    );
    assert_eq!(e["contextInfo"]["stagingStatus"], "IN_PROGRESS");
    let (st, e) = call(&mut s, Op::DeleteSet(id), 20);
    assert_eq!(
        (st, slug(&e)),
        (409, "ca-set-cannot-be-deleted-active-versions")
    );
    call(
        &mut s,
        Op::Request(id, 1, "STAGING".into(), "DEACTIVATE"),
        20,
    );
    let (st, b) = call(&mut s, Op::DeleteSet(id), 40);
    assert_eq!((st, b), (202, Value::Null));
    let (st, d, h) = at(&mut s, Op::DeletionStatus(id), 45, &cfg());
    assert_eq!((st, &d["status"]), (202, &"IN_PROGRESS".into()));
    assert_eq!(d["deletions"].as_array().unwrap().len(), 2);
    assert_eq!(d["deletions"][0]["percentComplete"], 50);
    assert_eq!(h[0].0, "Retry-After");
    assert_eq!(
        call(&mut s, Op::GetSet(id), 45).1["caSetStatus"],
        "DELETING"
    );
    let (st, e) = call(&mut s, Op::DeleteSet(id), 45);
    assert_eq!((st, slug(&e)), (409, "delete-ca-set-request-in-progress"));
    assert_eq!(
        e["contextInfo"]["deletionLink"],
        format!("{BASE}/ca-sets/{id}/status/delete")
    );
    let (st, e) = call(&mut s, Op::CreateVersion(id, body(&[a])), 45);
    assert_eq!((st, slug(&e)), (409, "delete-ca-set-request-in-progress"));
    // the name is free again at once (unique among NOT_DELETED sets)
    let again = create_set(&mut s, "del-set");
    assert_ne!(again, id);
    // done: DELETED, read-only, listed only when asked
    let (st, d) = call(&mut s, Op::DeletionStatus(id), 50);
    assert_eq!(
        (st, &d["status"], &d["deletions"][1]["percentComplete"]),
        (200, &"COMPLETE".into(), &100.into())
    );
    let set = call(&mut s, Op::GetSet(id), 50).1;
    assert_eq!(
        (&set["caSetStatus"], &set["deletedBy"]),
        (&"DELETED".into(), &"sandbox-user".into())
    );
    let (st, e) = call(&mut s, Op::CreateVersion(id, body(&[a])), 50);
    assert_eq!((st, slug(&e)), (404, "ca-set-not-found"));
    let (_, l) = call(&mut s, Op::ListSets(list_filter()), 50);
    assert_eq!(l["caSets"].as_array().unwrap().len(), 1);
    let deleted = SetFilter {
        statuses: vec!["DELETED".into()],
        ..list_filter()
    };
    let (_, l) = call(&mut s, Op::ListSets(deleted), 50);
    assert_eq!(l["caSets"][0]["caSetId"], id.to_string());
    let (_, act) = call(&mut s, Op::Activities(id, None, None), 50);
    let deletes: Vec<&Value> = act["activities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["type"] == "DELETE_CA_SET")
        .collect();
    assert_eq!(deletes.len(), 2, "one DELETE_CA_SET per network");
}

#[test]
fn clones_copy_certificates_and_warn_or_refuse_expired_ones() {
    let mut s = State::empty();
    let id = create_set(&mut s, "src-set");
    let [a, ..] = roots();
    let soon = pki::make_root(&Spec::ca("Soon").valid(-1, 1)).pem;
    call(&mut s, Op::CreateVersion(id, body(&[a, &soon])), 1);
    let two_days = 2 * 86_400;
    let (st, v) = call(&mut s, Op::CloneVersion(id, 1), two_days);
    assert_eq!((st, v["version"].clone()), (201, 2.into()), "{v}");
    let w = &v["validation"]["warnings"];
    assert_eq!(
        (slug(&w[0]), &w[0]["pointer"]),
        ("expired-certificate", &"/certificates/1".into())
    );
    assert_eq!(
        v["certificates"].as_array().unwrap().len(),
        2,
        "expired ones are copied"
    );
    let (st, e) = call(
        &mut s,
        Op::Request(id, 2, "STAGING".into(), "ACTIVATE"),
        two_days,
    );
    assert_eq!(
        (st, slug(&e)),
        (400, "certificate-validation-failure-activate")
    );
    assert_eq!(e["errors"][0]["pointer"], "/certificates/1");
    // clone set: from a given version, and from the latest
    let clone = |name: &str| CreateCaSet {
        ca_set_name: name.into(),
        description: Some("copy".into()),
    };
    let (st, e) = call(&mut s, Op::CloneSet(id, Some(9), clone("c1")), 3);
    assert_eq!((st, slug(&e)), (404, "ca-set-version-not-found"));
    let (st, c) = call(&mut s, Op::CloneSet(id, Some(1), clone("c1")), 3);
    assert_eq!(
        (st, &c["latestVersion"], &c["description"]),
        (201, &1.into(), &"copy".into())
    );
    let cid: i64 = c["caSetId"].as_str().unwrap().parse().unwrap();
    let (_, v) = call(&mut s, Op::GetVersion(cid, 1), 4);
    assert_eq!(v["certificates"].as_array().unwrap().len(), 2);
    // certificates filter (§5.16)
    let certs = |s: &mut State, statuses: &[&str], days| {
        let f = CertFilter {
            statuses: statuses.iter().map(|x| x.to_string()).collect(),
            days,
            timestamp: None,
        };
        let (_, l) = call(s, Op::Certificates(id, 1, f), 5);
        l["certificates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["subject"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        certs(&mut s, &["EXPIRING"], None),
        ["O=moks tests, CN=Soon"]
    );
    assert_eq!(certs(&mut s, &["ACTIVE"], None).len(), 2);
    assert!(certs(&mut s, &["EXPIRED"], None).is_empty());
    assert_eq!(certs(&mut s, &[], None).len(), 2);
}

#[test]
fn the_seed_has_a_bound_active_set_a_pending_version_and_an_expiring_root() {
    let now = base();
    let mut s = crate::moks::seed::initial_state(0, now).unwrap();
    seed::seed(&mut s, 3, now).unwrap();
    let (_, l) = call(&mut s, Op::ListSets(list_filter()), 0);
    let sets = l["caSets"].as_array().unwrap();
    let names: Vec<&str> = sets
        .iter()
        .map(|x| x["caSetName"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["example-ca-set-1", "example-ca-set-2", "example-ca-set-3"]
    );
    let pair = |x: &Value| {
        (
            x["stagingVersion"].clone(),
            x["productionVersion"].clone(),
            x["latestVersion"].clone(),
        )
    };
    assert_eq!(pair(&sets[0]), (1.into(), 1.into(), 1.into()));
    assert_eq!(pair(&sets[1]), (1.into(), Value::Null, 2.into()));
    let id = |x: &Value| -> i64 { x["caSetId"].as_str().unwrap().parse().unwrap() };
    let (first, third) = (id(&sets[0]), id(&sets[2]));
    let (st, e) = call(
        &mut s,
        Op::Request(first, 1, "PRODUCTION".into(), "DEACTIVATE"),
        0,
    );
    assert_eq!((st, slug(&e)), (409, "ca-set-bound-to-hostname"));
    let h = &e["contextInfo"]["associations"]["properties"][0]["hostnames"];
    assert_eq!(
        h,
        &serde_json::json!([{"hostname": "www.example.com", "network": "PRODUCTION"}])
    );
    let (st, e) = call(&mut s, Op::DeleteSet(first), 0);
    assert_eq!((st, slug(&e)), (409, "ca-set-bound-to-hostname"));
    let (_, a) = call(
        &mut s,
        Op::Associations(first, Some("properties".into())),
        0,
    );
    assert!(a["associations"]["enrollments"].is_null());
    assert_eq!(
        a["associations"]["properties"][0]["propertyName"],
        "www.example.com"
    );
    let f = CertFilter {
        statuses: vec!["EXPIRING".into()],
        days: None,
        timestamp: None,
    };
    let (_, c) = call(&mut s, Op::Certificates(third, 1, f), 0);
    assert_eq!(c["certificates"].as_array().unwrap().len(), 1, "{c}");
    // version 2 of set 2 can still be edited
    let [a, ..] = roots();
    let (st, v) = call(&mut s, Op::UpdateVersion(id(&sets[1]), 2, body(&[a])), 0);
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["modifiedBy"], "sandbox-user");
}

#[test]
fn an_older_state_file_loads_and_an_empty_truststore_is_not_written() {
    let s = crate::moks::seed::initial_state(0, base()).unwrap();
    let text = serde_json::to_string(&s).unwrap();
    assert!(!text.contains("truststore"), "{text}");
    let back: State = serde_json::from_str(&text).unwrap();
    assert_eq!(back, s);
}

mod routing {
    use super::super::routes::route;
    use super::*;

    fn r(
        method: &str,
        path: &str,
        query: &str,
        body: &str,
    ) -> Result<Op, crate::core::problem::Reply> {
        let ct = (!body.is_empty()).then_some("application/json");
        route(
            (method, &format!("{BASE}{path}"), query),
            ct,
            None,
            body.as_bytes(),
            &Config::default(),
        )
    }

    fn err(x: Result<Op, crate::core::problem::Reply>) -> (u16, Value) {
        let e = x.unwrap_err();
        assert_eq!(e.content_type, "application/problem+json");
        (e.status, e.body.unwrap())
    }

    #[test]
    fn ids_queries_media_types_and_bodies() {
        assert!(matches!(
            r("GET", "/ca-sets/12/", "accountSwitchKey=x", ""),
            Ok(Op::GetSet(12))
        ));
        let (st, b) = err(r("GET", "/ca-sets/abc", "", ""));
        assert_eq!(
            (st, slug(&b)),
            (400, "path-variable-query-param-type-mismatch")
        );
        let (st, b) = err(r("DELETE", "/ca-sets/1", "force=true", ""));
        assert_eq!((st, slug(&b)), (400, "unknown-query-parameters"));
        assert_eq!(
            b["contextInfo"]["allowedQueryParameters"],
            serde_json::json!(["accountSwitchKey"])
        );
        assert_eq!(b["contextInfo"]["parameters"], serde_json::json!(["force"]));
        let (st, b) = err(r(
            "GET",
            "/ca-sets/1/versions/1/certificates",
            "expiryThresholdInDays=5",
            "",
        ));
        assert_eq!((st, slug(&b)), (400, "missing-required-query-parameter"));
        let (st, _) = err(r(
            "GET",
            "/ca-sets/1/versions/1/certificates",
            "certificateStatus=ACTIVE,EXPIRING",
            "",
        ));
        assert_eq!(st, 400);
        let (st, b) = err(r("POST", "/ca-sets", "", r#"{"caSetName":"a b"}"#));
        assert_eq!((st, slug(&b)), (400, "ca-set-name-validation-failure"));
        assert_eq!(b["errors"][0]["pointer"], "/caSetName");
        let (st, b) = err(r("POST", "/ca-sets", "", "{"));
        assert_eq!((st, slug(&b)), (400, "invalid-json"));
        let (st, b) = err(r(
            "POST",
            "/ca-sets/1/versions/1/activate",
            "",
            r#"{"network":"staging"}"#,
        ));
        assert_eq!((st, slug(&b)), (400, "json-schema-validation-error"));
        let (st, b) = err(r("PUT", "/ca-sets", "", ""));
        assert_eq!((st, slug(&b)), (405, "method-not-allowed"));
        let p = format!("{BASE}/ca-sets");
        let e = route(
            ("POST", &p, ""),
            Some("text/plain"),
            None,
            b"{}",
            &Config::default(),
        )
        .unwrap_err();
        assert_eq!(e.status, 415);
        let e = route(
            ("GET", &p, ""),
            None,
            Some("text/html"),
            b"",
            &Config::default(),
        )
        .unwrap_err();
        assert_eq!(e.status, 406);
        assert!(route(
            ("GET", &p, "activatedOn=STAGING%2BPRODUCTION"),
            None,
            Some("application/json"),
            b"",
            &Config::default()
        )
        .is_ok());
        // §2.1: a configured certificate limit is a 422 with the numbers
        let small = Config {
            max_certificates: 1,
            ..Config::default()
        };
        let two = r#"{"certificates":[{"certificatePem":"a"},{"certificatePem":"b"}]}"#;
        let e = route(
            ("POST", &format!("{p}/1/versions"), ""),
            Some("application/json"),
            None,
            two.as_bytes(),
            &small,
        )
        .unwrap_err();
        let b = e.body.unwrap();
        assert_eq!((e.status, slug(&b)), (422, "certificate-limit-reached"));
        assert_eq!(b["contextInfo"]["submittedCertificatesCount"], 2);
    }
}
