//! `gymhook vectors`: the JSON printed for Perfect Gym, the same file written by `--out` (what `make
//! dist` puts in schemas/), and a clear refusal for a vendor that signs nothing.

use std::process::{Command, Output};

fn gymhook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn prints_the_vectors_and_writes_the_same_file() {
    let printed = gymhook(&["vectors", "--vendor", "perfectgym"]);
    assert_eq!(printed.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&printed.stdout).expect("JSON");
    let vectors = json["vectors"].as_array().expect("vectors");
    assert!(vectors.len() >= 17, "{}", vectors.len());
    let first = &vectors[0];
    for key in ["name", "request", "secret", "reason"] {
        assert!(first[key].is_string(), "{key}");
    }
    assert!(first["valid"].is_boolean());
    let dir = std::env::temp_dir().join(format!("gymhook-vectors-{}", std::process::id()));
    let written = gymhook(&["vectors", "--out", dir.to_str().expect("path")]);
    assert_eq!(written.status.code(), Some(0));
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["perfectgym.vectors.json"]);
    assert_eq!(
        std::fs::read(dir.join("perfectgym.vectors.json")).expect("file"),
        printed.stdout
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_vendor_without_a_signature_or_no_vendor_is_a_usage_error() {
    let gymos = gymhook(&["vectors", "--vendor", "gymos"]);
    assert_eq!(gymos.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&gymos.stderr).contains("GymOS documents no signature"));
    assert_eq!(gymhook(&["vectors"]).status.code(), Some(2));
}
