//! The whitespace markers (`␠`, `␊`, `␍`, `␉`) that show stray characters in ids, secrets and signatures,
//! drawn so every font shows them: few fonts have the Control Pictures block (Debian's defaults do not, and
//! draw empty boxes), so each marker keeps its character for copying and assistive technology but is
//! painted by the stylesheet as a small boxed abbreviation (SP, LF, CR, TAB) in the page's own font.

use yew::prelude::*;

/// Each marker and the abbreviation painted for it.
const MARKS: [(char, &str, &str); 4] = [
    ('␠', "SP", "space"),
    ('␊', "LF", "line feed"),
    ('␍', "CR", "carriage return"),
    ('␉', "TAB", "tab"),
];

/// `text` with every marker character wrapped so the stylesheet can draw it (`.ws-mark`).
pub fn marked(text: &str) -> Html {
    if !text.contains(|c| MARKS.iter().any(|(m, _, _)| *m == c)) {
        return html! { {text.to_owned()} };
    }
    let mut parts = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        match MARKS.iter().find(|(m, _, _)| *m == c) {
            Some((mark, short, name)) => {
                if !run.is_empty() {
                    parts.push(html! { {std::mem::take(&mut run)} });
                }
                parts.push(html! {
                    <span class="ws-mark" data-mark={*short} title={*name} data-testid="ws-mark">{mark.to_string()}</span>
                });
            }
            None => run.push(c),
        }
    }
    if !run.is_empty() {
        parts.push(html! { {run} });
    }
    html! { <>{ for parts }</> }
}
