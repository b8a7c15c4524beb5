//! Colour: when moks uses it and the few styles it has. Pure: it decides and paints, and
//! `output` prints.
//!
//! Rules (as gh, cargo and ripgrep have them):
//! - `--color auto` (the default) colours a stream only when it is a terminal, `NO_COLOR` is
//!   unset or empty and `TERM` is not `dumb`; `--color always` and `--color never` decide
//!   alone (an explicit flag beats `NO_COLOR`, as no-color.org asks);
//! - stdout and stderr are decided apart: `moks … | jq` keeps red errors on the terminal;
//! - colour marks meaning, never carries it: status values of both APIs (DEPLOYED, ACTIVE,
//!   COMPLETE green; pending and in progress yellow; deleted, expired and FAILED red) and the `error:`/`warning:` words. The text is the same without
//!   it, so nothing a script reads depends on it;
//! - colour is added after a text is escaped and laid out (SGR sequences have no width), so
//!   nothing from a server can reach the terminal as a control sequence.

/// `--color`: when to colour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    // On a terminal, unless NO_COLOR is set or TERM is dumb (these are not doc comments:
    // the flag's one line of help says it all).
    #[default]
    Auto,
    Always,
    Never,
}

/// Whether a stream is coloured: `terminal` says whether it is one, `no_color` whether
/// `NO_COLOR` is set (non-empty), `term_dumb` whether `TERM=dumb`.
pub fn enabled(choice: ColorChoice, terminal: bool, no_color: bool, term_dumb: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && !no_color && !term_dumb,
    }
}

/// What a coloured text means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Working as it should: DEPLOYED, CURRENT.
    Good,
    /// On its way: DEPLOYMENT_PENDING, AWAITING_SIGNED_CERTIFICATE, QUALIFYING.
    Pending,
    /// Gone or going: DELETE_PENDING, DELETED, EXPIRED.
    Bad,
    /// The word `error:`.
    Error,
    /// The word `warning:`.
    Warning,
}

impl Style {
    fn sgr(self) -> &'static str {
        match self {
            Style::Good => "32",
            Style::Pending => "33",
            Style::Bad => "31",
            Style::Error => "1;31",
            Style::Warning => "1;33",
        }
    }
}

/// `text` in `style` (an SGR sequence around it).
pub fn paint(text: &str, style: Style) -> String {
    format!("\u{1b}[{}m{text}\u{1b}[0m", style.sgr())
}

/// The style of a status value of either API (a MOKS version's or CA certificate's; an Edge
/// Truststore set's, version's, activation's, deletion's, certificate's or hostname's), or
/// none for a status that is neither good nor bad (NOT_DELETED, INACTIVE, PREVIOUS) or
/// that this version of moks does not know.
pub fn status_style(value: &str) -> Option<Style> {
    let v = value.trim().to_ascii_uppercase();
    match v.as_str() {
        "DEPLOYED" | "CURRENT" | "ACTIVE" | "COMPLETE" | "ATTACHED" => Some(Style::Good),
        "DELETE_PENDING" | "DELETED" | "DELETING" | "EXPIRED" | "FAILED" => Some(Style::Bad),
        "QUALIFYING" | "IN_PROGRESS" | "EXPIRING" | "ATTACHING" | "DETACHING" => {
            Some(Style::Pending)
        }
        _ if v.contains("PENDING") || v.starts_with("AWAITING") => Some(Style::Pending),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_follows_the_terminal_and_no_color_and_flags_decide_alone() {
        use ColorChoice::*;
        assert!(enabled(Auto, true, false, false));
        assert!(!enabled(Auto, false, false, false), "piped");
        assert!(!enabled(Auto, true, true, false), "NO_COLOR");
        assert!(!enabled(Auto, true, false, true), "TERM=dumb");
        assert!(
            enabled(Always, false, true, true),
            "--color always beats NO_COLOR"
        );
        assert!(!enabled(Never, true, false, false));
    }

    #[test]
    fn statuses_have_the_colour_of_their_meaning() {
        assert_eq!(status_style("DEPLOYED"), Some(Style::Good));
        assert_eq!(status_style("current"), Some(Style::Good));
        assert_eq!(status_style("DEPLOYMENT_PENDING"), Some(Style::Pending));
        assert_eq!(
            status_style("AWAITING_SIGNED_CERTIFICATE"),
            Some(Style::Pending)
        );
        assert_eq!(status_style("QUALIFYING"), Some(Style::Pending));
        assert_eq!(status_style("DELETE_PENDING"), Some(Style::Bad));
        assert_eq!(status_style("EXPIRED"), Some(Style::Bad));
        assert_eq!(status_style("PREVIOUS"), None);
        assert_eq!(status_style("SOMETHING_NEW"), None);
        // The Edge Truststore's.
        assert_eq!(status_style("ACTIVE"), Some(Style::Good));
        assert_eq!(status_style("COMPLETE"), Some(Style::Good));
        assert_eq!(status_style("IN_PROGRESS"), Some(Style::Pending));
        assert_eq!(status_style("FAILED"), Some(Style::Bad));
        assert_eq!(status_style("DELETING"), Some(Style::Bad));
        assert_eq!(status_style("NOT_DELETED"), None);
        assert_eq!(status_style("INACTIVE"), None);
        assert_eq!(paint("x", Style::Good), "\u{1b}[32mx\u{1b}[0m");
    }
}
