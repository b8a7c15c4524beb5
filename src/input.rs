//! Validation of what users type, before any request is sent.
//!
//! The `parse_*` functions are clap value parsers: they return the cleaned value or a short
//! one-line reason that clap puts after "invalid value 'X' for '--flag'" (rendered on one
//! line by `main`, exit 2). The readers (`read_body`, `read_certificate_file`,
//! `read_file_capped`) do the same for `--body`, certificate files and `--ca-cert`. The
//! rules of the API's fields (names, contract ids, e-mails, subjects, CA names) have one
//! home, the model's `moks_model::moks::rules`, which the `--body` check and the sandbox use
//! too; this module adds the command line's side: `ctr_`/`grp_` prefixes stripped, values
//! trimmed, PEM or DER certificates, never a private key.
//!
//! Rules of this module:
//! - no input makes it panic: strings are handled by characters, never sliced at a byte
//!   offset that was not found in the same string (property tests in `input_props.rs`);
//! - a value that becomes a name, subject, id, e-mail, section or account key may hold no
//!   control character (C0, DEL, C1): such a value would later be shown on a terminal;
//! - files and standard input are read up to [`MAX_INPUT_BYTES`] (1 MiB), far above any real
//!   certificate or request body; more is refused naming the file and the limit.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use moks_model::moks::rules::{self, no_controls, strip_prefix_ignore_case};

use crate::error;

/// The most moks reads from a `--body` file or standard input, a `--certificate-file`, a
/// `--trust-chain-file` or a `--ca-cert` bundle: 1 MiB. A certificate chain is a few KiB.
pub const MAX_INPUT_BYTES: u64 = 1024 * 1024;

/// How the limit is said in messages.
pub const MAX_INPUT_TEXT: &str = "1 MiB (1048576 bytes)";

/// Reads at most `cap` bytes; `Ok(None)` when there is more.
pub fn read_capped(reader: impl Read, cap: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    reader.take(cap.saturating_add(1)).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= cap).then_some(buf))
}

/// Reads the file given to `flag`, at most [`MAX_INPUT_BYTES`]; every failure is a usage
/// error naming the file (exit 2, nothing sent).
pub fn read_file_capped(path: impl AsRef<Path>, flag: &str) -> anyhow::Result<Vec<u8>> {
    let path = path.as_ref();
    let shown = path.display();
    let bad = |why: String| error::usage(format!("invalid value '{shown}' for '{flag}': {why}"));
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => bad("no such file".into()),
        _ => bad(format!("cannot read it ({e})")),
    })?;
    match read_capped(file, MAX_INPUT_BYTES) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(bad(format!(
            "the file is larger than {MAX_INPUT_TEXT}, the most moks reads for {flag}"
        ))),
        Err(e) => Err(bad(format!("cannot read it ({e})"))),
    }
}

pub fn parse_cert_name(s: &str) -> Result<String, String> {
    rules::certificate_name(s)?;
    Ok(s.to_string())
}

/// A client certificate id as typed: parsed here, once, and carried as its type.
pub fn parse_id(s: &str) -> Result<moks_model::moks::CertificateId, String> {
    s.parse()
}

/// A contract id ([`rules::contract_id`]); a `ctr_` prefix is stripped (the API takes the
/// bare id).
pub fn parse_contract_id(s: &str) -> Result<String, String> {
    rules::contract_id(s).map(str::to_string)
}

pub fn parse_group_id(s: &str) -> Result<i64, String> {
    let bare = strip_prefix_ignore_case(s.trim(), "grp_");
    match bare.parse::<i64>() {
        Ok(n) if n >= 0 => Ok(n),
        _ => Err(
            "expected a group id, a whole number of 0 or more such as 12345 or grp_12345".into(),
        ),
    }
}

/// One e-mail address (the flag splits on commas first), trimmed.
pub fn parse_email(s: &str) -> Result<String, String> {
    rules::email(s)?;
    Ok(s.trim().to_string())
}

/// A subject in the `/C=US/O=Org/CN=name/` form, trimmed.
pub fn parse_subject(s: &str) -> Result<String, String> {
    rules::subject(s)?;
    Ok(s.trim().to_string())
}

pub fn parse_preferred_ca(s: &str) -> Result<String, String> {
    rules::preferred_ca(s)?;
    Ok(s.trim().to_string())
}

/// `--section`: any name the file may hold, but no control characters.
pub fn parse_section(s: &str) -> Result<String, String> {
    no_controls(s, "a section name")?;
    Ok(s.to_string())
}

/// `--account-key`: sent as `accountSwitchKey`; no control characters.
pub fn parse_account_key(s: &str) -> Result<String, String> {
    no_controls(s, "an account switch key")?;
    Ok(s.to_string())
}

/// `--timeout`: a duration in the one grammar ([`crate::retry::parse_duration`]), more
/// than 0 and at most a day, as seconds.
pub fn parse_timeout(s: &str) -> Result<f64, String> {
    match crate::retry::parse_duration(s) {
        Some(d) if !d.is_zero() && d.as_secs() <= 86_400 => Ok(d.as_secs_f64()),
        _ => Err(
            "expected a duration of more than 0 and at most 1 day, such as 60 (seconds), 20s, \
             500ms or 2m"
                .into(),
        ),
    }
}

/// `--body FILE|-|JSON`: a JSON object from a literal, standard input or a file, each at
/// most [`MAX_INPUT_BYTES`]. Numbers are kept as written (serde_json's arbitrary precision).
pub fn read_body(arg: &str) -> anyhow::Result<serde_json::Map<String, Value>> {
    match read_json(arg)? {
        Value::Object(map) => Ok(map),
        _ => Err(body_error(arg, "expected a JSON object ({…})".into())),
    }
}

/// How `--body` is named in its errors: a literal as a short excerpt, else the file or `-`.
fn body_error(arg: &str, why: String) -> anyhow::Error {
    let shown = if is_json_literal(arg) {
        error::excerpt(arg, 40)
    } else {
        arg.to_string()
    };
    error::usage(format!("invalid value '{shown}' for '--body': {why}"))
}

/// A `--body` that starts like a JSON object or array is the JSON itself, not a file name.
fn is_json_literal(arg: &str) -> bool {
    arg.trim_start().starts_with(['{', '['])
}

/// `--body FILE|-|JSON` as any JSON document (`moks api` sends arrays too), read like
/// [`read_body`].
pub fn read_json(arg: &str) -> anyhow::Result<Value> {
    let bad = |why: String| body_error(arg, why);
    let too_big = |what: &str| {
        bad(format!(
            "{what} is larger than {MAX_INPUT_TEXT}, the most moks reads for a request body"
        ))
    };
    let bytes = if is_json_literal(arg) {
        if arg.len() as u64 > MAX_INPUT_BYTES {
            return Err(too_big("the value"));
        }
        arg.as_bytes().to_vec()
    } else if arg == "-" {
        match read_capped(std::io::stdin().lock(), MAX_INPUT_BYTES) {
            Ok(Some(b)) => b,
            Ok(None) => return Err(too_big("standard input")),
            Err(e) => return Err(bad(format!("cannot read standard input ({e})"))),
        }
    } else {
        let cannot = |e: std::io::Error| {
            bad(format!(
                "cannot read it as a file ({e}); expected a JSON object, a file or -"
            ))
        };
        let file = std::fs::File::open(arg).map_err(cannot)?;
        match read_capped(file, MAX_INPUT_BYTES) {
            Ok(Some(b)) => b,
            Ok(None) => return Err(too_big("the file")),
            Err(e) => return Err(cannot(e)),
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Err(bad("not valid JSON (it is not UTF-8 text)".into()));
    };
    serde_json::from_str::<Value>(text).map_err(|e| bad(format!("not valid JSON ({e})")))
}

/// A duration for a wait (`--wait-timeout`, `--interval`): `30s`, `500ms`, `10m`, `1h`, or a
/// bare number of seconds; more than 0 and at most 7 days.
pub fn parse_wait_duration(s: &str) -> Result<std::time::Duration, String> {
    match crate::retry::parse_duration(s) {
        Some(d) if !d.is_zero() => Ok(d),
        _ => Err(
            "expected a duration of more than 0 and at most 7 days, such as 30s, 10m or 1h".into(),
        ),
    }
}

/// Reads a certificate file for `flag` (at most [`MAX_INPUT_BYTES`]): PEM (CRLF normalised,
/// every block a parseable certificate) or DER (converted to PEM). A file holding a private
/// key is refused.
pub fn read_certificate_file(path: &Path, flag: &str) -> anyhow::Result<String> {
    let shown = path.display();
    let bad = |why: &str| error::usage(format!("invalid value '{shown}' for '{flag}': {why}"));
    let bytes = read_file_capped(path, flag)?;
    if bytes.is_empty() {
        return Err(bad("the file is empty"));
    }
    let text = String::from_utf8_lossy(&bytes);
    if text.contains("PRIVATE KEY-----") {
        return Err(bad(
            "the file holds a private key; give only the signed certificate (never upload a key)",
        ));
    }
    if text.contains("-----BEGIN ") {
        let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
        // Sent as the blocks alone, re-encoded: text around them (`openssl x509 -text`
        // output, comments) never reaches the API.
        let mut out = String::new();
        for block in moks_model::common::pem::split_pem(&normalised) {
            if block.label != "CERTIFICATE" {
                return Err(bad(&format!(
                    "holds a '{}' block; expected CERTIFICATE blocks",
                    block.label
                )));
            }
            let contents = block.der.map_err(|e| {
                bad(&format!(
                    "not a valid PEM file (the block at line {}: {e})",
                    block.line
                ))
            })?;
            // Never a key, whatever its label (a check no flag skips); other junk is named by
            // the parse below.
            use crate::certcheck::shape::{certificate_shaped, NotCertificate};
            if let Err(why @ NotCertificate::PrivateKey) = certificate_shaped(&contents) {
                return Err(bad(&format!(
                    "a CERTIFICATE block is not a certificate: {why}"
                )));
            }
            x509_parser::parse_x509_certificate(&contents).map_err(|e| {
                bad(&format!(
                    "a CERTIFICATE block does not parse as X.509 ({e})"
                ))
            })?;
            out.push_str(&pem::encode_config(
                &pem::Pem::new("CERTIFICATE", contents),
                pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
            ));
        }
        if out.is_empty() {
            return Err(bad("no CERTIFICATE block found"));
        }
        return Ok(out);
    }
    match x509_parser::parse_x509_certificate(&bytes) {
        Ok(_) => Ok(pem::encode_config(
            &pem::Pem::new("CERTIFICATE", bytes),
            pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
        )),
        Err(_) => Err(bad("expected a PEM or DER X.509 certificate")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(parse_cert_name("a").is_ok());
        assert!(parse_cert_name(&"x".repeat(64)).is_ok());
        assert!(
            parse_cert_name(&"é".repeat(64)).is_ok(),
            "characters, not bytes"
        );
        assert!(parse_cert_name(&"x".repeat(65)).unwrap_err().contains("65"));
        assert!(parse_cert_name("").is_err());
        assert!(parse_cert_name("   ").is_err());
    }

    #[test]
    fn contract_and_group_prefixes_are_stripped() {
        assert_eq!(parse_contract_id("ctr_C-0N7RAC7").unwrap(), "C-0N7RAC7");
        assert_eq!(parse_contract_id("C-1").unwrap(), "C-1");
        assert!(parse_contract_id("ctr_").is_err());
        assert_eq!(parse_group_id("grp_12345").unwrap(), 12345);
        assert_eq!(parse_group_id("0").unwrap(), 0);
        assert!(parse_group_id("-1").is_err());
        assert!(parse_group_id("grp_x").is_err());
    }

    #[test]
    fn emails() {
        assert_eq!(parse_email(" ops@example.com ").unwrap(), "ops@example.com");
        for bad in [
            "ops",
            "ops@",
            "@example.com",
            "a@b",
            "a b@example.com",
            "a@@example.com",
            "a@example..com",
        ] {
            assert!(parse_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn subjects_are_trimmed_free_of_controls_and_in_the_api_form() {
        // The form's rules are the model's (`rules::subject_components`), tested there.
        assert_eq!(parse_subject(" /C=US/CN=x/ ").unwrap(), "/C=US/CN=x/");
        assert!(parse_subject("/O=x/").unwrap_err().contains("no CN"));
        assert!(parse_subject("/CN=a\u{1b}b/")
            .unwrap_err()
            .contains("control characters"));
        // One list of attributes for moks and the sandbox: what one refuses, so does the other.
        assert!(parse_subject("/DC=com/CN=x/")
            .unwrap_err()
            .contains("allowed: C, ST, L, O, OU, CN, emailAddress"));
    }

    #[test]
    fn timeouts() {
        assert_eq!(parse_timeout("2.5"), Ok(2.5));
        assert!(parse_timeout("0").is_err());
        assert!(parse_timeout("inf").is_err());
    }

    #[test]
    fn certificate_files() {
        let dir = tempfile::tempdir().unwrap();
        let ca = rcgen::generate_simple_self_signed(vec!["x.example".into()]).unwrap();
        let pem = ca.cert.pem();
        let p = dir.path().join("c.pem");
        std::fs::write(&p, pem.replace('\n', "\r\n")).unwrap();
        let got = read_certificate_file(&p, "--certificate-file").unwrap();
        assert!(!got.contains('\r'));
        assert!(got.starts_with("-----BEGIN CERTIFICATE-----\n"));
        let d = dir.path().join("c.der");
        std::fs::write(&d, ca.cert.der()).unwrap();
        let from_der = read_certificate_file(&d, "--certificate-file").unwrap();
        assert_eq!(from_der.replace('\n', ""), got.replace('\n', ""));
        let k = dir.path().join("k.pem");
        std::fs::write(&k, format!("{}{}", pem, ca.signing_key.serialize_pem())).unwrap();
        let e = read_certificate_file(&k, "--certificate-file").unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2);
        assert!(e.to_string().contains("private key"));
        let g = dir.path().join("g.txt");
        std::fs::write(&g, "hello").unwrap();
        assert!(read_certificate_file(&g, "--certificate-file")
            .unwrap_err()
            .to_string()
            .contains("PEM or DER"));
        let e =
            read_certificate_file(&dir.path().join("missing"), "--trust-chain-file").unwrap_err();
        assert!(e.to_string().contains("'--trust-chain-file': no such file"));
    }

    #[test]
    fn bodies() {
        assert_eq!(read_body(r#"{"a": 1}"#).unwrap()["a"], 1);
        assert!(read_body("{nope")
            .unwrap_err()
            .to_string()
            .contains("not valid JSON"));
        let e = read_body("/no/such/file").unwrap_err().to_string();
        assert!(
            e.starts_with("invalid value '/no/such/file' for '--body': cannot read it as a file"),
            "{e}"
        );
        let e = read_body("[1]").unwrap_err().to_string();
        assert_eq!(
            e,
            "invalid value '[1]' for '--body': expected a JSON object ({…})"
        );
    }
}

#[cfg(test)]
#[path = "input_props.rs"]
mod props;
