//! The Contract API's `GET /contract-api/v1/contracts/identifiers`, the first call of
//! `akamai cps setup`: the contracts the credential may use, a JSON list of ids. The
//! sandbox has one, [`super::seed::CONTRACT`]. Other paths of the Contract API are 404.

use serde_json::json;

use super::problem;
use crate::core::api::{Api, Auth, Operation, Outcome, Request};
use crate::core::problem::Reply;

pub struct ContractApi;

impl Api for ContractApi {
    fn prefix(&self) -> &'static str {
        "/contract-api/v1"
    }

    fn auth(&self) -> Auth {
        Auth::EdgeGrid
    }

    fn route(&self, req: &Request<'_>) -> Result<Operation, Reply> {
        let path = req.path.trim_end_matches('/');
        if path != "/contract-api/v1/contracts/identifiers" {
            return Err(problem::not_found(&format!("The resource {}", req.path)));
        }
        if req.method != "GET" {
            return Err(problem::method_not_allowed(&["GET"]));
        }
        Ok(Box::new(|_, _| {
            Outcome::same(Reply::json(200, json!([super::seed::CONTRACT])))
        }))
    }
}
