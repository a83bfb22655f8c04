//! Building the suite: the deliveries each check sends, in sending order, every one aimed at the URL
//! given and proved with the user's credential (`auth`), each check drawing from its own seed.

use super::auth::Proving;
use super::checks::CheckId;
use super::plan::{PlanError, Planned, ProbeConfig};
use crate::domain::generate::scenario::{run, scenarios, Scenario, ScenarioOptions};
use crate::domain::generate::{
    generate, request, Choice, Generated, Options, Request, TargetError,
};

/// Each check draws its deliveries from its own seed, so no two checks share a request id.
pub(super) const VALID: u64 = 0x0056_414c_4944;
pub(super) const FORGED: u64 = 0x464f_5247_4544;
pub(super) const MISSING: u64 = 0x004d_4953_5349_4e47;
const RETRY: u64 = 0x0052_4554_5259;
const QUIRKS: u64 = 0x5155_4952_4b53;
const ORDER: u64 = 0x004f_5244_4552;

/// Collects the suite in sending order.
pub(super) struct Suite<'c> {
    pub config: &'c ProbeConfig,
    pub proving: Proving<'c>,
    pub requests: Vec<Planned>,
    pub skipped: Vec<(CheckId, String)>,
}

impl Suite<'_> {
    pub fn add(&mut self, check: CheckId, label: String, request: Request, together: bool) {
        let n = self.requests.len().saturating_add(1);
        let group = match self.requests.last() {
            Some(last) if together => last.group,
            _ => n,
        };
        self.requests.push(Planned {
            n,
            check,
            label,
            request,
            group,
        });
    }

    /// A delivery of this event, drawn from the check's own seed, proved as the user's credential allows.
    pub fn delivery(
        &self,
        choice: &Choice,
        stream: u64,
        edge: bool,
    ) -> Result<Request, TargetError> {
        let options = Options {
            seed: self.config.seed ^ stream,
            edge_cases: edge,
        };
        self.proved(&generate(choice, options))
    }

    /// The request of a generated delivery, signed or carrying the key.
    pub fn proved(&self, generated: &Generated) -> Result<Request, TargetError> {
        let mut request = request(generated, &self.config.url, self.proving.secret())?;
        if let Proving::Key { decl, key } = self.proving {
            if !key.is_empty() {
                set_header(&mut request, decl.header, Some(key.to_owned()));
            }
        }
        Ok(request)
    }
}

pub(super) fn scenario_options(seed: u64, shuffle: bool) -> ScenarioOptions {
    ScenarioOptions {
        seed,
        start: None,
        retries: 0,
        shuffle,
        edge_cases: false,
    }
}

impl Suite<'_> {
    /// A valid delivery of every event.
    pub fn valid(&mut self, events: &[Choice]) -> Result<(), PlanError> {
        for choice in events {
            let request = self.delivery(choice, VALID, false)?;
            self.add(CheckId::AcceptsValid, choice.event_type(), request, false);
        }
        Ok(())
    }

    /// Each event once, in edge-case mode.
    pub fn quirks<'e>(
        &mut self,
        events: impl Iterator<Item = &'e Choice>,
    ) -> Result<(), PlanError> {
        let mut seen: Vec<Choice> = Vec::new();
        for choice in events {
            if !seen.contains(choice) {
                seen.push(*choice);
                let request = self.delivery(choice, QUIRKS, true)?;
                let label = format!("{} (edge cases)", choice.event_type());
                self.add(CheckId::AcceptsVendorQuirks, label, request, false);
            }
        }
        Ok(())
    }

    /// A delivery and the same again; a new one sent twice at the same moment.
    pub fn retries(&mut self, choice: Option<&Choice>) -> Result<(), PlanError> {
        let Some(choice) = choice else {
            return Ok(());
        };
        let event = choice.event_type();
        let again = self.delivery(choice, RETRY, false)?;
        self.add(
            CheckId::IdempotentRetry,
            format!("{event} (first delivery)"),
            again.clone(),
            false,
        );
        self.add(
            CheckId::IdempotentRetry,
            format!("{event} (the same delivery again)"),
            again,
            false,
        );
        let twice = self.delivery(choice, RETRY.rotate_left(8), false)?;
        let label = format!("{event} (a new delivery, 1 of 2 at once)");
        self.add(CheckId::IdempotentRetry, label, twice.clone(), false);
        let label = format!("{event} (the same delivery, 2 of 2 at once)");
        self.add(CheckId::IdempotentRetry, label, twice, true);
        Ok(())
    }

    /// The scenario, shuffled.
    pub fn shuffled(&mut self, scenario: Option<Scenario>) -> Result<(), PlanError> {
        let Some(s) = scenario else {
            let vendor = self.config.vendor.display_name();
            let why = format!("{vendor} declares no lifecycle to shuffle");
            self.skipped.push((CheckId::OrderIndependence, why));
            return Ok(());
        };
        let shuffled = run(s, scenario_options(self.config.seed ^ ORDER, true))?;
        for d in &shuffled.deliveries {
            let request = self.proved(&d.generated)?;
            let event = d.generated.choice.event_type();
            let label = format!("{} step {} {event}", s.name(), d.step);
            self.add(CheckId::OrderIndependence, label, request, false);
        }
        Ok(())
    }
}

pub(super) fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request
        .headers
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

/// The scenario asked for (it must be the vendor's), else the vendor's first.
pub(super) fn pick_scenario(config: &ProbeConfig) -> Result<Option<Scenario>, PlanError> {
    let own: Vec<Scenario> = scenarios()
        .into_iter()
        .filter(|s| s.vendor == config.vendor)
        .collect();
    match config.scenario {
        Some(s) if s.vendor == config.vendor => Ok(Some(s)),
        Some(s) => Err(PlanError::ScenarioVendor {
            scenario: s.name(),
            owner: s.vendor.display_name(),
            vendor: config.vendor.display_name(),
            choices: own
                .iter()
                .map(Scenario::name)
                .collect::<Vec<_>>()
                .join(", "),
        }),
        None => Ok(own.first().copied()),
    }
}

/// Sets a header (replacing its value, or adding it last) or, with `None`, removes it.
pub(super) fn set_header(request: &mut Request, name: &'static str, value: Option<String>) {
    request
        .headers
        .retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    if let Some(value) = value {
        request.headers.push((name, value));
    }
}
