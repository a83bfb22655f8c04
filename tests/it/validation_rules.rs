//! One table row per validation rule: each row's payload breaks exactly one rule, and the test asserts the
//! diagnostic's kind, severity and path — so removing a rule fails its row.

use gymhook::domain::analysis::{analyze, Analysis};
use gymhook::domain::diagnostic::{Diagnostic, Severity};

/// A GymOS envelope with a MEMBER subject, carrying `payload` as given.
fn gymos(payload: &str) -> String {
    gymos_with("\"subjectType\": \"MEMBER\", \"subject\": {\"member\": {\"id\": \"91d6528e-cc6b-4027-9c33-a172ce018c81\"}, \"lead\": null, \"attendee\": null}", payload)
}

fn gymos_with(subject: &str, payload: &str) -> String {
    format!(
        r#"{{"eventType": "Session Booked", "eventTimestampUtc": "2025-11-25T13:42:01Z", "webHookTimestampUtc": "2025-11-25T13:42:01Z",
"clientId": "c340d350-b6a1-434c-bfb6-7703e9cb3215", "clientBusinessName": "Example Fitness Ltd", "clientTradingName": "Example Fitness",
{subject}, "payload": {{{payload}}}}}"#
    )
}

fn pgm(event: &str, data: &str) -> String {
    format!(r#"{{"event": "{event}", "triggeredDate": "2020-06-01T14:44:46Z", "data": {data}}}"#)
}

fn only(a: &Analysis) -> &Diagnostic {
    assert_eq!(
        a.diagnostics.len(),
        1,
        "expected exactly one diagnostic, got {:#?}",
        a.diagnostics
    );
    &a.diagnostics[0]
}

#[test]
fn the_clean_bases_have_no_diagnostics() {
    let clean = [
        gymos(
            r#""booking": {"id": "97c6e7c9-0920-438f-828e-25a252d06740", "autoBooked": false, "status": "Booked"}"#,
        ),
        pgm("UserModified", r#"{}"#),
    ];
    for text in clean {
        let a = analyze(&text);
        assert!(a.diagnostics.is_empty(), "{text}\n{:#?}", a.diagnostics);
        assert!(a.known_event());
    }
}

#[test]
fn each_rule_reports_its_kind_severity_and_path() {
    use Severity::*;
    let rows: Vec<(&str, String, Severity, &str, &str)> = vec![
        (
            "boolean as string",
            gymos(r#""booking": {"autoBooked": "false"}"#),
            Error,
            "type",
            "payload.booking.autoBooked",
        ),
        (
            "GUID that is not a GUID",
            gymos(r#""booking": {"id": "97c6e7c9-0920-438f-828e"}"#),
            Error,
            "format",
            "payload.booking.id",
        ),
        (
            "datetime that does not parse",
            gymos(r#""booking": {"bookedTimeUtc": "2025-13-01T00:00:00Z"}"#),
            Error,
            "format",
            "payload.booking.bookedTimeUtc",
        ),
        (
            "date that does not parse",
            gymos_with(
                r#""subjectType": "MEMBER", "subject": {"member": {"dateOfBirth": "15/05/1983"}}"#,
                "",
            ),
            Error,
            "format",
            "subject.member.dateOfBirth",
        ),
        (
            "fractional int",
            gymos(r#""credit": {"creditsIssued": 8.5}"#),
            Error,
            "type",
            "payload.credit.creditsIssued",
        ),
        (
            "int too large",
            gymos(r#""credit": {"creditsIssued": 99999999999999999999}"#),
            Error,
            "format",
            "payload.credit.creditsIssued",
        ),
        (
            "decimal given as a string",
            gymos(r#""credit": {"cost": "149.99"}"#),
            Error,
            "type",
            "payload.credit.cost",
        ),
        (
            "wrong JSON type for an object",
            gymos(r#""session": "Yoga""#),
            Error,
            "type",
            "payload.session",
        ),
        (
            "string list with a number",
            gymos_with(
                r#""subjectType": "MEMBER", "subject": {"member": {"currentMemberships": ["Gold", 1]}}"#,
                "",
            ),
            Error,
            "type",
            "subject.member.currentMemberships[1]",
        ),
        (
            "string map with a number",
            gymos(r#""supplementalData": {"caller": 7}"#),
            Error,
            "type",
            "payload.supplementalData.caller",
        ),
        (
            "empty string for a null datetime",
            gymos(r#""booking": {"cancelledTimeUtc": ""}"#),
            Warning,
            "empty-as-null",
            "payload.booking.cancelledTimeUtc",
        ),
        (
            "UTC-named field with an offset",
            gymos(r#""booking": {"bookedTimeUtc": "2025-11-26T16:02:00+02:00"}"#),
            Warning,
            "utc-offset",
            "payload.booking.bookedTimeUtc",
        ),
        (
            "null where not nullable",
            gymos(r#""booking": {"autoBooked": null}"#),
            Warning,
            "null",
            "payload.booking.autoBooked",
        ),
        (
            "duplicate key",
            gymos(r#""booking": {"status": "Booked", "status": "Cancelled"}"#),
            Warning,
            "duplicate-key",
            "payload.booking.status",
        ),
        (
            "subjectType outside the documented values",
            gymos_with(r#""subjectType": "CUSTOMER", "subject": null"#, ""),
            Warning,
            "value",
            "subjectType",
        ),
        (
            "subjectType without its subject",
            gymos_with(r#""subjectType": "LEAD", "subject": {"lead": null}"#, ""),
            Warning,
            "subject-mismatch",
            "subjectType",
        ),
        (
            "undocumented field",
            gymos(r#""booking": {"seat": 4}"#),
            Info,
            "undocumented",
            "payload.booking.seat",
        ),
        (
            "observed-only field",
            gymos(r#""session": {"startTimeUtc": "2025-11-26T16:15:00Z"}"#),
            Info,
            "observed",
            "payload.session.startTimeUtc",
        ),
        (
            "event-name spelling variant",
            pgm("ClassesBookedOnStandbyList", "{}"),
            Warning,
            "spelling",
            "event",
        ),
        (
            "event-name letter case",
            pgm("classesbooked", "{}"),
            Warning,
            "spelling",
            "event",
        ),
        (
            "zone-less time in a field documented as UTC",
            r#"{"event": "UserModified", "triggeredDate": "2020-06-01T14:44:46", "data": {}}"#
                .to_owned(),
            Warning,
            "zone-less",
            "triggeredDate",
        ),
        (
            "\"\" in a datetime no document describes",
            pgm("ContractCreated", r#"{"contractSignDate": ""}"#),
            Warning,
            "empty-as-null",
            "data.contractSignDate",
        ),
        (
            "unknown event",
            pgm("MembershipFrozen", r#"{"userId": 1}"#),
            Info,
            "unknown-event",
            "event",
        ),
    ];
    for (name, text, severity, kind, path) in rows {
        let a = analyze(&text);
        let found = a
            .diagnostics
            .iter()
            .find(|d| d.kind.key() == kind && d.path == path);
        let Some(d) = found else {
            panic!(
                "{name}: no {kind} diagnostic at {path}; got {:#?}",
                a.diagnostics
            );
        };
        assert_eq!(d.severity(), severity, "{name}");
        assert!(!d.message.is_empty(), "{name}");
        assert!(
            d.span.end > d.span.start && d.span.end <= text.len(),
            "{name}: the span covers the offending text"
        );
    }
}

#[test]
fn type_mismatches_are_worded_one_way_with_no_doubled_word() {
    let cases = [
        (
            gymos(r#""credit": {"creditsIssued": "8"}"#),
            "expected an integer, found a string \"8\"",
        ),
        (
            gymos(r#""credit": {"creditsIssued": 7.0}"#),
            "expected an integer, found the number 7.0 — .NET rejects any fraction",
        ),
        (
            gymos(r#""booking": {"autoBooked": []}"#),
            "expected true or false, found an empty array",
        ),
        (
            gymos_with(
                r#""subjectType": "MEMBER", "subject": {"member": {"id": "91d6528e-cc6b-4027-9c33-a172ce018c81", "currentMemberships": [null]}}"#,
                "",
            ),
            "expected a string, found null",
        ),
    ];
    for (text, expected) in cases {
        let a = analyze(&text);
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.kind.key() == "type")
            .unwrap_or_else(|| panic!("no type error in {text}: {:#?}", a.diagnostics));
        assert!(d.message.starts_with(expected), "{}", d.message);
        for pair in d.message.split_whitespace().collect::<Vec<_>>().windows(2) {
            assert_ne!(pair[0], pair[1], "doubled word in {:?}", d.message);
        }
    }
}

#[test]
fn a_number_between_quotes_is_told_to_lose_them_and_only_a_json_number_is() {
    let hint = "a number given as a string; send it without quotes";
    for (value, hinted) in [
        (r#""8""#, true),
        (r#"" 1.5e3 ""#, true),
        (r#""-0.25""#, true),
        (r#""inf""#, false),
        (r#""+8""#, false),
        (r#""8 credits""#, false),
    ] {
        let a = analyze(&gymos(&format!(
            r#""credit": {{"creditsIssued": {value}}}"#
        )));
        let d = a.diagnostics.iter().find(|d| d.kind.key() == "type");
        let message = d.map(|d| d.message.as_str()).unwrap_or_default();
        assert_eq!(message.contains(hint), hinted, "{value}: {message}");
    }
}

#[test]
fn fields_known_only_from_public_code_get_no_error_for_what_no_document_states() {
    for data in [
        r#"{"contractSignDate": ""}"#,
        r#"{"contractSignDate": null}"#,
    ] {
        let a = analyze(&pgm("ContractCreated", data));
        assert_eq!(a.count(Severity::Error), 0, "{data}: {:#?}", a.diagnostics);
        assert!(
            !a.diagnostics.iter().any(|d| d.kind.key() == "null"),
            "no claim that a document forbids null: {:#?}",
            a.diagnostics
        );
    }
    // A documented, non-nullable datetime still refuses "".
    let a = analyze(r#"{"event": "UserModified", "triggeredDate": "", "data": {}}"#);
    assert_eq!(a.count(Severity::Error), 1, "{:#?}", a.diagnostics);
}

#[test]
fn a_zone_less_time_warns_only_where_the_document_says_utc() {
    let utc = analyze(&gymos(
        r#""booking": {"cancelledTimeUtc": "2025-11-26T16:15:00"}"#,
    ));
    assert!(utc
        .diagnostics
        .iter()
        .any(|d| d.kind.key() == "zone-less" && d.path == "payload.booking.cancelledTimeUtc"));
    let local = analyze(&gymos(
        r#""session": {"startTimeLocal": "2025-11-26T16:15:00"}"#,
    ));
    assert!(
        local
            .diagnostics
            .iter()
            .all(|d| d.kind.key() != "zone-less"),
        "{:#?}",
        local.diagnostics
    );
}

#[test]
fn perfectgym_ids_are_64_bit() {
    let a = analyze(&pgm("UserModified", r#"{"userId": 9007199254740993}"#));
    assert_eq!(a.count(Severity::Error), 0, "{:#?}", a.diagnostics);
    let a = analyze(&pgm("UserModified", r#"{"userId": 9223372036854775808}"#));
    assert!(a
        .diagnostics
        .iter()
        .any(|d| d.kind.key() == "format" && d.path == "data.userId"));
}

#[test]
fn a_missing_envelope_field_is_a_warning_at_the_object() {
    let text = gymos("").replace(
        "\"clientId\": \"c340d350-b6a1-434c-bfb6-7703e9cb3215\",",
        "",
    );
    let a = analyze(&text);
    let d = only(&a);
    assert_eq!(
        (d.kind.key(), d.path.as_str(), d.severity()),
        ("missing", "clientId", Severity::Warning)
    );
}

#[test]
fn unknown_events_are_not_failures_and_their_data_is_shown_as_sent() {
    let a = analyze(&pgm(
        "MembershipFrozen",
        r#"{"userId": "not even a number"}"#,
    ));
    assert_eq!(a.vendor_slug(), "perfectgym");
    assert!(!a.known_event());
    assert_eq!(a.count(Severity::Error), 0);
    let root = a.root.as_ref().unwrap();
    assert!(root.get("data").is_some());
}

#[test]
fn gymos_event_names_match_in_any_case_without_a_warning() {
    let a = analyze(&gymos("").replace("Session Booked", "session booked"));
    assert!(a.known_event());
    assert_eq!(a.event.event().unwrap().name, "Session Booked");
    assert!(a.diagnostics.is_empty(), "{:#?}", a.diagnostics);
}

#[test]
fn positions_are_line_and_column_in_the_pasted_text() {
    let text = "{\n  \"event\": \"Test\",\n  \"triggeredDate\": \"2020-06-01T14:44:46Z\",\n  \"data\": {\n    \"valueLong\": 1.5,\n    \"valueText\": \"é\", \"nestedData\": {\"amount\": \"33.78\"}\n  }\n}";
    let a = analyze(text);
    let at = |path: &str| {
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.path == path)
            .unwrap_or_else(|| panic!("{path}: {:#?}", a.diagnostics));
        (d.position.line, d.position.column)
    };
    assert_eq!(at("data.valueLong"), (5, 18));
    // Columns count characters: the é before it is one column although it is two bytes.
    assert_eq!(at("data.nestedData.amount"), (6, 48));
}

#[test]
fn positions_in_a_raw_request_count_the_header_lines() {
    let text = "POST /hook HTTP/1.1\r\nContent-Type: application/json\r\nX-PerfectGym-Request: 42\r\n\r\n{\"event\": \"Test\", \"triggeredDate\": \"yesterday\", \"data\": {}}";
    let a = analyze(text);
    assert_eq!(a.vendor_slug(), "perfectgym");
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.path == "triggeredDate")
        .expect("bad datetime reported");
    assert_eq!((d.position.line, d.position.column), (5, 36));
    assert_eq!(a.request.as_ref().map(|r| r.headers.len()), Some(2));
}

#[test]
fn syntax_errors_report_line_and_column_also_when_truncated() {
    let a = analyze("{\n  \"event\": \"Test\",\n  \"data\": {");
    let d = only(&a);
    assert_eq!(
        (
            d.kind.key(),
            d.severity(),
            d.position.line,
            d.position.column
        ),
        ("syntax", Severity::Error, 3, 12)
    );
    assert_eq!(a.vendor_slug(), "unknown");
}

#[test]
fn neither_vendor_gets_a_clear_answer() {
    let a = analyze(r#"{"eventType": "Session Booked"}"#);
    assert_eq!(a.vendor_slug(), "unknown");
    let d = only(&a);
    assert_eq!(d.kind.key(), "vendor");
    assert!(
        d.message.contains("GymOS") && d.message.contains("payload"),
        "{}",
        d.message
    );
    let a = analyze("[1, 2]");
    assert!(only(&a).message.contains("array"));
}

#[test]
fn perfectgym_headers_identify_the_vendor_when_the_body_does_not() {
    let a = analyze("X-PerfectGym-Request: 7\n\n{\"something\": 1}");
    assert_eq!(a.vendor_slug(), "perfectgym");
    assert!(a
        .diagnostics
        .iter()
        .any(|d| d.kind.key() == "missing" && d.path == "event"));
}
