//! Helpers shared by the integration tests: the vendor documents read straight from docs/specs.
// Each test crate compiles this module separately and uses only part of it.
#![allow(dead_code)]

pub mod broken;
pub mod broken_next;
pub mod checker;
pub mod corpus;
pub mod gymos_tree;
pub mod npm;
pub mod receiver;
pub mod scratch;
pub mod spec_examples;
pub mod spec_tables;
