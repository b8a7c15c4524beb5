//! `truststore test-ca-set-version` (alias `validate`): check certificates without storing
//! them (Test-METSCASetVersion): the local checks (§9.2), then POST /certificates/validate
//! (§5.21), whose answer is shown; `--local` runs only the local checks, sends nothing and
//! needs no credentials.
//!
//! Sections (§) are those of docs/reference/truststore.md.

use clap::Args;
use serde_json::Value;

use super::pem::{self, CertificateArgs};
use super::show_warnings;
use super::versions::{certificate_rows, CERTIFICATE_COLUMNS};
use crate::api::truststore::versions as api;
use crate::context::Context;
use crate::output;

/// Check CA certificates without storing them (Test-METSCASetVersion)
///
/// The local checks first (PEM blocks, CA bit, dates, signature hash, key size, duplicates),
/// then the API's own check, which stores nothing. --local stops after the local checks:
/// nothing is sent, and no credentials are needed.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  moks truststore test-ca-set-version --certificates-file roots.pem
  moks truststore test-ca-set-version --certificates-dir ./cas --local
  moks truststore test-ca-set-version --certificates-file roots.pem --json | jq -r '.certificates[].endDate'")]
pub struct TestCaSetVersionArgs {
    #[command(flatten)]
    pub certificates: CertificateArgs,
    /// Only the local checks: send nothing
    #[arg(long, conflicts_with = "skip_local_checks")]
    pub local: bool,
}

pub async fn run(ctx: &Context, args: TestCaSetVersionArgs) -> anyhow::Result<()> {
    let prepared = args.certificates.prepared(ctx.verbose)?;
    if args.local {
        let answer = pem::local_answer(&prepared);
        print_answer(ctx, &answer)?;
        output::note(&format!(
            "{} the local checks (nothing was sent)",
            match prepared.sent.len() {
                1 => "the certificate passes".to_string(),
                n => format!("all {n} certificates pass"),
            }
        ));
        return Ok(());
    }
    let client = ctx.client().await?;
    let answer = api::validate(client, &prepared.body(None))
        .await
        .map_err(|e| prepared.explain_pointers(e))?;
    print_answer(ctx, &answer)?;
    show_warnings(&answer);
    Ok(())
}

/// The answer: as JSON under `--json`, else a table of its certificates.
fn print_answer(ctx: &Context, answer: &Value) -> anyhow::Result<()> {
    if ctx.out.json {
        ctx.out.json(answer)?;
        return Ok(());
    }
    let certs = answer
        .get("certificates")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    ctx.out.table(
        &CERTIFICATE_COLUMNS,
        &certificate_rows(&certs),
        "the answer lists no certificates",
    )?;
    Ok(())
}
