//! `get-client-cert`: the list, `--id`, and `--name` (a list call, then GET by id; exact
//! match first, else a unique case-insensitive one; not found and ambiguous names).

use serde_json::json;

use crate::common::{fixture, path, table, MockServer, Moks, Reply};

#[test]
fn list_prints_the_client_certificate_table() {
    let srv = MockServer::replies(vec![Reply::json(200, &fixture::client_cert_list())]);
    let run = Moks::new(&srv).run(&["get-client-cert"]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.line(), format!("GET {}", path("/client-certificates")));
    assert_eq!(
        table(&run.stdout),
        vec![
            vec![
                "certificateId",
                "certificateName",
                "signer",
                "secureNetwork",
                "geography",
                "keyAlgorithm",
                "createdDate"
            ],
            vec![
                "1234",
                "origin-alpha",
                "AKAMAI",
                "STANDARD_TLS",
                "CORE",
                "RSA",
                "2023-01-01T00:00:00Z"
            ],
            // Unknown enum values (QUANTUM_TLS, MARS_AND_CORE) are shown as they come.
            vec![
                "1235",
                "Origin-Beta",
                "THIRD_PARTY",
                "QUANTUM_TLS",
                "MARS_AND_CORE",
                "ECDSA",
                "2024-02-02T10:00:00Z"
            ],
            vec![
                "1236",
                "origin-gamma",
                "AKAMAI",
                "STANDARD_TLS",
                "CORE",
                "RSA",
                "2023-01-01T00:00:00Z"
            ],
        ]
    );
}

#[test]
fn list_json_is_the_certificates_array_unchanged() {
    let srv = MockServer::replies(vec![Reply::json(200, &fixture::client_cert_list())]);
    let run = Moks::new(&srv).run(&["get-client-cert", "--json"]);
    run.code(0);
    let want = fixture::client_cert_list()["certificates"].clone();
    assert_eq!(
        run.stdout,
        format!("{}\n", serde_json::to_string_pretty(&want).unwrap())
    );
    assert_eq!(srv.requests().len(), 1);
}

#[test]
fn by_id_gets_one_and_prints_a_field_list() {
    let mut cert = fixture::client_cert(1234, "origin-alpha");
    cert["futureField"] = json!({"a": "b"});
    let srv = MockServer::replies(vec![Reply::json(200, &cert)]);
    let run = Moks::new(&srv).run(&["get-client-cert", "--id", "1234"]);
    run.code(0);
    assert_eq!(
        srv.only_request().line(),
        format!("GET {}", path("/client-certificates/1234"))
    );
    assert_eq!(
        run.stdout,
        "\
certificateId      : 1234
certificateName    : origin-alpha
createdBy          : jsmith
createdDate        : 2023-01-01T00:00:00Z
geography          : CORE
keyAlgorithm       : RSA
notificationEmails : jsmith@example.com, jkowalski@example.com
secureNetwork      : STANDARD_TLS
signer             : AKAMAI
subject            : /C=US/O=Akamai Technologies, Inc./OU=123 C-0N7RAC7 12345/CN=origin-alpha/
futureField.a      : b
"
    );
}

#[test]
fn by_certificate_id_alias_json_is_the_object_unchanged() {
    let mut cert = fixture::client_cert(77, "x");
    cert["futureField"] = json!([1, 2]);
    let srv = MockServer::replies(vec![Reply::json(200, &cert)]);
    let run = Moks::new(&srv).run(&["get-client-cert", "--certificate-id", "77", "--json"]);
    run.code(0);
    assert_eq!(srv.only_request().path, path("/client-certificates/77"));
    assert_eq!(
        run.stdout,
        format!("{}\n", serde_json::to_string_pretty(&cert).unwrap())
    );
}

/// A list answer, then whatever GET by id asks for.
fn name_server() -> MockServer {
    MockServer::start(|req| {
        if req.path == path("/client-certificates") {
            Reply::json(200, &fixture::client_cert_list())
        } else {
            let id: i64 = req.path.rsplit('/').next().unwrap().parse().unwrap();
            Reply::json(200, &fixture::client_cert(id, "resolved"))
        }
    })
}

#[test]
fn by_name_lists_then_gets_by_id() {
    let srv = name_server();
    let run = Moks::new(&srv).run(&["get-client-cert", "--name", "origin-gamma", "--json"]);
    run.code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates")),
            format!("GET {}", path("/client-certificates/1236")),
        ]
    );
    assert_eq!(run.json()["certificateId"], 1236);
}

#[test]
fn by_name_matches_case_insensitively_when_unique() {
    let srv = name_server();
    Moks::new(&srv)
        .run(&["get-client-cert", "--certificate-name", "ORIGIN-BETA"])
        .code(0);
    assert_eq!(
        srv.lines()[1],
        format!("GET {}", path("/client-certificates/1235"))
    );
}

#[test]
fn an_exact_match_beats_case_insensitive_ones() {
    let list = json!({"certificates": [
        {"certificateId": 1, "certificateName": "Edge"},
        {"certificateId": 2, "certificateName": "edge"},
        {"certificateId": 3, "certificateName": "EDGE"}]});
    let srv = MockServer::replies(vec![
        Reply::json(200, &list),
        Reply::json(200, &json!({"certificateId": 2})),
    ]);
    Moks::new(&srv)
        .run(&["get-client-cert", "--name", "edge"])
        .code(0);
    assert_eq!(
        srv.lines()[1],
        format!("GET {}", path("/client-certificates/2"))
    );
}

#[test]
fn an_unknown_name_is_not_found_with_the_closest_names() {
    let srv = MockServer::replies(vec![Reply::json(200, &fixture::client_cert_list())]);
    let run = Moks::new(&srv).run(&["get-client-cert", "--name", "origin-alpah"]);
    run.code(4);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.error_line(),
        "client certificate 'origin-alpah' not found"
    );
    // Closest first.
    let hint = run.stderr.lines().nth(1).unwrap();
    assert!(
        hint.starts_with("hint: closest names: origin-alpha"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 2);
    assert_eq!(
        srv.requests().len(),
        1,
        "no GET by id after a failed lookup"
    );
}

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    let list = json!({"certificates": [
        {"certificateId": 1, "certificateName": "Edge"},
        {"certificateId": 2, "certificateName": "EDGE"}]});
    let srv = MockServer::replies(vec![Reply::json(200, &list)]);
    let run = Moks::new(&srv).run(&["get-client-cert", "--name", "edge"]);
    // Exit 4 ("a name did not resolve"), not 2: exit 2 promises nothing was sent.
    run.code(4);
    assert_eq!(
        run.error_line(),
        "name 'edge' matches 2 certificates when case is ignored: 'Edge' (id 1), 'EDGE' (id 2); give the exact name or --id"
    );
    assert_eq!(srv.requests().len(), 1);
}
