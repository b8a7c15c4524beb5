//! The envelope every Cloudflare v4 answer comes in, success and failure alike:
//! `{success, errors[], messages[], result, result_info?}`, the errors being
//! `{code, message, documentation_url?, source?: {pointer?}}` (4XX answers use the same
//! envelope with `success: false` and `result: null`). [`decode`] reads an answer whatever
//! it holds; the constructors write one, so an emulator's answers are the shape a client
//! reads.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::cf_view;

/// The longest message text kept for display, in characters.
pub const MAX_MESSAGE_CHARS: usize = 500;

cf_view! {
    /// `source` of an error: where in the request it is.
    pub struct Source {
        pointer: String,
    }
}

cf_view! {
    /// One entry of `errors` or `messages` (`error_chain` and the like stay in `other`).
    pub struct ApiMessage {
        code: i64,
        message: String,
        documentation_url: String,
        source: Source,
    }
}

cf_view! {
    /// `result_info` of a list: this page, its size, the items on it, and the totals.
    pub struct ResultInfo {
        page: i64,
        per_page: i64,
        count: i64,
        total_count: i64,
        total_pages: i64,
    }
}

impl ApiMessage {
    /// An error or message with its code and text.
    pub fn new(code: i64, message: impl Into<String>) -> ApiMessage {
        ApiMessage {
            code: Some(code),
            message: Some(message.into()),
            ..ApiMessage::default()
        }
    }

    /// The same, pointing at a request field (`/validity_days`).
    pub fn at(mut self, pointer: impl Into<String>) -> ApiMessage {
        self.source = Some(Source {
            pointer: Some(pointer.into()),
            ..Source::default()
        });
        self
    }

    /// One line for a person: `code: message`, then ` (at /pointer)` when given. Control
    /// characters are escaped and the message cut at [`MAX_MESSAGE_CHARS`], so a hostile
    /// answer cannot move a cursor or flood a terminal.
    pub fn line(&self) -> String {
        let code = self.code.map_or_else(|| "-".to_string(), |c| c.to_string());
        let mut out = format!("{code}: {}", shown(self.message.as_deref().unwrap_or("")));
        if let Some(p) = self.source.as_ref().and_then(|s| s.pointer.as_deref()) {
            out.push_str(&format!(" (at {})", shown(p)));
        }
        out
    }
}

/// `s` cut at [`MAX_MESSAGE_CHARS`] with its control characters escaped.
fn shown(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == MAX_MESSAGE_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Reads a field leniently, its type's default when absent, null or of another type.
fn or_default<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned + Default + 'static>(
    d: D,
) -> Result<T, D::Error> {
    Ok(crate::lenient::<D, T>(d)?.unwrap_or_default())
}

/// The envelope. Written with every member (`result: null` on failure), `result_info`
/// only for lists; read leniently (a member of the wrong type reads as empty).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    #[serde(default, deserialize_with = "or_default")]
    pub success: bool,
    #[serde(default, deserialize_with = "or_default")]
    pub errors: Vec<ApiMessage>,
    #[serde(default, deserialize_with = "or_default")]
    pub messages: Vec<ApiMessage>,
    #[serde(default)]
    pub result: Value,
    #[serde(
        default,
        deserialize_with = "crate::lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub result_info: Option<ResultInfo>,
}

impl Envelope {
    /// A success carrying `result`.
    pub fn ok(result: Value) -> Envelope {
        Envelope {
            success: true,
            result,
            ..Envelope::default()
        }
    }

    /// A page of a list.
    pub fn page(items: Vec<Value>, info: ResultInfo) -> Envelope {
        Envelope {
            result_info: Some(info),
            ..Envelope::ok(Value::Array(items))
        }
    }

    /// A failure: `success: false`, these errors, `result: null`.
    pub fn failure(errors: Vec<ApiMessage>) -> Envelope {
        Envelope {
            errors,
            ..Envelope::default()
        }
    }

    /// The result read as `T` (a view), `None` when it is not one.
    pub fn result_as<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(&self.result).ok()
    }
}

/// Why an answer is not a success: its HTTP status, the envelope's errors (or one made up
/// here, code 0, when the body is no envelope) and the envelope when there was one.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub status: u16,
    pub errors: Vec<ApiMessage>,
    pub envelope: Option<Box<Envelope>>,
}

/// Reads an answer: `Ok` for a 2xx whose envelope says `success: true`; otherwise the
/// [`Failure`], with the envelope's errors, or, for a body that is no envelope (a proxy's
/// HTML page, a cut answer), one error saying so with the start of the body, escaped.
pub fn decode(status: u16, body: &[u8]) -> Result<Envelope, Failure> {
    let parsed: Option<Envelope> = serde_json::from_slice::<Value>(body)
        .ok()
        .filter(|v| v.get("success").is_some_and(Value::is_boolean))
        .and_then(|v| Envelope::deserialize(v).ok());
    match parsed {
        Some(e) if e.success && (200..300).contains(&status) => Ok(e),
        Some(e) => {
            let errors = if e.errors.is_empty() {
                vec![ApiMessage::new(
                    0,
                    format!("HTTP {status} with success: {} and no errors", e.success),
                )]
            } else {
                e.errors.clone()
            };
            Err(Failure {
                status,
                errors,
                envelope: Some(Box::new(e)),
            })
        }
        None => {
            let text = String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned();
            Err(Failure {
                status,
                errors: vec![ApiMessage::new(
                    0,
                    format!(
                        "HTTP {status} without a Cloudflare envelope: {}",
                        text.trim()
                    ),
                )],
                envelope: None,
            })
        }
    }
}
