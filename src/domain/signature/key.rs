//! The static-key scheme (`schema::Auth::StaticKey`): the vendor signs nothing and sends the same key in
//! one header on every delivery, so comparing the received value with the key the receiver was given is
//! the whole check. The comparison inspects every byte; on a mismatch the usual slips are named.

use super::visible::is_strippable;

/// What was received and what the receiver expects.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyInputs<'a> {
    /// The header's value as received.
    pub received: &'a str,
    /// The key the vendor gave the receiver.
    pub expected: &'a str,
}

/// Why two keys differ, when a usual slip explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeySlip {
    /// Equal once surrounding whitespace or invisible characters are removed.
    Whitespace,
    /// Equal but for letter case (the documents' keys are UUID-shaped; none says how they compare).
    LetterCase,
    /// Equal once surrounding quotes are removed.
    Quoted,
}

impl KeySlip {
    /// Stable identifier (`data-diagnosis`).
    pub fn key(self) -> &'static str {
        match self {
            KeySlip::Whitespace => "whitespace",
            KeySlip::LetterCase => "letter-case",
            KeySlip::Quoted => "quoted",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            KeySlip::Whitespace => "The two are equal once surrounding whitespace or invisible characters \
                                    are removed: one was copied with a space or a line break.",
            KeySlip::LetterCase => "The two differ only in letter case. The documents do not say whether \
                                    keys compare without regard to case; compare them exactly unless you know.",
            KeySlip::Quoted => "The two are equal once the quotes around one are removed: quotes were \
                                copied with the value.",
        }
    }
}

/// The verdict on a received key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyVerdict {
    Match,
    Mismatch {
        slip: Option<KeySlip>,
    },
    /// The received value, the expected key, or both are missing (in that order).
    Incomplete {
        received: bool,
        expected: bool,
    },
}

impl KeyVerdict {
    /// Stable identifier, used as `data-verdict` (the signature checker's words).
    pub fn key(&self) -> &'static str {
        match self {
            KeyVerdict::Match => "valid",
            KeyVerdict::Mismatch { .. } => "invalid",
            KeyVerdict::Incomplete { .. } => "incomplete",
        }
    }
}

/// Compares the received key with the expected one; never panics, whatever the inputs.
pub fn check_key(inputs: &KeyInputs<'_>) -> KeyVerdict {
    let blank = |v: &str| v.trim_matches(is_strippable).is_empty();
    let (received, expected) = (!blank(inputs.received), !blank(inputs.expected));
    if !(received && expected) {
        return KeyVerdict::Incomplete { received, expected };
    }
    if constant_time_eq(inputs.received.as_bytes(), inputs.expected.as_bytes()) {
        return KeyVerdict::Match;
    }
    KeyVerdict::Mismatch {
        slip: slip(inputs.received, inputs.expected),
    }
}

/// Equal lengths and every byte inspected whatever the first difference: the time taken says nothing
/// about where two keys differ (only whether their lengths do).
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(difference) == 0
}

fn slip(received: &str, expected: &str) -> Option<KeySlip> {
    let trim = |v: &str| v.trim_matches(is_strippable).to_owned();
    let unquote = |v: &str| {
        let t = v.trim_matches(is_strippable);
        t.strip_prefix('"')
            .and_then(|t| t.strip_suffix('"'))
            .or_else(|| t.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
            .unwrap_or(t)
            .to_owned()
    };
    if trim(received) == trim(expected) {
        Some(KeySlip::Whitespace)
    } else if unquote(received) == unquote(expected) {
        Some(KeySlip::Quoted)
    } else if trim(received).eq_ignore_ascii_case(&trim(expected)) {
        Some(KeySlip::LetterCase)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(received: &str, expected: &str) -> KeyVerdict {
        check_key(&KeyInputs { received, expected })
    }

    #[test]
    fn equal_keys_match_and_anything_else_does_not() {
        let key = "45d71d45-79e0-4b13-af86-c914f59750fa";
        assert_eq!(verdict(key, key), KeyVerdict::Match);
        assert_eq!(
            verdict(key, "45d71d45-79e0-4b13-af86-c914f59750fb"),
            KeyVerdict::Mismatch { slip: None }
        );
        assert_eq!(
            verdict(&format!(" {key}\n"), key),
            KeyVerdict::Mismatch {
                slip: Some(KeySlip::Whitespace)
            }
        );
        assert_eq!(
            verdict(&format!("\"{key}\""), key),
            KeyVerdict::Mismatch {
                slip: Some(KeySlip::Quoted)
            }
        );
        assert_eq!(
            verdict(&key.to_uppercase(), key),
            KeyVerdict::Mismatch {
                slip: Some(KeySlip::LetterCase)
            }
        );
        assert_eq!(
            verdict("", key),
            KeyVerdict::Incomplete {
                received: false,
                expected: true
            }
        );
        assert_eq!(
            verdict(key, " \u{200b}"),
            KeyVerdict::Incomplete {
                received: true,
                expected: false
            }
        );
        assert_eq!(
            verdict("é", "e\u{301}"),
            KeyVerdict::Mismatch { slip: None }
        );
    }

    #[test]
    fn the_comparison_is_plain_equality_of_bytes() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(constant_time_eq(b"", b""));
    }
}
