//! Test receivers on 127.0.0.1, started by a test and bounded: each serves until its `Receiver` is
//! dropped or a minute has passed, one thread per connection, every read with a timeout. The behaviour
//! is a function from the request to the answer (status, body, and how long to wait before answering).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

const SERVE_AT_MOST: Duration = Duration::from_secs(60);
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the accept loop looks for a new connection or the stop flag.
const POLL: Duration = Duration::from_millis(5);

/// What a receiver got.
pub struct Incoming {
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Incoming {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What it answers.
pub struct Answer {
    pub status: u16,
    pub body: String,
    pub delay: Duration,
    /// A `Location` header (for redirects).
    pub location: Option<String>,
}

pub fn answer(status: u16, body: &str) -> Answer {
    Answer {
        status,
        body: body.to_owned(),
        delay: Duration::ZERO,
        location: None,
    }
}

pub struct Receiver {
    pub url: String,
    stop: Arc<AtomicBool>,
    hits: Arc<AtomicUsize>,
}

impl Receiver {
    /// How many requests it has read so far.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Starts a receiver answering with `behaviour`; its URL ends in `/hooks`.
pub fn start(behaviour: impl Fn(&Incoming) -> Answer + Send + Sync + 'static) -> Receiver {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().expect("port").port();
    listener.set_nonblocking(true).expect("non-blocking");
    let stop = Arc::new(AtomicBool::new(false));
    let hits = Arc::new(AtomicUsize::new(0));
    let behaviour = Arc::new(behaviour);
    let (flag, counter) = (stop.clone(), hits.clone());
    thread::spawn(move || {
        let started = Instant::now();
        while !flag.load(Ordering::SeqCst) && started.elapsed() < SERVE_AT_MOST {
            match listener.accept() {
                Ok((stream, _)) => {
                    let (behaviour, counter) = (behaviour.clone(), counter.clone());
                    thread::spawn(move || {
                        let _ = serve(stream, behaviour.as_ref(), &counter);
                    });
                }
                Err(_) => thread::sleep(POLL),
            }
        }
    });
    Receiver {
        url: format!("http://127.0.0.1:{port}/hooks"),
        stop,
        hits,
    }
}

fn serve(
    stream: TcpStream,
    behaviour: &(impl Fn(&Incoming) -> Answer + ?Sized),
    hits: &AtomicUsize,
) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(READ_TIMEOUT))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.push((name.to_owned(), value.trim().to_owned()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let incoming = Incoming {
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    hits.fetch_add(1, Ordering::SeqCst);
    let answer = behaviour(&incoming);
    if !answer.delay.is_zero() {
        thread::sleep(answer.delay);
    }
    let mut stream = stream;
    let location = answer
        .location
        .map(|l| format!("Location: {l}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "HTTP/1.1 {} X\r\n{location}Content-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        answer.status,
        answer.body.len(),
        answer.body
    )?;
    stream.flush()
}
