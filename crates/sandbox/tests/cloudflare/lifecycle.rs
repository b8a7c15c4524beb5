//! Certificates from creation to revocation, their X.509, paging, zones and seeding.

use super::*;
use moks_model::cloudflare::x509::inspect_issued;
use x509_parser::prelude::{FromDer, X509Certificate};

#[tokio::test]
async fn a_certificate_is_created_revoked_and_reactivated() {
    let (_sb, c) = start(long_delay()).await;
    let zone = c.zone("example.com").await;
    let subject = [
        ("CN", "client.example.com"),
        ("OU", "Edge"),
        ("O", "Example Inc"),
    ];
    let (csr, _key) = pki::make_csr(
        &[
            &[("ST", "California"), ("L", "San Francisco")],
            &subject[..],
        ]
        .concat(),
    );
    // sent with CRLF line breaks: stored and answered with \n
    let body = json!({"csr": csr.replace('\n', "\r\n"), "validity_days": 3650});
    let created = c.call("POST", &certs(&zone), Some(body)).await;
    let cert = created.result().clone();
    let id = cert["id"].as_str().unwrap();
    assert_eq!(id.len(), 32);
    assert_eq!(cert["status"], "active");
    assert_eq!(cert["csr"], csr);
    assert_eq!(cert["common_name"], "client.example.com");
    assert_eq!(cert["location"], "San Francisco");
    assert_eq!(cert["state"], "California");
    assert_eq!(cert["organizational_unit"], "Edge");
    assert_eq!(cert["validity_days"], 3650);
    assert!(cert["certificate_authority"]["name"]
        .as_str()
        .unwrap()
        .starts_with("Managed CA"));
    let one = format!("{}/{id}", certs(&zone));
    let got = c.call("GET", &one, None).await;
    assert_eq!(got.result(), &cert);

    let revoked = c.call("DELETE", &one, None).await;
    assert_eq!(revoked.result()["status"], "pending_revocation");
    let got = c.call("GET", &one, None).await;
    assert_eq!(got.result()["status"], "pending_revocation");
    let again = c.call("DELETE", &one, None).await;
    assert_eq!((again.status, again.code()), (400, 1409));

    let back = c
        .call("PATCH", &one, Some(json!({"reactivate": true})))
        .await;
    assert_eq!(back.result()["status"], "pending_reactivation");
    let listed = c.call("GET", &certs(&zone), None).await;
    assert_eq!(listed.result()[0]["status"], "pending_reactivation");
    // reactivating is only for pending_revocation
    let twice = c.call("PATCH", &one, Some(json!({}))).await;
    assert_eq!((twice.status, twice.code()), (400, 1409));
    let refused = c
        .call("PATCH", &one, Some(json!({"reactivate": false})))
        .await;
    assert_eq!(refused.status, 400);
    assert_eq!(
        refused.body["errors"][0]["source"]["pointer"],
        "/reactivate"
    );
}

#[tokio::test]
async fn pending_statuses_settle_and_revoked_is_final() {
    let (_sb, c) = start(CloudflareConfig::default()).await;
    let zone = c.zone("example.com").await;
    let id = c.create(&zone, "a.example.com", 30).await.result()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let one = format!("{}/{id}", certs(&zone));
    let revoke = c.call("DELETE", &one, None).await;
    assert_eq!(revoke.result()["status"], "pending_revocation");
    // no delay: the next read sees it settled
    assert_eq!(
        c.call("GET", &one, None).await.result()["status"],
        "revoked"
    );
    let r = c.call("PATCH", &one, None).await;
    assert_eq!((r.status, r.code()), (400, 1409));
    assert!(r.body["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("final"));
    let revoked = c
        .call("GET", &format!("{}?status=revoked", certs(&zone)), None)
        .await;
    assert_eq!(revoked.result().as_array().unwrap().len(), 1);
    let active = c
        .call("GET", &format!("{}?status=active", certs(&zone)), None)
        .await;
    assert_eq!(active.result(), &json!([]));
}

#[tokio::test]
async fn the_issued_certificate_verifies_against_the_zone_ca() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let sb = Sandbox::start(Options::new(
        "127.0.0.1:0".parse().unwrap(),
        StateLocation::File(path.clone()),
    ))
    .await
    .unwrap();
    let c = client(&sb);
    let zone = c.zone("example.net").await;
    let cert = c
        .create(&zone, "device-7.example.net", 90)
        .await
        .result()
        .clone();
    let pem = cert["certificate"].as_str().unwrap();
    let der = x509_parser::pem::parse_x509_pem(pem.as_bytes())
        .unwrap()
        .1
        .contents;
    let (_, x) = X509Certificate::from_der(&der).unwrap();
    let cn = x.subject().iter_common_name().next().unwrap();
    assert_eq!(cn.as_str().unwrap(), "device-7.example.net");
    let days = (x.validity().not_after.timestamp() - x.validity().not_before.timestamp()) / 86400;
    assert_eq!(days, 90);
    // the fields reported are the certificate's
    let facts = inspect_issued(pem).unwrap();
    assert_eq!(cert["fingerprint_sha256"], facts.fingerprint_sha256);
    assert_eq!(cert["serial_number"], facts.serial_number);
    assert_eq!(cert["ski"], facts.ski.unwrap());
    assert_eq!(cert["signature"], "ECDSAWithSHA256");
    assert_eq!(
        cert["expires_on"],
        moks_model::cloudflare::x509::format_date(facts.not_after)
    );
    // the zone's CA (kept in the state file: no API serves it) signed it
    let state: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let zones = state["accounts"][""]["cloudflare"]["zones"]
        .as_array()
        .unwrap();
    let z = zones.iter().find(|z| z["id"] == zone.as_str()).unwrap();
    let ca_pem = z["ca"]["certificate_pem"].as_str().unwrap();
    let ca_der = x509_parser::pem::parse_x509_pem(ca_pem.as_bytes())
        .unwrap()
        .1
        .contents;
    let (_, ca) = X509Certificate::from_der(&ca_der).unwrap();
    x.verify_signature(Some(ca.public_key())).unwrap();
    assert_eq!(x.issuer(), ca.subject());
}

#[tokio::test]
async fn lists_are_paged_with_result_info() {
    let (_sb, c) = start(CloudflareConfig::default()).await;
    let zone = c.zone("example.com").await;
    for i in 0..7 {
        c.create(&zone, &format!("c{i}.example.com"), 30)
            .await
            .result();
    }
    let page = |p: u32| format!("{}?page={p}&per_page=5", certs(&zone));
    let first = c.call("GET", &page(1), None).await;
    assert_eq!(first.result().as_array().unwrap().len(), 5);
    assert_eq!(
        first.body["result_info"],
        json!({"page": 1, "per_page": 5, "count": 5, "total_count": 7, "total_pages": 2})
    );
    assert_eq!(first.result()[0]["common_name"], "c0.example.com");
    let second = c.call("GET", &page(2), None).await;
    assert_eq!(second.body["result_info"]["count"], 2);
    assert_eq!(second.result()[1]["common_name"], "c6.example.com");
    let beyond = c.call("GET", &page(3), None).await;
    assert_eq!(beyond.result(), &json!([]));
    assert_eq!(beyond.body["result_info"]["total_count"], 7);
    // the default page size is 20; the SDKs' float page numbers are read
    let all = c
        .call("GET", &format!("{}?page=1.0", certs(&zone)), None)
        .await;
    assert_eq!(all.body["result_info"]["per_page"], 20);
    assert_eq!(all.result().as_array().unwrap().len(), 7);
    for bad in ["per_page=4", "per_page=51", "page=0", "status=expired"] {
        let a = c
            .call("GET", &format!("{}?{bad}", certs(&zone)), None)
            .await;
        assert_eq!((a.status, a.code()), (400, 1400), "{bad}");
        let name = bad.split('=').next().unwrap();
        assert_eq!(a.body["errors"][0]["source"]["pointer"], format!("/{name}"));
    }
}

#[tokio::test]
async fn zones_are_found_by_name() {
    let (_sb, c) = start(CloudflareConfig::default()).await;
    let found = c.call("GET", "/zones?name=example.com", None).await;
    let zones = found.result().as_array().unwrap();
    assert_eq!(zones.len(), 1);
    let id = zones[0]["id"].as_str().unwrap();
    assert!(moks_model::cloudflare::rules::zone_id(id).is_ok());
    assert_eq!(zones[0]["name"], "example.com");
    assert_eq!(found.body["result_info"]["total_count"], 1);
    let none = c.call("GET", "/zones?name=nowhere.example", None).await;
    assert_eq!(none.result(), &json!([]));
    let all = c.call("GET", "/zones", None).await;
    assert_eq!(all.result().as_array().unwrap().len(), 2);
    let one = c.call("GET", &format!("/zones/{id}"), None).await;
    assert_eq!(one.result()["name"], "example.com");
    // the same ids after a restart
    let (_sb2, c2) = start(CloudflareConfig::default()).await;
    assert_eq!(c2.zone("example.com").await, id);
}

#[tokio::test]
async fn a_seeded_sandbox_has_example_certificates() {
    let sb = Sandbox::start(Options {
        seed: 4,
        ..options(CloudflareConfig::default())
    })
    .await
    .unwrap();
    let c = client(&sb);
    let zone = c.zone("example.com").await;
    let all = c.call("GET", &certs(&zone), None).await;
    let statuses: Vec<&str> = all
        .result()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["active", "active", "revoked"]);
    let other = c.zone("example.net").await;
    assert_eq!(
        c.call("GET", &certs(&other), None).await.result(),
        &json!([])
    );
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_still_issues_the_certificate() {
    let cfg = CloudflareConfig {
        lost_create_rate: 1.0,
        ..CloudflareConfig::default()
    };
    let (_sb, c) = start(cfg).await;
    let zone = c.zone("example.com").await;
    let (csr, _key) = pki::make_csr(&[("CN", "lost.example.com")]);
    let body = json!({"csr": csr, "validity_days": 30});
    let lost = c.call("POST", &certs(&zone), Some(body)).await;
    assert_eq!((lost.status, lost.code()), (500, 1500));
    // the client finds it by its CSR
    let listed = c.call("GET", &certs(&zone), None).await;
    let found: Vec<&Value> = listed
        .result()
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["csr"] == csr.as_str())
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["status"], "active");
}
