//! Open enums: the values the API reference lists, plus `Other(text)` for any value the API
//! adds later. Read from any JSON string, written back as the same string, so an answer
//! round-trips; [`ApiEnum::is_known`] is what a request body's check asks.

/// What every enum of the model offers.
pub trait ApiEnum: Sized + 'static {
    /// The values the API reference lists, in its order.
    fn known() -> &'static [Self];
    /// The API's spelling.
    fn as_str(&self) -> &str;
    /// The value for an API spelling (exact, case-sensitive); `Other` when not listed.
    fn from_api(text: &str) -> Self;
    /// Whether this is one of [`ApiEnum::known`].
    fn is_known(&self) -> bool;
    /// `A, B, C`: the known values, for messages.
    fn allowed() -> String {
        Self::known()
            .iter()
            .map(Self::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Declares an open enum: `Name = "API_TEXT"` per known value (optionally `alias "TEXT"`,
/// accepted on a command line only), then `Other(String)`.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal $(alias $alias:literal)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value the API reference does not list, kept as the API wrote it.
            Other(String),
        }

        impl $crate::ApiEnum for $name {
            fn known() -> &'static [Self] {
                const KNOWN: &[$name] = &[$($name::$variant),+];
                KNOWN
            }
            fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $text, )+
                    $name::Other(text) => text,
                }
            }
            fn from_api(text: &str) -> Self {
                match text {
                    $( $text => $name::$variant, )+
                    other => $name::Other(other.to_string()),
                }
            }
            fn is_known(&self) -> bool {
                !matches!(self, $name::Other(_))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::ApiEnum::as_str(self))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::ApiEnum::as_str(self))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Ok(<$name as $crate::ApiEnum>::from_api(&text))
            }
        }

        #[cfg(feature = "clap")]
        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                <$name as $crate::ApiEnum>::known()
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                match self {
                    $( $name::$variant => Some(
                        clap::builder::PossibleValue::new($text) $(.alias($alias))?
                    ), )+
                    $name::Other(_) => None,
                }
            }
        }
    };
}
