//! The operation and media type tables against the reference's operation list.

use super::media::{media_type, parse_media_type};
use super::operations::{info_entities, input_type, update_entities, Media};
use super::*;

/// The reference's operation list: operationId, method, path, Accept, Content-Type
/// (`*` where the allowedInput type decides).
const REFERENCE: [(&str, &str, &str, &str, &str); 18] = [
    (
        "get-enrollments",
        "GET",
        "/enrollments",
        "enrollments.v12",
        "",
    ),
    (
        "post-enrollment",
        "POST",
        "/enrollments",
        "enrollment-status.v1",
        "enrollment.v12",
    ),
    (
        "get-enrollment",
        "GET",
        "/enrollments/{enrollmentId}",
        "enrollment.v12",
        "",
    ),
    (
        "put-enrollment",
        "PUT",
        "/enrollments/{enrollmentId}",
        "enrollment-status.v1",
        "enrollment.v12",
    ),
    (
        "delete-enrollment",
        "DELETE",
        "/enrollments/{enrollmentId}",
        "enrollment-status.v1",
        "",
    ),
    (
        "get-dv-history",
        "GET",
        "/enrollments/{enrollmentId}/dv-history",
        "dv-history.v1",
        "",
    ),
    (
        "get-history-certificates",
        "GET",
        "/enrollments/{enrollmentId}/history/certificates",
        "certificate-history.v2",
        "",
    ),
    (
        "get-history-changes",
        "GET",
        "/enrollments/{enrollmentId}/history/changes",
        "change-history.v5",
        "",
    ),
    (
        "get-deployments",
        "GET",
        "/enrollments/{enrollmentId}/deployments",
        "deployments.v8",
        "",
    ),
    (
        "get-deployments-production",
        "GET",
        "/enrollments/{enrollmentId}/deployments/production",
        "deployment.v8",
        "",
    ),
    (
        "get-deployment-staging",
        "GET",
        "/enrollments/{enrollmentId}/deployments/staging",
        "deployment.v8",
        "",
    ),
    (
        "get-change-deployment-schedule",
        "GET",
        "/enrollments/{enrollmentId}/changes/{changeId}/deployment-schedule",
        "deployment-schedule.v1",
        "",
    ),
    (
        "put-change-deployment-schedule",
        "PUT",
        "/enrollments/{enrollmentId}/changes/{changeId}/deployment-schedule",
        "change-id.v1",
        "deployment-schedule.v1",
    ),
    (
        "get-enrollment-change",
        "GET",
        "/enrollments/{enrollmentId}/changes/{changeId}",
        "change.v2",
        "",
    ),
    (
        "delete-enrollment-change",
        "DELETE",
        "/enrollments/{enrollmentId}/changes/{changeId}",
        "change-id.v1",
        "",
    ),
    (
        "get-change-allowed-input-param",
        "GET",
        "/enrollments/{enrollmentId}/changes/{changeId}/input/info/{allowedInputTypeParam}",
        "*",
        "",
    ),
    (
        "post-change-allowed-input-param",
        "POST",
        "/enrollments/{enrollmentId}/changes/{changeId}/input/update/{allowedInputTypeParam}",
        "change-id.v1",
        "*",
    ),
    (
        "get-active-certificates",
        "GET",
        "/active-certificates",
        "active-certificates.v2",
        "",
    ),
];

fn short(m: Option<Media>, versions: &MediaVersions) -> String {
    match m {
        None => String::new(),
        Some(Media::ByInputType) => "*".into(),
        Some(Media::Fixed(e)) => {
            let full = versions.media_type(e);
            full.trim_start_matches("application/vnd.akamai.cps.")
                .trim_end_matches("+json")
                .to_string()
        }
    }
}

#[test]
fn the_operation_table_is_the_reference_list() {
    let v = MediaVersions::default();
    for (op, want) in Operation::ALL.iter().zip(REFERENCE) {
        let s = op.spec();
        let got = (
            s.id,
            s.method,
            s.path,
            short(Some(s.accept), &v),
            short(s.content_type, &v),
        );
        assert_eq!(
            got,
            (
                want.0,
                want.1,
                want.2,
                want.3.to_string(),
                want.4.to_string()
            )
        );
    }
    let q = |o: Operation| o.spec().query;
    assert_eq!(q(Operation::ListEnrollments), ["contractId"]);
    assert!(q(Operation::CreateEnrollment).contains(&"allow-duplicate-cn"));
    assert_eq!(q(Operation::UpdateEnrollment).len(), 7);
    assert_eq!(
        q(Operation::RemoveEnrollment),
        [
            "allow-cancel-pending-changes",
            "deploy-not-after",
            "deploy-not-before"
        ]
    );
    assert_eq!(q(Operation::GetChangeHistory), ["includeAll"]);
}

#[test]
fn input_types_map_their_segments_to_media_types() {
    let reference = [
        (
            "third-party-csr",
            "csr.v2",
            "third-party-cert-and-trust-chain",
            "certificate-and-trust-chain.v2",
        ),
        (
            "lets-encrypt-challenges",
            "dv-challenges.v2",
            "lets-encrypt-challenges-completed",
            "acknowledgement.v1",
        ),
        (
            "pre-verification-warnings",
            "warnings.v1",
            "pre-verification-warnings-ack",
            "acknowledgement.v1",
        ),
        (
            "post-verification-warnings",
            "warnings.v1",
            "post-verification-warnings-ack",
            "acknowledgement.v1",
        ),
        (
            "change-management-info",
            "change-management-info.v6",
            "change-management-ack",
            "acknowledgement-with-hash.v1",
        ),
    ];
    let v = MediaVersions::default();
    for (info, accept, update, ct) in reference {
        assert_eq!(
            short(Some(Media::Fixed(info_entities(info)[0])), &v),
            accept
        );
        assert_eq!(
            short(Some(Media::Fixed(update_entities(update)[0])), &v),
            ct
        );
        assert_eq!(input_type(info).unwrap().update, update);
    }
    assert_eq!(
        info_entities("change-management-info")[1],
        Entity::Deployment
    );
    assert_eq!(
        update_entities("change-management-ack")[1],
        Entity::Acknowledgement
    );
    assert!(info_entities("something-new").is_empty());
    assert_eq!(
        input_type("third-party-certificate").unwrap().info,
        "third-party-csr"
    );
}

#[test]
fn entities_round_trip_and_send_a_version_the_spec_lists() {
    assert_eq!(Entity::all().count(), 19);
    for e in Entity::all() {
        assert_eq!(Entity::from_name(e.name()), Some(e));
        assert!(e.spec_versions().contains(&e.newest()), "{e}");
        assert_eq!(parse_media_type(&media_type(e, 3)), Some((e, 3)));
    }
    assert_eq!(
        parse_media_type("Application/VND.akamai.cps.enrollment.v11+json; charset=utf-8"),
        Some((Entity::Enrollment, 11))
    );
    for bad in [
        "application/json",
        "application/vnd.akamai.cps.nope.v1+json",
        "application/vnd.akamai.cps.csr.vx+json",
        "application/vnd.akamai.cps.csr.v+json",
        "application/vnd.akamai.cps.csr+json",
    ] {
        assert_eq!(parse_media_type(bad), None, "{bad}");
    }
}

#[test]
fn versions_are_overridden_per_entity() {
    let v: MediaVersions = "enrollment=v11, change=2,,".parse().unwrap();
    assert_eq!(v.version(Entity::Enrollment), 11);
    assert_eq!(v.version(Entity::Change), 2);
    assert_eq!(v.version(Entity::Deployment), 8);
    assert_eq!(
        v.media_type(Entity::Enrollment),
        "application/vnd.akamai.cps.enrollment.v11+json"
    );
    assert_eq!(v.overrides().count(), 2);
    assert_eq!(
        "".parse::<MediaVersions>().unwrap(),
        MediaVersions::default()
    );
    let err = "enrolment=v11".parse::<MediaVersions>().unwrap_err();
    assert!(
        err.contains("\"enrolment\"") && err.contains("enrollment, enrollments"),
        "{err}"
    );
    for bad in [
        "enrollment",
        "enrollment=v0",
        "enrollment=vx",
        "enrollment=v-1",
        "csr=v99999999999",
    ] {
        assert!(bad.parse::<MediaVersions>().is_err(), "{bad}");
    }
}
