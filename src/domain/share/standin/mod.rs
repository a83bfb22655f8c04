//! Fictional words for real ones, one for one: the same real word always gets the same stand-in
//! (so a member's `fullName`, `firstName`, e-mail and `bookedBy` still agree), a stand-in is never a
//! real word of the paste, and it has the real word's shape: as many characters, each as many UTF-8
//! bytes, digits for digits. Names come from the generator's pools where one fits, else are made up.

mod values;

pub use values::{date_of, mask, number, phone_digits, profile, BirthDate};

use crate::domain::generate::pools::{FAMILY_NAMES, GIVEN_NAMES};
use crate::domain::generate::Rng;
use std::collections::{HashMap, HashSet};

/// Draws before a stand-in may repeat another one (never a real word).
const DRAWS: u64 = 24;
const CONSONANTS: &[u8] = b"bdfgklmnprstvz";
const VOWELS: &[u8] = b"aeiou";
/// Letters of each UTF-8 width, to keep a word's byte length where it has letters outside ASCII.
const TWO_BYTES: &str = "àáâäçèéêëìíîïñòóôöùúûü";
const THREE_BYTES: &str = "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ";
const FOUR_BYTES: &str = "𝒂𝒃𝒄𝒅𝒆𝒇𝒈𝒉𝒊𝒋𝒌𝒍𝒎𝒏𝒐𝒑𝒒𝒓𝒔𝒕𝒖𝒗𝒘𝒙𝒚𝒛";

/// What a word is, for where its stand-in is drawn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Given,
    Family,
    /// Any other word: made up.
    Word,
}

pub struct Mapper {
    /// Every real word of a collected value, lowered: no stand-in may be one.
    forbidden: HashSet<String>,
    words: HashMap<String, String>,
    used: HashSet<String>,
    /// Varies every draw (a flagged value tries another stand-in in the next round).
    salt: u64,
}

impl Mapper {
    pub fn new(forbidden: HashSet<String>, salt: u64) -> Self {
        Mapper {
            forbidden,
            words: HashMap::new(),
            used: HashSet::new(),
            salt,
        }
    }

    /// The stand-in of a real word (given lowered), lowered; `keep` words map to themselves.
    pub fn word(&mut self, lower: &str, role: Role) -> String {
        if let Some(known) = self.words.get(lower) {
            return known.clone();
        }
        let mut chosen = None;
        for attempt in 0..DRAWS.saturating_mul(2) {
            let mut rng = Rng::new(hash(lower, self.salt ^ attempt));
            let candidate = match (role, attempt < DRAWS / 2) {
                (Role::Given, true) => {
                    pooled(GIVEN_NAMES.map(|g| g.name).as_slice(), lower, &mut rng)
                }
                (Role::Family, true) => pooled(&FAMILY_NAMES, lower, &mut rng),
                _ => Some(made_up(lower, &mut rng)),
            };
            let Some(candidate) = candidate else { continue };
            let fresh = !self.used.contains(&candidate) || attempt >= DRAWS;
            if candidate != lower && !self.forbidden.contains(&candidate) && fresh {
                chosen = Some(candidate);
                break;
            }
        }
        let chosen = chosen.unwrap_or_else(|| made_up(lower, &mut Rng::new(self.salt)));
        self.used.insert(chosen.clone());
        self.words.insert(lower.to_owned(), chosen.clone());
        chosen
    }
}

/// FNV-1a of the word, mixed with `salt`: a stand-in depends on its real word, not on the order met.
pub fn hash(word: &str, salt: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ salt;
    for b in word.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A pool name of the real word's length, reshaped to its byte widths.
fn pooled(pool: &[&str], lower: &str, rng: &mut Rng) -> Option<String> {
    let n = lower.chars().count();
    let fits: Vec<&&str> = pool.iter().filter(|p| p.chars().count() == n).collect();
    let name = rng.pick(&fits)?;
    Some(reshape(&name.to_lowercase(), lower, rng))
}

/// A pronounceable made-up word (digits where the real word has digits).
fn made_up(lower: &str, rng: &mut Rng) -> String {
    let mut vowel = rng.chance(1, 2);
    let word: String = lower
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if c.is_ascii_digit() {
                let lowest = if i == 0 && c != '0' { 1 } else { 0 };
                return char::from(b'0'.saturating_add(rng.between(lowest, 9) as u8));
            }
            vowel = !vowel;
            let set = if vowel { VOWELS } else { CONSONANTS };
            rng.pick(set).map_or('a', |b| char::from(*b))
        })
        .collect();
    reshape(&word, lower, rng)
}

/// `word` with each character given the UTF-8 width of the real word's character at its place.
fn reshape(word: &str, real: &str, rng: &mut Rng) -> String {
    word.chars()
        .zip(real.chars())
        .map(|(c, r)| with_width(c, r.len_utf8(), rng.below(26) as usize))
        .collect()
}

/// `c`, or a letter of `width` UTF-8 bytes when `c` has another width.
pub fn with_width(c: char, width: usize, index: usize) -> char {
    if c.len_utf8() == width {
        return c;
    }
    let set = match width {
        2 => TWO_BYTES,
        3 => THREE_BYTES,
        4 => FOUR_BYTES,
        _ => "abcdefghijklmnopqrstuvwxyz",
    };
    let count = set.chars().count().max(1);
    set.chars().nth(index % count).unwrap_or(c)
}

/// A stand-in character written with the case of the character it replaces.
pub fn cased(standin: char, like: char) -> char {
    let up = like.is_uppercase();
    let mut it: Box<dyn Iterator<Item = char>> = match up {
        true => Box::new(standin.to_uppercase()),
        false => Box::new(standin.to_lowercase()),
    };
    match (it.next(), it.next()) {
        (Some(c), None) => c,
        _ => standin,
    }
}
