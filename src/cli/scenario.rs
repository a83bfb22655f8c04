//! `gymhook scenario`: a vendor's lifecycle as deliveries that belong together (`--list` names them), as
//! NDJSON, HAR, a folder of numbered raw requests, or a `curl` script — printed, or written to `--out`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::{print, usage_error, VendorArg};
use crate::domain::formats::DateTime;
use crate::domain::generate::scenario::output::{render, OutputFile, ScenarioFormat};
use crate::domain::generate::scenario::{
    find_scenario, run, scenarios, Scenario, ScenarioOptions, MAX_RETRIES,
};
use crate::domain::generate::{default_target, request, DEFAULT_SEED};

#[derive(Args, Debug)]
pub(super) struct ScenarioArgs {
    /// List every scenario with its events, then exit.
    #[arg(long)]
    list: bool,
    /// The scenario, e.g. new-member or lead-to-member (see --list).
    #[arg(required_unless_present = "list", value_name = "NAME")]
    name: Option<String>,
    /// The scenario's vendor (checked against the name when given).
    #[arg(long, value_enum)]
    vendor: Option<VendorArg>,
    #[arg(long, value_name = "N", default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// When the first event happens (ISO 8601 with a zone, e.g. 2025-03-01T09:00:00Z); default: from the seed.
    #[arg(long, value_name = "TIME")]
    start: Option<String>,
    /// Repeat each delivery N more times with the same request id and bytes, as the vendor retries.
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=i64::from(MAX_RETRIES)))]
    retries: u8,
    /// Deliver in an order other than the lifecycle's.
    #[arg(long)]
    shuffle: bool,
    /// Add every quirk the vendors' own examples show.
    #[arg(long)]
    edge: bool,
    #[arg(long, value_enum, default_value = "ndjson")]
    format: FormatArg,
    /// A file (ndjson, har, curl) or a directory (dir, created if missing); default: standard output.
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
    /// The webhook secret that signs every delivery, or (as --api-key) the key a static-key vendor
    /// sends in its header.
    #[arg(long, visible_alias = "api-key", default_value = "")]
    secret: String,
    /// Receiver URL written into the requests.
    #[arg(long)]
    url: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Ndjson,
    Har,
    /// A folder of numbered raw requests (needs --out).
    Dir,
    /// A shell script of curl commands.
    Curl,
}

pub(super) fn run_scenario(args: ScenarioArgs) -> ExitCode {
    if args.list {
        return print(&listing());
    }
    let name = args.name.clone().unwrap_or_default();
    let Some(scenario) = find_scenario(&name) else {
        let names: Vec<&str> = scenarios().iter().map(Scenario::name).collect();
        return usage_error(&format!(
            "no scenario is called {name:?}; choose one of: {}",
            names.join(", ")
        ));
    };
    if let Some(vendor) = args
        .vendor
        .map(VendorArg::vendor)
        .filter(|v| *v != scenario.vendor)
    {
        return usage_error(&format!(
            "{} is a {} scenario, not a {} one",
            scenario.name(),
            scenario.vendor.display_name(),
            vendor.display_name()
        ));
    }
    let start = match args.start.as_deref().map(DateTime::parse) {
        None => None,
        Some(Ok(time)) => Some(time.unix_seconds()),
        Some(Err(e)) => return usage_error(&format!("--start: {e}")),
    };
    let options = ScenarioOptions {
        seed: args.seed,
        start,
        retries: args.retries,
        shuffle: args.shuffle,
        edge_cases: args.edge,
    };
    let format = match args.format {
        FormatArg::Ndjson => ScenarioFormat::Ndjson,
        FormatArg::Har => ScenarioFormat::Har,
        FormatArg::Dir => ScenarioFormat::Dir,
        FormatArg::Curl => ScenarioFormat::Curl,
    };
    let url = args
        .url
        .clone()
        .unwrap_or_else(|| default_target(scenario.vendor).to_owned());
    let run = match run(scenario, options) {
        Ok(run) => run,
        Err(e) => return usage_error(&e.to_string()),
    };
    let files = match render(&run, format, &url, &args.secret) {
        Ok(files) => files,
        Err(e) => return usage_error(&format!("--url {url:?}: {e}")),
    };
    // What the user should know (unsigned, HTTPS only…) goes to stderr, once each.
    let mut notes = Vec::new();
    for d in &run.deliveries {
        for note in request(&d.generated, &url, &args.secret)
            .map(|r| r.notes)
            .unwrap_or_default()
        {
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
    }
    for note in notes {
        eprintln!("note: {}", note.text());
    }
    write(format, &files, args.out.as_deref())
}

fn write(format: ScenarioFormat, files: &[OutputFile], out: Option<&Path>) -> ExitCode {
    match (format, out) {
        (ScenarioFormat::Dir, None) => {
            usage_error("--format dir writes a folder: give it with --out DIR")
        }
        (ScenarioFormat::Dir, Some(dir)) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                return usage_error(&format!("cannot create {}: {e}", dir.display()));
            }
            for file in files {
                let path = dir.join(&file.name);
                if let Err(e) = std::fs::write(&path, &file.text) {
                    return usage_error(&format!("cannot write {}: {e}", path.display()));
                }
            }
            ExitCode::SUCCESS
        }
        (_, None) => print(&files.iter().map(|f| f.text.as_str()).collect::<String>()),
        (_, Some(path)) => {
            let text: String = files.iter().map(|f| f.text.as_str()).collect();
            match std::fs::write(path, text) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => usage_error(&format!("cannot write {}: {e}", path.display())),
            }
        }
    }
}

/// `new-member  perfectgym  UserModified → ContractCreated → …`, then the description indented.
fn listing() -> String {
    let mut out = String::new();
    for scenario in scenarios() {
        let events: Vec<&str> = scenario.lifecycle.steps.iter().map(|s| s.event).collect();
        let _ = writeln!(
            out,
            "{:<22}{:<12}{}\n    {}",
            scenario.name(),
            scenario.vendor.slug(),
            events.join(" → "),
            scenario.lifecycle.description
        );
    }
    out
}
