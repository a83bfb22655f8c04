//! What `check` reads: the paths given (files, directories searched recursively for names matching the
//! include globs, `-` for standard input), each read with a hard cap — the page's 16 MB — so an endless
//! input (`/dev/zero`, a pipe that never closes) costs 16 MB and stops, never the whole stream.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::glob::Glob;
use crate::domain::analysis::MAX_INPUT_BYTES;
use crate::domain::capture::file;

/// Where a text comes from, and the name findings print for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub name: String,
    place: Place,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Place {
    Stdin,
    File(PathBuf),
    /// A directory none of whose files matched: reported, so an emptied fixture folder cannot pass.
    EmptyDir,
}

/// A source's contents as far as `check` needs them.
#[derive(Debug)]
pub enum Contents {
    Text(String),
    /// More than `MAX_INPUT_BYTES`; only that much (plus one byte) was read.
    TooLarge,
    /// A directory with no file to check.
    NoFiles,
}

#[derive(Debug, Error)]
pub enum InputError {
    #[error("{path}: cannot read: no such file or directory")]
    Missing { path: String },
    #[error("{path}: cannot read: {source}")]
    Unreadable { path: String, source: io::Error },
    #[error(
        "{path}: not UTF-8 text (invalid byte at offset {offset}); webhook bodies are UTF-8 JSON"
    )]
    NotText { path: String, offset: usize },
    #[error("{path}: not UTF-8 text: this is UTF-16, as Windows PowerShell's > writes; convert it (iconv -f UTF-16 -t UTF-8): webhook bodies are UTF-8 JSON")]
    Utf16 { path: String },
}

/// The sources the paths name, directories expanded (sorted, hidden entries skipped).
pub fn collect(paths: &[PathBuf], include: &[Glob]) -> Result<Vec<Source>, InputError> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source {
                name: "-".to_owned(),
                place: Place::Stdin,
            });
            continue;
        }
        let name = path.display().to_string();
        let meta = fs::metadata(path).map_err(|source| match source.kind() {
            io::ErrorKind::NotFound => InputError::Missing { path: name.clone() },
            _ => InputError::Unreadable {
                path: name.clone(),
                source,
            },
        })?;
        if !meta.is_dir() {
            out.push(Source {
                name,
                place: Place::File(path.clone()),
            });
            continue;
        }
        let before = out.len();
        walk(path, include, &mut out)?;
        if out.len() == before {
            out.push(Source {
                name,
                place: Place::EmptyDir,
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, include: &[Glob], out: &mut Vec<Source>) -> Result<(), InputError> {
    let unreadable = |source| InputError::Unreadable {
        path: dir.display().to_string(),
        source,
    };
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(unreadable)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, include, out)?;
        } else if path
            .file_name()
            .is_some_and(|n| include.iter().any(|g| g.matches(&n.to_string_lossy())))
        {
            out.push(Source {
                name: path.display().to_string(),
                place: Place::File(path),
            });
        }
    }
    Ok(())
}

/// Reads one source, at most `MAX_INPUT_BYTES` + 1 bytes of it.
pub fn read(source: &Source) -> Result<Contents, InputError> {
    let unreadable = |e| InputError::Unreadable {
        path: source.name.clone(),
        source: e,
    };
    let bytes = match &source.place {
        Place::EmptyDir => return Ok(Contents::NoFiles),
        Place::Stdin => capped(io::stdin().lock()).map_err(unreadable)?,
        Place::File(path) => capped(File::open(path).map_err(unreadable)?).map_err(unreadable)?,
    };
    if bytes.len() > MAX_INPUT_BYTES {
        return Ok(Contents::TooLarge);
    }
    // UTF-16 first, as the page's file reader asks (`file::open`): ASCII written as UTF-16 without a
    // byte-order mark is valid UTF-8 too (a NUL beside each character), and was read as such.
    if file::utf16(&bytes).is_some() {
        return Err(InputError::Utf16 {
            path: source.name.clone(),
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Contents::Text(text)),
        Err(e) => Err(InputError::NotText {
            path: source.name.clone(),
            offset: e.utf8_error().valid_up_to(),
        }),
    }
}

fn capped(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_INPUT_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    reader.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `read` answers for a file holding `bytes`.
    fn read_bytes(bytes: &[u8]) -> Result<Contents, InputError> {
        let dir = std::env::temp_dir().join(format!("gymhook-input-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("a temporary directory");
        let path = dir.join(format!("{}.json", bytes.len()));
        fs::write(&path, bytes).expect("the file is written");
        let read = read(&Source {
            name: "capture.json".to_owned(),
            place: Place::File(path.clone()),
        });
        let _ = fs::remove_file(path);
        read
    }

    #[test]
    fn utf16_is_refused_as_utf16_and_other_bytes_as_not_text() {
        let utf16 =
            |text: &str| -> Vec<u8> { text.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        // Told by the page's own detector: a mark, or zero bytes, also with a euro sign among the first.
        let marked = [&[0xFF, 0xFE][..], &utf16("{\"event\": 1}")].concat();
        for bytes in [
            marked,
            utf16("{\"event\": 1}"),
            utf16("{\"price\": \"12 €\", \"event\": \"Sold\"}"),
        ] {
            assert!(matches!(read_bytes(&bytes), Err(InputError::Utf16 { .. })));
        }
        let latin1 = read_bytes(&[0xC3, 0x28, b'a', b'b', b'c', b'd', b'e', b'f']);
        assert!(matches!(latin1, Err(InputError::NotText { offset: 0, .. })));
    }
}
