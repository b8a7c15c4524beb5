//! The CPS media types as data. Every CPS request names a versioned vendor type,
//! `application/vnd.akamai.cps.<entity>.v<N>+json`, in `Accept` (required on every
//! operation) and, with a body, in `Content-Type`. One table says which entity each of the
//! 18 operations takes and answers ([`Operation`]), one which version of each entity is sent
//! ([`Entity::newest`]), and [`MediaVersions`] overrides a version per entity for an account
//! that refuses one (`enrollment=v11,change=v2`).
//!
//! Rules:
//! - the versions are the newest set the `Akamai.CPS` PowerShell module 3.0.0 sends
//!   (enrollment and enrollments v12, deployment(s) v8, change-management-info v6, csr v2,
//!   dv-challenges v2, change v2, change-history v5, certificate-history v2,
//!   active-certificates v2); Akamai's CPS OpenAPI header enums stop earlier (enrollment
//!   v11, deployment v7, change-management-info v5) while its newer path files declare these;
//! - the two allowedInput operations take their media types from the input type
//!   ([`INPUT_TYPES`]), looked up by the link's last segment;
//! - reading a header ([`parse_media_type`]) ignores parameters such as `; charset=utf-8`
//!   (edgegrid-golang sends it, the PowerShell module and the `akamai cps` CLI do not) and
//!   ASCII case.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// One CPS media type entity, the `<entity>` of `application/vnd.akamai.cps.<entity>.vN+json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity {
    Enrollment,
    Enrollments,
    EnrollmentStatus,
    Change,
    ChangeId,
    ChangeHistory,
    CertificateHistory,
    DvHistory,
    Deployments,
    Deployment,
    DeploymentSchedule,
    ChangeManagementInfo,
    Csr,
    DvChallenges,
    Warnings,
    Acknowledgement,
    AcknowledgementWithHash,
    CertificateAndTrustChain,
    ActiveCertificates,
}

/// (entity, its name on the wire, the version sent, the versions Akamai's OpenAPI files
/// list for it).
const ENTITIES: &[(Entity, &str, u32, &[u32])] = &[
    (
        Entity::Enrollment,
        "enrollment",
        12,
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ),
    (
        Entity::Enrollments,
        "enrollments",
        12,
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ),
    (Entity::EnrollmentStatus, "enrollment-status", 1, &[1]),
    (Entity::Change, "change", 2, &[1, 2, 3, 4, 5]),
    (Entity::ChangeId, "change-id", 1, &[1]),
    (Entity::ChangeHistory, "change-history", 5, &[1, 2, 3, 4, 5]),
    (
        Entity::CertificateHistory,
        "certificate-history",
        2,
        &[1, 2],
    ),
    (Entity::DvHistory, "dv-history", 1, &[1]),
    (
        Entity::Deployments,
        "deployments",
        8,
        &[1, 2, 3, 4, 5, 6, 7, 8],
    ),
    (Entity::Deployment, "deployment", 8, &[1, 2, 3, 6, 7, 8]),
    (Entity::DeploymentSchedule, "deployment-schedule", 1, &[1]),
    (
        Entity::ChangeManagementInfo,
        "change-management-info",
        6,
        &[1, 2, 4, 5, 6],
    ),
    (Entity::Csr, "csr", 2, &[1, 2]),
    (Entity::DvChallenges, "dv-challenges", 2, &[1, 2]),
    (Entity::Warnings, "warnings", 1, &[1]),
    (Entity::Acknowledgement, "acknowledgement", 1, &[1]),
    (
        Entity::AcknowledgementWithHash,
        "acknowledgement-with-hash",
        1,
        &[1],
    ),
    (
        Entity::CertificateAndTrustChain,
        "certificate-and-trust-chain",
        2,
        &[1, 2],
    ),
    (
        Entity::ActiveCertificates,
        "active-certificates",
        2,
        &[1, 2],
    ),
];

impl Entity {
    fn row(self) -> &'static (Entity, &'static str, u32, &'static [u32]) {
        // Every variant has its row: the table test walks them all.
        ENTITIES
            .iter()
            .find(|r| r.0 == self)
            .unwrap_or(&ENTITIES[0])
    }

    /// Every entity, in the table's order.
    pub fn all() -> impl Iterator<Item = Entity> {
        ENTITIES.iter().map(|r| r.0)
    }

    /// The entity's name on the wire (`change-management-info`).
    pub fn name(self) -> &'static str {
        self.row().1
    }

    /// The version moks sends unless told otherwise.
    pub fn newest(self) -> u32 {
        self.row().2
    }

    /// The versions Akamai's CPS OpenAPI files list (header enums, schemas and paths).
    pub fn spec_versions(self) -> &'static [u32] {
        self.row().3
    }

    /// The entity of a wire name (exact).
    pub fn from_name(name: &str) -> Option<Entity> {
        ENTITIES.iter().find(|r| r.1 == name).map(|r| r.0)
    }
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `application/vnd.akamai.cps.<entity>.v<version>+json`.
pub fn media_type(entity: Entity, version: u32) -> String {
    format!(
        "application/vnd.akamai.cps.{}.v{version}+json",
        entity.name()
    )
}

/// The entity and version of an `Accept` or `Content-Type` value, or `None` when it is no
/// CPS vendor type. Parameters (`; charset=utf-8`) and ASCII case are ignored.
pub fn parse_media_type(header: &str) -> Option<(Entity, u32)> {
    let essence = header.split(';').next()?.trim().to_ascii_lowercase();
    let rest = essence
        .strip_prefix("application/vnd.akamai.cps.")?
        .strip_suffix("+json")?;
    let (name, version) = rest.rsplit_once(".v")?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((Entity::from_name(name)?, version.parse().ok()?))
}

/// The version of each entity to send: the newest unless overridden.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MediaVersions {
    overrides: BTreeMap<Entity, u32>,
}

impl MediaVersions {
    /// The version sent for `entity`.
    pub fn version(&self, entity: Entity) -> u32 {
        self.overrides
            .get(&entity)
            .copied()
            .unwrap_or_else(|| entity.newest())
    }

    /// The media type sent for `entity`.
    pub fn media_type(&self, entity: Entity) -> String {
        media_type(entity, self.version(entity))
    }

    /// Sends `version` for `entity` from now on.
    pub fn set(&mut self, entity: Entity, version: u32) {
        self.overrides.insert(entity, version);
    }

    /// The overrides given, in the table's order.
    pub fn overrides(&self) -> impl Iterator<Item = (Entity, u32)> + '_ {
        self.overrides.iter().map(|(e, v)| (*e, *v))
    }
}

/// Reads overrides from `enrollment=v11,change=v2` (the `v` is optional; spaces around
/// items are ignored; an empty text overrides nothing). Any version of 1 or more is taken,
/// not only those the OpenAPI files list: the live API may serve newer ones, and the
/// `akamai cps` CLI sends a change-management-info v3 that no spec file shows.
impl FromStr for MediaVersions {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let mut out = MediaVersions::default();
        for item in text.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let Some((name, version)) = item.split_once('=') else {
                return Err(format!(
                    "expected ENTITY=vN such as enrollment=v11, not {item:?}"
                ));
            };
            let name = name.trim();
            let entity = Entity::from_name(name).ok_or_else(|| {
                let names: Vec<&str> = Entity::all().map(Entity::name).collect();
                format!(
                    "unknown media type entity {name:?}; expected one of {}",
                    names.join(", ")
                )
            })?;
            let digits = version.trim();
            let digits = digits.strip_prefix(['v', 'V']).unwrap_or(digits);
            match digits.parse::<u32>() {
                Ok(v) if v >= 1 && digits.bytes().all(|b| b.is_ascii_digit()) => out.set(entity, v),
                _ => {
                    return Err(format!(
                        "a version is v1 or more such as {name}=v{}, not {:?}",
                        entity.newest(),
                        version.trim()
                    ))
                }
            }
        }
        Ok(out)
    }
}

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

const E: &str = "/enrollments/{enrollmentId}";
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

    pub fn spec(self) -> OperationSpec {
        use Entity as N;
        use Media::{ByInputType, Fixed};
        let op = |id, method, path, query, accept, content_type| OperationSpec {
            id,
            method,
            path,
            query,
            accept,
            content_type,
        };
        match self {
            Operation::ListEnrollments => op("get-enrollments", "GET", "/enrollments", &["contractId"], Fixed(N::Enrollments), None),
            // `allow-duplicate-cn` is not in the OpenAPI files: edgegrid-golang, the
            // Terraform provider and the `akamai cps` CLI send it so (the PowerShell module
            // writes `allowDuplicateCN`); three clients of four decide.
            Operation::CreateEnrollment => op("post-enrollment", "POST", "/enrollments", &["contractId", "deploy-not-after", "deploy-not-before", "allow-duplicate-cn"], Fixed(N::EnrollmentStatus), Some(Fixed(N::Enrollment))),
            Operation::GetEnrollment => op("get-enrollment", "GET", E, &[], Fixed(N::Enrollment), None),
            Operation::UpdateEnrollment => op("put-enrollment", "PUT", E, &["allow-cancel-pending-changes", "allow-staging-bypass", "deploy-not-after", "deploy-not-before", "force-renewal", "renewal-date-check-override", "allow-missing-certificate-addition"], Fixed(N::EnrollmentStatus), Some(Fixed(N::Enrollment))),
            Operation::RemoveEnrollment => op("delete-enrollment", "DELETE", E, &["allow-cancel-pending-changes", DEPLOY_WINDOW[0], DEPLOY_WINDOW[1]], Fixed(N::EnrollmentStatus), None),
            Operation::GetDvHistory => op("get-dv-history", "GET", "/enrollments/{enrollmentId}/dv-history", &[], Fixed(N::DvHistory), None),
            Operation::GetCertificateHistory => op("get-history-certificates", "GET", "/enrollments/{enrollmentId}/history/certificates", &["includeAll"], Fixed(N::CertificateHistory), None),
            Operation::GetChangeHistory => op("get-history-changes", "GET", "/enrollments/{enrollmentId}/history/changes", &["includeAll"], Fixed(N::ChangeHistory), None),
            Operation::ListDeployments => op("get-deployments", "GET", "/enrollments/{enrollmentId}/deployments", &[], Fixed(N::Deployments), None),
            Operation::GetProductionDeployment => op("get-deployments-production", "GET", "/enrollments/{enrollmentId}/deployments/production", &[], Fixed(N::Deployment), None),
            Operation::GetStagingDeployment => op("get-deployment-staging", "GET", "/enrollments/{enrollmentId}/deployments/staging", &[], Fixed(N::Deployment), None),
            Operation::GetDeploymentSchedule => op("get-change-deployment-schedule", "GET", "/enrollments/{enrollmentId}/changes/{changeId}/deployment-schedule", &[], Fixed(N::DeploymentSchedule), None),
            Operation::UpdateDeploymentSchedule => op("put-change-deployment-schedule", "PUT", "/enrollments/{enrollmentId}/changes/{changeId}/deployment-schedule", &[], Fixed(N::ChangeId), Some(Fixed(N::DeploymentSchedule))),
            Operation::GetChangeStatus => op("get-enrollment-change", "GET", "/enrollments/{enrollmentId}/changes/{changeId}", &[], Fixed(N::Change), None),
            Operation::CancelChange => op("delete-enrollment-change", "DELETE", "/enrollments/{enrollmentId}/changes/{changeId}", &[], Fixed(N::ChangeId), None),
            Operation::GetChangeInput => op("get-change-allowed-input-param", "GET", "/enrollments/{enrollmentId}/changes/{changeId}/input/info/{allowedInputTypeParam}", &[], ByInputType, None),
            Operation::UpdateChangeInput => op("post-change-allowed-input-param", "POST", "/enrollments/{enrollmentId}/changes/{changeId}/input/update/{allowedInputTypeParam}", &[], Fixed(N::ChangeId), Some(ByInputType)),
            Operation::ListActiveCertificates => op("get-active-certificates", "GET", "/active-certificates", &["contractId"], Fixed(N::ActiveCertificates), None),
        }
    }
}

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
