//! The reader [`super::rules`] checks an enrollment document with: it walks a JSON object
//! field by field, records one [`Finding`] per problem with the field's JSON pointer, and
//! never stops at the first.
//!
//! Rules: null counts as absent (the schema's fields are nullable unless required); a
//! message says what is wrong and what is allowed, lower-case, and shows a refused value as
//! JSON cut at 60 characters (control characters escaped by JSON itself).

use std::fmt;

use serde_json::{Map, Value};

use crate::moks::rules::no_controls;
use crate::ApiEnum;

/// One problem of a document: where (a JSON pointer, `/csr/sans/2`; empty for the whole
/// document) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub pointer: String,
    pub message: String,
}

/// `/csr/cn: is required`: one line.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "(document)"
        } else {
            &self.pointer
        };
        write!(f, "{at}: {}", self.message)
    }
}

/// A JSON value as shown in a message.
pub(crate) fn shown(v: &Value) -> String {
    let text = v.to_string();
    let mut out: String = text.chars().take(60).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// A JSON pointer one step below `at`.
pub(crate) fn below(at: &str, key: &str) -> String {
    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// What kind of JSON a value is, for messages.
pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// One object being read: its fields and its pointer.
#[derive(Clone, Copy)]
pub(crate) struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub at: &'a str,
}

impl<'a> Obj<'a> {
    /// The field's value; null is absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub fn ptr(&self, key: &str) -> String {
        below(self.at, key)
    }
}

/// The findings so far.
#[derive(Default)]
pub(crate) struct Check {
    pub out: Vec<Finding>,
}

impl Check {
    pub fn push(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.out.push(Finding {
            pointer: pointer.into(),
            message: message.into(),
        });
    }

    /// The field's value; a required one that is absent or null is reported.
    pub fn value<'a>(&mut self, o: Obj<'a>, key: &str, required: bool) -> Option<&'a Value> {
        let v = o.get(key);
        if v.is_none() && required {
            self.push(o.ptr(key), "is required");
        }
        v
    }

    /// The field's key must be there, null allowed (the v12 schema's "required but
    /// nullable").
    pub fn present(&mut self, o: Obj<'_>, key: &str) {
        if !o.map.contains_key(key) {
            self.push(o.ptr(key), "is required (null is allowed)");
        }
    }

    pub fn boolean(&mut self, o: Obj<'_>, key: &str, required: bool) -> Option<bool> {
        let v = self.value(o, key, required)?;
        if v.as_bool().is_none() {
            self.push(
                o.ptr(key),
                format!("expected true or false, not {}", shown(v)),
            );
        }
        v.as_bool()
    }

    /// A string of one character or more with no control characters.
    pub fn text<'a>(&mut self, o: Obj<'a>, key: &str, required: bool) -> Option<&'a str> {
        let v = self.value(o, key, required)?;
        let Some(s) = v.as_str() else {
            self.push(o.ptr(key), format!("expected a string, not {}", kind(v)));
            return None;
        };
        if s.trim().is_empty() {
            let why = match required {
                true => "is empty: give a value",
                false => "is empty: give a value, or null to leave it out",
            };
            self.push(o.ptr(key), why);
            return None;
        }
        if let Err(why) = no_controls(s, "a field") {
            self.push(o.ptr(key), why);
            return None;
        }
        Some(s)
    }

    /// A string `rule` accepts (its `Err` is the message).
    pub fn text_with(
        &mut self,
        o: Obj<'_>,
        key: &str,
        required: bool,
        rule: impl Fn(&str) -> Result<(), String>,
    ) {
        if let Some(s) = self.text(o, key, required) {
            if let Err(why) = rule(s) {
                self.push(o.ptr(key), format!("{}: {why}", shown(&Value::from(s))));
            }
        }
    }

    /// One of the values Akamai's schema lists for `E`.
    pub fn known<E: ApiEnum>(&mut self, o: Obj<'_>, key: &str, required: bool) -> Option<E> {
        let v = self.value(o, key, required)?;
        match v.as_str().map(E::from_api) {
            Some(e) if e.is_known() => Some(e),
            _ => {
                self.push(
                    o.ptr(key),
                    format!(
                        "{} is not allowed; expected one of {}",
                        shown(v),
                        E::allowed()
                    ),
                );
                None
            }
        }
    }

    /// An object (or null/absent); anything else is reported.
    pub fn object<'a>(
        &mut self,
        o: Obj<'a>,
        key: &str,
        required: bool,
    ) -> Option<&'a Map<String, Value>> {
        let v = self.value(o, key, required)?;
        if v.as_object().is_none() {
            self.push(o.ptr(key), format!("expected an object, not {}", kind(v)));
        }
        v.as_object()
    }

    /// A list (or null/absent) of strings, each with its pointer; anything else reported.
    pub fn strings<'a>(&mut self, o: Obj<'a>, key: &str) -> Vec<(String, &'a str)> {
        let Some(v) = self.value(o, key, false) else {
            return Vec::new();
        };
        let Some(items) = v.as_array() else {
            self.push(
                o.ptr(key),
                format!("expected a list of strings, not {}", kind(v)),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = below(&o.ptr(key), &i.to_string());
            match item.as_str() {
                Some(s) => out.push((at, s)),
                None => self.push(at, format!("expected a string, not {}", kind(item))),
            }
        }
        out
    }

    /// Reports each field `allowed` does not name: Akamai's CPS OpenAPI closes every object
    /// of an enrollment (`additionalProperties: false`), so the API refuses it.
    pub fn unknown_fields(&mut self, o: Obj<'_>, allowed: &[&str], what: &str) {
        for key in o.map.keys().filter(|k| !allowed.contains(&k.as_str())) {
            let hint = match closest(key, allowed) {
                Some(near) => format!("did you mean {near:?}?"),
                None if allowed.len() <= 12 => format!("expected one of {}", allowed.join(", ")),
                None => "see `moks cps new-enrollment --template` for the fields".into(),
            };
            self.push(o.ptr(key), format!("is not a field of {what}; {hint}"));
        }
    }
}

/// The allowed name within two edits of `key` (ASCII case ignored), or else one that
/// starts with it (`sni`, the old name, → `sniOnly`), if one is.
fn closest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let key = key.to_ascii_lowercase();
    let near = allowed
        .iter()
        .map(|a| (edits(&key, &a.to_ascii_lowercase()), *a))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a);
    near.or_else(|| {
        allowed
            .iter()
            .find(|a| key.len() >= 3 && a.to_ascii_lowercase().starts_with(&key))
            .copied()
    })
}

/// Levenshtein distance.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}
