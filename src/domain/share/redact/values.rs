//! The fictional value for one personal field: chosen by the field's declared sample kind (the same hint
//! the generator uses), keeping the real value's shape: a date keeps its layout, a list its delimiters.

use super::super::people::People;
use crate::domain::generate::cast::Cast;
use crate::domain::json::parse;
use crate::domain::schema::{FieldDecl, Moment, Personal, Sample};

/// What a personal value with no fitting stand-in becomes.
const MASK: &str = "REDACTED";
/// Separators of the delimited name lists (`hosts`, `attendees`): the document does not say which.
const LIST_SEPARATORS: [char; 5] = [',', ';', '|', '/', '&'];
/// `YYYY-MM-DD`: the part of a date of birth that is replaced.
const DATE_CHARS: usize = 10;

pub fn fictional(
    people: &mut People,
    decl: &FieldDecl,
    real: &str,
    person: Option<&Cast>,
) -> String {
    let cast = match person {
        Some(c) => c.clone(),
        None => people.person(real, "", "").clone(),
    };
    match decl.sample {
        Sample::FirstName => cast.first.to_owned(),
        Sample::LastName => cast.last.to_owned(),
        Sample::FullName | Sample::Staff if decl.personal == Some(Personal::Contact) => {
            contact(people, real)
        }
        Sample::FullName if person.is_some() => cast.full_name(),
        Sample::FullName | Sample::Staff => names(people, real),
        Sample::Title => cast.title.to_owned(),
        Sample::Gender => cast.gender().to_owned(),
        Sample::Email => people.email(real, person),
        Sample::Phone => people.phone(real),
        Sample::Relative => people.relative(real, &cast),
        Sample::Address => cast.address(),
        Sample::AddressLine => cast.address_line.clone(),
        Sample::City => cast.town.city.to_owned(),
        Sample::County => cast.town.county.to_owned(),
        Sample::Postcode => cast.postcode.clone(),
        Sample::Time(Moment::Birth) => birth_date(people, real),
        _ => match decl.personal {
            Some(Personal::Name) => names(people, real),
            Some(Personal::Contact) => contact(people, real),
            Some(Personal::BirthDate) => birth_date(people, real),
            _ => example(decl)
                .filter(|e| e != real)
                .unwrap_or_else(|| MASK.to_owned()),
        },
    }
}

/// A sender or similar: an e-mail, a phone number, or a name, whichever the real value looks like.
fn contact(people: &mut People, real: &str) -> String {
    if real.contains('@') {
        people.email(real, None)
    } else if real.chars().filter(char::is_ascii_digit).count() >= real.trim().len() / 2 {
        people.phone(real)
    } else {
        names(people, real)
    }
}

/// One name, or a delimited list of them with its separators and spacing kept.
fn names(people: &mut People, real: &str) -> String {
    let mut out = String::with_capacity(real.len());
    for part in real.split_inclusive(LIST_SEPARATORS) {
        let (item, sep) = match part.strip_suffix(LIST_SEPARATORS) {
            Some(item) => (item, part.get(item.len()..).unwrap_or_default()),
            None => (part, ""),
        };
        let name = item.trim();
        if name.is_empty() {
            out.push_str(item);
        } else {
            let lead = item.len() - item.trim_start().len();
            out.push_str(item.get(..lead).unwrap_or_default());
            out.push_str(&people.name(name));
            out.push_str(item.get(lead + name.len()..).unwrap_or_default());
        }
        out.push_str(sep);
    }
    out
}

/// The date part replaced, the rest (time, zone, fraction) kept, so the value parses as before.
fn birth_date(people: &mut People, real: &str) -> String {
    let date = people.birth_date(real);
    let shaped = real.get(..DATE_CHARS).is_some_and(|d| {
        d.bytes()
            .enumerate()
            .all(|(i, b)| matches!(i, 4 | 7) == (b == b'-'))
    });
    if shaped {
        return format!("{date}{}", real.get(DATE_CHARS..).unwrap_or_default());
    }
    // Another layout: its digits replaced one for one (the verification restores it if that breaks it).
    let mut digits = date.bytes().filter(u8::is_ascii_digit).cycle();
    real.chars()
        .map(|c| match c.is_ascii_digit() {
            true => digits.next().map_or(c, char::from),
            false => c,
        })
        .collect()
}

/// The document's own example value, when it is a non-empty string.
fn example(decl: &FieldDecl) -> Option<String> {
    let node = parse(decl.example?).ok()?;
    node.as_str().filter(|s| !s.is_empty()).map(str::to_owned)
}
