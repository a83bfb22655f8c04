//! `gymhook probe URL --vendor V`: sends one receiver the vendor's suite (`domain::probe::plan`), at most
//! the requests it announces first, each with a timeout, and grades the answers. Exit 0 when no check
//! fails, 1 when one does, 2 for usage errors or a receiver that cannot be reached.

mod client;
mod report;
mod response;
mod tls;

use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::{print, usage_error, VendorArg};
use crate::domain::generate::scenario::find_scenario;
use crate::domain::probe::{
    grade, plan, seconds, Credential, Failure, Observed, Outcome, Plan, ProbeConfig,
};

/// Exit status when a check fails.
const CHECK_FAILED: u8 = 1;
/// The probe's own seed: the same suite (and request ids) every run unless --seed says otherwise.
const PROBE_SEED: u64 = 2025;

#[derive(Args, Debug)]
pub(super) struct ProbeArgs {
    /// The receiver's URL (http://; every request goes to exactly this URL).
    #[arg(value_name = "URL")]
    url: String,
    #[arg(long, value_enum)]
    vendor: VendorArg,
    /// The webhook secret the receiver checks signatures with (vendors that sign).
    #[arg(long, conflicts_with = "api_key")]
    secret: Option<String>,
    /// The static key the receiver expects (vendors that send a key header).
    #[arg(long)]
    api_key: Option<String>,
    /// The scenario delivered shuffled for order-independence (default: the vendor's first).
    #[arg(long, value_name = "NAME")]
    scenario: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: ProbeFormat,
    /// Print every request the probe would send, and send nothing.
    #[arg(long)]
    dry_run: bool,
    /// Seed of the generated deliveries (their bodies and request ids).
    #[arg(long, value_name = "N", default_value_t = PROBE_SEED)]
    seed: u64,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ProbeFormat {
    Text,
    Json,
    Junit,
}

pub(super) fn run_probe(args: ProbeArgs) -> ExitCode {
    let scenario = match args.scenario.as_deref() {
        None => None,
        Some(name) => match find_scenario(name) {
            Some(s) => Some(s),
            None => {
                return usage_error(&format!(
                    "--scenario: no scenario is called {name:?} (see gymhook scenario --list)"
                ))
            }
        },
    };
    let credential = match (args.secret, args.api_key) {
        (Some(secret), _) => Credential::Secret(secret),
        (None, Some(key)) => Credential::ApiKey(key),
        (None, None) => Credential::None,
    };
    let config = ProbeConfig {
        vendor: args.vendor.vendor(),
        url: args.url.clone(),
        credential,
        scenario,
        seed: args.seed,
    };
    let plan = match plan(&config) {
        Ok(plan) => plan,
        Err(e) => return usage_error(&e.to_string()),
    };
    if args.dry_run {
        return print(&dry_run(&plan));
    }
    if plan.target.https && !tls::available() {
        return usage_error(&format!(
            "{}: https:// targets are sent through curl, which cannot be run here; install curl, or probe \
             the receiver's plain http:// address (e.g. http://127.0.0.1:8080/…)",
            plan.target.url
        ));
    }
    eprintln!("{}", announcement(&plan));
    let observed = match send_all(&plan) {
        Ok(observed) => observed,
        Err(message) => return usage_error(&message),
    };
    let report = grade(&plan, &observed);
    let text = match args.format {
        ProbeFormat::Text => report::text(&report),
        ProbeFormat::Json => report::json(&report),
        ProbeFormat::Junit => report::junit(&report),
    };
    let printed = print(&text);
    if report.worst() == Outcome::Fail {
        ExitCode::from(CHECK_FAILED)
    } else {
        printed
    }
}

/// Said before anything is sent: how many requests, where, with what timeout.
fn announcement(plan: &Plan) -> String {
    let together = plan.requests.len().saturating_sub(
        plan.requests
            .iter()
            .map(|p| p.group)
            .collect::<std::collections::HashSet<_>>()
            .len(),
    );
    format!(
        "gymhook probe: sending {} requests to {} ({} timeout each{}); --dry-run lists them",
        plan.requests.len(),
        plan.target.url,
        seconds(plan.timeout_ms),
        if together > 0 {
            ", two of them at the same moment"
        } else {
            ""
        }
    )
}

fn dry_run(plan: &Plan) -> String {
    let mut out = format!(
        "{}\n",
        announcement(plan).replacen("sending", "would send", 1)
    );
    for p in &plan.requests {
        out.push_str(&format!(
            "\n#{} {} — {}\n{}\n",
            p.n,
            p.check.key(plan.proof),
            p.label,
            client::wire(&p.request)
        ));
    }
    out
}

/// Every request in plan order; a group of several is sent at once. A first request that cannot connect
/// means the receiver cannot be reached: nothing more is sent.
fn send_all(plan: &Plan) -> Result<Vec<Observed>, String> {
    // http:// through gymhook's own client to the one resolved address; https:// through curl.
    let addr = match plan.target.https {
        true => None,
        false => Some(client::resolve(&plan.target.authority)?),
    };
    let send = move |request: &crate::domain::generate::Request, timeout| match addr {
        Some(addr) => client::send(addr, request, timeout),
        None => tls::send(request, timeout),
    };
    let timeout = Duration::from_millis(plan.timeout_ms);
    let mut observed: Vec<Observed> = Vec::with_capacity(plan.requests.len());
    let mut rest = plan.requests.as_slice();
    while let Some(first) = rest.first() {
        let size = rest.iter().take_while(|p| p.group == first.group).count();
        let (group, tail) = rest.split_at(size);
        rest = tail;
        let answers: Vec<Observed> = std::thread::scope(|scope| {
            let handles: Vec<_> = group
                .iter()
                .map(|p| scope.spawn(move || send(&p.request, timeout)))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join().unwrap_or_else(|_| Observed {
                        status: None,
                        millis: 0,
                        body_chars: 0,
                        failure: Some(Failure::Protocol("the sending thread failed".to_owned())),
                    })
                })
                .collect()
        });
        if observed.is_empty() {
            if let Some(Observed {
                failure: Some(Failure::Connection(why)),
                ..
            }) = answers.first()
            {
                return Err(format!("cannot reach {}: {why}", plan.target.url));
            }
        }
        observed.extend(answers);
    }
    Ok(observed)
}
