//! Stand-ins for values that are more than words: phone numbers (the digits after the country code and
//! first national digit drawn anew), dates of birth (a valid date, or for a date that is itself the
//! problem the same day and month in another year), measurements, profile words and credential masks.

use super::hash;
use crate::domain::generate::Rng;
use crate::domain::schema::Sample;

/// A mask reads as one: `REDACTED` and then `x`, or only `x` below eight characters.
const MASK_WORD: &str = "REDACTED";
/// Digits of a phone number kept as they are: a country code and the first national digit say little.
const PHONE_KEPT_DIGITS: usize = 3;
const BIRTH_YEARS: (i64, i64) = (1950, 2005);

const TITLES: &[&str] = &[
    "Mr", "Ms", "Dr", "Mx", "Mr.", "Ms.", "Dr.", "Mx.", "Mrs", "Mrs.", "Miss", "Prof",
];
const GENDERS: &[&str] = &[
    "M",
    "F",
    "X",
    "Male",
    "Other",
    "Female",
    "Unknown",
    "Non-binary",
];
const RELATIONS: &[&str] = &[
    "Son", "Mum", "Dad", "Wife", "Aunt", "Niece", "Uncle", "Mother", "Father", "Sister", "Spouse",
    "Friend", "Parent", "Cousin", "Partner", "Brother", "Husband", "Daughter", "Guardian",
];

pub fn mask(chars: usize) -> String {
    if chars < MASK_WORD.len() {
        return "x".repeat(chars);
    }
    let mut out = MASK_WORD.to_owned();
    out.push_str(&"x".repeat(chars.saturating_sub(MASK_WORD.len())));
    out
}

/// New digits for a phone number's `digits` (as many), drawn per attempt.
pub fn phone_digits(digits: &str, salt: u64) -> String {
    let mut rng = Rng::new(hash(digits, salt));
    digits
        .chars()
        .enumerate()
        .map(|(i, c)| match i < PHONE_KEPT_DIGITS {
            true => c,
            false => char::from(b'0'.saturating_add(rng.below(10) as u8)),
        })
        .collect()
}

/// A measurement or count with the same layout: each digit drawn, a leading digit stays non-zero.
pub fn number(real: &str, salt: u64) -> String {
    let mut rng = Rng::new(hash(real, salt));
    let mut run_start = true;
    let out: String = real
        .chars()
        .map(|c| {
            if !c.is_ascii_digit() {
                run_start = true;
                return c;
            }
            let lowest = i64::from(run_start && c != '0');
            run_start = false;
            char::from(b'0'.saturating_add(rng.between(lowest, 9) as u8))
        })
        .collect();
    if out == real {
        // One digit that cannot change otherwise: shift the last digit.
        return real
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_ascii_digit())
            .map_or(out.clone(), |(i, c)| {
                let next = char::from(b'0'.saturating_add((c as u8 - b'0' + 1) % 10));
                format!(
                    "{}{next}{}",
                    real.get(..i).unwrap_or_default(),
                    real.get(i.saturating_add(1)..).unwrap_or_default()
                )
            });
    }
    out
}

/// A title, gender or relationship of the same length (it may happen to be the real one).
pub fn profile(sample: Sample, real: &str, salt: u64) -> Option<String> {
    let vocabulary = match sample {
        Sample::Title => TITLES,
        Sample::Gender => GENDERS,
        _ => RELATIONS,
    };
    let n = real.chars().count();
    let fits: Vec<&&str> = vocabulary
        .iter()
        .filter(|w| w.chars().count() == n)
        .collect();
    let mut rng = Rng::new(hash(&real.to_lowercase(), salt));
    rng.pick(&fits).map(|w| (**w).to_owned())
}

/// A date of birth as its three numbers, and how many digits each is written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BirthDate {
    pub year: (u32, usize),
    pub month: (u32, usize),
    pub day: (u32, usize),
}

/// Reads `YYYY-MM-DD…`, `DD/MM/YYYY`, `DD.MM.YYYY` or `DD-MM-YYYY` at the start of `value`.
pub fn date_of(value: &str) -> Option<BirthDate> {
    let parts: Vec<&str> = value
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .take(3)
        .collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let field = |s: &str| Some((s.parse::<u32>().ok()?, s.len()));
    let (year, month, day) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    let date = BirthDate {
        year: field(year)?,
        month: field(month)?,
        day: field(day)?,
    };
    (date.year.1 == 4 && date.month.1 <= 2 && date.day.1 <= 2).then_some(date)
}

impl BirthDate {
    /// Another date of the same widths: any valid one, or (`keep_day`) the same day and month in a
    /// year that is a leap year exactly when the real one is, so an impossible date stays impossible.
    pub fn standin(&self, salt: u64, keep_day: bool) -> BirthDate {
        let mut rng = Rng::new(salt);
        for _ in 0..64 {
            let year = rng.between(BIRTH_YEARS.0, BIRTH_YEARS.1) as u32;
            let candidate = match keep_day {
                true if leap(year) == leap(self.year.0) => BirthDate {
                    year: (year, 4),
                    ..*self
                },
                true => continue,
                false => BirthDate {
                    year: (year, 4),
                    month: (fit(&mut rng, 12, self.month.1), self.month.1),
                    day: (fit(&mut rng, 28, self.day.1), self.day.1),
                },
            };
            if candidate != *self {
                return candidate;
            }
        }
        *self
    }
}

/// A number in 1..=max written with at most `width` digits.
fn fit(rng: &mut Rng, max: i64, width: usize) -> u32 {
    let max = if width < 2 { max.min(9) } else { max };
    rng.between(1, max) as u32
}

fn leap(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}
