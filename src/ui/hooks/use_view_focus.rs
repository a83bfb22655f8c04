//! Switching views moves the focus to the new view's heading, so keyboard and screen reader users land in
//! it rather than on the nav link. Not on the first render: a page load keeps the browser's focus. A link
//! to a reference entry or an export definition has already scrolled to it: the focus must not scroll
//! back up.

use crate::ui::common::browser_io::focus_id;
use crate::ui::route::Route;
use yew::prelude::*;

#[hook]
pub fn use_view_focus(route: &Route) {
    let mounted = use_mut_ref(|| false);
    let anchored = route.is_anchored();
    use_effect_with(route.view(), move |view| {
        if std::mem::replace(&mut *mounted.borrow_mut(), true) {
            focus_id(view.heading_id(), !anchored);
        }
    });
}
