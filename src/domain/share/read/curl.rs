//! A pasted `curl` command read as the request it sends: method, URL (kept absolute, so its scheme
//! stays visible to the request checks), `-H` headers and the `-d` / `--data-*` / `--json` body, as a
//! raw request `analyze` reads. Arguments that are credentials by what they are (`-u`, `-b`,
//! `--oauth2-bearer`, `-U`, `-E`) are reported by span. The page's own explorer reads commands as text.

use super::shell::{words, Word};
use crate::domain::json::Span;

const COMMAND: &str = "curl";
const PROMPTS: [&str; 2] = ["$ ", "> "];
/// Options whose next word (or attached value) is a credential.
const SECRET_OPTIONS: [&str; 10] = [
    "-u",
    "--user",
    "-b",
    "--cookie",
    "--oauth2-bearer",
    "-U",
    "--proxy-user",
    "-E",
    "--cert",
    "--pass",
];
const METHOD_OPTIONS: [&str; 2] = ["-X", "--request"];
const HEADER_OPTIONS: [&str; 2] = ["-H", "--header"];
const DATA_OPTIONS: [&str; 7] = [
    "-d",
    "--data",
    "--data-raw",
    "--data-binary",
    "--data-ascii",
    "--data-urlencode",
    "--json",
];
const JSON_OPTION: &str = "--json";
const URL_OPTION: &str = "--url";
/// Other options that take a value, so it is not taken for the URL.
const VALUE_OPTIONS: [&str; 34] = [
    "-A",
    "--user-agent",
    "-e",
    "--referer",
    "-o",
    "--output",
    "-w",
    "--write-out",
    "-m",
    "--max-time",
    "--connect-timeout",
    "-x",
    "--proxy",
    "-F",
    "--form",
    "--cacert",
    "--capath",
    "--key",
    "--resolve",
    "--connect-to",
    "--retry",
    "--retry-delay",
    "--limit-rate",
    "-c",
    "--cookie-jar",
    "-D",
    "--dump-header",
    "-r",
    "--range",
    "-T",
    "--upload-file",
    "-K",
    "--config",
    "--aws-sigv4",
];

pub struct Command {
    pub request: String,
    pub credentials: Vec<(Span, String)>,
}

/// `None` unless the paste is a `curl` command (possibly behind a shell prompt).
pub fn read(text: &str) -> Option<Command> {
    let lead = text.len().saturating_sub(text.trim_start().len());
    let mut start = lead;
    let rest = text.get(lead..)?;
    if let Some(p) = PROMPTS.iter().find(|p| rest.starts_with(**p)) {
        start = start.saturating_add(p.len());
    }
    let words = words(text, start);
    let (first, args) = words.split_first()?;
    if first.text != COMMAND {
        return None;
    }
    let parts = Parts::read(text, args);
    Some(Command {
        request: parts.request(),
        credentials: parts.credentials,
    })
}

/// What the command's arguments say, before it is written out as a request.
#[derive(Default)]
struct Parts {
    method: Option<String>,
    url: Option<String>,
    headers: Vec<String>,
    data: Vec<String>,
    credentials: Vec<(Span, String)>,
    json: bool,
}

impl Parts {
    /// Walks the arguments: an option that takes a value takes the attached one or the next word; the
    /// first word that is no option is the URL.
    fn read(text: &str, args: &[Word]) -> Parts {
        let mut parts = Parts::default();
        let mut i = 0;
        while let Some(word) = args.get(i) {
            i = i.saturating_add(1);
            let Some((option, attached)) = option(&word.text) else {
                parts.url.get_or_insert_with(|| word.text.clone());
                continue;
            };
            let takes = [
                &SECRET_OPTIONS[..],
                &METHOD_OPTIONS,
                &HEADER_OPTIONS,
                &DATA_OPTIONS,
                &VALUE_OPTIONS,
                &[URL_OPTION],
            ]
            .iter()
            .any(|list| list.contains(&option));
            if !takes {
                continue;
            }
            let (value, own) = match attached {
                Some(v) => (v, None),
                None => {
                    let next = args.get(i);
                    i = i.saturating_add(1);
                    (next.map(|w| w.text.clone()).unwrap_or_default(), next)
                }
            };
            parts.take(option, value, own.unwrap_or(word).inner(text));
        }
        parts
    }

    /// One option's value; `span` is where it stands in the paste (for a credential).
    fn take(&mut self, option: &str, value: String, span: Span) {
        match option {
            o if SECRET_OPTIONS.contains(&o) => self.credentials.push((span, o.to_owned())),
            o if METHOD_OPTIONS.contains(&o) => self.method = Some(value),
            o if HEADER_OPTIONS.contains(&o) => self.headers.push(value),
            o if DATA_OPTIONS.contains(&o) => {
                self.json |= o == JSON_OPTION;
                // `@file` reads a file this page does not have: the body is unknown, not this text.
                if !value.starts_with('@') {
                    self.data.push(value);
                }
            }
            URL_OPTION => self.url = Some(value),
            _ => {}
        }
    }

    /// The raw request curl would send: `-d` makes it a POST, `--json` adds its content type.
    fn request(&self) -> String {
        let method =
            self.method
                .as_deref()
                .unwrap_or(if self.data.is_empty() { "GET" } else { "POST" });
        let url = self.url.as_deref().unwrap_or("/");
        let mut request = format!("{method} {url} HTTP/1.1\n");
        for header in self.headers.iter().filter(|h| h.contains(':')) {
            request.push_str(header);
            request.push('\n');
        }
        if self.json
            && !self
                .headers
                .iter()
                .any(|h| h.to_ascii_lowercase().starts_with("content-type"))
        {
            request.push_str("Content-Type: application/json\n");
        }
        request.push('\n');
        request.push_str(&self.data.join("&"));
        request
    }
}

/// `-X` / `--request` / `--request=POST` / `-XPOST` / `-sSX POST`: the option that takes a value and
/// any value attached to it; `("", None)` for flags (`-s`, `--compressed`); `None` for a non-option.
fn option(word: &str) -> Option<(&'static str, Option<String>)> {
    if !word.starts_with('-') || word == "-" {
        return None;
    }
    let all = || {
        SECRET_OPTIONS
            .iter()
            .chain(&METHOD_OPTIONS)
            .chain(&HEADER_OPTIONS)
            .chain(&DATA_OPTIONS)
            .chain(&VALUE_OPTIONS)
            .chain([&URL_OPTION])
            .copied()
    };
    if let Some(long) = word.strip_prefix("--") {
        let (name, value) = match long.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (long, None),
        };
        return Some(
            all()
                .find(|k| k.strip_prefix("--") == Some(name))
                .map_or(("", None), |k| (k, value)),
        );
    }
    // Short options may be grouped: the first that takes a value takes the rest of the word.
    for (i, c) in word.char_indices().skip(1) {
        let Some(known) = all().find(|k| k.len() == 2 && k.ends_with(c)) else {
            continue;
        };
        let rest = word
            .get(i.saturating_add(c.len_utf8())..)
            .unwrap_or_default();
        return Some((known, (!rest.is_empty()).then(|| rest.to_owned())));
    }
    Some(("", None))
}
