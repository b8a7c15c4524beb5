//! The wait engine's bounds, through the binary against scripted servers: every round of a
//! wait pauses (an activation list that still shows a request COMPLETE elsewhere, a 409 on
//! every POST), the deadline bounds the whole command (a 429 asking for 40 s with 2 s
//! left), the timeout says the time really spent, no wait on an id the answer did not give,
//! and what `--wait` made is printed as it is when the wait ends.

use serde_json::{json, Value};

use super::sandbox::{stderr, Sbx, AKAMAI};
use super::truststore_sets::{activation, posts, problem, set, BASE};
use crate::common::{path, MockServer, Moks, Reply};

fn activate_wait(srv: &MockServer, extra: &[&str]) -> crate::common::Run {
    let mut args: Vec<&str> = "truststore activate --id 5 --version 2 --network staging --wait"
        .split(' ')
        .collect();
    args.extend_from_slice(extra);
    Moks::new(srv).run(&args)
}

#[test]
fn a_list_still_showing_a_finished_request_in_flight_is_looked_at_once_per_interval() {
    // Eventually consistent: the set's list shows activation 47 IN_PROGRESS while the
    // activation itself already reads COMPLETE.
    let srv = MockServer::start(|req| {
        let p = req.path.strip_prefix(BASE).unwrap_or("").to_string();
        match (req.method.as_str(), p.as_str()) {
            ("GET", "/ca-sets/5") => Reply::json(200, &set("5", Some(2), None, None)),
            ("GET", "/ca-sets/5/activations") => Reply::json(
                200,
                &json!({"activations": [activation(47, 1, "STAGING", "ACTIVATE", "IN_PROGRESS", 10)]}),
            ),
            ("GET", "/ca-sets/5/versions/1/activations/47") => Reply::json(
                200,
                &activation(47, 1, "STAGING", "ACTIVATE", "COMPLETE", 100),
            ),
            _ => Reply::empty(418),
        }
    });
    let run = activate_wait(&srv, &["--interval", "1s", "--wait-timeout", "3s"]);
    run.code(7);
    assert!(
        run.stderr.contains(
            "moks: error: the activation of version 2 of CA set 5 on STAGING was not sent after "
        ),
        "{}",
        run.stderr
    );
    // Three requests a round, a round a second at most, within 3 s: not hundreds.
    let n = srv.requests().len();
    assert!(n <= 15, "{n} requests: {:?}", srv.lines());
    assert!(posts(&srv).is_empty());
}

#[test]
fn a_409_on_every_post_is_sent_again_once_per_interval_within_the_deadline() {
    let busy = problem(
        409,
        "another-activation-request-in-progress-in-the-ca-set",
        json!({"contextInfo": {"network": "STAGING", "activationType": "ACTIVATE",
            "activationLink": format!("{BASE}/ca-sets/5/versions/1/activations/47")}}),
    );
    let srv = MockServer::start(move |req| {
        let p = req.path.strip_prefix(BASE).unwrap_or("").to_string();
        match (req.method.as_str(), p.as_str()) {
            ("GET", "/ca-sets/5") => Reply::json(200, &set("5", Some(2), None, None)),
            ("GET", "/ca-sets/5/activations") => Reply::json(200, &json!({"activations": []})),
            ("GET", "/ca-sets/5/versions/1/activations/47") => Reply::json(
                200,
                &activation(47, 1, "STAGING", "ACTIVATE", "COMPLETE", 100),
            ),
            ("POST", _) => busy.clone(),
            _ => Reply::empty(418),
        }
    });
    let run = activate_wait(&srv, &["--interval", "1s", "--wait-timeout", "3s"]);
    run.code(7);
    let n = posts(&srv).len();
    assert!((1..=4).contains(&n), "{n} POSTs: {:?}", srv.lines());
}

#[test]
fn a_429_asking_for_longer_than_the_wait_has_left_ends_the_wait_at_its_deadline() {
    let srv = MockServer::start(|_| {
        Reply::problem(429, &json!({"title": "Too Many Requests", "status": 429}))
            .with_header("Retry-After", "40")
    });
    let run = Moks::new(&srv).run(&["wait", "--id", "7", "--wait-timeout", "2s"]);
    run.code(7);
    assert!(
        run.stderr.contains(
            "moks: error: version 'latest' of client certificate 7 is not DEPLOYED after "
        ) && run.stderr.contains("no check succeeded: "),
        "{}",
        run.stderr
    );
    // The transport did not wait the 40 s (nor announce it): the wait's deadline came first.
    assert!(!run.stderr.contains("before retry"), "{}", run.stderr);
    let polled = format!("GET {}", path("/client-certificates/7/versions"));
    let lines = srv.lines();
    assert!(
        (1..=3).contains(&lines.len()) && lines.iter().all(|l| *l == polled),
        "{lines:?}"
    );
}

#[test]
fn an_activation_without_a_usable_id_is_not_waited_on() {
    for id in [Value::Null, json!(99_999_999_999_999_999_999u128)] {
        let mut started = activation(1, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 0);
        started["activationId"] = id.clone();
        let srv = MockServer::start(move |req| {
            let p = req.path.strip_prefix(BASE).unwrap_or("").to_string();
            match (req.method.as_str(), p.as_str()) {
                ("GET", "/ca-sets/5") => Reply::json(200, &set("5", Some(2), None, None)),
                ("GET", "/ca-sets/5/activations") => Reply::json(200, &json!({"activations": []})),
                ("POST", "/ca-sets/5/versions/2/activate") => Reply::json(202, &started),
                _ => Reply::json(
                    200,
                    &activation(0, 2, "STAGING", "ACTIVATE", "COMPLETE", 100),
                ),
            }
        });
        let run = activate_wait(&srv, &["--interval", "50ms"]);
        run.code(5);
        assert!(
            run.stderr.contains("has no activationId"),
            "{id}: {}",
            run.stderr
        );
        assert!(
            !srv.lines().iter().any(|l| l.contains("/activations/")),
            "{id}: {:?}",
            srv.lines()
        );
    }
}

#[test]
fn what_wait_made_is_printed_as_it_is_when_the_wait_ends() {
    let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1s");
    let mut args = vec!["--json", "new-client-cert", "--name", "printed", "--wait"];
    args.extend_from_slice(&AKAMAI);
    let out = s.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let made: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let id = made["certificateId"].to_string();
    assert_eq!(made["certificateName"], "printed");
    let out = s.run(&["--json", "rotate", "--id", &id, "--wait"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rotated: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(rotated["version"], 2);
    assert_eq!(rotated["status"], "DEPLOYED", "{rotated}");
}
