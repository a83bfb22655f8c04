//! One scalar value per field, chosen by the field's `Sample` hint (or its type and example for
//! `Auto`); in edge-case mode each kind of value rotates through the quirks field-notes.md records.

use super::build::{node, null, number, text, Builder, EdgeTurns};
use super::cast::phone;
use super::pools::{EDGE_STAFF, EDGE_TEXT, SESSION_TYPES, STAFF, VENUE_AREAS};
use super::timeline::{format, fraction, ObjectClock, Style};
use crate::domain::formats::Guid;
use crate::domain::json::{parse, Node, NodeKind};
use crate::domain::schema::{FieldDecl, FieldType, Moment, Provenance, Sample};

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
const SMALL_COUNT: (i64, i64) = (1, 10);
const DECIMAL_BASE: i64 = 10;
/// RFC 4122 version 4 (random) and variant bits.
const GUID_VERSION_BYTE: usize = 6;
const GUID_VARIANT_BYTE: usize = 8;
const GUID_VERSION_4: u8 = 0x40;
const GUID_VARIANT_RFC4122: u8 = 0x80;
const LOW_NIBBLE: u8 = 0x0f;
const LOW_SIX_BITS: u8 = 0x3f;

/// How a decimal appears in edge-case mode: as an integer, as usual, or null.
const DECIMAL_TURNS: usize = 3;
/// How a nullable datetime appears in edge-case mode: a value, `""`, a value, null.
const NULLABLE_DATETIME_TURNS: usize = 4;
/// Nullable ids: two values, then a null.
const NULLABLE_ID_TURNS: usize = 3;
/// Datetimes rotate through these styles in edge-case mode (and whether to keep the seven-digit
/// fraction): .NET ticks with `Z`, `+00:00`, no zone, and plain whole seconds.
const EDGE_STYLES: [(Style, bool); 4] = [
    (Style::Utc, true),
    (Style::PlusZero, true),
    (Style::ZoneLess, true),
    (Style::Utc, false),
];
const EDGE_TEXTS: [&str; 2] = [EDGE_TEXT, ""];

impl Builder {
    pub(super) fn scalar(
        &mut self,
        f: &'static FieldDecl,
        clock: &mut ObjectClock,
    ) -> Option<Node> {
        if f.sample == Sample::Auto && f.example.is_none() {
            return self.without_example(f, clock);
        }
        let value = match f.sample {
            Sample::Auto => return self.auto(f, clock),
            Sample::Time(moment) => return Some(self.time(f, moment, false, clock)),
            Sample::LocalTime(moment) => return Some(self.time(f, moment, true, clock)),
            Sample::Money => return Some(self.money(f)),
            Sample::PgmId => return Some(self.pgm_id()),
            Sample::FreeText => self.free_text(f),
            Sample::FirstName => self.cast.first.to_owned(),
            Sample::LastName => self.cast.last.to_owned(),
            Sample::FullName => self.cast.full_name(),
            Sample::Title => self.cast.title.to_owned(),
            Sample::Gender => self.cast.gender().to_owned(),
            Sample::Email => self.cast.email.clone(),
            Sample::Phone => phone(&mut self.rng),
            Sample::Relative => self.cast.relative(&mut self.rng),
            Sample::Staff => self.staff(),
            Sample::Address => self.cast.address(),
            Sample::AddressLine => self.cast.address_line.clone(),
            Sample::City => self.cast.town.city.to_owned(),
            Sample::County => self.cast.town.county.to_owned(),
            Sample::Postcode => self.cast.postcode.clone(),
            Sample::BusinessName => self.cast.club.business.to_owned(),
            Sample::TradingName => self.cast.club.trading.to_owned(),
            Sample::Venue => self.cast.venue.to_owned(),
            Sample::VenueArea => self.pick(&VENUE_AREAS),
            Sample::SessionType => self.pick(&SESSION_TYPES),
            Sample::MembershipPlan if matches!(f.ty, FieldType::StringList) => {
                return Some(node(NodeKind::Array(vec![text(self.cast.plan)])))
            }
            Sample::MembershipPlan => self.cast.plan.to_owned(),
            Sample::Template(template) => {
                let staff = self.staff();
                self.cast.fill(template, &staff)
            }
        };
        Some(text(&value))
    }

    /// A documented field the vendor's example leaves out: null when it may be, else left out too.
    /// Edge-case mode always leaves it out, as the document's own example does.
    fn without_example(&mut self, f: &FieldDecl, clock: &mut ObjectClock) -> Option<Node> {
        let documented = f.provenance == Provenance::Documented;
        match f.ty {
            _ if self.edge && documented && !f.required => None,
            _ if f.nullable => Some(null()),
            FieldType::Guid => Some(self.guid()),
            FieldType::DateTime | FieldType::Date => {
                Some(self.time(f, Moment::Recent, false, clock))
            }
            FieldType::Int | FieldType::Decimal => Some(number(
                self.rng.between(SMALL_COUNT.0, SMALL_COUNT.1).to_string(),
            )),
            _ => None,
        }
    }

    /// `Auto` with an example: text, ints, booleans and lists as the vendor shows them; the rest varied.
    fn auto(&mut self, f: &FieldDecl, clock: &mut ObjectClock) -> Option<Node> {
        let example = f.example.and_then(|json| parse(json).ok());
        match f.ty {
            FieldType::Guid if self.edge && f.nullable => {
                let id = self.guid();
                let turn = EdgeTurns::next(&mut self.turns.nullable_id, NULLABLE_ID_TURNS);
                Some(if turn + 1 == NULLABLE_ID_TURNS {
                    null()
                } else {
                    id
                })
            }
            FieldType::Guid => Some(self.guid()),
            FieldType::DateTime | FieldType::Date => {
                Some(self.time(f, Moment::Recent, false, clock))
            }
            FieldType::Decimal => Some(self.decimal(f, example.as_ref())),
            _ => example,
        }
    }

    fn time(
        &mut self,
        f: &FieldDecl,
        moment: Moment,
        local: bool,
        clock: &mut ObjectClock,
    ) -> Node {
        // Placed first whatever is written, so ends still follow starts and the draws stay in step.
        let placed = self.timeline.place(moment, clock, &mut self.rng);
        let with_fraction = matches!(
            moment,
            Moment::Event | Moment::Delivery | Moment::Created | Moment::Recent
        );
        let nanos = fraction(&mut self.rng, self.edge && with_fraction);
        let Some(secs) = placed else {
            // The document's own example sends "" for a datetime that is not set.
            return if self.edge { text("") } else { null() };
        };
        let date = matches!(f.ty, FieldType::Date);
        let (style, nanos) = match (date, local, self.edge) {
            (true, _, false) => (Style::Date, 0),
            (true, _, true) => (Style::DateZoneLess, 0),
            (false, true, _) => (Style::LocalUk, nanos),
            (false, false, false) => (Style::Utc, nanos),
            (false, false, true) => {
                let turn = EdgeTurns::next(&mut self.turns.datetime, EDGE_STYLES.len());
                let (style, keep) = EDGE_STYLES.get(turn).copied().unwrap_or((Style::Utc, true));
                (style, if keep { nanos } else { 0 })
            }
        };
        if self.edge && f.nullable && moment != Moment::Cancelled {
            match EdgeTurns::next(&mut self.turns.nullable_datetime, NULLABLE_DATETIME_TURNS) {
                1 => return text(""),
                3 => return null(),
                _ => {}
            }
        }
        text(&format(secs, nanos, style))
    }

    /// Pounds and pence, two decimals; edge cases rotate through an integer and null.
    fn money(&mut self, f: &FieldDecl) -> Node {
        let example = f.example.and_then(scaled).map_or(0, |(units, scale)| {
            units * PENCE_PER_POUND / DECIMAL_BASE.pow(scale)
        });
        let base = example.max(MONEY_FLOOR_PENCE);
        let pounds = self.rng.between(base / 2, base * 3 / 2) / PENCE_PER_POUND;
        let pence = self.rng.pick(&PENCE_ENDINGS).copied().unwrap_or(0);
        self.edge_decimal(f, pounds, format!("{pounds}.{pence:02}"))
    }

    /// A measurement varied around the example, with as many decimals as the example shows.
    fn decimal(&mut self, f: &FieldDecl, example: Option<&Node>) -> Node {
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

    fn pgm_id(&mut self) -> Node {
        let id = if self.edge {
            BEYOND_JS_SAFE_INTEGER + self.rng.between(0, EDGE_ID_SPREAD)
        } else {
            self.rng.between(PGM_IDS.0, PGM_IDS.1)
        };
        number(id.to_string())
    }

    fn free_text(&mut self, f: &FieldDecl) -> String {
        if self.edge {
            let turn = EdgeTurns::next(&mut self.turns.text, EDGE_TEXTS.len());
            return EDGE_TEXTS.get(turn).copied().unwrap_or_default().to_owned();
        }
        f.example
            .and_then(|json| parse(json).ok())
            .and_then(|n| n.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    fn staff(&mut self) -> String {
        if self.edge {
            let turn = EdgeTurns::next(&mut self.turns.staff, EDGE_STAFF.len());
            return EDGE_STAFF.get(turn).copied().unwrap_or_default().to_owned();
        }
        self.pick(&STAFF)
    }

    fn pick(&mut self, items: &[&str]) -> String {
        self.rng.pick(items).copied().unwrap_or_default().to_owned()
    }

    fn guid(&mut self) -> Node {
        let mut bytes = [0u8; 16];
        for chunk in bytes.chunks_mut(8) {
            let word = self.rng.next_u64().to_be_bytes();
            chunk.copy_from_slice(word.get(..chunk.len()).unwrap_or(&word));
        }
        if let Some(b) = bytes.get_mut(GUID_VERSION_BYTE) {
            *b = (*b & LOW_NIBBLE) | GUID_VERSION_4;
        }
        if let Some(b) = bytes.get_mut(GUID_VARIANT_BYTE) {
            *b = (*b & LOW_SIX_BITS) | GUID_VARIANT_RFC4122;
        }
        text(&Guid::from_bytes(bytes).to_string())
    }
}

/// `249.99` → (24999, 2); `20` → (20, 0). `None` for anything else (exponents, signs).
pub(super) fn scaled(digits: &str) -> Option<(i64, u32)> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all: String = [whole, fraction].concat();
    let units = all.parse::<i64>().ok()?;
    Some((units, u32::try_from(fraction.len()).ok()?))
}
