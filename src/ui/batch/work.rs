//! Summarising a batch a slice at a time: rows are appended to one shared vector for as long as a slice
//! lasts (well under a frame), then the next slice is scheduled, so 10,000 deliveries never hold the
//! main thread. The audit (request ids seen, attempts) goes with the work, since rows come in order.

use crate::domain::batch::{Audit, Row};
use crate::domain::capture::Capture;
use crate::ui::common::next_task::{next_task, NextTask};
use crate::ui::Shared;
use std::cell::RefCell;
use std::rc::Rc;
use yew::UseStateHandle;

/// Work per slice before yielding to the browser: well under a frame.
const SLICE_MS: f64 = 8.0;
/// While the first page of rows fills, a slice adds at most this many: each slice's rows are drawn
/// before the next, and a frame laying out the first 200 table rows at once took 40 ms of style and
/// layout (a 66 ms task in a 10,000-delivery paste).
const FIRST_ROWS_PER_SLICE: usize = 50;
/// The rows the view draws at first (its first page).
pub const FIRST_PAGE_ROWS: usize = 200;

/// The summarising of one batch.
#[derive(Clone)]
pub struct Work {
    pub batch: Shared<Capture>,
    pub secret: String,
    pub store: Rc<RefCell<Vec<Row>>>,
    pub progress: UseStateHandle<usize>,
    /// The pending slice: dropping it stops a batch that was replaced.
    pub job: Rc<RefCell<Option<NextTask>>>,
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
            let page_filling =
                next < FIRST_PAGE_ROWS && next.saturating_sub(from) >= FIRST_ROWS_PER_SLICE;
            if page_filling || js_sys::Date::now() - started > SLICE_MS {
                break;
            }
        }
        self.progress.set(next);
        if next < self.batch.deliveries.len() {
            let job = self.job.clone();
            *job.borrow_mut() = Some(next_task(move || self.slice(next)));
        }
    }
}
