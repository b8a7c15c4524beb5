//! The signed client and helpers of the CPS tests.

use moks_model::cps::media::{media_type, Entity};
use moks_model::cps::{template, TemplateKind};
use moks_sandbox::{self as sandbox, CpsConfig, Options, Sandbox, StateLocation};
use moks_testkit::edgegrid::{self, Creds};
use moks_testkit::pki;
use serde_json::{json, Value};
use std::time::Duration;

pub fn options(cps: CpsConfig) -> Options {
    Options {
        cps,
        ..Options::new("127.0.0.1:0".parse().unwrap(), StateLocation::Memory)
    }
}

pub fn quick() -> CpsConfig {
    CpsConfig {
        delay: Duration::ZERO,
        dv_validation_delay: None,
        one_certificate_every: Duration::ZERO,
        transient_conflict: false,
        rate_limits: false,
        seed: false,
    }
}

pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

pub struct Client {
    http: reqwest::Client,
    base: String,
}

pub fn mt(e: Entity) -> String {
    media_type(e, e.newest())
}

impl Client {
    pub fn new(sb: &Sandbox) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: sb.base_url(),
        }
    }

    /// A signed request with `accept`, and `content_type` when there is a body.
    pub async fn send(
        &self,
        method: &str,
        pq: &str,
        accept: &str,
        body: Option<(Value, &str)>,
    ) -> Answer {
        let d = sandbox::default_credentials();
        let creds = Creds {
            client_token: d.client_token,
            client_secret: d.client_secret,
            access_token: d.access_token,
            max_body: d.max_body,
        };
        let bytes = body
            .as_ref()
            .map(|(b, _)| serde_json::to_vec(b).unwrap())
            .unwrap_or_default();
        let ts = edgegrid::timestamp(time::OffsetDateTime::now_utc());
        let auth = edgegrid::authorization(
            &creds,
            method,
            &self.base,
            pq,
            &bytes,
            &ts,
            &edgegrid::nonce(),
        );
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut rb = self
            .http
            .request(m, format!("{}{pq}", self.base))
            .header("Authorization", auth)
            .header("Accept", accept);
        if let Some((_, ct)) = body {
            rb = rb.header("Content-Type", ct).body(bytes);
        }
        let resp = rb.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.unwrap();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, pq: &str, accept: Entity) -> Answer {
        self.send("GET", pq, &mt(accept), None).await
    }

    pub async fn post(&self, pq: &str, accept: Entity, body: Value, ct: Entity) -> Answer {
        self.send("POST", pq, &mt(accept), Some((body, &mt(ct))))
            .await
    }

    pub async fn change(&self, link: &str) -> Value {
        let a = self.get(link, Entity::Change).await;
        assert_eq!(a.status, 200, "{}", a.body);
        assert_eq!(a.header("content-type"), mt(Entity::Change));
        a.body
    }

    pub async fn create(&self, doc: Value) -> Answer {
        self.post(
            "/cps/v2/enrollments?contractId=1-SANDBOX",
            Entity::EnrollmentStatus,
            doc,
            Entity::Enrollment,
        )
        .await
    }

    pub async fn ack(&self, update: &str) -> Answer {
        self.post(
            update,
            Entity::ChangeId,
            json!({"acknowledgement": "acknowledge"}),
            Entity::Acknowledgement,
        )
        .await
    }
}

pub fn doc(kind: TemplateKind) -> Value {
    serde_json::from_str(&template(kind)).unwrap()
}

/// The one allowedInput of a change: (type, info link, update link).
pub fn input(change: &Value) -> (String, String, String) {
    let i = &change["allowedInput"][0];
    let s = |k: &str| i[k].as_str().unwrap_or_default().to_string();
    (s("type"), s("info"), s("update"))
}

/// Signs a CSR as a CA would, for the enrollment's names.
pub fn sign(csr: &str, ca: &pki::Made, names: &[&str]) -> String {
    let mut req = rcgen::CertificateSigningRequestParams::from_pem(csr).unwrap();
    req.params.subject_alt_names = names
        .iter()
        .map(|n| rcgen::SanType::DnsName((*n).try_into().unwrap()))
        .collect();
    let key = rcgen::KeyPair::from_pem(&ca.key_pem).unwrap();
    let issuer = rcgen::Issuer::from_ca_cert_pem(&ca.pem, key).unwrap();
    req.signed_by(&issuer).unwrap().pem()
}
