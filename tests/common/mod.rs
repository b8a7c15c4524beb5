//! The test harness: a loopback mock MOKS server ([`server`]) that verifies EdgeGrid
//! signatures with its own verifier ([`edgegrid`]), the hermetic command builder ([`cmd`]),
//! shared fixtures ([`fixture`]), real X.509 ([`pki`]), a raw-TCP server that misbehaves on
//! purpose ([`hostile`]), and a pseudo-terminal for what moks does only on a terminal ([`pty`]).
#![allow(dead_code, unused_imports)]

pub mod cmd;
pub use moks_testkit::edgegrid;
pub mod fixture;
pub mod hostile;
pub mod pki;
#[cfg(unix)]
pub mod pty;
pub mod server;

pub use cmd::{table, Moks, Run};
pub use fixture::{new_client_cert, path, strs};
pub use server::{MockServer, Reply, Request};
