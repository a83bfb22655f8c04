//! `Input`: fuzzer bytes read as a sequence of choices (bytes, indices, seeds, flags) and text fields.
//! Reading past the end yields zeros, so every input, even an empty one, is a valid choice sequence;
//! a seed corpus file is just the choices written out in this order.

/// Separates text fields. 0xFF never occurs in UTF-8, so any text fits in a field unchanged.
pub const FIELD_SEPARATOR: u8 = 0xFF;

pub struct Input<'a> {
    data: &'a [u8],
}

impl<'a> Input<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Input { data }
    }

    pub fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((&b, rest)) => {
                self.data = rest;
                b
            }
            None => 0,
        }
    }

    pub fn flag(&mut self) -> bool {
        self.byte() & 1 == 1
    }

    pub fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }

    pub fn u64(&mut self) -> u64 {
        let mut bytes = [0u8; 8];
        for b in &mut bytes {
            *b = self.byte();
        }
        u64::from_le_bytes(bytes)
    }

    /// An index below `n` (`n` > 0) from two bytes; 0 for an empty list.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::from(self.u16()) % n
    }

    /// The bytes up to the next field separator (or the end), consumed with the separator.
    pub fn field_bytes(&mut self) -> &'a [u8] {
        let end = self
            .data
            .iter()
            .position(|&b| b == FIELD_SEPARATOR)
            .unwrap_or(self.data.len());
        let (field, rest) = self.data.split_at(end);
        self.data = rest.get(1..).unwrap_or_default();
        field
    }

    /// `field_bytes` as text (invalid UTF-8 becomes U+FFFD).
    pub fn field(&mut self) -> String {
        String::from_utf8_lossy(self.field_bytes()).into_owned()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Everything not read yet.
    pub fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.data)
    }
}
