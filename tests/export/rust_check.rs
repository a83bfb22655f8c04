//! The Rust side of tests/it/export_rust.rs, built as `src/main.rs` of a temporary crate whose library holds
//! the generated modules and `parse(vendor, body)` over them. Reads the cases file (GYMHOOK_CASES): a valid
//! body must parse, resolve to the event the explorer names, and every value the typed event holds
//! (serialised back) must equal the body's own at the event's place (`holder`: the whole body, or the
//! list element naming the event), integers exactly; a body marked must_fail must be rejected. Prints the
//! counts, exits 1 on a failure.
#![deny(warnings)]

use check::parse;
use serde_json::Value;

#[derive(Default)]
struct Stats {
    leaves: usize,
    big: usize,
}

/// Checks every value of `typed` equals `raw`'s at the same place.
fn cover(path: &str, typed: &Value, raw: &Value, st: &mut Stats) -> Result<(), String> {
    match (typed, raw) {
        (Value::Object(t), Value::Object(r)) => {
            for (k, v) in t {
                cover(
                    &format!("{path}/{k}"),
                    v,
                    r.get(k).unwrap_or(&Value::Null),
                    st,
                )?;
            }
        }
        (Value::Array(t), Value::Array(r)) if t.len() == r.len() => {
            for (i, (a, b)) in t.iter().zip(r).enumerate() {
                cover(&format!("{path}/{i}"), a, b, st)?;
            }
        }
        (Value::Number(n), _) => {
            st.leaves += 1;
            let same = match raw {
                Value::Number(r) => match (n.as_i64(), r.as_i64()) {
                    (Some(a), Some(b)) => a == b,
                    _ => n.as_f64() == r.as_f64(),
                },
                // An id sent as a numeric string, held as an integer.
                Value::String(s) => s.parse::<i64>().ok() == n.as_i64(),
                _ => false,
            };
            if !same {
                return Err(format!("{path}: typed {n}, body {raw}"));
            }
            if n.as_i64().is_some_and(|v| v.unsigned_abs() > 1 << 53) {
                st.big += 1;
            }
        }
        _ if typed == raw => st.leaves += 1,
        _ => return Err(format!("{path}: typed {typed}, body {raw}")),
    }
    Ok(())
}

fn main() {
    let path = std::env::var("GYMHOOK_CASES").expect("GYMHOOK_CASES names the cases file");
    let text = std::fs::read_to_string(path).expect("cases file");
    let cases: Vec<Value> = serde_json::from_str(&text).expect("cases are JSON");
    let mut st = Stats::default();
    let (mut valid, mut rejected, mut lenient) = (0, 0, 0);
    let mut failures = Vec::new();
    for c in &cases {
        let field = |k: &str| c[k].as_str().unwrap_or_default().to_owned();
        let (label, body) = (field("label"), field("body"));
        let parsed = parse(&field("vendor"), &body);
        if c["valid"] != true {
            match parsed {
                Err(_) => rejected += 1,
                Ok(_) if c["must_fail"] == true => {
                    failures.push(format!("{label}: accepted, must fail"))
                }
                Ok(_) => lenient += 1,
            }
            continue;
        }
        valid += 1;
        let (name, typed) = match parsed {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("{label}: {e}"));
                continue;
            }
        };
        if name != field("expect_name") {
            failures.push(format!(
                "{label}: event {name:?}, explorer says {:?}",
                field("expect_name")
            ));
        }
        let raw: Value = serde_json::from_str(&body).expect("a valid body is JSON");
        let place = field("holder");
        let raw = raw.pointer(&place).unwrap_or(&Value::Null);
        if let Err(e) = cover(&place, &typed, raw, &mut st) {
            failures.push(format!("{label}: {e}"));
        }
    }
    if st.big == 0 || valid == 0 {
        failures.push(format!(
            "no valid bodies ({valid}) or no int64 past 2^53 ({})",
            st.big
        ));
    }
    println!(
        "rust: {valid} valid bodies parsed ({} values compared, {} int64 past 2^53 exact); {} invalid: {rejected} rejected, {lenient} accepted as documented leniency",
        st.leaves,
        st.big,
        rejected + lenient
    );
    if !failures.is_empty() {
        eprintln!("{}", failures.join("\n"));
        std::process::exit(1);
    }
}
