//! HTTPS for `sandbox serve --tls`: a fresh self-signed certificate for 127.0.0.1 and
//! localhost, HTTP/1.1 only.

use crate::Error;
use std::sync::Arc;

/// A rustls acceptor for a fresh self-signed 127.0.0.1/localhost certificate; the PEM is
/// written to `cert_out` (0600, never through a symbolic link; see `files.rs`).
pub fn tls_acceptor(cert_out: &std::path::Path) -> Result<tokio_rustls::TlsAcceptor, Error> {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let (pem, der, key) = super::x509::tls_server_identity().map_err(Error::Tls)?;
    if let Some(dir) = cert_out.parent().filter(|d| !d.as_os_str().is_empty()) {
        super::files::create_dirs(dir).map_err(|source| Error::File {
            what: "cannot create",
            path: dir.to_path_buf(),
            source,
        })?;
    }
    super::files::write_private(cert_out, pem.as_bytes()).map_err(|source| Error::File {
        what: "cannot write the sandbox TLS certificate to",
        path: cert_out.to_path_buf(),
        source,
    })?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(der)],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
        )
        .map_err(|e| Error::Tls(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}
