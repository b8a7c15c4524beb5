//! The 18 CPS operations as data ([`Operation::spec`]: method, path, query names, and the
//! media type entities of `Accept` and `Content-Type`), and the allowedInput types
//! ([`INPUT_TYPES`]) whose info and update operations take their media types from the input
//! type, looked up by the link's last segment. The versions sent are [`super::media`]'s.

use super::media::Entity;

/// What an operation sends or accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    /// Always this entity.
    Fixed(Entity),
    /// The entity of the allowedInput type named by the path's last segment
    /// ([`info_entities`], [`update_entities`]).
    ByInputType,
}

/// One of the 18 CPS operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    ListEnrollments,
    CreateEnrollment,
    GetEnrollment,
    UpdateEnrollment,
    RemoveEnrollment,
    GetDvHistory,
    GetCertificateHistory,
    GetChangeHistory,
    ListDeployments,
    GetProductionDeployment,
    GetStagingDeployment,
    GetDeploymentSchedule,
    UpdateDeploymentSchedule,
    GetChangeStatus,
    CancelChange,
    GetChangeInput,
    UpdateChangeInput,
    ListActiveCertificates,
}

/// What the reference says of an operation: method, path below [`super::BASE_PATH`] (with
/// `{enrollmentId}`, `{changeId}` and `{allowedInputTypeParam}`), its query names, and the
/// media types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationSpec {
    /// Akamai's `operationId`.
    pub id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    pub query: &'static [&'static str],
    pub accept: Media,
    pub content_type: Option<Media>,
}

const DEPLOY_WINDOW: [&str; 2] = ["deploy-not-after", "deploy-not-before"];

impl Operation {
    /// All 18, in the order of Akamai's API reference.
    pub const ALL: [Operation; 18] = [
        Operation::ListEnrollments,
        Operation::CreateEnrollment,
        Operation::GetEnrollment,
        Operation::UpdateEnrollment,
        Operation::RemoveEnrollment,
        Operation::GetDvHistory,
        Operation::GetCertificateHistory,
        Operation::GetChangeHistory,
        Operation::ListDeployments,
        Operation::GetProductionDeployment,
        Operation::GetStagingDeployment,
        Operation::GetDeploymentSchedule,
        Operation::UpdateDeploymentSchedule,
        Operation::GetChangeStatus,
        Operation::CancelChange,
        Operation::GetChangeInput,
        Operation::UpdateChangeInput,
        Operation::ListActiveCertificates,
    ];

    /// What the reference says of it.
    pub fn spec(self) -> OperationSpec {
        SPECS[self as usize]
    }
}

const fn op(
    id: &'static str,
    method: &'static str,
    path: &'static str,
    query: &'static [&'static str],
    accept: Media,
    content_type: Option<Media>,
) -> OperationSpec {
    OperationSpec {
        id,
        method,
        path,
        query,
        accept,
        content_type,
    }
}

/// A path below one enrollment.
macro_rules! enrollment {
    ($tail:literal) => {
        concat!("/enrollments/{enrollmentId}", $tail)
    };
}

/// A path below one change.
macro_rules! change {
    ($tail:literal) => {
        concat!("/enrollments/{enrollmentId}/changes/{changeId}", $tail)
    };
}

use Entity as N;
use Media::{ByInputType, Fixed};

/// The operations' specs, in [`Operation::ALL`]'s order.
const SPECS: [OperationSpec; 18] = [
    op(
        "get-enrollments",
        "GET",
        "/enrollments",
        &["contractId"],
        Fixed(N::Enrollments),
        None,
    ),
    // `allow-duplicate-cn` is not in the OpenAPI files: edgegrid-golang, the Terraform
    // provider and the `akamai cps` CLI send it so (the PowerShell module writes
    // `allowDuplicateCN`); three clients of four decide.
    op(
        "post-enrollment",
        "POST",
        "/enrollments",
        &[
            "contractId",
            DEPLOY_WINDOW[0],
            DEPLOY_WINDOW[1],
            "allow-duplicate-cn",
        ],
        Fixed(N::EnrollmentStatus),
        Some(Fixed(N::Enrollment)),
    ),
    op(
        "get-enrollment",
        "GET",
        enrollment!(""),
        &[],
        Fixed(N::Enrollment),
        None,
    ),
    op(
        "put-enrollment",
        "PUT",
        enrollment!(""),
        &[
            "allow-cancel-pending-changes",
            "allow-staging-bypass",
            DEPLOY_WINDOW[0],
            DEPLOY_WINDOW[1],
            "force-renewal",
            "renewal-date-check-override",
            "allow-missing-certificate-addition",
        ],
        Fixed(N::EnrollmentStatus),
        Some(Fixed(N::Enrollment)),
    ),
    op(
        "delete-enrollment",
        "DELETE",
        enrollment!(""),
        &[
            "allow-cancel-pending-changes",
            DEPLOY_WINDOW[0],
            DEPLOY_WINDOW[1],
        ],
        Fixed(N::EnrollmentStatus),
        None,
    ),
    op(
        "get-dv-history",
        "GET",
        enrollment!("/dv-history"),
        &[],
        Fixed(N::DvHistory),
        None,
    ),
    op(
        "get-history-certificates",
        "GET",
        enrollment!("/history/certificates"),
        &["includeAll"],
        Fixed(N::CertificateHistory),
        None,
    ),
    op(
        "get-history-changes",
        "GET",
        enrollment!("/history/changes"),
        &["includeAll"],
        Fixed(N::ChangeHistory),
        None,
    ),
    op(
        "get-deployments",
        "GET",
        enrollment!("/deployments"),
        &[],
        Fixed(N::Deployments),
        None,
    ),
    op(
        "get-deployments-production",
        "GET",
        enrollment!("/deployments/production"),
        &[],
        Fixed(N::Deployment),
        None,
    ),
    op(
        "get-deployment-staging",
        "GET",
        enrollment!("/deployments/staging"),
        &[],
        Fixed(N::Deployment),
        None,
    ),
    op(
        "get-change-deployment-schedule",
        "GET",
        change!("/deployment-schedule"),
        &[],
        Fixed(N::DeploymentSchedule),
        None,
    ),
    op(
        "put-change-deployment-schedule",
        "PUT",
        change!("/deployment-schedule"),
        &[],
        Fixed(N::ChangeId),
        Some(Fixed(N::DeploymentSchedule)),
    ),
    op(
        "get-enrollment-change",
        "GET",
        change!(""),
        &[],
        Fixed(N::Change),
        None,
    ),
    op(
        "delete-enrollment-change",
        "DELETE",
        change!(""),
        &[],
        Fixed(N::ChangeId),
        None,
    ),
    op(
        "get-change-allowed-input-param",
        "GET",
        change!("/input/info/{allowedInputTypeParam}"),
        &[],
        ByInputType,
        None,
    ),
    op(
        "post-change-allowed-input-param",
        "POST",
        change!("/input/update/{allowedInputTypeParam}"),
        &[],
        Fixed(N::ChangeId),
        Some(ByInputType),
    ),
    op(
        "get-active-certificates",
        "GET",
        "/active-certificates",
        &["contractId"],
        Fixed(N::ActiveCertificates),
        None,
    ),
];

/// One allowedInput type: what `allowedInput[].type` says, and the last segments of its
/// `info` and `update` links with the entities each takes, the one to send first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputType {
    pub kind: &'static str,
    pub info: &'static str,
    pub info_accept: &'static [Entity],
    pub update: &'static str,
    pub update_content_type: &'static [Entity],
}

/// The input types seen (the vocabulary is not enumerated by Akamai's OpenAPI; these come
/// from its examples and path enums, the Terraform provider and the `akamai cps` CLI).
/// Change management's info also answers the staging deployment (`deployment`) and its
/// acknowledgement may carry the hash (`acknowledgement-with-hash`, the type Akamai's docs
/// give; edgegrid-golang sends the plain one): the first entity is moks's choice.
pub const INPUT_TYPES: &[InputType] = &[
    InputType {
        kind: "third-party-certificate",
        info: "third-party-csr",
        info_accept: &[Entity::Csr],
        update: "third-party-cert-and-trust-chain",
        update_content_type: &[Entity::CertificateAndTrustChain],
    },
    InputType {
        kind: "lets-encrypt-challenges",
        info: "lets-encrypt-challenges",
        info_accept: &[Entity::DvChallenges],
        update: "lets-encrypt-challenges-completed",
        update_content_type: &[Entity::Acknowledgement],
    },
    InputType {
        kind: "pre-verification-warnings-acknowledgement",
        info: "pre-verification-warnings",
        info_accept: &[Entity::Warnings],
        update: "pre-verification-warnings-ack",
        update_content_type: &[Entity::Acknowledgement],
    },
    InputType {
        kind: "post-verification-warnings-acknowledgement",
        info: "post-verification-warnings",
        info_accept: &[Entity::Warnings],
        update: "post-verification-warnings-ack",
        update_content_type: &[Entity::Acknowledgement],
    },
    InputType {
        kind: "change-management",
        info: "change-management-info",
        info_accept: &[Entity::ChangeManagementInfo, Entity::Deployment],
        update: "change-management-ack",
        update_content_type: &[Entity::AcknowledgementWithHash, Entity::Acknowledgement],
    },
];

/// The input type of an `allowedInput[].type`, or of an info or update link's last segment.
pub fn input_type(name: &str) -> Option<&'static InputType> {
    INPUT_TYPES
        .iter()
        .find(|t| t.kind == name || t.info == name || t.update == name)
}

/// The entities an info segment answers in (`third-party-csr` → csr); empty when unknown.
pub fn info_entities(segment: &str) -> &'static [Entity] {
    INPUT_TYPES
        .iter()
        .find(|t| t.info == segment)
        .map_or(&[], |t| t.info_accept)
}

/// The entities an update segment takes (`change-management-ack` → acknowledgement with
/// hash, or plain); empty when unknown.
pub fn update_entities(segment: &str) -> &'static [Entity] {
    INPUT_TYPES
        .iter()
        .find(|t| t.update == segment)
        .map_or(&[], |t| t.update_content_type)
}
