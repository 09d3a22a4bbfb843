//! Connection pool (TCP, HTTP) and outlier detection blocks with their rules (CP-*, OD-*).
//! Never prints.

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use crate::api::common::{Duration, Int32, UInt32};
use crate::api::path::Path;
use crate::api::rules;
use crate::api::schema::{CEL_DURATION, CelAt, cel};
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

proto_enum!(pub H2UpgradePolicy { DEFAULT, DO_NOT_UPGRADE, UPGRADE });

/// Connection pool limits (TCP and HTTP).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConnectionPoolSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp: Option<TcpSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<HttpSettings>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TcpSettings {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_connections")]
    pub max_connections: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "connect_timeout")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub connect_timeout: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "tcp_keepalive")]
    pub tcp_keepalive: Option<TcpKeepalive>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_connection_duration")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub max_connection_duration: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "idle_timeout")]
    pub idle_timeout: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TcpKeepalive {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probes: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub time: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub interval: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HttpSettings {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "http1_max_pending_requests")]
    pub http1_max_pending_requests: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "http2_max_requests")]
    pub http2_max_requests: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_requests_per_connection")]
    pub max_requests_per_connection: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_retries")]
    pub max_retries: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "idle_timeout")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub idle_timeout: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "h2_upgrade_policy")]
    pub h2_upgrade_policy: Option<H2UpgradePolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "use_client_protocol")]
    pub use_client_protocol: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_concurrent_streams")]
    pub max_concurrent_streams: Option<Int32>,
}

/// Ejection of unhealthy hosts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OutlierDetection {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_errors")]
    pub consecutive_errors: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "split_external_local_origin_errors")]
    pub split_external_local_origin_errors: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_local_origin_failures")]
    pub consecutive_local_origin_failures: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_gateway_errors")]
    pub consecutive_gateway_errors: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "consecutive_5xx_errors")]
    pub consecutive_5xx_errors: Option<UInt32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub interval: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "base_ejection_time")]
    #[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_DURATION))]
    pub base_ejection_time: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_ejection_percent")]
    pub max_ejection_percent: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "min_health_percent")]
    pub min_health_percent: Option<Int32>,
}

impl Validate for OutlierDetection {
    /// OD-1..OD-6.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Some(d) = &self.base_ejection_time {
            rules::duration(d, &at.field("baseEjectionTime"), cx);
        }
        if self.consecutive_errors.is_some_and(|v| v.0 != 0) {
            cx.warn(
                &at.field("consecutiveErrors"),
                "outlier detection consecutive errors is deprecated, use consecutiveGatewayErrors or consecutive5xxErrors instead",
            );
        }
        if !self.split_external_local_origin_errors.unwrap_or(false)
            && self.consecutive_local_origin_failures.is_some_and(|v| v.0 > 0)
        {
            cx.error(
                &at.field("consecutiveLocalOriginFailures"),
                "outlier detection consecutive local origin failures is specified, but split external local origin errors is set to false",
            );
        }
        if let Some(d) = &self.interval {
            rules::duration(d, &at.field("interval"), cx);
        }
        rules::percent_int(
            self.max_ejection_percent.map_or(0, |v| v.0 as i64),
            &at.field("maxEjectionPercent"),
            cx,
        );
        rules::percent_int(
            self.min_health_percent.map_or(0, |v| v.0 as i64),
            &at.field("minHealthPercent"),
            cx,
        );
    }
}

impl Validate for ConnectionPoolSettings {
    /// CP-1..CP-14.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if self.http.is_none() && self.tcp.is_none() {
            cx.error(at, "connection pool must have at least one field");
            return;
        }
        if let Some(http) = &self.http {
            let at = at.field("http");
            let non_negative = |cx: &mut Ctx<'_>, v: Option<Int32>, field: &str, what: &str| {
                if v.is_some_and(|v| v.0 < 0) {
                    cx.error(&at.field(field), format!("{what} must be non-negative"));
                }
            };
            non_negative(
                cx,
                http.http1_max_pending_requests,
                "http1MaxPendingRequests",
                "http1 max pending requests",
            );
            non_negative(cx, http.http2_max_requests, "http2MaxRequests", "http2 max requests");
            non_negative(
                cx,
                http.max_requests_per_connection,
                "maxRequestsPerConnection",
                "max requests per connection",
            );
            non_negative(cx, http.max_retries, "maxRetries", "max retries");
            if let Some(d) = &http.idle_timeout {
                rules::duration(d, &at.field("idleTimeout"), cx);
            }
            if http.h2_upgrade_policy.map(|p| p.resolve()) == Some(H2UpgradePolicy::UPGRADE)
                && http.use_client_protocol == Some(true)
            {
                cx.error(
                    &at.field("useClientProtocol"),
                    "use client protocol must not be true when H2UpgradePolicy is UPGRADE",
                );
            }
            non_negative(cx, http.max_concurrent_streams, "maxConcurrentStreams", "max concurrent streams");
        }
        if let Some(tcp) = &self.tcp {
            let at = at.field("tcp");
            if tcp.max_connections.is_some_and(|v| v.0 < 0) {
                cx.error(&at.field("maxConnections"), "max connections must be non-negative");
            }
            if let Some(d) = &tcp.connect_timeout {
                rules::duration(d, &at.field("connectTimeout"), cx);
            }
            if let Some(d) = &tcp.max_connection_duration {
                rules::duration(d, &at.field("maxConnectionDuration"), cx);
            }
            // CP-12: `0s` (anything under a whole millisecond) disables the timeout.
            if let Some(d) = &tcp.idle_timeout
                && d.nanos() / 1_000_000 != 0
            {
                rules::duration(d, &at.field("idleTimeout"), cx);
            }
            if let Some(ka) = &tcp.tcp_keepalive {
                let at = at.field("tcpKeepalive");
                if let Some(d) = &ka.time {
                    rules::duration(d, &at.field("time"), cx);
                }
                if let Some(d) = &ka.interval {
                    rules::duration(d, &at.field("interval"), cx);
                }
            }
        }
    }
}
