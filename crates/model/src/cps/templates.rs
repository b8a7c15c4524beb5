//! Example enrollments to start from (`moks cps new-enrollment --template KIND`): complete
//! JSON documents that pass [`super::rules::check_enrollment`], one per kind of
//! validation, and a few lines of explanation to print beside them.
//!
//! Decision: the template is plain JSON, the API's own format (no comments, so it can be
//! sent as it is once edited); what to change is said in [`explanation`], which a command
//! prints on stderr. Names are `example.com`'s and contacts fictitious; `+1 617-555-01xx`
//! numbers are reserved for fiction.

use std::fmt;

use serde_json::{json, Value};

/// The kinds of enrollment a template exists for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplateKind {
    /// Domain validation by Let's Encrypt.
    Dv,
    /// A certificate from a CA of your choice, signed over the CSR CPS makes.
    ThirdParty,
    /// Organization validation (DigiCert).
    Ov,
    /// Extended validation (DigiCert).
    Ev,
}

impl TemplateKind {
    pub const ALL: [TemplateKind; 4] = [
        TemplateKind::Dv,
        TemplateKind::ThirdParty,
        TemplateKind::Ov,
        TemplateKind::Ev,
    ];

    /// The name on a command line (`third-party`), the enrollment's `validationType`.
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateKind::Dv => "dv",
            TemplateKind::ThirdParty => "third-party",
            TemplateKind::Ov => "ov",
            TemplateKind::Ev => "ev",
        }
    }
}

impl fmt::Display for TemplateKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TemplateKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        TemplateKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("expected one of dv, third-party, ov, ev, not {s:?}"))
    }
}

#[cfg(feature = "clap")]
impl clap::ValueEnum for TemplateKind {
    fn value_variants<'a>() -> &'a [Self] {
        &TemplateKind::ALL
    }
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()))
    }
}

fn contact((first, last): (&str, &str), title: &str, email: &str, phone: &str) -> Value {
    json!({
        "firstName": first,
        "lastName": last,
        "title": title,
        "organizationName": "Example Inc.",
        "email": email,
        "phone": phone,
        "addressLineOne": "150 Broadway",
        "addressLineTwo": null,
        "city": "Cambridge",
        "region": "MA",
        "postalCode": "02142",
        "country": "US"
    })
}

/// The template of `kind`, pretty-printed JSON ending in a newline.
pub fn template(kind: TemplateKind) -> String {
    let (ra, certificate_type, change_management) = match kind {
        TemplateKind::Dv => ("lets-encrypt", "san", false),
        TemplateKind::ThirdParty => ("third-party", "third-party", true),
        TemplateKind::Ov | TemplateKind::Ev => ("symantec", "san", false),
    };
    let mut doc = json!({
        "ra": ra,
        "validationType": kind.as_str(),
        "certificateType": certificate_type,
        "signatureAlgorithm": "SHA-256",
        "changeManagement": change_management,
        "enableMultiStackedCertificates": false,
        "csr": {
            "cn": "www.example.com",
            "sans": ["www.example.com", "example.com"],
            "c": "US",
            "st": "MA",
            "l": "Cambridge",
            "o": "Example Inc.",
            "ou": "Web"
        },
        "networkConfiguration": {
            "geography": "core",
            "secureNetwork": "enhanced-tls",
            "sniOnly": true,
            "quicEnabled": false,
            "mustHaveCiphers": "ak-akamai-2020q1",
            "preferredCiphers": "ak-akamai-2020q1",
            "disallowedTlsVersions": ["TLSv1", "TLSv1_1"],
            "ocspStapling": "on",
            "dnsNameSettings": {
                "cloneDnsNames": true,
                "dnsNames": ["www.example.com", "example.com"]
            }
        },
        "org": {
            "name": "Example Inc.",
            "phone": "+1 617-555-0100",
            "addressLineOne": "150 Broadway",
            "addressLineTwo": null,
            "city": "Cambridge",
            "region": "MA",
            "postalCode": "02142",
            "country": "US"
        }
    });
    doc["adminContact"] = contact(
        ("Alex", "Admin"),
        "Site administrator",
        "admin@example.com",
        "+1 617-555-0101",
    );
    doc["techContact"] = contact(
        ("Terry", "Tech"),
        "Akamai technical contact",
        "tech@example.com",
        "+1 617-555-0102",
    );
    if kind == TemplateKind::ThirdParty {
        doc["thirdParty"] = json!({"excludeSans": false});
    }
    if matches!(kind, TemplateKind::Ov | TemplateKind::Ev) {
        doc["certificateChainType"] = json!("default");
    }
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// What to change in the template of `kind`, in words, a line each.
pub fn explanation(kind: TemplateKind) -> &'static str {
    match kind {
        TemplateKind::Dv => {
            "\
A Let's Encrypt (DV) SAN certificate. Replace www.example.com and example.com by your names:
csr.cn is the main name and must also be in csr.sans; list every name in csr.sans (at most
100). After creating it, `moks cps get-lets-encrypt-challenges` shows the http-01 and dns-01
challenges to publish for each name. Contacts and org: your administrator, an Akamai
technical contact, and your organization."
        }
        TemplateKind::ThirdParty => {
            "\
A third-party certificate: CPS makes the key and the CSR, your CA signs it. Replace the
names (csr.cn is also in csr.sans) and the subject (csr.c, st, l, o, ou). Set
enableMultiStackedCertificates to true for an RSA and an ECDSA certificate. changeManagement
true stops on staging until you acknowledge. Then `moks cps get-csr` writes the CSR and
`moks cps add-third-party-cert` uploads the signed certificate and its chain."
        }
        TemplateKind::Ov => {
            "\
An organization-validated (OV) certificate from DigiCert (ra symantec). The CA checks the
organization: org and the subject (csr.o, l, st, c) must be its legal name and address, and
the admin contact someone the CA can reach. Replace the names (csr.cn is also in csr.sans);
certificateType may be san, single, wildcard or wildcard-san. With orgId (a DigiCert
organization id), org and the contacts may be null."
        }
        TemplateKind::Ev => {
            "\
An extended-validation (EV) certificate from DigiCert (ra symantec): as OV, with the CA's
stricter checks of the organization (signed letters may be asked for). EV certificates carry
no wildcard: certificateType is san or single. Replace the names (csr.cn is also in
csr.sans), the subject, org and the contacts."
        }
    }
}
