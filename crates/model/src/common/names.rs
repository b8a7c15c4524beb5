//! X.509 distinguished names as text, with one table of attribute names: the MOKS API's
//! slash form (`/C=US/O=…/CN=…/`), the Edge Truststore's Java form (`CN=…, O=…, C=US`) and
//! the form of moks's own messages (`CN=…, O=…`, in the certificate's order).
//!
//! Rules:
//! - an attribute is named by [`OIDS`] (the short names of RFC 4519 and PKCS #9, the
//!   spelling Java's `X500Principal` prints beside them); any other attribute by its dotted
//!   OID;
//! - a value that is not a string is `#` and its DER content in lower-case hex (RFC 4514);
//! - two names are the same when their DER is, or when they read as the same attributes in
//!   the same order (an issuer re-encoded as UTF8String instead of PrintableString).

use x509_parser::x509::X509Name;

/// (dotted OID, short name, Java's name) of the attributes names are written with.
pub const OIDS: [(&str, &str, &str); 10] = [
    ("2.5.4.3", "CN", "CN"),
    ("2.5.4.6", "C", "C"),
    ("2.5.4.7", "L", "L"),
    ("2.5.4.8", "ST", "ST"),
    ("2.5.4.10", "O", "O"),
    ("2.5.4.11", "OU", "OU"),
    ("2.5.4.5", "serialNumber", "SERIALNUMBER"),
    ("1.2.840.113549.1.9.1", "emailAddress", "EMAILADDRESS"),
    ("0.9.2342.19200300.100.1.25", "DC", "DC"),
    ("0.9.2342.19200300.100.1.1", "UID", "UID"),
];

/// How attributes are named: the short name or Java's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    Short,
    Java,
}

fn key(oid: String, naming: Naming) -> String {
    match OIDS.iter().find(|(o, _, _)| *o == oid) {
        Some((_, short, _)) if naming == Naming::Short => short.to_string(),
        Some((_, _, java)) => java.to_string(),
        None => oid,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn named(name: &X509Name<'_>, naming: Naming) -> Vec<(String, String)> {
    name.iter_attributes()
        .map(|a| {
            let value = a
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|_| format!("#{}", hex(a.attr_value().data)));
            (key(a.attr_type().to_id_string(), naming), value)
        })
        .collect()
}

/// The name's attributes as (short name or dotted OID, value), in the certificate's order.
pub fn attributes(name: &X509Name<'_>) -> Vec<(String, String)> {
    named(name, Naming::Short)
}

/// The MOKS API's slash form, `/C=US/O=…/CN=…/`, in the certificate's order.
pub fn slash_form(name: &X509Name<'_>) -> String {
    slash_form_of(&attributes(name))
}

/// [`slash_form`] of attributes already read.
pub fn slash_form_of(attrs: &[(String, String)]) -> String {
    let mut out = String::from("/");
    for (k, v) in attrs {
        out.push_str(&format!("{k}={v}/"));
    }
    out
}

/// As Java prints a name (the Edge Truststore's answers): most specific attribute first,
/// `, ` between, `EMAILADDRESS=` for e-mail.
pub fn java_form(name: &X509Name<'_>) -> String {
    let mut parts: Vec<String> = named(name, Naming::Java)
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    parts.reverse();
    parts.join(", ")
}

/// For moks's messages: `CN=…, O=…`, in the certificate's order.
pub fn display(name: &X509Name<'_>) -> String {
    attributes(name)
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first common name, when there is one that is a string.
pub fn common_name(name: &X509Name<'_>) -> Option<String> {
    name.iter_common_name()
        .next()
        .map(|a| a.as_str().map(str::to_string).unwrap_or_default())
}

/// Whether two names are the same (see the module's rules).
pub fn same(a: &X509Name<'_>, b: &X509Name<'_>) -> bool {
    a.as_raw() == b.as_raw() || attributes(a) == attributes(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use x509_parser::prelude::FromDer;

    #[test]
    fn one_table_three_forms() {
        let mut p = rcgen::CertificateParams::default();
        p.distinguished_name.push(rcgen::DnType::CountryName, "US");
        p.distinguished_name
            .push(rcgen::DnType::OrganizationName, "Example");
        p.distinguished_name.push(rcgen::DnType::CommonName, "leaf");
        let key = rcgen::KeyPair::generate().unwrap();
        let der = p.self_signed(&key).unwrap().der().to_vec();
        let (_, cert) = x509_parser::certificate::X509Certificate::from_der(&der).unwrap();
        let n = cert.subject();
        assert_eq!(slash_form(n), "/CN=leaf/C=US/O=Example/");
        assert_eq!(java_form(n), "O=Example, C=US, CN=leaf");
        assert_eq!(display(n), "CN=leaf, C=US, O=Example");
        assert_eq!(common_name(n).as_deref(), Some("leaf"));
        assert!(same(n, cert.issuer()));
    }
}
