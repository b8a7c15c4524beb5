//! The mTLS Origin Keystore (MOKS) API v1, `/mtls-origin-keystore/v1`: routing
//! (`routes.rs`), request bodies (`validate.rs`), the nine operations (`lifecycle.rs`),
//! what time changes and how answers look (`views.rs`), its problems (`problem.rs`), its
//! slice of an account's state (`state.rs`) and the example certificates (`seed.rs`).
//!
//! Rules:
//! - authenticated with EdgeGrid; the pipeline's refusals keep the gateway's shapes except
//!   the 429, which is the MOKS body of the API reference, and an unreadable body, a 400
//!   naming the field `body`;
//! - the clock an operation sees is the request's arrival, to the second, with the
//!   sandbox's deployment delay and lifecycle timing.

pub mod lifecycle;
pub mod problem;
pub mod routes;
pub mod seed;
pub mod state;
pub mod validate;
pub mod views;

use crate::core::api::{Api, Auth, Operation, Refusal, Request};
use crate::core::problem::Reply;
use std::time::Duration;

/// The MOKS API as the sandbox serves it.
pub struct Moks {
    deploy_delay: Duration,
    timing: crate::Timing,
}

impl Moks {
    pub fn new(opts: &crate::Options) -> Moks {
        Moks {
            deploy_delay: opts.deploy_delay,
            timing: opts.timing,
        }
    }
}

impl Api for Moks {
    fn prefix(&self) -> &'static str {
        routes::BASE
    }

    fn auth(&self) -> Auth {
        Auth::EdgeGrid
    }

    fn route(&self, req: &Request<'_>) -> Result<Operation, Reply> {
        let op = routes::route(req.method, req.path, req.query, req.content_type, req.body)?;
        let clock = views::Clock::new(
            crate::core::store::truncate(req.now),
            self.deploy_delay,
            &self.timing,
        );
        Ok(Box::new(move |state, account| {
            lifecycle::apply(state, account, op, &clock)
        }))
    }

    fn refuse(&self, r: Refusal<'_>) -> Reply {
        match r {
            Refusal::RateLimited { next, .. } => {
                problem::rate_limited(&crate::core::rate::fmt_millis(next))
            }
            Refusal::UnreadableBody(why) => problem::unreadable_body(why),
            _ => crate::core::problem::gateway(r),
        }
    }
}
