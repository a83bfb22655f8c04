//! The plain forms: a folder of numbered raw requests (`01-usermodified.http`, exact bytes with CRLF
//! headers), the same requests one after another in one text (what the batch view reads), and a shell
//! script of `curl` commands sending them in order.

use super::super::Run;
use super::{delivery_label, file_stem, requests, OutputFile};
use crate::domain::generate::export::{curl_command, http_request};
use crate::domain::generate::TargetError;

/// Numbered by delivery order, zero-padded so the files sort as they are sent.
pub fn numbered_requests(
    run: &Run,
    url: &str,
    secret: &str,
) -> Result<Vec<OutputFile>, TargetError> {
    let width = width(run);
    Ok(requests(run, url, secret)?
        .into_iter()
        .enumerate()
        .map(|(i, (d, request))| OutputFile {
            name: format!("{}.http", delivery_label(i.saturating_add(1), width, d)),
            text: http_request(&request),
        })
        .collect())
}

/// Every raw request, a blank line between them.
pub fn raw_requests(run: &Run, url: &str, secret: &str) -> Result<String, TargetError> {
    let texts: Vec<String> = requests(run, url, secret)?
        .iter()
        .map(|(_, request)| http_request(request))
        .collect();
    Ok(texts.join("\n\n"))
}

/// `sh` script: one `curl` per delivery, in order, each preceded by what it sends.
pub fn curl_script(run: &Run, url: &str, secret: &str) -> Result<String, TargetError> {
    let requests = requests(run, url, secret)?;
    let total = requests.len();
    let mut out = format!(
        "#!/bin/sh\n# {} ({} deliveries to {url}), made by gymhook: each command sends one delivery\n\
         # byte for byte; the script stops at the first delivery curl cannot send.\nset -eu\n",
        file_stem(run),
        total
    );
    for (i, (d, request)) in requests.iter().enumerate() {
        out.push_str(&format!(
            "\n# {}/{total}: step {} {}, attempt {}\n{}\necho\n",
            i.saturating_add(1),
            d.step,
            d.generated.choice.event_type(),
            d.attempt,
            curl_command(request)
        ));
    }
    Ok(out)
}

fn width(run: &Run) -> usize {
    run.deliveries.len().to_string().len().max(2)
}
