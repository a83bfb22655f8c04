//! The redaction pipeline, failing closed: read the paste as the page does, collect every personal
//! value and credential, sweep them everywhere, verify the result by reading it again. A flagged value
//! whose stand-in changes a diagnostic tries another, then is kept as sent (and named); anything else
//! that cannot be accounted for refuses: the link is then made only on an explicit request, unredacted.

use super::collect::{collect, Collected, Value};
use super::read::{read, View};
use super::report::{Outcome, Refusal, Report};
use super::sweep::{plan, sweep, Options, Origin, Plan};
use super::verify::{verify, Failure};
use crate::domain::http::REQUEST_PATH;
use crate::domain::lenient::TEXT_PATH;

/// Rounds of verification, and stand-ins a flagged value tries before it is kept.
const MAX_ROUNDS: usize = 6;
const ALTERNATIVES: u64 = 3;
/// The salt of every stand-in: the same paste always gives the same link.
const SALT: u64 = 0x5245_4441_4354;

/// A share link's text and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The redacted text when `outcome` is `Redacted`; the paste as it is when `Refused`.
    pub text: String,
    /// The selected path, swept like the text.
    pub selected: Option<String>,
    pub outcome: Outcome,
}

pub fn prepare(text: &str, selected: Option<&str>) -> Prepared {
    let reading = read(text);
    let view = View::new(text, &reading.frames);
    let collected = collect(&view.text, &reading, &view);
    let refused = |refusal| Prepared {
        text: text.to_owned(),
        selected: selected.map(str::to_owned),
        outcome: Outcome::Refused(refusal),
    };
    if let Some((i, why)) = collected.unread.first() {
        let delivery = (reading.deliveries.len() > 1).then_some(*i);
        return refused(Refusal::Unread {
            delivery,
            why: why.clone(),
        });
    }
    let mut options = Options {
        salt: SALT,
        ..Options::default()
    };
    for _ in 0..MAX_ROUNDS {
        let plan = plan(&collected, &options);
        let swept = sweep(&view.text, &plan);
        let output = view.restore(&swept.text);
        match verify(text, &reading, &collected, &plan, &output) {
            Ok(()) => {
                let report = report(&reading, &collected, &plan, &options, &swept.hits);
                let selected = selected.map(|s| sweep(s, &plan.without_masks()).text);
                return Prepared {
                    text: output,
                    selected,
                    outcome: Outcome::Redacted(report),
                };
            }
            Err(Failure::Survived(what)) => return refused(Refusal::Survived { what }),
            Err(Failure::Changed(changed)) => {
                if !retry(&plan, &changed, &mut options) {
                    let (delivery, path) =
                        changed.into_iter().next().unwrap_or((None, String::new()));
                    let delivery = delivery.filter(|_| reading.deliveries.len() > 1);
                    return refused(Refusal::Changed { delivery, path });
                }
            }
        }
    }
    refused(Refusal::Changed {
        delivery: None,
        path: String::new(),
    })
}

/// Gives each value that may explain a changed diagnostic its next stand-in, or keeps it as sent.
/// False when no value explains any change.
fn retry(plan: &Plan, changed: &[(Option<usize>, String)], options: &mut Options) -> bool {
    let mut any = false;
    for (id, value) in plan.values.iter().enumerate() {
        if options.kept.contains(&id) {
            continue;
        }
        let explains = value.places.iter().any(|(d, path)| {
            changed.iter().any(|(cd, cp)| {
                let request = cp == REQUEST_PATH || cp == TEXT_PATH || cp.is_empty();
                *cd == Some(*d)
                    && ((request
                        && (value.flagged || value.value == Value::Literal("true".into())))
                        || cp == path
                        || cp
                            .strip_prefix(path.as_str())
                            .is_some_and(|r| r.starts_with('[')))
            })
        });
        if !explains {
            continue;
        }
        any = true;
        let next = options
            .alternatives
            .get(&id)
            .copied()
            .unwrap_or(0)
            .saturating_add(1);
        if next >= ALTERNATIVES {
            options.kept.insert(id);
        } else {
            options.alternatives.insert(id, next);
        }
    }
    any
}

fn report(
    reading: &super::read::Reading,
    collected: &Collected,
    plan: &Plan,
    options: &Options,
    hits: &std::collections::HashMap<Origin, usize>,
) -> Report {
    let mut personal = 0usize;
    let mut places = 0usize;
    let mut credentials: Vec<String> = Vec::new();
    let mut origins: Vec<(&Origin, &usize)> = hits.iter().collect();
    origins.sort();
    for (origin, n) in origins {
        let label = match origin {
            Origin::Value(_) => {
                personal = personal.saturating_add(1);
                places = places.saturating_add(*n);
                continue;
            }
            Origin::Secret(i) => collected.secrets.get(*i).map(|s| s.label.clone()),
            Origin::Mask(i) => collected.masks.get(*i).map(|m| m.label.clone()),
        };
        if let Some(label) = label.filter(|l| !credentials.contains(l)) {
            credentials.push(label);
        }
    }
    let many = reading.deliveries.len() > 1;
    let mut kept_ids: Vec<&usize> = options.kept.iter().collect();
    kept_ids.sort();
    let kept = kept_ids
        .into_iter()
        .filter_map(|id| plan.values.get(*id))
        .flat_map(|v| &v.places)
        .map(|(d, path)| match many {
            true => format!("{path} (delivery {})", d.saturating_add(1)),
            false => path.clone(),
        })
        .collect();
    Report {
        form: reading.form.label(),
        deliveries: reading.deliveries.len(),
        personal,
        places,
        credentials,
        kept,
    }
}
