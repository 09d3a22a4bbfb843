//! `telemetry.istio.io` Telemetry: the typed spec (tracing, metrics, access logging) and its
//! rules TM-1..TM-22. Proto oneofs (custom tag kinds, metric vs customMetric) keep every written
//! member; rules read the one upstream's decoder keeps. Must not print or touch a cluster.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::common::{Double, Duration};
// The proto `double` type VirtualService introduced (a number or a quoted number).
use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef, Version};
use crate::api::schema::last_declared;
use crate::api::rules::check_policy_targets;
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

use super::cel;

proto_enum!(pub WorkloadMode { CLIENT_AND_SERVER, CLIENT, SERVER });
proto_enum!(pub IstioMetric {
    ALL_METRICS, REQUEST_COUNT, REQUEST_DURATION, REQUEST_SIZE, RESPONSE_SIZE, TCP_OPENED_CONNECTIONS,
    TCP_CLOSED_CONNECTIONS, TCP_SENT_BYTES, TCP_RECEIVED_BYTES, GRPC_REQUEST_MESSAGES, GRPC_RESPONSE_MESSAGES
});
proto_enum!(pub TagOperation { UPSERT, REMOVE });

crate::api::selectors::targeted_spec! {
    /// Tracing, metrics and access-logging settings for the selected workloads.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct TelemetrySpec {
        /// Tracing settings (only one entry is supported).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tracing: Option<Vec<Tracing>>,
        /// Metrics settings: providers, overrides and reporting interval.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub metrics: Option<Vec<Metrics>>,
        /// Access-log settings: providers, filters and on/off switches.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "access_logging")]
        pub access_logging: Option<Vec<AccessLogging>>,
    }
}

/// A reference to a provider of the mesh configuration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderRef {
    /// Name of a provider declared in the mesh configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub name: Option<String>,
}

/// Selects traffic by side (client or server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModeSelector {
    /// Which side of the traffic the settings cover: CLIENT_AND_SERVER (the default), CLIENT or SERVER.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<WorkloadMode>,
}

/// Tracing settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Tracing {
    /// Which traffic the tracing settings apply to.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
    pub match_: Option<ModeSelector>,
    /// Tracing providers to send spans to (one is supported).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<ProviderRef>>,
    /// Share of requests to trace, from 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "random_sampling_percentage")]
    #[schemars(range(min = 0, max = 100))]
    pub random_sampling_percentage: Option<Double>,
    /// Stop reporting spans while still propagating trace context.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "disable_span_reporting")]
    pub disable_span_reporting: Option<bool>,
    /// Extra tags added to every span, by tag name.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "custom_tags")]
    pub custom_tags: Option<BTreeMap<String, CustomTag>>,
    /// Base the sampling decision on the request ID.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "use_request_id_for_trace_sampling")]
    pub use_request_id_for_trace_sampling: Option<bool>,
    /// Add Istio's own tags to spans.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "enable_istio_tags")]
    pub enable_istio_tags: Option<bool>,
    /// Do not propagate trace context headers.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "disable_context_propagation")]
    pub disable_context_propagation: Option<bool>,
}

/// Where a custom tag's value comes from (exactly one source).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [
    {"not": {"anyOf": [
        {"required": ["literal"]}, {"required": ["environment"]},
        {"required": ["header"]}, {"required": ["formatter"]}
    ]}},
    {"required": ["literal"]}, {"required": ["environment"]},
    {"required": ["header"]}, {"required": ["formatter"]}
]))]
pub struct CustomTag {
    /// A fixed value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<TagValue>,
    /// The value of an environment variable of the proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<TagFromName>,
    /// The value of a request header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<TagFromName>,
    /// A value built from an Envoy command-operator format string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatter: Option<TagValue>,
}

/// A fixed or formatted value.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TagValue {
    /// The value (or format string).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub value: Option<String>,
}

/// A named source, with a value for when it is absent.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TagFromName {
    /// Name of the environment variable or header.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(required)]
    pub name: Option<String>,
    /// Value to use when it is absent.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "default_value")]
    pub default_value: Option<String>,
}

/// The member of a custom tag's `type` oneof upstream keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TagKind<'a> {
    Literal(&'a TagValue),
    Environment(&'a TagFromName),
    Header(&'a TagFromName),
    Formatter(&'a TagValue),
}

impl CustomTag {
    /// The tag kind upstream keeps (see [`last_declared`]).
    pub fn kind(&self) -> Option<TagKind<'_>> {
        last_declared([
            self.literal.as_ref().map(TagKind::Literal),
            self.environment.as_ref().map(TagKind::Environment),
            self.header.as_ref().map(TagKind::Header),
            self.formatter.as_ref().map(TagKind::Formatter),
        ])
    }
}

/// Metrics settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Metrics {
    /// Metrics providers the settings apply to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<ProviderRef>>,
    /// Changes to the standard metrics, applied in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<Vec<MetricsOverrides>>,
    /// How often metrics are reported (for TCP connections and providers that support it).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "reporting_interval")]
    #[schemars(extend("x-kubernetes-validations" = [{
        "message": "the reporting interval must be at least 1ms",
        "rule": "duration(self) >= duration('1ms')"
    }]))]
    pub reporting_interval: Option<Duration>,
}

/// A change to the standard metrics.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct MetricsOverrides {
    /// Which metric (and traffic side) the override changes; all metrics when absent.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
    pub match_: Option<MetricSelector>,
    /// Turn the matched metrics off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Tags to add, change or remove, by tag name.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "tag_overrides")]
    pub tag_overrides: Option<BTreeMap<String, TagOverride>>,
}

/// Selects a metric (standard or custom, not both) and a traffic side.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(extend("oneOf" = [
    {"not": {"anyOf": [{"required": ["metric"]}, {"required": ["customMetric"]}]}},
    {"required": ["metric"]}, {"required": ["customMetric"]}
]))]
pub struct MetricSelector {
    /// A standard Istio metric.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<IstioMetric>,
    /// A custom metric by name.
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "custom_metric")]
    pub custom_metric: Option<String>,
    /// Which side of the traffic: CLIENT_AND_SERVER (the default), CLIENT or SERVER.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<WorkloadMode>,
}

/// The member of a metric selector's `metric_match` oneof upstream keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MetricMatch<'a> {
    Standard(IstioMetric),
    Custom(&'a str),
}

impl MetricSelector {
    /// `customMetric` (declared after `metric`) wins when both are written.
    pub fn metric_match(&self) -> Option<MetricMatch<'_>> {
        last_declared([self.metric.map(MetricMatch::Standard), self.custom_metric.as_deref().map(MetricMatch::Custom)])
    }
}

/// How to change one tag.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("x-kubernetes-validations" = [
    {
        "message": "value must be set when operation is UPSERT",
        "rule": "(has(self.operation) && self.operation == 'UPSERT') ? (has(self.value) && self.value != '') : true"
    },
    {
        "message": "value may only be set when operation is UPSERT",
        "rule": "(has(self.operation) && self.operation == 'REMOVE') ? !has(self.value) : true"
    }
]))]
pub struct TagOverride {
    /// UPSERT (the default) sets the tag from `value`; REMOVE drops it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<TagOperation>,
    /// Expression giving the tag's value (UPSERT only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Access-log settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessLogging {
    /// Which traffic the access-log settings apply to.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
    pub match_: Option<ModeSelector>,
    /// Access-log providers to write to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub providers: Option<Vec<ProviderRef>>,
    /// Turn access logging off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Log only the requests that match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<LogFilter>,
}

/// Which requests to log.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogFilter {
    /// A CEL expression over request attributes, such as `response.code >= 400`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
}

pub static KIND: KindDef = KindDef::of::<TelemetrySpec>(
    "telemetry.istio.io",
    "Telemetry",
    "telemetries",
    &["telemetry"],
    &[
        Version { name: "v1", served: true, storage: false },
        Version { name: "v1alpha1", served: true, storage: true },
    ],
    &[AGE_COLUMN],
);

fn providers_checked(list: &Option<Vec<ProviderRef>>, at: &Path<'_>, cx: &mut Ctx<'_>) {
    // TM-5 / TM-14 / TM-22: the first provider without a name.
    if let Some(k) = list.as_deref().unwrap_or_default().iter().position(|p| p.name.as_deref().unwrap_or("").is_empty()) {
        let p = at.index(k);
        cx.error(&p.field("name"), "providers.name may not be empty");
    }
}

impl TelemetrySpec {
    fn check_metrics(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let ms = at.field("metrics");
        for (i, m) in self.metrics.as_deref().unwrap_or_default().iter().enumerate() {
            let mi = ms.index(i);
            providers_checked(&m.providers, &mi.field("providers"), cx);
            let ov = mi.field("overrides");
            // TM-6 and TM-8 are unreachable (null entries decode as empty messages).
            for (j, o) in m.overrides.as_deref().unwrap_or_default().iter().enumerate() {
                let oj = ov.index(j);
                let tov = oj.field("tagOverrides");
                for (name, t) in o.tag_overrides.iter().flatten() {
                    let k = tov.key(name);
                    if name.is_empty() {
                        // TM-7
                        cx.warn(&k, "tagOverrides.name may not be empty");
                    }
                    let value = t.value.as_deref().unwrap_or("");
                    match t.operation.unwrap_or(TagOperation::UPSERT).resolve() {
                        // TM-9
                        TagOperation::UPSERT if value.is_empty() => {
                            cx.error(&k.field("value"), "tagOverrides.value must be set when operation is UPSERT")
                        }
                        // TM-10
                        TagOperation::REMOVE if !value.is_empty() => cx.error(
                            &k.field("value"),
                            "tagOverrides.value may only be set when operation is UPSERT",
                        ),
                        _ => {}
                    }
                }
                // TM-11
                if let Some(MetricMatch::Custom("")) = o.match_.as_ref().and_then(MetricSelector::metric_match) {
                    let mt = oj.field("match");
                    cx.error(&mt.field("customMetric"), "customMetric may not be empty");
                }
            }
        }
    }

    fn check_tracing(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let tr = at.field("tracing");
        let list = self.tracing.as_deref().unwrap_or_default();
        if list.len() > 1 {
            // TM-12
            cx.warn(&tr, "multiple tracing is not currently supported");
        }
        for (i, t) in list.iter().enumerate() {
            let ti = tr.index(i);
            let providers = ti.field("providers");
            if t.providers.as_deref().unwrap_or_default().len() > 1 {
                // TM-13
                cx.warn(&providers, "multiple providers is not currently supported");
            }
            // TM-14
            providers_checked(&t.providers, &providers, cx);
            // TM-15
            if let Some(p) = &t.random_sampling_percentage
                && (p.get() < 0.0 || p.get() > 100.0)
            {
                cx.error(&ti.field("randomSamplingPercentage"), "randomSamplingPercentage must be in range [0.0, 100.0]");
            }
            let tags = ti.field("customTags");
            // TM-17 is unreachable (a null tag decodes as an empty one).
            for (name, tag) in t.custom_tags.iter().flatten() {
                let k = tags.key(name);
                if name.is_empty() {
                    // TM-16
                    cx.error(&k, "tag name may not be empty");
                }
                let empty = |s: &Option<String>| s.as_deref().unwrap_or("").is_empty();
                match tag.kind() {
                    // TM-18
                    Some(TagKind::Literal(l)) if empty(&l.value) => {
                        let f = k.field("literal");
                        cx.error(&f.field("value"), "literal tag value may not be empty");
                    }
                    // TM-19
                    Some(TagKind::Header(h)) if empty(&h.name) => {
                        let f = k.field("header");
                        cx.error(&f.field("name"), "header tag name may not be empty");
                    }
                    // TM-20
                    Some(TagKind::Environment(e)) if empty(&e.name) => {
                        let f = k.field("environment");
                        cx.error(&f.field("name"), "environment tag name may not be empty");
                    }
                    _ => {}
                }
            }
        }
    }

    fn check_access_logging(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let al = at.field("accessLogging");
        for (i, l) in self.access_logging.as_deref().unwrap_or_default().iter().enumerate() {
            let li = al.index(i);
            if let Some(f) = &l.filter {
                // TM-21
                let expr = f.expression.as_deref().unwrap_or("");
                if let Err(e) = cel::parse(expr) {
                    let fa = li.field("filter");
                    cx.error(&fa.field("expression"), format!("must be a valid CEL expression, {e}"));
                }
            }
            // TM-22
            providers_checked(&l.providers, &li.field("providers"), cx);
        }
    }
}

impl Validate for TelemetrySpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // TM-1..TM-4
        check_policy_targets(&self.selector, self.target_ref.as_ref(), self.target_refs.as_deref(), at, cx);
        self.check_metrics(at, cx);
        self.check_tracing(at, cx);
        self.check_access_logging(at, cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::security::testkit::*;
    use crate::api::validation::Level::{Error as E, Warning as W};

    const RICH: &str = r#"
selector: {matchLabels: {app: web}}
tracing:
- match: {mode: CLIENT}
  providers: [{name: zipkin}]
  randomSamplingPercentage: 12.5
  disableSpanReporting: false
  useRequestIdForTraceSampling: true
  enableIstioTags: true
  disableContextPropagation: false
  customTags:
    lit: {literal: {value: v}}
    env: {environment: {name: POD, defaultValue: d}}
    hdr: {header: {name: x-id, defaultValue: none}}
    fmt: {formatter: {value: "%REQ(:PATH)%"}}
metrics:
- providers: [{name: prometheus}]
  reportingInterval: 10s
  overrides:
  - match: {metric: REQUEST_COUNT, mode: CLIENT_AND_SERVER}
    disabled: false
    tagOverrides:
      request_protocol: {operation: REMOVE}
      custom: {operation: UPSERT, value: "request.host"}
  - match: {customMetric: my_metric, mode: 2}
accessLogging:
- match: {mode: SERVER}
  providers: [{name: envoy}]
  disabled: false
  filter: {expression: "response.code >= 400"}
"#;

    #[test]
    fn roundtrip_and_snake_case() {
        assert_roundtrip(&KIND, RICH);
        assert_roundtrip(&KIND, "targetRef: {kind: Service, name: s}\ntracing: [{randomSamplingPercentage: 100}]");
        assert_roundtrip(&KIND, "tracing: [{randomSamplingPercentage: '-Infinity'}, {randomSamplingPercentage: NaN}]");
        let v = (KIND.roundtrip)(&yaml(
            "access_logging: [{providers: [{name: a}]}]\ntracing: [{random_sampling_percentage: '50', disable_span_reporting: true, use_request_id_for_trace_sampling: false, enable_istio_tags: false, disable_context_propagation: true, custom_tags: {a: {environment: {name: E, default_value: d}}}}]\nmetrics: [{reporting_interval: 5s, overrides: [{match: {custom_metric: c}, tag_overrides: {t: {value: v}}}]}]\ntarget_refs: [{kind: Service, name: s}]",
        ))
        .unwrap();
        assert_eq!(v["tracing"][0]["randomSamplingPercentage"].as_f64(), Some(50.0));
        assert_eq!(v["tracing"][0]["customTags"]["a"]["environment"]["defaultValue"], "d");
        assert_eq!(v["metrics"][0]["overrides"][0]["tagOverrides"]["t"]["value"], "v");
        assert_eq!(v["accessLogging"][0]["providers"][0]["name"], "a");
    }

    #[test]
    fn unknown_fields_fail_with_their_path() {
        assert_decode_error(&KIND, "tracing: [{customTags: {a: {literal: {value: v, other: 1}}}}]", "spec.tracing[0].customTags.a.literal.other", "unknown field");
        let f = check(&KIND, "metrics: [{overrides: [{match: {metric: NOPE}}]}]");
        assert!(f[0].message.contains("unknown value"), "{f:?}");
    }

    #[test]
    fn several_oneof_members_decode_and_the_last_declared_wins() {
        // These used to fail as "oneof … is already set"; upstream keeps the last declared member.
        let both = "tracing: [{customTags: {a: {literal: {value: ''}, header: {name: h}}}}]";
        assert!(check(&KIND, both).is_empty(), "header wins: the empty literal is not checked");
        assert_roundtrip(&KIND, both);
        let f = check(&KIND, "tracing: [{customTags: {a: {literal: {value: v}, header: {}, environment: {}}}}]");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].path, "spec.tracing[0].customTags[a].header.name", "header is declared last of the three");
        assert!(check(&KIND, "tracing: [{customTags: {a: {header: {}, formatter: {value: ''}}}}]").is_empty());
        let tag: CustomTag = serde_json::from_value(yaml("{environment: {name: E}, literal: {value: v}}")).unwrap();
        assert!(matches!(tag.kind(), Some(TagKind::Environment(_))));
        assert_eq!(CustomTag::default().kind(), None);

        // metric_match: customMetric wins, so TM-11 sees it even with a metric written.
        let f = check(&KIND, "metrics: [{overrides: [{match: {metric: REQUEST_COUNT, customMetric: ''}}]}]");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].path, "spec.metrics[0].overrides[0].match.customMetric");
        assert!(check(&KIND, "metrics: [{overrides: [{match: {metric: REQUEST_COUNT, customMetric: c}}]}]").is_empty());
        let sel: MetricSelector = serde_json::from_value(yaml("{metric: 1}")).unwrap();
        assert_eq!(sel.metric_match(), Some(MetricMatch::Standard(IstioMetric::Number(1))));
    }

    #[test]
    fn schema_matches_the_crd_inventory() {
        assert_schema_matches_inventory(&KIND);
        assert_eq!(KIND.storage_version(), "v1alpha1");
    }

    #[test]
    fn unreachable_null_checks_stay_silent() {
        // TM-6: a null override is an empty one; TM-8/TM-17 have the same fate in maps, so the
        // empty tag override fails TM-9 and the empty custom tag passes (no kind to check).
        assert!(check(&KIND, "metrics: [{overrides: [null]}]").is_empty());
        let f = check(&KIND, "metrics: [{overrides: [{tagOverrides: {t: {}}}]}]\ntracing: [{customTags: {c: {}}}]");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("UPSERT"), "{f:?}");
    }

    #[test]
    fn rules_fire_and_pass() {
        let cases = vec![
            fires("TM-1", "selector: {matchLabels: {a: b}}\ntargetRef: {kind: Service, name: s}", E, "spec", "only one of"),
            passes("TM-1", "targetRef: {kind: Service, name: s}"),
            fires("TM-2", "selector: {matchLabels: {'': b}}", E, "spec.selector.matchLabels[]", "empty key"),
            fires("TM-2", "selector: {}", W, "spec.selector", "without labels"),
            passes("TM-2", "selector: {matchLabels: {a: b}}"),
            fires("TM-3", "targetRef: {kind: Service, name: s, namespace: x}", E, "spec.targetRef.namespace", "cross namespace"),
            passes("TM-3", "targetRef: {kind: Gateway, group: gateway.networking.k8s.io, name: s}"),
            fires("TM-4", "targetRefs: [{kind: Foo, name: s}]", E, "spec.targetRefs[0]", "core/Foo"),
            passes("TM-4", "targetRefs: [{kind: Service, name: s}]"),
            fires("TM-5", "metrics: [{providers: [{name: a}, {name: ''}, {}]}]", E, "spec.metrics[0].providers[1].name", "providers.name may not be empty"),
            passes("TM-5", "metrics: [{providers: [{name: prometheus}]}]"),
            fires("TM-7", "metrics: [{overrides: [{tagOverrides: {'': {value: v}}}]}]", W, "spec.metrics[0].overrides[0].tagOverrides[]", "tagOverrides.name may not be empty"),
            passes("TM-7", "metrics: [{overrides: [{tagOverrides: {t: {value: v}}}]}]"),
            fires("TM-9", "metrics: [{overrides: [{tagOverrides: {t: {}}}]}]", E, "spec.metrics[0].overrides[0].tagOverrides[t].value", "value must be set when operation is UPSERT"),
            fires("TM-9", "metrics: [{overrides: [{tagOverrides: {t: {operation: UPSERT, value: ''}}}]}]", E, "spec.metrics[0].overrides[0].tagOverrides[t].value", "UPSERT"),
            passes("TM-9", "metrics: [{overrides: [{tagOverrides: {t: {operation: 0, value: x}}}]}]"),
            fires("TM-10", "metrics: [{overrides: [{tagOverrides: {request_protocol: {operation: REMOVE, value: x}}}]}]", E, "spec.metrics[0].overrides[0].tagOverrides[request_protocol].value", "may only be set when operation is UPSERT"),
            passes("TM-10", "metrics: [{overrides: [{tagOverrides: {request_protocol: {operation: REMOVE}}}]}]"),
            fires("TM-11", "metrics: [{overrides: [{match: {customMetric: ''}}]}]", E, "spec.metrics[0].overrides[0].match.customMetric", "customMetric may not be empty"),
            passes("TM-11", "metrics: [{overrides: [{match: {customMetric: c, mode: SERVER}}, {match: {metric: ALL_METRICS}}]}]"),
            fires("TM-12", "tracing: [{}, {}]", W, "spec.tracing", "multiple tracing is not currently supported"),
            passes("TM-12", "tracing: [{providers: [{name: a}]}]"),
            fires("TM-13", "tracing: [{providers: [{name: a}, {name: b}]}]", W, "spec.tracing[0].providers", "multiple providers is not currently supported"),
            passes("TM-13", "tracing: [{providers: [{name: a}]}]"),
            fires("TM-14", "tracing: [{providers: [{}]}]", E, "spec.tracing[0].providers[0].name", "providers.name may not be empty"),
            passes("TM-14", "tracing: [{providers: [{name: z}]}]"),
            fires("TM-15", "tracing: [{randomSamplingPercentage: 100.5}]", E, "spec.tracing[0].randomSamplingPercentage", "[0.0, 100.0]"),
            fires("TM-15", "tracing: [{randomSamplingPercentage: -1}]", E, "spec.tracing[0].randomSamplingPercentage", "randomSamplingPercentage"),
            passes("TM-15", "tracing: [{randomSamplingPercentage: 0}]"),
            fires("TM-15", "tracing: [{randomSamplingPercentage: Infinity}]", E, "spec.tracing[0].randomSamplingPercentage", "[0.0, 100.0]"),
            passes("TM-15", "tracing: [{randomSamplingPercentage: NaN}]"),
            fires("TM-16", "tracing: [{customTags: {'': {literal: {value: v}}}}]", E, "spec.tracing[0].customTags[]", "tag name may not be empty"),
            passes("TM-16", "tracing: [{customTags: {t: {literal: {value: v}}}}]"),
            fires("TM-18", "tracing: [{customTags: {t: {literal: {value: ''}}}}]", E, "spec.tracing[0].customTags[t].literal.value", "literal tag value may not be empty"),
            passes("TM-18", "tracing: [{customTags: {t: {literal: {value: x}}, f: {formatter: {value: ''}}, e: {}}}]"),
            fires("TM-19", "tracing: [{customTags: {t: {header: {defaultValue: d}}}}]", E, "spec.tracing[0].customTags[t].header.name", "header tag name may not be empty"),
            passes("TM-19", "tracing: [{customTags: {t: {header: {name: x-h}}}}]"),
            fires("TM-20", "tracing: [{customTags: {t: {environment: {name: ''}}}}]", E, "spec.tracing[0].customTags[t].environment.name", "environment tag name may not be empty"),
            passes("TM-20", "tracing: [{customTags: {t: {environment: {name: HOME}}}}]"),
            fires("TM-21", "accessLogging: [{filter: {expression: 'response.code >='}}]", E, "spec.accessLogging[0].filter.expression", "must be a valid CEL expression"),
            fires("TM-21", "accessLogging: [{filter: {}}]", E, "spec.accessLogging[0].filter.expression", "valid CEL"),
            passes("TM-21", "accessLogging: [{filter: {expression: \"response.code >= 400 || xds.cluster_name == 'x'\"}}]"),
            fires("TM-22", "accessLogging: [{providers: [{name: ''}]}]", E, "spec.accessLogging[0].providers[0].name", "providers.name may not be empty"),
            passes("TM-22", "accessLogging: [{providers: [{name: envoy}], disabled: true}]"),
        ];
        run_cases(&KIND, &cases);
        let ids: Vec<String> = (1..=22).filter(|n| ![6, 8, 17].contains(n)).map(|n| format!("TM-{n}")).collect();
        assert_rule_coverage(&cases, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    }
}
