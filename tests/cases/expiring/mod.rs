//! `expiring`, the expiry gate over MOKS and the Edge Truststore: one list call per API,
//! then one versions call per client certificate and per CA set with an active version
//! (all of them, whatever the order they come back in); by default only the certificates in
//! use inside the window, one row per version (a THIRD_PARTY version's alias record and
//! plain record are one row), `--all` for every one (DELETE_PENDING marked as not at
//! risk); a JSON array of the documented fields; exit 8 when a certificate in use expires
//! inside the window, 0 otherwise, also when stdout is closed early (the gate wins); `--name`,
//! `--signer`, `--source`, `--no-fail` (the README's jq line under pipefail); the name kept
//! at 80 columns. The requests themselves, the failures and the sandbox: `requests.rs`.

use std::process::Stdio;

use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

mod requests;

use crate::cases::terminal::{on_terminal, plain};
use crate::common::{fixture, path, table, MockServer, Moks, Reply, Request, Run};

/// Now plus `days` (half days keep `daysLeft` away from a day's edge), to the second.
pub(super) fn date(days: f64) -> String {
    let at = OffsetDateTime::now_utc() + time::Duration::seconds_f64(days * 86_400.0);
    at.replace_nanosecond(0).unwrap().format(&Rfc3339).unwrap()
}

pub(super) fn ts(p: &str) -> String {
    format!("/mtls-edge-truststore/v2{p}")
}

/// Three certificates: alpha (AKAMAI; CURRENT v2 in 80 days, PREVIOUS v1 in 10), beta
/// (THIRD_PARTY; v1 in 5 days, listed twice: its CURRENT alias entry and its own; v2
/// awaiting, no expiry), gamma (AKAMAI; v1 DELETE_PENDING, expired; v2 in 200 days).
/// Two CA sets: edge-cas (21; version 3 on staging: an issuing CA in 3 days and a root in
/// 400; version 2 on production: a root in 500) and idle (22, never activated).
pub(super) struct Account {
    pub(super) certificates: Value,
    pub(super) versions: Vec<(i64, Value)>,
    pub(super) ca_sets: Value,
    pub(super) ca_set_versions: Value,
}

fn ca_cert(cn: &str, days: f64) -> Value {
    json!({"subject": format!("C=US, O=Partner, CN={cn}"), "issuer": "C=US, O=Partner, CN=Root",
        "startDate": date(-100.0), "endDate": date(days), "fingerprint": "ab12",
        "serialNumber": "1234", "signatureAlgorithm": "SHA256WITHECDSA",
        "certificatePem": "-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----"})
}

pub(super) fn account() -> Account {
    let mut beta = fixture::client_cert(12, "beta");
    beta["signer"] = json!("THIRD_PARTY");
    let alpha_versions = json!({"versions": [
        {"version": 2, "versionGuid": "alpha-2", "versionAlias": "CURRENT", "status": "DEPLOYED", "expiryDate": date(80.5)},
        {"version": 1, "versionGuid": "alpha-1", "versionAlias": "PREVIOUS", "status": "DEPLOYED", "expiryDate": date(10.5)}
    ]});
    let beta_versions = json!({"versions": [
        {"version": 2, "versionGuid": "beta-2", "status": "AWAITING_SIGNED_CERTIFICATE"},
        {"version": 1, "versionGuid": "beta-1", "versionAlias": null, "status": "DEPLOYED", "expiryDate": date(5.5)},
        {"version": 1, "versionGuid": "beta-current", "versionAlias": "CURRENT", "status": "DEPLOYED", "expiryDate": date(5.5)}
    ]});
    let gamma_versions = json!({"versions": [
        {"version": 2, "versionGuid": "gamma-2", "status": "DEPLOYED", "expiryDate": date(200.5)},
        {"version": 1, "versionGuid": "gamma-1", "status": "DELETE_PENDING", "expiryDate": date(-1.5)}
    ]});
    let set = |id: &str, name: &str, staging: Value, production: Value| {
        json!({"caSetId": id, "caSetName": name, "caSetStatus": "NOT_DELETED",
            "latestVersion": 3, "stagingVersion": staging, "productionVersion": production})
    };
    Account {
        certificates: json!({"certificates": [
            fixture::client_cert(11, "alpha"), beta, fixture::client_cert(13, "gamma")
        ]}),
        versions: vec![
            (11, alpha_versions),
            (12, beta_versions),
            (13, gamma_versions),
        ],
        ca_sets: json!({"caSets": [
            set("21", "edge-cas", json!(3), json!(2)),
            set("22", "idle", Value::Null, Value::Null),
        ]}),
        ca_set_versions: json!({"versions": [
            {"caSetId": "21", "version": 3, "stagingStatus": "ACTIVE", "productionStatus": "INACTIVE",
             "certificates": [ca_cert("Partner Issuing CA", 3.5), ca_cert("Partner Root", 400.5)]},
            {"caSetId": "21", "version": 2, "stagingStatus": "INACTIVE", "productionStatus": "ACTIVE",
             "certificates": [ca_cert("Partner Root 2", 500.5)]}
        ]}),
    }
}

/// The APIs' answer to `req` for `account`; anything else is a 404.
pub(super) fn answer(account: &Account, req: &Request) -> Reply {
    if req.path == path("/client-certificates") {
        return Reply::json(200, &account.certificates);
    }
    for (id, versions) in &account.versions {
        if req.path == path(&format!("/client-certificates/{id}/versions")) {
            return Reply::json(200, versions);
        }
    }
    if req.path == ts("/ca-sets") {
        return Reply::json(200, &account.ca_sets);
    }
    if req.path == ts("/ca-sets/21/versions") {
        return Reply::json(200, &account.ca_set_versions);
    }
    Reply::problem(404, &fixture::not_found_404())
}

pub(super) fn server() -> MockServer {
    let a = account();
    MockServer::start(move |req| answer(&a, req))
}

const CA_SETS: &str = "GET /mtls-edge-truststore/v2/ca-sets?caSetStatus=NOT_DELETED";
const SET_21: &str = "GET /mtls-edge-truststore/v2/ca-sets/21/versions?includeCertificates=true&activeVersionsOnly=true";

/// The MOKS request lines after the first (the list), sorted: they may come in any order;
/// then the Edge Truststore's, in order.
pub(super) fn fetched(srv: &MockServer) -> Vec<String> {
    let lines = srv.lines();
    assert_eq!(lines[0], format!("GET {}", path("/client-certificates")));
    let split = lines
        .iter()
        .position(|l| l.contains("/mtls-edge-truststore/"))
        .unwrap_or(lines.len());
    let mut rest = lines[1..split].to_vec();
    rest.sort();
    rest.extend_from_slice(&lines[split..]);
    rest
}

pub(super) fn versions_line(id: i64) -> String {
    format!(
        "GET {}",
        path(&format!("/client-certificates/{id}/versions"))
    )
}

pub(super) fn expiring(srv: &MockServer, args: &[&str]) -> Run {
    let mut a = vec!["expiring"];
    a.extend_from_slice(args);
    Moks::new(srv).run(&a)
}

#[test]
fn by_default_only_what_expires_inside_the_window_one_row_per_version() {
    let srv = server();
    let run = expiring(&srv, &[]);
    run.code(8);
    assert_eq!(
        fetched(&srv),
        vec![
            versions_line(11),
            versions_line(12),
            versions_line(13),
            CA_SETS.to_string(),
            SET_21.to_string(),
        ],
        "no versions asked of a CA set with no active version"
    );
    let rows = table(&run.stdout);
    assert_eq!(
        rows[0],
        vec![
            "expiryDate",
            "daysLeft",
            "name",
            "version",
            "status",
            "versionAlias",
            "networks",
            "subjectCN",
            "signer",
            "certificateId",
            "caSetId",
            "versionGuid"
        ]
    );
    let shown: Vec<Vec<&str>> = rows[1..]
        .iter()
        .map(|r| {
            [1, 2, 3, 4, 5, 6, 7, 11]
                .iter()
                .map(|&i| r[i].as_str())
                .collect()
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            vec![
                "3",
                "edge-cas",
                "3",
                "",
                "",
                "STAGING",
                "Partner Issuing CA",
                ""
            ],
            vec![
                "5",
                "beta",
                "1",
                "DEPLOYED",
                "CURRENT",
                "",
                "",
                "beta-current"
            ],
            vec!["10", "alpha", "1", "DEPLOYED", "PREVIOUS", "", "", "alpha-1"],
        ]
    );
    for r in &rows[1..] {
        assert!(OffsetDateTime::parse(&r[0], &Rfc3339).is_ok(), "{r:?}");
    }
    assert_eq!(
        run.error_line(),
        "3 certificates in use expire within 30 days: CA set 'edge-cas' version 3 'Partner \
         Issuing CA' (in 3 days), 'beta' version 1 (in 5 days), 'alpha' version 1 (in 10 days)"
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn all_lists_every_certificate_and_marks_delete_pending_as_not_at_risk() {
    let srv = server();
    // gamma's version 1 has expired, but it is DELETE_PENDING: it does not count.
    let run = expiring(&srv, &["--all", "--json", "--within", "2d"]);
    run.code(0);
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    let seen: Vec<(&str, i64, bool)> = rows
        .iter()
        .map(|r| {
            let name = r["certificateName"].as_str().or(r["caSetName"].as_str());
            (
                name.unwrap(),
                r["version"].as_i64().unwrap(),
                r["atRisk"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            ("gamma", 1, false),
            ("edge-cas", 3, true),
            ("beta", 1, true),
            ("alpha", 1, true),
            ("alpha", 2, true),
            ("gamma", 2, true),
            ("edge-cas", 3, true),
            ("edge-cas", 2, true),
        ]
    );
    assert_eq!(rows[0]["status"], "DELETE_PENDING");
    assert_eq!(rows[0]["daysLeft"], -2);
    assert_eq!(
        run.stderr, "",
        "nothing on stderr (no progress bar off a terminal)"
    );
    // Inside the window, nothing: the default view is empty and says so.
    let run = expiring(&srv, &["--within", "2d"]);
    run.code(0);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "no certificate in use expires within 2 days (--all lists every one)\n"
    );
}

#[test]
fn json_is_an_array_of_the_documented_fields() {
    let srv = server();
    let run = expiring(&srv, &["--json", "--within", "6d"]);
    run.code(8);
    let rows = run.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let keys = |r: &Value| -> Vec<String> { r.as_object().unwrap().keys().cloned().collect() };
    let ca = &rows[0];
    assert_eq!(
        keys(ca),
        [
            "source",
            "caSetId",
            "caSetName",
            "version",
            "networks",
            "subject",
            "issuer",
            "serialNumber",
            "fingerprint",
            "expiryDate",
            "daysLeft",
            "atRisk"
        ]
    );
    assert_eq!(ca["source"], "truststore");
    assert_eq!(ca["caSetId"], "21");
    assert_eq!(ca["networks"], json!(["STAGING"]));
    assert_eq!(ca["subject"], "C=US, O=Partner, CN=Partner Issuing CA");
    assert_eq!(ca["daysLeft"], 3);
    let beta = &rows[1];
    let expiry = beta["expiryDate"].as_str().unwrap();
    assert_eq!(
        beta,
        &json!({"source": "moks", "certificateId": 12, "certificateName": "beta",
            "signer": "THIRD_PARTY", "version": 1, "versionGuid": "beta-current",
            "versionAlias": "CURRENT", "status": "DEPLOYED", "expiryDate": expiry,
            "daysLeft": 5, "atRisk": true})
    );
    assert_eq!(
        keys(beta),
        [
            "source",
            "certificateId",
            "certificateName",
            "signer",
            "version",
            "versionGuid",
            "versionAlias",
            "status",
            "expiryDate",
            "daysLeft",
            "atRisk"
        ]
    );
    assert_eq!(
        run.error_line(),
        "2 certificates in use expire within 6 days: CA set 'edge-cas' version 3 'Partner \
         Issuing CA' (in 3 days), 'beta' version 1 (in 5 days)"
    );
}

#[test]
fn a_version_active_on_both_networks_is_one_row_naming_both() {
    let mut a = account();
    a.ca_sets["caSets"][0]["productionVersion"] = json!(3);
    let srv = MockServer::start(move |req| answer(&a, req));
    let run = expiring(&srv, &["--source", "truststore", "--all", "--json"]);
    run.code(8);
    let rows = run.json();
    let networks: Vec<&Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["networks"])
        .collect();
    assert_eq!(
        networks,
        [
            &json!(["STAGING", "PRODUCTION"]),
            &json!(["STAGING", "PRODUCTION"])
        ]
    );
    assert_eq!(srv.lines(), [CA_SETS, SET_21]);
}

#[test]
fn name_keeps_one_certificate_or_ca_set_before_their_versions_are_fetched() {
    let srv = server();
    let run = expiring(&srv, &["--name", "BETA", "--json"]);
    run.code(8);
    assert_eq!(fetched(&srv), vec![versions_line(12), CA_SETS.to_string()]);
    assert_eq!(run.json().as_array().unwrap().len(), 1);
    let srv = server();
    let run = expiring(&srv, &["--name", "edge-cas", "--within", "1d"]);
    run.code(0);
    assert_eq!(fetched(&srv), vec![CA_SETS.to_string(), SET_21.to_string()]);
    let srv = server();
    let run = expiring(&srv, &["--name", "nothing"]);
    run.code(4);
    assert_eq!(
        run.error_line(),
        "no client certificate or CA set is named 'nothing'"
    );
    assert_eq!(run.stdout, "");
}

#[test]
fn no_fail_reports_what_expires_and_exits_0() {
    let srv = server();
    let run = expiring(&srv, &["--no-fail", "--json"]);
    run.code(0);
    assert_eq!(run.json().as_array().unwrap().len(), 3);
    assert_eq!(
        run.stderr,
        "moks: warning: 3 certificates in use expire within 30 days: CA set 'edge-cas' version \
         3 'Partner Issuing CA' (in 3 days), 'beta' version 1 (in 5 days), 'alpha' version 1 \
         (in 10 days)\n"
    );
}

#[test]
fn source_and_signer_choose_what_is_read() {
    let srv = server();
    let run = expiring(&srv, &["--signer", "third_party", "--json"]);
    run.code(8);
    assert_eq!(
        fetched(&srv),
        vec![versions_line(12)],
        "--signer is MOKS's alone"
    );
    let guids: Vec<Value> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["versionGuid"].clone())
        .collect();
    assert_eq!(guids, vec![json!("beta-current")]);
    let srv = server();
    expiring(&srv, &["--signer", "AKAMAI", "--within", "1d"]).code(0);
    assert_eq!(fetched(&srv), vec![versions_line(11), versions_line(13)]);
    let srv = server();
    let run = expiring(&srv, &["--source", "truststore"]);
    run.code(8);
    assert_eq!(srv.lines(), [CA_SETS, SET_21]);
    assert_eq!(
        table(&run.stdout)[0],
        [
            "expiryDate",
            "daysLeft",
            "name",
            "version",
            "networks",
            "subjectCN",
            "caSetId"
        ]
    );
}

#[test]
fn a_closed_stdout_never_decides_the_gate() {
    // `moks expiring | head -n 1` where head has gone before the first row: exit 8 all the
    // same, the message on stderr.
    let srv = server();
    let m = Moks::new(&srv);
    for json in [false, true] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let mut args = vec!["expiring"];
        if json {
            args.push("--json");
        }
        let out = m
            .std_command(&args)
            .stdout(Stdio::from(writer))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(8), "{stderr}");
        assert!(
            stderr.starts_with("moks: error: 3 certificates in use expire within 30 days: "),
            "{stderr}"
        );
    }
    // With nothing inside the window, a closed stdout is still a quiet exit 0.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = m
        .std_command(&["expiring", "--all", "--within", "1d"])
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn the_readmes_jq_line_passes_a_pipefail_job_while_certificates_expire() {
    let readme = include_str!("../../../README.md");
    let line = readme
        .lines()
        .find(|l| l.starts_with("moks expiring") && l.contains("| jq"))
        .expect("the README's jq line");
    if std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(std::env::var_os("MOKS_REQUIRE_README_TOOLS").is_none());
        eprintln!("skipped: needs jq");
        return;
    }
    let srv = server();
    let m = Moks::new(&srv);
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_moks"))
        .parent()
        .unwrap();
    let out = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", line])
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("HOME", m.home.path())
        .env("AKAMAI_EDGERC", &m.edgerc)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{line}\n{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "beta\n");
    assert!(
        stderr.starts_with("moks: warning: 1 certificate in use expires"),
        "{stderr}"
    );
}

#[test]
fn at_80_columns_the_table_fits_and_keeps_the_name() {
    let srv = server();
    let m = Moks::new(&srv);
    for (cols, args) in [
        (
            80,
            &["expiring", "--all", "--within", "1d", "--source", "moks"][..],
        ),
        (80, &["expiring", "--all", "--within", "1d"]),
        (100, &["expiring", "--all", "--within", "1d"]),
    ] {
        let (screen, code) = on_terminal(&m, args, cols);
        assert_eq!(code, 0, "{screen}");
        let screen = plain(&screen);
        let tables: Vec<&str> = screen.lines().filter(|l| l.starts_with('│')).collect();
        assert!(tables[0].contains(" name "), "{screen}");
        for line in &tables {
            assert!(
                line.chars().count() <= usize::from(cols),
                "{line}\n{screen}"
            );
        }
        for name in ["alpha", "beta", "gamma"] {
            assert!(
                tables.iter().any(|l| l.contains(&format!(" {name} "))),
                "{screen}"
            );
        }
        assert!(
            !screen.contains("alpha-1"),
            "the GUID goes first:\n{screen}"
        );
    }
}
