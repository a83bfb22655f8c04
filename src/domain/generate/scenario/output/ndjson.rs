//! NDJSON: one delivery a line, a JSON object holding the request as a receiver's log would: where it
//! went, every header, and the body as a JSON string of its exact bytes (a signature check or a diff
//! needs the bytes, not a re-serialised object); plus which scenario step and attempt it is.

use super::super::Run;
use super::requests;
use crate::domain::generate::export::METHOD;
use crate::domain::generate::TargetError;
use crate::domain::json::quoted;

pub fn ndjson(run: &Run, url: &str, secret: &str) -> Result<String, TargetError> {
    let mut out = String::new();
    for (d, request) in requests(run, url, secret)? {
        let headers: Vec<String> = request
            .headers
            .iter()
            .map(|(name, value)| format!("{}:{}", quoted(name), quoted(value)))
            .collect();
        out.push_str(&format!(
            "{{\"scenario\":{},\"vendor\":{},\"step\":{},\"attempt\":{},\"event\":{},\"method\":{},\"url\":{},\"headers\":{{{}}},\"body\":{}}}\n",
            quoted(run.scenario.name()),
            quoted(run.scenario.vendor.slug()),
            d.step,
            d.attempt,
            quoted(&d.generated.choice.event_type()),
            quoted(METHOD),
            quoted(&request.target.url),
            headers.join(","),
            quoted(&request.body)
        ));
    }
    Ok(out)
}
