//! Raw HTTP: one request (request line or headers, blank line, body), a TCP stream (the request and
//! the receiver's answer), a pasted response, or several requests glued one after another, as a
//! receiver's request log or a `tee` of its socket keeps them.
//! Glued requests split at each request line, so every delivery keeps its own headers (read as JSON
//! Lines they would all lose theirs, and with them the request id and the signature).

use super::lines::lines;
use super::stream::request;
use super::{Capture, Delivery, Form, Note};
use crate::domain::diagnostic::Kind;
use crate::domain::http::{is_request_line, status_line};
use crate::domain::json::Span;

const VERSION_MARK: &str = " HTTP/";

pub fn read(text: &str) -> Capture {
    if let Some(status) = lines(text).find(|l| !l.is_blank()) {
        if status_line(status.text).is_some() {
            return response(text, status.span, status.next);
        }
    }
    let starts = request_starts(text);
    let spans: Vec<Span> = if starts.len() >= 2 {
        let ends = starts.iter().skip(1).copied().chain([text.len()]);
        starts
            .iter()
            .zip(ends)
            .map(|(&start, end)| {
                let chunk = text.get(start..end).unwrap_or_default();
                Span::new(start, start.saturating_add(chunk.trim_end().len()))
            })
            .collect()
    } else {
        vec![Span::new(0, text.len())]
    };
    let read: Vec<(Delivery, bool)> = spans.iter().map(|s| request(text, *s)).collect();
    let answered = read.iter().any(|(_, a)| *a);
    let form = match (read.len(), answered) {
        (1, true) => Form::TcpStream,
        (1, false) => Form::Request,
        _ => Form::Requests,
    };
    let notes = if form == Form::TcpStream {
        vec![Note {
            kind: Kind::Capture,
            span: spans.first().map_or(Span::new(0, 0), |s| Span::new(s.start, s.start)),
            message: "Read as a TCP stream: the request up to the end of its body, then the receiver's answer (an interim 100 Continue set aside). The answer is not part of the webhook.".to_owned(),
        }]
    } else {
        Vec::new()
    };
    Capture {
        form,
        deliveries: read.into_iter().map(|(d, _)| d).collect(),
        notes,
    }
}

/// A pasted response: read as pasted after its status line (people paste what their tool shows), and
/// said to be a receiver's answer.
fn response(text: &str, status: Span, after: usize) -> Capture {
    Capture {
        form: Form::Response,
        deliveries: vec![Delivery::slice(text, Span::new(after, text.len()))],
        notes: vec![Note {
            kind: Kind::Response,
            span: status,
            message: "This starts with an HTTP response's status line: it is what a receiver answered, not the request a webhook sender makes. Its headers and body are read as pasted.".to_owned(),
        }],
    }
}

/// Where each request line with an HTTP version starts (`POST /h HTTP/1.1`; without the version a line
/// of prose could pass for one).
fn request_starts(text: &str) -> Vec<usize> {
    lines(text)
        .filter(|l| l.text.contains(VERSION_MARK) && is_request_line(l.text))
        .map(|l| l.span.end.saturating_sub(l.text.trim_start().len()))
        .collect()
}
