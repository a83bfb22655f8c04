//! The oracle of the redaction property, independent of the redaction it checks: a source's personal
//! values read by the declarations' marks from the page's own analysis, the link's text read several ways
//! (as is, percent-decoded, JSON-unescaped), and what the page shows for a text (its analysis, each
//! delivery of a batch, the unwrapped body). Shared with the fuzz target `share_decode`.

use gymhook::domain::analysis::{analyze, Analysis};
use gymhook::domain::batch;
use gymhook::domain::schema::Personal;
use gymhook::domain::typed::{TypedObject, TypedValue};
use gymhook::domain::unwrap::unwrap;

const PLACEHOLDERS: [&str; 3] = ["none", "n/a", "unknown"];

/// The text values of personal fields that name or locate someone, and every personal number.
pub fn personal(analysis: &Analysis) -> (Vec<String>, Vec<(String, String)>) {
    fn walk(obj: &TypedObject, texts: &mut Vec<String>, numbers: &mut Vec<(String, String)>) {
        for f in &obj.fields {
            let kind = f.decl.and_then(|d| d.personal);
            match (&f.value, kind) {
                (TypedValue::Object(o), _) => walk(o, texts, numbers),
                (TypedValue::Text(t), Some(k)) if k != Personal::Profile => {
                    let t = t.trim();
                    if t.chars().filter(|c| c.is_alphanumeric()).count() >= 3
                        && !PLACEHOLDERS.contains(&t.to_lowercase().as_str())
                    {
                        texts.push(t.to_owned());
                    }
                }
                (TypedValue::Date(_), Some(_)) => {}
                (TypedValue::Decimal(n), Some(_)) => numbers.push((f.path.clone(), n.to_string())),
                (TypedValue::Int(n), Some(_)) => numbers.push((f.path.clone(), n.to_string())),
                (TypedValue::Bool(true), Some(_)) => numbers.push((f.path.clone(), "true".into())),
                _ => {}
            }
        }
    }
    let (mut texts, mut numbers) = (Vec::new(), Vec::new());
    if let Some(root) = &analysis.root {
        walk(root, &mut texts, &mut numbers);
    }
    (texts, numbers)
}

/// The link's text read several ways: as is, percent-decoded, JSON-unescaped once and twice.
pub fn views(text: &str) -> Vec<String> {
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                }
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        }
        out
    }
    let mut bytes = Vec::new();
    let raw = text.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'%' if i + 2 < raw.len() && u8::from_str_radix(&text[i + 1..i + 3], 16).is_ok() => {
                bytes.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
                continue;
            }
            b'+' => bytes.push(b' '),
            b => bytes.push(b),
        }
        i += 1;
    }
    let once = unescape(text);
    vec![
        text.to_owned(),
        String::from_utf8_lossy(&bytes).into_owned(),
        unescape(&once),
        once,
    ]
}

/// Whole-word, case-insensitive.
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.to_lowercase(), needle.to_lowercase());
    h.match_indices(&n).any(|(at, _)| {
        let before = h[..at].chars().next_back();
        let after = h[at + n.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// What the page shows for a text: its analysis, each delivery of a batch, the unwrapped body.
pub fn page(text: &str) -> Vec<Vec<(String, &'static str, &'static str)>> {
    let keys = |a: &Analysis| {
        let mut k: Vec<_> = a
            .diagnostics
            .iter()
            .map(|d| (d.path.clone(), d.kind.key(), d.kind.severity().key()))
            .collect();
        k.sort();
        k.push((a.vendor_slug().to_owned(), "vendor", ""));
        k.push((a.event_name.clone().unwrap_or_default(), "event", ""));
        k
    };
    let mut out = vec![keys(&analyze(text))];
    for d in batch::split(text).map(|b| b.deliveries).unwrap_or_default() {
        out.push(keys(&analyze(&d.text)));
    }
    if let Some(u) = unwrap(text) {
        out.push(keys(&analyze(&u.text)));
    }
    out
}

/// Words that make a header's or a parameter's name a credential's, as the issue lists them.
const CREDENTIAL_WORDS: [&str; 14] = [
    "auth",
    "token",
    "secret",
    "key",
    "signature",
    "cookie",
    "session",
    "pass",
    "pwd",
    "jwt",
    "sid",
    "api",
    "hmac",
    "credential",
];
/// Shorter credentials are masked where they stand but not looked for in other text.
const MIN_CREDENTIAL_CHARS: usize = 6;

/// Every analysis the page makes of a text: the whole, each batch delivery, the unwrapped body.
fn analyses(text: &str) -> Vec<Analysis> {
    let mut out = vec![analyze(text)];
    for d in batch::split(text).map(|b| b.deliveries).unwrap_or_default() {
        out.push(analyze(&d.text));
    }
    if let Some(u) = unwrap(text) {
        out.push(analyze(&u.text));
    }
    out
}

/// The identifying personal texts of every delivery the page reads in `text`.
pub fn personal_in(text: &str) -> Vec<String> {
    analyses(text).iter().flat_map(|a| personal(a).0).collect()
}

/// The values of the credential headers and parameters of every request the page reads in `text`:
/// a header or parameter whose name holds a credential word, its value after any scheme word.
pub fn credentials(text: &str) -> Vec<String> {
    let named = |name: &str| {
        let lower = name.to_ascii_lowercase();
        CREDENTIAL_WORDS.iter().any(|w| lower.contains(w))
    };
    let mut out = Vec::new();
    for a in analyses(text) {
        let Some(request) = &a.request else { continue };
        for (_, value) in request.headers.iter().filter(|(n, _)| named(n)) {
            let secret = value
                .split_once(' ')
                .map_or(value.as_str(), |(_, rest)| rest)
                .trim();
            out.push(secret.to_owned());
        }
        let query = request
            .target
            .as_deref()
            .and_then(|t| t.split_once('?'))
            .map(|(_, q)| q);
        for (name, value) in query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .filter_map(|p| p.split_once('='))
        {
            if named(name) {
                out.push(value.to_owned());
            }
        }
    }
    out.retain(|v| v.chars().count() >= MIN_CREDENTIAL_CHARS);
    out
}
