//! Key pairs (fresh, or a running presigner's) and the subjects, serials and names a
//! certificate made here carries.

use super::*;

/// `RSA` or `ECDSA` (the API's keyAlgorithm values): a fresh key pair (while a
/// [`Presigner`] runs on this thread, one its helpers made a moment ago, if they have one).
pub fn generate_key(key_algorithm: &str) -> Result<KeyPair, String> {
    let running = PRESIGNER.with_borrow(Option::clone);
    if let Some(key) = running.and_then(|p| p.made_key(key_algorithm)) {
        return Ok(key);
    }
    new_key(key_algorithm)
}

pub(super) fn new_key(key_algorithm: &str) -> Result<KeyPair, String> {
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

pub(super) fn dn_type(key: &str) -> Option<DnType> {
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

pub(super) fn distinguished_name(subject: &str) -> Result<DistinguishedName, String> {
    let mut dn = DistinguishedName::new();
    for (t, v) in check_subject(subject)? {
        dn.push(t, v);
    }
    Ok(dn)
}

pub(super) fn random_serial() -> SerialNumber {
    let mut bytes: Vec<u8> = (0..16).map(|_| fastrand::u8(..)).collect();
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x10; // no leading zero byte
    SerialNumber::from_slice(&bytes)
}
