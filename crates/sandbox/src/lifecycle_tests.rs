//! Unit tests of the lifecycle rules (API reference §5), run on an in-memory state with a
//! controlled clock.

use super::*;
use crate::validate;
use serde_json::Value;

fn clock(secs: i64) -> Clock {
    Clock {
        now: crate::state::parse_date("2030-01-01T00:00:00Z").unwrap() + Duration::seconds(secs),
        deploy_delay: Duration::seconds(5),
    }
}

fn fresh() -> State {
    let mut s = State::empty();
    s.accounts.insert(
        String::new(),
        new_account("A-T", 1, &clock(-86_400)).unwrap(),
    );
    s
}

fn create(s: &mut State, name: &str, signer: &str, at: i64) -> (u16, Value) {
    let body = format!(
        r#"{{"certificateName":"{name}","contractId":"C-1","groupId":7,"geography":"CORE",
        "secureNetwork":"STANDARD_TLS","signer":"{signer}","notificationEmails":["a@b.c"],"keyAlgorithm":"ECDSA"}}"#
    );
    let n = validate::new_cert(body.as_bytes()).unwrap();
    let o = apply(s, "", Op::Create(n), &clock(at));
    (o.reply.status, o.reply.body.unwrap_or_default())
}

fn call(s: &mut State, op: Op, at: i64) -> (u16, Value) {
    let o = apply(s, "", op, &clock(at));
    (o.reply.status, o.reply.body.unwrap_or_default())
}

fn statuses(s: &mut State, id: i64, at: i64) -> Vec<(i64, String, Option<String>)> {
    let (_, b) = call(s, Op::ListVersions(id, false), at);
    b["versions"]
        .as_array()
        .unwrap()
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

#[test]
fn akamai_lifecycle() {
    let mut s = fresh();
    let (st, c) = create(&mut s, "a", "AKAMAI", 0);
    assert_eq!(st, 201);
    assert_eq!(
        c["subject"],
        "/C=US/O=Akamai Technologies, Inc./OU=11112 C-1 7/CN=a/"
    );
    let id = c["certificateId"].as_i64().unwrap();
    assert_eq!(statuses(&mut s, id, 1)[1].1, "DEPLOYMENT_PENDING");
    // no rotation while pending
    assert_eq!(call(&mut s, Op::Rotate(id), 1).0, 409);
    assert_eq!(statuses(&mut s, id, 5)[1].1, "DEPLOYED");
    let (st, v) = call(&mut s, Op::Rotate(id), 6);
    assert_eq!((st, v["version"].as_i64()), (201, Some(2)));
    assert_eq!(v["issuer"], "1 Account CA G1");
    assert_eq!(v["keySizeInBytes"], Value::Null);
    assert_eq!(v["signatureAlgorithm"], "SHA256_WITH_ECDSA");
    // third version drops the oldest
    call(&mut s, Op::Rotate(id), 20);
    let l = statuses(&mut s, id, 25);
    assert_eq!(
        l,
        vec![
            (3, "DEPLOYED".into(), Some("CURRENT".into())),
            (2, "DEPLOYED".into(), Some("PREVIOUS".into())),
            (3, "DEPLOYED".into(), None),
            (2, "DEPLOYED".into(), None),
        ]
    );
    // delete a deployed version: 202, DELETE_PENDING, then 409 on a second delete
    let (st, m) = call(&mut s, Op::DeleteVersion(id, 3), 30);
    assert_eq!(st, 202);
    assert!(m["message"]
        .as_str()
        .unwrap()
        .contains("2030-01-02T00:00:30Z"));
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 3), 31).0, 409);
    assert_eq!(call(&mut s, Op::Rotate(id), 31).0, 409);
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 9), 31).0, 404);
    call(&mut s, Op::DeleteVersion(id, 2), 32);
    // all versions DELETE_PENDING: not listed, name still taken, readable by id
    let (_, list) = call(&mut s, Op::ListCerts, 40);
    assert_eq!(list["certificates"].as_array().unwrap().len(), 0);
    assert_eq!(create(&mut s, "a", "AKAMAI", 41).0, 400);
    assert_eq!(call(&mut s, Op::GetCert(id), 41).0, 200);
    // a day later it is gone, and the name is free
    assert_eq!(call(&mut s, Op::GetCert(id), 86_500).0, 404);
    assert_eq!(create(&mut s, "a", "AKAMAI", 86_500).0, 201);
}

#[test]
fn third_party_lifecycle_limits_and_upload_rules() {
    let mut s = fresh();
    let (_, c) = create(&mut s, "t", "THIRD_PARTY", 0);
    let id = c["certificateId"].as_i64().unwrap();
    let (_, vs) = call(&mut s, Op::ListVersions(id, true), 1);
    let v1 = &vs["versions"][1];
    assert_eq!(v1["status"], AWAITING);
    assert!(v1["csrBlock"]["csr"]
        .as_str()
        .unwrap()
        .contains("BEGIN CERTIFICATE REQUEST"));
    assert_eq!(v1["properties"], serde_json::json!([]));
    let csr = v1["csrBlock"]["csr"].as_str().unwrap().to_string();
    let now = clock(0).now;
    let ca = x509::new_account_ca("/CN=Outside CA/", now - Duration::days(1)).unwrap();
    let sign = |days: i64| {
        x509::sign_csr(
            &csr,
            &ca.certificate_pem,
            &ca.private_key_pem,
            now - Duration::days(1),
            days,
        )
        .unwrap()
    };
    let up = |cert: String| Upload {
        certificate: cert,
        trust_chain: None,
    };
    // wrong key
    let other = x509::new_csr("/CN=o/", "ECDSA").unwrap();
    let wrong = x509::sign_csr(
        &other.csr_pem,
        &ca.certificate_pem,
        &ca.private_key_pem,
        now,
        90,
    )
    .unwrap();
    let (st, e) = call(&mut s, Op::Upload(id, 1, up(wrong), false), 2);
    assert_eq!(st, 400);
    assert_eq!(e["errors"][0]["field"], "certificate");
    assert!(e["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .starts_with("Certificate is either invalid or cannot not be accepted."));
    // short-lived: warning blocks unless acknowledged, then recorded
    let (st, e) = call(&mut s, Op::Upload(id, 1, up(sign(20)), false), 2);
    assert_eq!(
        (st, e["errors"][0]["type"].as_str()),
        (400, Some("error-types/warning"))
    );
    let (st, v) = call(&mut s, Op::Upload(id, 1, up(sign(20)), true), 3);
    assert_eq!(st, 200);
    assert_eq!(v["status"], DEPLOYMENT_PENDING);
    assert_eq!(v["issuer"], "Outside CA");
    assert_eq!(v["validation"]["warnings"].as_array().unwrap().len(), 1);
    assert_eq!(v["certificateSubmittedBy"], USER);
    // not AWAITING any more
    assert_eq!(
        call(&mut s, Op::Upload(id, 1, up(sign(90)), true), 4).0,
        409
    );
    assert_eq!(statuses(&mut s, id, 8)[0].1, DEPLOYED);
    // rotate to 5 versions (allowed while versions await their certificate), sixth refused
    for n in 2..=5 {
        let (st, v) = call(&mut s, Op::Rotate(id), 10 + n);
        assert_eq!((st, v["version"].as_i64()), (201, Some(n)));
        assert_eq!(v["status"], AWAITING);
    }
    let (st, e) = call(&mut s, Op::Rotate(id), 20);
    assert_eq!(st, 409);
    assert!(e["detail"].as_str().unwrap().contains("5 versions"), "{e}");
    // deleting a never-deployed version: 204 and gone
    assert_eq!(call(&mut s, Op::DeleteVersion(id, 5), 21).0, 204);
    assert_eq!(statuses(&mut s, id, 21).len(), 4 + 2);
    assert_eq!(call(&mut s, Op::Rotate(id), 22).0, 201);
}

#[test]
fn names_patch_and_accounts() {
    let mut s = fresh();
    let (_, a) = create(&mut s, "one", "AKAMAI", 0);
    create(&mut s, "two", "AKAMAI", 0);
    let id = a["certificateId"].as_i64().unwrap();
    let (st, e) = create(&mut s, "one", "THIRD_PARTY", 1);
    assert_eq!(st, 400);
    assert_eq!(
        e["errors"][0]["detail"],
        "Certificate with same name already exists."
    );
    assert_eq!(e["errors"][0]["field"], "certificateName");
    let p = |name: &str| {
        validate::patch(format!(r#"{{"certificateName":"{name}"}}"#).as_bytes()).unwrap()
    };
    assert_eq!(call(&mut s, Op::Patch(id, p("two")), 2).0, 400);
    assert_eq!(call(&mut s, Op::Patch(id, p("one")), 2).0, 200);
    let (st, c) = call(&mut s, Op::Patch(id, p("uno")), 2);
    assert_eq!((st, c["certificateName"].as_str()), (200, Some("uno")));
    assert_eq!(call(&mut s, Op::Patch(999, p("x")), 2).0, 404);
    // another account sees nothing of the default one, and gets its own CA
    let o = apply(&mut s, "1-ABC:2-DEF", Op::ListCerts, &clock(3));
    assert!(o.changed);
    assert_eq!(o.reply.body.unwrap()["certificates"], serde_json::json!([]));
    let o = apply(&mut s, "1-ABC:2-DEF", Op::ListCa(None), &clock(3));
    let b = o.reply.body.unwrap();
    assert_eq!(b["certificates"][0]["accountId"], "1-ABC");
    assert_eq!(b["certificates"][0]["status"], "CURRENT");
    assert_eq!(b["certificates"][0]["keySizeInBytes"], 2048);
    let o = apply(
        &mut s,
        "",
        Op::ListCa(Some(vec!["EXPIRED".into()])),
        &clock(3),
    );
    assert_eq!(o.reply.body.unwrap()["certificates"], serde_json::json!([]));
    assert!(!apply(&mut s, "", Op::ListCerts, &clock(4)).changed);
}

#[test]
fn a_new_account_is_asked_for_then_made_and_their_number_is_capped() {
    let mut s = fresh();
    let before = s.clone();
    let Step::NeedAccount(plan) =
        apply_prepared(&mut s, "1-K:2", Op::ListCerts, &clock(1), 1, None)
    else {
        panic!("a new key needs an account built outside the state lock");
    };
    assert_eq!(s, before, "nothing changed while asking");
    assert_eq!(plan.account_id, "1-K");
    let account = plan.build(&clock(1)).unwrap();
    let Step::Done(o) = apply_prepared(&mut s, "1-K:2", Op::ListCerts, &clock(1), 1, Some(account))
    else {
        panic!("the account was given");
    };
    assert_eq!(o.reply.status, 200);
    assert!(o.changed && s.accounts.contains_key("1-K:2"));
    // the cap counts switch keys only: one is in use, a second is refused, known keys work
    let Step::Done(o) = apply_prepared(&mut s, "1-L", Op::ListCerts, &clock(2), 1, None) else {
        panic!("over the cap nothing is built");
    };
    assert_eq!(o.reply.status, 403);
    assert!(!o.changed);
    assert!(!s.accounts.contains_key("1-L"));
    for key in ["1-K:2", ""] {
        let Step::Done(o) = apply_prepared(&mut s, key, Op::ListCerts, &clock(2), 1, None) else {
            panic!("{key} exists");
        };
        assert_eq!(o.reply.status, 200, "{key}");
    }
}
