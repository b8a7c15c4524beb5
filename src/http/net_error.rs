//! Network failures for people, and which of them last (not retried): a name not
//! resolved, a connection refused on this machine, TLS refusing the peer; found by type in
//! the error's chain, never by words.

use std::time::Duration;

use reqwest::Url;

use super::ClientConfig;
use crate::error::{self, Failure, Kind};

/// Whether requests to `url` stay on this machine (`localhost`, a loopback address).
pub(super) fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Plain `http://` to a host not on this machine: the bodies (and the signed requests)
/// would cross the network unencrypted, so it is refused unless asked for.
pub(super) fn plain_http_refused(cfg: &ClientConfig) -> anyhow::Error {
    error::config_with_hint(
        format!(
            "{} is plain http:// to {}, a host not on this machine: requests and answers would \
             cross the network unencrypted",
            cfg.host_origin,
            host_port(&cfg.base_url)
        ),
        format!(
            "use https:// (or no scheme); if plain HTTP is really meant (a test proxy), set {}=1",
            crate::context::ALLOW_PLAIN_HTTP
        ),
    )
}

/// A host name that did not resolve: found by type in a transport error's chain, so that
/// it is not retried (the same lookup gives the same answer).
#[derive(Debug, thiserror::Error)]
#[error("the name {host} was not resolved: {cause}")]
struct NotResolved {
    host: String,
    cause: String,
}

/// The system resolver (as reqwest's default), its failures typed as [`NotResolved`].
pub(super) struct Dns;

impl reqwest::dns::Resolve for Dns {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let not_resolved = |cause: String| -> Box<dyn std::error::Error + Send + Sync> {
                Box::new(NotResolved {
                    host: host.clone(),
                    cause,
                })
            };
            match tokio::net::lookup_host((host.as_str(), 0)).await {
                Ok(addrs) => {
                    let addrs: Vec<std::net::SocketAddr> = addrs.collect();
                    if addrs.is_empty() {
                        return Err(not_resolved("no address".into()));
                    }
                    Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
                }
                Err(e) => Err(not_resolved(e.to_string())),
            }
        })
    }
}

/// The first error of type `E` in a transport error's chain, looking inside `io::Error`s
/// too (their `source()` skips the error they wrap, so it is taken with `get_ref`).
pub(super) fn find_in_chain<'a, E: std::error::Error + 'static>(
    e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a E> {
    let mut cur = Some(e);
    while let Some(s) = cur {
        if let Some(found) = s.downcast_ref::<E>() {
            return Some(found);
        }
        if let Some(inner) = s
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref)
        {
            if let Some(found) = find_in_chain::<E>(inner) {
                return Some(found);
            }
        }
        cur = s.source();
    }
    None
}

/// Whether a connection was refused: an `io::Error` of that kind in the chain.
pub(super) fn refused(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur = Some(e);
    while let Some(s) = cur {
        if s.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
        {
            return true;
        }
        cur = s.source();
    }
    false
}

pub(super) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut src = e.source();
    while let Some(s) = src {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        src = s.source();
    }
    parts.join(": ")
}

/// The TLS error under a transport error, if TLS is what failed: a `rustls::Error` found by
/// type in the source chain, looking inside `io::Error`s too (their `source()` skips the
/// error they wrap, so it is taken with `get_ref`).
pub(super) fn tls_error<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a rustls::Error> {
    find_in_chain::<rustls::Error>(e)
}

pub(super) fn host_port(url: &Url) -> String {
    match url.port() {
        Some(p) => format!("{}:{p}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_string(),
    }
}

pub(super) fn timed_out(url: &Url, timeout: Duration) -> Failure {
    Failure::new(
        Kind::Network,
        format!(
            "request to {} timed out after {} s",
            host_port(url),
            timeout.as_secs_f64()
        ),
    )
    .with_hints(vec![
        "raise --timeout, or check the network path to the API".into(),
    ])
}

/// A transport failure for people, and whether it lasts: a name not resolved, a connection
/// refused by this machine (nothing listens there) or TLS refusing the peer gets the same
/// answer when tried again, so it is not retried, and the hint names where `host` came from.
pub(super) fn network_error(e: &reqwest::Error, url: &Url, cfg: &ClientConfig) -> (Failure, bool) {
    if e.is_timeout() {
        return (timed_out(url, cfg.timeout), false);
    }
    let host = host_port(url);
    // reqwest's own text repeats the URL; the chain below it holds the cause.
    let mut cause = String::new();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        cause = s.to_string();
        src = s.source();
    }
    let mut hints = Vec::new();
    let tls = tls_error(e);
    match tls {
        Some(rustls::Error::InvalidCertificate(_)) => hints.push(
            "to trust a private CA (e.g. the sandbox's with --tls), pass --ca-cert FILE".into(),
        ),
        Some(rustls::Error::InvalidMessage(_)) if url.scheme() == "https" => hints.push(
            "the server did not answer in TLS: check that host in your credentials is an \
             HTTPS endpoint"
                .into(),
        ),
        _ => {}
    }
    let unresolved = find_in_chain::<NotResolved>(e).is_some();
    let lasting = unresolved || tls.is_some() || (refused(e) && is_loopback(url));
    if lasting && tls.is_none() {
        hints.push(format!(
            "check {}: {} sends its requests to {host}",
            cfg.host_origin,
            crate::output::program()
        ));
    }
    let what = if unresolved {
        format!("cannot connect to {host}: the name was not resolved")
    } else if e.is_connect() {
        format!("cannot connect to {host}")
    } else {
        format!("request to {host} failed")
    };
    let message = if cause.is_empty() || unresolved {
        what
    } else {
        format!("{what}: {}", error::excerpt(&cause, 300))
    };
    (
        Failure::new(Kind::Network, message).with_hints(hints),
        lasting,
    )
}
