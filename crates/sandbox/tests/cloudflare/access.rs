//! Who may do what (scopes, the legacy key, the rate limit), the associations, and the
//! envelopes of every refusal, hostile requests included.

use super::*;
use moks_sandbox::{CLOUDFLARE_API_KEY, CLOUDFLARE_EMAIL, CLOUDFLARE_READ_TOKEN};

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
            Auth::Key(Some(CLOUDFLARE_EMAIL.into()), Some("0".repeat(37))),
            403,
            9103,
            None,
        ),
        (
            Auth::Key(Some(CLOUDFLARE_EMAIL.into()), Some(CLOUDFLARE_TOKEN.into())),
            400,
            6003,
            Some(6103),
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
async fn hostile_requests_get_envelopes_not_panics() {
    let (_sb, c) = start(CloudflareConfig::default()).await;
    let zone = c.zone("example.com").await;
    let garbage = "-----BEGIN CERTIFICATE REQUEST-----\n!!!\n-----END CERTIFICATE REQUEST-----\n";
    let (csr, key) = pki::make_csr(&[("CN", "k.example.com")]);
    let bodies = [
        json!({"csr": garbage, "validity_days": 30}),
        json!({"csr": format!("{csr}{key}"), "validity_days": 30}),
        json!({"csr": csr, "validity_days": 1e308}),
        json!({"csr": csr, "validity_days": "30"}),
        json!({"csr": csr, "validity_days": 1.5}),
        json!({"csr": "x".repeat(100_000), "validity_days": 30}),
        json!({"csr": 7}),
    ];
    for b in bodies {
        let a = c.call("POST", &certs(&zone), Some(b)).await;
        assert_eq!((a.status, a.code()), (400, 1400));
    }
    let path = format!("/zones/{zone}/certificate_authorities/hostname_associations");
    let many: Vec<String> = (0..10_000).map(|i| format!("h{i}.example.com")).collect();
    let a = c
        .call("PUT", &path, Some(json!({ "hostnames": many })))
        .await;
    assert_eq!((a.status, a.code()), (400, 1400));
    for q in [
        "per_page=%FF",
        "page=-1",
        "page=NaN",
        "status=%00",
        "per_page=1e400",
    ] {
        let a = c.call("GET", &format!("{}?{q}", certs(&zone)), None).await;
        assert_eq!(a.status, 400, "{q}");
    }
    let far = c
        .call("GET", &format!("{}?page=4294967295", certs(&zone)), None)
        .await;
    assert_eq!(far.result(), &json!([]));
    let odd = c.call("GET", "/zones/%00/client_certificates", None).await;
    assert_eq!((odd.status, odd.code()), (400, 7003));
    // a token with a space in it is a malformed header
    let a = c.with(Auth::Raw("Bearer two words".into()));
    assert_eq!(a.call("GET", "/zones", None).await.code(), 6003);
}
