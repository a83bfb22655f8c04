//! `make bench`: validation throughput on a ~1 MB GymOS payload (a huge supplementalData) and the time
//! for a typical ~3 KB payload, and share-link lengths. Prints figures; the targets live in the README,
//! not in timed tests.

use gymhook::domain::analysis::analyze;
use gymhook::domain::examples::documented_example;
use gymhook::domain::generate::{
    default_choice, default_target, export, generate, Format, Options,
};
use gymhook::domain::schema::Vendor;
use gymhook::domain::share::{self, ShareState};
use std::hint::black_box;
use std::time::{Duration, Instant};

const TARGET_LARGE_BYTES: usize = 1024 * 1024;
const MIN_RUN: Duration = Duration::from_secs(2);

fn main() {
    let typical =
        documented_example(Vendor::GymOs, "Session Booked").expect("Session Booked is declared");
    let large = large_payload(&typical);
    report("typical GymOS Session Booked", &typical);
    report("large GymOS with supplementalData", &large);
    link_lengths("GymOS Session Booked example", &typical);
    let pgm = generate(
        &default_choice(),
        Options {
            seed: 1,
            edge_cases: false,
        },
    );
    let request = export(&pgm, Format::Http, default_target(pgm.vendor()), "secret")
        .expect("the suggested target is valid")
        .text;
    link_lengths("signed Perfect Gym request", &request);
}

/// The fragment's length: version 1 (plain base64url of the paste), version 2 as is and redacted.
fn link_lengths(label: &str, text: &str) {
    let legacy = text.len().div_ceil(3) * 4;
    let state = |text: String| ShareState {
        text,
        selected: None,
        generator: None,
    };
    let plain = share::encode(&state(text.to_owned())).len();
    let redacted = share::encode(&state(share::redact(text, &analyze(text)).text)).len();
    println!(
        "share link, {label} ({} bytes): v1 {legacy} chars, v2 {plain} chars, v2 redacted {redacted} chars",
        text.len()
    );
}

/// The typical payload with a supplementalData of ~1 MB of string pairs spliced into its payload object.
fn large_payload(typical: &str) -> String {
    let mut entries = Vec::new();
    let mut size = 0;
    let mut i = 0;
    while size < TARGET_LARGE_BYTES {
        let entry =
            format!("\"mergeField{i}\": \"value number {i} for the trigger step, with some text\"");
        size += entry.len() + 2;
        entries.push(entry);
        i += 1;
    }
    let supplemental = format!("\"supplementalData\": {{{}}},", entries.join(", "));
    typical.replacen(
        "\"payload\": {",
        &format!("\"payload\": {{{supplemental}"),
        1,
    )
}

fn report(label: &str, text: &str) {
    let check = analyze(text);
    let errors = check
        .diagnostics
        .iter()
        .filter(|d| d.severity() == gymhook::domain::diagnostic::Severity::Error)
        .count();
    let started = Instant::now();
    let mut runs = 0u32;
    while started.elapsed() < MIN_RUN {
        black_box(analyze(black_box(text)));
        runs += 1;
    }
    let per_run = started.elapsed() / runs;
    let mb_per_s = text.len() as f64 / per_run.as_secs_f64() / 1e6;
    println!(
        "{label}: {} bytes, {errors} errors, {:.3} ms per analysis, {mb_per_s:.1} MB/s ({runs} runs)",
        text.len(),
        per_run.as_secs_f64() * 1e3
    );
}
