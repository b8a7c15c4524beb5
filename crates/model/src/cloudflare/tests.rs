use serde_json::{json, Value};

use super::envelope::decode;
use super::rules::{self, ListQuery};
use super::x509::{check_csr, inspect_issued, normalize_pem};
use super::*;
use crate::{ApiEnum, Checked, Problem};
use moks_testkit::pki::{self, Spec};

fn csr() -> String {
    let subject = [
        ("C", "US"),
        ("ST", "California"),
        ("L", "San Francisco"),
        ("O", "Example Inc"),
        ("OU", "Edge"),
        ("CN", "client.example.com"),
    ];
    pki::make_csr(&subject).0
}

#[test]
fn statuses_move_only_as_the_api_says() {
    use Status::*;
    assert_eq!(Active.after(Action::Revoke), Ok(PendingRevocation));
    assert_eq!(
        PendingRevocation.after(Action::Reactivate),
        Ok(PendingReactivation)
    );
    for s in [PendingRevocation, Revoked, PendingReactivation] {
        assert!(s.after(Action::Revoke).is_err(), "{s}");
    }
    for s in [Active, PendingReactivation] {
        let e = s.after(Action::Reactivate).unwrap_err();
        assert!(e.contains("only a pending_revocation"), "{e}");
    }
    assert!(Revoked
        .after(Action::Reactivate)
        .unwrap_err()
        .contains("final"));
    assert_eq!(PendingRevocation.settles_to(), Some(Revoked));
    assert_eq!(PendingReactivation.settles_to(), Some(Active));
    assert!(Active.is_settled() && Revoked.is_settled() && !PendingRevocation.is_settled());
    let odd = Status::from_api("suspended");
    assert_eq!(odd, Status::Other("suspended".into()));
    assert!(odd.after(Action::Revoke).is_err() && odd.is_settled());
    assert!(ListStatus::All.matches(&Revoked));
    assert!(ListStatus::Revoked.matches(&Revoked) && !ListStatus::Active.matches(&Revoked));
}

#[test]
fn a_certificate_view_keeps_what_it_does_not_name() {
    let v = json!({
        "id": "2458ce5a-0c35-4c7f-82c7-8e9487d3ff60", "status": "pending_revocation",
        "certificate_authority": {"id": "568b6b74", "name": "Managed CA"},
        "validity_days": 3650, "state": "CA", "new_field": [1, 2],
        "serial_number": 7, "expires_on": "2033-02-20T23:18:00Z"
    });
    let c: ClientCertificate = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(c.status, Some(Status::PendingRevocation));
    assert_eq!(c.state.as_deref(), Some("CA"));
    assert_eq!(c.validity_days, Some(3650));
    assert_eq!(
        c.serial_number.as_deref(),
        Some("7"),
        "a number where text is expected reads as its digits (the model's rule for every view)"
    );
    assert_eq!(c.other["new_field"], json!([1, 2]));
    let back = serde_json::to_value(&c).unwrap();
    assert_eq!(back["new_field"], v["new_field"]);
    assert_eq!(back["certificate_authority"]["name"], "Managed CA");
    assert!(x509::parse_date(c.expires_on.as_deref().unwrap()).is_some());
    assert!(x509::parse_date("2033-02-20").is_some() && x509::parse_date("soon").is_none());
}

#[test]
fn the_envelope_is_read_for_success_and_failure() {
    let ok = json!({"success": true, "errors": [], "messages": [], "result": {"id": "x"},
        "result_info": {"page": 1, "per_page": 20, "count": 1, "total_count": 1, "total_pages": 1}});
    let e = decode(200, ok.to_string().as_bytes()).unwrap();
    assert_eq!(
        e.result_as::<ClientCertificate>().unwrap().id.as_deref(),
        Some("x")
    );
    assert_eq!(e.result_info.unwrap().total_pages, Some(1));
    let bad = json!({"success": false, "errors": [{"code": 6003, "message": "Invalid request headers",
        "error_chain": [{"code": 6103, "message": "Invalid format for X-Auth-Key header"}]},
        {"code": 1001, "message": "bad\u{1b}[2J", "source": {"pointer": "/csr"}}],
        "messages": [], "result": null});
    let f = decode(400, bad.to_string().as_bytes()).unwrap_err();
    assert_eq!(f.status, 400);
    assert_eq!(f.errors[0].line(), "6003: Invalid request headers");
    assert!(f.errors[0].other.contains_key("error_chain"));
    assert_eq!(f.errors[1].line(), "1001: bad\\u{1b}[2J (at /csr)");
    // a 2xx that says success: false is a failure; a body that is no envelope is one too
    let f = decode(200, br#"{"success": false, "errors": [], "result": null}"#).unwrap_err();
    assert!(f.errors[0].line().contains("no errors"));
    let f = decode(502, b"<html>bad gateway</html>").unwrap_err();
    assert!(f.envelope.is_none() && f.errors[0].line().contains("<html>bad gateway"));
    let long = "x".repeat(5000);
    assert!(ApiMessage::new(1, long).line().chars().count() < 520);
}

#[test]
fn envelopes_are_written_with_every_member() {
    let f = serde_json::to_value(Envelope::failure(vec![ApiMessage::new(
        10000,
        "Authentication error",
    )]))
    .unwrap();
    assert_eq!(
        f,
        json!({"success": false, "errors": [{"code": 10000, "message": "Authentication error"}],
            "messages": [], "result": null})
    );
    let info = ResultInfo {
        page: Some(2),
        ..ResultInfo::default()
    };
    let p = serde_json::to_value(Envelope::page(vec![json!(1)], info)).unwrap();
    assert_eq!(p["result"], json!([1]));
    assert_eq!(p["result_info"]["page"], 2);
    assert_eq!(p["success"], true);
    let pointed = ApiMessage::new(1, "m").at("/validity_days");
    assert_eq!(
        serde_json::to_value(pointed).unwrap()["source"]["pointer"],
        "/validity_days"
    );
}

#[test]
fn ids_pages_and_hostnames_follow_their_rules() {
    assert!(rules::zone_id("023e105f4ecef8ad9ca31a8372d0c353").is_ok());
    for bad in [
        "023E105F4ECEF8AD9CA31A8372D0C353",
        "023e105f",
        "example.com",
        "",
    ] {
        assert!(rules::zone_id(bad).is_err(), "{bad}");
    }
    assert!(rules::mtls_certificate_id("99f5b54b-4c20-4b9b-a4f8-d2c1a9cc39b0").is_ok());
    assert!(rules::mtls_certificate_id("99f5b54b4c204b9ba4f8d2c1a9cc39b0").is_err());
    assert!(rules::per_page(5).is_ok() && rules::per_page(50).is_ok());
    assert!(rules::per_page(4).is_err() && rules::per_page(51).is_err());
    assert!(rules::hostname("*.api.example.com").is_ok());
    for bad in ["", "a..b", "-a.com", "a b.com", "a.com/x"] {
        assert!(rules::hostname(bad).is_err(), "{bad}");
    }
    let q = ListQuery::parse([("status", "revoked"), ("page", "2.0"), ("per_page", "5")]).unwrap();
    assert_eq!(q.status, Some(ListStatus::Revoked));
    assert_eq!((q.page, q.per_page), (2, 5));
    assert_eq!(q.to_query(), "status=revoked&page=2&per_page=5");
    assert_eq!(ListQuery::parse([]).unwrap(), ListQuery::default());
    assert_eq!(
        ListQuery::parse([("per_page", "100")]).unwrap_err().0,
        "per_page"
    );
    assert_eq!(ListQuery::parse([("page", "0")]).unwrap_err().0, "page");
    assert_eq!(
        ListQuery::parse([("status", "gone")]).unwrap_err().0,
        "status"
    );
}

#[test]
fn paging_stops_at_the_last_page_or_an_empty_one() {
    let info = |total| ResultInfo {
        total_pages: Some(total),
        ..ResultInfo::default()
    };
    assert!(!rules::is_last_page(1, Some(&info(3)), 50));
    assert!(rules::is_last_page(3, Some(&info(3)), 7));
    assert!(rules::is_last_page(4, Some(&info(3)), 1));
    assert!(
        !rules::is_last_page(9, None, 50),
        "without total_pages, only an empty page ends it"
    );
    assert!(rules::is_last_page(2, None, 0));
    assert!(rules::is_last_page(1, Some(&info(5)), 0));
    assert_eq!(rules::total_pages(0, 20), 0);
    assert_eq!(rules::total_pages(41, 20), 3);
}

#[test]
fn a_create_body_checks_its_csr_and_validity() {
    let pem = csr();
    let crlf = pem.replace('\n', "\r\n");
    let b: Checked<CreateClientCertificate> = Checked::new(
        json!({"csr": crlf, "validity_days": 3650})
            .as_object()
            .unwrap()
            .clone(),
    )
    .unwrap();
    assert_eq!(b.csr, normalize_pem(&pem));
    assert!(!b.csr.contains('\r'));
    assert_eq!(b.subject.common_name.as_deref(), Some("client.example.com"));
    assert_eq!(b.subject.location.as_deref(), Some("San Francisco"));
    assert_eq!(b.subject.state.as_deref(), Some("California"));
    let sent = CreateClientCertificate::body(&crlf, 30).unwrap();
    assert!(!sent.json()["csr"].as_str().unwrap().contains('\r'));
    // every problem at once
    let errs = match Checked::<CreateClientCertificate>::new(
        json!({"csr": "nope", "validity_days": 0})
            .as_object()
            .unwrap()
            .clone(),
    ) {
        Err(e) => e,
        Ok(_) => panic!("accepted"),
    };
    assert_eq!(errs.len(), 2);
    assert!(errs[0]
        .to_string()
        .contains("not a PEM certificate signing request"));
    assert_eq!(errs[1].field, "validity_days");
    let too_long = CreateClientCertificate::body(&pem, rules::MAX_VALIDITY_DAYS + 1).unwrap_err();
    assert!(too_long[0].to_string().contains("1 to 36500 days"));
    let missing = Checked::<CreateClientCertificate>::new(Default::default()).unwrap_err();
    assert!(missing.iter().all(|e| e.problem == Problem::Missing));
}

#[test]
fn a_csr_must_verify_and_carry_no_key() {
    let (pem, key) = pki::make_csr(&[("CN", "x")]);
    assert!(check_csr(&pem).is_ok());
    let with_key = format!("{pem}{key}");
    assert!(check_csr(&with_key).unwrap_err().contains("private key"));
    assert!(check_csr(&format!("{pem}{pem}"))
        .unwrap_err()
        .contains("more than one"));
    // flip one byte of the signature (near the end of the DER): it no longer verifies
    let der = x509_parser::pem::parse_x509_pem(pem.as_bytes())
        .unwrap()
        .1
        .contents;
    let mut bad = der.clone();
    let n = bad.len();
    bad[n - 3] ^= 0x01;
    let bad_pem =
        crate::truststore::certs::to_pem(&bad).replace("CERTIFICATE", "CERTIFICATE REQUEST");
    let e = check_csr(&bad_pem).unwrap_err();
    assert!(e.contains("signature") || e.contains("parse"), "{e}");
    let cert = pki::make_root(&Spec::leaf("leaf")).pem;
    assert!(check_csr(&cert)
        .unwrap_err()
        .contains("not a PEM certificate signing request"));
}

#[test]
fn an_issued_certificate_is_read_for_what_the_api_reports() {
    let made = pki::make_root(&Spec::ca("Managed CA"));
    let i = inspect_issued(&made.pem).unwrap();
    assert_eq!(i.fingerprint_sha256.len(), 64);
    assert_eq!(i.signature, "ECDSAWithSHA256");
    assert!(i.serial_number.bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(i.ski.as_ref().map(String::len), Some(40));
    assert_eq!(i.subject.common_name.as_deref(), Some("Managed CA"));
    assert_eq!(i.validity_days(), 3651);
    assert!(inspect_issued("junk").is_err());
}

#[test]
fn association_and_reactivate_bodies() {
    let ok = |v: Value| Checked::<HostnameAssociationsBody>::new(v.as_object().unwrap().clone());
    let b =
        ok(json!({"hostnames": ["API.example.com", "api.example.com", "*.example.com"]})).unwrap();
    assert_eq!(b.hostnames, ["api.example.com", "*.example.com"]);
    assert_eq!(b.mtls_certificate_id, None);
    assert!(ok(json!({"hostnames": []})).unwrap().hostnames.is_empty());
    assert!(ok(json!({})).is_err());
    assert!(ok(json!({"hostnames": ["a b"]})).is_err());
    assert!(ok(json!({"hostnames": [], "mtls_certificate_id": "x"})).is_err());
    assert!(ok(json!({"tls_hostname_association": {"hostnames": []}})).is_err());
    let many: Vec<String> = (0..=rules::MAX_HOSTNAMES)
        .map(|i| format!("h{i}.example.com"))
        .collect();
    assert!(ok(json!({ "hostnames": many })).is_err());
    let r = |v: Value| Checked::<Reactivate>::new(v.as_object().unwrap().clone()).is_ok();
    assert!(r(json!({"reactivate": true})) && r(json!({})));
    assert!(!r(json!({"reactivate": false})) && !r(json!({"reactivate": "yes"})));
    assert_eq!(Reactivate::body().json()["reactivate"], true);
}
