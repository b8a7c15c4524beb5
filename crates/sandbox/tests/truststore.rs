//! The Edge Truststore through the sandbox's HTTP server: requests signed with the test
//! kit's own EdgeGrid signer, sent with reqwest to `Sandbox::start` on 127.0.0.1:0. The
//! rules themselves are tested in process (`src/truststore/tests.rs`); these prove the
//! routes, statuses, headers, problem bodies, and what is shared with MOKS (credentials,
//! rate limit, accounts, state file).

use moks_sandbox::{self as sandbox, Options, Sandbox, StateLocation, TruststoreConfig};
use moks_testkit::edgegrid::{self, Creds};
use moks_testkit::pki::{self, Spec};
use serde_json::{json, Value};
use std::time::Duration;

const BASE: &str = "/mtls-edge-truststore/v2";

fn options(state: StateLocation, delay: Duration) -> Options {
    Options {
        truststore: TruststoreConfig {
            delay,
            ..TruststoreConfig::default()
        },
        ..Options::new("127.0.0.1:0".parse().unwrap(), state)
    }
}

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn slug(&self) -> &str {
        moks_model::truststore::error_slug(self.body["type"].as_str().unwrap_or(""))
    }
}

struct Client {
    http: reqwest::Client,
    base: String,
}

impl Client {
    fn new(sb: &Sandbox) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: sb.base_url(),
        }
    }

    /// A signed request; `content_type` only when there is a body.
    async fn send(
        &self,
        method: &str,
        pq: &str,
        body: Option<Value>,
        content_type: &str,
    ) -> Answer {
        let d = sandbox::default_credentials();
        let creds = Creds {
            client_token: d.client_token,
            client_secret: d.client_secret,
            access_token: d.access_token,
            max_body: d.max_body,
        };
        let bytes = body
            .map(|b| serde_json::to_vec(&b).unwrap())
            .unwrap_or_default();
        let pq = format!("{BASE}{pq}");
        let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
        let auth = edgegrid::authorization(
            &creds,
            method,
            &self.base,
            &pq,
            &bytes,
            &ts,
            &edgegrid::nonce(),
        );
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut rb = self
            .http
            .request(m, format!("{}{pq}", self.base))
            .header("Authorization", auth);
        if !bytes.is_empty() {
            rb = rb.header("Content-Type", content_type).body(bytes);
        }
        let resp = rb.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.unwrap();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap()
        };
        Answer {
            status,
            headers,
            body,
        }
    }

    async fn call(&self, method: &str, pq: &str, body: Option<Value>) -> Answer {
        self.send(method, pq, body, "application/json").await
    }
}

fn version_body(pems: &[&str]) -> Value {
    json!({"allowInsecureSha1": false,
           "certificates": pems.iter().map(|p| json!({"certificatePem": p})).collect::<Vec<_>>()})
}

#[tokio::test]
async fn a_ca_set_goes_from_creation_to_active_and_deleted_over_http() {
    let sb = Sandbox::start(options(StateLocation::Memory, Duration::from_millis(600)))
        .await
        .unwrap();
    let c = Client::new(&sb);
    let created = c
        .call(
            "POST",
            "/ca-sets",
            Some(json!({"caSetName": "http-set", "description": "d"})),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.header("content-type"), "application/json");
    let id = created.body["caSetId"]
        .as_str()
        .expect("caSetId is a string")
        .to_string();
    assert_eq!(created.header("location"), format!("{BASE}/ca-sets/{id}"));

    let root = pki::make_root(&Spec::ca("HTTP Root"));
    let inter = root.sign(&Spec::ca("HTTP Intermediate"));
    let v = c
        .call(
            "POST",
            &format!("/ca-sets/{id}/versions"),
            Some(version_body(&[&root.pem, &inter.pem])),
        )
        .await;
    assert_eq!(v.status, 201, "{}", v.body);
    assert_eq!(
        v.header("location"),
        format!("{BASE}/ca-sets/{id}/versions/1")
    );
    assert_eq!(v.body["validation"], json!({"warnings": []}));

    let act = c
        .call(
            "POST",
            &format!("/ca-sets/{id}/versions/1/activate"),
            Some(json!({"network": "STAGING"})),
        )
        .await;
    assert_eq!(act.status, 202, "{}", act.body);
    assert_eq!(act.body["activationStatus"], "IN_PROGRESS");
    let link = act.body["activationLink"].as_str().unwrap().to_string();
    let poll = link.strip_prefix(BASE).unwrap().to_string();
    let first = c.call("GET", &poll, None).await;
    assert_eq!(first.status, 202);
    let retry = first.header("retry-after");
    assert!(
        time::OffsetDateTime::parse(retry, &time::format_description::well_known::Rfc2822).is_ok(),
        "Retry-After is an HTTP-date: {retry}"
    );
    // completes after the configured delay (bounded: this loop does not hang)
    let mut done = None;
    for _ in 0..100 {
        let a = c.call("GET", &poll, None).await;
        if a.status == 200 {
            done = Some(a);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let done = done.expect("the activation completes");
    assert_eq!(
        (
            &done.body["activationStatus"],
            &done.body["percentComplete"]
        ),
        (&json!("COMPLETE"), &json!(100))
    );
    let set = c.call("GET", &format!("/ca-sets/{id}"), None).await;
    assert_eq!(set.body["stagingVersion"], 1);
    assert_eq!(
        set.body["stagingVersionLink"],
        format!("{BASE}/ca-sets/{id}/versions/1")
    );

    // delete: refused while active, then 202 with no body after a deactivation
    let refused = c.call("DELETE", &format!("/ca-sets/{id}"), None).await;
    // 409, with the contextInfo of the API reference's own example (the Go client's
    // table says 400)
    assert_eq!(
        (refused.status, refused.slug()),
        (409, "ca-set-cannot-be-deleted-active-versions")
    );
    assert_eq!(refused.body["title"], "CA set cannot be deleted.");
    assert_eq!(
        refused.body["contextInfo"],
        json!({"caSetId": id, "caSetName": "http-set",
               "stagingVersionLink": format!("{BASE}/ca-sets/{id}/versions/1"),
               "stagingStatus": "ACTIVE"})
    );
    let off = c
        .call(
            "POST",
            &format!("/ca-sets/{id}/versions/1/deactivate"),
            Some(json!({"network": "STAGING"})),
        )
        .await;
    assert_eq!(off.status, 202);
    let busy = c.call("DELETE", &format!("/ca-sets/{id}"), None).await;
    assert_eq!(busy.status, 409);
    tokio::time::sleep(Duration::from_millis(700)).await;
    let del = c.call("DELETE", &format!("/ca-sets/{id}"), None).await;
    assert_eq!((del.status, &del.body), (202, &Value::Null));
    assert_eq!(
        del.header("location"),
        format!("{BASE}/ca-sets/{id}/status/delete")
    );
    let status = c
        .call("GET", &format!("/ca-sets/{id}/status/delete"), None)
        .await;
    assert_eq!(status.status, 202);
    assert!(!status.header("retry-after").is_empty());
    sb.shutdown().await;
}

#[tokio::test]
async fn problems_are_the_truststore_s_and_accounts_are_separate() {
    let sb = Sandbox::start(options(StateLocation::Memory, Duration::ZERO))
        .await
        .unwrap();
    let c = Client::new(&sb);
    let missing = c.call("GET", "/ca-sets/424242", None).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("content-type"), "application/problem+json");
    assert_eq!(
        missing.body["type"],
        "/mtls-edge-truststore/error-types/ca-set-not-found"
    );
    assert_eq!(missing.body["status"], 404);
    assert!(missing.body["instance"]
        .as_str()
        .unwrap()
        .starts_with("/mtls-edge-truststore/error-types/ca-set-not-found/"));
    let unknown = c.call("GET", "/ca-sets?caSetNamePrefx=a", None).await;
    assert_eq!(
        (unknown.status, unknown.slug()),
        (400, "unknown-query-parameters")
    );
    assert_eq!(
        unknown.body["contextInfo"]["allowedQueryParameters"],
        json!([
            "accountSwitchKey",
            "caSetNamePrefix",
            "activatedOn",
            "caSetStatus"
        ])
    );
    let text = c
        .send(
            "POST",
            "/ca-sets",
            Some(json!({"caSetName": "abc"})),
            "text/plain",
        )
        .await;
    assert_eq!(
        (text.status, text.slug()),
        (415, "media-type-not-supported")
    );
    let bad = c
        .call(
            "POST",
            "/certificates/validate",
            Some(version_body(&["not a pem"])),
        )
        .await;
    assert_eq!(
        (bad.status, bad.slug()),
        (400, "certificate-validation-failure")
    );
    assert_eq!(bad.body["errors"][0]["pointer"], "/certificates/0");

    // one account's sets are invisible to another's (accountSwitchKey)
    assert_eq!(
        c.call(
            "POST",
            "/ca-sets?accountSwitchKey=B-1",
            Some(json!({"caSetName": "mine"}))
        )
        .await
        .status,
        201
    );
    let other = c.call("GET", "/ca-sets", None).await;
    assert_eq!(other.body, json!({"caSets": []}));
    let mine = c.call("GET", "/ca-sets?accountSwitchKey=B-1", None).await;
    assert_eq!(mine.body["caSets"][0]["accountId"], "B-1");
    // the MOKS API is still there beside it
    let d = sandbox::default_credentials();
    let creds = Creds {
        client_token: d.client_token,
        client_secret: d.client_secret,
        access_token: d.access_token,
        max_body: d.max_body,
    };
    let pq = "/mtls-origin-keystore/v1/client-certificates";
    let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
    let auth = edgegrid::authorization(&creds, "GET", &c.base, pq, b"", &ts, &edgegrid::nonce());
    let moks = c
        .http
        .get(format!("{}{pq}", c.base))
        .header("Authorization", auth)
        .send()
        .await
        .unwrap();
    assert_eq!(moks.status().as_u16(), 200);
    // unsigned: the shared signature check answers
    let unsigned = c
        .http
        .get(format!("{}{BASE}/ca-sets", c.base))
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status().as_u16(), 401);
    sb.shutdown().await;
}

#[tokio::test]
async fn the_rate_limit_is_shared_and_answers_the_truststore_429() {
    let sb = Sandbox::start(Options {
        rate_limit_per_minute: 1,
        ..options(StateLocation::Memory, Duration::ZERO)
    })
    .await
    .unwrap();
    let c = Client::new(&sb);
    let first = c.call("GET", "/ca-sets", None).await;
    assert_eq!(first.status, 200);
    // the last token taken: said, but when the next comes is for a refused request only
    assert_eq!(first.header("x-ratelimit-remaining"), "0");
    assert_eq!(first.header("x-ratelimit-next"), "");
    let limited = c.call("GET", "/ca-sets", None).await;
    assert_eq!(
        (limited.status, limited.slug()),
        (429, "account-rate-limit-exceeded")
    );
    assert_eq!(limited.body["rateLimit"], 1);
    assert_eq!(limited.body["rateLimitRemaining"], 0);
    assert!(limited.body["rateLimitNext"].is_string());
    assert!(!limited.header("x-ratelimit-next").is_empty());
    sb.shutdown().await;
}

#[tokio::test]
async fn the_state_file_keeps_the_truststore_and_seeds_example_sets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let start = || async {
        Sandbox::start(Options {
            seed: 1,
            ..options(StateLocation::File(path.clone()), Duration::ZERO)
        })
        .await
        .unwrap()
    };
    let sb = start().await;
    let c = Client::new(&sb);
    let seeded = c.call("GET", "/ca-sets", None).await;
    assert_eq!(seeded.body["caSets"][0]["caSetName"], "example-ca-set-1");
    assert_eq!(seeded.body["caSets"][0]["productionVersion"], 1);
    let id = seeded.body["caSets"][0]["caSetId"]
        .as_str()
        .unwrap()
        .to_string();
    let assoc = c
        .call("GET", &format!("/ca-sets/{id}/associations"), None)
        .await;
    assert_eq!(
        assoc.body["associations"]["properties"][0]["hostnames"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        c.call("POST", "/ca-sets", Some(json!({"caSetName": "kept"})))
            .await
            .status,
        201
    );
    sb.shutdown().await;
    let sb = start().await;
    let c = Client::new(&sb);
    let names: Vec<Value> = c.call("GET", "/ca-sets", None).await.body["caSets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["caSetName"].clone())
        .collect();
    assert_eq!(names, [json!("example-ca-set-1"), json!("kept")]);
    sb.shutdown().await;
}

/// The problems of the API reference's examples: shapes, titles and contextInfo members.
#[tokio::test]
async fn problems_are_shaped_as_the_api_reference_examples() {
    let sb = Sandbox::start(options(StateLocation::Memory, Duration::ZERO))
        .await
        .unwrap();
    let c = Client::new(&sb);
    let a = c.call("PATCH", "/ca-sets", None).await;
    assert_eq!(a.status, 405);
    assert_eq!(a.body["title"], "The HTTP method is not allowed.");
    assert_eq!(
        a.body["contextInfo"],
        json!({"allowedMethods": ["GET", "POST"], "unsupportedMethod": "PATCH"})
    );
    let a = c.call("GET", "/ca-sets/abc", None).await;
    assert_eq!(
        (a.status, a.slug()),
        (400, "path-variable-query-param-type-mismatch")
    );
    assert_eq!(
        a.body["title"],
        "Type mismatch for any of path variable or query param or both."
    );
    assert_eq!(a.body["contextInfo"], json!({"parameterName": "caSetId"}));
    // a combination the API refuses: one of its slugs, naming the parameter
    let a = c
        .call(
            "GET",
            "/ca-sets/1/versions/1/certificates?certificateStatus=ACTIVE,EXPIRING",
            None,
        )
        .await;
    assert_eq!(
        (a.status, a.slug()),
        (400, "path-variable-query-param-type-mismatch")
    );
    assert_eq!(a.body["contextInfo"]["parameterName"], "certificateStatus");
    // a schema error names its first field at the top, with contextInfo.message
    let a = c
        .call(
            "POST",
            "/ca-sets",
            Some(json!({"caSetName": "schema-check", "description": 5})),
        )
        .await;
    assert_eq!((a.status, a.slug()), (400, "json-schema-validation-error"));
    assert_eq!(a.body["pointer"], "/description");
    assert!(a.body["contextInfo"]["message"].is_string(), "{}", a.body);
    // validate lists both copies of a duplicate, warned with {fingerPrint}
    let root = pki::make_root(&Spec::ca("Twice Root"));
    let a = c
        .call(
            "POST",
            "/certificates/validate",
            Some(version_body(&[&root.pem, &root.pem])),
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.body["certificates"].as_array().unwrap().len(), 2);
    let w = &a.body["validation"]["warnings"][0];
    assert_eq!(
        moks_model::truststore::error_slug(w["type"].as_str().unwrap()),
        "duplicate-certificate"
    );
    let fp = a.body["certificates"][0]["fingerprint"].clone();
    assert_eq!(w["contextInfo"], json!({"fingerPrint": fp}));
    sb.shutdown().await;
}

#[tokio::test]
async fn a_503_on_truststore_paths_is_the_global_rate_limit_with_retry_after() {
    let sb = Sandbox::start(Options {
        fail_rate: 1.0,
        ..options(StateLocation::Memory, Duration::ZERO)
    })
    .await
    .unwrap();
    let a = Client::new(&sb).call("GET", "/ca-sets", None).await;
    assert_eq!((a.status, a.slug()), (503, "global-rate-limit-exceeded"));
    assert_eq!(a.body["title"], "Global Limit Exceeded");
    assert_eq!(a.body["retryAfter"], 1);
    assert_eq!(a.header("retry-after"), "1");
    sb.shutdown().await;
}

#[tokio::test]
async fn a_finished_deletion_has_no_estimate_left() {
    let sb = Sandbox::start(options(StateLocation::Memory, Duration::from_millis(200)))
        .await
        .unwrap();
    let c = Client::new(&sb);
    let created = c
        .call("POST", "/ca-sets", Some(json!({"caSetName": "gone-soon"})))
        .await;
    let id = created.body["caSetId"].as_str().unwrap().to_string();
    let del = c.call("DELETE", &format!("/ca-sets/{id}"), None).await;
    assert_eq!(del.status, 202);
    let running = c
        .call("GET", &format!("/ca-sets/{id}/status/delete"), None)
        .await;
    assert!(
        running.body["estimatedEndTime"].is_string(),
        "{}",
        running.body
    );
    tokio::time::sleep(Duration::from_millis(1300)).await;
    let done = c
        .call("GET", &format!("/ca-sets/{id}/status/delete"), None)
        .await;
    assert_eq!(
        (done.status, &done.body["status"]),
        (200, &json!("COMPLETE"))
    );
    assert_eq!(done.body["estimatedEndTime"], Value::Null, "{}", done.body);
    sb.shutdown().await;
}
