//! Every command against the documented API errors: 404 resource-not-found, 400 with nested
//! `errors[]`, 409, and 429 then 200 (retried, POST too); 503 retried for GET only. Checks
//! the stderr message, the exit code, the number of calls, and that `--json` prints the
//! server's error body unchanged on stdout.

use serde_json::json;

use crate::common::{fixture, new_client_cert, path, MockServer, Moks, Reply};

struct Case {
    label: &'static str,
    args: Vec<String>,
    /// `METHOD path` of the reads the command makes first (answered well, see [`server`]).
    reads: Vec<String>,
    /// `METHOD path` the command sends.
    line: String,
}

impl Case {
    /// Every request of the command, in order.
    fn lines(&self) -> Vec<String> {
        let mut all = self.reads.clone();
        all.push(self.line.clone());
        all
    }
}

/// The certificate whose versions list is read before a rotate or delete.
const LISTED: &str = "180132";

/// A server answering the reads made before a rotate or delete (certificate [`LISTED`]) with
/// two deployed versions, and everything else with `reply` (a `GET …/versions` of another
/// certificate included: that is the call under test).
fn server(reply: Reply) -> MockServer {
    let listed = path(&format!("/client-certificates/{LISTED}/versions"));
    MockServer::start(move |req| {
        if req.method == "GET" && req.path == listed {
            Reply::json(200, &fixture::two_deployed_versions())
        } else {
            reply.clone()
        }
    })
}

fn s(a: &[&str]) -> Vec<String> {
    a.iter().map(|x| x.to_string()).collect()
}

/// One invocation of each command (ids given, so each makes exactly one call besides the
/// reads a rotate or delete makes first).
fn cases(m: &Moks) -> Vec<Case> {
    let (pem, _, _) = fixture::certificate("leaf.example");
    let cert = m.file("signed.pem", pem);
    let cert = cert.to_str().unwrap();
    vec![
        Case {
            label: "get-ca-cert",
            args: s(&["get-ca-cert"]),
            reads: vec![],
            line: format!("GET {}", path("/ca-certificates")),
        },
        Case {
            label: "get-client-cert (list)",
            args: s(&["get-client-cert"]),
            reads: vec![],
            line: format!("GET {}", path("/client-certificates")),
        },
        Case {
            label: "get-client-cert --id",
            args: s(&["get-client-cert", "--id", "180131"]),
            reads: vec![],
            line: format!("GET {}", path("/client-certificates/180131")),
        },
        Case {
            label: "new-client-cert",
            args: new_client_cert(&[]),
            reads: vec![],
            line: format!("POST {}", path("/client-certificates")),
        },
        Case {
            label: "set-client-cert",
            args: s(&["set-client-cert", "--id", "180131", "--new-name", "x"]),
            reads: vec![],
            line: format!("PATCH {}", path("/client-certificates/180131")),
        },
        Case {
            label: "get-client-cert-version",
            args: s(&["get-client-cert-version", "--id", "180131"]),
            reads: vec![],
            line: format!("GET {}", path("/client-certificates/180131/versions")),
        },
        Case {
            label: "rotate",
            args: s(&["rotate", "--id", LISTED]),
            reads: vec![format!(
                "GET {}",
                path(&format!("/client-certificates/{LISTED}/versions"))
            )],
            line: format!(
                "POST {}",
                path(&format!("/client-certificates/{LISTED}/versions"))
            ),
        },
        Case {
            label: "complete-version",
            args: s(&[
                "complete-version",
                "--skip-local-checks",
                "--id",
                "180131",
                "--version",
                "2",
                "--certificate-file",
                cert,
            ]),
            reads: vec![],
            line: format!(
                "POST {}",
                path("/client-certificates/180131/versions/2/certificate-block")
            ),
        },
        Case {
            label: "remove-version",
            args: s(&["remove-version", "--id", LISTED, "--version", "2", "--yes"]),
            reads: vec![format!(
                "GET {}?includeAssociatedProperties=true",
                path(&format!("/client-certificates/{LISTED}/versions"))
            )],
            line: format!(
                "DELETE {}",
                path(&format!("/client-certificates/{LISTED}/versions/2"))
            ),
        },
    ]
}

fn run_case(m: &Moks, c: &Case, json: bool) -> crate::common::Run {
    let mut a: Vec<&str> = c.args.iter().map(String::as_str).collect();
    if json {
        a.push("--json");
    }
    m.run(&a)
}

/// For each command: one run with `reply`, one with `--json`; both must exit `code`, send
/// exactly one request each besides its first reads (no retry of a 4xx), print `stderr`,
/// and under `--json` put `body` on stdout unchanged.
fn each_command_refused(reply: Reply, code: i32, stderr: &str) {
    let body = String::from_utf8(reply.body.clone()).unwrap();
    for json in [false, true] {
        let srv = server(reply.clone());
        let m = Moks::new(&srv);
        let all = cases(&m);
        for c in &all {
            let run = run_case(&m, c, json);
            assert_eq!(run.code, code, "{} (json {json}): {}", c.label, run.stderr);
            // A 404 for a certificate given by --id says that no certificate has it.
            let want = match c.label {
                "get-client-cert --id" if code == 4 && stderr.contains("Not Found") => format!(
                    "{stderr}hint: no client certificate has id 180131; list them with: moks \
                     get-client-cert\n"
                ),
                _ => stderr.to_string(),
            };
            assert_eq!(run.stderr, want, "{} (json {json})", c.label);
            let want_out = if json {
                format!("{body}\n")
            } else {
                String::new()
            };
            assert_eq!(run.stdout, want_out, "{} (json {json})", c.label);
        }
        let lines = srv.lines();
        let want: Vec<String> = all.iter().flat_map(Case::lines).collect();
        assert_eq!(lines, want, "one request per command, none retried");
    }
}

#[test]
fn not_found_404_on_every_command() {
    // Sent byte for byte with odd spacing, so "unchanged" is really checked.
    let body = r#"{"type": "resource-not-found",  "title":"Resource Not Found","detail":"The requested resource could not be found on the server.","field":"certificateId","value":"180131","status":404,"instance":"32be8a77-cc41-495e-94d8-cb536afea149","problemId":"32be8a77-cc41-495e-94d8-cb536afea149"}"#;
    each_command_refused(
        Reply::raw(404, "application/problem+json", body),
        4,
        "moks: error: Resource Not Found: The requested resource could not be found on the server.\n  \
         problemId: 32be8a77-cc41-495e-94d8-cb536afea149\n",
    );
}

#[test]
fn bad_request_400_with_nested_errors_on_every_command() {
    let body = serde_json::to_string(&fixture::bad_request_400()).unwrap();
    each_command_refused(
        Reply::raw(400, "application/problem+json", &body),
        4,
        "moks: error: Bad Request\n  \
         certificate: Certificate is either invalid or cannot not be accepted.\n  \
         certificateName: Certificate with same name already exists.\n  \
         problemId: 7cc378a1-ba9e-41a6-8255-27ee0a5a3897\n",
    );
}

#[test]
fn conflict_409_on_every_command() {
    let body = serde_json::to_string_pretty(&fixture::conflict_409()).unwrap();
    each_command_refused(
        Reply::raw(409, "application/problem+json", &body),
        4,
        "moks: error: Conflict: Another operation is in progress on this certificate.\n  \
         problemId: 0a0a0a0a-1111-2222-3333-444444444444\n",
    );
}

#[test]
fn rate_limited_429_then_200_is_retried_on_every_command_post_included() {
    let srv = MockServer::start({
        let mut n = 0;
        move |_| {
            n += 1;
            if n % 2 == 1 {
                Reply::problem(429, &fixture::rate_limited_429()).with_header("Retry-After", "0")
            } else {
                let mut answer = fixture::two_deployed_versions();
                answer["certificates"] = json!([]);
                Reply::json(200, &answer)
            }
        }
    });
    let m = Moks::new(&srv);
    let all = cases(&m);
    for c in &all {
        let run = run_case(&m, c, false);
        assert_eq!(run.code, 0, "{}: {}", c.label, run.stderr);
        // Nothing said but that a list is empty ("no client certificates"), and what a
        // delete of a deployed version blocks.
        assert!(
            run.stderr.lines().all(|l| l.starts_with("no ")
                || l.contains("is DELETE_PENDING until its scheduled delete date")),
            "{}: {}",
            c.label,
            run.stderr
        );
    }
    let reqs = srv.requests();
    let want: Vec<(&str, String)> = all
        .iter()
        .flat_map(|c| c.lines().into_iter().map(|l| (c.label, l)))
        .collect();
    assert_eq!(reqs.len(), 2 * want.len());
    for (pair, (label, line)) in reqs.chunks(2).zip(&want) {
        assert_eq!(&pair[0].line(), line, "{label}");
        assert_eq!(&pair[1].line(), line, "{label}: same request again");
        assert_eq!(pair[0].body, pair[1].body, "{label}");
        assert_ne!(pair[0].nonce(), pair[1].nonce(), "{label}: fresh nonce");
    }
}

#[test]
fn rate_limited_429_that_persists_gives_up_with_exit_4() {
    let srv = MockServer::always(
        Reply::problem(429, &fixture::rate_limited_429()).with_header("Retry-After", "0"),
    );
    let run = Moks::new(&srv).env("AKAMAI_RETRY_MAX", "2").run(&[
        "set-client-cert",
        "--id",
        "1",
        "--new-name",
        "x",
    ]);
    run.code(4);
    assert_eq!(
        run.stderr,
        "moks: error: Global Service Rate Limit Exceeded: Too many overall requests to the service. \
         This is unrelated to your client's rate limit. Please try after 2024-07-22T06:23:37.255Z\n"
    );
    assert_eq!(
        srv.requests().len(),
        3,
        "first try + AKAMAI_RETRY_MAX retries"
    );
}

#[test]
fn service_unavailable_503_on_get_is_retried_then_200() {
    let srv = MockServer::replies(vec![
        Reply::problem(503, &json!({"title": "Service Unavailable"})),
        Reply::problem(503, &json!({"title": "Service Unavailable"})),
        Reply::json(200, &fixture::ca_cert_list()),
    ]);
    let run = Moks::new(&srv).run(&["get-ca-cert", "--json"]);
    run.code(0);
    assert_eq!(run.json(), fixture::ca_cert_list()["certificates"]);
    let reqs = srv.requests();
    assert_eq!(reqs.len(), 3);
    assert!(reqs.iter().all(|r| r.line() == reqs[0].line()));
}

#[test]
fn service_unavailable_503_on_post_patch_delete_is_not_retried() {
    let srv = server(Reply::raw(
        503,
        "text/html",
        "<html><body><h1>503</h1> upstream\n   busy</body></html>",
    ));
    let m = Moks::new(&srv);
    let all = cases(&m);
    let writes: Vec<&Case> = all.iter().filter(|c| !c.line.starts_with("GET ")).collect();
    assert_eq!(writes.len(), 5);
    for c in &writes {
        let run = run_case(&m, c, false);
        assert_eq!(run.code, 5, "{}: {}", c.label, run.stderr);
        // A non-JSON error body: the status and a one-line excerpt.
        assert_eq!(
            run.stderr,
            "moks: error: HTTP 503 Service Unavailable: <html><body><h1>503</h1> upstream busy</body></html>\n",
            "{}",
            c.label
        );
    }
    let want: Vec<String> = writes.iter().flat_map(|c| c.lines()).collect();
    assert_eq!(srv.lines(), want, "exactly one call per write");
}

#[test]
fn persistent_503_on_get_exits_5_after_the_retries() {
    let srv = MockServer::always(Reply::problem(
        503,
        &json!({"title": "Service Unavailable", "detail": "try later"}),
    ));
    let run = Moks::new(&srv).env("AKAMAI_RETRY_MAX", "3").run(&[
        "get-client-cert-version",
        "--id",
        "5",
        "--json",
    ]);
    run.code(5);
    assert_eq!(run.stderr, "moks: error: Service Unavailable: try later\n");
    assert_eq!(
        run.json(),
        json!({"title": "Service Unavailable", "detail": "try later"})
    );
    assert_eq!(srv.requests().len(), 4);
}
