//! `api METHOD PATH [--body FILE|-|JSON]`: any signed request to the configured host (the
//! mock verifies each signature), its answer printed: a field list, or the JSON unchanged
//! under `--json`; error answers printed too, with exit 4 or 5; a URL of another host, a
//! method outside the list or a bad body refused before anything is sent (exit 2).

use serde_json::json;

use super::sandbox::Sbx;
use crate::common::{fixture, path, MockServer, Moks, Reply};

#[test]
fn a_get_keeps_its_path_and_query_and_prints_the_body_as_sent() {
    let body = r#"{"certificates": [{"id": 3, "commonName": "CA G1", "big": 12345678901234567890123}], "futureField": {"x": 1}}"#;
    let srv = MockServer::always(Reply::raw(200, "application/json", body));
    let m = Moks::new(&srv);
    let run = m.run(&[
        "api",
        "get",
        "/mtls-origin-keystore/v1/ca-certificates?status=CURRENT,EXPIRED",
    ]);
    run.code(0);
    // Piped, as gh api and httpie print it: the bytes the API sent, for jq.
    assert_eq!(run.stdout, format!("{body}\n"));
    assert_eq!(run.stderr, "");
    let run = m.run(&[
        "--account-key",
        "1-AB:C",
        "api",
        "GET",
        "mtls-origin-keystore/v1/ca-certificates?status=CURRENT",
        "--json",
    ]);
    run.code(0);
    assert_eq!(run.stdout, format!("{body}\n"), "--json changes nothing");
    let reqs = srv.requests();
    assert_eq!(
        reqs.iter().map(|r| r.line()).collect::<Vec<_>>(),
        [
            format!("GET {}?status=CURRENT,EXPIRED", path("/ca-certificates")),
            format!(
                "GET {}?status=CURRENT&accountSwitchKey=1-AB%3AC",
                path("/ca-certificates")
            ),
        ]
    );
    assert!(reqs
        .iter()
        .all(|r| r.body.is_empty() && !r.has_header("content-type")));
}

#[test]
fn a_body_is_sent_as_given_from_a_literal_a_file_or_stdin() {
    let srv = MockServer::always(Reply::empty(204));
    let m = Moks::new(&srv);
    let literal = r#"[{"n": 2.50, "ü": "x"}]"#;
    let file = m.file("patch.json", r#"{"notificationEmails": ["a@example.com"]}"#);
    m.run(&["api", "POST", "/other-api/v2/items", "--body", literal])
        .code(0);
    m.run(&[
        "api",
        "patch",
        "/mtls-origin-keystore/v1/client-certificates/12",
        "--body",
        file.to_str().unwrap(),
    ])
    .code(0);
    let run = m.run_stdin(
        &["api", "PUT", "/other-api/v2/items/1", "--body", "-"],
        r#"{"a": true}"#,
    );
    run.code(0);
    assert_eq!(run.stdout, "", "no body, nothing printed");
    assert_eq!(
        run.stderr, "PUT /other-api/v2/items/1: the API answered 204 No Content without a body\n",
        "and said on stderr"
    );
    let reqs = srv.requests();
    let sent: Vec<(String, String)> = reqs.iter().map(|r| (r.line(), r.body_text())).collect();
    assert_eq!(
        sent,
        [
            (
                "POST /other-api/v2/items".to_string(),
                r#"[{"n":2.50,"ü":"x"}]"#.to_string()
            ),
            (
                format!("PATCH {}", path("/client-certificates/12")),
                r#"{"notificationEmails":["a@example.com"]}"#.to_string()
            ),
            (
                "PUT /other-api/v2/items/1".to_string(),
                r#"{"a":true}"#.to_string()
            ),
        ]
    );
    assert!(reqs
        .iter()
        .all(|r| r.header("content-type") == Some("application/json")));
    // Under --json, `{}`, as set-client-cert prints for a PATCH answered without a body.
    let run = m.run(&[
        "api",
        "PATCH",
        "/mtls-origin-keystore/v1/client-certificates/12",
        "--body",
        "{}",
        "--json",
    ]);
    run.code(0);
    assert_eq!(run.stdout, "{}\n");
    assert!(run.stderr.contains("without a body"), "{}", run.stderr);
    assert!(m.run(&["api", "HEAD", "/x", "-q"]).stderr.is_empty());
}

#[test]
fn an_error_answer_is_printed_and_exits_4_or_5() {
    let srv = MockServer::always(Reply::json(404, &fixture::not_found_404()));
    let m = Moks::new(&srv);
    let run = m.run(&[
        "api",
        "GET",
        "/mtls-origin-keystore/v1/client-certificates/9",
    ]);
    run.code(4);
    assert_eq!(
        run.json(),
        fixture::not_found_404(),
        "the error body as sent"
    );
    assert_eq!(
        run.error_line(),
        "Resource Not Found: The requested resource could not be found on the server."
    );
    let run = m.run(&[
        "api",
        "GET",
        "/mtls-origin-keystore/v1/client-certificates/9",
        "--json",
    ]);
    run.code(4);
    assert_eq!(run.json(), fixture::not_found_404(), "printed once");
    // Not JSON: the text, escaped.
    let srv = MockServer::always(Reply::raw(200, "text/plain", "ok\u{1b}[2J done"));
    let run = Moks::new(&srv).run(&["api", "GET", "/x"]);
    run.code(0);
    assert_eq!(run.stdout, "ok\\u{1b}[2J done\n");
    let srv = MockServer::always(Reply::raw(502, "text/html", "<h1>bad gateway</h1>"));
    let run = Moks::new(&srv).run(&["api", "DELETE", "/x"]);
    run.code(5);
    assert_eq!(run.stdout, "<h1>bad gateway</h1>\n");
    assert_eq!(srv.requests().len(), 1, "a DELETE is not sent twice");
}

#[test]
fn only_the_configured_host_gets_a_request() {
    let srv = MockServer::always(Reply::json(200, &json!({"ok": true})));
    let m = Moks::new(&srv);
    // Its own URL is fine.
    let own = format!(
        "{}/mtls-origin-keystore/v1/ca-certificates?x=1",
        srv.base_url()
    );
    m.run(&["api", "GET", &own]).code(0);
    assert_eq!(
        srv.lines(),
        [format!("GET {}?x=1", path("/ca-certificates"))]
    );
    let other_port = format!("http://127.0.0.1:{}/x", srv.port() + 1);
    let with_user = srv.base_url().replace("http://", "http://u:secret@");
    for (target, want) in [
        (
            "https://evil.example/x".to_string(),
            "https://evil.example/x",
        ),
        (other_port.clone(), other_port.as_str()),
        (format!("{with_user}/x"), &*format!("{}/x", srv.base_url())),
    ] {
        let run = m.run(&["api", "GET", &target]);
        run.code(2);
        assert_eq!(
            run.error_line(),
            format!(
                "invalid value '{want}' for '<PATH>': moks sends credentials to the configured \
                 host only ({}), without user or password in the URL; give a path such as \
                 /mtls-origin-keystore/v1/client-certificates",
                srv.base_url()
            )
        );
    }
    for (args, want) in [
        (
            vec!["api", "CONNECT", "/x"],
            "invalid value 'CONNECT' for '<METHOD>': expected GET, HEAD, POST, PUT, PATCH or DELETE",
        ),
        (
            vec!["api", "GET", "//evil.example/x"],
            "invalid value '//evil.example/x' for '<PATH>': expected a path on the configured \
             host, not //HOST/…",
        ),
        (
            vec!["api", "POST", "/x", "--body", "{oops"],
            "invalid value '{oops' for '--body': not valid JSON (key must be a string at line 1 \
             column 2)",
        ),
    ] {
        let run = m.run(&args);
        run.code(2);
        assert_eq!(run.error_line(), want, "{args:?}");
    }
    assert_eq!(
        srv.requests().len(),
        1,
        "only the first, to the configured host"
    );
}

#[test]
fn dry_run_prints_the_request_and_the_sandbox_answers_like_the_commands() {
    let srv = MockServer::replies(vec![]);
    let run = Moks::new(&srv).run(&[
        "api",
        "POST",
        "/mtls-origin-keystore/v1/client-certificates/5/versions",
        "--dry-run",
    ]);
    run.code(0);
    assert!(run.stdout.starts_with(&format!(
        "POST {}{}\nAuthorization: EG1-HMAC-SHA256 client_token=<redacted>;",
        srv.base_url(),
        path("/client-certificates/5/versions")
    )));
    assert!(srv.requests_unchecked().is_empty());
    let s = Sbx::new();
    let listed = s.json(&["api", "GET", "/mtls-origin-keystore/v1/client-certificates"]);
    let certs = s.json(&["get-client-cert"]);
    assert_eq!(listed["certificates"], certs);
}
