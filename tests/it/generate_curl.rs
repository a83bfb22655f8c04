//! The generated curl command, run for real by `sh` against a one-request receiver on 127.0.0.1:
//! the receiver must get exactly the generated body bytes and the vendor's headers.

use gymhook::domain::generate::{export, generate, Choice, Format, Generated, Options};
use gymhook::domain::signature::compute_pgm;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Bounds: the receiver waits this long for curl to connect, then for each read.
const ACCEPT_WITHIN: Duration = Duration::from_secs(20);
const READ_TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(10);
const SECRET: &str = "it's a $ecret `x`";
const PATH: &str = "/webhooks/perfectgym?from=gymhook";

/// What the receiver saw.
#[derive(Debug)]
struct Received {
    request_line: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Accepts one connection (or gives up after `ACCEPT_WITHIN`), reads one request, answers 200 "Ok".
fn receive_one(listener: TcpListener) -> Result<Received, String> {
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let stream = loop {
        match listener.accept() {
            Ok((stream, _)) => break stream,
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    && started.elapsed() < ACCEPT_WITHIN =>
            {
                thread::sleep(POLL)
            }
            Err(e) => return Err(format!("no connection: {e}")),
        }
    };
    stream.set_nonblocking(false).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(READ_TIMEOUT))
        .map_err(|e| e.to_string())?;
    read_request(stream)
}

fn read_request(mut stream: TcpStream) -> Result<Received, String> {
    let mut reader = BufReader::new(stream.try_clone().map_err(|e| e.to_string())?);
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|e| e.to_string())?;
    let request_line = line.trim_end().to_owned();
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line).map_err(|e| e.to_string())?;
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            break;
        }
        let (name, value) = header
            .split_once(':')
            .ok_or(format!("bad header {header:?}"))?;
        headers.push((name.to_owned(), value.trim().to_owned()));
    }
    let mut received = Received {
        request_line,
        headers,
        body: Vec::new(),
    };
    if received
        .header("Expect")
        .is_some_and(|v| v.eq_ignore_ascii_case("100-continue"))
    {
        stream
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .map_err(|e| e.to_string())?;
    }
    let length: usize = received
        .header("Content-Length")
        .and_then(|v| v.parse().ok())
        .ok_or("no Content-Length")?;
    received.body = vec![0; length];
    reader
        .read_exact(&mut received.body)
        .map_err(|e| e.to_string())?;
    stream
        .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOk")
        .map_err(|e| e.to_string())?;
    Ok(received)
}

fn require_curl() {
    let found = Command::new("curl")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "curl is not installed: run `apt-get install curl` (scripts/install-tools.sh should do it)"
    );
}

/// Runs the generated command with `sh -c` against a fresh receiver; returns what it received.
fn deliver(generated: &Generated, secret: &str) -> Received {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().expect("port").port();
    let (tx, rx) = mpsc::channel();
    let server = thread::spawn(move || tx.send(receive_one(listener)));
    let url = format!("http://127.0.0.1:{port}{PATH}");
    let command = export(generated, Format::Curl, &url, secret)
        .expect("valid URL")
        .text;
    // A proxy configured on the machine must not intercept a request to this machine.
    let out = Command::new("sh")
        .arg("-c")
        .arg(&command)
        .env("NO_PROXY", "127.0.0.1")
        .env("no_proxy", "127.0.0.1")
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .expect("sh runs");
    let received = rx
        .recv_timeout(ACCEPT_WITHIN + READ_TIMEOUT)
        .expect("receiver finished");
    server.join().expect("receiver thread").expect("sent");
    assert!(
        out.status.success(),
        "curl failed: {}\n{command}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Ok");
    received.unwrap_or_else(|e| panic!("receiver: {e}\n{command}"))
}

#[test]
fn the_curl_command_delivers_the_exact_body_and_signed_headers() {
    require_curl();
    let choice = Choice::from_key("perfectgym:Test").expect("declared");
    let generated = generate(
        &choice,
        Options {
            seed: 11,
            edge_cases: true,
        },
    );
    for nasty in ["'", "\\\"", "$HOME", "`", "\\", "\n"] {
        assert!(
            generated.body.contains(nasty),
            "the payload should contain {nasty:?}"
        );
    }
    let received = deliver(&generated, SECRET);
    assert_eq!(received.request_line, format!("POST {PATH} HTTP/1.1"));
    assert_eq!(received.body, generated.body.as_bytes());
    let id = generated.request_id.as_deref().expect("PGM request id");
    assert_eq!(received.header("Content-Type"), Some("application/json"));
    assert_eq!(
        received.header("Content-Length"),
        Some(generated.body.len().to_string().as_str())
    );
    assert_eq!(received.header("X-PerfectGym-Request"), Some(id));
    assert_eq!(
        received.header("X-PerfectGym-Signature"),
        Some(compute_pgm(id, SECRET).as_str())
    );
}

#[test]
fn the_curl_command_delivers_a_gymos_body_with_non_ascii_text_unsigned() {
    require_curl();
    let choice = Choice::from_key("gymos:Session Booked").expect("declared");
    let generated = generate(
        &choice,
        Options {
            seed: 12,
            edge_cases: true,
        },
    );
    assert!(!generated.body.is_ascii());
    let received = deliver(&generated, SECRET);
    assert_eq!(received.body, generated.body.as_bytes());
    assert_eq!(received.header("X-PerfectGym-Signature"), None);
    assert_eq!(received.header("X-PerfectGym-Request"), None);
}
