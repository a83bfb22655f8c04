//! Which view the URL fragment asks for. The fragment is the page's only URL state, so links to a
//! reference entry can be shared and the back button works.

use crate::domain::export::ExportFormat;
use crate::domain::schema::{Vendor, FEATURED};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Explorer,
    /// `#/reference` or `#/reference/<anchor>`, where the anchor names a vendor, event, object or field.
    Reference {
        anchor: Option<String>,
    },
    /// `#/export[/<vendor>/<format>[/<Type>]]`: the schemas and types generated from the declarations,
    /// one file previewed, optionally scrolled to one type's definition.
    Export(ExportView),
    /// `#/s/<data>` (or an old `#/p/<data>`): a share link (see `domain::share`). Opening one loads its
    /// state once; the page then shows the plain explorer route.
    Shared(SharedLink),
}

/// The page's three views, as the navigation names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Explorer,
    Reference,
    Export,
}

impl View {
    /// The view's heading: a change of view moves the focus there (`hooks::use_view_focus`).
    pub fn heading_id(self) -> &'static str {
        match self {
            View::Explorer => "paste-heading",
            View::Reference => "reference-title",
            View::Export => "export-title",
        }
    }
}

/// What the Export view shows: a vendor's file of one format, and the type the URL names, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportView {
    pub vendor: Vendor,
    pub format: ExportFormat,
    pub definition: Option<String>,
}

impl Default for ExportView {
    fn default() -> Self {
        ExportView {
            vendor: FEATURED,
            format: ExportFormat::JsonSchema,
            definition: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedLink {
    pub data: String,
    /// A version-1 link (`#/p/`): the paste alone, uncompressed.
    pub legacy: bool,
}

/// In the browser tests' build (cargo feature `debug-panic`), typed into the address bar of an open page,
/// this fragment makes the page panic on purpose, to test the panic page (`ui::shell::panic_page`). No
/// link leads there, opening it only shows the explorer, and the build people use ignores it.
pub const DEBUG_PANIC: &str = "#/debug/panic";
const REFERENCE_PREFIX: &str = "#/reference";
const EXPORT_PREFIX: &str = "#/export";
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
        if let Some(rest) = fragment.strip_prefix(EXPORT_PREFIX) {
            return export_route(rest).unwrap_or(Route::Explorer);
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

    /// The view this route shows (a share link opens the explorer).
    pub fn view(&self) -> View {
        match self {
            Route::Explorer | Route::Shared(_) => View::Explorer,
            Route::Reference { .. } => View::Reference,
            Route::Export(_) => View::Export,
        }
    }

    /// Whether the route names a place inside its view (a reference entry, an export's type), which the
    /// view has already scrolled to.
    pub fn is_anchored(&self) -> bool {
        matches!(
            self,
            Route::Reference { anchor: Some(_) }
                | Route::Export(ExportView {
                    definition: Some(_),
                    ..
                })
        )
    }

    pub fn to_fragment(&self) -> String {
        match self {
            Route::Explorer => "#/".to_owned(),
            Route::Reference { anchor: None } => REFERENCE_PREFIX.to_owned(),
            Route::Reference { anchor: Some(a) } => format!("{REFERENCE_PREFIX}/{}", encode(a)),
            Route::Export(view) => {
                let mut out = format!(
                    "{EXPORT_PREFIX}/{}/{}",
                    view.vendor.slug(),
                    view.format.slug()
                );
                if let Some(name) = &view.definition {
                    out.push('/');
                    out.push_str(&encode(name));
                }
                out
            }
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

/// `""` or `/` → the default view; `/<vendor>/<format>[/<Type>]` → that file; anything else is not an
/// export route (`#/exported` opens the explorer, as unknown fragments do).
fn export_route(rest: &str) -> Option<Route> {
    if rest.is_empty() || rest == "/" {
        return Some(Route::Export(ExportView::default()));
    }
    let mut parts = rest.strip_prefix('/')?.splitn(3, '/');
    let vendor = parts.next()?;
    let vendor = Vendor::ALL.into_iter().find(|v| v.slug() == vendor)?;
    let format = parts
        .next()
        .and_then(ExportFormat::from_slug)
        .unwrap_or(ExportFormat::JsonSchema);
    let definition = parts.next().filter(|d| !d.is_empty()).map(decode);
    Some(Route::Export(ExportView {
        vendor,
        format,
        definition,
    }))
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
            Route::Export(ExportView::default()),
            Route::Export(ExportView {
                vendor: Vendor::PerfectGym,
                format: ExportFormat::TypeScript,
                definition: Some("ClassesBookedEvent".into()),
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
    fn export_routes_name_vendor_format_and_type() {
        assert_eq!(
            Route::from_fragment("#/export"),
            Route::Export(ExportView::default())
        );
        assert_eq!(
            Route::from_fragment("#/export/perfectgym/nope"),
            Route::Export(ExportView {
                vendor: Vendor::PerfectGym,
                format: ExportFormat::JsonSchema,
                definition: None,
            })
        );
        for format in ExportFormat::ALL {
            let route = Route::Export(ExportView {
                vendor: Vendor::GymOs,
                format,
                definition: Some("SessionBookedEvent".into()),
            });
            assert_eq!(Route::from_fragment(&route.to_fragment()), route);
        }
    }

    #[test]
    fn anything_else_is_the_explorer() {
        for fragment in [
            "",
            "#",
            "#/",
            "#card-payload.booking",
            "#/referenced",
            "#/exported",
            "#/export/acme/go",
        ] {
            assert_eq!(
                Route::from_fragment(fragment),
                Route::Explorer,
                "{fragment}"
            );
        }
    }
}
