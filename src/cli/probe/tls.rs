//! `https://` targets go through the system's `curl` (a tool this project already requires), so no TLS
//! library is linked into gymhook: one `curl` per request, with the same deadline (`--max-time`), no
//! redirect followed (no `-L`), HTTPS only (`--proto =https`), the body fed on standard input byte for
//! byte, and the answer discarded after curl has counted it. Certificates are checked as curl checks them
//! (`CURL_CA_BUNDLE` points it at another authority, e.g. a test's own).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::domain::generate::Request;
use crate::domain::probe::{Failure, Observed};

/// What curl prints after the transfer: status, bytes of the answer's body, seconds taken.
const WRITE_OUT: &str = "%{http_code} %{size_download} %{time_total}";
/// curl's exit codes for a name that does not resolve, a refused connection, and a timeout.
const COULD_NOT_RESOLVE: i32 = 6;
const COULD_NOT_CONNECT: i32 = 7;
const TIMED_OUT: i32 = 28;
/// curl sets these itself from the URL and the body.
const LEFT_TO_CURL: [&str; 2] = ["Host", "Content-Length"];

/// Whether `curl` can be run at all.
pub(super) fn available() -> bool {
    Command::new("curl")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

pub(super) fn send(request: &Request, timeout: Duration) -> Observed {
    let started = Instant::now();
    let failed = |failure: Failure| Observed {
        status: None,
        millis: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        body_chars: 0,
        failure: Some(failure),
    };
    let seconds = format!("{:.3}", timeout.as_secs_f64());
    let mut command = Command::new("curl");
    command
        .args([
            "-sS",
            "-o",
            "/dev/null",
            "-w",
            WRITE_OUT,
            "--proto",
            "=https",
        ])
        .args(["--max-time", &seconds, "--connect-timeout", &seconds])
        .args(["-X", "POST", "--data-binary", "@-"]);
    for (name, value) in request
        .headers
        .iter()
        .filter(|(n, _)| !LEFT_TO_CURL.contains(n))
    {
        command.arg("-H").arg(format!("{name}: {value}"));
    }
    command
        .arg(&request.target.url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => return failed(Failure::Connection(format!("cannot run curl: {e}"))),
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A receiver that closes early makes this fail; curl's own exit status tells what happened.
        let _ = stdin.write_all(request.body.as_bytes());
    }
    let output = match child.wait_with_output() {
        Ok(output) => output,
        Err(e) => return failed(Failure::Connection(e.to_string())),
    };
    let stderr = String::from_utf8_lossy(&output.stderr).trim().to_owned();
    match output.status.code() {
        Some(0) => {}
        Some(TIMED_OUT) => return failed(Failure::Timeout),
        Some(COULD_NOT_RESOLVE | COULD_NOT_CONNECT) => return failed(Failure::Connection(stderr)),
        _ => return failed(Failure::Protocol(stderr)),
    }
    let printed = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut parts = printed.split_whitespace();
    let status = parts.next().and_then(|s| s.parse::<u16>().ok());
    let bytes = parts
        .next()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(0.0);
    let took = parts.next().and_then(|s| s.parse::<f64>().ok());
    match status {
        Some(status) => Observed {
            status: Some(status),
            millis: took.map_or_else(
                || u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                |s| (s * 1_000.0).round() as u64,
            ),
            body_chars: bytes as usize,
            failure: None,
        },
        None => failed(Failure::Protocol(format!("curl printed {printed:?}"))),
    }
}
