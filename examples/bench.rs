//! `make bench`, native half: `analyze` throughput on a typical ~2 KB GymOS payload and on a ~1 MB one
//! (a huge supplementalData), each next to serde_json parsing the same text in the same run (a baseline:
//! the machine is shared and noisy, so ratios mean more than absolute times), and share-link lengths.
//! Prints the figures and writes the throughput to target/bench-native.json, from which
//! scripts/bench-browser.mjs prints the one table (the peak memory rows come from examples/pathological.rs).
//! The goals live in docs/performance.md, not in timed tests.

use gymhook::domain::analysis::analyze;
use gymhook::domain::examples::documented_example;
use gymhook::domain::generate::{
    default_choice, default_target, export, generate, Format, Options,
};
use gymhook::domain::schema::Vendor;
use gymhook::domain::share::{self, ShareState};
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

const TARGET_LARGE_BYTES: usize = 1024 * 1024;
/// Each timing alternates short rounds of the two functions compared, so a burst of load from
/// the other processes on the machine hits both; the median round is reported.
const ROUNDS: usize = 9;
const ROUND: Duration = Duration::from_millis(250);
const OUTPUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench-native.json");

fn main() {
    let typical =
        documented_example(Vendor::GymOs, "Session Booked").expect("Session Booked is declared");
    let large = large_payload(&typical);
    let mut json = String::from("{\n  \"throughput\": [\n");
    for (i, (label, text)) in [
        ("GymOS example", &typical),
        ("GymOS, large supplementalData", &large),
    ]
    .into_iter()
    .enumerate()
    {
        let (analyze_s, serde_s) = throughput(label, text);
        let sep = if i == 0 { "," } else { "" };
        let _ = writeln!(
            json,
            "    {{\"label\": {label:?}, \"bytes\": {}, \"analyze_s\": {analyze_s:e}, \"serde_json_s\": {serde_s:e}}}{sep}",
            text.len()
        );
    }
    json.push_str("  ]\n}\n");

    link_lengths("GymOS Session Booked example", &typical);
    let pgm = generate(
        &default_choice(),
        Options {
            seed: 1,
            edge_cases: false,
        },
    );
    let request = export(&pgm, Format::Http, &default_target(pgm.vendor()), "secret")
        .expect("the suggested target is valid")
        .text;
    link_lengths("signed Perfect Gym request", &request);

    // target/ of this checkout, whatever CARGO_TARGET_DIR says: that is where the node script looks.
    std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/target"))
        .expect("target/ can be made");
    std::fs::write(OUTPUT, json).expect("target/ is writable");
    println!("native figures written to {OUTPUT}");
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
    let redacted = share::encode(&state(share::prepare(text, None).text)).len();
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

/// Seconds per call of `analyze` and of `serde_json::from_str::<Value>` on `text`: medians of
/// alternating rounds.
fn throughput(label: &str, text: &str) -> (f64, f64) {
    let check = analyze(text);
    let errors = check
        .diagnostics
        .iter()
        .filter(|d| d.severity() == gymhook::domain::diagnostic::Severity::Error)
        .count();
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..ROUNDS {
        ours.push(per_call(|| drop(black_box(analyze(black_box(text))))));
        theirs.push(per_call(|| {
            drop(black_box(serde_json::from_str::<serde_json::Value>(
                black_box(text),
            )))
        }));
    }
    let (ours, theirs) = (median(ours), median(theirs));
    let mb_per_s = |s: f64| text.len() as f64 / s / 1e6;
    println!(
        "{label}: {} bytes, {errors} errors, {:.3} ms per analysis, {:.1} MB/s; serde_json::Value {:.3} ms, {:.1} MB/s ({:.1}x)",
        text.len(),
        ours * 1e3,
        mb_per_s(ours),
        theirs * 1e3,
        mb_per_s(theirs),
        ours / theirs
    );
    (ours, theirs)
}

/// Seconds per call of `f`, over one round of about `ROUND`.
fn per_call(mut f: impl FnMut()) -> f64 {
    let started = Instant::now();
    let mut calls = 0u32;
    while started.elapsed() < ROUND {
        f();
        calls += 1;
    }
    started.elapsed().as_secs_f64() / f64::from(calls)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}
