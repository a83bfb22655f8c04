//! No function runs over 80 lines (from its `fn` line to its closing brace) in the crate, its examples,
//! the benchmarks or the fuzzing crate, tests aside: a long function is split along its seams instead. The sources are read as text; comments, string
//! and character literals are blanked first so their braces do not count, `#[cfg(test)]` items are
//! skipped, and so are the files a `#[cfg(test)] mod name;` brings in.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const LIMIT: usize = 80;

#[test]
fn no_function_runs_over_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let functions: Vec<Function> = ["src", "examples", "benches", "fuzz"]
        .iter()
        .flat_map(|dir| functions_under(root, &root.join(dir)))
        .collect();
    // The scan must see the crate, or the assertion below proves nothing.
    assert!(
        functions.len() > 1000,
        "only {} functions found",
        functions.len()
    );
    let long: Vec<String> = functions
        .iter()
        .filter(|f| f.lines > LIMIT)
        .map(|f| {
            format!(
                "{}:{} {} ({} lines)",
                f.file.display(),
                f.line,
                f.name,
                f.lines
            )
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these along their seams:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_scan_counts_lines_and_ignores_braces_in_literals_comments_and_tests() {
    let src = "fn a() -> [u8; 1] {\n    let s = \"}}}\";\n    let c = '}';\n    // }\n    /* } /* } */ */\n    let r = r#\"}\"#;\n}\n\
               pub(crate) fn b<'a>(x: &'a str) -> &'a str {\n    x\n}\n\
               #[cfg(test)]\nmod tests {\n    fn hidden() {}\n}\n\
               trait T {\n    fn declared(&self);\n}\n";
    let found = functions_in(src);
    let summary: Vec<(&str, usize, usize)> = found
        .iter()
        .map(|f| (f.name.as_str(), f.line, f.lines))
        .collect();
    assert_eq!(summary, [("a", 1, 7), ("b", 8, 3)]);
}

struct Function {
    file: PathBuf,
    name: String,
    line: usize,
    lines: usize,
}

/// The functions of every Rust file below `dir`, named by their path from `root`.
fn functions_under(root: &Path, dir: &Path) -> Vec<Function> {
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    let test_files: BTreeSet<PathBuf> = files.iter().flat_map(|f| test_modules(f)).collect();
    let mut all = Vec::new();
    for file in files.iter().filter(|f| !test_files.contains(*f)) {
        let text = fs::read_to_string(file).expect("readable source");
        for mut function in functions_in(&text) {
            function.file = file.strip_prefix(root).unwrap_or(file).to_path_buf();
            all.push(function);
        }
    }
    all
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("directory entry").path();
        // Build output and fuzzing corpora are not source.
        let generated = path
            .file_name()
            .is_some_and(|n| n == "target" || n == "corpus" || n == "node_modules");
        if path.is_dir() && !generated {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The files `#[cfg(test)] mod name;` in `file` brings in.
fn test_modules(file: &Path) -> Vec<PathBuf> {
    let text = blank(&fs::read_to_string(file).expect("readable source"));
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let parent = file.parent().unwrap_or(Path::new(""));
    let dir = if ["mod", "lib", "main"].contains(&stem) {
        parent.to_path_buf()
    } else {
        parent.join(stem)
    };
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter(|w| w[0] == "#[cfg(test)]")
        .filter_map(|w| w[1].strip_prefix("mod ")?.strip_suffix(';'))
        .flat_map(|name| {
            [
                dir.join(format!("{name}.rs")),
                dir.join(name).join("mod.rs"),
            ]
        })
        .collect()
}

fn functions_in(text: &str) -> Vec<Function> {
    let code = blank(text);
    let bytes = code.as_bytes();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(code.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset);
    let mut found = Vec::new();
    let mut line = 0;
    while let Some(&start) = line_starts.get(line) {
        let end = line_starts.get(line + 1).map_or(code.len(), |e| e - 1);
        let text = code[start..end].trim();
        if text == "#[cfg(test)]" {
            // The next item is test code: skip it whole.
            if let Some(close) = body_end(bytes, end) {
                line = line_of(close);
                continue;
            }
        } else if let Some(name) = fn_name(text) {
            if let Some(close) = body_end(bytes, start) {
                let last = line_of(close);
                found.push(Function {
                    file: PathBuf::new(),
                    name: name.to_owned(),
                    line: line + 1,
                    lines: last - line,
                });
            }
        }
        line += 1;
    }
    found
}

/// The function a line declares, if it starts with one (`pub(crate) const async unsafe fn name`).
fn fn_name(line: &str) -> Option<&str> {
    let mut rest = line;
    for qualifier in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
        "extern ",
    ] {
        rest = rest.strip_prefix(qualifier).unwrap_or(rest).trim_start();
    }
    let rest = rest.strip_prefix("fn ")?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|name| !name.is_empty())
}

/// The offset of the `}` closing the body that starts after `from`, or `None` when a `;` comes first
/// outside brackets (a declaration without a body; `[u8; 4]` in a signature is not one).
fn body_end(code: &[u8], from: usize) -> Option<usize> {
    let mut brackets = 0usize;
    let mut depth = 0usize;
    for (i, &b) in code.iter().enumerate().skip(from) {
        match b {
            b'(' | b'[' => brackets += 1,
            b')' | b']' => brackets = brackets.saturating_sub(1),
            b';' if depth == 0 && brackets == 0 => return None,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The source with comments, string and character literals replaced by spaces (newlines kept), so
/// only the code's own braces remain.
fn blank(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let blank_to = |out: &mut String, from: usize, to: usize| {
        for &c in &chars[from..to.min(chars.len())] {
            out.push(if c == '\n' { '\n' } else { ' ' });
        }
    };
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    while i < chars.len() {
        let word_before = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        let end = if at(i, "//") {
            (i..chars.len())
                .find(|&k| chars[k] == '\n')
                .unwrap_or(chars.len())
        } else if at(i, "/*") {
            block_comment_end(&chars, i)
        } else if !word_before && (at(i, "r\"") || at(i, "r#") || at(i, "br\"") || at(i, "br#")) {
            raw_string_end(&chars, i)
        } else if chars[i] == '"' {
            string_end(&chars, i)
        } else if chars[i] == '\'' {
            char_end(&chars, i).unwrap_or(i + 1)
        } else {
            out.push(chars[i]);
            i += 1;
            continue;
        };
        blank_to(&mut out, i, end);
        i = end;
    }
    out
}

fn block_comment_end(chars: &[char], start: usize) -> usize {
    let mut depth = 0;
    let mut i = start;
    while i + 1 < chars.len() {
        match (chars[i], chars[i + 1]) {
            ('/', '*') => {
                depth += 1;
                i += 2;
            }
            ('*', '/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    chars.len()
}

fn raw_string_end(chars: &[char], start: usize) -> usize {
    let quote = start + chars[start..].iter().position(|&c| c == '"').unwrap_or(0);
    let hashes = quote - start - chars[start..quote].iter().filter(|&&c| c != '#').count();
    let mut i = quote + 1;
    while i < chars.len() {
        if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        i += 1;
    }
    chars.len()
}

fn string_end(chars: &[char], start: usize) -> usize {
    let mut i = start + 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    chars.len()
}

/// The end of a character literal at `start`, or `None` for a lifetime (`'a`).
fn char_end(chars: &[char], start: usize) -> Option<usize> {
    match chars.get(start + 1)? {
        '\\' => Some(start + 2 + chars[start + 2..].iter().position(|&c| c == '\'')? + 1),
        _ if chars.get(start + 2) == Some(&'\'') => Some(start + 3),
        _ => None,
    }
}
