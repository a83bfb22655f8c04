//! The page's clock for "3 minutes ago": one tick at start and every half minute, as an action. Natively
//! (server-side rendering in tests) effects do not run and relative times stay hidden.

use crate::ui::state::{Action, AppState};
use gloo::timers::callback::Interval;
use yew::prelude::*;

const TICK_MS: u32 = 30_000;
const MS_PER_SECOND: f64 = 1000.0;

#[hook]
pub fn use_clock(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let tick =
            move || dispatch.dispatch(Action::Tick((js_sys::Date::now() / MS_PER_SECOND) as i64));
        tick();
        let interval = Interval::new(TICK_MS, tick);
        move || drop(interval)
    });
}
