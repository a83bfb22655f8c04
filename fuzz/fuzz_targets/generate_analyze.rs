//! Fuzz target `generate_analyze`: the generator's promise. For any catalogue choice, any seed and either
//! mode, the generated body analyses with zero errors; exported as a raw HTTP request (to the suggested
//! receiver URL or, sometimes, one from the bytes; signed with a secret from the bytes) it still does,
//! carries the generated request id, and a Perfect Gym signature made with a secret checks as valid.

#![no_main]

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::{Diagnostic, Severity};
use gymhook::domain::generate::{
    catalogue, default_target, export, generate, Choice, Format, Options,
};
use gymhook::domain::http::split_paste;
use gymhook::domain::signature::{check, SignatureInputs, Verdict, REQUEST_ID_HEADER};
use gymhook_fuzz::input::Input;
use gymhook_fuzz::props::check_analysis;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn choices() -> &'static [Choice] {
    static CHOICES: OnceLock<Vec<Choice>> = OnceLock::new();
    CHOICES.get_or_init(catalogue)
}

fn errors(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let choice = choices()[input.below(choices().len())];
    let options = Options {
        seed: input.u64(),
        edge_cases: input.flag(),
    };
    let own_url = input.flag();
    let secret = input.field();
    let url = if own_url {
        input.field()
    } else {
        default_target(choice.vendor()).to_owned()
    };
    let generated = generate(&choice, options);
    let analysis = analyze(&generated.body);
    check_analysis(&generated.body, &analysis);
    let found = errors(&analysis.diagnostics);
    assert!(
        found.is_empty(),
        "{} {options:?}: {found:#?}\n{}",
        choice.key(),
        generated.body
    );
    assert_eq!(analysis.vendor(), Some(choice.vendor()));

    // A URL the page rejects has a message instead of a request.
    let Ok(request) = export(&generated, Format::Http, &url, &secret) else {
        return;
    };
    let analysis = analyze(&request.text);
    check_analysis(&request.text, &analysis);
    let found = errors(&analysis.diagnostics);
    assert!(
        found.is_empty(),
        "{} {options:?} as HTTP: {found:#?}\n{}",
        choice.key(),
        request.text
    );
    assert_eq!(analysis.vendor(), Some(choice.vendor()));
    let paste = split_paste(&request.text);
    let request = paste.request().expect("an exported request has headers");
    assert_eq!(request.body, generated.body, "the body travels unchanged");
    let id = request.header(REQUEST_ID_HEADER).map(|h| h.value);
    assert_eq!(id, generated.request_id.as_deref());
    if generated.request_id.is_some() && !secret.trim().is_empty() {
        let verdict = check(&SignatureInputs::from_request(request, &secret));
        assert!(
            matches!(verdict, Verdict::Valid { .. } | Verdict::Incomplete { .. }),
            "{verdict:?}"
        );
    }
});
