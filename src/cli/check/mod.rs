//! `gymhook check PATH…`: a receiver's CI gate. Every file (directories recursively, `-` for standard
//! input) is read as the page reads a paste — one body or request, or every delivery of a log, an array,
//! JSON Lines, a HAR file, glued requests — and each delivery is analysed by the same engine. Findings
//! print as compiler-style lines, JSON, GitHub workflow commands or SARIF. Exit 0 only when at least one
//! delivery was checked and nothing fails; 1 when something fails (an error, or with `--fail-on warning` a
//! warning; an empty input; a file with no delivery; a body of no known vendor); 2 for bad arguments and
//! unreadable input.

mod findings;
mod formats;
mod glob;
mod input;
mod sarif;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::{print, usage_error, USAGE_ERROR};
use findings::{Options, Report};

/// Exit status when something fails the check.
const FAILED: u8 = 1;

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files, directories (searched recursively) or `-` for standard input. A file may hold one body or
    /// raw request, curl -v output, a log, a JSON array, JSON Lines or a HAR file of many deliveries.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    /// The same as `--format json` (kept for scripts written before `--format`).
    #[arg(long, hide = true, conflicts_with = "format")]
    json: bool,
    /// In directories, check only files whose name matches (repeatable; `*` and `?` wildcards).
    /// Default: *.json *.jsonl *.ndjson *.har *.http *.txt *.log
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
    /// Which findings fail the check: errors only, or warnings too.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Leave out findings of this kind (repeatable), e.g. `--ignore observed --ignore utc-offset`.
    #[arg(long, value_name = "KIND")]
    ignore: Vec<String>,
    /// Every delivery must be from this vendor (its id, e.g. `perfectgym` or `gymos`).
    #[arg(long, value_name = "VENDOR")]
    vendor: Option<String>,
    /// A body that is no known vendor's is a note, not a failure.
    #[arg(long)]
    allow_unknown: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// `file:line:col: severity: path: message`, one per line, then a summary line.
    Text,
    /// A JSON array of {file, line, column, severity, kind, path, message, delivery, vendor, event}.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
    Github,
    /// SARIF 2.1.0, for code-scanning uploads.
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
}

pub fn run(args: CheckArgs) -> ExitCode {
    let options = match Options::new(&args) {
        Ok(options) => options,
        Err(message) => return usage_error(&message),
    };
    let format = if args.json {
        OutputFormat::Json
    } else {
        args.format
    };
    let sources = match input::collect(&args.paths, &options.include) {
        Ok(sources) => sources,
        Err(e) => return usage_error(&e.to_string()),
    };
    let mut report = Report::default();
    let mut unreadable = false;
    for source in sources {
        match input::read(&source) {
            Ok(contents) => report.add(&source.name, contents, &options),
            Err(e) => {
                // Keep going: the other files' findings are still worth printing.
                let _ = usage_error(&e.to_string());
                unreadable = true;
            }
        }
    }
    let printed = print(&formats::render(&report, format));
    if unreadable {
        ExitCode::from(USAGE_ERROR)
    } else if report.fails(&options) {
        ExitCode::from(FAILED)
    } else {
        printed
    }
}
