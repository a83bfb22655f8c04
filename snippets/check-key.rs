// Check a webhook's static key in Rust (no crates needed). The vendor signs nothing: it sends the same
// key in the {{HEADER}} header on every delivery, so comparing it with your key (in constant time) is the
// whole check.

/// Inspects every byte whatever the first difference, so timing does not leak the key (only its length).
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn is_expected_key(received: &str, expected: &str) -> bool {
    !expected.is_empty() && constant_time_eq(received.as_bytes(), expected.as_bytes())
}

fn main() {
    // In a handler the value comes from the request, e.g. with axum (names match in any letter case):
    //   let received = headers.get("{{HEADER}}").and_then(|v| v.to_str().ok()).unwrap_or("");
    //   let expected = std::env::var("WEBHOOK_API_KEY").unwrap_or_default();
    let expected = "{{KEY}}";
    let received = "{{RECEIVED}}";

    let verdict = if is_expected_key(received, expected) {
        "match"
    } else {
        "mismatch"
    };
    println!("{verdict}");
}
