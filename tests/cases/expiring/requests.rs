//! `expiring`'s requests: the rate cap never causes a 429 and a 429 from elsewhere is
//! waited out with a message; failures that keep the gate from deciding; bad flags send
//! nothing; `--dry-run`. Then against the sandbox's seeded certificates and CA sets.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{account, answer, date, expiring};
use crate::common::{fixture, path, table, MockServer, Moks, Reply};

/// A server that answers 429 to a request when more than `per_second` arrived in the second
/// before it, itself included: a rate limit counted over a window, as the API's is. Counts
/// its 429s.
fn strict_server(certs: i64, per_second: usize) -> (MockServer, Arc<AtomicUsize>) {
    let refused = Arc::new(AtomicUsize::new(0));
    let count = refused.clone();
    let arrivals: Mutex<VecDeque<Instant>> = Mutex::new(VecDeque::new());
    let list = json!({"certificates": (1..=certs).map(|i| fixture::client_cert(i, &format!("c{i}"))).collect::<Vec<_>>()});
    let versions = json!({"versions": [{"version": 1, "versionGuid": "g", "status": "DEPLOYED", "expiryDate": date(100.5)}]});
    let srv = MockServer::start(move |req| {
        let now = Instant::now();
        let mut arrivals = arrivals.lock().unwrap();
        arrivals.push_back(now);
        while arrivals
            .front()
            .is_some_and(|t| now - *t >= Duration::from_secs(1))
        {
            arrivals.pop_front();
        }
        if arrivals.len() > per_second {
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
    // 20 a second; the server refuses a 26th request within a second (a loaded machine may
    // delay a request, then send the next on time: a few more in a second, not 6).
    let (srv, refused) = strict_server(30, 25);
    let run = expiring(
        &srv,
        &[
            "--source",
            "moks",
            "--max-rps",
            "20",
            "--concurrency",
            "8",
            "--all",
            "--json",
        ],
    );
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
    let (srv, refused) = strict_server(30, 25);
    let _ = expiring(
        &srv,
        &[
            "--source",
            "moks",
            "--max-rps",
            "1000",
            "--concurrency",
            "8",
        ],
    );
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
    let run = expiring(&srv, &["--within", "1d", "--all"]);
    run.code(0);
    assert_eq!(
        srv.requests().len(),
        7,
        "the list, three versions lists, one retry; the CA sets and one set's versions"
    );
    assert_eq!(table(&run.stdout).len(), 9);
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
        "the API listed version 1 of client certificate 11 ('alpha') with an expiry date that \
         is not a date: 'soon\\u{1b}[2J'"
    );
    // A CA set whose active version the versions list leaves out.
    let mut a = account();
    a.ca_set_versions["versions"]
        .as_array_mut()
        .unwrap()
        .remove(0);
    let srv = MockServer::start(move |req| answer(&a, req));
    let run = expiring(&srv, &[]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API's versions of CA set 21 ('edge-cas') lack version 3, active on STAGING"
    );
    assert_eq!(run.stdout, "");
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
        (
            &["--source", "moks,cps"],
            "invalid value 'cps' for '--source <SOURCE>'",
        ),
        (
            &["--name", "a\u{1b}b"],
            "invalid value 'a\\u{1b}b' for '--name <NAME>'",
        ),
        (
            &["--source", "truststore", "--signer", "AKAMAI"],
            "--signer picks client certificates, which --source leaves out; add moks to \
             --source or leave --signer out",
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
fn against_the_sandbox_the_seeded_certificates_are_listed_and_gated() {
    let m = Moks::without_edgerc().env("MOKS_SANDBOX_DEPLOY_DELAY", "0s");
    let state = m.home.path().join("state.json");
    let sandbox = |args: &[&str]| {
        let mut a = vec!["--sandbox", "--sandbox-state", state.to_str().unwrap()];
        a.extend_from_slice(args);
        m.run(&a)
    };
    // Nothing in use expires within 30 days: the seeded set with a root expiring in 20 days
    // has never been activated.
    let run = sandbox(&["expiring"]);
    run.code(0);
    assert_eq!(run.stdout, "");
    let run = sandbox(&["expiring", "--all", "--json"]);
    run.code(0);
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    let mut versions: Vec<(String, i64)> = rows
        .iter()
        .filter(|r| r["source"] == "moks")
        .map(|r| {
            let name = r["certificateName"].as_str().unwrap().to_string();
            (name, r["version"].as_i64().unwrap())
        })
        .collect();
    let count = versions.len();
    versions.sort();
    versions.dedup();
    assert_eq!(versions.len(), count, "one row per version: {versions:?}");
    let sets: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter_map(|r| r["caSetName"].as_str())
        .collect();
    assert_eq!(
        sets.into_iter().collect::<Vec<_>>(),
        ["example-ca-set-1", "example-ca-set-2"]
    );
    let now = OffsetDateTime::now_utc();
    let mut previous = None;
    for r in rows {
        let expiry = OffsetDateTime::parse(r["expiryDate"].as_str().unwrap(), &Rfc3339).unwrap();
        let days = r["daysLeft"].as_i64().unwrap();
        let exact = (expiry - now).as_seconds_f64() / 86_400.0;
        assert!(exact >= days as f64 && exact < days as f64 + 1.01, "{r}");
        assert!(days >= 30, "nothing inside the default window: {r}");
        assert!(previous <= Some(expiry), "sorted by expiry");
        previous = Some(expiry);
    }
    // Activated, the set's expiring root trips the gate.
    sandbox(&[
        "truststore",
        "activate",
        "--name",
        "example-ca-set-3",
        "--version",
        "1",
        "--network",
        "staging",
        "--wait",
    ])
    .code(0);
    let run = sandbox(&["expiring", "--json"]);
    run.code(8);
    let rows = run.json();
    let days = rows[0]["daysLeft"].as_i64().unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert_eq!(
        run.error_line(),
        format!(
            "1 certificate in use expires within 30 days: CA set 'example-ca-set-3' version 1 \
             'Example Expiring Root CA' (in {days} days)"
        )
    );
}
