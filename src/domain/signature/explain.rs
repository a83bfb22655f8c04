//! The words for each diagnosis: what the mistaken sender did, and how to fix it.

use super::diagnosis::{Diagnosis, Edge, Field, HeaderField, HmacKey, NotMd5, WhitespaceFix};
use super::pgm::REQUEST_ID_HEADER;
use super::visible::visible;

const DOCUMENTED: &str = "PGM signs MD5(request id + \":\" + secret)";

impl Diagnosis {
    /// One or two sentences: what was done differently, and how to fix it.
    pub fn explanation(&self) -> String {
        match self {
            Diagnosis::DecoratedSignature { prefix, suffix } => format!(
                "The signature as given carries extra characters: {}. Without them it matches: \
                 strip them before comparing (the documented value is the bare MD5 hex).",
                describe_decoration(prefix, suffix)
            ),
            Diagnosis::SwappedOrder => format!(
                "The signature is MD5(secret + \":\" + request id): the secret was put first. \
                 {DOCUMENTED}; swap the order."
            ),
            Diagnosis::Separator { used } if used.is_empty() => format!(
                "The signature is MD5(request id + secret), with nothing between them. \
                 {DOCUMENTED}: add the colon."
            ),
            Diagnosis::Separator { used } => format!(
                "The signature joins request id and secret with “{}” instead of “:”. \
                 {DOCUMENTED}: use a colon.",
                visible(used)
            ),
            Diagnosis::Whitespace {
                field,
                edge,
                chars,
                fix,
            } => whitespace_explanation(*field, *edge, chars, *fix),
            Diagnosis::BodyHashed { formula } => format!(
                "The signature is {}: the request body was hashed instead of the request id. \
                 {DOCUMENTED}; the body is not part of the signature.",
                formula.formula()
            ),
            Diagnosis::SecretOnly => format!(
                "The signature is MD5(secret) alone: the request id was left out (empty or unread \
                 {REQUEST_ID_HEADER} header). {DOCUMENTED}."
            ),
            Diagnosis::IdOnly => format!(
                "The signature is MD5(request id) alone: the secret was empty on the signing side. \
                 {DOCUMENTED}, with the same secret configured on both sides."
            ),
            Diagnosis::NotMd5(shape) => not_md5_explanation(shape),
            Diagnosis::HmacMd5 { key } => hmac_explanation(*key),
            Diagnosis::QuotedRequestId {
                quote,
                signed_with_quotes,
            } => quoted_explanation(*quote, *signed_with_quotes),
            Diagnosis::JoinedValues {
                field,
                count,
                matching,
            } => joined_explanation(*field, *count, *matching),
        }
    }
}

fn not_md5_explanation(shape: &NotMd5) -> String {
    const HEX: &str = "an MD5 is 32 hex digits";
    match shape {
        NotMd5::Sha256Hex => format!("This is 64 hex digits: a SHA-256 (perhaps an HMAC-SHA256, as GitHub and Standard Webhooks sign), not the MD5 Perfect Gym sends; {HEX}. {DOCUMENTED}."),
        NotMd5::Sha1Hex => format!("This is 40 hex digits: a SHA-1, not the MD5 Perfect Gym sends; {HEX}. {DOCUMENTED}."),
        NotMd5::Base64Md5 { hex, matches: true } => format!("This is base64 of 16 bytes; in hex it is {hex}, which is the expected signature: the right digest, encoded as base64 instead of hex. Compare the hex form."),
        NotMd5::Base64Md5 { hex, matches: false } => format!("This is base64 of 16 bytes; in hex it is {hex}, which is still not the expected signature. Compare hex with hex, then check the secret."),
        NotMd5::WrongLength { chars } => format!(
            "This has {chars} character{}; {HEX}: it was probably cut short or joined with something while copying.",
            if *chars == 1 { "" } else { "s" }
        ),
        NotMd5::SchemePrefix { scheme, digits } => format!("This is “{scheme}=” followed by {digits} hex digits: the “algorithm=hex” form other senders use (GitHub signs “sha256=” with an HMAC-SHA256, its older header “sha1=”), not the bare MD5 hex Perfect Gym sends. {DOCUMENTED}; the receiver is probably checking with code written for another sender."),
        NotMd5::NotHex { found } => format!("This has “{}”, which is not a hex digit; {HEX} (0-9, a-f).", visible(&found.to_string())),
    }
}

fn hmac_explanation(key: HmacKey) -> String {
    let how = match key {
        HmacKey::Secret => "keyed with the secret over the request id",
        HmacKey::RequestId => {
            "keyed with the request id over the secret (key and message swapped too)"
        }
    };
    format!(
        "The signature is an HMAC-MD5 {how}. {DOCUMENTED}: a plain MD5 of the joined string, no HMAC \
         (HMAC is what most other webhook senders use, so library code often reaches for it)."
    )
}

fn quoted_explanation(quote: char, signed_with_quotes: bool) -> String {
    if signed_with_quotes {
        format!(
            "The signature was computed over the request id with {quote} quotes around it (a JSON-encoded \
             id, e.g. JSON.stringify(id)). {DOCUMENTED}, the bare header value: sign it without quotes."
        )
    } else {
        format!(
            "The request id entered here has {quote} quotes around it that the sender did not sign (a value \
             copied from JSON or a log). Use the bare {REQUEST_ID_HEADER} value and the signature matches."
        )
    }
}

fn joined_explanation(field: HeaderField, count: usize, matching: Option<usize>) -> String {
    let joined = format!(
        "The {} holds {count} values joined by commas: the header was sent or copied more than once, \
         and Node.js (like other stacks) joins duplicated headers with “, ”.",
        field.label()
    );
    match matching {
        Some(n) => {
            format!("{joined} Value {n} on its own matches: take one value, not the joined text.")
        }
        None => {
            format!("{joined} None of them matches on its own either, so check the secret too.")
        }
    }
}

/// "“md5=” before the hex and “␊” after it", leaving out an empty side.
fn describe_decoration(prefix: &str, suffix: &str) -> String {
    let parts = [(prefix, "before the hex"), (suffix, "after it")];
    let described: Vec<String> = parts
        .iter()
        .filter(|(extra, _)| !extra.is_empty())
        .map(|(extra, position)| format!("“{}” {position}", visible(extra)))
        .collect();
    described.join(" and ")
}

fn whitespace_explanation(field: Field, edge: Edge, chars: &str, fix: WhitespaceFix) -> String {
    let (field, edge, shown) = (field.label(), edge.label(), visible(chars));
    match fix {
        WhitespaceFix::Trim => format!(
            "The {field} entered here has {edge} “{shown}” that the sender did not sign. \
             Trim it (read the exact header or configured value) and the signature matches."
        ),
        WhitespaceFix::SignedWithExtra => format!(
            "The signature was computed with a {edge} “{shown}” on the {field} that the value \
             entered here lacks: the signing side probably copied it with a line break or read it \
             from a file without trimming. Remove it there, or use the identical value on both sides."
        ),
    }
}

/// Shown when a signature does not match and no usual mistake reproduces it.
pub fn no_match_explanation() -> String {
    format!("None of the usual mistakes (swapped order, another separator, stray whitespace, hashing the \
     body, extra characters around the signature, an HMAC-MD5, quotes around the request id, a \
     duplicated header) reproduces this signature, so the secret is most \
     likely not the one the sender used. Check the secret configured for this webhook in Perfect Gym, \
     and that the request id is the {REQUEST_ID_HEADER} value of this same request."
    )
}
