//! Exports: POSIX shell quoting that survives any text (checked by a real `sh`), receiver URLs,
//! the notes that explain missing signatures, and file names.

use gymhook::domain::generate::{
    default_target, export, file_name, generate, parse_target, shell_quote, Choice, Format, Note,
    Options, TargetError,
};
use gymhook::domain::schema::Vendor;
use gymhook::domain::signature::compute_pgm;
use std::process::Command;

const NASTY: [&str; 9] = [
    "",
    "it's",
    "'",
    "''",
    "'\\''",
    "say \"hi\" to $HOME and `whoami` $(id) \\n \\ end",
    "line one\nline two\r\n\ttabbed\n",
    "!history !! * ? [a] ~ # ; & | < > { } %",
    "Zoë Łukasiewicz-Nuñez — ½ 🏋 \u{200b}",
];

/// What `sh` makes of a quoted word: `printf %s WORD` prints its single argument unchanged.
fn through_sh(word: &str) -> String {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("printf %s {word}"))
        .output()
        .expect("sh runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn shell_quoting_survives_quotes_dollars_backticks_backslashes_and_newlines() {
    for text in NASTY {
        let quoted = shell_quote(text);
        assert!(quoted.starts_with('\'') && quoted.ends_with('\''));
        assert_eq!(through_sh(&quoted), text, "{quoted}");
    }
    assert_eq!(shell_quote("it's"), "'it'\\''s'");
}

#[test]
fn shell_quoting_survives_every_edge_case_body() {
    for key in [
        "perfectgym:Test",
        "gymos:Session Booked",
        "gymos:object:scheduledAbsence",
    ] {
        let choice = Choice::from_key(key).expect("declared");
        let body = generate(
            &choice,
            Options {
                seed: 5,
                edge_cases: true,
            },
        )
        .body;
        assert_eq!(through_sh(&shell_quote(&body)), body, "{key}");
    }
}

#[test]
fn receiver_urls_split_into_host_and_path() {
    let t = parse_target("https://receiver.example.com/webhooks/pgm?x=1#frag").expect("valid");
    assert_eq!(
        (t.authority.as_str(), t.path.as_str(), t.https),
        ("receiver.example.com", "/webhooks/pgm?x=1", true)
    );
    let t = parse_target("  HTTP://user:pw@127.0.0.1:8080  ").expect("valid");
    assert_eq!(
        (t.authority.as_str(), t.path.as_str(), t.https),
        ("127.0.0.1:8080", "/", false)
    );
    assert_eq!(
        parse_target("http://h?q").map(|t| t.path),
        Ok("/?q".to_owned())
    );
    assert_eq!(parse_target(""), Err(TargetError::Empty));
    assert_eq!(parse_target("ftp://x/"), Err(TargetError::Scheme));
    assert_eq!(
        parse_target("receiver.example.com/x"),
        Err(TargetError::Scheme)
    );
    assert_eq!(parse_target("https:///path"), Err(TargetError::NoHost));
    assert_eq!(parse_target("https://a b/"), Err(TargetError::Whitespace));
    for vendor in Vendor::ALL {
        assert!(parse_target(&default_target(vendor)).is_ok());
    }
}

#[test]
fn pgm_requests_are_signed_only_with_a_secret_and_say_why() {
    let choice = Choice::from_key("perfectgym:ClassesBooked").expect("declared");
    let generated = generate(
        &choice,
        Options {
            seed: 42,
            edge_cases: false,
        },
    );
    let id = generated.request_id.clone().expect("PGM has a request id");
    let url = &default_target(Vendor::PerfectGym);

    let unsigned = export(&generated, Format::Http, url, "").expect("valid");
    assert!(unsigned
        .text
        .contains(&format!("\r\nX-PerfectGym-Request: {id}\r\n")));
    assert!(!unsigned.text.contains("X-PerfectGym-Signature"));
    assert!(unsigned.notes.contains(&Note::Unsigned(Vendor::PerfectGym)));

    let signed = export(&generated, Format::Http, url, "topsecret").expect("valid");
    let signature = compute_pgm(&id, "topsecret");
    assert!(signed
        .text
        .contains(&format!("\r\nX-PerfectGym-Signature: {signature}\r\n\r\n")));
    assert!(
        signed.notes.contains(&Note::Signed(Vendor::PerfectGym))
            && !signed.notes.contains(&Note::Unsigned(Vendor::PerfectGym))
    );
    assert!(signed
        .text
        .starts_with("POST /webhooks/perfectgym HTTP/1.1\r\nHost: receiver.example.com\r\n"));

    let curl = export(&generated, Format::Curl, url, "topsecret")
        .expect("valid")
        .text;
    assert!(curl.starts_with("curl -X POST 'https://receiver.example.com/webhooks/perfectgym'"));
    assert!(curl.contains(&format!("-H 'X-PerfectGym-Signature: {signature}'")));
    assert!(curl.contains("-H 'Content-Type: application/json'"));
    assert!(curl.ends_with(&format!("--data-binary {}", shell_quote(&generated.body))));

    let local = export(&generated, Format::Curl, "http://127.0.0.1:9000/x", "").expect("valid");
    assert!(local.notes.contains(&Note::HttpsOnly(Vendor::PerfectGym)));
    assert_eq!(
        export(&generated, Format::Curl, "nope", ""),
        Err(TargetError::Scheme)
    );
    // The JSON body needs no URL.
    assert_eq!(
        export(&generated, Format::Json, "nope", "").map(|e| e.text),
        Ok(generated.body.clone())
    );
}

#[test]
fn gymos_requests_carry_no_signature_and_say_so() {
    let choice = Choice::from_key("gymos:object:weighIn").expect("declared");
    let generated = generate(
        &choice,
        Options {
            seed: 1,
            edge_cases: false,
        },
    );
    assert_eq!(generated.request_id, None);
    let request = export(
        &generated,
        Format::Http,
        &default_target(Vendor::GymOs),
        "topsecret",
    )
    .expect("valid");
    assert!(!request.text.contains("X-PerfectGym"));
    assert!(
        request.notes.contains(&Note::NoAuth(Vendor::GymOs))
            && request.notes.contains(&Note::Placeholder(Vendor::GymOs))
    );
    assert!(request
        .text
        .starts_with("POST /webhooks/gymos HTTP/1.1\r\n"));
    assert_eq!(file_name(&generated), "gymos-weighin-seed-1.json");
    let edge = generate(
        &Choice::from_key("gymos:Session Booked").expect("declared"),
        Options {
            seed: 7,
            edge_cases: true,
        },
    );
    assert_eq!(
        file_name(&edge),
        "gymos-session-booked-seed-7-edge-cases.json"
    );
}
