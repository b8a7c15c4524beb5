//! Cloudflare's zone client certificates (API Shield mTLS), under
//! `https://api.cloudflare.com/client/v4`: the five operations of the seed (List Client
//! Certificates, Client Certificate Details, Create Client Certificate, Reactivate Client
//! Certificate, Revoke Client Certificate), the zone's mTLS hostname associations, and the
//! zone lookup (`GET /zones?name=`). The one place their rules are written, for the
//! `moks cloudflare` commands and the sandbox's emulation alike.
//!
//! What is here: every answer's envelope and its decoder ([`envelope`]); the
//! [`ClientCertificate`] view and its lifecycle ([`Status`], [`Action`]); the bodies
//! ([`CreateClientCertificate`], [`Reactivate`], [`HostnameAssociationsBody`]) checked by
//! [`crate::Body`]; the rules of ids, paging and validity ([`rules`]); and the CSR and
//! issued-certificate readers ([`x509`]).
//!
//! Rules:
//! - field names are Cloudflare's (snake_case); every view keeps the fields it does not
//!   name in `other`, so a view written back holds the object read; enums are open;
//! - the seed's wording (the API reference's model page) wins over the SDKs where they
//!   differ; where no public source says (validity bounds, the default list filter, error
//!   codes), the choice is written where it is made.

pub mod bodies;
pub mod envelope;
pub mod rules;
pub mod x509;

pub use bodies::{CreateClientCertificate, HostnameAssociationsBody, Reactivate};
pub use envelope::{ApiMessage, Envelope, Failure, ResultInfo};

/// The API's path prefix (the production base URL's path).
pub const BASE_PATH: &str = "/client/v4";

/// The production base URL (the official SDKs' default).
pub const DEFAULT_BASE_URL: &str = "https://api.cloudflare.com/client/v4";

/// Declares a Cloudflare answer object: snake_case names, every field an `Option` read
/// leniently, and `other` holding every field the view does not name, written back in place.
macro_rules! cf_view {
    ($($item:tt)*) => { view! { @other "snake_case" $($item)* } };
}
pub(crate) use cf_view;

open_enum! {
    /// A client certificate's `status` (the seed: "active or revoked, and the
    /// pending_reactivation or pending_revocation represent in-progress asynchronous
    /// transitions").
    pub enum Status {
        Active = "active",
        PendingReactivation = "pending_reactivation",
        PendingRevocation = "pending_revocation",
        Revoked = "revoked",
    }
}

open_enum! {
    /// The list's `status` filter: a certificate status, or `all` (a filter value only,
    /// never a certificate's status).
    pub enum ListStatus {
        All = "all",
        Active = "active",
        PendingReactivation = "pending_reactivation",
        PendingRevocation = "pending_revocation",
        Revoked = "revoked",
    }
}

impl ListStatus {
    /// Whether a certificate in `status` is listed under this filter.
    pub fn matches(&self, status: &Status) -> bool {
        use crate::ApiEnum;
        matches!(self, ListStatus::All) || self.as_str() == status.as_str()
    }
}

/// What a client asks of a certificate's lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `DELETE …/client_certificates/{id}`.
    Revoke,
    /// `PATCH …/client_certificates/{id}` with `{"reactivate": true}`.
    Reactivate,
}

impl Status {
    /// The status `action` moves a certificate in this status to, or why it may not.
    /// Revoke: only an `active` certificate (the sandbox's choice for the others: no
    /// source describes revoking one that is already on its way). Reactivate: only while
    /// `pending_revocation` (the seed's docstring: "If a … Client Certificate is in a
    /// pending_revocation state, you may reactivate it"); `revoked` is final.
    pub fn after(&self, action: Action) -> Result<Status, String> {
        match (action, self) {
            (Action::Revoke, Status::Active) => Ok(Status::PendingRevocation),
            (Action::Reactivate, Status::PendingRevocation) => Ok(Status::PendingReactivation),
            (Action::Revoke, Status::PendingRevocation | Status::Revoked) => Err(format!(
                "the certificate is {self}: it is already revoked or being revoked"
            )),
            (Action::Revoke, s) => Err(format!(
                "the certificate is {s}: only an active certificate can be revoked"
            )),
            (Action::Reactivate, Status::Revoked) => Err(
                "the certificate is revoked, which is final: only a pending_revocation certificate can be reactivated"
                    .into(),
            ),
            (Action::Reactivate, s) => Err(format!(
                "the certificate is {s}: only a pending_revocation certificate can be reactivated"
            )),
        }
    }

    /// Where an in-progress status settles by itself: `pending_revocation` → `revoked`,
    /// `pending_reactivation` → `active`; `None` for a settled (or unknown) status.
    pub fn settles_to(&self) -> Option<Status> {
        match self {
            Status::PendingRevocation => Some(Status::Revoked),
            Status::PendingReactivation => Some(Status::Active),
            _ => None,
        }
    }

    /// Whether the status no longer changes by itself (what `--wait` waits for). An unknown
    /// status counts as settled: there is nothing known to wait for.
    pub fn is_settled(&self) -> bool {
        self.settles_to().is_none()
    }
}

cf_view! {
    /// `certificate_authority` of a client certificate.
    pub struct CertificateAuthority {
        id: String,
        name: String,
    }
}

cf_view! {
    /// A client certificate (the seed's `ClientCertificate`, all 18 fields optional).
    /// `state` is the CSR's ST, not the lifecycle `status`; `location` is its L.
    pub struct ClientCertificate {
        id: String,
        certificate: String,
        certificate_authority: CertificateAuthority,
        common_name: String,
        country: String,
        csr: String,
        expires_on: String,
        fingerprint_sha256: String,
        issued_on: String,
        location: String,
        organization: String,
        organizational_unit: String,
        serial_number: String,
        signature: String,
        ski: String,
        state: String,
        status: Status,
        validity_days: i64,
    }
}

cf_view! {
    /// `GET`/`PUT …/certificate_authorities/hostname_associations`: the hostnames that
    /// require a client certificate from the zone's CA.
    pub struct HostnameAssociations {
        hostnames: Vec<String>,
    }
}

cf_view! {
    /// A zone, as `GET /zones?name=` lists it (only what a lookup needs is named).
    pub struct Zone {
        id: String,
        name: String,
        status: String,
    }
}

#[cfg(test)]
mod tests;
