//! The tests, one file per area: one per command, then input validation, API errors and
//! the foundation (credentials, signing, client behaviour) at the process level, hostile
//! input and hostile answers (crashes, control characters, size caps, big numbers), the
//! cross-check of signatures by Akamai's Python library, the sandbox end to end, and the
//! snapshots of help and common errors.

#[cfg(unix)]
mod akamai_cli;
mod api;
mod command_line;
mod complete_version;
mod completions;
mod config_check;
mod docs_refs;
mod edgegrid_python;
mod errors;
mod expiring;
mod foundation;
mod get_ca_cert;
mod get_client_cert;
mod get_client_cert_version;
mod get_csr;
mod get_version_guid;
mod hostile_client;
mod hostile_input;
#[cfg(unix)]
mod hostile_sandbox;
mod local_checks;
mod new_client_cert;
#[cfg(unix)]
mod output;
#[cfg(unix)]
mod progress;
#[cfg(unix)]
mod readme;
mod remove_version;
mod rotate;
mod rules_agree;
mod safe_delete;
mod safety;
mod sandbox;
#[cfg(unix)]
mod sandbox_serve;
mod set_client_cert;
mod surface;
#[cfg(unix)]
mod terminal;
mod transport;
mod truststore_failures;
mod truststore_names;
mod truststore_sandbox;
mod truststore_sets;
mod truststore_versions;
mod validation;
mod wait;
mod wait_bounds;
