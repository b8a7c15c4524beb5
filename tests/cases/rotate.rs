//! `rotate` (alias `new-client-cert-version`): the versions are listed first (to name what an
//! Akamai-signed rotation drops), then POST …/versions with no body; a THIRD_PARTY version
//! gets the next step on stderr.

use serde_json::json;

use crate::common::{fixture, path, MockServer, Moks, Reply};

fn listed(versions: serde_json::Value) -> Reply {
    Reply::json(200, &versions)
}

#[test]
fn rotate_posts_no_body_prints_the_new_version_and_names_the_version_dropped() {
    let srv = MockServer::replies(vec![
        listed(fixture::two_deployed_versions()),
        Reply::json(201, &fixture::rotated_akamai()),
    ]);
    let run = Moks::new(&srv).run(&["rotate", "--id", "42"]);
    run.code(0);
    let reqs = srv.requests();
    assert_eq!(
        reqs.iter().map(|r| r.line()).collect::<Vec<_>>(),
        [
            format!("GET {}", path("/client-certificates/42/versions")),
            format!("POST {}", path("/client-certificates/42/versions")),
        ]
    );
    assert!(reqs[1].body.is_empty());
    assert!(
        !reqs[1].has_header("content-type"),
        "no body, no content type"
    );
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
    assert!(
        !run.stdout.contains("validation.errors"),
        "fields without a value are left out"
    );
    assert_eq!(
        run.stderr,
        "moks: version 1 of client certificate 42 was removed: an Akamai-signed certificate keeps \
         two versions, and rotating drops the oldest\n",
        "AKAMAI: no next step, but what went"
    );
}

#[test]
fn nothing_is_said_dropped_with_one_version_before_or_under_quiet() {
    let one = json!({"versions": [{"version": 3, "status": "DEPLOYED"}]});
    let srv = MockServer::replies(vec![
        listed(one),
        Reply::json(201, &fixture::rotated_akamai()),
        listed(fixture::two_deployed_versions()),
        Reply::json(201, &fixture::rotated_akamai()),
    ]);
    let m = Moks::new(&srv);
    assert_eq!(m.run(&["rotate", "--id", "42"]).code(0).stderr, "");
    assert_eq!(m.run(&["rotate", "--id", "42", "-q"]).code(0).stderr, "");
    assert_eq!(srv.requests().len(), 4);
}

#[test]
fn alias_json_and_third_party_next_step() {
    // Version 2 still awaits its certificate: another is made only with --force.
    let srv = MockServer::replies(vec![
        listed(fixture::third_party_versions()),
        Reply::json(201, &fixture::rotated_third_party()),
    ]);
    let run = Moks::new(&srv).run(&[
        "new-client-cert-version",
        "--certificate-id",
        "5678",
        "--json",
        "--force",
    ]);
    run.code(0);
    assert_eq!(
        srv.lines()[1],
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
        "next: get the CSR (moks get-csr --id 5678 --version 2 > v2.csr), sign it with your CA, \
         then: moks complete-version --id 5678 --version 2 --certificate-file signed.pem --wait\n",
        "a THIRD_PARTY certificate keeps its versions: nothing said dropped"
    );
}

#[test]
fn by_name_resolves_first() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::client_cert_list()),
        listed(json!({"versions": []})),
        Reply::json(201, &fixture::rotated_akamai()),
    ]);
    Moks::new(&srv)
        .run(&["rotate", "--name", "origin-gamma"])
        .code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates")),
            format!("GET {}", path("/client-certificates/1236/versions")),
            format!("POST {}", path("/client-certificates/1236/versions")),
        ]
    );
}
