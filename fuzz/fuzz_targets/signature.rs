//! Fuzz target `signature`: the Perfect Gym signature check and its diagnosis. The bytes are split into
//! request id, signature, secret and body (fields separated by 0xFF); `check` must not panic, and every
//! verdict's texts must render. Properties: the documented MD5(id:secret) is always valid, MD5(secret:id)
//! is always diagnosed as the swapped order, and a pasted request's own headers are read the same way.

#![no_main]

use gymhook::domain::http::split_paste;
use gymhook::domain::signature::{
    check, compute_pgm, masked, no_match_explanation, render, visible, Diagnosis, Language,
    Missing, SignatureInputs, Verdict,
};
use gymhook_fuzz::input::Input;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let mode = input.byte();
    let (request_id, signature, secret) = (input.field(), input.field(), input.field());
    let body = (!input.is_empty()).then(|| input.field());
    let inputs = SignatureInputs {
        request_id: &request_id,
        signature: &signature,
        secret: &secret,
        body: body.as_deref(),
    };
    let verdict = check(&inputs);
    describe(&verdict, &inputs);

    match mode % 3 {
        // The documented formula.
        0 => {
            let signed = compute_pgm(&request_id, &secret);
            let verdict = check(&SignatureInputs {
                signature: &signed,
                ..inputs
            });
            match verdict {
                Verdict::Valid { .. } => {}
                Verdict::Incomplete { missing } => assert!(!missing.contains(&Missing::Signature)),
                other => panic!("MD5(id:secret) not valid: {other:?}"),
            }
        }
        // Secret first.
        1 => {
            let swapped = compute_pgm(&secret, &request_id);
            let verdict = check(&SignatureInputs {
                signature: &swapped,
                ..inputs
            });
            match verdict {
                Verdict::Valid { .. } | Verdict::Incomplete { .. } => {}
                Verdict::Invalid {
                    diagnosis: Some(Diagnosis::SwappedOrder),
                    ..
                } => {}
                other => panic!("MD5(secret:id) not diagnosed as swapped: {other:?}"),
            }
        }
        // The body as a pasted request: its headers fill the inputs.
        _ => {
            if let Some(body) = &body {
                if let Some(request) = split_paste(body).request() {
                    let from_request = SignatureInputs::from_request(request, &secret);
                    describe(&check(&from_request), &from_request);
                }
            }
        }
    }
});

/// Everything the signature panel renders for a verdict.
fn describe(verdict: &Verdict, inputs: &SignatureInputs) {
    let _ = verdict.key();
    match verdict {
        Verdict::Incomplete { missing } => {
            for m in missing {
                let _ = (m.key(), m.label(), m.explanation());
            }
        }
        Verdict::Invalid {
            diagnosis: Some(d), ..
        } => {
            let _ = (d.key(), d.title(), d.explanation());
        }
        Verdict::Invalid {
            diagnosis: None, ..
        } => {
            let _ = no_match_explanation();
        }
        Verdict::Valid { .. } => {}
    }
    let _ = (visible(inputs.request_id), masked(inputs.secret));
    for language in Language::ALL {
        let _ = render(language, inputs.request_id, inputs.secret, inputs.signature);
    }
}
