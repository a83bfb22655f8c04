//! The paste read one logical character at a time, whatever spelling carries it: raw UTF-8, a JSON
//! `\uXXXX` escape (behind any number of backslashes, as JSON inside a JSON string has), a short escape
//! (`\"`, `\n`), a `%XX` sequence (form bodies, URLs), `\xXX` (server logs) or the shell's `'\''`. A value
//! is found in any of them, and a replacement is written back in the spelling it replaces, one logical
//! character for one, so every byte length (and so every Content-Length, chunk size and offset) stays.

use std::fmt::Write;

/// More backslashes than this in front of an escape is not a spelling anyone pastes.
const MAX_SLASHES: usize = 15;

/// How one logical character is spelled in the paste.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Raw,
    /// `\uXXXX` (a surrogate pair outside the BMP) after `slashes` backslashes.
    Unicode {
        slashes: u8,
        upper: bool,
    },
    /// A backslash escape of one character (`\"`, `\/`, `\n`): the character it stands for.
    Short {
        slashes: u8,
    },
    /// `%XX` for each UTF-8 byte.
    Percent {
        upper: bool,
    },
    /// `%5Cu00XX`: a JSON escape inside a percent-encoded form field.
    PercentUnicode {
        upper: bool,
    },
    /// `\xXX`, one ASCII byte.
    Hex {
        slashes: u8,
        upper: bool,
    },
    /// `'\''`: a quote inside a single-quoted shell word.
    ShellQuote,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub ch: char,
    pub start: usize,
    pub end: usize,
    pub style: Style,
}

impl Piece {
    pub fn is_alnum(&self) -> bool {
        self.ch.is_alphanumeric()
    }
}

/// How deep in JSON-inside-JSON-strings the text is read: 1 for JSON (`\n` is an escape, `\\` a
/// backslash), 2 for JSON inside a JSON string (`\\n`, `\\\\`), 4 for a third level. The same
/// backslashes mean different things at each depth, so the sweep reads the paste at each in turn.
pub type Depth = u8;
pub const DEPTHS: [Depth; 3] = [1, 2, 4];

/// The logical character that starts at byte `at`, read at `depth` (`None` at the end).
pub fn decode_at(text: &str, at: usize, depth: Depth) -> Option<Piece> {
    let bytes = text.as_bytes();
    let raw = |ch: char| Piece {
        ch,
        start: at,
        end: at.saturating_add(ch.len_utf8()),
        style: Style::Raw,
    };
    match *bytes.get(at)? {
        b'\\' => Some(backslashed(text, at, depth).unwrap_or_else(|| raw('\\'))),
        b'%' => Some(
            backslashed(text, at, depth)
                .or_else(|| percent(bytes, at))
                .unwrap_or_else(|| raw('%')),
        ),
        b'\'' if bytes.get(at..at.saturating_add(4)) == Some(b"'\\''") => Some(Piece {
            ch: '\'',
            start: at,
            end: at.saturating_add(4),
            style: Style::ShellQuote,
        }),
        _ => text.get(at..)?.chars().next().map(raw),
    }
}

/// A run of backslashes read at `depth` (the number of backslashes that start an escape there): a
/// backslash written twice that many times is one backslash; that many before an escape letter is the
/// escape; fewer belong to a shallower level (a pretty-printed inner body's `\n`). A quote the depth's
/// content holds has one backslash less than twice the depth (`\"` at 1, `\\\"` at 2).
fn backslashed(text: &str, at: usize, depth: Depth) -> Option<Piece> {
    let bytes = text.as_bytes();
    let unit = usize::from(depth.max(1));
    // The run's backslashes, raw or `%5C` (a form field's JSON): where each ends.
    let mut ends = Vec::new();
    let mut percent = false;
    let mut pos = at;
    while ends.len() <= MAX_SLASHES {
        match lower(bytes, pos) {
            Some((b'\\', end, p)) => {
                ends.push(end);
                percent |= p;
                pos = end;
            }
            _ => break,
        }
    }
    let run = ends.len();
    if run == 0 || run > MAX_SLASHES {
        return None;
    }
    let literal = unit.saturating_mul(2);
    let slashes = |n: usize| u8::try_from(n).unwrap_or(u8::MAX);
    if run >= literal {
        return Some(Piece {
            ch: '\\',
            start: at,
            end: *ends.get(literal.saturating_sub(1))?,
            style: Style::Short {
                slashes: slashes(literal),
            },
        });
    }
    let after = pos;
    let (next, next_end, _) = lower(bytes, after)?;
    let short = |ch| Piece {
        ch,
        start: at,
        end: next_end,
        style: Style::Short {
            slashes: slashes(run),
        },
    };
    if next == b'"' {
        return Some(short('"'));
    }
    if run > unit {
        return None;
    }
    match next {
        b'u' => unicode(bytes, at, after, run, percent),
        b'x' => {
            let (byte, upper) = hex(bytes, after.saturating_add(1), 2)?;
            let ch = char::from_u32(byte).filter(char::is_ascii)?;
            let style = Style::Hex {
                slashes: slashes(run),
                upper,
            };
            Some(Piece {
                ch,
                start: at,
                end: after.saturating_add(3),
                style,
            })
        }
        c @ (b'/' | b'\'') => Some(short(char::from(c))),
        b'n' => Some(short('\n')),
        b't' => Some(short('\t')),
        b'r' => Some(short('\r')),
        _ => None,
    }
}

/// One byte of the text, raw or written `%XX`: the byte, where it ends, whether it was `%XX`.
fn lower(bytes: &[u8], at: usize) -> Option<(u8, usize, bool)> {
    match *bytes.get(at)? {
        b'%' => {
            let (b, _) = hex(bytes, at.saturating_add(1), 2)?;
            Some((u8::try_from(b).ok()?, at.saturating_add(3), true))
        }
        b => Some((b, at.saturating_add(1), false)),
    }
}

/// `\uXXXX` (a surrogate pair spelled alike) after `run` backslashes ending at `after` (the `u`).
fn unicode(bytes: &[u8], at: usize, after: usize, run: usize, percent: bool) -> Option<Piece> {
    let (code, upper) = hex(bytes, after.saturating_add(1), 4)?;
    let style = match percent {
        true if run == 1 => Style::PercentUnicode { upper },
        true => return None,
        false => Style::Unicode {
            slashes: u8::try_from(run).ok()?,
            upper,
        },
    };
    let first_end = after.saturating_add(5);
    if let Some(ch) = char::from_u32(code) {
        return Some(Piece {
            ch,
            start: at,
            end: first_end,
            style,
        });
    }
    // A high surrogate: the low one must follow, spelled alike.
    let prefix = first_end.saturating_sub(at).saturating_sub(4);
    let low_start = first_end;
    let same = bytes.get(low_start..low_start.saturating_add(prefix))?
        == bytes.get(at..at.saturating_add(prefix))?;
    if !same || !(0xD800..0xDC00).contains(&code) {
        return None;
    }
    let (low, _) = hex(bytes, low_start.saturating_add(prefix), 4)?;
    let ch = char::decode_utf16([code as u16, low as u16]).next()?.ok()?;
    Some(Piece {
        ch,
        start: at,
        end: low_start.saturating_add(prefix).saturating_add(4),
        style,
    })
}

/// One `%XX`, or the `%XX` sequence of one multi-byte UTF-8 character.
fn percent(bytes: &[u8], at: usize) -> Option<Piece> {
    let (first, upper) = hex(bytes, at.saturating_add(1), 2)?;
    let first = u8::try_from(first).ok()?;
    let len = match first {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let mut utf8 = vec![first];
    for i in 1..len as usize {
        let p = at.saturating_add(i.saturating_mul(3));
        if bytes.get(p) != Some(&b'%') {
            return None;
        }
        let (b, _) = hex(bytes, p.saturating_add(1), 2)?;
        utf8.push(u8::try_from(b).ok()?);
    }
    let ch = std::str::from_utf8(&utf8).ok()?.chars().next()?;
    Some(Piece {
        ch,
        start: at,
        end: at.saturating_add((len as usize).saturating_mul(3)),
        style: Style::Percent { upper },
    })
}

/// `digits` hex digits at `at`, and whether any letter among them was upper case.
fn hex(bytes: &[u8], at: usize, digits: usize) -> Option<(u32, bool)> {
    let part = bytes.get(at..at.checked_add(digits)?)?;
    let mut value = 0u32;
    for b in part {
        value = value
            .checked_mul(16)?
            .checked_add(char::from(*b).to_digit(16)?)?;
    }
    Some((value, part.iter().any(u8::is_ascii_uppercase)))
}

/// Writes `ch` spelled as `style` spells characters. Only letters and digits are ever rewritten; a
/// style that cannot spell `ch` (a short escape) gets it raw.
pub fn encode(ch: char, style: Style, out: &mut String) {
    let slashes = |n: u8, out: &mut String| out.extend(std::iter::repeat_n('\\', usize::from(n)));
    match style {
        Style::Unicode { slashes: n, upper } => {
            for unit in ch.encode_utf16(&mut [0; 2]) {
                slashes(n, out);
                let _ = match upper {
                    true => write!(out, "u{unit:04X}"),
                    false => write!(out, "u{unit:04x}"),
                };
            }
        }
        Style::Percent { upper } => {
            for b in ch.encode_utf8(&mut [0; 4]).bytes() {
                let _ = match upper {
                    true => write!(out, "%{b:02X}"),
                    false => write!(out, "%{b:02x}"),
                };
            }
        }
        Style::PercentUnicode { upper } if ch.len_utf16() == 1 => {
            let unit = u32::from(ch);
            let _ = match upper {
                true => write!(out, "%5Cu{unit:04X}"),
                false => write!(out, "%5Cu{unit:04x}"),
            };
        }
        Style::Hex { slashes: n, upper } if ch.is_ascii() => {
            slashes(n, out);
            let _ = match upper {
                true => write!(out, "x{:02X}", u32::from(ch)),
                false => write!(out, "x{:02x}", u32::from(ch)),
            };
        }
        _ => out.push(ch),
    }
}

/// Every logical character of `text` from `from` to `to`, in order, read at `depth`.
pub fn pieces(
    text: &str,
    from: usize,
    to: usize,
    depth: Depth,
) -> impl Iterator<Item = Piece> + '_ {
    let mut at = from;
    std::iter::from_fn(move || {
        if at >= to {
            return None;
        }
        let piece = decode_at(text, at, depth)
            .filter(|p| p.end <= to)
            .or_else(|| {
                let ch = text.get(at..)?.chars().next()?;
                Some(Piece {
                    ch,
                    start: at,
                    end: at.saturating_add(ch.len_utf8()),
                    style: Style::Raw,
                })
            })?;
        at = piece.end;
        Some(piece)
    })
}
