//! The bodies the Edge Truststore takes, and their checks: create and clone a CA set
//! (§5.1, §5.6), create/update a version and validate certificates (§5.10, §5.13, §5.21),
//! activate/deactivate (§5.17). Field rules are [`super::rules`]; certificates are checked
//! as text here (non-empty PEM) and as X.509 by [`super::certs`].
//!
//! Sections (§) are those of docs/reference/truststore.md.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{rules, Network};
use crate::body::{Body, FieldError, Fields};

/// `POST /ca-sets` (§5.1).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateCaSet {
    pub ca_set_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Body for CreateCaSet {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let ca_set_name = f.string("caSetName", true, rules::ca_set_name);
        let description = f.string("description", false, rules::description);
        f.finish(|| {
            Some(CreateCaSet {
                ca_set_name: ca_set_name?,
                description,
            })
        })
    }
}

/// `POST /ca-sets/{id}/clone` (§5.6): the same fields as a creation.
pub type CloneCaSet = CreateCaSet;

/// One certificate of a version body (§5.10).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificateInput {
    pub certificate_pem: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `POST /ca-sets/{id}/versions`, `PUT …/versions/{v}` (§5.10, §5.13) and
/// `POST /certificates/validate` (§5.21, which has no `description`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionBody {
    /// Go always sends it; absent means false.
    pub allow_insecure_sha1: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub certificates: Vec<CertificateInput>,
}

impl Body for VersionBody {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let allow = match json.get("allowInsecureSha1").filter(|v| !v.is_null()) {
            None => Some(false),
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                f.refuse("allowInsecureSha1", other, "expected true or false");
                None
            }
        };
        let description = f.string("description", false, rules::description);
        let certificates = certificates(&mut f, json.get("certificates"));
        f.finish(|| {
            Some(VersionBody {
                allow_insecure_sha1: allow?,
                description,
                certificates: certificates?,
            })
        })
    }
}

fn certificates(f: &mut Fields<'_>, v: Option<&Value>) -> Option<Vec<CertificateInput>> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        f.errors.push(FieldError {
            field: "certificates",
            value: None,
            problem: crate::Problem::Missing,
        });
        return None;
    };
    let Some(items) = v.as_array() else {
        f.refuse(
            "certificates",
            v,
            "expected a list of {\"certificatePem\": …}",
        );
        return None;
    };
    if items.is_empty() || items.len() > rules::MAX_CERTIFICATES {
        f.refuse(
            "certificates",
            &Value::from(items.len()),
            format!(
                "a version holds 1 to {} certificates, this one has {}",
                rules::MAX_CERTIFICATES,
                items.len()
            ),
        );
        return None;
    }
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let pem = item.get("certificatePem").and_then(Value::as_str);
        let description = item.get("description").filter(|d| !d.is_null());
        match pem {
            Some(p) if !p.trim().is_empty() => {}
            _ => {
                f.refuse(
                    "certificates",
                    item,
                    format!("certificate {i} needs a non-empty certificatePem string"),
                );
                ok = false;
                continue;
            }
        }
        let description = match description {
            None => None,
            Some(Value::String(d)) => match rules::description(d) {
                Ok(()) => Some(d.clone()),
                Err(why) => {
                    f.refuse("certificates", item, format!("certificate {i}: {why}"));
                    ok = false;
                    continue;
                }
            },
            Some(_) => {
                f.refuse(
                    "certificates",
                    item,
                    format!("certificate {i}: description must be a string"),
                );
                ok = false;
                continue;
            }
        };
        out.push(CertificateInput {
            certificate_pem: pem.unwrap_or_default().to_string(),
            description,
        });
    }
    ok.then_some(out)
}

/// `POST …/versions/{v}/activate` and `/deactivate` (§5.17): the network, upper-case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activate {
    pub network: Network,
}

impl Body for Activate {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let network = f.known::<Network>("network", true);
        f.finish(|| Some(Activate { network: network? }))
    }
}
