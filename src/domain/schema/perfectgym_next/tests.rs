//! The declaration read against its spec: the event table of docs/specs/sportalliance-webhooks.md §3 and
//! the body table of §2 are parsed from the file (never copied here), and every row must match.

use super::{ENVELOPE, EVENTS, ITEM, ML, PERFECTGYM_NEXT};
use crate::domain::schema::{EventDecl, FieldDecl, ObjectDecl, Provenance};

const SPEC: &str = include_str!("../../../../docs/specs/sportalliance-webhooks.md");

/// One row of a Markdown table, split into trimmed cells.
fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect()
}

/// The rows of the table whose header row starts with `header`.
fn table(header: &str) -> Vec<Vec<&'static str>> {
    SPEC.lines()
        .skip_while(|l| !l.starts_with(header))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(cells)
        .collect()
}

/// The identifiers written in backticks in a cell (`contractId`), code examples left out.
fn identifiers(cell: &str) -> Vec<&str> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric()))
        .collect()
}

/// Every field name in an object and the objects below it.
fn names(decl: &ObjectDecl, out: &mut Vec<&'static str>) {
    let fields: &'static [FieldDecl] = decl.fields;
    for f in fields {
        out.push(f.name);
        if let Some(child) = f.ty.object() {
            names(child, out);
        }
    }
}

fn content(event: &EventDecl) -> Vec<&'static str> {
    let mut out = Vec::new();
    if let Some(data) = event.data {
        names(data, &mut out);
    }
    out
}

#[test]
fn every_row_of_the_event_table_is_declared_in_its_order() {
    let rows = table("| # | `type`");
    assert_eq!(rows.len(), 44);
    let declared: Vec<&str> = EVENTS.iter().map(|e| e.name).collect();
    let listed: Vec<&str> = rows.iter().map(|r| r[1].trim_matches('`')).collect();
    assert_eq!(declared, listed);
}

#[test]
fn entity_content_provenance_and_words_follow_each_row() {
    for (row, event) in table("| # | `type`").iter().zip(EVENTS.iter()) {
        let name = event.name;
        let fires = row[2].replace("**", "");
        assert!(
            event.description.starts_with(fires.trim_end_matches('.')),
            "{name}: {:?} does not start with the table's {fires:?}",
            event.description
        );
        let entity = identifiers(row[3]);
        assert_eq!(event.entity, entity.first().copied(), "{name}: entityId");
        let declared = content(event);
        for listed in identifiers(row[4]) {
            assert!(
                declared.contains(&listed),
                "{name}: content.{listed} is not declared"
            );
        }
        // A field beyond the table's is one the spec names elsewhere (the use-case page's key).
        for field in &declared {
            assert!(
                SPEC.contains(&format!("`{field}`")),
                "{name}: {field} is not in the spec"
            );
        }
        if row[4] == "—" || row[4] == "not documented" {
            assert!(declared.is_empty(), "{name}: the table names no content");
        }
        let seen_on_pg = row[5].starts_with('✔');
        let expected = if seen_on_pg {
            Provenance::Documented
        } else {
            ML
        };
        assert_eq!(
            event.provenance, expected,
            "{name}: PG page column {:?}",
            row[5]
        );
    }
}

#[test]
fn the_body_fields_are_the_webhook_api_schema() {
    let rows = table("| Field | Type (format)");
    let mut declared: Vec<String> = ENVELOPE.fields.iter().map(|f| f.name.to_owned()).collect();
    declared.extend(ITEM.fields.iter().map(|f| format!("payload[].{}", f.name)));
    let listed: Vec<String> = rows
        .iter()
        .map(|r| r[0].trim_matches('`').to_owned())
        .collect();
    assert_eq!(declared, listed);
    for (row, name) in rows.iter().zip(&listed) {
        let field = name
            .strip_prefix("payload[].")
            .and_then(|n| ITEM.field(n))
            .or_else(|| ENVELOPE.field(name))
            .unwrap_or_else(|| panic!("{name}"));
        // "**yes**" is required; the one optional field is content.
        assert_eq!(field.required, row[2].contains("yes"), "{name}: required");
        // The PerfectGym Next copy of the schema was unreadable: every row is [ML→PG].
        assert_eq!(field.provenance, ML, "{name}");
        if let Some(example) = field.example {
            assert!(
                row[4].contains(example),
                "{name}: example {example} vs {:?}",
                row[4]
            );
        }
    }
}

#[test]
fn the_key_the_timeout_and_both_retry_claims_are_declared() {
    let key = PERFECTGYM_NEXT.auth.key().expect("a static key scheme");
    assert_eq!(key.header, "x-api-key");
    assert!(
        SPEC.contains(key.example),
        "the example key is the documents' own"
    );
    assert!(PERFECTGYM_NEXT.signing().is_none());
    let delivery = &PERFECTGYM_NEXT.delivery_rules;
    assert_eq!(delivery.deadline_ms, Some(5_000));
    assert!(delivery.https_only && delivery.https_port.is_none());
    assert!(delivery.retries_conflict());
    assert!(delivery.retries.iter().any(|c| c.repeats == Some(0)));
    assert!(delivery
        .retries
        .iter()
        .any(|c| c.repeats == Some(3) && c.interval_minutes == Some(10)));
}
