//! moks: a command-line client for Akamai's mTLS Origin Keystore (MOKS) API, with a
//! built-in emulator of that API (the sandbox). The binary in `main.rs` is a thin shell over
//! this library; the modules are named for the concepts a user would name.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod api;
pub mod cli;
pub mod client;
pub mod commands;
pub mod context;
pub mod error;
pub mod input;
pub mod output;
pub mod retry;
