//! The probe's HTTP/1.1 client: plain `std::net`, one connection per request (`Connection: close`), a
//! deadline on connecting, writing and reading alike, an answer read only up to a bound, redirects never
//! followed (a 3xx is an answer like any other). Only `http://` targets: see `run` for `https://`.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use crate::domain::generate::{http_request, Request};
use crate::domain::probe::{Failure, Observed, MAX_RESPONSE_BYTES};

use super::response::{complete, finish, MAX_HEAD_BYTES};

const DEFAULT_HTTP_PORT: u16 = 80;

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

#[cfg(test)]
mod tests {
    use super::*;

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
