//! Signature test vectors for a vendor that signs: whole raw requests with the secret a receiver is
//! configured with, whether its verify function must accept them, and why. Valid ones cover the letter
//! case of the hex, numeric and GUID ids, secrets with spaces, quotes and non-ASCII; invalid ones are the
//! mistakes and forgeries a receiver must refuse. Built from the declaration's signing scheme.

use super::hmac::hmac_md5_hex;
use super::pgm::{compute_pgm, md5_hex};
use crate::domain::generate::{catalogue, generate, http_request, request, Options};
use crate::domain::json::quoted;
use crate::domain::schema::{declaration, SigningDecl, Vendor};

const URL: &str = "https://receiver.example.com/webhooks";
const SECRET: &str = "whsec-test-vectors";
const GUID_ID: &str = "3f2a9c1e-7b4d-4e8a-9c21-5d6e7f809a1b";
const NUMERIC_ID: &str = "1234567890";
const OTHER_ID: &str = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vector {
    pub name: &'static str,
    /// The whole request as it arrives (CRLF headers, the exact body).
    pub request: String,
    /// The secret the receiver is configured with.
    pub secret: String,
    pub valid: bool,
    pub reason: &'static str,
}

/// What goes into one vector's headers: the request id and signature sent (`None`: header left out).
struct Case {
    name: &'static str,
    id: Option<String>,
    signature: Option<String>,
    secret: String,
    valid: bool,
    reason: &'static str,
}

fn case(
    name: &'static str,
    id: &str,
    signature: Option<String>,
    secret: &str,
    valid: bool,
    reason: &'static str,
) -> Case {
    Case {
        name,
        id: Some(id.to_owned()),
        signature,
        secret: secret.to_owned(),
        valid,
        reason,
    }
}

fn cases(body: &str) -> Vec<Case> {
    let good = |id: &str, secret: &str| Some(compute_pgm(id, secret));
    let secrets = [
        (
            "valid-secret-with-spaces",
            "my webhook secret 2025",
            "A secret with spaces is hashed as it is, spaces included.",
        ),
        (
            "valid-secret-with-quotes",
            "it's a \"quoted\" $ecret\\",
            "Quotes, a dollar sign and a backslash in the secret are plain bytes.",
        ),
        (
            "valid-secret-non-ascii",
            "Łódź-sekret-ü€✓",
            "A non-ASCII secret is hashed as its UTF-8 bytes.",
        ),
    ];
    let mut out = vec![
        case("valid-lowercase-hex", GUID_ID, good(GUID_ID, SECRET), SECRET, true, "MD5(request id + \":\" + secret) in lower-case hex, as documented."),
        case("valid-uppercase-hex", GUID_ID, good(GUID_ID, SECRET).map(|s| s.to_ascii_uppercase()), SECRET, true, "The same signature in upper-case hex: the document does not fix the letter case, so compare case-insensitively."),
        case("valid-numeric-id", NUMERIC_ID, good(NUMERIC_ID, SECRET), SECRET, true, "A numeric request id: the id is hashed as the header's text, whatever it looks like."),
        case("valid-uppercase-guid-id", &GUID_ID.to_ascii_uppercase(), good(&GUID_ID.to_ascii_uppercase(), SECRET), SECRET, true, "An upper-case GUID id is hashed exactly as sent, not normalised."),
    ];
    out.extend(secrets.iter().map(|(name, secret, reason)| {
        case(name, GUID_ID, good(GUID_ID, secret), secret, true, reason)
    }));
    let bad = |name, signature: String, reason| {
        case(name, GUID_ID, Some(signature), SECRET, false, reason)
    };
    out.extend([
        bad("invalid-wrong-secret", compute_pgm(GUID_ID, "another-secret"), "Signed with another secret: a forgery, or the wrong secret configured."),
        bad("invalid-swapped-order", md5_hex(&format!("{SECRET}:{GUID_ID}")), "MD5(secret + \":\" + request id): the order is request id first."),
        bad("invalid-no-separator", md5_hex(&format!("{GUID_ID}{SECRET}")), "MD5(request id + secret) without the \":\" between them."),
        bad("invalid-body-hashed", md5_hex(body), "MD5 of the body: the documented signature covers the request id, not the body."),
        bad("invalid-id-only", md5_hex(GUID_ID), "MD5 of the request id alone: the secret is missing."),
        bad("invalid-empty-secret", compute_pgm(GUID_ID, ""), "Signed with an empty secret: a receiver whose secret is unset must not accept it."),
        bad("invalid-secret-with-newline", compute_pgm(GUID_ID, &format!("{SECRET}\n")), "Signed with the secret plus a newline (read from a file untrimmed): not the configured secret."),
        bad("invalid-another-requests-signature", compute_pgm(OTHER_ID, SECRET), "The valid signature of another request id: a replayed signature does not fit this id."),
        bad("invalid-truncated", compute_pgm(GUID_ID, SECRET).chars().take(31).collect(), "The right signature cut to 31 hex digits: compare whole values, never prefixes."),
        bad("invalid-base64", base64_of_hex(&compute_pgm(GUID_ID, SECRET)), "The right digest in base64: the header carries hex."),
        bad("invalid-hmac-md5", hmac_md5_hex(SECRET.as_bytes(), GUID_ID.as_bytes()), "HMAC-MD5(secret, request id): a keyed hash, not the documented plain MD5."),
        bad("invalid-zeros", "0".repeat(32), "32 zeros: the right shape, the wrong value."),
        Case { signature: None, ..case("invalid-missing-signature", GUID_ID, None, SECRET, false, "No signature header at all, while the receiver has a secret configured.") },
        Case { id: None, ..case("invalid-missing-request-id", GUID_ID, good(GUID_ID, SECRET), SECRET, false, "No request id header: there is nothing the signature can be checked against.") },
    ]);
    out
}

/// The vendor's vectors; `None` when it documents no signature.
pub fn vectors(vendor: Vendor) -> Option<Vec<Vector>> {
    let signing = *declaration(vendor).signing()?;
    let choice = catalogue().into_iter().find(|c| c.vendor() == vendor)?;
    let body = generate(
        &choice,
        Options {
            seed: 1,
            edge_cases: false,
        },
    )
    .body;
    Some(
        cases(&body)
            .into_iter()
            .map(|c| vector(c, &choice, signing))
            .collect(),
    )
}

fn vector(c: Case, choice: &crate::domain::generate::Choice, signing: SigningDecl) -> Vector {
    let generated = generate(
        choice,
        Options {
            seed: 1,
            edge_cases: false,
        },
    );
    let mut req = match request(&generated, URL, "") {
        Ok(req) => req,
        Err(_) => {
            return Vector {
                name: c.name,
                request: String::new(),
                secret: c.secret,
                valid: c.valid,
                reason: c.reason,
            }
        }
    };
    req.headers.retain(|(name, _)| {
        *name != signing.request_id_header && *name != signing.signature_header
    });
    if let Some(id) = c.id {
        req.headers.push((signing.request_id_header, id));
    }
    if let Some(signature) = c.signature {
        req.headers.push((signing.signature_header, signature));
    }
    Vector {
        name: c.name,
        request: http_request(&req),
        secret: c.secret,
        valid: c.valid,
        reason: c.reason,
    }
}

/// `{ "vectors": [{ "name", "request", "secret", "valid", "reason" }] }`, one vector a line.
pub fn vectors_json(vectors: &[Vector]) -> String {
    let items: Vec<String> = vectors
        .iter()
        .map(|v| {
            format!(
            "    {{\"name\": {}, \"request\": {}, \"secret\": {}, \"valid\": {}, \"reason\": {}}}",
            quoted(v.name), quoted(&v.request), quoted(&v.secret), v.valid, quoted(v.reason)
        )
        })
        .collect();
    format!("{{\n  \"vectors\": [\n{}\n  ]\n}}\n", items.join(",\n"))
}

/// Standard padded base64 of the bytes a hex string spells (the share links' encoder, mapped back to
/// the standard alphabet: a 16-byte digest always takes two `=`).
fn base64_of_hex(hex: &str) -> String {
    let bytes: Vec<u8> = hex
        .as_bytes()
        .chunks(2)
        .filter_map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect();
    let url_safe = crate::domain::share::base64url_encode(&bytes);
    let standard: String = url_safe
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    let padding = 4usize.saturating_sub(standard.len() % 4) % 4;
    format!("{standard}{}", "=".repeat(padding))
}
