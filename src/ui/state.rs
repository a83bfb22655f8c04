//! Page state and its reducer. Pure: analysis runs in an effect (debounced), persistence never happens here.

use crate::domain::analysis::{analyze, Analysis};
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
}

pub enum Action {
    Edit(String),
    Analyzed {
        text: Rc<str>,
        analysis: Rc<Analysis>,
    },
    Select(Option<String>),
}

impl AppState {
    pub fn with_text(text: &str) -> Self {
        let text: Rc<str> = Rc::from(text);
        AppState {
            analysis: Rc::new(analyze(&text)),
            analyzed_text: text.clone(),
            text,
            selected_path: None,
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
            Action::Analyzed { text, analysis } if *text == *next.text => {
                next.analyzed_text = text;
                next.analysis = analysis;
            }
            Action::Analyzed { .. } => return self,
            Action::Select(path) => next.selected_path = path,
        }
        Rc::new(next)
    }
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
}
