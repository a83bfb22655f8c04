//! Repeated diagnostics folded into one: the same kind of problem at many sibling paths (every item of a
//! list, every key of a huge map) becomes a single diagnostic saying how many and where the first are.
//! This bounds the memory and the page's work for a paste with millions of offending items.

use crate::domain::diagnostic::{Diagnostic, Kind};
use std::collections::HashMap;

/// Up to this many of one kind at sibling paths are reported one by one; more become one diagnostic.
pub const KEPT_PER_GROUP: usize = 10;
/// How many of the first locations a folded diagnostic names.
const NAMED_LOCATIONS: usize = 5;

/// The siblings a path belongs with: its parent, with every array index made `[]`, so
/// `items[3].x` and `items[7].y` group as `items[]`, and `list[0]`, `list[1]` as `list`. Quoted keys
/// (`["a.b[1]"]`) are copied as written: their dots and brackets are not structure.
pub fn siblings(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    // Where the last segment starts in `out`: everything from there is cut at the end.
    let mut last_segment = 0;
    let (mut quoted, mut escaped, mut index) = (false, false, false);
    for c in path.chars() {
        if quoted {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoted = false,
                _ => {}
            }
            continue;
        }
        match c {
            '.' | '[' => {
                last_segment = out.len();
                index = c == '[';
                out.push(c);
            }
            '"' => {
                index = false;
                quoted = true;
                out.push(c);
            }
            c if index && c.is_ascii_digit() => {}
            c => {
                index = false;
                out.push(c);
            }
        }
    }
    out.truncate(last_segment);
    out
}

/// Replaces each over-full group's kept diagnostics by one, at the place of the first.
pub fn fold_repeats(
    diagnostics: Vec<Diagnostic>,
    repeats: &HashMap<(Kind, String), usize>,
) -> Vec<Diagnostic> {
    if repeats.values().all(|&n| n <= KEPT_PER_GROUP) {
        return diagnostics;
    }
    let key = |d: &Diagnostic| (d.kind, siblings(&d.path));
    let mut located: HashMap<(Kind, String), Vec<String>> = HashMap::new();
    for d in &diagnostics {
        let k = key(d);
        if repeats.get(&k).is_some_and(|&n| n > KEPT_PER_GROUP) {
            let at = format!("{} ({}:{})", d.path, d.position.line, d.position.column);
            located.entry(k).or_default().push(at);
        }
    }
    let mut out = Vec::with_capacity(diagnostics.len());
    for d in diagnostics {
        let k = key(&d);
        let Some(total) = repeats.get(&k).copied().filter(|&n| n > KEPT_PER_GROUP) else {
            out.push(d);
            continue;
        };
        // The first of the group carries the fold; the rest of the kept ones go.
        let Some(places) = located.remove(&k) else {
            continue;
        };
        let shown: Vec<&str> = places
            .iter()
            .take(NAMED_LOCATIONS)
            .map(String::as_str)
            .collect();
        let scope = if k.1.is_empty() {
            "the top level"
        } else {
            k.1.as_str()
        };
        let message = format!(
            "{total} problems of this kind under {scope}, shown once. The first: {} Found at {}, and {} more places (the text holds them all).",
            d.message,
            shown.join(", "),
            total.saturating_sub(shown.len())
        );
        out.push(Diagnostic { message, ..d });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siblings_are_the_parent_with_indices_blanked() {
        assert_eq!(
            siblings("subject.member.currentMemberships[12]"),
            "subject.member.currentMemberships"
        );
        assert_eq!(
            siblings("payload.supplementalData.k1"),
            "payload.supplementalData"
        );
        assert_eq!(siblings("items[3].x"), "items[]");
        assert_eq!(siblings("a[10][2].b"), "a[][]");
        assert_eq!(
            siblings("payload.supplementalData[\"call 9\"]"),
            "payload.supplementalData"
        );
        assert_eq!(siblings("m[\"x[1]\"].y"), "m[\"x[1]\"]");
        assert_eq!(siblings("event"), "");
    }
}
