//! The generator's inputs: event list (grouped by vendor), seed with "New seed", edge cases, output
//! format and receiver URL. Each control only dispatches a `GeneratorAction`.

use crate::domain::generate::{catalogue, Choice, Format};
use crate::domain::schema::{declaration, Vendor};
use crate::ui::generator::state::{GeneratorAction, GeneratorSettings};
use web_sys::{HtmlInputElement, HtmlSelectElement};
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

fn on_select(
    dispatch: &Callback<GeneratorAction>,
    make: fn(String) -> Option<GeneratorAction>,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        if let Some(action) = e
            .target_dyn_into::<HtmlSelectElement>()
            .and_then(|s| make(s.value()))
        {
            dispatch.emit(action);
        }
    })
}

fn on_text(
    dispatch: &Callback<GeneratorAction>,
    make: fn(String) -> GeneratorAction,
) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            dispatch.emit(make(input.value()));
        }
    })
}

#[component]
pub fn GeneratorControls(props: &GeneratorControlsProps) -> Html {
    let s = &props.settings;
    let dispatch = &props.dispatch;
    let choices = catalogue();
    // One group per vendor's named events, then one per vendor's unnamed objects (placeholders).
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
    let on_edge = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                dispatch.emit(GeneratorAction::EdgeCases(input.checked()));
            }
        })
    };
    let new_seed = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(GeneratorAction::NewSeed))
    };
    let url_used = s.format != Format::Json;

    html! {
        <div class="gen-controls">
            <label class="gen-field gen-event">
                <span>{"Event"}</span>
                <select data-testid="generate-event" onchange={on_select(dispatch, |v| Some(GeneratorAction::Choose(v)))}>
                    { for Vendor::ALL.into_iter().map(|v| group(declaration(v).events_label, v, false)) }
                    { for Vendor::ALL.into_iter().filter_map(|v| declaration(v).unnamed.map(|u| group(u.label, v, true))) }
                </select>
            </label>
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
                <small id="generator-seed-help" class={classes!("gen-help", s.seed_invalid().then_some("invalid"))}>
                    { if s.seed_invalid() {
                        format!("Not a seed: type a whole number from 0 to {}. Still showing seed {}.", u64::MAX, s.seed)
                    } else {
                        "Same seed, same bytes — on any machine.".to_owned()
                    } }
                </small>
            </div>
            <label class="gen-field gen-format">
                <span>{"Output"}</span>
                <select data-testid="generator-format" onchange={on_select(dispatch, |v| Format::from_key(&v).map(GeneratorAction::SetFormat))}>
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
                <input type="checkbox" data-testid="generator-edge" checked={s.edge_cases} onchange={on_edge} />
                <span>{"Edge cases"}<small class="gen-help">{EDGE_CASES_HELP}</small></span>
            </label>
        </div>
    }
}
