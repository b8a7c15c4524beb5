//! `get-client-cert-version`: GET …/versions; the table lists every record, an alias record
//! (with its own versionGuid) next to its version;
//! `--include-associated-properties` sends `includeAssociatedProperties=true` and adds a count
//! column; `--version latest|deployed|current|previous|N` narrows to one.

use serde_json::json;

use crate::common::{fixture, path, table, MockServer, Moks, Reply};

fn server() -> MockServer {
    MockServer::always(Reply::json(200, &fixture::version_list()))
}

#[test]
fn table_lists_every_record_with_its_own_guid_newest_first() {
    let srv = server();
    let run = Moks::new(&srv).run(&["get-client-cert-version", "--id", "1234"]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.path, path("/client-certificates/1234/versions"));
    assert_eq!(req.query, None, "includeAssociatedProperties omitted");
    assert_eq!(
        table(&run.stdout),
        vec![
            vec![
                "version",
                "versionAlias",
                "status",
                "versionGuid",
                "issuedDate",
                "expiryDate",
                "issuer"
            ],
            vec!["4", "", "QUARANTINED", "guid-4", "", "", ""],
            vec![
                "3",
                "CURRENT",
                "DEPLOYED",
                "alias-current-guid",
                "2025-03-01T00:00:00Z",
                "2025-06-01T00:00:00Z",
                "12345 Account CA G1"
            ],
            vec![
                "3",
                "",
                "DEPLOYED",
                "guid-3",
                "2025-03-01T00:00:00Z",
                "2025-06-01T00:00:00Z",
                "12345 Account CA G1"
            ],
            vec![
                "2",
                "PREVIOUS",
                "DEPLOYED",
                "alias-previous-guid",
                "2025-01-01T00:00:00Z",
                "2025-04-01T00:00:00Z",
                "12345 Account CA G1"
            ],
            vec![
                "2",
                "",
                "DEPLOYED",
                "guid-2",
                "2025-01-01T00:00:00Z",
                "2025-04-01T00:00:00Z",
                "12345 Account CA G1"
            ],
            vec![
                "1",
                "",
                "DELETE_PENDING",
                "guid-1",
                "2024-10-01T00:00:00Z",
                "2025-01-01T00:00:00Z",
                "12345 Account CA G1"
            ],
        ]
    );
}

#[test]
fn include_associated_properties_sends_true_and_counts_them() {
    let srv = server();
    let run = Moks::new(&srv).run(&[
        "get-client-cert-version",
        "--id",
        "1234",
        "--include-associated-properties",
    ]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(
        req.query.as_deref(),
        Some("includeAssociatedProperties=true")
    );
    let t = table(&run.stdout);
    assert_eq!(t[0].last().unwrap(), "properties");
    let counts: Vec<&str> = t[1..].iter().map(|r| r.last().unwrap().as_str()).collect();
    assert_eq!(counts, vec!["0", "1", "2", "0", "0", "0"]);
}

#[test]
fn json_is_the_versions_array_unchanged_duplicates_included() {
    let srv = server();
    let run = Moks::new(&srv).run(&[
        "get-client-cert-version",
        "--certificate-id",
        "1234",
        "--json",
    ]);
    run.code(0);
    assert_eq!(
        run.stdout,
        format!(
            "{}\n",
            serde_json::to_string_pretty(&fixture::version_list()["versions"]).unwrap()
        )
    );
}

#[test]
fn version_selects_one_of_latest_deployed_current_previous_or_a_number() {
    for (spec, want) in [
        ("latest", 4),
        ("LATEST", 4),
        ("deployed", 3),
        ("current", 3),
        ("previous", 2),
        ("2", 2),
        ("1", 1),
    ] {
        let srv = server();
        let run = Moks::new(&srv).run(&[
            "get-client-cert-version",
            "--id",
            "1234",
            "--version",
            spec,
            "--json",
        ]);
        run.code(0);
        let v = run.json();
        assert!(v.is_object(), "{spec}: one object, not a list: {v}");
        assert_eq!(v["version"], want, "{spec}");
        assert_eq!(srv.requests().len(), 1, "{spec}: one list call");
    }
}

#[test]
fn current_shows_the_alias_record_with_its_own_guid_and_shortened_pems() {
    let srv = server();
    let run = Moks::new(&srv).run(&[
        "get-client-cert-version",
        "--id",
        "1234",
        "--version",
        "current",
    ]);
    run.code(0);
    let out = &run.stdout;
    assert!(
        out.starts_with("version                       : 3\n"),
        "{out}"
    );
    assert_eq!(
        out.matches("version                       :").count(),
        1,
        "{out}"
    );
    assert!(
        out.contains("versionAlias                  : CURRENT\n"),
        "{out}"
    );
    // the alias record's GUID (the one a rule tree takes), not version 3's own
    assert!(
        out.contains("versionGuid                   : alias-current-guid\n"),
        "{out}"
    );
    assert!(!out.contains("guid-3"), "{out}");
    assert!(
        out.contains(
            "certificateBlock.certificate  : -----BEGIN CERTIFICATE-----\n\
             \x20                               … (--full shows it)\n\
             \x20                               -----END CERTIFICATE-----\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("properties[0].propertyName    : via-alias\n"),
        "{out}"
    );
    assert!(!out.contains("AAAA"), "PEM body hidden without --full");
    let full = Moks::new(&srv).run(&[
        "get-client-cert-version",
        "--id",
        "1234",
        "--version",
        "current",
        "--full",
    ]);
    assert!(full.code(0).stdout.contains("AAAA"));
}

#[test]
fn a_version_that_is_not_there_is_not_found() {
    let srv = server();
    let run = Moks::new(&srv).run(&["get-client-cert-version", "--id", "1234", "--version", "9"]);
    run.code(4);
    assert_eq!(run.error_line(), "client certificate 1234 has no version 9");
    assert!(run.stderr.contains(
        "hint: versions there: 4 (QUARANTINED), 3 (DEPLOYED, CURRENT), 2 (DEPLOYED, PREVIOUS), 1 (DELETE_PENDING)"
    ), "{}", run.stderr);
    assert_eq!(run.stdout, "");
}

#[test]
fn by_name_resolves_then_lists() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::client_cert_list()),
        Reply::json(200, &json!({"versions": []})),
    ]);
    let run = Moks::new(&srv).run(&[
        "get-client-cert-version",
        "--name",
        "origin-beta",
        "--include-associated-properties",
        "--json",
    ]);
    run.code(0);
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}", path("/client-certificates")),
            format!(
                "GET {}?includeAssociatedProperties=true",
                path("/client-certificates/1235/versions")
            ),
        ]
    );
    assert_eq!(run.stdout, "[]\n");
}

#[test]
fn json_for_one_version_is_the_entry_exactly_as_sent() {
    let srv = server();
    let list = fixture::version_list();
    let entries = list["versions"].as_array().unwrap();
    let run = |v: &str| {
        Moks::new(&srv)
            .run(&[
                "--json",
                "get-client-cert-version",
                "--id",
                "1234",
                "--version",
                v,
            ])
            .code(0)
            .json()
    };
    // current: the aliased entry the API sent, not a merged one.
    let aliased = entries
        .iter()
        .find(|e| e["versionAlias"] == "CURRENT")
        .unwrap();
    assert_eq!(&run("current"), aliased);
    // a number: the plain entry, versionAlias null as sent.
    let plain = entries
        .iter()
        .find(|e| e["version"] == 3 && e["versionAlias"].is_null())
        .unwrap();
    assert_eq!(&run("3"), plain);
}
