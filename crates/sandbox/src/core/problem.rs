//! What an operation answers ([`Reply`]) and the problem bodies of Akamai's API gateway,
//! which stands in front of every API: authentication (401), authorization (403), and the
//! sandbox's own refusals (408, 413, 500, 503), for the APIs that do not shape them.
//!
//! Rules:
//! - errors are `application/problem+json` with `type`, `title`, `detail`, `instance`,
//!   `problemId` (the same fresh UUID) and `status`, shaped like the examples of the MOKS
//!   API reference (the gateway's shape);
//! - 401s use the EdgeGrid authentication layer's `type`, 403s its authorization layer's.

use serde_json::{Map, Value};

/// The EdgeGrid authentication layer's problem type.
pub const AUTHN_DENY: &str = "https://problems.luna.akamaiapis.net/-/pep-authn/deny";

/// An answer: status, optional JSON body, extra headers.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: Option<Value>,
    pub content_type: &'static str,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    pub fn json(status: u16, body: Value) -> Reply {
        Reply {
            status,
            body: Some(body),
            content_type: "application/json",
            headers: Vec::new(),
        }
    }

    pub fn empty(status: u16) -> Reply {
        Reply {
            status,
            body: None,
            content_type: "application/json",
            headers: Vec::new(),
        }
    }

    pub(crate) fn problem(body: Value) -> Reply {
        let status = body.get("status").and_then(Value::as_u64).unwrap_or(500) as u16;
        Reply {
            status,
            body: Some(body),
            content_type: "application/problem+json",
            headers: Vec::new(),
        }
    }
}

/// A problem answer of `status` from the members `m` holds, with `errors[]` last when
/// there are any: the end of every API's problem builder.
pub(crate) fn with_errors(status: u16, mut m: Map<String, Value>, errors: Vec<Value>) -> Reply {
    if !errors.is_empty() {
        m.insert("errors".into(), Value::Array(errors));
    }
    Reply {
        status,
        body: Some(Value::Object(m)),
        content_type: "application/problem+json",
        headers: Vec::new(),
    }
}

pub(crate) fn id() -> String {
    uuid::Uuid::new_v4().to_string()
}

pub(crate) fn base(status: u16, kind: &str, title: &str, detail: &str) -> Map<String, Value> {
    let pid = id();
    let mut m = Map::new();
    m.insert("type".into(), kind.into());
    m.insert("title".into(), title.into());
    m.insert("detail".into(), detail.into());
    m.insert("instance".into(), pid.clone().into());
    m.insert("problemId".into(), pid.into());
    m.insert("status".into(), status.into());
    m
}

/// 401 from the authentication layer.
pub fn unauthorized(detail: &str) -> Reply {
    Reply::problem(Value::Object(base(
        401,
        AUTHN_DENY,
        "Not authorized",
        detail,
    )))
}

/// The EdgeGrid authorization layer's problem type (a credential used beyond what it may).
pub const AUTHZ_DENY: &str = "https://problems.luna.akamaiapis.net/-/pep-authz/deny";

/// 403 from the authorization layer.
pub fn forbidden(detail: &str) -> Reply {
    Reply::problem(Value::Object(base(403, AUTHZ_DENY, "Forbidden", detail)))
}

/// 408 for a request body that did not arrive in time.
pub fn body_timeout(limit: std::time::Duration) -> Reply {
    Reply::problem(Value::Object(base(
        408,
        "request-timeout",
        "Request Timeout",
        &format!("The request body did not arrive within {limit:?}."),
    )))
}

/// 503 when the sandbox reads as many bodies as it will at once.
pub fn busy() -> Reply {
    let mut r = Reply::problem(Value::Object(base(
        503,
        "service-unavailable",
        "Service Unavailable",
        "The sandbox is reading as many request bodies as it will at once. Retry the request.",
    )));
    r.headers.push(("Retry-After".into(), "1".into()));
    r
}

/// 413 for a body over the sandbox's limit.
pub fn too_large(limit: usize) -> Reply {
    Reply::problem(Value::Object(base(
        413,
        "payload-too-large",
        "Payload Too Large",
        &format!("The request body is larger than {limit} bytes."),
    )))
}

/// 503 from fail injection.
pub fn unavailable() -> Reply {
    Reply::problem(Value::Object(base(
        503,
        "service-unavailable",
        "Service Unavailable",
        "The sandbox answered 503 on purpose (fail rate injection). Retry the request.",
    )))
}

/// 500 for a sandbox-side failure (e.g. an unreadable state file).
pub fn internal(detail: &str) -> Reply {
    Reply::problem(Value::Object(base(
        500,
        "internal-server-error",
        "Internal Server Error",
        detail,
    )))
}

/// 404 for a path no API of the sandbox serves.
pub fn no_such_api(path: &str, prefixes: &[&str]) -> Reply {
    let mut m = base(
        404,
        "not-found",
        "Not Found",
        &format!(
            "No such resource: {path}. The sandbox serves {}.",
            prefixes.join(" and ")
        ),
    );
    m.insert("value".into(), path.into());
    Reply::problem(Value::Object(m))
}

/// A pipeline refusal in the gateway's shape (for an API that has none of its own).
pub fn gateway(r: super::api::Refusal<'_>) -> Reply {
    use super::api::Refusal;
    match r {
        Refusal::Unavailable => unavailable(),
        Refusal::Busy => busy(),
        Refusal::TooLarge(limit) => too_large(limit),
        Refusal::BodyTimeout(limit) => body_timeout(limit),
        Refusal::UnreadableBody(why) => Reply::problem(Value::Object(base(
            400,
            "bad-request",
            "Bad Request",
            &format!("The request body could not be read: {why}."),
        ))),
        Refusal::RateLimited { next, .. } => {
            let mut r = Reply::problem(Value::Object(base(
                429,
                "too-many-requests",
                "Too Many Requests",
                &format!(
                    "Too many requests. Please try after {}",
                    super::rate::fmt_millis(next)
                ),
            )));
            r.status = 429;
            r
        }
        Refusal::TooManyAccounts(detail) => forbidden(detail),
        Refusal::StateFull(detail) => Reply::problem(Value::Object(base(
            507,
            "insufficient-storage",
            "Insufficient Storage",
            detail,
        ))),
        Refusal::Internal(detail) => internal(detail),
        Refusal::Denied(d) => {
            let mut r = unauthorized(d.message);
            r.status = d.status;
            r
        }
    }
}
