//! `get-csr`: the CSR of a THIRD_PARTY version (`csrBlock.csr`, §3.7) as plain PEM, for a
//! signing pipeline: `moks get-csr --name x | openssl req -noout -verify`.
//!
//! Rules:
//! - without `--version`, the one version AWAITING_SIGNED_CERTIFICATE (the one
//!   `complete-version` uploads to); none or several is an error naming what is there;
//! - a version without a CSR (signed by Akamai) is refused, saying so (exit 4);
//! - the PEM is written as the API sent it, CRLF made LF, and only if it is PEM text: a CSR
//!   holding anything a terminal acts on is the API failing (exit 5), never printed;
//! - `--out FILE` writes it to FILE (its folder checked before anything is sent); `--json`
//!   prints the API's `csrBlock` object unchanged.

use std::path::PathBuf;

use clap::Args;
use moks_model::moks::VersionStatus;

use super::VersionSpec;
use crate::api::moks::{self as api, select};
use crate::context::Context;
use crate::error::{self, Refused};
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
    /// Write the PEM to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
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
        let folder = out.parent().filter(|p| !p.as_os_str().is_empty());
        if folder.is_some_and(|f| !f.is_dir()) || out.is_dir() {
            return Err(error::usage(format!(
                "invalid value '{}' for '--out': expected a file in an existing folder",
                out.display()
            )));
        }
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
        let signed = own
            .as_ref()
            .is_some_and(|v| v.view.status != Some(VersionStatus::AwaitingSignedCertificate));
        return Err(Refused {
            message: format!(
                "{what} has no CSR: only THIRD_PARTY versions have one (an Akamai-signed version \
                 is signed by the account CA without one)"
            ),
            hints: if signed {
                vec![format!(
                    "its certificate is shown by: moks get-client-cert-version --id {id} --version {n} --full"
                )]
            } else {
                vec![]
            },
        }
        .into());
    };
    let Some(pem) = pem_text(&csr) else {
        return Err(error::bad_answer(format!(
            "the API sent a CSR for {what} that is not PEM text: {}",
            error::excerpt(&csr, 120)
        )));
    };
    if let Some(out) = &args.out {
        std::fs::write(out, &pem)
            .map_err(|e| anyhow::anyhow!("cannot write the CSR to {}: {e}", out.display()))?;
        output::note(&format!(
            "moks: wrote the CSR of {what} to {}",
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
