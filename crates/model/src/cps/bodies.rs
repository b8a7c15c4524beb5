//! The bodies a change's update links take, and the deployment schedule's: built by the
//! client, checked by the emulator with the crate's [`Body`] rules (every problem at once,
//! unknown fields left alone).
//!
//! - `acknowledgement.v1` / `acknowledgement-with-hash.v1` ([`Acknowledgement`]): warnings,
//!   Let's Encrypt challenges completed, change management. Change management's carries
//!   the `validationResultHash` when moks has it: the type Akamai's docs give for
//!   `change-management-ack`, which the PowerShell module sends when given a hash
//!   (edgegrid-golang always sends the plain one; both are taken);
//! - `certificate-and-trust-chain.v2` ([`CertificatesAndTrustChains`]): one entry per key
//!   algorithm;
//! - `deployment-schedule.v1` ([`ScheduleBody`]).

use serde::Serialize;
use serde_json::{Map, Value};

use super::media::Entity;
use super::KeyAlgorithm;
use crate::body::{Body, FieldError, Fields};

open_enum! {
    /// `acknowledgement`: go on, or refuse.
    pub enum Ack {
        Acknowledge = "acknowledge",
        Deny = "deny",
    }
}

/// `{"acknowledgement": …}` or, with a hash, `{"acknowledgement": …, "hash": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Acknowledgement {
    pub acknowledgement: Ack,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

impl Acknowledgement {
    pub fn new(acknowledgement: Ack) -> Acknowledgement {
        Acknowledgement {
            acknowledgement,
            hash: None,
        }
    }

    /// Change management's, carrying `validationResultHash`.
    pub fn with_hash(acknowledgement: Ack, hash: impl Into<String>) -> Acknowledgement {
        Acknowledgement {
            acknowledgement,
            hash: Some(hash.into()),
        }
    }

    /// The media type entity it is sent as.
    pub fn entity(&self) -> Entity {
        match self.hash {
            Some(_) => Entity::AcknowledgementWithHash,
            None => Entity::Acknowledgement,
        }
    }
}

impl Body for Acknowledgement {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let acknowledgement = f.known::<Ack>("acknowledgement", true);
        let hash = f.string("hash", false, |s| match s.is_empty() {
            true => Err("the hash is the change's validationResultHash, not empty".into()),
            false => Ok(()),
        });
        f.finish(|| {
            Some(Acknowledgement {
                acknowledgement: acknowledgement?,
                hash,
            })
        })
    }
}

/// One certificate of an upload: the leaf and its chain as PEM, for one key algorithm.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificateAndTrustChain {
    pub certificate: String,
    pub key_algorithm: KeyAlgorithm,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_chain: Option<String>,
}

/// `certificate-and-trust-chain.v2`: one entry per key algorithm (two for dual-stack).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificatesAndTrustChains {
    pub certificates_and_trust_chains: Vec<CertificateAndTrustChain>,
}

impl Body for CertificatesAndTrustChains {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        const FIELD: &str = "certificatesAndTrustChains";
        let mut f = Fields::new(json);
        let items = match json.get(FIELD).filter(|v| !v.is_null()) {
            Some(Value::Array(items)) if (1..=2).contains(&items.len()) => Some(items),
            Some(other) => {
                f.refuse(
                    FIELD,
                    other,
                    "expected a list of one certificate per key algorithm (RSA, ECDSA)",
                );
                None
            }
            None => {
                f.errors.push(FieldError {
                    field: FIELD,
                    value: None,
                    problem: crate::Problem::Missing,
                });
                None
            }
        };
        let mut out = Vec::new();
        for (i, item) in items.into_iter().flatten().enumerate() {
            match entry(item) {
                Ok(e)
                    if out
                        .iter()
                        .any(|o: &CertificateAndTrustChain| o.key_algorithm == e.key_algorithm) =>
                {
                    f.refuse(
                        FIELD,
                        item,
                        format!(
                            "entry {i}: a second {} certificate; one per key algorithm",
                            e.key_algorithm
                        ),
                    );
                }
                Ok(e) => out.push(e),
                Err(why) => f.refuse(FIELD, item, format!("entry {i}: {why}")),
            }
        }
        f.finish(|| {
            Some(CertificatesAndTrustChains {
                certificates_and_trust_chains: out,
            })
        })
    }
}

/// One entry: a non-empty `certificate`, a known `keyAlgorithm`, a `trustChain` string or
/// nothing.
fn entry(item: &Value) -> Result<CertificateAndTrustChain, String> {
    use crate::ApiEnum;
    let certificate = item
        .get("certificate")
        .and_then(Value::as_str)
        .filter(|c| !c.trim().is_empty())
        .ok_or("needs a certificate, PEM text")?;
    let key_algorithm = item
        .get("keyAlgorithm")
        .and_then(Value::as_str)
        .map(KeyAlgorithm::from_api)
        .filter(ApiEnum::is_known)
        .ok_or_else(|| format!("needs a keyAlgorithm, one of {}", KeyAlgorithm::allowed()))?;
    let trust_chain = match item.get("trustChain") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("trustChain is PEM text".into()),
    };
    Ok(CertificateAndTrustChain {
        certificate: certificate.to_string(),
        key_algorithm,
        trust_chain,
    })
}

/// `deployment-schedule.v1`: deploy not before / not after these ISO timestamps; the
/// PowerShell module sends only the keys given.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_after: Option<String>,
}

impl Body for ScheduleBody {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(json);
        let not_before = f.string("notBefore", false, timestamp);
        let not_after = f.string("notAfter", false, timestamp);
        if let (Some(b), Some(a)) = (&not_before, &not_after) {
            if parse_timestamp(a) < parse_timestamp(b) {
                f.refuse("notAfter", &Value::from(a.as_str()), "is before notBefore");
            }
        }
        f.finish(|| {
            Some(ScheduleBody {
                not_before,
                not_after,
            })
        })
    }
}

/// An ISO-8601 date-time such as 2017-05-19T16:00:00Z (`z` taken too, as the API writes
/// it at times).
pub fn timestamp(s: &str) -> Result<(), String> {
    match parse_timestamp(s) {
        Some(_) => Ok(()),
        None => Err("expected an ISO-8601 date-time such as 2017-05-19T16:00:00Z".into()),
    }
}

/// The instant of an ISO-8601 date-time (RFC 3339), `z` read as `Z`.
pub fn parse_timestamp(s: &str) -> Option<time::OffsetDateTime> {
    let upper = s.to_ascii_uppercase();
    time::OffsetDateTime::parse(&upper, &time::format_description::well_known::Rfc3339).ok()
}
