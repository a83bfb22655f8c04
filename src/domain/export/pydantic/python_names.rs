//! Python attribute names for JSON field names: snake_case (`eventTimestampUtc` → `event_timestamp_utc`),
//! steering clear of keywords and of the names `BaseModel` itself defines, which a field would shadow.

/// Python's keywords and soft keywords, and `BaseModel`'s public attributes (pydantic 2).
const RESERVED: [&str; 52] = [
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "match",
    "case",
    "type",
    "construct",
    "copy",
    "dict",
    "from_orm",
    "json",
    "parse_file",
    "parse_obj",
    "parse_raw",
    "schema",
    "schema_json",
    "update_forward_refs",
    "validate",
    "root",
    "_",
];

/// The attribute for a JSON name: words split at lower→upper steps and before the last capital of a
/// capital run (`HTTPCode` → `http_code`), other characters as `_`; reserved words get a trailing `_`, and
/// names pydantic keeps for itself (leading `_`, `model_`) or that cannot start a name get an `f_` prefix.
pub(super) fn attribute(json_name: &str) -> String {
    let chars: Vec<char> = json_name.chars().collect();
    let mut out = String::with_capacity(json_name.len().saturating_add(4));
    for (i, c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p));
        let next = chars.get(i.saturating_add(1));
        if c.is_ascii_uppercase() {
            let after_lower = prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit());
            let run_end = prev.is_some_and(|p| p.is_ascii_uppercase())
                && next.is_some_and(|n| n.is_ascii_lowercase());
            if (after_lower || run_end) && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(*c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    if out.is_empty()
        || out.starts_with('_')
        || out.starts_with("model_")
        || out.starts_with(|c: char| c.is_ascii_digit())
    {
        out.insert_str(0, "f_");
    }
    if RESERVED.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::attribute;

    #[test]
    fn json_names_become_snake_case_python_names() {
        for (json, python) in [
            ("eventTimestampUtc", "event_timestamp_utc"),
            ("webHookTimestampUtc", "web_hook_timestamp_utc"),
            ("homeAddress1", "home_address1"),
            ("HTTPCode", "http_code"),
            ("id", "id"),
            ("from", "from_"),
            ("json", "json_"),
            ("model_config", "f_model_config"),
            ("2fa", "f_2fa"),
            ("first-name", "first_name"),
        ] {
            assert_eq!(attribute(json), python, "{json}");
        }
    }
}
