//! "Example events": generate a realistic event of any type, as JSON, a raw HTTP request or curl,
//! copy it, download it, or open it in the explorer. Generation is the domain's; this only renders.
//! Download and "Open in explorer" follow the chosen output: the JSON body, the raw HTTP request, or
//! for curl the raw request that command sends (the explorer reads HTTP, not shell).

use super::controls::GeneratorControls;
use super::scenario::ScenarioSection;
use crate::domain::generate::{
    default_target, export, file_name, generate, Export, Format, Generated, Options, TargetError,
};
use crate::ui::common::browser_io::download;
use crate::ui::generator::state::{GeneratorAction, GeneratorSettings};
use crate::ui::hooks::{use_copy, Clipboard};
use crate::ui::Shared;
use gloo::utils::window;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GeneratorPanelProps {
    /// The settings live in the page state: a share link carries them.
    pub settings: GeneratorSettings,
    pub dispatch: Callback<GeneratorAction>,
    /// The webhook secret typed in the signature panel (signs Perfect Gym requests).
    pub secret: AttrValue,
    /// Loads a text into the explorer (`Action::Edit`).
    pub on_open: Callback<String>,
}

/// What the panel shows for one set of settings.
struct Output {
    generated: Generated,
    shown: Result<Export, TargetError>,
    /// What "Open in explorer" loads: the body for JSON, else the raw request (the typed URL, or the
    /// vendor's suggestion if it is invalid).
    opened: String,
}

fn output(settings: &GeneratorSettings, secret: &str) -> Output {
    let options = Options {
        seed: settings.seed,
        edge_cases: settings.edge_cases,
    };
    let generated = generate(&settings.choice, options);
    let shown = export(&generated, settings.format, &settings.url, secret);
    let request = || {
        export(&generated, Format::Http, &settings.url, secret)
            .or_else(|_| {
                export(
                    &generated,
                    Format::Http,
                    &default_target(generated.vendor()),
                    secret,
                )
            })
            .map(|e| e.text)
            .unwrap_or_else(|_| generated.body.clone())
    };
    let opened = match settings.format {
        Format::Json => generated.body.clone(),
        Format::Http | Format::Curl => request(),
    };
    Output {
        generated,
        shown,
        opened,
    }
}

#[component]
pub fn GeneratorPanel(props: &GeneratorPanelProps) -> Html {
    let settings = &props.settings;
    let out = use_memo((settings.clone(), props.secret.clone()), |(s, secret)| {
        output(s, secret)
    });
    let clipboard = use_copy(Shared(out.clone()));
    let choice = settings.choice;
    let (tag_class, tag) = choice.tag();
    html! {
        <section class="generator panel" data-testid="generator" aria-labelledby="generator-heading">
            <div class="panel-head">
                <h2 id="generator-heading" tabindex="-1">{"Example events"}</h2>
                <span class={classes!("vendor-badge", choice.vendor().slug())}>{ choice.vendor().display_name() }</span>
            </div>
            <p class="hint">
                {"Realistic test events for every event type, built from the same declarations the explorer validates against. \
                  Generated in this tab: names, e-mails (example.com) and phone numbers (+44 7700 900xxx) are fictional."}
            </p>
            <GeneratorControls settings={settings.clone()} dispatch={props.dispatch.clone()} />
            <p class="gen-description">
                <span class={classes!("prov", tag_class)}>{ tag }</span>
                { " " }{ choice.description() }
            </p>
            { actions(&out, settings.format, &clipboard, &props.on_open) }
            { shown(&out, settings.format) }
            <ScenarioSection settings={settings.clone()} dispatch={props.dispatch.clone()} secret={props.secret.clone()} on_open={props.on_open.clone()} />
        </section>
    }
}

/// The text shown, empty when the settings give none.
fn text(out: &Output) -> &str {
    out.shown.as_ref().map_or("", |export| export.text.as_str())
}

/// Copy, Download and "Open in explorer", and the status line they share.
fn actions(
    out: &Rc<Output>,
    format: Format,
    clipboard: &Clipboard,
    on_open: &Callback<String>,
) -> Html {
    let saving = Saving::of(format);
    let on_download = {
        let (out, say) = (out.clone(), clipboard.say.clone());
        Callback::from(move |_: MouseEvent| {
            let name = format!(
                "{}.{}",
                file_name(&out.generated).trim_end_matches(".json"),
                saving.extension
            );
            let saved = !text(&out).is_empty() && download(&name, text(&out), saving.mime);
            say.emit(if saved {
                saving.done
            } else {
                "The download could not be started."
            });
        })
    };
    let on_open = {
        let (out, open) = (out.clone(), on_open.clone());
        Callback::from(move |_: MouseEvent| {
            open.emit(out.opened.clone());
            window().scroll_to_with_x_and_y(0.0, 0.0);
        })
    };
    let empty = text(out).is_empty();
    html! {
        <div class="gen-actions">
            <div class="toolbar">
                <button type="button" data-testid="generator-copy" onclick={clipboard.on_click(text(out))} disabled={empty}>{"Copy"}</button>
                <button type="button" data-testid="generator-download" onclick={on_download} disabled={empty}>{format!("Download .{}", saving.extension)}</button>
                <button type="button" data-testid="generator-open" onclick={on_open} title={saving.open_title}>{"Open in explorer"}</button>
            </div>
            <span class="gen-status" role="status" aria-live="polite">{ clipboard.said.unwrap_or_default() }</span>
        </div>
    }
}

/// The output, or why there is none, and the notes on what it shows.
fn shown(out: &Output, format: Format) -> Html {
    html! {
        <>
            if let Err(error) = &out.shown {
                <p class="gen-error" role="alert">{ error.to_string() }</p>
            }
            <pre class="gen-output" data-testid="generated-output" data-format={format.key()} tabindex="0" aria-label="Generated output">{ text(out).to_owned() }</pre>
            if let Ok(export) = &out.shown {
                <ul class="gen-notes">
                    { for export.notes.iter().map(|n| html! { <li key={n.key()} data-note={n.key()}>{ n.text() }</li> }) }
                </ul>
            }
        </>
    }
}

/// How the chosen output is saved and opened.
#[derive(Clone, Copy)]
struct Saving {
    extension: &'static str,
    mime: &'static str,
    done: &'static str,
    open_title: &'static str,
}

impl Saving {
    fn of(format: Format) -> Saving {
        match format {
            Format::Json => Saving {
                extension: "json",
                mime: "application/json",
                done: "Downloaded the JSON body.",
                open_title: "Opens the JSON body in the explorer",
            },
            Format::Http => Saving {
                extension: "http",
                mime: "message/http",
                done: "Downloaded the raw HTTP request.",
                open_title: "Opens the raw HTTP request in the explorer",
            },
            Format::Curl => Saving {
                extension: "sh",
                mime: "application/x-sh",
                done: "Downloaded the curl command as a shell script.",
                open_title: "Opens the raw HTTP request this curl command sends (the explorer reads HTTP, not shell)",
            },
        }
    }
}
