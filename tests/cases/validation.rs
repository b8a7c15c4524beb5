//! Bad input (issue 3 "Input validation"): exit 2, one line naming the flag and the value
//! and what is allowed, and **nothing** received by the server.

use crate::common::{fixture, new_client_cert, MockServer, Moks};

const SEE_HELP: &str = "hint: see 'moks --help' or 'moks <command> --help'\n";

/// Runs `args` against a fresh mock; asserts exit 2, the error line (`{HOME}` stands for the
/// temp home), empty stdout, and that the server received nothing. Returns the full stderr.
#[track_caller]
fn refused(m_setup: impl FnOnce(&Moks) -> Vec<String>, want: &str) -> String {
    let srv = MockServer::replies(vec![]);
    let m = Moks::new(&srv);
    let args = m_setup(&m);
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = m.run(&a);
    run.code(2);
    let want = want.replace("{HOME}", m.home.path().to_str().unwrap());
    assert_eq!(run.error_line(), want, "args {a:?}");
    assert_eq!(run.stdout, "", "args {a:?}");
    assert!(
        srv.requests_unchecked().is_empty(),
        "args {a:?}: the server received {:?}",
        srv.lines()
    );
    run.stderr
}

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

#[test]
fn bad_enum_values_name_the_flag_value_and_allowed_values() {
    let stderr = refused(
        |_| args(&["get-ca-cert", "--status", "current,nope"]),
        "invalid value 'nope' for '--status <STATUS>' [possible values: QUALIFYING, CURRENT, PREVIOUS, EXPIRED]",
    );
    assert!(stderr.ends_with(SEE_HELP), "{stderr}");
    refused(
        |_| args(&["new-client-cert", "--geography", "MARS"]),
        "invalid value 'MARS' for '--geography <GEOGRAPHY>' [possible values: CORE, RUSSIA_AND_CORE, CHINA_AND_CORE]",
    );
    refused(
        |_| new_client_cert(&["--secure-network", "FAST"]),
        "invalid value 'FAST' for '--secure-network <NETWORK>' [possible values: STANDARD_TLS, ENHANCED_TLS]",
    );
    refused(
        |_| new_client_cert(&["--signer", "ME"]),
        "invalid value 'ME' for '--signer <SIGNER>' [possible values: AKAMAI, THIRD_PARTY]",
    );
    refused(
        |_| new_client_cert(&["--key-algorithm", "DSA"]),
        "invalid value 'DSA' for '--key-algorithm <ALGORITHM>' [possible values: RSA, ECDSA]",
    );
    refused(
        |_| args(&["remove-version", "--id", "1", "--version", "v2"]),
        "invalid value 'v2' for '--version <VERSION>': expected a version number (1 or more), latest, deployed, current or previous",
    );
}

#[test]
fn a_name_over_64_characters() {
    let long = "x".repeat(65);
    refused(
        |_| new_client_cert(&["--name", &long]),
        &format!(
            "invalid value '{long}' for '--name <NAME>': a certificate name has 1 to 64 characters, this one has 65"
        ),
    );
    refused(
        |_| args(&["set-client-cert", "--id", "1", "--new-name", &long]),
        &format!(
            "invalid value '{long}' for '--new-name <NAME>': a certificate name has 1 to 64 characters, this one has 65"
        ),
    );
    refused(
        |_| args(&["get-client-cert", "--name", &long]),
        &format!(
            "invalid value '{long}' for '--name <NAME>': a certificate name has 1 to 64 characters, this one has 65"
        ),
    );
}

#[test]
fn a_bad_email() {
    refused(
        |_| new_client_cert(&["--notification-emails", "ok@example.com,a@b"]),
        "invalid value 'a@b' for '--notification-emails <EMAIL>': expected an e-mail address such as ops@example.com",
    );
    refused(
        |_| args(&["set-client-cert", "--id", "1", "--notification-emails", "not-an-email"]),
        "invalid value 'not-an-email' for '--notification-emails <EMAIL>': expected an e-mail address such as ops@example.com",
    );
}

#[test]
fn a_bad_subject() {
    refused(
        |_| new_client_cert(&["--subject", "CN=x"]),
        "invalid value 'CN=x' for '--subject <SUBJECT>': a subject starts and ends with '/': expected the /K=V/…/ form with a CN, such as /C=US/O=Example/CN=origin-client/",
    );
    refused(
        |_| new_client_cert(&["--subject", "/C=USA/CN=x/"]),
        "invalid value '/C=USA/CN=x/' for '--subject <SUBJECT>': C must be a two-letter country code such as US, not 'USA'",
    );
    refused(
        |_| new_client_cert(&["--subject", "/O=Example/"]),
        "invalid value '/O=Example/' for '--subject <SUBJECT>': the subject has no CN: expected the /K=V/…/ form with a CN, such as /C=US/O=Example/CN=origin-client/",
    );
    let cn = "c".repeat(65);
    let subject = format!("/CN={cn}/");
    refused(
        |_| new_client_cert(&["--subject", &subject]),
        &format!("invalid value '{subject}' for '--subject <SUBJECT>': the CN must have 1 to 64 characters, it has 65"),
    );
}

#[test]
fn bad_ids_and_group_and_contract_ids() {
    for (cmd, bad) in [
        ("get-client-cert", "abc"),
        ("rotate", "0"),
        ("get-client-cert-version", "-3"),
    ] {
        refused(
            |_| args(&[cmd, &format!("--id={bad}")]),
            &format!("invalid value '{bad}' for '--id <ID>': expected a certificate id, a whole number of 1 or more"),
        );
    }
    refused(
        |_| new_client_cert(&["--group-id", "grp_x"]),
        "invalid value 'grp_x' for '--group-id <ID>': expected a group id, a whole number of 0 or more such as 12345 or grp_12345",
    );
    refused(
        |_| new_client_cert(&["--contract-id", "ctr_"]),
        "invalid value 'ctr_' for '--contract-id <ID>': expected a contract id such as C-0N7RAC7 or ctr_C-0N7RAC7",
    );
    refused(
        |_| args(&["get-ca-cert", "--timeout", "0"]),
        "invalid value '0' for '--timeout <DURATION>': expected a duration of more than 0 and at most 1 day, such as 60 (seconds), 20s, 500ms or 2m",
    );
    refused(
        |_| args(&["get-ca-cert", "--timeout", "2x"]),
        "invalid value '2x' for '--timeout <DURATION>': expected a duration of more than 0 and at most 1 day, such as 60 (seconds), 20s, 500ms or 2m",
    );
}

#[test]
fn id_and_name_together_or_neither() {
    for cmd in [
        "get-client-cert",
        "rotate",
        "get-client-cert-version",
        "set-client-cert",
    ] {
        refused(
            |_| {
                args(
                    &[cmd, "--id", "1", "--name", "x", "--new-name", "y"]
                        [..if cmd == "set-client-cert" { 7 } else { 5 }],
                )
            },
            "the argument '--id <ID>' cannot be used with '--name <NAME>'",
        );
    }
    for cmd in ["rotate", "get-client-cert-version"] {
        refused(
            |_| args(&[cmd]),
            "the following required arguments were not provided: <--id <ID>|--name <NAME>>",
        );
    }
    refused(
        |_| args(&["complete-version", "--certificate-file", "f"]),
        "the following required arguments were not provided: <--id <ID>|--name <NAME>>",
    );
    refused(
        |_| args(&["set-client-cert", "--new-name", "n"]),
        "the following required arguments were not provided: <--id <ID>|--name <NAME>>",
    );
    refused(
        |_| args(&["remove-version", "--version", "1"]),
        "the following required arguments were not provided: <--id <ID>|--name <NAME>>",
    );
}

#[test]
fn missing_required_flags() {
    refused(
        |_| args(&["new-client-cert", "--name", "x"]),
        "new-client-cert needs --contract-id, --group-id, --secure-network, --signer, --notification-emails (or --body)",
    );
    refused(
        |_| args(&["new-client-cert", "--body", r#"{"certificateName":"x","contractId":"C"}"#]),
        "new-client-cert needs --group-id, --secure-network, --signer, --notification-emails (or the matching fields in --body)",
    );
    // What a command needs is marked in its usage line, and clap says what is missing.
    refused(
        |_| args(&["set-client-cert", "--id", "1"]),
        "the following required arguments were not provided: \
         <--new-name <NAME>|--notification-emails <EMAIL>|--body <FILE|-|JSON>>",
    );
    refused(
        |_| args(&["set-client-cert", "--id", "1", "--body", "{}"]),
        "set-client-cert needs --new-name and/or --notification-emails, or a --body with \
         certificateName and/or notificationEmails",
    );
    refused(
        |_| args(&["complete-version", "--id", "1"]),
        "the following required arguments were not provided: \
         <--certificate-file <FILE>|--body <FILE|-|JSON>>",
    );
    refused(
        |_| args(&["remove-version", "--id", "1"]),
        "the following required arguments were not provided: --version <VERSION>",
    );
    refused(
        |_| {
            args(&[
                "complete-version",
                "--id",
                "1",
                "--trust-chain-file",
                "chain.pem",
            ])
        },
        "the following required arguments were not provided: \
         <--certificate-file <FILE>|--body <FILE|-|JSON>>",
    );
    refused(
        |_| new_client_cert(&["--signer", "THIRD_PARTY", "--preferred-ca", "X CA"]),
        "invalid value \"X CA\" for 'preferredCa' in the request: a preferred CA applies only to signer AKAMAI",
    );
}

#[test]
fn malformed_or_invalid_body() {
    refused(
        |_| args(&["new-client-cert", "--body", "{nope"]),
        "invalid value '{nope' for '--body': not valid JSON (key must be a string at line 1 column 2)",
    );
    refused(
        |_| {
            args(&[
                "set-client-cert",
                "--id",
                "1",
                "--body",
                "{\"certificateName\": }",
            ])
        },
        "invalid value '{\"certificateName\": }' for '--body': not valid JSON (expected value at line 1 column 21)",
    );
    refused(
        |m| {
            let f = m.file("list.json", "[1, 2]");
            args(&["new-client-cert", "--body", f.to_str().unwrap()])
        },
        "invalid value '{HOME}/list.json' for '--body': expected a JSON object ({…})",
    );
    refused(
        |_| args(&["new-client-cert", "--body", "/no/such/body.json"]),
        "invalid value '/no/such/body.json' for '--body': cannot read it as a file (No such file or directory (os error 2)); expected a JSON object, a file or -",
    );
    refused(
        |_| {
            args(&[
                "new-client-cert",
                "--body",
                r#"{"certificateName":"x","contractId":"C","groupId":1,"secureNetwork":"FAST","signer":"AKAMAI","notificationEmails":["a@example.com"]}"#,
            ])
        },
        "invalid value \"FAST\" for 'secureNetwork' in the request: expected one of STANDARD_TLS, ENHANCED_TLS",
    );
    refused(
        |_| {
            args(&[
                "set-client-cert",
                "--id",
                "1",
                "--body",
                r#"{"notificationEmails":["nope"]}"#,
            ])
        },
        "invalid value [\"nope\"] for 'notificationEmails' in the request: expected a non-empty list of e-mail addresses",
    );
    refused(
        |_| {
            args(&[
                "complete-version",
                "--id",
                "1",
                "--version",
                "1",
                "--body",
                r#"{"trustChain":"x"}"#,
            ])
        },
        "invalid value for '--body': it needs a non-empty \"certificate\" (PEM text)",
    );
}

/// complete-version with `--certificate-file` (and optionally `--trust-chain-file`).
fn complete(cert: &std::path::Path, chain: Option<&std::path::Path>) -> Vec<String> {
    let mut v = args(&[
        "complete-version",
        "--id",
        "1",
        "--version",
        "1",
        "--certificate-file",
    ]);
    v.push(cert.to_str().unwrap().to_string());
    if let Some(c) = chain {
        v.push("--trust-chain-file".into());
        v.push(c.to_str().unwrap().to_string());
    }
    v
}

#[test]
fn missing_or_unreadable_certificate_files() {
    refused(
        |m| complete(&m.home.path().join("missing.pem"), None),
        "invalid value '{HOME}/missing.pem' for '--certificate-file': no such file",
    );
    // A directory cannot be read as a file (a chmod 000 file would still be readable by root).
    refused(
        |m| {
            std::fs::create_dir(m.home.path().join("dir.pem")).unwrap();
            complete(&m.home.path().join("dir.pem"), None)
        },
        "invalid value '{HOME}/dir.pem' for '--certificate-file': cannot read it (Is a directory (os error 21))",
    );
    refused(
        |m| {
            let (pem, _, _) = fixture::certificate("a.example");
            let c = m.file("c.pem", pem);
            complete(&c, Some(&m.home.path().join("nochain.pem")))
        },
        "invalid value '{HOME}/nochain.pem' for '--trust-chain-file': no such file",
    );
    refused(
        |m| complete(&m.file("empty.pem", ""), None),
        "invalid value '{HOME}/empty.pem' for '--certificate-file': the file is empty",
    );
}

#[test]
fn a_file_holding_a_private_key_is_refused() {
    refused(
        |m| {
            let (pem, _, key) = fixture::certificate("a.example");
            complete(&m.file("bundle.pem", format!("{pem}{key}")), None)
        },
        "invalid value '{HOME}/bundle.pem' for '--certificate-file': the file holds a private key; give only the signed certificate (never upload a key)",
    );
    refused(
        |m| {
            let (pem, _, key) = fixture::certificate("a.example");
            let c = m.file("c.pem", pem);
            complete(&c, Some(&m.file("key.pem", key)))
        },
        "invalid value '{HOME}/key.pem' for '--trust-chain-file': the file holds a private key; give only the signed certificate (never upload a key)",
    );
}

#[test]
fn a_file_that_is_not_a_certificate_is_refused() {
    refused(
        |m| complete(&m.file("notes.txt", "hello, not a certificate\n"), None),
        "invalid value '{HOME}/notes.txt' for '--certificate-file': expected a PEM or DER X.509 certificate",
    );
    refused(
        |m| {
            complete(
                &m.file(
                    "csr.pem",
                    "-----BEGIN CERTIFICATE REQUEST-----\nQUJD\n-----END CERTIFICATE REQUEST-----\n",
                ),
                None,
            )
        },
        "invalid value '{HOME}/csr.pem' for '--certificate-file': holds a 'CERTIFICATE REQUEST' block; expected CERTIFICATE blocks",
    );
    refused(
        |m| {
            complete(
                &m.file(
                    "junk.pem",
                    "-----BEGIN CERTIFICATE-----\nQUJDRA==\n-----END CERTIFICATE-----\n",
                ),
                None,
            )
        },
        "invalid value '{HOME}/junk.pem' for '--certificate-file': a CERTIFICATE block does not parse as X.509 (Parsing Error: NomError(Eof))",
    );
}
