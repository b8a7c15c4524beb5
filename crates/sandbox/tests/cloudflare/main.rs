//! Cloudflare's client certificates through the sandbox's HTTP server: real requests with
//! the sandbox's public tokens (or the legacy email and key), sent with reqwest to
//! `Sandbox::start` on 127.0.0.1:0. They prove the routes, statuses, headers and envelopes,
//! the lifecycle, paging, scopes, the rate limit, and that the issued certificates are real
//! X.509 signed by the zone's CA.

use moks_sandbox::{CloudflareConfig, Options, Sandbox, StateLocation, CLOUDFLARE_TOKEN};
use moks_testkit::pki;
use serde_json::{json, Value};
use std::time::Duration;

mod access;
mod lifecycle;

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
