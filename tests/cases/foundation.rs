//! Issue 2 at the process level: the account switch key from every source, environment
//! credentials, `--dry-run`, `-v`, fresh nonces per retry, the User-Agent and other headers,
//! timeouts and refused connections, the 401 clock hint, broken pipes, configuration
//! errors, and secrets never printed.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde_json::json;

use crate::common::fixture::{self, ACCESS_TOKEN, CLIENT_SECRET, CLIENT_TOKEN};
use crate::common::{new_client_cert, path, strs, MockServer, Moks, Reply};

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn ca_server() -> MockServer {
    MockServer::always(Reply::json(200, &fixture::ca_cert_list()))
}

#[test]
fn account_key_flag_and_alias_are_sent_and_signed() {
    let srv = ca_server();
    let m = Moks::new(&srv);
    m.run(&[
        "--account-key",
        "1-ABCDE:1-XYZ",
        "get-ca-cert",
        "--status",
        "CURRENT",
    ])
    .code(0);
    m.run(&["get-ca-cert", "--accountkey", "B-C-2"]).code(0);
    // `srv.requests()` fails unless every signature verified.
    let reqs = srv.requests();
    assert_eq!(
        reqs[0].query.as_deref(),
        Some("status=CURRENT&accountSwitchKey=1-ABCDE%3A1-XYZ")
    );
    assert_eq!(
        reqs[0].query_pairs()[1],
        ("accountSwitchKey".to_string(), "1-ABCDE:1-XYZ".to_string())
    );
    assert_eq!(reqs[1].query.as_deref(), Some("accountSwitchKey=B-C-2"));
}

#[test]
fn account_key_from_the_environment_and_the_edgerc() {
    let srv = ca_server();
    Moks::new(&srv)
        .env("AKAMAI_EDGERC_ACCOUNT_KEY", "ENV-FLAG-KEY")
        .run(&["get-ca-cert"])
        .code(0);
    Moks::new(&srv)
        .env("AKAMAI_ACCOUNT_KEY", "ENV-KEY")
        .run(&["get-ca-cert"])
        .code(0);
    let from_file = Moks::with_edgerc(&fixture::edgerc(
        &srv.base_url(),
        "account_key = FILE-KEY\n",
    ));
    from_file.run(&["get-ca-cert"]).code(0);
    // The flag beats the file; `none` clears the file's key.
    from_file
        .run(&["get-ca-cert", "--account-key", "FLAG-KEY"])
        .code(0);
    from_file
        .run(&["get-ca-cert", "--account-key", "none"])
        .code(0);
    let queries: Vec<Option<String>> = srv.requests().into_iter().map(|r| r.query).collect();
    assert_eq!(
        queries,
        vec![
            Some("accountSwitchKey=ENV-FLAG-KEY".to_string()),
            Some("accountSwitchKey=ENV-KEY".to_string()),
            Some("accountSwitchKey=FILE-KEY".to_string()),
            Some("accountSwitchKey=FLAG-KEY".to_string()),
            None,
        ]
    );
}

#[test]
fn account_key_on_a_signed_post_with_a_body() {
    let srv = MockServer::always(Reply::json(201, &fixture::client_cert(1, "n")));
    let mut args = vec!["--account-key", "K-1"];
    let create = new_client_cert(&[]);
    args.extend(strs(&create));
    Moks::new(&srv).run(&args).code(0);
    let req = srv.only_request();
    assert_eq!(
        req.line(),
        format!("POST {}?accountSwitchKey=K-1", path("/client-certificates"))
    );
    assert_eq!(req.json()["certificateName"], "n");
}

fn env_credentials(m: Moks, prefix: &str, host: &str) -> Moks {
    m.env(&format!("{prefix}HOST"), host)
        .env(&format!("{prefix}CLIENT_TOKEN"), CLIENT_TOKEN)
        .env(&format!("{prefix}CLIENT_SECRET"), CLIENT_SECRET)
        .env(&format!("{prefix}ACCESS_TOKEN"), ACCESS_TOKEN)
}

#[test]
fn environment_credentials_work_without_any_edgerc() {
    let srv = ca_server();
    let m = env_credentials(Moks::without_edgerc(), "AKAMAI_", &srv.base_url());
    assert!(!m.home.path().join(".edgerc").exists());
    m.run(&["get-ca-cert", "--json"]).code(0);
    let m = env_credentials(Moks::without_edgerc(), "AKAMAI_CI_", &srv.base_url());
    m.run(&["--section", "ci", "get-ca-cert"]).code(0);
    assert_eq!(srv.requests().len(), 2);
}

#[test]
fn no_credentials_anywhere_is_a_configuration_error() {
    let m = Moks::without_edgerc();
    let run = m.run(&["get-ca-cert"]);
    run.code(3);
    let home = m.home.path().display().to_string();
    assert_eq!(
        run.error_line(),
        format!("credentials file {home}/.edgerc not found")
    );
    assert!(run.stderr.contains("hint: create it (see .edgerc.example)"));
}

#[test]
fn dry_run_sends_nothing_and_prints_the_redacted_request() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let run = m.run(&["--dry-run", "get-ca-cert", "--status", "current"]);
    run.code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    assert_eq!(
        lines[0],
        format!(
            "GET {}{}?status=CURRENT",
            srv.base_url(),
            path("/ca-certificates")
        )
    );
    let auth = lines[1];
    assert!(
        auth.starts_with(
            "Authorization: EG1-HMAC-SHA256 client_token=<redacted>;access_token=<redacted>;timestamp="
        ),
        "{auth}"
    );
    assert!(auth.contains(";nonce="), "{auth}");
    assert!(auth.ends_with(";signature=<redacted>"), "{auth}");
    assert_eq!(lines[2], "Accept: application/json");
    assert_eq!(lines[3], format!("User-Agent: moks/{VERSION}"));
    assert_eq!(run.stderr, "");
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn dry_run_of_a_post_prints_the_body_and_json_form() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let create = new_client_cert(&["--contract-id", "ctr_C-1"]);
    let mut args = strs(&create);
    args.push("--dry-run");
    let run = m.run(&args);
    run.code(0);
    let body = json!({"certificateName": "n", "contractId": "C-1", "groupId": 1, "geography": "CORE",
        "secureNetwork": "STANDARD_TLS", "signer": "AKAMAI", "notificationEmails": ["ops@example.com"]});
    assert!(
        run.stdout.starts_with(&format!(
            "POST {}{}\n",
            srv.base_url(),
            path("/client-certificates")
        )),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\nContent-Type: application/json\n"));
    assert!(
        run.stdout.ends_with(&format!(
            "\n\n{}\n",
            serde_json::to_string_pretty(&body).unwrap()
        )),
        "{}",
        run.stdout
    );
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let out = m.run(&json_args).code(0).json();
    assert_eq!(out["dryRun"], true);
    assert_eq!(out["requests"].as_array().map(Vec::len), Some(1), "{out}");
    let doc = &out["requests"][0];
    assert_eq!(doc["method"], "POST");
    assert_eq!(
        doc["url"],
        format!("{}{}", srv.base_url(), path("/client-certificates"))
    );
    assert_eq!(doc["body"], body);
    assert!(doc["headers"]["Authorization"]
        .as_str()
        .unwrap()
        .ends_with("signature=<redacted>"));
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn dry_run_with_a_name_prints_the_lookup_and_sends_nothing() {
    let srv = MockServer::replies(vec![]);
    let run = Moks::new(&srv).run(&["rotate", "--name", "origin-a", "--dry-run"]);
    run.code(0);
    let firsts: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("GET ") || l.starts_with("POST "))
        .collect();
    assert_eq!(firsts.len(), 3, "{}", run.stdout);
    assert_eq!(
        firsts[0],
        format!("GET {}{}", srv.base_url(), path("/client-certificates"))
    );
    // The versions a rotation may drop are read first, then the POST is printed too.
    for (line, method) in firsts[1..].iter().zip(["GET ", "POST "]) {
        assert!(line.starts_with(method), "{line}");
        assert!(
            line.ends_with("/client-certificates/{id of 'origin-a'}/versions"),
            "{line}"
        );
    }
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn verbose_logs_method_url_and_status_without_secrets() {
    let srv = MockServer::replies(vec![
        Reply::problem(429, &fixture::rate_limited_429()).with_header("Retry-After", "0"),
        Reply::json(200, &fixture::ca_cert_list()),
    ]);
    let run = Moks::new(&srv).run(&["-v", "get-ca-cert", "--status", "EXPIRED"]);
    run.code(0);
    let url = format!(
        "{}{}?status=EXPIRED",
        srv.base_url(),
        path("/ca-certificates")
    );
    let err = &run.stderr;
    assert!(err.contains(&format!("moks: → GET {url}\n")), "{err}");
    assert!(err.contains("moks: ← 429 Too Many Requests ("), "{err}");
    assert!(
        err.contains("moks: retry 1 of 10 in 0.0s after 429"),
        "{err}"
    );
    assert!(err.contains("moks: ← 200 OK ("), "{err}");
    assert_eq!(err.matches(&format!("→ GET {url}")).count(), 2, "{err}");
    assert!(!err.contains("signature="), "{err}");
    assert!(!err.contains("EG1-HMAC"), "{err}");
    // stdout is still just the table.
    assert!(run.stdout.starts_with("id  version  commonName"));
}

#[test]
fn each_retry_is_signed_again_with_a_fresh_nonce() {
    let srv = MockServer::replies(vec![
        Reply::problem(503, &json!({"title": "Service Unavailable"})),
        Reply::json(200, &fixture::ca_cert_list()),
    ]);
    Moks::new(&srv).run(&["get-ca-cert"]).code(0);
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].line(), reqs[1].line());
    assert_ne!(reqs[0].nonce(), reqs[1].nonce());
    assert_ne!(
        reqs[0].header("authorization"),
        reqs[1].header("authorization")
    );
    for r in &reqs {
        let nonce = r.nonce();
        assert_eq!(nonce.len(), 36, "a UUID: {nonce}");
        assert_eq!(&nonce[14..15], "4", "UUID v4: {nonce}");
    }
}

#[test]
fn headers_user_agent_accept_and_no_expect() {
    let srv = MockServer::always(Reply::json(200, &json!({"certificateId": 1})));
    let m = Moks::new(&srv);
    m.run(&["get-client-cert", "--id", "1"]).code(0);
    m.run(&["set-client-cert", "--id", "1", "--new-name", "x"])
        .code(0);
    let cli = Moks::new(&srv)
        .env("AKAMAI_CLI", "1")
        .env("AKAMAI_CLI_VERSION", "1.6.1")
        .env("AKAMAI_CLI_COMMAND", "moks")
        .env("AKAMAI_CLI_COMMAND_VERSION", "0.1.0");
    cli.run(&["get-client-cert", "--id", "1"]).code(0);
    let reqs = srv.requests();
    for r in &reqs {
        assert_eq!(r.header("accept"), Some("application/json"), "{}", r.line());
        assert!(!r.has_header("expect"), "{}", r.line());
        assert_eq!(
            r.header("host"),
            Some(format!("127.0.0.1:{}", srv.port()).as_str())
        );
    }
    assert_eq!(
        reqs[0].header("user-agent"),
        Some(format!("moks/{VERSION}").as_str())
    );
    assert!(!reqs[0].has_header("content-type"), "GET has no body");
    assert_eq!(reqs[1].header("content-type"), Some("application/json"));
    assert_eq!(
        reqs[2].header("user-agent"),
        Some(format!("moks/{VERSION} AkamaiCLI/1.6.1 AkamaiCLI-moks/0.1.0").as_str())
    );
}

#[test]
fn a_server_that_never_answers_times_out_with_exit_6() {
    let srv = MockServer::always(Reply::hang());
    let m = Moks::new(&srv).env("AKAMAI_RETRY_DISABLED", "1");
    // Exit 6 with this message is the 0.5 s timeout firing (a hang would be stopped by the
    // harness's process limit, which fails the test).
    let run = m.run(&["--timeout", "0.5", "get-ca-cert"]);
    run.code(6);
    assert_eq!(
        run.error_line(),
        format!("request to 127.0.0.1:{} timed out after 0.5 s", srv.port())
    );
    assert!(run
        .stderr
        .contains("hint: raise --timeout, or check the network path to the API"));
    assert_eq!(srv.requests().len(), 1);
}

#[test]
fn a_post_that_times_out_is_not_sent_again() {
    // The versions list a rotate reads first is answered; the POST never is.
    let srv = MockServer::start(|req| match req.method.as_str() {
        "GET" => Reply::json(200, &json!({"versions": []})),
        _ => Reply::hang(),
    });
    let run = Moks::new(&srv).run(&["rotate", "--id", "3", "--timeout", "0.3"]);
    run.code(6);
    assert_eq!(
        srv.lines(),
        [
            format!("GET {}", path("/client-certificates/3/versions")),
            format!("POST {}", path("/client-certificates/3/versions"))
        ],
        "a POST is never retried after a timeout"
    );
}

#[test]
fn a_refused_connection_exits_6() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let m = Moks::with_edgerc(&fixture::edgerc(&format!("http://127.0.0.1:{port}"), ""))
        .env("AKAMAI_RETRY_MAX", "1");
    let run = m.run(&["get-ca-cert"]);
    run.code(6);
    let line = run.error_line();
    assert!(
        line.starts_with(&format!("cannot connect to 127.0.0.1:{port}")),
        "{line}"
    );
    assert!(line.contains("refused"), "{line}");
}

#[test]
fn signature_401_exits_4_with_a_clock_hint_and_is_not_retried() {
    let srv = MockServer::always(Reply::problem(
        401,
        &json!({"type": "https://problems.luna.akamaiapis.net/-/pep-authn/request-error",
            "title": "Bad request", "status": 401, "detail": "The signature does not match"}),
    ));
    let run = Moks::new(&srv).run(&["get-ca-cert"]);
    run.code(4);
    assert_eq!(
        run.stderr,
        "moks: error: Bad request: The signature does not match\n\
         hint: check the system clock (it must be within 30 s of real time) and the client_token, \
         client_secret and access_token in your credentials\n"
    );
    assert_eq!(srv.requests().len(), 1);
}

#[test]
fn the_mock_rejects_a_wrong_secret() {
    // The harness' verifier can fail: credentials the mock does not expect are answered 401.
    let srv = MockServer::always(Reply::json(200, &fixture::ca_cert_list()));
    let text = fixture::edgerc(&srv.base_url(), "").replace(CLIENT_SECRET, "another-secret=");
    let run = Moks::with_edgerc(&text).run(&["get-ca-cert"]);
    run.code(4);
    assert!(
        run.stderr.contains("The signature does not match"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint: check the system clock"));
    let reqs = srv.requests_unchecked();
    assert_eq!(reqs.len(), 1);
    assert!(reqs[0]
        .signature
        .as_ref()
        .unwrap_err()
        .contains("signature mismatch"));
}

#[test]
fn a_broken_pipe_exits_0_quietly() {
    let certs: Vec<serde_json::Value> = (1..=5000)
        .map(|i| fixture::client_cert(i, &format!("origin-{i:05}")))
        .collect();
    let srv = MockServer::always(Reply::json(200, &json!({"certificates": certs})));
    let m = Moks::new(&srv);
    let mut child = m
        .std_command(&["get-client-cert"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.starts_with("certificateId"), "{first}");
    drop(out); // like `| head -1`
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn a_missing_section_exits_3_naming_the_sections_there() {
    let srv = MockServer::replies(vec![]);
    let text = format!(
        "{}\n[staging]\nhost = x.example\nclient_token = a\nclient_secret = b\naccess_token = c\n",
        fixture::edgerc(&srv.base_url(), "")
    );
    let m = Moks::with_edgerc(&text);
    let run = m.run(&["--section", "prod", "get-ca-cert"]);
    run.code(3);
    assert_eq!(
        run.error_line(),
        format!(
            "section [prod] not found in {} (sections there: default, staging)",
            m.edgerc.display()
        )
    );
    assert_eq!(run.stdout, "");
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn configuration_errors_never_print_the_secret() {
    // A malformed line that holds the secret, and a section missing a key.
    let m = Moks::with_edgerc(&format!(
        "[default]\nhost = http://127.0.0.1:9\nclient_token {CLIENT_TOKEN}\nclient_secret {CLIENT_SECRET}\n"
    ));
    let run = m.run(&["get-ca-cert"]);
    run.code(3);
    assert_eq!(
        run.error_line(),
        format!(
            "credentials file {} line 3: expected 'key = value', a [section] header or a comment",
            m.edgerc.display()
        )
    );
    let m = Moks::with_edgerc(&format!(
        "[default]\nhost = http://127.0.0.1:9\nclient_secret = {CLIENT_SECRET}\n"
    ));
    let run = m.run(&["-v", "get-ca-cert"]);
    run.code(3);
    assert!(
        run.error_line()
            .contains("is missing client_token, access_token"),
        "{}",
        run.stderr
    );
    // `Moks::run` checks every run of the suite for the secret and both tokens; this makes
    // sure that check is live.
    assert!(!run.stderr.contains(CLIENT_SECRET));
}

#[test]
fn a_broken_pipe_under_json_exits_0_quietly() {
    let certs: Vec<serde_json::Value> = (1..=3000)
        .map(|i| fixture::client_cert(i, &format!("origin-{i:05}")))
        .collect();
    let srv = MockServer::always(Reply::json(200, &json!({"certificates": certs})));
    let m = Moks::new(&srv); // kept alive: it owns the temp home and .edgerc
    let mut child = m
        .std_command(&["get-client-cert", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    drop(out);
    let output = child.wait_with_output().unwrap();
    assert_eq!(first, "[\n");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn a_redirect_is_followed_and_signed_again() {
    let srv = MockServer::replies(vec![
        Reply::empty(307).with_header(
            "Location",
            "/mtls-origin-keystore/v1/ca-certificates?status=CURRENT&moved=1",
        ),
        Reply::json(200, &fixture::ca_cert_list()),
    ]);
    Moks::new(&srv)
        .run(&["get-ca-cert", "--status", "current"])
        .code(0);
    // Both requests verified (srv.lines() checks), with distinct nonces.
    assert_eq!(
        srv.lines(),
        vec![
            format!("GET {}?status=CURRENT", path("/ca-certificates")),
            format!("GET {}?status=CURRENT&moved=1", path("/ca-certificates")),
        ]
    );
    let reqs = srv.requests();
    assert_ne!(reqs[0].nonce(), reqs[1].nonce());
}

#[test]
fn a_body_over_max_body_is_hashed_on_its_first_131072_bytes() {
    // The mock's verifier hashes only the first 131072 bytes; the signature verifies only if
    // the client truncated at the same byte (the filler is multibyte UTF-8).
    let filler = "é".repeat(70_001);
    let body = json!({"certificateName": "n", "contractId": "C-1", "groupId": 1, "geography": "CORE",
        "secureNetwork": "STANDARD_TLS", "signer": "AKAMAI", "notificationEmails": ["ops@example.com"],
        "filler": filler});
    let srv = MockServer::always(Reply::json(201, &fixture::client_cert(1, "n")));
    let m = Moks::new(&srv);
    let f = m.file("big.json", serde_json::to_vec(&body).unwrap());
    m.run(&["new-client-cert", "--body", f.to_str().unwrap()])
        .code(0);
    let req = srv.only_request();
    assert!(req.body.len() > 140_000);
    assert_eq!(req.json(), body);
}

#[test]
fn partial_environment_credentials_are_ignored_with_a_warning() {
    let srv = ca_server();
    let run = Moks::new(&srv)
        .env("AKAMAI_HOST", "http://127.0.0.1:9")
        .run(&["get-ca-cert"]);
    run.code(0);
    assert!(
        run.stderr
            .starts_with("moks: warning: ignoring AKAMAI_HOST: all four of AKAMAI_HOST"),
        "{}",
        run.stderr
    );
    assert_eq!(srv.requests().len(), 1, "the .edgerc was used");
}
