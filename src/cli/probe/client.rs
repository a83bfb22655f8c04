//! The probe's HTTP/1.1 client: plain `std::net`, one connection per request (`Connection: close`), a
//! deadline on connecting, writing and reading alike, an answer read only up to a bound, redirects never
//! followed (a 3xx is an answer like any other). Only `http://` targets: see `run` for `https://`.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use crate::domain::generate::{http_request, Request};
use crate::domain::probe::{Failure, Observed, MAX_RESPONSE_BYTES};

const DEFAULT_HTTP_PORT: u16 = 80;
/// Headers past this size are no answer a webhook sender would read either.
const MAX_HEAD_BYTES: usize = 16 * 1024;
const HEAD_END: &[u8] = b"\r\n\r\n";

/// The one address every request goes to.
pub(super) fn resolve(authority: &str) -> Result<SocketAddr, String> {
    let has_port = if authority.starts_with('[') {
        authority.contains("]:")
    } else {
        authority.contains(':')
    };
    let with_port = if has_port {
        authority.to_owned()
    } else {
        format!("{authority}:{DEFAULT_HTTP_PORT}")
    };
    with_port
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {authority}: {e}"))?
        .next()
        .ok_or_else(|| format!("{authority} resolves to no address"))
}

/// The request as sent: exactly the generated one, plus `Connection: close`.
pub(super) fn wire(request: &Request) -> String {
    let text = http_request(request);
    match text.split_once("\r\n\r\n") {
        Some((head, body)) => format!("{head}\r\nConnection: close\r\n\r\n{body}"),
        None => text,
    }
}

/// Sends one request and waits for its answer until `timeout` has passed since the start.
pub(super) fn send(addr: SocketAddr, request: &Request, timeout: Duration) -> Observed {
    let started = Instant::now();
    let outcome = exchange(addr, request, started, timeout);
    let millis = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    match outcome {
        Ok((status, body_chars)) => Observed {
            status: Some(status),
            millis,
            body_chars,
            failure: None,
        },
        Err(failure) => Observed {
            status: None,
            millis,
            body_chars: 0,
            failure: Some(failure),
        },
    }
}

fn remaining(started: Instant, timeout: Duration) -> Result<Duration, Failure> {
    timeout
        .checked_sub(started.elapsed())
        .filter(|d| !d.is_zero())
        .ok_or(Failure::Timeout)
}

fn io_failure(e: std::io::Error) -> Failure {
    match e.kind() {
        ErrorKind::TimedOut | ErrorKind::WouldBlock => Failure::Timeout,
        _ => Failure::Connection(e.to_string()),
    }
}

fn exchange(
    addr: SocketAddr,
    request: &Request,
    started: Instant,
    timeout: Duration,
) -> Result<(u16, usize), Failure> {
    let mut stream =
        TcpStream::connect_timeout(&addr, remaining(started, timeout)?).map_err(io_failure)?;
    stream
        .set_write_timeout(Some(remaining(started, timeout)?))
        .map_err(io_failure)?;
    stream
        .write_all(wire(request).as_bytes())
        .map_err(io_failure)?;
    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(answer) = complete(&buf)? {
            return Ok(answer);
        }
        if buf.len() > MAX_HEAD_BYTES.saturating_add(MAX_RESPONSE_BYTES) {
            return finish(&buf);
        }
        stream
            .set_read_timeout(Some(remaining(started, timeout)?))
            .map_err(io_failure)?;
        match stream.read(&mut chunk) {
            Ok(0) => return finish(&buf),
            Ok(n) => buf.extend_from_slice(chunk.get(..n).unwrap_or_default()),
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(io_failure(e)),
        }
    }
}

/// The status and body length once the answer is complete by its own framing; `None` while it is not.
fn complete(buf: &[u8]) -> Result<Option<(u16, usize)>, Failure> {
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
fn finish(buf: &[u8]) -> Result<(u16, usize), Failure> {
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
    fn addresses_get_the_http_port_when_none_is_given() {
        assert_eq!(
            resolve("127.0.0.1:8081").ok(),
            "127.0.0.1:8081".parse().ok()
        );
        assert_eq!(resolve("127.0.0.1").ok(), "127.0.0.1:80".parse().ok());
        assert_eq!(resolve("[::1]:9").ok(), "[::1]:9".parse().ok());
        assert_eq!(resolve("[::1]").ok(), "[::1]:80".parse().ok());
    }
}
