//! Fuzz target `share_redact`: the redaction property on mutated deliveries. The first bytes pick two
//! generated events (both vendors, any seed, edge mode or not) and one of the input forms the page reads
//! (`tests/it/share_forms.rs`: raw and glued requests, curl commands and `curl -v`, HAR, JSON arrays and
//! Lines, wrapped and chunked bodies, BOM, comments, trailing commas); the rest drive edits of that text
//! (`gymhook_fuzz::edit`). When the link is redacted, no personal value and no credential the page reads
//! in the mutated text may be in it (in any spelling), and the page must read it as it read the paste.

#![no_main]

#[path = "../../tests/it/share_forms.rs"]
#[allow(dead_code)]
mod share_forms;
#[path = "../../tests/it/share_oracle.rs"]
mod share_oracle;

use gymhook::domain::generate::{catalogue, generate, Choice, Options};
use gymhook::domain::share::{prepare, Outcome};
use gymhook_fuzz::edit::{mutate, Prepared};
use gymhook_fuzz::input::Input;
use libfuzzer_sys::fuzz_target;
use share_oracle::{contains_word, credentials, page, personal_in, views};
use std::sync::OnceLock;

fn choices() -> &'static [Choice] {
    static CHOICES: OnceLock<Vec<Choice>> = OnceLock::new();
    CHOICES.get_or_init(catalogue)
}

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let all = choices();
    let (a, b) = (all[input.below(all.len())], all[input.below(all.len())]);
    let options = Options {
        seed: u64::from(input.u16()),
        edge_cases: input.flag(),
    };
    let forms = share_forms::forms(&generate(&a, options), &generate(&b, options));
    let (_, form) = &forms[input.below(forms.len())];
    let text = mutate(&Prepared::new(form.clone()), &mut input);

    let prepared = prepare(&text, None);
    let Outcome::Redacted(_) = prepared.outcome else {
        assert_eq!(prepared.text, text);
        return;
    };
    let link = &prepared.text;
    let secrets = credentials(&text);
    let people = personal_in(&text);
    for view in views(link) {
        if let Some(c) = secrets.iter().find(|c| view.contains(c.as_str())) {
            panic!("credential {c:?} survived in\n{link}\nfrom\n{text}");
        }
        if let Some(p) = people.iter().find(|p| contains_word(&view, p)) {
            panic!("personal value {p:?} survived in\n{link}\nfrom\n{text}");
        }
    }
    assert_eq!(
        page(link),
        page(&text),
        "the link reads differently:\n{link}\nfrom\n{text}"
    );
});
