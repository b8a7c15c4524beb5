//! `remove-version` (alias `remove-client-cert-version`): the versions listed with their
//! properties, then DELETE …/versions/{v}. A 202 prints the server's message, a 204 says the
//! version was deleted; `--json` prints `{"message": …}` or `{}`. Without a terminal `--yes`
//! is required (the safe-delete rules are tested in `safe_delete.rs`).

use serde_json::json;

use crate::common::{fixture, path, MockServer, Moks, Reply};

const MESSAGE: &str = "It's being scheduled to delete on 2024-05-10T00:00:00Z. The delete request will be cancelled automatically if it is used again in any delivery configuration.";

#[test]
fn accepted_202_prints_the_server_message() {
    let srv = MockServer::after_versions(Reply::json(202, &json!({"message": MESSAGE})));
    let m = Moks::new(&srv);
    let run = m.run(&["remove-version", "--id", "7", "--version", "2", "--yes"]);
    run.code(0);
    assert_eq!(run.stdout, format!("{MESSAGE}\n"));
    let run = m.run(&[
        "remove-client-cert-version",
        "--id",
        "7",
        "--version",
        "2",
        "-y",
        "--json",
    ]);
    run.code(0);
    assert_eq!(run.json(), json!({"message": MESSAGE}));
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 4);
    for pair in reqs.chunks(2) {
        assert_eq!(
            pair[0].line(),
            format!(
                "GET {}?includeAssociatedProperties=true",
                path("/client-certificates/7/versions")
            )
        );
        assert_eq!(
            pair[1].line(),
            format!("DELETE {}", path("/client-certificates/7/versions/2"))
        );
        assert!(pair[1].body.is_empty());
    }
}

#[test]
fn no_content_204_prints_deleted_or_an_empty_object() {
    let srv = MockServer::after_versions(Reply::empty(204));
    let m = Moks::new(&srv);
    let run = m.run(&["remove-version", "--id", "7", "--version", "2", "--yes"]);
    assert_eq!(
        run.code(0).stdout,
        "version 2 of client certificate 7 deleted\n"
    );
    let run = m.run(&[
        "remove-version",
        "--id",
        "7",
        "--version",
        "2",
        "--yes",
        "--json",
    ]);
    assert_eq!(run.code(0).stdout, "{}\n");
    assert_eq!(srv.requests().len(), 4);
}

#[test]
fn previous_is_resolved_through_the_versions_list() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::version_list()),
        Reply::empty(204),
    ]);
    Moks::new(&srv)
        .run(&[
            "remove-version",
            "--id",
            "1234",
            "--version",
            "previous",
            "--yes",
        ])
        .code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!(
                "GET {}?includeAssociatedProperties=true",
                path("/client-certificates/1234/versions")
            ),
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
        "--yes",
    ]);
    run.code(0);
    assert_eq!(run.stdout, "scheduled\n");
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates")),
            format!(
                "GET {}?includeAssociatedProperties=true",
                path("/client-certificates/1234/versions")
            ),
            format!("DELETE {}", path("/client-certificates/1234/versions/4")),
        ]
    );
}
