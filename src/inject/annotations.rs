//! The injector's check of a pod's Istio annotations before templates run (upstream's
//! annotation validators): each bad value gives `invalid value '<v>' for annotation '<name>':
//! <reason>`, joined multierror-style. Pure string checks; no pod changes, no printing.

use serde_json::{Map, Value};

/// Validates the annotations; `Err` carries the joined multierror text.
pub fn validate(annotations: &Map<String, Value>) -> Result<(), String> {
    let mut keys: Vec<&String> = annotations.keys().collect();
    keys.sort();
    let mut errors = Vec::new();
    for k in keys {
        let Some(v) = annotations[k.as_str()].as_str() else { continue };
        if let Err(reason) = check(k, v) {
            errors.push(format!("invalid value '{v}' for annotation '{k}': {reason}"));
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(crate::go::go_multierror(&errors)) }
}

/// One annotation's validator (upstream's `AnnotationValidation[name]`): `Err` carries its reason;
/// annotations without a validator pass. `analyze` (IST0125) reads the same checks.
pub fn check(name: &str, v: &str) -> Result<(), String> {
    match name {
        "sidecar.istio.io/interceptionMode" => match v {
            "REDIRECT" | "TPROXY" | "NONE" => Ok(()),
            _ => Err(format!("interceptionMode invalid, use REDIRECT,TPROXY,NONE: {v}")),
        },
        "status.sidecar.istio.io/port" => {
            port(v).map(|_| ()).map_err(|e| format!("excludeInboundPorts invalid: {e}"))
        }
        "readiness.status.sidecar.istio.io/initialDelaySeconds"
        | "readiness.status.sidecar.istio.io/periodSeconds"
        | "readiness.status.sidecar.istio.io/failureThreshold" => {
            v.parse::<u32>().map(|_| ()).map_err(|_| parse_uint_error(v))
        }
        "traffic.sidecar.istio.io/includeOutboundIPRanges" => {
            if v == "*" {
                return Ok(());
            }
            cidrs(v).map_err(|e| format!("includeIPRanges invalid: {e}"))
        }
        "traffic.sidecar.istio.io/excludeOutboundIPRanges" => {
            cidrs(v).map_err(|e| format!("excludeIPRanges invalid: {e}"))
        }
        "traffic.sidecar.istio.io/includeInboundPorts" => {
            if v == "*" {
                return Ok(());
            }
            ports(v).map_err(|e| format!("includeInboundPorts invalid: {e}"))
        }
        "traffic.sidecar.istio.io/excludeInboundPorts" => {
            ports(v).map_err(|e| format!("excludeInboundPorts invalid: {e}"))
        }
        "traffic.sidecar.istio.io/excludeOutboundPorts" => {
            ports(v).map_err(|e| format!("excludeOutboundPorts invalid: {e}"))
        }
        "traffic.sidecar.istio.io/excludeInterfaces"
        | "traffic.sidecar.istio.io/kubevirtInterfaces"
        | "istio.io/reroute-virtual-interfaces" => interfaces(v),
        "prometheus.istio.io/merge-metrics" => crate::go::parse_go_bool(v)
            .map(|_| ())
            .ok_or_else(|| format!("strconv.ParseBool: parsing \"{v}\": invalid syntax")),
        "sidecar.istio.io/proxyCPU"
        | "sidecar.istio.io/proxyMemory"
        | "sidecar.istio.io/proxyCPULimit"
        | "sidecar.istio.io/proxyMemoryLimit" => {
            if v.chars().any(char::is_control) {
                return Err("contains control characters".into());
            }
            super::shape::canonical_quantity(v)
                .map(|_| ())
                .ok_or_else(|| "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'".into())
        }
        _ => Ok(()),
    }
}

fn parse_uint_error(p: &str) -> String {
    format!("strconv.ParseUint: parsing \"{p}\": invalid syntax")
}

fn port(p: &str) -> Result<u16, String> {
    let t = p.trim();
    t.parse::<u16>().map_err(|_| format!("failed parsing port '{t}': {}", parse_uint_error(t)))
}

fn ports(v: &str) -> Result<(), String> {
    if v.trim().is_empty() {
        return Ok(());
    }
    for p in v.split(',') {
        let t = p.trim();
        port(t).map_err(|e| format!("failed parsing port '{t}': {e}"))?;
    }
    Ok(())
}

fn cidrs(v: &str) -> Result<(), String> {
    if v.is_empty() {
        return Ok(());
    }
    for c in v.split(',') {
        let c = c.trim();
        crate::go::parse_go_prefix(c).map_err(|r| {
            format!("failed parsing cidr '{c}': netip.ParsePrefix({}): {r}", crate::go::go_quote(c))
        })?;
    }
    Ok(())
}

fn interfaces(v: &str) -> Result<(), String> {
    for i in v.split(',') {
        if i.is_empty() || i.len() > 15 {
            return Err(format!("interface name \"{i}\" must be between 1 and 15 characters"));
        }
        let mut cs = i.chars();
        let ok = cs.next().is_some_and(|c| c.is_ascii_alphabetic())
            && cs.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
        if !ok {
            return Err(format!("interface name \"{i}\" is invalid"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(k: &str, v: &str) -> Result<(), String> {
        validate(json!({ k: v }).as_object().unwrap())
    }

    #[test]
    fn bad_values_name_the_annotation() {
        let e = run("traffic.sidecar.istio.io/includeOutboundIPRanges", "bad").unwrap_err();
        assert!(e.starts_with("1 error occurred:\n\t* invalid value 'bad' for annotation"), "{e}");
        assert!(e.contains(
            "includeIPRanges invalid: failed parsing cidr 'bad': netip.ParsePrefix(\"bad\"): no '/'"
        ));
        assert!(
            run("traffic.sidecar.istio.io/includeInboundPorts", "bad")
                .unwrap_err()
                .contains("includeInboundPorts invalid")
        );
        assert!(
            run("traffic.sidecar.istio.io/excludeOutboundPorts", "bad")
                .unwrap_err()
                .contains("excludeOutboundPorts")
        );
    }

    #[test]
    fn good_values_pass() {
        assert!(run("traffic.sidecar.istio.io/includeOutboundIPRanges", "*").is_ok());
        assert!(run("traffic.sidecar.istio.io/excludeOutboundIPRanges", "10.96.0.2/24,10.96.0.3/24").is_ok());
        assert!(run("traffic.sidecar.istio.io/excludeInboundPorts", "4,5,6").is_ok());
        assert!(run("traffic.sidecar.istio.io/kubevirtInterfaces", "net1,net2").is_ok());
        assert!(run("sidecar.istio.io/interceptionMode", "TPROXY").is_ok());
    }
}
