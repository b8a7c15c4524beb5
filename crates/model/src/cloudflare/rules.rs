//! The rules of Cloudflare's ids, paging and certificate fields, each once: a command
//! line's flags, a request body and the sandbox's checks all call these. Each returns `Err`
//! with a lower-case reason that reads after "invalid value 'X' for …: ".

use super::{ListStatus, ResultInfo};
use crate::ApiEnum;

/// `per_page` bounds and default (the list operation: "number, 5–50, default 20").
pub const PER_PAGE_MIN: u32 = 5;
pub const PER_PAGE_MAX: u32 = 50;
pub const PER_PAGE_DEFAULT: u32 = 20;

/// The largest `validity_days` accepted. No public source gives a maximum (the SDK
/// examples use 3650); 100 years is this crate's bound, so a typo such as 36500000 is
/// caught before it is sent and an emulator's dates stay in range.
pub const MAX_VALIDITY_DAYS: i64 = 36_500;

/// The longest CSR accepted, in bytes (a 16384-bit RSA key's CSR is under 6 KiB).
pub const MAX_CSR_BYTES: usize = 16 << 10;

/// Hostnames in one association body, at most (no public source gives the server's
/// limit; this crate's bound).
pub const MAX_HOSTNAMES: usize = 500;

/// A zone id or a client certificate id: 32 lower-case hex digits (the reference:
/// "32-character identifier"; Cloudflare writes them lower-case).
pub fn identifier(s: &str) -> Result<(), String> {
    if s.len() == 32 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        Ok(())
    } else {
        Err(format!(
            "an id is 32 lower-case hex digits such as 023e105f4ecef8ad9ca31a8372d0c353 (this one has {} characters)",
            s.chars().count()
        ))
    }
}

/// A zone id: see [`identifier`].
pub fn zone_id(s: &str) -> Result<(), String> {
    identifier(s)
}

/// `mtls_certificate_id` of a hostname association: a 36-character UUID
/// (`8-4-4-4-12` hex digits).
pub fn mtls_certificate_id(s: &str) -> Result<(), String> {
    let groups: Vec<&str> = s.split('-').collect();
    let ok = groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()));
    if ok {
        Ok(())
    } else {
        Err("an mTLS certificate id is a UUID such as 99f5b54b-4c20-4b9b-a4f8-d2c1a9cc39b0".into())
    }
}

/// `validity_days`: a whole number from 1 to [`MAX_VALIDITY_DAYS`].
pub fn validity_days(n: i64) -> Result<(), String> {
    if (1..=MAX_VALIDITY_DAYS).contains(&n) {
        Ok(())
    } else {
        Err(format!(
            "validity is 1 to {MAX_VALIDITY_DAYS} days (the API's examples use 3650)"
        ))
    }
}

/// A hostname to require mTLS on: 1–253 characters, dot-separated labels of 1–63 letters,
/// digits or `-` (not at a label's ends), optionally under a leading `*.`.
pub fn hostname(s: &str) -> Result<(), String> {
    let bare = s.strip_prefix("*.").unwrap_or(s);
    let label_ok = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if s.len() <= 253 && bare.split('.').all(label_ok) {
        Ok(())
    } else {
        Err("a hostname is dot-separated labels of letters, digits and '-', such as api.example.com or *.example.com".into())
    }
}

/// `per_page`: 5 to 50.
pub fn per_page(n: i64) -> Result<(), String> {
    if (i64::from(PER_PAGE_MIN)..=i64::from(PER_PAGE_MAX)).contains(&n) {
        Ok(())
    } else {
        Err(format!(
            "per_page is {PER_PAGE_MIN} to {PER_PAGE_MAX} (default {PER_PAGE_DEFAULT})"
        ))
    }
}

/// The list's query: `status`, `page` (1 or more), `per_page` (5–50).
#[derive(Debug, Clone, PartialEq)]
pub struct ListQuery {
    pub status: Option<ListStatus>,
    pub page: u32,
    pub per_page: u32,
}

impl Default for ListQuery {
    fn default() -> ListQuery {
        ListQuery {
            status: None,
            page: 1,
            per_page: PER_PAGE_DEFAULT,
        }
    }
}

impl ListQuery {
    /// The query string (without `?`): `status` when set, then `page` and `per_page`.
    pub fn to_query(&self) -> String {
        let status = self
            .status
            .as_ref()
            .map(|s| format!("status={}&", s.as_str()))
            .unwrap_or_default();
        format!("{status}page={}&per_page={}", self.page, self.per_page)
    }

    /// Reads the list's parameters from decoded `(name, value)` pairs, as a server does;
    /// `Err((parameter, reason))` for the first one that breaks its rule. Other parameters
    /// (`limit`, `offset`) are not read here. Numbers may be written as JSON-style numbers
    /// (`2.0`): the SDKs type `page` and `per_page` as floats.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<ListQuery, (&'static str, String)> {
        let mut q = ListQuery::default();
        for (k, v) in pairs {
            match k {
                "status" => {
                    let s = ListStatus::from_api(v);
                    if !s.is_known() {
                        let why = format!("expected one of {}", ListStatus::allowed());
                        return Err(("status", why));
                    }
                    q.status = Some(s);
                }
                "page" => match whole(v).filter(|n| *n >= 1) {
                    Some(n) => q.page = u32::try_from(n).unwrap_or(u32::MAX),
                    None => return Err(("page", "page is a whole number of 1 or more".into())),
                },
                "per_page" => match whole(v) {
                    Some(n) if per_page(n).is_ok() => q.per_page = n as u32,
                    _ => return Err(("per_page", per_page(0).unwrap_err())),
                },
                _ => {}
            }
        }
        Ok(q)
    }
}

/// A whole number written as digits, or as a float with no fraction (`3.0`).
fn whole(v: &str) -> Option<i64> {
    if let Ok(n) = v.parse::<i64>() {
        return Some(n);
    }
    let f = v
        .parse::<f64>()
        .ok()
        .filter(|f| f.is_finite() && f.fract() == 0.0)?;
    (f.abs() < 1e15).then_some(f as i64)
}

/// Whether a list is done after page `page` came back with `items` entries: an empty page
/// ends it (what the official SDKs' auto-pagers check), and so does `page >= total_pages`
/// when `result_info` gives it (saving the empty request at the end).
pub fn is_last_page(page: u32, info: Option<&ResultInfo>, items: usize) -> bool {
    if items == 0 {
        return true;
    }
    match info.and_then(|i| i.total_pages) {
        Some(total) => i64::from(page) >= total,
        None => false,
    }
}

/// `total_pages` for `total` items at `per_page` a page (0 for none).
pub fn total_pages(total: usize, per_page: u32) -> usize {
    total.div_ceil(per_page.max(1) as usize)
}
