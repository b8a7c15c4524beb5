//! Routing: a method, a raw path and a raw query become an [`Op`] or an error reply.
//!
//! Rules:
//! - the API lives under `/mtls-origin-keystore/v1`; anything else is 404 problem+json;
//!   a known path with the wrong method is 405 with `Allow`;
//! - ids and version numbers must be decimal integers that fit an i64 (else 400 naming the
//!   field); a trailing `/` is tolerated;
//! - query values are percent-decoded; unknown parameters are ignored (`accountSwitchKey`,
//!   which selects the account, is the server's);
//! - a request with a body whose Content-Type is not JSON (`application/json` or
//!   `…+json`, any parameters) is 415, as the API's error list documents; a request without
//!   a body needs no Content-Type;
//! - bodies are validated here, before the state is locked.

use super::lifecycle::Op;
use super::problem::{self, Reply};
use super::validate;
use crate::core::request::{self, is_json, query_param};

pub const BASE: &str = "/mtls-origin-keystore/v1";

fn number(field: &str, raw: &str) -> Result<i64, Reply> {
    request::id(raw).map_err(|shown| {
        problem::invalid(
            field,
            format!("{field} must be a positive integer, not '{shown}'."),
        )
    })
}

fn bad(errs: Vec<problem::FieldError>) -> Reply {
    problem::bad_request(errs)
}

/// Resolves a request to an operation (the account is the server's business).
pub fn route(
    method: &str,
    path: &str,
    query: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<Op, Reply> {
    let Some(segs) = request::segments(path, BASE) else {
        return Err(problem::unknown_path(path));
    };
    if !body.is_empty() && !content_type.is_some_and(is_json) {
        return Err(problem::unsupported_media_type(content_type));
    }
    let not_allowed = |allowed: &[&str]| Err(problem::method_not_allowed(method, path, allowed));
    let op = match segs.as_slice() {
        ["ca-certificates"] => match method {
            "GET" => {
                let f = validate::ca_status_filter(query_param(query, "status").as_deref())
                    .map_err(|e| bad(vec![e]))?;
                Op::ListCa(f)
            }
            _ => return not_allowed(&["GET"]),
        },
        ["client-certificates"] => match method {
            "GET" => Op::ListCerts,
            "POST" => Op::Create(validate::new_cert(body).map_err(bad)?),
            _ => return not_allowed(&["GET", "POST"]),
        },
        ["client-certificates", id] => match method {
            "GET" => Op::GetCert(number("certificateId", id)?),
            "PATCH" => {
                let id = number("certificateId", id)?;
                Op::Patch(id, validate::patch(body).map_err(bad)?)
            }
            _ => return not_allowed(&["GET", "PATCH"]),
        },
        ["client-certificates", id, "versions"] => match method {
            "GET" => {
                let id = number("certificateId", id)?;
                let props = validate::bool_param(
                    "includeAssociatedProperties",
                    query_param(query, "includeAssociatedProperties").as_deref(),
                )
                .map_err(|e| bad(vec![e]))?;
                Op::ListVersions(id, props)
            }
            "POST" => Op::Rotate(number("certificateId", id)?),
            _ => return not_allowed(&["GET", "POST"]),
        },
        ["client-certificates", id, "versions", v] => match method {
            "DELETE" => Op::DeleteVersion(number("certificateId", id)?, number("version", v)?),
            _ => return not_allowed(&["DELETE"]),
        },
        ["client-certificates", id, "versions", v, "certificate-block"] => match method {
            "POST" => {
                let id = number("certificateId", id)?;
                let v = number("version", v)?;
                let ack = validate::bool_param(
                    "acknowledgeAllWarnings",
                    query_param(query, "acknowledgeAllWarnings").as_deref(),
                )
                .map_err(|e| bad(vec![e]))?;
                Op::Upload(id, v, validate::upload(body).map_err(bad)?, ack)
            }
            _ => return not_allowed(&["POST"]),
        },
        _ => return Err(problem::unknown_path(path)),
    };
    Ok(op)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(r: Result<Op, Reply>) -> u16 {
        match r {
            Ok(_) => 200,
            Err(r) => r.status,
        }
    }

    #[test]
    fn routes_and_errors() {
        let b = "/mtls-origin-keystore/v1";
        assert_eq!(
            route(
                "GET",
                &format!("{b}/client-certificates/12/versions"),
                "includeAssociatedProperties=true&accountSwitchKey=1-AB%3A2",
                None,
                b""
            )
            .unwrap(),
            Op::ListVersions(12, true)
        );
        for (method, path, query, body, want) in [
            ("GET", "/other", "", &b""[..], 404),
            ("GET", "/nope", "", b"", 404),
            ("PUT", "/client-certificates", "", b"", 405),
            ("GET", "/client-certificates/abc", "", b"", 400),
            (
                "GET",
                "/client-certificates/99999999999999999999999",
                "",
                b"",
                400,
            ),
            ("GET", "/ca-certificates", "status=CURRENT%2CNOPE", b"", 400),
            ("POST", "/client-certificates", "", b"{", 400),
            ("DELETE", "/client-certificates/1/versions/2", "", b"", 200),
        ] {
            let full = match path {
                "/other" => path.to_string(),
                _ => format!("{b}{path}"),
            };
            let ct = (!body.is_empty()).then_some("application/json");
            assert_eq!(
                status(route(method, &full, query, ct, body)),
                want,
                "{method} {full}"
            );
        }
    }

    #[test]
    fn a_body_that_is_not_json_is_415() {
        let p = format!("{BASE}/client-certificates");
        let body = br#"{"certificateName":"x"}"#;
        for ct in [
            None,
            Some("text/plain"),
            Some("application/x-www-form-urlencoded"),
            Some("application/jsonx"),
        ] {
            let r = route("POST", &p, "", ct, body).unwrap_err();
            assert_eq!(r.status, 415, "{ct:?}");
            assert_eq!(r.body.unwrap()["type"], "unsupported-media-type");
        }
        // JSON in any spelling reaches validation (400 here: the body is incomplete)
        for ct in [
            "application/json",
            "Application/JSON; charset=utf-8",
            "application/problem+json",
        ] {
            assert_eq!(status(route("POST", &p, "", Some(ct), body)), 400, "{ct}");
        }
        // no body, no Content-Type needed (a rotation)
        let rotate = format!("{p}/1/versions");
        assert_eq!(status(route("POST", &rotate, "", None, b"")), 200);
        assert_eq!(
            status(route("POST", &rotate, "", Some("text/plain"), b"")),
            200
        );
    }
}
