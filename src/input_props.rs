//! Property tests: every parser of user input, fed arbitrary text, returns a value or a
//! one-line usage error (exit 2; configuration errors, exit 3, for `.edgerc` and the
//! environment) and never panics. Case counts are kept small so `cargo test` stays fast;
//! the generators lean on what broke before: multi-byte characters where a prefix is cut
//! (`abcé`), control characters, `ctr_`/`grp_` prefixes, `/K=V/` subjects, PEM armour.

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::{json, Map, Value};

use super::*;
use crate::cli;
use crate::commands::{complete_version, new_client_cert, set_client_cert};
use crate::error::{exit_code, EXIT_CONFIG, EXIT_USAGE};
use edgegrid::edgerc;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        // Nothing is written next to the sources; a failure prints its input.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text that stresses char boundaries and prefixes: any string, or one built from the
/// pieces the parsers look for, accents, control characters and bidi overrides.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("ctr_".to_string()),
        Just("CTR_".to_string()),
        Just("grp_".to_string()),
        Just("GrP_".to_string()),
        Just("/".to_string()),
        Just("=".to_string()),
        Just("CN=".to_string()),
        Just("C=".to_string()),
        Just("@".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("-".to_string()),
        Just(" ".to_string()),
        Just("é".to_string()),
        Just("✓".to_string()),
        Just("😀".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("\u{9b}".to_string()),
        Just("\u{7}".to_string()),
        Just("\u{7f}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\t".to_string()),
        Just("\0".to_string()),
        "[0-9]{1,25}",
        "[a-zA-Z]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        any::<String>(),
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat()),
    ]
}

/// A parser's reason is shown after "invalid value 'X' for '--flag': " on one line.
fn one_line_reason(e: &str) -> Result<(), TestCaseError> {
    prop_assert!(!e.is_empty());
    prop_assert!(!e.contains('\n'), "{e:?}");
    Ok(())
}

fn no_controls(s: &str) -> bool {
    !s.chars().any(char::is_control)
}

/// An anyhow error from a reader or body builder: a usage error whose message is one line.
fn usage_error(e: &anyhow::Error) -> Result<(), TestCaseError> {
    prop_assert_eq!(exit_code(e), EXIT_USAGE, "{:#}", e);
    prop_assert!(!e.to_string().contains('\n'), "{:#}", e);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn certificate_names(s in hostile_text()) {
        match parse_cert_name(&s) {
            Ok(n) => {
                prop_assert!((1..=64).contains(&n.chars().count()));
                prop_assert!(no_controls(&n) && !n.trim().is_empty());
            }
            Err(e) => one_line_reason(&e)?,
        }
    }

    #[test]
    fn contract_ids(s in hostile_text()) {
        match parse_contract_id(&s) {
            Ok(c) => {
                prop_assert!(!c.is_empty());
                prop_assert!(c.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)), "{c:?}");
                prop_assert!(s.contains(&c));
            }
            Err(e) => one_line_reason(&e)?,
        }
    }

    #[test]
    fn contract_id_prefix_is_stripped(bare in "[A-Za-z0-9][A-Za-z0-9._-]{0,12}", prefix in "(?i:ctr_)") {
        prop_assert_eq!(parse_contract_id(&format!("{prefix}{bare}")), Ok(bare.clone()));
        prop_assert_eq!(parse_contract_id(&bare), Ok(bare));
    }

    #[test]
    fn group_and_certificate_ids(s in hostile_text()) {
        match parse_group_id(&s) {
            Ok(g) => prop_assert!(g >= 0),
            Err(e) => one_line_reason(&e)?,
        }
        match parse_id(&s) {
            Ok(i) => prop_assert!(i.get() >= 1),
            Err(e) => one_line_reason(&e)?,
        }
    }

    #[test]
    fn group_id_prefix_is_stripped(n in 0i64.., prefix in "(?i:grp_)?") {
        prop_assert_eq!(parse_group_id(&format!("{prefix}{n}")), Ok(n));
    }

    #[test]
    fn emails(s in hostile_text()) {
        match parse_email(&s) {
            Ok(e) => {
                prop_assert!(e.contains('@') && no_controls(&e));
                prop_assert!(!e.contains(char::is_whitespace));
            }
            Err(e) => one_line_reason(&e)?,
        }
    }

    #[test]
    fn subjects(s in hostile_text()) {
        check_subject(&s)?;
    }

    #[test]
    fn subject_shaped_text(parts in prop::collection::vec(("[A-Za-zé ]{0,3}", hostile_text()), 0..5)) {
        let s: String = parts.iter().map(|(k, v)| format!("/{k}={v}")).collect::<String>() + "/";
        check_subject(&s)?;
    }

    #[test]
    fn names_sections_account_keys_and_cas(s in hostile_text()) {
        for parsed in [parse_section(&s), parse_account_key(&s), parse_preferred_ca(&s)] {
            match parsed {
                Ok(v) => prop_assert!(no_controls(&v)),
                Err(e) => one_line_reason(&e)?,
            }
        }
    }

    #[test]
    fn timeouts_and_durations(s in hostile_text(), n in any::<f64>(), unit in "(ms|s|m|h|)") {
        for text in [s.clone(), format!("{n}{unit}"), format!("-0{unit}"), format!("{n:e}")] {
            if let Ok(t) = parse_timeout(&text) {
                prop_assert!(t > 0.0 && t <= 86_400.0);
                let _ = std::time::Duration::from_secs_f64(t);
            }
            if let Some(d) = crate::retry::parse_duration(&text) {
                prop_assert!(d.as_secs() <= 7 * 86_400);
            }
        }
    }

    #[test]
    fn retry_environment(v in hostile_text()) {
        for name in ["AKAMAI_RETRY_MAX", "AKAMAI_RETRY_WAIT_MIN", "AKAMAI_RETRY_WAIT_MAX", "AKAMAI_RETRY_DISABLED"] {
            let env = |k: &str| (k == name).then(|| v.clone());
            if let Err(e) = crate::retry::Policy::from_env(&env) {
                prop_assert_eq!(exit_code(&e), EXIT_CONFIG);
            }
        }
    }

    #[test]
    fn server_retry_hints(body in prop_oneof![
        any::<Vec<u8>>(),
        hostile_text().prop_map(|t| format!("please TRY AFTER {t}").into_bytes()),
    ]) {
        let _ = crate::retry::try_after_in_body(&body);
    }

    #[test]
    fn version_specs(s in hostile_text()) {
        if let Err(e) = s.parse::<crate::api::moks::select::VersionSpec>() {
            one_line_reason(&e)?;
        }
    }

    /// Every flag that takes a value, through clap as `main` runs it: parsed, or a clap
    /// error (which `main` prints on one line, exit 2). Never help or version output.
    #[test]
    fn every_flag_value_through_clap(v in hostile_text()) {
        let flags: &[(&[&str], &str)] = &[
            (&["get-ca-cert"], "--status"),
            (&["get-ca-cert"], "--section"),
            (&["get-ca-cert"], "--account-key"),
            (&["get-ca-cert"], "--timeout"),
            (&["get-client-cert"], "--id"),
            (&["get-client-cert"], "--name"),
            (&["rotate"], "--certificate-name"),
            (&["remove-version", "--id", "1"], "--version"),
            (&["get-client-cert-version", "--id", "1"], "--version"),
            (&["set-client-cert", "--id", "1"], "--new-name"),
            (&["set-client-cert", "--id", "1"], "--notification-emails"),
            (&["new-client-cert"], "--contract-id"),
            (&["new-client-cert"], "--group-id"),
            (&["new-client-cert"], "--subject"),
            (&["new-client-cert"], "--preferred-ca"),
            (&["new-client-cert"], "--geography"),
            (&["new-client-cert"], "--secure-network"),
            (&["new-client-cert"], "--signer"),
            (&["new-client-cert"], "--key-algorithm"),
            (&["sandbox", "serve"], "--listen"),
            (&["sandbox", "serve"], "--deploy-delay"),
            (&["sandbox", "serve"], "--rate-limit"),
            (&["sandbox", "serve"], "--latency"),
            (&["sandbox", "serve"], "--fail-rate"),
            (&["sandbox", "serve"], "--seed"),
        ];
        for (before, flag) in flags {
            let mut args: Vec<String> = vec!["moks".into()];
            args.extend(before.iter().map(|a| a.to_string()));
            args.push(format!("{flag}={v}"));
            match cli::parse_from(&args, false) {
                Ok(cli) => {
                    let g = &cli.flags;
                    prop_assert!(g.edgegrid.edgerc.section.as_deref().is_none_or(no_controls));
                    prop_assert!(g.edgegrid.account.account_key.as_deref().is_none_or(no_controls));
                    let shown = format!("{:?}", cli.command);
                    prop_assert!(!shown.contains("\\u{1b}"), "{shown}");
                }
                Err(e) => {
                    use clap::error::ErrorKind;
                    prop_assert!(
                        !matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion),
                        "{args:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn body_literals(s in hostile_text(), open in "[{\\[]") {
        match read_body(&format!("{open}{s}")) {
            Ok(map) => prop_assert!(map.len() <= s.len()),
            Err(e) => usage_error(&e)?,
        }
    }

    #[test]
    fn create_bodies(body in body_object()) {
        let text = Value::Object(body.clone()).to_string();
        let args = new_client_cert::NewClientCertArgs {
            body: Some(text),
            ..Default::default()
        };
        match new_client_cert::build_body(&args) {
            Ok(b) => {
                let c = &b.contract_id;
                prop_assert!(parse_contract_id(c).is_ok(), "{c:?}");
                let n = &b.certificate_name;
                prop_assert!(parse_cert_name(n).is_ok(), "{n:?}");
                for v in [&b.preferred_ca, &b.subject] {
                    let v = v.as_deref().unwrap_or_default();
                    prop_assert!(no_controls(v), "{v:?}");
                }
                // What is sent is the body as given, plus the default geography.
                prop_assert!(b.json().len() <= body.len() + 1);
            }
            Err(e) => usage_error(&e)?,
        }
    }

    #[test]
    fn update_and_upload_bodies(body in body_object()) {
        let text = Value::Object(body).to_string();
        let set = set_client_cert::SetClientCertArgs {
            cert: crate::commands::moks::CertSelector { id: Some(1.try_into().unwrap()), name: None },
            new_name: None,
            notification_emails: vec![],
            body: Some(text.clone()),
        };
        if let Err(e) = set_client_cert::build_body(&set) {
            usage_error(&e)?;
        }
        let complete = complete_version::CompleteVersionArgs {
            cert: crate::commands::moks::CertSelector { id: Some(1.try_into().unwrap()), name: None },
            version: Some(crate::api::moks::select::VersionSpec::Latest),
            certificate_file: None,
            trust_chain_file: None,
            body: Some(text),
            acknowledge_all_warnings: false,
            skip_local_checks: false,
            wait: Default::default(),
        };
        if let Err(e) = complete_version::build_body(&complete) {
            usage_error(&e)?;
        }
    }

    #[test]
    fn edgerc_files(text in edgerc_text(), section in prop_oneof![Just("default".to_string()), hostile_text()]) {
        let lines = text.split('\n').count();
        match edgerc::parse(&text) {
            Ok(file) => {
                let mut names: Vec<&str> = file.sections.iter().map(|s| s.name.as_str()).collect();
                names.sort_unstable();
                let before = names.len();
                names.dedup();
                prop_assert_eq!(before, names.len(), "no section twice");
            }
            Err(e) => {
                prop_assert!((1..=lines).contains(&e.line), "line {} of {}", e.line, lines);
                prop_assert!(!e.message.contains('\n'));
            }
        }
        let inputs = edgerc::Inputs {
            edgerc: PathBuf::from("/x/.edgerc"),
            edgerc_origin: edgerc::Origin::Flag,
            section,
            section_origin: edgerc::Origin::Flag,
            account_key: None,
        };
        if let Err(e) = edgerc::resolve(&inputs, &|_| None, &|_| Ok(text.clone())) {
            let e = anyhow::Error::from(e);
            prop_assert_eq!(exit_code(&e), EXIT_CONFIG, "{:#}", e);
        }
    }

    #[test]
    fn edgerc_hosts(host in hostile_text()) {
        let _ = edgerc::base_url_from_host(&host);
    }
}

fn check_subject(s: &str) -> Result<(), TestCaseError> {
    match parse_subject(s) {
        Ok(t) => {
            prop_assert!(t.starts_with('/') && t.ends_with('/') && t.contains("CN="));
            prop_assert!(no_controls(&t));
        }
        Err(e) => one_line_reason(&e)?,
    }
    Ok(())
}

/// A JSON leaf as a hostile `--body` may hold it: strings of every kind, numbers beyond
/// i64 and f64, exponents, nesting.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        hostile_text().prop_map(Value::String),
        any::<i64>().prop_map(|n| json!(n)),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
        prop_oneof![
            Just("12345678901234567890123"),
            Just("-1e400"),
            Just("1e2"),
            Just("-0"),
            Just("0.000000000000000000001")
        ]
        .prop_map(|n| serde_json::from_str::<Value>(n).unwrap()),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-z]{1,3}", inner), 0..3)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A request body with the fields the commands read, each maybe hostile.
fn body_object() -> impl Strategy<Value = Map<String, Value>> {
    let keys = [
        "certificateName",
        "contractId",
        "groupId",
        "geography",
        "secureNetwork",
        "signer",
        "notificationEmails",
        "keyAlgorithm",
        "preferredCa",
        "subject",
        "certificate",
        "trustChain",
    ];
    prop::collection::vec(
        (prop::sample::select(keys.to_vec()), json_value()),
        0..keys.len(),
    )
    .prop_map(|kv| {
        // A valid base, so the hostile fields are the ones judged.
        let mut m: Map<String, Value> = serde_json::from_value(json!({
            "certificateName": "n", "contractId": "C-1", "groupId": 1,
            "secureNetwork": "STANDARD_TLS", "signer": "AKAMAI",
            "notificationEmails": ["ops@example.com"], "certificate": "-----BEGIN CERTIFICATE-----\n"
        }))
        .unwrap();
        for (k, v) in kv {
            m.insert(k.to_string(), v);
        }
        m
    })
}

/// `.edgerc`-shaped text: headers, keys, comments, quotes, BOM, CRLF, repeats.
fn edgerc_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "\\[[a-zA-Zé ]{0,4}\\]?".prop_map(String::from),
        Just("[default]".to_string()),
        "(host|client_token|client-secret|CLIENT_SECRET|access_token|max_body|account_key|headers_to_sign) ?[=:] ?"
            .prop_flat_map(|k| hostile_text().prop_map(move |v| format!("{k}{v}"))),
        "[;#].{0,8}".prop_map(String::from),
        hostile_text().prop_map(|t| t.replace('\n', " ")),
        Just(String::new()),
    ];
    (
        prop::collection::vec(line, 0..14),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(lines, crlf, bom)| {
            let sep = if crlf { "\r\n" } else { "\n" };
            let bom = if bom { "\u{feff}" } else { "" };
            format!("{bom}{}", lines.join(sep))
        })
        .boxed()
        .prop_union(any::<String>().boxed())
        .boxed()
}

/// One real certificate, made once.
fn real_der() -> &'static [u8] {
    static DER: OnceLock<Vec<u8>> = OnceLock::new();
    DER.get_or_init(|| {
        rcgen::generate_simple_self_signed(vec!["props.example".into()])
            .unwrap()
            .cert
            .der()
            .to_vec()
    })
}

fn pem_of(label: &str, der: &[u8]) -> String {
    pem::encode_config(
        &pem::Pem::new(label, der),
        pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
    )
}

/// Certificate-file contents: random bytes, a real DER with bytes changed or cut, PEM
/// armour around either, other labels, keys.
fn certificate_bytes() -> impl Strategy<Value = Vec<u8>> {
    let mutated_der = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4)
        .prop_flat_map(|edits| {
            (Just(edits), 0..=real_der().len()).prop_map(|(edits, cut)| {
                let mut der = real_der().to_vec();
                for (at, b) in edits {
                    let i = at.index(der.len());
                    der[i] = b;
                }
                der.truncate(cut.max(1));
                der
            })
        });
    let label = prop_oneof![
        Just("CERTIFICATE"),
        Just("PRIVATE KEY"),
        Just("CERTIFICATE REQUEST"),
        Just("X509 CRL"),
        Just(""),
    ];
    prop_oneof![
        any::<Vec<u8>>(),
        mutated_der.clone(),
        (label, mutated_der.clone()).prop_map(|(l, d)| pem_of(l, &d).into_bytes()),
        (mutated_der, hostile_text(), any::<bool>()).prop_map(|(d, junk, crlf)| {
            let pem = format!("{junk}\n{}{junk}", pem_of("CERTIFICATE", &d));
            if crlf { pem.replace('\n', "\r\n") } else { pem }.into_bytes()
        }),
        hostile_text().prop_map(|t| format!("-----BEGIN {t}").into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..config() })]

    #[test]
    fn certificate_files(bytes in certificate_bytes()) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c");
        std::fs::write(&p, &bytes).unwrap();
        match read_certificate_file(&p, "--certificate-file") {
            Ok(pem) => {
                prop_assert!(pem.starts_with("-----BEGIN CERTIFICATE-----\n"));
                prop_assert!(!pem.contains('\r') && !pem.contains("PRIVATE KEY"));
            }
            Err(e) => usage_error(&e)?,
        }
        if let Err(e) = read_file_capped(&p, "--ca-cert") {
            usage_error(&e)?;
        }
    }
}

#[test]
fn text_around_certificate_blocks_is_never_sent() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.pem");
    let pem = pem_of("CERTIFICATE", real_der());
    std::fs::write(&p, format!("Subject: CN=x\r\n{pem}trailing words\n")).unwrap();
    let got = read_certificate_file(&p, "--certificate-file").unwrap();
    assert_eq!(got, pem.replace("\r\n", "\n"));
}

#[test]
fn the_crash_examples_are_usage_errors() {
    assert!(parse_contract_id("abcé").is_err());
    assert!(parse_contract_id("ctr_abcé").is_err());
    assert!(parse_contract_id("ctré").is_err());
    assert!(parse_group_id("grpé").is_err());
    assert!(parse_group_id("grp_é").is_err());
    assert!(parse_group_id("gr😀").is_err());
    let args = new_client_cert::NewClientCertArgs {
        body: Some(
            r#"{"certificateName":"n","contractId":"abcé","groupId":1,"secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["a@example.com"]}"#
                .into(),
        ),
        ..Default::default()
    };
    let e = new_client_cert::build_body(&args).unwrap_err();
    assert_eq!(exit_code(&e), EXIT_USAGE);
    assert!(e.to_string().contains("'contractId'"), "{e}");
}

#[test]
fn control_characters_are_refused_where_a_value_becomes_a_name() {
    for bad in ["a\u{1b}[2J", "a\u{9b}b", "bell\u{7}", "del\u{7f}", "nl\nx"] {
        assert!(parse_cert_name(bad)
            .unwrap_err()
            .contains("control characters"));
        assert!(parse_section(bad).is_err());
        assert!(parse_account_key(bad).is_err());
        assert!(parse_preferred_ca(bad).is_err());
        assert!(parse_subject(&format!("/CN={bad}/")).is_err());
        assert!(parse_email(&format!("{bad}@example.com")).is_err());
        assert!(parse_contract_id(bad).is_err());
    }
    assert_eq!(
        parse_section("a\u{1b}b").unwrap_err(),
        "a section name cannot hold control characters (found \\u{1b})"
    );
    // Non-ASCII that is not a control character is fine where names allow it.
    assert_eq!(parse_cert_name("café ✓").unwrap(), "café ✓");
    assert_eq!(parse_section("prod-é").unwrap(), "prod-é");
}

#[cfg(unix)]
#[test]
fn a_flag_value_that_is_not_utf8_is_a_clap_usage_error() {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;
    for flag in ["--section", "--name", "--account-key"] {
        let mut v = format!("{flag}=").into_bytes();
        v.extend([0xff, 0xfe]);
        let args = vec![
            OsString::from("moks"),
            OsString::from("get-client-cert"),
            OsString::from_vec(v),
        ];
        let e = cli::parse_from(args, false).unwrap_err();
        assert_eq!(e.kind(), clap::error::ErrorKind::InvalidUtf8, "{flag}");
    }
}

#[test]
fn files_and_standard_input_are_read_up_to_the_cap() {
    let cap = MAX_INPUT_BYTES as usize;
    let exact = vec![b'x'; cap];
    assert_eq!(
        read_capped(&exact[..], MAX_INPUT_BYTES)
            .unwrap()
            .unwrap()
            .len(),
        cap
    );
    let over = vec![b'x'; cap + 1];
    assert!(read_capped(&over[..], MAX_INPUT_BYTES).unwrap().is_none());
    // An endless source stops at the cap.
    assert!(read_capped(std::io::repeat(0), MAX_INPUT_BYTES)
        .unwrap()
        .is_none());
    #[cfg(unix)]
    for flag in ["--certificate-file", "--trust-chain-file", "--ca-cert"] {
        let e = read_file_capped("/dev/zero", flag).unwrap_err();
        assert_eq!(exit_code(&e), EXIT_USAGE);
        assert_eq!(
            e.to_string(),
            format!("invalid value '/dev/zero' for '{flag}': the file is larger than 1 MiB (1048576 bytes), the most moks reads for {flag}")
        );
    }
    #[cfg(unix)]
    {
        let e = read_body("/dev/zero").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid value '/dev/zero' for '--body': the file is larger than 1 MiB (1048576 bytes), the most moks reads for a request body"
        );
        let e = read_certificate_file(std::path::Path::new("/dev/zero"), "--certificate-file")
            .unwrap_err();
        assert!(e.to_string().contains("larger than 1 MiB"), "{e}");
    }
    let big = format!("{{\"a\": \"{}\"}}", "x".repeat(cap));
    let e = read_body(&big).unwrap_err();
    assert!(
        e.to_string().contains("the value is larger than 1 MiB"),
        "{e}"
    );
}
