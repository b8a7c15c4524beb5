//! The APIs moks speaks, as data: one [`Api`] per API saying who runs it (the provider,
//! which decides the auth), where its paths start, the media type it speaks unless an
//! operation names its own, and the request budget its provider allows an account. A request
//! names its API ([`super::Request::new`]); the transport reads everything else from here.
//!
//! Rules:
//! - the provider decides the auth, never the caller: an Akamai API's requests are signed
//!   with EdgeGrid and carry `accountSwitchKey`, a Cloudflare API's carry a bearer token and
//!   no account key; one provider's credentials never go to another's host;
//! - the error layer picks its problem decoder by [`ApiId`] (`Request::api`);
//! - adding an API is one `static` here and one [`ApiId`] variant.

use std::time::Duration;

use super::request::Media;

/// Which API a request is for: what the error layer decodes a failure by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiId {
    /// The mTLS Origin Keystore.
    Moks,
    /// The mTLS Edge Truststore.
    Truststore,
    /// Any Akamai API, a path at the host's root as typed (`moks api`).
    AkamaiHost,
    /// Cloudflare's API (zone client certificates), next.
    #[allow(dead_code)] // the first caller is the Cloudflare API's, next
    Cloudflare,
}

/// Who runs an API: decides its auth and its host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// EdgeGrid (EG1-HMAC-SHA256) on the `.edgerc` host, `accountSwitchKey` on every URL.
    Akamai,
    /// A bearer token (`Authorization: Bearer …`) on Cloudflare's host; no account key.
    #[allow(dead_code)] // the first caller is the Cloudflare API's, next
    Cloudflare,
}

/// How many requests the provider allows an account in a window: what a client-side rate
/// cap ([`crate::rate_cap`]) keeps under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateBudget {
    pub requests: u32,
    pub window: Duration,
}

impl RateBudget {
    /// The budget as requests a second (300 a minute: 5).
    pub fn per_second(&self) -> f64 {
        f64::from(self.requests) / self.window.as_secs_f64()
    }
}

/// One API, as the transport needs it.
#[derive(Debug, PartialEq, Eq)]
pub struct Api {
    pub id: ApiId,
    /// For people: "the MOKS API".
    pub name: &'static str,
    pub provider: Provider,
    /// Where every path of it starts (`/mtls-origin-keystore/v1`); empty at the host's root.
    pub base_path: &'static str,
    /// What it accepts and sends unless an operation names its own media types.
    pub media: Media,
    pub rate: RateBudget,
}

/// Akamai's account budget for these APIs: 300 requests a minute (the 429
/// `account-rate-limit-exceeded` of the MOKS and Edge Truststore API references).
const AKAMAI_BUDGET: RateBudget = RateBudget {
    requests: 300,
    window: Duration::from_secs(60),
};

/// The mTLS Origin Keystore API.
pub static MOKS: Api = Api {
    id: ApiId::Moks,
    name: "the MOKS API",
    provider: Provider::Akamai,
    base_path: "/mtls-origin-keystore/v1",
    media: Media::JSON,
    rate: AKAMAI_BUDGET,
};

/// The mTLS Edge Truststore API.
pub static TRUSTSTORE: Api = Api {
    id: ApiId::Truststore,
    name: "the Edge Truststore API",
    provider: Provider::Akamai,
    base_path: moks_model::truststore::BASE_PATH,
    media: Media::JSON,
    rate: AKAMAI_BUDGET,
};

/// Any Akamai API at the configured host, its path typed in full (`moks api`).
pub static AKAMAI_HOST: Api = Api {
    id: ApiId::AkamaiHost,
    name: "the Akamai API",
    provider: Provider::Akamai,
    base_path: "",
    media: Media::JSON,
    rate: AKAMAI_BUDGET,
};

/// Cloudflare's API v4: a bearer token, JSON, 1200 requests per five minutes per user
/// (Cloudflare's "Rate limits" page of its API documentation).
#[allow(dead_code)] // the first caller is the Cloudflare API's, next
pub static CLOUDFLARE: Api = Api {
    id: ApiId::Cloudflare,
    name: "the Cloudflare API",
    provider: Provider::Cloudflare,
    base_path: "/client/v4",
    media: Media::JSON,
    rate: RateBudget {
        requests: 1200,
        window: Duration::from_secs(300),
    },
};
