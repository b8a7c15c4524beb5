//! What a server sent, made safe and short enough to show in an error line.

/// The first `max` characters of `text` on one line (runs of white space become one space),
/// with [`printable`] escaping: what a server sent, made safe to show on a terminal.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut words = text.split_whitespace();
    let mut one_line = String::new();
    let mut count = 0usize;
    let mut cut = false;
    'outer: for (i, word) in words.by_ref().enumerate() {
        for c in (i > 0).then_some(' ').into_iter().chain(word.chars()) {
            if count == max {
                cut = true;
                break 'outer;
            }
            one_line.push(c);
            count += 1;
        }
    }
    let shown = printable(&one_line);
    if cut {
        format!("{shown}…")
    } else {
        shown
    }
}

/// `text` with every character a terminal would act on escaped as `\u{…}`: control
/// characters (C0, DEL, C1, so no escape sequence gets through) and the invisible
/// bidirectional and zero-width formatting characters that reorder or hide text.
pub fn printable(text: &str) -> String {
    crate::output::escape(text).into_owned()
}

/// `404 Not Found`: the status and its canonical reason phrase, or the number alone for a
/// status without one.
pub fn status_text(status: u16) -> String {
    match reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
    {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_one_line_bounded_and_escaped() {
        assert_eq!(excerpt("a\tb\n\nc", 3), "a b…");
        assert_eq!(excerpt("héllo wörld", 20), "héllo wörld");
        assert_eq!(excerpt("x\u{1b}[2J", 20), "x\\u{1b}[2J");
        assert_eq!(printable("ok: é ✓"), "ok: é ✓");
        assert_eq!(status_text(404), "404 Not Found");
        assert_eq!(status_text(599), "599");
    }
}
