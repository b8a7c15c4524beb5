//! Typed requests and answers of Akamai's APIs, for a client and for an emulator alike.
//! [`moks`] holds the mTLS Origin Keystore's; each other API is a sibling module
//! ([`truststore`], [`cps`], [`cloudflare`]); [`common`] what they share (PEM, X.509 names).
//!
//! Rules of the crate:
//! - field names are the API's (`#[serde(rename_all = "camelCase")]`), types those of the
//!   API reference;
//! - enums are open ([`ApiEnum`]): a value the API adds later is kept as `Other(text)` and
//!   written back unchanged, never an error when reading an answer. Only a request body
//!   checks that a value is one of the known ones;
//! - an answer's typed view never fails on the shape of one field: every field is an
//!   `Option`, and a value of the wrong JSON type reads as `None` (the reference: "treat all
//!   version fields as optional"). Whoever needs the API's JSON byte for byte (key order,
//!   unknown fields, number text) keeps the JSON beside the view;
//! - a request body is checked once, by its [`Body::check`], wherever it comes from (flags,
//!   a file, a request to an emulator); a [`Checked`] body is sent as the JSON it was
//!   checked from;
//! - no I/O and no printing; `clap` only behind the `clap` feature.

mod body;
#[macro_use]
mod id;
#[macro_use]
mod open_enum;

/// Declares the view of an answer object: the API's camelCase names, every field an
/// `Option` read with [`lenient`], absent fields left out when written. An API with other
/// names (Cloudflare's snake_case) says so with `@with "snake_case" [extra fields]`, the
/// extra fields written as they are. `@other "names"` is `@with` plus `other`, a flattened
/// map of every field the view does not name, written back in place (CPS, Cloudflare).
macro_rules! view {
    (
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        view! { @with "camelCase" [] $(#[$meta])* pub struct $name { $($body)* } }
    };
    (
        @other $names:literal
        $(#[$meta:meta])*
        pub struct $name:ident { $($body:tt)* }
    ) => {
        view! {
            @with $names [
                /// The fields this view does not name, as the API wrote them.
                #[serde(flatten)]
                pub other: serde_json::Map<String, serde_json::Value>,
            ]
            $(#[$meta])* pub struct $name { $($body)* }
        }
    };
    (
        @with $names:literal [$($extra:tt)*]
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = $names)]
        pub struct $name {
            $(
                $(#[$fmeta])*
                #[serde(
                    default,
                    deserialize_with = "crate::lenient",
                    skip_serializing_if = "Option::is_none"
                )]
                pub $field: Option<$ty>,
            )*
            $($extra)*
        }
    };
}

pub mod cloudflare;
pub mod common;
pub mod cps;
pub mod moks;
pub mod truststore;

pub use body::{Body, Checked, FieldError, Problem};
pub use open_enum::ApiEnum;

/// Reads a field of an answer leniently: `None` when it is absent, null or of another JSON
/// type than the view expects (so one odd field never hides the others). A number where
/// text (a `String`, not an enum) is expected is read as its digits: an id the API sends as a string may come as a
/// number (older Edge Truststore servers send `caSetId` so, and its problems' contextInfo).
pub(crate) fn lenient<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned + 'static,
{
    let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
    let text = std::any::TypeId::of::<T>() == std::any::TypeId::of::<String>();
    Ok(match value {
        serde_json::Value::Number(n) if text => {
            T::deserialize(serde_json::Value::String(n.to_string())).ok()
        }
        other => T::deserialize(other).ok(),
    })
}
