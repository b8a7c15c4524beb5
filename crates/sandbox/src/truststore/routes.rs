//! Routing of `/mtls-edge-truststore/v2`: method, path, query and body become an [`Op`] or
//! a problem (§3), before the state is locked.
//!
//! Rules:
//! - the 21 operations of §4; a known path with another method is 405 with `Allow`, an
//!   unknown path 404; a trailing `/` is tolerated;
//! - `caSetId`, `version` and `activationId` must be decimal integers that fit an i64, else
//!   400 `path-variable-query-param-type-mismatch` (§3.1);
//! - every operation takes `accountSwitchKey` and its own documented query parameters;
//!   any other is 400 `unknown-query-parameters` with `allowedQueryParameters` (§1); a
//!   value of the wrong type is 400 `path-variable-query-param-type-mismatch`; the
//!   certificates list's filter rules are §5.16's (a threshold without `certificateStatus`
//!   is 400 `missing-required-query-parameter`; other bad combinations are 400
//!   `path-variable-query-param-type-mismatch` naming the parameter ruled out: the API
//!   names no slug of its own for them);
//! - a body whose `Content-Type` is not JSON is 415 `media-type-not-supported`; an `Accept`
//!   that excludes JSON is 406 `media-type-not-acceptable` (§1);
//! - a body that is not a JSON object is 400 `invalid-json`; a field that breaks §1.1 is
//!   400 `ca-set-name-validation-failure` (the name) or `json-schema-validation-error`
//!   (the rest), one `errors[]` item per field with its `pointer`; more certificates than
//!   the configured limit in a create/update is 422 `certificate-limit-reached` (§2.1).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use moks_model::truststore::{rules, Activate, CreateCaSet, VersionBody};
use moks_model::{ApiEnum, Body, Checked, FieldError, Problem};
use serde_json::{json, Map, Value};
use time::OffsetDateTime;

use super::ops::{CertFilter, Op, SetFilter, VersionFilter};
use super::problem::{self, item};
use super::views::{ACTIVATE, DEACTIVATE, DELETED, DELETING, NOT_DELETED};
use super::{Config, BASE};
use crate::core::problem::Reply;
use crate::core::request::{self, is_json, media};

fn id(name: &str, raw: &str) -> Result<i64, Reply> {
    request::id(raw).map_err(|shown| problem::type_mismatch(name, &shown, "expected an integer"))
}

fn accepts_json(accept: &str) -> bool {
    accept.split(',').map(media).any(|m| {
        matches!(
            m.as_str(),
            "application/json" | "application/problem+json" | "application/*" | "*/*" | ""
        )
    })
}

/// The query's parameters, decoded, after refusing the ones `allowed` does not list.
struct Query(Vec<(String, String)>);

impl Query {
    fn parse(raw: &str, allowed: &[&str]) -> Result<Query, Reply> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut unknown: Vec<String> = pairs
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| k != "accountSwitchKey" && !allowed.contains(&k.as_str()))
            .collect();
        unknown.dedup();
        if !unknown.is_empty() {
            let mut all = vec!["accountSwitchKey"];
            all.extend_from_slice(allowed);
            return Err(problem::unknown_query(&unknown, &all));
        }
        Ok(Query(pairs))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn boolean(&self, name: &str) -> Result<bool, Reply> {
        match self.get(name) {
            None => Ok(false),
            Some(v) if v.eq_ignore_ascii_case("true") => Ok(true),
            Some(v) if v.eq_ignore_ascii_case("false") => Ok(false),
            Some(v) => Err(problem::type_mismatch(name, v, "expected true or false")),
        }
    }

    /// A comma-joined list of `known` values; `default` when absent.
    fn list(&self, name: &str, known: &[&str], default: &[&str]) -> Result<Vec<String>, Reply> {
        let Some(raw) = self.get(name) else {
            return Ok(default.iter().map(|s| s.to_string()).collect());
        };
        let mut out = Vec::new();
        for part in raw.split(',') {
            if !known.contains(&part) {
                return Err(problem::type_mismatch(
                    name,
                    raw,
                    &format!(
                        "expected one or more of {}, comma-separated",
                        known.join(", ")
                    ),
                ));
            }
            out.push(part.to_string());
        }
        Ok(out)
    }

    fn time(&self, name: &str) -> Result<Option<OffsetDateTime>, Reply> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => super::views::parse(v).map(Some).ok_or_else(|| {
                problem::type_mismatch(
                    name,
                    v,
                    "expected an ISO-8601 time such as 2025-04-01T15:33:48.464941Z",
                )
            }),
        }
    }
}

/// The body as a JSON object.
fn object(body: &[u8]) -> Result<Map<String, Value>, Reply> {
    if body.is_empty() {
        return Err(problem::invalid_json("the body is empty"));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(problem::invalid_json("it is JSON, but not an object")),
        Err(e) => Err(problem::invalid_json(&e.to_string())),
    }
}

/// 400 for the fields a body check refused (§3.1).
fn schema_errors(errors: Vec<FieldError>) -> Reply {
    let name = errors
        .iter()
        .any(|e| e.field == "caSetName" && matches!(e.problem, Problem::Invalid(_)));
    let slug = if name {
        "ca-set-name-validation-failure"
    } else {
        "json-schema-validation-error"
    };
    let items: Vec<Value> = errors
        .iter()
        .map(|e| {
            item(
                slug,
                "Invalid request body.",
                &e.to_string(),
                Some(&format!("/{}", e.field)),
                json!({"message": e.to_string()}),
            )
        })
        .collect();
    let mut r = problem::with_errors(
        400,
        slug,
        "Invalid request body.",
        &errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
        Value::Null,
        items,
    );
    // The API's json-schema-validation-error names the first field at the top too: its
    // `pointer`, and `contextInfo.message` saying what is wrong with it.
    if let (Some(first), Some(Value::Object(m))) = (errors.first(), r.body.as_mut()) {
        if !name {
            m.insert("pointer".into(), format!("/{}", first.field).into());
            m.insert("contextInfo".into(), json!({"message": first.to_string()}));
        }
    }
    r
}

fn checked<T: Body>(body: &[u8]) -> Result<T, Reply> {
    Checked::<T>::new(object(body)?)
        .map(Checked::into_inner)
        .map_err(schema_errors)
}

/// A version body, with the configured certificate limit first (§2.1: 422).
fn version_body(body: &[u8], cfg: &Config, limited: bool) -> Result<VersionBody, Reply> {
    let json = object(body)?;
    if limited {
        if let Some(n) = json
            .get("certificates")
            .and_then(Value::as_array)
            .map(Vec::len)
            .filter(|n| *n > cfg.max_certificates)
        {
            return Err(problem::problem(
                422,
                "certificate-limit-reached",
                "Certificate limit reached.",
                &format!(
                    "A version holds at most {} certificates; {n} were submitted.",
                    cfg.max_certificates
                ),
                json!({"maxCertificatesPerVersion": cfg.max_certificates, "submittedCertificatesCount": n}),
            ));
        }
    }
    Checked::<VersionBody>::new(json)
        .map(Checked::into_inner)
        .map_err(schema_errors)
}

/// A query parameter whose value the others rule out: the API's slug for a query value it
/// refuses, `path-variable-query-param-type-mismatch`, naming it (the API has no slug of
/// its own for a combination).
fn bad_combination(parameter: &str, detail: &str) -> Reply {
    problem::problem(
        400,
        "path-variable-query-param-type-mismatch",
        "Type mismatch for any of path variable or query param or both.",
        detail,
        json!({"parameterName": parameter}),
    )
}

/// §5.16's filter rules.
fn cert_filter(q: &Query) -> Result<CertFilter, Reply> {
    let statuses = match q.get("certificateStatus") {
        None => Vec::new(),
        Some(_) => q.list("certificateStatus", &["ACTIVE", "EXPIRING", "EXPIRED"], &[])?,
    };
    let has = |s: &str| statuses.iter().any(|x| x == s);
    if has("ACTIVE") && has("EXPIRING") {
        return Err(bad_combination(
            "certificateStatus",
            "certificateStatus ACTIVE cannot be combined with EXPIRING.",
        ));
    }
    let days = match q.get("expiryThresholdInDays") {
        None => None,
        Some(v) => match v.parse::<i64>() {
            Ok(n) if n >= 1 => Some(n),
            _ => {
                return Err(problem::type_mismatch(
                    "expiryThresholdInDays",
                    v,
                    "expected a whole number of days, 1 or more",
                ))
            }
        },
    };
    let timestamp = q.time("expiryThresholdTimestamp")?;
    for (given, name) in [
        (days.is_some(), "expiryThresholdInDays"),
        (timestamp.is_some(), "expiryThresholdTimestamp"),
    ] {
        if given && statuses.is_empty() {
            return Err(problem::problem(
                400,
                "missing-required-query-parameter",
                "Missing required query parameter.",
                &format!("{name} needs certificateStatus (EXPIRING or EXPIRED)."),
                json!({"missingParameters": ["certificateStatus"], "parameter": name}),
            ));
        }
    }
    if days.is_some() && timestamp.is_some() {
        return Err(bad_combination(
            "expiryThresholdTimestamp",
            "expiryThresholdInDays and expiryThresholdTimestamp cannot be given together.",
        ));
    }
    if days.is_some() && has("ACTIVE") {
        return Err(bad_combination(
            "expiryThresholdInDays",
            "expiryThresholdInDays goes with certificateStatus EXPIRING, EXPIRED or EXPIRING,EXPIRED only.",
        ));
    }
    if let Some(t) = timestamp {
        let now = OffsetDateTime::now_utc();
        match statuses.as_slice() {
            [s] if s == "EXPIRING" && t < now => {
                return Err(bad_combination(
                    "expiryThresholdTimestamp",
                    "expiryThresholdTimestamp with EXPIRING must be in the future.",
                ))
            }
            [s] if s == "EXPIRED" && t > now => {
                return Err(bad_combination(
                    "expiryThresholdTimestamp",
                    "expiryThresholdTimestamp with EXPIRED must be in the past.",
                ))
            }
            [s] if s == "EXPIRING" || s == "EXPIRED" => {}
            _ => return Err(bad_combination(
                "expiryThresholdTimestamp",
                "expiryThresholdTimestamp goes with certificateStatus EXPIRING or EXPIRED alone.",
            )),
        }
    }
    Ok(CertFilter {
        statuses,
        days,
        timestamp,
    })
}

use moks_model::truststore::rules::ACTIVATED_ON;

fn set_filter(q: &Query) -> Result<SetFilter, Reply> {
    let prefix = match q.get("caSetNamePrefix") {
        None => None,
        Some(p) => {
            rules::ca_set_name_prefix(p)
                .map_err(|why| problem::type_mismatch("caSetNamePrefix", p, &why))?;
            Some(p.to_string())
        }
    };
    // An unencoded `+` arrives as a space (form decoding); it can only mean `+` here.
    let activated_on = match q.get("activatedOn").map(|s| s.replace(' ', "+")) {
        None => None,
        Some(a) if ACTIVATED_ON.contains(&a.as_str()) => Some(a),
        Some(a) => {
            return Err(problem::type_mismatch(
                "activatedOn",
                &a,
                &format!("expected one of {}", ACTIVATED_ON.join(", ")),
            ))
        }
    };
    let statuses = q.list(
        "caSetStatus",
        &[NOT_DELETED, DELETING, DELETED],
        &[NOT_DELETED],
    )?;
    Ok(SetFilter {
        prefix,
        activated_on,
        statuses,
    })
}

/// Resolves a request to an operation (the account is the server's business).
pub fn route(
    (method, path, query): (&str, &str, &str),
    content_type: Option<&str>,
    accept: Option<&str>,
    body: &[u8],
    cfg: &Config,
) -> Result<Op, Reply> {
    let segs = match request::segments(path, BASE) {
        Some(s) if !s.is_empty() => s,
        _ => return Err(problem::unknown_path(path)),
    };
    if !body.is_empty() && !content_type.is_some_and(is_json) {
        return Err(problem::unsupported_media_type(content_type));
    }
    if let Some(a) = accept.filter(|a| !accepts_json(a)) {
        return Err(problem::not_acceptable(a));
    }
    let not_allowed = |allowed: &[&str]| Err(problem::method_not_allowed(method, allowed));
    let q = |allowed: &[&str]| Query::parse(query, allowed);
    let op = match segs.as_slice() {
        ["ca-sets"] => match method {
            "GET" => {
                let q = q(&["caSetNamePrefix", "activatedOn", "caSetStatus"])?;
                Op::ListSets(set_filter(&q)?)
            }
            "POST" => {
                q(&[])?;
                Op::CreateSet(checked::<CreateCaSet>(body)?)
            }
            _ => return not_allowed(&["GET", "POST"]),
        },
        ["ca-sets", s] => {
            let s = id("caSetId", s)?;
            q(&[])?;
            match method {
                "GET" => Op::GetSet(s),
                "DELETE" => Op::DeleteSet(s),
                _ => return not_allowed(&["GET", "DELETE"]),
            }
        }
        ["ca-sets", s, "status", "delete"] => {
            let s = id("caSetId", s)?;
            q(&[])?;
            match method {
                "GET" => Op::DeletionStatus(s),
                _ => return not_allowed(&["GET"]),
            }
        }
        ["ca-sets", s, "clone"] => {
            let s = id("caSetId", s)?;
            let q = q(&["cloneFromVersion"])?;
            match method {
                "POST" => {
                    let from = match q.get("cloneFromVersion") {
                        None => None,
                        Some(v) => match v.parse::<i64>() {
                            Ok(n) if n >= 1 => Some(n),
                            _ => {
                                return Err(problem::type_mismatch(
                                    "cloneFromVersion",
                                    v,
                                    "expected a version number, 1 or more",
                                ))
                            }
                        },
                    };
                    Op::CloneSet(s, from, checked::<CreateCaSet>(body)?)
                }
                _ => return not_allowed(&["POST"]),
            }
        }
        ["ca-sets", s, "activities"] => {
            let s = id("caSetId", s)?;
            let q = q(&["start", "end"])?;
            match method {
                "GET" => Op::Activities(s, q.time("start")?, q.time("end")?),
                _ => return not_allowed(&["GET"]),
            }
        }
        ["ca-sets", s, "associations"] => {
            let s = id("caSetId", s)?;
            let q = q(&["associationType"])?;
            match method {
                "GET" => {
                    let t = match q.get("associationType") {
                        None => None,
                        Some(t @ ("enrollments" | "properties")) => Some(t.to_string()),
                        Some(t) => {
                            return Err(problem::type_mismatch(
                                "associationType",
                                t,
                                "expected enrollments or properties",
                            ))
                        }
                    };
                    Op::Associations(s, t)
                }
                _ => return not_allowed(&["GET"]),
            }
        }
        ["ca-sets", s, "activations"] => {
            let s = id("caSetId", s)?;
            q(&[])?;
            match method {
                "GET" => Op::SetActivations(s),
                _ => return not_allowed(&["GET"]),
            }
        }
        ["ca-sets", s, "versions"] => {
            let s = id("caSetId", s)?;
            match method {
                "GET" => {
                    let q = q(&[
                        "includeCertificates",
                        "activeVersionsOnly",
                        "caSetVersionStatus",
                    ])?;
                    Op::ListVersions(
                        s,
                        VersionFilter {
                            certificates: q.boolean("includeCertificates")?,
                            active_only: q.boolean("activeVersionsOnly")?,
                            statuses: q.list(
                                "caSetVersionStatus",
                                &[NOT_DELETED, DELETED],
                                &[NOT_DELETED],
                            )?,
                        },
                    )
                }
                "POST" => {
                    q(&[])?;
                    Op::CreateVersion(s, version_body(body, cfg, true)?)
                }
                _ => return not_allowed(&["GET", "POST"]),
            }
        }
        ["ca-sets", s, "versions", v] => {
            let s = id("caSetId", s)?;
            let v = id("version", v)?;
            match method {
                // The PowerShell module's Get-METSCASetVersion -Version N -IncludeCertificates
                // sends includeCertificates=true here; the one version always has its
                // certificates, so it is taken and changes nothing.
                "GET" => {
                    q(&["includeCertificates"])?.boolean("includeCertificates")?;
                    Op::GetVersion(s, v)
                }
                "PUT" => {
                    q(&[])?;
                    Op::UpdateVersion(s, v, version_body(body, cfg, true)?)
                }
                "DELETE" => {
                    q(&[])?;
                    Op::DeleteVersion(s, v)
                }
                _ => return not_allowed(&["GET", "PUT", "DELETE"]),
            }
        }
        ["ca-sets", s, "versions", v, "clone"] => {
            let (s, v) = (id("caSetId", s)?, id("version", v)?);
            q(&[])?;
            match method {
                "POST" => Op::CloneVersion(s, v),
                _ => return not_allowed(&["POST"]),
            }
        }
        ["ca-sets", s, "versions", v, "certificates"] => {
            let (s, v) = (id("caSetId", s)?, id("version", v)?);
            let q = q(&[
                "certificateStatus",
                "expiryThresholdInDays",
                "expiryThresholdTimestamp",
            ])?;
            match method {
                "GET" => Op::Certificates(s, v, cert_filter(&q)?),
                _ => return not_allowed(&["GET"]),
            }
        }
        ["ca-sets", s, "versions", v, action @ ("activate" | "deactivate")] => {
            let (s, v) = (id("caSetId", s)?, id("version", v)?);
            q(&[])?;
            match method {
                "POST" => {
                    let b = checked::<Activate>(body)?;
                    let kind = if *action == "activate" {
                        ACTIVATE
                    } else {
                        DEACTIVATE
                    };
                    Op::Request(s, v, b.network.as_str().to_string(), kind)
                }
                _ => return not_allowed(&["POST"]),
            }
        }
        ["ca-sets", s, "versions", v, "activations"] => {
            let (s, v) = (id("caSetId", s)?, id("version", v)?);
            q(&[])?;
            match method {
                "GET" => Op::VersionActivations(s, v),
                _ => return not_allowed(&["GET"]),
            }
        }
        ["ca-sets", s, "versions", v, "activations", a] => {
            let (s, v, a) = (id("caSetId", s)?, id("version", v)?, id("activationId", a)?);
            q(&[])?;
            match method {
                "GET" => Op::GetActivation(s, v, a),
                _ => return not_allowed(&["GET"]),
            }
        }
        ["certificates", "validate"] => {
            q(&[])?;
            match method {
                "POST" => Op::Validate(version_body(body, cfg, false)?),
                _ => return not_allowed(&["POST"]),
            }
        }
        _ => return Err(problem::unknown_path(path)),
    };
    Ok(op)
}
