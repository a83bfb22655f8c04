//! Unit and property tests for the formats module, one file per format.

mod datetime_errors;
mod datetime_ok;
mod guid;
mod number;
mod props;
mod relative;
mod unix;
