//! "Scenarios": a vendor's lifecycle as deliveries that belong together, with the generator's seed, edge
//! cases, receiver URL and secret plus retries, shuffle and start time; downloaded, opened in the batch
//! view, or copied as the `gymhook scenario` command. Then the kit to test a receiver from the command line:
//! the page itself sends nothing. Everything shown is computed by the domain; this only renders.

use crate::domain::formats::DateTime;
use crate::domain::generate::scenario::command::{probe_command, scenario_command};
use crate::domain::generate::scenario::output::{file_stem, page_text, ScenarioFormat};
use crate::domain::generate::scenario::{run, Run, ScenarioOptions};
use crate::ui::common::browser_io::download;
use crate::ui::generator::kit::TestKit;
use crate::ui::generator::scenario_controls::ScenarioControls;
use crate::ui::generator::state::{GeneratorAction, GeneratorSettings};
use crate::ui::hooks::use_copy;
use gloo::utils::window;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScenarioSectionProps {
    pub settings: GeneratorSettings,
    pub dispatch: Callback<GeneratorAction>,
    pub secret: AttrValue,
    /// Loads a text into the paste area: NDJSON of several deliveries shows as the batch view.
    pub on_open: Callback<String>,
}

/// What the section shows for one set of settings.
#[derive(PartialEq)]
struct Shown {
    run: Run,
    /// The chosen form's text, or why there is none (a URL that is not one).
    text: Result<String, String>,
    /// What "Open in batch view" loads: the NDJSON, which the batch view reads with every header.
    opened: Option<String>,
    start_invalid: bool,
    command: String,
    probe: String,
}

fn shown(s: &GeneratorSettings, secret: &str) -> Option<Shown> {
    let scenario = s.scenario?;
    let start = Some(s.start.trim())
        .filter(|t| !t.is_empty())
        .map(DateTime::parse);
    let options = ScenarioOptions {
        seed: s.seed,
        start: start
            .as_ref()
            .and_then(|r| r.as_ref().ok())
            .map(DateTime::unix_seconds),
        retries: s.retries,
        shuffle: s.shuffle,
        edge_cases: s.edge_cases,
    };
    let run = run(scenario, options).ok()?;
    let text = page_text(&run, s.scenario_format, &s.url, secret).map_err(|e| e.to_string());
    let opened = page_text(&run, ScenarioFormat::Ndjson, &s.url, secret).ok();
    Some(Shown {
        command: scenario_command(
            scenario,
            &options,
            Some(&s.start),
            s.scenario_format,
            &s.url,
        ),
        probe: probe_command(scenario.vendor, &s.url),
        start_invalid: matches!(start, Some(Err(_))),
        run,
        text,
        opened,
    })
}

#[component]
pub fn ScenarioSection(props: &ScenarioSectionProps) -> Html {
    let s = &props.settings;
    let clipboard = use_copy((s.clone(), props.secret.clone()));
    let shown = use_memo((s.clone(), props.secret.clone()), |(s, secret)| {
        shown(s, secret)
    });
    let Some(out) = shown.as_ref() else {
        return Html::default();
    };
    let (extension, mime) = s.scenario_format.page_file();
    let on_download = {
        let (say, text, name) = (
            clipboard.say.clone(),
            out.text.clone().unwrap_or_default(),
            format!("{}.{extension}", file_stem(&out.run)),
        );
        Callback::from(move |_: MouseEvent| {
            let saved = !text.is_empty() && download(&name, &text, mime);
            say.emit(if saved {
                "Downloaded."
            } else {
                "The download could not be started."
            });
        })
    };
    let on_open = {
        let (open, opened) = (props.on_open.clone(), out.opened.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = opened.clone() {
                open.emit(text);
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        })
    };
    let vendor = out.run.scenario.vendor;
    html! {
        <section class="gen-scenarios" data-testid="scenarios" aria-labelledby="scenarios-heading">
            <h3 id="scenarios-heading">{"Scenarios: events that belong together"}</h3>
            <p class="hint">{"The same member, club, contract and booking throughout, times in order, one request id per delivery; retries repeat a delivery byte for byte. Uses the seed, edge cases, receiver URL and secret above."}</p>
            <ScenarioControls settings={s.clone()} dispatch={props.dispatch.clone()} start_invalid={out.start_invalid} />
            if out.start_invalid {
                <p class="gen-error" role="alert">{"Not a time with a zone: still using the seed's time."}</p>
            }
            <p class="gen-description">{ out.run.scenario.lifecycle.description }</p>
            { deliveries(&out.run) }
            <div class="gen-actions">
                <div class="toolbar">
                    <button type="button" data-testid="scenario-download" onclick={on_download} disabled={out.text.is_err()}>{format!("Download .{extension}")}</button>
                    <button type="button" data-testid="scenario-open" onclick={on_open} disabled={out.opened.is_none()}>{"Open in batch view"}</button>
                </div>
                <span class="gen-status" role="status" aria-live="polite">{ clipboard.said.unwrap_or_default() }</span>
            </div>
            if let Err(error) = &out.text {
                <p class="gen-error" role="alert">{ error.clone() }</p>
            }
            <p class="gen-command">{"The same deliveries from the command line: "}<code data-testid="scenario-command">{ out.command.clone() }</code>{" "}<button type="button" data-testid="scenario-copy" onclick={clipboard.on_click(out.command.clone())}>{"Copy"}</button></p>
            <TestKit vendor={vendor} probe={out.probe.clone()} />
        </section>
    }
}

/// One line per delivery: its step, event, attempt and request id.
fn deliveries(run: &Run) -> Html {
    html! {
                <ol class="scenario-deliveries" data-testid="scenario-deliveries">
                    { for run.deliveries.iter().enumerate().map(|(i, d)| html! {
                        <li key={i} data-step={d.step.to_string()} data-attempt={d.attempt.to_string()} data-event={d.generated.choice.event_type()} data-request-id={d.generated.request_id.clone()}>
                            { format!("step {} {}", d.step, d.generated.choice.event_type()) }
                            if d.attempt > 1 { { format!(" — retry {}", d.attempt - 1) } }
                            if let Some(id) = &d.generated.request_id { { " " }<code>{ id }</code> }
                        </li>
                    }) }
                </ol>
    }
}
