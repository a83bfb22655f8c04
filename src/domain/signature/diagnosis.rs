//! Why a signature did not match: the typed diagnoses `check` can return, their stable keys
//! (used as data attributes by the UI) and short titles; `explain` words each one out.

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

/// Which header a joined-values diagnosis is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderField {
    RequestId,
    Signature,
}

impl HeaderField {
    pub fn label(self) -> &'static str {
        match self {
            HeaderField::RequestId => "request id",
            HeaderField::Signature => "signature",
        }
    }
}

/// What keyed an HMAC-MD5 that reproduces the signature (the message is the other value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HmacKey {
    Secret,
    RequestId,
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
    /// `sha256=<hex>` / `sha1=<hex>`: another sender's `algorithm=hex` signature format.
    SchemePrefix {
        scheme: String,
        digits: usize,
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
    /// HMAC-MD5 instead of a plain MD5 of `id:secret`, keyed with `key`.
    HmacMd5 { key: HmacKey },
    /// Quotes around the request id: entered here but not signed, or signed by the sender.
    QuotedRequestId {
        quote: char,
        signed_with_quotes: bool,
    },
    /// `count` values joined by commas (a duplicated header); `matching` is the one that verifies.
    JoinedValues {
        field: HeaderField,
        count: usize,
        matching: Option<usize>,
    },
}

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
            Diagnosis::HmacMd5 { .. } => "hmac-md5",
            Diagnosis::QuotedRequestId { .. } => "quoted-request-id",
            Diagnosis::JoinedValues { .. } => "joined-values",
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
            Diagnosis::NotMd5(NotMd5::SchemePrefix { .. }) => "Another sender's signature format",
            Diagnosis::NotMd5(_) => "Not an MD5 hex",
            Diagnosis::HmacMd5 { .. } => "HMAC-MD5 instead of a plain MD5",
            Diagnosis::QuotedRequestId { .. } => "Quotes around the request id",
            Diagnosis::JoinedValues { .. } => "Two header values joined by a comma",
        }
    }
}
