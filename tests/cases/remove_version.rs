//! `remove-version` (alias `remove-client-cert-version`): DELETE …/versions/{v}. A 202 prints
//! the server's message, a 204 says the version was deleted; `--json` prints `{"message": …}`
//! or `{}`.

use serde_json::json;

use crate::common::{fixture, path, MockServer, Moks, Reply};

const MESSAGE: &str = "It's being scheduled to delete on 2024-05-10T00:00:00Z. The delete request will be cancelled automatically if it is used again in any delivery configuration.";

#[test]
fn accepted_202_prints_the_server_message() {
    let srv = MockServer::replies(vec![
        Reply::json(202, &json!({"message": MESSAGE})),
        Reply::json(202, &json!({"message": MESSAGE})),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&["remove-version", "--id", "7", "--version", "2"]);
    run.code(0);
    assert_eq!(run.stdout, format!("{MESSAGE}\n"));
    let run = m.run(&[
        "remove-client-cert-version",
        "--id",
        "7",
        "--version",
        "2",
        "--json",
    ]);
    run.code(0);
    assert_eq!(run.json(), json!({"message": MESSAGE}));
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 2);
    for r in &reqs {
        assert_eq!(
            r.line(),
            format!("DELETE {}", path("/client-certificates/7/versions/2"))
        );
        assert!(r.body.is_empty());
    }
}

#[test]
fn no_content_204_prints_deleted_or_an_empty_object() {
    let srv = MockServer::replies(vec![Reply::empty(204), Reply::empty(204)]);
    let m = Moks::new(&srv);
    let run = m.run(&["remove-version", "--id", "7", "--version", "3"]);
    assert_eq!(
        run.code(0).stdout,
        "version 3 of client certificate 7 deleted\n"
    );
    let run = m.run(&["remove-version", "--id", "7", "--version", "3", "--json"]);
    assert_eq!(run.code(0).stdout, "{}\n");
    assert_eq!(srv.requests().len(), 2);
}

#[test]
fn previous_is_resolved_through_the_versions_list() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::version_list()),
        Reply::empty(204),
    ]);
    Moks::new(&srv)
        .run(&["remove-version", "--id", "1234", "--version", "previous"])
        .code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates/1234/versions")),
            format!("DELETE {}", path("/client-certificates/1234/versions/2")),
        ]
    );
}

#[test]
fn by_name_and_latest() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::client_cert_list()),
        Reply::json(200, &fixture::version_list()),
        Reply::json(202, &json!({"message": "scheduled"})),
    ]);
    let run = Moks::new(&srv).run(&[
        "remove-version",
        "--name",
        "origin-alpha",
        "--version",
        "latest",
    ]);
    run.code(0);
    assert_eq!(run.stdout, "scheduled\n");
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates")),
            format!("GET {}", path("/client-certificates/1234/versions")),
            format!("DELETE {}", path("/client-certificates/1234/versions/4")),
        ]
    );
}
