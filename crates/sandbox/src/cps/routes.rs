//! Routing of `/cps/v2`: method, path, media types, query and body become an [`Op`] or a
//! problem, before the state is locked. Which operation takes what is the model's table
//! (`moks_model::cps::Operation::spec`).
//!
//! Rules:
//! - an unknown path is 404; a known path with another method 405 with `Allow`; ids are
//!   decimal integers (else 400);
//! - `Accept` must name the operation's entity (any version; `Accept` is required on every
//!   operation): else 406. A body's `Content-Type` must name the entity it takes: else
//!   415. Parameters (`; charset=utf-8`) and case are ignored. The answer carries the
//!   version asked for when Akamai's OpenAPI lists it, else the newest (the `akamai cps`
//!   CLI asks for a change-management-info v3 that no spec file shows): the sandbox's
//!   choice, the body being the newest shape either way;
//! - query parameters the operation does not document are ignored, as the official
//!   clients send some the spec does not list (`allowDuplicateCN`).

use moks_model::cps::media::{media_type, parse_media_type, Entity};
use moks_model::cps::operations::{self, Media, Operation as O};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::OnceLock;

use super::{problem, BASE};
use crate::core::api::Request;
use crate::core::problem::Reply;
use crate::core::request::{query_param, segments};

/// What a routed request does.
#[derive(Debug)]
pub enum Op {
    List {
        contract: Option<String>,
    },
    Create {
        contract: String,
        doc: Value,
        window: Window,
    },
    Get(i64),
    Update {
        id: i64,
        doc: Value,
        flags: UpdateFlags,
    },
    Delete {
        id: i64,
        allow_cancel: bool,
    },
    DvHistory(i64),
    CertificateHistory(i64),
    ChangeHistory(i64),
    Deployments(i64),
    Deployment {
        id: i64,
        production: bool,
    },
    GetSchedule(i64, i64),
    SetSchedule(i64, i64, Map<String, Value>),
    GetChange(i64, i64),
    Cancel(i64, i64),
    Info {
        id: i64,
        change: i64,
        segment: String,
        entity: Entity,
    },
    Input {
        id: i64,
        change: i64,
        segment: String,
        body: Map<String, Value>,
    },
    Active {
        contract: Option<String>,
    },
}

/// An operation and the media type its success answers in.
#[derive(Debug)]
pub struct Routed {
    pub op: Op,
    pub answer_type: &'static str,
}

impl Routed {
    pub fn is_active_certificates(&self) -> bool {
        matches!(self.op, Op::Active { .. })
    }
}

/// `deploy-not-before` / `deploy-not-after`.
#[derive(Debug, Clone, Default)]
pub struct Window {
    pub not_before: Option<String>,
    pub not_after: Option<String>,
}

/// The switches of an update.
#[derive(Debug, Clone, Default)]
pub struct UpdateFlags {
    pub allow_cancel: bool,
    pub force_renewal: bool,
    pub window: Window,
}

fn flag(query: &str, name: &str) -> bool {
    query_param(query, name).is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

fn window(query: &str) -> Window {
    Window {
        not_before: query_param(query, "deploy-not-before"),
        not_after: query_param(query, "deploy-not-after"),
    }
}

fn id(raw: &str) -> Result<i64, Reply> {
    crate::core::request::id(raw).map_err(|shown| {
        problem::bad_request(
            "invalid-path-parameter",
            &format!("The id {shown:?} is not an integer."),
        )
    })
}

/// The operation a path names (by method) and its path ids and input segment.
type Target = (Vec<O>, Vec<i64>, Option<String>);

fn target(path: &str) -> Result<Target, Reply> {
    let none = || problem::not_found(&format!("The resource {path}"));
    let segs = segments(path, BASE).ok_or_else(none)?;
    let (ops, ids, seg): (Vec<O>, Vec<&str>, Option<&str>) = match segs.as_slice() {
        ["enrollments"] => (vec![O::ListEnrollments, O::CreateEnrollment], vec![], None),
        ["active-certificates"] => (vec![O::ListActiveCertificates], vec![], None),
        ["enrollments", e] => (
            vec![O::GetEnrollment, O::UpdateEnrollment, O::RemoveEnrollment],
            vec![e],
            None,
        ),
        ["enrollments", e, "dv-history"] => (vec![O::GetDvHistory], vec![e], None),
        ["enrollments", e, "history", "certificates"] => {
            (vec![O::GetCertificateHistory], vec![e], None)
        }
        ["enrollments", e, "history", "changes"] => (vec![O::GetChangeHistory], vec![e], None),
        ["enrollments", e, "deployments"] => (vec![O::ListDeployments], vec![e], None),
        ["enrollments", e, "deployments", "production"] => {
            (vec![O::GetProductionDeployment], vec![e], None)
        }
        ["enrollments", e, "deployments", "staging"] => {
            (vec![O::GetStagingDeployment], vec![e], None)
        }
        ["enrollments", e, "changes", c] => {
            (vec![O::GetChangeStatus, O::CancelChange], vec![e, c], None)
        }
        ["enrollments", e, "changes", c, "deployment-schedule"] => (
            vec![O::GetDeploymentSchedule, O::UpdateDeploymentSchedule],
            vec![e, c],
            None,
        ),
        ["enrollments", e, "changes", c, "input", "info", s] => {
            (vec![O::GetChangeInput], vec![e, c], Some(s))
        }
        ["enrollments", e, "changes", c, "input", "update", s] => {
            (vec![O::UpdateChangeInput], vec![e, c], Some(s))
        }
        _ => return Err(none()),
    };
    let ids = ids.into_iter().map(id).collect::<Result<Vec<_>, _>>()?;
    Ok((ops, ids, seg.map(str::to_string)))
}

/// Every media type Akamai's OpenAPI lists, made once (a bounded table).
fn known_types() -> &'static HashMap<(Entity, u32), &'static str> {
    static TYPES: OnceLock<HashMap<(Entity, u32), &'static str>> = OnceLock::new();
    TYPES.get_or_init(|| {
        Entity::all()
            .flat_map(|e| e.spec_versions().iter().map(move |v| (e, *v)))
            .map(|(e, v)| ((e, v), &*Box::leak(media_type(e, v).into_boxed_str())))
            .collect()
    })
}

/// The type an answer is sent as: the version asked for when listed, else the newest.
fn answer_type(entity: Entity, version: u32) -> &'static str {
    let t = known_types();
    t.get(&(entity, version))
        .or_else(|| t.get(&(entity, entity.newest())))
        .copied()
        .unwrap_or("application/json")
}

/// The first entity of `wanted` that `header` (a comma-separated list) names, with the
/// version asked.
fn negotiate(header: Option<&str>, wanted: &[Entity]) -> Option<(Entity, u32)> {
    let asked: Vec<(Entity, u32)> = header?
        .split(',')
        .filter_map(parse_media_type)
        .filter(|(_, v)| *v >= 1)
        .collect();
    wanted
        .iter()
        .find_map(|w| asked.iter().find(|(e, _)| e == w).copied())
}

fn names(entities: &[Entity]) -> String {
    entities
        .iter()
        .map(|e| media_type(*e, e.newest()))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn media_of(m: Media, seg: Option<&str>, info: bool) -> Result<Vec<Entity>, Reply> {
    let out: Vec<Entity> = match m {
        Media::Fixed(e) => vec![e],
        Media::ByInputType => {
            let s = seg.unwrap_or("");
            let list = if info {
                operations::info_entities(s)
            } else {
                operations::update_entities(s)
            };
            list.to_vec()
        }
    };
    if out.is_empty() {
        let s = seg.unwrap_or("");
        return Err(problem::not_found(&format!("The input type {s:?}")));
    }
    Ok(out)
}

/// The body as a JSON object.
fn object(body: &[u8]) -> Result<Map<String, Value>, Reply> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(problem::bad_request(
            "invalid-json",
            "The body is JSON, but not an object.",
        )),
        Err(e) => Err(problem::bad_request(
            "invalid-json",
            &format!("The body is not JSON: {e}."),
        )),
    }
}

/// The operation a request asks for, or the answer refusing it.
pub fn route(req: &Request<'_>) -> Result<Routed, Reply> {
    let (ops, ids, seg) = target(req.path)?;
    let Some(op) = ops.iter().copied().find(|o| o.spec().method == req.method) else {
        let allow: Vec<&str> = ops.iter().map(|o| o.spec().method).collect();
        return Err(problem::method_not_allowed(&allow));
    };
    let spec = op.spec();
    let accept = media_of(spec.accept, seg.as_deref(), true)?;
    let Some((entity, version)) = negotiate(req.accept, &accept) else {
        return Err(problem::not_acceptable(req.accept, &names(&accept)));
    };
    let mut body = Map::new();
    if let Some(ct) = spec.content_type {
        let takes = media_of(ct, seg.as_deref(), false)?;
        if negotiate(req.content_type, &takes).is_none() {
            return Err(problem::unsupported(req.content_type, &names(&takes)));
        }
        body = object(req.body)?;
    }
    let (e, c) = (
        ids.first().copied().unwrap_or(0),
        ids.get(1).copied().unwrap_or(0),
    );
    let q = req.query;
    let contract = || query_param(q, "contractId").filter(|c| !c.is_empty());
    let op = match op {
        O::ListEnrollments => Op::List {
            contract: contract(),
        },
        O::CreateEnrollment => Op::Create {
            contract: contract().ok_or_else(|| {
                problem::bad_request(
                    "missing-contract-id",
                    "The query parameter contractId is required.",
                )
            })?,
            doc: Value::Object(body),
            window: window(q),
        },
        O::GetEnrollment => Op::Get(e),
        O::UpdateEnrollment => Op::Update {
            id: e,
            doc: Value::Object(body),
            flags: UpdateFlags {
                allow_cancel: flag(q, "allow-cancel-pending-changes"),
                force_renewal: flag(q, "force-renewal"),
                window: window(q),
            },
        },
        O::RemoveEnrollment => Op::Delete {
            id: e,
            allow_cancel: flag(q, "allow-cancel-pending-changes"),
        },
        O::GetDvHistory => Op::DvHistory(e),
        O::GetCertificateHistory => Op::CertificateHistory(e),
        O::GetChangeHistory => Op::ChangeHistory(e),
        O::ListDeployments => Op::Deployments(e),
        O::GetProductionDeployment => Op::Deployment {
            id: e,
            production: true,
        },
        O::GetStagingDeployment => Op::Deployment {
            id: e,
            production: false,
        },
        O::GetDeploymentSchedule => Op::GetSchedule(e, c),
        O::UpdateDeploymentSchedule => Op::SetSchedule(e, c, body),
        O::GetChangeStatus => Op::GetChange(e, c),
        O::CancelChange => Op::Cancel(e, c),
        O::GetChangeInput => Op::Info {
            id: e,
            change: c,
            segment: seg.unwrap_or_default(),
            entity,
        },
        O::UpdateChangeInput => Op::Input {
            id: e,
            change: c,
            segment: seg.unwrap_or_default(),
            body,
        },
        O::ListActiveCertificates => Op::Active {
            contract: contract(),
        },
    };
    Ok(Routed {
        op,
        answer_type: answer_type(entity, version),
    })
}
