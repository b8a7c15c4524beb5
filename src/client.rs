//! The transport's old path: everything moved to [`crate::http`], one file per concept.
//! Kept so that modules naming `crate::client::…` compile unchanged; to be removed once
//! they name `crate::http`.

pub use crate::http::*;
