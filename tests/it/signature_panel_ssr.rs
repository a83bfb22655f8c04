//! The signature panel rendered natively with Yew SSR: verdict hooks, diagnosis, visible hashed
//! string, the unsigned-request and GymOS notes, and a hidden secret never rendered as text.
//! Expected hexes were computed independently with md5sum (command next to each).

use gymhook::domain::analysis::analyze;
use gymhook::ui::state::SignatureFields;
use gymhook::ui::{Shared, SignaturePanel, SignaturePanelProps};
use std::rc::Rc;

const ID: &str = "7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01";
const SECRET: &str = "whsec-pgm-demo";
// printf '%s' '7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01:whsec-pgm-demo' | md5sum
const GOOD: &str = "79e079d94a86e27128ea84f6d1fb3a07";
// printf '%s' 'whsec-pgm-demo:7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01' | md5sum
const SWAPPED: &str = "e3573f731bb05adfa1c1db76b1cfaaf9";
const BODY: &str =
    r#"{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{"valueLong":1}}"#;
// printf '%s' '{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{"valueLong":1}}' | md5sum
const BODY_MD5: &str = "eebc5c5d51f3782513f3f5ceded30fe3";
const GYMOS: &str = r#"{"eventType":"Session Booked","eventTimestampUtc":"2025-11-25T13:42:01Z",
"webHookTimestampUtc":"2025-11-25T13:42:03Z","clientId":"c340d350-b6a1-434c-bfb6-7703e9cb3215",
"subjectType":"MEMBER","subject":{"member":null,"lead":null,"attendee":null},"payload":{}}"#;

/// Renders the panel for a paste (analysed as the page would) and the three input values.
fn render(paste: &str, request_id: &str, signature: &str, secret: &str) -> String {
    let [paste, request_id, signature, secret] =
        [paste, request_id, signature, secret].map(str::to_owned);
    let renderer = yew::ServerRenderer::<SignaturePanel>::with_props(move || {
        let text: Rc<str> = Rc::from(paste.as_str());
        SignaturePanelProps {
            fields: SignatureFields {
                request_id,
                signature,
                secret,
            },
            analysis: Shared(Rc::new(analyze(&text))),
            text: Shared(text),
            on_request_id: Default::default(),
            on_signature: Default::default(),
            on_secret: Default::default(),
        }
    });
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// The opening tag of the verdict element, where `data-verdict` / `data-diagnosis` live.
fn verdict_tag(html: &str) -> &str {
    let hook = html
        .find(r#"data-testid="signature-verdict""#)
        .expect("the verdict element is rendered");
    let start = html[..hook].rfind('<').expect("tag start");
    let end = hook + html[hook..].find('>').expect("tag end");
    &html[start..=end]
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(r#"{name}=""#);
    let from = tag.find(&key)? + key.len();
    tag[from..].split('"').next()
}

fn hooks(html: &str) -> (Option<&str>, Option<&str>) {
    let tag = verdict_tag(html);
    (attr(tag, "data-verdict"), attr(tag, "data-diagnosis"))
}

#[test]
fn a_matching_signature_is_valid() {
    let html = render("", ID, GOOD, SECRET);
    assert_eq!(hooks(&html), (Some("valid"), None));
    assert!(html.contains("✓ Valid"), "{html}");
    assert!(html.contains(GOOD));
    assert!(!html.contains("letter case differs"));
}

#[test]
fn upper_case_hex_is_valid_and_the_case_is_explained() {
    let html = render("", ID, &GOOD.to_ascii_uppercase(), SECRET);
    assert_eq!(hooks(&html), (Some("valid"), None));
    assert!(html.contains("Only the letter case differs"), "{html}");
}

#[test]
fn a_swapped_order_signature_is_diagnosed() {
    let html = render("", ID, SWAPPED, SECRET);
    assert_eq!(hooks(&html), (Some("invalid"), Some("swapped-order")));
    assert!(html.contains("✗ Does not match"));
    assert!(html.contains("Secret and request id in the wrong order"));
    assert!(html.contains("the secret was put first"), "{html}");
    assert!(html.contains(GOOD), "the computed hex is shown");
}

#[test]
fn hashing_the_pasted_body_is_diagnosed_from_its_exact_bytes() {
    let paste = format!(
        "POST /hooks/pgm HTTP/1.1\r\nX-PerfectGym-Request: {ID}\r\nX-PerfectGym-Signature: {BODY_MD5}\r\n\r\n{BODY}"
    );
    let html = render(&paste, ID, BODY_MD5, SECRET);
    assert_eq!(hooks(&html), (Some("invalid"), Some("body-hashed")));
    assert!(html.contains("MD5(body)"), "{html}");
}

#[test]
fn an_unrecognised_mismatch_blames_the_secret() {
    let html = render("", ID, GOOD, "another-secret");
    assert_eq!(hooks(&html), (Some("invalid"), None));
    assert!(html.contains("the secret is most"), "{html}");
}

#[test]
fn missing_inputs_are_incomplete_and_named() {
    let html = render("", ID, GOOD, "");
    assert_eq!(hooks(&html), (Some("incomplete"), None));
    assert!(html.contains("Not checked yet"), "{html}");
    assert!(
        html.contains("<li><strong>Webhook secret</strong>: The webhook secret is"),
        "{html}"
    );
    assert!(
        !html.contains("<strong>Request id"),
        "only what is missing is listed"
    );
    let html = render("", "", "", "");
    assert_eq!(hooks(&html), (Some("incomplete"), None));
    assert!(
        html.contains("&lt;request id&gt;"),
        "placeholders in the hashed string"
    );
}

#[test]
fn the_hashed_string_shows_invisible_characters() {
    let id_with_zero_width_space = format!("{ID}\u{200b}");
    let html = render("", &id_with_zero_width_space, GOOD, SECRET);
    assert_eq!(hooks(&html), (Some("invalid"), Some("whitespace")));
    assert!(html.contains(&format!("{ID}⟨U+200B⟩")), "{html}");
}

#[test]
fn a_hidden_secret_is_only_in_its_input() {
    let html = render("", ID, SWAPPED, SECRET);
    assert_eq!(
        html.matches(SECRET).count(),
        1,
        "only the password input's value holds the secret: {html}"
    );
    assert!(html.contains(r#"type="password""#));
    assert!(
        html.contains("••••••••••••••"),
        "masked in the hashed string"
    );
    assert!(html.contains("Computed locally in this tab"));
}

#[test]
fn a_request_without_signature_header_is_explained() {
    let paste = format!("POST /hooks/pgm HTTP/1.1\nX-PerfectGym-Request: {ID}\n\n{BODY}");
    let html = render(&paste, ID, "", SECRET);
    assert_eq!(hooks(&html), (Some("incomplete"), None));
    assert!(html.contains("This request has no X-PerfectGym-Signature header."));
    assert!(html.contains(
        "PGM only sends X-PerfectGym-Signature when the webhook has a secret configured"
    ));
    let signed = format!(
        "POST /hooks/pgm HTTP/1.1\nX-PerfectGym-Request: {ID}\nX-PerfectGym-Signature: {GOOD}\n\n{BODY}"
    );
    assert!(!render(&signed, ID, GOOD, SECRET).contains("This request has no"));
}

#[test]
fn a_gymos_payload_says_it_is_unsigned_and_keeps_the_checker() {
    assert_eq!(analyze(GYMOS).vendor_slug(), "gymos");
    let html = render(GYMOS, "", "", "");
    assert!(
        html.contains("GymOS documents no webhook signature."),
        "{html}"
    );
    assert!(html.contains("secret in the URL path"));
    assert!(html.contains(r#"data-testid="request-id-input""#));
    assert!(!render(BODY, "", "", "").contains("GymOS documents no"));
}

#[test]
fn snippets_use_placeholders_for_empty_fields_and_the_current_values() {
    let html = render("", "", "", "");
    assert!(html.contains("&lt;request id&gt;") && html.contains("&lt;your webhook secret&gt;"));
    let html = render("", ID, GOOD, SECRET);
    let snippet = html
        .split(r#"data-testid="signature-snippet">"#)
        .nth(1)
        .expect("the snippet is rendered");
    assert!(snippet.contains(ID) && snippet.contains(GOOD));
    assert!(
        !snippet.contains(SECRET),
        "the hidden secret is masked in the snippet"
    );
}

/// A PerfectGym Next request: its vendor sends a static key, so the panel says there is no signature
/// and compares the key typed with the received one.
fn next_request(key: &str) -> String {
    format!(
        "POST /hooks HTTP/1.1\r\nContent-Type: application/json\r\nx-api-key: {key}\r\n\r\n\
         {{\"entityId\": 1, \"uuid\": \"095be615-a8ad-4c33-8e9c-c7612fbf6c9f\", \"payload\": \
         [{{\"timestamp\": 1642779144176, \"type\": \"CUSTOMER_CHECKIN\"}}]}}"
    )
}

fn key_verdict(html: &str) -> (Option<&str>, Option<&str>) {
    let hook = html
        .find(r#"data-testid="key-verdict""#)
        .expect("the key verdict is rendered");
    let start = html[..hook].rfind('<').expect("tag start");
    let end = hook + html[hook..].find('>').expect("tag end");
    let tag = &html[start..=end];
    (attr(tag, "data-verdict"), attr(tag, "data-diagnosis"))
}

#[test]
fn a_static_key_vendor_gets_no_signature_checker_but_a_key_comparison() {
    const KEY: &str = "45d71d45-79e0-4b13-af86-c914f59750fa";
    let paste = next_request(KEY);
    let html = render(&paste, "", KEY, KEY);
    assert!(
        html.contains("PerfectGym Next / Magicline signs nothing."),
        "{html}"
    );
    assert!(html.contains("no signature"));
    assert!(
        !html.contains("signature-verdict"),
        "no MD5 checker for a key vendor"
    );
    assert_eq!(key_verdict(&html), (Some("valid"), None));
    // The receiver code checks the key in constant time, with the declared header's name.
    assert!(html.contains("check-key.mjs") && html.contains("timingSafeEqual"));
    assert!(
        html.contains("req.get(&#x27;x-api-key&#x27;)") || html.contains("req.get('x-api-key')")
    );
    // The typed key is masked while hidden, never written out.
    assert!(!html.contains(&format!("expected = &#x27;{KEY}&#x27;")));
    let html = render(&paste, "", KEY, &format!(" {KEY}"));
    assert_eq!(key_verdict(&html), (Some("invalid"), Some("whitespace")));
    let html = render(&paste, "", KEY, "another-key");
    assert_eq!(key_verdict(&html), (Some("invalid"), None));
    let html = render(&paste, "", KEY, "");
    assert_eq!(key_verdict(&html), (Some("incomplete"), None));
}
