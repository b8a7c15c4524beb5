//! The client against servers that misbehave on purpose (`common::hostile`, raw TCP, and the
//! mock): credentials and bodies go to the configured origin only; reads are bounded in size
//! and time; waits are bounded by the retry deadline and announced; a 2xx that is not the
//! JSON expected is the API failing (exit 5); the `--ca-cert` hint comes from the error's
//! type; values a header cannot carry are refused before anything is sent.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use serde_json::json;

use crate::common::fixture::{self, ACCESS_TOKEN, CLIENT_SECRET, CLIENT_TOKEN};
use crate::common::hostile::{self, Hostile};
use crate::common::{new_client_cert, path, strs, MockServer, Moks, Reply};

/// One invocation of each command that sends a request, ids given (one call each).
fn commands(m: &Moks) -> Vec<(&'static str, Vec<String>)> {
    let (pem, _, _) = fixture::certificate("leaf.example");
    let cert = m.file("signed.pem", pem);
    let s = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        ("get-ca-cert", s(&["get-ca-cert"])),
        ("get-client-cert (list)", s(&["get-client-cert"])),
        ("get-client-cert --id", s(&["get-client-cert", "--id", "7"])),
        (
            "get-client-cert --name",
            s(&["get-client-cert", "--name", "origin-alpha"]),
        ),
        (
            "get-client-cert-version",
            s(&["get-client-cert-version", "--id", "7"]),
        ),
        ("new-client-cert", new_client_cert(&["--name", "origin-x"])),
        (
            "set-client-cert",
            s(&["set-client-cert", "--id", "7", "--new-name", "x"]),
        ),
        ("rotate", s(&["rotate", "--id", "7"])),
        (
            "complete-version",
            s(&[
                "complete-version",
                "--skip-local-checks",
                "--id",
                "7",
                "--version",
                "2",
                "--certificate-file",
                cert.to_str().unwrap(),
            ]),
        ),
        (
            "remove-version",
            s(&["remove-version", "--id", "7", "--version", "2", "--yes"]),
        ),
    ]
}

fn run(m: &Moks, args: &[String]) -> crate::common::Run {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    m.run(&a)
}

fn hint_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("hint: "))
        .collect()
}

// 1. Credentials and bodies never go to another origin.

#[test]
fn a_redirect_to_another_origin_is_not_followed_and_nothing_reaches_it() {
    let elsewhere = Hostile::counting();
    let target = format!("{}{}", elsewhere.base_url(), path("/ca-certificates"));
    let create = new_client_cert(&[]);
    for (status, reason, args) in [
        (307, "Temporary Redirect", vec!["get-ca-cert"]),
        (
            308,
            "Permanent Redirect",
            vec!["set-client-cert", "--id", "7", "--new-name", "renamed"],
        ),
        (302, "Found", strs(&create)),
    ] {
        let srv = MockServer::always(Reply::empty(status).with_header("Location", &target));
        let run = Moks::new(&srv).run(&args);
        run.code(5);
        assert_eq!(
            run.error_line(),
            format!(
                "the API answered {status} {reason}, a redirect to another origin, not followed: {target}"
            )
        );
        assert_eq!(
            hint_lines(&run.stderr),
            vec![format!(
                "moks sends credentials and request bodies only to the configured host ({}); \
                 if the API really moved, change host in your credentials",
                srv.base_url()
            )]
        );
        assert_eq!(srv.requests().len(), 1, "{args:?}");
    }
    assert_eq!(elsewhere.connections(), 0, "nothing was sent elsewhere");
}

#[test]
fn the_location_shown_is_escaped_and_without_its_credentials() {
    let elsewhere = Hostile::counting();
    // (A control character in a header is refused by the HTTP parser itself, before this.)
    let location = format!(
        "http://admin:hunter2@127.0.0.1:{}/a\u{202e}b?x=\u{200f}",
        elsewhere.port()
    );
    let srv = MockServer::always(Reply::empty(301).with_header("Location", &location));
    let run = Moks::new(&srv).run(&["get-ca-cert"]);
    run.code(5);
    let line = run.error_line();
    assert!(
        line.ends_with(&format!(
            "not followed: http://127.0.0.1:{}/a%E2%80%AEb?x=%E2%80%8F",
            elsewhere.port()
        )),
        "{line}"
    );
    assert!(!run.stderr.contains("hunter2") && !run.stderr.contains("admin"));
    assert!(!run.stderr.contains('\u{202e}') && !run.stderr.contains('\u{200f}'));
    assert_eq!(elsewhere.connections(), 0);
}

/// A server at `port` (told after it starts) that answers its first connection with
/// `status` and a Location built from its own port, and counts every connection.
fn self_redirecting(tls: bool, status: &'static str, location: fn(u16) -> String) -> Hostile {
    let port: Arc<OnceLock<u16>> = Arc::new(OnceLock::new());
    let p = port.clone();
    let handler = move |c: &mut hostile::Conn| {
        if c.read_request().is_some() {
            let loc = location(*p.get().unwrap());
            c.write(&hostile::answer(status, &[("Location", &loc)], b""));
        }
    };
    let srv = if tls {
        Hostile::tls_self_signed(handler)
    } else {
        Hostile::start(handler)
    };
    port.set(srv.port()).unwrap();
    srv
}

#[test]
fn a_scheme_change_on_the_same_host_and_port_is_not_followed() {
    // https → http (a downgrade), then http → https: both another origin.
    let down = self_redirecting(true, "302 Found", |p| {
        format!("http://127.0.0.1:{p}/mtls-origin-keystore/v1/ca-certificates")
    });
    let m = Moks::with_edgerc(&fixture::edgerc(&down.base_url(), ""));
    let ca = m.file("ca.pem", down.cert_pem());
    let run = m.run(&["--ca-cert", ca.to_str().unwrap(), "get-ca-cert"]);
    run.code(5);
    assert!(
        run.error_line().ends_with(&format!(
            "another origin, not followed: http://127.0.0.1:{}{}",
            down.port(),
            path("/ca-certificates")
        )),
        "{}",
        run.stderr
    );
    assert_eq!(down.requests().len(), 1, "the https request only");
    assert_eq!(down.connections(), 1, "nothing sent over plain http");

    let up = self_redirecting(false, "301 Moved Permanently", |p| {
        format!("https://127.0.0.1:{p}/mtls-origin-keystore/v1/ca-certificates")
    });
    let run = Moks::with_edgerc(&fixture::edgerc(&up.base_url(), "")).run(&["get-ca-cert"]);
    run.code(5);
    assert!(run
        .error_line()
        .contains("another origin, not followed: https://127.0.0.1:"));
    assert_eq!(up.connections(), 1);
}

#[test]
fn a_same_origin_redirect_is_followed_signed_again_and_keeps_a_post_body_on_307() {
    let srv = MockServer::start({
        let mut n = 0;
        move |req| {
            if req.method == "GET" {
                // The versions list a rotate reads first.
                return Reply::json(200, &fixture::two_deployed_versions());
            }
            n += 1;
            if n == 1 {
                // URL credentials in a Location are never sent (the signature still verifies).
                Reply::empty(307).with_header(
                    "Location",
                    &format!(
                        "http://u:p@{}{}",
                        req.header("host").unwrap(),
                        path("/moved")
                    ),
                )
            } else {
                Reply::json(200, &json!({"version": 3}))
            }
        }
    });
    Moks::new(&srv).run(&["rotate", "--id", "7"]).code(0);
    let mut reqs = srv.requests();
    assert_eq!(
        reqs.iter().map(|r| r.line()).collect::<Vec<_>>(),
        vec![
            format!("GET {}", path("/client-certificates/7/versions")),
            format!("POST {}", path("/client-certificates/7/versions")),
            format!("POST {}", path("/moved")),
        ]
    );
    reqs.remove(0);
    assert_ne!(reqs[0].nonce(), reqs[1].nonce());
    assert!(reqs[1]
        .header("authorization")
        .unwrap()
        .starts_with("EG1-HMAC-SHA256 "));
}

#[test]
fn a_redirect_without_a_usable_location_says_so() {
    let srv = MockServer::always(Reply::empty(302));
    let run = Moks::new(&srv).run(&["get-ca-cert"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API answered 302 Found, a redirect without a Location header: there is nowhere to follow it"
    );
    let srv = MockServer::always(Reply::empty(303).with_header("Location", "http://[::1"));
    let run = Moks::new(&srv).run(&["get-ca-cert"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API answered 303 See Other, a redirect to a Location that is not a URL: 'http://[::1'"
    );
    assert_eq!(srv.requests().len(), 1);
}

// 3. Bounded reads.

/// A 200 whose body never ends (`chunked`, or delimited by the connection closing).
fn endless(chunked: bool) -> Hostile {
    Hostile::start(move |c| {
        if c.read_request().is_none() {
            return;
        }
        let framing = if chunked {
            ("Transfer-Encoding", "chunked")
        } else {
            ("Content-Type", "application/json")
        };
        if !c.write(&hostile::head("200 OK", &[framing])) {
            return;
        }
        let piece = "0,".repeat(32 * 1024);
        let data = if chunked {
            format!("{:x}\r\n{piece}\r\n", piece.len()).into_bytes()
        } else {
            piece.into_bytes()
        };
        let _ = c.write(if chunked { b"1\r\n[\r\n" } else { b"[" });
        while c.write(&data) {}
    })
}

#[test]
fn an_endless_body_stops_at_the_default_cap_of_32_mib() {
    let srv = endless(true);
    let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""));
    let run = m.run(&["get-ca-cert"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API's answer (200 OK) is over the limit of 32 MiB: stopped reading there"
    );
    assert_eq!(
        hint_lines(&run.stderr),
        vec![
            "if an answer this large is expected, raise the limit with --max-response-size SIZE \
              (or MOKS_MAX_RESPONSE_SIZE), now 32 MiB"
        ]
    );
    assert_eq!(srv.connections(), 1, "a size overrun is not retried");
}

#[test]
fn the_cap_comes_from_the_flag_or_the_environment() {
    let srv = endless(false);
    let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""));
    let run = m.run(&["get-ca-cert", "--max-response-size", "64KiB"]);
    run.code(5);
    assert!(run
        .error_line()
        .ends_with("over the limit of 64 KiB: stopped reading there"));
    let m = m.env("MOKS_MAX_RESPONSE_SIZE", "1048576");
    let run = m.run(&["get-ca-cert"]);
    run.code(5);
    assert!(run
        .error_line()
        .ends_with("over the limit of 1 MiB: stopped reading there"));
    // The flag wins over the environment.
    let run = m.run(&["get-ca-cert", "--max-response-size", "100KB"]);
    run.code(5);
    assert!(run
        .error_line()
        .ends_with("over the limit of 97.7 KiB: stopped reading there"));
}

#[test]
fn an_answer_of_exactly_the_cap_is_read_and_one_byte_more_is_not() {
    let body = serde_json::to_vec(&fixture::ca_cert_list()).unwrap();
    let len = body.len().to_string();
    for (framed, over) in [(true, false), (true, true), (false, false), (false, true)] {
        let raw = if framed {
            hostile::answer("200 OK", &[("Content-Type", "application/json")], &body)
        } else {
            let mut r = hostile::head("200 OK", &[("Content-Type", "application/json")]);
            r.extend_from_slice(&body);
            r
        };
        let srv = Hostile::answer(raw);
        let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""));
        let cap = if over { body.len() - 1 } else { body.len() };
        let run = m.run(&[
            "--max-response-size",
            &cap.to_string(),
            "get-ca-cert",
            "--json",
        ]);
        if over {
            run.code(5);
            let line = run.error_line();
            if framed {
                assert!(
                    line.contains(&format!(
                        "is {len} bytes by its Content-Length, over the limit"
                    )),
                    "{line}"
                );
                assert!(line.ends_with(": not read"), "{line}");
            } else {
                assert!(line.ends_with(": stopped reading there"), "{line}");
            }
        } else {
            run.code(0);
            assert_eq!(run.json(), fixture::ca_cert_list()["certificates"]);
        }
    }
}

#[test]
fn a_content_length_over_the_cap_is_refused_before_reading() {
    // The body is never sent: only the up-front check can end this before the timeout.
    let srv = Hostile::start(|c| {
        if c.read_request().is_some() {
            c.write(&hostile::head(
                "200 OK",
                &[("Content-Length", "10737418240")],
            ));
            c.hold();
        }
    });
    let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""));
    let run = m.run(&["--timeout", "25", "get-ca-cert"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API's answer (200 OK) is 10 GiB by its Content-Length, over the limit of 32 MiB: not read"
    );
}

#[test]
fn a_size_that_is_not_one_is_a_usage_error_and_nothing_is_sent() {
    let srv = Hostile::counting();
    let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""));
    for bad in ["0", "lots", "-1", "12XB", "1.5.2MiB", "0.1"] {
        let run = m.run(&["get-ca-cert", &format!("--max-response-size={bad}")]);
        run.code(2);
        assert!(
            run.error_line().contains(&format!(
                "invalid value '{bad}' for '--max-response-size <SIZE>': expected a size of at \
                 least 1 byte, such as 64MiB, 500KB or 1048576 (bytes)"
            )),
            "{}",
            run.stderr
        );
    }
    let run = m.env("MOKS_MAX_RESPONSE_SIZE", "big").run(&["get-ca-cert"]);
    run.code(2);
    assert_eq!(srv.connections(), 0);
}

#[test]
fn a_trickling_body_is_bounded_by_the_timeout_and_the_retry_deadline() {
    // 1 byte every 200 ms of a 1000-byte body: each attempt ends at --timeout (body
    // included); retries stop at the deadline instead of going on for every retry.
    let srv = Hostile::start(|c| {
        if c.read_request().is_none() {
            return;
        }
        if !c.write(&hostile::head("200 OK", &[("Content-Length", "1000")])) {
            return;
        }
        while c.sleep(Duration::from_millis(200)) && c.write(b" ") {}
    });
    let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""))
        .env("AKAMAI_RETRY_DEADLINE", "1.9s");
    let run = m.run(&["--timeout", "1", "get-ca-cert"]);
    run.code(6);
    assert_eq!(
        run.error_line(),
        format!("request to 127.0.0.1:{} timed out after 1 s", srv.port())
    );
    // Attempt 1 ends at ~1 s, its retry fits the 1.9 s deadline, attempt 2 ends at ~2 s and
    // a third would start past it.
    assert_eq!(srv.connections(), 2, "{}", run.stderr);
    assert!(
        hint_lines(&run.stderr).contains(
            &"stopped after 1 retry: the next would start past the retry deadline of 1.9 s \
              (AKAMAI_RETRY_DEADLINE)"
        ),
        "{}",
        run.stderr
    );
}

// 4. Bounded waiting, never silent.

#[test]
fn a_wait_past_the_deadline_ends_the_command_at_once_saying_when_to_come_back() {
    let srv = MockServer::always(
        Reply::problem(429, &fixture::rate_limited_429()).with_header("Retry-After", "999999"),
    );
    // No waiting: a wait of 999999 s would be stopped by the harness's process limit, which
    // fails the test; one request, no retry.
    let run = Moks::new(&srv).run(&["rotate", "--id", "7"]);
    run.code(4);
    assert_eq!(srv.requests().len(), 1);
    let hints = hint_lines(&run.stderr);
    assert_eq!(hints.len(), 1, "{}", run.stderr);
    let (at, rest) = hints[0]
        .strip_prefix("the API takes requests again at ")
        .and_then(|h| h.split_once(' '))
        .unwrap_or_else(|| panic!("{}", run.stderr));
    // A real instant ~11.6 days from now.
    let at =
        time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).unwrap();
    let ahead = at - time::OffsetDateTime::now_utc();
    assert!(
        (ahead.whole_seconds() - 999_999).abs() < 60,
        "{}",
        run.stderr
    );
    assert_eq!(
        rest,
        "(in 11 d 13 h), past the retry deadline of 5 min (AKAMAI_RETRY_DEADLINE): moks stopped \
         without waiting"
    );
}

#[test]
fn a_wait_over_a_second_is_announced_without_verbose() {
    let srv = MockServer::replies(vec![
        Reply::problem(503, &json!({"title": "Service Unavailable"}))
            .with_header("Retry-After", "2"),
        Reply::json(200, &fixture::ca_cert_list()),
    ]);
    let run = Moks::new(&srv).run(&["get-ca-cert"]);
    run.code(0);
    assert_eq!(
        run.stderr,
        "moks: the API answered 503 Service Unavailable; waiting 2.0 s as its Retry-After \
         header asks before retry 1 of 10\n"
    );
    assert_eq!(srv.requests().len(), 2);
}

#[test]
fn network_retries_are_announced_and_stop_at_the_deadline() {
    // Connections closed before any answer (a refused one on this machine is not retried).
    let srv = Hostile::start(|c| {
        c.read_request();
    });
    let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""))
        .env("AKAMAI_RETRY_WAIT_MIN", "1.2s")
        .env("AKAMAI_RETRY_WAIT_MAX", "1.2s")
        .env("AKAMAI_RETRY_DEADLINE", "2s");
    let run = m.run(&["get-ca-cert"]);
    run.code(6);
    let waits: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("moks: request to "))
        .collect();
    assert_eq!(waits.len(), 1, "{}", run.stderr);
    assert!(
        waits[0].ends_with("; waiting 1.2 s before retry 1 of 10"),
        "{}",
        waits[0]
    );
    assert!(hint_lines(&run.stderr).contains(
        &"stopped after 1 retry: the next would start past the retry deadline of 2.0 s \
          (AKAMAI_RETRY_DEADLINE)"
    ));
}

#[test]
fn a_retry_deadline_that_is_not_a_duration_is_a_configuration_error() {
    let srv = Hostile::counting();
    let run = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), ""))
        .env("AKAMAI_RETRY_DEADLINE", "forever")
        .run(&["get-ca-cert"]);
    run.code(3);
    assert_eq!(
        run.error_line(),
        "AKAMAI_RETRY_DEADLINE is 'forever': expected a duration such as 1s, 500ms or 2m"
    );
    assert_eq!(srv.connections(), 0);
}

// 7. Exit codes and messages that tell the truth.

#[test]
fn a_2xx_that_is_not_json_exits_5_on_every_command_with_an_escaped_excerpt() {
    let html = "<html>\u{1b}]0;owned\u{7}<body>Service  temporarily\n unavailable</body></html>";
    let srv = MockServer::always(Reply::raw(200, "text/html", html));
    let m = Moks::new(&srv);
    for (label, args) in commands(&m) {
        let run = run(&m, &args);
        assert_eq!(run.code, 5, "{label}: {}", run.stderr);
        assert_eq!(
            run.error_line(),
            "the API answered 200 OK with a body that is not JSON (expected value at line 1 \
             column 1): <html>\\u{1b}]0;owned\\u{7}<body>Service temporarily \
             unavailable</body></html>",
            "{label}"
        );
        assert!(!run.stderr.contains('\u{1b}'), "{label}");
        assert_eq!(run.stdout, "", "{label}");
    }
}

#[test]
fn a_truncated_or_misshapen_2xx_exits_5() {
    for (body, want) in [
        (
            r#"{"certificates": [{"certificateId": 1"#,
            "the API answered 200 OK with a body that is not JSON (EOF while parsing an object \
             at line 1 column 37): {\"certificates\": [{\"certificateId\": 1",
        ),
        (
            r#"{"certificates": 5}"#,
            "the API answered 200 OK with a 'certificates' that is not a list: 5",
        ),
        (
            "[1, 2]",
            "the API answered 200 OK with [1,2] where an object with a 'certificates' list was \
             expected",
        ),
    ] {
        let srv = MockServer::always(Reply::raw(200, "application/json", body));
        let m = Moks::new(&srv);
        for args in [
            vec!["get-ca-cert"],
            vec!["get-client-cert"],
            vec!["rotate", "--name", "origin-alpha"],
        ] {
            let run = m.run(&args);
            run.code(5);
            assert_eq!(run.error_line(), want, "{args:?}");
        }
    }
}

#[test]
fn an_object_answer_of_another_shape_exits_5() {
    let srv = MockServer::always(Reply::raw(200, "application/json", "[1, 2]"));
    let run = Moks::new(&srv).run(&["get-client-cert", "--id", "7"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API answered 200 OK with [1,2] where the client certificate was expected"
    );
    let srv = MockServer::after_versions(Reply::raw(201, "application/json", "\"ok\""));
    let run = Moks::new(&srv).run(&["rotate", "--id", "7"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API answered 201 Created with \"ok\" where a new version of client certificate 7 \
         was expected"
    );
    // A name that matches an entry without a certificateId cannot be resolved.
    let srv = MockServer::always(Reply::json(
        200,
        &json!({"certificates": [{"certificateName": "origin-alpha"}]}),
    ));
    let run = Moks::new(&srv).run(&["rotate", "--name", "origin-alpha"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API listed client certificate 'origin-alpha' without a numeric certificateId"
    );
    assert_eq!(srv.requests().len(), 1, "nothing rotated");
}

#[test]
fn an_empty_2xx_where_an_object_or_list_is_needed_exits_5() {
    let srv = MockServer::always(Reply::empty(200));
    let m = Moks::new(&srv);
    for (args, what) in [
        (vec!["get-ca-cert"], "an object with a 'certificates' list"),
        (
            vec!["get-client-cert"],
            "an object with a 'certificates' list",
        ),
        (
            vec!["get-client-cert-version", "--id", "7"],
            "an object with a 'versions' list",
        ),
        (
            vec!["get-client-cert", "--id", "7"],
            "the client certificate",
        ),
        (
            vec![
                "remove-version",
                "--id",
                "7",
                "--version",
                "latest",
                "--yes",
            ],
            "an object with a 'versions' list",
        ),
    ] {
        let run = m.run(&args);
        run.code(5);
        assert_eq!(
            run.error_line(),
            format!("the API answered 200 OK without a body where {what} was expected"),
            "{args:?}"
        );
    }
    let run = m.run(&["get-client-cert", "--id", "7"]);
    assert_eq!(run.stdout, "");
    // Where the API documents no body (PATCH, upload), or none is needed (DELETE 204),
    // an empty answer is still success.
    m.run(&["set-client-cert", "--id", "7", "--new-name", "x"])
        .code(0);
    let srv = MockServer::after_versions(Reply::empty(204));
    Moks::new(&srv)
        .run(&["remove-version", "--id", "7", "--version", "2", "--yes"])
        .code(0);
}

#[test]
fn an_empty_answer_to_a_create_does_not_claim_a_certificate_exists() {
    let srv = MockServer::after_versions(Reply::empty(201));
    let m = Moks::new(&srv);
    let all = commands(&m);
    let create = &all.iter().find(|(l, _)| *l == "new-client-cert").unwrap().1;
    for json in [false, true] {
        let mut args = create.clone();
        if json {
            args.push("--json".into());
        }
        let run = run(&m, &args);
        run.code(5);
        assert_eq!(run.stdout, "", "nothing printed as though it existed");
        assert_eq!(
            run.error_line(),
            "the API answered 201 Created without a body: the client certificate may have been \
             created, but the API did not say"
        );
        assert_eq!(
            hint_lines(&run.stderr),
            vec!["before trying again, see what exists with: moks get-client-cert --name origin-x"]
        );
    }
    let run = m.run(&["rotate", "--id", "7"]);
    run.code(5);
    assert_eq!(
        run.error_line(),
        "the API answered 201 Created without a body: a new version of client certificate 7 may \
         have been created, but the API did not say"
    );
    assert_eq!(
        hint_lines(&run.stderr),
        vec!["before trying again, see what exists with: moks get-client-cert-version --id 7"]
    );
    assert!(!run.stdout.contains("rotated"));
}

#[test]
fn a_refused_connection_gets_no_tls_hint_whatever_the_names_say() {
    let refused = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    // The API path itself says "mtls"; a host named mtls-… (reached through a proxy, so no
    // name is resolved) says "mtls" and "tls" and "certificate".
    let direct = Moks::with_edgerc(&fixture::edgerc(&format!("http://127.0.0.1:{refused}"), ""))
        .env("AKAMAI_RETRY_DISABLED", "1");
    let proxied = Moks::with_edgerc(&fixture::edgerc("http://mtls-tls-certificate.invalid", ""))
        .env("AKAMAI_RETRY_DISABLED", "1")
        .env("MOKS_ALLOW_PLAIN_HTTP", "1")
        .env("HTTP_PROXY", &format!("http://127.0.0.1:{refused}"))
        .env("http_proxy", &format!("http://127.0.0.1:{refused}"));
    for (m, host) in [
        (direct, format!("127.0.0.1:{refused}")),
        (proxied, "mtls-tls-certificate.invalid".to_string()),
    ] {
        let run = m.run(&["get-ca-cert"]);
        run.code(6);
        assert!(
            run.error_line()
                .starts_with(&format!("cannot connect to {host}")),
            "{}",
            run.stderr
        );
        // No TLS hint; the refused one on this machine names where host came from.
        let hints = hint_lines(&run.stderr);
        assert!(
            hints
                .iter()
                .all(|h| h.starts_with("check host in section [default]")),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_self_signed_tls_server_gets_the_ca_cert_hint_and_no_retry() {
    let srv = Hostile::tls_self_signed(|c| {
        let _ = c.read_request();
    });
    let run = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), "")).run(&["get-ca-cert"]);
    run.code(6);
    assert!(
        run.error_line()
            .starts_with(&format!("cannot connect to 127.0.0.1:{}: ", srv.port())),
        "{}",
        run.stderr
    );
    assert_eq!(
        hint_lines(&run.stderr),
        vec!["to trust a private CA (e.g. the sandbox's with --tls), pass --ca-cert FILE"]
    );
    assert_eq!(
        srv.connections(),
        1,
        "a rejected certificate is not retried"
    );
}

#[test]
fn user_agent_parts_from_the_environment_are_cleaned_not_a_builder_error() {
    let srv = MockServer::always(Reply::json(200, &fixture::ca_cert_list()));
    let run = Moks::new(&srv)
        .env("AKAMAI_CLI", "1")
        .env("AKAMAI_CLI_VERSION", "2.0\u{1}\u{7f}é beta")
        .env("AKAMAI_CLI_COMMAND", "moks")
        .env("AKAMAI_CLI_COMMAND_VERSION", "0.1\t")
        .run(&["get-ca-cert"]);
    run.code(0);
    assert_eq!(
        srv.only_request().header("user-agent"),
        Some(
            format!(
                "moks/{} AkamaiCLI/2.0____beta AkamaiCLI-moks/0.1",
                env!("CARGO_PKG_VERSION")
            )
            .as_str()
        )
    );
}

#[test]
fn a_credential_a_header_cannot_carry_is_refused_before_sending() {
    let srv = Hostile::counting();
    // From the environment: a line break in the client token.
    let run = Moks::without_edgerc()
        .env("AKAMAI_HOST", &srv.base_url())
        .env(
            "AKAMAI_CLIENT_TOKEN",
            &format!("{CLIENT_TOKEN}\r\nX-Injected: 1"),
        )
        .env("AKAMAI_CLIENT_SECRET", CLIENT_SECRET)
        .env("AKAMAI_ACCESS_TOKEN", ACCESS_TOKEN)
        .run(&["get-ca-cert"]);
    run.code(3);
    assert_eq!(
        run.error_line(),
        format!(
            "cannot send the credentials: the client_token holds a line break at character {}, \
             which an HTTP header cannot carry",
            CLIENT_TOKEN.len() + 1
        )
    );
    assert!(!run.stderr.contains("X-Injected"));
    // From the .edgerc: a control character, then a non-ASCII one, in the access token.
    for (token, why) in [
        (
            format!("{ACCESS_TOKEN}\u{7}"),
            "a control character (U+0007)",
        ),
        (format!("é{ACCESS_TOKEN}"), "a non-ASCII character"),
    ] {
        let text = format!(
            "[default]\nhost = {}\nclient_token = {CLIENT_TOKEN}\nclient_secret = \
             {CLIENT_SECRET}\naccess_token = {token}\n",
            srv.base_url()
        );
        let run = Moks::with_edgerc(&text).run(&["get-ca-cert"]);
        run.code(3);
        assert!(
            run.error_line().starts_with(&format!(
                "cannot send the credentials: the access_token holds {why}"
            )),
            "{}",
            run.stderr
        );
    }
    assert_eq!(srv.connections(), 0, "nothing was sent");
}
