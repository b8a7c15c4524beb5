//! A yes/no question on stderr, answered on standard input: only asked when both are a
//! terminal (`context` decides); the answer read is one line of at most 256 bytes.

use std::io::{self, BufRead, Read, Write};

use super::escape;

/// The most read for an answer.
const MAX_ANSWER: u64 = 256;

/// Says `lines` (what will happen), asks `question` with `[y/N]` and reads the answer: `y`
/// or `yes` (any case) is a yes; anything else, an empty line or the end of input is a no.
pub fn confirm(lines: &[String], question: &str) -> io::Result<bool> {
    {
        let mut err = io::stderr().lock();
        for l in lines {
            writeln!(err, "{}", escape(l))?;
        }
        write!(err, "{} [y/N] ", escape(question))?;
        err.flush()?;
    }
    let mut answer = String::new();
    io::stdin().lock().take(MAX_ANSWER).read_line(&mut answer)?;
    Ok(is_yes(&answer))
}

fn is_yes(answer: &str) -> bool {
    matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_y_or_yes_is_a_yes() {
        for yes in ["y\n", "Y", " yes \r\n", "YES"] {
            assert!(super::is_yes(yes), "{yes:?}");
        }
        for no in ["", "\n", "n", "no", "yess", "y y", "oui"] {
            assert!(!super::is_yes(no), "{no:?}");
        }
    }
}
