//! The MOKS API's ids: a client certificate's (`certificateId`).

number_id!(
    /// A client certificate's id (`certificateId`, the `{certificateId}` of its paths).
    CertificateId,
    "a certificate id"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certificate_id_is_parsed_once_a_whole_number_of_one_or_more() {
        assert_eq!(
            "42".parse::<CertificateId>().map(CertificateId::get),
            Ok(42)
        );
        assert_eq!(
            " 7 ".parse::<CertificateId>().map(|i| i.to_string()),
            Ok("7".into())
        );
        for bad in ["0", "-1", "", "x", "1.5", "99999999999999999999"] {
            assert_eq!(
                bad.parse::<CertificateId>(),
                Err("expected a certificate id, a whole number of 1 or more".into()),
                "{bad}"
            );
        }
        let id: CertificateId = serde_json::from_str("12").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "12");
        assert!(serde_json::from_str::<CertificateId>("0").is_err());
    }
}
