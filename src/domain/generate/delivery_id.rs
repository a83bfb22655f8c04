//! Per-delivery ids (Perfect Gym's `X-PerfectGym-Request`): derived from the seed, the event's key
//! (`perfectgym:ClassesBooked`, which names the vendor too) and, in a scenario, the delivery's position,
//! so two different deliveries never share an id while the same ones stay byte-identical. A receiver that
//! deduplicates by this id, as the vendor tells it to, must see a retry only where one is meant.

use super::rng::Rng;

/// Mixed into the seed so the id does not shift when a declaration gains a field.
const REQUEST_ID_STREAM: u64 = 0x5047_4d5f_5245_5155;
/// FNV-1a (64-bit): a fixed, well-known hash of the event key, the same on every platform.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// Spreads positions over the whole state (SplitMix64's increment) so position 1 and 2 differ in many bits.
const POSITION_STEP: u64 = 0x9e37_79b9_7f4a_7c15;

/// Where a delivery stands: alone (the generator's single event) or the n-th step of a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Single,
    Step(u64),
}

/// The request id of one delivery. PGM does not document its format; a GUID is what .NET senders use.
pub fn request_id(seed: u64, event_key: &str, position: Position) -> String {
    let position = match position {
        Position::Single => 0,
        Position::Step(n) => n.wrapping_add(1).wrapping_mul(POSITION_STEP),
    };
    let mut rng = Rng::new(seed ^ REQUEST_ID_STREAM ^ fnv1a(event_key) ^ position);
    guid(&mut rng)
}

pub(super) fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(FNV_OFFSET, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
    })
}

/// A version-4-shaped GUID from two draws.
fn guid(rng: &mut Rng) -> String {
    let (a, b) = (rng.next_u64(), rng.next_u64());
    let hex = format!("{a:016x}{b:016x}");
    let part = |range: std::ops::Range<usize>| hex.get(range).unwrap_or_default().to_owned();
    format!(
        "{}-{}-4{}-a{}-{}",
        part(0..8),
        part(8..12),
        part(13..16),
        part(17..20),
        part(20..32)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        // From the FNV reference test suite (draft-eastlake-fnv): "" and "a".
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn events_positions_and_seeds_each_give_their_own_id() {
        let mut seen = std::collections::HashSet::new();
        for seed in [0, 1, 2025, u64::MAX] {
            for key in ["perfectgym:ClassesBooked", "perfectgym:UserModified"] {
                let single = request_id(seed, key, Position::Single);
                assert_eq!(single, request_id(seed, key, Position::Single));
                assert!(seen.insert(single));
                for step in 0..20 {
                    assert!(seen.insert(request_id(seed, key, Position::Step(step))));
                }
            }
        }
    }
}
