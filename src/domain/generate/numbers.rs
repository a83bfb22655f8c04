//! Numbers in generated events: money with two decimals, measurements varied around the vendor's
//! example with its number of decimals, Perfect Gym int64 ids; edge cases add integers and nulls.

use super::build::{null, number, Builder, EdgeTurns};
use crate::domain::json::{Node, NodeKind};
use crate::domain::schema::{FieldDecl, Sample};

/// Normal ids of a club's database; edge-case ids sit just past JavaScript's exact integers (2^53).
const PGM_IDS: (i64, i64) = (100_000, 9_999_999);
const BEYOND_JS_SAFE_INTEGER: i64 = 9_007_199_254_740_993;
const EDGE_ID_SPREAD: i64 = 999_999;
/// Prices end the way price lists do.
const PENCE_ENDINGS: [i64; 5] = [0, 0, 50, 95, 99];
const PENCE_PER_POUND: i64 = 100;
/// Money with no useful example (a zero joining fee) varies around this many pence.
const MONEY_FLOOR_PENCE: i64 = 1_000;
/// Measured values vary this many percent either side of the example.
const VARIATION_PERCENT: i64 = 15;
const PERCENT: i64 = 100;
pub(super) const SMALL_COUNT: (i64, i64) = (1, 10);
const DECIMAL_BASE: i64 = 10;
/// How a decimal appears in edge-case mode: as an integer, as usual, or null.
const DECIMAL_TURNS: usize = 3;

impl Builder {
    /// Pounds and pence, two decimals; edge cases rotate through an integer and null.
    pub(super) fn money(&mut self, f: &FieldDecl) -> Node {
        let example = f.example.and_then(scaled).map_or(0, |(units, scale)| {
            units * PENCE_PER_POUND / DECIMAL_BASE.pow(scale)
        });
        let base = example.max(MONEY_FLOOR_PENCE);
        let pounds = self.rng.between(base / 2, base * 3 / 2) / PENCE_PER_POUND;
        let pence = self.rng.pick(&PENCE_ENDINGS).copied().unwrap_or(0);
        self.edge_decimal(f, pounds, format!("{pounds}.{pence:02}"))
    }

    /// A measurement varied around the example, with as many decimals as the example shows.
    pub(super) fn decimal(&mut self, f: &FieldDecl, example: Option<&Node>) -> Node {
        let (units, scale) = match example.map(|n| &n.kind) {
            Some(NodeKind::Number(digits)) => scaled(digits).unwrap_or((1, 0)),
            _ => (self.rng.between(SMALL_COUNT.0, SMALL_COUNT.1), 0),
        };
        let spread = units * VARIATION_PERCENT / PERCENT;
        let units = self.rng.between(units - spread, units + spread);
        let divisor = DECIMAL_BASE.pow(scale);
        let whole = units / divisor;
        let written = if scale == 0 {
            whole.to_string()
        } else {
            let width = usize::try_from(scale).unwrap_or(0);
            format!("{whole}.{:0width$}", units % divisor)
        };
        self.edge_decimal(f, whole, written)
    }

    fn edge_decimal(&mut self, f: &FieldDecl, whole: i64, written: String) -> Node {
        if !self.edge {
            return number(written);
        }
        let turns = if f.nullable {
            DECIMAL_TURNS
        } else {
            DECIMAL_TURNS - 1
        };
        match EdgeTurns::next(&mut self.turns.decimal, turns) {
            0 => number(whole.to_string()),
            1 => number(written),
            _ => null(),
        }
    }

    /// The kind of id a field holds, for fields declared as ids: its own name (`Sample::Id`), or what
    /// the event's entity is (`Sample::Entity`; its own name where the documents do not say).
    pub(super) fn id_kind(&self, f: &'static FieldDecl) -> Option<&'static str> {
        match f.sample {
            Sample::Id => Some(f.name),
            Sample::Entity => Some(self.plan.entity.unwrap_or(f.name)),
            _ => None,
        }
    }

    /// The id of this kind: drawn once per event (and once per scenario, which remembers it), so every
    /// field naming the same thing carries the same number.
    pub(super) fn id(&mut self, kind: &'static str) -> Node {
        if let Some((_, kept)) = self.ids.iter().find(|(k, _)| *k == kind) {
            return kept.clone();
        }
        let drawn = match self.memory.as_ref().and_then(|m| m.recall_id(kind)) {
            Some(kept) => kept,
            None => self.pgm_id(),
        };
        if let Some(memory) = self.memory.as_mut() {
            memory.keep_id(kind, &drawn);
        }
        self.ids.push((kind, drawn.clone()));
        drawn
    }

    pub(super) fn pgm_id(&mut self) -> Node {
        let id = if self.edge {
            BEYOND_JS_SAFE_INTEGER + self.rng.between(0, EDGE_ID_SPREAD)
        } else {
            self.rng.between(PGM_IDS.0, PGM_IDS.1)
        };
        number(id.to_string())
    }
}

/// `249.99` → (24999, 2); `20` → (20, 0). `None` for anything else (exponents, signs).
pub(super) fn scaled(digits: &str) -> Option<(i64, u32)> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all: String = [whole, fraction].concat();
    let units = all.parse::<i64>().ok()?;
    Some((units, u32::try_from(fraction.len()).ok()?))
}
