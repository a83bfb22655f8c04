//! From what was read to findings: every delivery of every source through the engine
//! (`domain::check`), its diagnostics placed in the file, plus the findings only a command line has —
//! an empty input, a folder with nothing to check, a file that is not text, a body of no known vendor,
//! a delivery from another vendor than `--vendor` asked for. What fails the check is decided here.

use super::glob::{Glob, DEFAULT_INCLUDE};
use super::input::Contents;
use super::{CheckArgs, FailOn};
use crate::domain::analysis::MAX_INPUT_BYTES;
use crate::domain::check::{check, CheckedDelivery};
use crate::domain::diagnostic::{Kind, Severity};
use crate::domain::json::Position;
use crate::domain::schema::Vendor;
use crate::domain::size::byte_size;

/// Shown for a diagnostic about the whole body (the page shows the same word).
const ROOT_PATH: &str = "(root)";
/// Shown for a finding about the whole file.
const FILE_PATH: &str = "(file)";

/// The kinds only the command line reports, each an error.
pub const CLI_KINDS: [(&str, &str); 4] = [
    (
        "empty",
        "The input is empty or only whitespace: nothing was checked.",
    ),
    ("no-delivery", "No webhook delivery was found in the input."),
    (
        "unknown-vendor",
        "A JSON body that matches no known vendor's envelope.",
    ),
    (
        "wrong-vendor",
        "A delivery from another vendor than --vendor names.",
    ),
];

pub struct Options {
    pub include: Vec<Glob>,
    fail_on: Severity,
    ignore: Vec<String>,
    vendor: Option<Vendor>,
    allow_unknown: bool,
}

impl Options {
    /// The options as given, or a usage message (an unknown kind or vendor is a typo worth stopping for).
    pub fn new(args: &CheckArgs) -> Result<Options, String> {
        let known: Vec<&str> = Kind::ALL
            .iter()
            .map(|k| k.key())
            .chain(CLI_KINDS.iter().map(|(k, _)| *k))
            .collect();
        if let Some(bad) = args.ignore.iter().find(|k| !known.contains(&k.as_str())) {
            return Err(format!(
                "--ignore {bad:?}: no such kind; the kinds are {}",
                known.join(", ")
            ));
        }
        let vendor = match &args.vendor {
            None => None,
            Some(slug) => Some(Vendor::from_slug(slug).ok_or_else(|| {
                let slugs: Vec<&str> = Vendor::ALL.iter().map(|v| v.slug()).collect();
                format!(
                    "--vendor {slug:?}: no such vendor; choose one of {}",
                    slugs.join(", ")
                )
            })?),
        };
        let include = if args.include.is_empty() {
            DEFAULT_INCLUDE.iter().map(|g| Glob::new(g)).collect()
        } else {
            args.include.iter().map(|g| Glob::new(g)).collect()
        };
        Ok(Options {
            include,
            fail_on: match args.fail_on {
                FailOn::Error => Severity::Error,
                FailOn::Warning => Severity::Warning,
            },
            ignore: args.ignore.clone(),
            vendor,
            allow_unknown: args.allow_unknown,
        })
    }
}

/// One finding, placed in its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub kind: String,
    pub path: String,
    pub message: String,
    /// 1-based number of the delivery in its file; `None` for a finding about the whole file.
    pub delivery: Option<usize>,
    pub vendor: Option<&'static str>,
    pub event: Option<String>,
}

#[derive(Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub files: usize,
    pub deliveries: usize,
    /// Deliveries with at least one finding that fails the check.
    pub failed: usize,
}

impl Report {
    pub fn add(&mut self, file: &str, contents: Contents, options: &Options) {
        self.files = self.files.saturating_add(1);
        let whole = |kind: &str, message: String| Finding {
            file: file.to_owned(),
            line: 1,
            column: 1,
            severity: Severity::Error,
            kind: kind.to_owned(),
            path: FILE_PATH.to_owned(),
            message,
            delivery: None,
            vendor: None,
            event: None,
        };
        let finding = match contents {
            Contents::Text(text) if text.trim().is_empty() => {
                whole("empty", "empty: there is nothing to check".to_owned())
            }
            Contents::Text(text) => return self.add_text(file, &text, options),
            Contents::TooLarge => whole(
                Kind::TooLarge.key(),
                format!(
                    "larger than {}, the most gymhook checks at once: split the capture",
                    byte_size(MAX_INPUT_BYTES)
                ),
            ),
            Contents::NoFiles => whole(
                "no-delivery",
                "a folder with no file to check (see --include)".to_owned(),
            ),
        };
        self.push(finding, options);
    }

    fn add_text(&mut self, file: &str, text: &str, options: &Options) {
        for (i, delivery) in check(text).deliveries.into_iter().enumerate() {
            self.deliveries = self.deliveries.saturating_add(1);
            let before = self.failing(options);
            for finding in delivery_findings(file, i.saturating_add(1), delivery, options) {
                self.push(finding, options);
            }
            if self.failing(options) > before {
                self.failed = self.failed.saturating_add(1);
            }
        }
    }

    fn push(&mut self, finding: Finding, options: &Options) {
        if !options.ignore.contains(&finding.kind) {
            self.findings.push(finding);
        }
    }

    fn failing(&self, options: &Options) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity <= options.fail_on)
            .count()
    }

    /// Nothing checked fails; so does any finding at or above `--fail-on`.
    pub fn fails(&self, options: &Options) -> bool {
        self.deliveries == 0 || self.failing(options) > 0
    }

    /// How many findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// One delivery's findings: its diagnostics, with "no known vendor" an error unless `--allow-unknown`, and
/// a delivery of another vendor than `--vendor` an error.
fn delivery_findings(
    file: &str,
    number: usize,
    delivery: CheckedDelivery,
    options: &Options,
) -> Vec<Finding> {
    let vendor = delivery.vendor.map(Vendor::slug);
    let start = delivery.start.unwrap_or(Position { line: 1, column: 1 });
    let finding =
        |at: Position, path: &str, kind: &str, severity: Severity, message: String| Finding {
            file: file.to_owned(),
            line: at.line,
            column: at.column,
            severity,
            kind: kind.to_owned(),
            path: if path.is_empty() { ROOT_PATH } else { path }.to_owned(),
            message,
            delivery: Some(number),
            vendor,
            event: delivery.event.clone(),
        };
    let mut out = Vec::new();
    for d in &delivery.diagnostics {
        // Every diagnostic points into the file, rebuilt deliveries' (a HAR entry, curl -v) too.
        let at = d.position;
        out.push(if d.kind == Kind::Vendor && !options.allow_unknown {
            let message = format!("{} (--allow-unknown accepts it)", d.message);
            finding(at, &d.path, "unknown-vendor", Severity::Error, message)
        } else {
            finding(at, &d.path, d.kind.key(), d.severity(), d.message.clone())
        });
    }
    // A text read as a delivery with no body at all (headers only, curl -v without the body): nothing
    // was checked, whatever its notes say.
    let failing = delivery
        .diagnostics
        .iter()
        .any(|d| d.severity() == Severity::Error);
    if !delivery.body_read && !failing {
        let message =
            "no webhook body found: nothing here reads as a JSON body or a request with one"
                .to_owned();
        out.push(finding(start, "", "no-delivery", Severity::Error, message));
    }
    if let (Some(wanted), Some(got)) = (options.vendor, delivery.vendor) {
        if wanted != got {
            let message = format!(
                "a {} delivery, but --vendor asks for {}",
                got.display_name(),
                wanted.display_name()
            );
            out.push(finding(start, "", "wrong-vendor", Severity::Error, message));
        }
    }
    out
}
