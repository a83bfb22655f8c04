//! One delivery's authenticity in the batch view, by its vendor's declared scheme (`VendorDecl::auth`):
//! the request id and the signature come from the headers the declaration names, never from names
//! written here. `data-signature` carries the verdict's key.

use crate::domain::http::{headers_named, Header, RawRequest};
use crate::domain::schema::{declaration, Auth, Vendor};
use crate::domain::signature::{check, SignatureInputs, Verdict};

/// The signature (or key) verdict of one delivery.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signature {
    /// The signature (or key) matches the typed secret.
    Valid,
    /// It does not.
    Mismatch,
    /// The delivery carries none (its headers lack it, or the capture kept no headers).
    Absent,
    /// Nothing to check it with: no secret typed, or a vendor that documents no signature or key.
    Unchecked,
}

impl Signature {
    /// Stable identifier, `data-signature`.
    pub fn key(self) -> &'static str {
        match self {
            Signature::Valid => "valid",
            Signature::Mismatch => "mismatch",
            Signature::Absent => "absent",
            Signature::Unchecked => "unchecked",
        }
    }

    /// What the column shows.
    pub fn label(self) -> &'static str {
        match self {
            Signature::Valid => "valid",
            Signature::Mismatch => "mismatch",
            Signature::Absent => "absent",
            Signature::Unchecked => "—",
        }
    }
}

/// The request id the vendor's scheme names, as sent (`None` when the scheme has none or it is absent).
pub fn request_id(vendor: Option<Vendor>, request: Option<&RawRequest<'_>>) -> Option<String> {
    let signing = declaration(vendor?).auth.signing()?;
    let header = first(request?, signing.request_id_header)?;
    Some(header.value.to_owned())
}

fn first<'r, 'a>(request: &'r RawRequest<'a>, name: &str) -> Option<&'r Header<'a>> {
    headers_named(&request.headers, name).next()
}

/// The verdict on a delivery (`request` is `None` for a bare body) checked with the typed `secret`.
pub fn verdict(
    vendor: Option<Vendor>,
    request: Option<&RawRequest<'_>>,
    secret: &str,
) -> Signature {
    let Some(vendor) = vendor.filter(|_| !secret.is_empty()) else {
        return Signature::Unchecked;
    };
    match &declaration(vendor).auth {
        Auth::Signature(s) => {
            let Some(request) = request.filter(|r| first(r, s.signature_header).is_some()) else {
                return Signature::Absent;
            };
            match check(&SignatureInputs::from_request(request, secret)) {
                Verdict::Valid { .. } => Signature::Valid,
                Verdict::Invalid { .. } => Signature::Mismatch,
                Verdict::Incomplete { .. } => Signature::Absent,
            }
        }
        Auth::StaticKey(k) => match request.and_then(|r| first(r, k.header)) {
            Some(h) if same_bytes(h.value, secret) => Signature::Valid,
            Some(_) => Signature::Mismatch,
            None => Signature::Absent,
        },
        Auth::Unsigned(_) => Signature::Unchecked,
    }
}

/// Byte equality that looks at every byte when the lengths agree, as a receiver must compare a key (its
/// letter case is not documented as free, so none is ignored).
fn same_bytes(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && std::hint::black_box(
            a.bytes()
                .zip(b.bytes())
                .fold(0u8, |acc, (x, y)| acc | (x ^ y)),
        ) == 0
}
