//! One scalar value per field, chosen by the field's `Sample` hint (or its type and example for
//! `Auto`); in edge-case mode each kind of value rotates through the quirks field-notes.md records.

use super::build::{node, null, number, text, Builder, EdgeTurns};
use super::cast::phone;
use super::delivery_id::fnv1a;
use super::numbers::SMALL_COUNT;
use super::pools::{EDGE_STAFF, EDGE_TEXT, SESSION_TYPES, STAFF, VENUE_AREAS};
use super::rng::Rng;
use super::stamp::{format, fraction, Style};
use super::timeline::ObjectClock;
use crate::domain::formats::Guid;
use crate::domain::json::{parse, Node, NodeKind};
use crate::domain::schema::{FieldDecl, FieldType, Moment, Provenance, Sample};

/// RFC 4122 version 4 (random) and variant bits.
const GUID_VERSION_BYTE: usize = 6;
const GUID_VARIANT_BYTE: usize = 8;
const GUID_VERSION_4: u8 = 0x40;
const GUID_VARIANT_RFC4122: u8 = 0x80;
const LOW_NIBBLE: u8 = 0x0f;
const LOW_SIX_BITS: u8 = 0x3f;

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
            Sample::EventId => return Some(self.event_id()),
            Sample::Id | Sample::Entity => return self.id_kind(f).map(|kind| self.id(kind)),
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
            FieldType::Int | FieldType::Int64 | FieldType::Decimal => Some(number(
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
        if matches!(f.ty, FieldType::EpochMillis) {
            const MILLIS_PER_SECOND: i64 = 1_000;
            const NANOS_PER_MILLI: u32 = 1_000_000;
            let millis = i64::from(nanos / NANOS_PER_MILLI);
            return number((secs * MILLIS_PER_SECOND + millis).to_string());
        }
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
        guid(&mut self.rng)
    }

    /// The event's own id: drawn from the values' stream mixed with the event's name, so two events
    /// generated from one seed (a probe's suite, a batch) never carry the same id.
    fn event_id(&mut self) -> Node {
        let mix = fnv1a(&self.plan.event_type);
        guid(&mut Rng::new(self.rng.next_u64() ^ mix))
    }
}

/// A version-4 GUID from two draws.
fn guid(rng: &mut Rng) -> Node {
    let mut bytes = [0u8; 16];
    for chunk in bytes.chunks_mut(8) {
        let word = rng.next_u64().to_be_bytes();
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
