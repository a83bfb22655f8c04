//! Values that validate but break real receivers, as warnings that spell out the consequence: ids past
//! JavaScript's exact integers, decimals past .NET's `decimal`, offsets past ±14:00, invisible and
//! bidirectional-control characters.

use super::Ctx;
use crate::domain::diagnostic::Kind;
use crate::domain::json::{Member, Node, NodeKind, Span};
use crate::domain::signature::{is_hidden_format, visible};
use crate::domain::typed::{child_path, index_path};

/// 2^53: above it, an IEEE double (JavaScript's only number) cannot hold every integer.
const JS_EXACT_LIMIT: u64 = 1 << 53;
/// .NET `decimal.MaxValue`, 29 digits: a larger magnitude throws OverflowException when read.
const DOTNET_DECIMAL_MAX: &str = "79228162514264337593543950335";
/// .NET's `DateTimeOffset` accepts offsets up to ±14:00 and throws past them.
const MAX_OFFSET_MINUTES: i16 = 14 * 60;
/// How many hidden characters a message names.
const NAMED_HIDDEN: usize = 3;

impl Ctx<'_> {
    pub(super) fn js_precision(&mut self, node: &Node, path: &str, value: i64) {
        if value.unsigned_abs() <= JS_EXACT_LIMIT {
            return;
        }
        // An i64 to f64 and back is exact to print without linking a float printer.
        let read = value as f64 as i64;
        let text = node.as_number_text().unwrap_or_default();
        self.report(Kind::Precision, path, node.span, None, Some(text.to_owned()),
            format!("{text} is past 2^53: JavaScript's JSON.parse reads it as {read}, so a Node receiver sees another id. Parse ids as strings or with a big-integer JSON reader."));
    }

    pub(super) fn decimal_range(&mut self, node: &Node, path: &str, text: &str) {
        if !past_dotnet_decimal(text) {
            return;
        }
        self.report(Kind::Range, path, node.span, Some("decimal"), Some(text.to_owned()),
            format!("{text} is larger than .NET's decimal can hold ({DOTNET_DECIMAL_MAX}): deserialising it into a decimal throws."));
    }

    pub(super) fn offset_range(&mut self, node: &Node, path: &str, minutes: i16, text: &str) {
        if minutes.unsigned_abs() <= MAX_OFFSET_MINUTES.unsigned_abs() {
            return;
        }
        self.report(Kind::Range, path, node.span, Some("offset within ±14:00"), Some(text.to_owned()),
            format!("{text} has an offset past ±14:00, which no time zone uses: .NET's DateTimeOffset throws on it."));
    }

    /// Invisible and bidirectional-control characters in a string value.
    pub(super) fn hidden_characters(&mut self, node: &Node, path: &str, s: &str) {
        self.hidden(node.span, path, s, "value");
    }

    /// The same in a key (a map's, or a field the documents do not list): it reads as another key.
    pub(super) fn hidden_in_key(&mut self, member: &Member, path: &str) {
        self.hidden(member.key_span, path, &member.key, "key");
    }

    /// Everything inside a value the documents do not describe: its strings, and its objects' keys.
    pub(super) fn hidden_anywhere(&mut self, node: &Node, path: &str) {
        match &node.kind {
            NodeKind::String(s) => self.hidden_characters(node, path, s),
            NodeKind::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.hidden_anywhere(item, &index_path(path, i));
                }
            }
            NodeKind::Object(members) => {
                for m in members {
                    let child = child_path(path, &m.key);
                    self.hidden_in_key(m, &child);
                    self.hidden_anywhere(&m.value, &child);
                }
            }
            _ => {}
        }
    }

    fn hidden(&mut self, span: Span, path: &str, s: &str, what: &str) {
        // Every hidden character is outside ASCII: most values leave here, at memchr speed.
        if s.is_ascii() || !s.chars().any(is_hidden_format) {
            return;
        }
        let hidden: Vec<(usize, char)> = s
            .chars()
            .enumerate()
            .filter(|(_, c)| is_hidden_format(*c))
            .collect();
        let named: Vec<String> = hidden
            .iter()
            .take(NAMED_HIDDEN)
            .map(|(at, c)| format!("U+{:04X} at character {}", u32::from(*c), at + 1))
            .collect();
        let more = hidden.len().saturating_sub(NAMED_HIDDEN);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        self.report(Kind::Invisible, path, span, None, Some(visible(s)),
            format!("The {what} holds {} invisible character{} ({}{more}): it looks like {:?} but compares unequal to it, and bidirectional controls can reorder how it displays.",
                hidden.len(), if hidden.len() == 1 { "" } else { "s" }, named.join(", "),
                s.chars().filter(|c| !is_hidden_format(*c)).collect::<String>()));
    }
}

/// Whether a JSON number's magnitude passes .NET's `decimal.MaxValue`, read from its text (no float).
fn past_dotnet_decimal(text: &str) -> bool {
    let unsigned = text.trim_start_matches('-');
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    let significant = digits.trim_start_matches('0');
    // Digits before the decimal point once the exponent is applied.
    let leading_zeros = digits.len().saturating_sub(significant.len());
    let point = (whole.len() as i64)
        .saturating_add(exponent)
        .saturating_sub(leading_zeros as i64);
    let max_len = DOTNET_DECIMAL_MAX.len() as i64;
    match point.cmp(&max_len) {
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Greater => true,
        // Same number of whole digits: compare them, padded with zeros where the text has fewer.
        std::cmp::Ordering::Equal => {
            let whole_digits: String = significant
                .chars()
                .chain(std::iter::repeat('0'))
                .take(DOTNET_DECIMAL_MAX.len())
                .collect();
            let rest_nonzero = significant
                .chars()
                .skip(DOTNET_DECIMAL_MAX.len())
                .any(|c| c != '0');
            whole_digits.as_str() > DOTNET_DECIMAL_MAX
                || (whole_digits == DOTNET_DECIMAL_MAX && rest_nonzero)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::past_dotnet_decimal;
    use crate::domain::analysis::analyze;
    use crate::domain::diagnostic::Kind;

    #[test]
    fn hidden_characters_in_map_keys_and_undocumented_values_are_flagged() {
        let text = "{\"eventType\": \"Session Booked\", \"payload\": {\"supplementalData\": {\"coach\u{202e}\": \"x\"}}, \"extra\": {\"note\": \"pay\u{200b}ment\", \"li\u{2066}st\": [\"\u{202a}a\"]}}";
        let found: Vec<(String, String)> = analyze(text)
            .diagnostics
            .iter()
            .filter(|d| d.kind == Kind::Invisible)
            .map(|d| (d.path.clone(), d.message.chars().take(16).collect()))
            .collect();
        let expected = [
            (
                "payload.supplementalData[\"coach\u{202e}\"]",
                "The key holds 1 ",
            ),
            ("extra.note", "The value holds "),
            ("extra[\"li\u{2066}st\"]", "The key holds 1 "),
            ("extra[\"li\u{2066}st\"][0]", "The value holds "),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(p, m)| ((*p).to_owned(), (*m).to_owned()))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn the_decimal_limit_is_read_from_the_text() {
        for (text, past) in [
            ("79228162514264337593543950335", false),
            ("79228162514264337593543950336", true),
            ("-79228162514264337593543950336", true),
            ("79228162514264337593543950335.5", true),
            ("7.9228162514264337593543950335e28", false),
            ("1e29", true),
            ("1e28", false),
            ("0.000000000000000000000000000000001", false),
            ("249.99", false),
            ("0", false),
            ("00000000000000000000000000000012", false),
        ] {
            assert_eq!(past_dotnet_decimal(text), past, "{text}");
        }
    }
}
