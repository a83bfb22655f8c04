//! `index.json` in `dist/schemas/`: every exported file with its format, vendor, size and the line where
//! each type is defined, so the page's Export view can list the files and jump to a definition without
//! compiling any generator into the wasm.

use super::names::{qualified, root_name, type_names};
use super::{ExportFormat, File};
use crate::domain::json::{parse, quoted, Node, NodeKind};
use crate::domain::schema::{declaration, Vendor};

pub const INDEX_FILE: &str = "index.json";

/// Builds `index.json` from the files already generated.
pub fn index_file(files: &[File]) -> File {
    let mut entries = Vec::new();
    for format in ExportFormat::ALL {
        for vendor in Vendor::ALL {
            let name = format.file_name(vendor);
            let Some(file) = files.iter().find(|f| f.name == name) else {
                continue;
            };
            // A file that serves every vendor (OpenAPI, AsyncAPI) is listed once per vendor, with that
            // vendor's definitions (written there with the vendor's prefix).
            let mut definitions = Vec::new();
            for ty in type_names(declaration(vendor)) {
                if let Some(line) = locate(format, vendor, &file.text, &ty) {
                    definitions.push(format!("{{\"type\": {}, \"line\": {line}}}", quoted(&ty)));
                }
            }
            entries.push(format!(
                "    {{\"format\": {}, \"vendor\": {}, \"file\": {}, \"bytes\": {}, \"lines\": {}, \"definitions\": [\n      {}\n    ]}}",
                quoted(format.slug()),
                quoted(vendor.slug()),
                quoted(&file.name),
                file.text.len(),
                file.text.lines().count(),
                definitions.join(",\n      ")
            ));
        }
    }
    File {
        name: INDEX_FILE.to_owned(),
        text: format!("{{\"files\": [\n{}\n]}}\n", entries.join(",\n")),
    }
}

/// The 1-based line where the vendor's type `name` is defined in a file of `format`: written with the
/// vendor's prefix in a file of every vendor; a JSON Schema's root type is the document itself (line 1).
pub fn locate(format: ExportFormat, vendor: Vendor, text: &str, name: &str) -> Option<usize> {
    if format.every_vendor() {
        return definition_line(text, &qualified(vendor, name));
    }
    definition_line(text, name)
        .or_else(|| (format == ExportFormat::JsonSchema && name == root_name(vendor)).then_some(1))
}

/// The 1-based line where `name` is defined: a JSON key (`"Name": {`), a Python alias (`Name = …`), or
/// the word after `interface`, `type`, `class`, `struct`, `enum` or `record`.
pub fn definition_line(text: &str, name: &str) -> Option<usize> {
    const KEYWORDS: [&str; 6] = ["interface", "type", "class", "struct", "enum", "record"];
    text.lines()
        .position(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with(&format!("{}: {{", quoted(name)))
                || trimmed.starts_with(&format!("{name} = "))
            {
                return true;
            }
            line.match_indices(name).any(|(at, _)| {
                let before = line.get(..at).unwrap_or("");
                let after = line.get(at.saturating_add(name.len())..).unwrap_or("");
                let whole = !after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
                let keyword = before.trim_end();
                whole
                    && before.ends_with(' ')
                    && KEYWORDS
                        .iter()
                        .any(|k| keyword == *k || keyword.ends_with(&format!(" {k}")))
            })
        })
        .map(|i| i.saturating_add(1))
}

/// One file as `index.json` lists it, read back by the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub format: ExportFormat,
    pub vendor: Vendor,
    pub file: String,
    pub bytes: usize,
    pub lines: usize,
    /// `(type name, 1-based line)`, in the order of `names::type_names`.
    pub definitions: Vec<(String, usize)>,
}

impl Listed {
    pub fn line_of(&self, name: &str) -> Option<usize> {
        self.definitions
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, line)| line)
    }
}

/// Why `index.json` could not be read (a stale or damaged deploy, or a proxy's error page).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    #[error("index.json is not JSON ({0})")]
    NotJson(String),
    #[error("index.json has no list of files")]
    NoFiles,
}

/// Reads `index.json`. Entries of formats or vendors this build does not know are skipped, so a newer
/// deploy's index still opens in an older page.
pub fn parse_index(text: &str) -> Result<Vec<Listed>, IndexError> {
    let root = parse(text).map_err(|e| IndexError::NotJson(e.to_string()))?;
    let files = root
        .get("files")
        .and_then(Node::as_array)
        .ok_or(IndexError::NoFiles)?;
    Ok(files.iter().filter_map(listed).collect())
}

fn listed(node: &Node) -> Option<Listed> {
    let text = |key| node.get(key).and_then(Node::as_str);
    let count = |key| {
        node.get(key)
            .and_then(number)
            .and_then(|n| n.parse::<usize>().ok())
    };
    let format = ExportFormat::from_slug(text("format")?)?;
    let vendor = Vendor::ALL
        .into_iter()
        .find(|v| Some(v.slug()) == text("vendor"))?;
    let definitions = node
        .get("definitions")
        .and_then(Node::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(|d| {
            let name = d.get("type").and_then(Node::as_str)?;
            let line = d.get("line").and_then(number)?.parse().ok()?;
            Some((name.to_owned(), line))
        })
        .collect();
    Some(Listed {
        format,
        vendor,
        file: text("file")?.to_owned(),
        bytes: count("bytes").unwrap_or(0),
        lines: count("lines").unwrap_or(0),
        definitions,
    })
}

fn number(node: &Node) -> Option<&str> {
    match &node.kind {
        NodeKind::Number(text) => Some(text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_reads_back_what_it_wrote() {
        let files = vec![
            File {
                name: "gymos.ts".into(),
                text: "// x\nexport type GymOsWebhook =\n  | A;\nexport interface SessionBookedEvent {\n".into(),
            },
            File {
                name: "openapi.json".into(),
                text: "{\n  \"GymOs.GymOsWebhook\": {\n".into(),
            },
        ];
        let index = index_file(&files);
        let listed = parse_index(&index.text).expect("parses");
        // openapi.json is listed once per vendor; gymos.ts once.
        assert_eq!(listed.len(), Vendor::ALL.len() + 1, "{}", index.text);
        let ts = listed
            .iter()
            .find(|l| l.format == ExportFormat::TypeScript)
            .expect("ts listed");
        assert_eq!(
            (ts.vendor, ts.lines, ts.bytes),
            (Vendor::GymOs, 4, files[0].text.len())
        );
        assert_eq!(ts.line_of("GymOsWebhook"), Some(2));
        assert_eq!(ts.line_of("SessionBookedEvent"), Some(4));
        let api = listed
            .iter()
            .find(|l| l.format == ExportFormat::OpenApi && l.vendor == Vendor::GymOs)
            .expect("openapi listed for GymOS");
        assert_eq!(api.line_of("GymOsWebhook"), Some(2));
    }

    #[test]
    fn a_damaged_index_is_an_error_and_unknown_entries_are_skipped() {
        assert!(matches!(parse_index("<html>"), Err(IndexError::NotJson(_))));
        assert_eq!(parse_index("{}"), Err(IndexError::NoFiles));
        let text = r#"{"files": [{"format": "cobol", "vendor": "gymos", "file": "x"},
            {"format": "go", "vendor": "gymos", "file": "gymos.go", "definitions": [{"type": "A", "line": 3}]}]}"#;
        let listed = parse_index(text).expect("parses");
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].line_of("A"), Some(3));
    }

    #[test]
    fn definitions_are_found_in_each_language_s_spelling() {
        let cases = [
            ("{\n  \"$defs\": {\n    \"Member\": {", "Member", Some(3)),
            ("// Member\nexport interface Member {", "Member", Some(2)),
            (
                "export type MemberX = 1;\nexport type Member =",
                "Member",
                Some(2),
            ),
            (
                "class Members(BaseModel):\nclass Member(BaseModel):",
                "Member",
                Some(2),
            ),
            ("Member = Annotated[int, 1]", "Member", Some(1)),
            ("public sealed class Member\n{", "Member", Some(1)),
            ("type Member struct {", "Member", Some(1)),
            ("pub struct Member {", "Member", Some(1)),
            ("pub enum Member {", "Member", Some(1)),
            ("    member: Member,", "Member", None),
        ];
        for (text, name, line) in cases {
            assert_eq!(definition_line(text, name), line, "{text}");
        }
    }
}
