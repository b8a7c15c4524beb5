//! `complete-version` (alias `complete-client-cert-version`): upload the signed certificate
//! of a THIRD_PARTY version (Complete-MOKSClientCertVersion).
//!
//! Before anything is uploaded, the certificate passes the local checks of
//! [`crate::certcheck`]: those on the files first (before any request), then, from the one
//! list call that finds the version, those against its CSR and key. A failure is exit 2
//! naming what is wrong, and nothing is uploaded; warnings go to stderr. `--skip-local-checks`
//! leaves them out (and the list call, when `--version` gives a number). A private key is
//! never uploaded, checks or not.
//!
//! Sections (§) are those of docs/reference/moks.md.

use std::path::PathBuf;

use clap::Args;
use moks_model::moks::UploadSignedCertificate;
use moks_model::Checked;
use serde_json::{json, Map};

use super::wait::{self, Target, WaitFlags};
use super::VersionSpec;
use crate::api::moks as api;
use crate::certcheck;
use crate::commands::{invalid_field, print_document};
use crate::context::Context;
use crate::error::{self, ApiError};
use crate::input;
use crate::output;

/// Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)
///
/// The certificate your CA signed from the version's CSR, and optionally the chain of CA
/// certificates that signed it. Without --version it goes to the one version
/// AWAITING_SIGNED_CERTIFICATE. A certificate that raises validation warnings (no clientAuth
/// usage, under 30 days left) is refused unless --acknowledge-all-warnings.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks complete-version --name origin-b --certificate-file signed.pem --trust-chain-file ca.pem
  moks complete-version --id 13 --version 2 --certificate-file signed.pem --acknowledge-all-warnings
  moks complete-version --name origin-b --certificate-file signed.pem --json | jq .")]
#[command(group(clap::ArgGroup::new("upload").required(true).args(["certificate_file", "body"])))]
pub struct CompleteVersionArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: a number, latest, deployed, current or previous (default: the one
    /// AWAITING_SIGNED_CERTIFICATE)
    #[arg(long, value_name = "VERSION")]
    pub version: Option<VersionSpec>,
    /// The signed certificate (PEM, or DER converted to PEM)
    #[arg(long, value_name = "FILE", conflicts_with = "body")]
    pub certificate_file: Option<PathBuf>,
    /// The chain of CA certificates that signed it (PEM)
    #[arg(long, value_name = "FILE", requires = "certificate_file")]
    pub trust_chain_file: Option<PathBuf>,
    /// The request body as JSON ({"certificate": …, "trustChain": …}): a literal, a FILE, or -
    #[arg(long, value_name = "FILE|-|JSON")]
    pub body: Option<String>,
    /// Upload even if the certificate raises validation warnings
    #[arg(long)]
    pub acknowledge_all_warnings: bool,
    /// Upload without the local checks (key and CN against the version's CSR, validity
    /// dates, chain order); a private key, under any label, is refused all the same
    #[arg(long)]
    pub skip_local_checks: bool,
    #[command(flatten)]
    pub wait: WaitFlags,
}

/// The body from `--body`, or from the certificate files, checked (nothing is sent
/// otherwise).
pub fn build_body(args: &CompleteVersionArgs) -> anyhow::Result<Checked<UploadSignedCertificate>> {
    let body = match (&args.body, &args.certificate_file) {
        (Some(b), _) => input::read_body(b)?,
        (None, Some(file)) => {
            let mut body = Map::new();
            body.insert(
                "certificate".into(),
                json!(input::read_certificate_file(file, "--certificate-file")?),
            );
            if let Some(chain) = &args.trust_chain_file {
                body.insert(
                    "trustChain".into(),
                    json!(input::read_certificate_file(chain, "--trust-chain-file")?),
                );
            }
            body
        }
        (None, None) => {
            return Err(error::usage(
                "complete-version needs --certificate-file FILE (or --body)",
            ))
        }
    };
    let checked = Checked::<UploadSignedCertificate>::new(body).map_err(|errors| {
        match errors[0].field {
        "certificate" => error::usage(
            "invalid value for '--body': it needs a non-empty \"certificate\" (PEM text)",
        ),
        "trustChain" => error::usage(
            "invalid value for '--body': \"trustChain\", when present, must be non-empty PEM text",
        ),
        _ => invalid_field(&errors[0]),
    }
    })?;
    // The files were checked when read; a body is checked here, checks or not: a key, under
    // any label, is never uploaded, nor text that holds no certificate block.
    for (field, text) in [
        ("certificate", Some(&checked.certificate)),
        ("trustChain", checked.trust_chain.as_ref()),
    ] {
        let Some(text) = text else { continue };
        if certcheck::holds_private_key(text) {
            return Err(error::usage(format!(
                "invalid value for '--body': \"{field}\" holds a private key; give only \
                 certificates (never upload a key)"
            )));
        }
        if let Some(why) = certcheck::shape::first_unsendable(text) {
            return Err(error::usage(format!(
                "invalid value for '--body': \"{field}\" is not certificates only: {why}"
            )));
        }
    }
    Ok(checked)
}

/// Where the certificate and the chain came from, for the local checks' messages.
fn sources(args: &CompleteVersionArgs) -> certcheck::Sources {
    match &args.body {
        Some(_) => certcheck::Sources {
            certificate: "\"certificate\" in --body".into(),
            chain: "\"trustChain\" in --body".into(),
        },
        None => certcheck::Sources {
            certificate: "--certificate-file".into(),
            chain: "--trust-chain-file".into(),
        },
    }
}

/// A local check that failed: exit 2, and the way around it only where the check could be
/// wrong; where the API would refuse the same certificate, skipping the checks would only
/// send it to be refused.
fn refused(failure: certcheck::Failure) -> anyhow::Error {
    let hint = if failure.certain {
        "nothing was uploaded; the API refuses such a certificate too"
    } else {
        "nothing was uploaded; to upload without the local checks, add --skip-local-checks"
    };
    error::usage_with_hint(failure.why, Some(hint))
}

/// A refusal that names warnings (the API says to repeat with `acknowledgeAllWarnings=true`)
/// gets a hint in the CLI's words.
fn with_acknowledge_hint(e: anyhow::Error, acknowledged: bool) -> anyhow::Error {
    match e.downcast::<ApiError>() {
        Ok(mut api) => {
            let body = String::from_utf8_lossy(&api.body).to_ascii_lowercase();
            let about_warnings =
                body.contains("acknowledgeallwarnings") || body.contains("warning");
            if !acknowledged && (400..500).contains(&api.status) && about_warnings {
                api.client_hints.push(
                    "if the warnings are acceptable, repeat with --acknowledge-all-warnings".into(),
                );
            }
            api.into()
        }
        Err(e) => e,
    }
}

pub async fn run(ctx: &Context, args: CompleteVersionArgs) -> anyhow::Result<()> {
    let body = build_body(&args)?;
    let checks = !args.skip_local_checks;
    let warnings = match checks {
        true => certcheck::check_files(
            &body.certificate,
            body.trust_chain.as_deref(),
            &sources(&args),
            time::OffsetDateTime::now_utc(),
        )
        .map_err(refused)?,
        false => vec![],
    };
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let version = match (checks, args.version) {
        (true, spec) => {
            let (version, entry) = api::upload_target(client, &id, spec).await?;
            if let Some(entry) = entry {
                let which = format!("version {version} of client certificate {id}");
                certcheck::check_version(&body.certificate, &entry.view, &which)
                    .map_err(refused)?;
            }
            version
        }
        (false, Some(spec)) => api::version_number(client, &id, spec).await?,
        (false, None) => api::awaiting_version(client, &id).await?,
    };
    warnings.iter().for_each(|w| output::warn(w));
    let answer =
        api::upload_certificate(client, &id, &version, &body, args.acknowledge_all_warnings)
            .await
            .map_err(|e| with_acknowledge_hint(e, args.acknowledge_all_warnings))?;
    print_document(
        ctx,
        answer,
        &format!("signed certificate uploaded to version {version} of client certificate {id}"),
    )?;
    let Some(pace) = args.wait.pace() else {
        return Ok(());
    };
    // The API may show the version AWAITING_SIGNED_CERTIFICATE a while after the upload
    // (§5 "Waiting for deployment"): that passes.
    let target = Target {
        version: version
            .number()
            .map_or(VersionSpec::Latest, VersionSpec::Number),
        certificate: id,
        upload_pending: true,
    };
    wait::until_deployed(ctx, client, &target, pace).await?;
    Ok(())
}
