//! The generator against the validator: every event of both vendors, for many seeds, analyses clean
//! (edge-case mode: no errors); PGM requests verify; a seed always gives the same bytes.

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::{Kind, Severity};
use gymhook::domain::generate::{
    catalogue, export, generate, Choice, Format, Options, DEFAULT_SEED,
};
use gymhook::domain::http::{split_paste, Paste};
use gymhook::domain::schema::{declaration, Auth, Vendor};
use gymhook::domain::signature::{check, SignatureInputs, Verdict};
use proptest::prelude::*;

const SECRET: &str = "s3cr3t-'quoted' $HOME";
const URL: &str = "https://receiver.example.com/webhooks/test?src=gymhook";

fn diagnostics(text: &str, severity: Severity) -> Vec<String> {
    analyze(text)
        .diagnostics
        .iter()
        .filter(|d| d.severity() == severity)
        .map(|d| format!("{} {}: {}", d.kind.key(), d.path, d.message))
        .collect()
}

fn check_clean(choice: &Choice, seed: u64) {
    let generated = generate(
        choice,
        Options {
            seed,
            edge_cases: false,
        },
    );
    let analysis = analyze(&generated.body);
    let key = choice.key();
    assert_eq!(
        analysis.vendor_slug(),
        choice.vendor().slug(),
        "{key} seed {seed}"
    );
    assert_eq!(
        analysis.event_name.as_deref(),
        Some(choice.event_type().as_str())
    );
    assert_eq!(analysis.known_event(), !choice.is_placeholder(), "{key}");
    for severity in [Severity::Error, Severity::Warning] {
        let found = diagnostics(&generated.body, severity);
        assert!(
            found.is_empty(),
            "{key} seed {seed}: {found:#?}\n{}",
            generated.body
        );
    }
    // The only notes: observed fields, and the placeholder's unknown event name.
    for d in &analysis.diagnostics {
        let expected =
            d.kind == Kind::Observed || (choice.is_placeholder() && d.kind == Kind::UnknownEvent);
        assert!(expected, "{key}: unexpected note {d:?}");
    }
}

fn check_edge(choice: &Choice, seed: u64) {
    let generated = generate(
        choice,
        Options {
            seed,
            edge_cases: true,
        },
    );
    let analysis = analyze(&generated.body);
    assert_eq!(analysis.vendor_slug(), choice.vendor().slug());
    assert_eq!(
        analysis.event_name.as_deref(),
        Some(choice.event_type().as_str())
    );
    let errors = diagnostics(&generated.body, Severity::Error);
    assert!(
        errors.is_empty(),
        "{} seed {seed}: {errors:#?}\n{}",
        choice.key(),
        generated.body
    );
}

/// The request splits back into exactly the generated body, its Content-Length is the body's byte
/// count, and the PGM signature verifies with the secret.
fn check_request(choice: &Choice, seed: u64, edge_cases: bool) {
    let generated = generate(choice, Options { seed, edge_cases });
    let request = export(&generated, Format::Http, URL, SECRET)
        .expect("valid URL")
        .text;
    let Paste::Request(raw) = split_paste(&request) else {
        panic!("not a request: {request}");
    };
    assert_eq!(raw.body, generated.body);
    assert_eq!(
        (raw.method, raw.target),
        (Some("POST"), Some("/webhooks/test?src=gymhook"))
    );
    let header = |name: &str| raw.header(name).map(|h| h.value);
    assert_eq!(
        header("Content-Length"),
        Some(generated.body.len().to_string().as_str())
    );
    assert_eq!(header("Content-Type"), Some("application/json"));
    assert_eq!(header("Host"), Some("receiver.example.com"));
    // The request authenticates by the vendor's declared scheme, with the secret or key typed.
    match declaration(choice.vendor()).auth {
        Auth::Signature(s) => {
            let verdict = check(&SignatureInputs::from_request(&raw, SECRET));
            assert!(matches!(verdict, Verdict::Valid { .. }), "{verdict:?}");
            let wrong = check(&SignatureInputs::from_request(&raw, "another secret"));
            assert!(matches!(wrong, Verdict::Invalid { .. }));
            assert!(header(s.signature_header).is_some());
        }
        Auth::StaticKey(k) => assert_eq!(header(k.header), Some(SECRET)),
        Auth::Unsigned(_) => {
            let sent: Vec<&str> = raw.headers.iter().map(|h| h.name).collect();
            assert_eq!(sent, ["Host", "Content-Type", "Content-Length"]);
        }
    }
    let analysis = analyze(&request);
    assert_eq!(analysis.vendor_slug(), choice.vendor().slug());
    assert_eq!(analysis.count(Severity::Error), 0);
}

#[test]
fn the_catalogue_is_every_declared_event_and_every_gymos_payload_object() {
    let all = catalogue();
    for vendor in Vendor::ALL {
        let events = declaration(vendor).events;
        let listed = all
            .iter()
            .filter(|c| c.vendor() == vendor && !c.is_placeholder())
            .count();
        assert_eq!(listed, events.len(), "{vendor:?}");
    }
    // 22 payload objects + supplementalData.
    assert_eq!(all.iter().filter(|c| c.is_placeholder()).count(), 23);
    assert!(all
        .iter()
        .any(|c| c.key() == "perfectgym:ClassesBookedOnStadbyList"));
    assert!(
        !all.iter()
            .any(|c| c.key() == "perfectgym:ClassesBookedOnStandbyList"),
        "aliases are not events"
    );
    for key in [
        "perfectgym:Test",
        "gymos:Session Booked",
        "gymos:object:weighIn",
        "gymos:object:supplementalData",
    ] {
        let choice = Choice::from_key(key).unwrap_or_else(|| panic!("{key}"));
        assert_eq!(choice.key(), key);
    }
    let keys: std::collections::HashSet<_> = all.iter().map(Choice::key).collect();
    assert_eq!(keys.len(), all.len(), "keys are unique");
    assert_eq!(Choice::from_key("gymos:Nonsense"), None);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_event_generates_clean_for_any_seed(seed in any::<u64>()) {
        for choice in catalogue() {
            check_clean(&choice, seed);
            check_edge(&choice, seed);
        }
    }

    #[test]
    fn every_generated_request_splits_back_and_pgm_signatures_verify(seed in any::<u64>(), edge in any::<bool>()) {
        for choice in catalogue() {
            check_request(&choice, seed, edge);
        }
    }

    #[test]
    fn a_seed_gives_the_same_bytes_and_another_seed_differs(seed in any::<u64>(), edge in any::<bool>()) {
        for choice in catalogue() {
            let options = Options { seed, edge_cases: edge };
            let first = generate(&choice, options);
            prop_assert_eq!(&first, &generate(&choice, options));
            let other = generate(&choice, Options { seed: seed.wrapping_add(1), ..options });
            prop_assert_ne!(&first.body, &other.body, "{}", choice.key());
            if choice.vendor() == Vendor::PerfectGym {
                prop_assert_ne!(&first.request_id, &other.request_id);
            }
        }
    }
}

#[test]
fn the_same_seed_gives_these_exact_bytes_on_every_machine() {
    // Golden output pinned from the generator (the request id also checked against a Python SplitMix64
    // seeded with seed ^ 0x50474d5f52455155 ^ FNV-1a-64("perfectgym:ClassesBooked")):
    // no clock, no hash-map order and no floating point reach the generator, so every machine and CI
    // run must produce exactly this. A deliberate change to the declarations or word lists updates it.
    let choice = Choice::from_key("perfectgym:ClassesBooked").expect("declared");
    let generated = generate(
        &choice,
        Options {
            seed: 1,
            edge_cases: false,
        },
    );
    assert_eq!(
        generated.body,
        "{\n  \"event\": \"ClassesBooked\",\n  \"triggeredDate\": \"2025-01-23T10:10:16Z\",\n  \"data\": {\n    \"userId\": 6137485,\n    \"timeTableEventId\": 1193676\n  }\n}"
    );
    assert_eq!(
        generated.request_id.as_deref(),
        Some("6b4d442b-f566-42e3-aabd-224d076652e3")
    );
}

#[test]
fn different_events_of_one_seed_never_share_a_request_id() {
    // A receiver deduplicating by X-PerfectGym-Request (as Perfect Gym tells it to) would drop every
    // delivery after the first as a retry if two events shared one.
    for seed in [0, 1, DEFAULT_SEED, u64::MAX] {
        let ids: Vec<String> = catalogue()
            .iter()
            .filter_map(|choice| {
                generate(
                    choice,
                    Options {
                        seed,
                        edge_cases: false,
                    },
                )
                .request_id
            })
            .collect();
        let distinct: std::collections::HashSet<&String> = ids.iter().collect();
        assert!(ids.len() >= 13, "every Perfect Gym event has an id");
        assert_eq!(distinct.len(), ids.len(), "seed {seed}: {ids:?}");
    }
    // Seed 2025, as the page starts: four events, four ids (pinned against the Python derivation).
    let id = |event: &str| {
        let choice = Choice::from_key(&format!("perfectgym:{event}")).expect("declared");
        generate(
            &choice,
            Options {
                seed: DEFAULT_SEED,
                edge_cases: false,
            },
        )
        .request_id
    };
    assert_eq!(
        id("UserModified").as_deref(),
        Some("97d4d98a-b4a6-428d-a480-6e97aa2fbd3e")
    );
    assert_eq!(
        id("ContractCreated").as_deref(),
        Some("095cbdbc-8e66-45c3-aca2-d119a464d999")
    );
    assert_eq!(
        id("ContractPaymentDone").as_deref(),
        Some("fb9484c1-ecf2-451c-ac46-aaccd2acacef")
    );
    assert_eq!(
        id("ClassesBooked").as_deref(),
        Some("a0859d82-1a8e-4375-a422-bab857ddf277")
    );
}
