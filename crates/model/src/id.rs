//! Typed ids: a number the API names something by, parsed once where it is typed (a clap
//! value parser, an emulator's path) and carried as its type from there, never parsed again.
//!
//! Rules:
//! - [`number_id!`] declares one: a whole number of 1 or more (`FromStr` says what was
//!   expected in the words given), written as its digits (`Display`), JSON a number;
//! - an id with other rules (the Edge Truststore's `caSetId`, a string of digits) writes
//!   its own impls beside its API.

/// Declares `$name(i64)`: a whole number of 1 or more, `$what` naming it in the error of a
/// text that is not one ("a certificate id").
macro_rules! number_id {
    ($(#[$meta:meta])* $name:ident, $what:literal) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(try_from = "i64", into = "i64")]
        pub struct $name(i64);

        impl $name {
            /// The number, as the API's path and JSON take it.
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl TryFrom<i64> for $name {
            type Error = String;
            fn try_from(n: i64) -> Result<$name, String> {
                match n >= 1 {
                    true => Ok($name(n)),
                    false => Err(concat!("expected ", $what, ", a whole number of 1 or more").into()),
                }
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<$name, String> {
                let n = s.trim().parse::<i64>().unwrap_or(0);
                $name::try_from(n)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}
