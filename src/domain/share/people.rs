//! Fictional stand-ins for the people in a payload, drawn from the generator's pools: one stand-in per
//! real person, so a member's name, e-mail and `bookedBy` still agree after redaction.

use crate::domain::generate::cast::{ascii_slug, phone, Cast};
use crate::domain::generate::Rng;

/// Fixed: the same payload always redacts to the same text, so two links of it compare equal.
const SEED: u64 = 0x5245_4441_4354;
/// Draws before giving up on a stand-in that differs from the real name (the pools have hundreds).
const DRAWS: usize = 8;
/// Birth years of the fictional dates of birth, and the days used (every month has 28).
const BIRTH_YEARS: (i64, i64) = (1960, 2004);
const MONTHS: (i64, i64) = (1, 12);
const DAYS: (i64, i64) = (1, 28);
/// Shorter real values are not looked for inside free text: "Al" would match too much.
const MIN_MENTION_CHARS: usize = 3;

pub struct People {
    rng: Rng,
    /// Real full name → its stand-in.
    persons: Vec<(String, Cast)>,
    /// Every real value replaced so far → what replaced it, to find the same value inside free text.
    table: Vec<(String, String)>,
}

impl People {
    pub fn new() -> Self {
        People {
            rng: Rng::new(SEED),
            persons: Vec::new(),
            table: Vec::new(),
        }
    }

    /// The stand-in for the person called `full` (first and last given when the payload splits them).
    /// A copy, so no index into `persons` has to stay valid (and every caller keeps one anyway).
    pub fn person(&mut self, full: &str, first: &str, last: &str) -> Cast {
        let key = full.trim();
        if let Some((_, known)) = self.persons.iter().find(|(k, _)| k == key) {
            return known.clone();
        }
        let mut cast = Cast::draw(&mut self.rng, false);
        for _ in 0..DRAWS {
            let clash = cast.first == first || cast.last == last || cast.full_name() == key;
            if !clash {
                break;
            }
            cast = Cast::draw(&mut self.rng, false);
        }
        self.remember(key, &cast.full_name());
        self.remember(first, cast.first);
        self.remember(last, cast.last);
        if !first.is_empty() && !last.is_empty() {
            let slug = |a: &str, b: &str| format!("{}_{}", ascii_slug(a), ascii_slug(b));
            self.remember(&slug(first, last), &slug(cast.first, cast.last));
        }
        self.persons.push((key.to_owned(), cast.clone()));
        cast
    }

    /// A name standing alone (a coach, `bookedBy`): the stand-in of the person of that name.
    pub fn name(&mut self, real: &str) -> String {
        let (first, last) = real.trim().rsplit_once(' ').unwrap_or((real.trim(), ""));
        self.person(real, first, last).full_name()
    }

    /// A relative of `of` (an emergency contact), remembered so the same real relative maps alike.
    pub fn relative(&mut self, real: &str, of: &Cast) -> String {
        if let Some(known) = self.lookup(real) {
            return known;
        }
        let fictional = of.relative(&mut self.rng);
        self.remember(real, &fictional);
        fictional
    }

    pub fn phone(&mut self, real: &str) -> String {
        if let Some(known) = self.lookup(real) {
            return known;
        }
        let mut fictional = phone(&mut self.rng);
        for _ in 0..DRAWS {
            if !real.contains(&fictional) {
                break;
            }
            fictional = phone(&mut self.rng);
        }
        self.remember(real, &fictional);
        fictional
    }

    pub fn email(&mut self, real: &str, of: Option<&Cast>) -> String {
        if let Some(known) = self.lookup(real) {
            return known;
        }
        let fictional = match of {
            Some(cast) => cast.email.clone(),
            None => Cast::draw(&mut self.rng, false).email,
        };
        self.remember(real, &fictional);
        fictional
    }

    /// A fictional `YYYY-MM-DD`, valid in every month.
    pub fn birth_date(&mut self, real: &str) -> String {
        let mut date = self.draw_date();
        for _ in 0..DRAWS {
            if !real.starts_with(&date) {
                break;
            }
            date = self.draw_date();
        }
        date
    }

    fn draw_date(&mut self) -> String {
        let year = self.rng.between(BIRTH_YEARS.0, BIRTH_YEARS.1);
        let month = self.rng.between(MONTHS.0, MONTHS.1);
        let day = self.rng.between(DAYS.0, DAYS.1);
        format!("{year:04}-{month:02}-{day:02}")
    }

    pub fn remember(&mut self, real: &str, fictional: &str) {
        let real = real.trim();
        if real.chars().count() >= MIN_MENTION_CHARS && self.lookup(real).is_none() {
            self.table.push((real.to_owned(), fictional.to_owned()));
        }
    }

    fn lookup(&self, real: &str) -> Option<String> {
        let real = real.trim();
        self.table
            .iter()
            .find(|(k, _)| k == real)
            .map(|(_, v)| v.clone())
    }

    /// Replaces, in free text, every whole-word mention of a real value already replaced elsewhere
    /// (longest first, so a full name goes before its first name). Returns the count.
    pub fn mentions(&mut self, text: &str) -> (String, usize) {
        self.table
            .sort_by_key(|(real, _)| std::cmp::Reverse(real.len()));
        let mut out = text.to_owned();
        let mut count = 0;
        for (real, fictional) in &self.table {
            if out.contains(real.as_str()) {
                let (next, n) = replace_words(&out, real, fictional);
                out = next;
                count += n;
            }
        }
        (out, count)
    }
}

/// Replaces occurrences of `word` not glued to a letter or digit on either side.
fn replace_words(text: &str, word: &str, with: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut count = 0;
    let mut before: Option<char> = None;
    while let Some((head, tail)) = rest.find(word).and_then(|at| rest.split_at_checked(at)) {
        let after = tail.get(word.len()..).unwrap_or_default();
        let prev = head.chars().next_back().or(before);
        let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        out.push_str(head);
        if glued(prev) || glued(after.chars().next()) {
            out.push_str(word);
        } else {
            out.push_str(with);
            count += 1;
        }
        before = word.chars().next_back();
        rest = after;
    }
    out.push_str(rest);
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_real_person_gets_one_stand_in_everywhere() {
        let mut people = People::new();
        let member = people.person("Justin Credible", "Justin", "Credible");
        assert_ne!(member.first, "Justin");
        assert_eq!(people.name("Justin Credible"), member.full_name());
        let coach = people.name("Sarah Trainer");
        assert_ne!(coach, member.full_name());
        assert_eq!(people.phone("+447123456789"), people.phone("+447123456789"));
        let (text, n) = people
            .mentions("12 month contract for Justin Credible, file contract_justin_credible.pdf");
        assert_eq!(n, 2, "{text}");
        assert!(
            !text.contains("Justin") && !text.contains("justin"),
            "{text}"
        );
        assert!(text.contains(&member.full_name()), "{text}");
    }

    #[test]
    fn mentions_match_whole_words_only() {
        assert_eq!(
            replace_words("Ann Annabel ann Ann.", "Ann", "Zoe"),
            ("Zoe Annabel ann Zoe.".into(), 2)
        );
        assert_eq!(replace_words("xAnn", "Ann", "Zoe").1, 0);
    }
}
