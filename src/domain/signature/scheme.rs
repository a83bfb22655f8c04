//! One delivery's authentication judged by its vendor's declared scheme (`schema::Auth`): the batch
//! view's column and the CLI read this, so neither needs to know which vendor signs and which sends a key.

use super::key::{check_key, KeyInputs};
use super::verdict::{check, SignatureInputs};
use crate::domain::http::RawRequest;
use crate::domain::schema::Auth;

/// The verdict's stable key (`valid`, `invalid`, `incomplete`) on `request` checked with the typed
/// `secret`, or `None` when the scheme has nothing to check it against (no secret typed, or a vendor
/// that documents no authentication).
pub fn verdict_key(auth: &Auth, request: &RawRequest<'_>, secret: &str) -> Option<&'static str> {
    if secret.is_empty() {
        return None;
    }
    match auth {
        Auth::Signature(_) => Some(check(&SignatureInputs::from_request(request, secret)).key()),
        Auth::StaticKey(k) => {
            let received = request.header(k.header).map_or("", |h| h.value);
            Some(
                check_key(&KeyInputs {
                    received,
                    expected: secret,
                })
                .key(),
            )
        }
        Auth::Unsigned(_) => None,
    }
}
