//! `curl -v` output as a terminal shows it: `* ` notes, the request it sent on `> ` lines, a
//! `} [88 bytes data]` line where the body it sent would be, the answer on `< ` lines and the answer's
//! body after them. The request is rebuilt from the `> ` lines (their markers set aside), with the body
//! when the paste holds it below the headers; the `< ` lines and what follows are the receiver's answer,
//! never a webhook body. Each `> METHOD target` line starts a delivery.

use super::lines::{lines, Line};
use super::offsets::Builder;
use super::response::answer;
use super::{Capture, Delivery, Form, Note};
use crate::domain::diagnostic::Kind;
use crate::domain::http::{header_line, is_request_line};
use crate::domain::json::Span;

/// curl's closing note, which follows a body without a final line break on the same line.
const CLOSING_NOTE: &str = "* Connection #";
const CONTENT_LENGTH: &str = "Content-Length";

/// A line of curl's output, its marker set aside.
enum Mark<'t> {
    Sent(Line<'t>),
    Received(Line<'t>),
    Note,
    /// `} [88 bytes data]` (sent) or `{ [2 bytes data]` (received).
    Data {
        sent: bool,
        span: Span,
    },
    Other(Line<'t>),
}

fn mark(line: Line<'_>) -> Mark<'_> {
    let content = line.text.trim_start_matches('\u{feff}');
    let lead = line.text.len().saturating_sub(content.len());
    let after = |m: usize| {
        let skip = lead
            .saturating_add(m)
            .saturating_add(usize::from(content.len() > m));
        let start = line.span.start.saturating_add(skip).min(line.span.end);
        Line {
            text: line
                .text
                .get(skip.min(line.text.len())..)
                .unwrap_or_default(),
            span: Span::new(start, line.span.end),
            next: line.next,
        }
    };
    let marked =
        |m: &str| content == m || content.strip_prefix(m).is_some_and(|r| r.starts_with(' '));
    if marked(">") {
        Mark::Sent(after(1))
    } else if marked("<") {
        Mark::Received(after(1))
    } else if marked("*") {
        Mark::Note
    } else if content.starts_with("} [") || content.starts_with("{ [") {
        Mark::Data {
            sent: content.starts_with('}'),
            span: line.span,
        }
    } else {
        Mark::Other(line)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Head,
    Body,
    Answer,
    AnswerBody,
    After,
}

/// One request and its answer, as gathered.
#[derive(Default)]
struct Run<'t> {
    head: Vec<Line<'t>>,
    body: Vec<Line<'t>>,
    answer: Vec<Line<'t>>,
    answer_body: Vec<&'t str>,
    /// `} [N bytes data]`: curl sent a body it does not show.
    unshown_body: Option<Span>,
}

pub fn read(text: &str) -> Capture {
    let mut runs: Vec<Run<'_>> = Vec::new();
    let mut state = State::Head;
    for line in lines(text) {
        match mark(line) {
            Mark::Sent(l) => {
                if runs.is_empty() || (state != State::Head && is_request_line(l.text)) {
                    runs.push(Run::default());
                }
                state = if l.text.trim().is_empty() {
                    State::Body
                } else {
                    State::Head
                };
                if let Some(run) = runs.last_mut() {
                    run.head.push(l);
                }
            }
            Mark::Received(l) => {
                state = if l.text.trim().is_empty() {
                    State::AnswerBody
                } else {
                    State::Answer
                };
                if let (Some(run), State::Answer) = (runs.last_mut(), state) {
                    run.answer.push(l);
                }
            }
            Mark::Note if state == State::AnswerBody => state = State::After,
            Mark::Note => {}
            Mark::Data { sent: true, span } => {
                if let Some(run) = runs.last_mut() {
                    run.unshown_body = Some(span);
                }
            }
            Mark::Data { sent: false, .. } => state = State::AnswerBody,
            Mark::Other(l) => {
                let Some(run) = runs.last_mut() else { continue };
                match state {
                    State::Body => run.body.push(l),
                    State::Answer | State::AnswerBody => {
                        state = State::AnswerBody;
                        run.answer_body
                            .push(l.text.split(CLOSING_NOTE).next().unwrap_or_default());
                    }
                    State::Head | State::After => {}
                }
            }
        }
    }
    let first = lines(text)
        .find(|l| !l.is_blank())
        .map_or(Span::new(0, 0), |l| l.span);
    let notes = vec![Note {
        kind: Kind::CurlOutput,
        span: first,
        message: "This is curl -v output: the request is read from its \"> \" lines; curl's \"* \" notes are set aside, and its \"< \" lines are the receiver's answer, not the webhook.".to_owned(),
    }];
    Capture {
        form: Form::CurlVerbose,
        deliveries: runs.iter().map(|r| delivery(text, r)).collect(),
        notes,
    }
}

fn delivery(text: &str, run: &Run<'_>) -> Delivery {
    let mut b = Builder::new(text);
    let body = body_span(&run.body);
    let unshown = run.unshown_body.filter(|_| body.is_none());
    for l in &run.head {
        // curl sent a body this output does not show: its length would only be compared with nothing.
        let length =
            header_line(l.text).is_some_and(|(n, _)| n.eq_ignore_ascii_case(CONTENT_LENGTH));
        if length && unshown.is_some() {
            continue;
        }
        b.copy(l.span);
        b.copy(Span::new(l.span.end, l.next));
    }
    if let Some(body) = body {
        b.copy(body);
    }
    let mut d = Delivery::built(b.finish());
    if let Some(span) = unshown {
        d.notes.push(Note {
            kind: Kind::CurlOutput,
            span,
            message: "curl -v does not show the body it sent (only its size): the request id and signature are read from the \"> \" lines, but there is no body here to check. Paste the body below the headers, or use curl --trace-ascii to see it.".to_owned(),
        });
    }
    let shown: Vec<&str> = run.answer_body.clone();
    let answer_body = shown.join("\n");
    d.response = answer(
        &run.answer,
        (!answer_body.trim().is_empty()).then(|| answer_body.trim().to_owned()),
    );
    d
}

/// From the first body line to the last non-blank one.
fn body_span(body: &[Line<'_>]) -> Option<Span> {
    let first = body.iter().find(|l| !l.is_blank())?;
    let last = body.iter().rev().find(|l| !l.is_blank())?;
    Some(Span::new(first.span.start, last.span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{}}"#;

    fn terminal(body_lines: &str) -> String {
        format!(
            "*   Trying 127.0.0.1:8443...\n* Connected to localhost (127.0.0.1) port 8443 (#0)\n\
             > POST /webhooks/pgm HTTP/1.1\n> Host: localhost:8443\n> Content-Type: application/json\n\
             > X-PerfectGym-Request: 0f6c\n> X-PerfectGym-Signature: 9a1b\n> Content-Length: 66\n> \n\
             {body_lines}}} [66 bytes data]\n* We are completely uploaded and fine\n\
             < HTTP/1.1 200 OK\n< Content-Type: application/json\n< Content-Length: 15\n< \n\
             {{ [15 bytes data]\n{{\"received\":true}}* Connection #0 to host localhost left intact\n"
        )
    }

    #[test]
    fn without_the_body_the_headers_are_read_and_the_answer_is_the_answer() {
        let text = terminal("");
        let c = read(&text);
        assert_eq!(c.form, Form::CurlVerbose);
        let [d] = c.deliveries.as_slice() else {
            panic!("one delivery")
        };
        assert_eq!(
            d.text,
            "POST /webhooks/pgm HTTP/1.1\nHost: localhost:8443\nContent-Type: application/json\n\
             X-PerfectGym-Request: 0f6c\nX-PerfectGym-Signature: 9a1b\n\n"
        );
        assert_eq!(
            d.notes.first().map(|n| n.span.slice(&text)),
            Some(Some("} [66 bytes data]"))
        );
        let r = d.response.as_ref().expect("the answer");
        assert_eq!((r.status, r.reason.as_str()), (200, "OK"));
        assert_eq!(r.body.as_deref(), Some("{\"received\":true}"));
        assert_eq!(r.span.slice(&text), Some("HTTP/1.1 200 OK"));
        // The request id's value points at its place after "> ".
        let id = d.text.find("0f6c").unwrap_or(0);
        assert_eq!(
            text.get(d.map.to_paste(id)..)
                .map(|t| t.starts_with("0f6c")),
            Some(true)
        );
    }

    #[test]
    fn a_body_pasted_below_the_headers_is_the_request_body() {
        let text = terminal(&format!("{BODY}\n"));
        let c = read(&text);
        let d = c.deliveries.first().expect("one");
        assert!(
            d.text.ends_with(&format!("Content-Length: 66\n\n{BODY}")),
            "{}",
            d.text
        );
        assert!(d.notes.is_empty(), "the body is there: {:?}", d.notes);
        assert_eq!(
            d.map.to_paste(d.text.len() - BODY.len()),
            text.find(BODY).unwrap_or(0)
        );
    }

    #[test]
    fn each_request_line_starts_a_delivery() {
        let one = terminal("");
        let c = read(&format!("{one}{one}"));
        assert_eq!(c.deliveries.len(), 2);
        assert!(c.deliveries.iter().all(|d| d.response.is_some()));
    }
}
