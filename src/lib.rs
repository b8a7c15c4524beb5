//! moks: a command-line client for Akamai's mTLS Origin Keystore (MOKS) API.
pub mod api;
pub mod client;
pub mod edgegrid;
pub mod edgerc;
pub mod error;
pub mod output;
pub mod retry;
