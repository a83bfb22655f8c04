//! The suite one receiver URL gets, read from the vendor's declaration: a valid delivery of every event,
//! forged and missing signatures or keys (`auth`, where the credential is given), the same delivery again
//! and twice at once, edge-case bodies, and a scenario shuffled. Bounded: the count is known before
//! anything is sent, and every request goes to the URL given.

use super::auth::proving;
use super::checks::{CheckId, Proof};
use super::suite::{pick_scenario, scenario_options, Suite};
use crate::domain::generate::scenario::{run, Scenario, UnknownStep};
use crate::domain::generate::{catalogue, parse_target, Choice, Request, Target, TargetError};
use crate::domain::schema::{declaration, Vendor};

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
    suite.valid(&events)?;
    suite.authentication(story.first())?;
    suite.retries(story.get(1).or(story.first()))?;
    suite.quirks(story.iter().chain(events.iter().take(1)))?;
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
