//! Safe delete: `remove-version` asks on a terminal unless `--yes`, needs `--yes` without one
//! (exit 2, nothing sent); refuses, unless `--force`, a version properties use and the last
//! version that is not DELETE_PENDING (exit 4, nothing deleted); says on stderr what goes
//! with a delete (the certificate, and its DELETE_PENDING window) and what a rotation drops.

use serde_json::json;

use super::sandbox::{stderr, Sbx, AKAMAI};
use crate::common::{fixture, path, MockServer, Moks, Reply};

fn list_line(id: &str) -> String {
    format!(
        "GET {}?includeAssociatedProperties=true",
        path(&format!("/client-certificates/{id}/versions"))
    )
}

fn delete_line(id: &str, v: i64) -> String {
    format!(
        "DELETE {}",
        path(&format!("/client-certificates/{id}/versions/{v}"))
    )
}

#[test]
fn without_a_terminal_yes_is_required_and_nothing_is_sent() {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    for extra in [&[][..], &["--force"]] {
        let mut args = vec!["remove-version", "--id", "7", "--version", "2"];
        args.extend_from_slice(extra);
        let run = m.run(&args);
        run.code(2);
        assert_eq!(
            run.error_line(),
            "remove-version needs --yes when it cannot ask (standard input or stderr is not a \
             terminal)"
        );
    }
    // A dry run sends nothing, so it needs no --yes.
    let run = m.run(&["remove-version", "--id", "7", "--version", "2", "--dry-run"]);
    run.code(0);
    assert!(run.stdout.contains("DELETE "), "{}", run.stdout);
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn a_version_properties_use_is_refused_unless_forced_naming_them() {
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::version_list()),
        Reply::json(200, &fixture::version_list()),
        Reply::json(202, &json!({"message": "scheduled"})),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&["remove-version", "--id", "1234", "--version", "3", "--yes"]);
    run.code(4);
    assert_eq!(
        run.error_line(),
        "version 3 of client certificate 1234 is used by 3 properties: via-alias v1 (assetId \
         113, through the CURRENT alias), www v3 (assetId 111), api v9 (assetId 112)"
    );
    assert!(run.stderr.contains(
        "\nhint: to delete it all the same: moks remove-version --id 1234 --version 3 --yes --force\n"
    ));
    assert_eq!(srv.lines(), [list_line("1234")], "nothing deleted");
    let run = m.run(&[
        "remove-version",
        "--id",
        "1234",
        "--version",
        "3",
        "--yes",
        "--force",
    ]);
    run.code(0);
    assert_eq!(run.stdout, "scheduled\n");
    assert_eq!(
        srv.lines()[1..],
        [list_line("1234"), delete_line("1234", 3)]
    );
}

#[test]
fn the_last_live_version_is_refused_unless_forced_then_the_certificate_is_said_to_go() {
    let last = json!({"versions": [
        {"version": 2, "status": "DELETE_PENDING", "scheduledDeleteDate": "2030-01-01T00:00:00Z"},
        {"version": 1, "versionAlias": "CURRENT", "status": "DEPLOYED"}
    ]});
    let srv = MockServer::replies(vec![
        Reply::json(200, &last),
        Reply::json(200, &last),
        Reply::json(
            202,
            &json!({"message": "It's being scheduled to delete on 2030-01-02T00:00:00Z."}),
        ),
        Reply::json(
            200,
            &json!({"versions": [{"version": 1, "status": "AWAITING_SIGNED_CERTIFICATE"}]}),
        ),
        Reply::empty(204),
    ]);
    let m = Moks::new(&srv);
    let run = m.run(&[
        "remove-version",
        "--id",
        "9",
        "--version",
        "current",
        "--yes",
    ]);
    run.code(4);
    assert_eq!(
        run.error_line(),
        "version 1 of client certificate 9 is the last version that is not DELETE_PENDING: \
         deleting it deletes the client certificate"
    );
    assert!(run
        .stderr
        .ends_with("hint: to delete the certificate: moks remove-version --id 9 --version current --yes --force\n"));
    let run = m.run(&[
        "remove-version",
        "--id",
        "9",
        "--version",
        "current",
        "--yes",
        "--force",
        "--json",
    ]);
    run.code(0);
    assert_eq!(
        run.json(),
        json!({"message": "It's being scheduled to delete on 2030-01-02T00:00:00Z."})
    );
    assert_eq!(
        run.stderr,
        "moks: client certificate 9 goes with version 1, its last: it stays listed, \
         DELETE_PENDING, until its scheduled delete date (up to 24 hours), and its name cannot \
         be used again until then\n"
    );
    // A version never deployed goes at once (204), and the certificate with it.
    let run = m.run(&[
        "remove-version",
        "--id",
        "9",
        "--version",
        "1",
        "-y",
        "--force",
    ]);
    run.code(0);
    assert_eq!(run.stdout, "version 1 of client certificate 9 deleted\n");
    assert_eq!(
        run.stderr,
        "moks: client certificate 9 is deleted with version 1, its last\n"
    );
    assert_eq!(
        srv.lines(),
        [
            list_line("9"),
            list_line("9"),
            delete_line("9", 1),
            list_line("9"),
            delete_line("9", 1)
        ]
    );
}

#[test]
fn dry_run_prints_the_list_and_the_delete_and_sends_nothing() {
    let srv = MockServer::replies(vec![]);
    let run = Moks::new(&srv).run(&[
        "remove-version",
        "--name",
        "origin-a",
        "--version",
        "previous",
        "--yes",
        "--dry-run",
    ]);
    run.code(0);
    let firsts: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("GET ") || l.starts_with("DELETE "))
        .collect();
    let base = srv.base_url();
    assert_eq!(
        firsts,
        [
            format!("GET {base}{}", path("/client-certificates")),
            format!(
                "GET {base}{}?includeAssociatedProperties=true",
                path("/client-certificates/{id of 'origin-a'}/versions")
            ),
            format!(
                "DELETE {base}{}",
                path("/client-certificates/{id of 'origin-a'}/versions/{previous version}")
            ),
        ]
    );
    assert!(srv.requests_unchecked().is_empty());
}

#[test]
fn sandbox_deleting_the_last_version_needs_force_and_says_the_certificate_goes() {
    let s = Sbx::new();
    let mut args = vec!["new-client-cert", "--name", "lone"];
    args.extend_from_slice(&AKAMAI);
    let id = s.json(&args)["certificateId"].to_string();
    let out = s.run(&[
        "remove-version",
        "--name",
        "lone",
        "--version",
        "1",
        "--yes",
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let v = s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    assert_eq!(v["status"], "DEPLOYED", "nothing deleted");
    let out = s.run(&[
        "remove-version",
        "--name",
        "lone",
        "--version",
        "1",
        "--yes",
        "--force",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("It's being scheduled to delete on "));
    assert_eq!(
        stderr(&out),
        format!(
            "moks: client certificate {id} ('lone') goes with version 1, its last: it stays \
             listed, DELETE_PENDING, until its scheduled delete date (up to 24 hours), and its \
             name lone cannot be used again until then\n"
        )
    );
    let v = s.json(&["get-client-cert-version", "--id", &id, "--version", "1"]);
    assert_eq!(v["status"], "DELETE_PENDING");
}

#[test]
fn sandbox_rotating_an_akamai_certificate_with_two_versions_names_the_one_dropped() {
    let s = Sbx::new();
    let mut args = vec!["new-client-cert", "--name", "twice"];
    args.extend_from_slice(&AKAMAI);
    let id = s.json(&args)["certificateId"].to_string();
    let out = s.run(&["rotate", "--id", &id]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "one version before: nothing dropped");
    let out = s.run(&["rotate", "--id", &id]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "moks: version 1 of client certificate {id} was removed: an Akamai-signed \
             certificate keeps two versions, and rotating drops the oldest\n"
        )
    );
    let v = s.json(&["get-client-cert-version", "--id", &id]);
    let numbers: Vec<i64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["version"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [3, 2], "version 1 is gone, as said");
}

#[cfg(unix)]
#[test]
fn on_a_terminal_it_asks_first_and_only_yes_deletes() {
    use crate::common::pty::Pty;
    let srv = MockServer::replies(vec![
        Reply::json(200, &fixture::two_deployed_versions()),
        Reply::json(200, &fixture::two_deployed_versions()),
        Reply::json(202, &json!({"message": "scheduled"})),
    ]);
    let m = Moks::new(&srv);
    for (answer, code) in [("n\n", 2), ("yes\n", 0)] {
        // Colour is tested elsewhere (tests/cases/terminal.rs): plain text here.
        let mut cmd = m.std_command(&["remove-version", "--id", "7", "--version", "2"]);
        cmd.env("NO_COLOR", "1");
        let mut pty = Pty::spawn(cmd, true);
        pty.wait_for("[y/N] ");
        pty.type_text(answer);
        let (got, stdout, screen) = pty.finish();
        assert_eq!(got, code, "{screen}");
        assert!(
            screen.contains(
                "version 2 of client certificate 7 is DEPLOYED: it will be DELETE_PENDING for up \
                 to 24 hours, then gone"
            ),
            "{screen}"
        );
        assert!(
            screen.contains("delete version 2 of client certificate 7? [y/N] "),
            "{screen}"
        );
        if code == 2 {
            assert!(
                screen.contains(
                    "moks: error: not confirmed: version 2 of client certificate 7 was not deleted"
                ),
                "{screen}"
            );
            assert_eq!(stdout, "");
        } else {
            assert_eq!(stdout, "scheduled\n");
        }
    }
    assert_eq!(
        srv.lines(),
        [list_line("7"), list_line("7"), delete_line("7", 2)],
        "deleted once, after the yes"
    );
}
