//! The mTLS Origin Keystore's problems: `application/problem+json` with `title`, `detail`,
//! a `problemId` naming the occurrence (what Akamai support asks for), and nested
//! `errors[]` each naming the request field it is about (`field`), as the API reference
//! shows for "Create a client certificate" and the other operations' 400 answers.

use serde_json::Value;

use super::api::{nested, shown};

/// The lines after the headline: one per nested error (`field: detail`), then the
/// `problemId`. An `instance` is not shown: MOKS repeats the `problemId` in it.
pub fn details(p: &Value) -> Vec<String> {
    let mut out = nested(p, "field");
    if let Some(id) = shown(p, "problemId") {
        out.push(format!("problemId: {id}"));
    }
    out
}

/// The hints for a MOKS problem: none beyond the clock hint and the commands' own (the
/// commands know which certificate and version a refusal is about, the problem does not).
pub fn hints(_p: &Value) -> Vec<String> {
    vec![]
}

#[cfg(test)]
mod tests {
    use super::super::api::{answer, Api};
    use serde_json::json;

    #[test]
    fn problem_json_renders_title_detail_nested_errors_and_problem_id() {
        let e = answer(
            Api::Moks,
            400,
            &json!({"title":"Bad Request","detail":"Bad Request","problemId":"p-1",
                "instance": "p-1",
                "errors":[{"field":"certificate","detail":"Certificate is either invalid"},
                          {"title":"Other"}]})
            .to_string(),
        );
        assert_eq!(e.headline(), "Bad Request");
        assert_eq!(
            e.details(),
            vec![
                "certificate: Certificate is either invalid",
                "Other",
                "problemId: p-1"
            ]
        );
        let e = answer(
            Api::Moks,
            404,
            r#"{"title":"Resource Not Found","detail":"gone"}"#,
        );
        assert_eq!(e.headline(), "Resource Not Found: gone");
        assert!(e.details().is_empty());
        assert!(e.hints().is_empty());
    }
}
