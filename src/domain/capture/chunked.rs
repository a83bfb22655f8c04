//! A `Transfer-Encoding: chunked` body (`size CRLF data CRLF … 0 CRLF CRLF`), found where its chunks'
//! data lie in the paste so the joined body is read directly, every byte still pointing at its place.

use crate::domain::json::Span;

/// The chunks of a chunked body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunks {
    /// Where each chunk's data is in the text.
    pub data: Vec<Span>,
    /// The first chunk-size line (where a note about the chunking points).
    pub first_size: Span,
    /// Just past the last-chunk line (`0`) and the blank line after it, when present.
    pub end: usize,
}

/// Reads the chunked body starting at `start` and ending before `limit`; `None` when it is not one
/// (LF alone is accepted after sizes and data: pastes lose CRs).
pub fn read(text: &str, start: usize, limit: usize) -> Option<Chunks> {
    let mut at = start;
    let mut data = Vec::new();
    let mut first_size = None;
    loop {
        let rest = text.get(at..limit)?;
        let line_len = rest.find('\n')?;
        let line = rest.get(..line_len)?.trim_end_matches('\r');
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        first_size.get_or_insert(Span::new(at, at.saturating_add(line.len())));
        at = at.saturating_add(line_len).saturating_add(1);
        if size == 0 {
            // The blank line that ends the body (trailers are not read).
            let after = text.get(at..limit).unwrap_or_default();
            let blank = if after.starts_with("\r\n") {
                2
            } else {
                usize::from(after.starts_with('\n'))
            };
            return (!data.is_empty()).then(|| Chunks {
                data,
                first_size: first_size.unwrap_or(Span::new(start, start)),
                end: at.saturating_add(blank),
            });
        }
        let end = at.checked_add(size).filter(|e| *e <= limit)?;
        // A size that cuts a character in two is no chunk of this text.
        text.get(at..end)?;
        data.push(Span::new(at, end));
        let after = text.get(end..limit).unwrap_or_default();
        at = end.saturating_add(if after.starts_with("\r\n") {
            2
        } else {
            usize::from(after.starts_with('\n'))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_found_where_they_lie() {
        let text = "HEAD\r\n\r\n7\r\n{\"a\": 1\r\n1;ext=x\r\n}\r\n0\r\n\r\nHTTP/1.1 200 OK";
        let start = text.find("7\r\n").unwrap_or(0);
        let c = read(text, start, text.len()).expect("chunked");
        let joined: String = c.data.iter().filter_map(|s| s.slice(text)).collect();
        assert_eq!(joined, "{\"a\": 1}");
        assert_eq!(c.first_size.slice(text), Some("7"));
        assert_eq!(text.get(c.end..), Some("HTTP/1.1 200 OK"));
    }

    #[test]
    fn what_is_not_chunked_is_refused() {
        for body in ["{\"a\": 1}", "zz\n{}\n0\n\n", "5\nab\n0\n\n", "0\n\n"] {
            assert!(read(body, 0, body.len()).is_none(), "{body:?}");
        }
        assert!(read("3\nab", 0, 4).is_none(), "cut short");
    }
}
