//! The local check of an enrollment document (a JSON value, as read from a JSON or YAML
//! file) against the rules of Akamai's CPS OpenAPI (schemas enrollment.v11 and v12) and
//! those the official clients add, run before anything is sent. [`check_enrollment`]
//! returns every problem at once, one [`Finding`] each, in the document's order of
//! sections: top level, `csr`, `networkConfiguration`, contacts and `org`, `thirdParty`.
//!
//! Decisions, where the sources leave it open:
//! - unknown fields are refused (every object of the schema is closed); the read-only
//!   fields an answer carries ([`super::enrollment::READ_ONLY`]) are accepted unchecked,
//!   since they are stripped before sending;
//! - the `ra`/`validationType`/`certificateType` combinations are the Terraform provider's
//!   (dv: lets-encrypt + san; third-party: all three third-party) and, for ov/ev, the
//!   schema's description (symantec + san, single, wildcard or wildcard-san);
//! - contacts and `org` are required unless `orgId` is given (the schema allows null with
//!   `orgId`; edgegrid-golang and the Terraform provider require them otherwise), with the
//!   fields the Terraform provider requires (first and last name, e-mail, phone; the org's
//!   name, phone, address line one, city, region, postal code and country);
//! - the CN must be among the SANs when SANs are listed (the Terraform provider always
//!   sends it there, and every current example of Akamai's lists it);
//! - `preferredTrustChain` is not checked: Akamai's v11 and v12 descriptions and
//!   edgegrid-golang disagree on when it may be set.

use serde_json::Value;

pub use super::check::Finding;
use super::check::{kind, shown, Check, Obj};
use super::enrollment::{Ra, TlsVersion, ValidationType, READ_ONLY};
use super::{CertificateType, Geography, OcspStapling, SecureNetwork};
use crate::moks::rules::email;

/// Limits that depend on the account or the media type version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// SANs per certificate: the enrollment's `maxAllowedSanNames` (100 in Akamai's
    /// examples, and Let's Encrypt's own limit).
    pub max_san_names: usize,
    /// Wildcard SANs: `maxAllowedWildcardSanNames`.
    pub max_wildcard_san_names: usize,
    /// The enrollment media type version that will be sent (`fipsMode` needs 12).
    pub enrollment_version: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_san_names: 100,
            max_wildcard_san_names: 100,
            enrollment_version: super::media::Entity::Enrollment.newest(),
        }
    }
}

impl Limits {
    /// The limits an enrollment read from the API states (its `maxAllowed*` fields), the
    /// defaults for what it leaves out; for the check of an update.
    pub fn of(enrollment: &super::Enrollment) -> Limits {
        let d = Limits::default();
        let max = |v: Option<i64>, default: usize| {
            v.and_then(|n| usize::try_from(n).ok()).unwrap_or(default)
        };
        Limits {
            max_san_names: max(enrollment.max_allowed_san_names, d.max_san_names),
            max_wildcard_san_names: max(
                enrollment.max_allowed_wildcard_san_names,
                d.max_wildcard_san_names,
            ),
            ..d
        }
    }
}

const TOP_FIELDS: &[&str] = &[
    "ra",
    "validationType",
    "certificateType",
    "certificateChainType",
    "signatureAlgorithm",
    "changeManagement",
    "enableMultiStackedCertificates",
    "csr",
    "networkConfiguration",
    "org",
    "orgId",
    "adminContact",
    "techContact",
    "thirdParty",
    "autoRenewalStartTime",
];
const CSR_FIELDS: &[&str] = &[
    "cn",
    "sans",
    "c",
    "st",
    "l",
    "o",
    "ou",
    "preferredTrustChain",
];
const NETWORK_FIELDS: &[&str] = &[
    "geography",
    "secureNetwork",
    "sniOnly",
    "quicEnabled",
    "mustHaveCiphers",
    "preferredCiphers",
    "disallowedTlsVersions",
    "ocspStapling",
    "dnsNameSettings",
    "fipsMode",
    "clientMutualAuthentication",
];
/// A contact's fields (Akamai's CPS OpenAPI, enrollment.v12).
pub(super) const CONTACT_FIELDS: &[&str] = &[
    "firstName",
    "lastName",
    "title",
    "organizationName",
    "email",
    "phone",
    "addressLineOne",
    "addressLineTwo",
    "city",
    "region",
    "postalCode",
    "country",
];
const CONTACT_REQUIRED: &[&str] = &["firstName", "lastName", "email", "phone"];
/// The organization's fields.
pub(super) const ORG_FIELDS: &[&str] = &[
    "name",
    "phone",
    "addressLineOne",
    "addressLineTwo",
    "city",
    "region",
    "postalCode",
    "country",
];
const ORG_REQUIRED: &[&str] = &[
    "name",
    "phone",
    "addressLineOne",
    "city",
    "region",
    "postalCode",
    "country",
];

/// Every problem of an enrollment document; empty when it passes.
pub fn check_enrollment(doc: &Value, limits: &Limits) -> Vec<Finding> {
    let mut c = Check::default();
    let Some(map) = doc.as_object() else {
        c.push(
            "",
            format!("an enrollment is a JSON object, not {}", kind(doc)),
        );
        return c.out;
    };
    let top = Obj { map, at: "" };
    let allowed: Vec<&str> = TOP_FIELDS.iter().chain(READ_ONLY).copied().collect();
    c.unknown_fields(top, &allowed, "an enrollment");
    let ra = c.known::<Ra>(top, "ra", true);
    let vt = c.known::<ValidationType>(top, "validationType", true);
    let ct = c.known::<CertificateType>(top, "certificateType", true);
    c.known::<super::enrollment::CertificateChainType>(top, "certificateChainType", false);
    c.known::<super::SignatureAlgorithm>(top, "signatureAlgorithm", false);
    c.boolean(top, "changeManagement", true);
    if top.get("enableMultiStackedCertificates").is_none() {
        // Required by the schema, yet left out of what the API answers for all but
        // third-party enrollments (Akamai's CPS OpenAPI, enrollment.v12): say so.
        c.push(
            "/enableMultiStackedCertificates",
            "is required: true for an RSA and an ECDSA certificate, else false \
             (the API leaves it out of its answers but for third-party enrollments)",
        );
    }
    c.boolean(top, "enableMultiStackedCertificates", false);
    c.text(top, "autoRenewalStartTime", false);
    combination(&mut c, top, ra, vt.clone(), ct.clone());
    let names = csr(&mut c, top, ct.as_ref(), limits);
    network(&mut c, top, &names, limits);
    let has_org_id = org_id(&mut c, top);
    for key in ["adminContact", "techContact"] {
        if let Some(m) = c.object(top, key, !has_org_id) {
            let at = top.ptr(key);
            contact(&mut c, Obj { map: m, at: &at });
        }
    }
    if let Some(m) = c.object(top, "org", !has_org_id) {
        let o = Obj { map: m, at: "/org" };
        c.unknown_fields(o, ORG_FIELDS, "org");
        strings_of(&mut c, o, ORG_FIELDS, ORG_REQUIRED);
    }
    third_party(&mut c, top, vt.as_ref());
    c.out
}

/// `orgId`: a whole number of 0 or more (Akamai's v11 example writes it as a string of
/// digits, which is taken too). Whether it is there.
fn org_id(c: &mut Check, top: Obj<'_>) -> bool {
    let Some(v) = top.get("orgId") else {
        return false;
    };
    let ok = v.as_u64().is_some()
        || v.as_str()
            .is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        c.push(
            "/orgId",
            format!(
                "expected a DigiCert organization id, a whole number, not {}",
                shown(v)
            ),
        );
    }
    true
}

/// The CA, validation and certificate type that go together.
fn combination(
    c: &mut Check,
    top: Obj<'_>,
    ra: Option<Ra>,
    vt: Option<ValidationType>,
    ct: Option<CertificateType>,
) {
    let (Some(vt), Some(ra), Some(ct)) = (vt, ra, ct) else {
        return;
    };
    use CertificateType as C;
    let (want_ra, types): (Ra, &[C]) = match vt {
        ValidationType::Dv => (Ra::LetsEncrypt, &[C::San]),
        ValidationType::ThirdParty => (Ra::ThirdParty, &[C::ThirdParty]),
        ValidationType::Ov => (
            Ra::Symantec,
            &[C::San, C::Single, C::Wildcard, C::WildcardSan],
        ),
        // EV certificates are never wildcards (the CA/Browser Forum's EV guidelines).
        ValidationType::Ev => (Ra::Symantec, &[C::San, C::Single]),
        ValidationType::Other(_) => return,
    };
    if ra != want_ra {
        c.push(
            top.ptr("ra"),
            format!(
                "a {vt} enrollment has ra {want_ra}, not {:?}",
                ra.to_string()
            ),
        );
    }
    if !types.contains(&ct) {
        let allowed: Vec<String> = types.iter().map(ToString::to_string).collect();
        c.push(
            top.ptr("certificateType"),
            format!(
                "{} enrollment has certificateType {}, not {:?}",
                article(&vt),
                allowed.join(" or "),
                ct.to_string()
            ),
        );
    }
}

/// `a dv`, `an ov`: the validation type with its article.
fn article(vt: &ValidationType) -> String {
    match vt {
        ValidationType::Ov | ValidationType::Ev => format!("an {vt}"),
        _ => format!("a {vt}"),
    }
}

/// `csr`; the names the certificate will carry (CN and SANs, lower-case).
fn csr(c: &mut Check, top: Obj<'_>, ct: Option<&CertificateType>, limits: &Limits) -> Vec<String> {
    let Some(m) = c.object(top, "csr", true) else {
        return Vec::new();
    };
    let o = Obj { map: m, at: "/csr" };
    c.unknown_fields(o, CSR_FIELDS, "csr");
    let cn = c.text(o, "cn", true);
    if let Some(cn) = cn {
        if let Err(why) = dns_name(cn) {
            c.push("/csr/cn", format!("{}: {why}", shown(&Value::from(cn))));
        } else if cn.len() > 64 {
            // X.509's upper bound for a common name; CAs refuse longer ones.
            c.push(
                "/csr/cn",
                format!(
                    "has {} characters, at most 64: put a longer name among the SANs only",
                    cn.len()
                ),
            );
        }
    }
    c.text_with(o, "c", false, |s| {
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(())
        } else {
            Err("expected a two-letter country code such as US".into())
        }
    });
    for key in ["st", "l", "o", "ou"] {
        c.text(o, key, false);
    }
    if let Some(v) = o.get("preferredTrustChain").filter(|v| !v.is_string()) {
        c.push(
            "/csr/preferredTrustChain",
            format!("expected a string, not {}", kind(v)),
        );
    }
    let sans = c.strings(o, "sans");
    let mut names: Vec<String> = cn.map(str::to_ascii_lowercase).into_iter().collect();
    let mut listed: Vec<String> = Vec::new();
    for (at, san) in &sans {
        let lower = san.to_ascii_lowercase();
        if let Err(why) = dns_name(san) {
            c.push(at.clone(), format!("{}: {why}", shown(&Value::from(*san))));
        } else if listed.contains(&lower) {
            c.push(at.clone(), format!("{san:?} is listed twice"));
        }
        listed.push(lower.clone());
        if !names.contains(&lower) {
            names.push(lower);
        }
    }
    san_rules(c, cn, &listed, ct, limits);
    names
}

/// The SAN list as a whole: the CN among it, its size, wildcards by certificate type.
fn san_rules(
    c: &mut Check,
    cn: Option<&str>,
    sans: &[String],
    ct: Option<&CertificateType>,
    limits: &Limits,
) {
    if let Some(cn) = cn {
        if !sans.is_empty() && !sans.contains(&cn.to_ascii_lowercase()) {
            c.push(
                "/csr/sans",
                format!("does not list the CN {cn:?}; the CN must be one of the SANs: add it"),
            );
        }
    }
    if sans.len() > limits.max_san_names {
        c.push(
            "/csr/sans",
            format!(
                "lists {} names; an enrollment has at most {} (maxAllowedSanNames)",
                sans.len(),
                limits.max_san_names
            ),
        );
    }
    let wildcards = sans.iter().filter(|s| s.starts_with("*.")).count();
    if wildcards > limits.max_wildcard_san_names {
        c.push(
            "/csr/sans",
            format!(
                "lists {wildcards} wildcard names; at most {} (maxAllowedWildcardSanNames)",
                limits.max_wildcard_san_names
            ),
        );
    }
    let any_wildcard = wildcards > 0 || cn.is_some_and(|n| n.starts_with("*."));
    match ct {
        Some(CertificateType::San | CertificateType::Single) if any_wildcard => c.push(
            "/certificateType",
            "a wildcard name needs certificateType wildcard, wildcard-san or third-party",
        ),
        Some(CertificateType::Wildcard) if !cn.is_some_and(|n| n.starts_with("*.")) => c.push(
            "/csr/cn",
            "a wildcard certificate's CN is a wildcard name such as *.example.com",
        ),
        Some(CertificateType::Single)
            if cn.is_some_and(|n| sans.iter().any(|s| !s.eq_ignore_ascii_case(n))) =>
        {
            c.push(
                "/csr/sans",
                "a single certificate carries the CN only; use certificateType san for more names",
            )
        }
        _ => {}
    }
}

/// A host name a certificate can carry: labels of letters, digits and hyphens (no hyphen
/// at either end), at least two, 253 characters at most, an optional leading `*.`.
pub fn dns_name(s: &str) -> Result<(), String> {
    let bare = s.strip_prefix("*.").unwrap_or(s);
    let labels: Vec<&str> = bare.split('.').collect();
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if s.len() > 253 || labels.len() < 2 || !labels.iter().all(label_ok) {
        return Err(if s.is_ascii() {
            "expected a host name such as www.example.com or *.example.com".into()
        } else {
            "write an internationalized name in its xn-- (punycode) form".into()
        });
    }
    Ok(())
}

/// `networkConfiguration`; `names` are the certificate's (for `dnsNames`).
fn network(c: &mut Check, top: Obj<'_>, names: &[String], limits: &Limits) {
    let Some(m) = c.object(top, "networkConfiguration", true) else {
        return;
    };
    let o = Obj {
        map: m,
        at: "/networkConfiguration",
    };
    c.unknown_fields(o, NETWORK_FIELDS, "networkConfiguration");
    c.known::<Geography>(o, "geography", true);
    c.known::<SecureNetwork>(o, "secureNetwork", true);
    c.boolean(o, "sniOnly", true);
    c.boolean(o, "quicEnabled", true);
    for key in ["mustHaveCiphers", "preferredCiphers"] {
        c.text_with(o, key, false, |s| match s.contains(char::is_whitespace) {
            true => Err("a cipher profile name such as ak-akamai-2020q1 has no spaces".into()),
            false => Ok(()),
        });
    }
    if let Some(Value::Bool(b)) = o.get("ocspStapling") {
        let word = if *b { "on" } else { "off" };
        c.push(
            o.ptr("ocspStapling"),
            format!(
                "is {b}, not a string: YAML reads an unquoted {word} as a boolean; \
                 write \"{word}\""
            ),
        );
    } else {
        c.known::<OcspStapling>(o, "ocspStapling", false);
    }
    let disallowed = tls_versions(c, o);
    fips_mode(c, o, &disallowed, limits);
    dns_name_settings(c, o, names);
    mutual_authentication(c, o);
}

/// `fipsMode` (v12): it needs TLS 1.2 or 1.3 allowed (Akamai's CPS OpenAPI, the PUT
/// enrollment description).
fn fips_mode(c: &mut Check, o: Obj<'_>, disallowed: &[TlsVersion], limits: &Limits) {
    if let Some(true) = c.boolean(o, "fipsMode", false) {
        if limits.enrollment_version < 12 {
            c.push(
                o.ptr("fipsMode"),
                format!(
                    "needs enrollment media type v12; v{} is sent",
                    limits.enrollment_version
                ),
            );
        }
        if disallowed.contains(&TlsVersion::Tls1_2) && disallowed.contains(&TlsVersion::Tls1_3) {
            c.push(
                o.ptr("fipsMode"),
                "needs TLSv1_2 or TLSv1_3 allowed: take one out of disallowedTlsVersions",
            );
        }
    }
}

/// `dnsNameSettings`: the names an SNI-only enrollment serves, each one of the
/// certificate's.
fn dns_name_settings(c: &mut Check, o: Obj<'_>, names: &[String]) {
    if let Some(d) = c.object(o, "dnsNameSettings", false) {
        let at = o.ptr("dnsNameSettings");
        let d = Obj { map: d, at: &at };
        c.unknown_fields(d, &["cloneDnsNames", "dnsNames"], "dnsNameSettings");
        c.boolean(d, "cloneDnsNames", true);
        for (at, name) in c.strings(d, "dnsNames") {
            if !names.is_empty() && !names.contains(&name.to_ascii_lowercase()) {
                c.push(
                    at,
                    format!("{name:?} is not a name of the certificate (its CN or a SAN)"),
                );
            }
        }
    }
}

/// `disallowedTlsVersions`: known versions, never all of them.
fn tls_versions(c: &mut Check, o: Obj<'_>) -> Vec<TlsVersion> {
    use crate::ApiEnum;
    let mut out = Vec::new();
    for (at, s) in c.strings(o, "disallowedTlsVersions") {
        match TlsVersion::from_api(s) {
            v @ TlsVersion::Other(_) => c.push(
                at,
                format!(
                    "{:?} is not a TLS version; expected one of {}",
                    v.to_string(),
                    TlsVersion::allowed()
                ),
            ),
            v => out.push(v),
        }
    }
    if TlsVersion::known().iter().all(|k| out.contains(k)) {
        c.push(
            o.ptr("disallowedTlsVersions"),
            "disallows every TLS version; allow at least one",
        );
    }
    out
}

/// `clientMutualAuthentication`: the Edge Truststore CA set and its options.
fn mutual_authentication(c: &mut Check, net: Obj<'_>) {
    let Some(m) = c.object(net, "clientMutualAuthentication", false) else {
        return;
    };
    let at = net.ptr("clientMutualAuthentication");
    let o = Obj { map: m, at: &at };
    c.unknown_fields(
        o,
        &["setId", "authenticationOptions"],
        "clientMutualAuthentication",
    );
    c.text(o, "setId", false);
    c.present(o, "authenticationOptions");
    let Some(m) = c.object(o, "authenticationOptions", false) else {
        return;
    };
    let at = o.ptr("authenticationOptions");
    let a = Obj { map: m, at: &at };
    c.unknown_fields(a, &["sendCaListToClient", "ocsp"], "authenticationOptions");
    c.present(a, "sendCaListToClient");
    c.present(a, "ocsp");
    c.boolean(a, "sendCaListToClient", false);
    if let Some(m) = c.object(a, "ocsp", false) {
        let at = a.ptr("ocsp");
        let s = Obj { map: m, at: &at };
        c.unknown_fields(s, &["enabled"], "ocsp");
        c.boolean(s, "enabled", false);
    }
}

/// Each of `fields` a non-empty string when given (an e-mail address, a phone number
/// where the name says so), those of `required` given.
fn strings_of(c: &mut Check, o: Obj<'_>, fields: &[&str], required: &[&str]) {
    for key in fields {
        let req = required.contains(key);
        match *key {
            "email" => c.text_with(o, key, req, email),
            "phone" => c.text_with(o, key, req, phone),
            _ => {
                c.text(o, key, req);
            }
        }
    }
}

/// `adminContact` or `techContact`.
fn contact(c: &mut Check, o: Obj<'_>) {
    c.unknown_fields(o, CONTACT_FIELDS, "a contact");
    strings_of(c, o, CONTACT_FIELDS, CONTACT_REQUIRED);
}

/// A phone number: digits with the usual separators (`+`, spaces, `-`, `.`, `(`, `)`, and
/// `x` or `ext` before an extension), at least five digits.
pub fn phone(s: &str) -> Result<(), String> {
    let rest = s.to_ascii_lowercase().replace("ext", "x");
    let digits = rest.bytes().filter(u8::is_ascii_digit).count();
    let ok = rest
        .bytes()
        .all(|b| b.is_ascii_digit() || b" +-.()x/".contains(&b));
    if ok && digits >= 5 {
        Ok(())
    } else {
        Err("expected a phone number such as +1 617-555-0111".into())
    }
}

/// `thirdParty`: third-party enrollments only, with `excludeSans`.
fn third_party(c: &mut Check, top: Obj<'_>, vt: Option<&ValidationType>) {
    let Some(m) = c.object(top, "thirdParty", false) else {
        return;
    };
    if vt.is_some_and(|v| *v != ValidationType::ThirdParty) {
        c.push(
            "/thirdParty",
            "is for third-party enrollments only: leave it out or set it to null",
        );
    }
    let o = Obj {
        map: m,
        at: "/thirdParty",
    };
    c.unknown_fields(o, &["excludeSans"], "thirdParty");
    c.boolean(o, "excludeSans", true);
}
