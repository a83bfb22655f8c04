//! Showing a selection made in the paste area from elsewhere (a diagnostic's click): the field scrolls
//! itself to the selected line, and the page moves only as far as that line needs to be on screen, so the
//! list the user clicked in stays in view beside it. Focusing the field the ordinary way scrolled the page
//! to the field's top and left the selected line hidden inside a long paste.
//!
//! A textarea cannot say where a character is drawn, so the text before the selection is laid out in a
//! hidden copy of the field (same font, padding, width and wrapping) and the line's top read there.

use gloo::utils::{body, document, window};
use js_sys::{JsString, Reflect};
use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement, HtmlTextAreaElement};

/// The computed properties that decide where a line wraps and how tall it is.
const LAYOUT: [&str; 14] = [
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "line-height",
    "letter-spacing",
    "tab-size",
    "white-space",
    "overflow-wrap",
    "word-break",
    "padding-top",
    "padding-right",
    "padding-bottom",
    "padding-left",
];

/// Selects UTF-16 units `start..end` of `area`, scrolls the field to them and the page to the field's
/// selected line, and focuses the field without any other scroll.
pub fn select_in_view(area: &HtmlTextAreaElement, start: u32, end: u32) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = area.focus_with_options(&options);
    let _ = area.set_selection_range(start, end);
    let Some(line_top) = line_top(area, start) else {
        return;
    };
    let height = f64::from(area.client_height());
    // The line a third of the way down the field: what precedes it is visible too.
    let field_scroll = (line_top - height / 3.0).max(0.0);
    area.set_scroll_top(field_scroll as i32);
    let line_in_page =
        area.get_bounding_client_rect().top() + f64::from(area.client_top()) + line_top
            - f64::from(area.scroll_top());
    let viewport = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let margin = 48.0;
    let delta = if line_in_page < margin {
        line_in_page - margin
    } else if line_in_page > viewport - margin {
        line_in_page - viewport + margin
    } else {
        0.0
    };
    if delta != 0.0 {
        window().scroll_by_with_x_and_y(0.0, delta);
    }
}

/// Where the line holding UTF-16 unit `at` starts, in pixels from the top of the field's content.
fn line_top(area: &HtmlTextAreaElement, at: u32) -> Option<f64> {
    let style = window().get_computed_style(area).ok()??;
    let mirror = document()
        .create_element("div")
        .ok()?
        .dyn_into::<HtmlElement>()
        .ok()?;
    let mirror_style = mirror.style();
    for name in LAYOUT {
        let value = style.get_property_value(name).unwrap_or_default();
        let _ = mirror_style.set_property(name, &value);
    }
    // The field's inner width (without its border and scroll bar), the same wrapping width.
    let width = format!("{}px", area.client_width());
    for (name, value) in [
        ("position", "absolute"),
        ("visibility", "hidden"),
        ("top", "0"),
        ("left", "-10000px"),
        ("box-sizing", "border-box"),
        ("border", "0"),
        ("width", width.as_str()),
    ] {
        let _ = mirror_style.set_property(name, value);
    }
    // The field's text stays a JS string: a paste of megabytes is never copied through wasm memory.
    let value: JsString = Reflect::get(area, &"value".into()).ok()?.dyn_into().ok()?;
    Reflect::set(&mirror, &"textContent".into(), &value.slice(0, at)).ok()?;
    let marker = document()
        .create_element("span")
        .ok()?
        .dyn_into::<HtmlElement>()
        .ok()?;
    marker.set_text_content(Some("\u{200b}"));
    mirror.append_child(&marker).ok()?;
    body().append_child(&mirror).ok()?;
    let top = f64::from(marker.offset_top());
    mirror.remove();
    Some(top)
}
