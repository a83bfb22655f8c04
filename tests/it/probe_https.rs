//! `gymhook probe https://…`: sent through curl to an HTTPS receiver this test starts on 127.0.0.1 (Python's
//! ssl module, a certificate made here with openssl). Trusted through `CURL_CA_BUNDLE`, the careful
//! receiver passes; without it, every request fails on the certificate, as the vendor's would.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

const SECRET: &str = "tls-secret";
/// A careful receiver over TLS: 200 "Ok" to a valid signature, 401 otherwise. It exits after a minute
/// whatever happens, so it never outlives the test.
const SERVER: &str = r#"
import hashlib, hmac, http.server, os, ssl, sys, threading
cert, key, secret = sys.argv[1], sys.argv[2], sys.argv[3]
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        rid = self.headers.get('X-PerfectGym-Request', '')
        sig = (self.headers.get('X-PerfectGym-Signature') or '').lower()
        good = hashlib.md5(f'{rid}:{secret}'.encode()).hexdigest()
        ok = bool(sig) and hmac.compare_digest(good, sig)
        out = b'Ok' if ok else b'bad signature'
        self.send_response(200 if ok else 401)
        self.send_header('Content-Length', str(len(out)))
        self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(out)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
threading.Timer(60, lambda: os._exit(0)).start()
print(server.server_address[1], flush=True)
server.serve_forever()
"#;

/// A self-signed certificate for 127.0.0.1 in `dir`: (cert.pem, key.pem).
fn certificate(dir: &Path) {
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
        ])
        .args([
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            "key.pem",
            "-out",
            "cert.pem",
        ])
        .current_dir(dir)
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| {
            panic!("openssl could not run ({e}): run `make tools` (Debian package openssl)")
        });
    assert!(made.success(), "openssl req failed");
}

/// The server started, and its port once it listens.
fn https_receiver(dir: &Path) -> (Child, u16) {
    let mut child = Command::new("python3")
        .args(["-c", SERVER, "cert.pem", "key.pem", SECRET])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("the port");
    (child, line.trim().parse().expect("a port number"))
}

fn outcomes(stdout: &[u8]) -> Vec<(String, String)> {
    crate::probe_cli::outcomes(&serde_json::from_slice(stdout).expect("JSON"))
}

#[test]
fn an_https_receiver_is_probed_through_curl_and_its_certificate_checked() {
    let dir = std::env::temp_dir().join(format!("gymhook-probe-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    certificate(&dir);
    let (mut server, port) = https_receiver(&dir);
    let url = format!("https://127.0.0.1:{port}/hooks");
    let probe = |trusted: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_gymhook"));
        command.args([
            "probe",
            &url,
            "--vendor",
            "perfectgym",
            "--secret",
            SECRET,
            "--format",
            "json",
        ]);
        if trusted {
            command.env("CURL_CA_BUNDLE", dir.join("cert.pem"));
        } else {
            // The system's authorities: a self-signed certificate is refused, as the vendor would refuse it.
            command.env_remove("CURL_CA_BUNDLE");
        }
        command.output().expect("runs")
    };
    let trusted = probe(true);
    let untrusted = probe(false);
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        trusted.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&trusted.stderr)
    );
    for (id, outcome) in outcomes(&trusted.stdout) {
        // HTTPS, but not on 443: the one warning.
        let expected = if id == "https-only" { "warn" } else { "pass" };
        assert_eq!(outcome, expected, "{id}");
    }
    assert_eq!(untrusted.status.code(), Some(1));
    let text = String::from_utf8_lossy(&untrusted.stdout);
    assert!(
        text.contains("certificate") || text.contains("CA"),
        "{text}"
    );
}

#[test]
fn without_curl_an_https_url_is_a_usage_error() {
    let empty = std::env::temp_dir().join(format!("gymhook-no-curl-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("dir");
    let out = Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(["probe", "https://127.0.0.1:9/hooks", "--vendor", "gymos"])
        .env("PATH", &empty)
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&empty);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("sent through curl, which cannot be run here"));
}
