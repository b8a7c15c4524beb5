//! Real X.509 for the sandbox: the account CA, Akamai-signed leaves, THIRD_PARTY key pairs
//! and CSRs, the checks run on an uploaded signed certificate, and the self-signed
//! certificate the server uses for `--tls`.
//!
//! Rules:
//! - everything is created with rcgen (aws-lc-rs backend, which can generate RSA keys) and
//!   read back with x509-parser; no OpenSSL;
//! - the account CA is RSA 4096 (the guide's `Get-MOKSCACert` example: `keySizeInBytes`
//!   4096), valid 5 years unless the CA schedule says otherwise; Akamai-signed leaves (RSA
//!   2048 or ECDSA P-256) carry the client-auth EKU and an authority key identifier, and
//!   verify against the CA PEM with `openssl verify`;
//! - facts the API reports about a certificate (`subject`, `issuer`, `signatureAlgorithm`,
//!   dates) are read from the certificate itself ([`facts`]), never assumed;
//! - subjects use the API's slash form `/C=US/O=…/CN=…/`, parsed by the model's one parser
//!   (`moks_model::moks::rules::subject_components`: CN required, 1–64 characters; C two
//!   letters; the attributes both moks and the sandbox accept); [`check_subject`] maps them to
//!   X.509 names;
//! - an upload ([`check_upload`]) is refused outright (`Err`) when it is not a certificate
//!   for this version's key or is not valid now; otherwise its findings are the API's
//!   `validation` entries: a subject other than the CSR's and a trust chain that does not
//!   link the certificate are errors, no clientAuth extended key usage and under 30 days
//!   left are warnings;
//! - these functions are blocking (key generation takes tens of milliseconds, an RSA 4096
//!   key up to seconds): callers run them inside `spawn_blocking`;
//! - a signing CA is parsed once per thread while it is among the last few used; leaves
//!   known in advance (seeding) can be signed on other threads by a [`Presigner`] while
//!   the operations that ask for them run;
//! - nothing here panics on bad input: every parse failure is an `Err` with a reason a
//!   person can act on.

mod cache;
mod csr;
mod issue;
mod keys;
mod presign;
mod read;
#[cfg(test)]
mod tests;
mod upload_check;

use cache::*;
pub use csr::*;
pub use issue::*;
pub use keys::*;
pub use presign::*;
pub use read::*;
pub use upload_check::*;

use moks_model::common::names;
use moks_model::common::pem::{self as pem_text, FirstError};
use moks_model::moks::upload::{self, Invalid, Unlinked};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SerialNumber,
};
use time::{Duration, OffsetDateTime};
use x509_parser::certificate::X509Certificate;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::prelude::FromDer;

/// Days a certificate must still be valid for an upload to pass without a warning (the
/// model's, which moks's local check shares).
pub use moks_model::moks::upload::WARN_DAYS;
