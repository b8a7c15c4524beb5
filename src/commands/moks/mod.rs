//! The MOKS subcommands, one file each, and what they share: choosing the certificate
//! (`--id` or `--name`, exactly one). A version is chosen with `--version
//! N|latest|deployed|current|previous` ([`VersionSpec`]).

pub mod complete_version;
pub mod get_ca_cert;
pub mod get_client_cert;
pub mod get_client_cert_version;
pub mod get_csr;
pub mod get_version_guid;
pub mod new_client_cert;
pub mod remove_version;
pub mod rotate;
pub mod set_client_cert;
pub mod wait;

use clap::Args;
use moks_model::moks::CertificateId;

use crate::api::moks as api;
pub use crate::api::moks::select::VersionSpec;
use crate::client::{Client, Id};
use crate::input;

/// Which certificate: exactly one of `--id` and `--name`.
#[derive(Args, Debug, Clone)]
#[group(required = true, multiple = false)]
pub struct CertSelector {
    /// The client certificate's id (certificateId)
    #[arg(long, visible_alias = "certificate-id", value_name = "ID", value_parser = input::parse_id)]
    pub id: Option<CertificateId>,
    /// The client certificate's name: an exact match, else a unique case-insensitive one
    #[arg(long, visible_alias = "certificate-name", value_name = "NAME", value_parser = input::parse_cert_name)]
    pub name: Option<String>,
}

impl CertSelector {
    /// The certificate id meant; a name costs one list call.
    pub async fn resolve(&self, client: &Client) -> anyhow::Result<Id> {
        resolve_certificate(client, self.id, self.name.as_deref()).await
    }
}

/// The certificate id given, or the one named (one list call).
pub async fn resolve_certificate(
    client: &Client,
    id: Option<CertificateId>,
    name: Option<&str>,
) -> anyhow::Result<Id> {
    match id {
        Some(id) => Ok(Id::from(id.get())),
        None => api::certificate_id(client, name.unwrap_or_default()).await,
    }
}

/// The next step after a version that awaits its signed certificate, as commands that work
/// as printed.
pub fn csr_next_step(id: impl std::fmt::Display, version: &str) -> String {
    let p = crate::output::program();
    format!(
        "next: get the CSR ({p} get-csr --id {id} --version {version} > v{version}.csr), sign \
         it with your CA, then: {p} complete-version --id {id} --version {version} \
         --certificate-file signed.pem --wait"
    )
}

/// A 404 for a certificate given by `--id` says that no certificate has that id, and how
/// to list them (the API's own "Resource Not Found" names nothing).
pub fn with_unknown_id_hint(e: anyhow::Error, id: Option<CertificateId>) -> anyhow::Error {
    let Some(id) = id else { return e };
    let mut api = match e.downcast::<crate::error::ApiError>() {
        Ok(api) => api,
        Err(e) => return e,
    };
    if api.status == 404 {
        api.client_hints.push(format!(
            "no client certificate has id {id}; list them with: {} get-client-cert",
            crate::output::program()
        ));
    }
    api.into()
}
