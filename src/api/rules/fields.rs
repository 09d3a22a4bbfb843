//! Field presence helpers: set/non-empty tests, and the mutually exclusive and co-required
//! checks that record the kind's message when too many, too few or an unpaired one are set.

use crate::api::path::Path;
use crate::api::validation::Ctx;

/// How many of the flags are set.
pub fn count_set(set: &[bool]) -> usize {
    set.iter().filter(|b| **b).count()
}

/// E `message` at `at` when more than one of `set` holds; returns whether it fired.
pub fn at_most_one(set: &[bool], message: &str, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let fired = count_set(set) > 1;
    if fired {
        cx.error(at, message);
    }
    fired
}

/// E `message` at `at` unless exactly one of `set` holds; returns whether it fired.
pub fn exactly_one(set: &[bool], message: &str, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let fired = count_set(set) != 1;
    if fired {
        cx.error(at, message);
    }
    fired
}

/// E `message` at `at` when `a` holds but `b` does not (a co-required pair); returns whether it fired.
pub fn requires(a: bool, b: bool, message: &str, at: &Path<'_>, cx: &mut Ctx<'_>) -> bool {
    let fired = a && !b;
    if fired {
        cx.error(at, message);
    }
    fired
}

/// A list that is present and not empty (an empty list decodes as absent upstream).
pub fn non_empty<T>(v: &Option<Vec<T>>) -> bool {
    v.as_ref().is_some_and(|v| !v.is_empty())
}

/// A string that is present and not empty.
pub fn set(v: &Option<String>) -> bool {
    v.as_deref().is_some_and(|s| !s.is_empty())
}
