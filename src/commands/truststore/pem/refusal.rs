//! What of the certificates is never sent, and the refusal when the local checks find
//! problems.
//!
//! Rules:
//! - never sent, checks or not: a private key under any label (its own, or a CERTIFICATE
//!   label over a key's DER), a CSR, any block that is not a certificate;
//! - the refusal lists the problems one line each, the first [`LISTED_PROBLEMS`], then how
//!   many more (a file of junk is one summary, not a line per block);
//! - `--skip-local-checks` is offered only when a problem is one the API might not share:
//!   not for what is never sent, nor for what the API's validation refuses as well (a leaf,
//!   the dates, SHA-1, a small key, too many certificates).

use moks_model::truststore::certs::{self, Block, Problem};

use super::is_certificate_label;
use crate::error;

/// Why a block is never sent, checks or not.
pub(super) struct Unsendable {
    pub(super) why: String,
    /// A private key, under its own label or a CERTIFICATE one.
    pub(super) key: bool,
    /// A CERTIFICATE block: named with the index the API would give it.
    pub(super) indexed: bool,
}

/// The DER of a block that may be sent (to be checked, or as given under
/// `--skip-local-checks`): a CERTIFICATE block shaped as a certificate. Anything else (a
/// key under any label, a CSR, a public key, a block that does not decode) is never sent.
pub(super) fn sendable(block: Result<Block, String>) -> Result<Vec<u8>, Unsendable> {
    let never = |why: String, key: bool, indexed: bool| Unsendable { why, key, indexed };
    let block = block.map_err(|why| never(why, false, false))?;
    if !is_certificate_label(&block.label) {
        let problem = match certs::inspect(&block) {
            Err(p) => p,
            Ok(_) => Problem::NotCertificate {
                label: block.label.clone(),
            },
        };
        let key = matches!(problem, Problem::PrivateKey { .. });
        return Err(never(problem.to_string(), key, false));
    }
    let der = block
        .der
        .map_err(|why| never(Problem::Malformed(why).to_string(), false, true))?;
    match crate::certcheck::shape::certificate_shaped(&der) {
        Ok(()) => Ok(der),
        Err(why) => Err(never(
            why.to_string(),
            why == crate::certcheck::shape::NotCertificate::PrivateKey,
            false,
        )),
    }
}

/// How many problems of each kind [`prepare`] found, for the refusal's summary and hints.
pub(super) struct Counts {
    pub(super) total: usize,
    pub(super) bad_certs: usize,
    pub(super) sent: usize,
    pub(super) keys: usize,
    /// Problems no flag gets past (keys, blocks that are no certificate, empty inputs).
    pub(super) never: usize,
    /// Problems the API would refuse as well.
    pub(super) certain: usize,
}

/// The most problems listed one per line; the rest are counted (a file of junk would
/// otherwise give one line per block).
pub const LISTED_PROBLEMS: usize = 20;

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The usage error for the problems found: a summary, at most [`LISTED_PROBLEMS`] lines, and
/// `--skip-local-checks` offered only when some problem is one the API might not share.
pub(super) fn refusal(mut problems: Vec<String>, c: &Counts, skip: bool) -> anyhow::Error {
    let n = problems.len();
    let summary = if c.bad_certs > 0 || c.sent > 0 {
        format!(
            "the certificates fail the local checks: {} in {} read",
            plural(n, "problem"),
            plural(c.total, "block")
        )
    } else {
        format!("no certificate to send: {}", plural(n, "problem"))
    };
    if n > LISTED_PROBLEMS {
        problems.truncate(LISTED_PROBLEMS);
        problems.push(format!("… and {} more", n - LISTED_PROBLEMS));
    }
    let mut hints = vec![];
    if c.keys > 0 {
        hints.push("a private key is never sent: give only the CA certificates".to_string());
    }
    if !skip && c.never + c.certain < n {
        hints.push(
            "nothing was sent; to let the API judge the certificates, add --skip-local-checks"
                .to_string(),
        );
    } else if c.certain > 0 && c.keys < n {
        hints.push("nothing was sent; the API refuses such certificates too".to_string());
    } else {
        hints.push("nothing was sent".to_string());
    }
    error::usage_with_details(summary, problems, hints)
}

/// Whether the API refuses a certificate for `p` as well (the reference's validation rules:
/// CA certificates only, valid now, SHA-1 only when allowed, keys of a minimum size): then
/// skipping the local checks would only send it to be refused.
pub(super) fn api_refuses(p: &Problem) -> bool {
    matches!(
        p,
        Problem::NotCa
            | Problem::Expired { .. }
            | Problem::NotYetValid { .. }
            | Problem::InsecureSha1 { .. }
            | Problem::SmallKey { .. }
    )
}
