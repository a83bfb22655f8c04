//! A generated event as the user takes it away: pretty JSON, a complete raw HTTP request (with Perfect
//! Gym's request id and signature when a secret is given), or a `curl` command that sends exactly it.

use super::cast::ascii_slug;
use super::target::{parse_target, Target, TargetError};
use super::Generated;
use crate::domain::schema::declaration;
use crate::domain::signature::{compute_pgm, REQUEST_ID_HEADER, SIGNATURE_HEADER};

const CONTENT_TYPE: &str = "application/json";
const CRLF: &str = "\r\n";
/// How a single quote is written inside a POSIX single-quoted word: close, escaped quote, reopen.
const QUOTE_IN_SINGLE_QUOTES: &str = "'\\''";

/// What the output shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Http,
    Curl,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Json, Format::Http, Format::Curl];

    /// Stable identifier (`<option>` value).
    pub fn key(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Http => "http",
            Format::Curl => "curl",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON body",
            Format::Http => "Raw HTTP request",
            Format::Curl => "curl command",
        }
    }

    pub fn from_key(key: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// Something the user should know about an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// PGM, no secret typed: the signature header is left out, as PGM does without a secret.
    Unsigned,
    /// PGM, signed with the secret typed in the signature panel.
    Signed,
    /// PGM's request id format is not documented.
    RequestIdFormat,
    /// GymOS documents no signature header, so none is added.
    GymOsUnsigned,
    /// The URL is not HTTPS on port 443, which PGM requires.
    PgmHttpsOnly,
    /// The event name is gymhook's placeholder.
    Placeholder,
}

impl Note {
    pub fn key(self) -> &'static str {
        match self {
            Note::Unsigned => "unsigned",
            Note::Signed => "signed",
            Note::RequestIdFormat => "request-id-format",
            Note::GymOsUnsigned => "gymos-unsigned",
            Note::PgmHttpsOnly => "pgm-https-only",
            Note::Placeholder => "placeholder",
        }
    }

    pub fn text(self) -> &'static str {
        match self {
            Note::Unsigned => "No X-PerfectGym-Signature: no webhook secret was given, and Perfect Gym only signs requests when the webhook has a secret configured.",
            Note::Signed => "X-PerfectGym-Signature = MD5(request id + \":\" + the webhook secret given), as Perfect Gym computes it.",
            Note::RequestIdFormat => "Perfect Gym does not document the request id's format; gymhook derives a GUID from the seed and the event, so each event has its own (a retry would repeat it).",
            Note::GymOsUnsigned => "No signature header: GymOS documents no outbound signing. Protect the receiver with your own secret in the URL or a header.",
            Note::PgmHttpsOnly => "Perfect Gym only calls HTTPS URLs on port 443; this URL is fine for a local test receiver only.",
            Note::Placeholder => "The eventType is gymhook's labelled placeholder: GymOS publishes no event name for this payload object.",
        }
    }
}

/// The text for one format plus what the user should know about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub text: String,
    pub notes: Vec<Note>,
}

/// `url` is only read for the HTTP and curl formats; `secret` only for Perfect Gym.
pub fn export(
    generated: &Generated,
    format: Format,
    url: &str,
    secret: &str,
) -> Result<Export, TargetError> {
    if format == Format::Json {
        let notes = generated
            .choice
            .is_placeholder()
            .then_some(Note::Placeholder)
            .into_iter()
            .collect();
        return Ok(Export {
            text: generated.body.clone(),
            notes,
        });
    }
    let request = request(generated, url, secret)?;
    let text = match format {
        Format::Curl => curl_command(&request),
        _ => http_request(&request),
    };
    Ok(Export {
        text,
        notes: request.notes,
    })
}

/// A generated event as one HTTP request: where it goes, every header in the order it is written
/// (Host, Content-Type, Content-Length, then the vendor's own), and the exact body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub target: Target,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
    pub notes: Vec<Note>,
}

/// Always a POST with a JSON body: both vendors deliver so.
pub const METHOD: &str = "POST";
const HOST: &str = "Host";
const CONTENT_TYPE_HEADER: &str = "Content-Type";
const CONTENT_LENGTH: &str = "Content-Length";

pub fn request(generated: &Generated, url: &str, secret: &str) -> Result<Request, TargetError> {
    let mut notes = Vec::new();
    if generated.choice.is_placeholder() {
        notes.push(Note::Placeholder);
    }
    let target = parse_target(url)?;
    let body = generated.body.clone();
    let mut headers = vec![
        (HOST, target.authority.clone()),
        (CONTENT_TYPE_HEADER, CONTENT_TYPE.to_owned()),
        (CONTENT_LENGTH, body.len().to_string()),
    ];
    headers.extend(vendor_headers(generated, secret, &target, &mut notes));
    Ok(Request {
        target,
        headers,
        body,
        notes,
    })
}

/// The vendor's own headers (PGM request id and signature), with the notes that explain them.
fn vendor_headers(
    generated: &Generated,
    secret: &str,
    target: &Target,
    notes: &mut Vec<Note>,
) -> Vec<(&'static str, String)> {
    let Some(request_id) = &generated.request_id else {
        notes.push(Note::GymOsUnsigned);
        return Vec::new();
    };
    let mut headers = vec![(REQUEST_ID_HEADER, request_id.clone())];
    notes.push(Note::RequestIdFormat);
    if secret.is_empty() {
        notes.push(Note::Unsigned);
    } else {
        headers.push((SIGNATURE_HEADER, compute_pgm(request_id, secret)));
        notes.push(Note::Signed);
    }
    // The vendor's own rule (Perfect Gym: HTTPS on 443 only, its "Technical requirements").
    let rules = declaration(generated.vendor()).delivery_rules;
    if let Some(only) = rules.https_port {
        let port = target.authority.rsplit_once(':').map(|(_, port)| port);
        if !target.https || port.is_some_and(|p| p != only.to_string()) {
            notes.push(Note::PgmHttpsOnly);
        }
    }
    headers
}

/// The request as it travels: request line, headers and blank line with CRLF, then the exact body.
pub fn http_request(request: &Request) -> String {
    let mut lines = vec![format!("{METHOD} {} HTTP/1.1", request.target.path)];
    lines.extend(
        request
            .headers
            .iter()
            .map(|(name, value)| format!("{name}: {value}")),
    );
    format!("{}{CRLF}{CRLF}{}", lines.join(CRLF), request.body)
}

/// `curl` sending exactly the body bytes: `--data-binary` keeps newlines (`-d` would strip them).
/// curl writes Host and Content-Length itself.
pub fn curl_command(request: &Request) -> String {
    let mut parts = vec![format!(
        "curl -X {METHOD} {}",
        shell_quote(&request.target.url)
    )];
    parts.extend(
        request
            .headers
            .iter()
            .filter(|(name, _)| *name != HOST && *name != CONTENT_LENGTH)
            .map(|(name, value)| format!("-H {}", shell_quote(&format!("{name}: {value}")))),
    );
    parts.push(format!("--data-binary {}", shell_quote(&request.body)));
    parts.join(" \\\n  ")
}

/// POSIX single quotes: every byte literal, `'` written as `'\''`. Safe for any text, newlines included.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', QUOTE_IN_SINGLE_QUOTES))
}

/// `perfectgym-classesbooked-seed-2025.json`; edge-case events say so.
pub fn file_name(generated: &Generated) -> String {
    let event = match generated.choice.slot() {
        Some(slot) => slot.name.to_owned(),
        None => generated.choice.event_type(),
    };
    let slug: String = ascii_slug(&event.replace(' ', "-"));
    let edge = if generated.options.edge_cases {
        "-edge-cases"
    } else {
        ""
    };
    format!(
        "{}-{}-seed-{}{edge}.json",
        generated.vendor().slug(),
        slug,
        generated.options.seed
    )
}
