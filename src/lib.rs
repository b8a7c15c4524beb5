//! moks: a command-line client for Akamai's mTLS Origin Keystore (MOKS) API.
pub mod edgegrid;
pub mod sandbox;
