//! Request bodies: what a check finds ([`FieldError`]), the trait each body type implements
//! ([`Body`]), a body that passed ([`Checked`]), and the field readers the checks share.
//!
//! Rules:
//! - a check reports every problem at once, in the order of the reference's field table;
//! - null counts as absent (the reference: "send null or leave it out");
//! - fields the reference does not list are not checked and stay in the JSON that is sent;
//! - a [`Checked`] body is written as the JSON object it was checked from: key order,
//!   unknown fields and number text as given.

use std::fmt;
use std::ops::Deref;

use serde_json::{Map, Value};

use crate::ApiEnum;

/// What is wrong with one field of a request body.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// The API's field name (`certificateName`), or `body` for the body as a whole.
    pub field: &'static str,
    /// The value refused, when there is one.
    pub value: Option<Value>,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A required field is absent or null.
    Missing,
    /// The value breaks a rule; the text says which, lower-case, such as
    /// `expected one of STANDARD_TLS, ENHANCED_TLS`.
    Invalid(String),
    /// None of these fields is there, and at least one must be.
    NoneOf(&'static [&'static str]),
}

impl FieldError {
    fn missing(field: &'static str) -> FieldError {
        FieldError {
            field,
            value: None,
            problem: Problem::Missing,
        }
    }

    fn invalid(field: &'static str, value: &Value, why: impl Into<String>) -> FieldError {
        FieldError {
            field,
            value: Some(value.clone()),
            problem: Problem::Invalid(why.into()),
        }
    }
}

/// One line in the API's words: `certificateName is required`, `invalid value "FAST" for
/// secureNetwork: expected one of STANDARD_TLS, ENHANCED_TLS` (the value as JSON, cut at 80
/// characters), `certificateName or notificationEmails must be provided`.
impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::Missing => write!(f, "{} is required", self.field),
            Problem::Invalid(why) => {
                let text = self
                    .value
                    .as_ref()
                    .map(Value::to_string)
                    .unwrap_or_default();
                let mut shown: String = text.chars().take(80).collect();
                if shown.len() < text.len() {
                    shown.push('…');
                }
                write!(f, "invalid value {shown} for {}: {why}", self.field)
            }
            Problem::NoneOf(fields) => write!(f, "{} must be provided", fields.join(" or ")),
        }
    }
}

/// A request body type: its check reads the typed body out of a JSON object, or says every
/// field that is wrong.
pub trait Body: Sized {
    fn check(json: &Map<String, Value>) -> Result<Self, Vec<FieldError>>;
}

/// A body that passed its check: the typed body (read through `Deref`) and the JSON object
/// it came from, which is what is serialized and sent.
#[derive(Debug, Clone)]
pub struct Checked<T> {
    body: T,
    json: Map<String, Value>,
}

impl<T: Body> Checked<T> {
    pub fn new(json: Map<String, Value>) -> Result<Checked<T>, Vec<FieldError>> {
        Ok(Checked {
            body: T::check(&json)?,
            json,
        })
    }
}

impl<T> Checked<T> {
    /// The JSON object as given (and as sent).
    pub fn json(&self) -> &Map<String, Value> {
        &self.json
    }

    /// The typed body.
    pub fn into_inner(self) -> T {
        self.body
    }
}

impl<T> Deref for Checked<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.body
    }
}

impl<T> serde::Serialize for Checked<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(s)
    }
}

/// Reads the fields of one body, collecting what is wrong.
pub(crate) struct Fields<'a> {
    json: &'a Map<String, Value>,
    pub errors: Vec<FieldError>,
}

impl<'a> Fields<'a> {
    pub fn new(json: &'a Map<String, Value>) -> Fields<'a> {
        Fields {
            json,
            errors: Vec::new(),
        }
    }

    /// The field's value; null is absent. A required field that is absent is reported.
    fn get(&mut self, field: &'static str, required: bool) -> Option<&'a Value> {
        let v = self.json.get(field).filter(|v| !v.is_null());
        if v.is_none() && required {
            self.errors.push(FieldError::missing(field));
        }
        v
    }

    pub fn is_present(&self, field: &str) -> bool {
        self.json.get(field).is_some_and(|v| !v.is_null())
    }

    pub fn refuse(&mut self, field: &'static str, value: &Value, why: impl Into<String>) {
        self.errors.push(FieldError::invalid(field, value, why));
    }

    /// A string that `rule` accepts (its `Err` is the reason given).
    pub fn string(
        &mut self,
        field: &'static str,
        required: bool,
        rule: impl Fn(&str) -> Result<(), String>,
    ) -> Option<String> {
        let v = self.get(field, required)?;
        let Some(s) = v.as_str() else {
            self.refuse(field, v, "expected a string");
            return None;
        };
        match rule(s) {
            Ok(()) => Some(s.to_string()),
            Err(why) => {
                self.refuse(field, v, why);
                None
            }
        }
    }

    /// One of the values the reference lists for `E`.
    pub fn known<E: ApiEnum>(&mut self, field: &'static str, required: bool) -> Option<E> {
        let v = self.get(field, required)?;
        match v.as_str().map(E::from_api) {
            Some(e) if e.is_known() => Some(e),
            _ => {
                self.refuse(field, v, format!("expected one of {}", E::allowed()));
                None
            }
        }
    }

    /// A whole number of `min` or more that fits an i64 (never wrapped, never rounded).
    pub fn integer(&mut self, field: &'static str, required: bool, min: i64) -> Option<i64> {
        let v = self.get(field, required)?;
        match v.as_i64() {
            Some(n) if n >= min => Some(n),
            _ => {
                self.refuse(
                    field,
                    v,
                    format!("expected a whole number of {min} or more"),
                );
                None
            }
        }
    }

    /// A non-empty list of strings that `rule` accepts each of.
    pub fn list(
        &mut self,
        field: &'static str,
        required: bool,
        what: &str,
        rule: impl Fn(&str) -> Result<(), String>,
    ) -> Option<Vec<String>> {
        let v = self.get(field, required)?;
        let items: Option<Vec<String>> = v.as_array().filter(|a| !a.is_empty()).and_then(|a| {
            a.iter()
                .map(|i| i.as_str().filter(|s| rule(s).is_ok()).map(str::to_string))
                .collect()
        });
        if items.is_none() {
            self.refuse(field, v, format!("expected a non-empty list of {what}"));
        }
        items
    }

    /// The body, if nothing was wrong.
    pub fn finish<T>(self, body: impl FnOnce() -> Option<T>) -> Result<T, Vec<FieldError>> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        // Every required field was read without an error, so `body` has them all.
        body().ok_or_else(|| vec![FieldError::missing("body")])
    }
}
