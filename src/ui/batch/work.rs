//! Summarising a batch a slice at a time: rows are appended to one shared vector for as long as a slice
//! lasts (well under a frame), then the next slice is scheduled, so 10,000 deliveries never hold the
//! main thread. The audit (request ids seen, attempts) goes with the work, since rows come in order.

use crate::domain::batch::{Audit, Row};
use crate::domain::capture::Capture;
use crate::ui::Shared;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::UseStateHandle;

/// Work per slice before yielding to the browser: well under a frame.
const SLICE_MS: f64 = 8.0;

/// The summarising of one batch.
#[derive(Clone)]
pub struct Work {
    pub batch: Shared<Capture>,
    pub secret: String,
    pub store: Rc<RefCell<Vec<Row>>>,
    pub progress: UseStateHandle<usize>,
    /// The pending slice: dropping it stops a batch that was replaced.
    pub job: Rc<RefCell<Option<Timeout>>>,
    pub audit: Rc<RefCell<Audit>>,
}

impl Work {
    /// Summarises rows from `from` until the slice's time is used up, then schedules the next slice.
    pub fn slice(self, from: usize) {
        let started = js_sys::Date::now();
        let mut next = from;
        while next < self.batch.deliveries.len() {
            let row = self.audit.borrow_mut().row(&self.batch, next, &self.secret);
            if let Some(row) = row {
                self.store.borrow_mut().push(row);
            }
            next = next.saturating_add(1);
            if js_sys::Date::now() - started > SLICE_MS {
                break;
            }
        }
        self.progress.set(next);
        if next < self.batch.deliveries.len() {
            let job = self.job.clone();
            *job.borrow_mut() = Some(Timeout::new(0, move || self.slice(next)));
        }
    }
}
