//! Real X.509 for tests of the Edge Truststore's certificate rules: CA certificates good
//! and bad, made here with rcgen (dates, leaf or CA, key type), and two that rcgen cannot
//! make, generated once with openssl and kept in `data/` (valid until 2126):
//! - `sha1-ca.pem`: `openssl req -x509 -newkey rsa:2048 -sha1 -days 36500 … CA:TRUE`;
//! - `rsa1024-ca.pem`: `openssl req -x509 -newkey rsa:1024 -sha256 -days 36500 … CA:TRUE`.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use time::{Duration, OffsetDateTime};

/// A self-signed RSA 2048 root signed with SHA-1 (CA:TRUE).
pub const SHA1_CA_PEM: &str = include_str!("../data/sha1-ca.pem");
/// A self-signed root with an RSA 1024 key, SHA-256 (CA:TRUE).
pub const RSA1024_CA_PEM: &str = include_str!("../data/rsa1024-ca.pem");

/// What to make.
#[derive(Debug, Clone)]
pub struct Spec {
    pub cn: String,
    pub ca: bool,
    /// Days from now (negative: in the past).
    pub not_before_days: i64,
    pub not_after_days: i64,
}

impl Spec {
    /// A root CA valid from a day ago for ten years.
    pub fn ca(cn: &str) -> Spec {
        Spec {
            cn: cn.to_string(),
            ca: true,
            not_before_days: -1,
            not_after_days: 3650,
        }
    }

    /// An end-entity certificate (no CA bit), otherwise as [`Spec::ca`].
    pub fn leaf(cn: &str) -> Spec {
        Spec {
            ca: false,
            ..Spec::ca(cn)
        }
    }

    pub fn valid(mut self, from_days: i64, to_days: i64) -> Spec {
        self.not_before_days = from_days;
        self.not_after_days = to_days;
        self
    }
}

/// A made certificate: its PEM and its key's PEM.
pub struct Made {
    pub pem: String,
    pub key_pem: String,
    issuer: rcgen::Issuer<'static, KeyPair>,
}

impl Made {
    /// A certificate signed by this one (an intermediate when `spec.ca`).
    pub fn sign(&self, spec: &Spec) -> Made {
        make(spec, Some(self))
    }
}

/// A self-signed certificate (ECDSA P-256, SHA-256) as `spec` says.
pub fn make_root(spec: &Spec) -> Made {
    make(spec, None)
}

fn make(spec: &Spec, parent: Option<&Made>) -> Made {
    let mut params = CertificateParams::default();
    params.distinguished_name.push(DnType::CommonName, &spec.cn);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "moks tests");
    if spec.ca {
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    }
    let now = OffsetDateTime::now_utc();
    params.not_before = now + Duration::days(spec.not_before_days);
    params.not_after = now + Duration::days(spec.not_after_days);
    let key = KeyPair::generate().expect("an ECDSA key");
    let cert = match parent {
        Some(p) => params.signed_by(&key, &p.issuer),
        None => params.self_signed(&key),
    }
    .expect("a certificate");
    Made {
        pem: cert.pem(),
        key_pem: key.serialize_pem(),
        issuer: rcgen::Issuer::new(params, key),
    }
}

/// A certificate signing request (ECDSA P-256) for a subject given as `(attribute, value)`
/// pairs (`CN`, `C`, `ST`, `L`, `O`, `OU`), in order: its PEM and its key's PEM.
pub fn make_csr(subject: &[(&str, &str)]) -> (String, String) {
    let mut params = CertificateParams::default();
    for (k, v) in subject {
        let t = match *k {
            "C" => DnType::CountryName,
            "ST" => DnType::StateOrProvinceName,
            "L" => DnType::LocalityName,
            "O" => DnType::OrganizationName,
            "OU" => DnType::OrganizationalUnitName,
            _ => DnType::CommonName,
        };
        params.distinguished_name.push(t, *v);
    }
    let key = KeyPair::generate().expect("an ECDSA key");
    let csr = params.serialize_request(&key).expect("a CSR");
    (csr.pem().expect("a CSR PEM"), key.serialize_pem())
}
