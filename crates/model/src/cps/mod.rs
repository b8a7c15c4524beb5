//! Akamai's Certificate Provisioning System (CPS) API v2, `/cps/v2`: the TLS certificates
//! Akamai serves for a site. This module is the one place its rules are written, for the
//! `moks cps` commands and the sandbox's CPS emulation alike: the operations
//! ([`operations`]) and their media types ([`media`]), the Enrollment object
//! ([`enrollment`]) and the local check of an enrollment file ([`rules`]), the change
//! workflow ([`change`], [`dv`], [`deployment`]) and the bodies a change takes
//! ([`bodies`]), histories, active certificates and errors ([`history`]), and example
//! enrollments ([`templates`]).
//!
//! Rules:
//! - answers are views: every field an `Option` read leniently, enums open (a value the API
//!   adds later is kept as `Other`), and every object keeps the fields it does not name in
//!   `other`, so a view written back holds the object read (CPS adds fields with each media
//!   type version; null fields are left out, and number text is the crate's rule: keep the
//!   JSON for the bytes);
//! - the API links, not ids: an id is the trailing integer of a link ([`link_id`]), since the
//!   API's own examples use three different path prefixes;
//! - the logic follows `statusInfo.state` and the `allowedInput` links, and shows
//!   `statusInfo.status` as text: the list of status values is not closed;
//! - where Akamai's sources disagree, the code says which one it follows, citing the public
//!   source (Akamai's CPS OpenAPI, the `Akamai.CPS` PowerShell module, the `akamai cps` CLI,
//!   edgegrid-golang, the Terraform provider);
//! - no I/O and no printing.
//!
//! The entry points: a request's media types from [`Operation::spec`] and
//! [`MediaVersions`]; a file checked by [`check_enrollment`] before create or update; a GET
//! made ready for a PUT by [`strip_read_only`], judged by [`classify_update`]; a change read
//! as [`ChangeStatus`] and told apart by [`next_step`]; the info answers read by the views
//! of [`change`], [`dv`] and [`deployment`]; the update bodies of [`bodies`] (which the
//! sandbox checks with [`crate::Body`]); [`template`] for a new enrollment.

pub mod bodies;
pub mod change;
mod check;
pub mod deployment;
pub mod dv;
pub mod enrollment;
pub mod history;
pub mod media;
pub mod operations;
pub mod rules;
pub mod templates;

pub use bodies::{Ack, Acknowledgement, CertificateAndTrustChain, CertificatesAndTrustChains};
pub use change::{next_step, ChangeState, ChangeStatus, InputKind, NextStep};
pub use enrollment::{classify_update, strip_read_only, Enrollment, UpdateKind};
pub use media::{Entity, MediaVersions};
pub use operations::Operation;
pub use rules::{check_enrollment, Finding, Limits};
pub use templates::{template, TemplateKind};

/// The API's path prefix.
pub const BASE_PATH: &str = "/cps/v2";

/// Declares a CPS answer object: the API's camelCase names, every field an `Option` read
/// leniently (see the crate's rules), and `other` holding every field the view does not
/// name, written back in place.
macro_rules! cps_view {
    ($($item:tt)*) => { view! { @other "camelCase" $($item)* } };
}
pub(crate) use cps_view;

open_enum! {
    /// A certificate's key (`keyAlgorithm` of CSRs, uploads and deployments): dual-stack
    /// enrollments have one certificate of each.
    pub enum KeyAlgorithm {
        Rsa = "RSA",
        Ecdsa = "ECDSA",
    }
}

open_enum! {
    /// `signatureAlgorithm` of an enrollment or a deployed certificate.
    pub enum SignatureAlgorithm {
        Sha1 = "SHA-1",
        Sha256 = "SHA-256",
    }
}

open_enum! {
    /// `certificateType`: how many names the certificate carries and how.
    pub enum CertificateType {
        San = "san",
        Single = "single",
        Wildcard = "wildcard",
        WildcardSan = "wildcard-san",
        ThirdParty = "third-party",
    }
}

open_enum! {
    /// `networkConfiguration.geography`: where the certificate is deployed (non-core needs
    /// the contract's approval).
    pub enum Geography {
        Core = "core",
        ChinaCore = "china+core",
        RussiaCore = "russia+core",
    }
}

open_enum! {
    /// `networkConfiguration.secureNetwork`: enhanced-tls is the PCI-capable network.
    pub enum SecureNetwork {
        StandardTls = "standard-tls",
        EnhancedTls = "enhanced-tls",
    }
}

open_enum! {
    /// `ocspStapling` of a network configuration.
    pub enum OcspStapling {
        On = "on",
        Off = "off",
        NotSet = "not-set",
    }
}

/// The id a link ends with: `/cps/v2/enrollments/10002/changes/10003` → 10003. Only the
/// trailing integer is relied on: the API's examples write links under `/cps/v2/`,
/// `/cps-api/` and `/cps/`, and the PowerShell module reads ids the same way. A query or a
/// trailing slash is ignored; digits that do not fit an i64 are no id.
pub fn link_id(link: &str) -> Option<i64> {
    let path = link.split(['?', '#']).next().unwrap_or(link);
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    if last.is_empty() || !last.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    last.parse().ok()
}

/// The enrollment and change ids of a change link (`…/enrollments/E/changes/C`).
pub fn change_ids(link: &str) -> Option<(i64, i64)> {
    let path = link.split(['?', '#']).next().unwrap_or(link);
    let (head, _) = path.trim_end_matches('/').rsplit_once("/changes/")?;
    Some((link_id(head)?, link_id(path)?))
}

/// The last path segment of an `allowedInput` link: the `{allowedInputTypeParam}` of the
/// info and update operations (`…/input/info/third-party-csr` → `third-party-csr`).
pub fn link_segment(link: &str) -> Option<&str> {
    let path = link.split(['?', '#']).next().unwrap_or(link);
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|s| !s.is_empty())
}

cps_view! {
    /// `enrollment-status.v1`: what create, update and delete answer (200 or 202).
    pub struct EnrollmentStatus {
        enrollment: String,
        changes: Vec<String>,
    }
}

cps_view! {
    /// `change-id.v1`: what a change update, a cancel and a schedule update answer.
    pub struct ChangeId {
        change: String,
    }
}

#[cfg(test)]
mod change_tests;
#[cfg(test)]
mod media_tests;
#[cfg(test)]
mod rules_tests;
#[cfg(test)]
mod tests;
