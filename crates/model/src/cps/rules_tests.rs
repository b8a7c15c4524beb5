//! One test per rule of [`super::rules`], each from a passing template changed in one place.

use serde_json::{json, Value};

use super::rules::{dns_name, phone};
use super::tests::fixture;
use super::*;

/// A template serving the CN only, so a test may change the SANs alone.
fn base(kind: TemplateKind) -> Value {
    let mut doc: Value = serde_json::from_str(&template(kind)).unwrap();
    doc["networkConfiguration"]["dnsNameSettings"]["dnsNames"] = json!(["www.example.com"]);
    doc
}

/// The lines for a DV template changed by `edit`.
fn lines(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    lines_with(TemplateKind::Dv, &Limits::default(), edit)
}

fn lines_with(kind: TemplateKind, limits: &Limits, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut doc = base(kind);
    edit(&mut doc);
    check_enrollment(&doc, limits)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn remove(doc: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key);
}

#[test]
fn akamais_example_enrollments_pass() {
    for name in [
        "enrollment.v10",
        "enrollment.v11",
        "enrollment.v12",
        "create-enrollment.v9",
    ] {
        assert_eq!(
            check_enrollment(&fixture(name), &Limits::default()),
            vec![],
            "{name}"
        );
    }
}

#[test]
fn a_document_is_an_object() {
    assert_eq!(
        check_enrollment(&json!([]), &Limits::default())[0].to_string(),
        "(document): an enrollment is a JSON object, not a list"
    );
}

#[test]
fn required_fields_are_named_each_on_its_line() {
    let got = lines(|d| {
        for p in [
            "/ra",
            "/changeManagement",
            "/csr/cn",
            "/networkConfiguration/sniOnly",
            "/adminContact/email",
        ] {
            remove(d, p);
        }
        d["enableMultiStackedCertificates"] = Value::Null;
    });
    assert_eq!(
        got,
        [
            "/ra: is required",
            "/changeManagement: is required",
            "/enableMultiStackedCertificates: is required: true for an RSA and an ECDSA certificate, \
         else false (the API leaves it out of its answers but for third-party enrollments)",
            "/csr/cn: is required",
            "/networkConfiguration/sniOnly: is required",
            "/adminContact/email: is required",
        ]
    );
    let none = lines(|d| {
        for p in ["/csr", "/networkConfiguration", "/org", "/techContact"] {
            remove(d, p);
        }
    });
    assert_eq!(
        none,
        [
            "/csr: is required",
            "/networkConfiguration: is required",
            "/techContact: is required",
            "/org: is required"
        ]
    );
}

#[test]
fn enum_values_are_named_with_what_is_allowed() {
    let got = lines(|d| {
        d["validationType"] = json!("DV");
        d["networkConfiguration"]["geography"] = json!("mars");
        d["signatureAlgorithm"] = json!("SHA-512");
    });
    assert_eq!(got, [
        "/validationType: \"DV\" is not allowed; expected one of dv, ov, ev, third-party",
        "/signatureAlgorithm: \"SHA-512\" is not allowed; expected one of SHA-1, SHA-256",
        "/networkConfiguration/geography: \"mars\" is not allowed; expected one of core, china+core, russia+core",
    ]);
}

#[test]
fn the_ca_validation_and_type_go_together() {
    let got = lines(|d| d["ra"] = json!("symantec"));
    assert_eq!(
        got,
        ["/ra: a dv enrollment has ra lets-encrypt, not \"symantec\""]
    );
    let got = lines_with(TemplateKind::Ev, &Limits::default(), |d| {
        d["certificateType"] = json!("wildcard-san");
        d["csr"]["sans"] = json!(["www.example.com", "*.example.com"]);
    });
    assert_eq!(got, ["/certificateType: an ev enrollment has certificateType san or single, not \"wildcard-san\""]);
    let got = lines_with(TemplateKind::ThirdParty, &Limits::default(), |d| {
        d["certificateType"] = json!("san")
    });
    assert_eq!(got, ["/certificateType: a third-party enrollment has certificateType third-party, not \"san\""]);
}

#[test]
fn the_cn_is_among_the_sans() {
    let got = lines(|d| d["csr"]["sans"] = json!(["example.com"]));
    assert_eq!(got, ["/csr/sans: does not list the CN \"www.example.com\"; the CN must be one of the SANs: add it"]);
    assert!(lines(|d| d["csr"]["sans"] = json!(["WWW.EXAMPLE.COM"])).is_empty());
    assert!(
        lines(|d| d["csr"]["sans"] = Value::Null).is_empty(),
        "no SAN list: the CN alone"
    );
}

#[test]
fn san_lists_are_host_names_each_once_within_the_limit() {
    let got = lines(|d| {
        d["csr"]["sans"] = json!([
            "www.example.com",
            "www.example.com",
            "bad name",
            "é.example",
            7,
            "x-.example.com"
        ])
    });
    assert_eq!(got, [
        "/csr/sans/4: expected a string, not a number",
        "/csr/sans/1: \"www.example.com\" is listed twice",
        "/csr/sans/2: \"bad name\": expected a host name such as www.example.com or *.example.com",
        "/csr/sans/3: \"é.example\": write an internationalized name in its xn-- (punycode) form",
        "/csr/sans/5: \"x-.example.com\": expected a host name such as www.example.com or *.example.com",
    ]);
    let small = Limits {
        max_san_names: 1,
        ..Limits::default()
    };
    let got = lines_with(TemplateKind::Dv, &small, |_| {});
    assert_eq!(
        got,
        ["/csr/sans: lists 2 names; an enrollment has at most 1 (maxAllowedSanNames)"]
    );
    let no_wild = Limits {
        max_wildcard_san_names: 0,
        ..Limits::default()
    };
    let got = lines_with(TemplateKind::Ov, &no_wild, |d| {
        d["certificateType"] = json!("wildcard-san");
        d["csr"]["sans"] = json!(["www.example.com", "*.example.com"]);
    });
    assert_eq!(
        got,
        ["/csr/sans: lists 1 wildcard names; at most 0 (maxAllowedWildcardSanNames)"]
    );
    assert_eq!(dns_name("*.example.com"), Ok(()));
    for bad in [
        "example",
        "a..b",
        "*.*.example.com",
        "a_b.example.com",
        &format!("{}.com", "a".repeat(64)),
    ] {
        assert!(dns_name(bad).is_err(), "{bad}");
    }
}

#[test]
fn wildcards_and_single_certificates_follow_their_type() {
    let got = lines(|d| d["csr"]["sans"] = json!(["www.example.com", "*.example.com"]));
    assert_eq!(got, ["/certificateType: a wildcard name needs certificateType wildcard, wildcard-san or third-party"]);
    let got = lines_with(TemplateKind::Ov, &Limits::default(), |d| {
        d["certificateType"] = json!("wildcard")
    });
    assert_eq!(
        got,
        ["/csr/cn: a wildcard certificate's CN is a wildcard name such as *.example.com"]
    );
    let got = lines_with(TemplateKind::Ov, &Limits::default(), |d| {
        d["certificateType"] = json!("single")
    });
    assert_eq!(got, ["/csr/sans: a single certificate carries the CN only; use certificateType san for more names"]);
}

#[test]
fn the_subject_fields_are_short_texts() {
    let got = lines(|d| {
        d["csr"]["c"] = json!("USA");
        d["csr"]["o"] = json!("");
        d["csr"]["ou"] = json!("a\u{1b}[2J");
        d["csr"]["preferredTrustChain"] = json!(1);
    });
    assert_eq!(
        got,
        [
            "/csr/c: \"USA\": expected a two-letter country code such as US",
            "/csr/o: is empty: give a value, or null to leave it out",
            "/csr/ou: a field cannot hold control characters (found \\u{1b})",
            "/csr/preferredTrustChain: expected a string, not a number",
        ]
    );
}

#[test]
fn contacts_and_org_are_checked_unless_an_org_id_stands_for_them() {
    let got = lines(|d| {
        d["adminContact"]["email"] = json!("not-an-address");
        d["techContact"]["phone"] = json!("call me");
        remove(d, "/techContact/lastName");
        remove(d, "/org/city");
    });
    assert_eq!(got, [
        "/adminContact/email: \"not-an-address\": expected an e-mail address such as ops@example.com",
        "/techContact/lastName: is required",
        "/techContact/phone: \"call me\": expected a phone number such as +1 617-555-0111",
        "/org/city: is required",
    ]);
    let with_org_id = lines(|d| {
        d["orgId"] = json!(42);
        d["adminContact"] = Value::Null;
        remove(d, "/techContact");
        remove(d, "/org");
    });
    assert!(with_org_id.is_empty(), "{with_org_id:?}");
    assert_eq!(
        lines(|d| d["orgId"] = json!("x1")),
        ["/orgId: expected a DigiCert organization id, a whole number, not \"x1\""]
    );
    assert_eq!(phone("+1 (617) 555-0111 ext 12"), Ok(()));
    assert!(phone("1234").is_err());
}

#[test]
fn network_configuration_values_are_checked() {
    let got = lines(|d| {
        let n = &mut d["networkConfiguration"];
        n["ocspStapling"] = json!(true);
        n["disallowedTlsVersions"] = json!(["TLSv1", "SSLv3"]);
        n["mustHaveCiphers"] = json!("ak akamai");
        n["quicEnabled"] = json!("false");
        n["dnsNameSettings"]["dnsNames"] = json!(["www.example.com", "other.example.org"]);
    });
    assert_eq!(got, [
        "/networkConfiguration/quicEnabled: expected true or false, not \"false\"",
        "/networkConfiguration/mustHaveCiphers: \"ak akamai\": a cipher profile name such as ak-akamai-2020q1 has no spaces",
        "/networkConfiguration/ocspStapling: is true, not a string: YAML reads an unquoted on as a boolean; write \"on\"",
        "/networkConfiguration/disallowedTlsVersions/1: \"SSLv3\" is not a TLS version; expected one of TLSv1, TLSv1_1, TLSv1_2, TLSv1_3",
        "/networkConfiguration/dnsNameSettings/dnsNames/1: \"other.example.org\" is not a name of the certificate (its CN or a SAN)",
    ]);
    let got = lines(|d| {
        d["networkConfiguration"]["disallowedTlsVersions"] =
            json!(["TLSv1", "TLSv1_1", "TLSv1_2", "TLSv1_3"])
    });
    assert_eq!(got, ["/networkConfiguration/disallowedTlsVersions: disallows every TLS version; allow at least one"]);
}

#[test]
fn fips_mode_needs_v12_and_a_modern_tls() {
    let v11 = Limits {
        enrollment_version: 11,
        ..Limits::default()
    };
    let got = lines_with(TemplateKind::Dv, &v11, |d| {
        d["networkConfiguration"]["fipsMode"] = json!(true);
        d["networkConfiguration"]["disallowedTlsVersions"] = json!(["TLSv1_2", "TLSv1_3"]);
    });
    assert_eq!(got, [
        "/networkConfiguration/fipsMode: needs enrollment media type v12; v11 is sent",
        "/networkConfiguration/fipsMode: needs TLSv1_2 or TLSv1_3 allowed: take one out of disallowedTlsVersions",
    ]);
}

#[test]
fn mutual_authentication_has_its_options() {
    let got = lines(|d| {
        d["networkConfiguration"]["clientMutualAuthentication"] = json!({"setId": "set-1"})
    });
    assert_eq!(got, ["/networkConfiguration/clientMutualAuthentication/authenticationOptions: is required (null is allowed)"]);
    let got = lines(|d| {
        d["networkConfiguration"]["clientMutualAuthentication"] =
            json!({"setId": "s", "authenticationOptions": {"ocsp": {"enabled": 1}}})
    });
    assert_eq!(got, [
        "/networkConfiguration/clientMutualAuthentication/authenticationOptions/sendCaListToClient: is required (null is allowed)",
        "/networkConfiguration/clientMutualAuthentication/authenticationOptions/ocsp/enabled: expected true or false, not 1",
    ]);
}

#[test]
fn third_party_fields_belong_to_third_party_enrollments() {
    let got = lines(|d| d["thirdParty"] = json!({"excludeSans": false}));
    assert_eq!(
        got,
        ["/thirdParty: is for third-party enrollments only: leave it out or set it to null"]
    );
    let got = lines_with(TemplateKind::ThirdParty, &Limits::default(), |d| {
        d["thirdParty"] = json!({})
    });
    assert_eq!(got, ["/thirdParty/excludeSans: is required"]);
}

#[test]
fn unknown_fields_are_refused_with_a_near_name_and_read_only_ones_pass() {
    let got = lines(|d| {
        d["csr"]["san"] = json!(["x"]);
        d["networkConfiguration"]["sni"] = json!({});
        d["colour/~"] = json!(1);
        d["id"] = json!("10001");
        d["pendingChanges"] = json!(["/cps/v2/enrollments/1/changes/2"]);
    });
    assert_eq!(got, [
        "/colour~1~0: is not a field of an enrollment; see `moks cps new-enrollment --template` for the fields",
        "/csr/san: is not a field of csr; did you mean \"sans\"?",
        "/networkConfiguration/sni: is not a field of networkConfiguration; did you mean \"sniOnly\"?",
    ]);
}
