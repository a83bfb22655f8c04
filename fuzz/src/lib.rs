//! Support shared by the fuzz targets in `fuzz_targets/` and the corpus seeder `seed.rs`: the valid
//! payloads the structured targets start from, a reader that turns fuzzer bytes into choices, the
//! byte-driven edits of a payload, and the invariants every analysis must keep.

pub mod edit;
pub mod input;
pub mod props;
pub mod seeds;
