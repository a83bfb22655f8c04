//! Facts the declarations must state themselves rather than leave to a consumer's guess.

use super::{declaration, FieldType, Vendor};

/// Every field of every vendor, with the name of the object declaring it.
fn all_fields() -> Vec<(&'static str, &'static super::FieldDecl)> {
    Vendor::ALL
        .into_iter()
        .flat_map(|v| declaration(v).objects())
        .flat_map(|o| o.fields.iter().map(move |f| (o.name, f)))
        .collect()
}

#[test]
fn every_utc_named_field_is_declared_utc() {
    let fields = all_fields();
    let named: Vec<_> = fields
        .iter()
        .filter(|(_, f)| f.name.contains("Utc"))
        .collect();
    assert!(named.len() > 30, "only {} *Utc fields", named.len());
    for (object, f) in &named {
        assert!(
            f.is_utc(),
            "{object}.{} is named UTC but not declared .utc()",
            f.name
        );
    }
    // The flag is only ever put on date-times: a UTC mark on anything else would be a typo.
    for (object, f) in fields.iter().filter(|(_, f)| f.is_utc()) {
        assert!(
            matches!(f.ty, FieldType::DateTime),
            "{object}.{} is .utc() but not a datetime",
            f.name
        );
    }
    // Perfect Gym's `triggeredDate` is UTC by its description, not its name.
    let pgm = declaration(Vendor::PerfectGym).envelope;
    assert!(pgm.field("triggeredDate").is_some_and(|f| f.is_utc()));
}

/// Pages find envelope fields by meaning (`VendorDecl::envelope_field`); each meaning names one field.
#[test]
fn envelope_meanings_resolve_to_one_field_each() {
    use super::{Moment, Sample};
    let name = |v, s| declaration(v).envelope_field(s).map(|f| f.name);
    assert_eq!(
        name(Vendor::GymOs, Sample::Time(Moment::Event)),
        Some("eventTimestampUtc")
    );
    assert_eq!(
        name(Vendor::GymOs, Sample::Time(Moment::Delivery)),
        Some("webHookTimestampUtc")
    );
    assert_eq!(
        name(Vendor::GymOs, Sample::TradingName),
        Some("clientTradingName")
    );
    assert_eq!(
        name(Vendor::PerfectGym, Sample::Time(Moment::Event)),
        Some("triggeredDate")
    );
    assert_eq!(
        name(Vendor::PerfectGym, Sample::Time(Moment::Delivery)),
        None
    );
    for v in Vendor::ALL {
        let fields = declaration(v).envelope.fields;
        for f in fields.iter().filter(|f| f.sample != Sample::Auto) {
            let same = fields.iter().filter(|g| g.sample == f.sample).count();
            assert_eq!(same, 1, "{} shares its meaning with another field", f.name);
        }
    }
}

/// The subject kinds are typed links: each names a slot of the subject object, in slot order, and
/// every event's kind is one of its vendor's (the same static, not a name that happens to match).
#[test]
fn subject_kinds_resolve_to_their_slots_and_events_point_at_them() {
    let gymos = declaration(Vendor::GymOs);
    let subjects = gymos.subject.expect("GymOS declares its subject kinds");
    let slots: Vec<&str> = subjects
        .kinds
        .iter()
        .map(|k| subjects.slot(k).map_or("(none)", |f| f.name))
        .collect();
    assert_eq!(slots, ["member", "lead", "attendee"]);
    let slot_order: Vec<&str> = subjects.object.fields.iter().map(|f| f.name).collect();
    assert_eq!(slots, slot_order);
    assert!(gymos.envelope.fields.iter().any(|f| f
        .ty
        .object()
        .is_some_and(|o| std::ptr::eq(o, subjects.object))));
    for event in gymos.events {
        let kind = event
            .subject
            .expect("every declared GymOS event names its subject");
        assert!(
            subjects.kinds.iter().any(|k| std::ptr::eq(*k, kind)),
            "{}: its kind is not one of the vendor's",
            event.name
        );
        assert_eq!(event.subject_type, Some(kind.value), "{}", event.name);
    }
    assert_eq!(subjects.kind(" lead ").map(|k| k.value), Some("LEAD"));
    assert!(subjects.kind("GUEST").is_none());
    let pgm = declaration(Vendor::PerfectGym);
    assert!(pgm.subject.is_none());
    assert!(pgm
        .events
        .iter()
        .all(|e| e.subject.is_none() && e.subject_type.is_none()));
}

#[test]
fn an_event_fills_its_subject_record_and_what_holds_it() {
    use super::{event_fills, gymos};
    let booked = declaration(Vendor::GymOs)
        .events
        .iter()
        .find(|e| e.name == "Session Booked")
        .expect("declared");
    let fills = |decl| event_fills(booked.objects, booked.subject, decl);
    assert!(fills(&gymos::MEMBER) && fills(&gymos::SUBJECT) && fills(&gymos::BOOKING));
    assert!(!fills(&gymos::LEAD) && !fills(&gymos::ATTENDEE) && !fills(&gymos::CAMPAIGN));
}
