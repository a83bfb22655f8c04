//! The suite one receiver URL gets, read from the vendor's declaration: a valid delivery of every event,
//! forged and missing signatures or keys (`auth`, where the credential is given), the same delivery again
//! and twice at once, edge-case bodies, and a scenario shuffled. Bounded: the count is known before
//! anything is sent, and every request goes to the URL given.

use super::auth::{proving, Proving};
use super::checks::{CheckId, Proof};
use crate::domain::generate::scenario::{run, scenarios, Scenario, ScenarioOptions, UnknownStep};
use crate::domain::generate::{
    catalogue, generate, parse_target, request, Choice, Generated, Options, Request, Target,
    TargetError,
};
use crate::domain::schema::{declaration, Vendor};

/// Each check draws its deliveries from its own seed, so no two checks share a request id.
const VALID: u64 = 0x0056_414c_4944;
pub(super) const FORGED: u64 = 0x464f_5247_4544;
pub(super) const MISSING: u64 = 0x004d_4953_5349_4e47;
const RETRY: u64 = 0x0052_4554_5259;
const QUIRKS: u64 = 0x5155_4952_4b53;
const ORDER: u64 = 0x004f_5244_4552;

/// What proves a delivery genuine, as the user gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    None,
    Secret(String),
    ApiKey(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProbeConfig {
    pub vendor: Vendor,
    pub url: String,
    pub credential: Credential,
    /// The scenario delivered shuffled; `None`: the vendor's first.
    pub scenario: Option<Scenario>,
    pub seed: u64,
}

/// One request of the suite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    /// 1-based, in sending order.
    pub n: usize,
    pub check: CheckId,
    /// What it is, for people: `ClassesBooked, signed with another secret`.
    pub label: String,
    pub request: Request,
    /// Requests sharing a group are sent at the same time.
    pub group: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub vendor: Vendor,
    pub target: Target,
    pub proof: Proof,
    pub requests: Vec<Planned>,
    /// Every request gives up after this long (the vendor's deadline where it has one).
    pub timeout_ms: u64,
    /// Checks that send nothing, and why.
    pub skipped: Vec<(CheckId, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{0}")]
    Target(#[from] TargetError),
    #[error("{scenario} is a {owner} scenario; choose one of {vendor}'s: {choices}")]
    ScenarioVendor {
        scenario: &'static str,
        owner: &'static str,
        vendor: &'static str,
        choices: String,
    },
    #[error("{vendor} signs deliveries with a secret: give --secret, not --api-key")]
    KeyForSigner { vendor: &'static str },
    #[error(
        "{vendor} sends a static key in {header}, it signs nothing: give --api-key, not --secret"
    )]
    SecretForKey {
        vendor: &'static str,
        header: &'static str,
    },
    #[error("{vendor} documents no signature or key, so there is no credential to give")]
    NothingToGive { vendor: &'static str },
    #[error("{0}")]
    Scenario(#[from] UnknownStep),
}

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

pub fn plan(config: &ProbeConfig) -> Result<Plan, PlanError> {
    let decl = declaration(config.vendor);
    let (proving, proof) = proving(config)?;
    let target = parse_target(&config.url)?;
    let scenario = pick_scenario(config)?;
    let events: Vec<Choice> = catalogue()
        .into_iter()
        .filter(|c| c.vendor() == config.vendor && !c.is_placeholder())
        .collect();
    let story: Vec<Choice> = match scenario {
        Some(s) => run(s, scenario_options(config.seed, false))?
            .deliveries
            .iter()
            .map(|d| d.generated.choice)
            .collect(),
        None => events.iter().take(1).copied().collect(),
    };
    let mut suite = Suite {
        config,
        proving,
        requests: Vec::new(),
        skipped: Vec::new(),
    };
    for choice in &events {
        let request = suite.delivery(choice, VALID, false)?;
        suite.add(CheckId::AcceptsValid, choice.event_type(), request, false);
    }
    suite.authentication(story.first())?;
    suite.retries(story.get(1).or(story.first()))?;
    let mut seen: Vec<Choice> = Vec::new();
    for choice in story.iter().chain(events.iter().take(1)) {
        if !seen.contains(choice) {
            seen.push(*choice);
            let request = suite.delivery(choice, QUIRKS, true)?;
            let label = format!("{} (edge cases)", choice.event_type());
            suite.add(CheckId::AcceptsVendorQuirks, label, request, false);
        }
    }
    suite.shuffled(scenario)?;
    let rules = decl.delivery_rules;
    Ok(Plan {
        vendor: config.vendor,
        target,
        proof,
        requests: suite.requests,
        timeout_ms: rules
            .deadline_ms
            .map_or(super::DEFAULT_TIMEOUT_MS, u64::from),
        skipped: suite.skipped,
    })
}

fn scenario_options(seed: u64, shuffle: bool) -> ScenarioOptions {
    ScenarioOptions {
        seed,
        start: None,
        retries: 0,
        shuffle,
        edge_cases: false,
    }
}

impl Suite<'_> {
    /// A delivery and the same again; a new one sent twice at the same moment.
    fn retries(&mut self, choice: Option<&Choice>) -> Result<(), PlanError> {
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
    fn shuffled(&mut self, scenario: Option<Scenario>) -> Result<(), PlanError> {
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
fn pick_scenario(config: &ProbeConfig) -> Result<Option<Scenario>, PlanError> {
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
