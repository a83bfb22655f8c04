//! Credentials by shape, not by list alone: a header or parameter whose name holds a credential word
//! (key, token, secret, auth, signature, …), the vendors' declared credential headers, and values that
//! look like one wherever a header or parameter carries them (a bearer token, a JWT, a long random
//! string). Header names may come with spaces before the colon (`authorization : Basic …`).

use crate::domain::schema::{credential_headers, public_headers};

/// Words that make a header's or a parameter's name a credential's (compared lowered, anywhere in it).
const NAME_WORDS: [&str; 19] = [
    "key",
    "token",
    "secret",
    "auth",
    "signature",
    "hmac",
    "session",
    "cookie",
    "credential",
    "password",
    "pass",
    "pwd",
    "jwt",
    "sid",
    "api",
    "csrf",
    "xsrf",
    "otp",
    "sig",
];
/// Parameter names too short to hold one of those words, but common for secrets in URLs.
const SHORT_PARAMETERS: [&str; 8] = ["k", "p", "pw", "s", "t", "code", "hash", "pin"];
/// Headers the request checks read, whose values are never credentials.
const STRUCTURAL: [&str; 8] = [
    "host",
    "content-type",
    "content-length",
    "content-encoding",
    "transfer-encoding",
    "user-agent",
    "accept",
    "date",
];
/// Authorization schemes whose word stays in a link (the credential after it does not).
const SCHEME_MAX_CHARS: usize = 24;
/// A value this long, of token characters with letters and digits and little repetition, is taken for a
/// secret in any header or parameter.
const RANDOM_MIN_CHARS: usize = 20;
const RANDOM_MIN_DISTINCT: usize = 8;
const JWT_PREFIX: &str = "eyJ";

fn has_word(name: &str) -> bool {
    let lower = name.trim().to_ascii_lowercase();
    NAME_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether a header named `name` carries a credential whatever its value.
pub fn credential_header(name: &str) -> bool {
    let name = name.trim();
    has_word(name)
        || credential_headers()
            .iter()
            .any(|h| h.eq_ignore_ascii_case(name))
}

/// Whether a header named `name` with `value` is a credential: by its name, or by its value unless the
/// header is one whose value the checks read or a vendor declares public (a request id).
pub fn credential_header_value(name: &str, value: &str) -> bool {
    let name = name.trim();
    if credential_header(name) {
        return true;
    }
    let public = STRUCTURAL.iter().any(|h| h.eq_ignore_ascii_case(name))
        || public_headers()
            .iter()
            .any(|h| h.eq_ignore_ascii_case(name));
    !public && secret_looking(secret_part(value).1)
}

/// Whether a query or form parameter named `name` with `value` is a credential.
pub fn credential_parameter(name: &str, value: &str) -> bool {
    let lower = name.trim().to_ascii_lowercase();
    has_word(&lower) || SHORT_PARAMETERS.contains(&lower.as_str()) || secret_looking(value)
}

/// A JWT, or a long random-looking token.
pub fn secret_looking(value: &str) -> bool {
    let value = value.trim();
    if value.starts_with(JWT_PREFIX) && value.matches('.').count() == 2 {
        return true;
    }
    let token = value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.~+/=".contains(c));
    let letters = value.chars().any(|c| c.is_ascii_alphabetic());
    let digits = value.chars().any(|c| c.is_ascii_digit());
    let mut distinct: Vec<char> = value.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    token
        && letters
        && digits
        && value.len() >= RANDOM_MIN_CHARS
        && distinct.len() >= RANDOM_MIN_DISTINCT
        && !is_guid(value)
}

/// A GUID identifies; it is no secret (request ids, ids in URLs).
fn is_guid(value: &str) -> bool {
    let v = value.trim_matches(|c| c == '{' || c == '}');
    let groups: Vec<usize> = v.split('-').map(str::len).collect();
    groups == [8, 4, 4, 4, 12] && v.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

/// Where the credential starts in a header value: after an authorization scheme word (`Bearer `,
/// `Basic `, `Digest `), else at its start. Returns that offset and the credential.
pub fn secret_part(value: &str) -> (usize, &str) {
    let lead = value.len().saturating_sub(value.trim_start().len());
    let trimmed = value.trim_start();
    if let Some((scheme, rest)) = trimmed.split_once(' ') {
        let is_scheme = !scheme.is_empty()
            && scheme.len() <= SCHEME_MAX_CHARS
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && scheme
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
            && !rest.trim().is_empty();
        if is_scheme {
            let skip = scheme.len().saturating_add(1);
            let inner = rest.len().saturating_sub(rest.trim_start().len());
            return (
                lead.saturating_add(skip).saturating_add(inner),
                rest.trim_start(),
            );
        }
    }
    (lead, trimmed)
}

/// Whether a value is already a mask (`REDACTED…`, `xxx`): every letter or digit one of a mask's.
pub fn is_masked(value: &str) -> bool {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .all(|c| "REDACTx".contains(c))
}
