//! A scanner for the GymOS document's flattened field tables, where name and type run
//! together ("createdUtcdatetime When ..."): the ground truth the fidelity test checks against.

use super::spec_examples::GYMOS_SPEC;

/// Longest first, so `datetime` wins over `date` and `string[]` is read as `string` + `[]`.
const TYPES: [&str; 8] = [
    "datetime", "boolean", "decimal", "string", "object", "GUID", "date", "int",
];
const MAP_SUFFIX: &str = " (string → string)";

#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    /// As the document spells it: `GUID`, `string[]`, `object (string → string)`, ...
    pub ty: String,
    pub nullable: bool,
    /// Stray spaces before `.` and `,` tidied away.
    pub description: String,
}

/// A row that summarises several fields: "Address fields string homeAddress1, ..., etc."
#[derive(Debug, Clone)]
pub struct Prose {
    pub label: String,
    pub ty: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Table {
    /// The object heading above the table (`member`, `session`, ...); `envelope` for the
    /// "Top-level fields" table.
    pub heading: String,
    pub entries: Vec<Entry>,
    pub prose: Vec<Prose>,
}

pub fn tidy(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ").replace(" .", ".").replace(" ,", ",")
}

pub fn is_identifier(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_lowercase())
        && line.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Every "Field Type Description" table in the GymOS document, in document order.
pub fn gymos_tables() -> Vec<Table> {
    let mut heading = String::new();
    let mut tables = Vec::new();
    for line in GYMOS_SPEC.lines().map(str::trim) {
        if line == "Top-level fields" {
            heading = "envelope".into();
        } else if is_identifier(line) {
            heading = line.into();
        } else if let Some(rest) = line.strip_prefix("Field Type Description") {
            let (text, prose) = take_prose(rest);
            let entries = scan(&text);
            tables.push(Table {
                heading: heading.clone(),
                entries,
                prose,
            });
        }
    }
    tables
}

/// Cuts the "<Label> fields <type> a, b, c, etc." rows out of a table line.
fn take_prose(line: &str) -> (String, Vec<Prose>) {
    let mut text = line.to_string();
    let mut prose = Vec::new();
    while let Some(pos) = text.find(" fields string ") {
        // The label starts after the previous entry's closing full stop.
        let start = text[..pos].rfind('.').map_or(0, |i| i + 1);
        let list = pos + " fields string ".len();
        let end = list + text[list..].find("etc.").expect("prose row ends in etc.");
        let names = text[list..end]
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty());
        prose.push(Prose {
            label: text[start..pos].trim().to_string(),
            ty: "string".into(),
            names: names.map(String::from).collect(),
        });
        text.replace_range(start..end + "etc.".len(), " ");
    }
    (text, prose)
}

/// An entry header at byte `i`: `(name, type, nullable, end of header)`.
fn header_at(text: &str, i: usize) -> Option<(String, String, bool, usize)> {
    let bytes = text.as_bytes();
    let boundary = i == 0 || matches!(bytes[i - 1], b' ' | b'.' | b')');
    if !boundary || !bytes[i].is_ascii_lowercase() {
        return None;
    }
    let run_len = text[i..]
        .bytes()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let run = &text[i..i + run_len];
    let mut end = i + run_len;
    let (name, mut ty) = if let Some(ty) = TYPES
        .iter()
        .find(|t| run.len() > t.len() && run.ends_with(*t))
    {
        (run[..run.len() - ty.len()].to_string(), ty.to_string())
    } else {
        // "campaign string": the one row with a space between name and type. Only after a
        // closed sentence, so prose such as "The subject object matching" is not a header.
        let before = text[..i].trim_end();
        if !(before.ends_with('.') || before.ends_with(')')) {
            return None;
        }
        let next = text[end..].strip_prefix(' ')?;
        let next_len = next.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let ty = TYPES.iter().find(|t| **t == &next[..next_len])?;
        end += 1 + next_len;
        (run.to_string(), ty.to_string())
    };
    if ty == "string" && text[end..].starts_with("[]") {
        ty.push_str("[]");
        end += 2;
    }
    let nullable = text[end..].starts_with('?');
    end += usize::from(nullable);
    if ty == "object" && text[end..].starts_with(MAP_SUFFIX) {
        ty.push_str(MAP_SUFFIX);
        end += MAP_SUFFIX.len();
    }
    let ends_cleanly = end == text.len() || bytes[end] == b' ';
    ends_cleanly.then_some((name, ty, nullable, end))
}

fn scan(text: &str) -> Vec<Entry> {
    // (name, type, nullable, header start, description start)
    let mut heads = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match header_at(text, i) {
            Some((name, ty, nullable, end)) => {
                heads.push((name, ty, nullable, i, end));
                i = end;
            }
            None => i += 1,
        }
    }
    let starts: Vec<usize> = heads
        .iter()
        .skip(1)
        .map(|h| h.3)
        .chain([text.len()])
        .collect();
    heads
        .into_iter()
        .zip(starts)
        .map(|((name, ty, nullable, _, from), to)| Entry {
            name,
            ty,
            nullable,
            description: tidy(&text[from..to]),
        })
        .collect()
}
