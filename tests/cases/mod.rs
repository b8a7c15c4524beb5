//! The tests, one file per area: one per command, then input validation, API errors and
//! the foundation (credentials, signing, client behaviour) at the process level.

mod get_ca_cert;
