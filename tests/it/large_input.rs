//! Large and repetitive input stays bounded: repeated diagnostics fold into one, the typed tree keeps a
//! bounded number of entries, and everything is still validated and counted.

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::{Kind, Severity};
use gymhook::domain::typed::{TypedValue, KEPT_ENTRIES};

fn member_with_memberships(items: &str) -> String {
    format!(
        r#"{{"eventType": "Membership added", "subjectType": "MEMBER",
            "subject": {{"member": {{"currentMemberships": [{items}]}}}}, "payload": {{}}}}"#
    )
}

#[test]
fn ten_repeats_stay_separate_and_eleven_fold_into_one() {
    let ten = analyze(&member_with_memberships(&["1"; 10].join(",")));
    assert_eq!(ten.count(Severity::Error), 10);
    let many = analyze(&member_with_memberships(&vec!["1"; 5000].join(",")));
    let types: Vec<_> = many
        .diagnostics
        .iter()
        .filter(|d| d.kind == Kind::Type)
        .collect();
    assert_eq!(types.len(), 1, "{types:?}");
    let folded = types
        .first()
        .map(|d| d.message.as_str())
        .unwrap_or_default();
    assert!(
        folded.starts_with("5000 problems of this kind under subject.member.currentMemberships"),
        "{folded}"
    );
    assert!(
        folded.contains("subject.member.currentMemberships[0] (2:"),
        "{folded}"
    );
    assert!(folded.contains("and 4995 more places"), "{folded}");
    assert_eq!(
        types.first().map(|d| d.path.as_str()),
        Some("subject.member.currentMemberships[0]")
    );
}

#[test]
fn long_lists_maps_and_unknown_keys_keep_a_bounded_typed_tree() {
    let n = 3 * KEPT_ENTRIES;
    let strings = vec!["\"Gold\""; n].join(",");
    let unknown: Vec<String> = (0..n).map(|i| format!("\"k{i}\": {i}")).collect();
    let supplemental: Vec<String> = (0..n).map(|i| format!("\"m{i}\": \"v\"")).collect();
    let text = member_with_memberships(&strings).replace(
        "\"payload\": {}",
        &format!(
            "\"payload\": {{\"booking\": {{{}}}, \"supplementalData\": {{{}}}}}",
            unknown.join(","),
            supplemental.join(",")
        ),
    );
    let a = analyze(&text);
    assert_eq!(a.count(Severity::Error), 0);
    let root = a.root.as_ref().expect("a GymOS payload is typed");
    let field = |path: &str| {
        fn find<'a>(
            o: &'a gymhook::domain::typed::TypedObject,
            path: &str,
        ) -> Option<&'a TypedValue> {
            o.fields.iter().find_map(|f| match &f.value {
                _ if f.path == path => Some(&f.value),
                TypedValue::Object(child) => find(child, path),
                _ => None,
            })
        }
        find(root, path)
    };
    match field("subject.member.currentMemberships") {
        Some(TypedValue::List { items, total }) => {
            assert_eq!((items.len(), *total), (KEPT_ENTRIES, n))
        }
        other => panic!("{other:?}"),
    }
    match field("payload.supplementalData") {
        Some(TypedValue::Map { entries, total }) => {
            assert_eq!((entries.len(), *total), (KEPT_ENTRIES, n))
        }
        other => panic!("{other:?}"),
    }
    match field("payload.booking") {
        Some(TypedValue::Object(booking)) => {
            assert_eq!(
                (booking.fields.len(), booking.omitted),
                (KEPT_ENTRIES, n - KEPT_ENTRIES)
            )
        }
        other => panic!("{other:?}"),
    }
    let undocumented = a
        .diagnostics
        .iter()
        .filter(|d| d.kind == Kind::Undocumented)
        .count();
    assert_eq!(undocumented, 1, "{n} unknown keys are one folded note");
}

#[test]
fn a_paste_past_the_limit_gets_one_clear_diagnostic_at_once() {
    use gymhook::domain::analysis::MAX_INPUT_BYTES;
    let text = format!(
        "{{\"event\": \"Test\", \"data\": \"{}\"}}",
        "x".repeat(MAX_INPUT_BYTES)
    );
    let a = analyze(&text);
    assert_eq!(a.diagnostics.len(), 1);
    let d = a.diagnostics.first().expect("one diagnostic");
    assert_eq!((d.kind.key(), d.severity()), ("too-large", Severity::Error));
    assert!(
        d.message
            .starts_with("This text is 16.0 MB; gymhook analyses up to 16 MB"),
        "{}",
        d.message
    );
    assert!(a.root.is_none() && a.vendor().is_none());
    let just_under = "x".repeat(MAX_INPUT_BYTES - 2);
    assert!(analyze(&format!("\"{just_under}\""))
        .diagnostics
        .iter()
        .all(|d| d.kind != Kind::TooLarge));
}
