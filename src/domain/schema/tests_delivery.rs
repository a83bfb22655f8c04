//! The delivery facts and lifecycles as declared: every lifecycle step names a declared event exactly,
//! every `fresh` name is an object or field of that vendor, and lifecycle names are unique.

use super::*;

#[test]
fn every_lifecycle_step_names_a_declared_event_exactly() {
    let mut names = std::collections::HashSet::new();
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        for lifecycle in decl.lifecycles {
            assert!(names.insert(lifecycle.name), "{} twice", lifecycle.name);
            assert!(lifecycle.steps.len() >= 2, "{}", lifecycle.name);
            for step in lifecycle.steps {
                assert!(
                    matches!(decl.find_event(step.event), EventMatch::Exact(e) if e.name == step.event),
                    "{}: {}",
                    lifecycle.name,
                    step.event
                );
                for fresh in step.fresh {
                    let known = decl
                        .objects()
                        .iter()
                        .any(|o| o.name == *fresh || o.fields.iter().any(|f| f.name == *fresh));
                    assert!(known, "{}: fresh {fresh}", lifecycle.name);
                }
            }
        }
    }
    for wanted in ["new-member", "class-waitlist", "personal-training"] {
        assert!(names.contains(wanted), "{wanted}");
    }
    for wanted in ["lead-to-member", "session-booking", "membership-cancelled"] {
        assert!(names.contains(wanted), "{wanted}");
    }
}

#[test]
fn perfect_gym_documents_its_receiver_rules_and_gymos_none() {
    let pgm = declaration(Vendor::PerfectGym).delivery_rules;
    assert_eq!(pgm.success_status, Some((200, 299)));
    assert_eq!(pgm.deadline_ms, Some(5_000));
    assert_eq!(pgm.https_port, Some(443));
    assert_eq!(pgm.response_shown_chars, Some(1_000));
    assert!(pgm.repeats_with_same_id);
    // The prose the exports print says the same.
    let prose = declaration(Vendor::PerfectGym).delivery;
    for fact in [
        "Any 2xx status",
        "5 seconds",
        "port 443",
        "first 1000 characters",
        "same request id",
    ] {
        assert!(prose.contains(fact), "{fact}");
    }
    // GymOS documents an HTTP POST with a JSON body, and nothing about answering.
    assert_eq!(
        declaration(Vendor::GymOs).delivery_rules,
        DeliveryRules {
            method: Some("POST"),
            json: true,
            ..DeliveryRules::NONE
        }
    );
}
