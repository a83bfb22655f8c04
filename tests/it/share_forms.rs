//! Every input form the page reads, built around generated events, each carrying credentials of its
//! own in the places that form has them (headers, URLs, cookies, a HAR's name/value pairs, curl
//! options, a log line). The redaction property test (`share_redaction.rs`) runs over all of them.

use gymhook::domain::generate::{export, Format, Generated};
use gymhook::domain::json::quoted;

/// Credentials the forms carry: none may reach a redacted link.
pub const JWT: &str = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnaDQyIn0.c2lnbmF0dXJlLXZhbHVlLTQy";
pub const API_KEY: &str = "ak_live_5f2b8ab8bb4eb7f7";
pub const COOKIE: &str = "sess-9Qx81LmZ";
pub const TOKEN: &str = "tk84hd93jf83";
/// Too short to look for elsewhere: masked where it stands (`?k=`).
pub const SHORT: &str = "Zq9";
pub const BASIC: &str = "dXNlcjpwYXNzd29yZA==";
pub const WEBHOOK_KEY: &str = "whk_0a1b2c3d9";
pub const PASSWORD: &str = "pw-77xQrT";
pub const SECRET: &str = "s3cret-of-the-webhook";
pub const CREDENTIALS: [&str; 9] = [
    JWT,
    API_KEY,
    COOKIE,
    TOKEN,
    SHORT,
    BASIC,
    WEBHOOK_KEY,
    PASSWORD,
    SECRET,
];

const URL: &str = "https://receiver.example.com/hooks?secret=tk84hd93jf83&club=7";

fn extra_headers() -> Vec<String> {
    vec![
        format!("Authorization: Bearer {JWT}"),
        format!("Cookie: session={COOKIE}; theme=dark"),
        format!("X-Api-Key: {API_KEY}"),
        format!("X-Gymos-Webhook-Key: {WEBHOOK_KEY}"),
        format!("Referer: https://admin.example.com/hooks?token={TOKEN}"),
        format!("X-Original-URI: /hooks?k={SHORT}"),
        format!("Proxy-Authorization: Basic {BASIC}"),
    ]
}

/// The generator's raw request (with Perfect Gym's signature), plus the extra credential headers.
fn request(g: &Generated) -> String {
    let http = export(g, Format::Http, URL, SECRET)
        .map(|e| e.text)
        .unwrap_or_default();
    let (line, rest) = http.split_once("\r\n").unwrap_or((&http, ""));
    format!("{line}\r\n{}\r\n{rest}", extra_headers().join("\r\n"))
}

fn vendor_headers(g: &Generated) -> Vec<(String, String)> {
    let http = export(g, Format::Http, URL, SECRET)
        .map(|e| e.text)
        .unwrap_or_default();
    let head = http.split("\r\n\r\n").next().unwrap_or_default();
    head.lines()
        .skip(1)
        .filter_map(|l| l.split_once(": "))
        .filter(|(n, _)| n.starts_with("X-PerfectGym"))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect()
}

/// One line of JSON, bytes of strings kept (pretty output never breaks a string).
fn one_line(body: &str) -> String {
    body.lines().map(str::trim).collect::<Vec<_>>().join("")
}

fn har_entry(g: &Generated) -> String {
    let mut headers: Vec<(String, String)> = vec![
        (":path".into(), format!("/hooks?token={TOKEN}")),
        ("content-type".into(), "application/json".into()),
        ("authorization".into(), format!("Bearer {JWT}")),
        ("x-api-key".into(), API_KEY.into()),
        ("proxy-authorization".into(), format!("Basic {BASIC}")),
    ];
    headers.extend(vendor_headers(g));
    let pairs = |list: &[(String, String)]| {
        list.iter()
            .map(|(n, v)| format!("{{\"name\": {}, \"value\": {}}}", quoted(n), quoted(v)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "{{\"request\": {{\"method\": \"POST\", \"url\": \"https://receiver.example.com/hooks?token={TOKEN}&k={SHORT}\", \
         \"headers\": [{}], \"queryString\": [{}], \"cookies\": [{}], \
         \"postData\": {{\"mimeType\": \"application/json\", \"text\": {}}}}}, \"response\": {{\"status\": 200}}}}",
        pairs(&headers),
        pairs(&[("token".into(), TOKEN.into()), ("k".into(), SHORT.into())]),
        pairs(&[("session".into(), COOKIE.into())]),
        quoted(&g.body)
    )
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn chunked(body: &str) -> String {
    let mut cuts = vec![0, body.len() / 3, body.len() * 2 / 3, body.len()];
    for c in &mut cuts {
        while !body.is_char_boundary(*c) {
            *c += 1;
        }
    }
    let mut out = format!(
        "POST /hooks HTTP/1.1\r\nTransfer-Encoding: chunked\r\nAuthorization: Bearer {JWT}\r\n\r\n"
    );
    for w in cuts.windows(2) {
        let part = &body[w[0]..w[1]];
        out.push_str(&format!("{:x}\r\n{part}\r\n", part.len()));
    }
    out.push_str("0\r\n\r\n");
    out
}

/// A request logged as JSON (`{method, url, headers, body}`, Express's dump): headers as a map, the
/// body as the object itself (`as_string`: as a JSON string, as loggers keep raw bodies).
fn wrapped(g: &Generated, as_string: bool) -> String {
    let mut headers = vec![
        ("authorization".to_owned(), format!("Bearer {JWT}")),
        ("x-api-key".to_owned(), API_KEY.to_owned()),
        ("cookie".to_owned(), format!("session={COOKIE}")),
    ];
    headers.extend(
        vendor_headers(g)
            .into_iter()
            .map(|(n, v)| (n.to_ascii_lowercase(), v)),
    );
    let map = headers
        .iter()
        .map(|(n, v)| format!("{}: {}", quoted(n), quoted(v)))
        .collect::<Vec<_>>()
        .join(", ");
    let body = if as_string {
        quoted(&g.body)
    } else {
        one_line(&g.body)
    };
    format!("{{\"method\": \"POST\", \"url\": \"/hooks?token={TOKEN}\", \"headers\": {{{map}}}, \"body\": {body}}}")
}

/// Every form, named, for one event `g` (and a second event `h` where the form holds several).
pub fn forms(g: &Generated, h: &Generated) -> Vec<(&'static str, String)> {
    let body = &g.body;
    let mut curl = export(g, Format::Curl, URL, SECRET)
        .map(|e| e.text)
        .unwrap_or_default();
    curl.push_str(&format!(" \\\n  -H 'Authorization: Bearer {JWT}' -H \"X-Api-Key: {API_KEY}\" \\\n  -u 'ops:{PASSWORD}' -b 'session={COOKIE}'"));
    let verbose_headers: String = vendor_headers(g)
        .iter()
        .map(|(n, v)| format!("> {n}: {v}\n"))
        .collect();
    let verbose = format!(
        "*   Trying 127.0.0.1:443...\n* Connected to receiver.example.com\n> POST /hooks?sig={TOKEN} HTTP/1.1\n\
         > Host: receiver.example.com\n> Content-Type: application/json\n> X-Api-Key: {API_KEY}\n\
         > Authorization: Bearer {JWT}\n{verbose_headers}> \n{body}\n"
    );
    let comment = body.replacen("{\n", "{\n  // shared by support\n", 1);
    let trailing = match body.rfind("\n}") {
        Some(at) => format!("{},{}", &body[..at], &body[at..]),
        None => body.clone(),
    };
    vec![
        ("body", body.clone()),
        ("request", request(g)),
        ("curl command", curl),
        ("curl -v", verbose),
        ("BOM", format!("\u{feff}{body}")),
        ("comment", comment),
        ("trailing comma", trailing),
        ("JSON array", format!("[\n{body},\n{}\n]", h.body)),
        (
            "JSON Lines",
            format!(
                "2025-11-26T16:02:01Z INFO received {}\n2025-11-26T16:02:02Z INFO received {}\nauthorization : Basic {BASIC}\n",
                one_line(body),
                one_line(&h.body)
            ),
        ),
        ("HAR", format!("{{\"log\": {{\"version\": \"1.2\", \"entries\": [{}, {}]}}}}", har_entry(g), har_entry(h))),
        ("glued requests", format!("{}\r\n\r\n{}", request(g), request(h))),
        ("JSON string body", format!("POST /hooks HTTP/1.1\nContent-Type: application/json\nX-Api-Key: {API_KEY}\n\n{}", quoted(body))),
        (
            "form body",
            format!("POST /hooks?k={SHORT} HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\npayload={}&token={TOKEN}", percent(body)),
        ),
        ("chunked body", chunked(body)),
        ("wrapped items", format!("[{},\n{}]", wrapped(g, false), wrapped(h, true))),
        ("log line", format!("2025-11-26T16:02:01Z INFO webhook received: {}", one_line(body))),
        (
            "TCP stream",
            format!("{}HTTP/1.1 200 OK\r\nSet-Cookie: session={COOKIE}\r\nContent-Length: 2\r\n\r\nok", request(g)),
        ),
        ("response", format!("HTTP/1.1 200 OK\nContent-Type: application/json\nSet-Cookie: session={COOKIE}\n\n{body}")),
    ]
}
