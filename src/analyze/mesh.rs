//! The mesh configuration analyzers read (upstream's synthetic `MeshConfig
//! istio-system/meshconfig`): the built-in defaults the analyzers depend on, replaced by
//! `--meshConfigFile`. This is the one place mesh-config access goes through, so moving to the
//! typed MeshConfig is a change here only. It never prints and never talks to a cluster.

use serde_json::{Map, Value};

use crate::api::meshconfig;

/// The mesh configuration as analyzers see it.
#[derive(Debug, Clone)]
pub struct Mesh {
    /// The configuration as JSON (camelCase field names).
    value: Map<String, Value>,
    istio_namespace: String,
}

impl Mesh {
    /// The default mesh configuration (upstream's `DefaultMeshConfig()`).
    pub fn defaults(istio_namespace: &str) -> Mesh {
        Mesh::of(&meshconfig::default_mesh_config(), istio_namespace)
    }

    fn of(config: &meshconfig::MeshConfig, istio_namespace: &str) -> Mesh {
        let value = match config.to_json() {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        Mesh { value, istio_namespace: istio_namespace.to_string() }
    }

    /// A mesh configuration file's text decoded and validated by the typed MeshConfig over
    /// the defaults. Like upstream (which ignores load errors of `--meshConfigFile`), text
    /// that does not decode or validate leaves the defaults in place.
    pub fn from_yaml(text: &str, istio_namespace: &str) -> Mesh {
        Mesh::try_from_yaml(text, "", istio_namespace).unwrap_or_else(|_| Mesh::defaults(istio_namespace))
    }

    /// The same decoding, with why the text (of `file`) was refused, naming the file and the
    /// line or field, for the caller to say so.
    pub fn try_from_yaml(text: &str, file: &str, istio_namespace: &str) -> Result<Mesh, String> {
        match meshconfig::decode(text, "") {
            Ok(d) => Ok(Mesh::of(&d.config, istio_namespace)),
            Err(e) => Err(e.sourced_text(file)),
        }
    }

    /// The whole configuration (fields absent when not written).
    pub fn value(&self) -> &Map<String, Value> {
        &self.value
    }

    /// A top-level field (`Null` when absent).
    pub fn get(&self, field: &str) -> &Value {
        self.value.get(field).unwrap_or(&Value::Null)
    }

    /// `rootNamespace`, defaulting to the Istio namespace.
    pub fn root_namespace(&self) -> &str {
        match self.value.get("rootNamespace").and_then(Value::as_str) {
            Some(ns) if !ns.is_empty() => ns,
            _ => &self.istio_namespace,
        }
    }

    /// `defaultConfig.proxyMetadata.<key>` (empty when unset).
    pub fn proxy_metadata(&self, key: &str) -> &str {
        self.get("defaultConfig")
            .get("proxyMetadata")
            .and_then(|m| m.get(key))
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    pub fn istio_namespace(&self) -> &str {
        &self.istio_namespace
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let m = Mesh::defaults("istio-system");
        assert_eq!(m.root_namespace(), "istio-system");
        assert_eq!(m.get("outboundTrafficPolicy")["mode"], "ALLOW_ANY");
        let m =
            Mesh::from_yaml("rootNamespace: cfg\ndefaultConfig:\n  proxyMetadata: {A: b}\n", "istio-system");
        assert_eq!(m.root_namespace(), "cfg");
        assert_eq!(m.proxy_metadata("A"), "b");
        assert_eq!(m.proxy_metadata("B"), "");
        let m = Mesh::from_yaml("::: not yaml [", "x");
        assert_eq!(m.get("outboundTrafficPolicy")["mode"], "ALLOW_ANY");
        let why = |text: &str| Mesh::try_from_yaml(text, "m.yaml", "x").err();
        assert_eq!(why("a: 1\nb: [\n").as_deref(), Some("m.yaml:2: unclosed bracket '['"));
        let port = why("proxyListenPort: -1\n").unwrap_or_default();
        assert!(port.starts_with("m.yaml: proxyListenPort: invalid proxy listen port"), "{port}");
        assert_eq!(why("rootNamespace: cfg\n"), None);
    }
}
