//! Splits one shell command line into words as a POSIX shell would for the quoting people use with
//! `curl`: plain words with backslash escapes and `\`-newline continuations, '…', "…" and $'…'. Each
//! word keeps the span of its text in the paste, so a reader can point at an argument.

use crate::domain::json::Span;

/// A command with more words than this is not one anybody types.
const MAX_WORDS: usize = 4096;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    /// From the word's first byte to its last, quotes included.
    pub span: Span,
}

impl Word {
    /// The span inside the word's quotes (for a word written as one quoted string), else the word.
    pub fn inner(&self, paste: &str) -> Span {
        let raw = paste
            .get(self.span.start..self.span.end)
            .unwrap_or_default();
        let quoted = |open: &str, close: char| {
            raw.strip_prefix(open)
                .and_then(|r| r.strip_suffix(close))
                .is_some_and(|inside| !inside.contains(close) || close == '"')
        };
        let skip = if raw.starts_with("$'") && quoted("$'", '\'') {
            2
        } else if quoted("'", '\'') || quoted("\"", '"') {
            1
        } else {
            0
        };
        let end = if skip > 0 {
            self.span.end.saturating_sub(1)
        } else {
            self.span.end
        };
        Span::new(
            self.span.start.saturating_add(skip),
            end.max(self.span.start),
        )
    }
}

/// The words of the command starting at byte `from`, up to an unquoted line end, `;`, `|` or `&`.
pub fn words(text: &str, from: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut chars = text
        .get(from..)
        .unwrap_or_default()
        .char_indices()
        .peekable();
    let mut word: Option<(usize, String)> = None;
    let mut end = from;
    let at = |i: usize| from.saturating_add(i);
    while let Some((i, c)) = chars.next() {
        if out.len() >= MAX_WORDS {
            break;
        }
        let start = word.as_ref().map_or(at(i), |(s, _)| *s);
        match c {
            '\\' if chars.peek().is_some_and(|(_, n)| *n == '\n' || *n == '\r') => {
                // A continuation: the line break is no separator.
                while chars.next_if(|(_, n)| *n == '\r' || *n == '\n').is_some() {}
                finish(&mut word, &mut out, end);
                continue;
            }
            ' ' | '\t' => {
                finish(&mut word, &mut out, end);
                continue;
            }
            '\n' | '\r' | ';' | '|' | '&' => break,
            _ => {}
        }
        let buf = &mut word.get_or_insert_with(|| (start, String::new())).1;
        match c {
            '\\' => {
                if let Some((j, n)) = chars.next() {
                    buf.push(n);
                    end = at(j).saturating_add(n.len_utf8());
                }
            }
            '\'' => end = single(&mut chars, buf, at),
            '"' => end = double(&mut chars, buf, at),
            '$' if chars.peek().is_some_and(|(_, n)| *n == '\'') => {
                chars.next();
                end = ansi(&mut chars, buf, at);
            }
            _ => {
                buf.push(c);
                end = at(i).saturating_add(c.len_utf8());
            }
        }
    }
    finish(&mut word, &mut out, end);
    out
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

fn finish(word: &mut Option<(usize, String)>, out: &mut Vec<Word>, end: usize) {
    if let Some((start, text)) = word.take() {
        out.push(Word {
            text,
            span: Span::new(start, end.max(start)),
        });
    }
}

fn single(chars: &mut Chars, buf: &mut String, at: impl Fn(usize) -> usize) -> usize {
    let mut end = 0;
    for (i, c) in chars.by_ref() {
        end = at(i).saturating_add(1);
        if c == '\'' {
            return end;
        }
        buf.push(c);
        end = at(i).saturating_add(c.len_utf8());
    }
    end
}

fn double(chars: &mut Chars, buf: &mut String, at: impl Fn(usize) -> usize) -> usize {
    let mut end = 0;
    while let Some((i, c)) = chars.next() {
        end = at(i).saturating_add(c.len_utf8());
        match c {
            '"' => return end,
            '\\' => match chars.next_if(|(_, n)| matches!(n, '$' | '`' | '"' | '\\' | '\n')) {
                Some((j, '\n')) => end = at(j).saturating_add(1),
                Some((j, n)) => {
                    buf.push(n);
                    end = at(j).saturating_add(1);
                }
                None => buf.push('\\'),
            },
            _ => buf.push(c),
        }
    }
    end
}

/// `$'…'`: the C-like escapes bash reads there.
fn ansi(chars: &mut Chars, buf: &mut String, at: impl Fn(usize) -> usize) -> usize {
    let mut end = 0;
    while let Some((i, c)) = chars.next() {
        end = at(i).saturating_add(c.len_utf8());
        match c {
            '\'' => return end,
            '\\' => {
                if let Some((j, n)) = chars.next() {
                    end = at(j).saturating_add(n.len_utf8());
                    buf.push(match n {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        other => other,
                    });
                }
            }
            _ => buf.push(c),
        }
    }
    end
}
