//! `get-csr`: the CSR of a THIRD_PARTY version (`csrBlock.csr`, §3.7) as plain PEM, for a
//! signing pipeline: `moks get-csr --name x | openssl req -noout -verify`.
//!
//! Rules:
//! - without `--version`, the one version AWAITING_SIGNED_CERTIFICATE (the one
//!   `complete-version` uploads to); none or several is an error naming what is there;
//! - a version without a CSR (signed by Akamai) is refused, saying so (exit 4);
//! - the PEM is written as the API sent it, CRLF made LF, and only if it is PEM text: a CSR
//!   holding anything a terminal acts on is the API failing (exit 5), never printed;
//! - `--out FILE` writes it to FILE: its folder, and that FILE does not exist (unless
//!   `--force`), checked before anything is sent; written atomically (a new file beside it,
//!   created exclusively, then moved into place), never through a symbolic link (one at FILE
//!   is replaced, with `--force`, not followed); `--json` prints the API's `csrBlock` object
//!   unchanged;
//! - a version of an Akamai-signed certificate has no CSR: said so, with no hint to rotate
//!   (rotating one deploys a new version and drops the oldest).
//!
//! Sections (§) are those of docs/reference/moks.md.

use std::path::{Path, PathBuf};

use clap::Args;
use moks_model::moks::{ClientCertificateVersion, VersionStatus};

use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::api::Typed;
use crate::context::Context;
use crate::error;
use crate::output;

/// Write the CSR of a THIRD_PARTY version as PEM, to be signed by your CA (no cmdlet)
///
/// Without --version: the version AWAITING_SIGNED_CERTIFICATE. The PEM goes to standard
/// output (or --out FILE); --json prints the API's csrBlock object.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  moks get-csr --name origin-b > origin-b.csr
  moks get-csr --name origin-b | openssl req -noout -verify
  moks get-csr --name origin-b --json | jq -r .keyAlgorithm")]
pub struct GetCsrArgs {
    #[command(flatten)]
    pub cert: super::CertSelector,
    /// The version: a number, latest, deployed, current or previous (default: the one
    /// AWAITING_SIGNED_CERTIFICATE)
    #[arg(long, value_name = "VERSION")]
    pub version: Option<VersionSpec>,
    /// Write the PEM to FILE instead of standard output (a new file, unless --force)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// With --out: replace FILE when it exists (a symbolic link there is replaced, not
    /// followed)
    #[arg(long, requires = "out")]
    pub force: bool,
}

/// `--out FILE` fit to write: in an existing folder, not a folder itself, and new unless
/// `force` (checked before anything is sent).
fn check_out(out: &Path, force: bool) -> anyhow::Result<()> {
    let folder = out.parent().filter(|p| !p.as_os_str().is_empty());
    if folder.is_some_and(|f| !f.is_dir()) || out.is_dir() {
        return Err(error::usage(format!(
            "invalid value '{}' for '--out': expected a file in an existing folder",
            out.display()
        )));
    }
    if !force && std::fs::symlink_metadata(out).is_ok() {
        return Err(error::usage_with_hint(
            format!(
                "invalid value '{}' for '--out': the file exists, and is not overwritten",
                out.display()
            ),
            Some("to replace it, add --force; or choose another file"),
        ));
    }
    Ok(())
}

/// Writes `text` to `out` atomically: a new file beside it (created exclusively, so never
/// through a link), then linked into place when `out` must be new, or moved over it (which
/// replaces a symbolic link there, never its target).
fn write_new(out: &Path, text: &str, force: bool) -> std::io::Result<()> {
    use std::io::Write;
    let folder = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out.file_name().unwrap_or_default().to_string_lossy();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let temp = folder.join(format!(".{name}.{}.{nanos}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        if force {
            std::fs::rename(&temp, out)
        } else {
            std::fs::hard_link(&temp, out)
        }
    })();
    let _ = std::fs::remove_file(&temp);
    result
}

/// The CSR as PEM text fit to print: CRLF made LF, one trailing newline; `None` when it is
/// not a PEM block of a certificate request, or holds a character a terminal acts on.
fn pem_text(csr: &str) -> Option<String> {
    let text = csr.replace("\r\n", "\n");
    let text = text.trim();
    let first = text.lines().next()?;
    let last = text.lines().last()?;
    let shaped = first.starts_with("-----BEGIN ")
        && first.ends_with("CERTIFICATE REQUEST-----")
        && last.starts_with("-----END ")
        && last.ends_with("CERTIFICATE REQUEST-----");
    let clean = !text.chars().any(|c| c != '\n' && output::needs_escape(c));
    (shaped && clean).then(|| format!("{text}\n"))
}

pub async fn run(ctx: &Context, args: GetCsrArgs) -> anyhow::Result<()> {
    if let Some(out) = &args.out {
        check_out(out, args.force)?;
    }
    let client = ctx.client().await?;
    let id = args.cert.resolve(client).await?;
    let versions = api::list_versions(client, &id, false).await?;
    let certificate = id.to_string();
    let n = match args.version {
        Some(spec) => select::resolve_version(&versions, spec, &certificate)?,
        None => select::awaiting_version(&versions, &certificate)?,
    };
    let what = format!("version {n} of client certificate {id}");
    // The CSR is on the version's own record; an alias record may not repeat it.
    let own = select::distinct_versions(&versions)
        .into_iter()
        .find(|v| select::version_of(v) == Some(n));
    let block = own.as_ref().and_then(|v| v.json.get("csrBlock").cloned());
    let csr = own
        .as_ref()
        .and_then(|v| v.view.csr_block.as_ref()?.csr.clone());
    let Some(csr) = csr else {
        return Err(no_csr(&what, &id, n, own.as_ref(), &versions));
    };
    let Some(pem) = pem_text(&csr) else {
        return Err(error::bad_answer(format!(
            "the API sent a CSR for {what} that is not PEM text: {}",
            error::excerpt(&csr, 120)
        )));
    };
    if let Some(out) = &args.out {
        write_new(out, &pem, args.force).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => error::usage_with_hint(
                format!(
                    "cannot write the CSR to {}: the file exists (made while moks ran)",
                    out.display()
                ),
                Some("to replace it, add --force"),
            ),
            _ => anyhow::anyhow!("cannot write the CSR to {}: {e}", out.display()),
        })?;
        output::note(&format!(
            "{}: wrote the CSR of {what} to {}",
            output::program(),
            out.display()
        ));
    }
    if ctx.out.json {
        ctx.out.json(&block.unwrap_or_default())?;
    } else if args.out.is_none() {
        ctx.out.line(pem.trim_end())?;
    }
    Ok(())
}

/// The refusal for a version without a CSR: an Akamai-signed one is said to be so (and has
/// its certificate to show); one awaiting its certificate without a CSR is the API's doing.
fn no_csr(
    what: &str,
    id: &crate::client::Id,
    n: i64,
    own: Option<&Typed<ClientCertificateVersion>>,
    versions: &[Typed<ClientCertificateVersion>],
) -> anyhow::Error {
    let signed =
        own.is_some_and(|v| v.view.status != Some(VersionStatus::AwaitingSignedCertificate));
    let message = match select::signed_by_akamai(versions) {
        Some(true) => format!(
            "{what} has no CSR: the certificate is signed by Akamai (by the account CA, \
             without a CSR); only THIRD_PARTY versions have one"
        ),
        _ => format!(
            "{what} has no CSR: only THIRD_PARTY versions have one (an Akamai-signed version \
             is signed by the account CA without one)"
        ),
    };
    let hints = match signed {
        true => vec![format!(
            "its certificate is shown by: {} get-client-cert-version --id {id} --version {n} --full",
            output::program()
        )],
        false => vec![],
    };
    error::refused(message, hints)
}

#[cfg(test)]
mod tests {
    use super::pem_text;

    #[test]
    fn csr_pem_is_kept_crlf_made_lf_and_anything_else_refused() {
        let pem =
            "-----BEGIN CERTIFICATE REQUEST-----\r\nQQQQ\r\n-----END CERTIFICATE REQUEST-----\r\n";
        assert_eq!(
            pem_text(pem).as_deref(),
            Some("-----BEGIN CERTIFICATE REQUEST-----\nQQQQ\n-----END CERTIFICATE REQUEST-----\n")
        );
        let new =
            "-----BEGIN NEW CERTIFICATE REQUEST-----\nQQ\n-----END NEW CERTIFICATE REQUEST-----";
        assert!(pem_text(new).is_some());
        for bad in [
            "",
            "QQQQ",
            "-----BEGIN CERTIFICATE-----\nQQ\n-----END CERTIFICATE-----",
            "-----BEGIN CERTIFICATE REQUEST-----\nQ\u{1b}[2JQ\n-----END CERTIFICATE REQUEST-----",
            "-----BEGIN CERTIFICATE REQUEST-----\nQ\tQ\n-----END CERTIFICATE REQUEST-----",
            "-----BEGIN CERTIFICATE REQUEST-----\nQQ\rQQ\n-----END CERTIFICATE REQUEST-----",
        ] {
            assert!(pem_text(bad).is_none(), "{bad:?}");
        }
    }
}
