//! `moks truststore` CA-set commands against the loopback mock server: create, copy,
//! delete and its status (with `--wait`), activities, associations, activation and
//! deactivation (idempotent, adopting a request in flight, `--wait` through 202 +
//! Retry-After to COMPLETE or FAILED, the wait timeout), the activation lists, and the
//! Edge Truststore's problems (errors[] with pointers, hints by slug). Each test asserts
//! the requests the server received, the output and the exit code.

use serde_json::{json, Value};

use crate::common::{table, MockServer, Moks, Reply, Request};

pub(super) const BASE: &str = "/mtls-edge-truststore/v2";
const TYPES: &str = "/mtls-edge-truststore/error-types/";

fn ts(p: &str) -> String {
    format!("{BASE}{p}")
}

pub(super) fn set(
    id: &str,
    latest: Option<i64>,
    staging: Option<i64>,
    production: Option<i64>,
) -> Value {
    json!({"caSetId": id, "caSetName": "partner-cas", "caSetStatus": "NOT_DELETED",
        "latestVersion": latest, "stagingVersion": staging, "productionVersion": production,
        "description": null, "futureField": {"kept": true}})
}

pub(super) fn activation(
    id: i64,
    version: i64,
    network: &str,
    kind: &str,
    status: &str,
    pct: i64,
) -> Value {
    json!({"activationId": id, "caSetId": "5", "version": version, "network": network,
        "activationType": kind, "activationStatus": status, "percentComplete": pct,
        "failureReason": null,
        "activationLink": format!("{BASE}/ca-sets/5/versions/{version}/activations/{id}"),
        "createdDate": "2025-04-01T15:33:48.464941Z", "createdBy": "jdoe"})
}

pub(super) fn problem(status: u16, slug: &str, extra: Value) -> Reply {
    let mut body = json!({"type": format!("{TYPES}{slug}"), "status": status,
        "title": format!("title of {slug}")});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    Reply::problem(status, &body)
}

fn lines(srv: &MockServer) -> Vec<String> {
    srv.lines()
}

pub(super) fn posts(srv: &MockServer) -> Vec<Request> {
    srv.requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect()
}

/// The stderr lines that are not progress or notes.
fn notes(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("moks: ")).collect()
}

// ---------------------------------------------------------------- create, copy

#[test]
fn new_ca_set_posts_the_checked_body_and_shows_the_set_with_the_next_step() {
    let srv = MockServer::replies(vec![Reply::json(201, &set("199", None, None, None))]);
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "create",
        "--name",
        "partner-cas",
        "--description",
        "CAs of partner X",
    ]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.line(), format!("POST {}", ts("/ca-sets")));
    assert_eq!(
        req.body_text(),
        r#"{"caSetName":"partner-cas","description":"CAs of partner X"}"#
    );
    assert!(run.stdout.contains("caSetId"), "{}", run.stdout);
    assert!(run.stdout.contains("199"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("truststore new-ca-set-version --id 199"),
        "{}",
        run.stderr
    );
}

#[test]
fn new_ca_set_json_is_the_api_answer_and_body_fields_yield_to_flags() {
    let srv = MockServer::replies(vec![Reply::json(201, &set("7", None, None, None))]);
    let m = Moks::new(&srv);
    let body = m.file(
        "set.json",
        r#"{"caSetName": "from-body", "description": "kept"}"#,
    );
    let run = m.run(&[
        "--json",
        "truststore",
        "new-ca-set",
        "--body",
        body.to_str().unwrap(),
        "--name",
        "from-flag",
    ]);
    run.code(0);
    assert_eq!(run.json(), set("7", None, None, None));
    assert_eq!(
        srv.only_request().json(),
        json!({"caSetName": "from-flag", "description": "kept"})
    );
}

#[test]
fn bad_input_exits_2_and_sends_nothing() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["truststore", "new-ca-set", "--name", "ab"], "3 to 64"),
        (
            vec!["truststore", "new-ca-set", "--name", "has space"],
            "--name",
        ),
        (
            vec!["truststore", "new-ca-set", "--name", "a...b"],
            "--name",
        ),
        (
            vec![
                "truststore",
                "new-ca-set",
                "--name",
                "okay",
                "--description",
                "",
            ],
            "--description",
        ),
        (
            vec![
                "truststore",
                "new-ca-set",
                "--body",
                r#"{"description":"x"}"#,
            ],
            "needs --name",
        ),
        (
            vec![
                "truststore",
                "new-ca-set",
                "--body",
                r#"{"caSetName":"x!"}"#,
            ],
            "caSetName",
        ),
        (vec!["truststore", "copy-ca-set", "--id", "5"], "--new-name"),
        (
            vec![
                "truststore",
                "copy-ca-set",
                "--id",
                "5",
                "--new-name",
                "abc",
                "--from-version",
                "0",
            ],
            "--from-version",
        ),
        (vec!["truststore", "remove-ca-set", "--id", "5x"], "--id"),
        // Too large for the API's integer id: refused, never read as another id.
        (
            vec!["truststore", "get-ca-set", "--id", "9999999999999999999"],
            "--id",
        ),
        (vec!["truststore", "remove-ca-set"], "--id"),
        // A delete needs --yes where it cannot ask (no terminal here).
        (
            vec!["truststore", "remove-ca-set", "--id", "5"],
            "needs --yes",
        ),
        (
            vec![
                "truststore",
                "activate",
                "--id",
                "5",
                "--version",
                "v2",
                "--network",
                "staging",
            ],
            "latest",
        ),
        (
            vec![
                "truststore",
                "activate",
                "--id",
                "5",
                "--version",
                "2",
                "--network",
                "edge",
            ],
            "--network",
        ),
        (
            vec!["truststore", "activate", "--id", "5", "--version", "2"],
            "--network",
        ),
        (
            vec![
                "truststore",
                "activate",
                "--id",
                "5",
                "--version",
                "2",
                "--network",
                "staging",
                "--interval",
                "5s",
            ],
            "--wait",
        ),
        (
            vec!["truststore", "activations", "--id", "5", "--wait"],
            "--activation-id",
        ),
        (
            vec![
                "truststore",
                "activities",
                "--id",
                "5",
                "--start",
                "yesterday",
            ],
            "RFC 3339",
        ),
        (
            vec![
                "truststore",
                "activities",
                "--id",
                "5",
                "--start",
                "2025-05-01",
                "--end",
                "2025-04-01",
            ],
            "after --end",
        ),
        (
            vec!["truststore", "associations", "--id", "5", "--type", "hosts"],
            "--type",
        ),
        (vec!["truststore", "get-removal", "--name", "x"], "--name"),
    ];
    for (args, says) in cases {
        let run = m.run(&args);
        assert_eq!(run.code, 2, "{args:?}\n{}", run.stderr);
        assert!(
            run.stderr.contains(says),
            "{args:?} should say {says:?}:\n{}",
            run.stderr
        );
    }
    assert!(srv.requests().is_empty(), "{:?}", lines(&srv));
}

#[test]
fn a_name_taken_shows_the_problem_its_pointer_and_a_hint_exit_4() {
    let srv = MockServer::replies(vec![problem(
        409,
        "ca-set-name-is-not-unique",
        json!({"contextInfo": {"accountId": "A-CCOUNT", "caSetName": "partner-cas"},
            "instance": format!("{TYPES}ca-set-name-is-not-unique/dadce1c2d3e34567"),
            "errors": [{"pointer": "/caSetName", "type": format!("{TYPES}ca-set-name-is-not-unique"),
                "detail": "CA set with caSetName partner-cas cannot be created\u{1b}[2J"}]}),
    )]);
    let m = Moks::new(&srv);
    let run = m.run(&["truststore", "new-ca-set", "--name", "partner-cas"]);
    run.code(4);
    assert_eq!(
        run.error_line(),
        "title of ca-set-name-is-not-unique",
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("/caSetName: CA set with caSetName partner-cas cannot be created\\u{1b}[2J"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("hint: ") && run.stderr.contains("get-ca-set --name partner-cas"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\u{1b}'));
    assert_eq!(srv.requests().len(), 1, "a 409 is not retried");
}

#[test]
fn copy_ca_set_resolves_the_name_and_clones_from_the_version_asked() {
    let srv = MockServer::start(|req| match (req.method.as_str(), req.path.as_str()) {
        ("GET", p) if p == ts("/ca-sets") => {
            Reply::json(200, &json!({"caSets": [set("5", Some(3), None, None)]}))
        }
        ("POST", p) if p == ts("/ca-sets/5/clone") => {
            Reply::json(201, &set("6", Some(1), None, None))
        }
        _ => Reply::empty(418),
    });
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "clone",
        "--name",
        "partner-cas",
        "--new-name",
        "partner-cas-2",
        "--from-version",
        "3",
    ]);
    run.code(0);
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 2, "{:?}", lines(&srv));
    let q = reqs[0].query_pairs();
    assert!(
        q.contains(&("caSetNamePrefix".into(), "partner-cas".into())),
        "{q:?}"
    );
    assert!(
        q.contains(&("caSetStatus".into(), "NOT_DELETED".into())),
        "{q:?}"
    );
    assert_eq!(
        reqs[1].line(),
        format!("POST {}?cloneFromVersion=3", ts("/ca-sets/5/clone"))
    );
    assert_eq!(reqs[1].json(), json!({"caSetName": "partner-cas-2"}));
}

// ---------------------------------------------------------------- delete

fn deletion(status: &str, staging: i64, production: i64, reason: Option<&str>) -> Value {
    let net = |n: &str, p: i64| json!({"network": n, "percentComplete": p, "status": status, "failureReason": reason});
    json!({"caSetId": "5", "caSetName": "partner-cas", "status": status,
        "failureReason": reason, "resourceMethod": "delete",
        "deletions": [net("STAGING", staging), net("PRODUCTION", production)]})
}

#[test]
fn remove_ca_set_deletes_then_shows_the_status_and_how_to_follow_it() {
    let srv = MockServer::replies(vec![
        Reply::empty(202),
        Reply::json(202, &deletion("IN_PROGRESS", 0, 0, None))
            .with_header("Retry-After", "Tue, 15 Apr 2025 12:15:02 GMT"),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&["truststore", "delete", "--id", "5", "--yes"]);
    run.code(0);
    assert_eq!(
        lines(&srv),
        vec![
            format!("DELETE {}", ts("/ca-sets/5")),
            format!("GET {}", ts("/ca-sets/5/status/delete")),
        ]
    );
    assert!(run.stdout.contains("IN_PROGRESS"), "{}", run.stdout);
    assert!(
        run.stderr.contains("truststore get-removal --id 5 --wait"),
        "{}",
        run.stderr
    );
}

#[test]
fn remove_ca_set_wait_follows_202_retry_after_to_deleted() {
    let srv = MockServer::replies(vec![
        Reply::empty(202),
        Reply::json(202, &deletion("IN_PROGRESS", 40, 10, None)).with_header("Retry-After", "0"),
        Reply::json(202, &deletion("IN_PROGRESS", 100, 60, None))
            .with_header("Retry-After", "2020-01-01T00:00:00Z"),
        Reply::json(200, &deletion("COMPLETE", 100, 100, None)),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "remove-ca-set",
        "--id",
        "5",
        "--yes",
        "--wait",
        "--interval",
        "50ms",
    ]);
    run.code(0);
    assert_eq!(srv.requests().len(), 4, "{:?}", lines(&srv));
    let progress = notes(&run.stderr);
    assert!(
        progress
            .iter()
            .any(|l| l.contains("deletion of CA set 5: IN_PROGRESS (STAGING 40%, PRODUCTION 10%)")),
        "{}",
        run.stderr
    );
    assert!(
        progress
            .iter()
            .any(|l| l.starts_with("moks: deletion of CA set 5: DELETED after ")),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("COMPLETE"), "{}", run.stdout);
}

#[test]
fn a_failed_deletion_exits_5_with_its_reasons() {
    let srv = MockServer::replies(vec![Reply::json(
        200,
        &deletion("FAILED", 100, 30, Some("edge\u{1b}[31m refused")),
    )]);
    let m = Moks::new(&srv);
    let run = m.run(&["truststore", "get-removal", "--id", "5", "--wait"]);
    run.code(5);
    let e = run.error_line();
    assert!(
        e.starts_with("the deletion of CA set 5 FAILED: edge\\u{1b}[31m refused"),
        "{e}"
    );
    assert!(e.contains("STAGING: edge"), "{e}");
    assert!(run.stderr.contains("remove-ca-set --id 5 --yes --wait"));
}

#[test]
fn get_removal_shows_an_in_progress_202_as_a_status_not_an_error() {
    let srv = MockServer::replies(vec![Reply::json(202, &deletion("IN_PROGRESS", 5, 0, None))]);
    let m = Moks::new(&srv);
    let run = m.run(&["--json", "truststore", "delete-status", "--id", "5"]);
    run.code(0);
    assert_eq!(run.json(), deletion("IN_PROGRESS", 5, 0, None));
    assert_eq!(
        srv.only_request().line(),
        format!("GET {}", ts("/ca-sets/5/status/delete"))
    );
}

#[test]
fn get_removal_by_name_finds_a_set_being_deleted_or_deleted() {
    let srv = MockServer::replies(vec![
        Reply::json(
            200,
            &json!({"caSets": [{"caSetId": "8", "caSetName": "old-cas", "caSetStatus": "DELETING"}]}),
        ),
        Reply::json(202, &deletion("IN_PROGRESS", 5, 0, None)),
    ]);
    let m = Moks::new(&srv);
    m.run(&["truststore", "get-removal", "--name", "old-cas"])
        .code(0);
    let reqs = srv.requests();
    assert!(
        reqs[0]
            .query_pairs()
            .contains(&("caSetStatus".into(), "NOT_DELETED,DELETING,DELETED".into())),
        "{:?}",
        reqs[0].line()
    );
    assert_eq!(reqs[1].path, ts("/ca-sets/8/status/delete"));
}

#[test]
fn deleting_a_set_with_active_versions_says_which_and_how_to_deactivate_them() {
    let srv = MockServer::replies(vec![
        problem(400, "ca-set-cannot-be-deleted-active-versions", json!({})),
        Reply::json(200, &set("5", Some(3), Some(3), Some(2))),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&["truststore", "remove-ca-set", "--id", "5", "--yes"]);
    run.code(4);
    assert!(
        run.stderr.contains(
            "hint: version 3 is active on STAGING: moks truststore new-ca-set-deactivation \
             --id 5 --version 3 --network staging --wait"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("version 2 is active on PRODUCTION"),
        "{}",
        run.stderr
    );
    assert_eq!(
        lines(&srv),
        vec![
            format!("DELETE {}", ts("/ca-sets/5")),
            format!("GET {}", ts("/ca-sets/5")),
        ]
    );
}

#[test]
fn a_set_bound_to_hostnames_lists_them_in_a_hint() {
    let srv = MockServer::replies(vec![problem(
        409,
        "ca-set-bound-to-hostname",
        json!({"detail": "in use", "contextInfo": {"caSetId": 5, "associations": {"properties": [
            {"propertyName": "www", "hostnames": [{"hostname": "www.example.com", "network": "PRODUCTION"}]}]}}}),
    )]);
    let m = Moks::new(&srv);
    let run = m.run(&["truststore", "remove-ca-set", "--id", "5", "--yes"]);
    run.code(4);
    assert!(
        run.stderr.contains(
            "hint: the CA set is in use by: www.example.com (PRODUCTION) in property www"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("get-ca-set-association --id 5"));
}

// ---------------------------------------------------------------- activities, associations

#[test]
fn activities_send_iso_times_and_list_newest_first() {
    let srv = MockServer::replies(vec![Reply::json(
        200,
        &json!({"caSetId": "5", "activities": [
            {"type": "CREATE_CA_SET", "network": null, "version": null,
             "activityDate": "2025-04-01T10:00:00.000001Z", "activityBy": "jdoe"},
            {"type": "ACTIVATE_CA_SET_VERSION", "network": "STAGING", "version": 1,
             "activityDate": "2025-04-03T10:00:00Z", "activityBy": "asmith"},
            {"type": "CREATE_CA_SET_VERSION", "network": null, "version": 1,
             "activityDate": "2025-04-02T10:00:00.5Z", "activityBy": "jdoe"}]}),
    )]);
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "activities",
        "--id",
        "5",
        "--start",
        "2025-04-01",
        "--end",
        "2025-04-30T12:00:00+02:00",
    ]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.path, ts("/ca-sets/5/activities"));
    assert_eq!(
        req.query_pairs(),
        vec![
            ("start".to_string(), "2025-04-01T00:00:00.000Z".to_string()),
            ("end".to_string(), "2025-04-30T10:00:00.000Z".to_string()),
        ]
    );
    let t = table(&run.stdout);
    assert_eq!(t[0][..4], ["activityDate", "type", "network", "version"]);
    let types: Vec<&str> = t[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        types,
        [
            "ACTIVATE_CA_SET_VERSION",
            "CREATE_CA_SET_VERSION",
            "CREATE_CA_SET"
        ]
    );
}

#[test]
fn associations_table_for_people_and_the_api_json_for_scripts() {
    let answer = json!({"associations": {
        "properties": [{"propertyId": "123", "propertyName": "www", "propertyLink": "/papi/v1/properties/123",
            "hostnames": [{"hostName": "www.example.com", "network": "STAGING", "status": "ATTACHED"},
                          {"hostName": "api.example.com", "network": "PRODUCTION", "status": "ATTACHING"}]}],
        "enrollments": [{"enrollmentId": 77, "cn": "m.example.com", "stagingSlots": [1, 2], "productionSlots": []}]}});
    let srv = MockServer::always(Reply::json(200, &answer));
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "associations",
        "--id",
        "5",
        "--type",
        "properties",
    ]);
    run.code(0);
    let t = table(&run.stdout);
    assert_eq!(
        t[0],
        ["type", "id", "name", "hostname", "network", "status"]
    );
    assert_eq!(
        t[1],
        [
            "property",
            "123",
            "www",
            "www.example.com",
            "STAGING",
            "ATTACHED"
        ]
    );
    assert_eq!(t[2][3], "api.example.com");
    assert_eq!(
        t[3][..5],
        [
            "enrollment",
            "77",
            "m.example.com",
            "m.example.com",
            "STAGING"
        ]
    );
    assert_eq!(t[3][5], "slots 1, 2");
    assert_eq!(
        t.len(),
        4,
        "no row for a network without slots:\n{}",
        run.stdout
    );
    let run = m.run(&["--json", "truststore", "associations", "--id", "5"]);
    run.code(0);
    assert_eq!(run.json(), answer);
    let reqs = srv.requests();
    assert_eq!(
        reqs[0].line(),
        format!(
            "GET {}?associationType=properties",
            ts("/ca-sets/5/associations")
        )
    );
    assert_eq!(
        reqs[1].line(),
        format!("GET {}", ts("/ca-sets/5/associations"))
    );
}

// ---------------------------------------------------------------- activate, deactivate

/// A server for activations of CA set 5: the set as `set_json`, the set-wide list as
/// `in_flight`, and answers to the POST and to each poll in order.
fn activation_server(
    set_json: Value,
    in_flight: Vec<Value>,
    post: Reply,
    polls: Vec<Reply>,
) -> MockServer {
    let mut polls: std::collections::VecDeque<Reply> = polls.into();
    MockServer::start(move |req| {
        let p = req.path.strip_prefix(BASE).unwrap_or("").to_string();
        match (req.method.as_str(), p.as_str()) {
            ("GET", "/ca-sets/5") => Reply::json(200, &set_json),
            ("GET", "/ca-sets/5/activations") => {
                Reply::json(200, &json!({"activations": in_flight}))
            }
            ("POST", p) if p.ends_with("/activate") || p.ends_with("/deactivate") => post.clone(),
            ("GET", p) if p.contains("/activations/") => {
                polls.pop_front().unwrap_or_else(|| Reply::empty(418))
            }
            ("GET", p) if p.ends_with("/activations") => Reply::json(
                200,
                &json!({"activations": [activation(40, 2, "STAGING", "ACTIVATE", "COMPLETE", 100)]}),
            ),
            _ => Reply::empty(418),
        }
    })
}

#[test]
fn activate_checks_the_set_and_requests_in_flight_then_posts_the_network() {
    let srv = activation_server(
        set("5", Some(2), Some(1), None),
        vec![activation(
            9,
            1,
            "PRODUCTION",
            "ACTIVATE",
            "IN_PROGRESS",
            10,
        )],
        Reply::json(
            202,
            &activation(41, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 0),
        ),
        vec![],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "activate",
        "--id",
        "5",
        "--version",
        "latest",
        "--network",
        "staging",
    ]);
    run.code(0);
    assert_eq!(
        lines(&srv),
        vec![
            format!("GET {}", ts("/ca-sets/5")),
            format!("GET {}", ts("/ca-sets/5/activations")),
            format!("POST {}", ts("/ca-sets/5/versions/2/activate")),
        ],
        "latest is read once; a request on the other network does not block"
    );
    assert_eq!(posts(&srv)[0].body_text(), r#"{"network":"STAGING"}"#);
    assert!(run.stdout.contains("IN_PROGRESS"), "{}", run.stdout);
    assert!(
        run.stderr.contains(
            "truststore get-ca-set-activation --id 5 --version 2 --activation-id 41 --wait"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn activating_a_version_already_active_sends_nothing_and_exits_0() {
    let srv = activation_server(
        set("5", Some(2), Some(2), None),
        vec![],
        Reply::empty(418),
        vec![],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "--json",
        "truststore",
        "deploy",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "STAGING",
    ]);
    run.code(0);
    assert!(posts(&srv).is_empty(), "{:?}", lines(&srv));
    assert!(
        run.stderr
            .contains("version 2 of CA set 5 is already active on STAGING: nothing to do"),
        "{}",
        run.stderr
    );
    // The request that made it so.
    assert_eq!(run.json()["activationId"], 40);
}

#[test]
fn a_request_in_flight_for_the_same_version_is_adopted_not_sent_again() {
    let srv = activation_server(
        set("5", Some(2), Some(1), None),
        vec![activation(42, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 30)],
        Reply::empty(418),
        vec![Reply::json(
            200,
            &activation(42, 2, "STAGING", "ACTIVATE", "COMPLETE", 100),
        )],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "--json",
        "truststore",
        "activate",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
        "--wait",
        "--interval",
        "50ms",
    ]);
    run.code(0);
    assert!(posts(&srv).is_empty(), "{:?}", lines(&srv));
    assert!(
        run.stderr.contains("already in progress (request 42)"),
        "{}",
        run.stderr
    );
    assert_eq!(run.json()["activationStatus"], "COMPLETE");
}

#[test]
fn wait_sees_202_with_retry_after_then_200_complete() {
    let srv = activation_server(
        set("5", Some(2), None, None),
        vec![],
        Reply::json(
            202,
            &activation(43, 2, "PRODUCTION", "ACTIVATE", "IN_PROGRESS", 0),
        ),
        vec![
            Reply::json(
                202,
                &activation(43, 2, "PRODUCTION", "ACTIVATE", "IN_PROGRESS", 50),
            )
            .with_header("Retry-After", "Tue, 15 Apr 2025 12:15:02 GMT"),
            Reply::json(
                200,
                &activation(43, 2, "PRODUCTION", "ACTIVATE", "COMPLETE", 100),
            ),
        ],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "activate",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "production",
        "--wait",
        "--interval",
        "50ms",
    ]);
    run.code(0);
    let l = lines(&srv);
    let poll = format!("GET {}", ts("/ca-sets/5/versions/2/activations/43"));
    assert_eq!(
        l[2],
        format!("POST {}", ts("/ca-sets/5/versions/2/activate"))
    );
    assert_eq!(l[3..], [poll.clone(), poll]);
    let progress = notes(&run.stderr);
    assert!(
        progress.iter().any(|l| l.starts_with(
            "moks: activation 43 (version 2 of CA set 5 on PRODUCTION): IN_PROGRESS 50% ("
        )),
        "{}",
        run.stderr
    );
    assert!(
        progress.iter().any(|l| l.contains("): COMPLETE after ")),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("COMPLETE"), "{}", run.stdout);
}

#[test]
fn a_failed_activation_exits_5_with_its_failure_reason() {
    let mut failed = activation(44, 2, "STAGING", "ACTIVATE", "FAILED", 60);
    failed["failureReason"] = json!("certificate expired\u{7}");
    let srv = activation_server(
        set("5", Some(2), None, None),
        vec![],
        Reply::json(
            202,
            &activation(44, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 0),
        ),
        vec![Reply::json(200, &failed)],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "activate",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
        "--wait",
        "--interval",
        "50ms",
    ]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "activation 44 (version 2 of CA set 5 on STAGING) FAILED: certificate expired\\u{7}"
    );
}

#[test]
fn a_wait_that_times_out_exits_7_naming_the_request_and_how_to_look_again() {
    // Version 2 is active on staging: there is something to deactivate.
    let srv = activation_server(
        set("5", Some(2), Some(2), None),
        vec![],
        Reply::json(
            202,
            &activation(45, 2, "STAGING", "DEACTIVATE", "IN_PROGRESS", 0),
        ),
        (0..200)
            .map(|_| {
                Reply::json(
                    202,
                    &activation(45, 2, "STAGING", "DEACTIVATE", "IN_PROGRESS", 10),
                )
                .with_header("Retry-After", "1")
            })
            .collect(),
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "deactivate",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
        "--wait",
        "--wait-timeout",
        "300ms",
        "--interval",
        "50ms",
    ]);
    run.code(7);
    let e = run.error_line();
    assert!(
        e.starts_with("deactivation 45 (version 2 of CA set 5 on STAGING) has not ended after "),
        "{e}"
    );
    assert!(e.contains("its last status was IN_PROGRESS 10%"), "{e}");
    assert!(
        run.stderr.contains(
            "hint: look again later with: moks truststore get-ca-set-activation --id 5 \
             --version 2 --activation-id 45 --wait"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn deactivating_a_version_not_active_is_nothing_to_do_also_when_the_api_says_so() {
    // The set says version 2 is not active on staging: nothing sent.
    let srv = activation_server(
        set("5", Some(2), None, Some(2)),
        vec![],
        Reply::empty(418),
        vec![],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "disable",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
    ]);
    run.code(0);
    assert!(posts(&srv).is_empty());
    assert!(
        run.stderr
            .contains("is not active on STAGING: nothing to do"),
        "{}",
        run.stderr
    );
    // The set says it is, the API says it is not (TF takes the 409 as done).
    let srv = activation_server(
        set("5", Some(2), Some(2), None),
        vec![],
        problem(409, "ca-set-version-not-active-on-network", json!({})),
        vec![],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "disable",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
    ]);
    run.code(0);
    assert_eq!(posts(&srv).len(), 1);
    assert!(run.stderr.contains("nothing to do"), "{}", run.stderr);
}

#[test]
fn a_conflict_without_wait_is_the_api_409_with_the_command_that_waits_for_it() {
    let conflict = problem(
        409,
        "another-activation-request-in-progress-in-the-ca-set",
        json!({"detail": "busy", "contextInfo": {"caSetId": "5", "network": "STAGING",
            "activationLink": format!("{BASE}/ca-sets/5/versions/1/activations/46")}}),
    );
    let srv = activation_server(
        set("5", Some(2), None, None),
        vec![activation(46, 1, "STAGING", "ACTIVATE", "IN_PROGRESS", 10)],
        conflict,
        vec![],
    );
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "activate",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
    ]);
    run.code(4);
    assert_eq!(
        run.error_line(),
        "title of another-activation-request-in-progress-in-the-ca-set: busy"
    );
    assert!(
        run.stderr
            .contains("get-ca-set-activation --id 5 --version 1 --activation-id 46 --wait"),
        "{}",
        run.stderr
    );
    assert_eq!(posts(&srv).len(), 1);
}

#[test]
fn with_wait_a_request_in_flight_is_waited_out_then_this_one_sent() {
    let mut in_flight = vec![activation(47, 1, "STAGING", "ACTIVATE", "IN_PROGRESS", 10)];
    let srv = MockServer::start(move |req| {
        let p = req.path.strip_prefix(BASE).unwrap_or("").to_string();
        match (req.method.as_str(), p.as_str()) {
            ("GET", "/ca-sets/5") => Reply::json(200, &set("5", Some(2), None, None)),
            ("GET", "/ca-sets/5/activations") => {
                Reply::json(200, &json!({"activations": std::mem::take(&mut in_flight)}))
            }
            ("GET", "/ca-sets/5/versions/1/activations/47") => Reply::json(
                200,
                &activation(47, 1, "STAGING", "ACTIVATE", "COMPLETE", 100),
            ),
            ("POST", "/ca-sets/5/versions/2/activate") => Reply::json(
                202,
                &activation(48, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 0),
            ),
            ("GET", "/ca-sets/5/versions/2/activations/48") => Reply::json(
                200,
                &activation(48, 2, "STAGING", "ACTIVATE", "COMPLETE", 100),
            ),
            _ => Reply::empty(418),
        }
    });
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "activate",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
        "--wait",
        "--interval",
        "50ms",
    ]);
    run.code(0);
    assert!(
        run.stderr.contains(
            "activation 47 (version 1 of CA set 5 on STAGING) is in flight on the same network: \
             waiting for it to end"
        ),
        "{}",
        run.stderr
    );
    let l = lines(&srv);
    let post_at = l.iter().position(|l| l.starts_with("POST")).unwrap();
    let waited_at = l
        .iter()
        .position(|l| l.ends_with("/activations/47"))
        .unwrap();
    assert!(waited_at < post_at, "{l:?}");
    assert_eq!(posts(&srv).len(), 1);
}

#[test]
fn just_completed_is_retried_after_a_pause() {
    let mut answers = vec![
        Reply::json(
            202,
            &activation(50, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 0),
        ),
        problem(
            400,
            "another-activation-just-completed-in-the-ca-set",
            json!({}),
        ),
    ];
    let srv = MockServer::start(move |req| {
        let p = req.path.strip_prefix(BASE).unwrap_or("").to_string();
        match (req.method.as_str(), p.as_str()) {
            ("GET", "/ca-sets/5") => Reply::json(200, &set("5", Some(2), None, None)),
            ("GET", "/ca-sets/5/activations") => Reply::json(200, &json!({"activations": []})),
            ("POST", _) => answers.pop().unwrap_or_else(|| Reply::empty(418)),
            _ => Reply::empty(418),
        }
    });
    let m = Moks::new(&srv);
    let run = m.run(&[
        "truststore",
        "activate",
        "--id",
        "5",
        "--version",
        "2",
        "--network",
        "staging",
        "--wait",
        "--interval",
        "50ms",
        "--wait-timeout",
        "5s",
    ]);
    // The wait then fails (the activation's check is answered 418); what matters is the
    // POST retried.
    assert_eq!(posts(&srv).len(), 2, "{:?}", lines(&srv));
    assert!(run.stderr.contains("trying again in"), "{}", run.stderr);
}

#[test]
fn dry_run_prints_every_request_and_sends_none() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let run = m.run(&[
        "--dry-run",
        "truststore",
        "activate",
        "--name",
        "partner-cas",
        "--version",
        "latest",
        "--network",
        "staging",
    ]);
    run.code(0);
    let requests: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("GET ") || l.starts_with("POST "))
        .collect();
    let set = format!("{}{}", srv.base_url(), ts("/ca-sets/{id of 'partner-cas'}"));
    assert_eq!(
        requests,
        [
            format!(
                "GET {}{}?caSetNamePrefix=partner-cas&caSetStatus=NOT_DELETED",
                srv.base_url(),
                ts("/ca-sets")
            ),
            format!("GET {set}"),
            format!("GET {set}/activations"),
            format!("POST {set}/versions/{{latest version}}/activate"),
        ],
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\"network\": \"STAGING\""),
        "{}",
        run.stdout
    );
    assert!(srv.requests().is_empty());
}

// ---------------------------------------------------------------- activation lists

#[test]
fn activations_list_set_wide_per_version_and_one_by_id() {
    let list = json!({"activations": [
        activation(2, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 40),
        activation(1, 1, "STAGING", "ACTIVATE", "COMPLETE", 100)]});
    let srv = MockServer::start(move |req| {
        let p = req.path.strip_prefix(BASE).unwrap_or("").to_string();
        match p.as_str() {
            "/ca-sets/5/activations" | "/ca-sets/5/versions/1/activations" => {
                Reply::json(200, &list)
            }
            "/ca-sets/5/versions/2/activations/2" => Reply::json(
                202,
                &activation(2, 2, "STAGING", "ACTIVATE", "IN_PROGRESS", 40),
            ),
            _ => Reply::empty(418),
        }
    });
    let m = Moks::new(&srv);
    let run = m.run(&["truststore", "activations", "--id", "5"]);
    run.code(0);
    let t = table(&run.stdout);
    assert_eq!(
        t[0][..5],
        [
            "activationId",
            "version",
            "network",
            "activationType",
            "activationStatus"
        ]
    );
    assert_eq!(t[1][..5], ["2", "2", "STAGING", "ACTIVATE", "IN_PROGRESS"]);
    m.run(&["truststore", "activations", "--id", "5", "--version", "1"])
        .code(0);
    // Without --version, the one asked for is found in the set's list.
    let run = m.run(&[
        "--json",
        "truststore",
        "activations",
        "--id",
        "5",
        "--activation-id",
        "2",
    ]);
    run.code(0);
    assert_eq!(run.json()["percentComplete"], 40);
    let run = m.run(&[
        "truststore",
        "activations",
        "--id",
        "5",
        "--activation-id",
        "99",
    ]);
    run.code(4);
    assert!(run.error_line().contains("no activation request 99"));
    assert_eq!(
        lines(&srv)[..4],
        [
            format!("GET {}", ts("/ca-sets/5/activations")),
            format!("GET {}", ts("/ca-sets/5/versions/1/activations")),
            format!("GET {}", ts("/ca-sets/5/activations")),
            format!("GET {}", ts("/ca-sets/5/versions/2/activations/2")),
        ]
    );
}

#[test]
fn a_429_names_its_wait_in_the_body_and_is_retried() {
    let srv = MockServer::replies(vec![
        problem(
            429,
            "account-rate-limit-exceeded",
            json!({"rateLimitNext": "2000-01-01T00:00:00.000001Z", "rateLimit": 2, "rateLimitRemaining": 0}),
        ),
        Reply::json(200, &json!({"activations": []})),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&["-v", "truststore", "activations", "--id", "5"]);
    run.code(0);
    assert_eq!(srv.requests().len(), 2);
    assert!(
        run.stderr.contains("(Body)"),
        "the wait came from the body:\n{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_wait_with_exit_130_and_the_command_to_look_again() {
    use std::io::{BufRead, BufReader};
    let srv = MockServer::always(
        Reply::json(
            202,
            &activation(60, 3, "STAGING", "ACTIVATE", "IN_PROGRESS", 20),
        )
        .with_header("Retry-After", "30"),
    );
    let m = Moks::new(&srv);
    let mut child = m
        .std_command(&[
            "truststore",
            "activations",
            "--id",
            "5",
            "--version",
            "3",
            "--activation-id",
            "60",
            "--wait",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    err.read_line(&mut first).unwrap();
    assert!(first.contains("): IN_PROGRESS 20% ("), "{first}");
    crate::common::pty::signal(&child, rustix::process::Signal::INT);
    let status = child.wait().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).unwrap();
    assert_eq!(status.code(), Some(130), "{rest}");
    assert!(
        rest.starts_with("moks: error: interrupted after ")
            && rest.contains(
                "hint: look again with: moks truststore get-ca-set-activation --id 5 --version 3 \
                 --activation-id 60 --wait"
            ),
        "{rest}"
    );
}

// ---------------------------------------------------------------- end to end (sandbox)

mod sandbox {
    //! Against the real sandbox (`--sandbox`, in-process, state in a temp file; an
    //! activation or deletion stays IN_PROGRESS for `MOKS_SANDBOX_DEPLOY_DELAY`). Versions
    //! are made with `new-ca-set-version`.

    use serde_json::{json, Value};

    use crate::cases::sandbox::{stderr, Sbx};
    use moks_testkit::pki::{make_root, Spec};

    fn create(s: &Sbx, name: &str) -> String {
        let set = s.json(&["truststore", "new-ca-set", "--name", name]);
        set["caSetId"]
            .as_str()
            .expect("caSetId is a string")
            .to_string()
    }

    fn add_version(s: &Sbx, id: &str, cn: &str) -> i64 {
        let file = s.state().with_file_name(format!("{cn}.pem"));
        std::fs::write(&file, make_root(&Spec::ca(cn)).pem).unwrap();
        let v = s.json(&[
            "truststore",
            "new-ca-set-version",
            "--id",
            id,
            "--certificates-file",
            file.to_str().unwrap(),
        ]);
        v["version"].as_i64().expect("a version number")
    }

    fn ts(s: &Sbx, args: &[&str]) -> std::process::Output {
        let mut a = vec!["truststore"];
        a.extend_from_slice(args);
        s.run(&a)
    }

    fn ts_json(s: &Sbx, args: &[&str]) -> Value {
        let mut a = vec!["truststore"];
        a.extend_from_slice(args);
        s.json(&a)
    }

    #[test]
    fn create_activate_staging_then_production_deactivate_and_delete_with_waits() {
        let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1s");
        let id = create(&s, "e2e-cas");
        assert_eq!(add_version(&s, &id, "E2E Root"), 1);
        let wait = ["--wait", "--interval", "100ms"];

        let mut args = vec![
            "activate",
            "--id",
            &id,
            "--version",
            "latest",
            "--network",
            "staging",
        ];
        args.extend_from_slice(&wait);
        let out = ts(&s, &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("): COMPLETE after "), "{err}");
        let shown = String::from_utf8_lossy(&out.stdout);
        assert!(
            shown.contains("COMPLETE"),
            "the last record is printed:\n{shown}"
        );
        let done = ts_json(&s, &["activations", "--id", &id]);
        assert_eq!(done[0]["activationStatus"], "COMPLETE");
        assert_eq!(done[0]["network"], "STAGING");

        // Again: nothing to do, nothing sent.
        let out = ts(
            &s,
            &[
                "activate",
                "--id",
                &id,
                "--version",
                "1",
                "--network",
                "staging",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("already active on STAGING: nothing to do"));
        assert_eq!(
            ts_json(&s, &["activations", "--id", &id])
                .as_array()
                .unwrap()
                .len(),
            1
        );

        let mut args = vec![
            "deploy",
            "--name",
            "e2e-cas",
            "--version",
            "1",
            "--network",
            "production",
        ];
        args.extend_from_slice(&wait);
        let out = ts(&s, &args);
        assert!(out.status.success(), "{}", stderr(&out));
        let set = ts_json(&s, &["get-ca-set", "--id", &id]);
        assert_eq!(
            (
                set["stagingVersion"].clone(),
                set["productionVersion"].clone()
            ),
            (json!(1), json!(1))
        );

        // Deletion refused while active, with the commands that deactivate.
        let out = ts(&s, &["remove-ca-set", "--id", &id, "--yes"]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("version 1 is active on STAGING"), "{err}");
        assert!(err.contains("version 1 is active on PRODUCTION"), "{err}");

        for network in ["staging", "production"] {
            let mut args = vec![
                "deactivate",
                "--id",
                &id,
                "--version",
                "1",
                "--network",
                network,
            ];
            args.extend_from_slice(&wait);
            let out = ts(&s, &args);
            assert!(out.status.success(), "{network}: {}", stderr(&out));
        }
        // Deactivating again: not active, nothing to do.
        let out = ts(
            &s,
            &[
                "deactivate",
                "--id",
                &id,
                "--version",
                "1",
                "--network",
                "staging",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("is not active on STAGING: nothing to do"));

        let mut args = vec!["delete", "--name", "e2e-cas", "--yes"];
        args.extend_from_slice(&wait);
        let out = ts(&s, &args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("deletion of CA set"),
            "{}",
            stderr(&out)
        );
        assert!(
            stderr(&out).contains(": DELETED after "),
            "{}",
            stderr(&out)
        );
        let set = ts_json(&s, &["get-ca-set", "--id", &id]);
        assert_eq!(set["caSetStatus"], "DELETED");
        let status = ts_json(&s, &["get-removal", "--id", &id]);
        assert_eq!(status["status"], "COMPLETE");

        // Every step is in the activities, newest first in the table.
        let acts = ts_json(&s, &["activities", "--id", &id]);
        let types: Vec<&str> = acts
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| a["type"].as_str())
            .collect();
        for t in [
            "CREATE_CA_SET",
            "CREATE_CA_SET_VERSION",
            "ACTIVATE_CA_SET_VERSION",
            "DEACTIVATE_CA_SET_VERSION",
            "DELETE_CA_SET",
        ] {
            assert!(types.contains(&t), "{t} in {types:?}");
        }
        let table = s.ok(&["truststore", "activities", "--id", &id]);
        let first = table.lines().nth(1).unwrap_or_default();
        assert!(first.contains("DELETE_CA_SET"), "newest first:\n{table}");
    }

    #[test]
    fn a_second_request_in_flight_is_a_409_and_the_same_one_is_adopted() {
        let s = Sbx::new().env("MOKS_SANDBOX_DEPLOY_DELAY", "1h");
        let id = create(&s, "busy-cas");
        add_version(&s, &id, "Busy Root 1");
        add_version(&s, &id, "Busy Root 2");
        let first = ts_json(
            &s,
            &[
                "activate",
                "--id",
                &id,
                "--version",
                "1",
                "--network",
                "staging",
            ],
        );
        assert_eq!(first["activationStatus"], "IN_PROGRESS");
        let aid = first["activationId"].to_string();

        // The same request again: adopted, not sent.
        let again = ts_json(
            &s,
            &[
                "activate",
                "--id",
                &id,
                "--version",
                "1",
                "--network",
                "staging",
            ],
        );
        assert_eq!(again["activationId"], first["activationId"]);
        assert_eq!(
            ts_json(&s, &["activations", "--id", &id])
                .as_array()
                .unwrap()
                .len(),
            1
        );

        // Another version on the same network: the API's 409, with the command to wait.
        let out = ts(
            &s,
            &[
                "activate",
                "--id",
                &id,
                "--version",
                "2",
                "--network",
                "staging",
            ],
        );
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("--version 1 --activation-id {aid} --wait")),
            "{err}"
        );
        // A wait for it times out (exit 7) and says how to look again.
        let out = ts(
            &s,
            &[
                "activations",
                "--id",
                &id,
                "--version",
                "1",
                "--activation-id",
                &aid,
                "--wait",
                "--wait-timeout",
                "300ms",
                "--interval",
                "100ms",
            ],
        );
        assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("look again later with: moks truststore get-ca-set-activation")
        );
        // Deleting now is refused: a request is in flight (or a version is active).
        let out = ts(&s, &["remove-ca-set", "--id", &id, "--yes"]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    }

    #[test]
    fn clone_associations_and_errors_against_the_sandbox() {
        let s = Sbx::new();
        let id = create(&s, "src-cas");
        // No version to copy yet: the API's 400, with a hint.
        let out = ts(&s, &["copy-ca-set", "--id", &id, "--new-name", "copy-cas"]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        add_version(&s, &id, "Src Root");
        let copy = ts_json(
            &s,
            &[
                "clone",
                "--name",
                "src-cas",
                "--new-name",
                "copy-cas",
                "--from-version",
                "1",
            ],
        );
        assert_eq!(copy["latestVersion"], 1);
        // The name is taken now.
        let out = ts(&s, &["new-ca-set", "--name", "copy-cas"]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        assert!(stderr(&out).contains("hint: "), "{}", stderr(&out));
        let assoc = ts_json(&s, &["associations", "--id", &id]);
        assert!(assoc.get("associations").is_some(), "{assoc}");
        let out = ts(&s, &["associations", "--id", &id, "--type", "enrollments"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
}
