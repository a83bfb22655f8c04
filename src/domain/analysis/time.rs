//! When a delivery says its event happened (or was sent): the field the declaration marks with that
//! moment, in the envelope or in the object naming the event (a PerfectGym Next payload element, whose
//! epoch milliseconds read as an instant). The batch view, the explorer and the scenario tests read it.

use super::Analysis;
use crate::domain::formats::DateTime;
use crate::domain::schema::{declaration, Moment, Sample};
use crate::domain::typed::TypedValue;

impl Analysis {
    /// The instant the declared field for `moment` holds, as sent; `None` when the delivery has none.
    pub fn time(&self, moment: Moment) -> Option<DateTime> {
        let root = self.root.as_ref()?;
        let holder = root.holder(declaration(self.vendor()?).event_in);
        [Some(root), holder]
            .into_iter()
            .flatten()
            .find_map(|object| {
                object.fields.iter().find_map(|f| {
                    let marked = f.decl.is_some_and(|d| d.sample == Sample::Time(moment));
                    match &f.value {
                        TypedValue::DateTime(dt) if marked => Some(*dt),
                        TypedValue::Epoch(ms) if marked => DateTime::from_unix_millis(*ms),
                        _ => None,
                    }
                })
            })
    }
}
