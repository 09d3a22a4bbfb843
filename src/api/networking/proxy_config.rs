//! ProxyConfig (`networking.istio.io/v1beta1`): typed spec, registry entry and rules PC-1/PC-2
//! (validation spec §12). `environmentVariables` and `image` are not checked upstream.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::common::Int32;
use crate::api::path::Path;
use crate::api::registry::{KindDef, Version};
use crate::api::rules;
use crate::api::selectors::WorkloadSelector;
use crate::api::validation::{Ctx, Validate};

/// Per-workload proxy settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ProxyConfigSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<WorkloadSelector>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0))]
    pub concurrency: Option<Int32>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "environment_variables")]
    #[schemars(transform = env_values_max_2048)]
    pub environment_variables: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ProxyImage>,
}

/// Schema transform: environment variable values are at most 2048 characters.
fn env_values_max_2048(schema: &mut schemars::Schema) {
    if let Some(values) = schema.get_mut("additionalProperties").and_then(|v| v.as_object_mut()) {
        values.insert("maxLength".into(), 2048.into());
    }
}

/// Which proxy image variant to use.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ProxyImage {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "image_type")]
    pub image_type: Option<String>,
}

pub static KIND: KindDef = KindDef::of::<ProxyConfigSpec>(
    "networking.istio.io",
    "ProxyConfig",
    "proxyconfigs",
    &[],
    &[Version { name: "v1beta1", served: true, storage: true }],
    &[],
);

impl Validate for ProxyConfigSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // PC-1
        rules::selector(self.selector.as_ref(), &at.field("selector"), cx);
        // PC-2
        if self.concurrency.is_some_and(|c| c.0 < 0) {
            cx.error(&at.field("concurrency"), "concurrency must be greater than or equal to 0");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_covers_the_inventory() {
        crate::api::networking::test_support::assert_full_coverage(&KIND);
    }
    use crate::api::networking::testing::{
        Expect::*, assert_roundtrip, check, run_cases, yaml,
    };

    #[test]
    fn roundtrip_snake_case_and_unknown_fields() {
        assert_roundtrip(
            &KIND,
            "selector: {matchLabels: {app: a}}\nconcurrency: 2\nenvironmentVariables: {A: b}\nimage: {imageType: distroless}",
        );
        let v = (KIND.roundtrip)(&yaml(
            "environment_variables: {A: b}\nimage: {image_type: debug}\nconcurrency: '3'",
        ))
        .unwrap();
        assert_eq!(v["image"]["imageType"], "debug");
        assert_eq!(v["concurrency"], 3);
        let found = check(&KIND, "image: {type: x}");
        assert_eq!(found[0].path, "spec.image.type");
    }

    #[test]
    fn rules() {
        run_cases(
            &KIND,
            &[
                (
                    "PC-1 error",
                    "selector: {matchLabels: {'a*': b}}",
                    Error("spec.selector.matchLabels[a*]", "wildcard"),
                ),
                ("PC-1 warning", "selector: {}", Warn("spec.selector", "without labels")),
                ("PC-1 pass", "selector: {matchLabels: {a: b}}", Clean),
                ("PC-2 fail", "concurrency: -1", Error("spec.concurrency", "greater than or equal to 0")),
                ("PC-2 pass", "concurrency: 0", Clean),
            ],
        );
    }
}
