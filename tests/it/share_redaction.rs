//! The redaction property, over every input form the page reads (`share_forms.rs`) × the whole
//! generator catalogue (every vendor, several seeds, edge mode): with redaction on, the link decoded
//! carries no personal value and no credential of the source, and the recipient's analysis keeps the
//! sender's diagnostics. The personal values are read from the plain body by the declarations' marks,
//! not from what redaction collected; the credentials are the ones the forms put in.

use crate::share_forms::{forms, CREDENTIALS, SHORT};
use crate::share_oracle::{contains_word, credentials, page, personal, personal_in, views};
use gymhook::domain::analysis::analyze;
use gymhook::domain::generate::{catalogue, generate, Choice, Generated, Options};
use gymhook::domain::schema::Vendor;
use gymhook::domain::share::{decode, encode, prepare, Outcome, ShareState};

const SEEDS: [u64; 3] = [1, 2025, 77];

/// What the source holds that no link may: its events' identifying personal texts and signatures.
struct Source<'a> {
    generated: &'a Generated,
    texts: Vec<String>,
    numbers: Vec<(String, String)>,
    signature: Option<String>,
}

impl<'a> Source<'a> {
    fn new(generated: &'a Generated) -> Self {
        let (texts, numbers) = personal(&analyze(&generated.body));
        Source {
            generated,
            texts,
            numbers,
            signature: export_signature(generated),
        }
    }
}

fn check(name: &str, text: &str, sources: &[&Source]) -> Result<(), String> {
    let prepared = prepare(text, None);
    let Outcome::Redacted(_) = &prepared.outcome else {
        return Err(format!("{name}: refused: {:?}", prepared.outcome));
    };
    let state = ShareState {
        text: prepared.text.clone(),
        selected: None,
        generator: None,
    };
    let link = decode(&encode(&state)).map_err(|e| e.to_string())?.text;
    let (read_credentials, read_personal) = (credentials(text), personal_in(text));
    for view in views(&link) {
        if let Some(c) = read_credentials.iter().find(|c| view.contains(c.as_str())) {
            return Err(format!("{name}: credential {c:?} the page reads survived"));
        }
        if let Some(p) = read_personal.iter().find(|p| contains_word(&view, p)) {
            return Err(format!(
                "{name}: personal value {p:?} the page reads survived"
            ));
        }
        for c in CREDENTIALS.iter().filter(|c| **c != SHORT) {
            if view.contains(c) {
                return Err(format!("{name}: credential {c} survived"));
            }
        }
        if view.contains(&format!("k={SHORT}")) {
            return Err(format!("{name}: the short credential survived"));
        }
        for source in sources {
            if let Some(t) = source.texts.iter().find(|t| contains_word(&view, t)) {
                return Err(format!("{name}: personal value {t:?} survived"));
            }
            if source
                .signature
                .as_ref()
                .is_some_and(|sig| view.contains(sig))
            {
                return Err(format!("{name}: the signature survived"));
            }
        }
    }
    let (before, after) = (page(text), page(&link));
    if before != after {
        return Err(format!(
            "{name}: the diagnostics differ\n{before:?}\n{after:?}"
        ));
    }
    // Numbers and flags under personal keys changed where the link is the delivery itself.
    if let (Some(source), true) = (sources.first(), name == "body") {
        let (_, now) = personal(&analyze(&link));
        for ((path, a), (_, b)) in source.numbers.iter().zip(&now) {
            if a == b {
                return Err(format!(
                    "{name}: {path} kept {a} ({})",
                    source.generated.choice.key()
                ));
            }
        }
    }
    Ok(())
}

fn export_signature(g: &Generated) -> Option<String> {
    let http = gymhook::domain::generate::export(
        g,
        gymhook::domain::generate::Format::Http,
        "https://r.example.com/",
        crate::share_forms::SECRET,
    )
    .ok()?;
    http.text.lines().find_map(|l| {
        l.strip_prefix("X-PerfectGym-Signature: ")
            .map(|s| s.trim().to_owned())
    })
}

/// Runs the property over the catalogue entries `part` selects; returns the number of cases.
fn run(part: impl Fn(&Choice) -> bool) -> usize {
    let all = catalogue();
    let mut cases = 0usize;
    let mut failures = Vec::new();
    for (i, choice) in all.iter().enumerate().filter(|(_, c)| part(c)) {
        // A batch holds this event and the next one in the catalogue (the other vendor at the seams).
        let other = all[(i + 1) % all.len()];
        for seed in SEEDS {
            for edge_cases in [false, true] {
                let g = generate(choice, Options { seed, edge_cases });
                let h = generate(
                    &other,
                    Options {
                        seed: seed + 1,
                        edge_cases,
                    },
                );
                let (sg, sh) = (Source::new(&g), Source::new(&h));
                for (name, text) in forms(&g, &h) {
                    cases += 1;
                    let batch =
                        ["JSON array", "JSON Lines", "HAR", "glued requests"].contains(&name);
                    let sources: Vec<&Source> = if batch { vec![&sg, &sh] } else { vec![&sg] };
                    if let Err(e) = check(name, &text, &sources) {
                        failures.push(format!(
                            "{} seed {seed} edge {edge_cases}: {e}",
                            choice.key()
                        ));
                    }
                }
            }
        }
    }
    println!("redaction property: {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    cases
}

#[test]
fn no_personal_value_or_credential_reaches_a_link_of_a_perfect_gym_event_in_any_form() {
    assert!(run(|c| c.vendor() == Vendor::PerfectGym) > 0);
}

#[test]
fn no_personal_value_or_credential_reaches_a_link_of_a_gymos_event_in_any_form() {
    assert!(run(|c| c.vendor() == Vendor::GymOs && c.slot().is_none()) > 0);
}

#[test]
fn no_personal_value_or_credential_reaches_a_link_of_a_gymos_object_in_any_form() {
    assert!(run(|c| c.slot().is_some()) > 0);
}

#[test]
fn no_personal_value_or_credential_reaches_a_link_of_a_perfectgym_next_event_in_any_form() {
    assert!(run(|c| c.vendor() == Vendor::PerfectGymNext) > 0);
}
