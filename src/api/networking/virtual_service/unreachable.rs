//! VS-U
