//! Line iteration that keeps byte offsets, so the body can be sliced out of the original text.
//! Lines end with LF or CRLF; the terminator is excluded from the content.

const LF: char = '\n';
const CR: char = '\r';

/// One line of the pasted text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Line<'a> {
    /// Content without its terminator.
    pub content: &'a str,
    /// 1-based line number.
    pub number: usize,
    /// Byte offset where the line starts.
    pub start: usize,
    /// Byte offset just past the terminator: where the next line starts.
    pub next_offset: usize,
}

impl Line<'_> {
    /// A line holding only spaces/tabs ends the headers like a truly empty one:
    /// pasted text often picks up trailing indentation.
    pub fn is_blank(&self) -> bool {
        self.content.chars().all(|c| c == ' ' || c == '\t')
    }
}

/// Iterator over the lines of a text, with offsets.
pub(super) struct Lines<'a> {
    text: &'a str,
    offset: usize,
    number: usize,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Lines {
            text,
            offset: 0,
            number: 0,
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        let rest = self
            .text
            .get(self.offset..)
            .filter(|rest| !rest.is_empty())?;
        // Line numbers and offsets never exceed the text's length, so these additions cannot overflow.
        self.number = self.number.saturating_add(1);
        let (raw, after) = rest.split_once(LF).unwrap_or((rest, ""));
        let content = raw.strip_suffix(CR).unwrap_or(raw);
        let start = self.offset;
        self.offset = self.text.len().saturating_sub(after.len());
        Some(Line {
            content,
            number: self.number,
            start,
            next_offset: self.offset,
        })
    }
}
