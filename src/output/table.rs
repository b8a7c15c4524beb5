//! Tables laid out for a width. Pure: rows and a [`Layout`] in, text out (`output` prints
//! it), so every width is unit-tested without a terminal.
//!
//! Rules:
//! - a cell is never broken inside itself: ids, GUIDs, statuses and dates stay whole, on one
//!   line, so they can be copied; a row is one line;
//! - with no width (piped, or `--wide`) every column is shown as it is, every value whole;
//! - with a width (a terminal), the table is fitted, as gh fits its lists: dates lose their
//!   time (`2025-03-24T15:46:06Z` → `2025-03-24`) and digests their tail, then the least
//!   important columns are left out (each [`Column`] says how soon, in its `drop`) so that
//!   the name a reader looks for (free text never left out) stays whole; only when it cannot
//!   is it cut with `…`, to no less than [`TEXT_MIN`] characters. A column left out comes
//!   back when the room left holds it (free text cut, never shorter than its header or
//!   [`TEXT_BACK`]); what
//!   stays out is returned, for a note. A table whose essential columns are wider than the
//!   terminal is printed as it is (the terminal folds it; nothing is cut inside a cell);
//! - cells are escaped (see `output::escape`) before they are measured, and coloured after
//!   they are padded.

use unicode_width::UnicodeWidthStr;

use super::escape;
use crate::color::{self, Style};

/// How a column's cells may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Never cut: ids, GUIDs, numbers, enum values.
    Whole,
    /// An ISO-8601 date and time: may be shortened to the date.
    Date,
    /// A status: never cut; coloured by its value.
    Status,
    /// Free text (a name, an issuer): may be cut with `…`.
    Text,
    /// A digest (a certificate's fingerprint): whole, unless the table is fitted to a
    /// terminal, where its first [`DIGEST_SHOWN`] characters stand for it.
    Digest,
}

/// One column: the API field it shows (also its header), how it may be shown, and how soon
/// it is left out when the table is too wide (0: never; else the highest goes first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub field: &'static str,
    pub kind: Kind,
    pub drop: u8,
}

impl Column {
    pub const fn new(field: &'static str, kind: Kind, drop: u8) -> Column {
        Column { field, kind, drop }
    }
}

/// The shortest a cut text cell gets.
pub const TEXT_MIN: usize = 16;

/// The shortest a free text column left out gets when it is brought back.
pub const TEXT_BACK: usize = 10;

/// How much of a digest a fitted table shows (`47a96aa29322c0a9…`).
pub const DIGEST_SHOWN: usize = 16;

/// Where a table goes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Layout {
    /// Fit to this many columns (a terminal), or show everything (`None`).
    pub width: Option<usize>,
    /// Draw box borders (a terminal, unless `NO_COLOR` or `TERM=dumb`).
    pub borders: bool,
    /// Colour status values.
    pub color: bool,
}

/// A laid-out table and the columns left out to fit it.
#[derive(Debug)]
pub struct Fitted {
    pub text: String,
    pub left_out: Vec<&'static str>,
}

fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `2025-03-24T15:46:06Z` → `2025-03-24`; anything else as it is.
fn short_date(s: &str) -> &str {
    let b = s.as_bytes();
    let is_date = b.len() > 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && b[10] == b'T';
    if is_date {
        &s[..10]
    } else {
        s
    }
}

/// `s` cut to at most `max` columns, ending in `…` when cut.
fn cut(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if width(&out) + width(c.encode_utf8(&mut [0; 4])) + 1 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Total width of the columns `shown` with widths `w`.
fn total(shown: &[usize], w: &[usize], borders: bool) -> usize {
    let cells: usize = shown.iter().map(|&i| w[i]).sum();
    if borders {
        cells + 3 * shown.len() + 1
    } else {
        cells + 2 * shown.len().saturating_sub(1)
    }
}

/// Lays out `rows` under `columns` (each row has a cell per column).
pub fn render(columns: &[Column], rows: &[Vec<String>], layout: Layout) -> Fitted {
    let mut cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            (0..columns.len())
                .map(|i| escape(r.get(i).map(String::as_str).unwrap_or("")).into_owned())
                .collect()
        })
        .collect();
    let headers: Vec<String> = columns
        .iter()
        .map(|c| escape(c.field).into_owned())
        .collect();
    let all: Vec<usize> = (0..columns.len()).collect();
    let (shown, w) = match layout.width {
        Some(max) => fit(columns, &headers, &mut cells, max, layout.borders),
        None => (all.clone(), natural(&headers, &cells)),
    };
    let left_out = all
        .iter()
        .filter(|i| !shown.contains(i))
        .map(|&i| columns[i].field)
        .collect();
    Fitted {
        text: draw(columns, &headers, &cells, &shown, &w, layout),
        left_out,
    }
}

/// The width of each column: its widest cell or its header.
fn natural(headers: &[String], cells: &[Vec<String>]) -> Vec<usize> {
    (0..headers.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| width(&r[i]))
                .chain([width(&headers[i])])
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// Fits the table to `max` columns: which columns are shown, and their widths (cells are
/// shortened in place). Dates lose their time and digests their tail first; then the
/// columns that are most easily done without are left out until the essential free text
/// (a name: [`Kind::Text`] that is never left out) fits whole, or, when even that cannot
/// be, until it fits cut to [`TEXT_MIN`]; a column left out comes back when it fits in the
/// room that is left; text then gets that room back, in column order.
fn fit(
    columns: &[Column],
    headers: &[String],
    cells: &mut [Vec<String>],
    max: usize,
    borders: bool,
) -> (Vec<usize>, Vec<usize>) {
    let all: Vec<usize> = (0..columns.len()).collect();
    let mut w = natural(headers, cells);
    if total(&all, &w, borders) <= max {
        return (all, w);
    }
    for row in cells.iter_mut() {
        for (i, col) in columns.iter().enumerate() {
            row[i] = match col.kind {
                Kind::Date => short_date(&row[i]).to_string(),
                Kind::Digest => cut(&row[i], DIGEST_SHOWN + 1),
                _ => continue,
            };
        }
    }
    w = natural(headers, cells);
    if total(&all, &w, borders) <= max {
        return (all, w);
    }
    // The narrowest each column can get: text cut to TEXT_MIN (or its header), names whole
    // on the first try.
    let narrowest = |names_whole: bool| -> Vec<usize> {
        (0..columns.len())
            .map(|i| match columns[i].kind {
                Kind::Text if names_whole && columns[i].drop == 0 => w[i],
                Kind::Text => w[i].min(TEXT_MIN.max(width(&headers[i]))),
                _ => w[i],
            })
            .collect()
    };
    let mut min = narrowest(true);
    let mut shown = leave_out(columns, &min, max, borders);
    if total(&shown, &min, borders) > max {
        min = narrowest(false);
        shown = leave_out(columns, &min, max, borders);
    }
    bring_back(columns, headers, &mut shown, &mut min, max, borders);
    // Text gets back what room is left, in column order.
    let mut spare = max.saturating_sub(total(&shown, &min, borders));
    for &i in &shown {
        let more = (w[i] - min[i]).min(spare);
        min[i] += more;
        spare -= more;
    }
    for row in cells.iter_mut() {
        for &i in &shown {
            if columns[i].kind == Kind::Text {
                row[i] = cut(&row[i], min[i]);
            }
        }
    }
    (shown, min)
}

/// The columns shown once those most easily done without (highest `drop` first, the
/// rightmost of a tie) are left out until the table fits at widths `min`, or until only
/// the essential ones are left.
fn leave_out(columns: &[Column], min: &[usize], max: usize, borders: bool) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    while total(&shown, min, borders) > max && shown.len() > 1 {
        let next = shown
            .iter()
            .enumerate()
            .filter(|(_, &i)| columns[i].drop > 0)
            .max_by_key(|(pos, &i)| (columns[i].drop, *pos))
            .map(|(pos, _)| pos);
        match next {
            Some(pos) => {
                shown.remove(pos);
            }
            None => break,
        }
    }
    shown
}

/// Brings back, most needed first, each column left out that fits in the room left: free
/// text cut to no less than its header or [`TEXT_BACK`].
fn bring_back(
    columns: &[Column],
    headers: &[String],
    shown: &mut Vec<usize>,
    min: &mut [usize],
    max: usize,
    borders: bool,
) {
    let mut out: Vec<usize> = (0..columns.len()).filter(|i| !shown.contains(i)).collect();
    out.sort_by_key(|&i| columns[i].drop);
    for i in out {
        let mut trial = shown.clone();
        trial.push(i);
        trial.sort_unstable();
        let mut narrow = min.to_vec();
        if columns[i].kind == Kind::Text {
            let room = max.saturating_sub(total(&trial, &narrow, borders) - narrow[i]);
            narrow[i] = narrow[i].min(room.max(width(&headers[i])).max(TEXT_BACK));
        }
        if total(&trial, &narrow, borders) <= max {
            *shown = trial;
            min[i] = narrow[i];
        }
    }
}

/// The table's text: the columns `shown` at widths `w`, borders and colour as `layout` says.
fn draw(
    columns: &[Column],
    headers: &[String],
    cells: &[Vec<String>],
    shown: &[usize],
    w: &[usize],
    layout: Layout,
) -> String {
    let line = |row: &[String], header: bool| -> String {
        let parts: Vec<String> = shown
            .iter()
            .map(|&i| {
                let text = &row[i];
                let pad = " ".repeat(w[i].saturating_sub(width(text)));
                let style = (!header && layout.color && columns[i].kind == Kind::Status)
                    .then(|| color::status_style(text))
                    .flatten();
                match style {
                    Some(s) => format!("{}{pad}", color::paint(text, s)),
                    None => format!("{text}{pad}"),
                }
            })
            .collect();
        if layout.borders {
            format!("│ {} │", parts.join(" ┆ "))
        } else {
            parts.join("  ").trim_end().to_string()
        }
    };
    let rule = |left: &str, fill: &str, mid: &str, right: &str| -> String {
        let segs: Vec<String> = shown.iter().map(|&i| fill.repeat(w[i] + 2)).collect();
        format!("{left}{}{right}", segs.join(mid))
    };
    let mut out = Vec::new();
    if layout.borders {
        out.push(rule("┌", "─", "┬", "┐"));
    }
    out.push(line(headers, true));
    if layout.borders {
        out.push(rule("╞", "═", "╪", "╡"));
    }
    for row in cells {
        out.push(line(row, false));
    }
    if layout.borders {
        out.push(rule("└", "─", "┴", "┘"));
    }
    out.join("\n")
}

/// The colour a field list gives a value: statuses only (a `status` field, nested or not,
/// or one named `…Status`: `caSetStatus`, `stagingStatus`, `activationStatus`).
pub fn field_style(field: &str, value: &str) -> Option<Style> {
    let last = field.rsplit('.').next().unwrap_or(field);
    (last == "status" || last.ends_with("Status"))
        .then(|| color::status_style(value))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    const VERSIONS: [Column; 7] = [
        Column::new("version", Kind::Whole, 0),
        Column::new("versionAlias", Kind::Whole, 4),
        Column::new("status", Kind::Status, 0),
        Column::new("versionGuid", Kind::Whole, 0),
        Column::new("issuedDate", Kind::Date, 5),
        Column::new("expiryDate", Kind::Date, 3),
        Column::new("issuer", Kind::Text, 6),
    ];

    fn versions() -> Vec<Vec<String>> {
        let row = |v: &str, alias: &str, status: &str, guid: &str| -> Vec<String> {
            vec![
                v.into(),
                alias.into(),
                status.into(),
                guid.into(),
                "2025-03-24T15:46:06Z".into(),
                "2025-06-22T15:46:06Z".into(),
                "CN=23456 Account CA G1,O=Akamai Technologies,C=US".into(),
            ]
        };
        vec![
            row(
                "2",
                "CURRENT",
                "DEPLOYMENT_PENDING",
                "b1f4c0de-5a7e-4d2b-9c3a-0123456789ab",
            ),
            row(
                "1",
                "PREVIOUS",
                "DEPLOYED",
                "0f0e0d0c-0b0a-4909-8807-060504030201",
            ),
        ]
    }

    fn layout(width: Option<usize>, borders: bool) -> Layout {
        Layout {
            width,
            borders,
            color: false,
        }
    }

    /// Every line within `max` columns, and every GUID, status and date whole on one line.
    fn check_fits(text: &str, max: usize) {
        for line in text.lines() {
            assert!(width(line) <= max, "{} > {max}: {line}", width(line));
        }
        for token in [
            "b1f4c0de-5a7e-4d2b-9c3a-0123456789ab",
            "0f0e0d0c-0b0a-4909-8807-060504030201",
            "DEPLOYMENT_PENDING",
        ] {
            assert_eq!(
                text.lines().filter(|l| l.contains(token)).count(),
                1,
                "{token} whole on one line:\n{text}"
            );
        }
    }

    #[test]
    fn at_80_columns_the_essential_columns_stay_whole() {
        for borders in [true, false] {
            let t = render(&VERSIONS, &versions(), layout(Some(80), borders));
            check_fits(&t.text, 80);
            assert_eq!(t.text.lines().count(), if borders { 6 } else { 3 });
            let header = t.text.lines().nth(usize::from(borders)).unwrap();
            for kept in ["version", "status", "versionGuid"] {
                assert!(header.contains(kept), "{header}");
            }
            assert!(t.left_out.contains(&"issuer") && t.left_out.contains(&"issuedDate"));
            assert!(!t.text.contains("T15:46:06Z"), "{}", t.text);
        }
        // Without borders there is room for the expiry date too.
        let plain = render(&VERSIONS, &versions(), layout(Some(80), false));
        assert!(plain.text.contains("expiryDate") && plain.text.contains("2025-06-22"));
    }

    #[test]
    fn at_120_columns_more_fits_and_dates_are_short() {
        let t = render(&VERSIONS, &versions(), layout(Some(120), true));
        check_fits(&t.text, 120);
        assert_eq!(t.left_out, vec!["issuer"], "{}", t.text);
        assert!(t.text.contains("versionAlias") && t.text.contains("2025-03-24 "));
    }

    #[test]
    fn no_width_shows_every_column_in_full_one_line_per_row() {
        let t = render(&VERSIONS, &versions(), layout(None, false));
        assert!(t.left_out.is_empty());
        let lines: Vec<&str> = t.text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].contains("2025-03-24T15:46:06Z"));
        assert!(lines[1].ends_with("CN=23456 Account CA G1,O=Akamai Technologies,C=US"));
        assert!(width(lines[1]) > 150);
    }

    #[test]
    fn text_is_cut_before_a_column_is_left_out_and_gets_back_spare_room() {
        let cols = [
            Column::new("certificateId", Kind::Whole, 0),
            Column::new("certificateName", Kind::Text, 0),
            Column::new("signer", Kind::Whole, 2),
        ];
        let rows = vec![vec![
            "1234".to_string(),
            "a-rather-long-certificate-name-for-the-origin".to_string(),
            "THIRD_PARTY".to_string(),
        ]];
        let t = render(&cols, &rows, layout(Some(50), false));
        check_line_width(&t.text, 50);
        assert!(t.left_out.is_empty(), "{}", t.text);
        let row = t.text.lines().nth(1).unwrap();
        assert!(row.contains('…') && row.ends_with("THIRD_PARTY"), "{row}");
        // Narrower: the signer goes; the name stays, cut no shorter than TEXT_MIN.
        let t = render(&cols, &rows, layout(Some(32), false));
        assert_eq!(t.left_out, vec!["signer"]);
        check_line_width(&t.text, 32);
        let row = t.text.lines().nth(1).unwrap();
        assert!(row.starts_with("1234") && row.ends_with('…'), "{row}");
        // Too narrow even for the essentials: printed whole, never cut inside an id.
        let t = render(&cols, &rows, layout(Some(10), false));
        assert!(t.text.contains("1234"));
    }

    #[test]
    fn a_name_stays_whole_while_less_needed_columns_go_and_come_back_when_room_is_left() {
        let cols = crate::commands::get_client_cert::COLUMNS;
        let rows = vec![vec![
            "1002".to_string(),
            "example-third-party-2".to_string(),
            "THIRD_PARTY".to_string(),
            "ENHANCED_TLS".to_string(),
            "CORE".to_string(),
            "RSA".to_string(),
            "2026-11-09T04:45:09Z".to_string(),
        ]];
        let t = render(&cols, &rows, layout(Some(80), true));
        check_line_width(&t.text, 80);
        assert!(t.text.contains("example-third-party-2 "), "{}", t.text);
        assert!(!t.text.contains('…'), "{}", t.text);
        assert_eq!(
            t.left_out,
            vec!["secureNetwork", "geography", "keyAlgorithm"]
        );
        // Left out for its rank, brought back when what is left holds it: the geography
        // (narrow) after the wider secureNetwork went.
        let t = render(&cols, &rows, layout(Some(82), true));
        check_line_width(&t.text, 82);
        assert_eq!(
            t.left_out,
            vec!["secureNetwork", "keyAlgorithm"],
            "{}",
            t.text
        );
        // A name too long to keep whole even alone is cut, and the columns stay.
        let long = vec![[vec!["1".to_string(), "n".repeat(90)], rows[0][2..].to_vec()].concat()];
        let t = render(&cols, &long, layout(Some(80), true));
        check_line_width(&t.text, 80);
        assert!(
            t.text.contains('…') && t.text.contains("THIRD_PARTY"),
            "{}",
            t.text
        );
    }

    #[test]
    fn a_digest_is_whole_unless_the_table_is_fitted() {
        let cols = [
            Column::new("subject", Kind::Text, 0),
            Column::new("fingerprint", Kind::Digest, 1),
        ];
        let digest = "47a96aa29322c0a9".repeat(4);
        let rows = vec![vec!["CN=Example Root".to_string(), digest.clone()]];
        let whole = render(&cols, &rows, layout(None, false));
        assert!(whole.text.contains(&digest), "{}", whole.text);
        let fitted = render(&cols, &rows, layout(Some(60), false));
        assert!(fitted.text.contains("47a96aa29322c0a9…"), "{}", fitted.text);
        // Fitted but roomy: whole.
        let roomy = render(&cols, &rows, layout(Some(100), false));
        assert!(roomy.text.contains(&digest), "{}", roomy.text);
    }

    fn check_line_width(text: &str, max: usize) {
        for line in text.lines() {
            assert!(width(line) <= max, "{line}");
        }
    }

    #[test]
    fn status_cells_are_coloured_after_padding_and_headers_never() {
        let cols = [
            Column::new("status", Kind::Status, 0),
            Column::new("version", Kind::Whole, 0),
        ];
        let rows = vec![
            vec!["DEPLOYED".to_string(), "1".to_string()],
            vec!["DELETE_PENDING".to_string(), "2".to_string()],
        ];
        let t = render(
            &cols,
            &rows,
            Layout {
                width: None,
                borders: false,
                color: true,
            },
        );
        let lines: Vec<&str> = t.text.lines().collect();
        assert_eq!(lines[0], "status          version");
        assert_eq!(lines[1], "\u{1b}[32mDEPLOYED\u{1b}[0m        1");
        assert_eq!(lines[2], "\u{1b}[31mDELETE_PENDING\u{1b}[0m  2");
        assert_eq!(
            field_style("certificateBlock.status", "EXPIRED"),
            Some(Style::Bad)
        );
        assert_eq!(field_style("versionAlias", "CURRENT"), None);
        assert_eq!(
            field_style("deletions[0].status", "IN_PROGRESS"),
            Some(Style::Pending)
        );
        assert_eq!(field_style("stagingStatus", "ACTIVE"), Some(Style::Good));
    }

    #[test]
    fn borders_frame_every_line() {
        let t = render(
            &[Column::new("id", Kind::Whole, 0)],
            &[vec!["1".into()]],
            layout(None, true),
        );
        assert_eq!(t.text, "┌────┐\n│ id │\n╞════╡\n│ 1  │\n└────┘");
    }
}
