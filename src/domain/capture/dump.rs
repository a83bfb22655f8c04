//! A framework's printout of its request object: Node's `util.inspect(req)` or `console.log({headers,
//! body})` (Express), Python's `headers: {...}` and `body: b'...'` lines or a dict of them (Flask,
//! Django). The headers, method and URL become a raw request; the body is the bytes when the dump holds
//! them (`b'…'`, a string), or the parsed object written back as JSON (said so: its bytes are the
//! printer's), with what the printer cut (`[Object]`, `... 3 more items`) named.

use super::escapes::decode;
use super::lines::lines;
use super::literal::{parse, unquote, Lit};
use super::offsets::Builder;
use super::wrapped::path_of;
use super::{Capture, Delivery, Form, Note};
use crate::domain::diagnostic::Kind;
use crate::domain::json::{quoted, Span};

const HEADERS: [&str; 2] = ["rawHeaders", "headers"];
const BODY: [&str; 4] = ["body", "rawBody", "data", "json"];
const METHOD: &str = "method";
const URL: [&str; 3] = ["originalUrl", "url", "path"];

/// The parts of a dump, as literals.
#[derive(Default)]
struct Parts {
    headers: Option<Lit>,
    body: Option<Lit>,
    method: Option<Lit>,
    url: Option<Lit>,
}

/// `None` when the text is no dump of a request (no headers or body found in a literal).
pub fn read(text: &str) -> Option<Capture> {
    // Every dump names its headers (`headers`, `Headers`, `rawHeaders`): other text is not walked.
    if !text.contains("eaders") {
        return None;
    }
    let parts = whole(text).or_else(|| labelled(text))?;
    let python = is_python(text);
    let d = delivery(text, &parts)?;
    Some(Capture {
        form: if python {
            Form::PythonDump
        } else {
            Form::NodeInspect
        },
        deliveries: vec![d],
        notes: Vec::new(),
    })
}

/// The whole text as one literal (`IncomingMessage {…}`, `{ headers: …, body: … }`, a dict).
fn whole(text: &str) -> Option<Parts> {
    let start = text.len().saturating_sub(text.trim_start().len());
    let lit = parse(text, start)?;
    let get = |keys: &[&str]| keys.iter().find_map(|k| lit.get(text, k)).cloned();
    let parts = Parts {
        headers: get(&HEADERS),
        body: get(&BODY),
        method: get(&[METHOD]),
        url: get(&URL),
    };
    (parts.headers.is_some() && parts.body.is_some()).then_some(parts)
}

/// `headers: {…}` and `body: b'…'` on lines of their own, after any log prefix.
fn labelled(text: &str) -> Option<Parts> {
    const LABELS: [(&str, usize); 6] = [
        ("headers", 0),
        ("body", 1),
        ("data", 1),
        ("method", 2),
        ("url", 3),
        ("path", 3),
    ];
    let mut parts = Parts::default();
    for line in lines(text) {
        let lower = line.text.to_ascii_lowercase();
        for (label, slot) in LABELS {
            let Some(at) = find_label(line.text, &lower, label) else {
                continue;
            };
            let target = match slot {
                0 => &mut parts.headers,
                1 => &mut parts.body,
                2 => &mut parts.method,
                _ => &mut parts.url,
            };
            if target.is_none() {
                *target = parse(text, line.span.start.saturating_add(at));
            }
        }
    }
    (parts.headers.is_some() && parts.body.is_some()).then_some(parts)
}

/// Where the value after `label:` (or `label=`) starts in `line`, the label starting a word.
fn find_label(line: &str, lower: &str, label: &str) -> Option<usize> {
    let mut from = 0usize;
    while let Some(found) = lower.get(from..)?.find(label) {
        let at = from.saturating_add(found);
        let before = at
            .checked_sub(1)
            .and_then(|b| lower.as_bytes().get(b))
            .copied();
        let end = at.saturating_add(label.len());
        let after = lower.as_bytes().get(end).copied();
        if !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
            && matches!(after, Some(b':' | b'='))
        {
            let rest = line.get(end.saturating_add(1)..)?;
            return Some(
                end.saturating_add(1)
                    .saturating_add(rest.len().saturating_sub(rest.trim_start().len())),
            );
        }
        from = end;
    }
    None
}

/// Python writes bytes as `b'…'` and its constants capitalised; Node neither.
fn is_python(text: &str) -> bool {
    [
        "b'",
        "b\"",
        "None",
        "True",
        "False",
        "EnvironHeaders",
        "[('",
    ]
    .iter()
    .any(|m| text.contains(m))
}

fn delivery(text: &str, p: &Parts) -> Option<Delivery> {
    let body = p.body.as_ref()?;
    let mut b = Builder::new(text);
    if let (Some(method), Some(url)) = (&p.method, &p.url) {
        let m = method.span();
        b.put(&string(text, m)?, m);
        b.put(" ", m);
        b.put(path_of(&string(text, url.span())?), url.span());
        b.put(" HTTP/1.1\n", url.span());
    }
    for (name, value) in header_pairs(p.headers.as_ref()?) {
        let (Some(n), Some(v)) = (string(text, name), string(text, value)) else {
            continue;
        };
        b.put(&n, name);
        b.put(": ", name);
        b.put(&v, value);
        b.put("\n", value);
    }
    b.put("\n", body.span());
    let mut notes = Vec::new();
    let mut cut = Vec::new();
    match body {
        Lit::Str(s) => {
            if !decode(&mut b, text, inside(text, *s)) {
                return None;
            }
        }
        other => {
            json(&mut b, text, other, &mut cut);
            notes.push(Note {
                kind: Kind::Capture,
                span: body.span(),
                message: "The body was printed after the framework parsed it: it is written back as JSON here, so its spacing, key order and escapes are not the bytes received.".to_owned(),
            });
        }
    }
    if let Some(first) = cut.first() {
        notes.push(Note {
            kind: Kind::Capture,
            span: *first,
            message: format!("The printer cut {} part(s) of the body short ([Object], [Array], … more items): they are read as empty, so what they held is reported missing. Print the body alone (JSON.stringify(req.body), util.inspect(req.body, {{depth: null}}), or the raw bytes).", cut.len()),
        });
    }
    let mut d = Delivery::built(b.finish());
    d.notes = notes;
    Some(d)
}

/// The string between a literal's quotes (a `b` prefix left out).
fn inside(text: &str, s: Span) -> Span {
    let prefix = usize::from(text.as_bytes().get(s.start) == Some(&b'b'));
    Span::new(
        s.start.saturating_add(prefix).saturating_add(1),
        s.end.saturating_sub(1).max(s.start),
    )
}

/// The text at `span`: a quoted string decoded, anything else as written.
fn string(text: &str, span: Span) -> Option<String> {
    let raw = span.slice(text)?;
    if raw.starts_with(['\'', '"', '`']) || raw.starts_with("b'") || raw.starts_with("b\"") {
        let mut b = Builder::new(text);
        return decode(&mut b, text, inside(text, span)).then(|| b.finish().0);
    }
    Some(unquote(raw).to_owned())
}

/// Name and value spans: an object's members, a list of pairs, or Node's flat `rawHeaders` list.
fn header_pairs(headers: &Lit) -> Vec<(Span, Span)> {
    match headers {
        Lit::Object(members, _) => members.iter().map(|(k, v)| (*k, v.span())).collect(),
        Lit::List(items, _) if items.iter().all(|i| matches!(i, Lit::Str(_))) => items
            .chunks(2)
            .filter_map(|c| Some((c.first()?.span(), c.get(1)?.span())))
            .collect(),
        Lit::List(items, _) => items
            .iter()
            .filter_map(|i| match i {
                Lit::List(pair, _) => Some((pair.first()?.span(), pair.get(1)?.span())),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Writes a parsed literal back as JSON, each part pointing at what it was written from; what the
/// printer cut goes into `cut` and is written empty.
fn json(b: &mut Builder<'_>, text: &str, lit: &Lit, cut: &mut Vec<Span>) {
    match lit {
        Lit::Object(members, span) => {
            b.put("{", *span);
            for (i, (key, value)) in members.iter().enumerate() {
                if i > 0 {
                    b.put(",", value.span());
                }
                b.put(&quoted(&string(text, *key).unwrap_or_default()), *key);
                b.put(":", *key);
                json(b, text, value, cut);
            }
            b.put("}", Span::new(span.end.saturating_sub(1), span.end));
        }
        Lit::List(items, span) => {
            b.put("[", *span);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    b.put(",", item.span());
                }
                json(b, text, item, cut);
            }
            b.put("]", Span::new(span.end.saturating_sub(1), span.end));
        }
        Lit::Str(s) => b.put(&quoted(&string(text, *s).unwrap_or_default()), *s),
        Lit::Number(s) => b.copy(*s),
        Lit::Word(s) => {
            let word = s.slice(text).unwrap_or_default();
            let json = match word {
                "true" | "True" => "true".to_owned(),
                "false" | "False" => "false".to_owned(),
                "null" | "None" | "undefined" => "null".to_owned(),
                other => quoted(other),
            };
            b.put(&json, *s);
        }
        Lit::Elided(s) => {
            cut.push(*s);
            let empty = match s.slice(text) {
                Some(t) if t.starts_with("[Array") => "[]",
                Some(t) if t.starts_with("[Object") => "{}",
                _ => "null",
            };
            b.put(empty, *s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flask_dump_gives_the_headers_and_the_exact_body_bytes() {
        let text = "INFO:app:headers: {'Host': 'r.example.com', 'X-Perfectgym-Request': 'r-1'}\n\
                    INFO:app:body: b'{\"event\": \"Test\", \"note\": \"caf\\xc3\\xa9\"}'\n";
        let c = read(text).expect("a dump");
        assert_eq!(c.form, Form::PythonDump);
        let d = c.deliveries.first().expect("one");
        assert_eq!(
            d.text,
            "Host: r.example.com\nX-Perfectgym-Request: r-1\n\n{\"event\": \"Test\", \"note\": \"café\"}"
        );
        assert!(d.notes.is_empty(), "the bytes themselves: {:?}", d.notes);
    }

    #[test]
    fn node_inspect_is_written_back_as_json_with_its_cuts_named() {
        let text = "<ref *1> IncomingMessage {\n  rawHeaders: [ 'Host', 'x', 'X-PerfectGym-Request', 'r-2' ],\n  headers: { host: 'x', 'x-perfectgym-request': 'r-2' },\n  url: '/webhooks',\n  method: 'POST',\n  body: { event: 'Test', triggeredDate: '2020-06-01T14:44:46Z', data: [Object], ok: true }\n}";
        let c = read(text).expect("a dump");
        assert_eq!(c.form, Form::NodeInspect);
        let d = c.deliveries.first().expect("one");
        assert_eq!(
            d.text,
            "POST /webhooks HTTP/1.1\nHost: x\nX-PerfectGym-Request: r-2\n\n{\"event\":\"Test\",\"triggeredDate\":\"2020-06-01T14:44:46Z\",\"data\":{},\"ok\":true}"
        );
        assert_eq!(d.notes.len(), 2, "re-serialised, and cut: {:?}", d.notes);
        let date = d.text.find("2020").unwrap_or(0);
        assert_eq!(
            text.get(d.map.to_paste(date)..)
                .map(|t| t.starts_with("'2020")),
            Some(true)
        );
    }

    #[test]
    fn text_that_is_no_dump_is_left_alone() {
        assert!(read("hello world").is_none());
        assert!(read("{\"event\": \"Test\"}").is_none());
    }
}
