//! The generator's inputs: event list (grouped by vendor), seed with "New seed", edge cases, output
//! format and receiver URL. Each control only dispatches a typed `GeneratorAction` (see `inputs`).

use super::inputs::{on_checked, on_text, on_value};
use crate::domain::generate::{catalogue, Choice, Format};
use crate::domain::schema::{declaration, Vendor};
use crate::ui::generator::state::{GeneratorAction, GeneratorSettings};
use yew::prelude::*;

/// What edge-case mode does: field-notes.md's quirks, plus text and ids that break naive receivers.
const EDGE_CASES_HELP: &str =
    " — the quirks the vendors' own examples show: seven-digit fractions, \
     zone-less and +00:00 times, \"\" and null for missing values, empty strings, non-ASCII names, \
     integers for decimals, \\u002B escapes; plus free text with quotes, $, backticks and \
     newlines, and Perfect Gym ids past JavaScript's exact integers (2^53).";

#[derive(Properties, PartialEq)]
pub struct GeneratorControlsProps {
    pub settings: GeneratorSettings,
    pub dispatch: Callback<GeneratorAction>,
}

#[component]
pub fn GeneratorControls(props: &GeneratorControlsProps) -> Html {
    let (s, dispatch) = (&props.settings, &props.dispatch);
    let url_used = s.format != Format::Json;
    html! {
        <div class="gen-controls">
            { event_list(s, dispatch) }
            { seed_field(s, dispatch) }
            <label class="gen-field gen-format">
                <span>{"Output"}</span>
                <select data-testid="generator-format" onchange={on_value(dispatch, |v| Format::from_key(&v).map(GeneratorAction::SetFormat))}>
                    { for Format::ALL.iter().map(|f| html! {
                        <option value={f.key()} selected={*f == s.format}>{ f.label() }</option>
                    }) }
                </select>
            </label>
            <label class="gen-field gen-url">
                <span>{"Receiver URL"}{ if url_used { "" } else { " (for HTTP request and curl)" } }</span>
                <input
                    data-testid="generator-url"
                    type="url"
                    spellcheck="false"
                    autocomplete="off"
                    value={s.url.clone()}
                    oninput={on_text(dispatch, GeneratorAction::SetUrl)}
                />
            </label>
            <label class="gen-check">
                <input type="checkbox" data-testid="generator-edge" checked={s.edge_cases} onchange={on_checked(dispatch, GeneratorAction::EdgeCases)} />
                <span>{"Edge cases"}<small class="gen-help">{EDGE_CASES_HELP}</small></span>
            </label>
        </div>
    }
}

/// One group per vendor's named events, then one per vendor's unnamed objects (placeholders).
fn event_list(s: &GeneratorSettings, dispatch: &Callback<GeneratorAction>) -> Html {
    let choices = catalogue();
    let group = |label: &'static str, vendor: Vendor, placeholders: bool| {
        let keep = |c: &&Choice| c.vendor() == vendor && c.is_placeholder() == placeholders;
        html! {
            <optgroup label={label}>
                { for choices.iter().filter(keep).map(|c| html! {
                    <option value={c.key()} selected={*c == s.choice}>{ c.label() }</option>
                }) }
            </optgroup>
        }
    };
    html! {
        <label class="gen-field gen-event">
            <span>{"Event"}</span>
            <select data-testid="generate-event" onchange={on_value(dispatch, |v| Choice::from_key(&v).map(GeneratorAction::Choose))}>
                { for Vendor::ALL.into_iter().map(|v| group(declaration(v).events_label, v, false)) }
                { for Vendor::ALL.into_iter().filter_map(|v| declaration(v).unnamed.map(|u| group(u.label, v, true))) }
            </select>
        </label>
    }
}

/// The seed as typed, "New seed", and what the seed promises (or why the text is not one).
fn seed_field(s: &GeneratorSettings, dispatch: &Callback<GeneratorAction>) -> Html {
    let new_seed = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(GeneratorAction::NewSeed))
    };
    let help = if s.seed_invalid() {
        format!(
            "Not a seed: type a whole number from 0 to {}. Still showing seed {}.",
            u64::MAX,
            s.seed
        )
    } else {
        "Same seed, same bytes — on any machine.".to_owned()
    };
    html! {
        <div class="gen-field gen-seed">
            <label for="generator-seed">{"Seed"}</label>
            <div class="gen-inline">
                <input
                    id="generator-seed"
                    data-testid="generator-seed"
                    type="text"
                    inputmode="numeric"
                    spellcheck="false"
                    autocomplete="off"
                    value={s.seed_text.clone()}
                    aria-invalid={s.seed_invalid().to_string()}
                    aria-describedby="generator-seed-help"
                    oninput={on_text(dispatch, GeneratorAction::SeedText)}
                />
                <button type="button" data-testid="generator-new-seed" onclick={new_seed}>{"New seed"}</button>
            </div>
            <small id="generator-seed-help" class={classes!("gen-help", s.seed_invalid().then_some("invalid"))}>{help}</small>
        </div>
    }
}
