//! Unit tests of `.edgerc` parsing and of the precedence of every value.

use super::*;
use std::collections::HashMap;

const SECRET: &str = "TopSecretValue+/abc=";

fn file_text() -> String {
    format!(
        "\u{feff}; comment\r\n# another\r\n[default]\r\nhost = akab-file.luna.akamaiapis.net   ; inline\r\n\
         client_token = akab-ct-file\r\nclient-secret = {SECRET}\r\naccess_token = \"akab-at-file\"\r\n\
         max-body = 2048\r\naccount_key = FILE-KEY\r\nheaders_to_sign = X-A, x-b\r\n\r\n[other]\r\n\
         host = http://127.0.0.1:8866/\nclient_token = ct2\nclient_secret = cs2\naccess_token = at2\n"
    )
}

fn inputs(section: &str) -> Inputs {
    Inputs {
        edgerc: PathBuf::from("/home/u/.edgerc"),
        edgerc_origin: Origin::Default,
        section: section.into(),
        section_origin: Origin::Default,
        account_key: None,
    }
}

fn run(inputs: &Inputs, env: &[(&str, &str)], file: Option<&str>) -> Result<Resolved, ConfigError> {
    let env: HashMap<String, String> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let file = file.map(str::to_string);
    resolve(inputs, &|k| env.get(k).cloned(), &|_| match &file {
        Some(t) => Ok(t.clone()),
        None => Err(std::io::Error::new(std::io::ErrorKind::NotFound, "nope")),
    })
}

fn config_error(r: Result<Resolved, ConfigError>) -> String {
    let err = r.expect_err("expected a configuration error");
    let all = format!("{} {}", err.message, err.hints.join(" "));
    assert!(!all.contains(SECRET), "secret leaked: {all}");
    all
}

const ENV_FULL: [(&str, &str); 4] = [
    ("AKAMAI_HOST", "akab-env.luna.akamaiapis.net"),
    ("AKAMAI_CLIENT_TOKEN", "ct-env"),
    ("AKAMAI_CLIENT_SECRET", "cs-env"),
    ("AKAMAI_ACCESS_TOKEN", "at-env"),
];

#[test]
fn parses_bom_crlf_comments_quotes_and_dashed_keys() {
    let f = parse(&file_text()).unwrap();
    let d = f.section("default").unwrap();
    assert_eq!(d.get("host"), Some("akab-file.luna.akamaiapis.net"));
    assert_eq!(d.get("client_secret"), Some(SECRET));
    assert_eq!(d.get("access_token"), Some("akab-at-file"));
    assert_eq!(d.get("max_body"), Some("2048"));
    assert_eq!(f.sections.len(), 2);
    assert_eq!(
        f.section("other").unwrap().get("host"),
        Some("http://127.0.0.1:8866/")
    );
}

#[test]
fn malformed_lines_are_reported_by_number_without_content() {
    let e = parse("[default]\nhost = h\nclient_secret SECRETVALUE\n").unwrap_err();
    assert_eq!(e.line, 3);
    assert!(!e.message.contains("SECRETVALUE"));
    assert_eq!(parse("[default\nhost=h\n").unwrap_err().line, 1);
    assert_eq!(parse("host=h\n[default]\n").unwrap_err().line, 1);
    assert_eq!(parse("[]\n").unwrap_err().line, 1);
}

#[test]
fn file_values_are_used_when_the_environment_is_incomplete() {
    let r = run(
        &inputs("default"),
        &[("AKAMAI_HOST", "ignored")],
        Some(&file_text()),
    )
    .unwrap();
    assert_eq!(
        r.base_url.as_str(),
        "https://akab-file.luna.akamaiapis.net/"
    );
    assert_eq!(r.credentials.client_token, "akab-ct-file");
    assert_eq!(r.credentials.client_secret, SECRET);
    assert_eq!(r.credentials.max_body, 2048);
    assert_eq!(r.credentials.headers_to_sign, vec!["X-A", "x-b"]);
    assert_eq!(r.account_key.as_deref(), Some("FILE-KEY"));
    assert_eq!(r.warnings.len(), 1, "the partial environment is said");
    assert!(r.warnings[0].contains("AKAMAI_HOST"));
}

#[test]
fn complete_environment_wins_and_the_file_is_not_needed() {
    let r = run(&inputs("default"), &ENV_FULL, None).unwrap();
    assert_eq!(r.base_url.as_str(), "https://akab-env.luna.akamaiapis.net/");
    assert_eq!(r.credentials.client_secret, "cs-env");
    assert_eq!(r.credentials.max_body, DEFAULT_MAX_BODY);
    assert_eq!(r.account_key, None);
    // With a file present too, the environment still wins for every credential.
    let r = run(&inputs("default"), &ENV_FULL, Some(&file_text())).unwrap();
    assert_eq!(r.credentials.client_token, "ct-env");
}

#[test]
fn section_environment_uses_the_upper_case_section_name() {
    let env = [
        ("AKAMAI_CCU_HOST", "http://localhost:1"),
        ("AKAMAI_CCU_CLIENT_TOKEN", "a"),
        ("AKAMAI_CCU_CLIENT_SECRET", "b"),
        ("AKAMAI_CCU_ACCESS_TOKEN", "c"),
        ("AKAMAI_CCU_MAX_BODY", "99"),
        ("AKAMAI_CCU_ACCOUNT_KEY", "ENV-KEY"),
    ];
    let r = run(&inputs("ccu"), &env, None).unwrap();
    assert_eq!(r.base_url.as_str(), "http://localhost:1/");
    assert_eq!(r.credentials.max_body, 99);
    assert_eq!(r.account_key.as_deref(), Some("ENV-KEY"));
    // The default section's variables do not stand in for another section's.
    let err = config_error(run(&inputs("ccu"), &ENV_FULL, None));
    assert!(err.contains("not found"));
}

#[test]
fn max_body_precedence_env_over_file_over_default() {
    let r = run(
        &inputs("default"),
        &[("AKAMAI_MAX_BODY", "4096")],
        Some(&file_text()),
    )
    .unwrap();
    assert_eq!(r.credentials.max_body, 4096);
    let r = run(&inputs("other"), &[], Some(&file_text())).unwrap();
    assert_eq!(r.credentials.max_body, DEFAULT_MAX_BODY);
}

#[test]
fn account_key_precedence_and_none_clears() {
    let mut i = inputs("default");
    let file = file_text();
    assert_eq!(
        run(&i, &[], Some(&file)).unwrap().account_key.as_deref(),
        Some("FILE-KEY")
    );
    let r = run(&i, &[("AKAMAI_ACCOUNT_KEY", "ENV-KEY")], Some(&file)).unwrap();
    assert_eq!(r.account_key.as_deref(), Some("ENV-KEY"));
    i.account_key = Some("FLAG-KEY".into());
    let r = run(&i, &[("AKAMAI_ACCOUNT_KEY", "ENV-KEY")], Some(&file)).unwrap();
    assert_eq!(r.account_key.as_deref(), Some("FLAG-KEY"));
    i.account_key = Some("none".into());
    let r = run(&i, &[("AKAMAI_ACCOUNT_KEY", "ENV-KEY")], Some(&file)).unwrap();
    assert_eq!(
        r.account_key, None,
        "'none' on the flag clears the env and file keys"
    );
    i.account_key = None;
    let r = run(&i, &[("AKAMAI_ACCOUNT_KEY", "NONE")], Some(&file)).unwrap();
    assert_eq!(r.account_key, None);
}

#[test]
fn host_with_and_without_scheme() {
    assert_eq!(
        base_url_from_host("akab-x.luna.akamaiapis.net")
            .unwrap()
            .as_str(),
        "https://akab-x.luna.akamaiapis.net/"
    );
    assert_eq!(
        base_url_from_host("http://127.0.0.1:8866")
            .unwrap()
            .as_str(),
        "http://127.0.0.1:8866/"
    );
    assert_eq!(
        base_url_from_host("https://h.example:8443/")
            .unwrap()
            .as_str(),
        "https://h.example:8443/"
    );
    assert_eq!(
        base_url_from_host("\"akab-q.net\"").unwrap().as_str(),
        "https://akab-q.net/"
    );
    assert!(base_url_from_host("ftp://h").is_err());
    assert!(base_url_from_host("").is_err());
    assert!(base_url_from_host("h.example/some/path").is_err());
}

#[test]
fn missing_file_names_the_file_and_suggests_alternatives() {
    let err = config_error(run(&inputs("default"), &[], None));
    assert!(err.contains("/home/u/.edgerc not found"), "{err}");
    assert!(err.contains("--sandbox"));
}

#[test]
fn unreadable_file_names_the_file() {
    let r = resolve(&inputs("default"), &|_| None, &|_| {
        Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "permission denied",
        ))
    });
    let err = config_error(r);
    assert!(
        err.contains("/home/u/.edgerc cannot be read: permission denied"),
        "{err}"
    );
}

#[test]
fn missing_section_lists_the_sections_that_exist() {
    let err = config_error(run(&inputs("prod"), &[], Some(&file_text())));
    assert!(
        err.contains("section [prod] not found in /home/u/.edgerc"),
        "{err}"
    );
    assert!(err.contains("sections there: default, other"), "{err}");
}

#[test]
fn missing_keys_are_named_with_file_and_section() {
    let text = format!("[default]\nhost = h\nclient_secret = {SECRET}\n");
    let err = config_error(run(&inputs("default"), &[], Some(&text)));
    assert!(
        err.contains("section [default] of /home/u/.edgerc is missing client_token, access_token"),
        "{err}"
    );
}

#[test]
fn non_numeric_max_body_is_named() {
    let text = format!("[default]\nhost = h\nclient_token=a\nclient_secret = {SECRET}\naccess_token=b\nmax_body = lots\n");
    let err = config_error(run(&inputs("default"), &[], Some(&text)));
    assert!(
        err.contains(
            "max_body in section [default] of /home/u/.edgerc must be a positive whole number"
        ),
        "{err}"
    );
    let err = config_error(run(
        &inputs("default"),
        &[("AKAMAI_MAX_BODY", "-1")],
        Some(&file_text()),
    ));
    assert!(err.contains("AKAMAI_MAX_BODY must be"), "{err}");
}

#[test]
fn malformed_line_error_names_file_and_line_but_not_the_content() {
    let text = format!("[default]\nhost = h\n{SECRET}\n");
    assert_eq!(parse(&text).unwrap_err().line, 3);
    let text = format!("[default]\nhost = h\nclient_secret {SECRET}\n");
    let err = config_error(run(&inputs("default"), &[], Some(&text)));
    assert!(err.contains("/home/u/.edgerc line 3"), "{err}");
}

#[test]
fn bad_host_is_named() {
    let text = format!(
        "[default]\nhost = ftp://x\nclient_token=a\nclient_secret = {SECRET}\naccess_token=b\n"
    );
    let err = config_error(run(&inputs("default"), &[], Some(&text)));
    assert!(
        err.contains("host in section [default] of /home/u/.edgerc has a scheme other than"),
        "{err}"
    );
}

#[test]
fn origins_never_hold_the_secret() {
    let r = run(&inputs("default"), &[], Some(&file_text())).unwrap();
    let all = r.origins.join("\n");
    assert!(all.contains("section [default]"));
    assert!(!all.contains(SECRET));
    assert!(!format!("{r:?}").contains(SECRET));
}

#[cfg(unix)]
#[test]
fn group_readable_file_is_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("edgerc");
    std::fs::write(&p, "[default]\n").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut w = vec![];
    read_file_checked(&p, &mut w).unwrap();
    assert_eq!(w.len(), 1);
    assert!(w[0].contains("chmod 600"));
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut w = vec![];
    read_file_checked(&p, &mut w).unwrap();
    assert!(w.is_empty());
}

#[test]
fn a_section_twice_is_refused_naming_both_lines() {
    let text = format!(
        "[default]\nhost = a.example\n\n[other]\nhost = b\n[default]\nclient_secret = {SECRET}\n"
    );
    let e = parse(&text).unwrap_err();
    assert_eq!(e.line, 6);
    assert_eq!(
        e.message,
        "section [default] already starts on line 1; a section may appear only once"
    );
    // Through resolve: exit 3, the file and both lines named, the secret never.
    let err = config_error(run(&inputs("default"), &[], Some(&text)));
    assert!(
        err.contains(
            "credentials file /home/u/.edgerc line 6: section [default] already starts on line 1"
        ),
        "{err}"
    );
    // Names differing in case are different sections, as in Akamai's Python signer.
    assert_eq!(parse("[a]\n[A]\n").unwrap().sections.len(), 2);
}

#[test]
fn a_key_twice_in_a_section_is_refused_naming_both_lines() {
    let text = format!(
        "[default]\nclient_secret = {SECRET}\nhost = h\n; comment\nCLIENT-SECRET = other\n"
    );
    let e = parse(&text).unwrap_err();
    assert_eq!(e.line, 5);
    assert_eq!(
        e.message,
        "client_secret is already set on line 2 in section [default]; a key may appear only once in a section"
    );
    let err = config_error(run(&inputs("default"), &[], Some(&text)));
    assert!(
        err.contains("line 5: client_secret is already set on line 2"),
        "{err}"
    );
    // The same key in two sections is fine.
    let f = parse("[a]\nhost = x\n[b]\nhost = y\n").unwrap();
    assert_eq!(f.section("a").unwrap().get("host"), Some("x"));
    assert_eq!(f.section("b").unwrap().get("host"), Some("y"));
}

#[test]
fn a_value_ending_in_a_backslash_does_not_swallow_the_next_line() {
    let f = parse("[default]\nclient_token = abc\\\nclient_secret = s\n").unwrap();
    let d = f.section("default").unwrap();
    assert_eq!(d.get("client_token"), Some("abc\\"));
    assert_eq!(d.get("client_secret"), Some("s"));
}

/// 100,000 sections: one pass, no work per section that grows with the file (the old
/// parser's merging was quadratic: minutes here in a debug build). The bound only proves it
/// does not hang.
#[test]
fn a_file_of_100000_sections_is_read_in_one_pass() {
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(&format!("[s{i}]\nhost = h{i}.example\n"));
    }
    text.push_str("client_token = ct\nclient_secret = cs\naccess_token = at\n");
    let r = run(&inputs("s99999"), &[], Some(&text)).unwrap();
    assert_eq!(r.base_url.as_str(), "https://h99999.example/");
    // A missing section lists ten names and the count, not 100,000 names.
    let err = config_error(run(&inputs("nope"), &[], Some(&text)));
    assert!(
        err.contains("sections there: s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, … (100000 in all)"),
        "{}",
        err.chars().take(200).collect::<String>()
    );
}

#[test]
fn an_account_key_with_a_control_character_is_a_configuration_error() {
    let text = format!(
        "[default]\nhost = h\nclient_token = a\nclient_secret = {SECRET}\naccess_token = b\naccount_key = K\u{1b}[2J\n"
    );
    let err = config_error(run(&inputs("default"), &[], Some(&text)));
    assert!(
        err.contains("account switch key from the credentials file holds a control character"),
        "{err}"
    );
}

#[test]
fn a_file_over_1_mib_is_refused_without_reading_it_all() {
    // /dev/zero never ends: the reader must stop at the limit.
    #[cfg(unix)]
    {
        let e = read_file_checked(Path::new("/dev/zero"), &mut vec![]).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidData);
        assert!(e.to_string().contains("larger than 1 MiB"), "{e}");
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("edgerc");
    std::fs::write(&p, b"[default]\nhost = \xff\n").unwrap();
    let e = read_file_checked(&p, &mut vec![]).unwrap_err();
    assert!(e.to_string().contains("not UTF-8"), "{e}");
}
