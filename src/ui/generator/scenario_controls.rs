//! The scenario's knobs: which scenario, retries, the first event's time, the output form and shuffle.
//! Each control only dispatches a `GeneratorAction`; seed, edge cases and URL are the generator's own.

use crate::domain::generate::scenario::output::ScenarioFormat;
use crate::domain::generate::scenario::{scenarios, MAX_RETRIES};
use crate::domain::schema::Vendor;
use crate::ui::generator::state::{GeneratorAction, GeneratorSettings};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScenarioControlsProps {
    pub settings: GeneratorSettings,
    pub dispatch: Callback<GeneratorAction>,
    /// The start field holds something that is not a time.
    pub start_invalid: bool,
}

fn on_value(
    dispatch: &Callback<GeneratorAction>,
    make: fn(String) -> Option<GeneratorAction>,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        let value = e
            .target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .or_else(|| e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()));
        if let Some(action) = value.and_then(make) {
            dispatch.emit(action);
        }
    })
}

#[component]
pub fn ScenarioControls(props: &ScenarioControlsProps) -> Html {
    let (s, dispatch) = (&props.settings, &props.dispatch);
    let on_shuffle = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                dispatch.emit(GeneratorAction::Shuffle(input.checked()));
            }
        })
    };
    html! {
        <div class="gen-controls">
            <label class="gen-field">
                <span>{"Scenario"}</span>
                <select data-testid="scenario-name" onchange={on_value(dispatch, |v| Some(GeneratorAction::ChooseScenario(v)))}>
                    { for Vendor::ALL.iter().map(|&v| html! {
                        <optgroup label={v.display_name()}>
                            { for scenarios().into_iter().filter(|x| x.vendor == v).map(|x| html! {
                                <option value={x.name()} selected={Some(x) == s.scenario}>{ x.name() }</option>
                            }) }
                        </optgroup>
                    }) }
                </select>
            </label>
            <label class="gen-field">
                <span>{format!("Retries (0–{MAX_RETRIES})")}</span>
                <input data-testid="scenario-retries" type="number" min="0" max={MAX_RETRIES.to_string()} value={s.retries.to_string()} onchange={on_value(dispatch, |v| Some(GeneratorAction::Retries(v)))} />
            </label>
            <label class="gen-field">
                <span>{"First event at (ISO 8601; empty: from the seed)"}</span>
                <input data-testid="scenario-start" type="text" spellcheck="false" placeholder="2025-03-01T09:00:00Z" value={s.start.clone()} aria-invalid={props.start_invalid.to_string()} onchange={on_value(dispatch, |v| Some(GeneratorAction::Start(v)))} />
            </label>
            <label class="gen-field">
                <span>{"Output"}</span>
                <select data-testid="scenario-format" onchange={on_value(dispatch, |v| ScenarioFormat::from_key(&v).map(GeneratorAction::SetScenarioFormat))}>
                    { for ScenarioFormat::ALL.iter().map(|f| html! {
                        <option value={f.key()} selected={*f == s.scenario_format}>{ f.page_label() }</option>
                    }) }
                </select>
            </label>
            <label class="gen-check">
                <input type="checkbox" data-testid="scenario-shuffle" checked={s.shuffle} onchange={on_shuffle} />
                <span>{"Shuffle: deliver out of the lifecycle's order"}</span>
            </label>
        </div>
    }
}
