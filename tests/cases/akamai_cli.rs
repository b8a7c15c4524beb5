//! `akamai moks …`: the Akamai CLI finds the executable `akamai-moks` of the package whose
//! `cli.json` names the command `moks`, sets `AKAMAI_CLI`, `AKAMAI_CLI_VERSION`,
//! `AKAMAI_CLI_COMMAND` and `AKAMAI_CLI_COMMAND_VERSION`, and passes its own `--edgerc`,
//! `--section` and `--accountkey` first, before the user's arguments. These tests run
//! `akamai-moks` that way, against `moks sandbox serve` and the mock server.

use std::process::{Command, Stdio};

use serde_json::Value;

use super::sandbox::Served;
use crate::common::{fixture, path, MockServer, Moks, Reply};

/// `akamai-moks` as the Akamai CLI runs it: its environment, nothing else.
fn akamai_moks(home: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_akamai-moks"));
    c.env_clear()
        .env("HOME", home)
        .env("AKAMAI_CLI", "1")
        .env("AKAMAI_CLI_VERSION", "2.0.1")
        .env("AKAMAI_CLI_COMMAND", "moks")
        .env("AKAMAI_CLI_COMMAND_VERSION", env!("CARGO_PKG_VERSION"))
        .stdin(Stdio::null());
    c
}

#[test]
fn global_flags_first_reach_the_sandbox_server() {
    let served = Served::start(&["--seed", "2"]);
    let home = tempfile::tempdir().unwrap();
    let out = akamai_moks(home.path())
        .arg("--edgerc")
        .arg(&served.edgerc)
        .args(["--section", "sandbox", "--accountkey", "none"])
        .args(["get-client-cert", "--json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    // `config check` too, and a command that takes none of them (completions) ignores them.
    for args in [&["config", "check"][..], &["completions", "bash"]] {
        let out = akamai_moks(home.path())
            .arg("--edgerc")
            .arg(&served.edgerc)
            .args(["--section", "sandbox", "--accountkey", "none"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_account_key_passed_first_is_sent_and_the_user_agent_names_the_akamai_cli() {
    let srv = MockServer::replies(vec![Reply::json(200, &fixture::ca_cert_list())]);
    let m = Moks::new(&srv).akamai_cli();
    let run = m.run(&[
        "--section",
        "default",
        "--accountkey",
        "ACC-1",
        "get-ca-cert",
    ]);
    run.code(0);
    let req = srv.only_request();
    assert_eq!(req.path, path("/ca-certificates"));
    assert_eq!(req.query.as_deref(), Some("accountSwitchKey=ACC-1"));
    let ua = req.header("user-agent").unwrap();
    assert!(
        ua.ends_with(&format!(
            " AkamaiCLI/2.0.1 AkamaiCLI-moks/{}",
            env!("CARGO_PKG_VERSION")
        )),
        "{ua}"
    );
}

#[test]
fn messages_name_the_program_akamai_moks() {
    let srv = MockServer::replies(vec![Reply::problem(404, &fixture::not_found_404())]);
    let m = Moks::new(&srv).akamai_cli();
    let run = m.run(&["get-client-cert", "--id", "1"]);
    run.code(4);
    assert!(
        run.stderr.starts_with("akamai moks: error: "),
        "{}",
        run.stderr
    );
    // A usage error: nothing sent, and the hint says how to get help as it is run.
    let run = m.run(&["rotate", "--id", "x"]);
    run.code(2);
    assert!(run
        .stderr
        .ends_with("hint: see 'akamai moks --help' or 'akamai moks <command> --help'\n"));
    // Plain `moks` under the Akamai CLI's environment says the same.
    let run = Moks::without_edgerc()
        .env("AKAMAI_CLI", "1")
        .run(&["rotat"]);
    assert!(run
        .stderr
        .starts_with("akamai moks: error: unrecognized subcommand 'rotat'"));
    // Without it, `moks`.
    let run = Moks::without_edgerc().run(&["rotat"]);
    assert!(run
        .stderr
        .starts_with("moks: error: unrecognized subcommand 'rotat'"));
}

#[test]
fn hints_name_the_program_akamai_moks() {
    let versions = serde_json::json!({"versions": [
        {"version": 2, "status": "AWAITING_SIGNED_CERTIFICATE"},
        {"version": 1, "status": "DEPLOYED"}]});
    let srv = MockServer::always(Reply::json(200, &versions));
    let run = Moks::new(&srv)
        .akamai_cli()
        .run(&["wait", "--id", "7", "--wait-timeout", "5s"]);
    run.code(4);
    assert!(
        run.stderr
            .contains("hint: get its CSR: akamai moks get-csr --id 7 --version 2 > v2.csr\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("hint: once signed: akamai moks complete-version --id 7 --version 2"),
        "{}",
        run.stderr
    );
}

#[test]
fn cli_json_describes_this_package() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/cli.json")).unwrap();
    let pkg: Value = serde_json::from_str(&text).unwrap();
    let commands = pkg["commands"].as_array().unwrap();
    assert_eq!(commands.len(), 1);
    let moks = &commands[0];
    assert_eq!(moks["name"], "moks", "the Akamai CLI runs akamai-<name>");
    assert_eq!(moks["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        moks["description"],
        "Manage mTLS Origin Keystore (MOKS) client certificates and Edge Truststore CA sets"
    );
    // The Akamai CLI builds only Go, Python, JavaScript, Ruby and PHP packages and ignores
    // other requirements: this one says what building it needs, for people.
    assert_eq!(pkg["requirements"]["rust"], env!("CARGO_PKG_RUST_VERSION"));
    // The executable it names is the one this package builds.
    assert!(std::path::Path::new(env!("CARGO_BIN_EXE_akamai-moks")).ends_with("akamai-moks"));
}
