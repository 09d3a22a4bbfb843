//! Go's `net/netip` parsers as validation needs them: `ParseAddr` and `ParsePrefix`, returning
//! Go's error text. Acceptance only; no address values are kept.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::go_quote;

/// Go `netip.ParseAddr`: strict dotted-decimal IPv4 (4 parts, no leading zeros, ≤ 255) or IPv6
/// with an optional non-empty `%zone`. The error is Go's text after `ParseAddr("…"): `.
pub fn parse_go_addr(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("unable to parse IP".into());
    }
    if s.contains(':') {
        let (addr, zone) = match s.split_once('%') {
            Some((a, z)) => (a, Some(z)),
            None => (s, None),
        };
        if zone == Some("") {
            return Err("zone must be a non-empty string".into());
        }
        return addr.parse::<Ipv6Addr>().map(|_| ()).map_err(|_| "unable to parse IP".into());
    }
    if s.contains('.') {
        return parse_go_ipv4(s);
    }
    Err("unable to parse IP".into())
}

fn parse_go_ipv4(s: &str) -> Result<(), String> {
    let mut fields = 0;
    for part in s.split('.') {
        fields += 1;
        if fields > 4 {
            return Err("IPv4 address too long".into());
        }
        if part.is_empty() {
            return Err("IPv4 field must have at least one digit".into());
        }
        if let Some(bad) = part.chars().find(|c| !c.is_ascii_digit()) {
            return Err(format!("unexpected character (at {})", go_quote(&bad.to_string())));
        }
        if part.len() > 1 && part.starts_with('0') {
            return Err("IPv4 field has octet with leading zero".into());
        }
        if part.len() > 3 || part.parse::<u32>().map_or(true, |v| v > 255) {
            return Err("IPv4 field has value >255".into());
        }
    }
    if fields < 4 {
        return Err("IPv4 address too short".into());
    }
    debug_assert!(s.parse::<Ipv4Addr>().is_ok());
    Ok(())
}

/// Go `netip.ParsePrefix`: `addr/bits`, no zone, bits decimal without sign or leading zeros,
/// within the address family's width (host bits may be set).
pub fn parse_go_prefix(s: &str) -> Result<(), String> {
    let Some((addr, bits)) = s.rsplit_once('/') else {
        return Err("no '/'".into());
    };
    if addr.contains('%') {
        return Err("IPv6 zones cannot be present in a prefix".into());
    }
    parse_go_addr(addr).map_err(|e| format!("ParseAddr({}): {e}", go_quote(addr)))?;
    let max = if addr.contains(':') { 128 } else { 32 };
    let ok = !bits.is_empty()
        && bits.bytes().all(|b| b.is_ascii_digit())
        && !(bits.len() > 1 && bits.starts_with('0'))
        && bits.parse::<u32>().is_ok_and(|b| b <= max);
    if !ok {
        return Err(format!("bad bits after slash: {}", go_quote(bits)));
    }
    Ok(())
}
