//! The C# export (`PerfectGym.cs`, `GymOs.cs`) type-checked with Mono's `mcs`, the C# compiler Debian
//! ships. It is only compiled, never run: mcs has no System.Text.Json, so the files are compiled against
//! `tests/export/cs_stubs.cs`, a stub of exactly the System.Text.Json API they use (signatures as in .NET 6,
//! bodies that throw), with XML documentation checked and warnings as errors. mcs speaks C# 7, so the
//! compiled copy drops the two C# 8 spellings it cannot read: the `#nullable enable` line and the `?` of
//! nullable *reference* types (`string?` → `string`; `long?` stays). Everything else is the exported text.
//! What it proves: the files are well-formed C#, every type and member they name exists, converters match
//! the JsonConverter<T> signatures; not how System.Text.Json reads a body (the Go and Rust checks do that).

use std::path::{Path, PathBuf};
use std::process::Command;

use gymhook::domain::export::ExportFormat;

/// Value types whose `T?` is `Nullable<T>`, which C# 7 knows: their `?` is kept.
const VALUE_TYPES: [&str; 8] = [
    "long",
    "int",
    "bool",
    "decimal",
    "Guid",
    "JsonElement",
    "DateTimeOffset",
    "TimeSpan",
];

/// The C# 7 copy mcs compiles: `#nullable` dropped, `?` after a reference type name dropped (only in
/// code, not comments). Returns the text and how many annotations were dropped.
fn down_level(text: &str) -> (String, usize) {
    let mut dropped = 0;
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.trim() == "#nullable enable" {
            out.push('\n');
            continue;
        }
        if line.trim_start().starts_with("//") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            let previous = if i == 0 { ' ' } else { chars[i - 1] };
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            // A type's `?` follows a name or `>` and precedes a space, `>`, `,` or `)`; a conditional's
            // `?` follows a space, `??` and `?.` are followed by `?` and `.`.
            let annotation = *c == '?'
                && (previous.is_alphanumeric() || previous == '_' || previous == '>')
                && matches!(next, ' ' | '>' | ',' | ')');
            let word: String = {
                let mut w: Vec<char> = chars[..i]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_alphanumeric() || **c == '_')
                    .copied()
                    .collect();
                w.reverse();
                w.into_iter().collect()
            };
            if annotation && !VALUE_TYPES.contains(&word.as_str()) {
                dropped += 1;
                continue;
            }
            out.push(*c);
        }
        out.push('\n');
    }
    (out, dropped)
}

fn mcs(dir: &Path, args: &[&str]) {
    let output = Command::new("mcs")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!("`mcs` could not run ({e}): run `make tools` to install mono-mcs")
        });
    assert!(
        output.status.success(),
        "mcs {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn csharp_exports_compile_with_mcs_against_the_system_text_json_stub() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("gymhook-export-cs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::copy(root.join("tests/export/cs_stubs.cs"), dir.join("stubs.cs")).expect("copy stubs");
    let started = std::time::Instant::now();
    mcs(
        &dir,
        &[
            "-target:library",
            "-nowarn:1591",
            "-out:stubs.dll",
            "stubs.cs",
        ],
    );
    let mut sources = Vec::new();
    let mut dropped = 0;
    for file in ExportFormat::CSharp.files() {
        let (text, n) = down_level(&file.text);
        dropped += n;
        std::fs::write(dir.join(&file.name), text).expect("write export");
        sources.push(file.name);
    }
    let mut args = vec![
        "-target:library",
        "-r:stubs.dll",
        "-warnaserror+",
        "-doc:exports.xml",
        "-out:exports.dll",
    ];
    args.extend(sources.iter().map(String::as_str));
    mcs(&dir, &args);
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "csharp: mcs compiled {} against the System.Text.Json stub (library, -warnaserror, XML docs checked; \
         {dropped} nullable reference annotations dropped for C# 7; nothing run) in {:.1?}",
        sources.join(" + "),
        started.elapsed()
    );
}
