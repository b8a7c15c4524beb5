//! The API's subject form, `/C=US/O=Example, Inc./CN=origin-client/` (the `subject` of a
//! New-MOKSClientCert body): the one parser of it, used by the CLI to check `--subject` and
//! `--body` before anything is sent, and by the sandbox to check a create body and build the
//! certificate's distinguished name.
//!
//! Rules (the API reference: "it must contain a CN attribute of at most 64 characters",
//! slash-delimited with a trailing `/`):
//! - the text starts and ends with `/`; between them, `KEY=VALUE` components split on `/`;
//! - a key is letters and digits (`C`, `O`, `OU`, `CN`, `emailAddress`…); a value is not
//!   empty (an X.509 name attribute holds at least one character);
//! - a CN is required, of 1 to 64 characters; `C` is a two-letter country code.
//!
//! Which attributes a certificate can carry is not decided here: the sandbox refuses the
//! ones it cannot put in a certificate, the CLI leaves that to the API.

/// How the form is described in errors.
const FORM: &str = "expected the /K=V/…/ form with a CN, such as /C=US/O=Example/CN=origin-client/";

/// The `(key, value)` components of `subject`, in order, or why it is not the API's form.
/// The text is taken as given (no trimming).
pub fn parse(subject: &str) -> Result<Vec<(&str, &str)>, String> {
    let inner = subject
        .strip_prefix('/')
        .and_then(|r| r.strip_suffix('/'))
        .filter(|_| subject.len() >= 2);
    let Some(inner) = inner else {
        return Err(format!("a subject starts and ends with '/': {FORM}"));
    };
    let mut components = Vec::new();
    for part in inner.split('/') {
        let Some((key, value)) = part.split_once('=') else {
            return Err(format!("'{part}' is not KEY=VALUE: {FORM}"));
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("'{key}' is not an attribute name: {FORM}"));
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
        return Err(format!("the subject has no CN: {FORM}"));
    }
    Ok(components)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn the_api_form_parses_into_its_components() {
        assert_eq!(
            parse("/C=US/O=Akamai Technologies, Inc./OU=1 C-1 2/CN=x/").unwrap(),
            [
                ("C", "US"),
                ("O", "Akamai Technologies, Inc."),
                ("OU", "1 C-1 2"),
                ("CN", "x")
            ]
        );
        assert_eq!(parse("/CN=a=b/").unwrap(), [("CN", "a=b")]);
        assert!(parse(&format!("/CN={}/", "é".repeat(64))).is_ok());
    }

    #[test]
    fn each_rule_says_what_is_wrong() {
        for (subject, why) in [
            ("CN=x", "starts and ends with '/'"),
            ("/CN=x", "starts and ends with '/'"),
            ("/", "starts and ends with '/'"),
            ("", "starts and ends with '/'"),
            ("/CN=x/junk/", "'junk' is not KEY=VALUE"),
            ("//CN=x/", "'' is not KEY=VALUE"),
            ("/O-U=x/CN=x/", "'O-U' is not an attribute name"),
            ("/=x/CN=x/", "'' is not an attribute name"),
            ("/O=x/", "the subject has no CN"),
            ("/CN=/", "1 to 64 characters, it has 0"),
            ("/O=/CN=x/", "the O attribute is empty"),
            (
                "/C=USA/CN=x/",
                "two-letter country code such as US, not 'USA'",
            ),
            ("/C=U1/CN=x/", "not 'U1'"),
        ] {
            let e = parse(subject).unwrap_err();
            assert!(e.contains(why), "{subject:?}: {e}");
        }
        let e = parse(&format!("/CN={}/", "a".repeat(65))).unwrap_err();
        assert_eq!(e, "the CN must have 1 to 64 characters, it has 65");
    }
}
