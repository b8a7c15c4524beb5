//! End-to-end tests of the sandbox over real HTTP: requests signed with the test kit's own
//! EdgeGrid signer (independent of the `moks-edgegrid` crate the sandbox verifies with)
//! and sent with reqwest to `Sandbox::start` on 127.0.0.1:0.

use moks_sandbox::{self as sandbox, Options, Sandbox, StateLocation};
use moks_testkit::edgegrid::{self, Creds as Credentials};
use serde_json::{json, Value};
use std::time::Duration;

/// The sandbox's public test credentials, in the test kit's form.
fn sandbox_credentials() -> Credentials {
    let d = sandbox::default_credentials();
    Credentials {
        client_token: d.client_token,
        client_secret: d.client_secret,
        access_token: d.access_token,
        max_body: d.max_body,
    }
}

const BASE: &str = "/mtls-origin-keystore/v1";

fn options(state: StateLocation) -> Options {
    Options::new("127.0.0.1:0".parse().unwrap(), state)
}

struct Client {
    http: reqwest::Client,
    base: String,
    creds: Credentials,
}

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Client {
    fn new(sb: &Sandbox) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: sb.base_url(),
            creds: sandbox_credentials(),
        }
    }

    fn authorization(
        &self,
        creds: &Credentials,
        method: &str,
        pq: &str,
        body: &[u8],
        ts: &str,
        nonce: &str,
    ) -> String {
        edgegrid::authorization(creds, method, &self.base, pq, body, ts, nonce)
    }

    async fn send_raw(
        &self,
        method: &str,
        pq: &str,
        body: Vec<u8>,
        auth: Option<String>,
    ) -> Answer {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut rb = self.http.request(m, format!("{}{pq}", self.base));
        if let Some(a) = auth {
            rb = rb.header("Authorization", a);
        }
        if !body.is_empty() {
            rb = rb.header("Content-Type", "application/json").body(body);
        }
        let resp = rb.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.unwrap();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        Answer {
            status,
            headers,
            body,
        }
    }

    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        let bytes = body
            .map(|b| serde_json::to_vec(&b).unwrap())
            .unwrap_or_default();
        let pq = format!("{BASE}{path}");
        let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
        let auth = self.authorization(&self.creds, method, &pq, &bytes, &ts, &edgegrid::nonce());
        self.send_raw(method, &pq, bytes, Some(auth)).await
    }
}

fn new_cert(name: &str, signer: &str) -> Value {
    json!({"certificateName": name, "contractId": "C-0N7RAC7", "groupId": 12345, "geography": "CORE",
           "secureNetwork": "STANDARD_TLS", "signer": signer, "notificationEmails": ["ops@example.com"]})
}

/// The numbered (non-alias) record of version `n`: for AKAMAI the only one; for
/// THIRD_PARTY the one without `versionAlias`.
fn version(list: &Value, n: i64, signer: &str) -> Value {
    list["versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["version"] == n && (signer == "AKAMAI" || v.get("versionAlias").is_none()))
        .cloned()
        .unwrap_or_else(|| panic!("no version {n} in {list}"))
}

/// (version, versionGuid) of the record carrying `a`.
fn alias(list: &Value, a: &str) -> Option<(i64, String)> {
    list["versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["versionAlias"] == a)
        .map(|v| {
            (
                v["version"].as_i64().unwrap(),
                v["versionGuid"].as_str().unwrap().to_string(),
            )
        })
}

fn numbers(list: &Value) -> Vec<i64> {
    list["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_i64().unwrap())
        .collect()
}

fn openssl_verify(ca_pem: &str, leaf_pem: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    let leaf = dir.path().join("leaf.pem");
    std::fs::write(&ca, ca_pem).unwrap();
    std::fs::write(&leaf, leaf_pem).unwrap();
    let out = std::process::Command::new("openssl")
        .arg("verify")
        .arg("-CAfile")
        .arg(&ca)
        .arg(&leaf)
        .output()
        .expect("openssl is installed");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[tokio::test]
async fn akamai_lifecycle() {
    let sb = Sandbox::start(options(StateLocation::Memory))
        .await
        .unwrap();
    let c = Client::new(&sb);

    // No account CA before the account's first Akamai-signed certificate.
    let ca = c.call("GET", "/ca-certificates", None).await;
    assert_eq!((ca.status, &ca.body), (200, &json!({"certificates": []})));

    let created = c
        .call(
            "POST",
            "/client-certificates",
            Some(new_cert("akamai-one", "AKAMAI")),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["keyAlgorithm"], "RSA");
    assert_eq!(
        created.body["subject"],
        "/C=US/O=Akamai Technologies, Inc./OU=23456 C-0N7RAC7 12345/CN=akamai-one/"
    );
    let id = created.body["certificateId"].as_i64().unwrap();

    let ca = c.call("GET", "/ca-certificates", None).await;
    let ca_cert = &ca.body["certificates"][0];
    assert_eq!(ca_cert["status"], "CURRENT");
    assert_eq!(
        ca_cert["subject"],
        "/C=US/O=Akamai Technologies, Inc./OU=Akamai CDN mTLS/CN=23456 Account CA G1/"
    );
    assert_eq!(ca_cert["keySizeInBytes"], 4096);
    assert_eq!(ca_cert["createdBy"], "akamai");
    let ca_pem = ca_cert["certificate"].as_str().unwrap().to_string();

    let vpath = format!("/client-certificates/{id}/versions");
    let list = c.call("GET", &vpath, None).await;
    assert_eq!(numbers(&list.body), [1], "one record per version");
    let v1 = version(&list.body, 1, "AKAMAI");
    assert_eq!(v1["status"], "DEPLOYED");
    assert_eq!(v1["versionAlias"], "CURRENT");
    assert!(v1["deployedDate"].is_string());
    assert_eq!(v1["keySizeInBytes"], "2048");
    assert_eq!(v1["signatureAlgorithm"], "SHA256_WITH_RSA");
    assert_eq!(v1["issuer"], "23456 Account CA G1");
    assert!(
        v1.get("ellipticCurve").is_none(),
        "left out, not null: {v1}"
    );
    assert_eq!(v1["certificateBlock"]["trustChain"], ca_pem.as_str());
    let leaf = v1["certificateBlock"]["certificate"].as_str().unwrap();
    let (ok, out) = openssl_verify(&ca_pem, leaf);
    assert!(ok, "openssl verify failed: {out}");
    // and the check bites: the leaf does not verify against another CA
    let other = rcgen::CertificateParams::default()
        .self_signed(&rcgen::KeyPair::generate().unwrap())
        .unwrap()
        .pem();
    assert!(!openssl_verify(&other, leaf).0);
    let current_guid = v1["versionGuid"].as_str().unwrap().to_string();

    // Three rotations: the CURRENT and PREVIOUS GUIDs stay the same; two records at most.
    let mut previous_guid = None;
    for n in 2..=4 {
        let rotated = c.call("POST", &vpath, None).await;
        assert_eq!(rotated.status, 201, "{}", rotated.body);
        assert_eq!(rotated.body["version"], n);
        assert_eq!(rotated.body["versionAlias"], "CURRENT");
        assert_eq!(rotated.body["versionGuid"], current_guid.as_str());
        let list = c.call("GET", &vpath, None).await;
        assert_eq!(numbers(&list.body), [n, n - 1]);
        assert_eq!(
            alias(&list.body, "CURRENT"),
            Some((n, current_guid.clone()))
        );
        let (p, guid) = alias(&list.body, "PREVIOUS").unwrap();
        assert_eq!(p, n - 1);
        assert_ne!(guid, current_guid);
        if let Some(g) = &previous_guid {
            assert_eq!(&guid, g);
        }
        previous_guid = Some(guid);
    }

    for v in [4, 3] {
        let d = c
            .call(
                "DELETE",
                &format!("/client-certificates/{id}/versions/{v}"),
                None,
            )
            .await;
        assert_eq!(d.status, 202, "{}", d.body);
        assert!(d.body["message"]
            .as_str()
            .unwrap()
            .starts_with("It's being scheduled to delete on "));
    }
    let list = c.call("GET", &vpath, None).await;
    assert_eq!(version(&list.body, 3, "AKAMAI")["status"], "DELETE_PENDING");
    assert!(version(&list.body, 3, "AKAMAI")["scheduledDeleteDate"].is_string());
    assert_eq!(alias(&list.body, "CURRENT"), None);
    // every version DELETE_PENDING: still listed, and the name still taken
    let all = c.call("GET", "/client-certificates", None).await;
    assert_eq!(all.body["certificates"][0]["certificateId"], id);
    let dup = c
        .call(
            "POST",
            "/client-certificates",
            Some(new_cert("akamai-one", "AKAMAI")),
        )
        .await;
    assert_eq!(dup.status, 400);
    assert_eq!(
        dup.body["errors"][0]["detail"],
        "Certificate with same name already exists."
    );

    // error shapes
    let nf = c.call("GET", "/client-certificates/424242", None).await;
    assert_eq!(
        (nf.status, nf.body["type"].as_str()),
        (404, Some("resource-not-found"))
    );
    assert_eq!(nf.headers["content-type"], "application/problem+json");
    assert_eq!(nf.body["value"], "424242");
    assert_eq!(
        c.call("PUT", "/client-certificates", None).await.status,
        405
    );
    assert_eq!(c.call("GET", "/nowhere", None).await.status, 404);
    let bad = c
        .call(
            "POST",
            "/client-certificates",
            Some(json!({"certificateName": "x"})),
        )
        .await;
    assert_eq!(bad.status, 400);
    assert!(bad.body["errors"].as_array().unwrap().len() >= 5);
    // bytes that are not UTF-8, signed correctly, are a 400 naming the body
    let pq = format!("{BASE}/client-certificates?accountSwitchKey=1-A%3A2");
    let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
    let raw = vec![0xff, 0xfe, b'{'];
    let a = c.authorization(&c.creds, "POST", &pq, &raw, &ts, &edgegrid::nonce());
    let r = c.send_raw("POST", &pq, raw, Some(a)).await;
    assert_eq!(
        (r.status, r.body["errors"][0]["field"].as_str()),
        (400, Some("body"))
    );
    let recorded = sb.requests();
    let last = recorded.last().unwrap();
    assert_eq!(last.query, "accountSwitchKey=1-A%3A2");
    assert_eq!(last.body, vec![0xff, 0xfe, b'{']);
    assert!(last.headers.iter().any(|(k, _)| k == "authorization"));
    assert_eq!(recorded[1].method, "POST");
    assert_eq!(recorded[1].status, 201);
    sb.shutdown().await;
}

#[tokio::test]
async fn third_party_lifecycle() {
    let sb = Sandbox::start(options(StateLocation::Memory))
        .await
        .unwrap();
    let c = Client::new(&sb);
    let mut body = new_cert("tp-one", "THIRD_PARTY");
    body["keyAlgorithm"] = "ECDSA".into();
    let created = c.call("POST", "/client-certificates", Some(body)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["certificateId"].as_i64().unwrap();
    let vpath = format!("/client-certificates/{id}/versions");
    // an account with only third-party certificates has no CA
    let ca = c.call("GET", "/ca-certificates", None).await;
    assert_eq!(ca.body, json!({"certificates": []}));

    // our own CA, issuing client certificates
    let mut ca_params = rcgen::CertificateParams::default();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Test Outside CA");
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let sign = |csr: &str, days: i64| {
        let mut req = rcgen::CertificateSigningRequestParams::from_pem(csr).unwrap();
        let now = time::OffsetDateTime::now_utc();
        req.params.not_before = now - time::Duration::hours(1);
        req.params.not_after = now + time::Duration::days(days);
        req.params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ClientAuth];
        req.signed_by(&issuer).unwrap().pem()
    };

    let mut signed_v1 = String::new();
    let mut guids: Option<(String, Option<String>)> = None;
    for n in 1..=5i64 {
        if n > 1 {
            let r = c.call("POST", &vpath, None).await;
            assert_eq!(
                (r.status, r.body["version"].as_i64()),
                (201, Some(n)),
                "{}",
                r.body
            );
            assert_eq!(r.body["status"], "AWAITING_SIGNED_CERTIFICATE");
            assert!(r.body.get("versionAlias").is_none());
            // the awaiting version holds no alias: CURRENT is still the last deployed one
            let list = c.call("GET", &vpath, None).await;
            assert_eq!(alias(&list.body, "CURRENT").map(|a| a.0), Some(n - 1));
        }
        let list = c.call("GET", &vpath, None).await;
        let v = version(&list.body, n, "THIRD_PARTY");
        assert_eq!(v["status"], "AWAITING_SIGNED_CERTIFICATE");
        assert_eq!(v["csrBlock"]["keyAlgorithm"], "ECDSA");
        assert!(v.get("subject").is_none() && v.get("signatureAlgorithm").is_none());
        let csr = v["csrBlock"]["csr"].as_str().unwrap();
        let cert = sign(csr, 365);
        if n == 1 {
            // a certificate for another key is refused with a field-level error
            let other = rcgen::CertificateParams::default()
                .self_signed(&rcgen::KeyPair::generate().unwrap())
                .unwrap()
                .pem();
            let r = c
                .call(
                    "POST",
                    &format!("{vpath}/1/certificate-block"),
                    Some(json!({"certificate": other})),
                )
                .await;
            assert_eq!(r.status, 400, "{}", r.body);
            assert_eq!(r.body["errors"][0]["field"], "certificate");
            // a short-lived one needs acknowledgeAllWarnings=true
            let short = sign(csr, 10);
            let r = c
                .call(
                    "POST",
                    &format!("{vpath}/1/certificate-block"),
                    Some(json!({"certificate": short})),
                )
                .await;
            assert_eq!(r.status, 400, "{}", r.body);
            assert!(r.body["errors"][0]["detail"]
                .as_str()
                .unwrap()
                .contains("acknowledgeAllWarnings"));
            assert_eq!(
                r.body["validation"]["warnings"][0]["type"],
                "CERTIFICATE_EXPIRES_SOON"
            );
            signed_v1 = cert.clone();
        }
        let r = c
            .call(
                "POST",
                &format!("{vpath}/{n}/certificate-block?acknowledgeAllWarnings=false"),
                Some(json!({"certificate": cert, "trustChain": ca_cert.pem()})),
            )
            .await;
        assert_eq!((r.status, &r.body), (200, &Value::Null), "no body");
        assert!(!r.headers.contains_key("content-type"));
        let list = c.call("GET", &vpath, None).await;
        let v = version(&list.body, n, "THIRD_PARTY");
        assert_eq!(v["status"], "DEPLOYED");
        assert!(v["deployedDate"].is_string());
        assert_eq!(v["issuer"], "Test Outside CA");
        assert_eq!(v["signatureAlgorithm"], "SHA256_WITH_ECDSA");
        assert_eq!(v["certificateSubmittedBy"], "sandbox-user");
        // separate alias records with their own, stable GUIDs
        let (cur, cur_guid) = alias(&list.body, "CURRENT").unwrap();
        assert_eq!(cur, n);
        assert_ne!(cur_guid, v["versionGuid"].as_str().unwrap());
        let prev = alias(&list.body, "PREVIOUS");
        assert_eq!(prev.as_ref().map(|p| p.0), (n > 1).then_some(n - 1));
        match &guids {
            None => guids = Some((cur_guid, prev.map(|p| p.1))),
            Some((c0, p0)) => {
                assert_eq!(&cur_guid, c0, "the CURRENT GUID stays the same");
                if let (Some(p0), Some((_, p))) = (p0, &prev) {
                    assert_eq!(p, p0, "the PREVIOUS GUID stays the same");
                }
                guids = Some((c0.clone(), p0.clone().or(prev.map(|p| p.1))));
            }
        }
    }
    let list = c
        .call(
            "GET",
            &format!("{vpath}?includeAssociatedProperties=true"),
            None,
        )
        .await;
    assert_eq!(numbers(&list.body), [5, 4, 5, 4, 3, 2, 1]);
    assert_eq!(
        version(&list.body, 1, "THIRD_PARTY")["properties"],
        json!([])
    );
    assert!(
        version(&list.body, 1, "THIRD_PARTY")["certificateBlock"]["certificate"]
            .as_str()
            .unwrap()
            .starts_with(signed_v1.lines().next().unwrap())
    );
    let sixth = c.call("POST", &vpath, None).await;
    assert_eq!(sixth.status, 409, "{}", sixth.body);
    assert!(sixth.body["detail"]
        .as_str()
        .unwrap()
        .contains("5 versions"));
    // uploading again to a deployed version is a conflict
    let again = c
        .call(
            "POST",
            &format!("{vpath}/1/certificate-block"),
            Some(json!({"certificate": signed_v1})),
        )
        .await;
    assert_eq!(again.status, 409);
    // PATCH answers 200 without a body
    let r = c
        .call(
            "PATCH",
            &format!("/client-certificates/{id}"),
            Some(json!({"certificateName": "tp-renamed"})),
        )
        .await;
    assert_eq!((r.status, &r.body), (200, &Value::Null));
    let got = c
        .call("GET", &format!("/client-certificates/{id}"), None)
        .await;
    assert_eq!(got.body["certificateName"], "tp-renamed");
    sb.shutdown().await;
}

#[tokio::test]
async fn a_body_that_is_not_json_is_415() {
    let sb = Sandbox::start(options(StateLocation::Memory))
        .await
        .unwrap();
    let c = Client::new(&sb);
    let pq = format!("{BASE}/client-certificates");
    let body = serde_json::to_vec(&new_cert("x", "AKAMAI")).unwrap();
    let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
    let a = c.authorization(&c.creds, "POST", &pq, &body, &ts, &edgegrid::nonce());
    let r = c
        .http
        .post(format!("{}{pq}", c.base))
        .header("Authorization", a)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
    let b: Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    assert_eq!(b["type"], "unsupported-media-type");
    // nothing was created
    let all = c.call("GET", "/client-certificates", None).await;
    assert_eq!(all.body["certificates"], json!([]));
    sb.shutdown().await;
}

#[tokio::test]
async fn a_version_in_use_on_production_is_not_deleted() {
    let mut o = options(StateLocation::Memory);
    o.seed = 1; // example-akamai-1, whose version 1 a production property uses
    let sb = Sandbox::start(o).await.unwrap();
    let c = Client::new(&sb);
    let all = c.call("GET", "/client-certificates", None).await;
    let id = all.body["certificates"][0]["certificateId"]
        .as_i64()
        .unwrap();
    let r = c
        .call(
            "DELETE",
            &format!("/client-certificates/{id}/versions/1"),
            None,
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.body["detail"]
            .as_str()
            .unwrap()
            .contains("www.example.com"),
        "{}",
        r.body
    );
    let list = c
        .call(
            "GET",
            &format!("/client-certificates/{id}/versions?includeAssociatedProperties=true"),
            None,
        )
        .await;
    assert_eq!(list.body["versions"][0]["status"], "DEPLOYED");
    assert_eq!(
        list.body["versions"][0]["properties"][0]["propertyName"],
        "www.example.com"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn timing_options_drive_deletes_automatic_rotation_and_the_ca() {
    // Two sandboxes, so that an automatic rotation cannot race the deletion.
    // Times are kept to the second (as the API writes them), so a window of 1 s can end a
    // moment after it opens: 2 s leaves the GET below at least one.
    let mut o = options(StateLocation::Memory);
    o.timing.delete_pending = Duration::from_secs(2);
    let deleting = Sandbox::start(o).await.unwrap();
    let mut o = options(StateLocation::Memory);
    o.timing.akamai_lifetime = Duration::from_secs(1);
    o.timing.ca_rotation = Some(Duration::from_secs(2));
    let rotating = Sandbox::start(o).await.unwrap();
    let (d, r) = (Client::new(&deleting), Client::new(&rotating));
    let mut ids = Vec::new();
    for c in [&d, &r] {
        let x = c
            .call(
                "POST",
                "/client-certificates",
                Some(new_cert("x", "AKAMAI")),
            )
            .await;
        assert_eq!(x.status, 201, "{}", x.body);
        ids.push(x.body["certificateId"].as_i64().unwrap());
    }
    let gone = d
        .call(
            "DELETE",
            &format!("/client-certificates/{}/versions/1", ids[0]),
            None,
        )
        .await;
    assert_eq!(gone.status, 202, "{}", gone.body);
    let all = d.call("GET", "/client-certificates", None).await;
    assert_eq!(all.body["certificates"].as_array().unwrap().len(), 1);
    tokio::time::sleep(Duration::from_millis(3100)).await;
    // the last deployed version's window has passed: the certificate is gone
    let all = d.call("GET", "/client-certificates", None).await;
    assert_eq!(all.body["certificates"], json!([]));
    // the one-second version has been rotated by the server
    let vpath = format!("/client-certificates/{}/versions", ids[1]);
    let list = r.call("GET", &vpath, None).await;
    let (current, _) = alias(&list.body, "CURRENT").unwrap();
    assert!(current >= 2, "{}", list.body);
    assert_eq!(list.body["versions"][0]["createdBy"], "akamai");
    // and a later CA generation has appeared (which one depends on how long the slow RSA
    // 4096 keys took to make: generations that came and went unseen are skipped)
    let ca = r.call("GET", "/ca-certificates", None).await;
    let gens: Vec<_> = ca.body["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["commonName"].as_str().unwrap().to_string())
        .collect();
    assert!(gens.iter().any(|g| g != "23456 Account CA G1"), "{gens:?}");
    deleting.shutdown().await;
    rotating.shutdown().await;
}

#[tokio::test]
async fn signature_check_bites() {
    let sb = Sandbox::start(options(StateLocation::Memory))
        .await
        .unwrap();
    let c = Client::new(&sb);
    let pq = format!("{BASE}/client-certificates");
    let now = time::OffsetDateTime::now_utc();
    let ts = edgegrid::timestamp(now);

    let mut wrong = sandbox_credentials();
    wrong.client_secret = "not-the-secret".into();
    let a = c.authorization(&wrong, "GET", &pq, b"", &ts, &edgegrid::nonce());
    let r = c.send_raw("GET", &pq, vec![], Some(a)).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.body["detail"], "The signature does not match");
    assert_eq!(
        r.body["type"],
        "https://problems.luna.akamaiapis.net/-/pep-authn/deny"
    );

    let stale = edgegrid::timestamp(now - time::Duration::seconds(120));
    let a = c.authorization(&c.creds, "GET", &pq, b"", &stale, &edgegrid::nonce());
    let r = c.send_raw("GET", &pq, vec![], Some(a)).await;
    assert_eq!(r.status, 401);
    assert!(
        r.body["detail"]
            .as_str()
            .unwrap()
            .starts_with("Invalid timestamp"),
        "{}",
        r.body
    );

    let a = c.authorization(&c.creds, "GET", &pq, b"", &ts, "fixed-nonce-1");
    assert_eq!(
        c.send_raw("GET", &pq, vec![], Some(a.clone())).await.status,
        200
    );
    let r = c.send_raw("GET", &pq, vec![], Some(a)).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.body["detail"], "Nonce has already been used");

    // a body changed after signing
    let body = serde_json::to_vec(&new_cert("x", "AKAMAI")).unwrap();
    let a = c.authorization(&c.creds, "POST", &pq, b"{}", &ts, &edgegrid::nonce());
    assert_eq!(c.send_raw("POST", &pq, body, Some(a)).await.status, 401);

    let r = c.send_raw("GET", &pq, vec![], None).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.headers["content-type"], "application/problem+json");
    sb.shutdown().await;
}

#[tokio::test]
async fn rate_limit_answers_429_with_headers() {
    let mut o = options(StateLocation::Memory);
    o.rate_limit_per_minute = 3;
    let sb = Sandbox::start(o).await.unwrap();
    let c = Client::new(&sb);
    for left in [2, 1, 0] {
        let r = c.call("GET", "/client-certificates", None).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.headers["x-ratelimit-limit"], "3");
        assert_eq!(
            r.headers["x-ratelimit-remaining"],
            left.to_string().as_str()
        );
    }
    // a refused signature does not spend a token but still reports the bucket
    let r = c
        .send_raw("GET", &format!("{BASE}/client-certificates"), vec![], None)
        .await;
    assert_eq!(
        (
            r.status,
            r.headers["x-ratelimit-remaining"].to_str().unwrap()
        ),
        (401, "0")
    );
    let r = c.call("GET", "/client-certificates", None).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.body["type"], "global-rate-limit-exceeded");
    assert_eq!(r.body["httpStatus"], "429 TOO_MANY_REQUESTS");
    let next = r.headers["x-ratelimit-next"].to_str().unwrap().to_string();
    assert!(
        r.body["detail"]
            .as_str()
            .unwrap()
            .contains("Please try after 20"),
        "{}",
        r.body
    );
    assert!(
        time::OffsetDateTime::parse(&next, &time::format_description::well_known::Rfc3339).is_ok(),
        "{next}"
    );
    assert_eq!(r.headers["x-ratelimit-remaining"], "0");
    // another account key does not bring a fresh budget: the credential's bucket is empty
    let r = c
        .call("GET", "/client-certificates?accountSwitchKey=1-OTHER", None)
        .await;
    assert_eq!(r.status, 429);
    assert_eq!(r.headers["x-ratelimit-remaining"], "0");
    sb.shutdown().await;
}

#[tokio::test]
async fn fail_rate_latency_and_tls() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = options(StateLocation::Memory);
    o.fail_rate = 1.0;
    o.latency = Duration::from_millis(200);
    o.tls_cert_out = Some(dir.path().join("tls.pem"));
    let sb = Sandbox::start(o).await.unwrap();
    assert!(sb.base_url().starts_with("https://127.0.0.1:"));
    let pem = std::fs::read(sb.tls_cert_path().unwrap()).unwrap();
    let mut c = Client::new(&sb);
    c.http = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(&pem).unwrap()])
        .build()
        .unwrap();
    // The latency holds every answer back: a client that gives up sooner gets none.
    let impatient = c
        .http
        .get(format!("{}{BASE}/ca-certificates", sb.base_url()))
        .timeout(Duration::from_millis(50))
        .send()
        .await;
    assert!(impatient.is_err_and(|e| e.is_timeout()));
    let r = c.call("GET", "/ca-certificates", None).await;
    assert_eq!(r.status, 503);
    assert_eq!(r.headers["content-type"], "application/problem+json");
    sb.shutdown().await;
}

#[tokio::test]
async fn corrupt_state_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sandbox.json");
    std::fs::write(&path, b"{\"format\": 1, \"accounts\": ").unwrap();
    let err = Sandbox::start(options(StateLocation::File(path.clone())))
        .await
        .err()
        .expect("a corrupt file must not be accepted");
    let msg = format!("{err:#}");
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(msg.contains("not valid JSON"), "{msg}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"{\"format\": 1, \"accounts\": "
    );
}

#[tokio::test]
async fn state_file_survives_restarts_and_seeds_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state/sandbox.json");
    let mut o = options(StateLocation::File(path.clone()));
    o.seed = sandbox::DEFAULT_SEED_FOR_SANDBOX_FLAG;
    let sb = Sandbox::start(o.clone()).await.unwrap();
    let c = Client::new(&sb);
    let r = c.call("GET", "/client-certificates", None).await;
    let names: Vec<_> = r.body["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["certificateName"].clone())
        .collect();
    assert_eq!(
        names,
        [
            "example-akamai-1",
            "example-third-party-2",
            "example-akamai-3",
            "example-third-party-4"
        ]
    );
    assert_eq!(
        c.call(
            "POST",
            "/client-certificates",
            Some(new_cert("mine", "AKAMAI"))
        )
        .await
        .status,
        201
    );
    sb.shutdown().await;
    let sb = Sandbox::start(o).await.unwrap();
    let r = Client::new(&sb)
        .call("GET", "/client-certificates", None)
        .await;
    assert_eq!(r.body["certificates"].as_array().unwrap().len(), 5);
    sb.shutdown().await;
    assert!(sandbox::reset(&path).unwrap());
    assert!(!path.exists());
}

#[tokio::test]
async fn twenty_concurrent_creates_through_twenty_sandboxes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.json");
    let mut boxes = Vec::new();
    for _ in 0..20 {
        let mut o = options(StateLocation::File(path.clone()));
        o.seed = 2;
        boxes.push(Sandbox::start(o).await.unwrap());
    }
    let mut tasks = Vec::new();
    for (i, sb) in boxes.iter().enumerate() {
        let c = Client::new(sb);
        tasks.push(tokio::spawn(async move {
            let signer = if i % 2 == 0 { "AKAMAI" } else { "THIRD_PARTY" };
            c.call(
                "POST",
                "/client-certificates",
                Some(new_cert(&format!("concurrent-{i}"), signer)),
            )
            .await
            .status
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 201);
    }
    let state: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).expect("valid JSON");
    let certs = state["accounts"][""]["certificates"].as_array().unwrap();
    assert_eq!(certs.len(), 22);
    let mut ids: Vec<_> = certs
        .iter()
        .map(|c| c["certificateId"].as_i64().unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 22);
    for i in 0..20 {
        let name = format!("concurrent-{i}");
        assert!(
            certs.iter().any(|c| c["certificateName"] == name.as_str()),
            "{name} missing"
        );
    }
    let listed = Client::new(&boxes[7])
        .call("GET", "/client-certificates", None)
        .await;
    assert_eq!(listed.body["certificates"].as_array().unwrap().len(), 22);
    for sb in boxes {
        sb.shutdown().await;
    }
}
