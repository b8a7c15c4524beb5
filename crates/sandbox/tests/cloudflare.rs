//! Cloudflare's client certificates through the sandbox's HTTP server: real requests with
//! the sandbox's public tokens (or the legacy email and key), sent with reqwest to
//! `Sandbox::start` on 127.0.0.1:0. They prove the routes, statuses, headers and envelopes,
//! the lifecycle, paging, scopes, the rate limit, and that the issued certificates are real
//! X.509 signed by the zone's CA.

use moks_model::cloudflare::x509::inspect_issued;
use moks_sandbox::{
    CloudflareConfig, Options, Sandbox, StateLocation, CLOUDFLARE_API_KEY, CLOUDFLARE_EMAIL,
    CLOUDFLARE_READ_TOKEN, CLOUDFLARE_TOKEN,
};
use moks_testkit::pki;
use serde_json::{json, Value};
use std::time::Duration;
use x509_parser::prelude::{FromDer, X509Certificate};

const BASE: &str = "/client/v4";

fn options(cfg: CloudflareConfig) -> Options {
    Options {
        cloudflare: cfg,
        ..Options::new("127.0.0.1:0".parse().unwrap(), StateLocation::Memory)
    }
}

fn client(sb: &Sandbox) -> Client {
    Client {
        http: reqwest::Client::new(),
        base: sb.base_url(),
        auth: Auth::Token(CLOUDFLARE_TOKEN.into()),
    }
}

async fn start(cfg: CloudflareConfig) -> (Sandbox, Client) {
    let sb = Sandbox::start(options(cfg)).await.unwrap();
    let c = client(&sb);
    (sb, c)
}

#[derive(Clone)]
enum Auth {
    Token(String),
    Key(Option<String>, Option<String>),
    Raw(String),
}

#[derive(Clone)]
struct Client {
    http: reqwest::Client,
    base: String,
    auth: Auth,
}

/// An answer: its status, its headers (names lower-case) and its envelope.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Value,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        let found = self.headers.iter().find(|(k, _)| k == name);
        found.map_or("", |(_, v)| v.as_str())
    }

    /// The first error's code, after checking the failure envelope's shape.
    fn code(&self) -> i64 {
        assert_eq!(self.body["success"], false, "{}", self.body);
        assert_eq!(self.body["result"], Value::Null);
        assert!(self.body["messages"].is_array());
        self.body["errors"][0]["code"].as_i64().unwrap()
    }

    fn result(&self) -> &Value {
        assert_eq!(self.status, 200, "{}", self.body);
        assert_eq!(self.body["success"], true);
        assert_eq!(self.body["errors"], json!([]));
        &self.body["result"]
    }
}

impl Client {
    fn with(&self, auth: Auth) -> Client {
        Client {
            auth,
            ..self.clone()
        }
    }

    async fn call(&self, method: &str, pq: &str, body: Option<Value>) -> Answer {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut rb = self.http.request(m, format!("{}{BASE}{pq}", self.base));
        rb = match &self.auth {
            Auth::Token(t) => rb.bearer_auth(t),
            Auth::Raw(h) => rb.header("Authorization", h),
            Auth::Key(e, k) => {
                if let Some(e) = e {
                    rb = rb.header("X-Auth-Email", e);
                }
                match k {
                    Some(k) => rb.header("X-Auth-Key", k),
                    None => rb,
                }
            }
        };
        if let Some(b) = body {
            rb = rb
                .header("Content-Type", "application/json")
                .body(serde_json::to_vec(&b).unwrap());
        }
        let resp = rb.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
            .collect();
        let body = serde_json::from_slice(&resp.bytes().await.unwrap()).unwrap();
        let a = Answer {
            status,
            headers,
            body,
        };
        assert_eq!(a.header("content-type"), "application/json", "an envelope");
        a
    }

    async fn zone(&self, name: &str) -> String {
        let a = self.call("GET", &format!("/zones?name={name}"), None).await;
        a.result()[0]["id"].as_str().unwrap().to_string()
    }

    async fn create(&self, zone: &str, cn: &str, days: i64) -> Answer {
        let (csr, _key) = pki::make_csr(&[("C", "US"), ("O", "Example Inc"), ("CN", cn)]);
        let body = json!({"csr": csr, "validity_days": days});
        let path = format!("/zones/{zone}/client_certificates");
        self.call("POST", &path, Some(body)).await
    }
}

fn certs(zone: &str) -> String {
    format!("/zones/{zone}/client_certificates")
}

fn long_delay() -> CloudflareConfig {
    CloudflareConfig {
        transition_delay: Duration::from_secs(3600),
        ..CloudflareConfig::default()
    }
}

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
async fn scopes_and_the_legacy_key_are_enforced_in_the_envelope() {
    let (sb, c) = start(CloudflareConfig::default()).await;
    let zone = c.zone("example.com").await;
    let ro = c.with(Auth::Token(CLOUDFLARE_READ_TOKEN.into()));
    assert_eq!(ro.call("GET", &certs(&zone), None).await.status, 200);
    let w = ro.create(&zone, "x.example.com", 30).await;
    assert_eq!((w.status, w.code()), (403, 10000));
    assert_eq!(w.body["errors"][0]["message"], "Authentication error");
    let key = c.with(Auth::Key(
        Some(CLOUDFLARE_EMAIL.into()),
        Some(CLOUDFLARE_API_KEY.into()),
    ));
    key.create(&zone, "legacy.example.com", 30).await.result();
    let cases = [
        (Auth::Token("not-a-token".into()), 403, 10000, None),
        (
            Auth::Raw("Basic Zm9vOmJhcg==".into()),
            400,
            6003,
            Some(6111),
        ),
        (Auth::Key(None, None), 400, 9106, None),
        (
            Auth::Key(Some(CLOUDFLARE_EMAIL.into()), None),
            400,
            6003,
            Some(6103),
        ),
        (
            Auth::Key(None, Some(CLOUDFLARE_API_KEY.into())),
            400,
            6003,
            Some(6102),
        ),
        (
            Auth::Key(Some(CLOUDFLARE_EMAIL.into()), Some("wrong".into())),
            403,
            9103,
            None,
        ),
    ];
    for (auth, status, code, chain) in cases {
        let a = c.with(auth).call("GET", &certs(&zone), None).await;
        assert_eq!((a.status, a.code()), (status, code), "{}", a.body);
        if let Some(chain) = chain {
            assert_eq!(a.body["errors"][0]["error_chain"][0]["code"], chain);
        }
        let text = a.body.to_string();
        assert!(!text.contains(CLOUDFLARE_API_KEY) && !text.contains(CLOUDFLARE_TOKEN));
    }
    // refused requests are recorded without their bodies
    let bodies: usize = sb
        .requests()
        .iter()
        .filter(|r| r.status >= 400 && r.status != 403)
        .map(|r| r.body.len())
        .sum();
    assert_eq!(bodies, 0);
}

#[tokio::test]
async fn errors_are_envelopes_with_codes() {
    let (_sb, c) = start(CloudflareConfig::default()).await;
    let zone = c.zone("example.com").await;
    let missing = format!("{}/{}", certs(&zone), "0".repeat(32));
    let cases = [
        ("GET", missing.clone(), None, 404, 1404),
        ("GET", "/nowhere".to_string(), None, 404, 7000),
        ("GET", certs("example.com"), None, 400, 7003),
        ("GET", certs(&"a".repeat(32)), None, 404, 7003),
        ("PUT", certs(&zone), None, 405, 7001),
        ("GET", format!("{}/short", certs(&zone)), None, 400, 7003),
        ("POST", certs(&zone), Some(json!([1])), 400, 1400),
    ];
    for (method, path, body, status, code) in cases {
        let a = c.call(method, &path, body).await;
        assert_eq!((a.status, a.code()), (status, code), "{method} {path}");
    }
    let bad = c
        .call(
            "POST",
            &certs(&zone),
            Some(json!({"csr": "nope", "validity_days": 0})),
        )
        .await;
    assert_eq!(bad.status, 400);
    let pointers: Vec<&str> = bad.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["source"]["pointer"].as_str().unwrap())
        .collect();
    assert_eq!(pointers, ["/csr", "/validity_days"]);
}

#[tokio::test]
async fn the_rate_limit_blocks_a_token_and_says_so_in_headers() {
    let cfg = CloudflareConfig {
        rate_limit: 3,
        rate_window: Duration::from_secs(300),
        rate_block: Duration::from_secs(300),
        ..CloudflareConfig::default()
    };
    let (_sb, c) = start(cfg).await;
    let first = c.call("GET", "/zones", None).await;
    assert_eq!(first.header("ratelimit"), "\"default\";r=2;t=300");
    assert_eq!(first.header("ratelimit-policy"), "\"default\";q=3;w=300");
    assert_eq!(first.header("retry-after"), "");
    c.call("GET", "/zones", None).await;
    c.call("GET", "/zones", None).await;
    let over = c.call("GET", "/zones", None).await;
    assert_eq!((over.status, over.code()), (429, 971));
    assert_eq!(over.header("retry-after"), "300");
    assert!(over.header("ratelimit").starts_with("\"default\";r=0;"));
    let still = c.call("GET", "/zones", None).await;
    assert_eq!(still.status, 429, "blocked for the block time");
    // another credential has its own budget
    let ro = c.with(Auth::Token(CLOUDFLARE_READ_TOKEN.into()));
    assert_eq!(ro.call("GET", "/zones", None).await.status, 200);
}

#[tokio::test]
async fn hostname_associations_are_replaced_and_read() {
    let (_sb, c) = start(CloudflareConfig::default()).await;
    let zone = c.zone("example.com").await;
    let path = format!("/zones/{zone}/certificate_authorities/hostname_associations");
    let empty = c.call("GET", &path, None).await;
    assert_eq!(empty.result(), &json!({"hostnames": []}));
    let set = c
        .call(
            "PUT",
            &path,
            Some(json!({"hostnames": ["api.example.com", "*.app.example.com"]})),
        )
        .await;
    assert_eq!(
        set.result(),
        &json!({"hostnames": ["api.example.com", "*.app.example.com"]})
    );
    assert_eq!(c.call("GET", &path, None).await.result(), set.result());
    // a BYO CA's list is its own
    let byo = "99f5b54b-4c20-4b9b-a4f8-d2c1a9cc39b0";
    let other = c
        .call("GET", &format!("{path}?mtls_certificate_id={byo}"), None)
        .await;
    assert_eq!(other.result(), &json!({"hostnames": []}));
    let outside = c
        .call(
            "PUT",
            &path,
            Some(json!({"hostnames": ["api.example.org"]})),
        )
        .await;
    assert_eq!((outside.status, outside.code()), (400, 1400));
    let ro = c.with(Auth::Token(CLOUDFLARE_READ_TOKEN.into()));
    let w = ro.call("PUT", &path, Some(json!({"hostnames": []}))).await;
    assert_eq!((w.status, w.code()), (403, 10000));
    let cleared = c.call("PUT", &path, Some(json!({"hostnames": []}))).await;
    assert_eq!(cleared.result(), &json!({"hostnames": []}));
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
