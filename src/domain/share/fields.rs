//! The state inside a version-2 link, as tagged fields: tag byte, LEB128 length, bytes. Readers skip tags
//! they do not know, so a later version can add fields that older pages ignore instead of rejecting.

// Lengths here come from share links anyone can craft. An overflow would panic (killing the whole wasm
// page) or give a silently wrong number, so each operation is checked or saturating, with the bound that
// makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

use super::{GeneratorLink, ShareError, ShareState};
use crate::domain::generate::{Choice, Format};

const TEXT: u8 = 1;
const SELECTED: u8 = 2;
const GENERATOR_CHOICE: u8 = 3;
const GENERATOR_SEED: u8 = 4;
const GENERATOR_EDGE: u8 = 5;
const GENERATOR_FORMAT: u8 = 6;

const LEB_PAYLOAD: u8 = 0x7f;
const LEB_MORE: u8 = 0x80;
const LEB_SHIFT: u32 = 7;
/// A length needs at most ten LEB128 bytes for 64 bits; more is damage, not a length.
const LEB_MAX_BYTES: usize = 10;

pub fn write(state: &ShareState) -> Vec<u8> {
    // A capacity hint (the text plus room for the small fields): saturating rather than ever panicking.
    let mut out = Vec::with_capacity(state.text.len().saturating_add(64));
    put(&mut out, TEXT, state.text.as_bytes());
    if let Some(path) = &state.selected {
        put(&mut out, SELECTED, path.as_bytes());
    }
    if let Some(g) = &state.generator {
        put(&mut out, GENERATOR_CHOICE, g.choice.key().as_bytes());
        put(&mut out, GENERATOR_SEED, &g.seed.to_le_bytes());
        put(&mut out, GENERATOR_EDGE, &[u8::from(g.edge_cases)]);
        put(&mut out, GENERATOR_FORMAT, g.format.key().as_bytes());
    }
    out
}

fn put(out: &mut Vec<u8>, tag: u8, bytes: &[u8]) {
    out.push(tag);
    let mut len = bytes.len() as u64;
    loop {
        let low = (len & u64::from(LEB_PAYLOAD)) as u8;
        len >>= LEB_SHIFT;
        if len == 0 {
            out.push(low);
            break;
        }
        out.push(low | LEB_MORE);
    }
    out.extend_from_slice(bytes);
}

/// Reads the fields back. A generator entry whose event this page does not know is dropped (the link
/// still opens); text that is not UTF-8 is an error.
pub fn read(mut bytes: &[u8]) -> Result<ShareState, ShareError> {
    let mut state = ShareState {
        text: String::new(),
        selected: None,
        generator: None,
    };
    let (mut choice, mut seed, mut edge, mut format) = (None, None, false, None);
    while let Some((&tag, rest)) = bytes.split_first() {
        let (len, rest) = length(rest)?;
        let len = usize::try_from(len).map_err(|_| ShareError::CutField)?;
        let (value, rest) = rest.split_at_checked(len).ok_or(ShareError::CutField)?;
        bytes = rest;
        let text = || std::str::from_utf8(value).map_err(|_| ShareError::NotText);
        match tag {
            TEXT => state.text = text()?.to_owned(),
            SELECTED => state.selected = Some(text()?.to_owned()),
            GENERATOR_CHOICE => choice = Choice::from_key(text()?),
            GENERATOR_SEED => seed = <[u8; 8]>::try_from(value).ok().map(u64::from_le_bytes),
            GENERATOR_EDGE => edge = value.first() == Some(&1),
            GENERATOR_FORMAT => format = Format::from_key(text()?),
            _ => {}
        }
    }
    if let (Some(choice), Some(seed), Some(format)) = (choice, seed, format) {
        state.generator = Some(GeneratorLink {
            choice,
            seed,
            edge_cases: edge,
            format,
        });
    }
    Ok(state)
}

fn length(bytes: &[u8]) -> Result<(u64, &[u8]), ShareError> {
    let mut value: u64 = 0;
    for (i, &b) in bytes.iter().enumerate().take(LEB_MAX_BYTES) {
        // `i` is below `LEB_MAX_BYTES` (10): neither the shift nor the next offset can overflow.
        let shift = LEB_SHIFT.saturating_mul(i as u32);
        value |= u64::from(b & LEB_PAYLOAD).checked_shl(shift).unwrap_or(0);
        if b & LEB_MORE == 0 {
            return Ok((value, bytes.get(i.saturating_add(1)..).unwrap_or_default()));
        }
    }
    Err(ShareError::CutField)
}
