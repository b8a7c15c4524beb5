use super::*;

#[test]
fn subjects_hold_only_attributes_a_certificate_here_can_carry() {
    let all = "/C=US/ST=CA/L=SF/O=Ex, Inc./OU=1 C-1 2/emailAddress=a@example.com/CN=x/";
    assert_eq!(check_subject(all).unwrap().len(), 7);
    let e = check_subject("/XX=1/CN=x/").unwrap_err();
    assert!(e.contains("'XX' is not a subject attribute"), "{e}");
    // The form's own rules come from the one parser.
    assert!(check_subject("/O=x/").unwrap_err().contains("no CN"));
}

fn outside_ca(now: OffsetDateTime) -> Issued {
    new_outside_ca("/C=US/O=Test/CN=Test CA/", now - Duration::days(1), 3650).unwrap()
}

/// Signs `csr` with `ca` after `edit` changed the parameters copied from the CSR.
fn sign_edited(
    csr: &Csr,
    ca: &Issued,
    now: OffsetDateTime,
    edit: impl FnOnce(&mut CertificateParams),
) -> String {
    let key = KeyPair::from_pem(&ca.private_key_pem).unwrap();
    let issuer = Issuer::from_ca_cert_pem(&ca.certificate_pem, key).unwrap();
    let mut req = rcgen::CertificateSigningRequestParams::from_pem(&csr.csr_pem).unwrap();
    req.params.not_before = now - Duration::hours(1);
    req.params.not_after = now + Duration::days(90);
    edit(&mut req.params);
    req.signed_by(&issuer).unwrap().pem()
}

fn kinds(f: &[Finding]) -> Vec<(&str, &str)> {
    f.iter().map(|f| (f.field, f.kind)).collect()
}

#[test]
fn upload_checks_key_match_and_validity() {
    let now = OffsetDateTime::now_utc();
    let ca = outside_ca(now);
    let csr = new_csr("/C=US/O=Ex/CN=leaf/", "ECDSA").unwrap();
    let other = new_csr("/CN=other/", "ECDSA").unwrap();
    let good = sign_csr(
        &csr.csr_pem,
        &ca.certificate_pem,
        &ca.private_key_pem,
        now,
        60,
    )
    .unwrap();
    let up = check_upload(&good, &csr.csr_pem, Some(&ca.certificate_pem), now).unwrap();
    assert!(up.warnings.is_empty() && up.errors.is_empty(), "{up:?}");
    assert_eq!(up.issuer, "Test CA");
    assert_eq!(up.subject, "/C=US/O=Ex/CN=leaf/");
    assert_eq!(up.signature_algorithm, "SHA256_WITH_ECDSA");
    let e = check_upload(&good, &other.csr_pem, None, now).unwrap_err();
    assert!(e.contains("public key"), "{e}");
    let short = sign_csr(
        &csr.csr_pem,
        &ca.certificate_pem,
        &ca.private_key_pem,
        now,
        10,
    )
    .unwrap();
    let up = check_upload(&short, &csr.csr_pem, None, now).unwrap();
    assert_eq!(
        kinds(&up.warnings),
        [("certificate", "CERTIFICATE_EXPIRES_SOON")]
    );
    let old = sign_csr(
        &csr.csr_pem,
        &ca.certificate_pem,
        &ca.private_key_pem,
        now - Duration::days(100),
        10,
    )
    .unwrap();
    assert!(check_upload(&old, &csr.csr_pem, None, now)
        .unwrap_err()
        .contains("expired"));
    assert!(check_upload("garbage", &csr.csr_pem, None, now).is_err());
    assert!(check_upload(&ca.private_key_pem, &csr.csr_pem, None, now)
        .unwrap_err()
        .contains("private key"));
    assert!(check_chain(&ca.certificate_pem).is_ok());
    assert!(check_chain("nope").is_err());
}

#[test]
fn upload_findings_subject_usage_and_chain() {
    let now = OffsetDateTime::now_utc();
    let ca = outside_ca(now);
    let csr = new_csr("/C=US/O=Ex/CN=leaf/", "RSA").unwrap();
    // Another subject than the CSR's: an error.
    let renamed = sign_edited(&csr, &ca, now, |p| {
        p.distinguished_name = distinguished_name("/C=US/O=Ex/CN=someone-else/").unwrap();
    });
    let up = check_upload(&renamed, &csr.csr_pem, None, now).unwrap();
    assert_eq!(kinds(&up.errors), [("certificate", "SUBJECT_MISMATCH")]);
    assert!(up.errors[0].message.contains("/CN=someone-else/"), "{up:?}");
    // serverAuth as the only extended key usage: a warning.
    let server = sign_edited(&csr, &ca, now, |p| {
        p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    });
    let up = check_upload(&server, &csr.csr_pem, None, now).unwrap();
    assert_eq!(
        kinds(&up.warnings),
        [("certificate", "NO_CLIENT_AUTH_USAGE")]
    );
    assert!(up.errors.is_empty());
    // No extended key usage at all restricts nothing.
    let plain = sign_edited(&csr, &ca, now, |_| {});
    assert!(check_upload(&plain, &csr.csr_pem, None, now)
        .unwrap()
        .warnings
        .is_empty());
    // A chain from an unrelated CA: an error.
    let unrelated = new_outside_ca("/CN=Unrelated CA/", now, 30).unwrap();
    let up = check_upload(&plain, &csr.csr_pem, Some(&unrelated.certificate_pem), now).unwrap();
    assert_eq!(kinds(&up.errors), [("trustChain", "TRUST_CHAIN_INVALID")]);
    // The right CA plus an unrelated one: the extra one is named.
    let both = format!("{}{}", ca.certificate_pem, unrelated.certificate_pem);
    let up = check_upload(&plain, &csr.csr_pem, Some(&both), now).unwrap();
    assert!(
        up.errors[0].message.contains("certificate 2 of the chain"),
        "{up:?}"
    );
    // An intermediate and its root, in either order, link.
    let inter_key = generate_key("ECDSA").unwrap();
    let mut ip = CertificateParams::default();
    ip.distinguished_name = distinguished_name("/CN=Intermediate/").unwrap();
    ip.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ip.not_before = now - Duration::days(1);
    ip.not_after = now + Duration::days(365);
    let root = Issuer::from_ca_cert_pem(
        &ca.certificate_pem,
        KeyPair::from_pem(&ca.private_key_pem).unwrap(),
    )
    .unwrap();
    let inter_pem = ip.signed_by(&inter_key, &root).unwrap().pem();
    let inter = Issued {
        certificate_pem: inter_pem.clone(),
        private_key_pem: inter_key.serialize_pem(),
        not_before: now,
        not_after: now,
        signature_algorithm: String::new(),
    };
    let leaf = sign_edited(&csr, &inter, now, |_| {});
    for chain in [
        format!("{inter_pem}{}", ca.certificate_pem),
        format!("{}{inter_pem}", ca.certificate_pem),
        inter_pem.clone(),
    ] {
        let up = check_upload(&leaf, &csr.csr_pem, Some(&chain), now).unwrap();
        assert!(up.errors.is_empty(), "{up:?}");
    }
    // ...but the root alone does not: the intermediate is missing.
    let up = check_upload(&leaf, &csr.csr_pem, Some(&ca.certificate_pem), now).unwrap();
    assert_eq!(kinds(&up.errors), [("trustChain", "TRUST_CHAIN_INVALID")]);
}

#[test]
fn account_ca_is_rsa_4096_and_its_leaves_are_signed_sha256_with_rsa() {
    let now = OffsetDateTime::now_utc();
    let ca = new_account_ca(
        "/C=US/O=Akamai Technologies, Inc./OU=Akamai CDN mTLS/CN=23456 Account CA G1/",
        now,
        now + Duration::days(5 * 365),
    )
    .unwrap();
    let der = first_pem(&ca.certificate_pem, "CERTIFICATE").unwrap();
    let (_, cert) = x509_parser::parse_x509_certificate(&der).unwrap();
    match cert.public_key().parsed().unwrap() {
        x509_parser::public_key::PublicKey::RSA(rsa) => {
            assert_eq!(rsa.key_size() as i64, ACCOUNT_CA_KEY_BITS)
        }
        other => panic!("not RSA: {other:?}"),
    }
    // An ECDSA leaf signed by the RSA CA is signed SHA256_WITH_RSA.
    let leaf = issue_leaf(
        &ca.certificate_pem,
        &ca.private_key_pem,
        "/CN=leaf/",
        "ECDSA",
        now,
        Duration::days(90),
    )
    .unwrap();
    assert_eq!(leaf.signature_algorithm, "SHA256_WITH_RSA");
    assert_eq!(
        facts(&leaf.certificate_pem).unwrap().issuer,
        "23456 Account CA G1"
    );
    assert_eq!(leaf.not_after - leaf.not_before, Duration::days(90));
}

fn leaf_spec(cn: &str, now: OffsetDateTime) -> LeafSpec {
    LeafSpec {
        subject: format!("/C=US/O=Ex/CN={cn}/"),
        key_algorithm: "ECDSA".into(),
        // whole seconds, as a certificate holds them
        not_before: now.replace_nanosecond(0).unwrap() - Duration::days(3),
        lifetime: Duration::days(90),
    }
}

fn ask(ca: &Issued, spec: &LeafSpec) -> Issued {
    issue_leaf(
        &ca.certificate_pem,
        &ca.private_key_pem,
        &spec.subject,
        &spec.key_algorithm,
        spec.not_before,
        spec.lifetime,
    )
    .unwrap()
}

/// The leaf is the one `spec` describes, signed by `ca`.
fn check_leaf(leaf: &Issued, spec: &LeafSpec, ca: &Issued) {
    let f = facts(&leaf.certificate_pem).unwrap();
    assert_eq!(f.subject, spec.subject);
    assert_eq!(f.issuer, "Test CA");
    assert_eq!(leaf.not_before, spec.not_before);
    assert_eq!(leaf.not_after, spec.not_before + spec.lifetime);
    let der = first_pem(&leaf.certificate_pem, "CERTIFICATE").unwrap();
    let (_, cert) = x509_parser::parse_x509_certificate(&der).unwrap();
    chain_links(&cert, &ca.certificate_pem).unwrap();
    assert!(KeyPair::from_pem(&leaf.private_key_pem).is_ok());
}

#[test]
fn a_thread_parses_each_of_the_cas_it_alternates_between_once() {
    let now = OffsetDateTime::now_utc();
    let cas: Vec<_> = (0..PARSED_CAS)
        .map(|i| new_outside_ca(&format!("/CN=CA {i}/"), now, 30).unwrap())
        .collect();
    let spec = leaf_spec("leaf", now);
    let before = PARSES.get();
    for _ in 0..3 {
        for ca in &cas {
            let leaf = ask(ca, &spec);
            assert_eq!(leaf.not_before, spec.not_before);
        }
    }
    assert_eq!(PARSES.get() - before, PARSED_CAS);
    // One more CA pushes out the least recently used.
    ask(&outside_ca(now), &spec);
    ask(&cas[0], &spec);
    assert_eq!(PARSES.get() - before, PARSED_CAS + 2);
}

#[test]
fn presigned_leaves_are_the_leaves_asked_for_signed_once() {
    let now = OffsetDateTime::now_utc();
    let ca = outside_ca(now);
    let specs: Vec<_> = (0..6)
        .map(|i| leaf_spec(&format!("leaf-{i}"), now))
        .collect();
    let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
    // The first leaf names the CA; then a helper runs to the end before the next ask:
    // it signed all the others, from the back, and they are taken from it.
    let (leaves, counts) = p.run(|| {
        let mut leaves = vec![ask(&ca, &specs[0])];
        std::thread::scope(|s| s.spawn(|| p.help()).join().unwrap());
        assert_eq!(p.lock().signed.len(), 5);
        leaves.extend(specs[1..].iter().map(|s| ask(&ca, s)));
        leaves
    });
    assert_eq!(
        counts,
        PresignCounts {
            ahead: 5,
            inline: 1,
            unplanned: 0
        }
    );
    for (leaf, spec) in leaves.iter().zip(&specs) {
        check_leaf(leaf, spec, &ca);
    }
    let keys: std::collections::HashSet<_> =
        leaves.iter().map(|l| l.private_key_pem.clone()).collect();
    assert_eq!(keys.len(), leaves.len(), "a fresh key per leaf");
    assert!(p.lock().signed.is_empty());
    // Outside `run`, nothing is presigned.
    assert!(PRESIGNER.with_borrow(Option::is_none));
}

#[test]
fn presigner_with_helpers_running_alongside_signs_every_leaf_once() {
    let now = OffsetDateTime::now_utc();
    let ca = outside_ca(now);
    let specs: Vec<_> = (0..40)
        .map(|i| leaf_spec(&format!("leaf-{i}"), now))
        .collect();
    let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
    let (leaves, counts) = std::thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| p.help());
        }
        p.run(|| specs.iter().map(|s| ask(&ca, s)).collect::<Vec<_>>())
    });
    assert_eq!(counts.ahead + counts.inline, 40, "{counts:?}");
    assert_eq!(counts.unplanned, 0);
    for (leaf, spec) in leaves.iter().zip(&specs) {
        check_leaf(leaf, spec, &ca);
    }
    let st = p.lock();
    assert!(st.signing.is_empty() && st.signed.is_empty() && st.closed);
}

#[test]
fn presigner_signs_the_unplanned_where_asked_and_never_keeps_helpers_waiting() {
    let now = OffsetDateTime::now_utc();
    let ca = outside_ca(now);
    let other = new_outside_ca("/CN=Other CA/", now - Duration::days(1), 30).unwrap();
    let specs = vec![leaf_spec("a", now), leaf_spec("b", now)];
    let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
    let (_, counts) = std::thread::scope(|s| {
        s.spawn(|| p.help());
        p.run(|| {
            // Not planned: another subject; another lifetime.
            let odd = leaf_spec("c", now);
            check_leaf(&ask(&ca, &odd), &odd, &ca);
            let longer = LeafSpec {
                lifetime: Duration::days(91),
                ..specs[0].clone()
            };
            check_leaf(&ask(&ca, &longer), &longer, &ca);
            // Planned, first asked with this CA: the CA of the plan.
            check_leaf(&ask(&ca, &specs[0]), &specs[0], &ca);
            // Planned, but another CA: signed by that CA, here.
            let leaf = ask(&other, &specs[1]);
            assert_eq!(facts(&leaf.certificate_pem).unwrap().issuer, "Other CA");
        })
    });
    assert_eq!(counts.unplanned, 3, "{counts:?}");
    assert_eq!(counts.ahead + counts.inline, 1, "{counts:?}");
    // A helper waiting for a CA that is never named stops when the run ends.
    let idle = std::sync::Arc::new(Presigner::new(specs, Vec::new()));
    let (_, counts) = std::thread::scope(|s| {
        let h = s.spawn(|| idle.help());
        let out = idle.run(|| ());
        h.join().unwrap();
        out
    });
    assert_eq!(counts, PresignCounts::default());
}

#[test]
fn keys_made_while_the_ca_is_awaited_go_to_the_asking_thread_once() {
    let now = OffsetDateTime::now_utc();
    let ca = outside_ca(now);
    let specs = vec![leaf_spec("a", now)];
    let keys = vec!["ECDSA".to_string(); 3];
    let p = std::sync::Arc::new(Presigner::new(specs.clone(), keys));
    std::thread::scope(|s| {
        s.spawn(|| p.help());
        p.run(|| {
            let made = || p.lock().made.len();
            let since = std::time::Instant::now();
            while made() < 3 {
                assert!(since.elapsed().as_secs() < 30, "the helper made no keys");
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            let ders: std::collections::HashSet<_> = p
                .lock()
                .made
                .iter()
                .map(|(_, k)| k.serialize_der())
                .collect();
            // Not for another algorithm.
            assert!(p.made_key("RSA").is_none());
            for _ in 0..3 {
                let key = generate_key("ECDSA").unwrap();
                assert!(ders.contains(&key.serialize_der()));
            }
            assert_eq!(made(), 0);
            // Then fresh ones, as without a presigner.
            assert!(!ders.contains(&generate_key("ECDSA").unwrap().serialize_der()));
            // Once the CA is known the helper signs instead.
            check_leaf(&ask(&ca, &specs[0]), &specs[0], &ca);
        });
    });
}

#[test]
fn a_leaf_whose_helper_stopped_is_signed_by_the_asking_thread() {
    let now = OffsetDateTime::now_utc();
    let ca = outside_ca(now);
    let specs = vec![leaf_spec("a", now), leaf_spec("b", now)];
    let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
    let (_, counts) = p.run(|| {
        check_leaf(&ask(&ca, &specs[0]), &specs[0], &ca);
        // A helper claims leaf 1, as `help` does, then stops without signing it while
        // the asking thread waits for it.
        let claim = {
            let mut st = p.lock();
            st.back = 1;
            st.signing.insert(1);
            Signing(&p, 1)
        };
        std::thread::scope(|s| {
            s.spawn(move || {
                std::thread::sleep(std::time::Duration::from_millis(50));
                drop(claim);
            });
            check_leaf(&ask(&ca, &specs[1]), &specs[1], &ca);
        });
    });
    assert_eq!(
        counts,
        PresignCounts {
            ahead: 0,
            inline: 2,
            unplanned: 0
        }
    );
}
