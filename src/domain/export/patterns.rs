//! The regular expressions the exports check text values with (JSON Schema `pattern`, the Pydantic and
//! TypeScript validators): each spells exactly what the explorer's own parser accepts, so every format
//! judges a GUID, a datetime, an id or an event name as the explorer does.

use crate::domain::schema::EventDecl;

/// The canonical 8-4-4-4-12 form, either case: the only spelling `Guid::parse` accepts.
pub(in crate::domain::export) const GUID: &str =
    "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}";
/// `Thh:mm[:ss[.f{1,9}]]`, `t` allowed, as `datetime_parse` reads it.
pub(in crate::domain::export) const TIME: &str =
    "[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";
/// `Z`, `z`, `±hh:mm` or `±hhmm` (hours to 23: wider offsets are a warning, not an error).
pub(in crate::domain::export) const ZONE: &str = "(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])";

/// `YYYY-MM-DD` with every calendar rule `datetime_parse` applies: years 0001-9999, each month's length,
/// and 29 February only in Gregorian leap years (divisible by 4, centuries only by 400).
pub(in crate::domain::export) fn date() -> String {
    let year = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})";
    let leap = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";
    format!(
        "(?:{year}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|{leap}-02-29)"
    )
}

/// `^(?:…)$`; a nullable field also takes `""`, which the explorer reads as null with a warning.
pub(in crate::domain::export) fn anchored(body: &str, empty_allowed: bool) -> String {
    if empty_allowed {
        format!("^(?:|{body})$")
    } else {
        format!("^(?:{body})$")
    }
}

/// A whole number as text that fits an i64, as `parse_int` reads it: JSON number grammar (no `+`, no
/// leading zeros, no fraction or exponent), and no more than i64's 19 digits up to its limits.
pub(in crate::domain::export) fn int64_text() -> String {
    let positive = at_most(&i64::MAX.to_string());
    let negative = at_most(&i64::MIN.unsigned_abs().to_string());
    format!("^(?:0|-0|[1-9][0-9]{{0,17}}|{positive}|-(?:[1-9][0-9]{{0,17}}|{negative}))$")
}

/// Numbers of exactly `limit`'s digit count (no leading zero) that are at most `limit`.
fn at_most(limit: &str) -> String {
    let digits: Vec<char> = limit.chars().collect();
    let mut alternatives = Vec::new();
    for (i, d) in digits.iter().enumerate() {
        let prefix: String = digits.iter().take(i).collect();
        let low = if i == 0 { '1' } else { '0' };
        let rest = digits.len().saturating_sub(i).saturating_sub(1);
        // Below this digit at position i, anything after.
        if let Some(below) = char::from_u32(u32::from(*d).saturating_sub(1)) {
            if *d > low {
                let class = if below == low {
                    format!("{low}")
                } else {
                    format!("[{low}-{below}]")
                };
                alternatives.push(format!("{prefix}{class}[0-9]{{{rest}}}"));
            }
        }
    }
    alternatives.push(limit.to_owned());
    format!("(?:{})", alternatives.join("|"))
}

/// The event's name (each ASCII letter in either case) or one of its aliases (as spelled), with any
/// whitespace Rust's `str::trim` removes around it: exactly what `VendorDecl::find_event` matches. Both
/// vendors match any case: GymOS silently, Perfect Gym with a warning, reading `data` by that event.
pub(in crate::domain::export) fn event_pattern(event: &EventDecl) -> String {
    let mut names = vec![any_case(event.name)];
    names.extend(event.aliases.iter().map(|a| literal(a.name)));
    format!("^{WHITESPACE}*(?:{}){WHITESPACE}*$", names.join("|"))
}

/// The Unicode White_Space characters, which `str::trim` strips.
pub(in crate::domain::export) const WHITESPACE: &str =
    "[\\u0009-\\u000D \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

fn any_case(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase())
            } else {
                literal(&c.to_string())
            }
        })
        .collect()
}

/// Escapes the characters ECMA-262 patterns treat as syntax; in unicode mode nothing else may be escaped.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "^$\\.*+?()[]{}|/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{at_most, event_pattern};
    use crate::domain::schema::declaration;
    use crate::domain::schema::Vendor;

    #[test]
    fn at_most_spells_every_smaller_number_of_the_same_length() {
        assert_eq!(at_most("25"), "(?:1[0-9]{1}|2[0-4][0-9]{0}|25)");
    }

    #[test]
    fn event_patterns_take_any_case_and_aliases_as_spelled() {
        let decl = declaration(Vendor::PerfectGym);
        let standby = decl
            .events
            .iter()
            .find(|e| !e.aliases.is_empty())
            .expect("an event with an alias");
        let pattern = event_pattern(standby);
        assert!(pattern.contains("[Cc][Ll]"), "{pattern}");
        assert!(
            pattern.contains("|ClassesBookedOnStandbyList)"),
            "{pattern}"
        );
    }
}
