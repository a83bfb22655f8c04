//! Which view the URL fragment asks for. The fragment is the page's only URL state, so links to a
//! reference entry can be shared and the back button works.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Explorer,
    /// `#/reference` or `#/reference/<anchor>`, where the anchor names a vendor, event, object or field.
    Reference {
        anchor: Option<String>,
    },
    /// `#/s/<data>` (or an old `#/p/<data>`): a share link (see `domain::share`). Opening one loads its
    /// state once; the page then shows the plain explorer route.
    Shared(SharedLink),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedLink {
    pub data: String,
    /// A version-1 link (`#/p/`): the paste alone, uncompressed.
    pub legacy: bool,
}

/// Typed into the address bar of an open page, this fragment makes the page panic on purpose, to test the
/// panic page (`ui::panic_page`, which listens for it). No link leads there, and opening it with the
/// page only shows the explorer: the panic needs a change of fragment on a running page.
pub const DEBUG_PANIC: &str = "#/debug/panic";
const REFERENCE_PREFIX: &str = "#/reference";
const SHARED_PREFIX: &str = "#/s/";
const LEGACY_SHARED_PREFIX: &str = "#/p/";

impl Route {
    pub fn from_fragment(fragment: &str) -> Route {
        for (prefix, legacy) in [(SHARED_PREFIX, false), (LEGACY_SHARED_PREFIX, true)] {
            if let Some(data) = fragment.strip_prefix(prefix) {
                let data = data.to_owned();
                return Route::Shared(SharedLink { data, legacy });
            }
        }
        let Some(rest) = fragment.strip_prefix(REFERENCE_PREFIX) else {
            return Route::Explorer;
        };
        match rest.strip_prefix('/') {
            Some(anchor) if !anchor.is_empty() => Route::Reference {
                anchor: Some(decode(anchor)),
            },
            _ if rest.is_empty() || rest == "/" => Route::Reference { anchor: None },
            _ => Route::Explorer,
        }
    }

    pub fn to_fragment(&self) -> String {
        match self {
            Route::Explorer => "#/".to_owned(),
            Route::Reference { anchor: None } => REFERENCE_PREFIX.to_owned(),
            Route::Reference { anchor: Some(a) } => format!("{REFERENCE_PREFIX}/{}", encode(a)),
            Route::Shared(SharedLink { data, legacy }) => {
                let prefix = if *legacy {
                    LEGACY_SHARED_PREFIX
                } else {
                    SHARED_PREFIX
                };
                format!("{prefix}{data}")
            }
        }
    }
}

/// Anchors are made of identifier characters, dots, brackets and spaces (GymOS event names);
/// only the space and `%` need escaping to survive a round trip through the address bar.
fn encode(anchor: &str) -> String {
    anchor.replace('%', "%25").replace(' ', "%20")
}

fn decode(anchor: &str) -> String {
    anchor.replace("%20", " ").replace("%25", "%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        for route in [
            Route::Explorer,
            Route::Reference { anchor: None },
            Route::Reference {
                anchor: Some("gymos/event/Session Booked".into()),
            },
            Route::Reference {
                anchor: Some("perfectgym/data.nestedData.amount".into()),
            },
            Route::Shared(SharedLink {
                data: "AnVz".into(),
                legacy: false,
            }),
            Route::Shared(SharedLink {
                data: "e30".into(),
                legacy: true,
            }),
        ] {
            assert_eq!(Route::from_fragment(&route.to_fragment()), route);
        }
    }

    #[test]
    fn every_reference_anchor_survives_the_address_bar() {
        for entry in crate::domain::reference::entries() {
            let route = Route::Reference {
                anchor: Some(entry.anchor.clone()),
            };
            let fragment = route.to_fragment();
            assert!(!fragment.contains(' '), "{fragment}");
            assert_eq!(Route::from_fragment(&fragment), route);
        }
    }

    #[test]
    fn the_debug_panic_fragment_opens_as_the_explorer() {
        // Only a change to it on a running page panics (ui::panic_page); opening the page there is harmless.
        assert_eq!(Route::from_fragment(DEBUG_PANIC), Route::Explorer);
    }

    #[test]
    fn anything_else_is_the_explorer() {
        for fragment in ["", "#", "#/", "#card-payload.booking", "#/referenced"] {
            assert_eq!(
                Route::from_fragment(fragment),
                Route::Explorer,
                "{fragment}"
            );
        }
    }
}
