//! The Enrollment object (`enrollment.v11`/`v12`): the typed view of what the API answers,
//! the fields it owns ([`READ_ONLY`], taken out by [`strip_read_only`] before a GET is sent
//! back as a PUT), and what an update changes ([`classify_update`]: a new certificate, a
//! new deployment, or neither), and the two ways a body is prepared for sending
//! ([`complete_for_v12`], [`take_mutual_authentication`]).
//!
//! Quirks kept: `id` is a string in the OpenAPI schema and a number in edgegrid-golang and
//! active certificates, and `orgId` is an integer whose bundled example is a string: both
//! are kept as JSON and read with [`Enrollment::enrollment_id`] / [`Enrollment::org_id`].
//! `pendingChanges[]` entries are objects in v12 and bare links in older examples: both read.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::{
    cps_view, link_id, CertificateType, Geography, OcspStapling, SecureNetwork, SignatureAlgorithm,
};

open_enum! {
    /// `ra`: who issues the certificate (`symantec` is the OV/EV CA, DigiCert today).
    pub enum Ra {
        Symantec = "symantec",
        LetsEncrypt = "lets-encrypt",
        ThirdParty = "third-party",
    }
}

open_enum! {
    /// `validationType`.
    pub enum ValidationType {
        Dv = "dv",
        Ov = "ov",
        Ev = "ev",
        ThirdParty = "third-party",
    }
}

open_enum! {
    /// `certificateChainType`.
    pub enum CertificateChainType {
        Default = "default",
        Symantec1kRoot = "symantec1kroot",
    }
}

open_enum! {
    /// `pendingChanges[].changeType`.
    pub enum ChangeType {
        NewCertificate = "new-certificate",
        ModifyCertificate = "modify-certificate",
        ModifySan = "modify-san",
        Renewal = "renewal",
    }
}

open_enum! {
    /// An entry of `disallowedTlsVersions`, as Akamai's examples spell them.
    pub enum TlsVersion {
        Tls1 = "TLSv1",
        Tls1_1 = "TLSv1_1",
        Tls1_2 = "TLSv1_2",
        Tls1_3 = "TLSv1_3",
    }
}

cps_view! {
    /// `csr`: the subject and names of the certificate.
    pub struct Csr {
        cn: String,
        sans: Vec<String>,
        c: String,
        st: String,
        l: String,
        o: String,
        ou: String,
        preferred_trust_chain: String,
    }
}

cps_view! {
    /// `networkConfiguration.dnsNameSettings`.
    pub struct DnsNameSettings {
        clone_dns_names: bool,
        dns_names: Vec<String>,
    }
}

cps_view! {
    /// `clientMutualAuthentication.authenticationOptions.ocsp`.
    pub struct OcspOption {
        enabled: bool,
    }
}

cps_view! {
    /// `clientMutualAuthentication.authenticationOptions`.
    pub struct AuthenticationOptions {
        send_ca_list_to_client: bool,
        ocsp: OcspOption,
    }
}

cps_view! {
    /// `networkConfiguration.clientMutualAuthentication`: mTLS toward the edge, checked
    /// against an Edge Truststore CA set (`setId`).
    pub struct ClientMutualAuthentication {
        set_id: String,
        authentication_options: AuthenticationOptions,
    }
}

cps_view! {
    /// `networkConfiguration`.
    pub struct NetworkConfiguration {
        geography: Geography,
        secure_network: SecureNetwork,
        sni_only: bool,
        /// Deprecated in v12 (legacy gQUIC, no effect) and still required.
        quic_enabled: bool,
        must_have_ciphers: String,
        preferred_ciphers: String,
        disallowed_tls_versions: Vec<TlsVersion>,
        ocsp_stapling: OcspStapling,
        dns_name_settings: DnsNameSettings,
        /// v12 only.
        fips_mode: bool,
        client_mutual_authentication: ClientMutualAuthentication,
    }
}

cps_view! {
    /// `adminContact` (the customer's) or `techContact` (an Akamai one).
    pub struct Contact {
        first_name: String,
        last_name: String,
        title: String,
        organization_name: String,
        email: String,
        phone: String,
        address_line_one: String,
        address_line_two: String,
        city: String,
        region: String,
        postal_code: String,
        country: String,
    }
}

cps_view! {
    /// `org`.
    pub struct Org {
        name: String,
        phone: String,
        address_line_one: String,
        address_line_two: String,
        city: String,
        region: String,
        postal_code: String,
        country: String,
    }
}

cps_view! {
    /// `thirdParty`: third-party enrollments only.
    pub struct ThirdParty {
        /// True: the SANs are left out of the CSR.
        exclude_sans: bool,
    }
}

/// An entry of `pendingChanges`: the change's link and, from v12, its type.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingChange {
    pub location: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_type: Option<ChangeType>,
}

impl PendingChange {
    /// The change's id (the link's trailing integer).
    pub fn change_id(&self) -> Option<i64> {
        link_id(&self.location)
    }
}

impl<'de> Deserialize<'de> for PendingChange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        let (location, change_type) = match &value {
            Value::String(s) => (Some(s.clone()), None),
            Value::Object(o) => (
                o.get("location")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                o.get("changeType")
                    .and_then(|t| ChangeType::deserialize(t.clone()).ok()),
            ),
            _ => (None, None),
        };
        match location {
            Some(location) => Ok(PendingChange {
                location,
                change_type,
            }),
            None => Err(serde::de::Error::custom("a pending change has a location")),
        }
    }
}

cps_view! {
    /// An enrollment, as `GET /enrollments/{id}` answers it and as `enrollments[]` lists it.
    pub struct Enrollment {
        id: Value,
        location: String,
        ra: Ra,
        validation_type: ValidationType,
        certificate_type: CertificateType,
        certificate_chain_type: CertificateChainType,
        signature_algorithm: SignatureAlgorithm,
        change_management: bool,
        enable_multi_stacked_certificates: bool,
        csr: Csr,
        network_configuration: NetworkConfiguration,
        org: Org,
        org_id: Value,
        admin_contact: Contact,
        tech_contact: Contact,
        third_party: ThirdParty,
        pending_changes: Vec<PendingChange>,
        auto_renewal_start_time: String,
        max_allowed_san_names: i64,
        max_allowed_wildcard_san_names: i64,
        assigned_slots: Vec<i64>,
        production_slots: Vec<i64>,
        staging_slots: Vec<i64>,
    }
}

/// A number, or a string of digits, as an i64.
fn number_or_digits(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse().ok()
        }
        _ => None,
    }
}

impl Enrollment {
    /// The enrollment's id: `id` (number or digits) or else the trailing integer of
    /// `location`.
    pub fn enrollment_id(&self) -> Option<i64> {
        self.id
            .as_ref()
            .and_then(number_or_digits)
            .or_else(|| self.location.as_deref().and_then(link_id))
    }

    /// `orgId`, a number or a string of digits.
    pub fn org_id(&self) -> Option<i64> {
        self.org_id.as_ref().and_then(number_or_digits)
    }

    /// The change to work on: the **last** pending change, since Akamai's CPS OpenAPI
    /// (enrollment.v12) says the last is the most recent (edgegrid-golang and the Terraform
    /// provider take the first; a caller can log when there is more than one).
    pub fn current_change(&self) -> Option<&PendingChange> {
        self.pending_changes.as_ref()?.last()
    }

    /// The CN and the SANs, each once (case-insensitive), CN first.
    pub fn names(&self) -> Vec<String> {
        let Some(csr) = &self.csr else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for n in csr.cn.iter().chain(csr.sans.iter().flatten()) {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(n)) {
                out.push(n.clone());
            }
        }
        out
    }
}

/// The fields the API owns: answered, never taken. Akamai's CPS OpenAPI marks them as
/// response data (`id`, `location`, `pendingChanges`, the slot lists, the SAN maxima);
/// `slots` is a stray key of its `enrollments.v11` example. Under the schema's
/// `additionalProperties: false` it is not documented whether a PUT accepts them back
/// (edgegrid-golang sends a separate request type without them), so they are stripped.
/// `autoRenewalStartTime` is kept: it is part of the request schema.
pub const READ_ONLY: &[&str] = &[
    "id",
    "location",
    "pendingChanges",
    "maxAllowedSanNames",
    "maxAllowedWildcardSanNames",
    "assignedSlots",
    "productionSlots",
    "stagingSlots",
    "slots",
];

/// Removes the read-only fields ([`READ_ONLY`]) from an enrollment read by GET, so it can
/// be sent back by PUT; says which were there. Anything but an object is left alone.
pub fn strip_read_only(enrollment: &mut Value) -> Vec<&'static str> {
    let Some(map) = enrollment.as_object_mut() else {
        return Vec::new();
    };
    READ_ONLY
        .iter()
        .copied()
        .filter(|k| map.remove(*k).is_some())
        .collect()
}

/// Gives every contact and org field a key, null where it has none: the v12 schema lists
/// them all as required but nullable (v11 required none), and whether the API refuses a
/// missing key is not documented, so moks sends them all. Objects only; null contacts
/// (allowed with `orgId`) stay null.
pub fn complete_for_v12(enrollment: &mut Value) {
    use super::rules::{CONTACT_FIELDS, ORG_FIELDS};
    for (key, fields) in [
        ("adminContact", CONTACT_FIELDS),
        ("techContact", CONTACT_FIELDS),
        ("org", ORG_FIELDS),
    ] {
        if let Some(obj) = enrollment.get_mut(key).and_then(Value::as_object_mut) {
            for field in fields {
                obj.entry(*field).or_insert(Value::Null);
            }
        }
    }
}

/// Takes `networkConfiguration.clientMutualAuthentication` out of an enrollment to create,
/// and gives it back to be set by an update right after: the Terraform provider does so,
/// as a create request must not carry it.
pub fn take_mutual_authentication(enrollment: &mut Value) -> Option<Value> {
    enrollment
        .get_mut("networkConfiguration")?
        .as_object_mut()?
        .remove("clientMutualAuthentication")
        .filter(|v| !v.is_null())
}

/// What an update does, judged from the enrollment before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateKind {
    /// The certificate's contents change (CN, SANs, subject, type, CA, key stacking): the
    /// API answers 202 and a change makes and deploys a new certificate. The pointers of
    /// what changed.
    NewCertificate(Vec<String>),
    /// Only the network configuration changes: a change deploys the same certificate again
    /// (202).
    Redeploy(Vec<String>),
    /// Anything else (contacts, organization, change management): applied at once (200).
    InPlace,
}

/// The fields whose change makes a new certificate: the CSR's, and those that choose the
/// CA, the validation, the certificate's shape and signature.
const CERTIFICATE_FIELDS: &[&str] = &[
    "ra",
    "validationType",
    "certificateType",
    "signatureAlgorithm",
    "certificateChainType",
    "enableMultiStackedCertificates",
    "thirdParty",
];
const CSR_FIELDS: &[&str] = &["cn", "c", "st", "l", "o", "ou", "preferredTrustChain"];

/// Whether an update needs a new certificate, a new deployment, or neither. SANs are
/// compared as sets, ignoring ASCII case and order (the API reorders them); null and
/// absent are the same.
pub fn classify_update(old: &Value, new: &Value) -> UpdateKind {
    let field = |v: &Value, path: &str| v.pointer(path).filter(|x| !x.is_null()).cloned();
    let mut cert: Vec<String> = CERTIFICATE_FIELDS
        .iter()
        .map(|f| format!("/{f}"))
        .chain(CSR_FIELDS.iter().map(|f| format!("/csr/{f}")))
        .filter(|p| field(old, p) != field(new, p))
        .collect();
    if san_set(old) != san_set(new) {
        cert.push("/csr/sans".into());
    }
    if !cert.is_empty() {
        return UpdateKind::NewCertificate(cert);
    }
    let empty = Map::new();
    let net = |v: &Value| {
        v.get("networkConfiguration")
            .and_then(Value::as_object)
            .unwrap_or(&empty)
            .iter()
            .filter(|(_, x)| !x.is_null())
            .map(|(k, x)| (k.clone(), x.clone()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let (a, b) = (net(old), net(new));
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let changed: Vec<String> = keys
        .into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| format!("/networkConfiguration/{k}"))
        .collect();
    if changed.is_empty() {
        UpdateKind::InPlace
    } else {
        UpdateKind::Redeploy(changed)
    }
}

fn san_set(v: &Value) -> std::collections::BTreeSet<String> {
    v.pointer("/csr/sans")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_ascii_lowercase)
        .collect()
}
