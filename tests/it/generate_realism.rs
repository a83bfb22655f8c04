//! Generated values look real because the declarations say what each field is: names agree, e-mails
//! and phones are fictional, money has two decimals, times come in order, and edge-case mode shows
//! every quirk field-notes.md records.

use gymhook::domain::formats::{DateTime, Guid, Zone};
use gymhook::domain::generate::{catalogue, generate, Choice, Generated, Options};
use gymhook::domain::json::{parse, Node, NodeKind};
use gymhook::domain::schema::{declaration, FieldDecl, FieldType, ObjectDecl, Sample, Vendor};

const SEEDS: u64 = 40;
const EXAMPLE_DOMAINS: [&str; 3] = ["@example.com", "@example.org", "@example.net"];

/// One generated value with the declaration it was generated for.
struct Value {
    path: String,
    decl: &'static FieldDecl,
    node: Node,
}

fn values(generated: &Generated) -> Vec<Value> {
    let vendor = declaration(generated.vendor());
    let data = generated.choice.event().and_then(|e| e.data);
    let root = parse(&generated.body).expect("generated JSON parses");
    let mut out = Vec::new();
    walk(&root, vendor.envelope, data, "", &mut out);
    out
}

fn walk(
    node: &Node,
    decl: &'static ObjectDecl,
    data: Option<&'static ObjectDecl>,
    path: &str,
    out: &mut Vec<Value>,
) {
    for member in node.as_object().unwrap_or_default() {
        let field = decl
            .field(&member.key)
            .unwrap_or_else(|| panic!("{path}.{} is not declared", member.key));
        let here = format!("{path}.{}", member.key);
        match (field.ty, &member.value.kind) {
            (FieldType::Object(child), NodeKind::Object(_)) => {
                walk(&member.value, child, data, &here, out)
            }
            (FieldType::EventData, NodeKind::Object(_)) => {
                if let Some(d) = data {
                    walk(&member.value, d, data, &here, out)
                }
            }
            _ => {}
        }
        out.push(Value {
            path: here,
            decl: field,
            node: member.value.clone(),
        });
    }
}

fn find<'a>(values: &'a [Value], path: &str) -> &'a Node {
    &values
        .iter()
        .find(|v| v.path == path)
        .unwrap_or_else(|| panic!("{path}"))
        .node
}

fn instant(node: &Node) -> i64 {
    DateTime::parse(node.as_str().unwrap_or_default())
        .map(|d| d.unix_seconds())
        .unwrap_or(i64::MIN)
}

fn all(edge_cases: bool) -> impl Iterator<Item = (Choice, Generated)> {
    catalogue().into_iter().flat_map(move |choice| {
        (0..SEEDS).map(move |seed| (choice, generate(&choice, Options { seed, edge_cases })))
    })
}

#[test]
fn values_follow_their_sample_hints() {
    for (choice, generated) in all(false) {
        let values = values(&generated);
        for v in &values {
            let text = v.node.as_str().unwrap_or_default();
            let ctx = format!("{} {}: {:?}", choice.key(), v.path, v.node.kind);
            match (v.decl.sample, &v.node.kind) {
                (Sample::Email, _) => {
                    assert!(
                        EXAMPLE_DOMAINS.iter().any(|d| text.ends_with(d)) && text.is_ascii(),
                        "{ctx}"
                    )
                }
                (Sample::Phone, _) => {
                    assert!(text.starts_with("+447700900") && text.len() == 13, "{ctx}")
                }
                (Sample::Money, NodeKind::Number(n)) => {
                    let (whole, cents) = n.split_once('.').unwrap_or((n, ""));
                    assert!(cents.len() == 2 && whole.parse::<u32>().is_ok(), "{ctx}");
                }
                (Sample::PgmId, NodeKind::Number(n)) => {
                    assert!(n.parse::<i64>().is_ok_and(|id| id > 0), "{ctx}")
                }
                (Sample::Money | Sample::PgmId, _) => panic!("{ctx}"),
                _ => {}
            }
            if matches!(v.decl.ty, FieldType::Guid) && !text.is_empty() {
                let guid = Guid::parse(text).unwrap_or_else(|e| panic!("{ctx}: {e}"));
                assert_eq!(guid.0[6] >> 4, 4, "{ctx}: version 4");
            }
            assert!(
                !text.contains("[email"),
                "{ctx}: the document's mangled e-mail"
            );
        }
        // Names agree within each person.
        for prefix in [".subject.member", ".subject.lead", ".subject.attendee"] {
            let name = |f: &str| {
                values
                    .iter()
                    .find(|v| v.path == format!("{prefix}.{f}"))
                    .and_then(|v| v.node.as_str().map(str::to_owned))
            };
            if let (Some(first), Some(last), Some(full)) =
                (name("firstName"), name("lastName"), name("fullName"))
            {
                assert_eq!(full, format!("{first} {last}"));
                let email = name("email").unwrap_or_default().to_lowercase();
                assert!(
                    email.starts_with(&first.to_lowercase()),
                    "{email} for {full}"
                );
            }
        }
    }
}

#[test]
fn times_come_in_a_sensible_order() {
    let session_booked = Choice::from_key("gymos:Session Booked").expect("declared");
    for seed in 0..200 {
        let generated = generate(
            &session_booked,
            Options {
                seed,
                edge_cases: false,
            },
        );
        let v = values(&generated);
        let event = instant(find(&v, ".eventTimestampUtc"));
        let delay = instant(find(&v, ".webHookTimestampUtc")) - event;
        assert!(
            (1..=8).contains(&delay),
            "seed {seed}: webhook {delay}s after the event"
        );
        let created = instant(find(&v, ".subject.member.createdUtc"));
        let booked = instant(find(&v, ".payload.booking.bookedTimeUtc"));
        let start = instant(find(&v, ".payload.session.startTimeLocal"));
        let start_utc = instant(find(&v, ".payload.session.startTimeUtc"));
        let end = instant(find(&v, ".payload.session.endTimeLocal"));
        assert!(
            created <= booked && booked <= start && start < end,
            "seed {seed}: {}",
            generated.body
        );
        assert_eq!(start, start_utc, "one session start, written two ways");
        assert!(instant(find(&v, ".subject.member.joinedDate")) <= created);
        assert_eq!(
            find(&v, ".payload.booking.cancelledTimeUtc").kind,
            NodeKind::Null,
            "not a cancellation"
        );
        let year = |n: &Node| n.as_str().and_then(|s| s.get(..4)).map(str::to_owned);
        assert_eq!(
            year(find(&v, ".eventTimestampUtc")).as_deref(),
            Some("2025")
        );
    }
    // A cancellation event sets its cancellation time to the event time.
    let cancelled = Choice::from_key("gymos:Lead appointment cancelled").expect("declared");
    let v = values(&generate(
        &cancelled,
        Options {
            seed: 3,
            edge_cases: false,
        },
    ));
    assert_eq!(
        instant(find(&v, ".payload.leadAppointment.cancelledUtc")),
        instant(find(&v, ".eventTimestampUtc"))
    );
}

#[test]
fn each_event_populates_exactly_its_declared_objects_and_subject() {
    for choice in catalogue()
        .into_iter()
        .filter(|c| c.vendor() == Vendor::GymOs)
    {
        let generated = generate(
            &choice,
            Options {
                seed: 9,
                edge_cases: false,
            },
        );
        let v = values(&generated);
        let wanted: Vec<&str> = match choice {
            Choice::Event(_, event) => event.objects.iter().map(|o| o.name).collect(),
            Choice::Object(_, slot) => vec![slot.name],
        };
        let payload = find(&v, ".payload");
        for member in payload.as_object().unwrap_or_default() {
            let filled = !matches!(member.value.kind, NodeKind::Null);
            assert_eq!(
                filled,
                wanted.contains(&member.key.as_str()),
                "{} payload.{}",
                choice.key(),
                member.key
            );
        }
        let subject_type = find(&v, ".subjectType")
            .as_str()
            .unwrap_or_default()
            .to_lowercase();
        for member in find(&v, ".subject").as_object().unwrap_or_default() {
            let filled = matches!(member.value.kind, NodeKind::Object(_));
            assert_eq!(
                filled,
                member.key.to_lowercase() == subject_type,
                "{} subject.{}",
                choice.key(),
                member.key
            );
        }
    }
}

#[test]
fn edge_cases_show_every_documented_quirk() {
    let mut seen: Vec<&str> = Vec::new();
    for (_, generated) in all(true).filter(|(c, _)| c.vendor() == Vendor::GymOs) {
        let mut note = |quirk: &'static str, present: bool| {
            if present && !seen.contains(&quirk) {
                seen.push(quirk);
            }
        };
        note("\\u002B escape", generated.body.contains("\\u002B"));
        for v in values(&generated) {
            let s = v.node.as_str();
            let datetime = matches!(v.decl.ty, FieldType::DateTime | FieldType::Date);
            let parsed = s.filter(|_| datetime).and_then(|s| DateTime::parse(s).ok());
            note(
                "seven-digit fraction",
                parsed.is_some_and(|d| d.fraction_digits == 7),
            );
            note(
                "zone-less datetime",
                parsed.is_some_and(|d| d.zone == Zone::Unspecified),
            );
            note(
                "+00:00 offset",
                parsed.is_some_and(|d| d.zone == Zone::Offset(0)) && v.decl.name.contains("Utc"),
            );
            note("\"\" for a null datetime", datetime && s == Some(""));
            note(
                "null for a nullable field",
                v.decl.nullable && v.node.kind == NodeKind::Null && v.decl.ty.object().is_none(),
            );
            note(
                "empty string",
                matches!(v.decl.ty, FieldType::String) && s == Some(""),
            );
            note(
                "non-ASCII name",
                v.decl.sample == Sample::FullName && s.is_some_and(|s| !s.is_ascii()),
            );
            note(
                "integer for a decimal",
                matches!((v.decl.ty, &v.node.kind), (FieldType::Decimal, NodeKind::Number(n)) if !n.contains('.')),
            );
            note(
                "quotes, $, backtick, backslash, newline in text",
                s.is_some_and(|s| {
                    ["\"", "'", "$HOME", "`", "\\", "\n"]
                        .iter()
                        .all(|c| s.contains(c))
                }),
            );
        }
    }
    seen.sort_unstable();
    assert_eq!(seen.len(), 10, "{seen:?}");
}
