//! Redirects: 301, 302, 303, 307 and 308 are followed here (each hop signed again), and
//! only within the configured origin: credentials and bodies never go elsewhere.

use reqwest::header::{HeaderMap, LOCATION};
use reqwest::{StatusCode, Url};

use super::Client;
use crate::error::{self, Failure, Kind};

pub(super) const MAX_REDIRECTS: usize = 10;

pub(super) fn is_followed_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

/// A URL from a server, fit for a message: no credentials, escaped, at most 200 characters.
pub(super) fn shown_url(url: &Url) -> String {
    let mut u = url.clone();
    let _ = u.set_username("");
    let _ = u.set_password(None);
    error::excerpt(u.as_str(), 200)
}

impl Client {
    /// Where a 301/302/303/307/308 leads, if moks may follow it: only to the same scheme,
    /// host and port (credentials and bodies go to the configured origin only).
    pub(super) fn redirect_target(
        &self,
        status: StatusCode,
        url: &Url,
        headers: &HeaderMap,
    ) -> anyhow::Result<Url> {
        let answered = format!(
            "the API answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        );
        let Some(raw) = headers.get(LOCATION) else {
            return Err(error::bad_answer(format!(
                "{answered}, a redirect without a Location header: there is nowhere to follow it"
            )));
        };
        let text = String::from_utf8_lossy(raw.as_bytes());
        let Ok(mut next) = url.join(text.trim()) else {
            return Err(error::bad_answer(format!(
                "{answered}, a redirect to a Location that is not a URL: '{}'",
                error::excerpt(&text, 200)
            )));
        };
        // Never send URL credentials a server put there; fragments are not sent either.
        let _ = next.set_username("");
        let _ = next.set_password(None);
        next.set_fragment(None);
        // The hop's own origin is its provider's: only same-origin hops are followed.
        if next.origin() != url.origin() {
            return Err(Failure::new(
                Kind::BadAnswer,
                format!(
                    "{answered}, a redirect to another origin, not followed: {}",
                    shown_url(&next)
                ),
            )
            .with_hints(vec![format!(
                "{} sends credentials and request bodies only to the configured host ({}); \
                 if the API really moved, change host in your credentials",
                crate::output::program(),
                url.origin().ascii_serialization()
            )])
            .into());
        }
        Ok(next)
    }
}
