//! Fuzz target `formats`: the value formats the validator relies on, on arbitrary text. Datetimes: every
//! value `DateTime::parse` or `parse_date` accepts prints in UTC as text that parses back to the same
//! instant, and in its own zone as text that parses back to the same value. GUIDs print as text that
//! parses back to the same GUID. Ints, decimal places, relative times and durations never panic.

#![no_main]

use gymhook::domain::formats::{
    decimal_places, format_duration, humanize_delta, parse_int, DateTime, Guid,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for parsed in [DateTime::parse(&text), DateTime::parse_date(&text)] {
        let Ok(dt) = parsed else { continue };
        let utc = dt.to_utc_string();
        let back = DateTime::parse(&utc).unwrap_or_else(|e| panic!("{text:?} → {utc:?}: {e}"));
        assert_eq!(back.unix_seconds(), dt.unix_seconds(), "{text:?} → {utc:?}");
        assert_eq!(back.nanos, dt.nanos, "{text:?} → {utc:?}");
        let own = dt.to_rfc3339();
        let back = DateTime::parse_date(&own).unwrap_or_else(|e| panic!("{text:?} → {own:?}: {e}"));
        assert_eq!(back, dt, "{text:?} → {own:?}");
        let _ = dt.offset_minutes();
    }
    if let Ok(guid) = Guid::parse(&text) {
        let shown = guid.to_string();
        assert_eq!(Guid::parse(&shown), Ok(guid), "{text:?} → {shown:?}");
        assert!(text.eq_ignore_ascii_case(&shown), "{text:?} → {shown:?}");
    }
    let _ = parse_int(&text);
    let _ = decimal_places(&text);
    // Eight bytes as seconds: relative times and durations of any size, and an instant from them.
    if let Some(bytes) = data.get(..12) {
        let mut secs = [0u8; 8];
        secs.copy_from_slice(&bytes[..8]);
        let secs = i64::from_le_bytes(secs);
        let nanos = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        let _ = (humanize_delta(secs), format_duration(secs));
        let dt = DateTime::from_unix(secs, nanos);
        let shown = dt.to_rfc3339();
        let back = DateTime::parse(&shown).unwrap_or_else(|e| panic!("{secs} → {shown:?}: {e}"));
        assert_eq!(back, dt, "{secs} {nanos} → {shown:?}");
    }
});
