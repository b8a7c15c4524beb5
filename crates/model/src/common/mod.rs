//! What every API's rules share, once for moks and its sandbox: reading PEM text
//! ([`pem`]) and writing X.509 names ([`names`]).

pub mod names;
pub mod pem;
