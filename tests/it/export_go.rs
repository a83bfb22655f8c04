//! The Go export (`perfectgym.go`, `gymos.go`) checked with the real Go toolchain: a temporary module holds
//! the two generated packages and `tests/export/go_check_test.go`, and `go test` parses the whole agreement
//! corpus with them. Every body the explorer finds no error in must parse, resolve to the event type the
//! explorer resolves (`VendorDecl::find_event`), and hold exactly the body's values (big int64 ids
//! included); every body it rejects must fail to parse too, except the leniencies `cases::lenient` lists.
//! Go 1.19+ without network (`GOPROXY=off`, standard library only); `make tools` installs it.

use std::path::PathBuf;
use std::process::Command;

use crate::export_cases::cases_json;
use gymhook::domain::export::names::module_name;
use gymhook::domain::export::ExportFormat;
use gymhook::domain::schema::Vendor;

/// `parse(vendor, body)` for the checker: one case per declared vendor, each calling its package's Parse
/// (the packages are named as the export names them), formatted as gofmt writes it.
fn dispatch() -> String {
    let mut packages: Vec<(String, &str)> = Vendor::ALL
        .iter()
        .map(|&v| (module_name(v), v.slug()))
        .collect();
    packages.sort();
    let imports: String = packages
        .iter()
        .map(|(p, _)| format!("\t\"gymhookcheck/{p}\"\n"))
        .collect();
    let cases: String = packages
        .iter()
        .map(|(p, slug)| {
            format!(
                "\tcase \"{slug}\":\n\t\tw, err := {p}.Parse(body)\n\t\tif err != nil {{\n\t\t\treturn nil, nil, err\n\t\t}}\n\t\treturn w, w.Event, nil\n"
            )
        })
        .collect();
    format!(
        "package check\n\nimport (\n\t\"fmt\"\n\n{imports})\n\n\
         func parse(vendor string, body []byte) (interface{{}}, interface{{}}, error) {{\n\tswitch vendor {{\n{cases}\t}}\n\
         \treturn nil, nil, fmt.Errorf(\"no package for %s\", vendor)\n}}\n"
    )
}

#[test]
fn go_types_parse_the_corpus_as_the_explorer_judges_it() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("gymhook-export-go-{}", std::process::id()));
    let check = dir.join("check");
    std::fs::create_dir_all(&check).expect("temp dir");
    std::fs::write(dir.join("go.mod"), "module gymhookcheck\n\ngo 1.19\n").expect("go.mod");
    for file in ExportFormat::Go.files() {
        let package = dir.join(file.name.trim_end_matches(".go"));
        std::fs::create_dir_all(&package).expect("package dir");
        std::fs::write(package.join(&file.name), &file.text).expect("write export");
    }
    std::fs::copy(
        root.join("tests/export/go_check_test.go"),
        check.join("check_test.go"),
    )
    .expect("copy the checker");
    std::fs::write(check.join("vendors_test.go"), dispatch()).expect("write the dispatch");
    let (cases, count) = cases_json();
    let cases_file = dir.join("cases.json");
    std::fs::write(&cases_file, cases).expect("write cases");
    let target = root.join("target");
    let started = std::time::Instant::now();
    let output = Command::new("go")
        .args(["test", "-count=1", "-v", "./..."])
        .current_dir(&dir)
        .env("GYMHOOK_CASES", &cases_file)
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GOCACHE", target.join("go-cache"))
        .env("GOPATH", target.join("go-path"))
        .output()
        .unwrap_or_else(|e| {
            panic!("`go` could not run ({e}): run `make tools` to install Go 1.19+")
        });
    let stdout = String::from_utf8_lossy(&output.stdout);
    // The files are what `gofmt` would write: a receiver can commit them as they are.
    let gofmt = Command::new("gofmt")
        .arg("-l")
        .arg(&dir)
        .output()
        .expect("gofmt runs (it comes with Go)");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "go test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&gofmt.stdout),
        "",
        "files gofmt would change"
    );
    let summary = stdout
        .lines()
        .find(|l| l.starts_with("go: "))
        .expect("the checker prints its counts");
    println!(
        "{summary} ({count} corpus cases, {:.1?})",
        started.elapsed()
    );
}
