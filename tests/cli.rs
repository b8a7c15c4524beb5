//! The one integration-test binary (one link step, not one per file). It runs the real `moks`
//! binary against a loopback mock of the MOKS API that records every request and verifies
//! its EdgeGrid signature with an implementation of its own (`common::edgegrid`).
//!
//! `common/` is the harness (mock server, signature verifier, hermetic command builder,
//! fixtures); `cases/` holds the tests, one file per area.

#![allow(clippy::print_stderr)] // a test says on stderr why it skipped

mod cases;
mod common;
