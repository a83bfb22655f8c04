//! Why a signature did not match: the typed diagnoses `check` can return, their stable keys
//! (used as data attributes by the UI) and the human explanation of each.

use super::visible::visible;

/// Which signed input a whitespace diagnosis is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    RequestId,
    Secret,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::RequestId => "request id",
            Field::Secret => "secret",
        }
    }
}

/// Where the stray whitespace sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Leading,
    Trailing,
    Both,
}

impl Edge {
    pub fn label(self) -> &'static str {
        match self {
            Edge::Leading => "leading",
            Edge::Trailing => "trailing",
            Edge::Both => "leading and trailing",
        }
    }
}

/// Which side has the whitespace the other side does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhitespaceFix {
    /// The value entered here has whitespace the sender did not sign: trimming it matches.
    Trim,
    /// The sender signed the value with extra whitespace: appending it here matches.
    SignedWithExtra,
}

/// Ways of hashing the body instead of the request id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyFormula {
    Body,
    BodyColonSecret,
    BodyThenSecret,
    SecretThenBody,
}

impl BodyFormula {
    pub const ALL: [BodyFormula; 4] = [
        BodyFormula::Body,
        BodyFormula::BodyColonSecret,
        BodyFormula::BodyThenSecret,
        BodyFormula::SecretThenBody,
    ];

    /// The formula as shown to the user.
    pub fn formula(self) -> &'static str {
        match self {
            BodyFormula::Body => "MD5(body)",
            BodyFormula::BodyColonSecret => "MD5(body + \":\" + secret)",
            BodyFormula::BodyThenSecret => "MD5(body + secret)",
            BodyFormula::SecretThenBody => "MD5(secret + body)",
        }
    }
}

/// What a signature that cannot be an MD5 hex is instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotMd5 {
    Sha256Hex,
    Sha1Hex,
    /// Base64 of 16 bytes: `hex` is the same digest in hex; `matches` when that is the expected one.
    Base64Md5 {
        hex: String,
        matches: bool,
    },
    WrongLength {
        chars: usize,
    },
    NotHex {
        found: char,
    },
}

/// A usual signing mistake that reproduces the given signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Diagnosis {
    /// The signature carries extra text (quotes, `md5=`, `0x`, whitespace...) around the hex.
    DecoratedSignature { prefix: String, suffix: String },
    /// MD5(secret + ":" + request id).
    SwappedOrder,
    /// Request id and secret joined by `used` instead of ":" (`""` when joined directly).
    Separator { used: String },
    /// Whitespace or invisible characters at an edge of the request id or secret.
    Whitespace {
        field: Field,
        edge: Edge,
        chars: String,
        fix: WhitespaceFix,
    },
    /// The body was hashed instead of the request id.
    BodyHashed { formula: BodyFormula },
    /// MD5(secret): the request id was left out.
    SecretOnly,
    /// MD5(request id): the secret was empty on the signing side.
    IdOnly,
    /// The signature is not an MD5 hex at all (another hash, base64, a wrong length).
    NotMd5(NotMd5),
}

const DOCUMENTED: &str = "PGM signs MD5(request id + \":\" + secret)";

impl Diagnosis {
    /// Stable identifier, used as `data-diagnosis` by the UI and by tests.
    pub fn key(&self) -> &'static str {
        match self {
            Diagnosis::DecoratedSignature { .. } => "decorated-signature",
            Diagnosis::SwappedOrder => "swapped-order",
            Diagnosis::Separator { .. } => "separator",
            Diagnosis::Whitespace { .. } => "whitespace",
            Diagnosis::BodyHashed { .. } => "body-hashed",
            Diagnosis::SecretOnly => "secret-only",
            Diagnosis::IdOnly => "id-only",
            Diagnosis::NotMd5(_) => "not-md5",
        }
    }

    /// A short heading naming the mistake (the explanation gives the details).
    pub fn title(&self) -> &'static str {
        match self {
            Diagnosis::DecoratedSignature { .. } => "Extra characters around the signature",
            Diagnosis::SwappedOrder => "Secret and request id in the wrong order",
            Diagnosis::Separator { .. } => "Another separator than “:”",
            Diagnosis::Whitespace { .. } => "Stray whitespace or invisible characters",
            Diagnosis::BodyHashed { .. } => "The body was hashed instead of the request id",
            Diagnosis::SecretOnly => "The request id was left out",
            Diagnosis::IdOnly => "The secret was empty when signing",
            Diagnosis::NotMd5(NotMd5::Base64Md5 { .. }) => "An MD5 in base64, not hex",
            Diagnosis::NotMd5(_) => "Not an MD5 hex",
        }
    }

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
                 X-PerfectGym-Request header). {DOCUMENTED}."
            ),
            Diagnosis::IdOnly => format!(
                "The signature is MD5(request id) alone: the secret was empty on the signing side. \
                 {DOCUMENTED}, with the same secret configured on both sides."
            ),
            Diagnosis::NotMd5(shape) => not_md5_explanation(shape),
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
        NotMd5::WrongLength { chars } => format!("This has {chars} characters; {HEX}: it was probably cut short or joined with something while copying."),
        NotMd5::NotHex { found } => format!("This has “{}”, which is not a hex digit; {HEX} (0-9, a-f).", visible(&found.to_string())),
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
pub fn no_match_explanation() -> &'static str {
    "None of the usual mistakes (swapped order, another separator, stray whitespace, hashing the \
     body, extra characters around the signature) reproduces this signature, so the secret is most \
     likely not the one the sender used. Check the secret configured for this webhook in Perfect Gym, \
     and that the request id is the X-PerfectGym-Request value of this same request."
}
