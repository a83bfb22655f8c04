//! A control following the keyboard's requests (`state::Request`): each new request runs the control's own
//! action once, the same code a click runs.

use crate::ui::shell::shortcuts::Command;
use crate::ui::state::Request;
use yew::prelude::*;

/// Runs `act` with the command of each request made after this control was drawn. A request made while
/// the control was not on the page (another view) is not for it, so the first render only notes it.
#[hook]
pub fn use_request<F>(request: Request, act: F)
where
    F: Fn(Command) + 'static,
{
    let seen = use_mut_ref(|| request.seq);
    use_effect_with(request, move |request| {
        let last = std::mem::replace(&mut *seen.borrow_mut(), request.seq);
        if let (true, Some(command)) = (last != request.seq, request.command) {
            act(command);
        }
    });
}
