//! CPS v2 through the sandbox's HTTP server: requests signed with the test kit's EdgeGrid
//! signer, sent with reqwest to `Sandbox::start` on 127.0.0.1:0, with the media types of
//! the model's operation table. Both lifecycles end to end, the refusals (media types,
//! pending changes, cancel, the five-minute rule, the transient 409, the rate limits), the
//! seeded enrollments and the Contract API's contract list. No timing assertions: the
//! step delay is zero unless a test needs steps to wait.

mod client;

use client::*;
use moks_model::cps::media::Entity;
use moks_model::cps::TemplateKind;
use moks_sandbox::{CpsConfig, Sandbox};
use moks_testkit::pki::{self, Spec};
use serde_json::{json, Value};
use std::time::Duration;

#[tokio::test]
async fn a_third_party_enrollment_goes_from_create_to_production() {
    let sb = Sandbox::start(options(quick())).await.unwrap();
    let c = Client::new(&sb);
    let mut d = doc(TemplateKind::ThirdParty);
    d["csr"]["cn"] = json!("warn.example.com");
    d["csr"]["sans"] = json!(["warn.example.com", "example.com"]);
    d["networkConfiguration"]["dnsNameSettings"]["dnsNames"] = json!(["example.com"]);
    let created = c.create(d).await;
    assert_eq!(created.status, 202, "{}", created.body);
    assert_eq!(created.header("content-type"), mt(Entity::EnrollmentStatus));
    let enrollment = created.body["enrollment"].as_str().unwrap().to_string();
    let link = created.body["changes"][0].as_str().unwrap().to_string();
    assert!(
        link.starts_with(&format!("{enrollment}/changes/")),
        "{link}"
    );

    pre_verification(&c, &link).await;
    upload_third_party(&c, &link).await;
    change_management(&c, &link, &enrollment).await;
    deployed(&c, &enrollment).await;
}

async fn pre_verification(c: &Client, link: &str) {
    // pre-verification warnings (a name under warn.)
    let ch = c.change(link).await;
    assert_eq!(
        ch["statusInfo"]["status"],
        "wait-review-pre-verification-safety-checks"
    );
    let (kind, info, update) = input(&ch);
    assert_eq!(kind, "pre-verification-warnings-acknowledgement");
    let w = c.get(&info, Entity::Warnings).await;
    assert!(w.body["warnings"]
        .as_str()
        .unwrap()
        .contains("warn.example.com"));
    // the wrong input now: 409
    let wrong = c
        .ack(&format!(
            "{link}/input/update/post-verification-warnings-ack"
        ))
        .await;
    assert_eq!(wrong.status, 409, "{}", wrong.body);
    assert!(wrong.body["type"]
        .as_str()
        .unwrap()
        .ends_with("/invalid-enrollment-state"));
    assert_eq!(c.ack(&update).await.status, 200);
}

async fn upload_third_party(c: &Client, link: &str) {
    // the CSR, then an upload that is refused, then the right one
    let ch = c.change(link).await;
    assert_eq!(ch["statusInfo"]["status"], "wait-upload-third-party");
    assert_eq!(ch["statusInfo"]["state"], "awaiting-input");
    let (kind, info, update) = input(&ch);
    assert_eq!(kind, "third-party-certificate");
    let csrs = c.get(&info, Entity::Csr).await;
    assert_eq!(csrs.header("content-type"), mt(Entity::Csr));
    let csr = csrs.body["csrs"][0]["csr"].as_str().unwrap().to_string();
    assert_eq!(csrs.body["csrs"][0]["keyAlgorithm"], "RSA");
    let ca = pki::make_root(&Spec::ca("Test CA"));
    let upload = |cert: String, chain: &str| {
        json!({"certificatesAndTrustChains": [
            {"certificate": cert, "keyAlgorithm": "RSA", "trustChain": chain}]})
    };
    let wrong_names = sign(&csr, &ca, &["warn.example.com"]);
    let refused = c
        .post(
            &update,
            Entity::ChangeId,
            upload(wrong_names, &ca.pem),
            Entity::CertificateAndTrustChain,
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert!(refused.body["detail"]
        .as_str()
        .unwrap()
        .contains("example.com"));
    let other_key = pki::make_root(&Spec::ca("Not the CSR")).pem;
    let refused = c
        .post(
            &update,
            Entity::ChangeId,
            upload(other_key, ""),
            Entity::CertificateAndTrustChain,
        )
        .await;
    assert_eq!(refused.status, 400, "{}", refused.body);
    // no chain: post-verification warnings follow
    let good = sign(&csr, &ca, &["warn.example.com", "example.com"]);
    let up = c
        .post(
            &update,
            Entity::ChangeId,
            upload(good, ""),
            Entity::CertificateAndTrustChain,
        )
        .await;
    assert_eq!(up.status, 200, "{}", up.body);
    assert_eq!(up.body["change"], link);
    let ch = c.change(link).await;
    assert_eq!(ch["statusInfo"]["status"], "wait-review-third-party-cert");
    let (_, info, update) = input(&ch);
    let w = c.get(&info, Entity::Warnings).await;
    assert!(w.body["warnings"].as_str().unwrap().contains("trust chain"));
    assert_eq!(c.ack(&update).await.status, 200);
}

async fn change_management(c: &Client, link: &str, enrollment: &str) {
    // change management: staging first, then the acknowledgement with its hash
    let ch = c.change(link).await;
    assert_eq!(ch["statusInfo"]["status"], "wait-ack-change-management");
    let (_, info, update) = input(&ch);
    let cm = c.get(&info, Entity::ChangeManagementInfo).await;
    assert_eq!(cm.header("content-type"), mt(Entity::ChangeManagementInfo));
    let hash = cm.body["validationResultHash"]
        .as_str()
        .unwrap()
        .to_string();
    let staged = c.get(&info, Entity::Deployment).await;
    assert!(staged.body["primaryCertificate"]["certificate"]
        .as_str()
        .unwrap()
        .contains("BEGIN CERTIFICATE"));
    let prod = c
        .get(
            &format!("{enrollment}/deployments/production"),
            Entity::Deployment,
        )
        .await;
    assert_eq!(prod.status, 404, "nothing on production yet");
    let bad = c
        .post(
            &update,
            Entity::ChangeId,
            json!({"acknowledgement": "acknowledge", "hash": "00"}),
            Entity::AcknowledgementWithHash,
        )
        .await;
    assert_eq!(bad.status, 400);
    let ok = c
        .post(
            &update,
            Entity::ChangeId,
            json!({"acknowledgement": "acknowledge", "hash": hash}),
            Entity::AcknowledgementWithHash,
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    let ch = c.change(link).await;
    assert_eq!(ch["statusInfo"]["state"], "completed");
    assert_eq!(ch["allowedInput"], json!([]));
}

async fn deployed(c: &Client, enrollment: &str) {
    // deployed: production, the enrollment, histories, active certificates
    let eid = enrollment.rsplit('/').next().unwrap();
    let prod = c
        .get(
            &format!("{enrollment}/deployments/production"),
            Entity::Deployment,
        )
        .await;
    assert_eq!(prod.status, 200);
    assert_eq!(prod.body["primaryCertificate"]["keyAlgorithm"], "RSA");
    let e = c.get(enrollment, Entity::Enrollment).await;
    assert_eq!(e.body["id"].to_string(), eid);
    assert_eq!(e.body["pendingChanges"], json!([]));
    assert_eq!(e.body["productionSlots"], e.body["assignedSlots"]);
    let h = c
        .get(
            &format!("{enrollment}/history/changes"),
            Entity::ChangeHistory,
        )
        .await;
    assert_eq!(h.body["changes"][0]["status"], "completed");
    let h = c
        .get(
            &format!("{enrollment}/history/certificates"),
            Entity::CertificateHistory,
        )
        .await;
    assert_eq!(h.body["certificates"][0]["deploymentStatus"], "active");
    let a = c
        .get(
            "/cps/v2/active-certificates?contractId=1-SANDBOX",
            Entity::ActiveCertificates,
        )
        .await;
    let fp = a.body["enrollments"][0]["production"]["primaryCertificate"]["sha256Fingerprint"]
        .as_str()
        .unwrap();
    assert_eq!(fp.len(), 32 * 3 - 1);
}

#[tokio::test]
async fn a_lets_encrypt_enrollment_validates_after_the_acknowledgement() {
    let sb = Sandbox::start(options(quick())).await.unwrap();
    let c = Client::new(&sb);
    let created = c.create(doc(TemplateKind::Dv)).await;
    assert_eq!(created.status, 202, "{}", created.body);
    let link = created.body["changes"][0].as_str().unwrap().to_string();
    let ch = c.change(&link).await;
    assert_eq!(ch["statusInfo"]["status"], "coodinate-domain-validation");
    let (kind, info, update) = input(&ch);
    assert_eq!(kind, "lets-encrypt-challenges");
    let dv = c.get(&info, Entity::DvChallenges).await;
    let view: moks_model::cps::dv::DvChallenges = serde_json::from_value(dv.body.clone()).unwrap();
    let rows = view.rows(true);
    assert_eq!(
        rows.len(),
        4,
        "http-01 and dns-01 for two names: {}",
        dv.body
    );
    let http = view.dv.as_ref().unwrap()[0].challenges.as_ref().unwrap()[0].clone();
    assert!(http.webroot_file().is_some());
    let dns = view.dv.as_ref().unwrap()[0].challenges.as_ref().unwrap()[1].clone();
    assert!(dns
        .zone_line()
        .unwrap()
        .contains("_acme-challenge.www.example.com."));
    // cancel is possible while it waits: but first finish it
    assert_eq!(c.ack(&update).await.status, 200);
    let ch = c.change(&link).await;
    assert_eq!(ch["statusInfo"]["state"], "completed", "{ch}");
    let enrollment = created.body["enrollment"].as_str().unwrap();
    let prod = c
        .get(
            &format!("{enrollment}/deployments/production"),
            Entity::Deployment,
        )
        .await;
    let pem = prod.body["primaryCertificate"]["certificate"]
        .as_str()
        .unwrap();
    let (_, cert) = x509_parser::pem::parse_x509_pem(pem.as_bytes()).unwrap();
    let x = cert.parse_x509().unwrap();
    assert!(x.issuer().to_string().contains("Sandbox CPS DV CA"));
    // the `akamai cps` CLI asks for deployment.v3, which has the certificate at the top
    let v3 = c
        .send(
            "GET",
            &format!("{enrollment}/deployments/production"),
            "application/vnd.akamai.cps.deployment.v3+json",
            None,
        )
        .await;
    assert_eq!(
        v3.body["certificate"],
        prod.body["primaryCertificate"]["certificate"]
    );
    let h = c
        .get(&format!("{enrollment}/dv-history"), Entity::DvHistory)
        .await;
    assert_eq!(
        h.body["results"][0]["domainHistory"][0]["validationStatus"],
        "VALIDATED"
    );
    // a completed change can no longer be cancelled
    let cancel = c.send("DELETE", &link, &mt(Entity::ChangeId), None).await;
    assert_eq!(cancel.status, 409);
    assert_eq!(cancel.body["title"], "Cannot cancel pending change.");
}

#[tokio::test]
async fn updates_cancels_and_deletes_answer_as_the_api() {
    let sb = Sandbox::start(options(quick())).await.unwrap();
    let c = Client::new(&sb);
    let created = c.create(doc(TemplateKind::ThirdParty)).await;
    let enrollment = created.body["enrollment"].as_str().unwrap().to_string();
    let mut e = c.get(&enrollment, Entity::Enrollment).await.body;
    // a contact edit: 200, no change
    e["adminContact"]["firstName"] = json!("Sam");
    let put = |doc: Value, q: &'static str| {
        let pq = format!("{enrollment}{q}");
        let c = &c;
        async move {
            c.send(
                "PUT",
                &pq,
                &mt(Entity::EnrollmentStatus),
                Some((doc, &mt(Entity::Enrollment))),
            )
            .await
        }
    };
    let a = put(e.clone(), "").await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.body["changes"], json!([]));
    // a SAN change while a change is pending: 409, then 202 with the switch
    e["csr"]["sans"] = json!(["www.example.com", "example.com", "new.example.com"]);
    let a = put(e.clone(), "").await;
    assert_eq!(a.status, 409, "{}", a.body);
    let a = put(e.clone(), "?allow-cancel-pending-changes=true").await;
    assert_eq!(a.status, 202, "{}", a.body);
    let link = a.body["changes"][0].as_str().unwrap().to_string();
    let hist = c
        .get(
            &format!("{enrollment}/history/changes"),
            Entity::ChangeHistory,
        )
        .await;
    assert_eq!(hist.body["changes"][0]["action"], "modify-san");
    assert_eq!(hist.body["changes"][1]["status"], "cancelled");
    // schedule
    let s = c
        .send(
            "PUT",
            &format!("{link}/deployment-schedule"),
            &mt(Entity::ChangeId),
            Some((
                json!({"notBefore": "2030-01-01T00:00:00Z"}),
                &mt(Entity::DeploymentSchedule),
            )),
        )
        .await;
    assert_eq!(s.status, 200, "{}", s.body);
    let s = c
        .get(
            &format!("{link}/deployment-schedule"),
            Entity::DeploymentSchedule,
        )
        .await;
    assert_eq!(s.body["notBefore"], "2030-01-01T00:00:00Z");
    // cancel, then delete (nothing deployed: 200)
    let cancel = c.send("DELETE", &link, &mt(Entity::ChangeId), None).await;
    assert_eq!(cancel.status, 200, "{}", cancel.body);
    assert_eq!(c.change(&link).await["statusInfo"]["state"], "cancelled");
    let del = c
        .send("DELETE", &enrollment, &mt(Entity::EnrollmentStatus), None)
        .await;
    assert_eq!(del.status, 200, "{}", del.body);
    assert_eq!(c.get(&enrollment, Entity::Enrollment).await.status, 404);
}

#[tokio::test]
async fn refusals_media_types_checks_and_the_five_minute_rule() {
    let sb = Sandbox::start(options(CpsConfig {
        one_certificate_every: Duration::from_secs(300),
        ..quick()
    }))
    .await
    .unwrap();
    let c = Client::new(&sb);
    let a = c
        .send("GET", "/cps/v2/enrollments", "application/json", None)
        .await;
    assert_eq!(a.status, 406);
    let a = c
        .send(
            "POST",
            "/cps/v2/enrollments?contractId=1-SANDBOX",
            &mt(Entity::EnrollmentStatus),
            Some((doc(TemplateKind::Dv), "application/json")),
        )
        .await;
    assert_eq!(a.status, 415);
    assert!(a.body["type"]
        .as_str()
        .unwrap()
        .starts_with("/cps/v2/error-types/"));
    // charset and other versions are taken; the answer is the version asked
    let a = c
        .send(
            "GET",
            "/cps/v2/enrollments",
            "application/vnd.akamai.cps.enrollments.v11+json; charset=utf-8",
            None,
        )
        .await;
    assert_eq!(a.status, 200);
    assert_eq!(
        a.header("content-type"),
        "application/vnd.akamai.cps.enrollments.v11+json"
    );
    let mut bad = doc(TemplateKind::Dv);
    bad["csr"]["cn"] = json!("not-in-the-sans.example.com");
    let a = c.create(bad).await;
    assert_eq!(a.status, 400, "{}", a.body);
    assert!(a.body["errors"][0]["pointer"]
        .as_str()
        .unwrap()
        .starts_with("/csr"));
    assert_eq!(c.create(doc(TemplateKind::Dv)).await.status, 202);
    let again = c.create(doc(TemplateKind::Dv)).await;
    assert_eq!(again.status, 409, "{}", again.body);
    let a = c.get("/cps/v2/enrollments/abc", Entity::Enrollment).await;
    assert_eq!(a.status, 400);
    let a = c
        .send(
            "PATCH",
            "/cps/v2/enrollments",
            &mt(Entity::Enrollments),
            None,
        )
        .await;
    assert_eq!(a.status, 405);
    assert_eq!(a.header("allow"), "GET, POST");
}

#[tokio::test]
async fn a_transient_conflict_comes_once_per_status_on_demand() {
    let sb = Sandbox::start(options(CpsConfig {
        transient_conflict: true,
        ..quick()
    }))
    .await
    .unwrap();
    let c = Client::new(&sb);
    let created = c.create(doc(TemplateKind::Dv)).await;
    let link = created.body["changes"][0].as_str().unwrap().to_string();
    let (_, _, update) = input(&c.change(&link).await);
    let first = c.ack(&update).await;
    assert_eq!(first.status, 409);
    assert!(first.body["type"]
        .as_str()
        .unwrap()
        .ends_with("invalid-enrollment-state"));
    assert_eq!(c.ack(&update).await.status, 200);
}

#[tokio::test]
async fn steps_wait_for_the_delay_and_seeds_fill_the_list() {
    let sb = Sandbox::start(options(CpsConfig {
        delay: Duration::from_secs(3600),
        seed: true,
        ..quick()
    }))
    .await
    .unwrap();
    let c = Client::new(&sb);
    let list = c
        .get(
            "/cps/v2/enrollments?contractId=1-SANDBOX",
            Entity::Enrollments,
        )
        .await;
    let names: Vec<&str> = list.body["enrollments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["csr"]["cn"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "www.sandbox.example",
            "shop.sandbox.example",
            "api.sandbox.example"
        ]
    );
    let waiting = list.body["enrollments"][2]["pendingChanges"][0]["location"]
        .as_str()
        .unwrap();
    let ch = c.change(waiting).await;
    assert_eq!(ch["statusInfo"]["status"], "wait-upload-third-party");
    let active = c
        .get(
            "/cps/v2/active-certificates?contractId=1-SANDBOX",
            Entity::ActiveCertificates,
        )
        .await;
    assert_eq!(active.body["enrollments"].as_array().unwrap().len(), 2);
    // a new enrollment stays in its first step for the hour
    let created = c.create(doc(TemplateKind::ThirdParty)).await;
    let link = created.body["changes"][0].as_str().unwrap();
    let ch = c.change(link).await;
    assert_eq!(ch["statusInfo"]["status"], "pre-verification-safety-checks");
    assert_eq!(ch["statusInfo"]["state"], "running");
    // the contract list of `akamai cps setup`
    let ids = c
        .send(
            "GET",
            "/contract-api/v1/contracts/identifiers",
            "application/json",
            None,
        )
        .await;
    assert_eq!(ids.body, json!(["1-SANDBOX"]));
}

#[tokio::test]
async fn the_rate_limits_answer_429_with_retry_after() {
    let sb = Sandbox::start(options(CpsConfig {
        rate_limits: true,
        ..quick()
    }))
    .await
    .unwrap();
    let c = Client::new(&sb);
    let mut last = None;
    for _ in 0..25 {
        let a = c.get("/cps/v2/enrollments", Entity::Enrollments).await;
        if a.status == 429 {
            last = Some(a);
            break;
        }
    }
    let a = last.expect("20 requests per 2 seconds");
    assert!(a.header("retry-after").parse::<u64>().unwrap() >= 1);
    assert!(a.body["detail"]
        .as_str()
        .unwrap()
        .starts_with("You have exhausted your API Request Quota."));
}
