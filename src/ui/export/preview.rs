//! One exported file: its toolbar (size, jump to a type, copy, download, open) and its text, with the line
//! that defines the type the URL names marked and scrolled into view.

use super::SCHEMAS_DIR;
use crate::domain::export::index::Listed;
use crate::domain::size::byte_size;
use crate::ui::hooks::{use_copy, use_fetch_text, Fetched};
use crate::ui::route::{ExportView, Route};
use gloo::utils::window;
use web_sys::{Element, HtmlSelectElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub file: AttrValue,
    /// The file's entry in index.json, once read (sizes and where each type is defined).
    pub entry: Option<Listed>,
    pub view: ExportView,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let url = AttrValue::from(format!("{SCHEMAS_DIR}{}", props.file));
    let fetched = use_fetch_text(url.clone());
    let clipboard = use_copy(props.file.clone());
    let line = props
        .view
        .definition
        .as_deref()
        .and_then(|name| props.entry.as_ref()?.line_of(name));
    // Bring the marked definition into view once the text is there (and whenever the target changes).
    let target = use_node_ref();
    {
        let (target, ready) = (target.clone(), matches!(fetched, Fetched::Ready(_)));
        use_effect_with((ready, line, props.file.clone()), move |_| {
            if let Some(mark) = target.cast::<Element>() {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Center);
                mark.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let on_copy = {
        let (copy, fetched) = (clipboard.copy.clone(), fetched.clone());
        Callback::from(move |_: MouseEvent| {
            if let Fetched::Ready(text) = &fetched {
                copy.emit(text.to_string());
            }
        })
    };
    let selected = props.view.definition.clone().unwrap_or_default();
    html! {
        <section class="card export-file" aria-labelledby="export-file-name">
            <div class="export-toolbar">
                <h3 id="export-file-name"><code data-testid="export-file-name">{props.file.clone()}</code></h3>
                if let Some(entry) = &props.entry {
                    <span class="export-size">{ format!("{} lines · {}", entry.lines, byte_size(entry.bytes)) }</span>
                }
                { jump_list(props, &selected) }
                <button type="button" data-testid="export-copy" onclick={on_copy} disabled={!matches!(fetched, Fetched::Ready(_))}>{"Copy"}</button>
                <a class="button" data-testid="export-download" href={url.clone()} download={props.file.clone()}>{"Download"}</a>
                <a class="button" data-testid="export-open" href={url.clone()} target="_blank" rel="noopener">{"Open raw"}</a>
                if let Some(said) = clipboard.said {
                    <span role="status" class="export-copied">{ said }</span>
                }
            </div>
            if props.view.definition.is_some() && line.is_none() && props.entry.is_some() {
                <p class="export-missing" role="status">{ format!("{} is not defined in {}: showing the whole file.", selected, props.file) }</p>
            }
            { body(&fetched, &props.file, line, &target) }
        </section>
    }
}

/// "Go to type": every definition the file's index entry lists; picking one changes the address.
fn jump_list(props: &PreviewProps, selected: &str) -> Html {
    let Some(entry) = props.entry.as_ref().filter(|e| !e.definitions.is_empty()) else {
        return Html::default();
    };
    let on_jump = {
        let view = props.view.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let value = select.value();
            let route = Route::Export(ExportView {
                definition: (!value.is_empty()).then_some(value),
                ..view.clone()
            });
            let _ = window().location().set_hash(&route.to_fragment());
        })
    };
    html! {
        <label class="export-jump">{"Go to type "}
            <select data-testid="export-definition" onchange={on_jump}>
                <option value="" selected={selected.is_empty()}>{"(top of the file)"}</option>
                { for entry.definitions.iter().map(|(name, _)| html! {
                    <option key={name.clone()} value={name.clone()} selected={name == selected}>{name.clone()}</option>
                }) }
            </select>
        </label>
    }
}

fn body(fetched: &Fetched, file: &str, line: Option<usize>, mark: &NodeRef) -> Html {
    match fetched {
        Fetched::Loading => {
            html! { <p class="export-loading" data-testid="export-loading">{ format!("Loading {file}…") }</p> }
        }
        Fetched::Failed(e) => html! {
            <p class="export-error" data-testid="export-error" role="alert">{ format!("{file} could not be loaded: {e}. The files are written by make dist; a development server without them shows this.") }</p>
        },
        Fetched::Ready(text) => {
            let (before, target, after) = split_at_line(text, line);
            html! {
                <pre class="export-preview" data-testid="export-preview" tabindex="0" aria-label={format!("Contents of {file}")}><code>
                    {before}
                    if let Some(target) = target { <mark ref={mark.clone()} data-testid="export-target">{target}</mark> }
                    {after}
                </code></pre>
            }
        }
    }
}

/// The text before the 1-based `line`, that line (with its newline), and the rest.
fn split_at_line(text: &str, line: Option<usize>) -> (String, Option<String>, String) {
    let Some(line) = line.filter(|&l| l > 0) else {
        return (text.to_owned(), None, String::new());
    };
    let mut starts =
        std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i.saturating_add(1)));
    let start = starts.nth(line.saturating_sub(1));
    let end = starts.next();
    match (start, end) {
        (Some(start), end) => {
            let end = end.unwrap_or(text.len());
            match (text.get(..start), text.get(start..end), text.get(end..)) {
                (Some(a), Some(b), Some(c)) => (a.to_owned(), Some(b.to_owned()), c.to_owned()),
                _ => (text.to_owned(), None, String::new()),
            }
        }
        (None, _) => (text.to_owned(), None, String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::split_at_line;

    #[test]
    fn the_named_line_is_cut_out_whole() {
        let text = "a\nbb\nccc";
        assert_eq!(
            split_at_line(text, Some(2)),
            ("a\n".into(), Some("bb\n".into()), "ccc".into())
        );
        assert_eq!(
            split_at_line(text, Some(3)),
            ("a\nbb\n".into(), Some("ccc".into()), String::new())
        );
        assert_eq!(
            split_at_line(text, Some(9)),
            (text.into(), None, String::new())
        );
        assert_eq!(
            split_at_line(text, None),
            (text.into(), None, String::new())
        );
    }
}
