//! Field lists: a JSON object as aligned `field : value` lines, for people.
//!
//! Rules:
//! - fields keep the API's key order; nested objects are flattened with dots
//!   (`certificateBlock.certificate`) and arrays of objects with indexes (`warnings[0].reason`);
//!   an array of scalars is one value, joined with `, `;
//! - a field without a value (null, `""`, `[]`, `{}`, at any depth) is left out: the list is
//!   for people, and `--json` has every field;
//! - a PEM block is cut to its first and last lines unless `--full`, and is the only value
//!   shown on several lines (indented under the first); every other value is one line;
//! - names and values are escaped (see `output::escape`), and a status is coloured after.

use std::borrow::Cow;

use serde_json::Value;

use super::table;
use super::{escape, escape_lines};
use crate::color;

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

pub(super) fn is_pem(s: &str) -> bool {
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

/// Flattens an object into `(field, value)` pairs, in the API's key order. Fields without a
/// value (null, `""`, `[]`, `{}`, nested or not) are left out: a field list is for people,
/// and `--json` has every field.
pub fn field_list(value: &Value, full: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    flatten("", value, full, &mut out);
    out
}

/// Whether a value is there to show: not null, `""`, `[]` or `{}`.
fn has_value(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(map) => !map.is_empty(),
        _ => true,
    }
}

fn flatten(prefix: &str, value: &Value, full: bool, out: &mut Vec<(String, String)>) {
    if !has_value(value) && !prefix.is_empty() {
        return;
    }
    match value {
        Value::Object(map) => {
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

/// `field : value` lines, aligned on the colon. Names are shown on one line; a PEM value
/// keeps its lines (indented under the first, tabs kept), any other value is shown on one
/// line ([`escape`]). With `color`, status values are coloured (after escaping).
pub fn render_fields(pairs: &[(String, String)], color: bool) -> String {
    let shown: Vec<(Cow<'_, str>, Vec<Cow<'_, str>>)> = pairs
        .iter()
        .map(|(k, v)| {
            let lines = if is_pem(v) {
                v.lines().map(escape_lines).collect()
            } else {
                vec![escape(v)]
            };
            (escape(k), lines)
        })
        .collect();
    let width = shown
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for (k, lines) in &shown {
        let mut lines = lines.iter();
        let first = lines.next().map(|l| l.as_ref()).unwrap_or("");
        let style = color.then(|| table::field_style(k, first)).flatten();
        let first = match style {
            Some(style) => color::paint(first, style),
            None => first.to_string(),
        };
        out.push(format!("{k:<width$} : {first}").trim_end().to_string());
        for rest in lines {
            out.push(format!("{:width$}   {rest}", ""));
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
                "certificateBlock.certificate",
                "certificateBlock.keyAlgorithm",
                "validation.warnings[0].message",
                "validation.warnings[0].reason",
                "validation.warnings[0].type",
                "notificationEmails",
                "futureField.x"
            ]
        );
        assert_eq!(
            pairs[2].1,
            "-----BEGIN CERTIFICATE-----\n… (--full shows it)\n-----END CERTIFICATE-----"
        );
        assert_eq!(pairs[7].1, "a@x.com, b@x.com");
        let full = field_list(&v, true);
        assert!(full[2].1.contains("AAAA\nBBBB"));
        // Nothing for fields without a value, however deep.
        let empty = json!({"a": null, "b": "", "c": [], "d": {}, "e": {"f": null, "g": {"h": []}},
            "i": [null, {"j": ""}], "k": 0, "l": false});
        let shown: Vec<String> = field_list(&empty, false)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(shown, ["k", "l"]);
    }

    #[test]
    fn fields_align_on_the_colon_and_indent_continuations() {
        let s = render_fields(
            &[
                ("a".into(), "1".into()),
                ("longer".into(), "-----BEGIN X-----\ny".into()),
                ("empty".into(), String::new()),
            ],
            false,
        );
        assert_eq!(
            s,
            "a      : 1\nlonger : -----BEGIN X-----\n         y\nempty  :"
        );
    }
}
