//! The broken half of the agreement corpus for PerfectGym Next / Magicline: the documented sample and
//! generated events, each with one value changed to every error and quirk the explorer reports for them
//! (wrong JSON types, a UUID that is none, timestamps in seconds or past year 9999, more than one element,
//! content of another shape or type than inferred).

use super::corpus::{case, generated, mutate, Case};
use gymhook::domain::examples::documented_example;
use gymhook::domain::export::json_schema::EXCEPTIONS;
use gymhook::domain::schema::Vendor;

pub fn broken_perfectgym_next() -> Vec<Case> {
    let v = Vendor::PerfectGymNext;
    let base = documented_example(v, "CUSTOMER_CREATED").expect("the documented sample");
    let contract = generated("perfectgym-next:CONTRACT_CREATED", 7);
    let checkout = generated("perfectgym-next:AUTOMATIC_CUSTOMER_CHECKOUT", 7);
    let mut out = Vec::new();
    let mut on = |label: &str, base: &str, edits: &[(&str, &str)]| {
        out.push(case(
            format!("perfectgym-next {label}"),
            v,
            mutate(base, edits),
        ));
    };
    for raw in [
        "\"48211093\"",
        "1.5",
        "true",
        "null",
        "9007199254740993",
        "-1",
    ] {
        on(&format!("entityId {raw}"), &base, &[("/entityId", raw)]);
    }
    for raw in [
        "\"not-a-uuid\"",
        "12",
        "null",
        "\"\"",
        "\"095BE615-A8AD-4C33-8E9C-C7612FBF6C9F\"",
    ] {
        on(&format!("uuid {raw}"), &base, &[("/uuid", raw)]);
    }
    for raw in ["{}", "\"x\"", "null", "[7]", "[null]"] {
        on(&format!("payload {raw}"), &base, &[("/payload", raw)]);
    }
    let stamp = "/payload/0/timestamp";
    for raw in [
        "\"1642779144176\"",
        "1642779144176.5",
        "null",
        "1642779144",
        "-1",
        "9223372036854775807",
    ] {
        on(&format!("timestamp {raw}"), &base, &[(stamp, raw)]);
    }
    for raw in [
        "42",
        "null",
        "\"customer_created\"",
        "\" CUSTOMER_CREATED \"",
        "\"CUSTOMER_TELEPORTED\"",
    ] {
        on(&format!("type {raw}"), &base, &[("/payload/0/type", raw)]);
    }
    for raw in [
        "[1]",
        "\"x\"",
        "null",
        "{}",
        "{\"contractId\": \"C-5\"}",
        "{\"planId\": 9}",
    ] {
        on(
            &format!("contract content {raw}"),
            &contract,
            &[("/payload/0/content", raw)],
        );
    }
    on(
        "checkout content as a bare list",
        &checkout,
        &[(
            "/payload/0/content",
            "[{\"customerId\": 123, \"checkoutTime\": \"2023-10-01T12:00:00Z\"}]",
        )],
    );
    on(
        "checkout time not a datetime",
        &checkout,
        &[(
            "/payload/0/content/checkouts/0/checkoutTime",
            "\"yesterday\"",
        )],
    );
    on(
        "a second element",
        &base,
        &[(
            "/payload",
            "[{\"timestamp\": 1642779144176, \"type\": \"CUSTOMER_CREATED\"}, {\"timestamp\": 1642779145176, \"type\": \"CUSTOMER_DELETED\"}]",
        )],
    );
    // A whole number written with an exponent: JSON Schema sees the number, not its text.
    for (label, pointer, raw) in [
        ("entityId 1e3", "/entityId", "1e3"),
        ("timestamp 1.6e12", stamp, "1.6e12"),
    ] {
        out.push(Case {
            exception: Some(EXCEPTIONS[1]),
            ..case(
                format!("perfectgym-next {label}"),
                v,
                mutate(&base, &[(pointer, raw)]),
            )
        });
    }
    out
}
