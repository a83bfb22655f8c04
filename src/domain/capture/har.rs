//! A HAR file (`{"log": {"entries": [...]}}`, what browser devtools export): each entry that carries
//! a request body becomes a raw request rebuilt from its method, URL, headers and `postData.text`, and
//! the entry's response becomes the receiver's answer. Every rebuilt part points at the JSON string
//! it was decoded from, so a diagnostic lands inside the HAR as pasted.

use super::offsets::Builder;
use super::scan::{items, member, members, Member};
use super::unescape::json_string;
use super::wrapped::path_of;
use super::{Capture, Delivery, Form, Response};
use crate::domain::json::{parse, Span};

const LOG: &str = "log";
const ENTRIES: &str = "entries";

/// `None` when the object at `span` is not a HAR log.
pub fn read(text: &str, span: Span) -> Option<Capture> {
    let top = members(text, span)?;
    let log = members(text, member(&top, LOG)?.value)?;
    let entries = items(text, member(&log, ENTRIES)?.value)?;
    let deliveries: Vec<Delivery> = entries.iter().filter_map(|e| entry(text, *e)).collect();
    (!deliveries.is_empty()).then_some(Capture {
        form: Form::Har,
        deliveries,
        notes: Vec::new(),
    })
}

/// The member `key` of the object at `span`.
fn get(text: &str, span: Span, key: &str) -> Option<Span> {
    let m = members(text, span)?;
    member(&m, key).map(|m| m.value)
}

/// The decoded string at `span` (small: a method, a URL, a header).
fn string(text: &str, span: Span) -> Option<String> {
    parse(span.slice(text)?).ok()?.as_str().map(str::to_owned)
}

fn entry(text: &str, span: Span) -> Option<Delivery> {
    let request = get(text, span, "request")?;
    let body = get(text, get(text, request, "postData")?, "text")?;
    let mut b = Builder::new(text);
    let method = get(text, request, "method");
    let url = get(text, request, "url");
    let target = url
        .and_then(|u| string(text, u))
        .map(|u| path_of(&u).to_owned());
    let at = |s: Option<Span>| s.unwrap_or(Span::new(request.start, request.start));
    b.put(
        &method
            .and_then(|m| string(text, m))
            .unwrap_or_else(|| "POST".to_owned()),
        at(method),
    );
    b.put(" ", at(method));
    b.put(target.as_deref().unwrap_or("/"), at(url));
    b.put(" HTTP/1.1\n", at(url));
    for (name, value) in headers(text, request) {
        b.put(&name.0, name.1);
        b.put(": ", name.1);
        b.put(&value.0, value.1);
        b.put("\n", value.1);
    }
    b.put("\n", body);
    if !json_string(&mut b, text, body) {
        return None;
    }
    let mut delivery = Delivery::built(b.finish());
    delivery.response = response(text, span);
    Some(delivery)
}

/// `(name, value)` of each header with their spans; HTTP/2 pseudo-headers (`:authority`) left out.
fn headers(text: &str, message: Span) -> Vec<((String, Span), (String, Span))> {
    let list = get(text, message, "headers").and_then(|h| items(text, h));
    list.unwrap_or_default()
        .into_iter()
        .filter_map(|h| {
            let m: Vec<Member<'_>> = members(text, h)?;
            let name = member(&m, "name")?.value;
            let value = member(&m, "value")?.value;
            Some(((string(text, name)?, name), (string(text, value)?, value)))
        })
        .filter(|((name, _), _)| !name.is_empty() && !name.starts_with(':'))
        .collect()
}

/// The entry's response: status, reason, headers and content text.
fn response(text: &str, entry: Span) -> Option<Response> {
    let response = get(text, entry, "response")?;
    let status_span = get(text, response, "status")?;
    // A HAR writes status 0 for a request that got no answer.
    let status = status_span
        .slice(text)?
        .parse()
        .ok()
        .filter(|s: &u16| *s != 0)?;
    let reason = get(text, response, "statusText")
        .and_then(|s| string(text, s))
        .unwrap_or_default();
    let body = get(text, response, "content")
        .and_then(|c| get(text, c, "text"))
        .and_then(|t| string(text, t));
    Some(Response {
        status,
        reason,
        headers: headers(text, response)
            .into_iter()
            .map(|((n, _), (v, _))| (n, v))
            .collect(),
        body,
        span: status_span,
    })
}
