//! In-process tests of the truststore rules.
