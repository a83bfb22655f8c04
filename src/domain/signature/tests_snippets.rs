//! Unit tests of snippet rendering: placeholders, per-language escaping, single-pass substitution.
//! Executing the snippets with their real runtimes is done in `tests/it/snippets.rs`.

use super::snippets::{SECRET_PLACEHOLDER, SIGNATURE_PLACEHOLDER};
use super::*;

const NASTY: &str = "it's \"a\" $ecret\\ with space";

#[test]
fn every_template_has_every_placeholder_once() {
    for lang in Language::ALL {
        for placeholder in ["{{REQUEST_ID}}", SECRET_PLACEHOLDER, SIGNATURE_PLACEHOLDER] {
            assert_eq!(
                lang.template().matches(placeholder).count(),
                1,
                "{placeholder} in {}",
                lang.file_name()
            );
        }
        let rendered = render(lang, "id", "s", "sig");
        assert!(!rendered.contains("{{"), "{}", lang.file_name());
    }
}

#[test]
fn languages_are_distinct() {
    let names: std::collections::HashSet<_> = Language::ALL.iter().map(|l| l.file_name()).collect();
    assert_eq!(names.len(), Language::ALL.len());
    assert!(Language::ALL
        .iter()
        .all(|l| !l.label().is_empty() && !l.run_hint().is_empty()));
}

#[test]
fn escapes_per_language() {
    let cases = [
        (
            Language::JavaScript,
            "const secret = 'it\\'s \"a\" $ecret\\\\ with space';",
        ),
        (
            Language::Python,
            "secret = 'it\\'s \"a\" $ecret\\\\ with space'",
        ),
        (
            Language::Php,
            "$secret = \"it's \\\"a\\\" \\$ecret\\\\ with space\";",
        ),
        (
            Language::Go,
            "secret := \"it's \\\"a\\\" $ecret\\\\ with space\"",
        ),
        (
            Language::Rust,
            "let secret = \"it's \\\"a\\\" $ecret\\\\ with space\";",
        ),
        (
            Language::Shell,
            "secret='it'\\''s \"a\" $ecret\\ with space'",
        ),
    ];
    for (lang, line) in cases {
        let rendered = render(lang, "id", NASTY, "sig");
        assert!(
            rendered.contains(line),
            "{} lacks {line}\n{rendered}",
            lang.file_name()
        );
    }
}

#[test]
fn invisible_characters_become_escapes() {
    let secret = "a\nb\u{a0}\u{1f600}\u{200b}";
    let cases = [
        (Language::JavaScript, "'a\\nb\\u{a0}\u{1f600}\\u{200b}'"),
        (Language::Python, "'a\\nb\\u00a0\u{1f600}\\u200b'"),
        (Language::Php, "\"a\\nb\\u{a0}\u{1f600}\\u{200b}\""),
        (Language::Go, "\"a\\nb\\u00a0\u{1f600}\\u200b\""),
        (Language::Rust, "\"a\\nb\\u{a0}\u{1f600}\\u{200b}\""),
        (Language::Shell, "'a\nb\u{a0}\u{1f600}\u{200b}'"),
    ];
    for (lang, literal) in cases {
        assert!(
            render(lang, "id", secret, "s").contains(literal),
            "{}",
            lang.file_name()
        );
    }
}

#[test]
fn values_containing_placeholders_are_not_substituted_again() {
    let rendered = render(Language::Python, SECRET_PLACEHOLDER, "real", "sig");
    assert!(rendered.contains("request_id = '{{SECRET}}'"));
    assert!(rendered.contains("secret = 'real'"));
}
