//! The Export view (`#/export/<vendor>/<format>[/<Type>]`): the schemas and types generated from the
//! declarations at build time (`dist/schemas/`, by `gymhook export`), listed, previewed, copied, downloaded.
//! The page fetches those files; it compiles no generator (the wasm stays small).

mod files_table;
mod preview;

use crate::domain::export::index::{parse_index, IndexError, Listed, INDEX_FILE};
use crate::domain::export::json_schema::ajv_line;
use crate::domain::export::ExportFormat;
use crate::domain::schema::Vendor;
use crate::ui::hooks::{use_fetch_text, Fetched};
use crate::ui::route::{ExportView, Route};
use files_table::files_list;
use preview::Preview;
use std::rc::Rc;
use yew::prelude::*;

/// Where the exports sit, relative to the page: the site works under any sub-path.
pub const SCHEMAS_DIR: &str = "./schemas/";

#[derive(Properties, PartialEq)]
pub struct ExportPageProps {
    pub view: ExportView,
}

#[component]
pub fn ExportPage(props: &ExportPageProps) -> Html {
    let view = &props.view;
    let index = use_fetch_text(AttrValue::from(format!("{SCHEMAS_DIR}{INDEX_FILE}")));
    // Read once per fetch; `None` while the fetch has no text.
    let parsed: Rc<Option<Result<Vec<Listed>, IndexError>>> =
        use_memo(index.clone(), |index| match index {
            Fetched::Ready(text) => Some(parse_index(text)),
            _ => None,
        });
    let listed: &[Listed] = match &*parsed {
        Some(Ok(listed)) => listed,
        _ => &[],
    };
    let file = view.format.file_name(view.vendor);
    let entry = listed
        .iter()
        .find(|l| l.format == view.format && l.vendor == view.vendor)
        .cloned();
    let href = |vendor: Vendor, format: ExportFormat| {
        Route::Export(ExportView {
            vendor,
            format,
            definition: view.definition.clone(),
        })
        .to_fragment()
    };
    html! {
        <main class="export-page" data-testid="export-view">
            <h2 id="export-title" tabindex="-1">{"Schemas and types"}</h2>
            <p class="export-intro" data-testid="export-schemas-promise">
                {"Generated from the same declarations the explorer validates with. The JSON Schemas, and the \
                  bodies in OpenAPI and AsyncAPI, accept a payload exactly when the explorer reports no error, \
                  but for the few cases each schema's description lists: unknown events, undocumented fields and \
                  the vendors' quirks (\"\" for a null datetime, seven-digit fractions, zone-less times, integers \
                  for decimals, Perfect Gym ids as numeric strings) are valid. ajv's strict mode, its default, \
                  loads a schema after one line, which the schema's $comment gives too: "}<code>{ajv_line()}</code>
            </p>
            <p class="export-intro" data-testid="export-types-promise">
                {"Types check less. Pydantic models reject what the explorer rejects. Go and Rust reject it too, \
                  except \"\" in a datetime or GUID the document does not make nullable, null inside a list or map \
                  of strings, and a datetime whose offset moves it out of years 0001-9999. C# is compiled in gymhook's tests, not run. TypeScript checks \
                  nothing at run time: at compile time it checks the JSON types and event names of values written \
                  in code, never formats, ranges or fractions, and its parse helper only casts. To check received \
                  bodies in Node, use "}<code>{"check(text)"}</code>{" of the npm package ("}<code>{"make npm"}</code>
                {"), the explorer's own engine. Regenerate the files with "}<code>{"gymhook export --format all --out DIR"}</code>{"."}
            </p>
            <nav class="export-choice" aria-label="Vendor">
                { for Vendor::ALL.iter().map(|&v| choice(href(v, view.format), v == view.vendor, "export-vendor", Some(v.slug()), None, v.display_name())) }
            </nav>
            <nav class="export-choice" aria-label="Format">
                { for ExportFormat::ALL.iter().map(|&f| choice(href(view.vendor, f), f == view.format, "export-format", None, Some(f.slug()), f.label())) }
            </nav>
            <Preview file={AttrValue::from(file)} entry={entry} view={view.clone()} />
            { files_list(listed, &index, parsed.as_ref().as_ref().and_then(|p| p.as_ref().err())) }
        </main>
    }
}

/// One vendor or format link. A single function for both lists: each `html!` expands to its own code, and the
/// wasm is what every visitor downloads.
fn choice(
    href: String,
    active: bool,
    testid: &'static str,
    vendor: Option<&'static str>,
    format: Option<&'static str>,
    label: &'static str,
) -> Html {
    html! {
        <a key={label} {href} data-testid={testid} data-vendor={vendor} data-format={format}
            class={classes!(active.then_some("active"))} aria-current={active.then_some("page")}>{label}</a>
    }
}
