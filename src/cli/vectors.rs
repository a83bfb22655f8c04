//! `gymhook vectors`: signature test vectors (`{ "vectors": [{ name, request, secret, valid, reason }] }`)
//! for a vendor that signs — printed, or written as `<vendor>.vectors.json` into `--out` (every vendor
//! that signs when no `--vendor` is given; `make dist` writes them into `dist/schemas/`).

use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use super::{print, usage_error, VendorArg};
use crate::domain::schema::Vendor;
use crate::domain::signature::vectors::{vectors, vectors_json};

#[derive(Args, Debug)]
pub(super) struct VectorsArgs {
    /// The vendor (one that signs its deliveries).
    #[arg(long, value_enum)]
    vendor: Option<VendorArg>,
    /// Write <vendor>.vectors.json into this directory (created if missing) instead of printing.
    #[arg(long, value_name = "DIR")]
    out: Option<std::path::PathBuf>,
}

pub(super) fn run_vectors(args: VectorsArgs) -> ExitCode {
    let vendors: Vec<Vendor> = match args.vendor {
        Some(v) => vec![v.vendor()],
        None => Vendor::ALL.to_vec(),
    };
    let files: Vec<(Vendor, String)> = vendors
        .iter()
        .filter_map(|&v| vectors(v).map(|list| (v, vectors_json(&list))))
        .collect();
    match (args.out.as_deref(), files.as_slice(), args.vendor) {
        (_, [], Some(v)) => usage_error(&format!(
            "{} documents no signature: there is nothing a receiver could verify, so no vectors",
            v.vendor().display_name()
        )),
        (None, [(_, json)], Some(_)) => print(json),
        (None, _, _) => usage_error(
            "give --vendor to print one vendor's vectors, or --out DIR to write them all",
        ),
        (Some(dir), files, _) => write(dir, files),
    }
}

fn write(dir: &Path, files: &[(Vendor, String)]) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(dir) {
        return usage_error(&format!("cannot create {}: {e}", dir.display()));
    }
    for (vendor, json) in files {
        let path = dir.join(format!("{}.vectors.json", vendor.slug()));
        if let Err(e) = std::fs::write(&path, json) {
            return usage_error(&format!("cannot write {}: {e}", path.display()));
        }
    }
    ExitCode::SUCCESS
}
