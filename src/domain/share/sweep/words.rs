//! The pass over the paste's words: at each word, the longest phrase or phone number that starts there
//! is replaced, its words by their stand-ins, its separators as they are.

use super::plan::{Phrase, Plan};
use super::{Edits, Origin};
use crate::domain::json::Span;
use crate::domain::share::text::pieces::Depth;
use crate::domain::share::text::tokens::{Cursor, Token, MAX_SEPARATOR_CHARS};
use crate::domain::share::text::{rewrite, Fit};

/// Separators allowed inside a phone number, one at a time.
const PHONE_SEPARATORS: [&str; 6] = [" ", "-", ".", "(", ")", "/"];
/// Groups of digits a phone number is written in, at most.
const MAX_PHONE_GROUPS: usize = 6;

pub fn sweep(text: &str, plan: &Plan, depth: Depth, edits: &mut Edits) {
    let mut cursor = Cursor::new(text, 0, depth);
    while let Some((_, token)) = cursor.next_token() {
        let mut best: Option<(usize, String, Origin)> = None;
        let mut consider = |end: usize, replacement: String, origin: Origin| {
            if best.as_ref().is_none_or(|(e, _, _)| end > *e) {
                best = Some((end, replacement, origin));
            }
        };
        for &i in plan.index.get(&token.lower).into_iter().flatten() {
            let Some(phrase) = plan.phrases.get(i) else {
                continue;
            };
            if let Some(end) = matches(phrase, &token, cursor.clone()) {
                let mut chars = phrase.standin.iter().flat_map(|w| w.chars());
                let replaced =
                    rewrite(text, Span::new(token.start, end), depth, phrase.fit, || {
                        chars.next()
                    });
                consider(end, replaced, phrase.origin);
            }
        }
        if token.digits {
            if let Some((end, replacement, id)) = phone(text, plan, depth, &token, cursor.clone()) {
                consider(end, replacement, Origin::Value(id));
            }
        }
        if let Some((end, replacement, origin)) = best {
            if edits.add(Span::new(token.start, end), replacement, origin) {
                cursor = Cursor::new(text, end, depth);
            }
        }
    }
}

/// Where `phrase` ends when it starts at `first` (the cursor just after it).
fn matches(phrase: &Phrase, first: &Token, mut cursor: Cursor) -> Option<usize> {
    let same = |word: &str, token: &Token| match phrase.exact_case {
        true => token.text == word,
        false => token.lower == word,
    };
    if !same(phrase.words.first()?, first) {
        return None;
    }
    let mut end = first.end;
    for (word, sep) in phrase.words.iter().zip(&phrase.seps).skip(1) {
        let (between, token) = cursor.next_token()?;
        if !separator(sep, &between, phrase.flex) || !same(word, &token) {
            return None;
        }
        end = token.end;
    }
    Some(end)
}

/// Whether the text's separator `found` stands for the value's `expected`.
fn separator(expected: &str, found: &str, flex: bool) -> bool {
    if found.chars().count() > MAX_SEPARATOR_CHARS {
        return false;
    }
    if !flex {
        return expected == found;
    }
    let space = |c: char| c.is_whitespace() || c == '+';
    let marks = |s: &str| s.chars().filter(|c| !space(*c)).collect::<String>();
    let (e, f) = (marks(expected), marks(found));
    // Punctuation must agree; a space must be some space (or punctuation around which spacing is free).
    e == f
        && (expected.is_empty() == found.is_empty())
        && (!e.is_empty() || !expected.chars().any(space) || found.chars().any(space))
}

/// The longest known phone number starting at `first`: its end, its replacement and value.
fn phone(
    text: &str,
    plan: &Plan,
    depth: Depth,
    first: &Token,
    mut cursor: Cursor,
) -> Option<(usize, String, usize)> {
    if plan.phones.is_empty() {
        return None;
    }
    let mut groups = vec![first.clone()];
    while groups.len() < MAX_PHONE_GROUPS {
        let Some((sep, token)) = cursor.next_token() else {
            break;
        };
        if !token.digits || !PHONE_SEPARATORS.contains(&sep.as_str()) {
            break;
        }
        groups.push(token);
    }
    (1..=groups.len()).rev().find_map(|n| {
        let taken = groups.get(..n)?;
        let digits: String = taken.iter().map(|t| t.text.as_str()).collect();
        let (fake, id) = plan.phones.get(&digits)?;
        let end = taken.last()?.end;
        let mut chars = fake.chars();
        let replaced = rewrite(text, Span::new(first.start, end), depth, Fit::Shape, || {
            chars.next()
        });
        Some((end, replaced, *id))
    })
}
