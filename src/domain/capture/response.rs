//! The receiver's answer as a capture shows it: a status line, headers, maybe a body. Readers find the
//! lines; this makes them a `Response`. Whether the answer is what the vendor asks for is judged by the
//! analysis, against the vendor's declaration.

use super::lines::Line;
use super::Response;
use crate::domain::http::{header_line, status_line};
use crate::domain::json::Span;

/// The answer whose status line is `lines[0]` and headers the rest; `None` without a status line.
pub fn answer(lines: &[Line<'_>], body: Option<String>) -> Option<Response> {
    let (status_at, rest) = lines.split_first()?;
    let (status, reason) = status_line(status_at.text)?;
    Some(Response {
        status,
        reason: reason.to_owned(),
        headers: rest
            .iter()
            .filter_map(|l| header_line(l.text))
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect(),
        body,
        span: status_at.span,
    })
}

/// An answer known only by its status (a log's `statusCode`, an access log's status field).
pub fn status_only(status: u16, span: Span) -> Response {
    Response {
        status,
        reason: String::new(),
        headers: Vec::new(),
        body: None,
        span,
    }
}
