//! CPS's problem bodies, shaped as the examples of Akamai's CPS OpenAPI: `type` is
//! `…/cps/v2/error-types/<slug>` (host-relative here, as the sandbox's links are), then
//! `title`, `detail`, and an `instance` that is the type with `?id=<32 hex digits>`; the
//! sandbox adds `status`, and `errors[]` (`{pointer, detail}`) for a refused enrollment.
//! The 429 body is the one of the example for the request quota, word for word.

use crate::core::problem::Reply;
use serde_json::{json, Map, Value};
use std::time::Duration;

/// The prefix of every problem `type`.
pub const ERROR_TYPES: &str = "/cps/v2/error-types/";

/// A problem: status, slug, title and detail.
pub fn problem(status: u16, slug: &str, title: &str, detail: &str) -> Reply {
    with_errors(status, slug, title, detail, Vec::new())
}

pub fn with_errors(
    status: u16,
    slug: &str,
    title: &str,
    detail: &str,
    errors: Vec<Value>,
) -> Reply {
    let kind = format!("{ERROR_TYPES}{slug}");
    let mut m = Map::new();
    m.insert("type".into(), kind.clone().into());
    m.insert("title".into(), title.into());
    m.insert(
        "instance".into(),
        format!(
            "{kind}?id={:016x}{:016x}",
            fastrand::u64(..),
            fastrand::u64(..)
        )
        .into(),
    );
    m.insert("detail".into(), detail.into());
    m.insert("status".into(), status.into());
    crate::core::problem::with_errors(status, m, errors)
}

pub fn not_found(what: &str) -> Reply {
    problem(
        404,
        "not-found",
        "Not Found",
        &format!("{what} was not found."),
    )
}

pub fn bad_request(slug: &str, detail: &str) -> Reply {
    problem(400, slug, "Bad Request", detail)
}

pub fn conflict(slug: &str, title: &str, detail: &str) -> Reply {
    problem(409, slug, title, detail)
}

pub fn internal(detail: &str) -> Reply {
    problem(
        500,
        "internal-server-error",
        "Internal Server Error",
        detail,
    )
}

/// 406: the `Accept` header names none of the types the operation answers.
pub fn not_acceptable(accept: Option<&str>, wanted: &str) -> Reply {
    problem(
        406,
        "not-acceptable",
        "Not Acceptable",
        &format!(
            "The Accept header ({}) names no media type this operation answers; send {wanted}.",
            accept.unwrap_or("missing")
        ),
    )
}

/// 415: the body's `Content-Type` is not the type the operation takes.
pub fn unsupported(content_type: Option<&str>, wanted: &str) -> Reply {
    problem(
        415,
        "unsupported-media-type",
        "Unsupported Media Type",
        &format!(
            "The Content-Type ({}) is not a media type this operation takes; send {wanted}.",
            content_type.unwrap_or("missing")
        ),
    )
}

/// 405 with `Allow`.
pub fn method_not_allowed(allow: &[&str]) -> Reply {
    let mut r = problem(
        405,
        "method-not-allowed",
        "Method Not Allowed",
        &format!("This resource takes {}.", allow.join(", ")),
    );
    r.headers.push(("Allow".into(), allow.join(", ")));
    r
}

/// 429, the body of the API's example and `Retry-After` in whole seconds.
pub fn rate_limited(wait: Duration) -> Reply {
    let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
    Reply {
        status: 429,
        body: Some(json!({
            "type": "429 Too Many Requests",
            "title": "Too Many Requests",
            "detail": format!("You have exhausted your API Request Quota. Retry after: {seconds} seconds."),
        })),
        content_type: "application/problem+json",
        headers: vec![("Retry-After".into(), seconds.to_string())],
    }
}

/// 400 for an enrollment that breaks the schema's rules: one `errors[]` item per finding.
pub fn invalid_enrollment(findings: &[moks_model::cps::Finding]) -> Reply {
    let errors = findings
        .iter()
        .map(|f| json!({"pointer": f.pointer, "detail": f.message}))
        .collect();
    let detail = findings
        .iter()
        .map(|f| format!("{}: {}", f.pointer, f.message))
        .collect::<Vec<_>>()
        .join("; ");
    with_errors(
        400,
        "invalid-enrollment",
        "Invalid enrollment.",
        &detail,
        errors,
    )
}

/// 409 while the enrollment has a change in progress.
pub fn pending_change(detail: &str) -> Reply {
    conflict(
        "pending-change",
        "There is a pending change on the enrollment.",
        detail,
    )
}

/// 409 `invalid-enrollment-state`: the change does not take this input now.
pub fn invalid_state(detail: &str) -> Reply {
    conflict(
        "invalid-enrollment-state",
        "The enrollment is not in a state that allows this operation.",
        detail,
    )
}
