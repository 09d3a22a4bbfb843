//! Numbers (H-PORT, H-DUR, H-PCT-INT, H-PCT-FRAC, H-WEIGHT, H-HTTPSTATUS, H-GRPCSTATUS):
//! ports, durations, percentages, route weights and status codes. Nothing here prints.

use crate::api::path::Path;
use crate::api::selectors::PortSelector;
use crate::api::validation::Ctx;
use crate::go::go_float;
use crate::go::go_quote;

/// H-PORT as a predicate: "port number N must be in the range 1..65535".
pub fn check_port(n: i64) -> Result<(), String> {
    if (1..=65535).contains(&n) {
        Ok(())
    } else {
        Err(format!("port number {n} must be in the range 1..65535"))
    }
}

/// H-PORT, recorded at `at`.
pub fn port(n: i64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_port(n) {
        cx.error(at, e);
    }
}

/// H-DEST-4 / port selector: `port` present → its `number` must pass H-PORT (`{}` fails).
pub fn port_selector(sel: &PortSelector, at: &Path<'_>, cx: &mut Ctx<'_>) {
    let n = sel.number.map(|n| n.0 as i64).unwrap_or(0);
    port(n, &at.field("number"), cx);
}

/// H-DUR as a predicate on nanoseconds: ≥ 1 ms and a whole number of milliseconds.
pub fn check_duration_nanos(nanos: i128) -> Result<(), String> {
    const MS: i128 = 1_000_000;
    if nanos < MS {
        return Err("duration must be greater than 1ms".into());
    }
    if nanos % MS != 0 {
        return Err("only durations to ms precision are supported".into());
    }
    Ok(())
}

/// H-DUR (ValidateDuration), recorded at `at`.
pub fn duration(d: &crate::api::common::Duration, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if let Err(e) = check_duration_nanos(d.nanos()) {
        cx.error(at, e);
    }
}

/// H-PCT-INT: an integer percentage within 0..100.
pub fn percent_int(v: i64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !(0..=100).contains(&v) {
        cx.error(at, format!("percentage {v} is not in range 0..100"));
    }
}

/// H-PCT-FRAC: a `Percent` value that is 0 or within [0.0001, 100.0]. Written as upstream's
/// comparisons so NaN passes (every comparison with it is false) and ±Inf fail.
#[allow(clippy::manual_range_contains)] // `contains` would reject NaN
pub fn percent_frac(v: f64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if v < 0.0 || v > 100.0 || (v > 0.0 && v < 0.0001) {
        cx.error(at, format!("percentage {} is neither 0.0, nor in range [0.0001, 100.0]", go_float(v)));
    }
}

/// H-WEIGHT: each weight < 0 → E at `route[i].weight`; with more than one destination and a
/// zero total → E "total destination weight = 0" at `route` (the list's own path `at`).
pub fn route_weights(weights: &[i64], at: &Path<'_>, cx: &mut Ctx<'_>) {
    let mut total: i64 = 0;
    for (i, &w) in weights.iter().enumerate() {
        total = total.wrapping_add(w);
        if w < 0 {
            cx.error(&at.index(i).field("weight"), format!("weight {w} < 0"));
        }
    }
    if weights.len() > 1 && total == 0 {
        cx.error(at, "total destination weight = 0");
    }
}

/// H-HTTPSTATUS: 200..=600 (upstream's message says 200-599 but lets 600 through).
pub fn http_status(code: i64, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !(200..=600).contains(&code) {
        cx.error(at, format!("HTTP status {code} is not in range 200-599"));
    }
}

/// The gRPC status names H-GRPCSTATUS accepts (exact case).
pub const GRPC_STATUSES: [&str; 17] = [
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// H-GRPCSTATUS: one of [`GRPC_STATUSES`].
pub fn grpc_status(name: &str, at: &Path<'_>, cx: &mut Ctx<'_>) {
    if !GRPC_STATUSES.contains(&name) {
        cx.error(
            at,
            format!(
                "gRPC status {} is not supported. See https://grpc.github.io/grpc/core/md_doc_statuscodes.html for a list of supported codes",
                go_quote(name)
            ),
        );
    }
}
