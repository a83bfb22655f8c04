//! Batches: every input form splits into its deliveries, single payloads never do, rows say what each is.

use super::*;
use crate::domain::capture::Form;
use crate::domain::examples::first_example;
use crate::domain::generate::{catalogue, export, generate, Format, Options};

pub(super) const PGM: &str =
    r#"{"event": "UserModified", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 7}}"#;
pub(super) const GYMOS: &str = r#"{"eventType": "Session Booked", "eventTimestampUtc": "2025-11-25T13:42:01Z", "payload": {}}"#;
pub(super) const BROKEN: &str =
    r#"{"event": "ClassesBooked", "triggeredDate": "yesterday", "data": {"userId": "x"}}"#;

pub(super) fn rows(text: &str, secret: &str) -> Vec<Row> {
    let batch = split(text).expect("a batch");
    let mut audit = Audit::default();
    (0..batch.deliveries.len())
        .filter_map(|i| audit.row(&batch, i, secret))
        .collect()
}

#[test]
fn json_lines_with_log_prefixes_split_per_line() {
    let log = format!(
        "2025-11-25T13:42:01Z INFO webhook {PGM}\nnot json at all\n[worker] {GYMOS}\n{BROKEN}\n"
    );
    let batch = split(&log).expect("a batch");
    assert_eq!(batch.form, Form::JsonLines);
    assert_eq!(batch.deliveries.len(), 3);
    let first = batch.deliveries.first().expect("three");
    assert_eq!((first.text.as_str(), first.line), (PGM, 1));
    let rows = rows(&log, "");
    let summary: Vec<_> = rows
        .iter()
        .map(|r| (r.vendor_slug(), r.event.as_deref(), r.errors > 0, r.line))
        .collect();
    assert_eq!(
        summary,
        [
            ("perfectgym", Some("UserModified"), false, 1),
            ("gymos", Some("Session Booked"), false, 3),
            ("perfectgym", Some("ClassesBooked"), true, 4),
        ]
    );
    assert_eq!(
        rows.first().and_then(|r| r.time.clone()).as_deref(),
        Some("2020-06-01T14:44:46Z")
    );
    assert_eq!(
        counts_per_event(&rows),
        [
            ("ClassesBooked".to_owned(), 1),
            ("Session Booked".to_owned(), 1),
            ("UserModified".to_owned(), 1)
        ]
    );
}

#[test]
fn a_json_array_splits_into_its_exact_elements() {
    let text = format!("[\n  {PGM},\n  {GYMOS}\n]");
    let batch = split(&text).expect("a batch");
    assert_eq!(batch.form, Form::JsonArray);
    let texts: Vec<&str> = batch.deliveries.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, [PGM, GYMOS]);
    assert_eq!(batch.deliveries.get(1).map(|d| d.line), Some(3));
}

#[test]
fn raw_requests_one_after_another_split_at_each_request_line() {
    let g = generate(
        &catalogue().into_iter().next().expect("events"),
        Options {
            seed: 3,
            edge_cases: false,
        },
    );
    let signed = export(&g, Format::Http, "https://r.example.com/h", "s3cret")
        .map(|e| e.text)
        .unwrap_or_default();
    let text = format!("{signed}\n\n{signed}\n");
    let rows = rows(&text, "s3cret");
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter().all(|r| r.signature == Signature::Valid),
        "{rows:?}"
    );
    assert!(rows.iter().all(|r| r.errors == 0));
    // The same request twice: the second is the first's retry, with the same bytes.
    let attempts: Vec<_> = rows.iter().map(|r| (r.attempt, r.identical)).collect();
    assert_eq!(attempts, [(1, None), (2, Some(true))]);
    let wrong = self::rows(&text, "other");
    assert!(wrong
        .iter()
        .all(|r| r.signature == Signature::Mismatch && r.failing()));
    assert!(self::rows(&text, "")
        .iter()
        .all(|r| r.signature == Signature::Unchecked));
}

#[test]
fn a_har_file_gives_its_post_requests_with_headers() {
    let har = format!(
        r#"{{"log": {{"version": "1.2", "entries": [
            {{"request": {{"method": "GET", "url": "https://app.example.com/", "headers": []}}}},
            {{"request": {{"method": "POST", "url": "https://r.example.com/hooks?x=1", "headers": [
                {{"name": ":authority", "value": "r.example.com"}},
                {{"name": "X-PerfectGym-Request", "value": "r-1"}}],
              "postData": {{"mimeType": "application/json", "text": {}}}}}}}
        ]}}}}"#,
        crate::domain::json::quoted(PGM)
    );
    // One POST: not a batch, but read all the same.
    assert!(split(&har).is_none());
    let batch = read(&har);
    assert_eq!(batch.form, Form::Har);
    assert_eq!(batch.deliveries.len(), 1);
    let d = batch.deliveries.first().expect("one");
    assert_eq!(
        d.text,
        format!("POST /hooks?x=1 HTTP/1.1\nX-PerfectGym-Request: r-1\n\n{PGM}")
    );
    assert_eq!(d.line, 3, "the entry's line in the paste");
    assert_eq!(
        Audit::default().row(&batch, 0, "").map(|r| r.vendor_slug()),
        Some("perfectgym")
    );
}

#[test]
fn one_delivery_is_never_a_batch() {
    for text in [
        PGM.to_owned(),
        first_example(Vendor::GymOs),
        first_example(Vendor::PerfectGym),
        format!("POST /h HTTP/1.1\nX-PerfectGym-Request: 1\n\n{PGM}"),
        String::new(),
        "[1, 2]".to_owned(),
        "{\"log\": {\"entries\": []}}".to_owned(),
    ] {
        assert!(split(&text).is_none(), "{text}");
    }
}

/// A raw Perfect Gym request with this id, signature and body, compact as the vendor sends it.
fn request(id: &str, signature: &str, body: &str) -> String {
    format!("POST /webhooks/pgm HTTP/1.1\r\nContent-Type: application/json\r\nX-PerfectGym-Request: {id}\r\nX-PerfectGym-Signature: {signature}\r\n\r\n{body}")
}

#[test]
fn an_audit_of_glued_requests_finds_the_forgery_and_groups_the_retries() {
    use crate::domain::signature::compute_pgm;
    let secret = "s3cret";
    let other = PGM.replace('7', "8");
    let text = [
        request("a-1", &compute_pgm("a-1", secret), PGM),
        request("b-2", &compute_pgm("b-2", secret), &other),
        request("a-1", &compute_pgm("a-1", secret), PGM),
        request("c-3", &compute_pgm("c-3", "guessed"), PGM),
        request("a-1", &compute_pgm("a-1", secret), &PGM.replace(": ", ":")),
    ]
    .join("\r\n\r\n");
    let rows = rows(&text, secret);
    let seen: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.request_id.as_deref().unwrap_or_default(),
                r.attempt,
                r.identical,
                r.signature.key(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("a-1", 1, None, "valid"),
            ("b-2", 1, None, "valid"),
            ("a-1", 2, Some(true), "valid"),
            ("c-3", 1, None, "mismatch"),
            ("a-1", 3, Some(false), "valid"),
        ]
    );
    let failing: Vec<usize> = rows
        .iter()
        .filter(|r| r.failing())
        .map(|r| r.index)
        .collect();
    assert_eq!(failing, [3], "a bad signature counts as an error");
    assert_eq!(retried(&rows).get("a-1"), Some(&3));
    let refs: Vec<&Row> = rows.iter().collect();
    let order: Vec<usize> = grouped(&refs).iter().map(|r| r.index).collect();
    assert_eq!(
        order,
        [0, 2, 4, 1, 3],
        "each id's attempts together, where its first stands"
    );
}

#[test]
fn a_bare_body_has_no_signature_to_check_and_gymos_signs_nothing() {
    let log = format!("{PGM}\n{GYMOS}\n");
    let rows = rows(&log, "s3cret");
    let verdicts: Vec<_> = rows.iter().map(|r| (r.signature, r.failing())).collect();
    assert_eq!(
        verdicts,
        [(Signature::Absent, false), (Signature::Unchecked, false)]
    );
    // The request id without its signature, with a secret typed: someone who did not sign sent it.
    let unsigned = format!(
        "{}\n\n{}",
        request("x", "", PGM).replace("X-PerfectGym-Signature: \r\n", ""),
        request("y", "", PGM).replace("X-PerfectGym-Signature: \r\n", "")
    );
    assert!(self::rows(&unsigned, "s3cret")
        .iter()
        .all(|r| r.signature == Signature::Absent && r.bad_signature()));
}
