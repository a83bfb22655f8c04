//! The credential side of the suite, read from the vendor's `Auth`: a signing vendor's deliveries are
//! signed with the secret given, forged (another secret, another request's signature) and left unsigned;
//! a key vendor's carry the key given, a wrong one, or none. Without a credential, or for a vendor that
//! documents neither, the two checks are skipped and the reason said.

use super::checks::{CheckId, Proof};
use super::plan::{Credential, PlanError, ProbeConfig};
use super::suite::{header, set_header, Suite, FORGED, MISSING};
use crate::domain::generate::{generate, request, Choice, Options};
use crate::domain::schema::{declaration, Auth, KeyDecl, SigningDecl};
use crate::domain::signature::compute_pgm;

/// Appended to the secret or key the user gave, to forge one that is certainly not it.
const FORGED_SUFFIX: &str = "-forged";

/// How the suite's deliveries are proved genuine.
#[derive(Clone, Copy, Debug)]
pub(super) enum Proving<'c> {
    /// Signed with `secret` ("" when none was given: unsigned, as the vendor sends without one).
    Sign {
        signing: SigningDecl,
        secret: &'c str,
    },
    /// Carrying `key` in the vendor's header ("" when none was given).
    Key {
        decl: KeyDecl,
        key: &'c str,
    },
    Nothing,
}

impl Proving<'_> {
    /// The secret the generator signs with ("" for none).
    pub fn secret(&self) -> &str {
        match self {
            Proving::Sign { secret, .. } => secret,
            _ => "",
        }
    }
}

/// What the credential given proves with this vendor, or why it does not fit.
pub(super) fn proving(config: &ProbeConfig) -> Result<(Proving<'_>, Proof), PlanError> {
    let vendor = config.vendor.display_name();
    let given = match &config.credential {
        Credential::Secret(s) | Credential::ApiKey(s) => s.as_str(),
        Credential::None => "",
    };
    match (&config.credential, declaration(config.vendor).auth) {
        (Credential::ApiKey(_), Auth::Signature(_)) => Err(PlanError::KeyForSigner { vendor }),
        (Credential::Secret(_), Auth::StaticKey(k)) => Err(PlanError::SecretForKey {
            vendor,
            header: k.header,
        }),
        (Credential::Secret(_) | Credential::ApiKey(_), Auth::Unsigned(_)) => {
            Err(PlanError::NothingToGive { vendor })
        }
        (_, Auth::Signature(signing)) => Ok((
            Proving::Sign {
                signing,
                secret: given,
            },
            Proof::Signature,
        )),
        (_, Auth::StaticKey(decl)) => Ok((Proving::Key { decl, key: given }, Proof::Key)),
        (_, Auth::Unsigned(_)) => Ok((Proving::Nothing, Proof::Signature)),
    }
}

impl Suite<'_> {
    /// Forged and missing signatures or keys, when the credential is known; else why not.
    pub(super) fn authentication(&mut self, choice: Option<&Choice>) -> Result<(), PlanError> {
        let vendor = self.config.vendor.display_name();
        let Some(choice) = choice else {
            return Ok(());
        };
        let why = match self.proving {
            Proving::Sign { signing, secret } if !secret.is_empty() => {
                return self.signatures(choice, signing, secret)
            }
            Proving::Key { decl, key } if !key.is_empty() => return self.keys(choice, decl, key),
            Proving::Sign { signing, .. } => format!(
                "no --secret given: without the webhook secret the probe cannot sign, so a refused forgery \
                 could not be told from a refused delivery ({} is only sent when the webhook has a secret)",
                signing.signature_header
            ),
            Proving::Key { decl, .. } => format!(
                "no --api-key given: without the key the probe cannot tell a refused wrong key from a \
                 refused delivery ({} carries it)",
                decl.header
            ),
            Proving::Nothing => format!(
                "{vendor} documents no signature or key: anyone who knows the URL can post deliveries, so \
                 protect it yourself (a secret path or header); there is nothing of the vendor's to test"
            ),
        };
        self.skipped.push((CheckId::RejectsForged, why.clone()));
        self.skipped.push((CheckId::RejectsMissing, why));
        Ok(())
    }

    fn signatures(
        &mut self,
        choice: &Choice,
        signing: SigningDecl,
        secret: &str,
    ) -> Result<(), PlanError> {
        let event = choice.event_type();
        let options = Options {
            seed: self.config.seed ^ FORGED,
            edge_cases: false,
        };
        let wrong = request(
            &generate(choice, options),
            &self.config.url,
            &format!("{secret}{FORGED_SUFFIX}"),
        )?;
        let stolen = header(&wrong, signing.request_id_header).map(|id| compute_pgm(id, secret));
        self.add(
            CheckId::RejectsForged,
            format!("{event}, signed with another secret"),
            wrong,
            false,
        );
        let mut replayed = self.delivery(choice, FORGED.rotate_left(8), false)?;
        set_header(&mut replayed, signing.signature_header, stolen);
        let label = format!("{event}, with another request's valid signature");
        self.add(CheckId::RejectsForged, label, replayed, false);
        let mut bare = self.delivery(choice, MISSING, false)?;
        set_header(&mut bare, signing.signature_header, None);
        self.add(
            CheckId::RejectsMissing,
            format!("{event}, no {}", signing.signature_header),
            bare,
            false,
        );
        Ok(())
    }

    fn keys(&mut self, choice: &Choice, decl: KeyDecl, key: &str) -> Result<(), PlanError> {
        let event = choice.event_type();
        let mut wrong = self.delivery(choice, FORGED, false)?;
        set_header(
            &mut wrong,
            decl.header,
            Some(format!("{key}{FORGED_SUFFIX}")),
        );
        self.add(
            CheckId::RejectsForged,
            format!("{event}, a wrong {}", decl.header),
            wrong,
            false,
        );
        let mut bare = self.delivery(choice, MISSING, false)?;
        set_header(&mut bare, decl.header, None);
        self.add(
            CheckId::RejectsMissing,
            format!("{event}, no {}", decl.header),
            bare,
            false,
        );
        Ok(())
    }
}
