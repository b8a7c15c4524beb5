//! Making the client: the checks before anything is sent (credentials a header can carry,
//! plain HTTP only on this machine), proxies, trust roots and the resolver.

use std::path::PathBuf;

use reqwest::header::HeaderValue;
use rustls::pki_types::CertificateDer;
use serde_json::Value;

use super::auth::header_unfit;
use super::net_error::{error_chain, is_loopback, plain_http_refused, Dns};
use super::{Client, ClientConfig};
use crate::error;
use crate::rate_cap::RateCap;

fn load_ca_bundle(path: &PathBuf) -> anyhow::Result<Vec<CertificateDer<'static>>> {
    use rustls::pki_types::pem::PemObject;
    let bytes = crate::input::read_file_capped(path, "--ca-cert")?;
    let pem = CertificateDer::pem_slice_iter(&bytes).collect::<Result<Vec<_>, _>>();
    match pem {
        Ok(certs) if !certs.is_empty() => Ok(certs),
        // Not PEM: taken as one DER certificate, which the TLS set-up then parses.
        _ if !bytes.is_empty() => Ok(vec![CertificateDer::from(bytes)]),
        _ => Err(error::usage(format!(
            "invalid value '{}' for '--ca-cert': expected a PEM or DER certificate",
            path.display()
        ))),
    }
}

impl Client {
    pub fn new(cfg: ClientConfig) -> anyhow::Result<Client> {
        // Checked before anything is sent: reqwest would refuse these values (or send them).
        let auths = [
            cfg.edgegrid.as_ref().map(super::Auth::EdgeGrid),
            cfg.bearer.as_ref().map(super::Auth::Bearer),
        ];
        for (name, value) in auths.iter().flatten().flat_map(|a| a.header_values()) {
            if let Some(why) = header_unfit(value) {
                return Err(error::config_with_hint(
                    format!(
                        "cannot send the credentials: the {name} holds {why}, which an HTTP \
                         header cannot carry"
                    ),
                    format!(
                        "check the {name} in the .edgerc section, or the AKAMAI_…{} variable it \
                         came from",
                        name.to_ascii_uppercase()
                    ),
                ));
            }
        }
        let user_agent = HeaderValue::from_str(&cfg.user_agent).map_err(|_| {
            error::config(format!(
                "cannot send the User-Agent '{}': it holds a character an HTTP header cannot carry",
                error::printable(&cfg.user_agent)
            ))
        })?;
        let mut builder = reqwest::Client::builder()
            .user_agent(user_agent)
            .timeout(cfg.timeout)
            .connect_timeout(cfg.connect_timeout)
            .redirect(reqwest::redirect::Policy::none());
        // HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured, except for loopback hosts (the
        // sandbox), which a proxy could not reach.
        let loopback = is_loopback(&cfg.base_url);
        if loopback {
            builder = builder.no_proxy();
        }
        if cfg.base_url.scheme() == "http" && !loopback && !cfg.allow_plain_http {
            return Err(plain_http_refused(&cfg));
        }
        builder = builder.dns_resolver(std::sync::Arc::new(Dns));
        let extra = match &cfg.ca_cert {
            Some(p) => load_ca_bundle(p)?,
            None => vec![],
        };
        let setup_error = |e: &dyn std::error::Error| {
            error::config(format!("cannot set up HTTPS: {}", error_chain(e)))
        };
        if cfg.base_url.scheme() != "https" {
            // Plain HTTP (the sandbox): no trust store is needed, so none is loaded.
            let extra = extra
                .iter()
                .filter_map(|c| reqwest::Certificate::from_der(c).ok());
            builder = builder.tls_certs_only(extra);
        } else if !extra.is_empty() {
            // The given CA first, the system store only if it does not suffice.
            let tls = crate::trust::with_ca(extra).map_err(|e| setup_error(&e))?;
            builder = builder.tls_backend_preconfigured(tls);
        }
        let http = builder.build().map_err(|e| setup_error(&e))?;
        Ok(Client {
            http,
            cfg,
            dry_runs: std::sync::Mutex::new(Vec::new()),
            dry_runs_printed: std::sync::atomic::AtomicUsize::new(0),
            rate_cap: std::sync::OnceLock::new(),
        })
    }

    /// Caps the rate of every request from now on (set once; a second cap is ignored).
    pub fn cap_rate(&self, cap: RateCap) {
        let _ = self.rate_cap.set(cap);
    }

    /// The requests collected under `--json --dry-run`, in order.
    pub fn take_dry_runs(&self) -> Vec<Value> {
        std::mem::take(&mut *self.dry_runs.lock().unwrap_or_else(|e| e.into_inner()))
    }
}
