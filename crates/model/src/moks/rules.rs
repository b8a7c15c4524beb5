//! The rules of the MOKS API's text fields, each once: a command line's flags, a request
//! body and an emulator's checks all call these. Each returns `Err` with a lower-case reason
//! that reads after "invalid value 'X' for …: ".
//!
//! From docs/reference/moks.md §3.2/§3.5: names of 1–64 characters; contract ids as Akamai
//! writes them (`C-0N7RAC7`, a `ctr_` prefix allowed); at least one notification e-mail;
//! subjects in the `/K=V/…/CN=…/` form with a CN of 1–64 characters (and a two-letter C); a
//! preferred CA named by its common name. Beyond the reference, no value that ends up shown
//! on a terminal may hold a control character (C0, DEL, C1).

/// Refuses control characters in `what`.
pub fn no_controls(s: &str, what: &str) -> Result<(), String> {
    match s.chars().find(|c| c.is_control()) {
        Some(c) => Err(format!(
            "{what} cannot hold control characters (found {})",
            c.escape_unicode()
        )),
        None => Ok(()),
    }
}

/// `certificateName`: 1 to 64 characters, not only spaces, no control characters.
pub fn certificate_name(s: &str) -> Result<(), String> {
    let n = s.chars().count();
    if s.trim().is_empty() {
        return Err("a certificate name must have 1 to 64 characters, not only spaces".into());
    }
    if n > 64 {
        return Err(format!(
            "a certificate name has 1 to 64 characters, this one has {n}"
        ));
    }
    no_controls(s, "a certificate name")
}

/// `s` without `prefix` (matched ignoring ASCII case), or `s` unchanged. Never slices inside
/// a character: `abcé` has no 4-byte prefix to compare.
pub fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> &'a str {
    let n = prefix.len();
    match (s.get(..n), s.get(n..)) {
        (Some(head), Some(rest)) if head.eq_ignore_ascii_case(prefix) => rest,
        _ => s,
    }
}

/// `contractId`: letters, digits, `-`, `_` or `.` (Akamai's are like `C-0N7RAC7` or
/// `1-1TJZFW`); a `ctr_` prefix is allowed here and stripped: the bare id is returned.
pub fn contract_id(s: &str) -> Result<&str, String> {
    let bare = strip_prefix_ignore_case(s.trim(), "ctr_");
    if bare.is_empty() {
        return Err("expected a contract id such as C-0N7RAC7 or ctr_C-0N7RAC7".into());
    }
    if !bare
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(
            "a contract id has only letters, digits, '-', '_' or '.', such as C-0N7RAC7 or ctr_C-0N7RAC7"
                .into(),
        );
    }
    Ok(bare)
}

/// One entry of `notificationEmails` (surrounding spaces allowed): `local@domain.tld`, no
/// spaces, commas, angle brackets or control characters.
pub fn email(s: &str) -> Result<(), String> {
    let t = s.trim();
    let ok = match t.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..")
                && !t.contains(|c: char| {
                    c.is_whitespace() || c.is_control() || c == ',' || c == '<' || c == '>'
                })
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err("expected an e-mail address such as ops@example.com".into())
    }
}

/// The attributes a subject may carry: the X.509 names of the API's own examples (C, O, OU,
/// CN) and the other common ones (ST, L, emailAddress). The reference names only CN; this list
/// is moks's and the sandbox's one rule (the sandbox must put each into a certificate), so that
/// what moks sends is what the sandbox accepts.
pub const SUBJECT_ATTRIBUTES: [&str; 7] = ["C", "ST", "L", "O", "OU", "CN", "emailAddress"];

const SUBJECT_FORM: &str =
    "expected the /K=V/…/ form with a CN, such as /C=US/O=Example/CN=origin-client/";

/// The `(key, value)` components of a subject in the API's `/C=US/O=Org/CN=name/` form, in
/// order, or why it is not that form: it starts and ends with `/`; components are KEY=VALUE
/// with a key of [`SUBJECT_ATTRIBUTES`] and a value that is not empty; a CN of 1 to 64
/// characters is required ("it must contain a CN attribute of at most 64 characters"); C is
/// two letters. The text is taken as given (no trimming).
pub fn subject_components(subject: &str) -> Result<Vec<(&str, &str)>, String> {
    let inner = subject
        .strip_prefix('/')
        .and_then(|r| r.strip_suffix('/'))
        .filter(|_| subject.len() >= 2);
    let Some(inner) = inner else {
        return Err(format!(
            "a subject starts and ends with '/': {SUBJECT_FORM}"
        ));
    };
    let mut components = Vec::new();
    for part in inner.split('/') {
        let Some((key, value)) = part.split_once('=') else {
            return Err(format!("'{part}' is not KEY=VALUE: {SUBJECT_FORM}"));
        };
        if !SUBJECT_ATTRIBUTES.contains(&key) {
            return Err(format!(
                "'{key}' is not a subject attribute moks can send (allowed: {})",
                SUBJECT_ATTRIBUTES.join(", ")
            ));
        }
        match key {
            "CN" => {
                let n = value.chars().count();
                if n == 0 || n > 64 {
                    return Err(format!("the CN must have 1 to 64 characters, it has {n}"));
                }
            }
            "C" if !(value.chars().count() == 2
                && value.chars().all(|c| c.is_ascii_alphabetic())) =>
            {
                return Err(format!(
                    "C must be a two-letter country code such as US, not '{value}'"
                ));
            }
            _ if value.is_empty() => return Err(format!("the {key} attribute is empty")),
            _ => {}
        }
        components.push((key, value));
    }
    if !components.iter().any(|(k, _)| *k == "CN") {
        return Err(format!("the subject has no CN: {SUBJECT_FORM}"));
    }
    Ok(components)
}

/// `subject` (surrounding spaces allowed, no control characters) in the API's form: see
/// [`subject_components`].
pub fn subject(s: &str) -> Result<(), String> {
    let t = s.trim();
    no_controls(t, "a subject")?;
    subject_components(t).map(|_| ())
}

/// `preferredCa`: the common name of an account CA (surrounding spaces allowed), not empty.
pub fn preferred_ca(s: &str) -> Result<(), String> {
    let t = s.trim();
    if t.is_empty() {
        return Err("expected the common name of an account CA (see moks get-ca-cert)".into());
    }
    no_controls(t, "a CA name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_names() {
        assert!(certificate_name("origin-a").is_ok());
        assert!(certificate_name(&"é".repeat(64)).is_ok());
        assert!(certificate_name(&"x".repeat(65))
            .unwrap_err()
            .ends_with("this one has 65"));
        assert!(certificate_name("   ").is_err());
        assert!(certificate_name("a\u{1b}b").is_err());
    }

    #[test]
    fn contract_ids_lose_their_prefix() {
        assert_eq!(contract_id("ctr_C-1"), Ok("C-1"));
        assert_eq!(contract_id(" CTR_1-1TJZFW "), Ok("1-1TJZFW"));
        assert!(contract_id("ctr_").is_err());
        assert!(contract_id("abcé").is_err());
    }

    #[test]
    fn emails() {
        assert!(email("ops@example.com").is_ok());
        for bad in [
            "a@b",
            "x",
            "@example.com",
            "a@@b.c",
            "a b@c.d",
            "a@.c",
            "a@b..c",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn subjects() {
        assert!(subject("/C=US/O=Example/CN=origin/").is_ok());
        assert!(subject("CN=x").is_err());
        assert!(subject("/O=x/").unwrap_err().contains("no CN"));
        assert!(subject("/C=USA/CN=x/").unwrap_err().contains("two-letter"));
        assert!(subject(&format!("/CN={}/", "a".repeat(65))).is_err());
    }

    #[test]
    fn preferred_cas() {
        assert!(preferred_ca("12345 Account CA G1").is_ok());
        assert!(preferred_ca("  ").is_err());
    }
}
