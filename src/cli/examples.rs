//! Examples in `--help` that paste as they are shown: clap wraps a help line longer than
//! the terminal at a space, which cuts a command in two where a shell would run the halves
//! apart. So an example longer than [`EXAMPLE_WIDTH`] is cut here instead, between a flag
//! and the one before it (never between a flag and its value, never inside quotes, never
//! inside a pipe's command), each piece but the last ending in ` \`.

/// The widest line of an example (its two spaces of indentation included): an 80-column
/// terminal shows it whole.
pub const EXAMPLE_WIDTH: usize = 78;

/// Examples longer than [`EXAMPLE_WIDTH`] cut with ` \` continuations, in `cmd` and its
/// subcommands, so that each pastes into a shell as it is shown.
pub fn pasteable_examples(cmd: clap::Command) -> clap::Command {
    let cmd = match cmd.get_after_help().map(|h| h.to_string()) {
        Some(text) => {
            // Examples cut by hand are joined first, then cut to fit.
            let mut whole: Vec<String> = Vec::new();
            let mut continued = false;
            for line in text.lines() {
                match whole.last_mut() {
                    Some(last) if continued => last.push_str(line.trim_start()),
                    _ => whole.push(line.to_string()),
                }
                continued = line.ends_with(" \\");
                if let Some(last) = whole.last_mut().filter(|_| continued) {
                    last.pop();
                }
            }
            let lines: Vec<String> = whole.iter().map(|l| cut_example(l)).collect();
            cmd.after_help(lines.join("\n"))
        }
        None => cmd,
    };
    super::each_subcommand(cmd, pasteable_examples)
}

/// One help line: an example (`  moks …`, `  akamai moks …`) longer than [`EXAMPLE_WIDTH`]
/// cut between words outside quotes, each piece but the last ending in ` \`, the next ones
/// indented by four spaces; any other line unchanged.
fn cut_example(line: &str) -> String {
    let Some(example) = line.strip_prefix("  ") else {
        return line.to_string();
    };
    let is_example = example.starts_with("moks ") || example.starts_with("akamai moks ");
    if !is_example || line.len() <= EXAMPLE_WIDTH {
        return line.to_string();
    }
    // A comment after the example (`   # what it does`) goes on a line of its own above it.
    if let Some(at) = example.find("   # ") {
        let (body, comment) = example.split_at(at);
        return format!(
            "  {}\n{}",
            comment.trim_start(),
            cut_example(&format!("  {body}"))
        );
    }
    let mut out: Vec<String> = Vec::new();
    let (mut current, mut empty) = (String::from("  "), true);
    for word in example_units(example) {
        // Room for the unit and, should another follow, the ` \` after it.
        if !empty && current.len() + 1 + word.len() + 2 > EXAMPLE_WIDTH {
            out.push(format!("{current} \\"));
            (current, empty) = (" ".repeat(4), true);
        }
        if !empty {
            current.push(' ');
        }
        current.push_str(&word);
        empty = false;
    }
    out.push(current);
    out.join("\n")
}

/// An example's pieces that a cut may separate: a flag with its values, a pipe with the
/// command after it, the command's words; never a flag from its value.
fn example_units(example: &str) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for word in shell_words(example) {
        let piped = units.last().is_some_and(|u| u.starts_with('|'));
        let starts = units.is_empty() || word.starts_with('-') || word.starts_with('|');
        match units.last_mut() {
            Some(unit) if piped || !starts => {
                unit.push(' ');
                unit.push_str(word);
            }
            _ => units.push(word.to_string()),
        }
    }
    units
}

/// `text` split at the spaces that are not inside single or double quotes.
fn shell_words(text: &str) -> Vec<&str> {
    let (mut words, mut start, mut quote) = (Vec::new(), 0, None);
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, ' ') => {
                if i > start {
                    words.push(&text[start..i]);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < text.len() {
        words.push(&text[start..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_examples_are_cut_between_flags_outside_quotes() {
        let long = "  moks api PATCH /mtls-origin-keystore/v1/client-certificates/12 --body '{\"a\": [\"b c\"]}' --json | jq -r .x";
        assert_eq!(
            cut_example(long),
            "  moks api PATCH /mtls-origin-keystore/v1/client-certificates/12 \\\n    \
             --body '{\"a\": [\"b c\"]}' --json | jq -r .x"
        );
        let short = "  moks get-ca-cert --json | jq .";
        assert_eq!(cut_example(short), short);
        let prose = format!("  {}", "word ".repeat(30));
        assert_eq!(cut_example(&prose), prose);
    }
}
