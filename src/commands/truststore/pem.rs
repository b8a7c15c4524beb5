//! The certificates of a version, from what was typed to the body sent: PEM intake
//! (`--certificates-file`, repeatable, `-` for standard input; `--certificates-dir`, its
//! `*.pem`/`*.crt`/`*.cer` files, not recursive, sorted by name; or `--body`, a VersionBody
//! JSON checked by the model) and the local checks of docs/reference/truststore.md §9.2, run before
//! anything is sent.
//!
//! Rules:
//! - every input is read within a bound: each file, and all of them together, at most
//!   [`input::MAX_INPUT_BYTES`]; a directory gives at most [`MAX_DIR_FILES`] files;
//! - a bundle is split into its blocks; a file without PEM that is one DER certificate
//!   (a `.cer`) is taken as that certificate;
//! - a private key is never sent, checks or not; nor is anything that is not a certificate
//!   block (a CSR, a public key): each is refused by name;
//! - the checks (`moks_model::truststore::certs`): the block parses as X.509, CA bit,
//!   validity (expired or not yet valid refused; expiring within [`EXPIRING_DAYS`] days a
//!   warning), SHA-256 or better unless `--allow-insecure-sha1`, RSA ≥ 2048 and EC ≥ 256
//!   bits, 1 to 300 certificates; a certificate given twice (same SHA-256 fingerprint) is
//!   sent once, with a warning naming both places;
//! - a failure names where the certificate came from (file, block, line) and the index the
//!   API would use (`/certificates/N`, counted after duplicates are removed, so that it
//!   lines up with the API's pointers); every problem is listed, one line each, under a
//!   summary; exit 2 and nothing sent;
//! - `--skip-local-checks` sends every certificate block as given (the API judges);
//! - certificates are sent as PEM with `\n` line breaks, re-encoded from their DER
//!   (`certs::to_pem`), whatever line breaks the file had.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use std::path::{Path, PathBuf};

use clap::Args;
use moks_model::truststore::certs::{self, Block, Inspected, Problem};
use moks_model::truststore::{rules, CertificateInput, VersionBody};
use moks_model::Checked;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::commands::invalid_field;
use crate::error::{self, ApiError};
use crate::input;
use crate::output;

/// How soon an expiry is warned about: the API's default EXPIRING window (§5.16).
pub const EXPIRING_DAYS: i64 = 30;

/// The most files read from a `--certificates-dir`.
pub const MAX_DIR_FILES: usize = 1000;

mod refusal;

use refusal::{api_refuses, refusal, sendable, Counts};

/// The certificates, and how they are checked: shared by the commands that send
/// certificates (create, update, validate).
#[derive(Args, Debug, Clone)]
#[group(skip)]
#[command(group(
    clap::ArgGroup::new("certificates")
        .required(true)
        .multiple(true)
        .args(["certificates_file", "certificates_dir", "body"])
))]
pub struct CertificateArgs {
    /// A PEM file of CA certificates, a bundle or one each (repeatable; - for standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "body")]
    pub certificates_file: Vec<PathBuf>,
    /// A directory: every *.pem, *.crt and *.cer file in it (not its subdirectories); the others are named in a warning
    #[arg(long, value_name = "DIR", conflicts_with = "body")]
    pub certificates_dir: Option<PathBuf>,
    /// The version body as JSON ({"certificates": [{"certificatePem": …}], …}): a FILE, or -
    #[arg(long, value_name = "FILE|-")]
    pub body: Option<String>,
    /// Accept certificates signed with SHA-1 (allowInsecureSha1)
    #[arg(long)]
    pub allow_insecure_sha1: bool,
    /// Send without the local checks (CA bit, dates, signature hash, key size, duplicates);
    /// the API judges. A private key is refused all the same
    #[arg(long)]
    pub skip_local_checks: bool,
}

impl CertificateArgs {
    /// The flags as typed, for a command shown in a hint.
    pub fn as_flags(&self) -> String {
        let q = |p: &Path| crate::commands::shell_quote(&p.display().to_string());
        let mut out: Vec<String> = Vec::new();
        for f in &self.certificates_file {
            out.push(format!("--certificates-file {}", q(f)));
        }
        if let Some(d) = &self.certificates_dir {
            out.push(format!("--certificates-dir {}", q(d)));
        }
        if let Some(b) = &self.body {
            out.push(format!("--body {}", crate::commands::shell_quote(b)));
        }
        if self.allow_insecure_sha1 {
            out.push("--allow-insecure-sha1".into());
        }
        out.join(" ")
    }
}

/// Where one certificate came from, as messages name it.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Block `block` (1-based) of a file or standard input, starting at `line`.
    Block {
        input: String,
        block: usize,
        line: usize,
    },
    /// A whole DER file.
    Der { input: String },
    /// Entry `index` (0-based) of `certificates` in `--body`.
    Body { index: usize },
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Block { input, block, line } => {
                write!(f, "{input} block {block} (line {line})")
            }
            Source::Der { input } => write!(f, "{input} (DER)"),
            Source::Body { index } => write!(f, "certificates[{index}] of --body"),
        }
    }
}

/// One block of the input, or why an input gave none.
#[derive(Debug, Clone)]
struct Item {
    source: Source,
    block: Result<Block, String>,
    description: Option<String>,
}

/// What was read, before the checks.
#[derive(Debug, Clone, Default)]
pub struct Intake {
    items: Vec<Item>,
    /// Inputs that gave nothing to send, with why (a file with no PEM block).
    empty: Vec<String>,
    pub allow_insecure_sha1: bool,
    /// The body's `description`, if it came from `--body`.
    pub description: Option<String>,
}

/// A certificate that will be sent, at its index.
#[derive(Debug, Clone)]
pub struct Sent {
    pub source: Source,
    pub pem: String,
    pub description: Option<String>,
    /// The certificate as the checks read it (`None` under `--skip-local-checks`).
    pub inspected: Option<Inspected>,
}

/// The certificates that passed, in the order sent, and the warnings to show.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub sent: Vec<Sent>,
    pub warnings: Vec<String>,
    pub allow_insecure_sha1: bool,
    pub description: Option<String>,
}

impl Prepared {
    /// The body for create, update (with `description`) and validate (without).
    pub fn body(&self, description: Option<String>) -> VersionBody {
        VersionBody {
            allow_insecure_sha1: self.allow_insecure_sha1,
            description,
            certificates: self
                .sent
                .iter()
                .map(|s| CertificateInput {
                    certificate_pem: s.pem.clone(),
                    description: s.description.clone(),
                })
                .collect(),
        }
    }

    /// Adds to an API refusal that points at certificates (`/certificates/N`) where each
    /// came from: the index is the one sent, so it names the file and block.
    pub fn explain_pointers(&self, e: anyhow::Error) -> anyhow::Error {
        match e.downcast::<ApiError>() {
            Ok(mut api) => {
                let pointers: Vec<String> = api
                    .problem
                    .as_ref()
                    .and_then(|p| p.get("errors"))
                    .and_then(Value::as_array)
                    .map(|errors| {
                        errors
                            .iter()
                            .filter_map(|e| e.get("pointer").and_then(Value::as_str))
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                let mut seen: Vec<usize> = Vec::new();
                for p in pointers {
                    let Some(i) = p
                        .strip_prefix("/certificates/")
                        .and_then(|n| n.parse::<usize>().ok())
                    else {
                        continue;
                    };
                    if seen.contains(&i) || seen.len() >= 20 {
                        continue;
                    }
                    if let Some(s) = self.sent.get(i) {
                        seen.push(i);
                        api.client_hints
                            .push(format!("/certificates/{i} is {}", s.source));
                    }
                }
                api.into()
            }
            Err(e) => e,
        }
    }
}

/// Reads the certificates `args` name. `verbose` says which files were read.
impl CertificateArgs {
    /// The certificates these flags give, read ([`read`]) and checked now ([`prepare`]),
    /// their warnings said on stderr: what the version commands and `validate` send.
    pub fn prepared(&self, verbose: bool) -> anyhow::Result<Prepared> {
        let intake = read(self, verbose)?;
        let prepared = prepare(intake, self.skip_local_checks, OffsetDateTime::now_utc())?;
        prepared.warnings.iter().for_each(|w| output::warn(w));
        Ok(prepared)
    }
}

pub fn read(args: &CertificateArgs, verbose: bool) -> anyhow::Result<Intake> {
    let mut intake = Intake {
        allow_insecure_sha1: args.allow_insecure_sha1,
        ..Intake::default()
    };
    if let Some(body) = &args.body {
        return read_body(body, args.allow_insecure_sha1);
    }
    let mut budget = input::MAX_INPUT_BYTES;
    let stdin_count = args
        .certificates_file
        .iter()
        .filter(|p| p.as_os_str() == "-")
        .count();
    if stdin_count > 1 {
        return Err(error::usage(
            "'--certificates-file -' (standard input) can be given once",
        ));
    }
    for path in &args.certificates_file {
        let (name, bytes) = if path.as_os_str() == "-" {
            let bytes = match input::read_capped(std::io::stdin().lock(), budget) {
                Ok(Some(b)) => b,
                Ok(None) => return Err(too_much("standard input")),
                Err(e) => {
                    return Err(error::usage(format!(
                        "invalid value '-' for '--certificates-file': cannot read standard \
                         input ({e})"
                    )))
                }
            };
            ("standard input".to_string(), bytes)
        } else {
            let bytes = input::read_file_capped(path, "--certificates-file")?;
            (path.display().to_string(), bytes)
        };
        budget = take_budget(budget, bytes.len(), &name)?;
        add_input(&mut intake, &name, &bytes, verbose);
    }
    if let Some(dir) = &args.certificates_dir {
        for path in dir_files(dir)? {
            let bytes = input::read_file_capped(&path, "--certificates-dir")?;
            let name = path.display().to_string();
            budget = take_budget(budget, bytes.len(), &name)?;
            add_input(&mut intake, &name, &bytes, verbose);
        }
    }
    Ok(intake)
}

fn too_much(what: &str) -> anyhow::Error {
    error::usage(format!(
        "{what} brings the certificates to more than {}, the most moks reads for a version \
         (300 certificates take about 600 KiB)",
        input::MAX_INPUT_TEXT
    ))
}

fn take_budget(budget: u64, len: usize, name: &str) -> anyhow::Result<u64> {
    budget.checked_sub(len as u64).ok_or_else(|| too_much(name))
}

/// The certificate files of `dir`, sorted by name: regular files ending in `.pem`, `.crt`
/// or `.cer` (any case). None is a usage error.
fn dir_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let shown = dir.display();
    let bad = |why: String| {
        error::usage(format!(
            "invalid value '{shown}' for '--certificates-dir': {why}"
        ))
    };
    let entries = std::fs::read_dir(dir).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => bad("no such directory".into()),
        _ => bad(format!("cannot read it ({e})")),
    })?;
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| bad(format!("cannot read it ({e})")))?;
        let path = entry.path();
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["pem", "crt", "cer"].contains(&e.to_ascii_lowercase().as_str()));
        if !wanted && path.is_file() && skipped.len() <= MAX_DIR_FILES {
            skipped.push(entry.file_name().to_string_lossy().into_owned());
        }
        // Follows symbolic links, as reading the file will.
        if wanted && path.is_file() {
            files.push(path);
            if files.len() > MAX_DIR_FILES {
                return Err(bad(format!(
                    "it holds more than {MAX_DIR_FILES} certificate files"
                )));
            }
        }
    }
    tell_skipped(&shown.to_string(), skipped);
    if files.is_empty() {
        return Err(bad("it holds no *.pem, *.crt or *.cer file".into()));
    }
    files.sort();
    Ok(files)
}

/// Says which files of a `--certificates-dir` were not read (the PowerShell module reads
/// every file; moks reads the certificate extensions only, and says so).
fn tell_skipped(dir: &str, mut skipped: Vec<String>) {
    const LISTED: usize = 5;
    if skipped.is_empty() {
        return;
    }
    skipped.sort();
    let n = skipped.len();
    let mut names = skipped
        .into_iter()
        .take(LISTED)
        .collect::<Vec<_>>()
        .join(", ");
    if n > LISTED {
        names.push_str(&format!(" and {} more", n - LISTED));
    }
    output::warn(&format!(
        "--certificates-dir {dir}: skipped {n} file(s) not named *.pem, *.crt or *.cer: {names}"
    ));
}

/// The blocks of one input (a file, standard input).
fn add_input(intake: &mut Intake, name: &str, bytes: &[u8], verbose: bool) {
    let text = String::from_utf8_lossy(bytes);
    let blocks = certs::split_pem(&text);
    if blocks.is_empty() {
        if !bytes.is_empty() && certs::inspect_der(bytes).is_ok() {
            if verbose {
                output::verbose(&format!("read 1 DER certificate from {name}"));
            }
            intake.items.push(Item {
                source: Source::Der {
                    input: name.to_string(),
                },
                block: Ok(Block {
                    label: "CERTIFICATE".into(),
                    line: 1,
                    der: Ok(bytes.to_vec()),
                }),
                description: None,
            });
            return;
        }
        let why = if bytes.is_empty() {
            "it is empty".to_string()
        } else {
            Problem::NoPem.to_string()
        };
        intake.empty.push(format!("{name}: {why}"));
        return;
    }
    if verbose {
        output::verbose(&format!(
            "read {} PEM block{} from {name}",
            blocks.len(),
            if blocks.len() == 1 { "" } else { "s" }
        ));
    }
    for (i, block) in blocks.into_iter().enumerate() {
        intake.items.push(Item {
            source: Source::Block {
                input: name.to_string(),
                block: i + 1,
                line: block.line,
            },
            block: Ok(block),
            description: None,
        });
    }
}

/// `--body FILE|-`: a VersionBody, checked by the model; each `certificatePem` one block.
fn read_body(arg: &str, allow_flag: bool) -> anyhow::Result<Intake> {
    let json = input::read_body(arg)?;
    let body = Checked::<VersionBody>::new(json).map_err(|errors| match errors[0].field {
        "certificates" if matches!(errors[0].problem, moks_model::Problem::Missing) => {
            error::usage(
                "invalid value for '--body': it needs \"certificates\": [{\"certificatePem\": …}]",
            )
        }
        _ => invalid_field(&errors[0]),
    })?;
    let mut intake = Intake {
        allow_insecure_sha1: body.allow_insecure_sha1 || allow_flag,
        description: body.description.clone(),
        ..Intake::default()
    };
    for (index, c) in body.certificates.iter().enumerate() {
        let source = Source::Body { index };
        let mut blocks = certs::split_pem(&c.certificate_pem);
        let block = match blocks.len() {
            1 => Ok(blocks.remove(0)),
            0 => Err(Problem::NoPem.to_string()),
            n => Err(format!(
                "its certificatePem holds {n} PEM blocks: give one certificate per entry"
            )),
        };
        intake.items.push(Item {
            source,
            block,
            description: c.description.clone(),
        });
    }
    Ok(intake)
}

fn is_certificate_label(label: &str) -> bool {
    matches!(
        label,
        "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE"
    )
}

/// Runs the local checks (unless `skip`) at `now` and makes what is sent; every problem
/// found is one line of a usage error (exit 2, nothing sent).
pub fn prepare(intake: Intake, skip: bool, now: OffsetDateTime) -> anyhow::Result<Prepared> {
    let allow = intake.allow_insecure_sha1;
    let mut problems: Vec<String> = intake.empty.clone();
    let mut keys = 0usize;
    let mut never = 0usize;
    let mut sent: Vec<Sent> = Vec::new();
    let mut warnings = Vec::new();
    let mut bad_certs = 0usize;
    // Problems the API would share (a leaf, dates, SHA-1, a small key, too many): skipping
    // the checks is no way around them, so it is offered only for the others.
    let mut certain = 0usize;
    let total = intake.items.len();
    for item in intake.items {
        let der = match sendable(item.block) {
            Ok(der) => der,
            Err(u) => {
                never += 1;
                keys += usize::from(u.key);
                if u.indexed {
                    bad_certs += 1;
                    let index = sent.len();
                    problems.push(format!("{}, /certificates/{index}: {}", item.source, u.why));
                } else {
                    problems.push(format!("{}: {}", item.source, u.why));
                }
                continue;
            }
        };
        if skip {
            sent.push(Sent {
                source: item.source,
                pem: certs::to_pem(&der),
                description: item.description,
                inspected: None,
            });
            continue;
        }
        let index = sent.len();
        let inspected = match certs::inspect_der(&der) {
            Ok(i) => i,
            Err(p) => {
                problems.push(format!("{}, /certificates/{index}: {p}", item.source));
                bad_certs += 1;
                // Counted: the API would see it at this index.
                sent.push(Sent {
                    source: item.source,
                    pem: certs::to_pem(&der),
                    description: item.description,
                    inspected: None,
                });
                continue;
            }
        };
        if let Some(first) = sent.iter().find(|s| {
            s.inspected
                .as_ref()
                .is_some_and(|i| i.fingerprint == inspected.fingerprint)
        }) {
            warnings.push(format!(
                "{} is the same certificate as {} (SHA-256 {}): it is sent once",
                item.source,
                first.source,
                short_fingerprint(&inspected.fingerprint)
            ));
            continue;
        }
        let found = inspected.problems(now, allow);
        if !found.is_empty() {
            bad_certs += 1;
        }
        certain += found.iter().filter(|p| api_refuses(p)).count();
        for p in &found {
            problems.push(format!(
                "{}, /certificates/{index} ({}): {p}",
                item.source,
                error::excerpt(&inspected.subject, 80)
            ));
        }
        if found.is_empty() && inspected.expires_within(now, EXPIRING_DAYS) {
            warnings.push(format!(
                "{}, /certificates/{index} ({}) expires on {}, within {EXPIRING_DAYS} days",
                item.source,
                error::excerpt(&inspected.subject, 80),
                certs::format_date(inspected.not_after)
            ));
        }
        sent.push(Sent {
            source: item.source,
            pem: inspected.pem(),
            description: item.description,
            inspected: Some(inspected),
        });
    }
    if !skip && sent.len() > rules::MAX_CERTIFICATES {
        certain += 1;
        problems.push(format!(
            "{} certificates (after removing duplicates): a version holds at most {}",
            sent.len(),
            rules::MAX_CERTIFICATES
        ));
    }
    if !problems.is_empty() {
        let counts = Counts {
            total,
            bad_certs,
            sent: sent.len(),
            keys,
            never: never + intake.empty.len(),
            certain,
        };
        return Err(refusal(problems, &counts, skip));
    }
    if sent.is_empty() {
        return Err(error::usage("no certificate to send: the input holds none"));
    }
    Ok(Prepared {
        sent,
        warnings,
        allow_insecure_sha1: allow,
        description: intake.description,
    })
}

/// The first 16 hex digits of a fingerprint, then `…` (tables and messages; `--json` has
/// it whole).
pub fn short_fingerprint(f: &str) -> String {
    if f.chars().count() > 20 {
        format!("{}…", f.chars().take(16).collect::<String>())
    } else {
        f.to_string()
    }
}

/// The certificates as `POST /certificates/validate` answers them (§5.21), made from the
/// local checks (`--local`): the same JSON, so that scripts read either.
pub fn local_answer(p: &Prepared) -> Value {
    let certificates: Vec<Value> = p
        .sent
        .iter()
        .filter_map(|s| {
            let i = s.inspected.as_ref()?;
            let mut c = json!({
                "certificatePem": s.pem,
                "subject": i.subject,
                "issuer": i.issuer,
                "startDate": certs::format_date(i.not_before),
                "endDate": certs::format_date(i.not_after),
                "fingerprint": i.fingerprint,
                "serialNumber": i.serial_number,
                "signatureAlgorithm": i.signature_algorithm,
            });
            if let Some(d) = &s.description {
                c["description"] = json!(d);
            }
            Some(c)
        })
        .collect();
    json!({
        "allowInsecureSha1": p.allow_insecure_sha1,
        "certificates": certificates,
        "validation": {"warnings": p.warnings.iter().map(|w| json!({"type": "local-check", "detail": w})).collect::<Vec<_>>()},
    })
}

#[cfg(test)]
mod tests;
