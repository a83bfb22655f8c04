//! Verify: the link's text is read again as the page reads it, and checked. It must read as the same
//! deliveries with the same vendor, event and diagnostics (kind, severity and path); no collected value
//! may be found in it (the sweep, run again, finds nothing to replace); every credential the scanners
//! find in it is a mask; no personal field holds the value it held in the paste.

use super::collect::{collect, shape::is_masked, Collected, Found, Value};
use super::read::{read, Reading, View};
use super::sweep::{sweep, Origin, Plan};
use super::text::decoded;
use crate::domain::analysis::{analyze, Analysis};
use crate::domain::schema::Personal;
use std::collections::HashMap;

/// Why a result cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The link would read differently: (delivery, path) of each diagnostic that differs (the
    /// delivery is `None` for the paste as a whole).
    Changed(Vec<(Option<usize>, String)>),
    /// Something collected is still in it: what (never the value).
    Survived(String),
}

pub fn verify(
    text: &str,
    before: &Reading,
    collected: &Collected,
    plan: &Plan,
    output: &str,
) -> Result<(), Failure> {
    let after = read(output);
    if after.form != before.form || after.deliveries.len() != before.deliveries.len() {
        return Err(Failure::Changed(vec![(
            None,
            "how the paste is read".to_owned(),
        )]));
    }
    let mut changed = Vec::new();
    for (i, (a, b)) in before.deliveries.iter().zip(&after.deliveries).enumerate() {
        changed.extend(
            differences(&a.analysis, &b.analysis)
                .into_iter()
                .map(|p| (Some(i), p)),
        );
    }
    if before.deliveries.len() != 1 || before.deliveries.first().is_some_and(|d| d.text != text) {
        changed.extend(
            differences(&analyze(text), &analyze(output))
                .into_iter()
                .map(|p| (None, p)),
        );
    }
    if !changed.is_empty() {
        return Err(Failure::Changed(changed));
    }
    survivors(collected, plan, output, &after)
}

/// Vendor, event and each diagnostic's (severity, kind, path): the paths of what differs.
fn differences(a: &Analysis, b: &Analysis) -> Vec<String> {
    if a.vendor() != b.vendor() || a.event_name != b.event_name {
        return vec![String::new()];
    }
    let keys = |x: &Analysis| {
        let mut k: Vec<(String, &'static str, &'static str)> = x
            .diagnostics
            .iter()
            .map(|d| (d.path.clone(), d.kind.key(), d.kind.severity().key()))
            .collect();
        k.sort();
        k
    };
    let (ka, kb) = (keys(a), keys(b));
    let mut paths: Vec<String> = ka
        .iter()
        .filter(|k| !kb.contains(k))
        .chain(kb.iter().filter(|k| !ka.contains(k)))
        .map(|k| k.0.clone())
        .collect();
    if paths.is_empty() && ka.len() != kb.len() {
        paths = ka.iter().map(|k| k.0.clone()).collect();
    }
    paths.sort();
    paths.dedup();
    paths
}

fn survivors(
    collected: &Collected,
    plan: &Plan,
    output: &str,
    after: &Reading,
) -> Result<(), Failure> {
    let view = View::new(output, &after.frames);
    // The sweep run again finds nothing left to replace (a stand-in never is a real word).
    let again = sweep(&view.text, &plan.without_masks());
    let profile = |o: &&Origin| matches!(o, Origin::Value(id) if plan.values.get(*id).is_some_and(|v| v.kind == Personal::Profile));
    if let Some(origin) = again.hits.keys().filter(|o| !profile(o)).min() {
        return Err(Failure::Survived(match origin {
            Origin::Value(id) => describe(plan, *id),
            _ => "a credential".to_owned(),
        }));
    }
    let rescan = collect(&view.text, after, &view);
    for m in &rescan.masks {
        if !is_masked(&decoded(&view.text, m.span)) {
            return Err(Failure::Survived(format!("the credential in {}", m.label)));
        }
    }
    if let Some(s) = rescan.secrets.iter().find(|s| !is_masked(&s.value)) {
        return Err(Failure::Survived(format!("the credential in {}", s.label)));
    }
    // No personal field holds its old value (a stand-in of a title or gender may be the same word).
    let old: HashMap<(usize, &str), &Found> = collected
        .personal
        .iter()
        .map(|f| ((f.delivery, f.path.as_str()), f))
        .collect();
    let ids: HashMap<(&str, &Value), usize> = plan
        .values
        .iter()
        .enumerate()
        .map(|(id, v)| ((v.kind.label(), &v.value), id))
        .collect();
    for f in &rescan.personal {
        let Some(o) = old.get(&(f.delivery, f.path.as_str())) else {
            continue;
        };
        let planned = ids
            .get(&(o.kind.label(), &o.value))
            .is_some_and(|id| plan.planned.contains(id));
        if planned && o.kind != Personal::Profile && same(f, o) {
            return Err(Failure::Survived(format!("the value at {}", f.path)));
        }
    }
    Ok(())
}

fn same(a: &Found, b: &Found) -> bool {
    match (&a.value, &b.value) {
        (Value::Text(x), Value::Text(y)) => x.trim().to_lowercase() == y.trim().to_lowercase(),
        (x, y) => x == y,
    }
}

fn describe(plan: &Plan, id: usize) -> String {
    match plan.values.get(id).and_then(|v| v.places.first()) {
        Some((_, path)) => format!("the value at {path}"),
        None => "an e-mail address".to_owned(),
    }
}
