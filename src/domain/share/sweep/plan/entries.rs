//! One personal value's stand-in and the entries that find it: under its own key always; as a phrase
//! (names word by word too, addresses part by part, e-mails with their local part); a phone number by
//! its digits with and without the country code; a date of birth in its common layouts.

use super::{salt_for, Distinct, Phrase, Plan};
use crate::domain::schema::{Personal, Sample};
use crate::domain::share::collect::Value;
use crate::domain::share::standin::{
    date_of, number, phone_digits, profile, BirthDate, Mapper, Role,
};
use crate::domain::share::sweep::Origin;
use crate::domain::share::text::tokens::split;
use crate::domain::share::text::Fit;
use std::collections::HashSet;

/// Name words shorter than this are replaced in their fields and inside a full name, not alone.
const MIN_WORD_CHARS: usize = 3;
const LIST_SEPARATORS: [char; 5] = [',', ';', '|', '/', '&'];
const MIN_PHONE_DIGITS: usize = 7;
/// Words of an address that say nothing about where: kept, so an address still reads as one.
const ADDRESS_WORDS: [&str; 28] = [
    "the",
    "and",
    "of",
    "on",
    "upon",
    "street",
    "st",
    "road",
    "rd",
    "lane",
    "ln",
    "avenue",
    "ave",
    "close",
    "way",
    "drive",
    "court",
    "place",
    "gardens",
    "crescent",
    "grove",
    "park",
    "square",
    "terrace",
    "hill",
    "flat",
    "apartment",
    "house",
];
/// Mail providers and reserved domains: the part of an address that names nobody.
const PUBLIC_DOMAINS: [&str; 14] = [
    "example",
    "test",
    "invalid",
    "localhost",
    "gmail",
    "googlemail",
    "outlook",
    "hotmail",
    "yahoo",
    "icloud",
    "live",
    "aol",
    "proton",
    "protonmail",
];
/// A health field saying there is nothing: kept, as it says nothing about anyone.
const PLACEHOLDERS: [&str; 7] = ["none", "n/a", "na", "nil", "null", "unknown", "-"];

pub struct Builder {
    pub plan: Plan,
    pub mapper: Mapper,
    pub salt: u64,
    /// Every real literal and phone number's digits: a drawn stand-in must be none of them.
    pub reals: HashSet<String>,
}

impl Builder {
    pub fn value(&mut self, id: usize, v: &Distinct, alternative: u64) {
        let origin = Origin::Value(id);
        let real = match &v.value {
            Value::Text(s) => s.as_str(),
            Value::Literal(l) => return self.literal(id, v, l, alternative),
        };
        let salt = salt_for(self.salt, real, alternative);
        let digits: String = real.chars().filter(char::is_ascii_digit).collect();
        let phone_like =
            digits.len() >= MIN_PHONE_DIGITS && digits.len().saturating_mul(2) >= real.trim().len();
        let standin = match (v.kind, v.sample) {
            (Personal::Contact, _) if real.contains('@') => self.email(real, origin),
            (Personal::Contact, _) if phone_like => self.phone(id, real, &digits, salt),
            (Personal::Name | Personal::Contact, _) => self.names(real, v.sample, origin),
            (Personal::BirthDate, _) => match date_of(real) {
                Some(date) => self.date(real, date, salt, alternative > 0, origin),
                None => self.words(real, false, origin),
            },
            (Personal::Address, _) => self.address(real, origin),
            (Personal::Health, _)
                if PLACEHOLDERS.contains(&real.trim().to_lowercase().as_str()) =>
            {
                return
            }
            (Personal::Health, _) => self.words(real, true, origin),
            (Personal::Profile, sample) => {
                profile(sample, real, salt).unwrap_or_else(|| self.fictional(real, |_| Role::Word))
            }
        };
        for key in &v.keys {
            self.keyed(key, real, standin.clone(), id);
        }
        self.plan.planned.insert(id);
    }

    fn literal(&mut self, id: usize, v: &Distinct, real: &str, alternative: u64) {
        let salt = salt_for(self.salt, real, alternative);
        let standin = if real == "true" {
            "false".to_owned()
        } else if v.kind == Personal::Contact && real.len() >= MIN_PHONE_DIGITS {
            self.phone(id, real, real, salt)
        } else {
            (0..16u64)
                .map(|attempt| number(real, salt.wrapping_add(attempt)))
                .find(|n| !self.reals.contains(n))
                .unwrap_or_else(|| number(real, salt))
        };
        for key in &v.keys {
            self.keyed(key, real, standin.clone(), id);
        }
        self.plan.planned.insert(id);
    }

    fn keyed(&mut self, key: &str, real: &str, standin: String, id: usize) {
        self.plan
            .keyed
            .entry(key.to_owned())
            .or_default()
            .entry(real.to_owned())
            .or_insert((standin, id));
    }

    /// Adds a phrase entry: `standin` has `real`'s words and separators, its words replaced.
    pub fn phrase(
        &mut self,
        real: &str,
        standin: &str,
        exact_case: bool,
        flex: bool,
        fit: Fit,
        origin: Origin,
    ) {
        let (words, seps, _) = split(real);
        let (standin, _, _) = split(standin);
        let aligned = words.len() == standin.len()
            && words
                .iter()
                .zip(&standin)
                .all(|(a, b)| a.chars().count() == b.chars().count());
        let Some(first) = words.first().filter(|_| aligned) else {
            return;
        };
        let lowered = |w: &String| {
            if exact_case {
                w.clone()
            } else {
                w.chars()
                    .map(crate::domain::share::text::tokens::lower)
                    .collect()
            }
        };
        let key: String = first
            .chars()
            .map(crate::domain::share::text::tokens::lower)
            .collect();
        let index = self.plan.phrases.len();
        self.plan.phrases.push(Phrase {
            words: words.iter().map(lowered).collect(),
            seps,
            exact_case,
            flex,
            standin,
            fit,
            origin,
        });
        self.plan.index.entry(key).or_default().push(index);
    }

    /// `real` with each word replaced through the mapper (`role` by word position), separators kept.
    fn fictional(&mut self, real: &str, role: impl Fn(usize) -> Role) -> String {
        let (words, seps, tail) = split(real);
        let mut out = String::with_capacity(real.len());
        for (i, (word, sep)) in words.iter().zip(&seps).enumerate() {
            out.push_str(sep);
            out.push_str(&self.mapper.word(&word.to_lowercase(), role(i)));
        }
        out.push_str(&tail);
        out
    }

    /// A name or a delimited list of names: each name as a phrase, each long enough word alone.
    fn names(&mut self, real: &str, sample: Sample, origin: Origin) -> String {
        let mut out = String::with_capacity(real.len());
        for item in real.split_inclusive(LIST_SEPARATORS) {
            let count = split(item).0.len();
            let role = |i: usize| match sample {
                Sample::FirstName => Role::Given,
                Sample::LastName => Role::Family,
                _ if i > 0 && i.saturating_add(1) == count => Role::Family,
                _ => Role::Given,
            };
            let standin = self.fictional(item, role);
            self.phrase(item, &standin, false, true, Fit::Shape, origin);
            let (words, _, _) = split(item);
            let (fakes, _, _) = split(&standin);
            for (w, f) in words.iter().zip(&fakes) {
                if w.chars().count() >= MIN_WORD_CHARS && !w.chars().all(|c| c.is_ascii_digit()) {
                    self.phrase(w, f, false, true, Fit::Shape, origin);
                }
            }
            out.push_str(&standin);
        }
        out
    }

    /// Any text (a note, a health field): the whole value as a phrase.
    fn words(&mut self, real: &str, flex: bool, origin: Origin) -> String {
        let standin = self.fictional(real, |_| Role::Word);
        self.phrase(real, &standin, false, flex, Fit::Shape, origin);
        standin
    }

    fn email(&mut self, real: &str, origin: Origin) -> String {
        let (local, domain) = real.rsplit_once('@').unwrap_or((real, ""));
        let local_fake = self.fictional(local, |_| Role::Word);
        let (labels, seps, tail) = split(domain);
        let mut domain_fake = String::new();
        for (i, (label, sep)) in labels.iter().zip(&seps).enumerate() {
            domain_fake.push_str(sep);
            let lower = label.to_lowercase();
            let keep =
                i.saturating_add(1) == labels.len() || PUBLIC_DOMAINS.contains(&lower.as_str());
            domain_fake.push_str(&if keep {
                lower
            } else {
                self.mapper.word(&lower, Role::Word)
            });
        }
        domain_fake.push_str(&tail);
        let standin = format!("{local_fake}@{domain_fake}");
        self.phrase(real, &standin, false, false, Fit::Shape, origin);
        if local.chars().filter(|c| c.is_alphanumeric()).count() > MIN_WORD_CHARS {
            self.phrase(local, &local_fake, false, false, Fit::Shape, origin);
        }
        standin
    }

    fn address(&mut self, real: &str, origin: Origin) -> String {
        let keep = |w: &str| ADDRESS_WORDS.contains(&w.to_lowercase().as_str());
        let (words, _, _) = split(real);
        let all_kept = words.iter().all(|w| keep(w));
        let mut standin = String::with_capacity(real.len());
        let (ws, seps, tail) = split(real);
        for (i, (w, sep)) in ws.iter().zip(&seps).enumerate() {
            standin.push_str(sep);
            let forced = all_kept && i.saturating_add(1) == ws.len();
            standin.push_str(&match keep(w) && !forced {
                true => w.to_lowercase(),
                false => self.mapper.word(&w.to_lowercase(), Role::Word),
            });
        }
        standin.push_str(&tail);
        self.phrase(real, &standin, false, true, Fit::Shape, origin);
        // Each comma-separated part on its own ("Flat 3, 27 Lavender Gardens"), and a postcode unspaced.
        let (real_chars, fake_chars): (Vec<char>, Vec<char>) =
            (real.chars().collect(), standin.chars().collect());
        let mut at = 0usize;
        for part in real.split(',') {
            let n = part.chars().count();
            let fake: String = fake_chars.iter().skip(at).take(n).collect();
            if part.trim().chars().count() >= MIN_WORD_CHARS && n < real_chars.len() {
                self.phrase(part.trim(), fake.trim(), false, true, Fit::Shape, origin);
            }
            at = at.saturating_add(n).saturating_add(1);
        }
        let postcode = real.len() <= 10 && real.contains(' ') && words.len() >= 2;
        if postcode {
            self.phrase(
                &real.replace(' ', ""),
                &standin.replace(' ', ""),
                false,
                false,
                Fit::Shape,
                origin,
            );
        }
        standin
    }

    /// A phone number: its digits replaced, in every variant of the country code.
    fn phone(&mut self, id: usize, real: &str, digits: &str, salt: u64) -> String {
        let mut fake = phone_digits(digits, salt);
        for attempt in 1..16u64 {
            if fake != digits
                && !self.plan.phones.contains_key(&fake)
                && !self.reals.contains(&fake)
            {
                break;
            }
            fake = phone_digits(digits, salt.wrapping_add(attempt));
        }
        let international = real.trim_start().starts_with(['+', '\u{2b}'])
            || real.trim_start().starts_with("00")
            || (digits.len() >= 11 && !digits.starts_with('0'));
        let mut variants = vec![(digits.to_owned(), fake.clone())];
        if international {
            for cc in 1..=3usize {
                let (Some(nat), Some(fake_nat)) = (digits.get(cc..), fake.get(cc..)) else {
                    continue;
                };
                let (Some(code), Some(fake_code)) = (digits.get(..cc), fake.get(..cc)) else {
                    continue;
                };
                variants.push((format!("0{nat}"), format!("0{fake_nat}")));
                variants.push((nat.to_owned(), fake_nat.to_owned()));
                variants.push((format!("{code}0{nat}"), format!("{fake_code}0{fake_nat}")));
            }
        } else if let (Some(nat), Some(fake_nat)) =
            (digits.strip_prefix('0'), fake.strip_prefix('0'))
        {
            variants.push((nat.to_owned(), fake_nat.to_owned()));
        }
        for (v, f) in variants
            .into_iter()
            .filter(|(v, _)| v.len() >= MIN_PHONE_DIGITS)
        {
            self.plan.phones.entry(v).or_insert((f, id));
        }
        let mut fake_digits = fake.chars();
        real.chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    fake_digits.next().unwrap_or(c)
                } else {
                    c
                }
            })
            .collect()
    }

    /// A date of birth: the value with its date replaced, and the date in its common layouts.
    fn date(
        &mut self,
        real: &str,
        date: BirthDate,
        salt: u64,
        keep_day: bool,
        origin: Origin,
    ) -> String {
        let fake = date.standin(salt, keep_day);
        let field = |(value, width): (u32, usize)| format!("{value:0width$}");
        let layouts = |d: &BirthDate| {
            let (y, m, dd) = (field(d.year), field(d.month), field(d.day));
            [
                format!("{y}-{m}-{dd}"),
                format!("{dd}/{m}/{y}"),
                format!("{dd}.{m}.{y}"),
                format!("{dd}-{m}-{y}"),
                format!("{m}/{dd}/{y}"),
            ]
        };
        for (r, f) in layouts(&date).iter().zip(layouts(&fake).iter()) {
            self.phrase(r, f, true, false, Fit::Shape, origin);
        }
        // The value itself: its first three numbers, in the order written.
        let iso = real
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .count()
            == 4;
        let order = if iso {
            [fake.year, fake.month, fake.day]
        } else {
            [fake.day, fake.month, fake.year]
        };
        let mut fields = order.iter().map(|f| field(*f));
        let (words, seps, tail) = split(real);
        let mut out = String::with_capacity(real.len());
        let mut replaced = 0usize;
        for (w, sep) in words.iter().zip(&seps) {
            out.push_str(sep);
            let digits = w.chars().all(|c| c.is_ascii_digit());
            match (digits && replaced < 3).then(|| fields.next()).flatten() {
                Some(f) if f.len() == w.len() => {
                    out.push_str(&f);
                    replaced = replaced.saturating_add(1);
                }
                _ => out.push_str(w),
            }
        }
        out.push_str(&tail);
        out
    }
}
