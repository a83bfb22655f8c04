//! File-name patterns for `check --include`: `*` any run of characters, `?` one character, anything else
//! itself, ASCII letters in either case (`*.json` takes `DAY.JSON`). A pattern matches the file's name,
//! never its folders: `--include '*.http'` finds them at any depth.

/// What `check` includes in a directory when no `--include` is given: the extensions captures, logs
/// and fixtures are saved with.
pub const DEFAULT_INCLUDE: [&str; 7] = [
    "*.json", "*.jsonl", "*.ndjson", "*.har", "*.http", "*.txt", "*.log",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    pattern: Vec<char>,
}

impl Glob {
    pub fn new(pattern: &str) -> Glob {
        Glob {
            pattern: pattern.chars().collect(),
        }
    }

    pub fn matches(&self, name: &str) -> bool {
        let name: Vec<char> = name.chars().collect();
        matches(&self.pattern, &name)
    }
}

/// Iterative wildcard matching with one backtrack point (the last `*`): linear in practice, never
/// exponential on patterns like `*a*a*a*b`.
fn matches(pattern: &[char], name: &[char]) -> bool {
    let (mut p, mut n) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        match (pattern.get(p), name.get(n)) {
            (Some('*'), _) => {
                star = Some((p, n));
                p += 1;
            }
            (Some('?'), _) => (p, n) = (p + 1, n + 1),
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(b) => (p, n) = (p + 1, n + 1),
            _ => match star {
                Some((sp, sn)) => {
                    p = sp + 1;
                    n = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    pattern.iter().skip(p).all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_names_in_either_letter_case() {
        let json = Glob::new("*.json");
        assert!(json.matches("day.json"));
        assert!(json.matches("DAY.JSON"));
        assert!(!json.matches("day.jsonl"));
        assert!(!json.matches("json"));
        assert!(Glob::new("req-??.http").matches("req-07.http"));
        assert!(!Glob::new("req-??.http").matches("req-7.http"));
        assert!(Glob::new("*").matches(""));
        assert!(Glob::new("a*b*c").matches("aXXbYYc"));
        assert!(!Glob::new("a*b*c").matches("aXXbYY"));
    }

    #[test]
    fn a_pathological_pattern_stays_linear() {
        let name = "a".repeat(10_000);
        assert!(!Glob::new("*a*a*a*a*a*a*b").matches(&name));
    }
}
