// Verify a Perfect Gym (PGM) webhook signature. Cargo.toml: md-5 = "0.11"
// PGM sends X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret) as hex.
// The hex letter case is not documented: compare lower-cased, in constant time.
use md5::{Digest, Md5};

fn pgm_signature(request_id: &str, secret: &str) -> String {
    let digest = Md5::new()
        .chain_update(request_id)
        .chain_update(":")
        .chain_update(secret)
        .finalize();
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Inspects every byte whatever the first difference, so timing does not leak the signature.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn is_valid_pgm_signature(request_id: &str, signature: &str, secret: &str) -> bool {
    let expected = pgm_signature(request_id, secret);
    constant_time_eq(expected.as_bytes(), signature.to_ascii_lowercase().as_bytes())
}

fn main() {
    // In a handler the values come from the request and your configuration, e.g. with axum:
    //   let request_id = headers.get("X-PerfectGym-Request").and_then(|v| v.to_str().ok()).unwrap_or("");
    //   let signature = headers.get("X-PerfectGym-Signature").and_then(|v| v.to_str().ok()).unwrap_or("");
    //   (the signature header is absent when no secret is configured)
    let request_id = "{{REQUEST_ID}}";
    let secret = "{{SECRET}}";
    let signature = "{{SIGNATURE}}";

    println!("{}", pgm_signature(request_id, secret));
    let verdict = if is_valid_pgm_signature(request_id, signature, secret) {
        "valid"
    } else {
        "invalid"
    };
    println!("{verdict}");
}
