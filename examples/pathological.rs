//! Times `analyze` on pathological pastes and measures their peak memory, for the peak-memory rows of
//! `make bench`: `cargo run --release --example pathological` (not part of `make test`). Each case runs in a
//! child process of its own (this program with the case's name), so the peak resident set it reads
//! from /proc/self/status (VmHWM, reset with /proc/self/clear_refs once the input is built) is the peak
//! while analysing that input alone. Prints one Markdown table row per case.

use gymhook::domain::analysis::{analyze, MAX_INPUT_BYTES};
use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

/// Timed runs per case; the fastest is reported (the first one also pays for page faults).
const RUNS: usize = 3;
const MEBIBYTE: usize = 1024 * 1024;

struct Case {
    name: &'static str,
    label: &'static str,
    build: fn() -> String,
}

const CASES: [Case; 4] = [
    Case {
        name: "brackets",
        label: "1 MB of `[`",
        build: || "[".repeat(MEBIBYTE),
    },
    Case {
        name: "nested",
        label: "10^5 nested objects `{\"a\":` … `1}` …",
        build: || format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000)),
    },
    Case {
        name: "keys",
        label: "10^6 keys in one object `{\"k0\":1,…}` (a GymOS envelope: each key undocumented)",
        // Compact, so it stays under the 16 MB the page analyses (`analysis::MAX_INPUT_BYTES`).
        build: || {
            let mut text = String::from("{\"eventType\":\"Session Booked\",\"payload\":{}");
            for i in 0..1_000_000 {
                text.push_str(&format!(",\"k{i}\":1"));
            }
            text.push('}');
            text
        },
    },
    Case {
        name: "escapes",
        label: "10^6 escapes `\\n` in one string",
        build: || {
            format!(
                "{{\"eventType\": \"Session Booked\", \"payload\": {{}}, \"note\": \"{}\"}}",
                "\\n".repeat(1_000_000)
            )
        },
    },
];

fn main() {
    match std::env::args().nth(1) {
        Some(name) => child(&name),
        None => parent(),
    }
}

fn parent() {
    let exe = std::env::current_exe().expect("the running example has a path");
    println!("| input | size | analyze | peak RSS | peak / input | added by analyze |");
    println!("|---|---|---|---|---|---|");
    for case in &CASES {
        let out = Command::new(&exe)
            .arg(case.name)
            .output()
            .expect("the example runs itself");
        let line = String::from_utf8_lossy(&out.stdout);
        let mut fields = line
            .split_whitespace()
            .map(|f| f.parse::<u64>().unwrap_or(0));
        let mut next = || fields.next().unwrap_or(0);
        let (bytes, micros, before_kb, peak_kb, diagnostics) =
            (next(), next(), next(), next(), next());
        assert!(
            out.status.success(),
            "{}: {}",
            case.name,
            String::from_utf8_lossy(&out.stderr)
        );
        let (peak, added) = (peak_kb * 1024, peak_kb.saturating_sub(before_kb) * 1024);
        let mb = |b: u64| b as f64 / MEBIBYTE as f64;
        println!(
            "| {} | {:.1} MB | {:.1} ms | {:.1} MB | {:.1}× | {:.1} MB |",
            case.label,
            mb(bytes),
            micros as f64 / 1000.0,
            mb(peak),
            peak as f64 / bytes.max(1) as f64,
            mb(added),
        );
        eprintln!("{}: {diagnostics} diagnostics", case.name);
    }
}

/// Prints `input-bytes best-microseconds rss-before-kB peak-kB diagnostics` for one case.
fn child(name: &str) {
    let case = CASES
        .iter()
        .find(|c| c.name == name)
        .expect("a known case name");
    let mut text = (case.build)();
    text.shrink_to_fit();
    // "5" resets VmHWM to the current resident set (Linux 4.0+): building the input does not count.
    std::fs::write("/proc/self/clear_refs", "5").expect("/proc/self/clear_refs is writable");
    let before = status_kb("VmRSS:");
    assert!(
        text.len() <= MAX_INPUT_BYTES,
        "{name} is over the size the page analyses: it would measure the refusal"
    );
    let mut best = Duration::MAX;
    let mut diagnostics = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let analysis = analyze(black_box(&text));
        best = best.min(start.elapsed());
        diagnostics = analysis.diagnostics.len();
        drop(black_box(analysis));
    }
    println!(
        "{} {} {before} {} {diagnostics}",
        text.len(),
        best.as_micros(),
        status_kb("VmHWM:")
    );
}

/// A kB figure of /proc/self/status: `VmRSS:` now, `VmHWM:` the peak since the last reset.
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|kb| kb.parse().ok())
        .unwrap_or(0)
}
