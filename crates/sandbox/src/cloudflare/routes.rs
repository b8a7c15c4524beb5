//! Routing: the method, path, query and body of a request checked and read into an
//! [`Op`], before the state is locked. Paths are under `/client/v4`:
//!
//! | method | path | operation |
//! |---|---|---|
//! | GET | `/zones?name=` | list zones (the lookup by name) |
//! | GET | `/zones/{zone_id}` | zone details |
//! | GET, POST | `/zones/{zone_id}/client_certificates` | List / Create Client Certificate(s) |
//! | GET, PATCH, DELETE | `…/client_certificates/{id}` | Details / Reactivate / Revoke |
//! | GET, PUT | `/zones/{zone_id}/certificate_authorities/hostname_associations` | associations |
//!
//! The body is read as JSON whatever its Content-Type says (the sandbox's leniency: the
//! SDKs always send `application/json`); PATCH takes an empty body as `{}`.

use serde_json::{Map, Value};

use super::answers;
use super::ops::Op;
use super::Config;
use crate::core::api::Request;
use crate::core::problem::Reply;
use crate::core::request;
use moks_model::cloudflare::rules::{self, ListQuery};
use moks_model::cloudflare::{CreateClientCertificate, HostnameAssociationsBody, Reactivate};
use moks_model::{Body, Checked};

/// The decoded query pairs.
fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn list_query(pairs: &[(String, String)]) -> Result<ListQuery, Reply> {
    ListQuery::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|(name, why)| answers::bad_parameter(name, &why))
}

/// The body as a JSON object (`{}` when empty and `empty_ok`).
fn object(body: &[u8], empty_ok: bool) -> Result<Map<String, Value>, Reply> {
    if body.is_empty() && empty_ok {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(answers::error(
            400,
            1400,
            "The request body must be a JSON object.",
        )),
        Err(e) => Err(answers::error(
            400,
            1400,
            format!("The request body is not valid JSON: {e}."),
        )),
    }
}

fn checked<T: Body>(body: &[u8], empty_ok: bool) -> Result<T, Reply> {
    let json = object(body, empty_ok)?;
    Checked::<T>::new(json)
        .map(Checked::into_inner)
        .map_err(|e| answers::field_errors(&e))
}

/// The request's operation, or the answer refusing it.
pub fn route(req: &Request<'_>, cfg: &Config) -> Result<Op, Reply> {
    let Some(segs) = request::segments(req.path, super::BASE_PATH) else {
        return Err(answers::no_route());
    };
    let method = req.method;
    let q = pairs(req.query);
    let allow = |ok: &[&str]| {
        if ok.contains(&method) {
            Ok(())
        } else {
            Err(answers::method_not_allowed(method))
        }
    };
    let zone = |id: &str| -> Result<String, Reply> {
        rules::zone_id(id)
            .map(|()| id.to_string())
            .map_err(|_| answers::bad_identifier(400, req.path))
    };
    match segs.as_slice() {
        ["zones"] => {
            allow(&["GET"])?;
            let name = q.iter().find(|(k, _)| k == "name").map(|(_, v)| v.clone());
            let paging: Vec<_> = q.iter().filter(|(k, _)| k != "status").cloned().collect();
            Ok(Op::ListZones {
                name,
                query: list_query(&paging)?,
            })
        }
        ["zones", z] => {
            allow(&["GET"])?;
            Ok(Op::GetZone { zone: zone(z)? })
        }
        ["zones", z, "client_certificates"] => {
            allow(&["GET", "POST"])?;
            let zone = zone(z)?;
            if method == "GET" {
                let mut query = list_query(&q)?;
                query.status = query.status.or(Some(cfg.default_list_status.clone()));
                return Ok(Op::List { zone, query });
            }
            let body: CreateClientCertificate = checked(req.body, false)?;
            if body.validity_days > cfg.max_validity_days {
                let why = format!("validity_days is at most {}", cfg.max_validity_days);
                return Err(answers::bad_parameter("validity_days", &why));
            }
            Ok(Op::Create { zone, body })
        }
        ["zones", z, "client_certificates", id] => {
            allow(&["GET", "PATCH", "DELETE"])?;
            let zone = zone(z)?;
            if rules::identifier(id).is_err() {
                return Err(answers::bad_identifier(400, req.path));
            }
            let id = id.to_string();
            match method {
                "GET" => Ok(Op::Get { zone, id }),
                "DELETE" => Ok(Op::Revoke { zone, id }),
                _ => {
                    let _: Reactivate = checked(req.body, true)?;
                    Ok(Op::Reactivate { zone, id })
                }
            }
        }
        ["zones", z, "certificate_authorities", "hostname_associations"] => {
            allow(&["GET", "PUT"])?;
            let zone = zone(z)?;
            if method == "PUT" {
                let body: HostnameAssociationsBody = checked(req.body, false)?;
                return Ok(Op::SetAssociations { zone, body });
            }
            let mtls = q.iter().find(|(k, _)| k == "mtls_certificate_id");
            if let Some((_, v)) = mtls {
                rules::mtls_certificate_id(v)
                    .map_err(|why| answers::bad_parameter("mtls_certificate_id", &why))?;
            }
            Ok(Op::GetAssociations {
                zone,
                mtls_certificate_id: mtls.map(|(_, v)| v.clone()),
            })
        }
        _ => Err(answers::no_route()),
    }
}
