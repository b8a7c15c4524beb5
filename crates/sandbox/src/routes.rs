//! Routing: a method, a raw path and a raw query become an [`Op`] or an error reply.
//!
//! Rules:
//! - the API lives under `/mtls-origin-keystore/v1`; anything else is 404 problem+json;
//!   a known path with the wrong method is 405 with `Allow`;
//! - ids and version numbers must be decimal integers that fit an i64 (else 400 naming the
//!   field); a trailing `/` is tolerated;
//! - query values are percent-decoded; unknown parameters are ignored; `accountSwitchKey`
//!   selects the account on every route;
//! - a request with a body whose Content-Type is not JSON (`application/json` or
//!   `…+json`, any parameters) is 415, as the API's error list documents; a request without
//!   a body needs no Content-Type;
//! - bodies are validated here, before the state is locked.

use super::lifecycle::Op;
use super::problem::{self, Reply};
use super::validate;

pub const BASE: &str = "/mtls-origin-keystore/v1";

/// Decodes `%XX` and `+` (as space); invalid escapes are kept literally.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The decoded value of the first `name=` parameter of a raw query.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .find(|(k, _)| percent_decode(k) == name)
        .map(|(_, v)| percent_decode(v))
}

fn number(field: &str, raw: &str) -> Result<i64, Reply> {
    if !raw.is_empty() && raw.bytes().all(|c| c.is_ascii_digit()) {
        if let Ok(n) = raw.parse::<i64>() {
            return Ok(n);
        }
    }
    Err(problem::invalid(
        field,
        format!(
            "{field} must be a positive integer, not '{}'.",
            percent_decode(raw)
        ),
    ))
}

fn bad(errs: Vec<problem::FieldError>) -> Reply {
    problem::bad_request(errs)
}

/// Whether a Content-Type names JSON.
fn is_json(content_type: &str) -> bool {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    media == "application/json" || (media.starts_with("application/") && media.ends_with("+json"))
}

/// Resolves a request to an operation and the account key it targets.
pub fn route(
    method: &str,
    path: &str,
    query: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<(Op, String), Reply> {
    let account = query_param(query, "accountSwitchKey").unwrap_or_default();
    let Some(rest) = path.strip_prefix(BASE) else {
        return Err(problem::unknown_path(path));
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let segs: Vec<&str> = if rest.is_empty() {
        Vec::new()
    } else if let Some(r) = rest.strip_prefix('/') {
        r.split('/').collect()
    } else {
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
    Ok((op, account))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(r: Result<(Op, String), Reply>) -> u16 {
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
            (Op::ListVersions(12, true), "1-AB:2".to_string())
        );
        assert_eq!(status(route("GET", "/other", "", None, b"")), 404);
        assert_eq!(
            status(route("GET", &format!("{b}/nope"), "", None, b"")),
            404
        );
        assert_eq!(
            status(route(
                "PUT",
                &format!("{b}/client-certificates"),
                "",
                None,
                b""
            )),
            405
        );
        assert_eq!(
            status(route(
                "GET",
                &format!("{b}/client-certificates/abc"),
                "",
                None,
                b""
            )),
            400
        );
        assert_eq!(
            status(route(
                "GET",
                &format!("{b}/client-certificates/99999999999999999999999"),
                "",
                None,
                b""
            )),
            400
        );
        assert_eq!(
            status(route(
                "GET",
                &format!("{b}/ca-certificates"),
                "status=CURRENT%2CNOPE",
                None,
                b""
            )),
            400
        );
        assert_eq!(
            status(route(
                "POST",
                &format!("{b}/client-certificates"),
                "",
                Some("application/json"),
                b"{"
            )),
            400
        );
        assert_eq!(
            status(route(
                "DELETE",
                &format!("{b}/client-certificates/1/versions/2"),
                "",
                None,
                b""
            )),
            200
        );
        assert_eq!(percent_decode("a%2Cb+c%zz%"), "a,b c%zz%");
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
