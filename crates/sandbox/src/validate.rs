//! Validation of request bodies and query parameters, before any state is touched.
//!
//! Rules:
//! - every problem found is reported at once, one nested `errors[]` entry per field;
//! - the body must be a JSON object (bad JSON, bad UTF-8 or another JSON type → 400 with
//!   field `body`); unknown fields are ignored (PowerShell sends whole objects to PATCH);
//! - constraints are those of the API reference §3.2/§3.5: name 1–64 characters, contract id
//!   non-empty, group id an integer ≥ 0, enums exact upper-case values, at least one
//!   notification e-mail (each with an `@`), subject in the `/…/CN=…/` form, `preferredCa`
//!   only with signer AKAMAI;
//! - numbers too big for an i64 are rejected, never wrapped.

use super::problem::FieldError;
use super::x509::check_subject;
use serde_json::{Map, Value};

pub const GEOGRAPHIES: &[&str] = &["CORE", "RUSSIA_AND_CORE", "CHINA_AND_CORE"];
pub const NETWORKS: &[&str] = &["STANDARD_TLS", "ENHANCED_TLS"];
pub const SIGNERS: &[&str] = &["AKAMAI", "THIRD_PARTY"];
pub const KEY_ALGORITHMS: &[&str] = &["RSA", "ECDSA"];
pub const CA_STATUSES: &[&str] = &["QUALIFYING", "CURRENT", "PREVIOUS", "EXPIRED"];

/// A validated create request.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCert {
    pub certificate_name: String,
    pub contract_id: String,
    pub group_id: i64,
    pub geography: String,
    pub secure_network: String,
    pub signer: String,
    pub notification_emails: Vec<String>,
    pub key_algorithm: String,
    pub preferred_ca: Option<String>,
    pub subject: Option<String>,
}

/// A validated patch request.
#[derive(Debug, Clone, PartialEq)]
pub struct Patch {
    pub certificate_name: Option<String>,
    pub notification_emails: Option<Vec<String>>,
}

/// A validated upload request.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    pub certificate: String,
    pub trust_chain: Option<String>,
}

/// Parses the body as a JSON object.
pub fn object(body: &[u8]) -> Result<Map<String, Value>, Vec<FieldError>> {
    let text = std::str::from_utf8(body).map_err(|_| {
        vec![FieldError::invalid(
            "body",
            "The request body is not valid UTF-8.",
        )]
    })?;
    if text.trim().is_empty() {
        return Err(vec![FieldError::invalid(
            "body",
            "The request body is empty; a JSON object is required.",
        )]);
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(vec![FieldError::invalid(
            "body",
            "The request body must be a JSON object.",
        )]),
        Err(e) => Err(vec![FieldError::invalid(
            "body",
            format!("The request body is not valid JSON: {e}."),
        )]),
    }
}

fn present<'a>(m: &'a Map<String, Value>, k: &str) -> Option<&'a Value> {
    m.get(k).filter(|v| !v.is_null())
}

fn name(m: &Map<String, Value>, errs: &mut Vec<FieldError>, required: bool) -> Option<String> {
    match present(m, "certificateName") {
        None if required => errs.push(FieldError::invalid(
            "certificateName",
            "certificateName is required.",
        )),
        None => {}
        Some(Value::String(s)) => {
            let n = s.chars().count();
            if n == 0 || n > 64 {
                errs.push(FieldError::invalid(
                    "certificateName",
                    format!("certificateName must be 1 to 64 characters long; it is {n}."),
                ));
            } else {
                return Some(s.clone());
            }
        }
        Some(_) => errs.push(FieldError::invalid(
            "certificateName",
            "certificateName must be a string.",
        )),
    }
    None
}

fn emails(
    m: &Map<String, Value>,
    errs: &mut Vec<FieldError>,
    required: bool,
) -> Option<Vec<String>> {
    let field = "notificationEmails";
    match present(m, field) {
        None if required => errs.push(FieldError::invalid(
            field,
            "notificationEmails is required.",
        )),
        None => {}
        Some(Value::Array(a)) if a.is_empty() => errs.push(FieldError::invalid(
            field,
            "notificationEmails must contain at least 1 item.",
        )),
        Some(Value::Array(a)) => {
            let mut out = Vec::new();
            for v in a {
                match v.as_str() {
                    Some(s) if is_email(s) => out.push(s.to_string()),
                    _ => {
                        errs.push(FieldError::invalid(
                            field,
                            format!("{v} is not a valid e-mail address."),
                        ));
                        return None;
                    }
                }
            }
            return Some(out);
        }
        Some(_) => errs.push(FieldError::invalid(
            field,
            "notificationEmails must be an array of strings.",
        )),
    }
    None
}

fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

fn enumeration(
    m: &Map<String, Value>,
    errs: &mut Vec<FieldError>,
    field: &str,
    allowed: &[&str],
    required: bool,
) -> Option<String> {
    match present(m, field) {
        None if required => errs.push(FieldError::invalid(field, format!("{field} is required."))),
        None => {}
        Some(Value::String(s)) if allowed.contains(&s.as_str()) => return Some(s.clone()),
        Some(v) => errs.push(FieldError::invalid(
            field,
            format!(
                "{v} is not a valid {field}; allowed values: {}.",
                allowed.join(", ")
            ),
        )),
    }
    None
}

/// Validates a create body.
pub fn new_cert(body: &[u8]) -> Result<NewCert, Vec<FieldError>> {
    let m = object(body)?;
    let mut errs = Vec::new();
    let certificate_name = name(&m, &mut errs, true);
    let contract_id = match present(&m, "contractId") {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        None => {
            errs.push(FieldError::invalid("contractId", "contractId is required."));
            None
        }
        Some(_) => {
            errs.push(FieldError::invalid(
                "contractId",
                "contractId must be a non-empty string.",
            ));
            None
        }
    };
    let group_id = match present(&m, "groupId") {
        Some(v) => match v.as_i64() {
            Some(g) if g >= 0 => Some(g),
            _ => {
                errs.push(FieldError::invalid(
                    "groupId",
                    format!(
                        "groupId must be an integer between 0 and {}; got {v}.",
                        i64::MAX
                    ),
                ));
                None
            }
        },
        None => {
            errs.push(FieldError::invalid("groupId", "groupId is required."));
            None
        }
    };
    let geography = enumeration(&m, &mut errs, "geography", GEOGRAPHIES, true);
    let secure_network = enumeration(&m, &mut errs, "secureNetwork", NETWORKS, true);
    let signer = enumeration(&m, &mut errs, "signer", SIGNERS, true);
    let notification_emails = emails(&m, &mut errs, true);
    let key_algorithm = enumeration(&m, &mut errs, "keyAlgorithm", KEY_ALGORITHMS, false);
    let preferred_ca = match present(&m, "preferredCa") {
        None => None,
        Some(Value::String(s)) if !s.is_empty() => {
            if signer.as_deref() == Some("THIRD_PARTY") {
                errs.push(FieldError::invalid(
                    "preferredCa",
                    "preferredCa is allowed only when signer is AKAMAI.",
                ));
            }
            Some(s.clone())
        }
        Some(_) => {
            errs.push(FieldError::invalid(
                "preferredCa",
                "preferredCa must be a non-empty string.",
            ));
            None
        }
    };
    let subject = match present(&m, "subject") {
        None => None,
        Some(Value::String(s)) => match check_subject(s) {
            Ok(_) => Some(s.clone()),
            Err(why) => {
                errs.push(FieldError::invalid(
                    "subject",
                    format!("The subject '{s}' is invalid ({why})."),
                ));
                None
            }
        },
        Some(_) => {
            errs.push(FieldError::invalid("subject", "subject must be a string."));
            None
        }
    };
    if !errs.is_empty() {
        return Err(errs);
    }
    match (
        certificate_name,
        contract_id,
        group_id,
        geography,
        secure_network,
        signer,
        notification_emails,
    ) {
        (Some(a), Some(b), Some(c), Some(d), Some(e), Some(f), Some(g)) => Ok(NewCert {
            certificate_name: a,
            contract_id: b,
            group_id: c,
            geography: d,
            secure_network: e,
            signer: f,
            notification_emails: g,
            key_algorithm: key_algorithm.unwrap_or_else(|| "RSA".into()),
            preferred_ca,
            subject,
        }),
        _ => Err(vec![FieldError::invalid(
            "body",
            "The request body is incomplete.",
        )]),
    }
}

/// Validates a patch body (at least one of the two fields).
pub fn patch(body: &[u8]) -> Result<Patch, Vec<FieldError>> {
    let m = object(body)?;
    let mut errs = Vec::new();
    let certificate_name = name(&m, &mut errs, false);
    let notification_emails = emails(&m, &mut errs, false);
    if errs.is_empty() && certificate_name.is_none() && notification_emails.is_none() {
        errs.push(FieldError::invalid(
            "body",
            "certificateName or notificationEmails must be provided.",
        ));
    }
    if errs.is_empty() {
        Ok(Patch {
            certificate_name,
            notification_emails,
        })
    } else {
        Err(errs)
    }
}

/// Validates an upload body.
pub fn upload(body: &[u8]) -> Result<Upload, Vec<FieldError>> {
    let m = object(body)?;
    let mut errs = Vec::new();
    let certificate = match present(&m, "certificate") {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        None => {
            errs.push(FieldError::invalid(
                "certificate",
                "certificate is required.",
            ));
            None
        }
        Some(_) => {
            errs.push(FieldError::invalid(
                "certificate",
                "certificate must be a non-empty PEM string.",
            ));
            None
        }
    };
    let trust_chain = match present(&m, "trustChain") {
        None => None,
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        Some(_) => {
            errs.push(FieldError::invalid(
                "trustChain",
                "trustChain, when given, must be a non-empty PEM string.",
            ));
            None
        }
    };
    match certificate {
        Some(certificate) if errs.is_empty() => Ok(Upload {
            certificate,
            trust_chain,
        }),
        _ => Err(errs),
    }
}

/// A boolean query parameter: absent → false; `true`/`false` in any case; else an error.
pub fn bool_param(field: &str, value: Option<&str>) -> Result<bool, FieldError> {
    match value {
        None => Ok(false),
        Some(v) if v.eq_ignore_ascii_case("true") => Ok(true),
        Some(v) if v.eq_ignore_ascii_case("false") || v.is_empty() => Ok(false),
        Some(v) => Err(FieldError::invalid(
            field,
            format!("{field} must be true or false, not '{v}'."),
        )),
    }
}

/// The `status` filter of GET /ca-certificates: `None` = no filter.
pub fn ca_status_filter(value: Option<&str>) -> Result<Option<Vec<String>>, FieldError> {
    let Some(v) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for part in v.split(',').map(str::trim) {
        let up = part.to_ascii_uppercase();
        if !CA_STATUSES.contains(&up.as_str()) {
            return Err(FieldError::invalid(
                "status",
                format!(
                    "'{part}' is not a valid status; allowed values: {}.",
                    CA_STATUSES.join(", ")
                ),
            ));
        }
        out.push(up);
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(e: Vec<FieldError>) -> Vec<String> {
        e.into_iter().map(|e| e.field).collect()
    }

    const OK: &str = r#"{"certificateName":"a","contractId":"C-1","groupId":1,"geography":"CORE",
        "secureNetwork":"STANDARD_TLS","signer":"AKAMAI","notificationEmails":["a@b.c"]}"#;

    #[test]
    fn create_accepts_minimal_and_defaults_rsa() {
        let n = new_cert(OK.as_bytes()).unwrap();
        assert_eq!(n.key_algorithm, "RSA");
        assert_eq!(n.subject, None);
    }

    #[test]
    fn create_reports_every_bad_field() {
        let e = new_cert(
            br#"{"certificateName":"","groupId":-1,"geography":"MARS","secureNetwork":"x",
            "signer":"THIRD_PARTY","notificationEmails":[],"keyAlgorithm":"DSA","preferredCa":"X",
            "subject":"CN=x"}"#,
        )
        .unwrap_err();
        assert_eq!(
            fields(e),
            vec![
                "certificateName",
                "contractId",
                "groupId",
                "geography",
                "secureNetwork",
                "notificationEmails",
                "keyAlgorithm",
                "preferredCa",
                "subject"
            ]
        );
        let long = OK.replace("\"a\"", &format!("\"{}\"", "n".repeat(65)));
        assert_eq!(
            fields(new_cert(long.as_bytes()).unwrap_err()),
            vec!["certificateName"]
        );
        let huge = OK.replace(
            "\"groupId\":1",
            "\"groupId\":123456789012345678901234567890",
        );
        assert_eq!(
            fields(new_cert(huge.as_bytes()).unwrap_err()),
            vec!["groupId"]
        );
    }

    #[test]
    fn bad_bodies() {
        for b in [&b"{"[..], b"[1]", b"", b"\xff\xfe", b"null"] {
            assert_eq!(fields(new_cert(b).unwrap_err()), vec!["body"]);
        }
        assert_eq!(fields(patch(b"{}").unwrap_err()), vec!["body"]);
        assert!(patch(br#"{"notificationEmails":["x@y"],"signer":"whatever"}"#).is_ok());
        assert_eq!(
            fields(upload(br#"{"certificate":"x","trustChain":""}"#).unwrap_err()),
            vec!["trustChain"]
        );
    }

    #[test]
    fn query_params() {
        assert!(bool_param("x", Some("TRUE")).unwrap());
        assert!(bool_param("x", Some("yes")).is_err());
        assert_eq!(
            ca_status_filter(Some("current,EXPIRED")).unwrap(),
            Some(vec!["CURRENT".to_string(), "EXPIRED".to_string()])
        );
        assert!(ca_status_filter(Some("CURRENT,NOPE")).is_err());
        assert_eq!(ca_status_filter(None).unwrap(), None);
    }
}
