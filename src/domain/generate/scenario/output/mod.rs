//! A scenario as the user takes it away: NDJSON (one delivery a line), a HAR file, a folder of numbered
//! raw requests, a shell script of `curl` commands, or the raw requests one after another (what the page
//! opens in the batch view). Every form carries each delivery's exact body and headers.

mod files;
mod har;
mod ndjson;

use super::{Run, ScenarioDelivery};
use crate::domain::generate::cast::ascii_slug;
use crate::domain::generate::export::{request, Request};
use crate::domain::generate::TargetError;

pub use files::{curl_script, numbered_requests, raw_requests};
pub use har::har;
pub use ndjson::ndjson;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioFormat {
    Ndjson,
    Har,
    /// A folder of numbered raw requests.
    Dir,
    Curl,
}

impl ScenarioFormat {
    pub const ALL: [ScenarioFormat; 4] = [
        ScenarioFormat::Ndjson,
        ScenarioFormat::Har,
        ScenarioFormat::Dir,
        ScenarioFormat::Curl,
    ];

    /// Stable identifier: the CLI's `--format` and the page's `<option>` value.
    pub fn key(self) -> &'static str {
        match self {
            ScenarioFormat::Ndjson => "ndjson",
            ScenarioFormat::Har => "har",
            ScenarioFormat::Dir => "dir",
            ScenarioFormat::Curl => "curl",
        }
    }

    pub fn from_key(key: &str) -> Option<ScenarioFormat> {
        ScenarioFormat::ALL.into_iter().find(|f| f.key() == key)
    }

    /// As the page offers it: the folder form is one file there, the raw requests one after another.
    pub fn page_label(self) -> &'static str {
        match self {
            ScenarioFormat::Ndjson => "NDJSON (one delivery a line)",
            ScenarioFormat::Har => "HAR file",
            ScenarioFormat::Dir => "Raw HTTP requests",
            ScenarioFormat::Curl => "curl script",
        }
    }

    /// The file the page saves: its extension and media type.
    pub fn page_file(self) -> (&'static str, &'static str) {
        match self {
            ScenarioFormat::Ndjson => ("ndjson", "application/x-ndjson"),
            ScenarioFormat::Har => ("har", "application/json"),
            ScenarioFormat::Dir => ("http", "message/http"),
            ScenarioFormat::Curl => ("sh", "application/x-sh"),
        }
    }
}

/// The page's one-file text of a form (the folder form as the raw requests one after another).
pub fn page_text(
    run: &Run,
    format: ScenarioFormat,
    url: &str,
    secret: &str,
) -> Result<String, TargetError> {
    match format {
        ScenarioFormat::Ndjson => ndjson(run, url, secret),
        ScenarioFormat::Har => har(run, url, secret),
        ScenarioFormat::Curl => curl_script(run, url, secret),
        ScenarioFormat::Dir => raw_requests(run, url, secret),
    }
}

/// One file of the output (the folder form has one per delivery).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputFile {
    pub name: String,
    pub text: String,
}

/// Each delivery as its HTTP request, in delivery order.
pub(super) fn requests<'r>(
    run: &'r Run,
    url: &str,
    secret: &str,
) -> Result<Vec<(&'r ScenarioDelivery, Request)>, TargetError> {
    run.deliveries
        .iter()
        .map(|d| Ok((d, request(&d.generated, url, secret)?)))
        .collect()
}

/// The form of a scenario's output: text for one file, or a folder's files.
pub fn render(
    run: &Run,
    format: ScenarioFormat,
    url: &str,
    secret: &str,
) -> Result<Vec<OutputFile>, TargetError> {
    let single = |text: String, extension: &str| {
        vec![OutputFile {
            name: format!("{}.{extension}", file_stem(run)),
            text,
        }]
    };
    Ok(match format {
        ScenarioFormat::Ndjson => single(ndjson(run, url, secret)?, "ndjson"),
        ScenarioFormat::Har => single(har(run, url, secret)?, "har"),
        ScenarioFormat::Curl => single(curl_script(run, url, secret)?, "sh"),
        ScenarioFormat::Dir => numbered_requests(run, url, secret)?,
    })
}

/// `perfectgym-new-member-seed-2025` (with `-edge-cases`, `-retries-2`, `-shuffled` as they apply).
pub fn file_stem(run: &Run) -> String {
    let o = &run.options;
    let mut stem = format!(
        "{}-{}-seed-{}",
        run.scenario.vendor.slug(),
        run.scenario.name(),
        o.seed
    );
    if o.edge_cases {
        stem.push_str("-edge-cases");
    }
    if o.retries > 0 {
        stem.push_str(&format!("-retries-{}", o.retries));
    }
    if o.shuffle {
        stem.push_str("-shuffled");
    }
    stem
}

/// `03-classesbooked` or `03-classesbooked-attempt-2`: where a delivery sits and what it is.
pub(super) fn delivery_label(position: usize, width: usize, d: &ScenarioDelivery) -> String {
    let event = ascii_slug(&d.generated.choice.event_type().replace(' ', "-"));
    let attempt = if d.attempt > 1 {
        format!("-attempt-{}", d.attempt)
    } else {
        String::new()
    };
    format!("{position:0width$}-{event}{attempt}")
}
