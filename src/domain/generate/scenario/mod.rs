//! Lifecycle scenarios: the events of a vendor's declared lifecycle (a new member, a class waitlist, a
//! lead becoming a member) as deliveries that belong together — the same person, club, contract and
//! booking throughout, times in order, a request id per delivery — with retries (the same delivery
//! again, as the vendor repeats it) and a shuffled order on request. The outputs are in `output`.

pub mod command;
mod order;
pub mod output;

use super::build::{Builder, Scene};
use super::delivery_id::{request_id, Position};
use super::memory::Memory;
use super::{body, has_request_id, Choice, Generated, Options};
use crate::domain::schema::{declaration, EventMatch, Lifecycle, Vendor};

pub use order::MAX_RETRIES;

/// Mixed into the seed for each step's own values and its few seconds of jitter.
const VALUES_STREAM: u64 = 0x5343_454e_4152_494f;
const STEP_SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;
const SECONDS_PER_MINUTE: i64 = 60;
/// Later steps happen up to this many seconds after their whole minute, so times look real but stay in
/// order (every step after the first is at least a minute after the one before).
const JITTER_SECONDS: i64 = 29;

/// A vendor's lifecycle, as the CLI and the page list it.
#[derive(Clone, Copy, Debug)]
pub struct Scenario {
    pub vendor: Vendor,
    pub lifecycle: &'static Lifecycle,
}

impl PartialEq for Scenario {
    fn eq(&self, other: &Self) -> bool {
        self.vendor == other.vendor && std::ptr::eq(self.lifecycle, other.lifecycle)
    }
}

impl Eq for Scenario {}

impl Scenario {
    pub fn name(&self) -> &'static str {
        self.lifecycle.name
    }
}

/// Every vendor's lifecycles, in registry and declaration order.
pub fn scenarios() -> Vec<Scenario> {
    Vendor::ALL
        .iter()
        .flat_map(|&vendor| {
            declaration(vendor)
                .lifecycles
                .iter()
                .map(move |lifecycle| Scenario { vendor, lifecycle })
        })
        .collect()
}

/// The scenario of this name (exact, as listed), if any.
pub fn find_scenario(name: &str) -> Option<Scenario> {
    scenarios().into_iter().find(|s| s.name() == name.trim())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScenarioOptions {
    pub seed: u64,
    /// When the first event happens (seconds since the epoch); `None`: drawn from the seed.
    pub start: Option<i64>,
    /// How many times each delivery is repeated with the same request id (at most `MAX_RETRIES`).
    pub retries: u8,
    /// Deliver in an order other than the lifecycle's.
    pub shuffle: bool,
    pub edge_cases: bool,
}

/// One delivery of a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioDelivery {
    /// The event, its exact body and its request id (a retry repeats both).
    pub generated: Generated,
    /// 1-based step of the lifecycle this delivery is.
    pub step: usize,
    /// 1 for the first delivery of a step, 2 for its first retry, …
    pub attempt: usize,
    /// When it is sent (seconds since the epoch).
    pub sent_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub scenario: Scenario,
    pub options: ScenarioOptions,
    pub deliveries: Vec<ScenarioDelivery>,
}

/// A step names an event its vendor does not declare (the declarations' tests rule it out).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the {scenario} scenario names {event:?}, which its vendor does not declare")]
pub struct UnknownStep {
    pub scenario: &'static str,
    pub event: &'static str,
}

pub fn run(scenario: Scenario, options: ScenarioOptions) -> Result<Run, UnknownStep> {
    let choices = choices(scenario)?;
    let edge = options.edge_cases;
    let drawn = choices
        .first()
        .map(|c| Builder::new(c, options.seed, edge).timeline.event)
        .unwrap_or_default();
    let start = options.start.unwrap_or(drawn);
    let mut memory = Memory::default();
    let mut minutes = 0i64;
    let mut firsts = Vec::new();
    for (index, (step, choice)) in scenario.lifecycle.steps.iter().zip(&choices).enumerate() {
        minutes = minutes.saturating_add(i64::from(step.after_minutes));
        let values_seed = options.seed ^ VALUES_STREAM ^ step_mix(index);
        let jitter = if index == 0 {
            0
        } else {
            super::Rng::new(values_seed).between(0, JITTER_SECONDS)
        };
        let event_at = start
            .saturating_add(minutes.saturating_mul(SECONDS_PER_MINUTE))
            .saturating_add(jitter);
        memory.forget(step.fresh);
        let scene = Scene {
            event_at,
            shift: start.saturating_sub(drawn),
            values_seed,
            memory,
        };
        let mut builder = Builder::in_scene(choice, options.seed, edge, scene);
        let generated = Generated {
            choice: *choice,
            options: Options {
                seed: options.seed,
                edge_cases: edge,
            },
            body: body(&mut builder, edge),
            request_id: has_request_id(choice).then(|| {
                let key = format!("{}@{}", choice.key(), scenario.name());
                request_id(options.seed, &key, Position::Step(index as u64))
            }),
        };
        memory = builder.memory.take().unwrap_or_default();
        firsts.push(ScenarioDelivery {
            generated,
            step: index.saturating_add(1),
            attempt: 1,
            sent_at: builder.timeline.delivery,
        });
    }
    Ok(Run {
        scenario,
        options,
        deliveries: order::arrange(firsts, &options),
    })
}

fn step_mix(index: usize) -> u64 {
    (index as u64).wrapping_add(1).wrapping_mul(STEP_SPREAD)
}

/// Each step's event, as the generator's choice.
fn choices(scenario: Scenario) -> Result<Vec<Choice>, UnknownStep> {
    let decl = declaration(scenario.vendor);
    scenario
        .lifecycle
        .steps
        .iter()
        .map(|step| match decl.find_event(step.event) {
            EventMatch::Exact(event) => Ok(Choice::Event(scenario.vendor, event)),
            _ => Err(UnknownStep {
                scenario: scenario.name(),
                event: step.event,
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_output;
