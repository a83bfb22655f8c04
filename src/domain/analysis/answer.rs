//! The receiver's answer, when the capture shows one, held to the vendor's documented rules for it: a
//! status that acknowledges the delivery (Perfect Gym: any 2xx) and a short body (Perfect Gym shows
//! only the first 1000 characters). A vendor that documents no rules gets its answer shown, not judged.

use crate::domain::capture::{Note, Response};
use crate::domain::diagnostic::Kind;
use crate::domain::schema::{declaration, Vendor};

/// The path answer diagnostics carry: about the response, not a field of the body.
pub const RESPONSE_PATH: &str = "(response)";

/// What breaks the rules `vendor` declares for its receivers' answers, at the answer's place in the paste.
pub fn answer_notes(vendor: Option<Vendor>, response: &Response) -> Vec<Note> {
    let Some(vendor) = vendor else {
        return Vec::new();
    };
    let rules = declaration(vendor).delivery_rules;
    let name = vendor.display_name();
    let mut notes = Vec::new();
    if let Some((low, high)) = rules
        .success_status
        .filter(|(low, high)| !(*low..=*high).contains(&response.status))
    {
        let expected = if (low, high) == (200, 299) {
            "2xx".to_owned()
        } else {
            format!("{low}–{high}")
        };
        let status = match response.reason.as_str() {
            "" => response.status.to_string(),
            reason => format!("{} {reason}", response.status),
        };
        notes.push(Note {
            kind: Kind::Answer,
            span: response.span,
            message: format!(
                "The receiver answered {status}: {name} counts a delivery as received only when the answer is {expected}, so this one was not acknowledged."
            ),
        });
    }
    let chars = response.body.as_deref().map_or(0, |b| b.chars().count());
    if let Some(shown) = rules.response_shown_chars.filter(|s| chars > *s) {
        notes.push(Note {
            kind: Kind::Answer,
            span: response.span,
            message: format!(
                "The answer's body is {chars} characters: {name} asks for as short an answer as possible (\"Ok\") and shows only its first {shown} characters."
            ),
        });
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::Span;

    fn answer(status: u16, reason: &str, body: &str) -> Response {
        Response {
            status,
            reason: reason.to_owned(),
            headers: Vec::new(),
            body: Some(body.to_owned()),
            span: Span::new(0, 3),
        }
    }

    #[test]
    fn perfect_gym_wants_a_short_2xx() {
        assert!(answer_notes(Some(Vendor::PerfectGym), &answer(204, "No Content", "")).is_empty());
        let notes = answer_notes(
            Some(Vendor::PerfectGym),
            &answer(500, "Internal Server Error", "boom"),
        );
        let messages: Vec<&str> = notes.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(messages, ["The receiver answered 500 Internal Server Error: Perfect Gym counts a delivery as received only when the answer is 2xx, so this one was not acknowledged."]);
        let long = answer_notes(
            Some(Vendor::PerfectGym),
            &answer(200, "OK", &"x".repeat(1001)),
        );
        assert_eq!(long.len(), 1);
        assert!(long
            .iter()
            .all(|n| n.message.contains("first 1000 characters")));
        assert_eq!(
            answer_notes(Some(Vendor::PerfectGym), &answer(302, "", ""))
                .first()
                .map(|n| n.message.contains("answered 302:")),
            Some(true)
        );
    }

    #[test]
    fn a_vendor_without_rules_or_no_vendor_judges_nothing() {
        assert!(answer_notes(Some(Vendor::GymOs), &answer(500, "Oops", "")).is_empty());
        assert!(answer_notes(None, &answer(500, "Oops", "")).is_empty());
    }
}
