//! The mTLS Edge Truststore (METS) API v2, `/mtls-edge-truststore/v2`: its enums, the
//! objects it answers with, the bodies it takes, the rules of its text fields
//! ([`rules`]) and the certificate checks ([`certs`]) that a client runs before sending and
//! an emulator runs as the server does. Sections (§) are those of docs/reference/truststore.md.
//!
//! Answers are views, as in [`crate::moks`]: every field optional and read leniently.
//! Quirks kept (§1): `caSetId` is a string (an emulator writes it as one); the activities
//! answer may spell it `caSetID`; association hostnames are `hostName`.

mod bodies;
pub mod certs;
mod ids;
pub mod rules;

pub use bodies::{Activate, CertificateInput, CloneCaSet, CreateCaSet, VersionBody};
pub use ids::{ActivationId, CaSetId, VersionNumber};

/// The API's path prefix.
pub const BASE_PATH: &str = "/mtls-edge-truststore/v2";

/// Where the error types' slugs start in a problem's `type` (§3): both
/// `/mtls-edge-truststore/error-types/<slug>` and the older
/// `/mtls-edge-truststore/v2/error-types/<slug>` end in it.
pub fn error_slug(problem_type: &str) -> &str {
    match problem_type.rfind("error-types/") {
        Some(at) => {
            let rest = &problem_type[at + "error-types/".len()..];
            rest.split(['/', '?']).next().unwrap_or(rest)
        }
        None => problem_type,
    }
}

open_enum! {
    /// A network (§7): the activate/deactivate body, activations, associations. Always
    /// upper-case on the wire; `staging`/`production` accepted on a command line.
    pub enum Network {
        Staging = "STAGING" alias "staging",
        Production = "PRODUCTION" alias "production",
    }
}

open_enum! {
    /// A CA set's `caSetStatus` (§7), also the list filter (§5.2).
    pub enum CaSetStatus {
        NotDeleted = "NOT_DELETED",
        Deleting = "DELETING",
        Deleted = "DELETED",
    }
}

open_enum! {
    /// A version's `caSetVersionStatus` (§5.14), also the versions list filter (§5.11).
    pub enum VersionStatus {
        NotDeleted = "NOT_DELETED",
        Deleted = "DELETED",
    }
}

open_enum! {
    /// A version's `stagingStatus`/`productionStatus` (§7): the docs list ACTIVE and
    /// INACTIVE; the Go fixtures show PENDING for a version never activated.
    pub enum NetworkStatus {
        Active = "ACTIVE",
        Inactive = "INACTIVE",
        Pending = "PENDING",
    }
}

open_enum! {
    /// An activation's `activationStatus`, a deletion's `status` (§7).
    pub enum RequestStatus {
        InProgress = "IN_PROGRESS",
        Complete = "COMPLETE",
        Failed = "FAILED",
    }
}

open_enum! {
    /// An activation's `activationType` (§7).
    pub enum ActivationType {
        Activate = "ACTIVATE",
        Deactivate = "DEACTIVATE",
        Delete = "DELETE",
    }
}

open_enum! {
    /// An activity's `type` (§5.7).
    pub enum ActivityType {
        CreateCaSet = "CREATE_CA_SET",
        CreateCaSetVersion = "CREATE_CA_SET_VERSION",
        ActivateCaSetVersion = "ACTIVATE_CA_SET_VERSION",
        DeactivateCaSetVersion = "DEACTIVATE_CA_SET_VERSION",
        DeleteCaSet = "DELETE_CA_SET",
    }
}

open_enum! {
    /// One value of the certificates list's `certificateStatus` filter (§5.16); the API
    /// takes them comma-joined, never ACTIVE with EXPIRING.
    pub enum CertificateStatus {
        Active = "ACTIVE",
        Expiring = "EXPIRING",
        Expired = "EXPIRED",
    }
}

open_enum! {
    /// The associations list's `associationType` filter (§5.8): lower-case.
    pub enum AssociationType {
        Enrollments = "enrollments",
        Properties = "properties",
    }
}

open_enum! {
    /// A hostname association's `status` (§5.8).
    pub enum HostnameStatus {
        Attaching = "ATTACHING",
        Detaching = "DETACHING",
        Attached = "ATTACHED",
    }
}

view! {
    /// A CA set (§6 CASet): the create, clone and get answers, an entry of `caSets`.
    pub struct CaSet {
        account_id: String,
        ca_set_id: String,
        ca_set_link: String,
        ca_set_name: String,
        ca_set_status: CaSetStatus,
        description: String,
        latest_version: i64,
        latest_version_link: String,
        staging_version: i64,
        staging_version_link: String,
        production_version: i64,
        production_version_link: String,
        versions_link: String,
        created_by: String,
        created_date: String,
        deleted_by: String,
        deleted_date: String,
        removal_date: String,
    }
}

view! {
    /// A certificate of a version (§6 Cert); the validate answer's lack `createdBy` and
    /// `createdDate`.
    pub struct Certificate {
        subject: String,
        issuer: String,
        start_date: String,
        end_date: String,
        fingerprint: String,
        certificate_pem: String,
        serial_number: String,
        signature_algorithm: String,
        created_by: String,
        created_date: String,
        description: String,
    }
}

view! {
    /// One warning or error item (§3, §3.2): `{type, title, detail, pointer, contextInfo}`.
    pub struct ProblemItem {
        r#type: String,
        title: String,
        detail: String,
        pointer: String,
        context_info: serde_json::Map<String, serde_json::Value>,
    }
}

view! {
    /// `validation` of a 2xx answer: its warnings (§3.2).
    pub struct Validation {
        warnings: Vec<ProblemItem>,
    }
}

view! {
    /// A version of a CA set (§6 Version).
    pub struct Version {
        ca_set_id: String,
        ca_set_name: String,
        version: i64,
        version_link: String,
        description: String,
        allow_insecure_sha1: bool,
        staging_status: NetworkStatus,
        production_status: NetworkStatus,
        created_by: String,
        created_date: String,
        modified_by: String,
        modified_date: String,
        certificates: Vec<Certificate>,
        validation: Validation,
        removal_date: String,
        ca_set_version_status: VersionStatus,
    }
}

view! {
    /// An activation or deactivation request (§6 Activation).
    pub struct Activation {
        activation_id: i64,
        activation_link: String,
        ca_set_id: String,
        ca_set_name: String,
        ca_set_link: String,
        version: i64,
        version_link: String,
        network: Network,
        activation_type: ActivationType,
        activation_status: RequestStatus,
        percent_complete: i64,
        failure_reason: String,
        created_by: String,
        created_date: String,
        modified_by: String,
        modified_date: String,
        validation: Validation,
    }
}

view! {
    /// One network's part of a deletion (§5.5 `deletions[]`).
    pub struct Deletion {
        network: Network,
        percent_complete: i64,
        status: RequestStatus,
        failure_reason: String,
    }
}

view! {
    /// `GET /ca-sets/{id}/status/delete` (§5.5).
    pub struct DeletionStatus {
        ca_set_id: String,
        ca_set_name: String,
        ca_set_link: String,
        status_link: String,
        resource_method: String,
        status: RequestStatus,
        start_time: String,
        estimated_end_time: String,
        end_time: String,
        failure_reason: String,
        deletions: Vec<Deletion>,
    }
}

view! {
    /// One entry of `activities` (§5.7).
    pub struct Activity {
        r#type: ActivityType,
        network: Network,
        version: i64,
        activity_date: String,
        activity_by: String,
    }
}

view! {
    /// A hostname of a property association (§5.8).
    pub struct AssociatedHostname {
        host_name: String,
        network: Network,
        status: HostnameStatus,
    }
}

view! {
    /// A property association (§5.8).
    pub struct PropertyAssociation {
        property_id: String,
        property_name: String,
        property_link: String,
        asset_id: i64,
        group_id: i64,
        hostnames: Vec<AssociatedHostname>,
    }
}

view! {
    /// A CPS enrollment association (§5.8).
    pub struct EnrollmentAssociation {
        enrollment_id: i64,
        enrollment_link: String,
        staging_slots: Vec<i64>,
        production_slots: Vec<i64>,
        cn: String,
    }
}

view! {
    /// `associations` (§5.8): each kind null when not asked for.
    pub struct Associations {
        properties: Vec<PropertyAssociation>,
        enrollments: Vec<EnrollmentAssociation>,
    }
}

/// The list answers' member names (§5.2, §5.7, §5.9, §5.11, §5.16, §5.19).
pub const CA_SETS: &str = "caSets";
pub const VERSIONS: &str = "versions";
pub const CERTIFICATES: &str = "certificates";
pub const ACTIVATIONS: &str = "activations";
pub const ACTIVITIES: &str = "activities";

#[cfg(test)]
mod tests;
