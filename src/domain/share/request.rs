//! The request part of a redacted paste: credential headers left out (with their folded continuation
//! lines), secret-looking query parameters masked, and a `Content-Length` that was right kept right.

use crate::domain::http::{split_paste, Paste};
use crate::domain::lenient;
use crate::domain::signature::{REQUEST_ID_HEADER, SIGNATURE_HEADER};

/// Headers that carry credentials by their name. Perfect Gym's signature is an unsalted MD5 of
/// `id:secret`: with the id beside it, a weak secret falls to an offline brute force.
const CREDENTIAL_HEADERS: [&str; 5] = [
    SIGNATURE_HEADER,
    "Authorization",
    "Proxy-Authorization",
    "Cookie",
    "Set-Cookie",
];
/// Any other header or query parameter whose name contains one of these is treated as a credential
/// too: receivers protect GymOS endpoints with their own secret in a header or the URL (field-notes.md).
const CREDENTIAL_WORDS: [&str; 8] = [
    "auth",
    "token",
    "secret",
    "signature",
    "apikey",
    "api-key",
    "api_key",
    "password",
];
/// Query parameters: the words above plus the short names secrets often travel under.
const PARAMETER_WORDS: [&str; 3] = ["key", "sig", "code"];
const MASK: &str = "REDACTED";
const CONTENT_LENGTH: &str = "Content-Length";

pub struct Head {
    pub text: String,
    pub removed_headers: Vec<String>,
    pub masked_params: Vec<String>,
}

pub fn is_credential_header(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    CREDENTIAL_HEADERS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(name))
        || CREDENTIAL_WORDS.iter().any(|w| lower.contains(w))
}

fn is_credential_param(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    CREDENTIAL_WORDS
        .iter()
        .chain(PARAMETER_WORDS.iter())
        .any(|w| lower.contains(w))
}

/// Rewrites everything before the body. `body_start` is where the analysis found the body; `body_len`
/// is the body's byte length before and after.
pub fn redact_head(text: &str, body_start: usize, body_len: (usize, usize)) -> Head {
    let mut head = Head {
        text: String::new(),
        removed_headers: Vec::new(),
        masked_params: Vec::new(),
    };
    // Read the structure where the analysis read it: `curl -v` output's headers sit behind "> ".
    // Blanking keeps every line where it is, so decisions made on the clean lines apply to the pasted ones.
    let cleaned = lenient::clean(text);
    let structure = cleaned.as_ref().map_or(text, |c| c.text.as_str());
    let Paste::Request(request) = split_paste(structure) else {
        return head;
    };
    // Only a head the analysis also read: otherwise the text around the body is not a request's head
    // (found by fuzzing: "< /*\n0:{\n}" looks like one once blanked, and was written out twice).
    if request.body_offset != body_start {
        return head;
    }
    let before = text.get(..request.body_offset).unwrap_or_default();
    let seen_before = structure.get(..request.body_offset).unwrap_or_default();
    // Perfect Gym's signature header is left out, unless it is the only sign of the vendor (no request
    // id header): then its value is masked, so the link still reads as a Perfect Gym request.
    let has_request_id = request.header(REQUEST_ID_HEADER).is_some();
    let masked_signature = request
        .header(SIGNATURE_HEADER)
        .filter(|_| !has_request_id)
        .map(|h| h.line);
    let drop: Vec<usize> = request
        .headers
        .iter()
        .filter(|h| is_credential_header(h.name) && Some(h.line) != masked_signature)
        .map(|h| h.line)
        .collect();
    // What the splitter read as headers; any other indented line in the head continues the one before.
    let header_lines: Vec<usize> = request.headers.iter().map(|h| h.line).collect();
    head.removed_headers = request
        .headers
        .iter()
        .filter(|h| is_credential_header(h.name))
        .map(|h| match Some(h.line) == masked_signature {
            true => format!("{} (its value masked)", h.name),
            false => h.name.to_owned(),
        })
        .collect();
    let mut dropping = false;
    let mut request_line = request.method.is_some();
    let pairs = before
        .split_inclusive('\n')
        .zip(seen_before.split_inclusive('\n'));
    for (i, (line, seen)) in pairs.enumerate() {
        let number = i + 1;
        let continuation = seen.starts_with([' ', '\t'])
            && !seen.trim().is_empty()
            && !header_lines.contains(&number);
        if drop.contains(&number) || (dropping && continuation) {
            dropping = true;
            continue;
        }
        dropping = false;
        if Some(number) == masked_signature {
            let name = header_name(seen).unwrap_or(SIGNATURE_HEADER);
            let ending = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
            head.text.push_str(&format!("{name}: {MASK}{ending}"));
        } else if request_line && !seen.trim().is_empty() {
            request_line = false;
            head.text
                .push_str(&mask_query(line, &mut head.masked_params));
        } else if header_name(seen).is_some_and(|n| n.eq_ignore_ascii_case(CONTENT_LENGTH))
            && header_value(seen) == Some(body_len.0.to_string().as_str())
            && body_len.0 != body_len.1
        {
            // It matched the body: keep it matching, so only problems the user had survive.
            head.text
                .push_str(&line.replacen(&body_len.0.to_string(), &body_len.1.to_string(), 1));
        } else {
            head.text.push_str(line);
        }
    }
    head
}

fn header_name(line: &str) -> Option<&str> {
    let (name, _) = line.trim_start().split_once(':')?;
    Some(name.trim())
}

fn header_value(line: &str) -> Option<&str> {
    Some(line.split_once(':')?.1.trim())
}

/// Masks the values of credential-looking parameters in the request line's query string.
fn mask_query(line: &str, masked: &mut Vec<String>) -> String {
    let Some((path, rest)) = line.split_once('?') else {
        return line.to_owned();
    };
    let end = rest.find([' ', '#', '\r', '\n']).unwrap_or(rest.len());
    let (query, tail) = rest.split_at(end);
    let params: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if is_credential_param(name) && !value.is_empty() => {
                masked.push(name.to_owned());
                format!("{name}={MASK}")
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{path}?{}{tail}", params.join("&"))
}
