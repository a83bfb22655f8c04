//! ASP.NET Core's HttpLogging middleware as its console logger writes it: an
//! `info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]` line, then indented lines —
//! `Request:` with `Protocol`, `Method`, `Scheme`, `PathBase`, `Path`, `QueryString` and the headers;
//! `RequestBody: …` in a message of its own; `Response:` with `StatusCode` and headers; `ResponseBody:`.
//! Each `Request:` starts a delivery, rebuilt as the raw request it describes. Headers the middleware
//! hides (`[Redacted]`, its default for a header not allowed by name) are said to be hidden.

use super::lines::lines;
use super::offsets::Builder;
use super::response::status_only;
use super::{Capture, Delivery, Form, Note};
use crate::domain::diagnostic::Kind;
use crate::domain::http::header_line;
use crate::domain::json::Span;

/// What the middleware's category lines hold.
pub const MARK: &str = "HttpLoggingMiddleware";
const REDACTED: &str = "[Redacted]";
const PROPERTIES: [&str; 6] = [
    "Protocol",
    "Method",
    "Scheme",
    "PathBase",
    "Path",
    "QueryString",
];

/// One logged request as gathered.
struct Logged<'t> {
    first: Span,
    props: Vec<(&'t str, Span)>,
    headers: Vec<Span>,
    redacted: Vec<&'t str>,
    body: Vec<Span>,
    status: Option<(u16, Span)>,
    answer_body: Option<String>,
}

impl Logged<'_> {
    fn new(first: Span) -> Self {
        Logged {
            first,
            props: Vec::new(),
            headers: Vec::new(),
            redacted: Vec::new(),
            body: Vec::new(),
            status: None,
            answer_body: None,
        }
    }
}

/// Which message the indented lines belong to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Request,
    Body,
    Response,
    Other,
}

/// `None` when no `Request:` message is found.
pub fn read(text: &str) -> Option<Capture> {
    let mut logged: Vec<Logged<'_>> = Vec::new();
    let mut state = In::Other;
    let mut indent = 0usize;
    for line in lines(text) {
        let content = line.text.trim_start();
        let lead = line.text.len().saturating_sub(content.len());
        if lead == 0 || content.starts_with("=>") {
            // A category line (`info: …HttpLoggingMiddleware[1]`) or anything else: a new message.
            state = In::Other;
            continue;
        }
        let span = Span::new(line.span.start.saturating_add(lead), line.span.end);
        // A body's own lines keep their indentation beyond the message's.
        let kept = Span::new(
            line.span.start.saturating_add(lead.min(indent)),
            line.span.end,
        );
        let value = |name: &str| value_span(content, span, name);
        if content == "Request:" || content == "Request and Response:" {
            logged.push(Logged::new(span));
            state = In::Request;
            continue;
        }
        let Some(current) = logged.last_mut() else {
            continue;
        };
        state = match (state, content) {
            (_, c) if c.starts_with("RequestBody:") => {
                indent = lead;
                current.body.push(value("RequestBody"));
                In::Body
            }
            (_, c) if c.starts_with("RequestBodyStatus:") || c.starts_with("Duration:") => {
                In::Other
            }
            (_, "Response:") => In::Response,
            (_, c) if c.starts_with("ResponseBody:") => {
                current.answer_body = value("ResponseBody").slice(text).map(str::to_owned);
                In::Other
            }
            (In::Body, _) => {
                current.body.push(kept);
                In::Body
            }
            (In::Request, c) => {
                match header_line(c) {
                    Some((name, _)) if PROPERTIES.contains(&name) => {
                        current.props.push((name, value(name)))
                    }
                    // A hidden value is not what was sent: checked as a signature it would read as forged.
                    Some((name, v)) if v == REDACTED => current.redacted.push(name),
                    Some(_) => current.headers.push(span),
                    None => {}
                }
                In::Request
            }
            (In::Response, c) => {
                if let Some(("StatusCode", v)) = header_line(c) {
                    current.status = v.parse().ok().map(|s| (s, value("StatusCode")));
                }
                In::Response
            }
            (In::Other, _) => In::Other,
        };
    }
    if logged.is_empty() {
        return None;
    }
    Some(Capture {
        form: Form::AspNetLog,
        deliveries: logged.iter().map(|l| delivery(text, l)).collect(),
        notes: Vec::new(),
    })
}

/// The value of a `Name: value` line whose content is `content` at `span`.
fn value_span(content: &str, span: Span, name: &str) -> Span {
    let after = name.len().saturating_add(1);
    let rest = content.get(after..).unwrap_or_default();
    let lead = rest.len().saturating_sub(rest.trim_start().len());
    Span::new(
        span.start
            .saturating_add(after)
            .saturating_add(lead)
            .min(span.end),
        span.end,
    )
}

fn delivery(text: &str, l: &Logged<'_>) -> Delivery {
    let prop = |n: &str| l.props.iter().find(|(k, _)| *k == n).map(|(_, s)| *s);
    let mut b = Builder::new(text);
    if let (Some(method), Some(path)) = (prop("Method"), prop("Path")) {
        b.copy(method);
        b.put(" ", method);
        prop("PathBase")
            .into_iter()
            .chain([path])
            .chain(prop("QueryString"))
            .for_each(|s| b.copy(s));
        b.put(" ", path);
        match prop("Protocol") {
            Some(protocol) => b.copy(protocol),
            None => b.put("HTTP/1.1", path),
        }
        b.put("\n", path);
    }
    for h in &l.headers {
        b.copy(*h);
        b.put("\n", *h);
    }
    b.put("\n", l.first);
    for (i, line) in l.body.iter().enumerate() {
        if i > 0 {
            b.put("\n", *line);
        }
        b.copy(*line);
    }
    let mut d = Delivery::built(b.finish());
    if !l.redacted.is_empty() {
        d.notes.push(Note {
            kind: Kind::Capture,
            span: l.first,
            message: format!(
                "HttpLogging hid the value of {} ([Redacted]), so the request read here leaves them out: add them to HttpLoggingOptions.RequestHeaders to log what they carried.",
                l.redacted.join(", ")
            ),
        });
    }
    if l.body.is_empty() {
        d.notes.push(Note {
            kind: Kind::Capture,
            span: l.first,
            message: "HttpLogging logged no RequestBody for this request: add HttpLoggingFields.RequestBody to its LoggingFields (and the body's media type to MediaTypeOptions) to see what was sent.".to_owned(),
        });
    }
    d.response = l.status.map(|(s, span)| {
        let mut r = status_only(s, span);
        r.body.clone_from(&l.answer_body);
        r
    });
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = "info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]
      Request:
      Protocol: HTTP/1.1
      Method: POST
      Scheme: https
      PathBase: 
      Path: /webhooks/pgm
      Host: receiver.example.com
      Content-Type: application/json
      X-PerfectGym-Request: 0f6c
      X-PerfectGym-Signature: [Redacted]
info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[3]
      RequestBody: {\"event\":\"Test\",
        \"data\":{}}
      RequestBodyStatus: [Completed]
info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[2]
      Response:
      StatusCode: 500
      Content-Type: text/plain
info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[4]
      ResponseBody: boom
";

    #[test]
    fn the_request_is_rebuilt_from_its_messages() {
        let c = read(LOG).expect("HttpLogging");
        let [d] = c.deliveries.as_slice() else {
            panic!("one")
        };
        assert_eq!(
            d.text,
            "POST /webhooks/pgm HTTP/1.1\nHost: receiver.example.com\nContent-Type: application/json\n\
             X-PerfectGym-Request: 0f6c\n\n{\"event\":\"Test\",\n  \"data\":{}}"
        );
        let r = d.response.as_ref().expect("answer");
        assert_eq!((r.status, r.body.as_deref()), (500, Some("boom")));
        assert!(d.notes.iter().any(|n| n
            .message
            .starts_with("HttpLogging hid the value of X-PerfectGym-Signature")));
        let path = d.text.find("/webhooks").unwrap_or(0);
        assert_eq!(
            LOG.get(d.map.to_paste(path)..)
                .map(|t| t.starts_with("/webhooks/pgm\n")),
            Some(true)
        );
    }

    #[test]
    fn without_a_request_body_it_says_how_to_log_one() {
        let head = LOG
            .split("info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[3]")
            .next()
            .unwrap_or_default();
        let c = read(head).expect("HttpLogging");
        let d = c.deliveries.first().expect("one");
        assert!(d
            .notes
            .iter()
            .any(|n| n.message.contains("HttpLoggingFields.RequestBody")));
        assert!(read("info: something else\n      Path: /x").is_none());
    }
}
