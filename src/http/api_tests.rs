//! Each API's auth is its provider's: an Akamai API's requests are signed with EdgeGrid and
//! carry `accountSwitchKey`, a Cloudflare API's carry the bearer token, on its own origin,
//! and neither ever carries the other's.

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, LOCATION};
use reqwest::{Method, StatusCode, Url};
use serde_json::Value;

use super::api::{ApiId, Provider, CLOUDFLARE};
use super::request::Media;
use super::tests::with_auth;
use super::*;
use edgegrid::Credentials;

const TOKEN: &str = "cf-secret-token";

/// A client holding both providers' credentials, the Akamai host on loopback.
fn both() -> Client {
    with_auth(
        "http://127.0.0.1:8866/",
        Some(EdgeGrid {
            credentials: Credentials {
                client_token: "akab-client".into(),
                client_secret: "secret".into(),
                access_token: "akab-access".into(),
                max_body: 131072,
                headers_to_sign: vec![],
            },
            account_key: Some("1-ACCT".into()),
        }),
        Some(Bearer {
            token: TOKEN.into(),
            base_url: Url::parse("https://api.cloudflare.com").unwrap(),
        }),
    )
}

fn authorization(c: &Client, req: &Request) -> String {
    let url = c.request_url(req);
    let h = c
        .signed_headers(req.api, &req.method, &url, b"", false, req.media)
        .unwrap();
    let value = h.get(AUTHORIZATION).unwrap();
    assert!(value.is_sensitive(), "hidden from reqwest's Debug and logs");
    value.to_str().unwrap().to_string()
}

#[test]
fn every_api_says_its_provider_base_path_media_and_budget() {
    assert_eq!(MOKS.id, ApiId::Moks);
    assert_eq!(MOKS.provider, Provider::Akamai);
    assert_eq!(MOKS.base_path, "/mtls-origin-keystore/v1");
    assert_eq!(TRUSTSTORE.base_path, "/mtls-edge-truststore/v2");
    assert_eq!(TRUSTSTORE.provider, Provider::Akamai);
    assert_eq!(CLOUDFLARE.provider, Provider::Cloudflare);
    for api in [&MOKS, &TRUSTSTORE, &AKAMAI_HOST] {
        assert_eq!(api.media, Media::JSON);
        assert_eq!(api.rate.per_second(), 5.0, "{}", api.name);
    }
    assert_eq!(CLOUDFLARE.rate.per_second(), 4.0);
    let req = Request::new(&TRUSTSTORE, Method::GET, "/ca-sets");
    assert_eq!(req.api(), ApiId::Truststore);
    assert_eq!(req.media, TRUSTSTORE.media);
}

#[test]
fn an_akamai_request_is_signed_with_edgegrid_and_carries_the_account_key() {
    let c = both();
    for api in [&MOKS, &TRUSTSTORE] {
        let req = Request::new(api, Method::GET, "/x");
        let url = c.request_url(&req);
        assert_eq!(
            url.as_str(),
            format!(
                "http://127.0.0.1:8866{}/x?accountSwitchKey=1-ACCT",
                api.base_path
            )
        );
        let auth = authorization(&c, &req);
        assert!(
            auth.starts_with("EG1-HMAC-SHA256 client_token=akab-client;"),
            "{auth}"
        );
        assert!(!auth.contains(TOKEN) && !auth.contains("Bearer"), "{auth}");
    }
    let raw = Request::on_host(&AKAMAI_HOST, Method::GET, "/papi/v1/groups", None);
    assert_eq!(
        c.request_url(&raw).as_str(),
        "http://127.0.0.1:8866/papi/v1/groups?accountSwitchKey=1-ACCT"
    );
}

#[test]
fn a_cloudflare_request_carries_the_bearer_token_on_its_own_host_and_no_account_key() {
    let c = both();
    let req = Request::new(&CLOUDFLARE, Method::GET, "/zones").query_if(true, "page", "2");
    let url = c.request_url(&req);
    assert_eq!(
        url.as_str(),
        "https://api.cloudflare.com/client/v4/zones?page=2"
    );
    assert_eq!(authorization(&c, &req), format!("Bearer {TOKEN}"));
    let raw = Request::on_host(&CLOUDFLARE, Method::GET, "/client/v4/zones", None);
    let url = c.request_url(&raw);
    assert!(!url.as_str().contains("accountSwitchKey"), "{url}");
    assert_eq!(url.host_str(), Some("api.cloudflare.com"));
    assert!(!format!("{:?}", c.cfg).contains(TOKEN), "Debug redacts it");
}

#[test]
fn a_provider_without_credentials_is_refused_not_given_the_others() {
    let akamai_only = with_auth("http://127.0.0.1:8866/", both().cfg.edgegrid, None);
    let req = Request::new(&CLOUDFLARE, Method::GET, "/zones");
    let e = akamai_only.auth(req.api).unwrap_err();
    assert_eq!(crate::error::exit_code(&e), crate::error::EXIT_CONFIG);
    assert!(
        e.to_string()
            .contains("no credentials for the Cloudflare API"),
        "{e}"
    );
    let url = akamai_only.request_url(&req);
    assert!(!url.as_str().contains("accountSwitchKey"), "{url}");
    let cloudflare_only = with_auth("http://127.0.0.1:8866/", None, both().cfg.bearer);
    let e = cloudflare_only.auth(&MOKS).unwrap_err();
    assert!(
        e.to_string().contains("no credentials for the MOKS API"),
        "{e}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn dry_run_shows_each_request_with_its_providers_auth_redacted() {
    let mut cfg = both().cfg;
    cfg.dry_run = true;
    cfg.output.json = true;
    let c = Client::new(cfg).unwrap();
    let media = Media {
        accept: "application/vnd.example.v2+json",
        content_type: "application/vnd.example.v2+json",
    };
    let cf = Request::new(&CLOUDFLARE, Method::POST, "/zones")
        .media(media)
        .body(&serde_json::json!({}))
        .unwrap();
    assert!(c.send(cf).await.unwrap_err().is::<DryRun>());
    let moks = Request::new(&MOKS, Method::GET, "/client-certificates");
    assert!(c.send(moks).await.unwrap_err().is::<DryRun>());
    let printed = c.take_dry_runs();
    let headers = |i: usize, k: &str| printed[i]["headers"][k].clone();
    assert_eq!(headers(0, "Authorization"), "Bearer <redacted>");
    assert_eq!(headers(0, "Accept"), "application/vnd.example.v2+json");
    assert_eq!(
        headers(0, "Content-Type"),
        "application/vnd.example.v2+json"
    );
    assert_eq!(
        printed[0]["url"],
        "https://api.cloudflare.com/client/v4/zones"
    );
    let eg = headers(1, "Authorization");
    assert!(eg.as_str().unwrap().starts_with("EG1-HMAC-SHA256 "), "{eg}");
    assert_eq!(
        printed[1]["url"],
        "http://127.0.0.1:8866/mtls-origin-keystore/v1/client-certificates?accountSwitchKey=1-ACCT"
    );
    let all = Value::Array(printed).to_string();
    assert!(!all.contains(TOKEN) && !all.contains("secret"), "{all}");
}

#[test]
fn a_redirect_never_takes_the_token_to_another_host() {
    let c = both();
    let url = c.request_url(&Request::new(&CLOUDFLARE, Method::GET, "/zones"));
    let to = |loc: &'static str| {
        let mut h = HeaderMap::new();
        h.insert(LOCATION, HeaderValue::from_static(loc));
        c.redirect_target(StatusCode::FOUND, &url, &h)
    };
    assert!(to("/client/v4/zones?page=2").is_ok(), "same origin");
    for elsewhere in ["https://evil.example/zones", "http://127.0.0.1:8866/zones"] {
        let e = to(elsewhere).unwrap_err();
        assert!(
            e.to_string()
                .contains("a redirect to another origin, not followed"),
            "{e}"
        );
    }
}
