//! The one PEM reader of moks and its sandbox: text into labelled blocks, each with the line
//! it starts on, for every API's certificate rules (the MOKS upload checks, the Edge
//! Truststore's CA certificates) on the client and the emulator alike.
//!
//! Rules (RFC 7468, read leniently):
//! - a block is `-----BEGIN X-----` … `-----END X-----`; text outside blocks (comments,
//!   `openssl x509 -text` output) is ignored; single-line PEM (the Akamai PowerShell module
//!   strips every line break) is read too;
//! - a block whose content does not decode is still a block: its `der` says why (a BEGIN
//!   without its END, PEM headers of an encrypted legacy key, bad base64), so a caller can
//!   name the block;
//! - bounded: at most [`MAX_BLOCKS`] blocks are read, the next one is a block whose `der`
//!   says the text holds too many; reading is linear in the text's length.

use base64::Engine;

/// The most blocks one text is read into (a CA set or a trust chain holds a handful).
pub const MAX_BLOCKS: usize = 1000;

/// One `-----BEGIN X-----` … `-----END X-----` block of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The label after BEGIN (`CERTIFICATE`, `PRIVATE KEY`, `CERTIFICATE REQUEST`, …).
    pub label: String,
    /// The 1-based line of the BEGIN line.
    pub line: usize,
    /// The decoded content, or why it does not decode.
    pub der: Result<Vec<u8>, String>,
}

impl Block {
    /// Whether the label names a private key (`PRIVATE KEY`, `RSA PRIVATE KEY`, …).
    pub fn is_private_key(&self) -> bool {
        self.label.contains("PRIVATE KEY")
    }
}

/// The blocks of `text`, in order (see the module's rules).
pub fn split_pem(text: &str) -> Vec<Block> {
    const BEGIN: &str = "-----BEGIN ";
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0usize;
    // Lines counted once over the text, however many blocks it holds.
    let mut line = 1usize;
    let mut counted = 0usize;
    while let Some(at) = rest.find(BEGIN) {
        let start = offset + at;
        line += text[counted..start].matches('\n').count();
        counted = start;
        if out.len() == MAX_BLOCKS {
            out.push(Block {
                label: String::new(),
                line,
                der: Err(format!("the text holds more than {MAX_BLOCKS} PEM blocks")),
            });
            break;
        }
        let after = &rest[at + BEGIN.len()..];
        let Some(label_end) = after.find("-----") else {
            out.push(Block {
                label: String::new(),
                line,
                der: Err("a BEGIN line without its closing dashes".into()),
            });
            break;
        };
        let label = after[..label_end].trim().to_string();
        let body_and_rest = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let Some(end) = body_and_rest.find(&end_marker) else {
            out.push(Block {
                label: label.clone(),
                line,
                der: Err(format!("no -----END {label}----- line")),
            });
            break;
        };
        let body: String = body_and_rest[..end]
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        let der = if body.contains(':') {
            // Encrypted legacy keys carry `Proc-Type:` headers; never decoded.
            Err("it has PEM headers (an encrypted key?)".into())
        } else {
            base64::engine::general_purpose::STANDARD
                .decode(body.as_bytes())
                .map_err(|_| "its content is not valid base64".to_string())
        };
        out.push(Block { label, line, der });
        let consumed = (after.as_ptr() as usize - rest.as_ptr() as usize)
            + label_end
            + 5
            + end
            + end_marker.len();
        offset += consumed;
        rest = &rest[consumed..];
    }
    out
}

/// Whether `text` holds a private-key block (`-----BEGIN … PRIVATE KEY-----`), read or not.
pub fn holds_private_key(text: &str) -> bool {
    split_pem(text).iter().any(Block::is_private_key)
}

/// The content of the first block labelled `label`, or why there is none: a private key
/// found first, a block that does not decode, no such block.
pub fn first(text: &str, label: &str) -> Result<Vec<u8>, FirstError> {
    let blocks = split_pem(text);
    for b in &blocks {
        if b.is_private_key() {
            return Err(FirstError::PrivateKey);
        }
        if b.label == label {
            return b.der.clone().map_err(FirstError::Malformed);
        }
    }
    Err(if blocks.is_empty() {
        FirstError::NoPem
    } else {
        FirstError::Missing
    })
}

/// Why [`first`] found no block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FirstError {
    /// A private-key block came first.
    PrivateKey,
    /// The wanted block does not decode (why).
    Malformed(String),
    /// Blocks, none with the label.
    Missing,
    /// No PEM block at all.
    NoPem,
}

/// `der` as PEM labelled `label`, 64 columns, `\n` line breaks (what a client sends).
pub fn encode(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = String::with_capacity(b64.len() + b64.len() / 64 + 2 * label.len() + 40);
    out.push_str(&format!("-----BEGIN {label}-----\n"));
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_blocks_are_bounded_and_lines_counted() {
        let one = "x\n-----BEGIN A-----\nQUJD\n-----END A-----\n";
        let text = one.repeat(MAX_BLOCKS + 5);
        let blocks = split_pem(&text);
        assert_eq!(blocks.len(), MAX_BLOCKS + 1);
        assert_eq!(blocks[0].line, 2);
        assert_eq!(blocks[1].line, 6);
        assert_eq!(blocks[0].der, Ok(b"ABC".to_vec()));
        assert!(blocks[MAX_BLOCKS]
            .der
            .as_ref()
            .unwrap_err()
            .contains("more than"));
    }

    #[test]
    fn first_names_what_it_found_instead() {
        let key = "-----BEGIN EC PRIVATE KEY-----\nQUJD\n-----END EC PRIVATE KEY-----\n";
        let csr = "-----BEGIN CERTIFICATE REQUEST-----\nQUJD\n-----END CERTIFICATE REQUEST-----\n";
        assert_eq!(first(csr, "CERTIFICATE REQUEST"), Ok(b"ABC".to_vec()));
        assert_eq!(first(csr, "CERTIFICATE"), Err(FirstError::Missing));
        assert_eq!(
            first(&format!("{key}{csr}"), "CERTIFICATE REQUEST"),
            Err(FirstError::PrivateKey)
        );
        assert_eq!(first("none", "CERTIFICATE"), Err(FirstError::NoPem));
        assert!(holds_private_key(&format!("a\n{key}")));
        assert!(!holds_private_key(csr));
        assert_eq!(
            split_pem(&encode("CERTIFICATE", b"ABC"))[0].der,
            Ok(b"ABC".to_vec())
        );
    }
}
