//! PerfectGym Next / Magicline deliveries where the rest of gymhook meets them: the batch view's rows, the
//! comparison of two deliveries, the key masked in share links, the reference's section and the
//! command line.

use crate::perfectgym_next::{body, checkin, NEXT};
use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Severity;
use gymhook::domain::schema::declaration;

/// A raw delivery carrying `key` in its declared header.
fn keyed_request(key: &str, body: &str) -> String {
    format!(
        "POST /hooks HTTP/1.1\r\nContent-Type: application/json\r\nx-api-key: {key}\r\n\r\n{body}"
    )
}

#[test]
fn the_batch_view_reads_the_event_time_and_judges_the_key() {
    use gymhook::domain::batch::{split, Audit, Signature};
    const KEY: &str = "45d71d45-79e0-4b13-af86-c914f59750fa";
    // Three deliveries one after another: the right key, another key, a bare body as a log line.
    let text = format!(
        "{}\r\n{}\r\n",
        keyed_request(KEY, &checkin().replace('\n', "")),
        keyed_request("another", &checkin().replace('\n', "")),
    );
    let capture = split(&text).expect("a batch");
    let mut audit = Audit::default();
    let rows: Vec<_> = (0..capture.deliveries.len())
        .filter_map(|i| audit.row(&capture, i, KEY))
        .collect();
    assert_eq!(rows.len(), 2, "{text}");
    let row = &rows[0];
    assert_eq!(
        (row.vendor_slug(), row.event.as_deref()),
        ("perfectgym-next", Some("CUSTOMER_CHECKIN"))
    );
    assert_eq!(row.signature, Signature::Valid);
    assert_eq!(row.errors, 0);
    assert_eq!(row.time.as_deref(), Some("2022-01-21T15:32:24.176Z"));
    assert_eq!(rows[1].signature, Signature::Mismatch);
}

#[test]
fn two_deliveries_compare_field_by_field() {
    use gymhook::domain::diff::diff;
    let other = checkin()
        .replace("48211093", "48211094")
        .replace("CUSTOMER_CHECKIN", "CUSTOMER_CHECKOUT");
    let changes = diff(&checkin(), &other).expect("both JSON");
    let paths: Vec<&str> = changes.iter().map(|c| c.path()).collect();
    assert_eq!(paths, ["entityId", "payload[0].type"]);
}

#[test]
fn a_redacted_share_link_masks_the_received_key() {
    use gymhook::domain::schema::credential_headers;
    use gymhook::domain::share::{prepare, Outcome};
    // Short and not random-looking: redaction goes by the header, which the declaration names a credential.
    const KEY: &str = "gym";
    assert!(credential_headers().contains(&"x-api-key"));
    for name in ["x-api-key", "X-API-KEY"] {
        let text = keyed_request(KEY, &checkin()).replace("x-api-key", name);
        let prepared = prepare(&text, None);
        let Outcome::Redacted(report) = &prepared.outcome else {
            panic!("{name}: refused: {:?}", prepared.outcome)
        };
        assert!(
            !prepared.text.contains(&format!("{name}: {KEY}")),
            "{}",
            prepared.text
        );
        assert_eq!(report.credentials, [name], "{name}");
        // The link still reads as this vendor's delivery, with the same findings.
        let (before, after) = (analyze(&text), analyze(&prepared.text));
        assert_eq!(after.vendor_slug(), "perfectgym-next");
        assert_eq!(after.diagnostics.len(), before.diagnostics.len());
    }
}

#[test]
fn the_reference_has_a_section_with_permalinks_for_every_event() {
    use gymhook::domain::reference::{entries, EntryKind};
    let next: Vec<_> = entries().iter().filter(|e| e.vendor == NEXT).collect();
    assert!(next.iter().all(|e| e.anchor.starts_with("perfectgym-next")));
    for event in declaration(NEXT).events {
        let anchor = format!("perfectgym-next/event/{}", event.name);
        let entry = next
            .iter()
            .find(|e| e.anchor == anchor)
            .unwrap_or_else(|| panic!("{anchor}"));
        let EntryKind::Event(entry) = &entry.kind else {
            panic!("{anchor} is an event")
        };
        assert_eq!(entry.entity, Some(("entityId", event.entity)));
        assert!(entry.data.is_some(), "{anchor}: links its content layout");
    }
    for path in [
        "entityId",
        "uuid",
        "payload",
        "payload[].timestamp",
        "payload[].type",
        "payload[].content",
    ] {
        let anchor = format!("perfectgym-next/field/{path}");
        assert!(next.iter().any(|e| e.anchor == anchor), "{anchor}");
    }
    let intro = next
        .iter()
        .find(|e| e.anchor == "perfectgym-next")
        .expect("intro");
    let EntryKind::Vendor(intro) = &intro.kind else {
        panic!("the intro")
    };
    let said = |label: &str| {
        intro
            .facts
            .iter()
            .find(|f| f.label == label)
            .map(|f| f.text.clone())
            .unwrap_or_default()
    };
    assert!(said("Who sent it").contains("does not say which of the two sent it"));
    assert!(said("Signature").contains("static key in the x-api-key header"));
    assert!(
        said("Event names").contains("payload[0].type")
            && said("Event names").contains("documented for Magicline only")
    );
    assert!(said("Delivery").contains("5 seconds"));
}

#[test]
fn the_command_line_generates_and_checks_these_deliveries() {
    use std::process::Command;
    let gymhook = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_gymhook"))
            .args(args)
            .output()
            .expect("runs")
    };
    let out = gymhook(&[
        "generate",
        "--vendor",
        "perfectgym-next",
        "--event",
        "customer_checkin",
        "--seed",
        "7",
        "--format",
        "http",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let request = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        request.contains("\r\nx-api-key: 45d71d45-79e0-4b13-af86-c914f59750fa\r\n"),
        "{request}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("the documents' own example key"));
    let a = analyze(&request);
    assert_eq!(
        (
            a.vendor_slug(),
            a.count(Severity::Error),
            a.count(Severity::Warning)
        ),
        ("perfectgym-next", 0, 0)
    );
    // --api-key (the --secret option's other name) is the key the request carries.
    let keyed = gymhook(&[
        "generate",
        "--vendor",
        "perfectgym-next",
        "--event",
        "CUSTOMER_CHECKIN",
        "--seed",
        "3",
        "--format",
        "http",
        "--api-key",
        "studio-key-7",
    ]);
    let keyed = String::from_utf8(keyed.stdout).expect("UTF-8");
    assert!(keyed.contains("\r\nx-api-key: studio-key-7\r\n"), "{keyed}");
    let path = std::env::temp_dir().join(format!("gymhook-next-{}.json", std::process::id()));
    std::fs::write(
        &path,
        body(
            "\"x\"",
            "\"nope\"",
            "1642779144176",
            "CUSTOMER_CHECKIN",
            None,
        ),
    )
    .expect("write");
    let out = gymhook(&["check", path.to_str().expect("path")]);
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{printed}");
    assert!(
        printed.contains(": error: entityId:") && printed.contains(": error: uuid:"),
        "{printed}"
    );
    let _ = std::fs::remove_file(&path);
    let unknown = gymhook(&[
        "generate",
        "--vendor",
        "perfectgym-next",
        "--event",
        "Test",
        "--seed",
        "1",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("CUSTOMER_CHECKIN"));
}
