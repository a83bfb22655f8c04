//! "Test your receiver": the probe command to copy and, for a vendor that signs, the signature test
//! vectors with the ready-to-run tests beside them. The page itself sends nothing.

use crate::domain::schema::{declaration, Vendor};
use crate::ui::hooks::use_copy;
use yew::prelude::*;

/// The ready-to-run tests `make dist` puts beside the vectors, and the runtime each is for.
const RECEIVER_TESTS: [(&str, &str); 4] = [
    ("verify.test.mjs", "node:test"),
    ("test_verify.py", "pytest"),
    ("verify_test.go", "Go"),
    ("verify_test.php", "PHP"),
];

#[derive(Properties, PartialEq)]
pub struct TestKitProps {
    pub vendor: Vendor,
    /// The `gymhook probe …` command for the receiver URL typed above.
    pub probe: String,
}

#[component]
pub fn TestKit(props: &TestKitProps) -> Html {
    let clipboard = use_copy(props.probe.clone());
    let vendor = props.vendor;
    let signs = declaration(vendor).signing().is_some();
    html! {
        <>
            <h3>{"Test your receiver"}</h3>
            <p class="hint">{"This page never sends anything. Run the probe on your machine: it sends your receiver a bounded suite (it says how many requests first; --dry-run lists them) and grades every answer against the vendor's rules — signature, retries, the deadline, answer length, order."}</p>
            <p class="gen-command"><code data-testid="probe-command">{ props.probe.clone() }</code>{" "}<button type="button" data-testid="probe-copy" onclick={clipboard.on_click(props.probe.clone())}>{"Copy"}</button></p>
            if signs {
                <p class="hint">
                    {"Signature test vectors for your verify function: "}
                    <a data-testid="vectors-link" href={format!("schemas/{}.vectors.json", vendor.slug())}>{format!("{}.vectors.json", vendor.slug())}</a>
                    {", and tests that feed them to it: "}
                    { for RECEIVER_TESTS.iter().map(|(file, runtime)| html! {
                        <span key={*file}><a href={format!("schemas/receiver-tests/{file}")}>{ *runtime }</a>{" "}</span>
                    }) }
                </p>
            }
            <span class="gen-status" role="status" aria-live="polite">{ clipboard.said.unwrap_or_default() }</span>
        </>
    }
}
