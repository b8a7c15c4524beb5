//! The tests, one file per area: one per command, then input validation, API errors and
//! the foundation (credentials, signing, client behaviour) at the process level, hostile
//! input and hostile answers (crashes, control characters, size caps, big numbers), the
//! cross-check of signatures by Akamai's Python library, the sandbox end to end, and the
//! snapshots of help and common errors.

#[cfg(unix)]
mod akamai_cli;
mod complete_version;
mod completions;
mod config_check;
mod edgegrid_python;
mod errors;
mod foundation;
mod get_ca_cert;
mod get_client_cert;
mod get_client_cert_version;
mod hostile_client;
mod hostile_input;
#[cfg(unix)]
mod hostile_sandbox;
mod new_client_cert;
mod remove_version;
mod rotate;
mod sandbox;
mod set_client_cert;
mod surface;
#[cfg(unix)]
mod terminal;
mod validation;
