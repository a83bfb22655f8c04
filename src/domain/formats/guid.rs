//! GUIDs as Perfect Gym and GymOS send them: the canonical 36-character hyphenated form, either case.
//! Other .NET spellings (braces, no hyphens, `urn:uuid:`) get an error that says how to fix them.

use std::fmt;
use std::str::FromStr;

/// Characters in the canonical form: 32 hex digits and 4 hyphens.
const CANONICAL_LEN: usize = 36;
/// Hex digits alone, the .NET "N" format.
const HEX_DIGITS_LEN: usize = 32;
/// Where the hyphens sit in 8-4-4-4-12.
const HYPHEN_POSITIONS: [usize; 4] = [8, 13, 18, 23];
/// The same hyphens counted in bytes: one before bytes 4, 6, 8 and 10.
const HYPHEN_BEFORE_BYTES: [usize; 4] = [4, 6, 8, 10];
const URN_PREFIX: &str = "urn:uuid:";
const BITS_PER_HEX_DIGIT: u32 = 4;
const HEX_DIGITS_PER_BYTE: usize = 2;
const HEX_RADIX: u32 = 16;

/// A GUID. The bytes are in the order the text shows them (RFC 4122 order), not .NET's
/// mixed-endian `ToByteArray` order: the app only ever compares and displays them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Guid(pub [u8; 16]);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GuidError {
    #[error("expected a GUID of 36 characters (8-4-4-4-12 hex digits with hyphens), found {found} characters")]
    WrongLength { found: usize },
    #[error("found {found:?} at position {position}; a GUID holds only hex digits 0-9 and a-f (either case) between its hyphens")]
    NonHex { found: char, position: usize },
    #[error("expected '-' at position {position}, found {found:?}; hyphens go at positions 8, 13, 18 and 23 (8-4-4-4-12)")]
    MissingHyphen { found: char, position: usize },
    #[error("unexpected '-' at position {position}; hyphens go only at positions 8, 13, 18 and 23 (8-4-4-4-12)")]
    MisplacedHyphen { position: usize },
    #[error(
        "the GUID is wrapped in braces or parentheses; drop them and send the bare 8-4-4-4-12 form"
    )]
    Braced,
    #[error("the GUID has a \"urn:uuid:\" prefix; drop it and send the bare 8-4-4-4-12 form")]
    UrnPrefix,
    #[error(
        "the GUID has 32 hex digits but no hyphens; expected the 8-4-4-4-12 form with hyphens"
    )]
    NoHyphens,
}

impl Guid {
    pub fn from_bytes(b: [u8; 16]) -> Guid {
        Guid(b)
    }

    /// Parses the canonical hyphenated form; upper and lower case are both accepted.
    pub fn parse(s: &str) -> Result<Guid, GuidError> {
        if let Some(error) = recognise_other_spelling(s) {
            return Err(error);
        }
        let found = s.chars().count();
        if found != CANONICAL_LEN {
            return Err(GuidError::WrongLength { found });
        }
        let mut bytes = [0u8; 16];
        let mut nibbles = 0usize;
        // `slot` counts characters (what 8-4-4-4-12 refers to); `position` is the byte offset we report.
        for (slot, (position, ch)) in s.char_indices().enumerate() {
            let hyphen_slot = HYPHEN_POSITIONS.contains(&slot);
            match (hyphen_slot, ch) {
                (true, '-') => {}
                (true, found) => return Err(GuidError::MissingHyphen { found, position }),
                (false, '-') => return Err(GuidError::MisplacedHyphen { position }),
                (false, found) => {
                    let value = found
                        .to_digit(HEX_RADIX)
                        .ok_or(GuidError::NonHex { found, position })?;
                    let shift = if nibbles.is_multiple_of(HEX_DIGITS_PER_BYTE) {
                        BITS_PER_HEX_DIGIT
                    } else {
                        0
                    };
                    if let Some(byte) = bytes.get_mut(nibbles / HEX_DIGITS_PER_BYTE) {
                        // `value` < 16, so the shifted nibble always fits in a byte.
                        *byte |= (value << shift) as u8;
                    }
                    // At most one per char of a 36-char GUID.
                    nibbles = nibbles.saturating_add(1);
                }
            }
        }
        Ok(Guid(bytes))
    }
}

/// Spots the other .NET `Guid.ToString` formats so the message can name the fix.
fn recognise_other_spelling(s: &str) -> Option<GuidError> {
    let wrapped = |open: char, close: char| s.starts_with(open) && s.ends_with(close);
    if s.len() > 1 && (wrapped('{', '}') || wrapped('(', ')')) {
        return Some(GuidError::Braced);
    }
    let has_urn = s
        .get(..URN_PREFIX.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(URN_PREFIX));
    if has_urn {
        return Some(GuidError::UrnPrefix);
    }
    if s.len() == HEX_DIGITS_LEN && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Some(GuidError::NoHyphens);
    }
    None
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, byte) in self.0.iter().enumerate() {
            if HYPHEN_BEFORE_BYTES.contains(&index) {
                f.write_str("-")?;
            }
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl FromStr for Guid {
    type Err = GuidError;

    fn from_str(s: &str) -> Result<Guid, GuidError> {
        Guid::parse(s)
    }
}
