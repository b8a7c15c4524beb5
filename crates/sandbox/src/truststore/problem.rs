//! The Edge Truststore's problem bodies (§3): `type` is
//! `/mtls-edge-truststore/error-types/<slug>`, then `title`, `detail`, `status`,
//! `instance` (`…/error-types/<slug>/<16 hex digits>`), `contextInfo` and, for field-level
//! problems, `errors[]` items `{type, title, detail, pointer, contextInfo}`. Sent as
//! `application/problem+json`. The slugs and statuses are those of the catalog (§3.1); the
//! warnings' of §3.2.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use crate::core::problem::Reply;
use serde_json::{json, Map, Value};

/// The prefix of every problem and warning `type` (§3, after DXE-5159).
pub const ERROR_TYPES: &str = "/mtls-edge-truststore/error-types/";

pub fn kind(slug: &str) -> String {
    format!("{ERROR_TYPES}{slug}")
}

/// A problem: status, slug, title, detail, contextInfo (an object or null) and errors.
pub fn problem(status: u16, slug: &str, title: &str, detail: &str, context: Value) -> Reply {
    with_errors(status, slug, title, detail, context, Vec::new())
}

pub fn with_errors(
    status: u16,
    slug: &str,
    title: &str,
    detail: &str,
    context: Value,
    errors: Vec<Value>,
) -> Reply {
    let mut m = Map::new();
    m.insert("type".into(), kind(slug).into());
    m.insert("title".into(), title.into());
    if !detail.is_empty() {
        m.insert("detail".into(), detail.into());
    }
    m.insert("status".into(), status.into());
    m.insert(
        "instance".into(),
        format!("{}/{:016x}", kind(slug), fastrand::u64(..)).into(),
    );
    if !context.is_null() {
        m.insert("contextInfo".into(), context);
    }
    crate::core::problem::with_errors(status, m, errors)
}

/// One `errors[]` item (or a warning, §3.2: the same shape).
pub fn item(slug: &str, title: &str, detail: &str, pointer: Option<&str>, context: Value) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), kind(slug).into());
    m.insert("title".into(), title.into());
    m.insert("detail".into(), detail.into());
    if let Some(p) = pointer {
        m.insert("pointer".into(), p.into());
    }
    if !context.is_null() {
        m.insert("contextInfo".into(), context);
    }
    Value::Object(m)
}

/// 404 `ca-set-not-found` (§3.1).
pub fn set_not_found(id: i64, detail: &str) -> Reply {
    problem(
        404,
        "ca-set-not-found",
        "CA set not found.",
        detail,
        json!({"caSetId": id.to_string()}),
    )
}

/// 404 `ca-set-version-not-found` (§3.1).
pub fn version_not_found(id: i64, name: &str, version: i64) -> Reply {
    problem(
        404,
        "ca-set-version-not-found",
        "CA set version not found.",
        &format!("Version {version} of the CA set {name} with caSetId {id} does not exist."),
        json!({"caSetId": id.to_string(), "caSetName": name, "version": version}),
    )
}

/// 400 `path-variable-query-param-type-mismatch`: a non-numeric id, a query value of the
/// wrong type; title and `contextInfo {parameterName}` as the API reference's 400 example.
pub fn type_mismatch(name: &str, value: &str, expected: &str) -> Reply {
    problem(
        400,
        "path-variable-query-param-type-mismatch",
        "Type mismatch for any of path variable or query param or both.",
        &format!("The value '{value}' of {name} is invalid: {expected}."),
        json!({"parameterName": name}),
    )
}

/// 400 `unknown-query-parameters` (§1, §3.1) with the allowed ones.
pub fn unknown_query(unknown: &[String], allowed: &[&str]) -> Reply {
    problem(
        400,
        "unknown-query-parameters",
        "Unknown query parameters.",
        &format!(
            "The request has query parameters this operation does not take: {}.",
            unknown.join(", ")
        ),
        json!({"allowedQueryParameters": allowed, "parameters": unknown}),
    )
}

/// 415 `media-type-not-supported` (§1).
pub fn unsupported_media_type(got: Option<&str>) -> Reply {
    problem(
        415,
        "media-type-not-supported",
        "Unsupported media type.",
        "The request body must be application/json.",
        json!({"allowedMediaTypes": ["application/json"], "unsupportedMediaType": got}),
    )
}

/// 406 `media-type-not-acceptable` (§1).
pub fn not_acceptable(got: &str) -> Reply {
    problem(
        406,
        "media-type-not-acceptable",
        "Media type not acceptable.",
        "The API answers application/json only.",
        json!({"allowedMediaTypes": ["application/json"], "unsupportedMediaType": got}),
    )
}

/// 404 for a path under the base that is no operation.
pub fn unknown_path(path: &str) -> Reply {
    problem(
        404,
        "not-found",
        "Not found.",
        &format!("No such resource: {path}."),
        Value::Null,
    )
}

/// 405 with `Allow`; title and `contextInfo {allowedMethods, unsupportedMethod}` as the
/// API reference's 405 example.
pub fn method_not_allowed(method: &str, allowed: &[&str]) -> Reply {
    let mut r = problem(
        405,
        "method-not-allowed",
        "The HTTP method is not allowed.",
        &format!(
            "{method} is not allowed here; allowed: {}.",
            allowed.join(", ")
        ),
        json!({"allowedMethods": allowed, "unsupportedMethod": method}),
    );
    r.headers.push(("Allow".into(), allowed.join(", ")));
    r
}

/// 400 `invalid-json` (§3.1).
pub fn invalid_json(why: &str) -> Reply {
    problem(
        400,
        "invalid-json",
        "Invalid JSON.",
        &format!("The request body is not a JSON object: {why}."),
        Value::Null,
    )
}

/// 403 (§3.1 `forbidden`): an accountSwitchKey beyond the sandbox's account limit.
pub fn forbidden(detail: &str) -> Reply {
    problem(403, "forbidden", "Forbidden.", detail, Value::Null)
}

/// 503 `global-rate-limit-exceeded`, the API's only 503 (a platform-wide limit): its
/// `retryAfter` (seconds) in the body and a `Retry-After` header. The sandbox answers it
/// for fail injection and when it holds as many request bodies as it will.
pub fn unavailable(detail: &str) -> Reply {
    let mut r = problem(
        503,
        "global-rate-limit-exceeded",
        "Global Limit Exceeded",
        detail,
        Value::Null,
    );
    if let Some(Value::Object(m)) = r.body.as_mut() {
        m.insert("retryAfter".into(), 1.into());
    }
    r.headers.push(("Retry-After".into(), "1".into()));
    r
}

/// 500 `internal-error` (§3.1): a sandbox-side failure (an unreadable state file).
pub fn internal(detail: &str) -> Reply {
    problem(
        500,
        "internal-error",
        "Internal error.",
        detail,
        Value::Null,
    )
}

/// 429 `account-rate-limit-exceeded` (§2.2) with its extra members; `next` is the time
/// the next request is allowed, `limit` the requests per window.
pub fn rate_limited(next: &str, seconds: u64, limit: u32) -> Reply {
    let mut r = problem(
        429,
        "account-rate-limit-exceeded",
        "Account Rate Limit Exceeded",
        &format!("Quota has been exhausted. You can submit the request after {seconds} seconds"),
        Value::Null,
    );
    if let Some(Value::Object(m)) = r.body.as_mut() {
        m.insert(
            "instance".into(),
            format!(
                "{}?traceId={}",
                kind("account-rate-limit-exceeded"),
                fastrand::i64(..)
            )
            .into(),
        );
        m.insert("rateLimit".into(), limit.into());
        m.insert("rateLimitRemaining".into(), 0.into());
        m.insert("rateLimitNext".into(), next.into());
    }
    r
}
