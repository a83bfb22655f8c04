//! A long string: its first characters, its size and "Show all". Laying a whole long value out at once
//! froze the tab: 600 KB of accents and emoji for seconds, 1 MB of one letter (the base64 of a zero-padded
//! file, with no place to break a line) for 13–80 s. So "Show all" lays the value out in blocks, one
//! block per task, each block a run of short pieces with a line-break opportunity (`<wbr>`) between
//! them: no task lays out more than a block, and no line is longer than a piece to break. A block is a
//! box of its own (so a new one never re-lays those before it): its last line may end short, every
//! 8 KB; the characters are all there, in order.

use crate::domain::size::byte_size;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// Strings longer than this (in bytes) are shown truncated until the user asks for all of them.
pub const LONG_TEXT_BYTES: usize = 2048;
/// How many characters of a long string are shown.
const PREVIEW_CHARS: usize = 300;
/// Characters between two line-break opportunities.
const PIECE_CHARS: usize = 512;
/// Pieces laid out per task (8 KB of ASCII: about 25 ms of layout on a loaded machine, where 16 KB
/// took 50 ms and, once in ten, over 200).
const BLOCK_PIECES: usize = 16;

#[derive(Properties, PartialEq)]
pub struct LongTextProps {
    pub text: AttrValue,
}

/// Where `text` is cut into pieces of `PIECE_CHARS` characters: the byte offset each piece starts at.
fn piece_starts(text: &str) -> Vec<usize> {
    text.char_indices()
        .step_by(PIECE_CHARS)
        .map(|(i, _)| i)
        .collect()
}

/// The pieces of block `block`: its byte ranges in `text`.
fn block_pieces(starts: &[usize], len: usize, block: usize) -> Vec<(usize, usize)> {
    let first = block.saturating_mul(BLOCK_PIECES);
    starts
        .iter()
        .enumerate()
        .skip(first)
        .take(BLOCK_PIECES)
        .map(|(i, start)| {
            let end = starts.get(i.saturating_add(1)).copied().unwrap_or(len);
            (*start, end)
        })
        .collect()
}

#[component]
pub fn LongText(props: &LongTextProps) -> Html {
    // How many blocks are laid out; `None` until "Show all".
    let shown = use_state(|| None::<usize>);
    let text = &props.text;
    let starts = use_memo(text.clone(), |text| Rc::new(piece_starts(text)));
    let blocks = starts.len().div_ceil(BLOCK_PIECES);
    {
        // One more block per task until all are laid out.
        let shown = shown.clone();
        use_effect_with((*shown, blocks), move |(now, blocks)| {
            let timer = now
                .filter(|n| n < blocks)
                .map(|n| Timeout::new(0, move || shown.set(Some(n.saturating_add(1)))));
            move || drop(timer)
        });
    }
    if let Some(count) = *shown {
        let complete = count >= blocks;
        return html! {
            <div class="v-text v-long-all" tabindex="0" role="region" aria-label="Whole value" aria-busy={(!complete).to_string()}
                data-testid="long-value-all" data-complete={complete.to_string()}>
                { for (0..count.min(blocks)).map(|b| block(text, &starts, b)) }
            </div>
        };
    }
    let cut = text
        .char_indices()
        .nth(PREVIEW_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let onclick = {
        let shown = shown.clone();
        Callback::from(move |e: MouseEvent| {
            // The row's own click selects the field; this button should only expand.
            e.stop_propagation();
            shown.set(Some(1));
        })
    };
    html! {
        <span class="v-text v-long" data-testid="long-value">
            <span class="v-long-start">{ text.get(..cut).unwrap_or_default() }</span>{"… "}
            <button type="button" class="v-show-all" data-testid="show-all-value" {onclick}>
                { format!("Show all {}", byte_size(text.len())) }
            </button>
        </span>
    }
}

/// Block `b`: its pieces, a line-break opportunity after each.
fn block(text: &str, starts: &[usize], b: usize) -> Html {
    let pieces = block_pieces(starts, text.len(), b);
    html! {
        <span class="v-block" key={b}>
            { for pieces.into_iter().map(|(start, end)| html! {
                <>{ text.get(start..end).unwrap_or_default().to_owned() }<wbr /></>
            }) }
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cover_the_text_at_character_boundaries() {
        let text = "é".repeat(PIECE_CHARS * BLOCK_PIECES + 3);
        let starts = piece_starts(&text);
        assert_eq!(starts.len(), BLOCK_PIECES + 1);
        let first = block_pieces(&starts, text.len(), 0);
        let last = block_pieces(&starts, text.len(), 1);
        assert_eq!(first.len(), BLOCK_PIECES);
        assert_eq!(first.first(), Some(&(0, PIECE_CHARS * 2)));
        assert_eq!(last, [(text.len() - 6, text.len())]);
        let joined: String = first
            .iter()
            .chain(&last)
            .map(|(s, e)| text.get(*s..*e).expect("a boundary"))
            .collect();
        assert_eq!(joined, text);
        assert!(block_pieces(&starts, text.len(), 2).is_empty());
    }
}
