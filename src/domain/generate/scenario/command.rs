//! The command lines the page offers to copy: the scenario it shows, as `gymhook scenario …`, and the
//! probe for the vendor's receiver, as `gymhook probe …`. A secret or key is never written into them:
//! the commands read it from an environment variable the user sets.

use super::output::ScenarioFormat;
use super::{Scenario, ScenarioOptions};
use crate::domain::generate::{default_target, parse_target, shell_quote};
use crate::domain::schema::{declaration, Auth, Vendor};

/// Where the probe is pointed when the receiver URL is not a plain-HTTP one (the probe speaks HTTP only).
const LOCAL_RECEIVER: &str = "http://127.0.0.1:8080";
/// The variables the commands read the credential from.
const SECRET_VARIABLE: &str = "\"$WEBHOOK_SECRET\"";
const KEY_VARIABLE: &str = "\"$WEBHOOK_API_KEY\"";

/// `--secret "$WEBHOOK_SECRET"` or `--api-key "$WEBHOOK_API_KEY"`, as the vendor authenticates.
fn credential(vendor: Vendor) -> Option<String> {
    match declaration(vendor).auth {
        Auth::Signature(_) => Some(format!("--secret {SECRET_VARIABLE}")),
        Auth::StaticKey(_) => Some(format!("--api-key {KEY_VARIABLE}")),
        Auth::Unsigned(_) => None,
    }
}

/// `gymhook scenario new-member --vendor perfectgym --seed 2025 --format ndjson …`: the same deliveries.
pub fn scenario_command(
    scenario: Scenario,
    options: &ScenarioOptions,
    start_text: Option<&str>,
    format: ScenarioFormat,
    url: &str,
) -> String {
    let vendor = scenario.vendor;
    let mut parts = vec![
        "gymhook scenario".to_owned(),
        scenario.name().to_owned(),
        format!("--vendor {}", vendor.slug()),
        format!("--seed {}", options.seed),
        format!("--format {}", format.key()),
    ];
    if format == ScenarioFormat::Dir {
        parts.push(format!("--out {}-deliveries", scenario.name()));
    }
    if options.retries > 0 {
        parts.push(format!("--retries {}", options.retries));
    }
    if options.shuffle {
        parts.push("--shuffle".to_owned());
    }
    if options.edge_cases {
        parts.push("--edge".to_owned());
    }
    if let (Some(_), Some(text)) = (options.start, start_text) {
        parts.push(format!("--start {}", shell_quote(text.trim())));
    }
    if url.trim() != default_target(vendor) {
        parts.push(format!("--url {}", shell_quote(url.trim())));
    }
    parts.extend(credential(vendor));
    parts.join(" ")
}

/// `gymhook probe http://127.0.0.1:8080/webhooks/perfectgym --vendor perfectgym --secret "$WEBHOOK_SECRET"`:
/// the typed URL when it is plain HTTP, else the same path on a local receiver.
pub fn probe_command(vendor: Vendor, url: &str) -> String {
    let target = match parse_target(url) {
        Ok(t) if !t.https => t.url,
        Ok(t) => format!("{LOCAL_RECEIVER}{}", t.path),
        Err(_) => format!("{LOCAL_RECEIVER}/webhooks"),
    };
    let mut parts = vec![
        "gymhook probe".to_owned(),
        shell_quote(&target),
        format!("--vendor {}", vendor.slug()),
    ];
    parts.extend(credential(vendor));
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::find_scenario;
    use super::*;

    #[test]
    fn commands_name_the_same_deliveries_and_never_a_secret() {
        let scenario = find_scenario("new-member").expect("declared");
        let options = ScenarioOptions {
            seed: 7,
            start: Some(0),
            retries: 2,
            shuffle: true,
            edge_cases: true,
        };
        let url = default_target(Vendor::PerfectGym);
        assert_eq!(
            scenario_command(scenario, &options, Some("2025-03-01T09:00:00Z"), ScenarioFormat::Har, &url),
            "gymhook scenario new-member --vendor perfectgym --seed 7 --format har --retries 2 --shuffle --edge \
             --start '2025-03-01T09:00:00Z' --secret \"$WEBHOOK_SECRET\""
        );
        let plain = ScenarioOptions {
            start: None,
            retries: 0,
            shuffle: false,
            edge_cases: false,
            ..options
        };
        let gymos = find_scenario("lead-to-member").expect("declared");
        assert_eq!(
            scenario_command(gymos, &plain, None, ScenarioFormat::Dir, "http://127.0.0.1:9/h"),
            "gymhook scenario lead-to-member --vendor gymos --seed 7 --format dir --out lead-to-member-deliveries \
             --url 'http://127.0.0.1:9/h'"
        );
        let next = find_scenario("customer-lifecycle").expect("declared");
        let url = default_target(next.vendor);
        assert_eq!(
            scenario_command(next, &plain, None, ScenarioFormat::Ndjson, &url),
            "gymhook scenario customer-lifecycle --vendor perfectgym-next --seed 7 --format ndjson \
             --api-key \"$WEBHOOK_API_KEY\""
        );
    }

    #[test]
    fn the_probe_command_points_at_plain_http() {
        assert_eq!(
            probe_command(Vendor::PerfectGym, "https://receiver.example.com/webhooks/perfectgym"),
            "gymhook probe 'http://127.0.0.1:8080/webhooks/perfectgym' --vendor perfectgym --secret \"$WEBHOOK_SECRET\""
        );
        assert_eq!(
            probe_command(Vendor::GymOs, "http://localhost:3000/hooks"),
            "gymhook probe 'http://localhost:3000/hooks' --vendor gymos"
        );
    }
}
