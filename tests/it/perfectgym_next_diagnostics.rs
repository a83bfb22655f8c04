//! PerfectGym Next / Magicline diagnostics in the house style: wrong JSON types and formats are errors at
//! their path, a timestamp in seconds and content of another type than inferred are warnings, more
//! elements, unknown types and unknown fields are notes; a raw request is held to the declared rules.

use crate::perfectgym_next::{body, checkin, found, one, UUID};
use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Severity;

#[test]
fn wrong_types_and_formats_are_errors_at_their_path() {
    let uuid = format!("\"{UUID}\"");
    let ms = "1642779144176";
    // (entityId, uuid, timestamp, event, content, diagnostic kind, path)
    #[rustfmt::skip]
    let cases = [
        ("\"48211093\"", uuid.as_str(), ms, "CUSTOMER_CHECKIN", None, "type", "entityId"),
        ("1.5", &uuid, ms, "CUSTOMER_CHECKIN", None, "type", "entityId"),
        ("1", "\"not-a-uuid\"", ms, "CUSTOMER_CHECKIN", None, "format", "uuid"),
        ("1", &uuid, "\"1642779144176\"", "CUSTOMER_CHECKIN", None, "type", "payload[0].timestamp"),
        ("1", &uuid, "1642779144176.5", "CUSTOMER_CHECKIN", None, "type", "payload[0].timestamp"),
        ("1", &uuid, ms, "CONTRACT_CREATED", Some("[1]"), "type", "payload[0].content"),
    ];
    for (entity, id, timestamp, event, content, kind, path) in cases {
        let a = analyze(&body(entity, id, timestamp, event, content));
        assert_eq!(
            found(&a, kind),
            [(Severity::Error, path.to_owned())],
            "{path}"
        );
    }
    for (payload, path) in [("{}", "payload"), ("[7]", "payload[0]")] {
        let a = analyze(&format!(
            r#"{{"entityId": 1, "uuid": {uuid}, "payload": {payload}}}"#
        ));
        assert_eq!(
            found(&a, "type"),
            [(Severity::Error, path.to_owned())],
            "{path}"
        );
    }
}

#[test]
fn a_timestamp_in_seconds_is_a_warning_that_says_so() {
    let a = analyze(&body(
        "1",
        &format!("\"{UUID}\""),
        "1642779144",
        "CUSTOMER_CHECKIN",
        None,
    ));
    let d = one(&a, "epoch-seconds");
    assert_eq!(
        (d.severity(), d.path.as_str()),
        (Severity::Warning, "payload[0].timestamp")
    );
    assert!(
        d.message.contains("1970-01-20T00:19:39.144Z"),
        "{}",
        d.message
    );
    assert!(d.message.contains("2022-01-21T15:32:24Z"), "{}", d.message);
    assert_eq!(a.count(Severity::Error), 0);
    // A number that is no date at all is warned about too, never an error: the documents type it int64.
    let a = analyze(&body(
        "1",
        &format!("\"{UUID}\""),
        "9223372036854775807",
        "CUSTOMER_CHECKIN",
        None,
    ));
    assert_eq!(
        found(&a, "range"),
        [(Severity::Warning, "payload[0].timestamp".to_owned())]
    );
    assert_eq!(a.count(Severity::Error), 0);
    // Milliseconds of a plausible date are what the documents say: no warning.
    assert!(found(&analyze(&checkin()), "epoch-seconds").is_empty());
}

#[test]
fn more_elements_unknown_types_and_unknown_fields_are_notes() {
    let two = format!(
        r#"{{"entityId": 1, "uuid": "{UUID}", "payload": [{{"timestamp": 1642779144176, "type": "CUSTOMER_CHECKIN"}},
        {{"timestamp": 1642779145176, "type": "CUSTOMER_CHECKOUT", "extra": 1}}]}}"#
    );
    let a = analyze(&two);
    assert_eq!(
        found(&a, "extra-items"),
        [(Severity::Info, "payload[1]".to_owned())]
    );
    assert_eq!(
        found(&a, "undocumented"),
        [(Severity::Info, "payload[1].extra".to_owned())]
    );
    assert_eq!(a.count(Severity::Error) + a.count(Severity::Warning), 0);
    let a = analyze(&body(
        "1",
        &format!("\"{UUID}\""),
        "1642779144176",
        "CUSTOMER_TELEPORTED",
        Some("{\"x\": 1}"),
    ));
    let d = one(&a, "unknown-event");
    assert_eq!(
        (d.severity(), d.path.as_str()),
        (Severity::Info, "payload[0].type")
    );
    assert!(d.message.contains("keeps growing"), "{}", d.message);
    assert!(!a.known_event());
    let a = analyze(&body(
        "1",
        &format!("\"{UUID}\""),
        "1642779144176",
        "CONTRACT_CREATED",
        Some(r#"{"contractId": 5, "planId": 9}"#),
    ));
    assert_eq!(
        found(&a, "undocumented"),
        [(Severity::Info, "payload[0].content.planId".to_owned())]
    );
    assert_eq!(a.count(Severity::Error) + a.count(Severity::Warning), 0);
}

#[test]
fn content_types_are_inferred_so_another_type_is_only_a_warning() {
    let a = analyze(&body(
        "1",
        &format!("\"{UUID}\""),
        "1642779144176",
        "CONTRACT_CREATED",
        Some(r#"{"contractId": "C-5"}"#),
    ));
    let d = one(&a, "inferred-type");
    assert_eq!(
        (d.severity(), d.path.as_str()),
        (Severity::Warning, "payload[0].content.contractId")
    );
    assert!(d.message.contains("give no type"), "{}", d.message);
    assert_eq!(a.count(Severity::Error), 0);
    // The checkout event's content shape is ambiguous in the documents: a bare list is only warned about.
    let bare = body(
        "1",
        &format!("\"{UUID}\""),
        "1642779144176",
        "AUTOMATIC_CUSTOMER_CHECKOUT",
        Some(r#"[{"customerId": 123, "checkoutTime": "2023-10-01T12:00:00Z"}]"#),
    );
    let a = analyze(&bare);
    let d = one(&a, "inferred-type");
    assert_eq!(d.path, "payload[0].content");
    assert!(d.message.contains("not JSON"), "{}", d.message);
    assert_eq!(a.count(Severity::Error), 0);
    let wrapped = body(
        "1",
        &format!("\"{UUID}\""),
        "1642779144176",
        "AUTOMATIC_CUSTOMER_CHECKOUT",
        Some(r#"{"checkouts": [{"customerId": 123, "checkoutTime": "2023-10-01T12:00:00Z"}]}"#),
    );
    assert!(
        analyze(&wrapped).diagnostics.is_empty(),
        "{:#?}",
        analyze(&wrapped).diagnostics
    );
}

#[test]
fn a_raw_request_is_held_to_the_declared_delivery_rules() {
    let body = checkin();
    let request = format!(
        "PUT http://receiver.example.com/hooks HTTP/1.1\r\nHost: receiver.example.com\r\n\
         Content-Type: text/plain\r\nx-api-key: k1\r\nX-API-KEY: k2\r\n\r\n{body}"
    );
    let a = analyze(&request);
    assert_eq!(a.vendor_slug(), "perfectgym-next");
    for kind in ["method", "content-type", "insecure-target"] {
        assert_eq!(found(&a, kind).len(), 1, "{kind}: {:#?}", a.diagnostics);
    }
    assert!(one(&a, "method")
        .message
        .contains("PerfectGym Next / Magicline sends every webhook as an HTTP POST"));
    let duplicate = one(&a, "duplicate-header");
    assert!(
        duplicate
            .message
            .starts_with("x-api-key is sent 2 times; the key check here uses the first"),
        "{}",
        duplicate.message
    );
    let delivery = one(&a, "delivery");
    assert_eq!(delivery.severity(), Severity::Info);
    assert!(
        delivery.message.contains("within 5 s"),
        "{}",
        delivery.message
    );
    assert!(
        delivery.message.contains("no retry") && delivery.message.contains("3 repeats"),
        "{}",
        delivery.message
    );
    // HTTPS on any port is fine: no port is documented.
    let fine = format!("POST https://receiver.example.com:8443/hooks HTTP/1.1\r\nContent-Type: application/json\r\nx-api-key: k\r\n\r\n{body}");
    assert!(found(&analyze(&fine), "insecure-target").is_empty());
    // The header alone names the vendor when the body does not fit.
    let headers_only = analyze("POST /hooks HTTP/1.1\r\nX-Api-Key: k\r\n\r\n{}");
    assert_eq!(headers_only.vendor_slug(), "perfectgym-next");
}
