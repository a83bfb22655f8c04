//! Extra characters around a pasted signature (quotes, `md5=`, `0x`, whitespace): peels them off
//! and reports the decoration when the bare hex then matches.

use super::diagnosis::Diagnosis;
use super::pgm::constant_time_eq_hex;
use super::visible::is_strippable;

/// Prefixes some tools put before a hex digest (the header's own name when a whole header line was
/// copied), compared case-insensitively.
/// `sha256`/`sha1` before an MD5 hex that matches are a mislabelled prefix, nothing more.
const SIGNATURE_PREFIXES: [&str; 6] = [
    super::pgm::SIGNATURE_HEADER,
    "md5",
    "0x",
    "sha256",
    "sha1",
    "sha512",
];

/// Characters around a digest that can never be part of the hex itself (quotes from logs/JSON,
/// `=`/`:` after a prefix, brackets, list punctuation).
const DECORATION_CHARS: &str = "\"'`,;:=<>()[]{}";

fn is_decoration(c: char) -> bool {
    is_strippable(c) || DECORATION_CHARS.contains(c)
}

/// Peels decorations off both ends until nothing changes; matches if the core is `computed`.
pub(super) fn decorated_signature(signature: &str, computed: &str) -> Option<Diagnosis> {
    // Offsets into `signature`: every step below stays within it, so nothing can overflow.
    let (mut start, mut end) = (0, signature.len());
    loop {
        let core = signature.get(start..end)?;
        let front_trimmed = core.trim_start_matches(is_decoration);
        // What is left ends where `core` ends.
        start = end.saturating_sub(front_trimmed.len());
        end = start.saturating_add(front_trimmed.trim_end_matches(is_decoration).len());
        let core = signature.get(start..end)?;
        let prefix = SIGNATURE_PREFIXES.iter().find(|prefix| {
            core.get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        });
        match prefix {
            // Each prefix is non-empty, so the loop always makes progress.
            Some(prefix) => start = start.saturating_add(prefix.len()),
            None => break,
        }
    }
    let core = signature.get(start..end)?;
    let decorated = start > 0 || end < signature.len();
    if !decorated || !constant_time_eq_hex(core, computed) {
        return None;
    }
    Some(Diagnosis::DecoratedSignature {
        prefix: signature.get(..start)?.to_owned(),
        suffix: signature.get(end..)?.to_owned(),
    })
}
