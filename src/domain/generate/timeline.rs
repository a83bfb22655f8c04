//! When things happen in a generated event: one instant for the event, drawn from the seed (a day in
//! 2025, never the clock), and every other datetime placed relative to it in a sensible order.

use super::rng::Rng;
use crate::domain::formats::calendar::{
    civil_from_days, days_from_civil, days_in_month, SECONDS_PER_DAY, SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
};
use crate::domain::schema::{Moment, Span};

const BASE_YEAR: i32 = 2025;
const DAYS_IN_BASE_YEAR: u64 = 365;
/// Events happen while clubs are open.
const FIRST_EVENT_HOUR: i64 = 6;
const LAST_EVENT_HOUR: i64 = 21;
const DELIVERY_DELAY_SECONDS: (i64, i64) = (1, 8);
const RECORD_AGE_DAYS: (i64, i64) = (30, 720);
/// "Joined date may precede the created date": by up to this many days.
const JOINED_BEFORE_CREATED_DAYS: i64 = 45;
const BIRTH_YEARS: (i64, i64) = (1962, 2006);
const BIRTH_MONTHS: i64 = 12;
/// Every month has a 28th, so any month/day pair drawn below this is a real date.
const SAFE_DAY_OF_MONTH: i64 = 28;
/// How far back "earlier today or this week" reaches, and the gap kept before the event.
const RECENT_WINDOW_SECONDS: i64 = 3 * SECONDS_PER_DAY;
const RECENT_GAP_SECONDS: i64 = SECONDS_PER_MINUTE;
const SESSION_DAYS_AHEAD: (i64, i64) = (0, 5);
const SESSION_MIN_LEAD_SECONDS: i64 = SECONDS_PER_HOUR;
/// Sessions start between 06:00 and 20:00 (in UTC; at most an hour off the clubs' wall clock).
const FIRST_SESSION_HOUR: i64 = 6;
const LAST_SESSION_HOUR: i64 = 20;
const QUARTER_HOUR: i64 = 15 * SECONDS_PER_MINUTE;
const SESSION_MINUTES: [i64; 3] = [45, 60, 90];
const ABSENCE_LEAD_DAYS: (i64, i64) = (1, 21);
const ABSENCE_DAYS: (i64, i64) = (3, 14);
const VALIDITY_DAYS: [i64; 3] = [7, 14, 28];
/// The instants every object of one event shares.
#[derive(Clone, Debug)]
pub struct Timeline {
    pub event: i64,
    pub delivery: i64,
    pub created: i64,
    pub joined_day: i64,
    pub birth_day: i64,
    /// The event is a cancellation, so `Moment::Cancelled` has a value.
    pub cancels: bool,
}

/// What one object remembers while its fields are generated: `Recent` times ascend, `End` follows `Start`.
#[derive(Clone, Debug, Default)]
pub struct ObjectClock {
    /// The object's name (`member`, `data`): what a scenario's memory keys its values by.
    pub owner: &'static str,
    recent_floor: Option<i64>,
    last_start: Option<i64>,
}

impl ObjectClock {
    pub fn of(owner: &'static str) -> Self {
        ObjectClock {
            owner,
            ..ObjectClock::default()
        }
    }
}

impl Timeline {
    pub fn draw(rng: &mut Rng, cancels: bool) -> Self {
        let day = days_from_civil(BASE_YEAR, 1, 1) + rng.below(DAYS_IN_BASE_YEAR) as i64;
        let second_of_day = rng.between(
            FIRST_EVENT_HOUR * SECONDS_PER_HOUR,
            (LAST_EVENT_HOUR + 1) * SECONDS_PER_HOUR - 1,
        );
        let event = day * SECONDS_PER_DAY + second_of_day;
        let delivery = event + rng.between(DELIVERY_DELAY_SECONDS.0, DELIVERY_DELAY_SECONDS.1);
        let created = event
            - rng.between(RECORD_AGE_DAYS.0, RECORD_AGE_DAYS.1) * SECONDS_PER_DAY
            - rng.between(0, SECONDS_PER_DAY - 1);
        let joined_day =
            created.div_euclid(SECONDS_PER_DAY) - rng.between(0, JOINED_BEFORE_CREATED_DAYS);
        let birth_year = rng.between(BIRTH_YEARS.0, BIRTH_YEARS.1);
        let birth_day = days_from_civil(
            i32::try_from(birth_year).unwrap_or(BASE_YEAR),
            u8::try_from(rng.between(1, BIRTH_MONTHS)).unwrap_or(1),
            u8::try_from(rng.between(1, SAFE_DAY_OF_MONTH)).unwrap_or(1),
        );
        Timeline {
            event,
            delivery,
            created,
            joined_day,
            birth_day,
            cancels,
        }
    }

    /// The same record moved to another instant: the event happens at `event` (the delivery follows it
    /// by the drawn delay) and the person's record dates move by `shift` seconds.
    pub fn moved(mut self, event: i64, shift: i64) -> Self {
        self.delivery = event.saturating_add(self.delivery.saturating_sub(self.event));
        self.event = event;
        self.created = self.created.saturating_add(shift);
        self.joined_day = self
            .joined_day
            .saturating_add(shift.div_euclid(SECONDS_PER_DAY));
        self
    }

    /// Seconds since the epoch for `moment`, or `None` when it has no value in this event.
    pub fn place(&self, moment: Moment, clock: &mut ObjectClock, rng: &mut Rng) -> Option<i64> {
        let at = match moment {
            Moment::Event => self.event,
            Moment::Delivery => self.delivery,
            Moment::Created => self.created,
            Moment::Joined => self.joined_day * SECONDS_PER_DAY,
            Moment::Birth => self.birth_day * SECONDS_PER_DAY,
            Moment::Cancelled => return self.cancels.then_some(self.event),
            Moment::Recent => {
                let floor = clock
                    .recent_floor
                    .unwrap_or(self.event - RECENT_WINDOW_SECONDS);
                let at = rng.between(floor, self.event - RECENT_GAP_SECONDS);
                clock.recent_floor = Some(at);
                at
            }
            // Every start field of one object names the same instant (startTimeLocal, startTimeUtc).
            Moment::Start(span) => match clock.last_start {
                Some(start) => start,
                None => {
                    let at = self.start(span, clock, rng);
                    clock.last_start = Some(at);
                    at
                }
            },
            Moment::End(span) => {
                let start = match clock.last_start {
                    Some(start) => start,
                    None => self.start(span, clock, rng),
                };
                end(span, start, rng)
            }
        };
        Some(at)
    }

    fn start(&self, span: Span, clock: &ObjectClock, rng: &mut Rng) -> i64 {
        let next_midnight = (self.event.div_euclid(SECONDS_PER_DAY) + 1) * SECONDS_PER_DAY;
        match span {
            // A quarter-hour slot in opening hours, on one of the next few days, at least an hour away.
            Span::Session => {
                let day = self.event.div_euclid(SECONDS_PER_DAY)
                    + rng.between(SESSION_DAYS_AHEAD.0, SESSION_DAYS_AHEAD.1);
                let slot = rng.between(
                    FIRST_SESSION_HOUR * SECONDS_PER_HOUR / QUARTER_HOUR,
                    LAST_SESSION_HOUR * SECONDS_PER_HOUR / QUARTER_HOUR,
                );
                let at = day * SECONDS_PER_DAY + slot * QUARTER_HOUR;
                if at < self.event + SESSION_MIN_LEAD_SECONDS {
                    at + SECONDS_PER_DAY
                } else {
                    at
                }
            }
            Span::Days => {
                next_midnight
                    + rng.between(ABSENCE_LEAD_DAYS.0, ABSENCE_LEAD_DAYS.1) * SECONDS_PER_DAY
            }
            Span::Validity => next_midnight,
            // As in the document's example, a term starts when its record was created.
            Span::Term => clock.recent_floor.unwrap_or(self.event),
        }
    }
}

fn end(span: Span, start: i64, rng: &mut Rng) -> i64 {
    match span {
        Span::Session => {
            start + rng.pick(&SESSION_MINUTES).copied().unwrap_or(60) * SECONDS_PER_MINUTE
        }
        Span::Days => start + rng.between(ABSENCE_DAYS.0, ABSENCE_DAYS.1) * SECONDS_PER_DAY - 1,
        Span::Validity => start + rng.pick(&VALIDITY_DAYS).copied().unwrap_or(28) * SECONDS_PER_DAY,
        Span::Term => one_year_later(start),
    }
}

/// The same calendar date a year on (29 February becomes 28 February).
fn one_year_later(at: i64) -> i64 {
    let (year, month, day) = civil_from_days(at.div_euclid(SECONDS_PER_DAY));
    let next = i32::try_from(year + 1).unwrap_or(BASE_YEAR);
    let day = day.min(days_in_month(next, month).unwrap_or(day));
    days_from_civil(next, month, day) * SECONDS_PER_DAY + at.rem_euclid(SECONDS_PER_DAY)
}

#[cfg(test)]
mod tests {
    use super::super::stamp::tests::at;
    use super::*;

    #[test]
    fn times_come_in_order() {
        for seed in 0..200 {
            let mut rng = Rng::new(seed);
            let line = Timeline::draw(&mut rng, false);
            let mut clock = ObjectClock::default();
            let mut place = |m| line.place(m, &mut clock, &mut rng).unwrap_or(i64::MIN);
            let (first, second) = (place(Moment::Recent), place(Moment::Recent));
            let start = place(Moment::Start(Span::Session));
            let end = place(Moment::End(Span::Session));
            assert!(line.joined_day * SECONDS_PER_DAY <= line.created);
            assert!(line.created < first && first <= second && second < line.event);
            assert!(line.event < start && start < end, "seed {seed}");
            assert!(line.event < line.delivery && line.delivery <= line.event + 8);
            assert_eq!(start % QUARTER_HOUR, 0);
            assert_eq!(
                line.place(Moment::Cancelled, &mut ObjectClock::default(), &mut rng),
                None
            );
        }
        assert_eq!(
            one_year_later(at("2024-02-29T10:00:00Z")),
            at("2025-02-28T10:00:00Z")
        );
        assert_eq!(
            one_year_later(at("2025-01-31T10:00:00Z")),
            at("2026-01-31T10:00:00Z")
        );
    }
}
