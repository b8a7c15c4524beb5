//! Tables laid out for a width. Pure: rows and a [`Layout`] in, text out (`output` prints
//! it), so every width is unit-tested without a terminal.
//!
//! Rules:
//! - a cell is never broken inside itself: ids, GUIDs, statuses and dates stay whole, on one
//!   line, so they can be copied; a row is one line;
//! - with no width (piped, or `--wide`) every column is shown as it is;
//! - with a width (a terminal), the table is fitted, as gh fits its lists: dates lose their
//!   time (`2025-03-24T15:46:06Z` → `2025-03-24`), then the least important columns are
//!   left out (each [`Column`] says how soon, in its `drop`), and free text (names, issuers)
//!   is cut with `…` to no less than [`TEXT_MIN`] characters; what is left out is returned,
//!   for a note. A table whose essential columns are wider than the terminal is printed as
//!   it is (the terminal folds it; nothing is cut inside a cell);
//! - cells are escaped (see `output::escape`) before they are measured, and coloured after
//!   they are padded.

use unicode_width::UnicodeWidthStr;

use crate::color::{self, Style};
use crate::output::escape;

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
    let n = columns.len();
    let mut cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            (0..n)
                .map(|i| escape(r.get(i).map(String::as_str).unwrap_or("")).into_owned())
                .collect()
        })
        .collect();
    let headers: Vec<String> = columns
        .iter()
        .map(|c| escape(c.field).into_owned())
        .collect();
    let natural = |cells: &[Vec<String>]| -> Vec<usize> {
        (0..n)
            .map(|i| {
                cells
                    .iter()
                    .map(|r| width(&r[i]))
                    .chain([width(&headers[i])])
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    };
    let all: Vec<usize> = (0..n).collect();
    let mut shown = all.clone();
    let mut w = natural(&cells);
    if let Some(max) = layout.width {
        if total(&all, &w, layout.borders) > max {
            for row in &mut cells {
                for (i, col) in columns.iter().enumerate() {
                    if col.kind == Kind::Date {
                        row[i] = short_date(&row[i]).to_string();
                    }
                }
            }
            w = natural(&cells);
        }
        if total(&all, &w, layout.borders) > max {
            // The narrowest each column can get: text cut to TEXT_MIN (or its header).
            let min: Vec<usize> = (0..n)
                .map(|i| match columns[i].kind {
                    Kind::Text => w[i].min(TEXT_MIN.max(width(&headers[i]))),
                    _ => w[i],
                })
                .collect();
            while total(&shown, &min, layout.borders) > max {
                let next = shown
                    .iter()
                    .enumerate()
                    .filter(|(_, &i)| columns[i].drop > 0)
                    .max_by_key(|(pos, &i)| (columns[i].drop, *pos))
                    .map(|(pos, _)| pos);
                match next {
                    Some(pos) if shown.len() > 1 => {
                        shown.remove(pos);
                    }
                    _ => break,
                }
            }
            // Text gets back what room is left, in column order.
            let mut spare = max.saturating_sub(total(&shown, &min, layout.borders));
            let mut fitted = min;
            for &i in &shown {
                let more = (w[i] - fitted[i]).min(spare);
                fitted[i] += more;
                spare -= more;
            }
            for row in &mut cells {
                for &i in &shown {
                    if columns[i].kind == Kind::Text {
                        row[i] = cut(&row[i], fitted[i]);
                    }
                }
            }
            w = fitted;
        }
    }
    let left_out = all
        .iter()
        .filter(|i| !shown.contains(i))
        .map(|&i| columns[i].field)
        .collect();
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
    out.push(line(&headers, true));
    if layout.borders {
        out.push(rule("╞", "═", "╪", "╡"));
    }
    for row in &cells {
        out.push(line(row, false));
    }
    if layout.borders {
        out.push(rule("└", "─", "┴", "┘"));
    }
    Fitted {
        text: out.join("\n"),
        left_out,
    }
}

/// The colour a field list gives a value: statuses (a `status` field, nested or not) only.
pub fn field_style(field: &str, value: &str) -> Option<Style> {
    let last = field.rsplit('.').next().unwrap_or(field);
    (last == "status")
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
