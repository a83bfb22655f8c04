//! The scenario's knobs: which scenario, retries, the first event's time, the output form and shuffle.
//! Each control only dispatches a typed `GeneratorAction` (see `inputs`); seed, edge cases and URL are the
//! generator's own.

use super::inputs::{on_checked, on_value};
use crate::domain::generate::scenario::output::ScenarioFormat;
use crate::domain::generate::scenario::{find_scenario, scenarios, MAX_RETRIES};
use crate::domain::schema::Vendor;
use crate::ui::generator::state::{GeneratorAction, GeneratorSettings};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScenarioControlsProps {
    pub settings: GeneratorSettings,
    pub dispatch: Callback<GeneratorAction>,
    /// The start field holds something that is not a time.
    pub start_invalid: bool,
}

#[component]
pub fn ScenarioControls(props: &ScenarioControlsProps) -> Html {
    let (s, dispatch) = (&props.settings, &props.dispatch);
    html! {
        <div class="gen-controls">
            <label class="gen-field">
                <span>{"Scenario"}</span>
                <select data-testid="scenario-name" onchange={on_value(dispatch, |v| find_scenario(&v).map(GeneratorAction::ChooseScenario))}>
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
                <input data-testid="scenario-retries" type="number" min="0" max={MAX_RETRIES.to_string()} value={s.retries.to_string()} onchange={on_value(dispatch, |v| v.trim().parse().ok().map(GeneratorAction::Retries))} />
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
                <input type="checkbox" data-testid="scenario-shuffle" checked={s.shuffle} onchange={on_checked(dispatch, GeneratorAction::Shuffle)} />
                <span>{"Shuffle: deliver out of the lifecycle's order"}</span>
            </label>
        </div>
    }
}
