//! A chunked body's framing (the chunk-size lines and the line breaks around each chunk) is no part of
//! any value, and a value may be split across two chunks. Redaction works on the paste with the framing
//! taken out (`View`), then puts the framing back where it was: every replacement keeps its length, so
//! every chunk keeps its size.

use crate::domain::capture::{chunked, OffsetMap};
use crate::domain::http::{split_paste, Paste};
use crate::domain::json::Span;

const TRANSFER_ENCODING: &str = "Transfer-Encoding";
const CHUNKED: &str = "chunked";

/// The framing spans in the paste of a delivery (`len` bytes, placed by `map`) when it is a request
/// whose body is chunked; none otherwise.
pub fn framing(paste: &str, map: &OffsetMap, len: usize) -> Vec<Span> {
    let (start, end) = (map.to_paste(0), map.to_paste(len));
    let Some(request) = paste.get(start..end) else {
        return Vec::new();
    };
    let Paste::Request(r) = split_paste(request) else {
        return Vec::new();
    };
    let is_chunked = r
        .header(TRANSFER_ENCODING)
        .is_some_and(|h| h.value.to_ascii_lowercase().contains(CHUNKED));
    let body = start.saturating_add(r.body_offset);
    let Some(chunks) = is_chunked
        .then(|| chunked::read(paste, body, end))
        .flatten()
    else {
        return Vec::new();
    };
    let mut frames = Vec::new();
    let mut at = chunks.first_size.start;
    for data in &chunks.data {
        frames.push(Span::new(at, data.start));
        at = data.end;
    }
    // The last chunk's line, the blank line after it, and anything else up to the delivery's end.
    frames.push(Span::new(at, chunks.end.max(end)));
    frames.retain(|f| f.end > f.start);
    frames
}

/// The paste with some spans taken out, and the way back.
pub struct View {
    pub text: String,
    /// (view offset where a frame was, the frame's text), in order.
    frames: Vec<(usize, String)>,
}

impl View {
    pub fn new(paste: &str, frames: &[Span]) -> View {
        let mut text = String::with_capacity(paste.len());
        let mut kept = Vec::new();
        let mut at = 0usize;
        for f in frames {
            let (Some(before), Some(frame)) = (paste.get(at..f.start), paste.get(f.start..f.end))
            else {
                continue;
            };
            text.push_str(before);
            kept.push((text.len(), frame.to_owned()));
            at = f.end;
        }
        text.push_str(paste.get(at..).unwrap_or_default());
        View { text, frames: kept }
    }

    /// A span of the paste in the view's offsets (`None` when it overlaps a frame).
    pub fn span(&self, paste_span: Span) -> Option<Span> {
        let mut removed = 0usize;
        for (at, frame) in &self.frames {
            let paste_at = at.saturating_add(removed);
            if paste_span.end <= paste_at {
                break;
            }
            if paste_span.start < paste_at.saturating_add(frame.len()) {
                return None;
            }
            removed = removed.saturating_add(frame.len());
        }
        Some(Span::new(
            paste_span.start.saturating_sub(removed),
            paste_span.end.saturating_sub(removed),
        ))
    }

    /// `edited` (the view after same-length replacements) with the frames put back.
    pub fn restore(&self, edited: &str) -> String {
        let mut out = String::with_capacity(edited.len());
        let mut at = 0usize;
        for (frame_at, frame) in &self.frames {
            out.push_str(edited.get(at..*frame_at).unwrap_or_default());
            out.push_str(frame);
            at = *frame_at;
        }
        out.push_str(edited.get(at..).unwrap_or_default());
        out
    }
}
