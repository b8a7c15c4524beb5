//! The MOKS API's problem bodies (the gateway's, in `core/problem.rs`, are re-exported).
//!
//! Rules:
//! - errors are `application/problem+json` with `type`, `title`, `detail`, `instance`,
//!   `problemId` (the same fresh UUID) and `status`, shaped like the examples of the API
//!   docs/reference/moks.md §1; field-level problems go in nested `errors[]` entries with `field`;
//! - 400s always carry `errors[]`; the top-level `detail` is "Bad Request" as in the
//!   reference, the nested `detail` says what is wrong;
//! - the 429 body is the MOKS one from the reference (`httpStatus`, no `status`), sent as
//!   `application/json` as the docs show it;

pub use crate::core::problem::*;
use serde_json::{json, Value};

/// One nested field-level problem.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: String,
    pub detail: String,
    /// `error-types/invalid` or `error-types/warning`.
    pub warning: bool,
}

impl FieldError {
    pub fn invalid(field: &str, detail: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            detail: detail.into(),
            warning: false,
        }
    }

    pub fn warning(field: &str, detail: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_string(),
            detail: detail.into(),
            warning: true,
        }
    }
}

/// 400 bad-request with nested field errors.
pub fn bad_request(errors: Vec<FieldError>) -> Reply {
    let mut m = base(400, "bad-request", "Bad Request", "Bad Request");
    let nested: Vec<Value> = errors
        .into_iter()
        .map(|e| {
            let (kind, title) = if e.warning {
                ("error-types/warning", "Validation Warning")
            } else {
                ("error-types/invalid", "Invalid Input")
            };
            json!({"detail": e.detail, "field": e.field, "problemId": id(),
                   "title": title, "type": kind})
        })
        .collect();
    m.insert("errors".into(), Value::Array(nested));
    Reply::problem(Value::Object(m))
}

/// 400 for an upload whose validation found errors, or warnings not acknowledged: one
/// nested entry per finding, plus the findings as the version's `validation` object would
/// carry them (`{errors: [{message, reason, type}], warnings: […]}`).
pub fn validation_failed(errors: Vec<FieldError>, validation: Value) -> Reply {
    let mut r = bad_request(errors);
    if let Some(Value::Object(m)) = r.body.as_mut() {
        m.insert("validation".into(), validation);
    }
    r
}

/// 400 for one field.
pub fn invalid(field: &str, detail: impl Into<String>) -> Reply {
    bad_request(vec![FieldError::invalid(field, detail)])
}

/// 404 resource-not-found naming the field and value that matched nothing.
pub fn not_found(field: &str, value: &str) -> Reply {
    let mut m = base(
        404,
        "resource-not-found",
        "Resource Not Found",
        "The requested resource could not be found on the server.",
    );
    m.insert("field".into(), field.into());
    m.insert("value".into(), value.into());
    Reply::problem(Value::Object(m))
}

/// 404 for a path that is not an API route.
pub fn unknown_path(path: &str) -> Reply {
    let mut m = base(
        404,
        "not-found",
        "Not Found",
        &format!("No such resource: {path}. The MOKS API lives under /mtls-origin-keystore/v1."),
    );
    m.insert("value".into(), path.into());
    Reply::problem(Value::Object(m))
}

/// 405 with the `Allow` header.
pub fn method_not_allowed(method: &str, path: &str, allowed: &[&str]) -> Reply {
    let mut r = Reply::problem(Value::Object(base(
        405,
        "method-not-allowed",
        "Method Not Allowed",
        &format!(
            "{method} is not allowed on {path}; allowed: {}",
            allowed.join(", ")
        ),
    )));
    r.headers.push(("Allow".into(), allowed.join(", ")));
    r
}

/// 409 for an operation the state forbids.
pub fn conflict(detail: impl Into<String>) -> Reply {
    Reply::problem(Value::Object(base(
        409,
        "conflict",
        "Conflict",
        &detail.into(),
    )))
}

/// 409 for deleting a version that properties active on production use; the properties are
/// named in `detail` and listed in `properties`.
pub fn in_use(detail: impl Into<String>, properties: Vec<Value>) -> Reply {
    let mut m = base(409, "conflict", "Conflict", &detail.into());
    m.insert("properties".into(), Value::Array(properties));
    Reply::problem(Value::Object(m))
}

/// 415 for a request body that is not JSON.
pub fn unsupported_media_type(content_type: Option<&str>) -> Reply {
    let got = match content_type {
        Some(t) => format!("Content-Type {t}"),
        None => "no Content-Type".to_string(),
    };
    Reply::problem(Value::Object(base(
        415,
        "unsupported-media-type",
        "Unsupported Media Type",
        &format!("The request body has {got}; the API accepts application/json only."),
    )))
}

/// 400 for a request body that could not be read.
pub fn unreadable_body(why: &str) -> Reply {
    invalid(
        "body",
        format!("The request body could not be read: {why}."),
    )
}

/// 429 with the MOKS body (docs/reference/moks.md §1).
pub fn rate_limited(next: &str) -> Reply {
    Reply::json(
        429,
        json!({
            "detail": format!("Too many overall requests to the service. This is unrelated to your client's rate limit. Please try after {next}"),
            "httpStatus": "429 TOO_MANY_REQUESTS",
            "title": "Global Service Rate Limit Exceeded",
            "type": "global-rate-limit-exceeded",
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let r = bad_request(vec![FieldError::invalid("certificateName", "x")]);
        assert_eq!(r.status, 400);
        let b = r.body.unwrap();
        assert_eq!(b["type"], "bad-request");
        assert_eq!(b["instance"], b["problemId"]);
        assert_eq!(b["errors"][0]["field"], "certificateName");
        assert_eq!(b["errors"][0]["type"], "error-types/invalid");
        let r = not_found("certificateId", "5");
        assert_eq!(
            (r.status, r.content_type),
            (404, "application/problem+json")
        );
        assert_eq!(r.body.unwrap()["value"], "5");
        let r = rate_limited("2024-07-22T06:23:37.255Z");
        assert_eq!(r.status, 429);
        assert!(r.body.unwrap()["detail"]
            .as_str()
            .unwrap()
            .ends_with("Please try after 2024-07-22T06:23:37.255Z"));
        assert_eq!(
            method_not_allowed("PUT", "/x", &["GET"]).headers[0].0,
            "Allow"
        );
    }
}
