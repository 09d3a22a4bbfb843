//! `extensions.istio.io` WasmPlugin: the typed spec (the policy head, the shared Wasm module
//! block of `wasm_module.rs`, phase/priority/match) and its rules WP-1..WP-18. Must not print,
//! fetch a module, or touch a cluster.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::wasm_module::{FailStrategy, PluginType, TrafficSelector, VmConfig, check_match};
use super::{EXTENSIONS_GROUP, EXTENSIONS_VERSIONS};
use crate::api::common::Int32;
use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef};
use crate::api::rules::check_policy_targets;
use crate::api::validation::{Ctx, Validate};
use crate::proto_enum;

proto_enum!(pub PluginPhase { UNSPECIFIED_PHASE, AUTHN, AUTHZ, STATS });

super::wasm_module::wasm_module_spec! {
    targeted;
    /// A WebAssembly module that extends the proxies of the selected workloads.
    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    pub struct WasmPluginSpec {
        /// Where in the filter chain the plugin runs: AUTHN, AUTHZ or STATS.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phase: Option<PluginPhase>,
        /// Order among plugins of the same phase; higher runs first.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<Int32>,
        /// Settings of the Wasm virtual machine.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "vm_config")]
        pub vm_config: Option<VmConfig>,
        /// Traffic the plugin applies to; all traffic when empty.
        #[serde(default, skip_serializing_if = "Option::is_none", rename = "match")]
        pub match_: Option<Vec<TrafficSelector>>,
        /// HTTP or NETWORK filter.
        #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
        pub type_: Option<PluginType>,
        /// What to do when the module fails to load or crashes: FAIL_CLOSE, FAIL_OPEN or FAIL_RELOAD.
        #[serde(default, skip_serializing_if = "Option::is_none", alias = "fail_strategy")]
        pub fail_strategy: Option<FailStrategy>,
    }
}

pub static KIND: KindDef =
    KindDef::of::<WasmPluginSpec>(EXTENSIONS_GROUP, "WasmPlugin", "wasmplugins", &[], EXTENSIONS_VERSIONS, &[AGE_COLUMN]);

impl Validate for WasmPluginSpec {
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        // WP-1..WP-4
        check_policy_targets(&self.selector, self.target_ref.as_ref(), self.target_refs.as_deref(), at, cx);
        self.module().check(at, cx);
        check_match(self.match_.as_deref(), &at.field("match"), cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::extensions::wasm_module::check_url;
    use crate::api::security::testkit::*;
    use crate::api::validation::Level::{Error as E, Warning as W};

    const RICH: &str = r#"
selector: {matchLabels: {app: web}}
url: oci://ghcr.io/acme/filter:1.0
sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
imagePullPolicy: IfNotPresent
imagePullSecret: pull-secret
verificationKey: key
pluginConfig:
  nested: {list: [1, "two", {three: 3}], flag: true}
  name: x
pluginName: my-plugin
phase: AUTHN
priority: -10
vmConfig:
  env:
  - {name: A, value: "1"}
  - {name: POD_NAME, valueFrom: HOST}
match:
- mode: SERVER
  ports: [{number: 8080}, {number: 443}]
type: HTTP
failStrategy: FAIL_OPEN
"#;

    #[test]
    fn roundtrip_and_snake_case() {
        assert_roundtrip(&KIND, RICH);
        assert_roundtrip(&KIND, "url: /opt/f.wasm\npriority: 5\nphase: 7\nmatch: [{ports: [{number: 80}]}]");
        let v = (KIND.roundtrip)(&yaml("url: f\npriority: '5'\nmatch: [{ports: [{number: '80'}]}]")).unwrap();
        assert_eq!((v["priority"].as_i64(), v["match"][0]["ports"][0]["number"].as_i64()), (Some(5), Some(80)));
        let v = (KIND.roundtrip)(&yaml(
            "url: f\nimage_pull_policy: Always\nimage_pull_secret: s\nverification_key: k\nplugin_config: {a: 1}\nplugin_name: pn\nvm_config: {env: [{name: a, value_from: INLINE}]}\nfail_strategy: FAIL_RELOAD\ntarget_ref: {kind: Service, name: s}",
        ))
        .unwrap();
        assert_eq!(v["imagePullPolicy"], "Always");
        assert_eq!(v["vmConfig"]["env"][0]["valueFrom"], "INLINE");
        assert_eq!(v["pluginConfig"]["a"], 1);
        assert_eq!(v["failStrategy"], "FAIL_RELOAD");
    }

    #[test]
    fn unknown_fields_fail_with_their_path() {
        assert_decode_error(&KIND, "url: f\nvmConfig: {env: [{name: a, valueFROM: HOST}]}", "spec.vmConfig.env[0].valueFROM", "unknown field");
        // pluginConfig is free-form.
        assert!(check(&KIND, "url: f\npluginConfig: {anything: {goes: [1]}}").is_empty());
        let f = check(&KIND, "url: f\npriority: 3000000000");
        assert_eq!(f[0].path, "spec.priority", "{f:?}");
    }

    #[test]
    fn schema_matches_the_crd_inventory() {
        assert_schema_matches_inventory(&KIND);
    }

    #[test]
    fn url_checks() {
        for ok in ["oci://ghcr.io/x/y:1", "ghcr.io/x/y:1", "/opt/x.wasm", "file:///opt/x.wasm", "HTTPS://h/x", "http://h:port/x"] {
            assert_eq!(check_url(ok), Ok(()), "{ok}");
        }
        assert!(check_url("ftp://h/x").unwrap_err().contains("unsupported scheme: ftp"));
        assert!(check_url("http://h/%zz").unwrap_err().contains("failed to parse url"));
        // As in Go, `host:port/path` parses as scheme `host` with an opaque part.
        assert!(check_url("localhost:5000/f").unwrap_err().contains("unsupported scheme: localhost"));
        assert!(check_url("a b").unwrap_err().contains("failed to parse url"));
    }

    #[test]
    fn rules_fire_and_pass() {
        let cases = vec![
            fires("WP-1", "url: f\nselector: {matchLabels: {a: b}}\ntargetRefs: [{kind: Service, name: s}]", E, "spec", "only one of"),
            passes("WP-1", "url: f\ntargetRefs: [{kind: Service, name: s}]"),
            fires("WP-2", "url: f\nselector: {matchLabels: {a: '*'}}", E, "spec.selector.matchLabels[a]", "wildcard"),
            fires("WP-2", "url: f\nselector: {}", W, "spec.selector", "without labels"),
            passes("WP-2", "url: f\nselector: {matchLabels: {a: b}}"),
            fires("WP-3", "url: f\ntargetRef: {kind: Service}", E, "spec.targetRef.name", "name must be set"),
            passes("WP-3", "url: f\ntargetRef: {kind: Service, name: s}"),
            fires("WP-4", "url: f\ntargetRefs: [{kind: Gateway, name: s}]", E, "spec.targetRefs[0]", "core/Gateway"),
            passes("WP-4", "url: f\ntargetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: s}]"),
            fires("WP-5", "{}", E, "spec.url", "url field needs to be set"),
            fires("WP-5", "url: ''", E, "spec.url", "url field needs to be set"),
            passes("WP-5", "url: oci://r/f:1"),
            fires("WP-6", "url: 'http://h/%zz'", E, "spec.url", "failed to parse url"),
            fires("WP-6", "url: 'a b'", E, "spec.url", "failed to parse url"),
            passes("WP-6", "url: 'ghcr.io/acme/f:1'"),
            fires("WP-7", "url: 'ftp://h/f'", E, "spec.url", "url contains unsupported scheme: ftp"),
            passes("WP-7", "url: 'File:///f.wasm'"),
            fires("WP-8", "url: f\nsha256: abc", E, "spec.sha256", "sha256 field must be 64 characters long"),
            passes("WP-8", "url: f\nsha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
            fires("WP-9", "url: f\nsha256: 0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", E, "spec.sha256", "[a-f0-9]{64}"),
            passes("WP-9", "url: f\nsha256: ''"),
            fires("WP-12", "url: f\nvmConfig: {env: [{name: a}, {value: x}]}", E, "spec.vmConfig.env[1]", "spec.vmConfig.env invalid"),
            passes("WP-12", "url: f\nvmConfig: {env: [{name: a}]}"),
            fires("WP-14", "url: f\nvmConfig: {env: [{name: a}, {name: b}, {name: a}]}", E, "spec.vmConfig.env[2]", "duplicate env"),
            passes("WP-14", "url: f\nvmConfig: {env: [{name: a}, {name: A}]}"),
            fires("WP-15", "url: f\nvmConfig: {env: [{name: a, valueFrom: HOST, value: x}]}", E, "spec.vmConfig.env[0]", "value may only be set when valueFrom is INLINE"),
            fires("WP-15", "url: f\nvmConfig: {env: [{name: a, valueFrom: 7, value: x}]}", E, "spec.vmConfig.env[0]", "INLINE"),
            passes("WP-15", "url: f\nvmConfig: {env: [{name: a, valueFrom: INLINE, value: x}, {name: b, valueFrom: HOST}]}"),
            fires("WP-18", "url: f\nmatch: [{ports: [{number: 80}]}, {ports: [{number: 0}]}]", E, "spec.match[1].ports[0].number", "spec.Match[1].Ports[0] is out of range: 0"),
            fires("WP-18", "url: f\nmatch: [{ports: [{}]}]", E, "spec.match[0].ports[0].number", "out of range"),
            fires("WP-18", "url: f\nmatch: [{ports: [{number: 65536}]}]", E, "spec.match[0].ports[0].number", "65536"),
            passes("WP-18", "url: f\nmatch: [{mode: CLIENT, ports: [{number: 1}, {number: 65535}]}]"),
        ];
        run_cases(&KIND, &cases);
        assert_rule_coverage(
            &cases,
            &["WP-1", "WP-2", "WP-3", "WP-4", "WP-5", "WP-6", "WP-7", "WP-8", "WP-9", "WP-12", "WP-14", "WP-15", "WP-18"],
        );
    }

    #[test]
    fn long_names_are_checked_by_length() {
        let at = |n: usize| format!("url: f\npluginName: {}", "p".repeat(n));
        // WP-10: 253 passes, 254 fails.
        let secret = |n: usize| format!("url: f\nimagePullSecret: {}", "s".repeat(n));
        let f = check(&KIND, &secret(254));
        assert!(f.iter().any(|f| f.path == "spec.imagePullSecret" && f.message.contains("253")), "{f:?}");
        assert!(check(&KIND, &secret(253)).is_empty());
        // WP-11: 256 passes (the message says 255), 257 fails.
        let f = check(&KIND, &at(257));
        assert!(f.iter().any(|f| f.path == "spec.pluginName" && f.message.contains("less than 255")), "{f:?}");
        assert!(check(&KIND, &at(256)).is_empty());
        // WP-13: env names up to 256.
        let env = |n: usize| format!("url: f\nvmConfig: {{env: [{{name: {}}}]}}", "e".repeat(n));
        let f = check(&KIND, &env(257));
        assert!(f.iter().any(|f| f.path == "spec.vmConfig.env[0]" && f.message.contains("env.name")), "{f:?}");
        assert!(check(&KIND, &env(256)).is_empty());
        // WP-16/WP-17 are unreachable: null match entries and ports decode as empty messages,
        // and an empty port then fails WP-18.
        let f = check(&KIND, "url: f\nmatch: [null, {ports: [null]}]");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].path, "spec.match[1].ports[0].number");
    }
}
