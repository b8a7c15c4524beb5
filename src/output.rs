//! The only code that writes to stdout or stderr.
//!
//! Rules:
//! - stdout is data: JSON documents, tables, field lists, `--dry-run` requests. Everything
//!   for people (errors, warnings, progress, `-v` logs) goes to stderr.
//! - `--json` prints the API's own JSON unchanged (key order kept, unknown fields kept),
//!   pretty-printed, one document per run. Without it, lists are tables and single objects
//!   are aligned `field : value` lists.
//! - Being piped changes decoration, never format: tables lose their box drawing (and are
//!   not wrapped) when stdout is not a terminal, or when `NO_COLOR` or `TERM=dumb` is set.
//! - Write errors are returned, so that a closed pipe (`moks … | head -1`) ends the run
//!   quietly with exit 0 (see `main`).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde_json::Value;

/// How stdout is rendered; decided once in `context`.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    /// Show PEM blocks whole instead of their first and last lines.
    pub full: bool,
    /// Draw table borders and fit to the terminal width.
    pub decorate: bool,
}

impl Output {
    /// Decides decoration from the terminal and environment (`NO_COLOR`, `TERM=dumb`).
    pub fn detect(json: bool, full: bool, no_color: bool, term_dumb: bool) -> Output {
        Output {
            json,
            full,
            decorate: io::stdout().is_terminal() && !no_color && !term_dumb,
        }
    }

    /// One JSON document, pretty-printed, key order as received.
    pub fn json(&self, value: &Value) -> io::Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, value)?;
        out.write_all(b"\n")?;
        out.flush()
    }

    /// Raw bytes, unchanged (an error body for jq under `--json`).
    pub fn raw(&self, bytes: &[u8]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        if !bytes.ends_with(b"\n") {
            out.write_all(b"\n")?;
        }
        out.flush()
    }

    /// A line of text.
    pub fn line(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    /// A table of rows under the given headers.
    pub fn table(&self, headers: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
        let text = render_table(headers, rows, self.decorate);
        self.line(&text)
    }

    /// An aligned `field : value` list of a JSON object, nested objects flattened with dots,
    /// PEM blocks shortened unless `--full`.
    pub fn fields(&self, value: &Value) -> io::Result<()> {
        let pairs = field_list(value, self.full);
        self.line(&render_fields(&pairs))
    }
}

pub fn render_table(headers: &[&str], rows: &[Vec<String>], decorate: bool) -> String {
    let mut table = Table::new();
    if decorate {
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        // Plain columns separated by spaces: easy to read, grep and cut.
        table
            .load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    table.set_header(headers.iter().copied());
    for row in rows {
        table.add_row(row.iter().map(String::as_str));
    }
    // comfy-table pads the last column and (without borders) starts each line with a space.
    table
        .to_string()
        .lines()
        .map(|l| {
            if decorate {
                l.to_string()
            } else {
                l.trim().to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A scalar JSON value as a table cell or field value (`""` for null or absent).
pub fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| cell(Some(i)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

fn is_pem(s: &str) -> bool {
    s.trim_start().starts_with("-----BEGIN ")
}

/// Shortens a PEM text to its first and last lines.
pub fn shorten_pem(pem: &str) -> String {
    let lines: Vec<&str> = pem.trim().lines().map(str::trim).collect();
    let blocks = lines
        .iter()
        .filter(|l| l.starts_with("-----BEGIN "))
        .count();
    if lines.len() <= 2 {
        return lines.join("\n");
    }
    let more = if blocks > 1 {
        format!(" ({blocks} blocks; --full shows them)")
    } else {
        " (--full shows it)".to_string()
    };
    format!("{}\n…{}\n{}", lines[0], more, lines[lines.len() - 1])
}

/// Flattens an object into `(field, value)` pairs, in the API's key order.
pub fn field_list(value: &Value, full: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    flatten("", value, full, &mut out);
    out
}

fn flatten(prefix: &str, value: &Value, full: bool, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if map.is_empty() && !prefix.is_empty() {
                out.push((prefix.to_string(), String::new()));
            }
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, full, out);
            }
        }
        Value::Array(items) if items.iter().any(|i| i.is_object() || i.is_array()) => {
            for (i, item) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), item, full, out);
            }
        }
        Value::String(s) if is_pem(s) && !full => out.push((prefix.to_string(), shorten_pem(s))),
        Value::String(s) => out.push((prefix.to_string(), s.trim_end().to_string())),
        other => out.push((prefix.to_string(), cell(Some(other)))),
    }
}

/// `field : value` lines, aligned on the colon; multi-line values are indented under the
/// first line.
pub fn render_fields(pairs: &[(String, String)]) -> String {
    let width = pairs
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for (k, v) in pairs {
        let mut lines = v.lines();
        let first = lines.next().unwrap_or("");
        out.push(format!("{k:<width$} : {first}").trim_end().to_string());
        for rest in lines {
            out.push(format!("{:width$}   {rest}", ""));
        }
    }
    out.join("\n")
}

/// The error block: `moks: error: …`, indented details, `hint:` lines.
pub fn error(headline: &str, details: &[String], hints: &[String]) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "moks: error: {headline}");
    for d in details {
        let _ = writeln!(err, "  {d}");
    }
    for h in hints {
        let _ = writeln!(err, "hint: {h}");
    }
}

/// A warning on stderr.
pub fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "moks: warning: {message}");
}

/// A note for people on stderr (next steps, progress).
pub fn note(message: &str) {
    let _ = writeln!(io::stderr().lock(), "{message}");
}

/// A `-v` log line on stderr. Callers never pass secrets.
pub fn verbose(message: &str) {
    let _ = writeln!(io::stderr().lock(), "moks: {message}");
}

/// Clap's own help/version/usage text, already formatted.
pub fn clap_message(err: &clap::Error) -> io::Result<()> {
    err.print()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_table_has_no_box_drawing_and_no_leading_space() {
        let t = render_table(
            &["id", "name"],
            &[
                vec!["1".into(), "alpha".into()],
                vec!["22".into(), "b".into()],
            ],
            false,
        );
        assert!(!t.contains('│') && !t.contains('─'), "{t}");
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("id"));
        assert!(lines[1].starts_with("1 "));
    }

    #[test]
    fn decorated_table_draws_borders() {
        let t = render_table(&["id"], &[vec!["1".into()]], true);
        assert!(t.contains('│'));
    }

    #[test]
    fn field_list_keeps_order_flattens_and_shortens_pems() {
        let pem = "-----BEGIN CERTIFICATE-----\nAAAA\nBBBB\n-----END CERTIFICATE-----\n";
        let v = json!({"version": 2, "status": "DEPLOYED", "versionAlias": null,
            "certificateBlock": {"certificate": pem, "keyAlgorithm": "RSA"},
            "validation": {"errors": [], "warnings": [{"message": "m", "reason": "r", "type": "t"}]},
            "notificationEmails": ["a@x.com", "b@x.com"], "futureField": {"x": true}});
        let pairs = field_list(&v, false);
        let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            vec![
                "version",
                "status",
                "versionAlias",
                "certificateBlock.certificate",
                "certificateBlock.keyAlgorithm",
                "validation.errors",
                "validation.warnings[0].message",
                "validation.warnings[0].reason",
                "validation.warnings[0].type",
                "notificationEmails",
                "futureField.x"
            ]
        );
        assert_eq!(
            pairs[3].1,
            "-----BEGIN CERTIFICATE-----\n… (--full shows it)\n-----END CERTIFICATE-----"
        );
        assert_eq!(pairs[9].1, "a@x.com, b@x.com");
        let full = field_list(&v, true);
        assert!(full[3].1.contains("AAAA\nBBBB"));
    }

    #[test]
    fn fields_align_on_the_colon_and_indent_continuations() {
        let s = render_fields(&[
            ("a".into(), "1".into()),
            ("longer".into(), "x\ny".into()),
            ("empty".into(), String::new()),
        ]);
        assert_eq!(s, "a      : 1\nlonger : x\n         y\nempty  :");
    }
}
