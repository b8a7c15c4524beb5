//! `rotate` (alias `new-client-cert-version`): POST …/versions with no body; a THIRD_PARTY
//! version gets the next step on stderr.

use crate::common::{fixture, path, MockServer, Moks, Reply};

#[test]
fn rotate_posts_no_body_and_prints_the_new_version() {
    let srv = MockServer::replies(vec![Reply::json(201, &fixture::rotated_akamai())]);
    let run = Moks::new(&srv).run(&["rotate", "--id", "42"]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(
        req.line(),
        format!("POST {}", path("/client-certificates/42/versions"))
    );
    assert!(req.body.is_empty());
    assert!(!req.has_header("content-type"), "no body, no content type");
    assert!(
        run.stdout.starts_with(
            "certificateBlock.certificate  : -----BEGIN CERTIFICATE-----\n\
             \x20                               … (--full shows it)\n\
             \x20                               -----END CERTIFICATE-----\n\
             certificateBlock.keyAlgorithm : RSA\n"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\nversion                       : 4\n"));
    assert!(run.stdout.contains("\nvalidation.errors             :\n"));
    assert_eq!(run.stderr, "", "AKAMAI: no next step");
}

#[test]
fn alias_json_and_third_party_next_step() {
    let srv = MockServer::replies(vec![Reply::json(201, &fixture::rotated_third_party())]);
    let run = Moks::new(&srv).run(&[
        "new-client-cert-version",
        "--certificate-id",
        "5678",
        "--json",
    ]);
    run.code(0);
    assert_eq!(
        srv.only_request().line(),
        format!("POST {}", path("/client-certificates/5678/versions"))
    );
    assert_eq!(
        run.stdout,
        format!(
            "{}\n",
            serde_json::to_string_pretty(&fixture::rotated_third_party()).unwrap()
        )
    );
    assert_eq!(
        run.stderr,
        "next: get the CSR: moks get-client-cert-version --id 5678 --version 2 --json \
         | jq -r .csrBlock.csr > 5678-v2.csr; sign it with your CA; then: \
         moks complete-version --id 5678 --version 2 --certificate-file signed.pem\n"
    );
}

#[test]
fn by_name_resolves_first() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::client_cert_list()),
        Reply::json(201, &fixture::rotated_akamai()),
    ]);
    Moks::new(&srv)
        .run(&["rotate", "--name", "origin-gamma"])
        .code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates")),
            format!("POST {}", path("/client-certificates/1236/versions")),
        ]
    );
}
