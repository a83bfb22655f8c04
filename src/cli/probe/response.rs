//! Reading an HTTP/1.1 answer: complete by its Content-Length or its last chunk, or by the connection
//! closing; the status and how many characters its body holds are all the probe keeps.

use crate::domain::probe::{Failure, MAX_RESPONSE_BYTES};

/// Headers past this size are no answer a webhook sender would read either.
pub(super) const MAX_HEAD_BYTES: usize = 16 * 1024;
const HEAD_END: &[u8] = b"\r\n\r\n";

/// The status and body length once the answer is complete by its own framing; `None` while it is not.
pub(super) fn complete(buf: &[u8]) -> Result<Option<(u16, usize)>, Failure> {
    let Some(head_len) = find(buf, HEAD_END) else {
        if buf.len() > MAX_HEAD_BYTES {
            return Err(Failure::Protocol("no end of headers".to_owned()));
        }
        return Ok(None);
    };
    let head = String::from_utf8_lossy(buf.get(..head_len).unwrap_or_default()).into_owned();
    let body = buf
        .get(head_len.saturating_add(HEAD_END.len())..)
        .unwrap_or_default();
    let status = status(&head)?;
    if let Some(length) = header(&head, "content-length").and_then(|v| v.parse::<usize>().ok()) {
        return Ok((body.len() >= length || body.len() >= MAX_RESPONSE_BYTES)
            .then(|| (status, chars(body.get(..length).unwrap_or(body)))));
    }
    if header(&head, "transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        return Ok(dechunk(body).map(|decoded| (status, chars(&decoded))));
    }
    // No framing: the answer ends when the server closes (`finish`).
    Ok(None)
}

/// The connection closed (or the bound was reached): whatever came is the answer.
pub(super) fn finish(buf: &[u8]) -> Result<(u16, usize), Failure> {
    let head_len = find(buf, HEAD_END).ok_or_else(|| {
        Failure::Protocol(if buf.is_empty() {
            "the connection closed without an answer".to_owned()
        } else {
            "the answer ended inside its headers".to_owned()
        })
    })?;
    let head = String::from_utf8_lossy(buf.get(..head_len).unwrap_or_default()).into_owned();
    let body = buf
        .get(head_len.saturating_add(HEAD_END.len())..)
        .unwrap_or_default();
    let body = match header(&head, "transfer-encoding") {
        Some(v) if v.eq_ignore_ascii_case("chunked") => {
            dechunk(body).unwrap_or_else(|| body.to_vec())
        }
        _ => body.to_vec(),
    };
    Ok((status(&head)?, chars(&body)))
}

fn status(head: &str) -> Result<u16, Failure> {
    let line = head.lines().next().unwrap_or_default();
    let mut parts = line.split_whitespace();
    match (
        parts.next(),
        parts.next().and_then(|s| s.parse::<u16>().ok()),
    ) {
        (Some(version), Some(code)) if version.starts_with("HTTP/") => Ok(code),
        _ => Err(Failure::Protocol(format!("status line {line:?}"))),
    }
}

fn header<'h>(head: &'h str, name: &str) -> Option<&'h str> {
    head.lines().skip(1).find_map(|line| {
        let (n, v) = line.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then_some(v.trim())
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn chars(body: &[u8]) -> usize {
    String::from_utf8_lossy(body).chars().count()
}

/// The body of a chunked answer, once its last chunk has come.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = find(body, b"\r\n")?;
        let size_text = String::from_utf8_lossy(body.get(..line_end)?).into_owned();
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        let start = line_end.checked_add(2)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(start..start.checked_add(size)?)?);
        body = body.get(start.checked_add(size)?.checked_add(2)?..)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_complete_by_their_own_framing() {
        assert_eq!(
            complete(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOk").ok(),
            Some(Some((200, 2)))
        );
        assert_eq!(
            complete(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nOk").ok(),
            Some(None)
        );
        let chunked = b"HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        assert_eq!(complete(chunked).ok(), Some(Some((500, 5))));
        assert_eq!(
            finish(b"HTTP/1.0 204 No Content\r\n\r\n").ok(),
            Some((204, 0))
        );
        assert!(finish(b"").is_err());
        assert!(complete(b"SSH-2.0-OpenSSH\r\n\r\n").is_err());
    }

    #[test]
    fn a_long_answer_is_read_only_up_to_the_bound() {
        let mut buf = b"HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n".to_vec();
        buf.extend(std::iter::repeat_n(b'x', MAX_RESPONSE_BYTES));
        assert_eq!(complete(&buf).ok(), Some(Some((200, MAX_RESPONSE_BYTES))));
        assert_eq!(MAX_RESPONSE_BYTES, 64 * 1024, "the documented 64 KB");
    }
}
