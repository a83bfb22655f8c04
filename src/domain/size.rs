//! Sizes of texts and files as people read them, written one way everywhere: the page (pastes, links,
//! exported files), the analysis's size message and the CLI.
//!
//! Integer arithmetic only: formatting an `f64` would link the float printer (kilobytes of wasm) for one digit.

const KB: usize = 1024;
const MB: usize = KB * KB;

/// `300 bytes`, `1.2 KB`, `5.3 MB`: one decimal, cut rather than rounded (a size is never overstated), and
/// none for an exact multiple, so a limit reads `16 MB` while a text just past it reads `16.0 MB`.
pub fn byte_size(bytes: usize) -> String {
    let (unit, name) = match bytes {
        b if b >= MB => (MB, "MB"),
        b if b >= KB => (KB, "KB"),
        1 => return "1 byte".to_owned(),
        b => return format!("{b} bytes"),
    };
    let whole = bytes.checked_div(unit).unwrap_or(0);
    let rest = bytes.saturating_sub(whole.saturating_mul(unit));
    if rest == 0 {
        return format!("{whole} {name}");
    }
    let tenth = rest.saturating_mul(10).checked_div(unit).unwrap_or(0);
    format!("{whole}.{tenth} {name}")
}

/// A size past a limit, in megabytes with one decimal always (cut, not rounded), so a text or file just past
/// 16 MB reads `16.0 MB` and never like the limit itself. `u64`: a file's size can exceed wasm32's `usize`.
pub fn megabytes(bytes: u64) -> String {
    let mb = u64::try_from(MB).unwrap_or(u64::MAX);
    // A remainder below a megabyte, times ten, cannot overflow; `mb` is not zero.
    let tenths = bytes
        .checked_rem(mb)
        .unwrap_or(0)
        .saturating_mul(10)
        .checked_div(mb)
        .unwrap_or(0);
    format!("{}.{tenths} MB", bytes.checked_div(mb).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::{byte_size, megabytes};

    #[test]
    fn sizes_past_a_limit_read_in_megabytes_with_one_decimal() {
        assert_eq!(megabytes(16 * 1024 * 1024), "16.0 MB");
        assert_eq!(megabytes(16 * 1024 * 1024 + 5), "16.0 MB");
        assert_eq!(megabytes(30 * 1024 * 1024 + 900 * 1024), "30.8 MB");
        assert_eq!(
            megabytes(u64::MAX),
            format!("{}.9 MB", u64::MAX / (1024 * 1024))
        );
    }

    #[test]
    fn sizes_read_in_the_largest_unit_with_one_decimal_unless_exact() {
        let cases = [
            (0, "0 bytes"),
            (1, "1 byte"),
            (1023, "1023 bytes"),
            (1024, "1 KB"),
            (1025, "1.0 KB"),
            (1229, "1.2 KB"),
            (2047, "1.9 KB"),
            (8 * 1024, "8 KB"),
            (1024 * 1024 - 1, "1023.9 KB"),
            (16 * 1024 * 1024, "16 MB"),
            (16 * 1024 * 1024 + 5, "16.0 MB"),
            (5_400_000, "5.1 MB"),
            (usize::MAX, &format!("{}.9 MB", usize::MAX / (1024 * 1024))),
        ];
        for (bytes, shown) in cases {
            assert_eq!(byte_size(bytes), shown, "{bytes} bytes");
        }
    }
}
