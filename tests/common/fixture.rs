//! Fixed credentials, API bodies and certificates the tests share.
//!
//! The bodies follow the MOKS reference examples and add what the server may send in future
//! (unknown fields, unknown enum values), which `--json` must keep and tables must show.

use serde_json::{json, Value};

use super::edgegrid::Creds;

pub const CLIENT_TOKEN: &str = "akab-clienttokenmokstest-0001aaaa";
pub const ACCESS_TOKEN: &str = "akab-accesstokenmokstest-0002bbbb";
/// Must never appear in any output.
pub const CLIENT_SECRET: &str = "S3cr3t+MoksTestSecretNeverPrinted/0123456789=";

pub fn creds() -> Creds {
    Creds {
        client_token: CLIENT_TOKEN.into(),
        client_secret: CLIENT_SECRET.into(),
        access_token: ACCESS_TOKEN.into(),
        max_body: 131072,
    }
}

/// An .edgerc `[default]` section for `host`, plus `extra` lines.
pub fn edgerc(host: &str, extra: &str) -> String {
    format!(
        "[default]\nhost = {host}\nclient_token = {CLIENT_TOKEN}\nclient_secret = {CLIENT_SECRET}\naccess_token = {ACCESS_TOKEN}\n{extra}"
    )
}

/// `new-client-cert` with every required flag: name `n`, contract `C-1`, group `1`,
/// `STANDARD_TLS`, `AKAMAI`, `ops@example.com`. `changes` are `FLAG VALUE` pairs: a flag
/// already there gets the new value, another is added.
pub fn new_client_cert(changes: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "new-client-cert",
        "--name",
        "n",
        "--contract-id",
        "C-1",
        "--group-id",
        "1",
        "--secure-network",
        "STANDARD_TLS",
        "--signer",
        "AKAMAI",
        "--notification-emails",
        "ops@example.com",
    ]
    .map(String::from)
    .to_vec();
    assert!(
        changes.len().is_multiple_of(2),
        "FLAG VALUE pairs: {changes:?}"
    );
    for pair in changes.chunks(2) {
        match args.iter().position(|a| a == pair[0]) {
            Some(i) => args[i + 1] = pair[1].to_string(),
            None => args.extend(pair.iter().map(|s| s.to_string())),
        }
    }
    args
}

/// Borrowed arguments, for [`super::Moks::run`].
pub fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

pub const BASE: &str = "/mtls-origin-keystore/v1";

pub fn path(p: &str) -> String {
    format!("{BASE}{p}")
}

pub fn ca_cert_list() -> Value {
    json!({"certificates": [
        {"id": 3, "version": 3, "accountId": "A-CCT1234",
         "subject": "/C=US/O=Akamai Technologies, Inc./OU=Akamai CDN mTLS/CN=12345 Account CA G1/",
         "commonName": "12345 Account CA G1", "keyAlgorithm": "RSA", "keySizeInBytes": 4096,
         "qualificationDate": "2025-03-25T15:46:06Z", "signatureAlgorithm": "SHA256_WITH_RSA",
         "certificate": "-----BEGIN CERTIFICATE-----\nCERTIFICATE CONTENT\n-----END CERTIFICATE-----\n",
         "status": "CURRENT", "issuedDate": "2025-03-24T15:46:06Z", "expiryDate": "2030-03-24T15:46:06Z",
         "createdBy": "Test User", "createdDate": "2025-03-24T15:43:50Z"},
        {"zFutureFirst": {"nested": [1, 2]}, "id": 4, "version": 1, "commonName": "12345 Account CA G2",
         "status": "SUNSETTING", "keyAlgorithm": "ECDSA", "keySizeInBytes": 384,
         "issuedDate": "2026-01-01T00:00:00Z", "expiryDate": "2031-01-01T00:00:00Z",
         "futureField": "kept"}
    ]})
}

pub fn client_cert(id: i64, name: &str) -> Value {
    json!({"certificateId": id, "certificateName": name, "createdBy": "jsmith",
        "createdDate": "2023-01-01T00:00:00Z", "geography": "CORE", "keyAlgorithm": "RSA",
        "notificationEmails": ["jsmith@example.com", "jkowalski@example.com"],
        "secureNetwork": "STANDARD_TLS", "signer": "AKAMAI",
        "subject": format!("/C=US/O=Akamai Technologies, Inc./OU=123 C-0N7RAC7 12345/CN={name}/")})
}

pub fn client_cert_list() -> Value {
    json!({"certificates": [
        client_cert(1234, "origin-alpha"),
        {"certificateId": 1235, "certificateName": "Origin-Beta", "createdBy": "jsmith",
         "createdDate": "2024-02-02T10:00:00Z", "geography": "MARS_AND_CORE", "keyAlgorithm": "ECDSA",
         "notificationEmails": ["a@example.com"], "secureNetwork": "QUANTUM_TLS",
         "signer": "THIRD_PARTY", "subject": "/CN=Origin-Beta/", "rotationPolicy": {"auto": true}},
        client_cert(1236, "origin-gamma")
    ]})
}

pub fn created_third_party() -> Value {
    json!({"certificateId": 5678, "certificateName": "tp-cert", "createdBy": "jsmith",
        "createdDate": "2025-05-01T00:00:00Z", "geography": "CHINA_AND_CORE", "keyAlgorithm": "RSA",
        "notificationEmails": ["ops@example.com"], "secureNetwork": "ENHANCED_TLS",
        "signer": "THIRD_PARTY", "subject": "/C=US/O=Example/CN=tp-cert/", "futureField": 7})
}

/// Versions as the API lists them: aliased duplicates (CURRENT of 3, PREVIOUS of 2), a
/// DELETE_PENDING 1, an unknown status, an unknown field.
/// A version list shaped like a THIRD_PARTY one: separate CURRENT/PREVIOUS alias records
/// with their own GUIDs, a DELETE_PENDING and an unknown status.
pub fn version_list() -> Value {
    json!({"versions": [
        {"version": 3, "versionAlias": "CURRENT", "versionGuid": "alias-current-guid", "status": "DEPLOYED",
         "issuedDate": "2025-03-01T00:00:00Z", "expiryDate": "2025-06-01T00:00:00Z",
         "issuer": "12345 Account CA G1", "keyAlgorithm": "RSA",
         "createdBy": "jsmith", "createdDate": "2025-03-01T00:00:00Z",
         "certificateBlock": {"certificate": "-----BEGIN CERTIFICATE-----\nAAAA\nBBBB\n-----END CERTIFICATE-----\n",
                              "keyAlgorithm": "RSA", "trustChain": "-----BEGIN CERTIFICATE-----\nCCCC\nDDDD\n-----END CERTIFICATE-----\n"},
         "properties": [{"assetId": 113, "groupId": 222, "propertyName": "via-alias", "propertyVersion": 1}]},
        {"version": 3, "versionAlias": null, "versionGuid": "guid-3", "status": "DEPLOYED",
         "issuedDate": "2025-03-01T00:00:00Z", "expiryDate": "2025-06-01T00:00:00Z",
         "issuer": "12345 Account CA G1", "keyAlgorithm": "RSA",
         "createdBy": "jsmith", "createdDate": "2025-03-01T00:00:00Z",
         "certificateBlock": {"certificate": "-----BEGIN CERTIFICATE-----\nAAAA\nBBBB\n-----END CERTIFICATE-----\n",
                              "keyAlgorithm": "RSA", "trustChain": "-----BEGIN CERTIFICATE-----\nCCCC\nDDDD\n-----END CERTIFICATE-----\n"},
         "validation": {"errors": [], "warnings": []},
         "properties": [{"assetId": 111, "groupId": 222, "propertyName": "www", "propertyVersion": 3},
                        {"assetId": 112, "groupId": 222, "propertyName": "api", "propertyVersion": 9}]},
        {"version": 2, "versionAlias": "PREVIOUS", "versionGuid": "alias-previous-guid", "status": "DEPLOYED",
         "issuedDate": "2025-01-01T00:00:00Z", "expiryDate": "2025-04-01T00:00:00Z",
         "issuer": "12345 Account CA G1", "keyAlgorithm": "RSA"},
        {"version": 2, "versionGuid": "guid-2", "status": "DEPLOYED",
         "issuedDate": "2025-01-01T00:00:00Z", "expiryDate": "2025-04-01T00:00:00Z",
         "issuer": "12345 Account CA G1", "keyAlgorithm": "RSA"},
        {"version": 1, "versionGuid": "guid-1", "status": "DELETE_PENDING",
         "issuedDate": "2024-10-01T00:00:00Z", "expiryDate": "2025-01-01T00:00:00Z",
         "issuer": "12345 Account CA G1", "keyAlgorithm": "RSA",
         "scheduledDeleteDate": "2025-01-02T00:00:00Z"},
        {"version": 4, "versionGuid": "guid-4", "status": "QUARANTINED", "keyAlgorithm": "RSA",
         "futureVersionField": {"x": 1}}
    ]})
}

/// Two deployed versions and nothing else: version 2 may be deleted without `--force`, and
/// rotating an Akamai-signed certificate drops version 1.
pub fn two_deployed_versions() -> Value {
    json!({"versions": [
        {"version": 2, "versionGuid": "g2", "status": "DEPLOYED", "keyAlgorithm": "RSA"},
        {"version": 1, "versionGuid": "g1", "status": "DEPLOYED", "keyAlgorithm": "RSA"}
    ]})
}

/// A THIRD_PARTY version list: 2 awaiting, 1 deployed.
pub fn third_party_versions() -> Value {
    json!({"versions": [
        {"version": 1, "versionGuid": "g1", "status": "DEPLOYED", "keyAlgorithm": "RSA"},
        {"version": 2, "versionGuid": "g2", "status": "AWAITING_SIGNED_CERTIFICATE", "keyAlgorithm": "RSA",
         "csrBlock": {"csr": "-----BEGIN CERTIFICATE REQUEST-----\nQQQQ\nRRRR\n-----END CERTIFICATE REQUEST-----\n", "keyAlgorithm": "RSA"}}
    ]})
}

pub fn rotated_third_party() -> Value {
    json!({"version": 2, "versionGuid": "g2", "status": "AWAITING_SIGNED_CERTIFICATE",
        "createdBy": "jsmith", "createdDate": "2025-05-02T00:00:00Z", "keyAlgorithm": "RSA",
        "csrBlock": {"csr": "-----BEGIN CERTIFICATE REQUEST-----\nQQQQ\nRRRR\nSSSS\n-----END CERTIFICATE REQUEST-----\n", "keyAlgorithm": "RSA"},
        "futureField": true})
}

pub fn rotated_akamai() -> Value {
    json!({"certificateBlock": {"certificate": "-----BEGIN CERTIFICATE-----\nAAAA\nBBBB\n-----END CERTIFICATE-----", "keyAlgorithm": "RSA",
                     "trustChain": "-----BEGIN CERTIFICATE-----\nCCCC\nDDDD\n-----END CERTIFICATE-----"},
        "createdBy": "jperez", "createdDate": "2024-05-21T04:35:20Z", "expiryDate": "2024-08-21T04:35:21Z",
        "issuedDate": "2024-05-21T04:35:21Z", "issuer": "1360 Account CA G366", "keyAlgorithm": "RSA",
        "keySizeInBytes": "2048", "signatureAlgorithm": "SHA256_WITH_RSA", "status": "DEPLOYMENT_PENDING",
        "subject": "/C=US/O=Akamai Technologies/OU=KMI/CN=x/", "validation": {"errors": [], "warnings": []},
        "version": 4, "versionGuid": "13d16e57-22fa-4475-af0a-b2b745115128"})
}

/// A self-signed certificate: (PEM, DER, private key PEM).
pub fn certificate(cn: &str) -> (String, Vec<u8>, String) {
    let ck = rcgen::generate_simple_self_signed(vec![cn.to_string()]).unwrap();
    (
        ck.cert.pem(),
        ck.cert.der().to_vec(),
        ck.signing_key.serialize_pem(),
    )
}

pub fn not_found_404() -> Value {
    json!({"detail": "The requested resource could not be found on the server.", "field": "certificateId",
        "instance": "32be8a77-cc41-495e-94d8-cb536afea149", "problemId": "32be8a77-cc41-495e-94d8-cb536afea149",
        "status": 404, "title": "Resource Not Found", "type": "resource-not-found", "value": "180131"})
}

pub fn bad_request_400() -> Value {
    json!({"detail": "Bad Request",
        "errors": [{"detail": "Certificate is either invalid or cannot not be accepted.", "field": "certificate",
                    "problemId": "f1658521-6e7d-4051-89e6-5dce765029af", "title": "Invalid Input", "type": "error-types/invalid"},
                   {"detail": "Certificate with same name already exists.", "field": "certificateName",
                    "title": "Invalid Input", "type": "error-types/invalid"}],
        "instance": "7cc378a1-ba9e-41a6-8255-27ee0a5a3897", "problemId": "7cc378a1-ba9e-41a6-8255-27ee0a5a3897",
        "status": 400, "title": "Bad Request", "type": "bad-request"})
}

pub fn conflict_409() -> Value {
    json!({"type": "conflict", "title": "Conflict", "status": 409,
        "detail": "Another operation is in progress on this certificate.",
        "problemId": "0a0a0a0a-1111-2222-3333-444444444444"})
}

pub fn rate_limited_429() -> Value {
    json!({"detail": "Too many overall requests to the service. This is unrelated to your client's rate limit. Please try after 2024-07-22T06:23:37.255Z",
        "httpStatus": "429 TOO_MANY_REQUESTS", "title": "Global Service Rate Limit Exceeded",
        "type": "global-rate-limit-exceeded"})
}
