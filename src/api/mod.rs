//! The API layer: one typed function per endpoint, in a folder per API ([`moks`]; the Edge
//! Truststore's goes beside it as `truststore/`), over the one transport
//! ([`crate::client`]). This file holds what every API shares: answers as typed views beside
//! their JSON ([`Typed`]), and the readers of lists, objects and creates.
//!
//! Rules:
//! - functions take typed values (ids, enums, checked bodies) and return the model's views
//!   (`moks_model`), each beside the JSON the API sent, so that `--json` and the field lists
//!   print the API's own JSON: key order, unknown fields and number text as received;
//! - an answer of another shape than the reference documents is the API failing (exit 5),
//!   named with an escaped excerpt of what came back; an answer the reference leaves
//!   undocumented (PATCH, upload, DELETE) is returned as whatever JSON came, if any;
//! - no printing, no clap, and no `--dry-run` branch: the transport prints instead of sending
//!   and ends the command, so every function is written as if its call succeeds.

pub mod moks;
pub mod truststore;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::client::Response;
use crate::error::{self, Failure, Kind};

/// An object the API answered: its JSON as received (what is printed) and the model's typed
/// view of it (what the commands read). The view never fails: a field of an unexpected type
/// reads as absent, and an entry that is not an object reads as all absent.
#[derive(Debug, Clone)]
pub struct Typed<T> {
    pub json: Value,
    pub view: T,
}

impl<T: DeserializeOwned + Default> Typed<T> {
    pub fn new(json: Value) -> Typed<T> {
        let view = T::deserialize(&json).unwrap_or_default();
        Typed { json, view }
    }
}

/// The answer as the object `what` names (e.g. "the client certificate"); anything else,
/// no body included, is the API failing (exit 5).
pub fn object<T: DeserializeOwned + Default>(
    resp: &Response,
    what: &str,
) -> anyhow::Result<Typed<T>> {
    Ok(Typed::new(Value::Object(resp.object(what)?)))
}

/// The answer to a create: the new object. An answer without a body is the API failing
/// (exit 5), said without claiming anything exists: `what` names what may have been created,
/// `check` is how the caller can see what exists (a hint).
pub fn created<T: DeserializeOwned + Default>(
    resp: &Response,
    what: &str,
    check: &str,
) -> anyhow::Result<Typed<T>> {
    if resp.body.iter().all(u8::is_ascii_whitespace) {
        return Err(Failure::new(
            Kind::BadAnswer,
            format!(
                "the API answered {} without a body: {what} may have been created, but the API \
                 did not say",
                resp.status_text()
            ),
        )
        .with_hints(vec![format!(
            "before trying again, see what exists with: {check}"
        )])
        .into());
    }
    object(resp, what)
}

/// The array under `key` of a list answer (`certificates`, `versions`). A missing or null
/// key is an empty list; no body, a body that is not JSON, or any other shape is the API
/// failing (exit 5), named with an escaped excerpt of what came back.
pub fn list<T: DeserializeOwned + Default>(
    resp: &Response,
    key: &str,
) -> anyhow::Result<Vec<Typed<T>>> {
    let shape = format!("an object with a '{key}' list");
    match resp.object(&shape)?.remove(key) {
        Some(Value::Array(items)) => {
            if let Some(why) = crate::json_budget::unfit_items(&items, resp.body.len()) {
                return Err(error::bad_answer(format!(
                    "the API answered {} with a '{key}' list that cannot be one: {why}",
                    resp.status_text()
                )));
            }
            Ok(items.into_iter().map(Typed::new).collect())
        }
        None | Some(Value::Null) => Ok(vec![]),
        Some(other) => Err(error::bad_answer(format!(
            "the API answered {} with a '{key}' that is not a list: {}",
            resp.status_text(),
            error::excerpt(&other.to_string(), 120)
        ))),
    }
}

/// The JSON of an answer whose body the reference does not document: `None` when empty (a
/// 204, or a 200 with no body). A body that is not JSON is the API failing (exit 5).
pub fn document(resp: &Response) -> anyhow::Result<Option<Value>> {
    resp.json()
}
