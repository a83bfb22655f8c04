//! What the sweep looks for and what it writes instead, built from what was collected: each distinct
//! personal value with its stand-in (one real value, one stand-in, wherever it appears), under its key,
//! as a phrase of words, as a phone number's digit variants; each swept credential with its mask.

use super::super::collect::{Collected, Found, Value, MIN_SWEPT_SECRET_CHARS};
use super::super::standin::{hash, mask, Mapper};
use super::super::text::tokens::split;
use super::super::text::Fit;
use super::Origin;
use crate::domain::json::Span;
use crate::domain::schema::{Personal, Sample};
use std::collections::{HashMap, HashSet};

mod entries;

/// Rounds of verification may ask a flagged value for another stand-in, or to keep it as sent.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub salt: u64,
    /// Value index → which alternative stand-in to use (0 is the first).
    pub alternatives: HashMap<usize, u64>,
    pub kept: HashSet<usize>,
}

/// One personal value, however many places carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Distinct {
    pub value: Value,
    pub kind: Personal,
    pub sample: Sample,
    /// (delivery, path) of each declared field holding it; empty for one found by its shape alone.
    pub places: Vec<(usize, String)>,
    pub keys: Vec<String>,
    pub flagged: bool,
}

/// A value's words, the separators before each (`seps[0]` is unused), and what replaces each word.
#[derive(Clone, Debug)]
pub struct Phrase {
    pub words: Vec<String>,
    pub seps: Vec<String>,
    /// Letter case must match (credentials); otherwise words are compared lowered.
    pub exact_case: bool,
    /// Any run of spaces (or `+`) matches a space, and spacing around punctuation is free.
    pub flex: bool,
    pub standin: Vec<String>,
    pub fit: Fit,
    pub origin: Origin,
}

#[derive(Clone)]
pub struct Plan {
    pub values: Vec<Distinct>,
    /// Values given entries (not kept, not a placeholder such as "None").
    pub planned: HashSet<usize>,
    pub masks: Vec<Span>,
    /// Key → value as written (decoded) → its stand-in and value index.
    pub keyed: HashMap<String, HashMap<String, (String, usize)>>,
    pub phrases: Vec<Phrase>,
    /// First word (lowered) → phrases starting with it.
    pub index: HashMap<String, Vec<usize>>,
    /// Digits → replacement digits and value index.
    pub phones: HashMap<String, (String, usize)>,
}

impl Plan {
    /// The same plan without the scanners' spans (which belong to the paste it was made for).
    pub fn without_masks(&self) -> Plan {
        Plan {
            masks: Vec::new(),
            ..self.clone()
        }
    }
}

pub fn plan(collected: &Collected, options: &Options) -> Plan {
    let values = distinct(collected);
    let mut forbidden = HashSet::new();
    let mut reals = HashSet::new();
    for v in &values {
        match &v.value {
            Value::Text(s) => {
                forbidden.extend(split(s).0.iter().map(|w| w.to_lowercase()));
                reals.insert(s.chars().filter(char::is_ascii_digit).collect::<String>());
            }
            Value::Literal(l) => {
                reals.insert(l.clone());
            }
        }
    }
    let mut builder = entries::Builder {
        plan: Plan {
            values: Vec::new(),
            planned: HashSet::new(),
            masks: collected.masks.iter().map(|m| m.span).collect(),
            keyed: HashMap::new(),
            phrases: Vec::new(),
            index: HashMap::new(),
            phones: HashMap::new(),
        },
        mapper: Mapper::new(forbidden, options.salt),
        salt: options.salt,
        reals,
    };
    builder
        .plan
        .masks
        .sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    // Names first: an e-mail or a note that holds a name then gets that name's stand-in.
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by_key(|i| values.get(*i).map(|v| v.kind != Personal::Name));
    for id in order {
        let (Some(v), false) = (values.get(id), options.kept.contains(&id)) else {
            continue;
        };
        let alternative = options.alternatives.get(&id).copied().unwrap_or(0);
        builder.value(id, v, alternative);
    }
    for (i, secret) in collected.secrets.iter().enumerate() {
        let alnum = secret.value.chars().filter(|c| c.is_alphanumeric()).count();
        if alnum >= MIN_SWEPT_SECRET_CHARS {
            let masked = mask(alnum);
            let mut chars = masked.chars();
            let standin: String = secret
                .value
                .chars()
                .map(|c| match c.is_alphanumeric() {
                    true => chars.next().unwrap_or('x'),
                    false => c,
                })
                .collect();
            builder.phrase(
                &secret.value,
                &standin,
                true,
                false,
                Fit::Mask,
                Origin::Secret(i),
            );
        }
    }
    builder.plan.values = values;
    builder.plan
}

/// The personal values collected, each once: the declared fields' values in document order, then the
/// e-mail addresses found elsewhere.
fn distinct(collected: &Collected) -> Vec<Distinct> {
    let mut out: Vec<Distinct> = Vec::new();
    let mut seen: HashMap<(&'static str, Value), usize> = HashMap::new();
    let mut push = |value: Value, kind: Personal, sample, place: Option<&Found>| {
        let id = *seen
            .entry((kind.label(), value.clone()))
            .or_insert_with(|| {
                out.push(Distinct {
                    value,
                    kind,
                    sample,
                    places: Vec::new(),
                    keys: Vec::new(),
                    flagged: false,
                });
                out.len().saturating_sub(1)
            });
        let (Some(d), Some(f)) = (out.get_mut(id), place) else {
            return;
        };
        d.places.push((f.delivery, f.path.clone()));
        d.flagged |= f.flagged;
        if let Some(k) = f.key.as_ref().filter(|k| !d.keys.contains(k)) {
            d.keys.push(k.clone());
        }
    };
    for f in &collected.personal {
        push(f.value.clone(), f.kind, f.sample, Some(f));
    }
    for email in &collected.emails {
        push(
            Value::Text(email.clone()),
            Personal::Contact,
            Sample::Email,
            None,
        );
    }
    out
}

/// A salt for one value and alternative: a flagged value's next round draws anew.
pub fn salt_for(salt: u64, real: &str, alternative: u64) -> u64 {
    hash(real, salt ^ alternative.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}
