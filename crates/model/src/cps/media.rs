//! The CPS media types as data. Every CPS request names a versioned vendor type,
//! `application/vnd.akamai.cps.<entity>.v<N>+json`, in `Accept` (required on every
//! operation) and, with a body, in `Content-Type`. [`super::operations`] says which entity
//! each of the 18 operations takes and answers; this table says which version of each
//! entity is sent ([`Entity::newest`]), and [`MediaVersions`] overrides a version per
//! entity for an account that refuses one (`enrollment=v11,change=v2`).
//!
//! Rules:
//! - the versions are the newest set the `Akamai.CPS` PowerShell module 3.0.0 sends
//!   (enrollment and enrollments v12, deployment(s) v8, change-management-info v6, csr v2,
//!   dv-challenges v2, change v2, change-history v5, certificate-history v2,
//!   active-certificates v2); Akamai's CPS OpenAPI header enums stop earlier (enrollment
//!   v11, deployment v7, change-management-info v5) while its newer path files declare these;
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
