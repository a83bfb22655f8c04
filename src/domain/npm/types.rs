//! The package's `index.d.ts`: a fixed text (`index.d.ts.in`) whose lists come from the code that owns them,
//! so a new vendor, diagnostic kind or output format reaches the types without an edit here.

use crate::domain::diagnostic::Kind;
use crate::domain::generate::Format;
use crate::domain::json::quoted;
use crate::domain::schema::Vendor;
use crate::domain::signature::Missing;

const TEMPLATE: &str = include_str!("index.d.ts.in");

/// The declarations `tsc --strict` reads for both `require("gymhook")` and `import … from "gymhook"`.
pub fn type_declarations() -> String {
    TEMPLATE
        .replace("@VERSION@", env!("CARGO_PKG_VERSION"))
        .replace("@VENDORS@", &union(Vendor::ALL.iter().map(|v| v.slug())))
        .replace("@KINDS@", &union(Kind::ALL.iter().map(|k| k.key())))
        .replace("@MISSING@", &union(Missing::ALL.iter().map(|m| m.key())))
        .replace("@FORMATS@", &union(Format::ALL.iter().map(|f| f.key())))
}

/// `"a" | "b"`.
fn union<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.map(quoted).collect::<Vec<_>>().join(" | ")
}
