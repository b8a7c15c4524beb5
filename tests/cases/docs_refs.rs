//! Every section citation (`docs/reference/truststore.md §5.16`) in a comment of `src/`,
//! `crates/` or `tests/` resolves to a section of a document kept in the repository,
//! `docs/reference/<doc>.md`, and no comment cites a reference document that lives outside
//! it (`*-api.md`).
//!
//! How a `§N` finds its document: the last `docs/reference/<doc>.md` named before it on the
//! same comment line, else the file's marker line
//! `//! Sections (§) are those of docs/reference/<doc>.md.` A section exists when a heading
//! of that document starts with its number (`### 5.16 …`, `## 15. …`).

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

const MARKER: &str = "Sections (§) are those of docs/reference/";
const DOC_PREFIX: &str = "docs/reference/";

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The document named by `docs/reference/<doc>.md` at each place in `text`: (end, doc).
fn doc_mentions(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(DOC_PREFIX) {
        let start = from + i + DOC_PREFIX.len();
        let name: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let end = start + name.len();
        if !name.is_empty() && text[end..].starts_with(".md") {
            found.push((end, name));
        }
        from = end;
    }
    found
}

/// The section numbers after each `§` of `text`: (byte offset of the `§`, "5.16").
fn citations(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, _) in text.match_indices('§') {
        let rest = &text[i + '§'.len_utf8()..];
        let mut number = String::new();
        let mut chars = rest.chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() {
                number.push(c);
                chars.next();
            } else if c == '.' && !number.is_empty() && !number.ends_with('.') {
                let mut ahead = chars.clone();
                ahead.next();
                if ahead.peek().is_some_and(char::is_ascii_digit) {
                    number.push(c);
                    chars.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if !number.is_empty() {
            found.push((i, number));
        }
    }
    found
}

/// The numbered headings of `docs/reference/<doc>.md`, or None when it does not exist.
fn sections(root: &Path, doc: &str) -> Option<BTreeSet<String>> {
    let text = fs::read_to_string(root.join(DOC_PREFIX).join(format!("{doc}.md"))).ok()?;
    let mut found = BTreeSet::new();
    for line in text.lines() {
        let Some(title) = line.trim_start_matches('#').strip_prefix(' ') else {
            continue;
        };
        if !line.starts_with('#') {
            continue;
        }
        let number: String = title
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let number = number.trim_end_matches('.');
        if !number.is_empty() {
            found.insert(number.to_owned());
        }
    }
    Some(found)
}

/// A `<name>-api.md` in `line`: a reference document outside the repository.
fn outside_doc(line: &str) -> Option<&str> {
    let mut from = 0;
    while let Some(at) = line[from..].find("-api.md") {
        let i = from + at;
        let start = line[..i]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .map_or(0, |p| p + 1);
        if start < i {
            return Some(&line[start..i + "-api.md".len()]);
        }
        from = i + 1;
    }
    None
}

#[test]
fn section_citations_resolve_to_docs_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates", "tests"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    assert!(
        files.len() > 50,
        "the walk found only {} files",
        files.len()
    );

    let mut docs: HashMap<String, Option<BTreeSet<String>>> = HashMap::new();
    let mut problems = Vec::new();
    let mut checked = 0;
    for path in &files {
        let text = fs::read_to_string(path).unwrap();
        let rel = path.strip_prefix(root).unwrap().display().to_string();
        let comments: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with("//"))
            .collect();
        let file_doc = comments
            .iter()
            .filter(|(_, l)| l.trim_start().starts_with("//!"))
            .find_map(|(_, l)| {
                let at = l.find(MARKER)? + MARKER.len() - DOC_PREFIX.len();
                doc_mentions(&l[at..]).into_iter().next().map(|(_, d)| d)
            });
        for (n, line) in comments {
            let n = n + 1;
            if let Some(doc) = outside_doc(line) {
                problems.push(format!(
                    "{rel}:{n}: cites {doc}, which is not in the repository"
                ));
            }
            let mentions = doc_mentions(line);
            for (at, number) in citations(line) {
                checked += 1;
                let doc = mentions
                    .iter()
                    .rev()
                    .find(|(end, _)| *end <= at)
                    .map(|(_, d)| d.clone())
                    .or_else(|| file_doc.clone());
                let Some(doc) = doc else {
                    problems.push(format!(
                        "{rel}:{n}: §{number} names no document (add the file's line \
                         `//! {MARKER}<doc>.md.` or write `docs/reference/<doc>.md §{number}`)"
                    ));
                    continue;
                };
                let known = docs
                    .entry(doc.clone())
                    .or_insert_with(|| sections(root, &doc));
                match known {
                    None => {
                        problems.push(format!("{rel}:{n}: docs/reference/{doc}.md does not exist"))
                    }
                    Some(s) if !s.contains(&number) => problems.push(format!(
                        "{rel}:{n}: §{number} is not a section of docs/reference/{doc}.md"
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(
        checked > 0,
        "no section citation was found: the scan is broken"
    );
    assert!(
        problems.is_empty(),
        "{} citation(s) do not resolve:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_scanner_reads_citations_as_written() {
    let line = "//! (docs/reference/moks.md §3.9): the record (§3.7), §5.16's, §4–§5, §2.";
    let numbers: Vec<String> = citations(line).into_iter().map(|(_, n)| n).collect();
    assert_eq!(numbers, ["3.9", "3.7", "5.16", "4", "5", "2"]);
    assert_eq!(doc_mentions(line), [(24, "moks".to_owned())]);
    assert_eq!(
        outside_doc("// see `truststore-api.md` §5"),
        Some("truststore-api.md")
    );
    assert_eq!(outside_doc("// docs/reference/truststore.md §5"), None);
}
