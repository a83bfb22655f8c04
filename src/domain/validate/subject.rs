//! The subject rule (GymOS): the envelope field named by `subject_type_field` says which slot of the
//! subject object is populated. Allowed values and their slots are the declared kinds (MEMBER → member).

use super::Ctx;
use crate::domain::diagnostic::Kind;
use crate::domain::schema::{FieldDecl, SubjectDecl};
use crate::domain::typed::{TypedField, TypedObject, TypedValue};

pub(super) fn check_subject(
    ctx: &mut Ctx<'_>,
    root: &TypedObject,
    subject_type_field: &str,
    subjects: &SubjectDecl,
) {
    let Some(subject_type) = root.get(subject_type_field) else {
        return;
    };
    let TypedValue::Text(kind) = &subject_type.value else {
        return;
    };
    // The subject object is the envelope field declared with the subject record's type.
    let subject = root.fields.iter().find(|f| {
        f.decl
            .and_then(|d| d.ty.object())
            .is_some_and(|o| std::ptr::eq(o, subjects.object))
    });
    let named = subject
        .and(subjects.kind(kind))
        .and_then(|k| subjects.slot(k));
    match (subject, named) {
        (_, None) if !kind.is_empty() => unknown_kind(ctx, subject_type, kind, subject, subjects),
        (Some(subject), named) => mismatches(ctx, subject_type, kind, subject, named),
        // A missing subject populates no slot.
        (None, _) => {}
    }
}

/// A subject type that names none of the declared kinds.
fn unknown_kind(
    ctx: &mut Ctx<'_>,
    subject_type: &TypedField,
    kind: &str,
    subject: Option<&TypedField>,
    subjects: &SubjectDecl,
) {
    // Without a subject field in the payload no kind has a slot to name, so any non-empty subject
    // type is reported as unknown (the rule as it always was: the slots were read from that field).
    let kinds = if subject.is_some() {
        subjects.kinds
    } else {
        &[]
    };
    let allowed: Vec<&str> = kinds.iter().map(|k| k.value).collect();
    ctx.report(
        Kind::Value,
        &subject_type.path,
        subject_type.span,
        Some(&allowed.join(", ")),
        Some(kind.to_owned()),
        format!(
            "{} \"{kind}\" is none of the documented values ({} or empty).",
            subject_type.name,
            allowed.join(", ")
        ),
    );
}

/// The slot the subject type names left empty, and every other slot populated.
fn mismatches(
    ctx: &mut Ctx<'_>,
    subject_type: &TypedField,
    kind: &str,
    subject: &TypedField,
    named: Option<&FieldDecl>,
) {
    // A null subject populates no slot.
    let populated: Vec<&TypedField> = match &subject.value {
        TypedValue::Object(slots) => slots
            .fields
            .iter()
            .filter(|f| matches!(f.value, TypedValue::Object(_)))
            .collect(),
        _ => Vec::new(),
    };
    let (type_name, subject_name) = (&subject_type.name, &subject.name);
    if let Some(slot) = named.filter(|slot| !populated.iter().any(|f| f.name == slot.name)) {
        ctx.report(
            Kind::SubjectMismatch,
            &subject_type.path,
            subject_type.span,
            None,
            None,
            format!(
                "{type_name} is {kind} but {subject_name}.{} is not populated.",
                slot.name
            ),
        );
    }
    let said = if kind.is_empty() { "empty" } else { kind };
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
                "{subject_name}.{} is populated but {type_name} is {said}.",
                other.name
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::analysis::analyze;

    fn subject_messages(subject: &str) -> Vec<String> {
        let body = format!(r#"{{"eventType": "Session Booked", "payload": {{}}, {subject}}}"#);
        analyze(&body)
            .diagnostics
            .into_iter()
            .filter(|d| d.path.starts_with("subject"))
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn the_declared_kinds_name_the_slots_in_any_case() {
        let member = r#""subjectType": " member ", "subject": {"member": {}, "lead": null}"#;
        assert_eq!(subject_messages(member), Vec::<String>::new());
        let lead = r#""subjectType": "LEAD", "subject": {"member": {}}"#;
        assert_eq!(
            subject_messages(lead),
            [
                "subjectType is LEAD but subject.lead is not populated.",
                "subject.member is populated but subjectType is LEAD."
            ]
        );
        let guest = r#""subjectType": "GUEST", "subject": null"#;
        assert_eq!(
            subject_messages(guest),
            ["subjectType \"GUEST\" is none of the documented values (MEMBER, LEAD, ATTENDEE or empty)."]
        );
    }
}
