//! Ready-to-copy receiver code, in six languages: verifying a PGM signature (`render`), or checking a
//! static key (`render_key`). Templates are real files under `snippets/` (run by `tests/it/snippets.rs`);
//! the values are filled in escaped for each language.

use super::escape::{
    LiteralRules, GO_DOUBLE, JS_SINGLE, PHP_DOUBLE, PYTHON_SINGLE, RUST_DOUBLE, SHELL_SINGLE,
};

pub const REQUEST_ID_PLACEHOLDER: &str = "{{REQUEST_ID}}";
pub const SECRET_PLACEHOLDER: &str = "{{SECRET}}";
pub const SIGNATURE_PLACEHOLDER: &str = "{{SIGNATURE}}";
pub const HEADER_PLACEHOLDER: &str = "{{HEADER}}";
pub const KEY_PLACEHOLDER: &str = "{{KEY}}";
pub const RECEIVED_PLACEHOLDER: &str = "{{RECEIVED}}";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    JavaScript,
    Python,
    Php,
    Go,
    Rust,
    Shell,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::JavaScript,
        Language::Python,
        Language::Php,
        Language::Go,
        Language::Rust,
        Language::Shell,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Language::JavaScript => "JavaScript (Node)",
            Language::Python => "Python",
            Language::Php => "PHP",
            Language::Go => "Go",
            Language::Rust => "Rust",
            Language::Shell => "Shell",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Language::JavaScript => "verify.mjs",
            Language::Python => "verify.py",
            Language::Php => "verify.php",
            Language::Go => "verify.go",
            Language::Rust => "verify.rs",
            Language::Shell => "verify.sh",
        }
    }

    /// The static-key check's file name.
    pub fn key_file_name(self) -> &'static str {
        match self {
            Language::JavaScript => "check-key.mjs",
            Language::Python => "check-key.py",
            Language::Php => "check-key.php",
            Language::Go => "check-key.go",
            Language::Rust => "check-key.rs",
            Language::Shell => "check-key.sh",
        }
    }

    /// The static-key check, placeholders included.
    pub fn key_template(self) -> &'static str {
        match self {
            Language::JavaScript => include_str!("../../../snippets/check-key.mjs"),
            Language::Python => include_str!("../../../snippets/check-key.py"),
            Language::Php => include_str!("../../../snippets/check-key.php"),
            Language::Go => include_str!("../../../snippets/check-key.go"),
            Language::Rust => include_str!("../../../snippets/check-key.rs"),
            Language::Shell => include_str!("../../../snippets/check-key.sh"),
        }
    }

    /// How to run the saved file, shown next to the snippet.
    pub fn run_hint(self) -> &'static str {
        match self {
            Language::JavaScript => "node verify.mjs",
            Language::Python => "python3 verify.py",
            Language::Php => "php verify.php",
            Language::Go => "go run verify.go",
            Language::Rust => "src/main.rs of a cargo project with md-5 = \"0.11\"; cargo run",
            Language::Shell => "sh verify.sh",
        }
    }

    /// The unfilled template, placeholders included.
    pub fn template(self) -> &'static str {
        match self {
            Language::JavaScript => include_str!("../../../snippets/verify.mjs"),
            Language::Python => include_str!("../../../snippets/verify.py"),
            Language::Php => include_str!("../../../snippets/verify.php"),
            Language::Go => include_str!("../../../snippets/verify.go"),
            Language::Rust => include_str!("../../../snippets/verify.rs"),
            Language::Shell => include_str!("../../../snippets/verify.sh"),
        }
    }

    fn literal_rules(self) -> &'static LiteralRules {
        match self {
            Language::JavaScript => &JS_SINGLE,
            Language::Python => &PYTHON_SINGLE,
            Language::Php => &PHP_DOUBLE,
            Language::Go => &GO_DOUBLE,
            Language::Rust => &RUST_DOUBLE,
            Language::Shell => &SHELL_SINGLE,
        }
    }
}

/// The template of `lang` with each placeholder replaced by the escaped value. One pass over the
/// template, so a value that itself contains `{{SECRET}}` is not substituted again.
pub fn render(lang: Language, request_id: &str, secret: &str, signature: &str) -> String {
    let rules = lang.literal_rules();
    let values = [
        (REQUEST_ID_PLACEHOLDER, rules.escape(request_id)),
        (SECRET_PLACEHOLDER, rules.escape(secret)),
        (SIGNATURE_PLACEHOLDER, rules.escape(signature)),
    ];
    fill(lang.template(), &values)
}

/// The static-key check of `lang`, for the key sent in `header`, with the expected and received keys.
pub fn render_key(lang: Language, header: &str, expected: &str, received: &str) -> String {
    let rules = lang.literal_rules();
    let values = [
        (HEADER_PLACEHOLDER, rules.escape(header)),
        (KEY_PLACEHOLDER, rules.escape(expected)),
        (RECEIVED_PLACEHOLDER, rules.escape(received)),
    ];
    fill(lang.key_template(), &values)
}

/// The template with each placeholder replaced by its (already escaped) value, in one pass.
fn fill(template: &str, values: &[(&'static str, String)]) -> String {
    // A capacity hint only: saturating, since no sum of string lengths is worth a panic.
    let capacity = values.iter().fold(template.len(), |sum: usize, (_, v)| {
        sum.saturating_add(v.len())
    });
    let mut rendered = String::with_capacity(capacity);
    // One pass over the template: every placeholder opens with "{{", so only those spots are tried
    // (searching the rest for every placeholder after each one made this quadratic; it runs on every
    // render of the signature panel). Values are pushed, never scanned again.
    let mut rest = template;
    while let Some((before, from)) = rest.split_once(PLACEHOLDER_OPEN) {
        rendered.push_str(before);
        let filled = values.iter().find_map(|(placeholder, value)| {
            // `from` lacks the "{{" the split took: the placeholder's remainder must follow.
            let name = placeholder
                .strip_prefix(PLACEHOLDER_OPEN)
                .unwrap_or(placeholder);
            from.strip_prefix(name).map(|after| (value, after))
        });
        match filled {
            Some((value, after)) => {
                rendered.push_str(value);
                rest = after;
            }
            None => {
                // A "{{" of the language itself (a format string, say): its first brace is kept and
                // the search goes on from the second, which may open a placeholder ("{{{KEY}}").
                rendered.push('{');
                rest = rest
                    .get(before.len().saturating_add(1)..)
                    .unwrap_or_default();
            }
        }
    }
    rendered.push_str(rest);
    rendered
}

/// How every placeholder above begins.
const PLACEHOLDER_OPEN: &str = "{{";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_opens_as_the_scan_expects() {
        for placeholder in [
            REQUEST_ID_PLACEHOLDER,
            SECRET_PLACEHOLDER,
            SIGNATURE_PLACEHOLDER,
            HEADER_PLACEHOLDER,
            KEY_PLACEHOLDER,
            RECEIVED_PLACEHOLDER,
        ] {
            assert!(placeholder.starts_with(PLACEHOLDER_OPEN), "{placeholder}");
        }
    }

    #[test]
    fn fills_every_occurrence_and_keeps_other_braces() {
        let values = [
            (KEY_PLACEHOLDER, "k".to_string()),
            (HEADER_PLACEHOLDER, "{{KEY}}".to_string()),
        ];
        let filled = fill("{{{KEY}} {{x}} {{HEADER}}{{KEY}}{{", &values);
        assert_eq!(filled, "{k {{x}} {{KEY}}k{{");
    }
}
