//! Every relative link and image in README.md, CHANGELOG.md and docs/*.md names a file that exists, and
//! every `#anchor` (in the same document or another one) a heading of that document, as GitHub makes
//! anchors from headings. Links with a scheme (`https:`) are not followed; code blocks and code spans are
//! not links.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn every_relative_link_and_image_in_the_documents_resolves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut documents = vec![root.join("README.md"), root.join("CHANGELOG.md")];
    let mut docs: Vec<PathBuf> = fs::read_dir(root.join("docs"))
        .expect("docs/ exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    documents.extend(docs);
    let mut checked = 0;
    let mut broken = Vec::new();
    for document in &documents {
        let text = fs::read_to_string(document).expect("readable document");
        for target in links(&text) {
            checked += 1;
            if let Err(why) = resolve(document, &target) {
                let name = document.strip_prefix(root).unwrap_or(document);
                broken.push(format!("{}: {target}: {why}", name.display()));
            }
        }
    }
    // The README alone links a dozen documents: finding fewer means the reader below is broken.
    assert!(checked > 40, "only {checked} links found");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn links_are_read_from_markdown_and_html_but_not_from_code() {
    let text = "See [a](a.md#x) and ![i](img/i.png).\n`[not](code.md)`\n```\n[no](block.md)\n```\n\
                <img src=\"img/j.png\" alt=\"j\"> [web](https://example.com) [here](#top)\n";
    assert_eq!(
        links(text),
        [
            "a.md#x",
            "img/i.png",
            "img/j.png",
            "https://example.com",
            "#top"
        ]
    );
    assert_eq!(
        anchors(
            "# Top\n## `gymhook check`\n## Files, sub-paths and caching\n## Top\n```\n# not\n```\n"
        ),
        BTreeSet::from(
            [
                "top",
                "gymhook-check",
                "files-sub-paths-and-caching",
                "top-1"
            ]
            .map(String::from)
        )
    );
}

/// Whether `target`, linked from `document`, exists (and its anchor, when it has one).
fn resolve(document: &Path, target: &str) -> Result<(), String> {
    if target.contains("://") || target.starts_with("mailto:") {
        return Ok(());
    }
    let (path, anchor) = match target.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (target, None),
    };
    let file = if path.is_empty() {
        document.to_path_buf()
    } else {
        document.parent().unwrap_or(Path::new("")).join(path)
    };
    if !file.exists() {
        return Err(format!("{} does not exist", file.display()));
    }
    let Some(anchor) = anchor else { return Ok(()) };
    if file.extension().is_none_or(|e| e != "md") {
        return Ok(());
    }
    let text = fs::read_to_string(&file).map_err(|e| e.to_string())?;
    if anchors(&text).contains(anchor) {
        Ok(())
    } else {
        Err(format!("no heading makes #{anchor}"))
    }
}

/// The lines outside fenced code blocks.
fn outside_fences(text: &str) -> Vec<&str> {
    let mut fenced = false;
    text.lines()
        .filter(|line| {
            let fence = line.trim_start().starts_with("```");
            fenced ^= fence;
            !fenced && !fence
        })
        .collect()
}

/// The text with fenced code blocks and code spans left out.
fn prose(text: &str) -> String {
    let mut out = String::new();
    for line in outside_fences(text) {
        // Between every second pair of backticks is code.
        for part in line.split('`').step_by(2) {
            out.push_str(part);
        }
        out.push('\n');
    }
    out
}

/// Every `](target)` and `src="target"` / `href="target"`, in order.
fn links(text: &str) -> Vec<String> {
    let text = prose(text);
    let mut found: Vec<(usize, String)> = Vec::new();
    for (at, _) in text.match_indices("](") {
        let rest = &text[at + 2..];
        if let Some(end) = rest.find(')') {
            found.push((at, rest[..end].trim().to_owned()));
        }
    }
    for attribute in ["src=\"", "href=\""] {
        for (at, _) in text.match_indices(attribute) {
            let rest = &text[at + attribute.len()..];
            if let Some(end) = rest.find('"') {
                found.push((at, rest[..end].to_owned()));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, target)| target).collect()
}

/// The anchors GitHub makes from a document's headings: lower case, punctuation dropped, spaces as
/// hyphens, a repeated heading numbered `-1`, `-2`, ….
fn anchors(text: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for line in outside_fences(text) {
        let Some(heading) = line.strip_prefix('#') else {
            continue;
        };
        let heading = heading.trim_start_matches('#');
        if !heading.starts_with(' ') {
            continue;
        }
        let slug: String = heading
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_' || *c == ' ')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let mut anchor = slug.clone();
        let mut n = 0;
        while seen.contains(&anchor) {
            n += 1;
            anchor = format!("{slug}-{n}");
        }
        seen.insert(anchor);
    }
    seen
}
