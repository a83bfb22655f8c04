//! Format, Clear and their Undo. The field is not a controlled textarea (see `paste_editor`), so the
//! browser's own undo history does not survive them: the text before the last Format or Clear is kept
//! here, and Undo (the button, or Ctrl+Z while the text is still what Format or Clear left) sends it back
//! through `on_edit`, the same path as typing.

use crate::domain::reformat::{reformat, Refusal};
use crate::ui::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// The edits Undo can take back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undoable {
    Format,
    Clear,
}

impl Undoable {
    pub fn label(self) -> &'static str {
        match self {
            Undoable::Format => "Format",
            Undoable::Clear => "Clear",
        }
    }
}

/// What Undo restores, and the text the undoable edit left: Undo only applies while that text is unchanged.
#[derive(Clone, PartialEq)]
struct UndoSlot {
    before: Shared<str>,
    after: String,
    edit: Undoable,
}

/// The paste area's edits, for its buttons and keys.
#[derive(Clone)]
pub struct PasteEdits {
    /// Re-parses the whole paste, so it runs on request, never on render.
    pub format: Rc<dyn Fn()>,
    pub clear: Rc<dyn Fn()>,
    pub undo: Rc<dyn Fn()>,
    /// The edit Undo would take back now, if any.
    pub undoable: Option<Undoable>,
    /// Why the last Format left the text as it was; cleared by the next text.
    pub refusal: Option<Refusal>,
}

#[hook]
pub fn use_paste_edits(text: Shared<str>, on_edit: Callback<String>) -> PasteEdits {
    let refusal = use_state(|| None::<Refusal>);
    {
        let refusal = refusal.clone();
        use_effect_with(text.clone(), move |_| refusal.set(None));
    }
    let slot = use_state(|| None::<UndoSlot>);
    // Typing past what Format or Clear left makes its undo meaningless.
    let live = slot.as_ref().filter(|s| *s.after == *text).cloned();
    let edit = {
        let (on_edit, text, slot) = (on_edit.clone(), text.clone(), slot.clone());
        move |after: String, edit: Undoable| {
            slot.set(Some(UndoSlot {
                before: text.clone(),
                after: after.clone(),
                edit,
            }));
            on_edit.emit(after);
        }
    };
    let format = {
        let (edit, text, refusal) = (edit.clone(), text.clone(), refusal.clone());
        move || match reformat(&text) {
            Ok(formatted) => {
                refusal.set(None);
                edit(formatted, Undoable::Format);
            }
            Err(why) => refusal.set(Some(why)),
        }
    };
    let undoable = live.as_ref().map(|s| s.edit);
    let undo = move || {
        if let Some(live) = &live {
            on_edit.emit(live.before.to_string());
            slot.set(None);
        }
    };
    PasteEdits {
        format: Rc::new(format),
        clear: Rc::new(move || edit(String::new(), Undoable::Clear)),
        undo: Rc::new(undo),
        undoable,
        refusal: (*refusal).clone(),
    }
}
