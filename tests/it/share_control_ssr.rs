//! The share control rendered natively (Yew SSR): redaction is on by default and the summary says what
//! the link will carry, counted from the declarations' personal-data marks.

use futures::executor::block_on;
use gymhook::domain::examples::documented_example;
use gymhook::domain::generate::{default_choice, Format};
use gymhook::domain::schema::Vendor;
use gymhook::domain::share::{prepare, GeneratorLink, Outcome};
use gymhook::ui::explorer::share_control::{ShareControl, ShareControlProps};
use gymhook::ui::Shared;
use std::rc::Rc;
use yew::ServerRenderer;

fn render(text: &str, selected: Option<&str>) -> String {
    let (text, selected) = (text.to_owned(), selected.map(str::to_owned));
    let props = move || ShareControlProps {
        text: Shared(Rc::from(text.as_str())),
        selected: selected.clone(),
        generator: GeneratorLink {
            choice: default_choice(),
            seed: 1,
            edge_cases: false,
            format: Format::Json,
        },
        request: Default::default(),
    };
    block_on(
        ServerRenderer::<ShareControl>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn redaction_is_on_by_default_and_the_summary_says_what_the_prepared_link_carries() {
    let example = documented_example(Vendor::GymOs, "Session Booked").unwrap_or_default();
    let html = render(&example, Some("payload.booking.id"));
    assert!(
        html.contains(r#"<input checked type="checkbox" data-testid="share-redact">"#),
        "{html}"
    );
    assert!(html.contains(r#"data-state="redacted""#), "{html}");
    // The summary is the report of the link the control made before the click.
    let Outcome::Redacted(report) = prepare(&example, Some("payload.booking.id")).outcome else {
        panic!("the documented example is redacted");
    };
    assert!(report.personal >= 15, "{report:?}");
    assert!(
        html.contains(&format!(
            "The link will carry the paste with {} personal values replaced by fictional ones of the same shape",
            report.personal
        )),
        "{html}"
    );
    assert!(
        html.contains("the selection (payload.booking.id)"),
        "{html}"
    );
    assert!(html.contains("Never the secret."), "{html}");
}

#[test]
fn a_signed_request_says_which_credentials_are_masked() {
    let request = "POST /h HTTP/1.1\nX-PerfectGym-Request: r\nX-PerfectGym-Signature: 00\nCookie: a=b\n\n{\"event\": \"Test\"}";
    let html = render(request, None);
    assert!(
        html.contains("credentials masked (X-PerfectGym-Signature, Cookie)"),
        "{html}"
    );
    assert!(html.contains(r#"data-testid="share-button""#));
    assert!(
        !render("", None).contains("Copy share link</button>")
            || render("", None).contains("disabled")
    );
}

#[test]
fn a_paste_the_page_cannot_read_is_refused_before_the_click() {
    let html = render(
        "POST /h HTTP/1.1\nAuthorization: Basic Zm9v\n\n{\"event\": ",
        None,
    );
    assert!(html.contains(r#"data-state="refused""#), "{html}");
    assert!(
        html.contains("This paste cannot be redacted: the paste is not JSON the page can read"),
        "{html}"
    );
    assert!(
        html.contains("Copy share link makes no link of it"),
        "{html}"
    );
}
