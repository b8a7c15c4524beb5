//! How an `https://` server's certificate is checked when `--ca-cert` names a CA.
//!
//! Rules:
//! - the CA is trusted *as well as* the system store: a server either vouches for is accepted;
//! - the system store (the platform verifier: on Debian ~150 files, read and parsed in a few
//!   milliseconds, most of a one-request run) is loaded only when the given CA alone does not
//!   verify the server's chain, at most once per run. For the sandbox or a private CA it is
//!   never read;
//! - a chain the given CA verifies also verifies with the system roots added, so accepting it
//!   early gives the answer both at once would give. Every failure is decided by the full
//!   verifier (system store plus the given CA), so its errors, and the `--ca-cert` hint drawn
//!   from them, are the ones a single verifier would give.

use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, Error, RootCertStore, SignatureScheme};

type Full = Arc<dyn ServerCertVerifier>;
type LoadFull = Box<dyn Fn() -> Result<Full, Error> + Send + Sync>;

/// The given CA first; the full verifier, built on first need, for anything else.
struct CaFirst {
    given: Arc<WebPkiServerVerifier>,
    load_full: LoadFull,
    full: OnceLock<Result<Full, Error>>,
}

impl std::fmt::Debug for CaFirst {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaFirst")
            .field("full_loaded", &self.full.get().is_some())
            .finish_non_exhaustive()
    }
}

impl CaFirst {
    fn new(
        given: Vec<CertificateDer<'static>>,
        provider: Arc<CryptoProvider>,
        load_full: LoadFull,
    ) -> Result<CaFirst, Error> {
        let mut roots = RootCertStore::empty();
        for cert in given {
            roots.add(cert)?;
        }
        let given = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
            .build()
            .map_err(|e| Error::General(e.to_string()))?;
        Ok(CaFirst {
            given,
            load_full,
            full: OnceLock::new(),
        })
    }

    fn full(&self) -> Result<&Full, Error> {
        self.full
            .get_or_init(|| (self.load_full)())
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl ServerCertVerifier for CaFirst {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        let verify = |v: &dyn ServerCertVerifier| {
            v.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        };
        verify(self.given.as_ref()).or_else(|_| verify(self.full()?.as_ref()))
    }

    // The handshake signatures are checked against the server's own key, whoever vouched for
    // it: the given-CA verifier (the crypto provider's algorithms) checks them for both.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.given.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.given.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.given.supported_verify_schemes()
    }
}

/// The TLS set-up for an `https://` host with `--ca-cert`: `ca` first, the platform verifier
/// (system store plus `ca`) when `ca` does not suffice. HTTP/1.1, as the rest of moks speaks.
pub fn with_ca(ca: Vec<CertificateDer<'static>>) -> Result<rustls::ClientConfig, Error> {
    let provider = CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::aws_lc_rs::default_provider()));
    let (extra, full_provider) = (ca.clone(), provider.clone());
    let load_full: LoadFull = Box::new(move || {
        rustls_platform_verifier::Verifier::new_with_extra_roots(
            extra.clone(),
            full_provider.clone(),
        )
        .map(|v| Arc::new(v) as Full)
    });
    let verifier = CaFirst::new(ca, provider.clone(), load_full)?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Ca {
        key: rcgen::KeyPair,
        params: rcgen::CertificateParams,
        der: CertificateDer<'static>,
    }

    fn ca(name: &str) -> Ca {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, name);
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        let der = params.clone().self_signed(&key).unwrap().der().clone();
        Ca { key, params, der }
    }

    fn leaf(issuer: &Ca, host: &str) -> CertificateDer<'static> {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec![host.to_string()]).unwrap();
        let issuer = rcgen::Issuer::from_params(&issuer.params, &issuer.key);
        params.signed_by(&key, &issuer).unwrap().der().clone()
    }

    fn provider() -> Arc<CryptoProvider> {
        Arc::new(rustls::crypto::aws_lc_rs::default_provider())
    }

    /// A verifier trusting `given`, whose "system store" is `system`; counts its loads.
    fn verifier(given: &Ca, system: &Ca) -> (CaFirst, Arc<AtomicUsize>) {
        let loads = Arc::new(AtomicUsize::new(0));
        let (n, roots) = (loads.clone(), vec![system.der.clone(), given.der.clone()]);
        let load_full: LoadFull = Box::new(move || {
            n.fetch_add(1, Ordering::SeqCst);
            let mut store = RootCertStore::empty();
            store.add_parsable_certificates(roots.clone());
            let v = WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider())
                .build()
                .unwrap();
            Ok(v as Full)
        });
        let v = CaFirst::new(vec![given.der.clone()], provider(), load_full).unwrap();
        (v, loads)
    }

    fn check(v: &CaFirst, leaf: &CertificateDer<'static>) -> Result<ServerCertVerified, Error> {
        let name = ServerName::try_from("127.0.0.1").unwrap();
        v.verify_server_cert(leaf, &[], &name, &[], UnixTime::now())
    }

    #[test]
    fn the_given_ca_suffices_without_loading_the_system_store() {
        let (given, system) = (ca("given"), ca("system"));
        let (v, loads) = verifier(&given, &system);
        for _ in 0..3 {
            check(&v, &leaf(&given, "127.0.0.1")).unwrap();
        }
        assert_eq!(loads.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn a_server_only_the_system_store_vouches_for_is_accepted_after_one_load() {
        let (given, system) = (ca("given"), ca("system"));
        let (v, loads) = verifier(&given, &system);
        check(&v, &leaf(&system, "127.0.0.1")).unwrap();
        check(&v, &leaf(&system, "127.0.0.1")).unwrap();
        check(&v, &leaf(&given, "127.0.0.1")).unwrap();
        assert_eq!(loads.load(Ordering::SeqCst), 1, "loaded once, when needed");
    }

    #[test]
    fn failures_are_the_full_verifiers_certificate_errors() {
        let (given, system, stranger) = (ca("given"), ca("system"), ca("stranger"));
        let (v, loads) = verifier(&given, &system);
        let unknown = check(&v, &leaf(&stranger, "127.0.0.1")).unwrap_err();
        assert!(
            matches!(
                unknown,
                Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer)
            ),
            "{unknown:?}"
        );
        // Signed by the given CA but for another name: still refused, after the full check.
        let wrong_name = check(&v, &leaf(&given, "other.example")).unwrap_err();
        assert!(
            matches!(wrong_name, Error::InvalidCertificate(_)),
            "{wrong_name:?}"
        );
        assert_eq!(loads.load(Ordering::SeqCst), 1);
    }
}
