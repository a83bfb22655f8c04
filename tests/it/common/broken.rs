//! The broken half of the agreement corpus: the documented GymOS example and generated Perfect Gym events,
//! each with one value changed to every error kind (and every quirk) the explorer reports, plus the cases JSON
//! Schema cannot judge as the explorer does, each naming its entry of `EXCEPTIONS`.

use super::corpus::{case, generated, mutate, Case};
use gymhook::domain::examples::documented_example;
use gymhook::domain::export::json_schema::EXCEPTIONS;
use gymhook::domain::schema::Vendor;

pub fn broken_gymos() -> Vec<Case> {
    let v = Vendor::GymOs;
    let base = documented_example(v, "Session Booked").expect("GymOS example");
    let credit = generated("gymos:object:credit", 7);
    let message = generated("gymos:object:message", 7);
    let mut out = Vec::new();
    // Cases JSON Schema cannot judge as the explorer does, each naming its entry of EXCEPTIONS.
    let mut excepted = Vec::new();
    let mut on = |label: &str, base: &str, edits: &[(&str, &str)]| {
        out.push(case(format!("gymos {label}"), v, mutate(base, edits)));
    };
    let stamp = "/eventTimestampUtc";
    for (label, raw) in [
        ("wrong type: string field given a number", "42"),
        ("wrong type: string field given an object", "{}"),
        ("null where not nullable", "null"),
    ] {
        on(label, &base, &[("/clientBusinessName", raw)]);
    }
    for (label, raw) in [
        ("bad GUID", "\"not-a-guid\""),
        ("braced GUID", "\"{c340d350-b6a1-434c-bfb6-7703e9cb3215}\""),
        (
            "GUID without hyphens",
            "\"c340d350b6a1434cbfb67703e9cb3215\"",
        ),
        (
            "urn GUID",
            "\"urn:uuid:c340d350-b6a1-434c-bfb6-7703e9cb3215\"",
        ),
        ("empty non-nullable GUID", "\"\""),
        (
            "upper-case GUID",
            "\"C340D350-B6A1-434C-BFB6-7703E9CB3215\"",
        ),
        ("GUID as a number", "12"),
    ] {
        on(label, &base, &[("/clientId", raw)]);
    }
    for raw in [
        "\"2025-13-01T00:00:00Z\"",
        "\"2025-02-30T00:00:00Z\"",
        "\"2025-02-29T00:00:00Z\"",
        "\"2024-02-29T00:00:00Z\"",
        "\"1900-02-29T10:00:00Z\"",
        "\"2000-02-29T10:00:00Z\"",
        "\"2025-04-31T10:00:00Z\"",
        "\"2025-11-25 13:42:01Z\"",
        "\"2025-11-25\"",
        "\"2025-11-25T13:42:01.7763675Z\"",
        "\"2025-11-25T13:42:01.1234567890Z\"",
        "\"2025-11-25T13:42:01.Z\"",
        "\"2025-11-25T13:42:01\"",
        "\"2025-11-25T13:42\"",
        "\"2025-11-25T13:42:01+00:00\"",
        "\"2025-11-25T13:42:01+02:00\"",
        "\"2025-11-25T13:42+0200\"",
        "\"2025-11-25t13:42:01z\"",
        "\"2025-11-25T13:42:01+15:00\"",
        "\"2025-11-25T13:42:01+24:00\"",
        "\"2025-11-25T24:00:00Z\"",
        "\"2025-11-25T13:60:00Z\"",
        "\"2025-11-25T13:42:60Z\"",
        "\"0000-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59Z\"",
        "\"\"",
        "\" 2025-11-25T13:42:01Z\"",
        "20251125",
    ] {
        on(&format!("datetime {raw}"), &base, &[(stamp, raw)]);
    }
    excepted.push(Case {
        exception: Some(EXCEPTIONS[0]),
        ..case(
            "gymos datetime out of range in UTC",
            v,
            mutate(&base, &[(stamp, "\"0001-01-01T00:30:00+01:00\"")]),
        )
    });
    for raw in ["\"\"", "\"garbage\"", "null", "\"2025-11-25T13:42:01Z\""] {
        on(
            &format!("nullable datetime {raw}"),
            &base,
            &[("/payload/booking/cancelledTimeUtc", raw)],
        );
    }
    for raw in [
        "\"1983-05-15\"",
        "\"1983-05-15T00:00:00\"",
        "\"1983-02-29\"",
        "\"\"",
        "\"15/05/1983\"",
    ] {
        on(
            &format!("date {raw}"),
            &base,
            &[("/subject/member/dateOfBirth", raw)],
        );
    }
    for raw in ["[1]", "\"Gold\"", "[\"Gold\", null]", "[]"] {
        on(
            &format!("string list {raw}"),
            &base,
            &[("/subject/member/currentMemberships", raw)],
        );
    }
    for raw in [
        "{\"a\": 1}",
        "{\"a\": null}",
        "null",
        "{\"a\": \"b\"}",
        "[]",
    ] {
        on(
            &format!("string map {raw}"),
            &base,
            &[("/payload/supplementalData", raw)],
        );
    }
    on("object given a string", &base, &[("/subject", "\"x\"")]);
    on(
        "object given an array",
        &base,
        &[("/payload/session", "[]")],
    );
    on("null subject slot", &base, &[("/subject/member", "null")]);
    on(
        "unknown subjectType",
        &base,
        &[("/subjectType", "\"ALIEN\"")],
    );
    on(
        "event in upper case",
        &base,
        &[("/eventType", "\"SESSION BOOKED\"")],
    );
    on(
        "event with spaces",
        &base,
        &[("/eventType", "\" Session Booked \"")],
    );
    on("event as a number", &base, &[("/eventType", "5")]);
    on("unknown event", &base, &[("/eventType", "\"Foo\"")]);
    on(
        "undocumented field",
        &base,
        &[("/payload/booking/extra", "1")],
    );
    on(
        "undocumented top-level field",
        &base,
        &[("/extra", "[1, 2]")],
    );
    for raw in [
        "1.5",
        "3000000000",
        "-2147483649",
        "2147483647",
        "-2147483648",
        "\"8\"",
        "3e9",
        "null",
    ] {
        on(
            &format!("int {raw}"),
            &credit,
            &[("/payload/credit/creditsIssued", raw)],
        );
    }
    for raw in ["1.0", "1e3"] {
        excepted.push(Case {
            exception: Some(EXCEPTIONS[1]),
            ..case(
                format!("gymos int written {raw}"),
                v,
                mutate(&credit, &[("/payload/credit/creditsIssued", raw)]),
            )
        });
    }
    for raw in ["\"12.50\"", "12", "12.5e2", "-0.01", "true"] {
        on(
            &format!("decimal {raw}"),
            &credit,
            &[("/payload/credit/cost", raw)],
        );
    }
    for raw in ["\"true\"", "1", "null", "false"] {
        on(
            &format!("boolean {raw}"),
            &message,
            &[("/payload/message/isInbound", raw)],
        );
    }
    excepted.push(Case {
        exception: Some(EXCEPTIONS[3]),
        ..case(
            "gymos decimal past the double range",
            v,
            mutate(&credit, &[("/payload/credit/cost", "1e400")]),
        )
    });
    out.extend(excepted);
    out
}

pub fn broken_perfectgym() -> Vec<Case> {
    let v = Vendor::PerfectGym;
    let test = documented_example(v, "Test").expect("Test example");
    let booked = generated("perfectgym:ClassesBooked", 1);
    let mut out = Vec::new();
    let mut on = |label: &str, base: &str, edits: &[(&str, &str)]| {
        out.push(case(format!("perfectgym {label}"), v, mutate(base, edits)));
    };
    for raw in [
        "\"12345678\"",
        "12.5",
        "9223372036854775807",
        "-9223372036854775808",
        "9007199254740993",
        "99999999999999999999",
    ] {
        on(&format!("int64 {raw}"), &test, &[("/data/valueLong", raw)]);
    }
    for raw in ["\"33.78\"", "33", "null"] {
        on(
            &format!("decimal {raw}"),
            &test,
            &[("/data/nestedData/amount", raw)],
        );
    }
    on(
        "empty non-nullable datetime",
        &test,
        &[("/data/nestedData/date", "\"\"")],
    );
    on(
        "nested object given a string",
        &test,
        &[("/data/nestedData", "\"x\"")],
    );
    on("data as an array", &test, &[("/data", "[]")]);
    on("data null", &test, &[("/data", "null")]);
    on("event as a number", &test, &[("/event", "5")]);
    on(
        "case variant still reads data",
        &test,
        &[("/event", "\"test\""), ("/data/valueLong", "\"x\"")],
    );
    on(
        "zone-less triggeredDate",
        &test,
        &[("/triggeredDate", "\"2020-06-01T14:44:46\"")],
    );
    on(
        "triggeredDate as a number",
        &test,
        &[("/triggeredDate", "1591022686")],
    );
    for raw in [
        "\"1042\"",
        "\"1042x\"",
        "\"01\"",
        "\"-0\"",
        "\"+5\"",
        "\"9223372036854775807\"",
        "\"9223372036854775808\"",
        "\"-9223372036854775808\"",
        "\"-9223372036854775809\"",
        "\"1.5\"",
        "1.5",
        "true",
    ] {
        on(&format!("id {raw}"), &booked, &[("/data/userId", raw)]);
    }
    for (label, event) in [
        ("alias reads data", "\"ClassesBookedOnStandbyList\""),
        (
            "alias in another case is unknown",
            "\"classesbookedonstandbylist\"",
        ),
        ("trimmed event reads data", "\" ClassesBooked\\u00a0\""),
        ("unknown event keeps data unread", "\"Foo\""),
        (
            "no-break space only inside is unknown",
            "\"Classes\\u00a0Booked\"",
        ),
    ] {
        on(
            label,
            &booked,
            &[("/event", event), ("/data/userId", "\"x\"")],
        );
    }
    out.push(Case {
        exception: Some(EXCEPTIONS[2]),
        ..case(
            "perfectgym int64 just past 2^63",
            v,
            mutate(&test, &[("/data/valueLong", "9223372036854775808")]),
        )
    });
    out
}
