//! The example generator's settings and their reducer: which event, which seed, edge cases, output
//! format and receiver URL, and the scenario knobs (which scenario, retries, shuffle, start, output).
//! Pure; the generated text is derived from these when rendering.

use crate::domain::generate::scenario::output::ScenarioFormat;
use crate::domain::generate::scenario::{scenarios, Scenario, MAX_RETRIES};
use crate::domain::generate::{
    default_choice, default_target, next_seed, Choice, Format, DEFAULT_SEED,
};
use crate::domain::share::GeneratorLink;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratorSettings {
    pub choice: Choice,
    pub seed: u64,
    /// The seed field as typed; differs from `seed` only while it is not a valid number.
    pub seed_text: String,
    pub edge_cases: bool,
    pub format: Format,
    pub url: String,
    /// The scenario shown below the single event (`None` only if no vendor declared one).
    pub scenario: Option<Scenario>,
    pub retries: u8,
    pub shuffle: bool,
    /// The first event's time as typed; empty: drawn from the seed.
    pub start: String,
    pub scenario_format: ScenarioFormat,
}

pub enum GeneratorAction {
    Choose(Choice),
    SeedText(String),
    NewSeed,
    EdgeCases(bool),
    SetFormat(Format),
    SetUrl(String),
    ChooseScenario(Scenario),
    /// Past `MAX_RETRIES`: ignored.
    Retries(u8),
    Shuffle(bool),
    Start(String),
    SetScenarioFormat(ScenarioFormat),
}

impl Default for GeneratorSettings {
    fn default() -> Self {
        let choice = default_choice();
        GeneratorSettings {
            choice,
            seed: DEFAULT_SEED,
            seed_text: DEFAULT_SEED.to_string(),
            edge_cases: false,
            format: Format::Json,
            url: default_target(choice.vendor()).to_owned(),
            scenario: scenarios().first().copied(),
            retries: 0,
            shuffle: false,
            start: String::new(),
            scenario_format: ScenarioFormat::Ndjson,
        }
    }
}

impl GeneratorSettings {
    /// The settings a share link carries (not the receiver URL: it may name a private host).
    pub fn link(&self) -> GeneratorLink {
        GeneratorLink {
            choice: self.choice,
            seed: self.seed,
            edge_cases: self.edge_cases,
            format: self.format,
        }
    }

    /// Takes the settings from a share link; a URL still at the old vendor's suggestion follows the vendor.
    pub fn open(&mut self, link: GeneratorLink) {
        if self.url == default_target(self.choice.vendor()) {
            self.url = default_target(link.choice.vendor()).to_owned();
        }
        self.choice = link.choice;
        self.seed = link.seed;
        self.seed_text = link.seed.to_string();
        self.edge_cases = link.edge_cases;
        self.format = link.format;
    }

    /// True when the seed field holds something that is not a seed.
    pub fn seed_invalid(&self) -> bool {
        self.seed_text.trim().parse::<u64>().is_err()
    }
}

impl Reducible for GeneratorSettings {
    type Action = GeneratorAction;

    fn reduce(self: Rc<Self>, action: GeneratorAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            GeneratorAction::Choose(choice) => {
                // A URL still at the old vendor's suggestion follows the vendor; a typed one stays.
                if next.url == default_target(next.choice.vendor()) {
                    next.url = default_target(choice.vendor()).to_owned();
                }
                next.choice = choice;
            }
            GeneratorAction::SeedText(text) => {
                if let Ok(seed) = text.trim().parse::<u64>() {
                    next.seed = seed;
                }
                next.seed_text = text;
            }
            GeneratorAction::NewSeed => {
                next.seed = next_seed(next.seed);
                next.seed_text = next.seed.to_string();
            }
            GeneratorAction::EdgeCases(on) => next.edge_cases = on,
            GeneratorAction::SetFormat(format) => next.format = format,
            GeneratorAction::SetUrl(url) => next.url = url,
            GeneratorAction::ChooseScenario(scenario) => next.scenario = Some(scenario),
            GeneratorAction::Retries(n) if n <= MAX_RETRIES => next.retries = n,
            GeneratorAction::Retries(_) => return self,
            GeneratorAction::Shuffle(on) => next.shuffle = on,
            GeneratorAction::Start(text) => next.start = text,
            GeneratorAction::SetScenarioFormat(format) => next.scenario_format = format,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::generate::scenario::find_scenario;

    fn apply(actions: Vec<GeneratorAction>) -> Rc<GeneratorSettings> {
        actions
            .into_iter()
            .fold(Rc::new(GeneratorSettings::default()), |s, a| s.reduce(a))
    }

    fn choice(key: &str) -> Choice {
        Choice::from_key(key).unwrap_or_else(|| panic!("no choice {key}"))
    }

    #[test]
    fn the_suggested_url_follows_the_vendor_but_a_typed_one_stays() {
        let s = apply(vec![GeneratorAction::Choose(choice(
            "gymos:Session Booked",
        ))]);
        assert_eq!(s.url, "https://receiver.example.com/webhooks/gymos");
        let s = apply(vec![
            GeneratorAction::SetUrl("http://127.0.0.1:9/hook".into()),
            GeneratorAction::Choose(choice("gymos:object:weighIn")),
        ]);
        assert_eq!(s.url, "http://127.0.0.1:9/hook");
    }

    #[test]
    fn scenario_knobs_take_only_what_they_can_use() {
        let lead = find_scenario("lead-to-member").expect("a declared scenario");
        let s = apply(vec![
            GeneratorAction::ChooseScenario(lead),
            GeneratorAction::Retries(3),
            GeneratorAction::Shuffle(true),
        ]);
        assert_eq!(s.scenario.map(|x| x.name()), Some("lead-to-member"));
        assert_eq!((s.retries, s.shuffle), (3, true));
        let s = s.reduce(GeneratorAction::Retries(MAX_RETRIES + 1));
        assert_eq!(s.retries, 3, "past the bound: ignored");
    }

    #[test]
    fn an_invalid_seed_keeps_the_last_valid_one() {
        let s = apply(vec![GeneratorAction::SeedText("42".into())]);
        assert_eq!((s.seed, s.seed_invalid()), (42, false));
        let s = s.reduce(GeneratorAction::SeedText("42x".into()));
        assert_eq!(
            (s.seed, s.seed_invalid(), s.seed_text.as_str()),
            (42, true, "42x")
        );
        let s = s.reduce(GeneratorAction::NewSeed);
        assert_eq!(
            (s.seed, s.seed_text.clone()),
            (next_seed(42), next_seed(42).to_string())
        );
        assert!(!s.seed_invalid());
    }
}
