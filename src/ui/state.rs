//! Page state and its reducer. Pure: analysis runs in an effect (debounced), persistence never happens here.

use super::route::{Route, SharedLink};
use crate::domain::analysis::{analyze, Analysis};
use crate::domain::schema::{declaration, Auth};
use crate::domain::share::{self, ShareError, ShareState};
use crate::domain::signature::{REQUEST_ID_HEADER, SIGNATURE_HEADER};
use crate::ui::generator::state::{GeneratorAction, GeneratorSettings};
use crate::ui::shell::shortcuts::Command;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug)]
pub struct AppState {
    pub text: Rc<str>,
    /// The analysis of `analyzed_text`; lags `text` by the debounce delay while the user types.
    pub analysis: Rc<Analysis>,
    pub analyzed_text: Rc<str>,
    /// JSON path of the diagnostic or field the user picked, highlighted in the typed view.
    pub selected_path: Option<String>,
    pub signature: SignatureFields,
    pub route: Route,
    /// Why the shared link the page was opened with could not be loaded.
    pub share_error: Option<ShareError>,
    /// The example generator's settings (part of what a share link carries).
    pub generator: GeneratorSettings,
    /// The batch a delivery was opened from, to go back to.
    pub batch_return: Option<Rc<str>>,
    /// Whether the request id and the signature fields hold values taken from the paste's headers.
    pub from_paste: (bool, bool),
    /// The browser's clock in seconds, refreshed every half minute (`hooks::use_clock`), for relative
    /// times only: read here, not on every render, so a re-render never sees a new "now".
    pub now: Option<i64>,
    /// The data of the last link this page opened: meeting it again (a second navigation to it) must not
    /// overwrite what the user typed since. Making a link never touches the address bar.
    pub own_link: Option<String>,
    /// Whether the keyboard shortcuts' help is open.
    pub help: bool,
    /// The last keyboard shortcut for a control that acts itself (Format, the share link, the theme, focus).
    pub request: Request,
}

/// A keyboard shortcut's request to the control that owns the action: the control acts as on a click
/// (`hooks::use_request`). `seq` counts requests, so pressing the same key twice makes two.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub seq: u32,
    pub command: Option<Command>,
}

/// The signature panel's inputs. The secret lives only here, in memory: never in the URL or storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignatureFields {
    pub request_id: String,
    pub signature: String,
    pub secret: String,
}

pub enum Action {
    Edit(String),
    Analyzed {
        text: Rc<str>,
        analysis: Rc<Analysis>,
    },
    Select(Option<String>),
    SetRequestId(String),
    SetSignature(String),
    SetSecret(String),
    /// The URL fragment changed (a link, the back button, or the page loading).
    Navigate(Route),
    /// A share link was opened: load its state once.
    OpenLink(SharedLink),
    Generator(GeneratorAction),
    /// The clock, in seconds since the Unix epoch.
    Tick(i64),
    /// Opens one delivery of the batch in the paste area, remembering the batch.
    OpenDelivery(String),
    /// Back to the batch the shown delivery came from.
    BackToBatch,
    /// Opens or closes the keyboard shortcuts' help.
    Help(bool),
    /// A keyboard shortcut for a control that acts itself (see `Request`).
    Request(Command),
}

impl AppState {
    pub fn with_text(text: &str) -> Self {
        let text: Rc<str> = Rc::from(text);
        let analysis = Rc::new(analyze(&text));
        let mut state = AppState {
            analysis: Rc::new(analyze("")),
            analyzed_text: text.clone(),
            text,
            selected_path: None,
            signature: SignatureFields::default(),
            route: Route::Explorer,
            share_error: None,
            generator: GeneratorSettings::default(),
            own_link: None,
            now: None,
            from_paste: (false, false),
            help: false,
            request: Request::default(),
            batch_return: None,
        };
        state.take_analysis(analysis);
        state
    }

    /// Adopts a new analysis. A pasted request fills the request id and signature from its headers,
    /// but only when those headers changed, so typing in the paste area never undoes the user's edits.
    ///
    /// The fields follow the paste: a value taken from a header is cleared when a new paste lacks that
    /// header (a body alone, a GymOS payload, Clear), so a stale id never verifies a new body. A value
    /// the user typed stays while the paste has no such header, and a pasted header replaces it.
    ///
    /// Which headers fill the fields is the detected vendor's scheme: a static-key vendor's key header
    /// fills the signature field (the received key); otherwise the signing scheme's two headers.
    fn take_analysis(&mut self, analysis: Rc<Analysis>) {
        let (id_header, credential_header) = scheme_headers(&analysis);
        for (header, field, from_paste) in [
            (
                id_header,
                &mut self.signature.request_id,
                &mut self.from_paste.0,
            ),
            (
                Some(credential_header),
                &mut self.signature.signature,
                &mut self.from_paste.1,
            ),
        ] {
            let value_in = |a: &Analysis| header.and_then(|h| header_value(a, h));
            let new = value_in(&analysis);
            match new {
                Some(value) if Some(&value) != value_in(&self.analysis).as_ref() => {
                    *field = value;
                    *from_paste = true;
                }
                Some(_) => {}
                None if *from_paste => {
                    field.clear();
                    *from_paste = false;
                }
                None => {}
            }
        }
        self.analysis = analysis;
    }

    /// Loads what a share link carries: its paste, its selection, its generator settings.
    fn open(&mut self, state: ShareState) {
        self.text = Rc::from(state.text);
        self.selected_path = state.selected;
        self.share_error = None;
        if let Some(g) = state.generator {
            self.generator.open(g);
        }
    }

    /// True while the shown analysis describes an older text.
    pub fn is_stale(&self) -> bool {
        !Rc::ptr_eq(&self.text, &self.analyzed_text) && *self.text != *self.analyzed_text
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::with_text("")
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                next.text = Rc::from(text);
                next.selected_path = None;
            }
            // A late result for a text that has since changed is dropped: the newer one is on its way.
            // Pointers first: comparing a 15 MB text with itself byte by byte takes milliseconds.
            Action::Analyzed { text, analysis }
                if Rc::ptr_eq(&text, &next.text) || *text == *next.text =>
            {
                next.analyzed_text = text;
                next.take_analysis(analysis);
            }
            Action::Analyzed { .. } => return self,
            Action::Select(path) => next.selected_path = path,
            Action::SetRequestId(v) => {
                next.signature.request_id = v;
                next.from_paste.0 = false;
            }
            Action::SetSignature(v) => {
                next.signature.signature = v;
                next.from_paste.1 = false;
            }
            Action::SetSecret(v) => next.signature.secret = v,
            Action::OpenLink(link) => {
                next.route = Route::Explorer;
                if next.own_link.as_deref() == Some(link.data.as_str()) {
                    return Rc::new(next);
                }
                let opened = if link.legacy {
                    share::decode_legacy(&link.data)
                } else {
                    share::decode(&link.data)
                };
                match opened {
                    Ok(state) => next.open(state),
                    Err(e) => next.share_error = Some(e),
                }
                next.own_link = Some(link.data);
            }
            Action::Navigate(Route::Shared(link)) => return self.reduce(Action::OpenLink(link)),
            Action::Navigate(route) => next.route = route,
            Action::Tick(now) => next.now = Some(now),
            Action::OpenDelivery(text) => {
                next.batch_return = Some(next.text.clone());
                next.text = Rc::from(text);
                next.selected_path = None;
            }
            Action::BackToBatch => {
                if let Some(batch) = next.batch_return.take() {
                    next.text = batch;
                    next.selected_path = None;
                }
            }
            Action::Help(open) => next.help = open,
            Action::Request(command) => {
                next.request = Request {
                    seq: next.request.seq.wrapping_add(1),
                    command: Some(command),
                }
            }
            Action::Generator(action) => {
                next.generator = Rc::unwrap_or_clone(Rc::new(next.generator).reduce(action));
            }
        }
        Rc::new(next)
    }
}

/// The request id header and the credential header the signature fields take their values from.
fn scheme_headers(analysis: &Analysis) -> (Option<&'static str>, &'static str) {
    match analysis.vendor().map(|v| declaration(v).auth) {
        Some(Auth::StaticKey(k)) => (None, k.header),
        _ => (Some(REQUEST_ID_HEADER), SIGNATURE_HEADER),
    }
}

fn header_value(analysis: &Analysis, name: &str) -> Option<String> {
    analysis.header(name).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_marks_stale_until_the_matching_analysis_arrives() {
        let state = Rc::new(AppState::default());
        let edited = state.reduce(Action::Edit("{\"event\":1}".into()));
        assert!(edited.is_stale());
        let late = edited.clone().reduce(Action::Analyzed {
            text: Rc::from("old"),
            analysis: Rc::new(analyze("old")),
        });
        assert!(
            Rc::ptr_eq(&late, &edited),
            "a result for an older text is ignored"
        );
        let text = edited.text.clone();
        let done = edited.reduce(Action::Analyzed {
            analysis: Rc::new(analyze(&text)),
            text,
        });
        assert!(!done.is_stale());
    }

    fn analyzed(state: Rc<AppState>, text: &str) -> Rc<AppState> {
        let edited = state.reduce(Action::Edit(text.to_owned()));
        let text = edited.text.clone();
        edited.reduce(Action::Analyzed {
            analysis: Rc::new(analyze(&text)),
            text,
        })
    }

    fn link(data: String, legacy: bool) -> Action {
        Action::Navigate(Route::Shared(SharedLink { data, legacy }))
    }

    #[test]
    fn a_shared_link_loads_its_state_and_a_damaged_one_says_why() {
        use crate::domain::generate::{catalogue, default_choice, Format};
        let choice = catalogue().into_iter().last().unwrap_or(default_choice());
        let shared = Rc::new(AppState::default())
            .reduce(Action::Edit("{\"event\": \"Test\"}".into()))
            .reduce(Action::Select(Some("data.userId".into())))
            .reduce(Action::Generator(GeneratorAction::Choose(choice)))
            .reduce(Action::Generator(GeneratorAction::SeedText("77".into())))
            .reduce(Action::Generator(GeneratorAction::SetFormat(Format::Curl)));
        let share_state = |s: &AppState| ShareState {
            text: s.text.to_string(),
            selected: s.selected_path.clone(),
            generator: Some(s.generator.link()),
        };
        let mut shared = share_state(&shared);
        let data = share::encode(&shared);
        let state = Rc::new(AppState::default()).reduce(link(data.clone(), false));
        assert_eq!(
            state.route,
            Route::Explorer,
            "the address shows the plain explorer"
        );
        assert_eq!(share_state(&state), shared);
        assert_eq!(state.generator.seed_text, "77");
        assert_eq!(state.share_error, None);

        let edited = state.reduce(Action::Edit("typed since".into()));
        let back = edited.reduce(link(data, false));
        assert_eq!(
            &*back.text, "typed since",
            "meeting the same link again keeps the edits"
        );

        let damaged = back.reduce(link("Zm9v!".into(), false));
        assert_eq!(
            &*damaged.text, "typed since",
            "a damaged link keeps what is there"
        );
        assert!(matches!(
            damaged.share_error,
            Some(ShareError::BadCharacter { .. })
        ));
        shared.text = "old".into();
        let old = Rc::new(AppState::default()).reduce(link("b2xk".into(), true));
        assert_eq!(&*old.text, shared.text, "version-1 links keep opening");
    }

    #[test]
    fn a_pasted_request_fills_the_signature_fields_once() {
        let request =
            "POST /h HTTP/1.1\nX-PerfectGym-Request: abc\nx-perfectgym-signature: 0f\n\n{}";
        let state = analyzed(Rc::new(AppState::default()), request);
        assert_eq!(
            (
                state.signature.request_id.as_str(),
                state.signature.signature.as_str()
            ),
            ("abc", "0f")
        );
        let state = state.reduce(Action::SetRequestId("typed".into()));
        let state = analyzed(state, &format!("{request} "));
        assert_eq!(
            state.signature.request_id, "typed",
            "same headers: the user's edit stays"
        );
        let state = analyzed(state, &request.replace("abc", "def"));
        assert_eq!(
            state.signature.request_id, "def",
            "new headers: filled again"
        );
    }

    /// A static-key vendor's request fills the received key from its key header, and clears the request
    /// id an earlier signed paste left.
    #[test]
    fn a_static_key_request_fills_the_received_key() {
        let signed =
            "POST /h HTTP/1.1\nX-PerfectGym-Request: abc\nX-PerfectGym-Signature: 0f\n\n{}";
        let state = analyzed(Rc::new(AppState::default()), signed);
        let keyed = "POST /h HTTP/1.1\nX-Api-Key: k-1\n\n{}";
        let state = analyzed(state, keyed);
        assert_eq!(
            (
                state.signature.request_id.as_str(),
                state.signature.signature.as_str()
            ),
            ("", "k-1")
        );
    }

    #[test]
    fn a_new_paste_without_the_headers_clears_what_the_old_one_filled() {
        let request =
            "POST /h HTTP/1.1\nX-PerfectGym-Request: abc\nX-PerfectGym-Signature: 0f\n\n{}";
        let state = analyzed(Rc::new(AppState::default()), request);
        let fields = |s: &AppState| {
            (
                s.signature.request_id.clone(),
                s.signature.signature.clone(),
            )
        };
        for next in [
            "{\"event\": \"Test\"}",
            "{\"eventType\": \"Session Booked\"}",
            "",
        ] {
            let cleared = analyzed(state.clone(), next);
            assert_eq!(fields(&cleared), (String::new(), String::new()), "{next:?}");
        }
        // Typed by hand: kept while the paste has no header, replaced by a pasted one.
        let typed = analyzed(state, "{}")
            .reduce(Action::SetRequestId("typed".into()))
            .reduce(Action::SetSignature("sig".into()));
        let kept = analyzed(typed, "{\"event\": \"Test\"}");
        assert_eq!(fields(&kept), ("typed".into(), "sig".into()));
        let replaced = analyzed(kept, request);
        assert_eq!(fields(&replaced), ("abc".into(), "0f".into()));
    }
}
