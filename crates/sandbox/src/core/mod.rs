//! The sandbox's core, shared by every API it emulates: the server pipeline (`server.rs`),
//! its limits, the request log (`recorder.rs`), authentication per API (`edgegrid.rs`,
//! `bearer.rs`), the rate limit (`rate.rs`), accounts (`account.rs`) and the state store
//! (`store.rs`, `files.rs`), reading requests (`request.rs`), the gateway's problems
//! (`problem.rs`), certificates and keys (`x509.rs`) and TLS (`tls.rs`).
//!
//! An API lives in a folder of its own beside `core/` and joins through `api.rs`.

pub mod account;
pub mod api;
pub mod bearer;
pub mod edgegrid;
pub mod files;
pub mod problem;
pub mod rate;
pub mod recorder;
pub mod request;
pub mod server;
pub mod store;
pub mod tls;
pub mod x509;
