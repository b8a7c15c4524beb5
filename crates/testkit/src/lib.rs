//! Helpers for the tests of the moks workspace (never a dependency of shipped code).
//!
//! [`edgegrid`] is an EdgeGrid signer and verifier written for the tests, independently of the
//! `moks-edgegrid` crate (it never calls it), so that a bug in the signer under test cannot
//! hide itself: the CLI's tests verify what moks sends with it, the sandbox's tests sign what
//! they send with it.

pub mod edgegrid;
pub mod pki;
