//! Words of the paste, read through any spelling (`pieces`): maximal runs of letters, or of digits, with
//! the separators between them. Values are matched token by token, so a match always starts and ends
//! at a word's edge ("Ann" never matches inside "Annabel", "1983" is found inside "1983-05-15T00:00").

use super::pieces::{decode_at, Depth, Piece};

/// A separator longer than this (in logical characters) ends any phrase: a value's words sit close.
pub const MAX_SEPARATOR_CHARS: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub digits: bool,
    /// The word as decoded.
    pub text: String,
    /// The word with every character lowered one for one (same character count).
    pub lower: String,
}

/// The kind of a character inside a word: `None` for a separator.
pub fn class(ch: char) -> Option<bool> {
    if ch.is_ascii_digit() {
        Some(true)
    } else if ch.is_alphanumeric() {
        Some(false)
    } else {
        None
    }
}

/// A character lowered to one character, so a word keeps its length (`İ` stays as it is).
pub fn lower(ch: char) -> char {
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => ch,
    }
}

/// A cursor over the words of `text` from a byte offset.
#[derive(Clone)]
pub struct Cursor<'a> {
    text: &'a str,
    at: usize,
    depth: Depth,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, at: usize, depth: Depth) -> Self {
        Cursor { text, at, depth }
    }

    /// The next word, and the logical characters between the cursor and it (up to
    /// `MAX_SEPARATOR_CHARS` + 1 of them: more means "far").
    pub fn next_token(&mut self) -> Option<(String, Token)> {
        let mut separator = String::new();
        let mut seen = 0usize;
        loop {
            let piece = self.piece()?;
            if class(piece.ch).is_some() {
                break;
            }
            if seen <= MAX_SEPARATOR_CHARS {
                separator.push(piece.ch);
            }
            seen = seen.saturating_add(1);
            self.at = piece.end;
        }
        let first = self.piece()?;
        let digits = class(first.ch) == Some(true);
        let mut token = Token {
            start: first.start,
            end: first.start,
            digits,
            text: String::new(),
            lower: String::new(),
        };
        while let Some(piece) = self.piece().filter(|p| class(p.ch) == Some(digits)) {
            token.text.push(piece.ch);
            token.lower.push(lower(piece.ch));
            token.end = piece.end;
            self.at = piece.end;
        }
        Some((separator, token))
    }

    fn piece(&self) -> Option<Piece> {
        decode_at(self.text, self.at, self.depth).or_else(|| {
            // Inside a UTF-8 sequence (never, from a char boundary): step over the byte.
            (self.at < self.text.len()).then(|| Piece {
                ch: '\u{fffd}',
                start: self.at,
                end: self.at.saturating_add(1),
                style: super::pieces::Style::Raw,
            })
        })
    }
}

/// The words of `value` (already decoded text) and the separators between them: `seps[i]` comes
/// before `words[i]`; the last separator (after the last word) is in `tail`.
pub fn split(value: &str) -> (Vec<String>, Vec<String>, String) {
    let mut words: Vec<String> = Vec::new();
    let mut seps = Vec::new();
    let mut current = String::new();
    let mut kind: Option<bool> = None;
    for ch in value.chars() {
        match (class(ch), kind) {
            (Some(k), Some(prev)) if k == prev => {
                if let Some(w) = words.last_mut() {
                    w.push(ch)
                }
            }
            (Some(k), _) => {
                seps.push(std::mem::take(&mut current));
                words.push(ch.to_string());
                kind = Some(k);
            }
            (None, _) => {
                current.push(ch);
                kind = None;
            }
        }
    }
    (words, seps, current)
}
