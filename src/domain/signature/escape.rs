//! Escapes a value for the string literal each snippet template wraps around its placeholders,
//! so ids and secrets with quotes, backslashes, `$` or invisible characters survive intact.

use super::visible::is_invisible;

/// How one language's literal (as used in its template) must be escaped.
pub(super) struct LiteralRules {
    /// Characters with a dedicated escape sequence.
    named: &'static [(char, &'static str)],
    /// Escape for other invisible characters, so they survive copy/paste and can be seen;
    /// `None` where the literal has no escape syntax (they are then kept as they are).
    code_point: Option<fn(char) -> String>,
}

fn braced_unicode(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// Python has no braced form: `\uXXXX` for the BMP, `\UXXXXXXXX` beyond it.
fn python_unicode(c: char) -> String {
    let code = u32::from(c);
    if code <= u32::from(u16::MAX) {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

const C_LIKE: [(char, &str); 4] = [('\\', "\\\\"), ('\n', "\\n"), ('\r', "\\r"), ('\t', "\\t")];

/// JavaScript and Python single-quoted strings.
pub(super) const JS_SINGLE: LiteralRules = LiteralRules {
    named: &[C_LIKE[0], C_LIKE[1], C_LIKE[2], C_LIKE[3], ('\'', "\\'")],
    code_point: Some(braced_unicode),
};
pub(super) const PYTHON_SINGLE: LiteralRules = LiteralRules {
    named: JS_SINGLE.named,
    code_point: Some(python_unicode),
};
/// PHP double-quoted strings: `$` must not start an interpolation.
pub(super) const PHP_DOUBLE: LiteralRules = LiteralRules {
    named: &[
        C_LIKE[0],
        C_LIKE[1],
        C_LIKE[2],
        C_LIKE[3],
        ('"', "\\\""),
        ('$', "\\$"),
    ],
    code_point: Some(braced_unicode),
};
/// Go interpreted `"..."` literals: `\uXXXX`/`\UXXXXXXXX` as in Python.
pub(super) const GO_DOUBLE: LiteralRules = LiteralRules {
    named: &[C_LIKE[0], C_LIKE[1], C_LIKE[2], C_LIKE[3], ('"', "\\\"")],
    code_point: Some(python_unicode),
};
/// Rust `"..."` literals.
pub(super) const RUST_DOUBLE: LiteralRules = LiteralRules {
    named: &[C_LIKE[0], C_LIKE[1], C_LIKE[2], C_LIKE[3], ('"', "\\\"")],
    code_point: Some(braced_unicode),
};
/// POSIX sh single quotes: everything is literal except `'`, which closes, escapes, reopens.
pub(super) const SHELL_SINGLE: LiteralRules = LiteralRules {
    named: &[('\'', "'\\''")],
    code_point: None,
};

impl LiteralRules {
    pub(super) fn escape(&self, value: &str) -> String {
        let mut escaped = String::with_capacity(value.len());
        for c in value.chars() {
            if let Some((_, sequence)) = self.named.iter().find(|(plain, _)| *plain == c) {
                escaped.push_str(sequence);
            } else if let Some(code_point) = self.code_point.filter(|_| is_invisible(c)) {
                escaped.push_str(&code_point(c));
            } else {
                escaped.push(c);
            }
        }
        escaped
    }
}
