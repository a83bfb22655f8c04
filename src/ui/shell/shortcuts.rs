//! Keyboard shortcuts: one table of keys and the commands they give, read by the page's key handler, the
//! help overlay (opened with `?`) and each control's `aria-keyshortcuts`. A command becomes an `Action`:
//! the help is page state; every other command is a request the control that owns the action follows
//! (`hooks::use_request`), so a key takes the same path as a click. Single keys act only when focus is not
//! in a text field, so typing is never hijacked.

use crate::ui::state::{Action, AppState};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// What a shortcut asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    FocusPaste,
    Format,
    Undo,
    Share,
    NextDiagnostic,
    PreviousDiagnostic,
    Theme,
    Help,
}

/// Where a shortcut works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere on the page, while the focus is not in a text field.
    Page,
    /// In the paste area (its own handler).
    PasteArea,
}

pub struct Shortcut {
    /// As `aria-keyshortcuts` names it: the `KeyboardEvent.key` value, after `Control+` if it takes Ctrl
    /// (or ⌘ on a Mac).
    pub keys: &'static str,
    /// As the help shows it.
    pub label: &'static str,
    pub what: &'static str,
    pub command: Command,
    pub scope: Scope,
}

const CONTROL: &str = "Control+";

pub const SHORTCUTS: [Shortcut; 8] = [
    page("/", "Focus the paste area", Command::FocusPaste),
    page("f", "Format the payload", Command::Format),
    Shortcut {
        keys: "Control+Z",
        label: "Ctrl+Z",
        what: "Undo Format or Clear (in the paste area)",
        command: Command::Undo,
        scope: Scope::PasteArea,
    },
    page("s", "Make a share link", Command::Share),
    page("n", "Next diagnostic", Command::NextDiagnostic),
    page("p", "Previous diagnostic", Command::PreviousDiagnostic),
    page("t", "Switch between light and dark", Command::Theme),
    page("?", "Show this help; Escape closes it", Command::Help),
];

const fn page(key: &'static str, what: &'static str, command: Command) -> Shortcut {
    Shortcut {
        keys: key,
        label: key,
        what,
        command,
        scope: Scope::Page,
    }
}

impl Command {
    /// What pressing the key dispatches.
    pub fn action(self) -> Action {
        match self {
            Command::Help => Action::Help(true),
            command => Action::Request(command),
        }
    }

    /// The control's `aria-keyshortcuts`.
    pub fn keys(self) -> &'static str {
        SHORTCUTS
            .iter()
            .find(|s| s.command == self)
            .map_or("", |s| s.keys)
    }
}

/// A key press as the table reads it. Shift is left to the key (`?` is Shift+/ on most layouts), except
/// with Control: Ctrl+Shift+Z is the browser's redo.
#[derive(Clone, Copy, Debug)]
pub struct Press<'a> {
    pub key: &'a str,
    /// Ctrl, or ⌘ on a Mac.
    pub control: bool,
    pub shift: bool,
    pub alt: bool,
}

impl Shortcut {
    fn matches(&self, press: Press<'_>) -> bool {
        match self.keys.strip_prefix(CONTROL) {
            Some(key) => {
                press.control && !press.shift && !press.alt && press.key.eq_ignore_ascii_case(key)
            }
            None => !press.control && !press.alt && press.key == self.keys,
        }
    }
}

/// The command of `scope` this press gives, if any.
pub fn command_of(press: Press<'_>, scope: Scope) -> Option<Command> {
    SHORTCUTS
        .iter()
        .find(|s| s.scope == scope && s.matches(press))
        .map(|s| s.command)
}

/// The command of `scope` this key event gives, if any.
pub fn pressed(e: &KeyboardEvent, scope: Scope) -> Option<Command> {
    let key = e.key();
    let press = Press {
        key: &key,
        control: e.ctrl_key() || e.meta_key(),
        shift: e.shift_key(),
        alt: e.alt_key(),
    };
    command_of(press, scope)
}

/// Whether a key typed with focus on `target` is text: inputs, text areas, selects and editable content.
fn typing(target: Option<Element>) -> bool {
    target.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el
                .dyn_ref::<HtmlElement>()
                .is_some_and(HtmlElement::is_content_editable)
    })
}

/// Listens for the page's shortcuts on the whole document while the page lives.
#[hook]
pub fn use_shortcuts(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document(), "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if e.default_prevented() || typing(target) {
                return;
            }
            if let Some(command) = pressed(e, Scope::Page) {
                e.prevent_default();
                dispatch.dispatch(command.action());
            }
        });
        move || drop(listener)
    });
}

#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    pub on_close: Callback<()>,
}

/// A modal dialog listing the shortcuts. Focus goes to its Close button and returns where it was on close.
#[component]
pub fn HelpOverlay(props: &HelpOverlayProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            let before = document()
                .active_element()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(button) = close_ref.cast::<HtmlElement>() {
                let _ = button.focus();
            }
            move || {
                if let Some(el) = before {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_close = props.on_close.clone();
    let onclick = {
        let on_close = on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    // Escape closes; Tab stays on the only control, so focus cannot wander behind the modal.
    let onkeydown = Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            on_close.emit(());
        }
        "Tab" => e.prevent_default(),
        _ => {}
    });
    html! {
        <div class="help-backdrop">
            <div class="help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-overlay" {onkeydown}>
                <h2 id="help-title">{"Keyboard shortcuts"}</h2>
                <p class="hint">{"Single keys work when the focus is not in a text field."}</p>
                <dl class="help-keys">
                    { for SHORTCUTS.iter().map(|s| html! {
                        <div key={s.keys}><dt><kbd>{s.label}</kbd></dt><dd>{s.what}</dd></div>
                    }) }
                </dl>
                <button type="button" ref={close_ref} {onclick}>{"Close"}</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, control: bool, shift: bool) -> Press<'_> {
        Press {
            key,
            control,
            shift,
            alt: false,
        }
    }

    #[test]
    fn single_keys_act_on_the_page_and_ctrl_z_in_the_paste_area() {
        let page = |p| command_of(p, Scope::Page);
        assert_eq!(page(press("f", false, false)), Some(Command::Format));
        assert_eq!(page(press("?", false, true)), Some(Command::Help));
        assert_eq!(page(press("F", false, true)), None, "Shift+F is not f");
        assert_eq!(
            page(press("f", true, false)),
            None,
            "Ctrl+F stays the browser's"
        );
        assert_eq!(page(press("z", true, false)), None, "Ctrl+Z is the field's");
        let field = |p| command_of(p, Scope::PasteArea);
        assert_eq!(field(press("z", true, false)), Some(Command::Undo));
        assert_eq!(field(press("Z", true, false)), Some(Command::Undo));
        assert_eq!(field(press("z", true, true)), None, "Ctrl+Shift+Z is redo");
    }

    #[test]
    fn every_command_has_one_key_and_every_key_one_command() {
        for (i, s) in SHORTCUTS.iter().enumerate() {
            assert_eq!(s.command.keys(), s.keys);
            let later = SHORTCUTS.iter().skip(i + 1);
            assert!(later
                .clone()
                .all(|t| t.command != s.command && t.keys != s.keys));
        }
        assert_eq!(
            Command::Format.keys(),
            "f",
            "the Format button's aria-keyshortcuts"
        );
    }
}
