//! What an answer's JSON may cost in memory before it is parsed: every value of a parsed
//! document is a node of some tens of bytes, and a list's items are each kept beside a
//! typed view, so a body of small nodes (`{"certificates":[[],[],…]}`, 3 bytes an item)
//! would take hundreds of times its size. Counted on the bytes first, refused (exit 5) over
//! the budget, so memory stays within a small multiple of `--max-response-size` whatever
//! the shape.
//!
//! Rules:
//! - the count is one pass over the bytes, outside strings: each `{`, `[`, `,` and `:` opens
//!   a value or a key; at most [`BASE_NODES`] plus one per [`BYTES_PER_NODE`] bytes (a real
//!   answer has one per 20 bytes or more: field names, PEM blocks, dates);
//! - a list's items must be JSON objects, non-empty, at most [`BASE_ITEMS`] plus one per
//!   [`BYTES_PER_ITEM`] bytes (a certificate, a version, a CA set or an activation is a
//!   record of several fields, never under 64 bytes).

/// Nodes every answer may hold, whatever its size.
pub const BASE_NODES: usize = 10_000;
/// One node more per this many bytes.
pub const BYTES_PER_NODE: usize = 8;
/// Items every list may hold, whatever its size.
pub const BASE_ITEMS: usize = 1_000;
/// One item more per this many bytes.
pub const BYTES_PER_ITEM: usize = 32;

/// The number of values and keys `body` opens (an upper bound: a trailing comma counts).
pub fn nodes(body: &[u8]) -> usize {
    let mut count = 1;
    let mut in_string = false;
    let mut escaped = false;
    for &b in body {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' | b',' | b':' => count += 1,
            _ => {}
        }
    }
    count
}

/// Why `body` is over the node budget, if it is.
pub fn over_node_budget(body: &[u8]) -> Option<String> {
    let budget = BASE_NODES + body.len() / BYTES_PER_NODE;
    let n = nodes(body);
    (n > budget).then(|| {
        format!(
            "it holds about {n} JSON values in {} bytes, more than moks reads (at most {budget}: \
             one per {BYTES_PER_NODE} bytes)",
            body.len()
        )
    })
}

/// Why `items` (from a body of `body_len` bytes) cannot be a list of records, if so.
pub fn unfit_items(items: &[serde_json::Value], body_len: usize) -> Option<String> {
    let most = BASE_ITEMS + body_len / BYTES_PER_ITEM;
    if items.len() > most {
        return Some(format!(
            "{} items in {body_len} bytes, more than moks reads (at most {most}: one per \
             {BYTES_PER_ITEM} bytes)",
            items.len()
        ));
    }
    let (i, bad) = items
        .iter()
        .enumerate()
        .find(|(_, v)| v.as_object().is_none_or(|m| m.is_empty()))?;
    let what = match bad {
        serde_json::Value::Object(_) => "an empty object",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Null => "null",
    };
    Some(format!(
        "item {} is {what}, where a record was expected",
        i + 1
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_counted_outside_strings_only() {
        assert_eq!(nodes(b"{}"), 2);
        assert_eq!(nodes(br#"{"a":1,"b":[1,2]}"#), 7);
        assert_eq!(nodes(br#"{"a":"x,y:{[\"],"}"#), 3);
        let small = format!("{{\"certificates\":[{}[]]}}", "[],".repeat(100_000));
        assert!(over_node_budget(small.as_bytes()).is_some());
        let real = serde_json::json!({"certificates": (0..2000).map(|i| serde_json::json!({
            "certificateId": i, "certificateName": format!("origin-{i}"), "signer": "AKAMAI",
            "createdDate": "2024-07-22T06:23:37Z"})).collect::<Vec<_>>()});
        assert!(over_node_budget(real.to_string().as_bytes()).is_none());
    }

    #[test]
    fn list_items_are_non_empty_objects_within_the_count() {
        let ok = vec![serde_json::json!({"a": 1}); 3];
        assert_eq!(unfit_items(&ok, 100), None);
        let e = unfit_items(&[serde_json::json!({"a": 1}), serde_json::json!([])], 100);
        assert_eq!(
            e.as_deref(),
            Some("item 2 is a list, where a record was expected")
        );
        let e = unfit_items(&[serde_json::json!({})], 100);
        assert_eq!(
            e.as_deref(),
            Some("item 1 is an empty object, where a record was expected")
        );
        assert!(unfit_items(&vec![serde_json::json!({"a": 1}); 1001], 10).is_some());
    }
}
