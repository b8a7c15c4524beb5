//! `get-ca-cert`: GET /ca-certificates; `--status` (comma-separated, repeated, any case) is
//! sent as one comma-joined `status` parameter, absent → no parameter.

use crate::common::{fixture, path, table, MockServer, Moks, Reply};

fn server() -> MockServer {
    MockServer::replies(vec![Reply::json(200, &fixture::ca_cert_list())])
}

#[test]
fn no_status_sends_no_query_and_prints_the_table() {
    let srv = server();
    let run = Moks::new(&srv).run(&["get-ca-cert"]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, path("/ca-certificates"));
    assert_eq!(req.query, None);
    assert!(req.body.is_empty());
    assert_eq!(
        table(&run.stdout),
        vec![
            vec![
                "id",
                "version",
                "commonName",
                "status",
                "keyAlgorithm",
                "keySizeInBytes",
                "issuedDate",
                "expiryDate"
            ],
            vec![
                "3",
                "3",
                "12345 Account CA G1",
                "CURRENT",
                "RSA",
                "4096",
                "2025-03-24T15:46:06Z",
                "2030-03-24T15:46:06Z"
            ],
            // An unknown status and unknown fields are shown, not refused.
            vec![
                "4",
                "1",
                "12345 Account CA G2",
                "SUNSETTING",
                "ECDSA",
                "384",
                "2026-01-01T00:00:00Z",
                "2031-01-01T00:00:00Z"
            ],
        ]
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn plain_table_is_space_separated_without_box_drawing() {
    let srv = MockServer::replies(vec![Reply::json(
        200,
        &serde_json::json!({"certificates": [{"id": 1, "version": 2, "commonName": "CA",
            "status": "CURRENT", "keyAlgorithm": "RSA", "keySizeInBytes": 4096,
            "issuedDate": "2025-01-01T00:00:00Z", "expiryDate": "2030-01-01T00:00:00Z"}]}),
    )]);
    let run = Moks::new(&srv).run(&["get-ca-cert"]);
    run.code(0);
    assert_eq!(
        run.stdout,
        "id  version  commonName  status   keyAlgorithm  keySizeInBytes  issuedDate            expiryDate\n\
         1   2        CA          CURRENT  RSA           4096            2025-01-01T00:00:00Z  2030-01-01T00:00:00Z\n"
    );
}

#[test]
fn json_prints_the_certificates_array_unchanged() {
    let srv = server();
    let run = Moks::new(&srv).run(&["get-ca-cert", "--json"]);
    run.code(0);
    let want = fixture::ca_cert_list()["certificates"].clone();
    // Exact text: key order kept (zFutureFirst first), unknown fields and values kept.
    assert_eq!(
        run.stdout,
        format!("{}\n", serde_json::to_string_pretty(&want).unwrap())
    );
    assert_eq!(srv.only_request().query, None);
}

#[test]
fn status_comma_separated_repeated_and_any_case_is_one_joined_parameter() {
    let srv = server();
    let run = Moks::new(&srv).run(&[
        "get-ca-cert",
        "--status",
        "current,Expired",
        "--status",
        "qualifying",
    ]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.path, path("/ca-certificates"));
    assert_eq!(
        req.query.as_deref(),
        Some("status=CURRENT%2CEXPIRED%2CQUALIFYING")
    );
    assert_eq!(
        req.query_pairs(),
        vec![(
            "status".to_string(),
            "CURRENT,EXPIRED,QUALIFYING".to_string()
        )]
    );
}

#[test]
fn a_single_status_and_a_repeated_value_are_sent_once() {
    let srv = server();
    Moks::new(&srv)
        .run(&[
            "get-ca-cert",
            "--status",
            "PREVIOUS",
            "--status",
            "previous",
        ])
        .code(0);
    assert_eq!(srv.only_request().query.as_deref(), Some("status=PREVIOUS"));
}

#[test]
fn an_empty_list_says_so_on_stderr_and_prints_no_lone_header() {
    let srv = MockServer::replies(vec![Reply::json(
        200,
        &serde_json::json!({"certificates": []}),
    )]);
    let m = Moks::new(&srv);
    let run = m.run(&["get-ca-cert"]);
    run.code(0);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "no CA certificates\n");
    let srv2 = MockServer::replies(vec![Reply::json(
        200,
        &serde_json::json!({"certificates": []}),
    )]);
    let run = Moks::new(&srv2).run(&["get-ca-cert", "--json"]);
    assert_eq!(run.code(0).stdout, "[]\n");
    assert_eq!(run.stderr, "", "--json: the empty array says it");
    let srv3 = MockServer::replies(vec![Reply::json(
        200,
        &serde_json::json!({"certificates": []}),
    )]);
    let run = Moks::new(&srv3).run(&["get-client-cert", "-q"]);
    assert_eq!(
        (run.code(0).stdout.as_str(), run.stderr.as_str()),
        ("", ""),
        "--quiet"
    );
    assert_eq!(srv3.only_request().path, path("/client-certificates"));
}
