//! The intake and local checks of `pem.rs`, with certificates made here.

use super::*;
use moks_testkit::pki::{make_root, Spec, RSA1024_CA_PEM, SHA1_CA_PEM};

fn intake_of(files: &[(&str, &str)]) -> Intake {
    let mut intake = Intake::default();
    for (name, text) in files {
        add_input(&mut intake, name, text.as_bytes(), false);
    }
    intake
}

fn details(e: &anyhow::Error) -> Vec<String> {
    error::render(e).details
}

#[test]
fn good_cas_pass_with_their_sources_and_are_sent_normalised() {
    let a = make_root(&Spec::ca("A"));
    let b = make_root(&Spec::ca("B"));
    let bundle = format!("{}{}", a.pem, b.pem).replace('\n', "\r\n");
    let p = prepare(
        intake_of(&[("ca.pem", &bundle)]),
        false,
        OffsetDateTime::now_utc(),
    )
    .unwrap();
    assert_eq!(p.sent.len(), 2);
    assert!(p.warnings.is_empty());
    assert!(!p.sent[0].pem.contains('\r'));
    assert_eq!(p.sent[0].pem.trim(), a.pem.trim());
    let second = a.pem.lines().count() + 1;
    assert_eq!(
        p.sent[1].source.to_string(),
        format!("ca.pem block 2 (line {second})")
    );
    let body = p.body(Some("d".into()));
    assert_eq!(body.certificates.len(), 2);
    assert_eq!(body.description.as_deref(), Some("d"));
}

#[test]
fn every_problem_is_listed_with_its_source_and_server_index() {
    let good = make_root(&Spec::ca("good"));
    let leaf = make_root(&Spec::leaf("leaf"));
    let expired = make_root(&Spec::ca("old").valid(-40, -5));
    let text = format!("{}{}{}{}", good.pem, good.pem, leaf.pem, expired.pem);
    let e = prepare(
        intake_of(&[("b.pem", &text), ("k.pem", &good.key_pem)]),
        false,
        OffsetDateTime::now_utc(),
    )
    .unwrap_err();
    assert_eq!(error::exit_code(&e), 2);
    let d = details(&e);
    assert_eq!(d.len(), 3, "{d:#?}");
    // The duplicate (block 2) is not counted: the leaf is /certificates/1.
    assert!(d[0].starts_with("b.pem block 3 (line "), "{}", d[0]);
    assert!(
        d[0].contains(", /certificates/1 (") && d[0].contains("CN=leaf)"),
        "{}",
        d[0]
    );
    assert!(d[0].contains("end-entity"), "{}", d[0]);
    assert!(
        d[1].contains("/certificates/2 (") && d[1].contains("CN=old)") && d[1].contains("expired")
    );
    assert!(d[2].starts_with("k.pem block 1 (line 1): it is a private key"));
    let r = error::render(&e);
    assert!(r
        .headline
        .starts_with("the certificates fail the local checks: 3 problems"));
    assert!(r.hints[0].contains("private key is never sent"));
}

#[test]
fn sha1_needs_the_flag_and_small_keys_are_refused() {
    let now = OffsetDateTime::now_utc();
    let e = prepare(intake_of(&[("s.pem", SHA1_CA_PEM)]), false, now).unwrap_err();
    assert!(details(&e)[0].contains("SHA1WITHRSA"));
    let mut allowed = intake_of(&[("s.pem", SHA1_CA_PEM)]);
    allowed.allow_insecure_sha1 = true;
    assert!(prepare(allowed, false, now).is_ok());
    let e = prepare(intake_of(&[("r.pem", RSA1024_CA_PEM)]), false, now).unwrap_err();
    assert!(details(&e)[0].contains("RSA 1024"), "{:?}", details(&e));
    // Skipped: sent as given.
    let p = prepare(intake_of(&[("r.pem", RSA1024_CA_PEM)]), true, now).unwrap();
    assert_eq!(p.sent.len(), 1);
}

#[test]
fn a_key_is_refused_even_when_checks_are_skipped() {
    let good = make_root(&Spec::ca("good"));
    let text = format!("{}{}", good.pem, good.key_pem);
    let e = prepare(
        intake_of(&[("x.pem", &text)]),
        true,
        OffsetDateTime::now_utc(),
    )
    .unwrap_err();
    assert!(details(&e)[0].contains("private key"));
}

#[test]
fn expiring_soon_is_a_warning_and_duplicates_are_named_once() {
    let soon = make_root(&Spec::ca("soon").valid(-1, 10));
    let text = format!("{}{}", soon.pem, soon.pem);
    let p = prepare(
        intake_of(&[("a.pem", &text)]),
        false,
        OffsetDateTime::now_utc(),
    )
    .unwrap();
    assert_eq!(p.sent.len(), 1);
    assert_eq!(p.warnings.len(), 2, "{:?}", p.warnings);
    assert!(p.warnings[0].contains("within 30 days"));
    assert!(p.warnings[1].starts_with("a.pem block 2 (line "));
    assert!(p.warnings[1].contains("is the same certificate as a.pem block 1 (line 1)"));
}

#[test]
fn no_pem_and_empty_inputs_are_refused() {
    let e = prepare(
        intake_of(&[("n.txt", "hello"), ("e.pem", "")]),
        false,
        OffsetDateTime::now_utc(),
    )
    .unwrap_err();
    assert_eq!(
        details(&e),
        [
            "n.txt: no -----BEGIN CERTIFICATE----- block found",
            "e.pem: it is empty"
        ]
    );
    assert!(error::render(&e)
        .headline
        .starts_with("no certificate to send"));
}

#[test]
fn more_than_300_certificates_are_refused() {
    let one = make_root(&Spec::ca("c"));
    let mut intake = Intake::default();
    for i in 0..=rules::MAX_CERTIFICATES {
        let pem = if i == 0 {
            one.pem.clone()
        } else {
            make_root(&Spec::ca(&format!("c{i}"))).pem
        };
        add_input(&mut intake, &format!("f{i}.pem"), pem.as_bytes(), false);
    }
    let e = prepare(intake, false, OffsetDateTime::now_utc()).unwrap_err();
    assert_eq!(
        details(&e),
        ["301 certificates (after removing duplicates): a version holds at most 300"]
    );
}

#[test]
fn short_fingerprints() {
    assert_eq!(
        short_fingerprint(&"a".repeat(64)),
        format!("{}…", "a".repeat(16))
    );
    assert_eq!(short_fingerprint("abc"), "abc");
}
