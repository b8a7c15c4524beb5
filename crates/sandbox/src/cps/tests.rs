//! In-process tests of the CPS lifecycle: the clock of the automatic steps, Let's Encrypt
//! validation by delay, the deployment schedule, dual-stack CSRs, the state file, and
//! requests no operation takes. The HTTP side is `tests/cps/`.

use serde_json::{json, Value};
use std::time::Duration;
use time::OffsetDateTime;

use super::flow::*;
use super::routes::{Op, Routed, UpdateFlags, Window};
use super::{apply, certs, Config, Cps};
use crate::core::store::State;
use moks_model::cps::{template, TemplateKind};

fn cfg(delay: u64) -> Config {
    Config {
        delay: Duration::from_secs(delay),
        dv_validation_delay: Some(Duration::from_secs(100)),
        one_certificate_every: Duration::ZERO,
        transient_conflict: false,
        rate_limits: false,
        seed: false,
    }
}

fn doc(kind: TemplateKind) -> Value {
    serde_json::from_str(&template(kind)).unwrap()
}

fn run(state: &mut State, op: Op, now: OffsetDateTime, cfg: &Config) -> (u16, Value) {
    let routed = Routed {
        op,
        answer_type: "application/json",
    };
    let out = apply(state, "", routed, now, cfg);
    (out.reply.status, out.reply.body.unwrap_or(Value::Null))
}

fn cps(state: &State) -> &Cps {
    &state.accounts[""].cps
}

fn status(state: &State) -> String {
    let e = cps(state).enrollments.last().unwrap();
    e.changes.last().unwrap().status.clone()
}

fn create(state: &mut State, d: Value, now: OffsetDateTime, c: &Config) {
    let op = Op::Create {
        contract: "1-SANDBOX".into(),
        doc: d,
        window: Window::default(),
    };
    let (s, body) = run(state, op, now, c);
    assert_eq!(s, 202, "{body}");
}

fn get(id: i64) -> Op {
    Op::Get(id)
}

#[test]
fn automatic_steps_take_the_delay_each_and_are_replayed_when_read_late() {
    let mut st = State::empty();
    // times are kept to the millisecond
    let t0 = crate::core::store::truncate(OffsetDateTime::now_utc());
    let c = cfg(10);
    create(&mut st, doc(TemplateKind::ThirdParty), t0, &c);
    let id = cps(&st).enrollments[0].id;
    assert_eq!(status(&st), PRE_CHECKS);
    run(&mut st, get(id), t0 + time::Duration::seconds(9), &c);
    assert_eq!(status(&st), PRE_CHECKS);
    run(&mut st, get(id), t0 + time::Duration::seconds(10), &c);
    assert_eq!(status(&st), GENERATE_CSR);
    // read late: both steps ran, the CSR at the time it was due
    run(&mut st, get(id), t0 + time::Duration::hours(1), &c);
    assert_eq!(status(&st), WAIT_UPLOAD);
    let ch = &cps(&st).enrollments[0].changes[0];
    assert_eq!(ch.csrs.len(), 1);
    assert_eq!(
        crate::core::store::parse_date(&ch.since),
        Some(t0 + time::Duration::seconds(20))
    );
}

#[test]
fn challenges_validate_by_themselves_after_their_delay() {
    let mut st = State::empty();
    let t0 = OffsetDateTime::now_utc();
    let c = cfg(0);
    create(&mut st, doc(TemplateKind::Dv), t0, &c);
    let id = cps(&st).enrollments[0].id;
    run(&mut st, get(id), t0, &c);
    assert_eq!(status(&st), COORDINATE);
    run(&mut st, get(id), t0 + time::Duration::seconds(99), &c);
    assert_eq!(status(&st), COORDINATE);
    run(&mut st, get(id), t0 + time::Duration::seconds(100), &c);
    assert_eq!(status(&st), COMPLETE);
    let e = &cps(&st).enrollments[0];
    assert!(e.production.is_some() && e.history.len() == 1);
    assert!(cps(&st).ca_certificate.is_some(), "the account CA was made");
    // never, with no delay configured
    let mut st = State::empty();
    let never = Config {
        dv_validation_delay: None,
        ..cfg(0)
    };
    create(&mut st, doc(TemplateKind::Dv), t0, &never);
    run(&mut st, get(id), t0 + time::Duration::days(365), &never);
    assert_eq!(status(&st), COORDINATE);
}

#[test]
fn production_waits_for_the_schedule_and_updates_open_the_right_change() {
    let mut st = State::empty();
    let t0 = OffsetDateTime::now_utc();
    let c = cfg(0);
    let mut d = doc(TemplateKind::Dv);
    create(&mut st, d.clone(), t0, &c);
    let id = cps(&st).enrollments[0].id;
    run(&mut st, get(id), t0 + time::Duration::seconds(100), &c);
    assert_eq!(status(&st), COMPLETE);
    // a network change with a certificate deployed: redeployed as it is
    d["networkConfiguration"]["quicEnabled"] = json!(true);
    let flags = UpdateFlags {
        window: Window {
            not_before: Some("2099-01-01T00:00:00Z".into()),
            not_after: None,
        },
        ..UpdateFlags::default()
    };
    let (s, body) = run(&mut st, Op::Update { id, doc: d, flags }, t0, &c);
    assert_eq!(s, 202, "{body}");
    let t1 = t0 + time::Duration::days(1);
    run(&mut st, get(id), t1, &c);
    let ch = cps(&st).enrollments[0].changes.last().unwrap();
    assert_eq!(
        (ch.kind.as_str(), ch.status.as_str()),
        ("redeploy", TO_PRODUCTION)
    );
    assert_eq!(
        ch.certs,
        cps(&st).enrollments[0].production.as_ref().unwrap().certs
    );
}

#[test]
fn dual_stack_enrollments_get_a_csr_per_key_algorithm_with_their_names() {
    let mut d = doc(TemplateKind::ThirdParty);
    d["enableMultiStackedCertificates"] = json!(true);
    let csrs = certs::new_csrs(&d).unwrap();
    let algs: Vec<&str> = csrs.iter().map(|k| k.key_algorithm.as_str()).collect();
    assert_eq!(algs, ["RSA", "ECDSA"]);
    let parsed = rcgen::CertificateSigningRequestParams::from_pem(&csrs[1].csr).unwrap();
    assert_eq!(parsed.params.subject_alt_names.len(), 2);
}

#[test]
fn the_state_survives_the_file_and_an_empty_slice_is_left_out() {
    let mut st = State::empty();
    let t0 = OffsetDateTime::now_utc();
    create(&mut st, doc(TemplateKind::Dv), t0, &cfg(0));
    let v = serde_json::to_value(&st.accounts[""]).unwrap();
    assert!(v["cps"]["enrollments"].is_array());
    let back: crate::core::account::Account = serde_json::from_value(v).unwrap();
    assert_eq!(back.cps, st.accounts[""].cps);
    let empty = crate::core::account::Account::new("A", 1);
    assert!(serde_json::to_value(&empty).unwrap().get("cps").is_none());
}

#[test]
fn odd_requests_are_refused_without_panics() {
    let mut st = State::empty();
    let t0 = OffsetDateTime::now_utc();
    let c = cfg(0);
    for op in [
        Op::Get(1),
        Op::GetChange(1, 2),
        Op::Cancel(i64::MAX, 0),
        Op::Deployment {
            id: 5,
            production: true,
        },
        Op::Create {
            contract: "c".into(),
            doc: json!([]),
            window: Window::default(),
        },
    ] {
        let (s, body) = run(&mut st, op, t0, &c);
        assert!((400..500).contains(&s), "{s} {body}");
        assert!(body["type"]
            .as_str()
            .unwrap()
            .starts_with("/cps/v2/error-types/"));
    }
    // a delay too long for the calendar never ends, and does not panic
    let forever = Config {
        delay: Duration::MAX,
        dv_validation_delay: Some(Duration::MAX),
        ..cfg(0)
    };
    create(&mut st, doc(TemplateKind::Dv), t0, &forever);
    let id = cps(&st).enrollments[0].id;
    run(&mut st, get(id), t0, &forever);
    assert_eq!(status(&st), PRE_CHECKS);
}
