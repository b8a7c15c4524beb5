//! The transport's unit tests: URLs, signing, dry-run, sizes, headers, redirects, TLS.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, LOCATION};
use reqwest::{Method, StatusCode, Url};
use serde_json::Value;

use super::auth::header_unfit;
use super::net_error::tls_error;
use super::size::show_size;
use super::*;
use crate::output::Output;
use crate::retry::Policy;
use edgegrid::Credentials;

fn creds() -> Credentials {
    Credentials {
        client_token: "ct".into(),
        client_secret: "cs".into(),
        access_token: "at".into(),
        max_body: 131072,
        headers_to_sign: vec![],
    }
}

fn edgegrid(key: Option<&str>) -> Option<EdgeGrid> {
    Some(EdgeGrid {
        credentials: creds(),
        account_key: key.map(str::to_string),
    })
}

fn client(base: &str, key: Option<&str>) -> Client {
    with_auth(base, edgegrid(key), None)
}

pub(super) fn with_auth(base: &str, edgegrid: Option<EdgeGrid>, bearer: Option<Bearer>) -> Client {
    Client::new(ClientConfig {
        base_url: Url::parse(base).unwrap(),
        host_origin: "host in section [default] of test".into(),
        allow_plain_http: false,
        edgegrid,
        bearer,
        user_agent: "moks/test".into(),
        timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_secs(5),
        ca_cert: None,
        retry: Policy::default(),
        max_response_size: 32 << 20,
        verbose: false,
        dry_run: false,
        output: Output::default(),
    })
    .unwrap()
}

#[test]
fn url_has_base_path_query_and_account_switch_key_last() {
    let c = client("http://127.0.0.1:8866/", Some("1-AB:CD"));
    let u = c.url("/ca-certificates", &[("status", "CURRENT,EXPIRED".into())]);
    assert_eq!(
        u.as_str(),
        "http://127.0.0.1:8866/mtls-origin-keystore/v1/ca-certificates?status=CURRENT%2CEXPIRED&accountSwitchKey=1-AB%3ACD"
    );
    let c = client("https://akab-x.luna.akamaiapis.net", None);
    assert_eq!(
        c.url("/client-certificates/5", &[]).as_str(),
        "https://akab-x.luna.akamaiapis.net/mtls-origin-keystore/v1/client-certificates/5"
    );
}

#[test]
fn the_signed_host_keeps_a_non_default_port_and_the_signed_path_is_the_sent_one() {
    let c = client("http://127.0.0.1:8866/", Some("K"));
    let u = c.url("/client-certificates", &[]);
    let ts = "20240101T00:00:00+0000";
    let got = super::auth::sign(&creds(), &Method::GET, &u, b"", ts, "n1");
    let expected = edgegrid::sign(
        &creds(),
        &edgegrid::Request {
            method: "GET",
            scheme: "http",
            host: "127.0.0.1:8866",
            path_and_query: "/mtls-origin-keystore/v1/client-certificates?accountSwitchKey=K",
            headers: &[],
            body: b"",
        },
        ts,
        "n1",
    );
    assert_eq!(got, expected.authorization);
}

#[tokio::test(flavor = "current_thread")]
async fn dry_run_prints_lookups_with_a_placeholder_and_ends_at_the_first_call() {
    let mut cfg = client("http://127.0.0.1:1/", None).cfg;
    cfg.dry_run = true;
    cfg.output.json = true;
    let c = Client::new(cfg).unwrap();
    let id = c
        .look_up(Lookup {
            request: Request::new(&MOKS, Method::GET, "/client-certificates"),
            placeholder: "id of 'a b'".into(),
            what: "the id of client certificate 'a b'".into(),
            pick: Box::new(|_| Ok(7)),
        })
        .await
        .unwrap();
    assert_eq!(id.to_string(), "{id of 'a b'}", "not sent, so not picked");
    let req = Request::new(
        &MOKS,
        Method::POST,
        format!("/client-certificates/{id}/versions"),
    )
    .body(&serde_json::json!({"k": 1}))
    .unwrap();
    let e = c.send(req).await.unwrap_err();
    assert!(e.is::<DryRun>(), "{e}");
    let printed = c.take_dry_runs();
    assert_eq!(printed.len(), 2);
    assert_eq!(
        printed[1]["url"],
        "http://127.0.0.1:1/mtls-origin-keystore/v1/client-certificates/{id of 'a b'}/versions"
    );
    assert_eq!(printed[1]["body"], serde_json::json!({"k": 1}));
    assert_eq!(printed[0]["body"], Value::Null);
}

#[test]
fn sizes_parse_with_units_and_show_for_people() {
    assert_eq!(parse_size("1048576"), Ok(1 << 20));
    assert_eq!(parse_size("64MiB"), Ok(64 << 20));
    assert_eq!(parse_size(" 64 mib "), Ok(64 << 20));
    assert_eq!(parse_size("32M"), Ok(32 << 20));
    assert_eq!(parse_size("1.5KiB"), Ok(1536));
    assert_eq!(parse_size("500KB"), Ok(500_000));
    assert_eq!(parse_size("2GB"), Ok(2_000_000_000));
    assert_eq!(parse_size("1g"), Ok(1 << 30));
    assert_eq!(parse_size("1b"), Ok(1));
    for bad in [
        "",
        "0",
        "0.4",
        "-1",
        "MiB",
        "1 TiB",
        "1e3",
        "NaN",
        "1.2.3",
        "99999999PiB",
    ] {
        assert!(parse_size(bad).is_err(), "{bad}");
    }
    assert!(parse_size(&"9".repeat(400)).is_err());
    assert_eq!(show_size(32 << 20), "32 MiB");
    assert_eq!(show_size(100_000), "97.7 KiB");
    assert_eq!(show_size(10 << 30), "10 GiB");
    assert_eq!(show_size(900), "900 bytes");
}

#[test]
fn header_unfit_names_what_and_where_never_the_value() {
    assert_eq!(header_unfit("akab-abc-123"), None);
    assert_eq!(
        header_unfit("ab\ncd").as_deref(),
        Some("a line break at character 3")
    );
    assert_eq!(
        header_unfit("\u{7f}").as_deref(),
        Some("a control character (U+007F) at character 1")
    );
    assert_eq!(
        header_unfit("xé").as_deref(),
        Some("a non-ASCII character at character 2")
    );
}

#[test]
fn a_token_a_header_cannot_carry_fails_the_client_with_exit_3() {
    let mut cfg = client("http://127.0.0.1:1/", None).cfg;
    cfg.edgegrid = Some(EdgeGrid {
        credentials: Credentials {
            access_token: "at\r\nX: y".into(),
            ..creds()
        },
        account_key: None,
    });
    let err = Client::new(cfg).err().expect("refused");
    assert_eq!(crate::error::exit_code(&err), crate::error::EXIT_CONFIG);
    assert!(err
        .to_string()
        .contains("the access_token holds a line break"));
    assert!(!err.to_string().contains("X: y"));
}

fn location(base: &str, status: u16, loc: Option<&str>) -> Result<String, String> {
    let c = client(base, None);
    let url = c.url("/client-certificates", &[]);
    let mut h = HeaderMap::new();
    if let Some(l) = loc {
        h.insert(LOCATION, HeaderValue::from_str(l).unwrap());
    }
    c.redirect_target(StatusCode::from_u16(status).unwrap(), &url, &h)
        .map(|u| u.to_string())
        .map_err(|e| {
            assert_eq!(crate::error::exit_code(&e), crate::error::EXIT_API_FAILED);
            e.to_string()
        })
}

#[test]
fn redirects_are_followed_within_the_configured_origin_only() {
    let base = "https://akab-x.luna.akamaiapis.net";
    // Same scheme, host and port: followed (a default port spelled out is the same).
    assert_eq!(
        location(base, 307, Some("/mtls-origin-keystore/v1/x?y=1")).unwrap(),
        format!("{base}/mtls-origin-keystore/v1/x?y=1")
    );
    assert_eq!(
        location(
            base,
            301,
            Some("https://AKAB-X.luna.akamaiapis.net:443/a#frag")
        )
        .unwrap(),
        format!("{base}/a")
    );
    // URL credentials are dropped, never sent.
    assert_eq!(
        location(base, 302, Some("https://u:p@akab-x.luna.akamaiapis.net/a")).unwrap(),
        format!("{base}/a")
    );
    for other in [
        "http://akab-x.luna.akamaiapis.net/a",
        "https://akab-x.luna.akamaiapis.net:8443/a",
        "https://evil.example/a",
        "//evil.example/a",
        "https://akab-x.luna.akamaiapis.net.evil.example/a",
    ] {
        let e = location(base, 308, Some(other)).unwrap_err();
        assert!(
            e.contains("a redirect to another origin, not followed"),
            "{other}: {e}"
        );
    }
    let e = location(base, 302, Some("https://u:secret@evil.example/")).unwrap_err();
    assert!(
        !e.contains("secret") && e.ends_with("not followed: https://evil.example/"),
        "{e}"
    );
    assert!(location(base, 302, None)
        .unwrap_err()
        .contains("without a Location header"));
    assert!(location(base, 302, Some("http://[::1"))
        .unwrap_err()
        .contains("a Location that is not a URL: 'http://[::1'"));
}

#[test]
fn tls_failures_are_found_by_type_inside_io_errors() {
    let tls = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
    let wrapped = std::io::Error::new(std::io::ErrorKind::InvalidData, tls);
    let outer = anyhow::Error::new(wrapped).context("error sending request");
    let e: &(dyn std::error::Error + 'static) = outer.as_ref();
    assert!(matches!(
        tls_error(e),
        Some(rustls::Error::InvalidCertificate(_))
    ));
    // Words are not types.
    let words = std::io::Error::other("mtls tls certificate invalid peer certificate");
    assert!(tls_error(&words).is_none());
}

#[test]
fn a_bearer_token_a_header_cannot_carry_is_refused_before_sending() {
    let mut cfg = client("https://api.cloudflare.com", None).cfg;
    cfg.bearer = Some(Bearer {
        token: "tok\nen".into(),
        base_url: Url::parse("https://api.cloudflare.com").unwrap(),
    });
    let err = Client::new(cfg).err().expect("refused");
    assert!(
        err.to_string().contains("the token holds a line break"),
        "{err}"
    );
}
