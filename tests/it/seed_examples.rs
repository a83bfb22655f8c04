//! The vendors' own examples must validate with zero errors, whatever quirks they carry
//! (seven-digit fractions, zone-less datetimes, +00:00 offsets, integers for decimals, \u002B escapes).

use crate::common;

use common::spec_examples::{gymos_full_payloads, perfectgym_test_example};
use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Severity;
use gymhook::domain::examples::documented_example;
use gymhook::domain::schema::{declaration, Vendor};

#[test]
fn every_gymos_example_assembled_into_full_payloads_has_zero_errors() {
    let payloads = gymos_full_payloads();
    assert!(payloads.len() >= 4);
    for text in payloads {
        let a = analyze(&text);
        assert_eq!(a.vendor_slug(), "gymos");
        let errors: Vec<_> = a
            .diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        // The only warnings the document's own examples earn are its "" for null datetimes.
        for d in a
            .diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Warning)
        {
            assert_eq!(d.kind.key(), "empty-as-null", "{d:#?}");
        }
    }
}

#[test]
fn the_documents_quirks_are_read_into_typed_values() {
    use gymhook::domain::typed::TypedValue;
    let text = gymos_full_payloads().remove(0);
    let a = analyze(&text);
    let root = a.root.expect("typed tree");
    let field = |path: &[&str]| {
        let mut obj = &root;
        let (last, parents) = path.split_last().unwrap();
        for p in parents {
            match &obj.get(p).unwrap_or_else(|| panic!("{p}")).value {
                TypedValue::Object(o) => obj = o,
                other => panic!("{p}: {other:?}"),
            }
        }
        obj.get(last)
            .unwrap_or_else(|| panic!("{last}"))
            .value
            .clone()
    };
    match field(&["subject", "member", "createdUtc"]) {
        TypedValue::DateTime(dt) => assert_eq!((dt.nanos, dt.fraction_digits), (776_367_500, 7)),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        field(&["subject", "member", "dateOfBirth"]),
        TypedValue::Date(_)
    ));
    assert_eq!(
        field(&["subject", "member", "mobile"]),
        TypedValue::Text("+447123456789".into())
    );
    assert_eq!(
        field(&["payload", "membership", "joiningFee"]),
        TypedValue::Decimal("0".into())
    );
    assert_eq!(
        field(&["payload", "booking", "cancelledTimeUtc"]),
        TypedValue::EmptyAsNull
    );
    assert_eq!(
        field(&["payload", "credit", "creditsIssued"]),
        TypedValue::Int(8)
    );
}

#[test]
fn the_perfectgym_test_example_has_no_diagnostics() {
    let a = analyze(&perfectgym_test_example());
    assert_eq!(
        (a.vendor_slug(), a.event_name.as_deref(), a.known_event()),
        ("perfectgym", Some("Test"), true)
    );
    assert!(a.diagnostics.is_empty(), "{:#?}", a.diagnostics);
}

#[test]
fn every_declared_event_has_a_documented_example_that_validates() {
    for vendor in Vendor::ALL {
        for event in declaration(vendor).events {
            let text = documented_example(vendor, event.name).expect("declared");
            let a = analyze(&text);
            assert_eq!(a.vendor(), Some(vendor), "{}", event.name);
            assert_eq!(a.event.event().map(|e| e.name), Some(event.name));
            assert_eq!(
                a.count(Severity::Error),
                0,
                "{}: {:#?}",
                event.name,
                a.diagnostics
            );
            assert!(
                a.diagnostics
                    .iter()
                    .all(|d| d.kind.key() != "subject-mismatch"),
                "{}: {:#?}",
                event.name,
                a.diagnostics
            );
        }
    }
}
