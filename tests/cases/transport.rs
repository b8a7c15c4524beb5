//! The transport's answers to a mistyped or unsafe `host` and its retry messages, through
//! the binary: a name that does not resolve and a connection refused on this machine fail
//! at once (no retry) with a hint naming `host` in the `.edgerc` section; every retry is
//! said after a network failure, the first as "retry 1 of N"; a password in `host` and plain `http://` to another
//! machine are refused (exit 3, nothing sent); an `.edgerc` over 1 MiB is refused (exit 3).

use crate::common::hostile::{answer, Hostile};
use crate::common::{fixture, MockServer, Moks};

/// The hint every lasting network failure gives: where `host` came from.
fn assert_host_hint(stderr: &str) {
    assert!(
        stderr.contains("hint: check host in section [default] of ")
            && stderr.contains("test.edgerc: moks sends its requests to "),
        "{stderr}"
    );
    assert!(!stderr.contains("before retry"), "not retried: {stderr}");
}

#[test]
fn a_connection_refused_on_this_machine_is_not_retried_and_names_host() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let m = Moks::with_edgerc(&fixture::edgerc(&format!("http://127.0.0.1:{port}"), ""));
    let run = m.run(&["get-ca-cert"]);
    run.code(6);
    assert!(
        run.stderr
            .starts_with(&format!("moks: error: cannot connect to 127.0.0.1:{port}")),
        "{}",
        run.stderr
    );
    assert_host_hint(&run.stderr);
}

#[test]
fn a_name_that_does_not_resolve_is_not_retried_and_names_host() {
    // `.invalid` never resolves (a reserved top-level domain).
    let m = Moks::with_edgerc(&fixture::edgerc("https://moks-test.invalid", ""));
    let run = m.run(&["get-ca-cert"]);
    run.code(6);
    assert!(
        run.stderr.starts_with(
            "moks: error: cannot connect to moks-test.invalid: the name was not resolved"
        ),
        "{}",
        run.stderr
    );
    assert_host_hint(&run.stderr);
}

#[test]
fn every_network_retry_is_said_and_the_first_is_retry_1() {
    // The first two connections are closed before any answer; the third is answered.
    let body = serde_json::to_vec(&fixture::ca_cert_list()).unwrap();
    let srv = Hostile::start(move |c| {
        if c.read_request().is_some() && c.index >= 2 {
            c.write(&answer(
                "200 OK",
                &[("Content-Type", "application/json")],
                &body,
            ));
        }
    });
    let run = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), "")).run(&["get-ca-cert"]);
    run.code(0);
    let said: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("before retry"))
        .collect();
    assert_eq!(said.len(), 2, "{}", run.stderr);
    assert!(said[0].ends_with("before retry 1 of 10"), "{said:?}");
    assert!(said[1].ends_with("before retry 2 of 10"), "{said:?}");
}

#[test]
fn a_password_in_host_is_refused_without_showing_it() {
    let srv = MockServer::replies(vec![]);
    let host = srv.base_url().replace("http://", "http://user:hunter2pw@");
    let m = Moks::with_edgerc(&fixture::edgerc(&host, ""));
    for args in [
        vec!["get-ca-cert"],
        vec!["--dry-run", "get-ca-cert"],
        vec!["-v", "get-ca-cert"],
        vec!["config", "check"],
    ] {
        let run = m.run(&args);
        run.code(3);
        assert!(
            run.stderr.contains("holds a user name or password"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("hunter2pw") && !run.stdout.contains("hunter2pw"),
            "{args:?}: {}{}",
            run.stdout,
            run.stderr
        );
    }
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn plain_http_to_another_machine_is_refused_unless_asked_for() {
    let m = Moks::with_edgerc(&fixture::edgerc("http://api.example.com", ""));
    let run = m.run(&["get-ca-cert"]);
    run.code(3);
    assert!(
        run.stderr.contains(
            "is plain http:// to api.example.com, a host not on this machine: requests and \
             answers would cross the network unencrypted"
        ) && run.stderr.contains("MOKS_ALLOW_PLAIN_HTTP=1"),
        "{}",
        run.stderr
    );
    // Asked for: accepted (shown, not sent).
    let run = m
        .env("MOKS_ALLOW_PLAIN_HTTP", "1")
        .run(&["--dry-run", "get-ca-cert"]);
    run.code(0);
    assert!(
        run.stdout.starts_with("GET http://api.example.com/"),
        "{}",
        run.stdout
    );
}

#[test]
fn timeout_takes_the_duration_grammar_of_every_flag() {
    // One grammar: 20s, 500ms, 2m and a bare number of seconds, as --wait-timeout takes.
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    for t in ["20s", "500ms", "2m", "60", "1.5"] {
        m.run(&["--dry-run", "--timeout", t, "get-ca-cert"]).code(0);
    }
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn an_edgerc_over_1_mib_is_refused_with_exit_3() {
    let srv = MockServer::replies(vec![]);
    let padding = "; padding\n".repeat(110_000);
    let m = Moks::with_edgerc(&fixture::edgerc(&srv.base_url(), &padding));
    let run = m.run(&["get-ca-cert"]);
    run.code(3);
    assert!(
        run.stderr
            .contains("it is larger than 1 MiB, the most moks reads of a credentials file"),
        "{}",
        run.stderr
    );
    assert!(srv.requests_unchecked().is_empty());
}

/// Runs moks with its address space limited to 1 GiB (a small multiple of the 32 MiB cap).
#[cfg(unix)]
fn run_within_1_gib(m: &Moks, args: &[&str]) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = m.std_command(args);
    // SAFETY: only setrlimit (one system call, async-signal-safe) runs in the child before exec.
    unsafe {
        cmd.pre_exec(|| {
            use rustix::process::{setrlimit, Resource, Rlimit};
            let limit = Rlimit {
                current: Some(1 << 30),
                maximum: Some(1 << 30),
            };
            setrlimit(Resource::As, limit).map_err(std::io::Error::from)?;
            Ok(())
        });
    }
    cmd.output().unwrap()
}

#[cfg(unix)]
#[test]
fn a_list_of_tiny_items_just_under_the_cap_exits_5_within_a_small_multiple_of_it() {
    let cap = 32 << 20;
    for item in ["[]", "{}", r#"{"a":1}"#] {
        let n = (cap - 100) / (item.len() + 1);
        let mut body = String::with_capacity(cap);
        body.push_str(r#"{"certificates":["#);
        for i in 0..n {
            if i > 0 {
                body.push(',');
            }
            body.push_str(item);
        }
        body.push_str("]}");
        assert!(body.len() < cap);
        let srv = MockServer::replies(vec![crate::common::Reply::raw(
            200,
            "application/json",
            &body,
        )]);
        let out = run_within_1_gib(&Moks::new(&srv), &["get-client-cert"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{item}: {stderr}");
        assert!(
            stderr.starts_with("moks: error: the API answered 200 OK, but its body cannot be an answer: it holds about "),
            "{item}: {stderr}"
        );
    }
}
