//! `set-client-cert`: PATCH /client-certificates/{id} with only what was given, or `--body`.

use serde_json::json;

use crate::common::{fixture, path, MockServer, Moks, Reply};

fn patched() -> Reply {
    Reply::json(200, &fixture::client_cert(7, "renamed"))
}

#[test]
fn new_name_only_sends_only_the_name() {
    let srv = MockServer::replies(vec![patched()]);
    let run = Moks::new(&srv).run(&["set-client-cert", "--id", "7", "--new-name", "renamed"]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(
        req.line(),
        format!("PATCH {}", path("/client-certificates/7"))
    );
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.body_text(), r#"{"certificateName":"renamed"}"#);
    // The server's body as a field list.
    assert!(
        run.stdout
            .starts_with("certificateId      : 7\ncertificateName    : renamed\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn emails_only_repeatable_and_comma_separated() {
    let srv = MockServer::replies(vec![patched()]);
    Moks::new(&srv)
        .run(&[
            "set-client-cert",
            "--id",
            "7",
            "--notification-emails",
            "a@example.com, b@example.com",
            "--notification-emails",
            "c@example.com",
        ])
        .code(0);
    assert_eq!(
        srv.only_request().body_text(),
        r#"{"notificationEmails":["a@example.com","b@example.com","c@example.com"]}"#
    );
}

#[test]
fn by_name_with_both_fields_and_json_output() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::client_cert_list()),
        patched(),
    ]);
    let run = Moks::new(&srv).run(&[
        "set-client-cert",
        "--name",
        "origin-alpha",
        "--new-name",
        "renamed",
        "--notification-emails",
        "ops@example.com",
        "--json",
    ]);
    run.code(0);
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(
        reqs[0].line(),
        format!("GET {}", path("/client-certificates"))
    );
    assert_eq!(
        reqs[1].line(),
        format!("PATCH {}", path("/client-certificates/1234"))
    );
    assert_eq!(
        reqs[1].json(),
        json!({"certificateName": "renamed", "notificationEmails": ["ops@example.com"]})
    );
    assert_eq!(run.json(), fixture::client_cert(7, "renamed"));
}

#[test]
fn body_literal_with_a_flag_overriding_it() {
    let srv = MockServer::replies(vec![patched()]);
    Moks::new(&srv)
        .run(&[
            "set-client-cert",
            "--id",
            "7",
            "--body",
            r#"{"certificateName":"from-body","notificationEmails":["x@example.com"]}"#,
            "--new-name",
            "from-flag",
        ])
        .code(0);
    assert_eq!(
        srv.only_request().json(),
        json!({"certificateName": "from-flag", "notificationEmails": ["x@example.com"]})
    );
}

#[test]
fn body_from_a_file() {
    let srv = MockServer::replies(vec![patched()]);
    let m = Moks::new(&srv);
    let f = m.file(
        "patch.json",
        r#"{"notificationEmails":["file@example.com"]}"#,
    );
    m.run(&[
        "set-client-cert",
        "--id",
        "7",
        "--body",
        f.to_str().unwrap(),
    ])
    .code(0);
    assert_eq!(
        srv.only_request().body_text(),
        r#"{"notificationEmails":["file@example.com"]}"#
    );
}

#[test]
fn an_empty_answer_prints_updated_or_an_empty_object() {
    let srv = MockServer::replies(vec![Reply::empty(200), Reply::empty(200)]);
    let m = Moks::new(&srv);
    let run = m.run(&["set-client-cert", "--id", "7", "--new-name", "n"]);
    assert_eq!(run.code(0).stdout, "client certificate 7 updated\n");
    let run = m.run(&["set-client-cert", "--id", "7", "--new-name", "n", "--json"]);
    assert_eq!(run.code(0).stdout, "{}\n");
    assert_eq!(srv.requests().len(), 2);
}
