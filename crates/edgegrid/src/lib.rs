//! Akamai EdgeGrid for Rust: the `EG1-HMAC-SHA256` request signer and `.edgerc` /
//! environment credentials, with nothing about any particular Akamai API or HTTP client.
//!
//! - [`sign`] and its parts are pure functions: the timestamp and nonce are passed in, so a
//!   signature is reproducible and Akamai's official test vectors are checked in the tests;
//! - [`edgerc`] reads `.edgerc` files and `AKAMAI_*` environment variables with the precedence
//!   Akamai's own tools use (flag > environment > file), naming the source of every value and
//!   never quoting a secret in an error.

pub mod edgerc;
mod signer;

pub use edgerc::ConfigError;
pub use signer::{
    canonical_headers, content_hash, data_to_sign, new_nonce, parse_authorization, parse_timestamp,
    redact_token, sign, signatures_equal, signing_key, timestamp, unsigned_header, AuthFields,
    Credentials, Request, Signed, DEFAULT_MAX_BODY, MONIKER,
};
