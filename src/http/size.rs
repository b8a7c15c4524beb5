//! Sizes as people type and read them: `--max-response-size 64MiB`, "32 MiB".

/// Parses a size: bytes (`1048576`), or a number with a unit: `KiB`, `MiB`, `GiB` (or `K`,
/// `M`, `G`: 1024-based), `KB`, `MB`, `GB` (1000-based), `B`; case-insensitive, at least 1
/// byte.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = (&t[..split], t[split..].trim());
    let mult: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        _ => u64::MAX,
    };
    let value: Option<f64> = num.parse().ok().filter(|v: &f64| v.is_finite());
    match value.map(|v| v * mult as f64) {
        Some(bytes) if mult != u64::MAX && bytes >= 1.0 && bytes <= (1u64 << 50) as f64 => {
            Ok(bytes as u64)
        }
        _ => Err(
            "expected a size of at least 1 byte, such as 64MiB, 500KB or 1048576 (bytes)".into(),
        ),
    }
}

/// A size for people: `32 MiB`, `1.5 KiB`, `900 bytes`.
pub fn show_size(bytes: u64) -> String {
    let units = [(1u64 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (size, name) in units {
        if bytes >= size {
            let v = bytes as f64 / size as f64;
            return if bytes.is_multiple_of(size) {
                format!("{} {name}", bytes / size)
            } else {
                format!("{v:.1} {name}")
            };
        }
    }
    format!("{bytes} bytes")
}
