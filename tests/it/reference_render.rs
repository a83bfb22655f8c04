//! The reference page rendered server-side: every GymOS payload object has its card, every entry its
//! anchor, and a filter leaves only what matches (plus the object it belongs to).

use futures::executor::block_on;
use gymhook::domain::reference::{entries, Counts};
use gymhook::domain::schema::gymos::PAYLOAD;
use gymhook::domain::schema::{declaration, Vendor};
use gymhook::ui::reference::{ReferenceView, ReferenceViewProps};

const ENTRY: &str = "data-testid=\"reference-entry\"";

fn render(query: &'static str, anchor: Option<&'static str>) -> String {
    block_on(
        yew::ServerRenderer::<ReferenceView>::with_props(move || ReferenceViewProps {
            query: query.into(),
            anchor: anchor.map(Into::into),
            on_query: Default::default(),
            contents_open: true,
            addressing: Default::default(),
        })
        .hydratable(false)
        .render(),
    )
}

fn anchor_attr(anchor: &str) -> String {
    format!("data-anchor=\"{anchor}\"")
}

#[test]
fn every_gymos_payload_object_has_a_card_with_all_its_fields() {
    let html = render("", None);
    let mut objects = 0;
    for slot in PAYLOAD.fields {
        let Some(obj) = slot.ty.object() else {
            continue;
        };
        objects += 1;
        assert!(
            html.contains(&anchor_attr(&format!("gymos/object/{}", obj.name))),
            "{}",
            obj.name
        );
        for f in obj.fields {
            let field = format!("gymos/field/payload.{}.{}", slot.name, f.name);
            assert!(html.contains(&anchor_attr(&field)), "{field}");
        }
    }
    assert_eq!(objects, 22);
    assert_eq!(html.matches(ENTRY).count(), entries().len());
}

#[test]
fn counts_are_shown_per_vendor() {
    let html = render("", None);
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        let fields: usize = decl.objects().iter().map(|o| o.fields.len()).sum();
        let line = format!(
            "{}: {} objects, {} fields, {} events",
            vendor.display_name(),
            decl.objects().len(),
            fields,
            decl.events.len()
        );
        assert!(html.contains(&line), "{line}");
    }
}

#[test]
fn a_filter_narrows_the_page_to_matching_entries() {
    let html = render("autoBooked", None);
    assert_eq!(html.matches(ENTRY).count(), 2, "the field and its object");
    assert!(html.contains(&anchor_attr("gymos/field/payload.booking.autoBooked")));
    assert!(html.contains(&anchor_attr("gymos/object/booking")));
    assert!(!html.contains(&anchor_attr("gymos/object/session")));
    assert!(!html.contains(&anchor_attr("perfectgym/object/envelope")));
    let total = Counts::of(entries(), Vendor::GymOs).fields;
    assert!(html.contains(&format!("GymOS: 1 of {total} fields")));
    assert!(
        html.contains("Nothing from Perfect Gym matches."),
        "the vendor's heading stays, saying it has no match"
    );
    assert!(html.contains("value=\"autoBooked\""));

    let guid = render("guid", None);
    let guid_entries = guid.matches(ENTRY).count();
    assert!(guid_entries > 2 && guid_entries < entries().len() / 2);
    assert!(render("no such field at all", None).contains("Nothing matches"));
}

#[test]
fn the_linked_entry_is_highlighted_and_has_a_permalink() {
    let anchor = "gymos/field/payload.booking.autoBooked";
    let html = render("", Some(anchor));
    let at = html.find(&anchor_attr(anchor)).expect("entry rendered");
    let tag_start = html[..at].rfind('<').unwrap_or(0);
    let tag_end = at + html[at..].find('>').expect("tag closes");
    let tag = &html[tag_start..tag_end];
    assert!(tag.contains("targeted"), "{tag}");
    assert_eq!(html.matches("targeted").count(), 1);
    assert!(html.contains("id=\"gymos/field/payload.booking.autoBooked\""));
    assert!(html.contains("href=\"#/reference/gymos/field/payload.booking.autoBooked\""));
    assert!(html.contains("href=\"#/reference/gymos/event/Session%20Booked\""));
    assert!(!html.contains("ref-missing"));
}

#[test]
fn an_unknown_anchor_is_explained() {
    let html = render("", Some("gymos/field/payload.nope"));
    assert!(html.contains("ref-missing"));
    assert!(html.contains("gymos/field/payload.nope"));
    assert!(!html.contains("targeted"));
}

#[test]
fn the_typed_view_links_declared_field_names_to_the_reference() {
    use gymhook::domain::analysis::analyze;
    use gymhook::ui::{Shared, TypedView, TypedViewProps};
    use std::rc::Rc;
    let html = block_on(
        yew::ServerRenderer::<TypedView>::with_props(|| TypedViewProps {
            analysis: Shared(Rc::new(analyze(
                r#"{"eventType": "Session Booked", "payload": {}, "clientId": "c340d350-b6a1-434c-bfb6-7703e9cb3215", "extra": 1}"#,
            ))),
            selected: None,
            on_select: Default::default(),
            now: None,
        })
        .hydratable(false)
        .render(),
    );
    let row = |path: &str| {
        let start = html
            .find(&format!("<tr id=\"field-{path}\""))
            .expect("row rendered");
        html[start..]
            .split("</tr>")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(row("clientId").contains("href=\"#/reference/gymos/field/clientId\""));
    assert!(
        !row("extra").contains("#/reference"),
        "undocumented: no entry to link to"
    );
}
