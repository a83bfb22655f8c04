//! A signature that cannot be an MD5 hex (32 hex digits): a SHA-256 or SHA-1 hex, base64 of a digest
//! (converted to hex when it is 16 bytes), the wrong length, a non-hex character. Named as such, so the
//! secret is not blamed for what is a different scheme or encoding.

use super::diagnosis::{Diagnosis, NotMd5};

/// Hex digits of an MD5, SHA-1 and SHA-256 digest.
const MD5_HEX: usize = 32;
const SHA1_HEX: usize = 40;
const SHA256_HEX: usize = 64;
const MD5_BYTES: usize = 16;

/// `algorithm=` prefixes of other senders' signature headers (GitHub's `X-Hub-Signature-256`/`-Signature`).
const SCHEME_PREFIXES: [&str; 3] = ["sha256=", "sha1=", "sha512="];

/// `None` when the signature is 32 hex digits (whatever its case): an MD5 hex, right or wrong.
pub fn diagnose_shape(signature: &str, computed: &str) -> Option<Diagnosis> {
    let s = signature.trim();
    if let Some(prefixed) = scheme_prefix(s) {
        return Some(Diagnosis::NotMd5(prefixed));
    }
    let hex = s.chars().all(|c| c.is_ascii_hexdigit());
    let shape = match s.chars().count() {
        MD5_HEX if hex => return None,
        SHA256_HEX if hex => NotMd5::Sha256Hex,
        SHA1_HEX if hex => NotMd5::Sha1Hex,
        _ => match base64(s).filter(|b| b.len() == MD5_BYTES) {
            Some(bytes) => {
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                let matches = hex.eq_ignore_ascii_case(computed);
                NotMd5::Base64Md5 { hex, matches }
            }
            None => match s.chars().find(|c| !c.is_ascii_hexdigit()) {
                Some(found) => NotMd5::NotHex { found },
                None => NotMd5::WrongLength {
                    chars: s.chars().count(),
                },
            },
        },
    };
    Some(Diagnosis::NotMd5(shape))
}

/// `sha256=` and friends (any case) before a run of hex digits.
fn scheme_prefix(s: &str) -> Option<NotMd5> {
    SCHEME_PREFIXES.iter().find_map(|prefix| {
        let head = s.get(..prefix.len())?;
        let rest = s.get(prefix.len()..)?;
        let hex = !rest.is_empty() && rest.chars().all(|c| c.is_ascii_hexdigit());
        (head.eq_ignore_ascii_case(prefix) && hex).then(|| NotMd5::SchemePrefix {
            scheme: head.trim_end_matches('=').to_owned(),
            digits: rest.len(),
        })
    })
}

/// Standard or URL-safe base64, padded or not; `None` when it is not base64. One decoder in the crate:
/// the share links' (URL-safe, unpadded), after mapping the standard alphabet onto it.
fn base64(s: &str) -> Option<Vec<u8>> {
    let body = s
        .strip_suffix("==")
        .or_else(|| s.strip_suffix('='))
        .unwrap_or(s);
    let url_safe: String = body
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    crate::domain::share::base64url_decode(&url_safe).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let md5 = "0123456789abcdef0123456789ABCDEF";
        assert_eq!(diagnose_shape(md5, md5), None);
        let shape = |s: &str| match diagnose_shape(s, md5) {
            Some(Diagnosis::NotMd5(shape)) => Some(shape),
            _ => None,
        };
        assert_eq!(shape(&"a".repeat(64)), Some(NotMd5::Sha256Hex));
        assert_eq!(shape(&"b".repeat(40)), Some(NotMd5::Sha1Hex));
        assert_eq!(shape("abc"), Some(NotMd5::WrongLength { chars: 3 }));
        assert_eq!(
            shape(&format!("{}g", "a".repeat(31))),
            Some(NotMd5::NotHex { found: 'g' })
        );
        // The 16 bytes of `md5`, in base64 with and without padding, and URL-safe.
        for b64 in [
            "ASNFZ4mrze8BI0VniavN7w==",
            "ASNFZ4mrze8BI0VniavN7w",
            "ASNFZ4mrze8BI0VniavN7w==",
        ] {
            assert_eq!(
                shape(b64),
                Some(NotMd5::Base64Md5 {
                    hex: md5.to_ascii_lowercase(),
                    matches: true
                })
            );
        }
        assert!(matches!(
            shape("/////////////////////w=="),
            Some(NotMd5::Base64Md5 { matches: false, .. })
        ));
    }
}
