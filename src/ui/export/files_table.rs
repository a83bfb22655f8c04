//! Every exported file, as `index.json` lists it: stable links on the hosted site, for tickets and docs.

use super::SCHEMAS_DIR;
use crate::domain::export::index::{IndexError, Listed};
use crate::domain::size::byte_size;
use crate::ui::hooks::Fetched;
use yew::prelude::*;

/// A plain function, not a component: it has no state of its own, and each component costs the wasm its own
/// copy of Yew's lifecycle code.
/// `unreadable` is why index.json, fetched, could not be read.
pub fn files_list(listed: &[Listed], index: &Fetched, unreadable: Option<&IndexError>) -> Html {
    let problem = match index {
        Fetched::Loading => Some("Loading the list of files…".to_owned()),
        Fetched::Failed(e) => Some(format!(
            "The list of files (schemas/index.json) could not be loaded: {e}."
        )),
        Fetched::Ready(_) => unreadable.map(ToString::to_string),
    };
    // openapi.json and asyncapi.json serve every vendor and are listed once per vendor: show them once.
    let mut seen = Vec::new();
    let rows: Vec<&Listed> = listed
        .iter()
        .filter(|l| {
            let first = !seen.contains(&l.file);
            seen.push(l.file.clone());
            first
        })
        .collect();
    html! {
        <section class="card export-files" aria-labelledby="export-files-title">
            <h3 id="export-files-title">{"All files"}</h3>
            if let Some(problem) = problem {
                <p class="export-loading">{problem}</p>
            } else {
                <ul class="export-files-list">
                    { for rows.iter().map(|l| {
                        let vendor = if l.format.every_vendor() { "every vendor" } else { l.vendor.display_name() };
                        html! {
                            <li key={l.file.clone()}>
                                <a data-testid="export-file" href={format!("{SCHEMAS_DIR}{}", l.file)}><code>{l.file.clone()}</code></a>
                                { format!(" — {}, {vendor}, {}", l.format.label(), byte_size(l.bytes)) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
