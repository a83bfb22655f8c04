//! Byte-driven edits of a valid payload, for `analyze_structured`. A seed is parsed once into the spans
//! of its scalars and keys; the fuzzer's bytes then pick replacements for some of them (the vendors'
//! quirks, hostile numbers and escapes, other values of the same payload), followed by structural
//! edits anywhere in the text: delete, duplicate or repeat a span, insert a token or raw text, nest
//! deeply, change line endings, truncate. Most results stay close to a real payload, so the validator's
//! deep paths are reached instead of the parser's first error.

use crate::input::Input;
use gymhook::domain::http::split_paste;
use gymhook::domain::json::{parse_at, Node, NodeKind, Span};
use std::sync::OnceLock;

/// Longest text an edit may produce: beyond it the edit is skipped (keeps executions fast; the
/// pathological sizes are timed separately by `examples/pathological.rs`).
const MAX_LEN: usize = 256 * 1024;
/// Deepest nesting one edit adds (the parser stops at 128, so this is past the limit).
const MAX_NESTING: usize = 1024;
/// Most copies one repetition edit makes.
const MAX_REPEAT: usize = 512;

/// Values the vendors really send and values that break naive readers.
pub const TOKENS: &[&str] = &[
    "\"\"",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e400",
    "-1e400",
    "1E+2",
    "0.1e-7",
    "1.0",
    "12.50",
    "249.990",
    "99999999999999999999999999999",
    "-9223372036854775809",
    "9223372036854775807",
    "2147483648",
    "-2147483649",
    "\"\\u002B447700900123\"",
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"\\ud83d\\ude00\"",
    "\"\\u0000\"",
    "\"\\\\\"",
    "\"\\/\"",
    "\"12\"",
    "\"-12\"",
    "\"1.5\"",
    "\"0x1F\"",
    "\"NaN\"",
    "NaN",
    "Infinity",
    "[]",
    "{}",
    "[null]",
    "{\"\":null}",
    "\"2025-02-19T16:02:02.7763675Z\"",
    "\"2025-02-19T16:02:02.7763675\"",
    "\"2025-02-19T16:02:02+00:00\"",
    "\"2025-02-19T16:02:02.1234567891Z\"",
    "\"0001-01-01T00:00:00+01:00\"",
    "\"9999-12-31T23:59:59-02:00\"",
    "\"2024-02-30T00:00:00\"",
    "\"1983-05-15\"",
    "\"2025-02-19 16:02:02\"",
    "\"91d6528e-cc6b-4027-9c33-a172ce018c81\"",
    "\"{91d6528e-cc6b-4027-9c33-a172ce018c81}\"",
    "\"91D6528ECC6B40279C33A172CE018C81\"",
    "\"urn:uuid:91d6528e-cc6b-4027-9c33-a172ce018c81\"",
    "\"MEMBER\"",
    "\"LEAD\"",
    "\"member\"",
    "\"Session Booked\"",
    "\"ClassesBooked\"",
    "\"classes_booked\"",
    "\"Test\"",
    "\"\u{feff}\"",
    "\"\u{200b}\"",
    "\"e\u{301}\"",
    "\"\u{1F600}\"",
    "\"\u{2028}\"",
    "\"\t\"",
    "\u{feff}",
    "\u{a0}",
    ",",
    ":",
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
    "/* */",
    "//",
    "\n",
    "\r",
    "\r\n",
    "\r\n\r\n",
    "\n\n",
    "POST /hooks HTTP/1.1\r\n",
    "Content-Length: 5\r\n",
    "X-PerfectGym-Request: r-1\r\n",
    "X-PerfectGym-Signature: 00112233445566778899aabbccddeeff\r\n",
    "Host: x\n",
];

/// A seed with the spans edits may replace.
pub struct Prepared {
    pub text: String,
    /// Strings, numbers, booleans and nulls (never containers), in text order.
    pub scalars: Vec<Span>,
    /// Object keys with their quotes.
    pub keys: Vec<Span>,
}

impl Prepared {
    pub fn new(text: String) -> Prepared {
        let offset = split_paste(&text).request().map_or(0, |r| r.body_offset);
        let (mut scalars, mut keys) = (Vec::new(), Vec::new());
        if let Ok(root) = parse_at(&text, offset) {
            collect(&root, &mut scalars, &mut keys);
        }
        Prepared {
            text,
            scalars,
            keys,
        }
    }
}

fn collect(node: &Node, scalars: &mut Vec<Span>, keys: &mut Vec<Span>) {
    match &node.kind {
        NodeKind::Object(members) => {
            for m in members {
                keys.push(m.key_span);
                collect(&m.value, scalars, keys);
            }
        }
        NodeKind::Array(items) => {
            for item in items {
                collect(item, scalars, keys);
            }
        }
        _ => scalars.push(node.span),
    }
}

/// Every seed of `crate::seeds::all`, prepared once per process.
pub fn prepared() -> &'static [Prepared] {
    static PREPARED: OnceLock<Vec<Prepared>> = OnceLock::new();
    PREPARED.get_or_init(|| {
        crate::seeds::all()
            .iter()
            .map(|s| Prepared::new(s.text.clone()))
            .collect()
    })
}

/// The seed after the edits `input` describes: first up to 7 replacements of scalars or keys, then
/// up to 3 structural edits. Always valid UTF-8; an empty input leaves the seed unchanged.
pub fn mutate(seed: &Prepared, input: &mut Input) -> String {
    let mut replacements: Vec<(Span, String)> = Vec::new();
    for _ in 0..input.byte() % 8 {
        let on_key = input.flag();
        let spans = if on_key { &seed.keys } else { &seed.scalars };
        let Some(&span) = spans.get(input.below(spans.len())) else {
            continue;
        };
        let with = replacement(seed, on_key, input);
        replacements.push((span, with));
    }
    // Right to left, so every span still points at the text it was found in; one edit per span.
    replacements.sort_by_key(|r| std::cmp::Reverse(r.0.start));
    replacements.dedup_by(|a, b| a.0.start == b.0.start);
    let mut text = seed.text.clone();
    for (span, with) in replacements {
        if text.is_char_boundary(span.start) && text.is_char_boundary(span.end) {
            text.replace_range(span.start..span.end, &with);
        }
    }
    for _ in 0..input.byte() % 4 {
        structural(&mut text, input);
    }
    text
}

fn replacement(seed: &Prepared, on_key: bool, input: &mut Input) -> String {
    match input.byte() % 4 {
        0 => TOKENS[input.below(TOKENS.len())].to_owned(),
        // Another value (or key) of the same payload: realistic, often of the wrong type for the field.
        1 => {
            let spans = if input.flag() {
                &seed.keys
            } else {
                &seed.scalars
            };
            spans
                .get(input.below(spans.len()))
                .and_then(|s| seed.text.get(s.start..s.end))
                .unwrap_or("null")
                .to_owned()
        }
        // Raw text from the fuzzer between quotes (escapes and all, as it comes).
        2 => format!("\"{}\"", input.field()),
        // The same key in another case, or raw text where a scalar was.
        _ if on_key => format!("\"{}\"", input.field().to_uppercase()),
        _ => input.field(),
    }
}

/// A character boundary at or before a position the input picks.
fn position(text: &str, input: &mut Input) -> usize {
    let wanted = input.below(text.len() + 1);
    (0..=wanted)
        .rev()
        .find(|&p| text.is_char_boundary(p))
        .unwrap_or(0)
}

/// A span `start..end` on character boundaries, at most 4 KB long.
fn span(text: &str, input: &mut Input) -> (usize, usize) {
    let start = position(text, input);
    let wanted = (start + usize::from(input.u16()) % 4096).min(text.len());
    let end = (start..=wanted)
        .rev()
        .find(|&p| text.is_char_boundary(p))
        .unwrap_or(start);
    (start, end)
}

fn structural(text: &mut String, input: &mut Input) {
    match input.byte() % 9 {
        0 => {
            let (start, end) = span(text, input);
            text.replace_range(start..end, "");
        }
        1 => {
            let (start, end) = span(text, input);
            let copy = text[start..end].to_owned();
            let at = position(text, input);
            if text.len() + copy.len() <= MAX_LEN {
                text.insert_str(at, &copy);
            }
        }
        2 => {
            let token = TOKENS[input.below(TOKENS.len())];
            let at = position(text, input);
            text.insert_str(at, token);
        }
        3 => {
            let raw = input.field();
            let at = position(text, input);
            if text.len() + raw.len() <= MAX_LEN {
                text.insert_str(at, &raw);
            }
        }
        4 => {
            let depth = usize::from(input.u16()) % MAX_NESTING;
            let (open, close) = if input.flag() {
                ("[", "]")
            } else {
                ("{\"a\":", "}")
            };
            let (start, end) = span(text, input);
            if text.len() + depth * (open.len() + close.len()) <= MAX_LEN {
                text.insert_str(end, &close.repeat(depth));
                text.insert_str(start, &open.repeat(depth));
            }
        }
        5 => {
            let (start, end) = span(text, input);
            let copy = text[start..end].to_owned();
            let times = usize::from(input.u16()) % MAX_REPEAT;
            if text.len() + copy.len() * times <= MAX_LEN {
                text.insert_str(end, &copy.repeat(times));
            }
        }
        6 => {
            let line_end = if input.flag() { "\r\n" } else { "\r" };
            *text = text.replace("\r\n", "\n").replace('\n', line_end);
        }
        7 => {
            let at = position(text, input);
            text.truncate(at);
        }
        _ => {
            let (start, end) = span(text, input);
            let changed = if input.flag() {
                text[start..end].to_uppercase()
            } else {
                text[start..end].to_lowercase()
            };
            if text.len() + changed.len() <= MAX_LEN {
                text.replace_range(start..end, &changed);
            }
        }
    }
}
