//! The `gymhook` command line (native builds only): the explorer's engine for a receiver's CI
//! (`check`), the example generator (`generate`) and the declaration exports (`export`, which
//! `make dist` runs). Exit status: 0 fine, 1 `check` found an error, 2 bad arguments or unreadable
//! input — always a message, never a panic.

mod check;
#[cfg(feature = "ui")]
mod prerender;
mod probe;
mod scenario;
mod vectors;

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::LazyLock;

use clap::builder::PossibleValue;
use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::export::{all_files, ExportFormat, File};
use crate::domain::generate::{
    catalogue, default_target, export, generate, Choice, Format, Options,
};
use crate::domain::schema::Vendor;

/// Exit status for bad arguments and unreadable files (clap uses the same for its own errors).
pub const USAGE_ERROR: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "gymhook",
    version,
    about = "Explain, check and generate the webhook payloads of the gym-management vendors gymhook declares.",
    long_about = "Explain, check and generate the webhook payloads of the gym-management vendors gymhook \
                  declares (`--vendor` lists them).\n\n\
                  The same engine as the browser app (`make serve`, then http://127.0.0.1:8080)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check captured deliveries as the page reads them: bodies, raw requests, curl -v output, logs,
    /// JSON arrays, JSON Lines, HAR files — files, folders (recursively) or `-`. Exit 0 only when at
    /// least one delivery was checked and nothing failed; 1 when something failed; 2 on bad arguments
    /// or unreadable input.
    Check(check::CheckArgs),
    /// Print a generated example event, byte-identical for a seed.
    Generate {
        #[arg(long, value_enum)]
        vendor: VendorArg,
        /// The event name (any case), e.g. ClassesBooked or "Session Booked"; for GymOS payload
        /// objects without a published event, `object:<slot>` (object:weighIn).
        #[arg(long)]
        event: String,
        #[arg(long, value_name = "N")]
        seed: u64,
        /// Add every quirk the vendors' own examples show.
        #[arg(long)]
        edge: bool,
        /// `http` is printed byte for byte (no final newline), so its Content-Length holds.
        #[arg(long, value_enum, default_value = "json")]
        format: FormatArg,
        /// The webhook secret that signs the http and curl output, or (as --api-key) the key a
        /// static-key vendor sends in its header.
        #[arg(long, visible_alias = "api-key", default_value = "")]
        secret: String,
        /// Receiver URL for the http and curl output.
        #[arg(long)]
        url: Option<String>,
    },
    /// Generate a lifecycle scenario: deliveries that belong together (the same member, contract and
    /// booking, times in order, one request id per delivery), with retries and shuffling on request.
    Scenario(scenario::ScenarioArgs),
    /// Send one receiver URL a bounded suite of deliveries and grade its answers against the vendor's
    /// rules (signature, retries, deadline, answer length, order). Exit 1 when a check fails.
    Probe(probe::ProbeArgs),
    /// Print signature test vectors (raw requests, the secret, valid or not and why) for a receiver's
    /// verify function, or write them into a directory with --out.
    Vectors(vectors::VectorsArgs),
    /// Write the files generated from the declarations into a directory (created if missing).
    Export {
        #[arg(long, value_enum)]
        format: ExportArg,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Build step of `make dist`: the page's first view and the field reference document as HTML
    /// (app.html, reference.html) in DIR.
    #[cfg(feature = "ui")]
    #[command(hide = true)]
    Prerender {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// `--vendor`: the slug of any declared vendor. Its values come from the registry, so `--help` and
/// clap's suggestions list every vendor without this file naming one.
#[derive(Clone, Copy, Debug)]
struct VendorArg(Vendor);

static VENDOR_ARGS: LazyLock<Vec<VendorArg>> =
    LazyLock::new(|| Vendor::ALL.into_iter().map(VendorArg).collect());

impl ValueEnum for VendorArg {
    fn value_variants<'a>() -> &'a [Self] {
        VENDOR_ARGS.as_slice()
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.slug()).help(self.0.display_name()))
    }
}

impl VendorArg {
    fn vendor(self) -> Vendor {
        self.0
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Json,
    Http,
    Curl,
}

/// `--format` of `gymhook export`: one format, or `all` (what `make dist` writes, with index.json).
#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExportArg {
    /// Every file below and index.json (the list the page's Export view reads).
    All,
    /// <vendor>.schema.json for every vendor (JSON Schema 2020-12).
    JsonSchema,
    /// openapi.json (OpenAPI 3.1 webhooks, every vendor).
    Openapi,
    /// asyncapi.json (AsyncAPI 3.0, every vendor).
    Asyncapi,
    /// <vendor>.ts for every vendor.
    Typescript,
    /// <vendor>.py for every vendor (Pydantic v2).
    Pydantic,
    /// <Vendor>.cs for every vendor (System.Text.Json).
    Csharp,
    /// <vendor>.go for every vendor (encoding/json).
    Go,
    /// <vendor>.rs for every vendor (serde).
    Rust,
}

impl ExportArg {
    fn files(self) -> Vec<File> {
        let format = match self {
            ExportArg::All => return all_files(),
            ExportArg::JsonSchema => ExportFormat::JsonSchema,
            ExportArg::Openapi => ExportFormat::OpenApi,
            ExportArg::Asyncapi => ExportFormat::AsyncApi,
            ExportArg::Typescript => ExportFormat::TypeScript,
            ExportArg::Pydantic => ExportFormat::Pydantic,
            ExportArg::Csharp => ExportFormat::CSharp,
            ExportArg::Go => ExportFormat::Go,
            ExportArg::Rust => ExportFormat::Rust,
        };
        format.files()
    }
}

/// Parses the process's arguments and runs the command.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Help and --version exit 0, argument errors 2, each with clap's own message.
        Err(e) => e.exit(),
    };
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Generate {
            vendor,
            event,
            seed,
            edge,
            format,
            secret,
            url,
        } => run_generate(vendor.vendor(), &event, seed, edge, format, &secret, url),
        Command::Export { format, out } => run_export(format, &out),
        Command::Scenario(args) => scenario::run_scenario(args),
        #[cfg(feature = "ui")]
        Command::Prerender { out } => prerender::run(&out),
        Command::Probe(args) => probe::run_probe(args),
        Command::Vectors(args) => vectors::run_vectors(args),
    }
}

fn run_generate(
    vendor: Vendor,
    event: &str,
    seed: u64,
    edge_cases: bool,
    format: FormatArg,
    secret: &str,
    url: Option<String>,
) -> ExitCode {
    let Some(choice) = Choice::find(vendor, event) else {
        let names: Vec<String> = catalogue()
            .iter()
            .filter(|c| c.vendor() == vendor)
            .map(choice_argument)
            .collect();
        return usage_error(&format!(
            "no {} event is called {event:?}; choose one of: {}",
            vendor.display_name(),
            names.join(", ")
        ));
    };
    let format = match format {
        FormatArg::Json => Format::Json,
        FormatArg::Http => Format::Http,
        FormatArg::Curl => Format::Curl,
    };
    let generated = generate(&choice, Options { seed, edge_cases });
    let url = url.unwrap_or_else(|| default_target(vendor));
    let exported = match export(&generated, format, &url, secret) {
        Ok(exported) => exported,
        Err(e) => return usage_error(&format!("--url {url:?}: {e}")),
    };
    // Notes go to stderr so standard output is exactly the payload, request or command.
    let mut stderr = std::io::stderr().lock();
    for note in &exported.notes {
        let _ = writeln!(stderr, "note: {}", note.text());
    }
    let mut text = exported.text;
    if format != Format::Http {
        text.push('\n');
    }
    print(&text)
}

/// What `--event` accepts for a choice, as the usage error lists it: event names quoted, `object:<slot>` bare.
fn choice_argument(choice: &Choice) -> String {
    match choice.event() {
        Some(_) => format!("{:?}", choice.argument()),
        None => choice.argument(),
    }
}

fn run_export(format: ExportArg, out: &std::path::Path) -> ExitCode {
    let files = format.files();
    if let Err(e) = fs::create_dir_all(out) {
        return usage_error(&format!("cannot create {}: {e}", out.display()));
    }
    for file in files {
        let path = out.join(&file.name);
        if let Err(e) = fs::write(&path, file.text) {
            return usage_error(&format!("cannot write {}: {e}", path.display()));
        }
    }
    ExitCode::SUCCESS
}

/// Writes to standard output; a closed pipe (`gymhook … | head`) ends quietly instead of panicking
/// as `print!` would.
fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => usage_error(&format!("cannot write to standard output: {e}")),
    }
}

fn usage_error(message: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr().lock(), "gymhook: {message}");
    ExitCode::from(USAGE_ERROR)
}
