//! The Schemas & types view rendered natively (Yew SSR): what it promises of the schemas and of the types,
//! held to the files. The line it gives for ajv is the one in each schema's `$comment` (which
//! `export_agreement.rs` runs), and it sends TypeScript users to the npm package's `check`.

use futures::executor::block_on;
use gymhook::domain::export::json_schema::ajv_line;
use gymhook::domain::export::json_schema_files;
use gymhook::ui::export::{ExportPage, ExportPageProps};
use gymhook::ui::route::ExportView;
use yew::ServerRenderer;

fn page() -> String {
    let props = || ExportPageProps {
        view: ExportView::default(),
    };
    block_on(
        ServerRenderer::<ExportPage>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The text of the element with `data-testid="{id}"`, tags dropped and entities read.
fn text_of(html: &str, id: &str) -> String {
    let start = html
        .find(&format!("data-testid=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id}"));
    let rest = &html[start..];
    let body =
        &rest[rest.find('>').expect("the tag ends") + 1..rest.find("</p>").expect("a paragraph")];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_view_gives_the_schemas_ajv_line_and_says_what_types_cannot_check() {
    let html = page();
    let schemas = text_of(&html, "export-schemas-promise");
    assert!(schemas.ends_with(&ajv_line()), "{schemas}");
    for file in json_schema_files() {
        let value: serde_json::Value = serde_json::from_str(&file.text).expect("a schema");
        let comment = value["$comment"].as_str().expect("a $comment");
        assert!(comment.contains(&ajv_line()), "{}: {comment}", file.name);
    }
    let types = text_of(&html, "export-types-promise");
    for promise in [
        "TypeScript checks nothing at run time",
        "its parse helper only casts",
        "check(text) of the npm package (make npm)",
        "Pydantic models reject what the explorer rejects",
    ] {
        assert!(types.contains(promise), "{promise}: {types}");
    }
}
