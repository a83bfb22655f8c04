//! One raw request as a socket saw it: the head, then the body up to where it really ends — a chunked
//! body's last chunk, or the receiver's answer that follows it in a TCP stream copied from Wireshark
//! (`HTTP/1.1 100 Continue`, then `HTTP/1.1 200 OK`, glued right after the body's last byte) — and that
//! answer. Without an answer or chunks the request is the paste's bytes as they are, so a Content-Length
//! check still says whether the paste added a final line break.

use super::chunked;
use super::lines::lines_from;
use super::offsets::Builder;
use super::response::answer;
use super::scan::{skip_space, value_end};
use super::{Delivery, Note};
use crate::domain::diagnostic::Kind;
use crate::domain::http::{split_paste, status_line, Paste, RawRequest};
use crate::domain::json::Span;

const TRANSFER_ENCODING: &str = "Transfer-Encoding";
const CHUNKED: &str = "chunked";
const CONTENT_LENGTH: &str = "Content-Length";
const STATUS_START: &str = "HTTP/";
const CONTINUE: u16 = 100;
/// Bytes of a candidate status line looked at (`HTTP/1.1 200 ` and a reason's start).
const STATUS_PEEK: usize = 40;

/// The request in `span` of `text`, and whether the receiver's answer followed it.
pub fn request(text: &str, span: Span) -> (Delivery, bool) {
    let Some(Paste::Request(req)) = span.slice(text).map(split_paste) else {
        return (Delivery::slice(text, span), false);
    };
    let head_end = span.start.saturating_add(req.body_offset);
    let body_start = past_continue(text, head_end, span.end).unwrap_or(head_end);
    let mut notes = Vec::new();
    let (pieces, body_end) = match chunks(text, &req, body_start, span.end) {
        Some(c) => {
            notes.push(Note {
                kind: Kind::Chunked,
                span: c.first_size,
                message: format!("The body came with Transfer-Encoding: chunked ({} chunks): it is read joined; the chunk sizes between the pieces are not part of the JSON.", c.data.len()),
            });
            (c.data, c.end)
        }
        None => {
            let end = body_end(text, &req, body_start, span.end);
            (vec![Span::new(body_start, end)], end)
        }
    };
    let response = answer_at(text, body_end, span.end);
    let answered = response.is_some();
    if notes.is_empty() && !answered && body_start == head_end {
        return (Delivery::slice(text, span), false);
    }
    let mut b = Builder::new(text);
    b.copy(Span::new(span.start, head_end));
    pieces.iter().for_each(|p| b.copy(*p));
    let mut delivery = Delivery::built(b.finish());
    delivery.notes = notes;
    delivery.response = response;
    (delivery, answered)
}

fn chunks(text: &str, req: &RawRequest<'_>, start: usize, limit: usize) -> Option<chunked::Chunks> {
    let te = req.header(TRANSFER_ENCODING)?;
    te.value
        .to_ascii_lowercase()
        .contains(CHUNKED)
        .then(|| chunked::read(text, start, limit))
        .flatten()
}

/// Just past an interim `100 Continue` answer (and its blank line) at `at`, if one is there.
fn past_continue(text: &str, at: usize, limit: usize) -> Option<usize> {
    let mut ls = lines_from(text, skip_space(text, at)).take_while(|l| l.span.start < limit);
    let status = ls.next()?;
    if status_line(status.text)?.0 != CONTINUE {
        return None;
    }
    let blank = ls.find(|l| l.is_blank())?;
    Some(blank.next.min(limit))
}

/// Where the body starting at `start` ends: where an answer's status line starts after it (after its
/// JSON value, so a status line quoted inside the body is not taken for one), or at `limit`.
fn body_end(text: &str, req: &RawRequest<'_>, start: usize, limit: usize) -> usize {
    let first = skip_space(text, start);
    let json_end = value_end(text, first).filter(|e| *e <= limit);
    let search_from = json_end.unwrap_or(start);
    let Some(status) = status_from(text, search_from, limit) else {
        return limit;
    };
    // The declared length, when it lands between the JSON's end and the answer (a final line break the
    // sender counted), else the JSON's end, else where the answer starts.
    let declared = req
        .header(CONTENT_LENGTH)
        .and_then(|h| h.value.trim().parse::<usize>().ok())
        .and_then(|n| start.checked_add(n))
        .filter(|end| *end >= search_from && *end <= status);
    declared.or(json_end).unwrap_or(status)
}

/// The first status line (`HTTP/1.1 200 OK`) starting at or after `from`, at a line's start or glued to
/// what comes before it, as Wireshark shows a stream.
fn status_from(text: &str, from: usize, limit: usize) -> Option<usize> {
    let mut at = from;
    while let Some(found) = text.get(at..limit).and_then(|r| r.find(STATUS_START)) {
        let start = at.saturating_add(found);
        // A status line's version and code fit in its first bytes: a long line is not read to its end
        // for every `HTTP/` in it.
        let mut end = limit.min(start.saturating_add(STATUS_PEEK));
        while !text.is_char_boundary(end) {
            end = end.saturating_sub(1);
        }
        let line = text.get(start..end).unwrap_or_default();
        let line = line
            .split('\n')
            .next()
            .unwrap_or_default()
            .trim_end_matches('\r');
        if status_line(line).is_some() {
            return Some(start);
        }
        at = start.saturating_add(STATUS_START.len());
    }
    None
}

/// The receiver's answer starting at or after `from` (an interim 100 Continue skipped): its status line,
/// headers and body.
fn answer_at(text: &str, from: usize, limit: usize) -> Option<super::Response> {
    let start = status_from(text, skip_space(text, from), limit)?;
    if text
        .get(skip_space(text, from)..start)
        .is_some_and(|gap| !gap.trim().is_empty())
    {
        return None;
    }
    let start = past_continue(text, start, limit)
        .map(|after| skip_space(text, after))
        .unwrap_or(start);
    let mut head = Vec::new();
    let mut body_from = limit;
    for line in lines_from(text, start).take_while(|l| l.span.start < limit) {
        if line.is_blank() {
            body_from = line.next.min(limit);
            break;
        }
        head.push(line);
    }
    let body = text
        .get(body_from..limit)
        .map(str::trim)
        .filter(|b| !b.is_empty());
    answer(&head, body.map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{}}"#;

    fn head(extra: &str) -> String {
        format!("POST /webhooks/pgm HTTP/1.1\r\nHost: r.example.com\r\nX-PerfectGym-Request: 7\r\n{extra}\r\n")
    }

    #[test]
    fn a_wireshark_stream_ends_the_body_where_the_answer_starts() {
        let text =
            format!(
            "{}HTTP/1.1 100 Continue\r\n\r\n{BODY}HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOk",
            head(&format!("Expect: 100-continue\r\nContent-Length: {}\r\n", BODY.len()))
        );
        let (d, answered) = request(&text, Span::new(0, text.len()));
        assert!(answered);
        assert!(d.text.ends_with(&format!("\r\n\r\n{BODY}")), "{}", d.text);
        assert!(!d.text.contains("Continue"));
        let r = d.response.expect("answer");
        assert_eq!((r.status, r.body.as_deref()), (200, Some("Ok")));
        // The body's first byte points at its place after the interim answer.
        let at = d.text.len() - BODY.len();
        assert_eq!(d.map.to_paste(at), text.find(BODY).unwrap_or(0));
    }

    #[test]
    fn a_chunked_body_is_read_joined_with_a_note() {
        let (a, b) = BODY.split_at(20);
        let text = format!(
            "{}{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n",
            head("Transfer-Encoding: chunked\r\n"),
            a.len(),
            b.len()
        );
        let (d, answered) = request(&text, Span::new(0, text.len()));
        assert!(!answered);
        assert!(d.text.ends_with(&format!("\r\n\r\n{BODY}")), "{}", d.text);
        let note = d.notes.first().expect("a note");
        assert_eq!(
            (note.kind, note.span.slice(&text)),
            (Kind::Chunked, Some("14"))
        );
        // The second chunk's first byte is after its size line in the paste.
        let second = d.text.len() - b.len();
        assert_eq!(
            text.get(d.map.to_paste(second)..).map(|t| t.starts_with(b)),
            Some(true)
        );
    }

    #[test]
    fn a_plain_request_is_the_paste_as_it_is() {
        let text = format!("{}{BODY}\n", head(""));
        let (d, answered) = request(&text, Span::new(0, text.len()));
        assert!(!answered);
        assert!(d.map.is_identity());
        assert_eq!(d.text, text);
        // A status line quoted inside the body is no answer.
        let quoted = format!("{}{{\"note\": \"HTTP/1.1 500 x\"}}", head(""));
        assert!(!request(&quoted, Span::new(0, quoted.len())).1);
    }
}
