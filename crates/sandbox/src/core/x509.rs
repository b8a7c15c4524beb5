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

/// The account CA's RSA key size, in bits (reported as `keySizeInBytes`, as the API does).
pub const ACCOUNT_CA_KEY_BITS: i64 = 4096;

/// What a generated certificate is, in the fields the API reports.
#[derive(Debug, Clone)]
pub struct Issued {
    pub certificate_pem: String,
    pub private_key_pem: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// The API's name of the algorithm it is signed with, e.g. `SHA256_WITH_RSA`.
    pub signature_algorithm: String,
}

/// A THIRD_PARTY key pair and its CSR.
#[derive(Debug, Clone)]
pub struct Csr {
    pub csr_pem: String,
    pub private_key_pem: String,
}

/// One validation finding, as the API's `validation` entries carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The request field it is about: `certificate` or `trustChain`.
    pub field: &'static str,
    /// The entry's `type`.
    pub kind: &'static str,
    pub message: String,
    pub reason: String,
}

/// The facts about an upload that parsed and belongs to this version.
#[derive(Debug, Clone)]
pub struct Uploaded {
    pub certificate_pem: String,
    pub subject: String,
    pub issuer: String,
    pub signature_algorithm: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
    /// Findings that refuse the upload.
    pub errors: Vec<Finding>,
    /// Findings that refuse it unless acknowledged.
    pub warnings: Vec<Finding>,
}

/// `RSA` or `ECDSA` (the API's keyAlgorithm values): a fresh key pair (while a
/// [`Presigner`] runs on this thread, one its helpers made a moment ago, if they have one).
pub fn generate_key(key_algorithm: &str) -> Result<KeyPair, String> {
    let running = PRESIGNER.with_borrow(Option::clone);
    if let Some(key) = running.and_then(|p| p.made_key(key_algorithm)) {
        return Ok(key);
    }
    new_key(key_algorithm)
}

fn new_key(key_algorithm: &str) -> Result<KeyPair, String> {
    let alg = if key_algorithm == "ECDSA" {
        &rcgen::PKCS_ECDSA_P256_SHA256
    } else {
        &rcgen::PKCS_RSA_SHA256
    };
    KeyPair::generate_for(alg).map_err(|e| format!("key generation failed: {e}"))
}

/// The components of `subject` (the API's `/K=V/…/` form, parsed by the model's one
/// parser, `moks_model::moks::rules::subject_components`), each an
/// attribute a certificate made here can carry.
pub fn check_subject(subject: &str) -> Result<Vec<(DnType, &str)>, String> {
    moks_model::moks::rules::subject_components(subject)?
        .into_iter()
        .map(|(k, v)| match dn_type(k) {
            Some(t) => Ok((t, v)),
            None => Err(format!("unknown attribute '{k}'")),
        })
        .collect()
}

fn dn_type(key: &str) -> Option<DnType> {
    Some(match key {
        "C" => DnType::CountryName,
        "ST" => DnType::StateOrProvinceName,
        "L" => DnType::LocalityName,
        "O" => DnType::OrganizationName,
        "OU" => DnType::OrganizationalUnitName,
        "CN" => DnType::CommonName,
        "emailAddress" => DnType::CustomDnType(vec![1, 2, 840, 113_549, 1, 9, 1]),
        _ => return None,
    })
}

fn distinguished_name(subject: &str) -> Result<DistinguishedName, String> {
    let mut dn = DistinguishedName::new();
    for (t, v) in check_subject(subject)? {
        dn.push(t, v);
    }
    Ok(dn)
}

fn random_serial() -> SerialNumber {
    let mut bytes: Vec<u8> = (0..16).map(|_| fastrand::u8(..)).collect();
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x10; // no leading zero byte
    SerialNumber::from_slice(&bytes)
}

fn self_signed_ca(
    subject: &str,
    key: &KeyPair,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> Result<String, String> {
    let mut params = CertificateParams::default();
    params.distinguished_name = distinguished_name(subject)?;
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params.not_before = not_before;
    params.not_after = not_after;
    params.serial_number = Some(random_serial());
    params
        .self_signed(key)
        .map(|c| c.pem())
        .map_err(|e| format!("CA creation failed: {e}"))
}

fn issued(pem: String, key: &KeyPair) -> Result<Issued, String> {
    let f = facts(&pem)?;
    Ok(Issued {
        certificate_pem: pem,
        private_key_pem: key.serialize_pem(),
        not_before: f.not_before,
        not_after: f.not_after,
        signature_algorithm: f.signature_algorithm,
    })
}

/// A parsed CA and the PEMs it was parsed from.
type ParsedCa = (String, String, std::rc::Rc<Issuer<'static, KeyPair>>);

/// How many parsed CAs a thread keeps: seeding alternates between two (the account CA and
/// the example issuing CA), a CA schedule keeps up to four generations.
const PARSED_CAS: usize = 4;

thread_local! {
    /// The CAs last parsed on this thread, the most recently used first: seeding and a run of
    /// creations sign with the same few CAs again and again, and parsing (and checking) an
    /// RSA 4096 key costs about as much as a signature.
    static PARSED: std::cell::RefCell<Vec<ParsedCa>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(test)]
thread_local! {
    /// CAs parsed on this thread.
    static PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The CA given as PEMs (certificate and key), ready to sign; parsed once per thread while
/// it is among the last [`PARSED_CAS`] used.
fn ca_issuer(
    ca_cert_pem: &str,
    ca_key_pem: &str,
) -> Result<std::rc::Rc<Issuer<'static, KeyPair>>, String> {
    let hit = PARSED.with_borrow_mut(|cas| {
        let i = cas
            .iter()
            .position(|(c, k, _)| c == ca_cert_pem && k == ca_key_pem)?;
        let found = cas.remove(i);
        let issuer = found.2.clone();
        cas.insert(0, found);
        Some(issuer)
    });
    if let Some(issuer) = hit {
        return Ok(issuer);
    }
    #[cfg(test)]
    PARSES.set(PARSES.get() + 1);
    let ca_key = KeyPair::from_pem(ca_key_pem).map_err(|e| format!("CA key unreadable: {e}"))?;
    let issuer = std::rc::Rc::new(
        Issuer::from_ca_cert_pem(ca_cert_pem, ca_key)
            .map_err(|e| format!("CA certificate unreadable: {e}"))?,
    );
    PARSED.with_borrow_mut(|cas| {
        cas.truncate(PARSED_CAS - 1);
        cas.insert(
            0,
            (
                ca_cert_pem.to_string(),
                ca_key_pem.to_string(),
                issuer.clone(),
            ),
        );
    });
    Ok(issuer)
}

/// `der` as a PEM block with LF line endings.
fn pem_encode(label: &str, der: &[u8]) -> String {
    pem::encode_config(
        &pem::Pem::new(label, der.to_vec()),
        pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
    )
}

/// Creates an account CA: RSA 4096, valid from `not_before` to `not_after`.
pub fn new_account_ca(
    subject: &str,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> Result<Issued, String> {
    let key = KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, rcgen::RsaKeySize::_4096)
        .map_err(|e| format!("key generation failed: {e}"))?;
    let pem = self_signed_ca(subject, &key, not_before, not_after)?;
    issued(pem, &key)
}

/// Creates a CA outside Akamai (ECDSA P-256, quick to make) valid for `days` from `now`: the
/// issuer of the seeded THIRD_PARTY examples, and of the tests' certificates.
pub fn new_outside_ca(subject: &str, now: OffsetDateTime, days: i64) -> Result<Issued, String> {
    let key = generate_key("ECDSA")?;
    let pem = self_signed_ca(subject, &key, now, now + Duration::days(days))?;
    issued(pem, &key)
}

/// Issues a client (leaf) certificate for `subject` with a fresh key of `key_algorithm`,
/// signed by the CA given as PEMs, valid for `lifetime` from `not_before`. While a
/// [`Presigner`] runs on this thread, a leaf it planned is taken from its helpers (see there).
pub fn issue_leaf(
    ca_cert_pem: &str,
    ca_key_pem: &str,
    subject: &str,
    key_algorithm: &str,
    not_before: OffsetDateTime,
    lifetime: Duration,
) -> Result<Issued, String> {
    let spec = LeafSpec {
        subject: subject.to_string(),
        key_algorithm: key_algorithm.to_string(),
        not_before,
        lifetime,
    };
    let running = PRESIGNER.with_borrow(Option::clone);
    if let Some(leaf) = running.and_then(|p| p.take(ca_cert_pem, ca_key_pem, &spec)) {
        return leaf;
    }
    sign_leaf(ca_cert_pem, ca_key_pem, &spec)
}

fn sign_leaf(ca_cert_pem: &str, ca_key_pem: &str, spec: &LeafSpec) -> Result<Issued, String> {
    let issuer = ca_issuer(ca_cert_pem, ca_key_pem)?;
    let key = generate_key(&spec.key_algorithm)?;
    let mut params = CertificateParams::default();
    params.distinguished_name = distinguished_name(&spec.subject)?;
    client_leaf(&mut params, spec.key_algorithm != "ECDSA");
    params.not_before = spec.not_before;
    params.not_after = spec.not_before + spec.lifetime;
    params.serial_number = Some(random_serial());
    let cert = params
        .signed_by(&key, &*issuer)
        .map_err(|e| format!("signing failed: {e}"))?;
    issued(cert.pem(), &key)
}

/// What [`issue_leaf`] is asked for, the CA aside.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LeafSpec {
    pub subject: String,
    pub key_algorithm: String,
    pub not_before: OffsetDateTime,
    pub lifetime: Duration,
}

thread_local! {
    /// The presigner running on this thread, if any.
    static PRESIGNER: std::cell::RefCell<Option<std::sync::Arc<Presigner>>> =
        const { std::cell::RefCell::new(None) };
}

/// Signs, on helper threads, the leaves one thread is about to ask [`issue_leaf`] for, in
/// a known order (seeding: about a thousand RSA 4096 signatures by the account CA, which
/// otherwise run one after the other inside the operations).
///
/// Rules:
/// - the leaves are given up front as a plan, in the order they will be asked for; the CA
///   is the one of the first planned leaf asked for (the helpers wait for it: seeding makes
///   the account CA inside its first operation);
/// - the asking thread takes the plan from the front, the helpers from the back, and they
///   meet where the work is shared out, whatever each thread's speed: a leaf is signed
///   once, by whoever reaches it first; the asking thread waits only for a leaf a helper
///   is signing at that moment;
/// - a helper's leaf is what `issue_leaf` would have made (a fresh key and serial), made a
///   moment earlier on another thread;
/// - a leaf not in the plan, or asked for with another CA, is signed where it is asked for;
/// - until the CA is known the helpers make the key pairs the asking thread will want (a
///   list of algorithms, given up front; the slow RSA ones first): its [`generate_key`]
///   takes them while there are some;
/// - a helper that stops (a panic) leaves its leaf to the asking thread; nothing waits on
///   a thread that is gone.
#[derive(Debug)]
pub struct Presigner {
    specs: Vec<LeafSpec>,
    /// The algorithms of the keys to make for the asking thread, in order.
    keys: Vec<String>,
    plan: std::collections::HashMap<LeafSpec, usize>,
    state: std::sync::Mutex<PresignState>,
    changed: std::sync::Condvar,
}

#[derive(Debug, Default)]
struct PresignState {
    /// The CA's certificate and key PEMs, once the asking thread has named it.
    ca: Option<(String, String)>,
    /// Planned leaves below this index are the asking thread's.
    front: usize,
    /// Planned leaves from this index on are the helpers'.
    back: usize,
    /// Leaves a helper is signing.
    signing: std::collections::HashSet<usize>,
    /// Leaves the helpers signed, until taken.
    signed: std::collections::HashMap<usize, Result<Issued, String>>,
    /// The asking thread is done: helpers stop.
    closed: bool,
    /// The next of `keys` to make.
    next_key: usize,
    /// Keys made for the asking thread, not taken yet.
    made: Vec<(String, KeyPair)>,
    counts: PresignCounts,
}

/// A planned leaf a helper is signing: dropped without being forgotten (the helper
/// stopped), it gives the leaf back to the asking thread.
struct Signing<'a>(&'a Presigner, usize);

impl Drop for Signing<'_> {
    fn drop(&mut self) {
        self.0.lock().signing.remove(&self.1);
        self.0.changed.notify_all();
    }
}

/// Where the leaves asked for were signed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PresignCounts {
    /// By a helper.
    pub ahead: usize,
    /// Planned, but signed by the asking thread (it got there first).
    pub inline: usize,
    /// Not in the plan (or another CA): signed where asked for.
    pub unplanned: usize,
}

impl Presigner {
    /// A presigner for `specs`, the leaves in the order they will be asked for (a spec
    /// planned twice counts once), making keys of the algorithms `keys` while it waits for
    /// the CA.
    pub fn new(specs: Vec<LeafSpec>, keys: Vec<String>) -> Presigner {
        let mut plan = std::collections::HashMap::with_capacity(specs.len());
        for (i, s) in specs.iter().enumerate() {
            plan.entry(s.clone()).or_insert(i);
        }
        Presigner {
            state: std::sync::Mutex::new(PresignState {
                back: specs.len(),
                ..Default::default()
            }),
            specs,
            keys,
            plan,
            changed: std::sync::Condvar::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, PresignState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on this thread with the presigner answering its [`issue_leaf`] calls, then
    /// tells the helpers to stop (also when `f` panics). Returns what `f` returned and
    /// where the leaves were signed.
    pub fn run<R>(self: &std::sync::Arc<Self>, f: impl FnOnce() -> R) -> (R, PresignCounts) {
        struct Close<'a>(&'a Presigner);
        impl Drop for Close<'_> {
            fn drop(&mut self) {
                PRESIGNER.set(None);
                self.0.lock().closed = true;
                self.0.changed.notify_all();
            }
        }
        PRESIGNER.set(Some(self.clone()));
        let close = Close(self);
        let out = f();
        drop(close);
        (out, self.lock().counts)
    }

    /// A helper's work: once the CA is known, signs planned leaves from the back until it
    /// meets the asking thread or that thread is done.
    pub fn help(&self) {
        let mut st = self.lock();
        while st.ca.is_none() && !st.closed && st.next_key < self.keys.len() {
            let alg = &self.keys[st.next_key];
            st.next_key += 1;
            drop(st);
            let key = new_key(alg);
            st = self.lock();
            match key {
                Ok(key) => st.made.push((alg.clone(), key)),
                Err(_) => break, // the asking thread will say why, when it makes its own
            }
        }
        let (cert, key) = loop {
            if st.closed {
                return;
            }
            match &st.ca {
                Some(ca) => break ca.clone(),
                None => st = self.changed.wait(st).unwrap_or_else(|p| p.into_inner()),
            }
        };
        while !st.closed && st.back > st.front {
            st.back -= 1;
            let i = st.back;
            st.signing.insert(i);
            drop(st);
            let signing = Signing(self, i);
            let leaf = sign_leaf(&cert, &key, &self.specs[i]);
            std::mem::forget(signing);
            st = self.lock();
            st.signing.remove(&i);
            st.signed.insert(i, leaf);
            self.changed.notify_all();
        }
    }

    /// A key of `key_algorithm` a helper made, if there is one left.
    fn made_key(&self, key_algorithm: &str) -> Option<KeyPair> {
        let mut st = self.lock();
        let i = st.made.iter().position(|(alg, _)| alg == key_algorithm)?;
        Some(st.made.swap_remove(i).1)
    }

    /// The leaf for `spec`, if a helper signed (or is signing) it; `None`: sign it here.
    fn take(&self, ca_cert: &str, ca_key: &str, spec: &LeafSpec) -> Option<Result<Issued, String>> {
        let mut st = self.lock();
        let Some(&i) = self.plan.get(spec) else {
            st.counts.unplanned += 1;
            return None;
        };
        match &st.ca {
            None => {
                st.ca = Some((ca_cert.to_string(), ca_key.to_string()));
                self.changed.notify_all();
            }
            Some((c, k)) if c != ca_cert || k != ca_key => {
                st.counts.unplanned += 1;
                return None;
            }
            Some(_) => {}
        }
        if i < st.back {
            st.front = st.front.max(i + 1);
            st.counts.inline += 1;
            return None;
        }
        loop {
            if let Some(leaf) = st.signed.remove(&i) {
                st.counts.ahead += 1;
                return Some(leaf);
            }
            if !st.signing.contains(&i) {
                // Its helper stopped (or the leaf was taken before): sign it here.
                st.counts.inline += 1;
                return None;
            }
            st = self.changed.wait(st).unwrap_or_else(|p| p.into_inner());
        }
    }
}

/// The extensions of a client certificate: not a CA, digital signature (and key
/// encipherment for RSA), the clientAuth extended key usage, an authority key identifier.
fn client_leaf(params: &mut CertificateParams, rsa: bool) {
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    if rsa {
        params.key_usages.push(KeyUsagePurpose::KeyEncipherment);
    }
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    params.use_authority_key_identifier_extension = true;
}

/// A fresh key pair of `key_algorithm` and a PEM CSR for `subject`.
pub fn new_csr(subject: &str, key_algorithm: &str) -> Result<Csr, String> {
    let key = generate_key(key_algorithm)?;
    let mut params = CertificateParams::default();
    params.distinguished_name = distinguished_name(subject)?;
    let csr = params
        .serialize_request(&key)
        .map_err(|e| format!("CSR creation failed: {e}"))?;
    let csr_pem = csr.pem().map_err(|e| format!("CSR encoding failed: {e}"))?;
    Ok(Csr {
        csr_pem,
        private_key_pem: key.serialize_pem(),
    })
}

/// Signs a CSR as a client certificate (the extensions of an Akamai-signed leaf) with a CA
/// given as PEMs: how the seeded THIRD_PARTY examples and the tests get theirs signed.
pub fn sign_csr(
    csr_pem: &str,
    ca_cert_pem: &str,
    ca_key_pem: &str,
    not_before: OffsetDateTime,
    days: i64,
) -> Result<String, String> {
    let issuer = ca_issuer(ca_cert_pem, ca_key_pem)?;
    let mut req = rcgen::CertificateSigningRequestParams::from_pem(csr_pem)
        .map_err(|e| format!("CSR unreadable: {e}"))?;
    let rsa = csr_key_is_rsa(csr_pem)?;
    client_leaf(&mut req.params, rsa);
    req.params.not_before = not_before;
    req.params.not_after = not_before + Duration::days(days);
    req.params.serial_number = Some(random_serial());
    let cert = req
        .signed_by(&*issuer)
        .map_err(|e| format!("signing failed: {e}"))?;
    Ok(cert.pem())
}

fn csr_key_is_rsa(csr_pem: &str) -> Result<bool, String> {
    let der = first_pem(csr_pem, "CERTIFICATE REQUEST")?;
    let (_, csr) = x509_parser::certification_request::X509CertificationRequest::from_der(&der)
        .map_err(|e| format!("the CSR does not parse ({e})"))?;
    let alg = csr
        .certification_request_info
        .subject_pki
        .algorithm
        .algorithm
        .to_id_string();
    Ok(alg == "1.2.840.113549.1.1.1")
}

/// The first `wanted` block of `text` (the model's one PEM reader), or why there is none.
fn first_pem(text: &str, wanted: &str) -> Result<Vec<u8>, String> {
    pem_text::first(text, wanted).map_err(|e| match e {
        FirstError::PrivateKey => "it holds a private key; never upload a private key".into(),
        FirstError::Malformed(why) => format!("the PEM data is malformed ({why})"),
        FirstError::Missing => format!("it holds no {wanted} PEM block"),
        FirstError::NoPem => format!("it is not PEM (expected -----BEGIN {wanted}-----)"),
    })
}

/// The common name of a certificate's issuer, else the whole issuer name.
fn issuer_name(cert: &x509_parser::certificate::X509Certificate<'_>) -> String {
    cert.issuer()
        .iter_common_name()
        .next()
        .and_then(|cn| cn.as_str().ok())
        .map(str::to_string)
        .unwrap_or_else(|| cert.issuer().to_string())
}

/// The API's name of a signature algorithm (`SHA256_WITH_RSA`, …), else its dotted OID.
fn signature_algorithm_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.5" => "SHA1_WITH_RSA",
        "1.2.840.113549.1.1.11" => "SHA256_WITH_RSA",
        "1.2.840.113549.1.1.12" => "SHA384_WITH_RSA",
        "1.2.840.113549.1.1.13" => "SHA512_WITH_RSA",
        "1.2.840.113549.1.1.10" => "RSASSA_PSS",
        "1.2.840.10045.4.3.2" => "SHA256_WITH_ECDSA",
        "1.2.840.10045.4.3.3" => "SHA384_WITH_ECDSA",
        "1.2.840.10045.4.3.4" => "SHA512_WITH_ECDSA",
        "1.3.101.112" => "ED25519",
        other => return other.to_string(),
    }
    .to_string()
}

/// What the API reports about a certificate, read from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub subject: String,
    pub issuer: String,
    pub signature_algorithm: String,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
}

fn facts_of(cert: &x509_parser::certificate::X509Certificate<'_>) -> Facts {
    Facts {
        subject: names::slash_form(cert.subject()),
        issuer: issuer_name(cert),
        signature_algorithm: signature_algorithm_name(
            &cert.signature_algorithm.algorithm.to_id_string(),
        ),
        not_before: upload::date(cert.validity().not_before),
        not_after: upload::date(cert.validity().not_after),
    }
}

/// The facts of the first certificate of a PEM text.
pub fn facts(pem: &str) -> Result<Facts, String> {
    let der = first_pem(pem, "CERTIFICATE")?;
    let (_, cert) = x509_parser::parse_x509_certificate(&der)
        .map_err(|e| format!("the certificate does not parse ({e})"))?;
    Ok(facts_of(&cert))
}

fn finding(field: &'static str, kind: &'static str, message: String, reason: &str) -> Finding {
    Finding {
        field,
        kind,
        message,
        reason: reason.to_string(),
    }
}

/// The checks run on an uploaded signed certificate. `Err` (the upload is refused as "not
/// acceptable") when it is not PEM, does not parse, is for another key than the CSR's, or
/// is not valid now; otherwise the facts and the findings.
pub fn check_upload(
    cert_pem: &str,
    csr_pem: &str,
    trust_chain: Option<&str>,
    now: OffsetDateTime,
) -> Result<Uploaded, String> {
    let der = first_pem(cert_pem, "CERTIFICATE")?;
    let (_, cert) = x509_parser::parse_x509_certificate(&der)
        .map_err(|e| format!("the certificate does not parse ({e})"))?;
    let csr_der = first_pem(csr_pem, "CERTIFICATE REQUEST")?;
    let (_, csr) = x509_parser::certification_request::X509CertificationRequest::from_der(&csr_der)
        .map_err(|e| format!("the CSR does not parse ({e})"))?;
    if !upload::key_matches_csr(&cert, &csr) {
        return Err("its public key does not match the key of this version's CSR".into());
    }
    let f = facts_of(&cert);
    match upload::validity(&cert, now) {
        Err(Invalid::NotYetValid { not_before }) => {
            return Err(format!(
                "it is not valid yet (notBefore {})",
                super::store::fmt_date(not_before)
            ))
        }
        Err(Invalid::Expired { not_after }) => {
            return Err(format!(
                "it has expired (notAfter {})",
                super::store::fmt_date(not_after)
            ))
        }
        Ok(()) => {}
    }
    let (errors, warnings) = findings(&cert, &csr, &f, trust_chain, now);
    Ok(Uploaded {
        certificate_pem: pem_encode("CERTIFICATE", &der),
        subject: f.subject,
        issuer: f.issuer,
        signature_algorithm: f.signature_algorithm,
        not_before: f.not_before,
        not_after: f.not_after,
        errors,
        warnings,
    })
}

/// The API's `validation` entries on a certificate that parsed, is for this version's key
/// and is valid now: errors, then warnings (the rules are the model's `moks::upload`).
fn findings(
    cert: &X509Certificate<'_>,
    csr: &X509CertificationRequest<'_>,
    f: &Facts,
    trust_chain: Option<&str>,
    now: OffsetDateTime,
) -> (Vec<Finding>, Vec<Finding>) {
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    if !upload::subject_matches_csr(cert, csr) {
        errors.push(finding(
            "certificate",
            "SUBJECT_MISMATCH",
            format!(
                "The certificate's subject {} is not the subject of this version's CSR, {}.",
                f.subject,
                names::slash_form(&csr.certification_request_info.subject)
            ),
            "The signed certificate must carry the subject of the CSR it was made from.",
        ));
    }
    if let Some(chain) = trust_chain {
        if let Err(why) = chain_links(cert, chain) {
            errors.push(finding(
                "trustChain",
                "TRUST_CHAIN_INVALID",
                format!("The trust chain does not link the certificate: {why}."),
                "Each certificate of the trust chain must have signed the one before it, starting with the uploaded certificate.",
            ));
        }
    }
    if !upload::client_auth(cert) {
        warnings.push(finding(
            "certificate",
            "NO_CLIENT_AUTH_USAGE",
            "The certificate's extended key usage does not include clientAuth (TLS Web Client Authentication).".into(),
            "An origin that checks key usage refuses a client certificate without clientAuth.",
        ));
    }
    if upload::expires_soon(cert, now).is_some() {
        warnings.push(finding(
            "certificate",
            "CERTIFICATE_EXPIRES_SOON",
            format!(
                "The certificate expires on {}, less than {WARN_DAYS} days from now.",
                super::store::fmt_date(f.not_after)
            ),
            &format!("The certificate is valid for less than {WARN_DAYS} more days."),
        ));
    }
    (errors, warnings)
}

/// Whether the chain links `leaf` (the model's rule), worded as the API's message.
fn chain_links(leaf: &X509Certificate<'_>, chain_pem: &str) -> Result<(), String> {
    let mut ders = Vec::new();
    for block in pem_text::split_pem(chain_pem) {
        ders.push(
            block
                .der
                .map_err(|e| format!("the PEM data is malformed ({e})"))?,
        );
    }
    let mut certs = Vec::new();
    for (i, der) in ders.iter().enumerate() {
        let (_, c) = x509_parser::parse_x509_certificate(der)
            .map_err(|e| format!("certificate {} does not parse ({e})", i + 1))?;
        certs.push(c);
    }
    upload::chain_links(leaf, &certs).map_err(|e| match e {
        Unlinked::NoSigner => format!(
            "no certificate in it signed the uploaded one (its issuer is {})",
            names::slash_form(leaf.issuer())
        ),
        Unlinked::OffPath(i) => format!(
            "certificate {} of the chain ({}) is not on the path from the uploaded certificate",
            i + 1,
            names::slash_form(certs[i].subject())
        ),
    })
}

/// Checks that every block of a trust chain is a parseable certificate.
pub fn check_chain(chain_pem: &str) -> Result<(), String> {
    let mut n = 0;
    for block in pem_text::split_pem(chain_pem) {
        let der = block
            .der
            .map_err(|e| format!("the PEM data is malformed ({e})"))?;
        if block.label != "CERTIFICATE" {
            return Err(format!(
                "it holds a {} block; only certificates belong in a chain",
                block.label
            ));
        }
        x509_parser::parse_x509_certificate(&der)
            .map_err(|e| format!("certificate {} does not parse ({e})", n + 1))?;
        n += 1;
    }
    if n == 0 {
        return Err("it holds no PEM certificate".into());
    }
    Ok(())
}

/// A self-signed server certificate for 127.0.0.1 and localhost: (cert PEM, key PKCS#8 DER).
pub fn tls_server_identity() -> Result<(String, Vec<u8>, Vec<u8>), String> {
    let key = generate_key("ECDSA")?;
    let mut params = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .map_err(|e| format!("TLS certificate parameters: {e}"))?;
    params
        .distinguished_name
        .push(DnType::CommonName, "moks sandbox (self-signed)");
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::hours(1);
    params.not_after = now + Duration::days(365);
    params.serial_number = Some(random_serial());
    let cert = params
        .self_signed(&key)
        .map_err(|e| format!("TLS certificate: {e}"))?;
    Ok((cert.pem(), cert.der().to_vec(), key.serialize_der()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_hold_only_attributes_a_certificate_here_can_carry() {
        let all = "/C=US/ST=CA/L=SF/O=Ex, Inc./OU=1 C-1 2/emailAddress=a@example.com/CN=x/";
        assert_eq!(check_subject(all).unwrap().len(), 7);
        let e = check_subject("/XX=1/CN=x/").unwrap_err();
        assert!(e.contains("'XX' is not a subject attribute"), "{e}");
        // The form's own rules come from the one parser.
        assert!(check_subject("/O=x/").unwrap_err().contains("no CN"));
    }

    fn outside_ca(now: OffsetDateTime) -> Issued {
        new_outside_ca("/C=US/O=Test/CN=Test CA/", now - Duration::days(1), 3650).unwrap()
    }

    /// Signs `csr` with `ca` after `edit` changed the parameters copied from the CSR.
    fn sign_edited(
        csr: &Csr,
        ca: &Issued,
        now: OffsetDateTime,
        edit: impl FnOnce(&mut CertificateParams),
    ) -> String {
        let key = KeyPair::from_pem(&ca.private_key_pem).unwrap();
        let issuer = Issuer::from_ca_cert_pem(&ca.certificate_pem, key).unwrap();
        let mut req = rcgen::CertificateSigningRequestParams::from_pem(&csr.csr_pem).unwrap();
        req.params.not_before = now - Duration::hours(1);
        req.params.not_after = now + Duration::days(90);
        edit(&mut req.params);
        req.signed_by(&issuer).unwrap().pem()
    }

    fn kinds(f: &[Finding]) -> Vec<(&str, &str)> {
        f.iter().map(|f| (f.field, f.kind)).collect()
    }

    #[test]
    fn upload_checks_key_match_and_validity() {
        let now = OffsetDateTime::now_utc();
        let ca = outside_ca(now);
        let csr = new_csr("/C=US/O=Ex/CN=leaf/", "ECDSA").unwrap();
        let other = new_csr("/CN=other/", "ECDSA").unwrap();
        let good = sign_csr(
            &csr.csr_pem,
            &ca.certificate_pem,
            &ca.private_key_pem,
            now,
            60,
        )
        .unwrap();
        let up = check_upload(&good, &csr.csr_pem, Some(&ca.certificate_pem), now).unwrap();
        assert!(up.warnings.is_empty() && up.errors.is_empty(), "{up:?}");
        assert_eq!(up.issuer, "Test CA");
        assert_eq!(up.subject, "/C=US/O=Ex/CN=leaf/");
        assert_eq!(up.signature_algorithm, "SHA256_WITH_ECDSA");
        let e = check_upload(&good, &other.csr_pem, None, now).unwrap_err();
        assert!(e.contains("public key"), "{e}");
        let short = sign_csr(
            &csr.csr_pem,
            &ca.certificate_pem,
            &ca.private_key_pem,
            now,
            10,
        )
        .unwrap();
        let up = check_upload(&short, &csr.csr_pem, None, now).unwrap();
        assert_eq!(
            kinds(&up.warnings),
            [("certificate", "CERTIFICATE_EXPIRES_SOON")]
        );
        let old = sign_csr(
            &csr.csr_pem,
            &ca.certificate_pem,
            &ca.private_key_pem,
            now - Duration::days(100),
            10,
        )
        .unwrap();
        assert!(check_upload(&old, &csr.csr_pem, None, now)
            .unwrap_err()
            .contains("expired"));
        assert!(check_upload("garbage", &csr.csr_pem, None, now).is_err());
        assert!(check_upload(&ca.private_key_pem, &csr.csr_pem, None, now)
            .unwrap_err()
            .contains("private key"));
        assert!(check_chain(&ca.certificate_pem).is_ok());
        assert!(check_chain("nope").is_err());
    }

    #[test]
    fn upload_findings_subject_usage_and_chain() {
        let now = OffsetDateTime::now_utc();
        let ca = outside_ca(now);
        let csr = new_csr("/C=US/O=Ex/CN=leaf/", "RSA").unwrap();
        // Another subject than the CSR's: an error.
        let renamed = sign_edited(&csr, &ca, now, |p| {
            p.distinguished_name = distinguished_name("/C=US/O=Ex/CN=someone-else/").unwrap();
        });
        let up = check_upload(&renamed, &csr.csr_pem, None, now).unwrap();
        assert_eq!(kinds(&up.errors), [("certificate", "SUBJECT_MISMATCH")]);
        assert!(up.errors[0].message.contains("/CN=someone-else/"), "{up:?}");
        // serverAuth as the only extended key usage: a warning.
        let server = sign_edited(&csr, &ca, now, |p| {
            p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        });
        let up = check_upload(&server, &csr.csr_pem, None, now).unwrap();
        assert_eq!(
            kinds(&up.warnings),
            [("certificate", "NO_CLIENT_AUTH_USAGE")]
        );
        assert!(up.errors.is_empty());
        // No extended key usage at all restricts nothing.
        let plain = sign_edited(&csr, &ca, now, |_| {});
        assert!(check_upload(&plain, &csr.csr_pem, None, now)
            .unwrap()
            .warnings
            .is_empty());
        // A chain from an unrelated CA: an error.
        let unrelated = new_outside_ca("/CN=Unrelated CA/", now, 30).unwrap();
        let up = check_upload(&plain, &csr.csr_pem, Some(&unrelated.certificate_pem), now).unwrap();
        assert_eq!(kinds(&up.errors), [("trustChain", "TRUST_CHAIN_INVALID")]);
        // The right CA plus an unrelated one: the extra one is named.
        let both = format!("{}{}", ca.certificate_pem, unrelated.certificate_pem);
        let up = check_upload(&plain, &csr.csr_pem, Some(&both), now).unwrap();
        assert!(
            up.errors[0].message.contains("certificate 2 of the chain"),
            "{up:?}"
        );
        // An intermediate and its root, in either order, link.
        let inter_key = generate_key("ECDSA").unwrap();
        let mut ip = CertificateParams::default();
        ip.distinguished_name = distinguished_name("/CN=Intermediate/").unwrap();
        ip.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ip.not_before = now - Duration::days(1);
        ip.not_after = now + Duration::days(365);
        let root = Issuer::from_ca_cert_pem(
            &ca.certificate_pem,
            KeyPair::from_pem(&ca.private_key_pem).unwrap(),
        )
        .unwrap();
        let inter_pem = ip.signed_by(&inter_key, &root).unwrap().pem();
        let inter = Issued {
            certificate_pem: inter_pem.clone(),
            private_key_pem: inter_key.serialize_pem(),
            not_before: now,
            not_after: now,
            signature_algorithm: String::new(),
        };
        let leaf = sign_edited(&csr, &inter, now, |_| {});
        for chain in [
            format!("{inter_pem}{}", ca.certificate_pem),
            format!("{}{inter_pem}", ca.certificate_pem),
            inter_pem.clone(),
        ] {
            let up = check_upload(&leaf, &csr.csr_pem, Some(&chain), now).unwrap();
            assert!(up.errors.is_empty(), "{up:?}");
        }
        // ...but the root alone does not: the intermediate is missing.
        let up = check_upload(&leaf, &csr.csr_pem, Some(&ca.certificate_pem), now).unwrap();
        assert_eq!(kinds(&up.errors), [("trustChain", "TRUST_CHAIN_INVALID")]);
    }

    #[test]
    fn account_ca_is_rsa_4096_and_its_leaves_are_signed_sha256_with_rsa() {
        let now = OffsetDateTime::now_utc();
        let ca = new_account_ca(
            "/C=US/O=Akamai Technologies, Inc./OU=Akamai CDN mTLS/CN=23456 Account CA G1/",
            now,
            now + Duration::days(5 * 365),
        )
        .unwrap();
        let der = first_pem(&ca.certificate_pem, "CERTIFICATE").unwrap();
        let (_, cert) = x509_parser::parse_x509_certificate(&der).unwrap();
        match cert.public_key().parsed().unwrap() {
            x509_parser::public_key::PublicKey::RSA(rsa) => {
                assert_eq!(rsa.key_size() as i64, ACCOUNT_CA_KEY_BITS)
            }
            other => panic!("not RSA: {other:?}"),
        }
        // An ECDSA leaf signed by the RSA CA is signed SHA256_WITH_RSA.
        let leaf = issue_leaf(
            &ca.certificate_pem,
            &ca.private_key_pem,
            "/CN=leaf/",
            "ECDSA",
            now,
            Duration::days(90),
        )
        .unwrap();
        assert_eq!(leaf.signature_algorithm, "SHA256_WITH_RSA");
        assert_eq!(
            facts(&leaf.certificate_pem).unwrap().issuer,
            "23456 Account CA G1"
        );
        assert_eq!(leaf.not_after - leaf.not_before, Duration::days(90));
    }

    fn leaf_spec(cn: &str, now: OffsetDateTime) -> LeafSpec {
        LeafSpec {
            subject: format!("/C=US/O=Ex/CN={cn}/"),
            key_algorithm: "ECDSA".into(),
            // whole seconds, as a certificate holds them
            not_before: now.replace_nanosecond(0).unwrap() - Duration::days(3),
            lifetime: Duration::days(90),
        }
    }

    fn ask(ca: &Issued, spec: &LeafSpec) -> Issued {
        issue_leaf(
            &ca.certificate_pem,
            &ca.private_key_pem,
            &spec.subject,
            &spec.key_algorithm,
            spec.not_before,
            spec.lifetime,
        )
        .unwrap()
    }

    /// The leaf is the one `spec` describes, signed by `ca`.
    fn check_leaf(leaf: &Issued, spec: &LeafSpec, ca: &Issued) {
        let f = facts(&leaf.certificate_pem).unwrap();
        assert_eq!(f.subject, spec.subject);
        assert_eq!(f.issuer, "Test CA");
        assert_eq!(leaf.not_before, spec.not_before);
        assert_eq!(leaf.not_after, spec.not_before + spec.lifetime);
        let der = first_pem(&leaf.certificate_pem, "CERTIFICATE").unwrap();
        let (_, cert) = x509_parser::parse_x509_certificate(&der).unwrap();
        chain_links(&cert, &ca.certificate_pem).unwrap();
        assert!(KeyPair::from_pem(&leaf.private_key_pem).is_ok());
    }

    #[test]
    fn a_thread_parses_each_of_the_cas_it_alternates_between_once() {
        let now = OffsetDateTime::now_utc();
        let cas: Vec<_> = (0..PARSED_CAS)
            .map(|i| new_outside_ca(&format!("/CN=CA {i}/"), now, 30).unwrap())
            .collect();
        let spec = leaf_spec("leaf", now);
        let before = PARSES.get();
        for _ in 0..3 {
            for ca in &cas {
                let leaf = ask(ca, &spec);
                assert_eq!(leaf.not_before, spec.not_before);
            }
        }
        assert_eq!(PARSES.get() - before, PARSED_CAS);
        // One more CA pushes out the least recently used.
        ask(&outside_ca(now), &spec);
        ask(&cas[0], &spec);
        assert_eq!(PARSES.get() - before, PARSED_CAS + 2);
    }

    #[test]
    fn presigned_leaves_are_the_leaves_asked_for_signed_once() {
        let now = OffsetDateTime::now_utc();
        let ca = outside_ca(now);
        let specs: Vec<_> = (0..6)
            .map(|i| leaf_spec(&format!("leaf-{i}"), now))
            .collect();
        let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
        // The first leaf names the CA; then a helper runs to the end before the next ask:
        // it signed all the others, from the back, and they are taken from it.
        let (leaves, counts) = p.run(|| {
            let mut leaves = vec![ask(&ca, &specs[0])];
            std::thread::scope(|s| s.spawn(|| p.help()).join().unwrap());
            assert_eq!(p.lock().signed.len(), 5);
            leaves.extend(specs[1..].iter().map(|s| ask(&ca, s)));
            leaves
        });
        assert_eq!(
            counts,
            PresignCounts {
                ahead: 5,
                inline: 1,
                unplanned: 0
            }
        );
        for (leaf, spec) in leaves.iter().zip(&specs) {
            check_leaf(leaf, spec, &ca);
        }
        let keys: std::collections::HashSet<_> =
            leaves.iter().map(|l| l.private_key_pem.clone()).collect();
        assert_eq!(keys.len(), leaves.len(), "a fresh key per leaf");
        assert!(p.lock().signed.is_empty());
        // Outside `run`, nothing is presigned.
        assert!(PRESIGNER.with_borrow(Option::is_none));
    }

    #[test]
    fn presigner_with_helpers_running_alongside_signs_every_leaf_once() {
        let now = OffsetDateTime::now_utc();
        let ca = outside_ca(now);
        let specs: Vec<_> = (0..40)
            .map(|i| leaf_spec(&format!("leaf-{i}"), now))
            .collect();
        let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
        let (leaves, counts) = std::thread::scope(|s| {
            for _ in 0..3 {
                s.spawn(|| p.help());
            }
            p.run(|| specs.iter().map(|s| ask(&ca, s)).collect::<Vec<_>>())
        });
        assert_eq!(counts.ahead + counts.inline, 40, "{counts:?}");
        assert_eq!(counts.unplanned, 0);
        for (leaf, spec) in leaves.iter().zip(&specs) {
            check_leaf(leaf, spec, &ca);
        }
        let st = p.lock();
        assert!(st.signing.is_empty() && st.signed.is_empty() && st.closed);
    }

    #[test]
    fn presigner_signs_the_unplanned_where_asked_and_never_keeps_helpers_waiting() {
        let now = OffsetDateTime::now_utc();
        let ca = outside_ca(now);
        let other = new_outside_ca("/CN=Other CA/", now - Duration::days(1), 30).unwrap();
        let specs = vec![leaf_spec("a", now), leaf_spec("b", now)];
        let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
        let (_, counts) = std::thread::scope(|s| {
            s.spawn(|| p.help());
            p.run(|| {
                // Not planned: another subject; another lifetime.
                let odd = leaf_spec("c", now);
                check_leaf(&ask(&ca, &odd), &odd, &ca);
                let longer = LeafSpec {
                    lifetime: Duration::days(91),
                    ..specs[0].clone()
                };
                check_leaf(&ask(&ca, &longer), &longer, &ca);
                // Planned, first asked with this CA: the CA of the plan.
                check_leaf(&ask(&ca, &specs[0]), &specs[0], &ca);
                // Planned, but another CA: signed by that CA, here.
                let leaf = ask(&other, &specs[1]);
                assert_eq!(facts(&leaf.certificate_pem).unwrap().issuer, "Other CA");
            })
        });
        assert_eq!(counts.unplanned, 3, "{counts:?}");
        assert_eq!(counts.ahead + counts.inline, 1, "{counts:?}");
        // A helper waiting for a CA that is never named stops when the run ends.
        let idle = std::sync::Arc::new(Presigner::new(specs, Vec::new()));
        let (_, counts) = std::thread::scope(|s| {
            let h = s.spawn(|| idle.help());
            let out = idle.run(|| ());
            h.join().unwrap();
            out
        });
        assert_eq!(counts, PresignCounts::default());
    }

    #[test]
    fn keys_made_while_the_ca_is_awaited_go_to_the_asking_thread_once() {
        let now = OffsetDateTime::now_utc();
        let ca = outside_ca(now);
        let specs = vec![leaf_spec("a", now)];
        let keys = vec!["ECDSA".to_string(); 3];
        let p = std::sync::Arc::new(Presigner::new(specs.clone(), keys));
        std::thread::scope(|s| {
            s.spawn(|| p.help());
            p.run(|| {
                let made = || p.lock().made.len();
                let since = std::time::Instant::now();
                while made() < 3 {
                    assert!(since.elapsed().as_secs() < 30, "the helper made no keys");
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                let ders: std::collections::HashSet<_> = p
                    .lock()
                    .made
                    .iter()
                    .map(|(_, k)| k.serialize_der())
                    .collect();
                // Not for another algorithm.
                assert!(p.made_key("RSA").is_none());
                for _ in 0..3 {
                    let key = generate_key("ECDSA").unwrap();
                    assert!(ders.contains(&key.serialize_der()));
                }
                assert_eq!(made(), 0);
                // Then fresh ones, as without a presigner.
                assert!(!ders.contains(&generate_key("ECDSA").unwrap().serialize_der()));
                // Once the CA is known the helper signs instead.
                check_leaf(&ask(&ca, &specs[0]), &specs[0], &ca);
            });
        });
    }

    #[test]
    fn a_leaf_whose_helper_stopped_is_signed_by_the_asking_thread() {
        let now = OffsetDateTime::now_utc();
        let ca = outside_ca(now);
        let specs = vec![leaf_spec("a", now), leaf_spec("b", now)];
        let p = std::sync::Arc::new(Presigner::new(specs.clone(), Vec::new()));
        let (_, counts) = p.run(|| {
            check_leaf(&ask(&ca, &specs[0]), &specs[0], &ca);
            // A helper claims leaf 1, as `help` does, then stops without signing it while
            // the asking thread waits for it.
            let claim = {
                let mut st = p.lock();
                st.back = 1;
                st.signing.insert(1);
                Signing(&p, 1)
            };
            std::thread::scope(|s| {
                s.spawn(move || {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    drop(claim);
                });
                check_leaf(&ask(&ca, &specs[1]), &specs[1], &ca);
            });
        });
        assert_eq!(
            counts,
            PresignCounts {
                ahead: 0,
                inline: 2,
                unplanned: 0
            }
        );
    }
}
