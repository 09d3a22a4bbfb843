//! Traffic-policy building blocks shared by DestinationRule, Sidecar and Gateway: traffic policy,
//! load balancer (with locality settings), connection pool, outlier detection, client and server
//! TLS, with their rules (TP, OD, CP, LB, H-LOC, CTLS, STLS of the validation spec §3), one
//! file per block (`load_balancer`, `connection`, `tls`); this file has the policy itself.
//! Kinds decide where these apply and which findings survive (warnings under subsets and
//! portLevelSettings are dropped by the caller); this module never prints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::common::{Double, UInt32};
use crate::api::path::Path;
use crate::api::rules::{self, non_empty};
use crate::api::selectors::PortSelector;
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

mod connection;
mod load_balancer;
mod tls;

#[cfg(test)]
mod tests;

pub use connection::*;
pub use load_balancer::*;
pub use tls::*;

proto_enum!(pub ProxyProtocolVersion { V1, V2 });

/// Traffic policy of a DestinationRule (top level or per subset).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TrafficPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "load_balancer")]
    pub load_balancer: Option<LoadBalancerSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "connection_pool")]
    pub connection_pool: Option<ConnectionPoolSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "outlier_detection")]
    pub outlier_detection: Option<OutlierDetection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ClientTlsSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "port_level_settings")]
    #[schemars(length(max = 4096))]
    pub port_level_settings: Option<Vec<PortTrafficPolicy>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tunnel: Option<TunnelSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "proxy_protocol")]
    pub proxy_protocol: Option<ProxyProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "retry_budget")]
    pub retry_budget: Option<RetryBudget>,
}

/// A traffic policy for one port of the destination.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PortTrafficPolicy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<PortSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "load_balancer")]
    pub load_balancer: Option<LoadBalancerSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "connection_pool")]
    pub connection_pool: Option<ConnectionPoolSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "outlier_detection")]
    pub outlier_detection: Option<OutlierDetection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ClientTlsSettings>,
}

/// Tunnelling of TCP over HTTP CONNECT/POST.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TunnelSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "target_host")]
    #[schemars(required)]
    pub target_host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", alias = "target_port")]
    #[schemars(required)]
    pub target_port: Option<UInt32>,
}

/// Upstream PROXY protocol settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProxyProtocol {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<ProxyProtocolVersion>,
}

/// Retry budget for the destination (not checked by upstream's validation).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RetryBudget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 100))]
    pub percent: Option<Double>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "min_retry_concurrency")]
    pub min_retry_concurrency: Option<UInt32>,
}

impl Validate for TrafficPolicy {
    /// TP-1..TP-11 with OD/CP/LB/CTLS; portLevelSettings keep errors only (§1.6).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // TP-1
        if self.outlier_detection.is_none()
            && self.connection_pool.is_none()
            && self.load_balancer.is_none()
            && self.tls.is_none()
            && !non_empty(&self.port_level_settings)
            && self.tunnel.is_none()
            && self.proxy_protocol.is_none()
            && self.retry_budget.is_none()
        {
            cx.error(at, "traffic policy must have at least one field");
            return;
        }
        // TP-2
        if self.tunnel.is_some() && self.proxy_protocol.is_some() {
            cx.error(at, "tunnel and proxyProtocol must not be set together");
            return;
        }
        // TP-3
        self.outlier_detection.validate(&at.field("outlierDetection"), cx);
        self.connection_pool.validate(&at.field("connectionPool"), cx);
        if let Some(lb) = &self.load_balancer {
            lb.check(&at.field("loadBalancer"), self.outlier_detection.as_ref(), cx);
        }
        self.tls.validate(&at.field("tls"), cx);
        if let Some(pls) = &self.port_level_settings {
            let pls_at = at.field("portLevelSettings");
            cx.errors_only(|cx| pls.validate(&pls_at, cx));
        }
        self.tunnel.validate(&at.field("tunnel"), cx);
        self.proxy_protocol.validate(&at.field("proxyProtocol"), cx);
    }
}

impl Validate for PortTrafficPolicy {
    /// TP-5..TP-7 (the caller keeps errors only).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if self.port.is_none() {
            cx.error(&at.field("port"), "portTrafficPolicy must have valid port");
        }
        if self.outlier_detection.is_none()
            && self.connection_pool.is_none()
            && self.load_balancer.is_none()
            && self.tls.is_none()
        {
            cx.error(at, "port traffic policy must have at least one field");
            return;
        }
        self.outlier_detection.validate(&at.field("outlierDetection"), cx);
        self.connection_pool.validate(&at.field("connectionPool"), cx);
        if let Some(lb) = &self.load_balancer {
            lb.check(&at.field("loadBalancer"), self.outlier_detection.as_ref(), cx);
        }
        self.tls.validate(&at.field("tls"), cx);
    }
}

impl Validate for TunnelSettings {
    /// TP-8..TP-10.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let protocol = self.protocol.as_deref().unwrap_or("");
        if !matches!(protocol, "" | "CONNECT" | "POST") {
            cx.error(&at.field("protocol"), "tunnel protocol must be \"CONNECT\" or \"POST\"");
        }
        let host = self.target_host.as_deref().unwrap_or("");
        if let (Err(fqdn), Err(ip)) = (rules::check_fqdn(host), rules::check_ip(host)) {
            cx.error(
                &at.field("targetHost"),
                format!("tunnel target host must be valid FQDN or IP address: {fqdn}; {ip}"),
            );
        }
        if let Err(e) = rules::check_port(self.target_port.map_or(0, |p| p.0 as i64)) {
            cx.error(&at.field("targetPort"), format!("tunnel target port is invalid: {e}"));
        }
    }
}

impl Validate for ProxyProtocol {
    /// TP-11: a raw version number other than 0 (V1) or 1 (V2).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        if let Some(v) = self.version {
            let n = v.number();
            if n != 0 && n != 1 {
                cx.error(&at.field("version"), format!("proxy protocol version is invalid: {n}"));
            }
        }
    }
}
