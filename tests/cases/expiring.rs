//! `expiring`: one list call, then one versions call per certificate (all of them, whatever
//! the order they come back in); every entry with an expiryDate in one table sorted by
//! expiry, or a JSON array of {certificateId, certificateName, signer, version, versionGuid,
//! versionAlias, status, expiryDate, daysLeft}; exit 8 when a DEPLOYED version expires
//! inside the window, 0 otherwise; `--signer`; the rate cap never causes a 429 and a 429 from
//! elsewhere is waited out with a message; failures that keep the gate from deciding; bad
//! flags send nothing. Then against the sandbox's seeded certificates.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::common::{fixture, path, table, MockServer, Moks, Reply, Request, Run};

/// Now plus `days` (half days keep `daysLeft` away from a day's edge), to the second.
fn date(days: f64) -> String {
    let at = OffsetDateTime::now_utc() + time::Duration::seconds_f64(days * 86_400.0);
    at.replace_nanosecond(0).unwrap().format(&Rfc3339).unwrap()
}

/// Three certificates: alpha (AKAMAI; CURRENT v2 in 80 days, PREVIOUS v1 in 10), beta
/// (THIRD_PARTY; v1 in 5 days, listed twice: its CURRENT alias entry and its own; v2
/// awaiting, no expiry), gamma (AKAMAI; v1 DELETE_PENDING, expired; v2 in 200 days).
struct Account {
    certificates: Value,
    versions: Vec<(i64, Value)>,
}

fn account() -> Account {
    let mut beta = fixture::client_cert(12, "beta");
    beta["signer"] = json!("THIRD_PARTY");
    let alpha_versions = json!({"versions": [
        {"version": 2, "versionGuid": "alpha-2", "versionAlias": "CURRENT", "status": "DEPLOYED", "expiryDate": date(80.5)},
        {"version": 1, "versionGuid": "alpha-1", "versionAlias": "PREVIOUS", "status": "DEPLOYED", "expiryDate": date(10.5)}
    ]});
    let beta_versions = json!({"versions": [
        {"version": 2, "versionGuid": "beta-2", "status": "AWAITING_SIGNED_CERTIFICATE"},
        {"version": 1, "versionGuid": "beta-current", "versionAlias": "CURRENT", "status": "DEPLOYED", "expiryDate": date(5.5)},
        {"version": 1, "versionGuid": "beta-1", "versionAlias": null, "status": "DEPLOYED", "expiryDate": date(5.5)}
    ]});
    let gamma_versions = json!({"versions": [
        {"version": 2, "versionGuid": "gamma-2", "status": "DEPLOYED", "expiryDate": date(200.5)},
        {"version": 1, "versionGuid": "gamma-1", "status": "DELETE_PENDING", "expiryDate": date(-1.5)}
    ]});
    Account {
        certificates: json!({"certificates": [
            fixture::client_cert(11, "alpha"), beta, fixture::client_cert(13, "gamma")
        ]}),
        versions: vec![
            (11, alpha_versions),
            (12, beta_versions),
            (13, gamma_versions),
        ],
    }
}

/// The API's answer to `req` for `account`; anything else is a 404.
fn answer(account: &Account, req: &Request) -> Reply {
    if req.path == path("/client-certificates") {
        return Reply::json(200, &account.certificates);
    }
    for (id, versions) in &account.versions {
        if req.path == path(&format!("/client-certificates/{id}/versions")) {
            return Reply::json(200, versions);
        }
    }
    Reply::problem(404, &fixture::not_found_404())
}

fn server() -> MockServer {
    let a = account();
    MockServer::start(move |req| answer(&a, req))
}

/// The request lines after the first (the list), sorted: they may come in any order.
fn fetched(srv: &MockServer) -> Vec<String> {
    let lines = srv.lines();
    assert_eq!(lines[0], format!("GET {}", path("/client-certificates")));
    let mut rest = lines[1..].to_vec();
    rest.sort();
    rest
}

fn versions_line(id: i64) -> String {
    format!(
        "GET {}",
        path(&format!("/client-certificates/{id}/versions"))
    )
}

fn expiring(srv: &MockServer, args: &[&str]) -> Run {
    let mut a = vec!["expiring"];
    a.extend_from_slice(args);
    Moks::new(srv).run(&a)
}

#[test]
fn the_table_lists_every_dated_entry_soonest_first_and_exit_8_names_the_deployed_ones_inside() {
    let srv = server();
    let run = expiring(&srv, &[]);
    run.code(8);
    assert_eq!(
        fetched(&srv),
        vec![versions_line(11), versions_line(12), versions_line(13)]
    );
    let rows = table(&run.stdout);
    assert_eq!(
        rows[0],
        vec![
            "expiryDate",
            "daysLeft",
            "status",
            "certificateName",
            "certificateId",
            "version",
            "versionAlias",
            "signer",
            "versionGuid"
        ]
    );
    let shown: Vec<(&str, &str, &str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| {
            (
                r[1].as_str(),
                r[2].as_str(),
                r[3].as_str(),
                r[6].as_str(),
                r[8].as_str(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            ("-2", "DELETE_PENDING", "gamma", "", "gamma-1"),
            ("5", "DEPLOYED", "beta", "CURRENT", "beta-current"),
            ("5", "DEPLOYED", "beta", "", "beta-1"),
            ("10", "DEPLOYED", "alpha", "PREVIOUS", "alpha-1"),
            ("80", "DEPLOYED", "alpha", "CURRENT", "alpha-2"),
            ("200", "DEPLOYED", "gamma", "", "gamma-2"),
        ]
    );
    for r in &rows[1..] {
        assert!(OffsetDateTime::parse(&r[0], &Rfc3339).is_ok(), "{r:?}");
    }
    assert_eq!(
        run.error_line(),
        "2 deployed versions expire within 30 days: 'beta' version 1 (in 5 days), 'alpha' \
         version 1 (in 10 days)"
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn json_is_an_array_of_the_documented_fields() {
    let srv = server();
    let run = expiring(&srv, &["--json", "--within", "6d"]);
    run.code(8);
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 6);
    let beta_alias = &rows[1];
    let expiry = beta_alias["expiryDate"].as_str().unwrap();
    assert_eq!(
        beta_alias,
        &json!({"certificateId": 12, "certificateName": "beta", "signer": "THIRD_PARTY",
            "version": 1, "versionGuid": "beta-current", "versionAlias": "CURRENT",
            "status": "DEPLOYED", "expiryDate": expiry, "daysLeft": 5})
    );
    let keys: Vec<&String> = beta_alias.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "certificateId",
            "certificateName",
            "signer",
            "version",
            "versionGuid",
            "versionAlias",
            "status",
            "expiryDate",
            "daysLeft"
        ]
    );
    assert_eq!(rows[2]["versionAlias"], Value::Null);
    assert_eq!(rows[0]["daysLeft"], -2);
    let dates: Vec<&str> = rows
        .iter()
        .map(|r| r["expiryDate"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert_eq!(
        run.error_line(),
        "1 deployed version expires within 6 days: 'beta' version 1 (in 5 days)"
    );
}

#[test]
fn exit_0_when_no_deployed_version_is_inside_the_window() {
    // gamma's version 1 has expired, but it is DELETE_PENDING: it does not count.
    let srv = server();
    let run = expiring(&srv, &["--within", "5d"]);
    run.code(0);
    assert_eq!(
        run.stderr, "",
        "nothing on stderr (no progress bar off a terminal)"
    );
    assert_eq!(table(&run.stdout).len(), 7);
}

#[test]
fn signer_filters_the_certificates_before_their_versions_are_fetched() {
    let srv = server();
    let run = expiring(&srv, &["--signer", "third_party", "--json"]);
    run.code(8);
    assert_eq!(fetched(&srv), vec![versions_line(12)]);
    let names: Vec<Value> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["versionGuid"].clone())
        .collect();
    assert_eq!(names, vec![json!("beta-current"), json!("beta-1")]);
    let srv = server();
    expiring(&srv, &["--signer", "AKAMAI", "--within", "1d"]).code(0);
    assert_eq!(fetched(&srv), vec![versions_line(11), versions_line(13)]);
}

/// A server that answers 429 to any request arriving less than `min_gap` after the one
/// before: what a strict rate limit would do. Counts its 429s.
fn strict_server(certs: i64, min_gap: Duration) -> (MockServer, Arc<AtomicUsize>) {
    let refused = Arc::new(AtomicUsize::new(0));
    let count = refused.clone();
    let last: Mutex<Option<Instant>> = Mutex::new(None);
    let list = json!({"certificates": (1..=certs).map(|i| fixture::client_cert(i, &format!("c{i}"))).collect::<Vec<_>>()});
    let versions = json!({"versions": [{"version": 1, "versionGuid": "g", "status": "DEPLOYED", "expiryDate": date(100.5)}]});
    let srv = MockServer::start(move |req| {
        let now = Instant::now();
        let mut last = last.lock().unwrap();
        let too_soon = last.is_some_and(|l| now - l < min_gap);
        *last = Some(now);
        if too_soon {
            count.fetch_add(1, Ordering::SeqCst);
            return Reply::problem(429, &fixture::rate_limited_429())
                .with_header("Retry-After", "0");
        }
        if req.path == path("/client-certificates") {
            Reply::json(200, &list)
        } else {
            Reply::json(200, &versions)
        }
    });
    (srv, refused)
}

#[test]
fn the_rate_cap_spaces_every_request_so_a_strict_limit_never_answers_429() {
    // 20 a second is a request every 50 ms; the server refuses gaps under 25 ms.
    let (srv, refused) = strict_server(30, Duration::from_millis(25));
    let run = expiring(&srv, &["--max-rps", "20", "--concurrency", "8", "--json"]);
    run.code(0);
    assert_eq!(refused.load(Ordering::SeqCst), 0, "{}", run.stderr);
    assert_eq!(
        srv.requests().len(),
        31,
        "the list and 30 versions lists, no retry"
    );
    assert_eq!(run.json().as_array().unwrap().len(), 30);
    assert_eq!(run.stderr, "");
    // The same server does refuse a fan-out that is not spaced out.
    let (srv, refused) = strict_server(30, Duration::from_millis(25));
    let _ = expiring(&srv, &["--max-rps", "1000", "--concurrency", "8"]);
    assert!(
        refused.load(Ordering::SeqCst) > 0,
        "the server's check can fail"
    );
}

#[test]
fn a_429_from_other_traffic_is_waited_out_once_with_a_message() {
    let a = account();
    let first = Mutex::new(true);
    let srv = MockServer::start(move |req| {
        let mut first = first.lock().unwrap();
        if req.path != path("/client-certificates") && *first {
            *first = false;
            return Reply::problem(429, &fixture::rate_limited_429())
                .with_header("Retry-After", "1");
        }
        answer(&a, req)
    });
    let run = expiring(&srv, &["--within", "1d"]);
    run.code(0);
    assert_eq!(
        srv.requests().len(),
        5,
        "the list, three versions lists, one retry"
    );
    assert_eq!(table(&run.stdout).len(), 7);
    assert_eq!(
        run.stderr,
        "moks: the API answered 429 Too Many Requests; waiting 1.0 s as its Retry-After header \
         asks before retry 1 of 10\n"
    );
}

#[test]
fn the_gate_fails_when_it_cannot_decide() {
    // A certificate whose versions cannot be listed.
    let a = account();
    let srv = MockServer::start(move |req| {
        if req.path == path("/client-certificates/12/versions") {
            return Reply::problem(404, &fixture::not_found_404());
        }
        answer(&a, req)
    });
    let run = expiring(&srv, &[]);
    run.code(4);
    assert!(
        run.error_line().starts_with(
            "cannot list the versions of client certificate 12 ('beta'): Resource Not Found"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "", "no partial table");
    // An expiryDate that is not a date.
    let mut a = account();
    a.versions[0].1["versions"][1]["expiryDate"] = json!("soon\u{1b}[2J");
    let srv = MockServer::start(move |req| answer(&a, req));
    let run = expiring(&srv, &[]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API listed version 1 of client certificate 11 ('alpha') with an expiryDate that is \
         not a date: 'soon\\u{1b}[2J'"
    );
}

#[test]
fn bad_flags_are_refused_before_anything_is_sent() {
    let srv = MockServer::replies(vec![]);
    for (args, error) in [
        (
            &["--within", "30"][..],
            "invalid value '30' for '--within <DUR>': expected a number and a unit (s, m, h, d \
             or w), such as 30d, 12h or 2w, up to 3650d",
        ),
        (
            &["--max-rps", "0"],
            "invalid value '0' for '--max-rps <RPS>': expected requests a second, more than 0 \
             and at most 1000, such as 5 or 0.5",
        ),
        (
            &["--concurrency", "0"],
            "invalid value '0' for '--concurrency <N>': 0 is not in 1..=64",
        ),
        (
            &["--signer", "ME"],
            "invalid value 'ME' for '--signer <SIGNER>'",
        ),
    ] {
        let run = expiring(&srv, args);
        run.code(2);
        assert!(run.error_line().starts_with(error), "{}", run.stderr);
    }
    assert_eq!(srv.lines(), Vec::<String>::new());
}

#[test]
fn dry_run_prints_the_list_call() {
    let srv = MockServer::replies(vec![]);
    let run = expiring(&srv, &["--dry-run"]);
    run.code(0);
    assert!(
        run.stdout.starts_with(&format!(
            "GET {}{}\n",
            srv.base_url(),
            path("/client-certificates")
        )),
        "{}",
        run.stdout
    );
    assert_eq!(srv.lines(), Vec::<String>::new());
}

#[test]
fn against_the_sandbox_the_seeded_versions_are_listed_and_gated() {
    let m = Moks::without_edgerc();
    let state = m.home.path().join("state.json");
    let sandbox = |args: &[&str]| {
        let mut a = vec![
            "--sandbox",
            "--sandbox-state",
            state.to_str().unwrap(),
            "expiring",
        ];
        a.extend_from_slice(args);
        m.run(&a)
    };
    let run = sandbox(&["--json"]);
    run.code(0);
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    // The seeded certificates: 4, the last two with two versions; THIRD_PARTY ones list
    // their alias entries too.
    let names: std::collections::BTreeSet<&str> = rows
        .iter()
        .map(|r| r["certificateName"].as_str().unwrap())
        .collect();
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        [
            "example-akamai-1",
            "example-akamai-3",
            "example-third-party-2",
            "example-third-party-4"
        ]
    );
    let now = OffsetDateTime::now_utc();
    let mut previous = None;
    for r in rows {
        assert_eq!(r["status"], "DEPLOYED");
        let expiry = OffsetDateTime::parse(r["expiryDate"].as_str().unwrap(), &Rfc3339).unwrap();
        let days = r["daysLeft"].as_i64().unwrap();
        let exact = (expiry - now).as_seconds_f64() / 86_400.0;
        assert!(exact >= days as f64 && exact < days as f64 + 1.01, "{r}");
        assert!(days >= 30, "nothing inside the default window: {r}");
        assert!(previous <= Some(expiry), "sorted by expiry");
        previous = Some(expiry);
    }
    let soonest = &rows[0];
    let run = sandbox(&["--within", "60d"]);
    run.code(8);
    assert_eq!(
        run.error_line(),
        format!(
            "1 deployed version expires within 60 days: '{}' version {} (in {} days)",
            soonest["certificateName"].as_str().unwrap(),
            soonest["version"],
            soonest["daysLeft"]
        )
    );
}
