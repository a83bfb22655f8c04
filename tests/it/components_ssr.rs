//! Components rendered to HTML natively (Yew SSR): the analysis panel's public hooks and each kind of
//! field row, including that payload text is escaped, never interpreted as HTML.

use futures::executor::block_on;
use gymhook::domain::analysis::analyze;
use gymhook::ui::state::SignatureFields;
use gymhook::ui::{AnalysisPanel, Shared, TypedView, TypedViewProps};
use std::rc::Rc;
use yew::ServerRenderer;

const GYMOS: &str = r#"{"eventType": "Session Booked", "eventTimestampUtc": "2025-11-25T13:42:01Z",
 "webHookTimestampUtc": "2025-11-25T13:42:04Z", "clientId": "c340d350-b6a1-434c-bfb6-7703e9cb3215",
 "clientBusinessName": "Example Fitness Ltd", "clientTradingName": "Example Fitness", "subjectType": "MEMBER",
 "subject": {"member": {"id": "91d6528e-cc6b-4027-9c33-a172ce018c81", "dateOfBirth": "1983-05-15T00:00:00",
   "currentMemberships": ["Gold Membership", "Nutrition Bolt-on"], "firstName": "<img src=x onerror=alert(1)>"}},
 "payload": {"session": {"startTimeLocal": "2025-11-26T16:15:00+01:00"},
   "booking": {"autoBooked": false, "cancelledTimeUtc": "", "bookedBy": null, "seat": 4},
   "credit": {"cost": 149.90, "creditsIssued": 8}}}"#;

/// Props hold `Rc`s, which SSR will not move across threads, so they are built inside the closure.
fn panel(text: &str) -> String {
    panel_with(text, SignatureFields::default())
}

fn panel_with(text: &str, signature: SignatureFields) -> String {
    let text = text.to_owned();
    let props = move || gymhook::ui::AnalysisPanelProps {
        analysis: Shared(Rc::new(analyze(&text))),
        text: Shared(Rc::from(text.as_str())),
        stale: false,
        pending: None,
        selected: None,
        on_select: Default::default(),
        textarea: Default::default(),
        now: None,
        request: Default::default(),
        signature: signature.clone(),
    };
    block_on(
        ServerRenderer::<AnalysisPanel>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

fn typed_view(text: &str, selected: Option<&str>) -> String {
    let (text, selected) = (text.to_owned(), selected.map(str::to_owned));
    let props = move || TypedViewProps {
        analysis: Shared(Rc::new(analyze(&text))),
        selected: selected.clone(),
        on_select: Default::default(),
        now: None,
    };
    block_on(
        ServerRenderer::<TypedView>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The `<tr>` of one field in the rendered typed view.
fn row_in(html: &str, path: &str) -> String {
    let start = html
        .find(&format!("<tr id=\"field-{path}\""))
        .unwrap_or_else(|| panic!("no row for {path}"));
    let end = html[start..]
        .find("</tr>")
        .map_or(html.len(), |e| start + e);
    html[start..end].to_owned()
}

fn row(path: &str) -> String {
    row_in(&typed_view(GYMOS, None), path)
}

#[test]
fn the_panel_exposes_vendor_event_and_counts() {
    let html = panel(GYMOS);
    for hook in [
        r#"data-testid="analysis""#,
        r#"data-vendor="gymos""#,
        r#"data-event="Session Booked""#,
        r#"data-known-event="true""#,
        r#"data-errors="0""#,
        r#"data-warnings="2""#,
    ] {
        assert!(html.contains(hook), "{hook} missing in {html}");
    }
    assert!(
        html.contains("Delay") && html.contains("3 s"),
        "webhook delay shown"
    );
    assert!(
        html.contains(r#"data-kind="undocumented""#)
            && html.contains(r#"data-path="payload.booking.seat""#)
    );
}

/// The summary's signature line, or `None` when the panel shows none.
fn signature_line(html: &str) -> Option<&str> {
    let at = html.find("data-testid=\"summary-signature\"")?;
    let rest = html.get(at..)?;
    let (start, end) = (rest.find('>')?, rest.find("</p>")?);
    rest.get(start + 1..end).map(str::trim)
}

#[test]
fn with_a_secret_typed_the_summary_states_the_signature_verdict() {
    let request = "POST /h HTTP/1.1\nX-PerfectGym-Request: r-1\nX-PerfectGym-Signature: 0f\n\n{\"event\":\"UserModified\",\"triggeredDate\":\"2025-11-26T16:02:01Z\",\"data\":{\"userId\":7}}";
    let fields = |request_id: &str, signature: &str, secret: &str| SignatureFields {
        request_id: request_id.to_owned(),
        signature: signature.to_owned(),
        secret: secret.to_owned(),
    };
    // MD5("r-1:s3cret"), as Perfect Gym computes it.
    let good = "41093c80bded294d09e59f914fe4e9ca";
    assert_eq!(signature_line(&panel(request)), None, "no secret, no line");
    assert_eq!(
        signature_line(&panel_with(request, fields("r-1", good, "s3cret"))),
        Some("✓ Signature valid: it is the MD5 of the request id and the secret typed.")
    );
    assert_eq!(
        signature_line(&panel_with(request, fields("r-1", "0f", "s3cret"))),
        Some("✗ Signature does not match the secret typed: the signature checker says the likely cause.")
    );
    assert_eq!(
        signature_line(&panel_with(request, fields("", "", "s3cret"))),
        Some("Signature not checked: no Request id (X-PerfectGym-Request) and no Signature (X-PerfectGym-Signature).")
    );
    let gymos = r#"{"eventType": "Session Booked", "payload": {}}"#;
    assert_eq!(
        signature_line(&panel_with(gymos, fields("", "", "s3cret"))),
        None,
        "GymOS documents no signing"
    );
}

#[test]
fn a_syntax_error_is_a_diagnostic_with_line_and_column() {
    let html = panel("{\n  \"event\": tru\n}");
    assert!(html.contains(r#"data-vendor="unknown""#));
    assert!(html.contains(r#"data-kind="syntax""#) && html.contains(r#"data-severity="error""#));
    assert!(
        html.contains(r#"data-line="2""#) && html.contains(r#"data-column="12""#),
        "{html}"
    );
}

#[test]
fn an_unknown_event_says_so() {
    let html = panel(
        r#"{"event": "MembershipFrozen", "triggeredDate": "2020-06-01T14:44:46Z", "data": {}}"#,
    );
    assert!(html.contains(r#"data-known-event="false""#) && html.contains("unknown event"));
}

#[test]
fn rows_render_each_type_by_its_kind() {
    let guid = row("subject.member.id");
    assert!(
        guid.contains("91d6528e-cc6b-4027-9c33-a172ce018c81")
            && guid.contains("Copy GUID")
            && guid.contains(">GUID<")
    );
    let date = row("subject.member.dateOfBirth");
    assert!(
        date.contains("1983-05-15T00:00:00") && date.contains("date?"),
        "{date}"
    );
    let local = row("payload.session.startTimeLocal");
    assert!(local.contains("2025-11-26T15:15:00Z in UTC"), "{local}");
    let decimal = row("payload.credit.cost");
    assert!(
        decimal.contains(">149.90<"),
        "decimals exactly as sent: {decimal}"
    );
    let int = row("payload.credit.creditsIssued");
    assert!(int.contains(">8<") && int.contains(">int<"));
    let boolean = row("payload.booking.autoBooked");
    assert!(boolean.contains(r#"class="v-bool false""#));
    let list = row("subject.member.currentMemberships");
    assert_eq!(list.matches(r#"class="chip""#).count(), 2);
    let empty = row("payload.booking.cancelledTimeUtc");
    assert!(empty.contains("(null)"));
    let null = row("payload.booking.bookedBy");
    assert!(null.contains(r#"class="v-null""#) && null.contains(">null<"));
    let undocumented = row("payload.booking.seat");
    assert!(undocumented.contains(">undocumented<") && undocumented.contains(">4<"));
    let observed_or_documented = row("payload.booking.autoBooked");
    assert!(observed_or_documented.contains(">documented<"));
}

#[test]
fn payload_text_is_escaped_never_markup() {
    let html = row("subject.member.firstName");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(!html.contains("<img"));
}

#[test]
fn the_selected_field_is_highlighted_and_list_elements_select_their_list() {
    let html = typed_view(GYMOS, Some("subject.member.currentMemberships[1]"));
    assert!(row_in(&html, "subject.member.currentMemberships").contains("field selected"));
    assert!(!row_in(&html, "subject.member.id").contains("selected"));
}

#[test]
fn undocumented_fields_get_their_own_section_and_absent_ones_can_be_revealed() {
    let html = typed_view(GYMOS, None);
    let booking = &html[html
        .find("id=\"card-payload.booking\"")
        .expect("booking card")..];
    let booking = &booking[..booking.find("</article>").unwrap_or(booking.len())];
    let undocumented = booking.find("Undocumented fields").expect("own section");
    assert!(booking[undocumented..].contains("payload.booking.seat"));
    assert!(
        booking.contains("data-provenance=\"documented\"")
            && booking.contains("documented fields not in this payload")
    );
    assert!(
        booking.contains("<code>paymentMethod</code>"),
        "an absent documented field is listed"
    );
}

#[test]
fn an_absent_observed_field_is_never_listed_as_documented() {
    let html = typed_view(GYMOS, None);
    let session = &html[html
        .find("id=\"card-payload.session\"")
        .expect("session card")..];
    let session = &session[..session.find("</article>").unwrap_or(session.len())];
    let documented = session
        .split("<details")
        .find(|d| d.contains("data-provenance=\"documented\""))
        .expect("documented fields not sent");
    assert!(
        documented.contains("<code>endTimeLocal</code>"),
        "{documented}"
    );
    assert!(!documented.contains("startTimeUtc"), "{documented}");
    let observed = session
        .split("<details")
        .find(|d| d.contains("data-provenance=\"undocumented\""))
        .expect("observed fields not sent");
    assert!(observed.contains("1 field seen only in public code, not in this payload"));
    assert!(observed.contains("<code>startTimeUtc</code>"), "{observed}");
}

#[test]
fn long_maps_show_a_page_and_offer_the_next_so_a_megabyte_does_not_freeze_the_page() {
    let entries: Vec<String> = (0..250).map(|i| format!("\"k{i}\": \"v{i}\"")).collect();
    let text = GYMOS.replace(
        "\"credit\":",
        &format!(
            "\"supplementalData\": {{{}}}, \"credit\":",
            entries.join(",")
        ),
    );
    let html = row_in(&typed_view(&text, None), "payload.supplementalData");
    assert_eq!(html.matches("<dt>").count(), 100);
    assert!(
        html.contains("Show 100 more entries (100 of 250 shown)"),
        "{html}"
    );
    // Past what the typed tree keeps, the rest is in the paste area.
    let many: Vec<String> = (0..1500).map(|i| format!("\"k{i}\": \"v\"")).collect();
    let text = GYMOS.replace(
        "\"credit\":",
        &format!("\"supplementalData\": {{{}}}, \"credit\":", many.join(",")),
    );
    let html = row_in(&typed_view(&text, None), "payload.supplementalData");
    assert!(
        html.contains("Show 100 more entries (100 of 1500 shown)"),
        "{html}"
    );
}

#[test]
fn a_huge_group_lists_its_first_entries_and_offers_the_rest() {
    // Ten unknown keys in each of GymOS's 22 payload objects: 220 notes, none folded (each object's
    // ten stay separate; more than ten of a kind under one object would fold into one).
    const OBJECTS: [&str; 22] = [
        "session",
        "booking",
        "achievement",
        "leadAppointment",
        "assignment",
        "bodyHop",
        "campaign",
        "credit",
        "document",
        "dropSlotEventSlot",
        "dropSlotEventType",
        "dropSlotInvitation",
        "form",
        "injury",
        "inventory",
        "membership",
        "message",
        "order",
        "paymentLink",
        "scheduledAbsence",
        "weighIn",
        "xrcizeSession",
    ];
    let objects: Vec<String> = OBJECTS
        .iter()
        .map(|o| {
            let keys: Vec<String> = (0..10).map(|i| format!("\"extra{i}\": {i}")).collect();
            format!("\"{o}\": {{{}}}", keys.join(", "))
        })
        .collect();
    let text = format!(
        r#"{{"eventType": "Session Booked", "payload": {{{}}}}}"#,
        objects.join(", ")
    );
    let html = panel(&text);
    assert!(html.contains(r#"data-testid="analysis""#));
    assert_eq!(html.matches(r#"data-kind="undocumented""#).count(), 200);
    assert!(
        html.contains("and 20 more") && html.contains("Show all 220"),
        "the rest is offered"
    );
}

#[test]
fn thousands_of_one_problem_fold_into_one_diagnostic() {
    let members: Vec<String> = (0..5000).map(|i| format!("\"extra{i}\": {i}")).collect();
    let text = format!(
        r#"{{"event": "Test", "triggeredDate": "2020-06-01T14:44:46Z", "data": {{}}, {}}}"#,
        members.join(", ")
    );
    let html = panel(&text);
    assert_eq!(html.matches(r#"data-kind="undocumented""#).count(), 1);
    assert!(
        html.contains("5000 problems of this kind under the top level"),
        "{html}"
    );
}

/// The envelope summary finds its fields by what the declaration says they hold.
#[test]
fn the_envelope_summary_shows_client_subject_and_both_times() {
    let html = panel(GYMOS);
    for fact in [
        "<dt>Client</dt><dd>Example Fitness</dd>",
        "<dt>Subject type</dt><dd>MEMBER</dd>",
        "<dt>Event time (UTC)</dt>",
        "<dt>Webhook time (UTC)</dt>",
    ] {
        assert!(html.contains(fact), "{fact} missing in {html}");
    }
    let business_only = GYMOS.replace(r#""clientTradingName": "Example Fitness", "#, "");
    assert!(panel(&business_only).contains("<dt>Client</dt><dd>Example Fitness Ltd</dd>"));
    let pgm = panel(r#"{"event": "Test", "triggeredDate": "2020-06-01T14:44:46Z", "data": {}}"#);
    assert!(pgm.contains("<dt>Event time (UTC)</dt>"), "{pgm}");
    for absent in ["<dt>Client</dt>", "<dt>Subject type</dt>", "<dt>Delay</dt>"] {
        assert!(!pgm.contains(absent), "{absent} in {pgm}");
    }
}

/// The help overlay lists the shortcuts table itself: every key, and what it does.
#[test]
fn the_help_overlay_lists_every_shortcut_of_the_table() {
    use gymhook::ui::shell::shortcuts::{HelpOverlay, HelpOverlayProps, SHORTCUTS};
    let props = || HelpOverlayProps {
        on_close: Default::default(),
    };
    let html = block_on(
        ServerRenderer::<HelpOverlay>::with_props(props)
            .hydratable(false)
            .render(),
    );
    for s in &SHORTCUTS {
        assert!(
            html.contains(&format!("<kbd>{}</kbd>", s.label)),
            "{}: {html}",
            s.label
        );
        assert!(html.contains(s.what), "{}: {html}", s.what);
    }
}
