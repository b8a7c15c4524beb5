//! The per-thread cache of parsed signing CAs.

use super::*;

/// A parsed CA and the PEMs it was parsed from.
pub(super) type ParsedCa = (String, String, std::rc::Rc<Issuer<'static, KeyPair>>);

/// How many parsed CAs a thread keeps: seeding alternates between two (the account CA and
/// the example issuing CA), a CA schedule keeps up to four generations.
pub(super) const PARSED_CAS: usize = 4;

thread_local! {
    /// The CAs last parsed on this thread, the most recently used first: seeding and a run of
    /// creations sign with the same few CAs again and again, and parsing (and checking) an
    /// RSA 4096 key costs about as much as a signature.
    pub(super) static PARSED: std::cell::RefCell<Vec<ParsedCa>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(test)]
thread_local! {
    /// CAs parsed on this thread.
    pub(super) static PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The CA given as PEMs (certificate and key), ready to sign; parsed once per thread while
/// it is among the last [`PARSED_CAS`] used.
pub(super) fn ca_issuer(
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
