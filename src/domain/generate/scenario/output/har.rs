//! HAR 1.2, as a browser's devtools export it: one entry per delivery with its request (headers and the
//! exact body as `postData.text`) and when it was sent. Nothing was sent, so each response is the
//! "no response" devtools record for a request that got none (status 0).

use super::super::Run;
use super::requests;
use crate::domain::generate::export::METHOD;
use crate::domain::generate::stamp::{format, Style};
use crate::domain::generate::TargetError;
use crate::domain::json::quoted;

const MIME: &str = "application/json";

pub fn har(run: &Run, url: &str, secret: &str) -> Result<String, TargetError> {
    let mut entries = Vec::new();
    for (d, request) in requests(run, url, secret)? {
        let headers: Vec<String> = request
            .headers
            .iter()
            .map(|(name, value)| {
                format!(
                    "{{\"name\": {}, \"value\": {}}}",
                    quoted(name),
                    quoted(value)
                )
            })
            .collect();
        let comment = format!(
            "{} step {}, attempt {}",
            run.scenario.name(),
            d.step,
            d.attempt
        );
        entries.push(format!(
            "      {{\n        \"startedDateTime\": {},\n        \"time\": 0,\n        \"comment\": {},\n        \
             \"request\": {{\"method\": {}, \"url\": {}, \"httpVersion\": \"HTTP/1.1\", \"cookies\": [], \
             \"queryString\": [], \"headersSize\": -1, \"bodySize\": {},\n          \"headers\": [{}],\n          \
             \"postData\": {{\"mimeType\": {}, \"text\": {}}}}},\n        \
             \"response\": {{\"status\": 0, \"statusText\": \"\", \"httpVersion\": \"\", \"cookies\": [], \
             \"headers\": [], \"content\": {{\"size\": 0, \"mimeType\": \"\"}}, \"redirectURL\": \"\", \
             \"headersSize\": -1, \"bodySize\": -1}},\n        \"cache\": {{}},\n        \
             \"timings\": {{\"send\": 0, \"wait\": 0, \"receive\": 0}}\n      }}",
            quoted(&format(d.sent_at, 0, Style::Utc)),
            quoted(&comment),
            quoted(METHOD),
            quoted(&request.target.url),
            request.body.len(),
            headers.join(", "),
            quoted(MIME),
            quoted(&request.body)
        ));
    }
    Ok(format!(
        "{{\n  \"log\": {{\n    \"version\": \"1.2\",\n    \"creator\": {{\"name\": \"gymhook\", \"version\": {}}},\n    \
         \"entries\": [\n{}\n    ]\n  }}\n}}\n",
        quoted(env!("CARGO_PKG_VERSION")),
        entries.join(",\n")
    ))
}
