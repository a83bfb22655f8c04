//! The valid payloads fuzzing starts from: the documents' own examples (every declared event of both
//! vendors, rebuilt by `gymhook::domain::examples`) and generated events of every catalogue choice, as
//! JSON bodies (plain and edge-case mode) and as raw HTTP requests (Perfect Gym ones signed).

use gymhook::domain::examples::documented_example;
use gymhook::domain::generate::{catalogue, default_target, export, generate, Format, Options};
use gymhook::domain::schema::{declaration, Vendor};
use std::sync::OnceLock;

/// The secret the seed requests are signed with.
pub const SECRET: &str = "fuzz-secret";

pub struct Seed {
    /// A file-name-safe label: `example-gymos-session-booked`, `generated-perfectgym-test-edge.http`.
    pub name: String,
    pub text: String,
}

/// Every seed, built once per process.
pub fn all() -> &'static [Seed] {
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut seeds = documented();
        seeds.extend(generated());
        seeds
    })
}

fn documented() -> Vec<Seed> {
    Vendor::ALL
        .iter()
        .flat_map(|&vendor| {
            declaration(vendor).events.iter().filter_map(move |event| {
                Some(Seed {
                    name: slug(&format!("example-{}-{}", vendor.slug(), event.name)),
                    text: documented_example(vendor, event.name)?,
                })
            })
        })
        .collect()
}

fn generated() -> Vec<Seed> {
    let mut out = Vec::new();
    for (index, choice) in catalogue().iter().enumerate() {
        let name = slug(&format!("generated-{}", choice.key()));
        for edge_cases in [false, true] {
            let options = Options {
                seed: index as u64,
                edge_cases,
            };
            let event = generate(choice, options);
            let edge = if edge_cases { "-edge" } else { "" };
            if let Ok(request) = export(
                &event,
                Format::Http,
                &default_target(event.vendor()),
                SECRET,
            ) {
                out.push(Seed {
                    name: format!("{name}{edge}.http"),
                    text: request.text,
                });
            }
            out.push(Seed {
                name: format!("{name}{edge}.json"),
                text: event.body,
            });
        }
    }
    out
}

/// Lower-case ASCII letters and digits; every other run of characters becomes one `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}
