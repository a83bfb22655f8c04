//! The corpus seeder (`cargo run --example seed -- DIR`, run by `make fuzz` before fuzzing): writes a
//! starting corpus for every fuzz target into DIR/<target>/, built at run time from the documents'
//! examples and generated events (`gymhook_fuzz::seeds`), so no corpus needs to be committed. Files
//! are named `seed-…` and rewritten on every run; what libFuzzer adds beside them is left alone.

use gymhook::domain::generate::{catalogue, generate, Options};
use gymhook::domain::share::{encode, GeneratorLink, ShareState};
use gymhook::domain::signature::compute_pgm;
use gymhook_fuzz::edit::TOKENS;
use gymhook_fuzz::input::FIELD_SEPARATOR;
use gymhook_fuzz::seeds::{self, Seed, SECRET};
use std::path::Path;
use std::{env, fs, io};

const SEP: u8 = FIELD_SEPARATOR;

#[path = "../tests/it/share_forms.rs"]
#[allow(dead_code)]
mod share_forms;

fn main() -> io::Result<()> {
    let dir = env::args().nth(1).unwrap_or_else(|| "corpus".to_owned());
    let mut out = Corpus {
        dir: Path::new(&dir),
        written: 0,
    };
    let seeds = seeds::all();
    payloads(&mut out, seeds)?;
    generated(&mut out)?;
    redaction(&mut out)?;
    signed_requests(&mut out, seeds)?;
    texts(&mut out)?;
    println!(
        "wrote {} seed files under {}",
        out.written,
        out.dir.display()
    );
    Ok(())
}

/// The corpus folder: one subfolder per fuzz target, `seed-<name>` files, counted.
struct Corpus<'a> {
    dir: &'a Path,
    written: usize,
}

impl Corpus<'_> {
    fn write(&mut self, target: &str, name: &str, bytes: &[u8]) -> io::Result<()> {
        let target_dir = self.dir.join(target);
        fs::create_dir_all(&target_dir)?;
        fs::write(target_dir.join(format!("seed-{name}")), bytes)?;
        self.written += 1;
        Ok(())
    }
}

/// Every payload as it is, for the targets that read text, and as a share link.
fn payloads(out: &mut Corpus, seeds: &[Seed]) -> io::Result<()> {
    for (index, seed) in seeds.iter().enumerate() {
        out.write("analyze", &seed.name, seed.text.as_bytes())?;
        out.write("reformat", &seed.name, seed.text.as_bytes())?;
        // The seed's index with no edits: the payload itself.
        let index = u16::try_from(index).unwrap_or(u16::MAX).to_le_bytes();
        out.write("analyze_structured", &seed.name, &index)?;
        let link = encode(&ShareState {
            text: seed.text.clone(),
            selected: None,
            generator: None,
        });
        out.write(
            "share_decode",
            &format!("link-{}", seed.name),
            link.as_bytes(),
        )?;
        out.write("share_decode", &seed.name, seed.text.as_bytes())?;
    }
    Ok(())
}

/// Per event of the generator's catalogue: its generate_analyze input, a generator link, and its
/// signature checked right, swapped and prefixed.
fn generated(out: &mut Corpus) -> io::Result<()> {
    for (index, choice) in catalogue().iter().enumerate() {
        let name = seeds::slug(&choice.key());
        let index = u16::try_from(index).unwrap_or(u16::MAX).to_le_bytes();
        // choice, seed, edge-case flag, own URL flag, secret.
        for edge in [0u8, 1] {
            let mut bytes = index.to_vec();
            bytes.extend_from_slice(&2025u64.to_le_bytes());
            bytes.extend_from_slice(&[edge, 0]);
            bytes.extend_from_slice(SECRET.as_bytes());
            out.write("generate_analyze", &format!("{name}-{edge}"), &bytes)?;
        }
        let generated = generate(
            choice,
            Options {
                seed: 7,
                edge_cases: false,
            },
        );
        let link = encode(&ShareState {
            text: String::new(),
            selected: Some("payload.booking.id".to_owned()),
            generator: Some(GeneratorLink {
                choice: *choice,
                seed: 7,
                edge_cases: false,
                format: gymhook::domain::generate::Format::Http,
            }),
        });
        out.write(
            "share_decode",
            &format!("generator-{name}"),
            link.as_bytes(),
        )?;
        if let Some(id) = &generated.request_id {
            // mode, request id, signature, secret, body.
            for (mode, signature) in [
                (0u8, compute_pgm(id, SECRET)),
                (1, compute_pgm(SECRET, id)),
                (2, format!("md5={}", compute_pgm(id, SECRET))),
            ] {
                let fields = [id.as_str(), &signature, SECRET, &generated.body];
                out.write(
                    "signature",
                    &format!("{name}-{mode}"),
                    &joined(mode, &fields),
                )?;
            }
        }
    }
    Ok(())
}

/// share_redact: two events (this one and the next), a seed, the edge flag and a form, no edits.
fn redaction(out: &mut Corpus) -> io::Result<()> {
    let all = catalogue();
    let count = all.len();
    for index in (0..count).step_by(3) {
        let next = (index + 1) % count;
        let options = Options {
            seed: 2025,
            edge_cases: false,
        };
        let forms = share_forms::forms(
            &generate(&all[index], options),
            &generate(&all[next], options),
        )
        .len();
        for form in 0..forms {
            let mut bytes = Vec::new();
            for n in [index, next] {
                bytes.extend_from_slice(&u16::try_from(n).unwrap_or(0).to_le_bytes());
            }
            bytes.extend_from_slice(&2025u16.to_le_bytes());
            bytes.push(u8::from(form % 2 == 1));
            bytes.extend_from_slice(&u16::try_from(form).unwrap_or(0).to_le_bytes());
            out.write("share_redact", &format!("{index}-form-{form}"), &bytes)?;
        }
    }
    Ok(())
}

/// The raw requests among the payloads, for the signature target with the secret and no signature.
fn signed_requests(out: &mut Corpus, seeds: &[Seed]) -> io::Result<()> {
    for seed in seeds.iter().filter(|s| s.name.ends_with(".http")) {
        let fields = ["", "", SECRET, &seed.text];
        out.write(
            "signature",
            &format!("request-{}", seed.name),
            &joined(2, &fields),
        )?;
    }
    Ok(())
}

/// Queries for the reference filter, and values for the format parsers (the edit tokens and the
/// documents' own spellings).
fn texts(out: &mut Corpus) -> io::Result<()> {
    for query in [
        "autoBooked",
        "GUID",
        "cancel",
        "personal data",
        "payload.booking",
        "int?",
        " ",
    ] {
        out.write("reference_filter", &seeds::slug(query), query.as_bytes())?;
    }
    for (i, token) in TOKENS.iter().enumerate() {
        let value = token.trim_matches('"');
        out.write("formats", &format!("token-{i}"), value.as_bytes())?;
    }
    for value in [
        "2025-02-19T16:02:02.7763675Z",
        "2020-06-01T14:44:46+0200",
        "1983-05-15T00:00:00",
        "2025-11-25t13:42z",
        "-123",
        "249.990",
    ] {
        out.write("formats", &seeds::slug(value), value.as_bytes())?;
    }
    Ok(())
}

/// A mode byte, then the fields separated by 0xFF.
fn joined(mode: u8, fields: &[&str]) -> Vec<u8> {
    let mut out = vec![mode];
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(SEP);
        }
        out.extend_from_slice(field.as_bytes());
    }
    out
}
