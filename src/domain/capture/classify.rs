//! The cheap first look: what a paste's first significant line says it is. JSON opens with a bracket
//! (after any byte-order mark, blank lines or `//` comment lines, which people leave above a body);
//! HTTP opens with a request line, a status line or a header. Everything else is left to the readers
//! of logs and dumps, which look further.

use super::aspnet::MARK as ASPNET_MARK;
use super::lines::lines;
use crate::domain::http::{header_line, is_request_line, status_line};

const BOM: char = '\u{feff}';
const LINE_COMMENT: &str = "//";
const BLOCK_COMMENT: (&str, &str) = ("/*", "*/");
const CURL_MARKS: [&str; 3] = ["*", ">", "<"];
/// What can come before curl's marked lines: the command itself, and curl's own messages (`Note:
/// Unnecessary use of -X or --request, POST is already inferred.`), which look like a header.
const CURL_PREAMBLE: [&str; 4] = ["curl ", "$ curl ", "Note: ", "Warning: "];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Empty,
    /// JSON opens at this offset (a `{` or `[`).
    Json {
        start: usize,
    },
    /// A request line, a status line or a header comes first.
    Http,
    /// `curl -v` output: `* ` notes, `> ` request lines, `< ` response lines.
    Curl,
    /// ASP.NET Core's HttpLogging output (its category line looks like a header).
    AspNet,
    /// Anything else: a log, a dump, or text that is no capture.
    Other,
}

pub fn shape(text: &str) -> Shape {
    let Some((at, line)) = first_significant(text) else {
        // Comments alone are still text: one body, whose parse error says so.
        return if text.trim().is_empty() {
            Shape::Empty
        } else {
            Shape::Other
        };
    };
    let curl_first = is_curl_line(line) || CURL_PREAMBLE.iter().any(|p| line.starts_with(p));
    if curl_first && sends_a_request(text) {
        return Shape::Curl;
    }
    if line.contains(ASPNET_MARK) {
        return Shape::AspNet;
    }
    if line.starts_with(['{', '[']) {
        return Shape::Json { start: at };
    }
    if is_request_line(line) || status_line(line).is_some() || starts_headers(line) {
        return Shape::Http;
    }
    Shape::Other
}

/// The offset and text of the first line that is not blank, a byte-order mark or a comment; the text
/// starts at its first significant character.
fn first_significant(text: &str) -> Option<(usize, &str)> {
    let mut in_block = false;
    for line in lines(text) {
        let mut content = line
            .text
            .trim_start_matches(|c: char| c.is_whitespace() || c == BOM);
        if in_block {
            let Some(end) = content.find(BLOCK_COMMENT.1) else {
                continue;
            };
            in_block = false;
            content = content
                .get(end.saturating_add(BLOCK_COMMENT.1.len())..)
                .unwrap_or_default()
                .trim_start();
        }
        if let Some(rest) = content.strip_prefix(BLOCK_COMMENT.0) {
            match rest.find(BLOCK_COMMENT.1) {
                Some(end) => {
                    content = rest
                        .get(end.saturating_add(BLOCK_COMMENT.1.len())..)
                        .unwrap_or_default()
                        .trim_start();
                }
                None => {
                    in_block = true;
                    continue;
                }
            }
        }
        if content.is_empty() || content.starts_with(LINE_COMMENT) {
            continue;
        }
        // `content` is a suffix of the line.
        return Some((line.span.end.saturating_sub(content.len()), content));
    }
    None
}

/// A line `curl -v` writes: `* ` (its notes), `> ` (sent), `< ` (received), or the marker alone.
pub fn is_curl_line(line: &str) -> bool {
    CURL_MARKS
        .iter()
        .any(|m| line == *m || line.strip_prefix(m).is_some_and(|r| r.starts_with(' ')))
}

/// Whether curl's output shows the request line it sent (`> POST /h HTTP/1.1`): without one, text
/// that merely starts with `> ` is no curl output.
fn sends_a_request(text: &str) -> bool {
    lines(text).any(|l| {
        l.text
            .trim_start()
            .strip_prefix("> ")
            .is_some_and(is_request_line)
    })
}

/// A header line that starts a request pasted without its request line. Log lines look like headers
/// too (`2025-11-26T16:02:01Z …`, `INFO: webhook {…}`): a header's name starts with a letter (or is an
/// HTTP/2 pseudo-header), and its value holds no JSON object.
fn starts_headers(line: &str) -> bool {
    header_line(line).is_some_and(|(name, value)| {
        let named = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == ':');
        named && !value.contains('{')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_opens_after_marks_blank_lines_and_comments() {
        assert_eq!(shape("  {}"), Shape::Json { start: 2 });
        assert_eq!(shape("\u{feff}[1]"), Shape::Json { start: 3 });
        let commented = "// the delivery of 12:00\n/* from the log */\n{\"a\": 1}";
        assert_eq!(
            shape(commented),
            Shape::Json {
                start: commented.find('{').unwrap_or(0)
            }
        );
        assert_eq!(shape(" \n\t\n"), Shape::Empty);
        assert_eq!(
            shape("*   Trying 127.0.0.1:443...\n> POST /h HTTP/1.1"),
            Shape::Curl
        );
        assert_eq!(shape("> POST /h HTTP/1.1"), Shape::Curl);
        assert_eq!(
            shape("Note: Unnecessary use of -X or --request, POST is already inferred.\n* Trying\n> POST /h HTTP/1.1"),
            Shape::Curl
        );
        assert_eq!(
            shape("$ curl -v -d @body.json https://r.example.com/h\n> POST /h HTTP/1.1"),
            Shape::Curl
        );
        assert_eq!(
            shape("Note: 1\n\n{}"),
            Shape::Http,
            "a header without curl's request lines"
        );
        assert_eq!(shape("> nope"), Shape::Other);
    }

    #[test]
    fn http_opens_with_a_request_status_or_header_line() {
        for text in [
            "POST /h HTTP/1.1\n\n{}",
            "HTTP/1.1 200 OK\n\nOk",
            "X-PerfectGym-Request: 1\n\n{}",
            ":authority: example.com\n",
        ] {
            assert_eq!(shape(text), Shape::Http, "{text}");
        }
    }

    #[test]
    fn log_lines_are_not_headers() {
        for text in [
            "2025-11-26T16:02:01Z INFO webhook received: {\"event\": \"Test\"}",
            "INFO: webhook {\"event\": \"Test\"}",
            "hello",
            "// a comment alone",
        ] {
            assert_eq!(shape(text), Shape::Other, "{text}");
        }
    }
}
