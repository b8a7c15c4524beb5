//! `.edgerc` parsing and credential precedence.
//!
//! [`parse`] is pure: text in, sections out. [`resolve`] applies the precedence rules with the
//! environment and the file reader passed in, so every rule is unit-tested without touching
//! the real environment:
//!
//! - file and section: flag > `AKAMAI_EDGERC` / `AKAMAI_EDGERC_SECTION` > `~/.edgerc` /
//!   `default` (clap resolves these three; their origin is passed in for `-v`);
//! - credentials: a complete `AKAMAI_[<SECTION>_]{HOST,CLIENT_TOKEN,CLIENT_SECRET,ACCESS_TOKEN}`
//!   set wins and the file is not read; an incomplete set is ignored (and said with `-v`);
//!   otherwise the file's section;
//! - `max_body`: `AKAMAI_[<SECTION>_]MAX_BODY` > the file's `max_body` / `max-body` > 131072;
//! - account switch key: `--account-key` (or `AKAMAI_EDGERC_ACCOUNT_KEY`) >
//!   `AKAMAI_[<SECTION>_]ACCOUNT_KEY` > the file's `account_key`; the value `none` at any level
//!   clears it.
//!
//! File syntax: INI sections; `;` and `#` comment lines; a ` ;…` or ` #…` tail after
//! whitespace is a comment; CRLF and a UTF-8 BOM are tolerated; keys are case-insensitive and
//! `-` equals `_`; values may be quoted. A `host` without a scheme means `https://host`; one
//! with `http://` or `https://` is used as given. A section may appear once, and a key once
//! per section; a repeat is an error naming both lines. The file is read up to
//! [`MAX_EDGERC_BYTES`]. Errors name the file, section and key and never quote a value (a
//! malformed line may hold a secret).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::signer::{Credentials, DEFAULT_MAX_BODY};

/// A configuration or credentials problem: which file, section and key, and what is allowed.
/// Never holds a secret.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ConfigError {
    pub message: String,
    /// Suggestions for the user (`hint:` lines in a CLI).
    pub hints: Vec<String>,
}

mod error {
    use super::ConfigError;

    pub fn config(message: impl Into<String>) -> ConfigError {
        ConfigError {
            message: message.into(),
            hints: vec![],
        }
    }

    pub fn config_with_hint(message: impl Into<String>, hint: impl Into<String>) -> ConfigError {
        ConfigError {
            message: message.into(),
            hints: vec![hint.into()],
        }
    }
}

/// One `[section]` with its keys normalised (lower-case, `-` → `_`), in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    pub entries: Vec<(String, String)>,
}

impl Section {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EdgercFile {
    pub sections: Vec<Section>,
}

impl EdgercFile {
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }
}

/// A syntax error at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

fn strip_inline_comment(value: &str) -> &str {
    let bytes = value.as_bytes();
    for i in 1..bytes.len() {
        if (bytes[i] == b';' || bytes[i] == b'#') && bytes[i - 1].is_ascii_whitespace() {
            return value[..i].trim_end();
        }
    }
    value
}

fn unquote(value: &str) -> &str {
    let v = value.trim();
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// Parses `.edgerc` text in one pass, linear in its size (a file of 100,000 sections is
/// read in well under a second). Every line is checked here, so errors carry the right line
/// number and never the line's content. A section that appears twice, or a key set twice in
/// one section (after `-` → `_` and case folding), is refused naming both lines, as
/// Akamai's Python signer (configparser's strict mode) refuses them: merging them silently
/// would pick credentials the user may not expect.
///
/// rust-ini is not used: it gives no line numbers, and it would read the checked text a
/// second time with rules of its own (a value ending in `\` continues on the next line
/// there, where this parser sees two keys).
pub fn parse(text: &str) -> Result<EdgercFile, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut file = EdgercFile::default();
    // Line of each section header, and of each key in the current section.
    let mut section_lines: HashMap<&str, usize> = HashMap::new();
    let mut key_lines: HashMap<String, usize> = HashMap::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line_no = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw).trim();
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some(name) = strip_inline_comment(rest).trim_end().strip_suffix(']') else {
                return Err(ParseError {
                    line: line_no,
                    message: "section header is missing its closing ']'".into(),
                });
            };
            let name = name.trim();
            if name.is_empty() || name.contains(['[', ']']) {
                return Err(ParseError {
                    line: line_no,
                    message: "section header has an empty or invalid name".into(),
                });
            }
            if let Some(first) = section_lines.insert(name, line_no) {
                return Err(ParseError {
                    line: line_no,
                    message: format!(
                        "section [{name}] already starts on line {first}; a section may appear only once"
                    ),
                });
            }
            key_lines.clear();
            file.sections.push(Section {
                name: name.to_string(),
                entries: Vec::new(),
            });
            continue;
        }
        let Some(split) = line.find(['=', ':']) else {
            return Err(ParseError {
                line: line_no,
                message: "expected 'key = value', a [section] header or a comment".into(),
            });
        };
        let key = line[..split].trim().to_ascii_lowercase().replace('-', "_");
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        {
            return Err(ParseError {
                line: line_no,
                message: "expected 'key = value' with a key of letters, digits, '_' or '-'".into(),
            });
        }
        let Some(section) = file.sections.last_mut() else {
            return Err(ParseError {
                line: line_no,
                message: "key outside any [section]".into(),
            });
        };
        if let Some(first) = key_lines.insert(key.clone(), line_no) {
            return Err(ParseError {
                line: line_no,
                message: format!(
                    "{key} is already set on line {first} in section [{}]; a key may appear only once in a section",
                    section.name
                ),
            });
        }
        let value = unquote(strip_inline_comment(line[split + 1..].trim()));
        section.entries.push((key, value.to_string()));
    }
    Ok(file)
}

/// Turns the `host` value into a base URL: no scheme means `https://`; `http://` or
/// `https://` is kept (the sandbox and tests rely on it). A trailing `/` is dropped.
pub fn base_url_from_host(host: &str) -> Result<url::Url, String> {
    let host = unquote(host).trim_end_matches('/');
    if host.is_empty() {
        return Err("is empty".into());
    }
    let lower = host.to_ascii_lowercase();
    let with_scheme = if lower.starts_with("https://") || lower.starts_with("http://") {
        host.to_string()
    } else if lower.contains("://") {
        return Err("has a scheme other than http:// or https://".into());
    } else {
        format!("https://{host}")
    };
    let url = url::Url::parse(&with_scheme).map_err(|e| format!("is not a valid host ({e})"))?;
    if url.host_str().is_none() || url.path() != "/" || url.query().is_some() {
        return Err("must be a host name (optionally with scheme and port), not a URL path".into());
    }
    // A user name or password there would never be sent (EdgeGrid signs each request), and
    // printing the host would show it: refused, without quoting it.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "holds a user name or password (user:password@): moks never sends one there; \
             remove it (EdgeGrid needs only the host)"
                .into(),
        );
    }
    Ok(url)
}

/// Where a resolved value came from (said by `-v`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env,
    Default,
}

/// What was typed (or defaulted) for choosing the file, section and account key.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub edgerc: PathBuf,
    pub edgerc_origin: Origin,
    pub section: String,
    pub section_origin: Origin,
    /// `--account-key` or `AKAMAI_EDGERC_ACCOUNT_KEY`.
    pub account_key: Option<String>,
}

/// Credentials ready for the client.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub base_url: url::Url,
    /// Where `host` came from, for messages: "host in section [default] of ~/.edgerc" or
    /// "AKAMAI_HOST".
    pub host_origin: String,
    pub credentials: Credentials,
    pub account_key: Option<String>,
    /// One line per value saying which source won (never a value that is secret).
    pub origins: Vec<String>,
    /// Warnings for stderr (permissions, ignored partial environment).
    pub warnings: Vec<String>,
    /// Where each value came from, for a report.
    pub sources: Sources,
}

/// Where a resolved value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The caller's [`Inputs`] (a flag or the variable it stands for).
    Inputs,
    /// This environment variable.
    Env(String),
    /// The section of the file.
    File,
    /// Nowhere: the default.
    Default,
}

/// Where the resolved values came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources {
    /// `host` and the three tokens: all four from the environment (the variable for
    /// `host`; the others are named alike), or all four from the file.
    pub credentials: Source,
    pub max_body: Source,
    /// `None` when no account switch key is set (or `none` cleared it).
    pub account_key: Option<Source>,
}

fn env_prefix(section: &str) -> String {
    if section == "default" {
        "AKAMAI_".to_string()
    } else {
        format!("AKAMAI_{}_", section.to_ascii_uppercase())
    }
}

const REQUIRED: [&str; 4] = ["host", "client_token", "client_secret", "access_token"];

fn parse_max_body(value: &str, what: &str) -> Result<usize, ConfigError> {
    match value.trim().parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(error::config(format!(
            "{what} must be a positive whole number of bytes (Akamai uses 131072)"
        ))),
    }
}

/// Resolves credentials. `env` answers environment lookups; `read` reads the file (it is
/// called only when the environment does not supply a complete credential set).
pub fn resolve(
    inputs: &Inputs,
    env: &dyn Fn(&str) -> Option<String>,
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> Result<Resolved, ConfigError> {
    let env = |k: &str| env(k).filter(|v| !v.trim().is_empty());
    let prefix = env_prefix(&inputs.section);
    let mut origins = Vec::new();
    let mut warnings = Vec::new();
    let env_values: Vec<(&str, Option<String>)> = REQUIRED
        .iter()
        .map(|k| (*k, env(&format!("{prefix}{}", k.to_ascii_uppercase()))))
        .collect();
    let env_complete = env_values.iter().all(|(_, v)| v.is_some());

    let (host, client_token, client_secret, access_token, file_section);
    if env_complete {
        let get = |i: usize| env_values[i].1.clone().unwrap_or_default();
        host = get(0);
        client_token = get(1);
        client_secret = get(2);
        access_token = get(3);
        file_section = None;
        origins.push(format!(
            "credentials: from the environment ({prefix}HOST, {prefix}CLIENT_TOKEN, …)"
        ));
    } else {
        let set: Vec<String> = env_values
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(k, _)| format!("{prefix}{}", k.to_ascii_uppercase()))
            .collect();
        if !set.is_empty() {
            warnings.push(format!(
                "ignoring {}: all four of {prefix}HOST, {prefix}CLIENT_TOKEN, \
                 {prefix}CLIENT_SECRET and {prefix}ACCESS_TOKEN are needed",
                set.join(", ")
            ));
        }
        let path = &inputs.edgerc;
        let shown = path.display();
        let text = match read(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(error::config_with_hint(
                    format!("credentials file {shown} not found"),
                    format!(
                        "create it (see .edgerc.example), pass --edgerc FILE, set {prefix}HOST, \
                         {prefix}CLIENT_TOKEN, {prefix}CLIENT_SECRET and {prefix}ACCESS_TOKEN, \
                         or try the built-in sandbox with --sandbox"
                    ),
                ))
            }
            Err(e) => {
                return Err(error::config(format!(
                    "credentials file {shown} cannot be read: {e}"
                )))
            }
        };
        let file = parse(&text).map_err(|e| {
            error::config(format!(
                "credentials file {shown} line {}: {}",
                e.line, e.message
            ))
        })?;
        let Some(section) = file.section(&inputs.section) else {
            // At most 10 names: a file may hold thousands.
            let names: Vec<&str> = file
                .sections
                .iter()
                .take(10)
                .map(|s| s.name.as_str())
                .collect();
            let have = match file.sections.len() {
                0 => "it has no sections".to_string(),
                n if n > names.len() => {
                    format!("sections there: {}, … ({n} in all)", names.join(", "))
                }
                _ => format!("sections there: {}", names.join(", ")),
            };
            return Err(error::config(format!(
                "section [{}] not found in {shown} ({have})",
                inputs.section
            )));
        };
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|k| section.get(k).is_none_or(|v| v.trim().is_empty()))
            .collect();
        if !missing.is_empty() {
            return Err(error::config(format!(
                "section [{}] of {shown} is missing {} (required: host, client_token, \
                 client_secret, access_token)",
                inputs.section,
                missing.join(", ")
            )));
        }
        let get = |k: &str| section.get(k).unwrap_or_default().trim().to_string();
        host = get("host");
        client_token = get("client_token");
        client_secret = get("client_secret");
        access_token = get("access_token");
        file_section = Some(section.clone());
        origins.push(format!(
            "credentials: from {shown} section [{}]",
            inputs.section
        ));
    }
    let where_host = if env_complete {
        format!("{prefix}HOST")
    } else {
        format!(
            "host in section [{}] of {}",
            inputs.section,
            inputs.edgerc.display()
        )
    };
    let base_url =
        base_url_from_host(&host).map_err(|why| error::config(format!("{where_host} {why}")))?;
    let host_origin = where_host;

    // max_body: env > file > default.
    let max_body_env = format!("{prefix}MAX_BODY");
    let max_body_source;
    let max_body = if let Some(v) = env(&max_body_env) {
        origins.push(format!("max_body: from {max_body_env}"));
        max_body_source = Source::Env(max_body_env.clone());
        parse_max_body(&v, &max_body_env)?
    } else if let Some(v) = file_section.as_ref().and_then(|s| s.get("max_body")) {
        origins.push("max_body: from the credentials file".into());
        max_body_source = Source::File;
        parse_max_body(
            v,
            &format!(
                "max_body in section [{}] of {}",
                inputs.section,
                inputs.edgerc.display()
            ),
        )?
    } else {
        max_body_source = Source::Default;
        DEFAULT_MAX_BODY
    };
    let headers_to_sign = file_section
        .as_ref()
        .and_then(|s| s.get("headers_to_sign"))
        .map(|v| {
            v.split(',')
                .map(|h| h.trim().to_string())
                .filter(|h| !h.is_empty())
                .collect()
        })
        .unwrap_or_default();

    // Account switch key: flag/AKAMAI_EDGERC_ACCOUNT_KEY > AKAMAI_[S_]ACCOUNT_KEY > file.
    let key_env = format!("{prefix}ACCOUNT_KEY");
    let (raw_key, key_origin, key_source) =
        if let Some(k) = inputs.account_key.clone().filter(|k| !k.trim().is_empty()) {
            (
                Some(k),
                "--account-key or AKAMAI_EDGERC_ACCOUNT_KEY".to_string(),
                Source::Inputs,
            )
        } else if let Some(k) = env(&key_env) {
            (Some(k), key_env.clone(), Source::Env(key_env))
        } else if let Some(k) = file_section.as_ref().and_then(|s| s.get("account_key")) {
            (
                Some(k.to_string()),
                "the credentials file".to_string(),
                Source::File,
            )
        } else {
            (None, String::new(), Source::Default)
        };
    if raw_key
        .as_deref()
        .is_some_and(|k| k.chars().any(char::is_control))
    {
        return Err(error::config(format!(
            "the account switch key from {key_origin} holds a control character"
        )));
    }
    let account_key = match raw_key {
        Some(k) if k.trim().eq_ignore_ascii_case("none") => {
            origins.push(format!(
                "account switch key: cleared by 'none' from {key_origin}"
            ));
            None
        }
        Some(k) => {
            origins.push(format!("account switch key: from {key_origin}"));
            Some(k.trim().to_string())
        }
        None => None,
    };
    let origin_word = |o: Origin| match o {
        Origin::Flag => "flag",
        Origin::Env => "environment",
        Origin::Default => "default",
    };
    origins.insert(
        0,
        format!(
            "edgerc: {} ({}), section: {} ({})",
            inputs.edgerc.display(),
            origin_word(inputs.edgerc_origin),
            inputs.section,
            origin_word(inputs.section_origin)
        ),
    );
    Ok(Resolved {
        base_url,
        host_origin,
        credentials: Credentials {
            client_token,
            client_secret,
            access_token,
            max_body,
            headers_to_sign,
        },
        sources: Sources {
            credentials: if env_complete {
                Source::Env(format!("{prefix}HOST"))
            } else {
                Source::File
            },
            max_body: max_body_source,
            account_key: account_key.as_ref().map(|_| key_source),
        },
        account_key,
        origins,
        warnings,
    })
}

/// The most moks reads of an `.edgerc`: 1 MiB. A real one is a few KiB (thousands of
/// sections of full credentials fit); the parsed file takes a small multiple of its size,
/// so this also bounds the memory a hostile or mistaken file can cost.
pub const MAX_EDGERC_BYTES: u64 = 1024 * 1024;

/// Reads the file for real (at most [`MAX_EDGERC_BYTES`]; more is an `InvalidData` error
/// saying so), warning when it is readable by group or others.
pub fn read_file_checked(path: &Path, warnings: &mut Vec<String>) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_EDGERC_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_EDGERC_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "it is larger than 1 MiB, the most moks reads of a credentials file",
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        std::io::Error::new(std::io::ErrorKind::InvalidData, "it is not UTF-8 text")
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.permissions().mode() & 0o077 != 0 {
                warnings.push(format!(
                    "{} is readable by group or others; run: chmod 600 {}",
                    path.display(),
                    path.display()
                ));
            }
        }
    }
    Ok(text)
}

/// The default file: `~/.edgerc`.
pub fn default_path() -> PathBuf {
    dirs::home_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(".edgerc")
}

#[cfg(test)]
#[path = "edgerc_tests.rs"]
mod tests;
