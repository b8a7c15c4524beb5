//! Issuing certificates: the account CA, outside CAs, Akamai-signed client leaves, and the
//! server's self-signed TLS identity.

use super::*;

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

pub(super) fn self_signed_ca(
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

pub(super) fn issued(pem: String, key: &KeyPair) -> Result<Issued, String> {
    let f = facts(&pem)?;
    Ok(Issued {
        certificate_pem: pem,
        private_key_pem: key.serialize_pem(),
        not_before: f.not_before,
        not_after: f.not_after,
        signature_algorithm: f.signature_algorithm,
    })
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

pub(super) fn sign_leaf(
    ca_cert_pem: &str,
    ca_key_pem: &str,
    spec: &LeafSpec,
) -> Result<Issued, String> {
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

/// The extensions of a client certificate: not a CA, digital signature (and key
/// encipherment for RSA), the clientAuth extended key usage, an authority key identifier.
pub(super) fn client_leaf(params: &mut CertificateParams, rsa: bool) {
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    if rsa {
        params.key_usages.push(KeyUsagePurpose::KeyEncipherment);
    }
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    params.use_authority_key_identifier_extension = true;
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
