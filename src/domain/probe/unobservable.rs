//! What no probe can see from outside a receiver, said per vendor from its declaration: a signature that
//! does not cover the body, side effects of duplicates, what happens after the answer.

use crate::domain::schema::{declaration, Vendor};

pub fn unobservable(vendor: Vendor) -> Vec<String> {
    let decl = declaration(vendor);
    let name = vendor.display_name();
    let mut out = Vec::new();
    match decl.signing() {
        Some(signing) => out.push(format!(
            "{name}'s signature covers only the request id and the secret ({} = MD5({} + \"{}\" + secret)), \
             not the body: a body changed in transit under a valid id and signature is accepted by every \
             receiver, so body tampering cannot be detected — by you or by this probe.",
            signing.signature_header, signing.request_id_header, signing.separator
        )),
        None => out.push(format!(
            "{name} signs nothing: whether your receiver refuses deliveries from anyone else depends on \
             protection you add yourself, which this probe cannot know how to test."
        )),
    }
    out.push(
        "Side effects of duplicates are not visible from outside: a receiver can answer 2xx to a retry and \
         still charge, e-mail or count twice. Check your store after idempotent-retry."
            .to_owned(),
    );
    out.push(
        "What happens after the answer (queued work, processing that fails later) is not visible: only \
         the status, the time and the answer's length are."
            .to_owned(),
    );
    if decl.delivery_rules.repeats_with_same_id {
        out.push(format!(
            "When {name} itself retries is not documented: the probe repeats deliveries, it cannot \
             reproduce the vendor's timing."
        ));
    }
    out
}
