//! The order deliveries arrive in: each delivery followed by its retries (the same request id and the
//! same bytes, as the vendor repeats a delivery it thinks failed), then, on request, shuffled.

use super::super::Rng;
use super::{ScenarioDelivery, ScenarioOptions};

/// More retries than this is no test of idempotency, only of patience.
pub const MAX_RETRIES: u8 = 5;
/// Perfect Gym does not document when it retries; a minute between attempts keeps times in order.
const RETRY_AFTER_SECONDS: i64 = 60;
const SHUFFLE_STREAM: u64 = 0x5348_5546_464c_4521;

pub(super) fn arrange(
    firsts: Vec<ScenarioDelivery>,
    options: &ScenarioOptions,
) -> Vec<ScenarioDelivery> {
    let retries = usize::from(options.retries.min(MAX_RETRIES));
    let mut out = Vec::with_capacity(firsts.len().saturating_mul(retries.saturating_add(1)));
    for first in firsts {
        let repeats: Vec<ScenarioDelivery> = (1..=retries)
            .map(|n| ScenarioDelivery {
                attempt: n.saturating_add(1),
                sent_at: first
                    .sent_at
                    .saturating_add(RETRY_AFTER_SECONDS.saturating_mul(n as i64)),
                ..first.clone()
            })
            .collect();
        out.push(first);
        out.extend(repeats);
    }
    if options.shuffle {
        shuffle(&mut out, options.seed);
    }
    out
}

/// Fisher–Yates with the seed's own stream; an order that came out unchanged is rotated by one, so a
/// shuffled scenario of two or more deliveries is never in lifecycle order.
fn shuffle(items: &mut [ScenarioDelivery], seed: u64) {
    let mut rng = Rng::new(seed ^ SHUFFLE_STREAM);
    for i in (1..items.len()).rev() {
        let j = usize::try_from(rng.below(i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
    let in_order = items
        .windows(2)
        .all(|w| matches!(w, [a, b] if (a.step, a.attempt) <= (b.step, b.attempt)));
    if in_order {
        items.rotate_left(1);
    }
}
