//! The subject rule (GymOS): the envelope field named by `subject_type_field` says which slot of the
//! subject object is populated. Allowed values are derived from the declared slots (member → MEMBER).

use super::Ctx;
use crate::domain::diagnostic::Kind;
use crate::domain::typed::{TypedObject, TypedValue};

/// Name of the declared object holding the member / lead / attendee slots.
const SUBJECT_OBJECT: &str = "subject";

pub(super) fn check_subject(ctx: &mut Ctx<'_>, root: &TypedObject, subject_type_field: &str) {
    let Some(subject_type) = root.get(subject_type_field) else {
        return;
    };
    let TypedValue::Text(kind) = &subject_type.value else {
        return;
    };
    // The subject object is the envelope field whose declared slots the subject type names.
    let subject = root.fields.iter().find(|f| {
        f.decl
            .and_then(|d| d.ty.object())
            .is_some_and(|o| o.name == SUBJECT_OBJECT)
    });
    let slots = subject
        .and_then(|s| s.decl)
        .and_then(|d| d.ty.object())
        .map(|d| d.fields)
        .unwrap_or_default();
    let named = slots
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(kind.trim()));
    if !kind.is_empty() && named.is_none() {
        let allowed: Vec<String> = slots.iter().map(|s| s.name.to_ascii_uppercase()).collect();
        ctx.report(
            Kind::Value,
            &subject_type.path,
            subject_type.span,
            Some(&allowed.join(", ")),
            Some(kind.clone()),
            format!(
                "subjectType \"{kind}\" is none of the documented values ({} or empty).",
                allowed.join(", ")
            ),
        );
        return;
    }
    // A null or missing subject populates no slot.
    let populated: Vec<_> = match subject.map(|s| &s.value) {
        Some(TypedValue::Object(subject_obj)) => subject_obj
            .fields
            .iter()
            .filter(|f| matches!(f.value, TypedValue::Object(_)))
            .collect(),
        _ => Vec::new(),
    };
    if let Some(slot) = named {
        if !populated.iter().any(|f| f.name == slot.name) {
            ctx.report(
                Kind::SubjectMismatch,
                &subject_type.path,
                subject_type.span,
                None,
                None,
                format!(
                    "subjectType is {kind} but subject.{} is not populated.",
                    slot.name
                ),
            );
        }
    }
    for other in populated
        .iter()
        .filter(|f| named.is_none_or(|n| n.name != f.name))
    {
        ctx.report(
            Kind::SubjectMismatch,
            &other.path,
            other.span,
            None,
            None,
            format!(
                "subject.{} is populated but subjectType is {}.",
                other.name,
                if kind.is_empty() { "empty" } else { kind }
            ),
        );
    }
}
