//! The primitives of the worker message format: LEB128 unsigned integers, zig-zag signed ones, and
//! length-prefixed UTF-8. Reading never trusts a length: every read is checked against what is left.

use super::WireError;

#[derive(Default)]
pub struct Writer {
    pub out: Vec<u8>,
}

const PAYLOAD: u8 = 0x7f;
const MORE: u8 = 0x80;
const SHIFT: u32 = 7;
/// A u64 needs at most ten LEB128 bytes.
const MAX_BYTES: usize = 10;

impl Writer {
    pub fn u(&mut self, mut v: u64) {
        loop {
            let low = (v & u64::from(PAYLOAD)) as u8;
            v >>= SHIFT;
            if v == 0 {
                self.out.push(low);
                return;
            }
            self.out.push(low | MORE);
        }
    }
    pub fn n(&mut self, v: usize) {
        self.u(v as u64);
    }
    /// Zig-zag: small negative numbers stay small.
    pub fn i(&mut self, v: i64) {
        self.u(((v << 1) ^ (v >> 63)) as u64);
    }
    pub fn byte(&mut self, b: u8) {
        self.out.push(b);
    }
    pub fn bool(&mut self, b: bool) {
        self.out.push(u8::from(b));
    }
    pub fn str(&mut self, s: &str) {
        self.n(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }
    pub fn opt_str(&mut self, s: Option<&str>) {
        self.bool(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }
}

pub struct Reader<'a> {
    pub bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn u(&mut self) -> Result<u64, WireError> {
        let mut value: u64 = 0;
        for i in 0..MAX_BYTES {
            let b = self.byte()?;
            value |= u64::from(b & PAYLOAD)
                .checked_shl(SHIFT * i as u32)
                .unwrap_or(0);
            if b & MORE == 0 {
                return Ok(value);
            }
        }
        Err(WireError::Damaged)
    }
    pub fn n(&mut self) -> Result<usize, WireError> {
        usize::try_from(self.u()?).map_err(|_| WireError::Damaged)
    }
    /// A count of items that each take at least one byte: more than the bytes left is damage, so a
    /// damaged count can never make the reader reserve gigabytes.
    pub fn count(&mut self) -> Result<usize, WireError> {
        let n = self.n()?;
        if n > self.bytes.len() {
            return Err(WireError::Damaged);
        }
        Ok(n)
    }
    pub fn i(&mut self) -> Result<i64, WireError> {
        let z = self.u()?;
        Ok(((z >> 1) as i64) ^ -((z & 1) as i64))
    }
    pub fn byte(&mut self) -> Result<u8, WireError> {
        let (&b, rest) = self.bytes.split_first().ok_or(WireError::Damaged)?;
        self.bytes = rest;
        Ok(b)
    }
    pub fn bool(&mut self) -> Result<bool, WireError> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(WireError::Damaged),
        }
    }
    pub fn raw(&mut self, len: usize) -> Result<&'a [u8], WireError> {
        let (head, rest) = self.bytes.split_at_checked(len).ok_or(WireError::Damaged)?;
        self.bytes = rest;
        Ok(head)
    }
    pub fn str(&mut self) -> Result<String, WireError> {
        let len = self.n()?;
        let raw = self.raw(len)?;
        String::from_utf8(raw.to_vec()).map_err(|_| WireError::Damaged)
    }
    pub fn opt_str(&mut self) -> Result<Option<String>, WireError> {
        Ok(if self.bool()? {
            Some(self.str()?)
        } else {
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn numbers_and_text_round_trip(u in any::<u64>(), i in any::<i64>(), s in "\\PC{0,40}") {
            let mut w = Writer::default();
            w.u(u);
            w.i(i);
            w.str(&s);
            w.opt_str(None);
            let mut r = Reader { bytes: &w.out };
            prop_assert_eq!(r.u(), Ok(u));
            prop_assert_eq!(r.i(), Ok(i));
            prop_assert_eq!(r.str(), Ok(s));
            prop_assert_eq!(r.opt_str(), Ok(None));
            prop_assert!(r.bytes.is_empty());
        }
    }

    #[test]
    fn damaged_lengths_are_refused_without_allocating() {
        let mut w = Writer::default();
        w.u(u64::MAX);
        assert_eq!(Reader { bytes: &w.out }.count(), Err(WireError::Damaged));
        assert_eq!(Reader { bytes: &w.out }.str(), Err(WireError::Damaged));
        assert_eq!(Reader { bytes: &[0xff; 11] }.u(), Err(WireError::Damaged));
        assert_eq!(Reader { bytes: &[2] }.bool(), Err(WireError::Damaged));
    }
}
