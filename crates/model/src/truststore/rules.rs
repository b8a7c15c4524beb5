//! The rules of the Edge Truststore's text fields and limits, each once: flags, request
//! bodies and an emulator's checks all call these. Each returns `Err` with a lower-case
//! reason that reads after "invalid value 'X' for …: ".
//!
//! From docs/reference/truststore.md §1.1 (GO13's `CASetNamePattern`, TF, the best-practices page)
//! and §2.1 (limits).
//!
//! Sections (§) are those of docs/reference/truststore.md.

use crate::moks::rules::no_controls;

/// Certificates per version, at most (§1.1, §2.1: the server's default; an account's own
/// limit comes back in `contextInfo.maxCertificatesPerVersion`).
pub const MAX_CERTIFICATES: usize = 300;
/// CA sets per account (§2.1), the default.
pub const MAX_CA_SETS: usize = 200;
/// Versions per CA set (§2.1), the default.
pub const MAX_VERSIONS: usize = 100;
/// Description length (§1.1): null/absent, or 1–255 characters.
pub const MAX_DESCRIPTION: usize = 255;

/// The values of the CA set list's `activatedOn` filter (§5.2, §7), as the API takes them
/// (upper case): `+` for active on both networks, `,` for either.
pub const ACTIVATED_ON: [&str; 7] = [
    "INACTIVE",
    "STAGING",
    "PRODUCTION",
    "STAGING+PRODUCTION",
    "PRODUCTION+STAGING",
    "STAGING,PRODUCTION",
    "PRODUCTION,STAGING",
];

fn name_chars(s: &str, what: &str) -> Result<(), String> {
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '%' | '.' | '_' | '-')))
    {
        return Err(format!(
            "{what} has only letters, digits, '%', '.', '_' or '-' (found {})",
            if c.is_control() || c == ' ' {
                c.escape_unicode().to_string()
            } else {
                format!("'{c}'")
            }
        ));
    }
    if s.contains("...") {
        return Err(format!("{what} cannot contain '...'"));
    }
    Ok(())
}

/// `caSetName`: 3–64 characters of `[%.a-zA-Z0-9_-]`, never `...` (§1.1).
pub fn ca_set_name(s: &str) -> Result<(), String> {
    let n = s.chars().count();
    if !(3..=64).contains(&n) {
        return Err(format!(
            "a CA set name has 3 to 64 characters, this one has {n}"
        ));
    }
    name_chars(s, "a CA set name")
}

/// `caSetNamePrefix` (list filter): 0–64 characters, the name's alphabet (§1.1).
pub fn ca_set_name_prefix(s: &str) -> Result<(), String> {
    let n = s.chars().count();
    if n > 64 {
        return Err(format!(
            "a CA set name prefix has at most 64 characters, this one has {n}"
        ));
    }
    name_chars(s, "a CA set name prefix")
}

/// A CA set's, a version's or a certificate's `description`: 1–255 characters, no
/// control characters (an empty string is refused: leave it out instead; §1.1).
pub fn description(s: &str) -> Result<(), String> {
    let n = s.chars().count();
    if n == 0 {
        return Err("a description has 1 to 255 characters; leave it out for none".into());
    }
    if n > MAX_DESCRIPTION {
        return Err(format!(
            "a description has 1 to 255 characters, this one has {n}"
        ));
    }
    no_controls(s, "a description")
}

/// A `caSetId` as typed: digits (the API writes it as a JSON string, numeric in practice;
/// the path parameter is an integer, §1).
pub fn ca_set_id(s: &str) -> Result<(), String> {
    // Digits that fit the API's integer path parameter: one that does not fit is refused
    // here, never read as some other id.
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<i64>().is_ok() {
        Ok(())
    } else {
        Err("a CA set id is a number such as 199".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_reference_pattern() {
        for ok in ["abc", "my-ca_set.2%", &"a".repeat(64)] {
            assert_eq!(ca_set_name(ok), Ok(()), "{ok}");
        }
        for bad in ["ab", &"a".repeat(65), "has space", "a...b", "é-set", "a/b"] {
            assert!(ca_set_name(bad).is_err(), "{bad}");
        }
        assert!(ca_set_name("Example CA Set Name")
            .unwrap_err()
            .contains("\\u{20}"));
        assert_eq!(ca_set_name_prefix(""), Ok(()));
        assert!(ca_set_name_prefix("a...").is_err());
    }

    #[test]
    fn descriptions_are_1_to_255_characters() {
        assert!(description("").is_err());
        assert_eq!(description(&"é".repeat(255)), Ok(()));
        assert!(description(&"a".repeat(256)).is_err());
        assert!(description("a\u{1b}[2J").is_err());
    }

    #[test]
    fn ids_are_digits() {
        assert_eq!(ca_set_id("199"), Ok(()));
        assert_eq!(ca_set_id("9223372036854775807"), Ok(()));
        for bad in [
            "",
            "-1",
            "+1",
            "1a",
            "9223372036854775808",
            "99999999999999999999",
        ] {
            assert!(ca_set_id(bad).is_err(), "{bad}");
        }
    }
}
