//! Every answer in Cloudflare's envelope (`moks_model::cloudflare::Envelope`), and the
//! errors with their codes.
//!
//! Codes: Cloudflare publishes none for these endpoints. Those its gateway is seen to
//! answer for any endpoint are used as seen: 7000 (no route), 7003 (an object identifier
//! that routes nowhere), 971 (rate limited), and the authentication ones of
//! `core/bearer.rs`. The others are the sandbox's, in a range of their own, the HTTP status
//! plus 1000 (1400 a bad request field, 1404 an unknown certificate, 1409 a status that does
//! not allow the operation, 1413, 1408, 1500, 1503), so a client can tell them apart.

use serde_json::Value;

use crate::core::api::Refusal;
use crate::core::bearer::Denied;
use crate::core::problem::Reply;
use moks_model::cloudflare::{ApiMessage, Envelope, ResultInfo};
use moks_model::FieldError;

fn reply(status: u16, e: &Envelope) -> Reply {
    Reply::json(status, serde_json::to_value(e).unwrap_or(Value::Null))
}

/// 200 with `result`.
pub fn ok(result: Value) -> Reply {
    reply(200, &Envelope::ok(result))
}

/// 200 with a page of a list.
pub fn page(items: Vec<Value>, info: ResultInfo) -> Reply {
    reply(200, &Envelope::page(items, info))
}

/// A failure with these errors.
pub fn errors(status: u16, errors: Vec<ApiMessage>) -> Reply {
    reply(status, &Envelope::failure(errors))
}

/// A failure with one error.
pub fn error(status: u16, code: i64, message: impl Into<String>) -> Reply {
    errors(status, vec![ApiMessage::new(code, message)])
}

/// Refused credentials, with the malformed header's `error_chain` entry.
pub fn denied(d: &Denied) -> Reply {
    let mut m = ApiMessage::new(i64::from(d.code), d.message);
    if let Some((code, message)) = d.chain {
        let chain = serde_json::json!([{"code": code, "message": message}]);
        m.other.insert("error_chain".into(), chain);
    }
    errors(d.status, vec![m])
}

/// 429: the credential is over its limit (the headers are added by the caller).
pub fn rate_limited() -> Reply {
    error(
        429,
        971,
        "Please wait and consider throttling your request speed",
    )
}

/// 400 for a body whose fields break their rules: one error per field, pointing at it.
pub fn field_errors(found: &[FieldError]) -> Reply {
    let list = found
        .iter()
        .map(|f| ApiMessage::new(1400, f.to_string()).at(format!("/{}", f.field)))
        .collect();
    errors(400, list)
}

/// 400 for a query parameter that breaks its rule.
pub fn bad_parameter(name: &str, why: &str) -> Reply {
    errors(
        400,
        vec![ApiMessage::new(1400, format!("invalid {name}: {why}")).at(format!("/{name}"))],
    )
}

/// 404: a path nothing is at.
pub fn no_route() -> Reply {
    error(404, 7000, "No route for that URI")
}

/// 405: a method the path does not take.
pub fn method_not_allowed(method: &str) -> Reply {
    error(
        405,
        7001,
        format!("Method {method} not allowed for this route"),
    )
}

/// An identifier in the path that routes nowhere: 400 when it is malformed, 404 when it
/// is well formed but unknown (Cloudflare's wording for both).
pub fn bad_identifier(status: u16, path: &str) -> Reply {
    error(
        status,
        7003,
        format!("Could not route to {path}, perhaps your object identifier is invalid?"),
    )
}

/// 404: no such certificate in the zone.
pub fn no_certificate() -> Reply {
    error(404, 1404, "Client certificate not found")
}

/// 400: the certificate's status does not allow the operation.
pub fn wrong_status(why: &str) -> Reply {
    error(400, 1409, why)
}

/// A pipeline refusal, in the envelope.
pub fn refusal(r: Refusal<'_>) -> Reply {
    match r {
        Refusal::Denied(d) => denied(d),
        Refusal::Unavailable => error(
            503,
            1503,
            "The sandbox answered 503 on purpose (fail rate injection). Retry the request.",
        ),
        Refusal::Busy => {
            let mut r = error(503, 1503, "The sandbox is reading as many request bodies as it will at once. Retry the request.");
            r.headers.push(("Retry-After".into(), "1".into()));
            r
        }
        Refusal::TooLarge(limit) => error(
            413,
            1413,
            format!("The request body is larger than {limit} bytes."),
        ),
        Refusal::BodyTimeout(limit) => error(
            408,
            1408,
            format!("The request body did not arrive within {limit:?}."),
        ),
        Refusal::UnreadableBody(why) => error(
            400,
            1400,
            format!("The request body could not be read: {why}."),
        ),
        Refusal::RateLimited { wait, .. } => {
            let mut r = rate_limited();
            let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            r.headers.push(("Retry-After".into(), secs.to_string()));
            r
        }
        Refusal::TooManyAccounts(detail) => error(403, 10000, detail),
        Refusal::StateFull(detail) => error(507, 1507, detail),
        Refusal::Internal(detail) => error(500, 1500, detail),
    }
}
