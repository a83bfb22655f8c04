//! A generated event as the user takes it away: pretty JSON, a complete raw HTTP request (with Perfect
//! Gym's request id and signature when a secret is given), or a `curl` command that sends exactly it.

use super::cast::ascii_slug;
use super::target::{parse_target, Target, TargetError};
use super::Generated;
use crate::domain::schema::declaration;
use crate::domain::schema::{Auth, Vendor};
use crate::domain::signature::compute_pgm;

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

/// Something the user should know about an export, about the vendor it names: its words come from
/// that vendor's declaration (scheme, headers, delivery rules), so no vendor is written here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// A signing vendor, no secret given: the signature header is left out, as the vendor does then.
    Unsigned(Vendor),
    /// A signing vendor, signed with the secret given.
    Signed(Vendor),
    /// The signing vendor's request id format is not documented.
    RequestIdFormat(Vendor),
    /// The vendor documents no authentication, so no header is added.
    NoAuth(Vendor),
    /// A static-key vendor, no key given: the documents' own example key is sent.
    ExampleKey(Vendor),
    /// A static-key vendor: the key given is sent.
    GivenKey(Vendor),
    /// The URL is not one the vendor calls (not HTTPS, or not on its only port).
    HttpsOnly(Vendor),
    /// The event name is gymhook's placeholder.
    Placeholder(Vendor),
}

impl Note {
    /// Stable identifier (`data-note`): `unsigned`, `pgm-https-only`, `gymos-unsigned`, …
    pub fn key(self) -> String {
        let short = |v: Vendor| declaration(v).short_name.to_ascii_lowercase();
        match self {
            Note::Unsigned(_) => "unsigned".to_owned(),
            Note::Signed(_) => "signed".to_owned(),
            Note::RequestIdFormat(_) => "request-id-format".to_owned(),
            Note::NoAuth(v) => format!("{}-unsigned", short(v)),
            Note::ExampleKey(_) => "example-key".to_owned(),
            Note::GivenKey(_) => "given-key".to_owned(),
            Note::HttpsOnly(v) => format!("{}-https-only", short(v)),
            Note::Placeholder(_) => "placeholder".to_owned(),
        }
    }

    pub fn text(self) -> String {
        let decl = |v: Vendor| declaration(v);
        match self {
            Note::Unsigned(v) => match decl(v).signing() {
                Some(s) => format!("No {}: no webhook secret was given, and {} only signs requests when the webhook has a secret configured.", s.signature_header, v.display_name()),
                None => String::new(),
            },
            Note::Signed(v) => match decl(v).signing() {
                Some(s) => format!("{} = MD5(request id + \"{}\" + the webhook secret given), as {} computes it.", s.signature_header, s.separator, v.display_name()),
                None => String::new(),
            },
            Note::RequestIdFormat(v) => format!("{} does not document the request id's format; gymhook derives a GUID from the seed and the event, so each event has its own (a retry would repeat it).", v.display_name()),
            Note::NoAuth(v) => format!("No signature header: {} documents no outbound signing. Protect the receiver with your own secret in the URL or a header.", v.display_name()),
            Note::ExampleKey(v) => match decl(v).auth.key() {
                Some(k) => format!("{}: {}, the documents' own example key (no key was given). {} signs nothing: this static key is the only credential it sends.", k.header, k.example, v.display_name()),
                None => String::new(),
            },
            Note::GivenKey(v) => match decl(v).auth.key() {
                Some(k) => format!("{}: the key given, sent as is. {} signs nothing: this static key is the only credential it sends.", k.header, v.display_name()),
                None => String::new(),
            },
            Note::HttpsOnly(v) => match decl(v).delivery_rules.https_port {
                Some(port) => format!("{} only calls HTTPS URLs on port {port}; this URL is fine for a local test receiver only.", v.display_name()),
                None => format!("{} only calls HTTPS URLs; this URL is fine for a local test receiver only.", v.display_name()),
            },
            Note::Placeholder(v) => {
                let container = decl(v).unnamed.map_or("", |u| u.container.name);
                format!("The {} is gymhook's labelled placeholder: {} publishes no event name for this {container} object.", decl(v).event_field, v.display_name())
            }
        }
    }
}

/// The text for one format plus what the user should know about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub text: String,
    pub notes: Vec<Note>,
}

/// `url` is only read for the HTTP and curl formats; `secret` is the signing vendor's webhook secret, or
/// a static-key vendor's key (its documents' example key when empty).
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
            .then_some(Note::Placeholder(generated.vendor()))
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

/// Always a POST with a JSON body: every declared vendor delivers so.
pub const METHOD: &str = "POST";
const HOST: &str = "Host";
const CONTENT_TYPE_HEADER: &str = "Content-Type";
const CONTENT_LENGTH: &str = "Content-Length";

pub fn request(generated: &Generated, url: &str, secret: &str) -> Result<Request, TargetError> {
    let mut notes = Vec::new();
    if generated.choice.is_placeholder() {
        notes.push(Note::Placeholder(generated.vendor()));
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

/// The headers of the vendor's authentication scheme (a request id and signature, a static key, or
/// none), with the notes that explain them, and a note when the URL is one the vendor never calls.
fn vendor_headers(
    generated: &Generated,
    secret: &str,
    target: &Target,
    notes: &mut Vec<Note>,
) -> Vec<(&'static str, String)> {
    let vendor = generated.vendor();
    let decl = declaration(vendor);
    let mut headers = Vec::new();
    match (&decl.auth, &generated.request_id) {
        (Auth::Signature(s), Some(request_id)) => {
            headers.push((s.request_id_header, request_id.clone()));
            notes.push(Note::RequestIdFormat(vendor));
            if secret.is_empty() {
                notes.push(Note::Unsigned(vendor));
            } else {
                headers.push((s.signature_header, compute_pgm(request_id, secret)));
                notes.push(Note::Signed(vendor));
            }
        }
        (Auth::StaticKey(k), _) if secret.is_empty() => {
            headers.push((k.header, k.example.to_owned()));
            notes.push(Note::ExampleKey(vendor));
        }
        (Auth::StaticKey(k), _) => {
            headers.push((k.header, secret.to_owned()));
            notes.push(Note::GivenKey(vendor));
        }
        _ => notes.push(Note::NoAuth(vendor)),
    }
    // The vendor's own rule (Perfect Gym: HTTPS on 443 only, its "Technical requirements").
    let rules = decl.delivery_rules;
    let port = target.authority.rsplit_once(':').map(|(_, port)| port);
    let wrong_port = rules
        .https_port
        .is_some_and(|only| port.is_some_and(|p| p != only.to_string()));
    if rules.https_only && (!target.https || wrong_port) {
        notes.push(Note::HttpsOnly(vendor));
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
