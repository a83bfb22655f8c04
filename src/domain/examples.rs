//! The vendors' own examples, rebuilt from the `.example` values in the declarations, for the
//! "load example" buttons: proof that the declaration alone can describe a whole payload. The signed
//! Perfect Gym request is the generator's output for the first declared event, signed with a sample secret.

use super::generate::{
    default_target, export, generate, payload, Choice, Fill, Format, Options, Plan, DEFAULT_SEED,
};
use super::json::{parse, pretty, Node};
use super::schema::{declaration, FieldDecl, FieldType, Vendor, VendorDecl};

/// The documented example of `event` (by declared name) as pretty JSON, or `None` for an unknown name.
pub fn documented_example(vendor: Vendor, event: &str) -> Option<String> {
    let decl = declaration(vendor);
    let event = decl.events.iter().find(|e| e.name == event)?;
    let mut documented = Documented {
        vendor: decl,
        plan: Plan::new(&Choice::Event(vendor, event)),
    };
    Some(pretty(&payload(&mut documented)))
}

/// The example the page offers first for each vendor: the event its own document's example shows.
pub fn first_example(vendor: Vendor) -> String {
    documented_example(vendor, declaration(vendor).example_event).unwrap_or_default()
}

/// The secret the signed sample is signed with: gymhook's own stand-in, shown beside the example button.
pub const SAMPLE_SECRET: &str = "gymhook-sample-secret";

/// The vendor whose requests are signed (Perfect Gym): the first in the registry with a signing scheme.
pub fn signing_vendor() -> Option<Vendor> {
    Vendor::ALL
        .into_iter()
        .find(|&v| declaration(v).signing().is_some())
}

/// A whole raw request of the signing vendor (Perfect Gym: with `X-PerfectGym-Request` and
/// `X-PerfectGym-Signature`), signed with `SAMPLE_SECRET`: built by the generator from the declarations,
/// so it holds no hand-written vendor fact.
pub fn signed_example() -> String {
    let Some(vendor) = signing_vendor() else {
        return String::new();
    };
    let Some(event) = declaration(vendor).events.first() else {
        return String::new();
    };
    let options = Options {
        seed: DEFAULT_SEED,
        edge_cases: false,
    };
    let generated = generate(&Choice::Event(vendor, event), options);
    export(
        &generated,
        Format::Http,
        &default_target(vendor),
        SAMPLE_SECRET,
    )
    .map(|e| e.text)
    .unwrap_or(generated.body)
}

/// The generator's walk filled with the declarations' `.example` values: what the event does not fill
/// is left out, as the vendor's own example shows only the relevant objects.
struct Documented {
    vendor: &'static VendorDecl,
    plan: Plan,
}

impl Fill for Documented {
    type Object = ();

    fn vendor(&self) -> &'static VendorDecl {
        self.vendor
    }

    fn plan(&self) -> &Plan {
        &self.plan
    }

    fn value(&mut self, f: &'static FieldDecl, _: &mut ()) -> Option<Node> {
        f.example.and_then(|json| parse(json).ok())
    }

    /// Objects are left out; a merge-field map still shows the document's example of it.
    fn unfilled(&mut self, f: &'static FieldDecl) -> Option<Node> {
        match f.ty {
            FieldType::Object(_) | FieldType::EventData => None,
            _ => self.value(f, &mut ()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{signed_example, SAMPLE_SECRET};
    use crate::domain::signature::{compute_pgm, REQUEST_ID_HEADER, SIGNATURE_HEADER};

    #[test]
    fn the_signed_example_carries_both_headers_and_verifies() {
        let text = signed_example();
        assert!(text.starts_with("POST "), "{text}");
        let header = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{name}: ")))
                .map(str::to_owned)
        };
        let id = header(REQUEST_ID_HEADER).expect("request id header");
        let signature = header(SIGNATURE_HEADER).expect("signature header");
        assert_eq!(signature, compute_pgm(&id, SAMPLE_SECRET));
    }
}
