//! A problem found in a pasted payload: what kind, how severe, where (JSON path, byte span, line:column).
//! The kind fixes the severity, so the same problem is never an error in one place and a warning in another.

use super::json::{Position, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    /// Stable identifier used in `data-severity`.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn heading(self) -> &'static str {
        match self {
            Severity::Error => "Errors",
            Severity::Warning => "Warnings",
            Severity::Info => "Notes",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The text is not JSON.
    Syntax,
    /// A JSON type other than the documented one (a string where a number belongs, a fractional int, ...).
    Type,
    /// The right JSON type, but its content does not parse as the documented format (GUID, datetime, range).
    Format,
    /// `""` standing for a missing datetime or GUID, as GymOS's own example does.
    EmptyAsNull,
    /// `null` where the document does not mark the field nullable.
    NullNotNullable,
    /// A field whose name says UTC carrying a non-zero offset.
    UtcOffset,
    /// A field documented as UTC sent without any zone designator (`2025-11-26T16:02:01`).
    ZoneLess,
    /// A number sent as a string where public receivers are known to accept that (PGM ids).
    NumericString,
    /// An event name spelled differently from the document.
    Spelling,
    /// A value outside the values the document lists.
    Value,
    /// `subjectType` and the populated `subject` slot disagree.
    SubjectMismatch,
    /// An envelope field the vendor always sends is missing.
    Missing,
    /// The same key twice in one object: receivers keep either the first or the last.
    DuplicateKey,
    /// A field the documents do not list.
    Undocumented,
    /// A field known only from public receiver code, not from the vendor's document.
    Observed,
    /// An event name the declarations do not know.
    UnknownEvent,
    /// The payload's shape matches neither vendor.
    Vendor,
    /// The paste is larger than the page analyses (`analysis::MAX_INPUT_BYTES`).
    TooLarge,
    /// A number that common receivers read as another number (a Perfect Gym id past 2^53 in JavaScript).
    Precision,
    /// A value .NET cannot hold (a decimal past `decimal.MaxValue`, an offset past ±14:00).
    Range,
    /// Invisible or bidirectional-control characters inside a value.
    Invisible,
    /// The request's method is not POST.
    Method,
    /// The request's Content-Type is not JSON.
    ContentType,
    /// The request's Content-Length disagrees with the body's bytes.
    ContentLength,
    /// A signing header sent twice.
    DuplicateHeader,
    /// Plain http or a port other than 443: Perfect Gym only calls HTTPS on 443.
    InsecureTarget,
    /// A Content-Encoding: the body as pasted is not the bytes that were sent.
    ContentEncoding,
    /// An obsolete folded header line (a continuation starting with whitespace).
    FoldedHeader,
    /// A byte-order mark before the body (ignored).
    Bom,
    /// `curl -v` output: its markers and notes were set aside to read the request.
    CurlOutput,
    /// A pasted HTTP response: its status line was set aside.
    Response,
    /// A comment in the body: JSON allows none.
    Comment,
    /// A comma before a closing bracket: JSON allows none.
    TrailingComma,
    /// The receiver's answer breaks the vendor's documented rules (not a 2xx, too long).
    Answer,
    /// How a capture was read: its form, what was rebuilt or set aside.
    Capture,
    /// A `Transfer-Encoding: chunked` body, read de-chunked.
    Chunked,
    /// A capture that holds no delivery to read: what it looks like, and what is missing.
    Unreadable,
    /// A value not of the type gymhook infers where the documents give none (a warning, never an error).
    InferredType,
    /// Epoch milliseconds that read as a date before 2000, but as a plausible date in seconds.
    EpochSeconds,
    /// A list documented as holding one element for now holds more.
    ExtraItems,
    /// What a pasted request's vendor documents about answering and retries, when its sources disagree.
    Delivery,
}

impl Kind {
    /// Every kind, in a fixed order (the wire's codes are indexes into it; `kind_code` there is exhaustive,
    /// and a test checks the two agree, so a new kind cannot be left out).
    pub const ALL: [Kind; 41] = [
        Kind::Syntax,
        Kind::Type,
        Kind::Format,
        Kind::EmptyAsNull,
        Kind::NullNotNullable,
        Kind::UtcOffset,
        Kind::NumericString,
        Kind::Spelling,
        Kind::Value,
        Kind::SubjectMismatch,
        Kind::Missing,
        Kind::DuplicateKey,
        Kind::Undocumented,
        Kind::Observed,
        Kind::UnknownEvent,
        Kind::Vendor,
        Kind::TooLarge,
        Kind::Precision,
        Kind::Range,
        Kind::Invisible,
        Kind::Method,
        Kind::ContentType,
        Kind::ContentLength,
        Kind::DuplicateHeader,
        Kind::InsecureTarget,
        Kind::ContentEncoding,
        Kind::FoldedHeader,
        Kind::Bom,
        Kind::CurlOutput,
        Kind::Response,
        Kind::Comment,
        Kind::TrailingComma,
        Kind::ZoneLess,
        Kind::Answer,
        Kind::Capture,
        Kind::Chunked,
        Kind::Unreadable,
        Kind::InferredType,
        Kind::EpochSeconds,
        Kind::ExtraItems,
        Kind::Delivery,
    ];

    pub fn severity(self) -> Severity {
        match self {
            Kind::Syntax
            | Kind::Type
            | Kind::Format
            | Kind::TooLarge
            | Kind::Comment
            | Kind::TrailingComma
            | Kind::Unreadable => Severity::Error,
            Kind::EmptyAsNull
            | Kind::NullNotNullable
            | Kind::UtcOffset
            | Kind::ZoneLess
            | Kind::NumericString
            | Kind::Spelling
            | Kind::Value
            | Kind::SubjectMismatch
            | Kind::Missing
            | Kind::DuplicateKey
            | Kind::Precision
            | Kind::Range
            | Kind::Invisible
            | Kind::Method
            | Kind::ContentType
            | Kind::ContentLength
            | Kind::DuplicateHeader
            | Kind::InsecureTarget
            | Kind::ContentEncoding
            | Kind::FoldedHeader
            | Kind::Answer
            | Kind::InferredType
            | Kind::EpochSeconds => Severity::Warning,
            Kind::Undocumented
            | Kind::Observed
            | Kind::UnknownEvent
            | Kind::Vendor
            | Kind::Bom
            | Kind::CurlOutput
            | Kind::Response
            | Kind::Capture
            | Kind::Chunked
            | Kind::ExtraItems
            | Kind::Delivery => Severity::Info,
        }
    }

    /// Stable identifier used in `data-kind`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Syntax => "syntax",
            Kind::Type => "type",
            Kind::Format => "format",
            Kind::EmptyAsNull => "empty-as-null",
            Kind::NullNotNullable => "null",
            Kind::UtcOffset => "utc-offset",
            Kind::ZoneLess => "zone-less",
            Kind::InferredType => "inferred-type",
            Kind::EpochSeconds => "epoch-seconds",
            Kind::ExtraItems => "extra-items",
            Kind::Delivery => "delivery",
            Kind::NumericString => "numeric-string",
            Kind::Spelling => "spelling",
            Kind::Value => "value",
            Kind::SubjectMismatch => "subject-mismatch",
            Kind::Missing => "missing",
            Kind::DuplicateKey => "duplicate-key",
            Kind::Undocumented => "undocumented",
            Kind::Observed => "observed",
            Kind::UnknownEvent => "unknown-event",
            Kind::Vendor => "vendor",
            Kind::TooLarge => "too-large",
            Kind::Precision => "precision",
            Kind::Range => "range",
            Kind::Invisible => "invisible",
            Kind::Method => "method",
            Kind::ContentType => "content-type",
            Kind::ContentLength => "content-length",
            Kind::DuplicateHeader => "duplicate-header",
            Kind::InsecureTarget => "insecure-target",
            Kind::ContentEncoding => "content-encoding",
            Kind::FoldedHeader => "folded-header",
            Kind::Bom => "bom",
            Kind::CurlOutput => "curl",
            Kind::Response => "response",
            Kind::Comment => "comment",
            Kind::TrailingComma => "trailing-comma",
            Kind::Answer => "answer",
            Kind::Capture => "capture",
            Kind::Chunked => "chunked",
            Kind::Unreadable => "unreadable",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: Kind,
    /// Dot path from the body's root: `payload.booking.autoBooked`, `subject.member.currentMemberships[1]`.
    pub path: String,
    /// Byte span in the whole pasted text (request headers included).
    pub span: Span,
    pub position: Position,
    /// What the document expects, when that is a short phrase ("GUID", "datetime", "int").
    pub expected: Option<String>,
    /// What was found, shortened for display.
    pub found: Option<String>,
    pub message: String,
}

impl Diagnostic {
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// Counts per severity, in `Severity::ALL` order.
pub fn counts(diagnostics: &[Diagnostic]) -> [usize; 3] {
    let mut out = [0; 3];
    for d in diagnostics {
        if let Some(n) = out.get_mut(d.severity() as usize) {
            *n += 1;
        }
    }
    out
}
