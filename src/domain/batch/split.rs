//! Finding the deliveries in a paste. Both vendors send one JSON object per request, so an array, two or
//! more lines that each hold an object, a HAR log, or two or more request lines mean many deliveries.

use super::{Batch, Delivery, Source};
use crate::domain::json::{parse, parse_at, Node, Span};

/// Request lines that start a delivery in a run of raw requests.
const METHODS: [&str; 4] = ["POST ", "PUT ", "PATCH ", "GET "];
const HTTP_VERSION: &str = " HTTP/";
const HAR_LOG: &str = "log";
const HAR_ENTRIES: &str = "entries";
/// A line longer than this is one big document, not a log line: it is not parsed to look for a batch
/// (a 5 MB minified payload would otherwise be parsed on every edit just to learn it is one delivery).
const MAX_LINE_BYTES: usize = 256 * 1024;

/// `None` when the paste is (at most) one delivery.
pub fn split(text: &str) -> Option<Batch> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        return json_array(text);
    }
    if trimmed.starts_with('{') {
        if let Some(batch) = har(text) {
            return Some(batch);
        }
    }
    json_lines(text).or_else(|| requests(text))
}

fn json_array(text: &str) -> Option<Batch> {
    let root = parse(text).ok()?;
    let items = root.as_array()?;
    if items.is_empty() || items.iter().any(|i| i.as_object().is_none()) {
        return None;
    }
    let mut lines = LineCounter::new(text);
    let deliveries = items
        .iter()
        .map(|item| slice(text, item.span, lines.line_at(item.span.start)))
        .collect();
    Some(Batch {
        source: Source::JsonArray,
        deliveries,
    })
}

fn slice(text: &str, span: Span, line: usize) -> Delivery {
    Delivery {
        text: text
            .get(span.start..span.end)
            .unwrap_or_default()
            .to_owned(),
        span: Some(span),
        line,
    }
}

/// 1-based line numbers of increasing offsets, counting each newline once (counting from the start for
/// every delivery made 10,000 of them take seconds).
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> usize {
        let to = offset.max(self.at);
        let newlines = self
            .bytes
            .get(self.at..to)
            .unwrap_or_default()
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.line = self.line.saturating_add(newlines);
        self.at = to;
        self.line
    }
}

/// One delivery per line that holds a JSON object, after any log prefix (a timestamp, a level).
fn json_lines(text: &str) -> Option<Batch> {
    let mut deliveries = Vec::new();
    let mut parsed = 0usize;
    let mut at = 0usize;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let start = at;
        at = at.saturating_add(line.len());
        let content = line.trim_end_matches(['\n', '\r']);
        let Some(brace) = content
            .find('{')
            .filter(|_| content.len() <= MAX_LINE_BYTES)
        else {
            continue;
        };
        let from = start.saturating_add(brace);
        let span = Span::new(from, start.saturating_add(content.trim_end().len()));
        let json = text.get(span.start..span.end).unwrap_or_default();
        // Two objects prove it a batch; the rest are analysed row by row anyway, so not parsed twice.
        if parsed < 2 && parse(json).is_ok_and(|n| n.as_object().is_some()) {
            parsed = parsed.saturating_add(1);
        }
        deliveries.push(slice(text, span, number.saturating_add(1)));
    }
    (parsed >= 2).then_some(Batch {
        source: Source::JsonLines,
        deliveries,
    })
}

/// Two or more request lines: each starts a delivery that runs to the next.
fn requests(text: &str) -> Option<Batch> {
    let mut starts = Vec::new();
    let mut at = 0usize;
    for line in text.split_inclusive('\n') {
        let content = line.trim_start();
        if METHODS.iter().any(|m| content.starts_with(m)) && content.contains(HTTP_VERSION) {
            starts.push(at.saturating_add(line.len().saturating_sub(content.len())));
        }
        at = at.saturating_add(line.len());
    }
    if starts.len() < 2 {
        return None;
    }
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    let mut lines = LineCounter::new(text);
    let deliveries = starts
        .iter()
        .zip(ends)
        .map(|(&s, e)| {
            let chunk = text.get(s..e).unwrap_or_default();
            let span = Span::new(s, s.saturating_add(chunk.trim_end().len()));
            slice(text, span, lines.line_at(s))
        })
        .collect();
    Some(Batch {
        source: Source::Requests,
        deliveries,
    })
}

/// A HAR log (`{"log": {"entries": [...]}}`): each entry with a request body, rebuilt as a raw request.
fn har(text: &str) -> Option<Batch> {
    let root = parse_at(text, 0).ok()?;
    let entries = root.get(HAR_LOG)?.get(HAR_ENTRIES)?.as_array()?;
    let deliveries: Vec<Delivery> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, entry)| har_request(entry).map(|raw| (i, raw)))
        .map(|(i, raw)| Delivery {
            text: raw,
            span: None,
            line: i.saturating_add(1),
        })
        .collect();
    (!deliveries.is_empty()).then_some(Batch {
        source: Source::Har,
        deliveries,
    })
}

/// `METHOD path HTTP/1.1`, its headers (HTTP/2 pseudo-headers left out) and its body text.
fn har_request(entry: &Node) -> Option<String> {
    let request = entry.get("request")?;
    let body = request.get("postData")?.get("text")?.as_str()?;
    let method = request
        .get("method")
        .and_then(Node::as_str)
        .unwrap_or("POST");
    let url = request.get("url").and_then(Node::as_str).unwrap_or("/");
    let target = url
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').and_then(|p| rest.get(p..)))
        .unwrap_or(url);
    let mut raw = format!("{method} {target} HTTP/1.1\n");
    for header in request
        .get("headers")
        .and_then(Node::as_array)
        .unwrap_or_default()
    {
        let name = header
            .get("name")
            .and_then(Node::as_str)
            .unwrap_or_default();
        let value = header
            .get("value")
            .and_then(Node::as_str)
            .unwrap_or_default();
        if !name.is_empty() && !name.starts_with(':') {
            raw.push_str(&format!("{name}: {value}\n"));
        }
    }
    raw.push('\n');
    raw.push_str(body);
    Some(raw)
}
