//! Addresses (H-IP, H-SUBNET, H-IPBLOCKS, H-UNIX), on Go's `netip` acceptance
//! (`crate::go`). Nothing here prints.

use crate::api::path::Path;
use crate::api::validation::{Ctx, Meta};
use crate::go::go_quote;
use crate::go::parse_go_addr;
use crate::go::parse_go_prefix;

/// H-IP (ValidateIPAddress): "<addr> is not a valid IP".
pub fn check_ip(addr: &str) -> Result<(), String> {
    parse_go_addr(addr).map_err(|_| format!("{addr} is not a valid IP"))
}

/// H-IP, recorded at `at`.
pub fn ip(addr: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_ip(addr) {
        cx.error(at, e);
    }
}

/// H-SUBNET (ValidateIPSubnet): exactly one `/` → CIDR prefix, else H-IP.
pub fn check_subnet(subnet: &str) -> Result<(), String> {
    if subnet.matches('/').count() == 1 {
        return parse_go_prefix(subnet)
            .map_err(|_| format!("{} is not a valid CIDR block", go_quote(subnet)));
    }
    check_ip(subnet)
}

/// H-SUBNET, recorded at `at`.
pub fn subnet(value: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_subnet(value) {
        cx.error(at, e);
    }
}

/// H-IPBLOCKS (security `ipBlocks`, `remoteIpBlocks` …): every bad entry is an E at its index.
pub fn ip_blocks(values: &[String], at: &Path<'_>, cx: &mut Ctx<'_>) {
    for (i, v) in values.iter().enumerate() {
        let p = at.index(i);
        if v.contains('/') {
            if let Err(e) = parse_go_prefix(v) {
                cx.error(&p, format!("bad CIDR range ({v}): netip.ParsePrefix({}): {e}", go_quote(v)));
            }
        } else if let Err(e) = parse_go_addr(v) {
            cx.error(&p, format!("bad IP address ({v}): ParseAddr({}): {e}", go_quote(v)));
        }
    }
}

/// H-UNIX: a unix socket path (after `unix://` is stripped): non-empty; `@…` (abstract) or an
/// absolute path not ending in `/`.
pub fn check_unix_address(addr: &str) -> Result<(), String> {
    if addr.is_empty() {
        return Err("unix address must not be empty".into());
    }
    if addr.starts_with('@') {
        return Ok(());
    }
    if !addr.starts_with('/') || addr.ends_with('/') {
        return Err(format!("{addr} is not an absolute path to a file"));
    }
    Ok(())
}

/// H-UNIX, recorded at `at`.
pub fn unix_address(addr: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_unix_address(addr) {
        cx.error(at, e);
    }
}

/// H-IPBLOCKS over a list, as messages (one per bad entry) for rules that embed them.
pub(crate) fn ip_block_errors(values: &[String]) -> Vec<String> {
    let meta = Meta::default();
    let mut scratch = Ctx::new(&meta);
    ip_blocks(values, &Path::root("value"), &mut scratch);
    scratch.into_findings().into_iter().map(|f| f.message).collect()
}
