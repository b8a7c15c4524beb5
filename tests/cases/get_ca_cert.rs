//! `get-ca-cert`: GET /ca-certificates, `--status` joined into one parameter.

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
    println!("{}", run.stdout);
    let t = table(&run.stdout);
    assert_eq!(
        t,
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
}
