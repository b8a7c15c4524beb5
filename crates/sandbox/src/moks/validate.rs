//! Validation of request bodies and query parameters, before any state is touched.
//!
//! Rules:
//! - every problem found is reported at once, one nested `errors[]` entry per field;
//! - the body must be a JSON object (bad JSON, bad UTF-8 or another JSON type → 400 with
//!   field `body`); unknown fields are ignored (PowerShell sends whole objects to PATCH);
//! - the fields, their allowed values and their rules are the model's (`moks_model::moks`),
//!   the same checks the CLI runs before sending: one list of allowed values. Here only the
//!   sandbox's own limit is added: a subject must be one it can put in a certificate
//!   (see `x509.rs`).

use super::problem::FieldError;
use crate::core::x509::check_subject;
use moks_model::moks::{
    CaStatus, CreateClientCertificate, PatchClientCertificate, UploadSignedCertificate,
};
use moks_model::{ApiEnum, Body};
use serde_json::{Map, Value};

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

/// The model's findings as nested errors: one sentence each, naming the field.
fn field_errors(errors: Vec<moks_model::FieldError>) -> Vec<FieldError> {
    errors
        .iter()
        .map(|e| FieldError::invalid(e.field, format!("{e}.")))
        .collect()
}

/// Validates a create body.
pub fn new_cert(body: &[u8]) -> Result<NewCert, Vec<FieldError>> {
    let n = CreateClientCertificate::check(&object(body)?).map_err(field_errors)?;
    if let Some(s) = &n.subject {
        if let Err(why) = check_subject(s) {
            return Err(vec![FieldError::invalid(
                "subject",
                format!("The subject '{s}' is invalid ({why})."),
            )]);
        }
    }
    Ok(NewCert {
        certificate_name: n.certificate_name,
        contract_id: n.contract_id,
        group_id: n.group_id,
        geography: n.geography.to_string(),
        secure_network: n.secure_network.to_string(),
        signer: n.signer.to_string(),
        notification_emails: n.notification_emails,
        key_algorithm: n
            .key_algorithm
            .map_or_else(|| "RSA".into(), |k| k.to_string()),
        preferred_ca: n.preferred_ca,
        subject: n.subject,
    })
}

/// Validates a patch body (at least one of the two fields).
pub fn patch(body: &[u8]) -> Result<Patch, Vec<FieldError>> {
    let p = PatchClientCertificate::check(&object(body)?).map_err(field_errors)?;
    Ok(Patch {
        certificate_name: p.certificate_name,
        notification_emails: p.notification_emails,
    })
}

/// Validates an upload body.
pub fn upload(body: &[u8]) -> Result<Upload, Vec<FieldError>> {
    let u = UploadSignedCertificate::check(&object(body)?).map_err(field_errors)?;
    Ok(Upload {
        certificate: u.certificate,
        trust_chain: u.trust_chain,
    })
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
        if !CaStatus::from_api(&up).is_known() {
            return Err(FieldError::invalid(
                "status",
                format!(
                    "'{part}' is not a valid status; allowed values: {}.",
                    CaStatus::allowed()
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
        assert!(patch(br#"{"notificationEmails":["x@example.com"],"signer":"whatever"}"#).is_ok());
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
