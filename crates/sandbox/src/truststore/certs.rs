//! Certificate intake (§9.1) for create/update version and validate: each `certificatePem`
//! is parsed and checked with `moks_model::truststore::certs` (the checks the CLI runs
//! before sending), and each problem becomes one `errors[]` item with
//! `pointer: /certificates/N`, worded as §6.1's examples ("The certificate with subject …
//! and fingerprint … has expired. Expiry date is …. The check was performed on ….").
//! A certificate repeated inside one request (same SHA-256 fingerprint) gives the warning
//! `duplicate-certificate` (`contextInfo {fingerPrint}`, as the API's) and is kept once in a
//! version (§3.2, §8 "Version" 1); validate lists every copy, as the API does.
//!
//! Sandbox choices where the reference is silent: one PEM block per `certificatePem` (a
//! bundle in one entry is refused, naming its block count); the stored PEM is the
//! re-encoded DER with `\n` line breaks (§15 gap 12).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use moks_model::truststore::certs::{self, format_date, Inspected, Problem};
use moks_model::truststore::CertificateInput;
use serde_json::{json, Value};
use time::OffsetDateTime;

use super::problem;
use super::Cert;

/// What a list of certificates gave.
#[derive(Debug, Default)]
pub struct Intake {
    /// The certificates kept (one per fingerprint), in request order.
    pub certs: Vec<Cert>,
    /// Every certificate that passed, duplicates included, in request order: what validate
    /// answers (the API lists both copies there, with the duplicate warning).
    pub listed: Vec<Cert>,
    /// `errors[]` items (§3).
    pub errors: Vec<Value>,
    /// `validation.warnings[]` items (§3.2).
    pub warnings: Vec<Value>,
}

/// At most this much of a refused PEM is echoed in `contextInfo.certificatePem`.
const ECHO: usize = 200;

fn cut(s: &str) -> String {
    let mut out: String = s.chars().take(ECHO).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn who_what(i: &Inspected) -> String {
    format!(
        "The certificate with subject {} and fingerprint {}",
        i.subject, i.fingerprint
    )
}

/// The `errors[]` item for one problem of certificate `index`.
fn problem_item(
    index: usize,
    description: Option<&str>,
    ins: &Inspected,
    p: &Problem,
    now: OffsetDateTime,
) -> Value {
    let prefix = who_what(ins);
    let mut ctx = json!({
        "description": description,
        "fingerPrint": ins.fingerprint,
        "subject": ins.subject,
    });
    let detail = match p {
        Problem::InsecureSha1 { algorithm } => {
            ctx["signatureAlgorithm"] = algorithm.as_str().into();
            format!("{prefix} uses disallowed signature algorithm {algorithm}. Allow InsecureSha1 option is not set. This is not allowed.")
        }
        Problem::WeakSignature { algorithm } => {
            ctx["signatureAlgorithm"] = algorithm.as_str().into();
            format!("{prefix} uses disallowed signature algorithm {algorithm}. This is not allowed.")
        }
        Problem::Expired { not_after } => {
            ctx["expiryDate"] = format_date(*not_after).into();
            ctx["checkDate"] = format_date(now).into();
            format!(
                "{prefix} has expired. Expiry date is {}. The check was performed on {}.",
                format_date(*not_after),
                format_date(now)
            )
        }
        Problem::NotYetValid { not_before } => {
            ctx["startDate"] = format_date(*not_before).into();
            ctx["checkDate"] = format_date(now).into();
            format!(
                "{prefix} is not yet valid. Start date is {}. The check was performed on {}.",
                format_date(*not_before),
                format_date(now)
            )
        }
        Problem::NotCa => format!(
            "{prefix} is not a CA certificate: basic constraints CA is not true. End-entity certificates are not allowed."
        ),
        Problem::SmallKey { key } => {
            ctx["key"] = key.to_string().into();
            format!("{prefix} has a key of {key} bits. RSA keys must have at least 2048 bits and EC keys at least 256 bits. This is not allowed.")
        }
        other => format!("{prefix} is not allowed: {other}."),
    };
    json!({"pointer": format!("/certificates/{index}"), "detail": detail, "contextInfo": ctx})
}

/// The item for a `certificatePem` that is no certificate.
fn unreadable_item(index: usize, input: &CertificateInput, detail: String) -> Value {
    json!({
        "pointer": format!("/certificates/{index}"),
        "detail": detail,
        "contextInfo": {"certificatePem": cut(&input.certificate_pem), "description": input.description},
    })
}

/// Reads one `certificatePem` (rule 1 of §9.1).
fn read(index: usize, input: &CertificateInput) -> Result<Inspected, Value> {
    let blocks = certs::split_pem(&input.certificate_pem);
    match blocks.as_slice() {
        [] => Err(unreadable_item(
            index,
            input,
            "Certificate PEM string is missing -----BEGIN CERTIFICATE----- header.".into(),
        )),
        [one] => certs::inspect(one).map_err(|p| {
            unreadable_item(
                index,
                input,
                format!("Certificate PEM string is not a valid X.509 certificate: {p}."),
            )
        }),
        more => Err(unreadable_item(
            index,
            input,
            format!(
                "Certificate PEM string holds {} PEM blocks; give each certificate as its own entry.",
                more.len()
            ),
        )),
    }
}

/// A stored certificate made from a checked one.
pub fn stored(ins: &Inspected, description: Option<String>, who: &str, when: &str) -> Cert {
    Cert {
        certificate_pem: ins.pem(),
        description,
        subject: ins.subject.clone(),
        issuer: ins.issuer.clone(),
        start_date: format_date(ins.not_before),
        end_date: format_date(ins.not_after),
        fingerprint: ins.fingerprint.clone(),
        serial_number: ins.serial_number.clone(),
        signature_algorithm: ins.signature_algorithm.clone(),
        created_by: who.to_string(),
        created_date: when.to_string(),
    }
}

/// Checks every certificate of a request body (§9.1 rules 1–6), keeping one copy of each.
pub fn intake(
    inputs: &[CertificateInput],
    allow_insecure_sha1: bool,
    now: OffsetDateTime,
    who: &str,
    when: &str,
) -> Intake {
    let mut out = Intake::default();
    for (i, input) in inputs.iter().enumerate() {
        let ins = match read(i, input) {
            Ok(x) => x,
            Err(item) => {
                out.errors.push(item);
                continue;
            }
        };
        let problems = ins.problems(now, allow_insecure_sha1);
        for p in &problems {
            out.errors
                .push(problem_item(i, input.description.as_deref(), &ins, p, now));
        }
        let keep = problems
            .is_empty()
            .then(|| stored(&ins, input.description.clone(), who, when));
        out.listed.extend(keep.clone());
        if out.certs.iter().any(|c| c.fingerprint == ins.fingerprint) {
            out.warnings.push(problem::item(
                "duplicate-certificate",
                "Duplicate certificate.",
                &format!(
                    "{} was submitted more than once; the version keeps one copy.",
                    who_what(&ins)
                ),
                Some(&format!("/certificates/{i}")),
                json!({"fingerPrint": ins.fingerprint}),
            ));
            continue;
        }
        out.certs.extend(keep);
    }
    out
}

/// Whether a stored certificate has expired at `now` (§9.1 rule 3), and its `errors[]` or
/// warning item's detail and contextInfo when it has.
pub fn expired(c: &Cert, now: OffsetDateTime) -> Option<(String, Value)> {
    let end =
        OffsetDateTime::parse(&c.end_date, &time::format_description::well_known::Rfc3339).ok()?;
    (now > end).then(|| {
        (
            format!(
                "The certificate with subject {} and fingerprint {} has expired. Expiry date is {}. The check was performed on {}.",
                c.subject,
                c.fingerprint,
                c.end_date,
                format_date(now)
            ),
            json!({"description": c.description, "fingerPrint": c.fingerprint,
                   "expiryDate": c.end_date, "checkDate": format_date(now), "subject": c.subject}),
        )
    })
}

/// A certificate in the validate answer (§5.21: Cert without createdBy/createdDate).
pub fn validated(c: &Cert) -> Value {
    let mut v = json!({
        "certificatePem": c.certificate_pem,
        "subject": c.subject,
        "issuer": c.issuer,
        "startDate": c.start_date,
        "endDate": c.end_date,
        "fingerprint": c.fingerprint,
        "serialNumber": c.serial_number,
        "signatureAlgorithm": c.signature_algorithm,
    });
    if let Some(d) = &c.description {
        v["description"] = d.as_str().into();
    }
    v
}
