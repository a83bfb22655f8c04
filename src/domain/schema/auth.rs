//! How a receiver can tell a delivery is genuine, as each vendor documents it: a signature over a
//! request id (Perfect Gym's MD5 scheme), a static key in a header, or nothing at all. The signature
//! panel, the generator, the batch view, the reference, the exports and redaction read this, never a
//! vendor name.

/// A vendor's authentication scheme for outbound webhooks.
#[derive(Clone, Copy, Debug)]
pub enum Auth {
    /// `signature_header = MD5(request_id_header + separator + secret)` in hex.
    Signature(SigningDecl),
    /// A static shared key sent in one header on every delivery; nothing is signed.
    StaticKey(KeyDecl),
    /// No signature or key documented: what the page tells receivers instead.
    Unsigned(UnsignedDecl),
}

/// A documented request signature: `signature_header = MD5(request_id_header + separator + secret)`
/// in hex (Perfect Gym's scheme; `signature::pgm` computes it).
#[derive(Clone, Copy, Debug)]
pub struct SigningDecl {
    /// Header carrying the request id (identical on every retry of one delivery).
    pub request_id_header: &'static str,
    /// Header carrying the signature.
    pub signature_header: &'static str,
    /// What the vendor puts between request id and secret before hashing.
    pub separator: &'static str,
    /// What the document leaves open and what was observed, in a sentence or two for the reference.
    pub notes: &'static str,
}

/// A static key the vendor sends back on every delivery, in one header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyDecl {
    /// The header as the documents write it in prose; matched in any letter case.
    pub header: &'static str,
    /// What the key is and where a receiver gets it.
    pub description: &'static str,
    /// The documents' own example value, used in generated requests (never a real key).
    pub example: &'static str,
    /// What the documents leave open (letter case, format), in a sentence or two.
    pub notes: &'static str,
}

/// A vendor documenting no way to authenticate its webhooks.
#[derive(Clone, Copy, Debug)]
pub struct UnsignedDecl {
    /// One sentence: what is (not) documented.
    pub summary: &'static str,
    /// What this means for a delivery, and what is easily mistaken for a signature.
    pub detail: &'static str,
    /// How receivers protect such an endpoint themselves.
    pub advice: &'static str,
}

impl Auth {
    /// The MD5 signature scheme, when the vendor signs.
    pub fn signing(&self) -> Option<&SigningDecl> {
        match self {
            Auth::Signature(s) => Some(s),
            _ => None,
        }
    }

    /// The static key scheme, when the vendor sends one.
    pub fn key(&self) -> Option<&KeyDecl> {
        match self {
            Auth::StaticKey(k) => Some(k),
            _ => None,
        }
    }

    /// The headers whose value is a credential, or derived from one: never in a share link, never
    /// stored. A request id is not one (it is sent in the clear and repeats on retries).
    pub fn credential_headers(&'static self) -> &'static [&'static str] {
        match self {
            Auth::Signature(s) => std::slice::from_ref(&s.signature_header),
            Auth::StaticKey(k) => std::slice::from_ref(&k.header),
            Auth::Unsigned(_) => &[],
        }
    }

    /// Every header the scheme puts on a delivery, in the order the vendor sends them.
    pub fn headers(&self) -> Vec<&'static str> {
        match self {
            Auth::Signature(s) => vec![s.request_id_header, s.signature_header],
            Auth::StaticKey(k) => vec![k.header],
            Auth::Unsigned(_) => Vec::new(),
        }
    }
}
