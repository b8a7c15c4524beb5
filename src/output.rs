//! The only code that writes to stdout or stderr.
//!
//! Rules:
//! - stdout is data: JSON documents, tables, field lists, `--dry-run` requests. Everything
//!   for people (errors, warnings, progress, `-v` logs) goes to stderr.
//! - `--json` prints the API's own JSON (key order kept, unknown fields kept, numbers with
//!   the digits the server sent: serde_json's `arbitrary_precision` never rounds them through
//!   f64; only an exponent is respelled, `1e2` as `1e+2`), pretty-printed, one document per
//!   run: an object as the API sent it; for a list, the array of its items, each as sent
//!   (the answer's wrapper dropped: `moks api` prints whole answers). Without it, lists are
//!   tables and single objects are aligned `field : value` lists without their empty fields.
//! - Being piped changes decoration, never format: tables lose their box drawing when stdout
//!   is not a terminal, or when `NO_COLOR` or `TERM=dumb` is set; they are fitted to the
//!   terminal's width only on a terminal (see `table`), and piped they keep every column,
//!   one line per row. An empty list prints nothing on stdout and says so on stderr.
//! - Colour (see `color`) is decided for stdout and stderr apart, and added last.
//! - Messages name the program as it was run: `moks`, or `akamai moks` under the Akamai CLI
//!   ([`program`]). `--quiet` leaves errors only: no warnings, notes or next steps.
//! - Write errors are returned, so that a closed pipe (`moks … | head -1`) ends the run
//!   quietly with exit 0 (see `main`).
//! - Nothing reaches the terminal raw that could steer it. Every string printed here (table
//!   cells, field names and values, errors, warnings, hints, notes, `-v` lines) has its
//!   control characters — C0 (ESC, BEL, CR, newline, tab…), DEL and C1 (CSI…) — and the
//!   Unicode bidi and line-separator controls ([`needs_escape`]) written as `\u{HEX}`, the
//!   code point in lower-case hex: ESC is `\u{1b}`, CSI `\u{9b}`, BEL `\u{7}`. Newline and
//!   tab are kept only inside a multi-line value that is shown as lines (a PEM block in a
//!   field list) and between the lines this module lays out itself. `--json` output is
//!   JSON whose strings use JSON's own escapes (`\u001b`); DEL, C1 and the bidi controls,
//!   which JSON allows raw, are escaped too (`\u009b`), so the document parses to the same
//!   values. An error body printed under `--json` is written byte for byte when it holds
//!   nothing to escape, else re-encoded that way.
//! - A progress bar ([`Progress`]) is drawn on stderr only when stderr is a terminal (and
//!   `TERM` is not `dumb`); while it is shown, every line written here to stderr goes above
//!   it, so the bar never garbles a warning or a note.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod fields;
pub mod live_status;
pub mod prompt;
pub mod table;

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use serde_json::ser::{Formatter, PrettyFormatter};
use serde_json::Value;

use crate::color::{self, Style};
use table::{Column, Layout};

pub use fields::cell;
#[cfg(test)]
use fields::is_pem;
use fields::{field_list, render_fields};

static PROGRAM: OnceLock<&'static str> = OnceLock::new();
static STDERR_COLOR: AtomicBool = AtomicBool::new(false);
static QUIET: AtomicBool = AtomicBool::new(false);

/// The program's name in messages, usage lines and hints: `moks`, or `akamai moks` when the
/// Akamai CLI runs it. Set once, at start.
pub fn program() -> &'static str {
    PROGRAM.get().copied().unwrap_or("moks")
}

/// Names the program (see [`program`]); the first call wins.
pub fn set_program(name: &'static str) {
    let _ = PROGRAM.set(name);
}

/// Whether the `error:` and `warning:` words on stderr are coloured.
pub fn set_stderr_color(on: bool) {
    STDERR_COLOR.store(on, Ordering::Relaxed);
}

/// `--quiet`: errors only.
pub fn set_quiet(on: bool) {
    QUIET.store(on, Ordering::Relaxed);
}

fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// `word` (`error`, `warning`) coloured when stderr is.
fn label(word: &str, style: Style) -> String {
    if STDERR_COLOR.load(Ordering::Relaxed) {
        color::paint(word, style)
    } else {
        word.to_string()
    }
}

/// Characters never written raw to a terminal: control characters (C0, DEL, C1) and the
/// Unicode characters that reorder, hide or break what is shown (bidi embeddings,
/// overrides, isolates and marks; zero-width characters and the BOM; line and paragraph
/// separators).
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

fn escape_except(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(|c| needs_escape(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_escape(c) && !keep(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` safe to show on one line: every character of [`needs_escape`] as `\u{HEX}`.
pub fn escape(s: &str) -> Cow<'_, str> {
    escape_except(s, |_| false)
}

/// `s` safe to show as lines: like [`escape`], but newline and tab are kept.
pub fn escape_lines(s: &str) -> Cow<'_, str> {
    escape_except(s, |c| c == '\n' || c == '\t')
}

/// serde_json's pretty printer, also escaping the characters JSON allows raw but a terminal
/// obeys (DEL, C1, bidi controls) as `\uXXXX`. Numbers are written as received.
struct SafeJson<'a>(PrettyFormatter<'a>);

impl Formatter for SafeJson<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if needs_escape(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                // Every character of needs_escape is in the Basic Multilingual Plane.
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `value` as pretty JSON that is safe on a terminal (see [`SafeJson`]).
pub fn to_json_text(value: &Value) -> String {
    let mut buf = Vec::new();
    let mut ser =
        serde_json::Serializer::with_formatter(&mut buf, SafeJson(PrettyFormatter::new()));
    // Writing a Value into memory cannot fail (its keys are strings).
    let _ = serde::Serialize::serialize(value, &mut ser);
    String::from_utf8(buf).unwrap_or_default()
}

/// An error body as printed under `--json`: the bytes unchanged when they are UTF-8 and hold
/// nothing to escape (JSON's whitespace, CRLF included, is fine), else the JSON re-encoded
/// with [`to_json_text`], else the text with [`escape_lines`].
pub fn safe_body(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) if !has_raw_controls(text) => Cow::Borrowed(text),
        Ok(text) => match serde_json::from_str::<Value>(text) {
            Ok(v) => Cow::Owned(to_json_text(&v)),
            Err(_) => Cow::Owned(escape_lines(text).into_owned()),
        },
        Err(_) => Cow::Owned(escape_lines(&String::from_utf8_lossy(bytes)).into_owned()),
    }
}

/// Whether `text` holds a character to escape other than newline, tab and a CR before a
/// newline.
fn has_raw_controls(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let ok = match c {
            '\n' | '\t' => true,
            '\r' => chars.peek() == Some(&'\n'),
            c => !needs_escape(c),
        };
        if !ok {
            return true;
        }
    }
    false
}

/// How stdout is rendered; decided once in `context`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Output {
    pub json: bool,
    /// Show PEM blocks whole instead of their first and last lines.
    pub full: bool,
    /// stdout is a terminal (`moks api` pretty-prints there, and is unchanged elsewhere).
    pub terminal: bool,
    /// Draw table borders (a terminal, unless `NO_COLOR` or `TERM=dumb`).
    pub decorate: bool,
    /// Colour status values.
    pub color: bool,
    /// Fit tables to this many columns: a terminal's width, unless `--wide`.
    pub width: Option<usize>,
}

impl Output {
    /// One JSON document, pretty-printed, key order and numbers as received, strings safe
    /// on a terminal.
    pub fn json(&self, value: &Value) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(to_json_text(value).as_bytes())?;
        out.write_all(b"\n")?;
        out.flush()
    }

    /// An error body under `--json`: unchanged unless it holds something to escape (see
    /// [`safe_body`]).
    pub fn raw(&self, bytes: &[u8]) -> io::Result<()> {
        let text = safe_body(bytes);
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()
    }

    /// Text laid out by moks (possibly several lines): newline and tab kept, every other
    /// control character escaped. A value from elsewhere that must stay on one line goes
    /// through [`Output::value_line`].
    pub fn line(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", escape_lines(text))?;
        out.flush()
    }

    /// One value (a server's message, a scalar answer) on one line, fully escaped.
    pub fn value_line(&self, text: &str) -> io::Result<()> {
        self.line(&escape(text))
    }

    /// A table of `rows` under `columns`, fitted to the terminal (see `table`); when there
    /// are no rows, nothing on stdout and `empty` ("no client certificates") on stderr.
    pub fn table(&self, columns: &[Column], rows: &[Vec<String>], empty: &str) -> io::Result<()> {
        if rows.is_empty() {
            note(empty);
            return Ok(());
        }
        let fitted = table::render(
            columns,
            rows,
            Layout {
                width: self.width,
                borders: self.decorate,
                color: self.color,
            },
        );
        let mut out = io::stdout().lock();
        writeln!(out, "{}", fitted.text)?;
        out.flush()?;
        if !fitted.left_out.is_empty() {
            note(&format!("(--wide shows {})", fitted.left_out.join(", ")));
        }
        Ok(())
    }

    /// An aligned `field : value` list of a JSON object, nested objects flattened with dots,
    /// PEM blocks shortened unless `--full`, fields without a value left out (nothing at
    /// all for an object without one).
    pub fn fields(&self, value: &Value) -> io::Result<()> {
        let pairs = field_list(value, self.full);
        if pairs.is_empty() {
            return Ok(());
        }
        let text = render_fields(&pairs, self.color);
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    /// Bytes made by moks itself (a completion script, a man page), unchanged.
    pub fn bytes(&self, bytes: &[u8]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()
    }
}

/// The error block: `moks: error: …`, indented details, `hint:` lines, each on one line.
pub fn error(headline: &str, details: &[String], hints: &[String]) {
    to_stderr(|err| {
        writeln!(
            err,
            "{}: {}: {}",
            program(),
            label("error", Style::Error),
            escape(headline)
        )?;
        for d in details {
            writeln!(err, "  {}", escape(d))?;
        }
        for h in hints {
            writeln!(err, "hint: {}", escape(h))?;
        }
        Ok(())
    });
}

/// A warning on stderr, on one line (not under `--quiet`).
pub fn warn(message: &str) {
    if quiet() {
        return;
    }
    to_stderr(|err| {
        writeln!(
            err,
            "{}: {}: {}",
            program(),
            label("warning", Style::Warning),
            escape(message)
        )
    });
}

/// A note for people on stderr (next steps, progress), on one line (not under `--quiet`).
pub fn note(message: &str) {
    if quiet() {
        return;
    }
    to_stderr(|err| writeln!(err, "{}", escape(message)));
}

/// A `-v` log line on stderr, on one line. Callers never pass secrets.
pub fn verbose(message: &str) {
    to_stderr(|err| writeln!(err, "{}: {}", program(), escape(message)));
}

/// Writes to stderr, above the progress bar when one is shown. Errors are ignored: there
/// is nowhere left to report them.
fn to_stderr(write: impl FnOnce(&mut io::StderrLock<'_>) -> io::Result<()>) {
    let bar = BAR.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut write = Some(write);
    let mut once = || {
        if let Some(w) = write.take() {
            let _ = w(&mut io::stderr().lock());
        }
    };
    match bar {
        Some(bar) => bar.suspend(once),
        None => once(),
    }
}

/// Whether a progress bar may be drawn: stderr is a terminal and `TERM` is not `dumb`
/// (decided by `context`, with the rest of the output, through [`set_progress_shown`]).
static PROGRESS_SHOWN: AtomicBool = AtomicBool::new(false);

/// Set once by `context`: whether stderr can show a progress bar.
pub fn set_progress_shown(shown: bool) {
    PROGRESS_SHOWN.store(shown, Ordering::Relaxed);
}

/// The progress bar shown now, if any.
static BAR: std::sync::Mutex<Option<indicatif::ProgressBar>> = std::sync::Mutex::new(None);

/// A progress bar on stderr for work counted in items, e.g. `expiring`'s certificates:
/// `[####----] 120/1000 certificates (eta 9s)`. Nothing at all when stderr is not a
/// terminal. Cleared when finished or dropped.
pub struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    /// A bar for `total` items named `what` (plural, e.g. "certificates").
    pub fn start(total: u64, what: &str) -> Progress {
        if quiet() || !PROGRESS_SHOWN.load(Ordering::Relaxed) {
            return Progress(None);
        }
        let style = indicatif::ProgressStyle::with_template(
            "{spinner} [{bar:30}] {pos}/{len} {msg} ({elapsed}, eta {eta})",
        )
        .map(|s| s.progress_chars("#>-"))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        let Some(bar) = take_bar_slot(|| {
            indicatif::ProgressBar::with_draw_target(
                Some(total),
                indicatif::ProgressDrawTarget::stderr(),
            )
            .with_style(style)
            .with_message(escape(what).into_owned())
        }) else {
            return Progress(None);
        };
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        Progress(Some(bar))
    }

    /// One more item done.
    pub fn advance(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = self.0.take() {
            release_bar_slot(&bar);
        }
    }
}

/// Makes a bar and shows it as the one of [`to_stderr`] (lines go above it), unless a bar
/// is shown already: one bar at a time, so two never draw over each other.
fn take_bar_slot(make: impl FnOnce() -> indicatif::ProgressBar) -> Option<indicatif::ProgressBar> {
    let mut slot = BAR.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_some() {
        return None;
    }
    let bar = make();
    *slot = Some(bar.clone());
    Some(bar)
}

/// Clears `bar`, taken by [`take_bar_slot`], and gives its place back.
fn release_bar_slot(bar: &indicatif::ProgressBar) {
    *BAR.lock().unwrap_or_else(|e| e.into_inner()) = None;
    bar.finish_and_clear();
}

/// A spinner line on stderr, shown while it lives (cleared when dropped).
struct Spinner(indicatif::ProgressBar);

impl Spinner {
    /// A spinner when stderr shows progress, nothing is shown already and not `--quiet`.
    fn start() -> Option<Spinner> {
        if quiet() || !PROGRESS_SHOWN.load(Ordering::Relaxed) {
            return None;
        }
        let bar = take_bar_slot(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                None,
                indicatif::ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg}") {
                bar.set_style(style);
            }
            bar
        })?;
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Some(Spinner(bar))
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        release_bar_slot(&self.0);
    }
}

/// Waits `wait`, saying so on stderr with `text(time left)`: on a terminal one spinner line
/// counting down whole seconds, cleared when the wait ends (or is cut short); elsewhere, or
/// while another bar is shown, one line (above that bar); nothing under `--quiet`.
pub async fn countdown(wait: std::time::Duration, text: impl Fn(std::time::Duration) -> String) {
    let Some(spinner) = Spinner::start() else {
        note(&text(wait));
        tokio::time::sleep(wait).await;
        return;
    };
    let end = tokio::time::Instant::now() + wait;
    loop {
        let left = end.saturating_duration_since(tokio::time::Instant::now());
        if left.is_zero() {
            break;
        }
        // Shown rounded up to whole seconds; redrawn as each second passes.
        let whole =
            std::time::Duration::from_secs(left.as_secs() + u64::from(left.subsec_nanos() > 0));
        spinner.0.set_message(escape(&text(whole)).into_owned());
        let step = left.saturating_sub(whole.saturating_sub(std::time::Duration::from_secs(1)));
        tokio::time::sleep(step.max(std::time::Duration::from_millis(1))).await;
    }
}

/// The seeding of a new `sandbox serve` state, told by the sandbox as `(done, total)`:
/// a progress bar on a terminal, else a line at the start; a line at the end; nothing
/// under `--quiet` or for no examples.
pub fn seeding(done: u32, total: u32) {
    static SEEDING: std::sync::Mutex<Option<(Progress, std::time::Instant)>> =
        std::sync::Mutex::new(None);
    if total == 0 {
        return;
    }
    let mut now = SEEDING.lock().unwrap_or_else(|e| e.into_inner());
    let plural = if total == 1 { "" } else { "s" };
    if done == 0 {
        let bar = Progress::start(u64::from(total), "example certificates");
        if bar.0.is_none() {
            note(&format!(
                "{} sandbox: creating {total} example certificate{plural}",
                program()
            ));
        }
        *now = Some((bar, std::time::Instant::now()));
        return;
    }
    if let Some((bar, _)) = now.as_ref() {
        bar.advance();
    }
    if done >= total {
        if let Some((bar, started)) = now.take() {
            drop(bar);
            note(&format!(
                "{} sandbox: {total} example certificate{plural} created in {}",
                program(),
                crate::retry::human(started.elapsed())
            ));
        }
    }
}

/// Text laid out by moks for people (the overview of bare `moks`) on stdout.
pub fn help_text(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{}", escape_lines(text))?;
    out.flush()
}

/// Clap's own help/version/usage text, already formatted.
pub fn clap_message(err: &clap::Error) -> io::Result<()> {
    err.print()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::table::Kind;

    fn render_table(headers: &[&'static str], rows: &[Vec<String>], decorate: bool) -> String {
        let columns: Vec<Column> = headers
            .iter()
            .map(|h| Column::new(h, Kind::Text, 0))
            .collect();
        let layout = Layout {
            width: None,
            borders: decorate,
            color: false,
        };
        table::render(&columns, rows, layout).text
    }

    #[test]
    fn plain_table_has_no_box_drawing_and_no_leading_space() {
        let t = render_table(
            &["id", "name"],
            &[
                vec!["1".into(), "alpha".into()],
                vec!["22".into(), "b".into()],
            ],
            false,
        );
        assert!(!t.contains('│') && !t.contains('─'), "{t}");
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("id"));
        assert!(lines[1].starts_with("1 "));
    }

    #[test]
    fn decorated_table_draws_borders() {
        let t = render_table(&["id"], &[vec!["1".into()]], true);
        assert!(t.contains('│'));
    }

    /// No character that steers a terminal, newline included.
    fn one_line_safe(s: &str) -> bool {
        !s.chars().any(needs_escape)
    }

    #[test]
    fn escape_writes_controls_as_unicode_escapes() {
        assert_eq!(escape("plain é ✓"), "plain é ✓");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(
            escape("a\u{1b}[2Jb\u{9b}31m\u{7}\u{7f}\n\t\r\u{202e}"),
            "a\\u{1b}[2Jb\\u{9b}31m\\u{7}\\u{7f}\\u{a}\\u{9}\\u{d}\\u{202e}"
        );
        assert_eq!(escape_lines("a\nb\tc\u{1b}"), "a\nb\tc\\u{1b}");
        // Escaping twice changes nothing more: the output holds no control character.
        let once = escape("\u{1b}x").into_owned();
        assert_eq!(escape(&once), once);
    }

    #[test]
    fn table_cells_and_field_values_are_shown_on_one_line() {
        let evil = "n\u{1b}[2J\u{9b}1m\u{7}\nstatus : DEPLOYED";
        let t = render_table(&["name\u{1b}"], &[vec![evil.into()]], false);
        for line in t.lines() {
            assert!(one_line_safe(line), "{line:?}");
        }
        assert_eq!(t.lines().count(), 2, "{t}");
        assert!(
            t.contains("n\\u{1b}[2J\\u{9b}1m\\u{7}\\u{a}status : DEPLOYED"),
            "{t}"
        );
        let f = render_fields(
            &[
                ("k\u{1b}".into(), evil.into()),
                (
                    "pem".into(),
                    "-----BEGIN CERTIFICATE-----\r\nA\tB\u{1b}\r\n-----END CERTIFICATE-----".into(),
                ),
            ],
            false,
        );
        let lines: Vec<&str> = f.lines().collect();
        assert_eq!(lines.len(), 4, "{f}");
        assert!(lines
            .iter()
            .all(|l| !l.chars().any(|c| needs_escape(c) && c != '\t')));
        assert_eq!(
            lines[0],
            "k\\u{1b} : n\\u{1b}[2J\\u{9b}1m\\u{7}\\u{a}status : DEPLOYED"
        );
        assert_eq!(
            lines[2], "          A\tB\\u{1b}",
            "tab kept in a PEM, CR dropped with the line end"
        );
    }

    #[test]
    fn json_text_escapes_what_json_allows_raw_and_keeps_numbers() {
        let v: Value = serde_json::from_str(
            r#"{"n":"a\u001b[2J\u009b\u0007\u007f\u202eé","big":12345678901234567890123,"e":1e2,"f":1.50}"#,
        )
        .unwrap();
        let text = to_json_text(&v);
        assert!(one_line_safe(&text.replace('\n', "")), "{text}");
        assert!(
            text.contains(r#""a\u001b[2J\u009b\u0007\u007f\u202eé""#),
            "{text}"
        );
        // The digits as sent; serde_json spells an exponent `e+2` (same number, never 100.0).
        assert!(
            text.contains("12345678901234567890123")
                && text.contains("\"e\": 1e+2,")
                && text.contains("1.50"),
            "{text}"
        );
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, v, "the same document");
    }

    #[test]
    fn error_bodies_stay_byte_for_byte_unless_they_hold_controls() {
        let body = "{\"title\":  \"x\"}\r\n";
        assert!(matches!(safe_body(body.as_bytes()), Cow::Borrowed(b) if b == body));
        let raw_c1 = "{\"title\": \"a\u{9b}b\"}";
        let shown = safe_body(raw_c1.as_bytes());
        assert!(shown.contains(r#""a\u009bb""#), "{shown}");
        let html = b"<html>\x1b[2J\xff</html>\r";
        let shown = safe_body(html);
        assert!(one_line_safe(&shown), "{shown}");
        assert!(
            shown.contains("\\u{1b}[2J") && shown.contains('\u{fffd}'),
            "{shown}"
        );
    }
    mod props {
        use super::*;
        use proptest::prelude::*;

        fn hostile() -> impl Strategy<Value = String> {
            prop_oneof![
                any::<String>(),
                "([a-zé -]|\\PC|\\p{Cc}|\\p{Cf}|\\u{2028}|\\n|\\r\\n|\\t|-----BEGIN ){0,16}"
                    .prop_map(String::from),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn escaped_text_holds_nothing_that_steers_a_terminal(s in hostile()) {
                prop_assert!(!escape(&s).chars().any(needs_escape));
                prop_assert!(!escape_lines(&s).chars().any(|c| needs_escape(c) && c != '\n' && c != '\t'));
                // Text without such characters is shown as it is.
                if !s.chars().any(needs_escape) {
                    prop_assert!(matches!(escape(&s), Cow::Borrowed(b) if b == s));
                }
            }

            #[test]
            fn tables_and_fields_keep_their_lines(cells in prop::collection::vec(hostile(), 1..5), decorate in any::<bool>()) {
                let t = render_table(&["a", "b\u{1b}"], &[cells.clone(), cells.clone()], decorate);
                prop_assert!(!t.chars().any(|c| needs_escape(c) && c != '\n'), "{t:?}");
                let pairs: Vec<(String, String)> = cells.iter().map(|c| (c.clone(), c.clone())).collect();
                let f = render_fields(&pairs, false);
                prop_assert!(!f.chars().any(|c| needs_escape(c) && c != '\n' && c != '\t'), "{f:?}");
                // Only a PEM value spans lines, each continuation indented under its field.
                let extra: usize = pairs.iter().filter(|(_, v)| is_pem(v)).map(|(_, v)| v.lines().count().saturating_sub(1)).sum();
                prop_assert_eq!(f.lines().count(), pairs.len() + extra);
            }

            #[test]
            fn json_text_is_the_same_document_and_terminal_safe(s in hostile(), k in hostile()) {
                let v = serde_json::json!({ k.clone(): [s.clone(), {"n": 1}] });
                let text = to_json_text(&v);
                prop_assert!(!text.chars().any(|c| needs_escape(c) && c != '\n'), "{text:?}");
                prop_assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);
            }

            #[test]
            fn error_bodies_are_printed_safely(bytes in prop_oneof![any::<Vec<u8>>(), hostile().prop_map(String::into_bytes)]) {
                let shown = safe_body(&bytes);
                prop_assert!(!has_raw_controls(&shown), "{shown:?}");
                if !has_raw_controls(&String::from_utf8_lossy(&bytes)) && std::str::from_utf8(&bytes).is_ok() {
                    prop_assert_eq!(shown.as_bytes(), &bytes[..], "unchanged when safe");
                }
            }
        }
    }
}
