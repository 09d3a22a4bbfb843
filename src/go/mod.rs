//! Go compatibility: ports of the few Go standard-library behaviours whose exact texts and
//! acceptance upstream's messages depend on (`strconv` quoting and numbers, `time` durations,
//! `net/netip`, `net/url`, `regexp`'s RE2 acceptance, multierror/`%v`/JSON/`os` wordings) and
//! the YAML text sigs.k8s.io/yaml writes.
//! Pure functions over strings: nothing here knows about Istio, prints, or touches a cluster.

mod netip;
mod regexp;
mod strconv;
mod text;
mod time;
pub mod url;
pub mod yaml;

pub use netip::{parse_go_addr, parse_go_prefix};
pub use regexp::check_go_regex;
pub use strconv::{go_atoi, go_atoi_ok, go_float, go_quote, parse_go_bool};
pub use text::{go_json_escape, go_list, go_multierror, go_os_error};
pub use time::{go_duration, parse_go_duration};
