//! The literals Node's `util.inspect` and Python's `repr` print — `{ host: 'x', 'x-a': '1' }`,
//! `IncomingMessage { … }`, `[Object]`, `<Buffer 7b 22>`, `{'Host': 'x'}`, `b'{"a": 1}'`,
//! `EnvironHeaders([('Host', 'x')])`, `True`/`None` — read tolerantly into a tree with spans. What the
//! printer cut short (`[Object]`, `... 3 more items`, `<ref *1>`) is kept as `Elided`, so a reader can say
//! so. Nesting is bounded, and anything unrecognised ends the value it is in, never the page.

use crate::domain::json::Span;

const MAX_DEPTH: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lit {
    /// `{ key: value }` or `{'key': value}`; a class name before it (`IncomingMessage {`) is dropped.
    Object(Vec<(Span, Lit)>, Span),
    /// `[a, b]`, or a tuple `(a, b)`.
    List(Vec<Lit>, Span),
    /// A quoted string, quotes (and a `b` prefix) included.
    Str(Span),
    Number(Span),
    /// `true`, `False`, `None`, `undefined`, a bare name.
    Word(Span),
    /// What the printer left out: `[Object]`, `[Array]`, `[Circular *1]`, `<Buffer …>`, `... 3 more items`.
    Elided(Span),
}

impl Lit {
    pub fn span(&self) -> Span {
        match self {
            Lit::Object(_, s) | Lit::List(_, s) => *s,
            Lit::Str(s) | Lit::Number(s) | Lit::Word(s) | Lit::Elided(s) => *s,
        }
    }

    /// The member whose key reads `key` (quoted or bare).
    pub fn get<'a>(&'a self, text: &str, key: &str) -> Option<&'a Lit> {
        let Lit::Object(members, _) = self else {
            return None;
        };
        members
            .iter()
            .find(|(k, _)| k.slice(text).map(unquote) == Some(key))
            .map(|(_, v)| v)
    }
}

/// A key or word without its quotes.
pub fn unquote(s: &str) -> &str {
    s.trim_matches(['\'', '"', '`'])
}

/// The literal starting at (or after whitespace from) `at`, and where it ends.
pub fn parse(text: &str, at: usize) -> Option<Lit> {
    Parser { text, at }.value(0)
}

struct Parser<'t> {
    text: &'t str,
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }
    fn skip_space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at = self.at.saturating_add(1);
        }
    }
    fn eat(&mut self, b: u8) -> bool {
        self.skip_space();
        let hit = self.peek() == Some(b);
        if hit {
            self.at = self.at.saturating_add(1);
        }
        hit
    }
    /// From an opening bracket, moves past everything up to (not including) the byte `close`, nested
    /// brackets skipped.
    fn skip_to(&mut self, close: u8) {
        self.at = self.at.saturating_add(1);
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'[' | b'{' | b'(' | b'<' => depth = depth.saturating_add(1),
                _ if b == close && depth == 0 => return,
                b']' | b'}' | b')' | b'>' => depth = depth.saturating_sub(1),
                _ => {}
            }
            self.at = self.at.saturating_add(1);
        }
    }

    fn value(&mut self, depth: usize) -> Option<Lit> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        let start = self.at;
        match self.peek()? {
            b'{' => self.object(depth),
            b'(' => self.list(b')', depth),
            b'[' if self
                .text
                .as_bytes()
                .get(start.saturating_add(1))
                .is_some_and(u8::is_ascii_alphabetic) =>
            {
                self.skip_to(b']');
                self.at = self.at.saturating_add(1);
                // `[Object: null prototype] { … }`: a label before the value it describes.
                let next = self.text.get(self.at..).unwrap_or_default().trim_start();
                if next.starts_with(['{', '[']) {
                    return self.value(depth.saturating_add(1));
                }
                Some(Lit::Elided(Span::new(start, self.at)))
            }
            b'[' => self.list(b']', depth),
            b'<' => {
                self.skip_to(b'>');
                self.at = self.at.saturating_add(1);
                // `<ref *1> IncomingMessage {…}`: the reference mark names what follows.
                let elided = Span::new(start, self.at);
                let next = self.text.get(self.at..).unwrap_or_default().trim_start();
                if next.starts_with(|c: char| c.is_ascii_alphabetic() || c == '{') {
                    return self.value(depth.saturating_add(1));
                }
                Some(Lit::Elided(elided))
            }
            b'\'' | b'"' | b'`' => self.string(start),
            b'b' if matches!(
                self.text.as_bytes().get(start.saturating_add(1)),
                Some(b'\'' | b'"')
            ) =>
            {
                self.at = self.at.saturating_add(1);
                self.string(start)
            }
            b'.' => {
                // `... 12 more items`: up to the next separator.
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b']' | b'}' | b')'))
                {
                    self.at = self.at.saturating_add(1);
                }
                Some(Lit::Elided(Span::new(start, self.at)))
            }
            b if b.is_ascii_digit() || b == b'-' || b == b'+' => {
                self.word_end();
                Some(Lit::Number(Span::new(start, self.at)))
            }
            b if b.is_ascii_alphabetic() || b == b'_' || b == b'$' => {
                self.word_end();
                let word = Span::new(start, self.at);
                // A class or call name before the value it names: `IncomingMessage {`, `Headers([…])`.
                self.skip_space();
                if matches!(self.peek(), Some(b'{' | b'(')) {
                    let inner = self.value(depth.saturating_add(1))?;
                    return Some(match inner {
                        Lit::List(items, _) if items.len() == 1 => items.into_iter().next()?,
                        other => other,
                    });
                }
                Some(Lit::Word(word))
            }
            _ => None,
        }
    }

    fn word_end(&mut self) {
        while self.peek().is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.' | b'-' | b'+')
        }) {
            self.at = self.at.saturating_add(1);
        }
    }

    fn string(&mut self, start: usize) -> Option<Lit> {
        let quote = self.peek()?;
        self.at = self.at.saturating_add(1);
        loop {
            match self.peek()? {
                b'\\' => self.at = self.at.saturating_add(2),
                b if b == quote => break,
                _ => self.at = self.at.saturating_add(1),
            }
        }
        self.at = self.at.saturating_add(1);
        Some(Lit::Str(Span::new(start, self.at)))
    }

    fn object(&mut self, depth: usize) -> Option<Lit> {
        let start = self.at;
        self.at = self.at.saturating_add(1);
        let mut members = Vec::new();
        loop {
            if self.eat(b'}') {
                return Some(Lit::Object(members, Span::new(start, self.at)));
            }
            self.skip_space();
            let key = self.key()?;
            if !self.eat(b':') {
                return None;
            }
            let value = self.value(depth.saturating_add(1))?;
            members.push((key, value));
            if !self.eat(b',') && !matches!(self.peek(), Some(b'}')) {
                return None;
            }
        }
    }

    /// A key: quoted, bare, or bracketed (`[Symbol(kHeaders)]`).
    fn key(&mut self) -> Option<Span> {
        let start = self.at;
        match self.peek()? {
            b'\'' | b'"' | b'`' => self.string(start).map(|l| l.span()),
            b'[' => {
                self.skip_to(b']');
                self.at = self.at.saturating_add(1);
                Some(Span::new(start, self.at))
            }
            _ => {
                self.word_end();
                (self.at > start).then(|| Span::new(start, self.at))
            }
        }
    }

    fn list(&mut self, close: u8, depth: usize) -> Option<Lit> {
        let start = self.at;
        self.at = self.at.saturating_add(1);
        let mut items = Vec::new();
        loop {
            if self.eat(close) {
                return Some(Lit::List(items, Span::new(start, self.at)));
            }
            items.push(self.value(depth.saturating_add(1))?);
            if !self.eat(b',') && self.peek() != Some(close) {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(text: &str, lit: Option<&Lit>) -> Option<String> {
        lit.and_then(|l| l.span().slice(text)).map(str::to_owned)
    }

    #[test]
    fn node_inspect_output_with_its_cut_marks() {
        let text = "<ref *1> IncomingMessage {\n  _events: [Object: null prototype] { end: [Function: clearRequestTimeout] },\n  rawHeaders: [ 'Host', 'x', ... 2 more items ],\n  headers: { host: 'x', 'x-perfectgym-request': 'r\\'1' },\n  [Symbol(kHeaders)]: { host: 'x' },\n  body: { event: 'Test', data: [Object], ok: true, n: -1.5 }\n}";
        let lit = parse(text, 0).expect("a literal");
        let headers = lit.get(text, "headers");
        assert_eq!(
            text_of(
                text,
                headers.and_then(|h| h.get(text, "x-perfectgym-request"))
            )
            .as_deref(),
            Some("'r\\'1'")
        );
        let body = lit.get(text, "body").expect("body");
        assert_eq!(
            text_of(text, body.get(text, "data")).as_deref(),
            Some("[Object]")
        );
        assert!(matches!(body.get(text, "data"), Some(Lit::Elided(_))));
        assert!(matches!(body.get(text, "ok"), Some(Lit::Word(_))));
    }

    #[test]
    fn python_reprs_bytes_tuples_and_calls() {
        let text = "EnvironHeaders([('Host', 'x'), ('X-A', \"it's\")])";
        let Some(Lit::List(pairs, _)) = parse(text, 0) else {
            panic!("a list")
        };
        assert_eq!(pairs.len(), 2);
        let body = "b'{\"event\": \"Test\"}\\n'";
        assert!(matches!(parse(body, 0), Some(Lit::Str(s)) if s.slice(body) == Some(body)));
        let dict = "{'Host': 'x', 'Ok': True, 'Missing': None}";
        assert!(parse(dict, 0).is_some_and(|l| l.get(dict, "Ok").is_some()));
    }

    #[test]
    fn broken_or_deep_input_is_refused_not_a_panic() {
        assert!(parse("{ a: ", 0).is_none());
        let deep = "[".repeat(10_000);
        assert!(parse(&deep, 0).is_none());
        assert!(parse("", 0).is_none());
    }
}
