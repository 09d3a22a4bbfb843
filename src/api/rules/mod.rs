//! The shared helper rules every Istio kind calls (spec `validation-rules.md` §2, IDs `H-*`),
//! one file per topic: names and hosts, numbers and durations, addresses, regexes, headers,
//! labels and selectors, references (exportTo, gateways, destinations) and field-exclusion
//! helpers. Each recording function takes the value, the field's path and the kind's `Ctx`;
//! pure predicates return `bool` or `Result<(), String>` so kinds can compose them. Nothing
//! here prints or decodes; Go's own acceptance rules and texts come from `crate::go`.

mod addresses;
mod fields;
mod headers;
mod labels;
mod names;
mod numbers;
mod references;
mod regex;

#[cfg(test)]
mod tests;

pub use addresses::*;
pub use fields::*;
pub use headers::*;
pub use labels::*;
pub use names::*;
pub use numbers::*;
pub use references::*;
pub use regex::*;

// The Go texts kinds quote in their own messages.
pub use crate::go::{check_go_regex, go_float, go_quote};
