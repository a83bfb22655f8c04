//! The example JSON blocks of the vendor documents, extracted verbatim from docs/specs, and
//! complete webhook bodies assembled from them (fixtures for the validator and the views).

use super::spec_tables::is_identifier;

pub const GYMOS_SPEC: &str = include_str!("../../../docs/specs/gymos-webhook-payload.txt");
pub const PERFECTGYM_SPEC: &str = include_str!("../../../docs/specs/perfectgym-webhooks.txt");

/// The lines from `start` (an opening `{`) up to the first line that closes it.
fn block(lines: &[&str], start: usize) -> String {
    let end = (start..lines.len())
        .find(|&i| lines[i].trim() == "}")
        .expect("block closes");
    lines[start..=end].join("\n")
}

/// `(object name, example JSON text)` for every example block in the GymOS document: the
/// `name` line + `{ ... }` blocks (member, lead, attendee, 22 payload objects) and the
/// `"supplementalData": { ... }` snippet. The envelope, subject and payload skeletons hold
/// `{ ... }` placeholders and are not JSON, so they are left out.
pub fn gymos_examples() -> Vec<(&'static str, String)> {
    let lines: Vec<&'static str> = GYMOS_SPEC.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim();
        let next_opens = lines.get(i + 1).is_some_and(|l| l.trim() == "{");
        if is_identifier(line) && next_opens {
            out.push((line, block(&lines, i + 1)));
        } else if let Some(key) = line.strip_prefix('"').and_then(|l| l.strip_suffix("\": {")) {
            // `"supplementalData": {` opens its example on the same line.
            let text = format!("{{\n{}", &block(&lines, i)[line.len() + 1..]);
            if serde_json::from_str::<serde_json::Value>(&text).is_ok() {
                out.push((key, text));
            }
        }
    }
    out
}

fn example(name: &str) -> String {
    let found = gymos_examples().into_iter().find(|(n, _)| *n == name);
    found.unwrap_or_else(|| panic!("no example for {name}")).1
}

/// The keys of a document skeleton such as `"payload": {` ... `}`, in document order.
pub fn skeleton_keys(opening: &str) -> Vec<&'static str> {
    let lines: Vec<&'static str> = GYMOS_SPEC.lines().map(str::trim).collect();
    let start = lines
        .iter()
        .position(|l| *l == opening)
        .expect("skeleton present");
    let body = lines[start + 1..].iter().take_while(|l| **l != "}");
    body.filter_map(|l| l.strip_prefix('"')?.split('"').next())
        .collect()
}

/// The top-level example, verbatim, still holding its `{ ... }` placeholders.
pub fn gymos_envelope_skeleton() -> String {
    let lines: Vec<&str> = GYMOS_SPEC.lines().collect();
    let heading = lines
        .iter()
        .position(|l| l.trim() == "Top-level webhook object");
    block(&lines, heading.expect("envelope example") + 1)
}

/// A complete GymOS body: the document's envelope example with `eventType`/`subjectType`
/// swapped in, `subject` holding the named slot's example (or null when `slot` is None), and
/// `payload` holding the examples of `objects` (every other slot sent as null).
pub fn gymos_full_payload(
    event: &str,
    subject_type: &str,
    slot: Option<&str>,
    objects: &[&str],
) -> String {
    let subject = match slot {
        None => "null".to_string(),
        Some(slot) => {
            let keys = skeleton_keys("\"subject\": {");
            let parts: Vec<String> = keys
                .iter()
                .map(|k| {
                    format!(
                        "\"{k}\": {}",
                        if *k == slot {
                            example(k)
                        } else {
                            "null".into()
                        }
                    )
                })
                .collect();
            format!("{{\n{}\n}}", parts.join(",\n"))
        }
    };
    let parts: Vec<String> = skeleton_keys("\"payload\": {")
        .iter()
        .map(|k| {
            format!(
                "\"{k}\": {}",
                if objects.contains(k) {
                    example(k)
                } else {
                    "null".into()
                }
            )
        })
        .collect();
    let payload = format!("{{\n{}\n}}", parts.join(",\n"));
    gymos_envelope_skeleton()
        .replace("\"Session Booked\"", &format!("\"{event}\""))
        .replace("\"MEMBER\"", &format!("\"{subject_type}\""))
        .replace("\"subject\": { ... }", &format!("\"subject\": {subject}"))
        .replace("\"payload\": { ... }", &format!("\"payload\": {payload}"))
}

/// Four bodies: member + every payload object, lead, attendee, and no subject at all.
pub fn gymos_full_payloads() -> Vec<String> {
    let all = skeleton_keys("\"payload\": {");
    vec![
        gymos_full_payload("Session Booked", "MEMBER", Some("member"), &all),
        gymos_full_payload(
            "Lead appointment booked",
            "LEAD",
            Some("lead"),
            &["leadAppointment", "campaign"],
        ),
        gymos_full_payload("Session booked", "ATTENDEE", Some("attendee"), &all),
        gymos_full_payload("Session Booked", "", None, &all),
    ]
}

/// The Perfect Gym "Test" example, whose braces the document drops: the lines after
/// `Example of "Test" event payload:` wrapped in `{` and closed at every open level. Its
/// indentation is non-breaking spaces (U+00A0), which JSON rejects, so they become spaces.
pub fn perfectgym_test_example() -> String {
    let lines: Vec<&str> = PERFECTGYM_SPEC.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.contains("Example of \"Test\" event payload:"));
    let body: Vec<&str> = lines[start.expect("Test example") + 1..]
        .iter()
        .copied()
        .take_while(|l| !l.trim().is_empty())
        .collect();
    let body = body.join("\n").replace('\u{a0}', " ");
    let open = body.matches('{').count() - body.matches('}').count();
    format!("{{\n{body}\n{}", "}\n".repeat(open + 1))
}
