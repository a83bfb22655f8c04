//! The share control rendered natively (Yew SSR): redaction is on by default and the summary says what
//! the link will carry, counted from the declarations' personal-data marks.

use futures::executor::block_on;
use gymhook::domain::analysis::analyze;
use gymhook::domain::examples::documented_example;
use gymhook::domain::generate::{default_choice, Format};
use gymhook::domain::schema::Vendor;
use gymhook::domain::share::GeneratorLink;
use gymhook::ui::explorer::share_control::{ShareControl, ShareControlProps};
use gymhook::ui::Shared;
use std::rc::Rc;
use yew::ServerRenderer;

fn render(text: &str, selected: Option<&str>) -> String {
    let (text, selected) = (text.to_owned(), selected.map(str::to_owned));
    let props = move || ShareControlProps {
        text: Shared(Rc::from(text.as_str())),
        analysis: Shared(Rc::new(analyze(&text))),
        stale: false,
        selected: selected.clone(),
        generator: GeneratorLink {
            choice: default_choice(),
            seed: 1,
            edge_cases: false,
            format: Format::Json,
        },
        on_shared: Default::default(),
    };
    block_on(
        ServerRenderer::<ShareControl>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn redaction_is_on_by_default_and_the_summary_counts_personal_values() {
    let example = documented_example(Vendor::GymOs, "Session Booked").unwrap_or_default();
    let html = render(&example, Some("payload.booking.id"));
    assert!(
        html.contains(r#"<input checked type="checkbox" data-testid="share-redact">"#),
        "{html}"
    );
    // The member's 17 non-empty personal fields in the document's example (no e-mail: the document's
    // is mangled; homeAddress2/3 are ""), the session's leadCoach and the booking's bookedBy.
    assert!(
        html.contains("the paste with 19 personal values replaced by fictional ones"),
        "{html}"
    );
    assert!(
        html.contains("the selection (payload.booking.id)"),
        "{html}"
    );
    assert!(html.contains("Never the secret."), "{html}");
}

#[test]
fn a_signed_request_says_which_headers_leave() {
    let request = "POST /h HTTP/1.1\nX-PerfectGym-Request: r\nX-PerfectGym-Signature: 00\nCookie: a=b\n\n{\"event\": \"Test\"}";
    let html = render(request, None);
    assert!(
        html.contains("the paste without its X-PerfectGym-Signature, Cookie header"),
        "{html}"
    );
    assert!(html.contains(r#"data-testid="share-button""#));
    assert!(
        !render("", None).contains("Copy share link</button>")
            || render("", None).contains("disabled")
    );
}
