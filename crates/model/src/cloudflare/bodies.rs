//! The bodies this API takes and their checks: create a client certificate (`csr`,
//! `validity_days`), reactivate one (`{"reactivate": true}`), and replace a zone's mTLS
//! hostname associations (`hostnames`, `mtls_certificate_id`).

use serde::Serialize;
use serde_json::{Map, Value};

use super::rules;
use super::x509::{check_csr, Subject};
use crate::body::{Body, FieldError, Fields};
use crate::{Checked, Problem};

/// `POST /zones/{zone_id}/client_certificates`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateClientCertificate {
    /// The CSR, normalised (`\n` line breaks, one final newline): what the certificate is
    /// issued from and what the API stores.
    pub csr: String,
    pub validity_days: i64,
    /// Read from the CSR: what the issued certificate's subject fields will say.
    #[serde(skip)]
    pub subject: Subject,
}

impl Body for CreateClientCertificate {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let checked = std::cell::RefCell::new(None);
        let csr = f.string("csr", true, |s| {
            check_csr(s).map(|c| *checked.borrow_mut() = Some(c))
        });
        let days = f.integer("validity_days", true, 1);
        if let Some(d) = days.filter(|d| rules::validity_days(*d).is_err()) {
            let why = rules::validity_days(d).unwrap_err();
            f.refuse("validity_days", &Value::from(d), why);
        }
        f.finish(|| {
            csr?;
            let c = checked.into_inner()?;
            Some(CreateClientCertificate {
                csr: c.pem,
                validity_days: days?,
                subject: c.subject,
            })
        })
    }
}

impl CreateClientCertificate {
    /// The body a client sends for `csr` (any line breaks) and `validity_days`: checked,
    /// with the CSR normalised in the JSON itself, so what is sent is `\n`-encoded.
    pub fn body(csr: &str, validity_days: i64) -> Result<Checked<Self>, Vec<FieldError>> {
        let mut json = Map::new();
        json.insert("csr".into(), Value::from(super::x509::normalize_pem(csr)));
        json.insert("validity_days".into(), Value::from(validity_days));
        Checked::new(json)
    }
}

/// `PATCH /zones/{zone_id}/client_certificates/{id}`: `{"reactivate": true}`. The SDKs type
/// `reactivate` as an optional boolean; an absent one (or an empty body) is read as a
/// reactivation, the only thing this operation does; `false` is refused.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reactivate {
    pub reactivate: bool,
}

impl Body for Reactivate {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        match json.get("reactivate").filter(|v| !v.is_null()) {
            None | Some(Value::Bool(true)) => {}
            Some(v @ Value::Bool(false)) => f.refuse(
                "reactivate",
                v,
                "false asks for nothing: send true (or leave it out) to reactivate",
            ),
            Some(v) => f.refuse("reactivate", v, "expected true"),
        }
        f.finish(|| Some(Reactivate { reactivate: true }))
    }
}

impl Reactivate {
    /// `{"reactivate": true}`.
    pub fn body() -> Checked<Reactivate> {
        let mut json = Map::new();
        json.insert("reactivate".into(), Value::Bool(true));
        // `{"reactivate": true}` always passes its check.
        Checked::new(json).unwrap_or_else(|_| unreachable!("reactivate: true passes"))
    }
}

/// `PUT /zones/{zone_id}/certificate_authorities/hostname_associations`: the flat body of
/// the API documentation and the hand-written Go client (`hostnames`, and
/// `mtls_certificate_id` for a BYO CA; none means the zone's Managed CA). It replaces the
/// whole list; an empty list clears it. The `tls_hostname_association` wrapper of one
/// generated SDK release is not accepted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HostnameAssociationsBody {
    pub hostnames: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mtls_certificate_id: Option<String>,
}

impl Body for HostnameAssociationsBody {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let hostnames = hostnames(&mut f, json.get("hostnames"));
        let id = f.string("mtls_certificate_id", false, rules::mtls_certificate_id);
        f.finish(|| {
            Some(HostnameAssociationsBody {
                hostnames: hostnames?,
                mtls_certificate_id: id,
            })
        })
    }
}

fn hostnames(f: &mut Fields<'_>, v: Option<&Value>) -> Option<Vec<String>> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        f.errors.push(FieldError {
            field: "hostnames",
            value: None,
            problem: Problem::Missing,
        });
        return None;
    };
    let Some(items) = v.as_array() else {
        f.refuse(
            "hostnames",
            v,
            "expected a list of hostnames (empty to clear)",
        );
        return None;
    };
    if items.len() > rules::MAX_HOSTNAMES {
        let why = format!("at most {} hostnames", rules::MAX_HOSTNAMES);
        f.refuse("hostnames", &Value::from(items.len()), why);
        return None;
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item.as_str().map(|s| (s, rules::hostname(s))) {
            Some((s, Ok(()))) => out.push(s.to_ascii_lowercase()),
            Some((_, Err(why))) => f.refuse("hostnames", item, why),
            None => f.refuse("hostnames", item, "expected a hostname string"),
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|h| seen.insert(h.clone()));
    Some(out)
}
