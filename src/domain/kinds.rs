//! What each kind of diagnostic means, in one sentence for people who meet it outside the page: the
//! command line's SARIF rules, its `--ignore` help and the documentation list them from here.

use super::diagnostic::Kind;

impl Kind {
    pub fn summary(self) -> &'static str {
        match self {
            Kind::Syntax => "The text is not JSON.",
            Kind::Type => "A JSON type other than the documented one (a string where a number belongs, a fraction in an integer).",
            Kind::Format => "The right JSON type, but the content does not parse as the documented format (GUID, datetime, range).",
            Kind::EmptyAsNull => "\"\" standing for a missing datetime or GUID, as GymOS's own example does.",
            Kind::NullNotNullable => "null where the document does not mark the field nullable.",
            Kind::UtcOffset => "A field documented as UTC carrying a non-zero offset.",
            Kind::ZoneLess => "A field documented as UTC sent without any zone designator.",
            Kind::NumericString => "A number sent as a string where public receivers are known to accept that.",
            Kind::Spelling => "An event name spelled differently from the document.",
            Kind::Value => "A value outside the values the document lists.",
            Kind::SubjectMismatch => "The subject type and the filled subject slot disagree.",
            Kind::Missing => "An envelope field the vendor always sends is missing.",
            Kind::DuplicateKey => "The same key twice in one object: receivers keep either the first or the last.",
            Kind::Undocumented => "A field the documents do not list.",
            Kind::Observed => "A field known only from public receiver code, not from the vendor's document.",
            Kind::UnknownEvent => "An event name the declarations do not know.",
            Kind::Vendor => "The body's shape matches no known vendor.",
            Kind::TooLarge => "The text is larger than gymhook analyses at once (16 MB).",
            Kind::Precision => "A number common receivers read as another number (an id past 2^53 in JavaScript).",
            Kind::Range => "A value .NET cannot hold (a decimal past decimal.MaxValue, an offset past ±14:00).",
            Kind::Invisible => "Invisible or bidirectional-control characters inside a value.",
            Kind::Method => "The request's method is not the one the vendor uses.",
            Kind::ContentType => "The request's Content-Type is not JSON.",
            Kind::ContentLength => "The request's Content-Length disagrees with the body's bytes.",
            Kind::DuplicateHeader => "A signing header sent twice.",
            Kind::InsecureTarget => "A target the vendor never calls (plain http, or a port other than the one it uses).",
            Kind::ContentEncoding => "A Content-Encoding: the body as pasted is not the bytes that were sent.",
            Kind::FoldedHeader => "An obsolete folded header line (a continuation starting with whitespace).",
            Kind::Bom => "A byte-order mark before the body (ignored).",
            Kind::CurlOutput => "curl -v output: its markers and notes were set aside to read the request.",
            Kind::Response => "A pasted HTTP response: its status line was set aside.",
            Kind::Comment => "A comment in the body: JSON allows none.",
            Kind::TrailingComma => "A comma before a closing bracket: JSON allows none.",
            Kind::Answer => "The receiver's answer breaks the vendor's documented rules (not a success status, or longer than the vendor shows).",
            Kind::Capture => "How a capture was read: its form, and what was rebuilt or set aside to read it.",
            Kind::Chunked => "A Transfer-Encoding: chunked body, read joined.",
            Kind::Unreadable => "A capture with no delivery to read (a log line without its body): what it looks like and what is missing.",
            Kind::InferredType => "A value of another type than gymhook infers where the documents give no type (a warning, never an error).",
            Kind::EpochSeconds => "Epoch milliseconds that read as a date before 2000 but as a plausible date in seconds.",
            Kind::ExtraItems => "A list documented as holding one element for now holds more.",
            Kind::Delivery => "What the vendor documents about answering and retries, where its own sources disagree.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_sentence() {
        for kind in Kind::ALL {
            let s = kind.summary();
            assert!(s.ends_with('.') && !s.contains('\n'), "{kind:?}: {s}");
        }
    }
}
