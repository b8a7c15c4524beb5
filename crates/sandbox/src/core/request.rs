//! Reading what a request names, written once for every API: query parameters, the
//! segments of a path, integer ids and media types.
//!
//! Rules:
//! - query values are percent-decoded as a form would send them (`%XX`, `+`; invalid
//!   escapes kept literally);
//! - a path is the API's prefix, then `/`-separated segments; a trailing `/` is tolerated;
//! - an id is a decimal integer that fits an i64 (no sign, no spaces); what was sent is
//!   returned decoded, for the API's own 400;
//! - a media type is compared without its parameters and case; JSON is `application/json`
//!   or `application/…+json`.

/// The decoded value of the first `name=` parameter of a raw query.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The account a request targets: its `accountSwitchKey` (empty = the default account).
pub fn account_key(query: &str) -> String {
    query_param(query, "accountSwitchKey").unwrap_or_default()
}

/// The segments of `path` after `prefix`; `None` when it is not under it.
pub fn segments<'a>(path: &'a str, prefix: &str) -> Option<Vec<&'a str>> {
    let rest = path.strip_prefix(prefix)?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() {
        Some(Vec::new())
    } else {
        rest.strip_prefix('/').map(|r| r.split('/').collect())
    }
}

/// A path id; `Err(what was sent, decoded)` when it is not a decimal i64.
pub fn id(raw: &str) -> Result<i64, String> {
    if !raw.is_empty() && raw.bytes().all(|c| c.is_ascii_digit()) {
        if let Ok(n) = raw.parse::<i64>() {
            return Ok(n);
        }
    }
    Err(percent_encoding::percent_decode_str(raw)
        .decode_utf8_lossy()
        .into_owned())
}

/// A media type without parameters, lower-case.
pub fn media(s: &str) -> String {
    s.split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Whether a Content-Type names JSON.
pub fn is_json(content_type: &str) -> bool {
    let m = media(content_type);
    m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_paths_ids_and_media_types() {
        assert_eq!(
            query_param("x=1&&k%65y=a%2Cb+c%zz%&key=2", "key").as_deref(),
            Some("a,b c%zz%")
        );
        assert_eq!(query_param("flag&key", "key").as_deref(), Some(""));
        assert_eq!(query_param("a=1", "key"), None);
        assert_eq!(account_key("accountSwitchKey=1-AB%3A2"), "1-AB:2");
        assert_eq!(segments("/p/v1/a/b/", "/p/v1"), Some(vec!["a", "b"]));
        assert_eq!(segments("/p/v1", "/p/v1"), Some(vec![]));
        assert_eq!(segments("/p/v1x", "/p/v1"), None);
        assert_eq!(id("42"), Ok(42));
        assert_eq!(id("a%20b"), Err("a b".into()));
        assert!(id("99999999999999999999999").is_err());
        assert!(id("-1").is_err() && id("").is_err());
        for ct in [
            "application/json",
            "Application/JSON; charset=utf-8",
            "application/problem+json",
        ] {
            assert!(is_json(ct), "{ct}");
        }
        for ct in ["text/plain", "application/jsonx", ""] {
            assert!(!is_json(ct), "{ct}");
        }
    }
}
