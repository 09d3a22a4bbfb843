//! The few fields of Pods, Deployments, Namespaces and Services the cluster code reads, as small
//! typed objects kube's `Api` can list, get and patch. k8s-openapi's full `Pod` would compile the
//! decoder of the whole pod spec (every volume source, probe and container field) into the
//! binary for these few fields. Plain data: no requests, no printing.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::{Deserialize, Serialize};

/// A Pod: metadata, the containers of its spec, its phase and conditions.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Pod {
    #[serde(default)]
    pub metadata: ObjectMeta,
    #[serde(default)]
    pub spec: Option<PodSpec>,
    #[serde(default)]
    pub status: Option<PodStatus>,
}

/// The containers of a pod spec.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PodSpec {
    #[serde(default)]
    containers: Option<Vec<Container>>,
    #[serde(default)]
    init_containers: Option<Vec<Container>>,
}

impl PodSpec {
    pub fn containers(&self) -> &[Container] {
        self.containers.as_deref().unwrap_or_default()
    }

    pub fn init_containers(&self) -> &[Container] {
        self.init_containers.as_deref().unwrap_or_default()
    }
}

/// A container: name, image, arguments, restart policy (`Always` makes an init container a
/// native sidecar).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Container {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub image: Option<String>,
    #[serde(default)]
    pub args: Option<Vec<String>>,
    #[serde(default)]
    pub restart_policy: Option<String>,
}

impl Container {
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or_default()
    }
}

/// A pod's phase and conditions.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PodStatus {
    #[serde(default)]
    pub phase: Option<String>,
    #[serde(default)]
    pub conditions: Option<Vec<Condition>>,
}

/// One status condition.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Condition {
    #[serde(default, rename = "type")]
    pub type_: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
}

/// A Deployment: metadata and the pod spec of its template.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Deployment {
    #[serde(default)]
    pub metadata: ObjectMeta,
    #[serde(default)]
    spec: Option<DeploymentSpec>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct DeploymentSpec {
    #[serde(default)]
    template: Option<PodTemplate>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct PodTemplate {
    #[serde(default)]
    spec: Option<PodSpec>,
}

impl Deployment {
    /// The pod spec of the template.
    pub fn pod_spec(&self) -> Option<&PodSpec> {
        self.spec.as_ref()?.template.as_ref()?.spec.as_ref()
    }
}

/// Objects read for their metadata alone (names, labels). One written with `create` keeps the
/// `apiVersion` and `kind` it was built with.
macro_rules! metadata_only {
    ($($(#[$doc:meta])* $name:ident),*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Default, Deserialize, Serialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub api_version: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub kind: Option<String>,
            #[serde(default)]
            pub metadata: ObjectMeta,
        }
    )*};
}

metadata_only!(
    /// A Namespace: its name and labels.
    Namespace,
    /// A Service: its name, namespace and labels.
    Service
);

macro_rules! resource {
    ($ty:ty, $full:ty) => {
        impl k8s_openapi::Resource for $ty {
            const API_VERSION: &'static str = <$full as k8s_openapi::Resource>::API_VERSION;
            const GROUP: &'static str = <$full as k8s_openapi::Resource>::GROUP;
            const KIND: &'static str = <$full as k8s_openapi::Resource>::KIND;
            const VERSION: &'static str = <$full as k8s_openapi::Resource>::VERSION;
            const URL_PATH_SEGMENT: &'static str = <$full as k8s_openapi::Resource>::URL_PATH_SEGMENT;
            type Scope = <$full as k8s_openapi::Resource>::Scope;
        }
        impl k8s_openapi::Metadata for $ty {
            type Ty = ObjectMeta;
            fn metadata(&self) -> &ObjectMeta {
                &self.metadata
            }
            fn metadata_mut(&mut self) -> &mut ObjectMeta {
                &mut self.metadata
            }
        }
    };
}

resource!(Pod, k8s_openapi::api::core::v1::Pod);
resource!(Deployment, k8s_openapi::api::apps::v1::Deployment);
resource!(Namespace, k8s_openapi::api::core::v1::Namespace);
resource!(Service, k8s_openapi::api::core::v1::Service);

/// Port-forwarding is a subresource of any pod, whatever fields are decoded.
impl kube::api::Portforward for Pod {}

#[cfg(test)]
mod tests {
    use super::*;
    use kube::Resource;

    #[test]
    fn resources_are_those_of_the_full_types() {
        assert_eq!(Pod::url_path(&(), Some("ns")), "/api/v1/namespaces/ns/pods");
        assert_eq!(Deployment::url_path(&(), Some("ns")), "/apis/apps/v1/namespaces/ns/deployments");
        assert_eq!(Namespace::url_path(&(), None), "/api/v1/namespaces");
        assert_eq!(Service::url_path(&(), Some("ns")), "/api/v1/namespaces/ns/services");
    }

    #[test]
    fn nulls_and_missing_fields_decode_as_empty() {
        let p: Pod = serde_json::from_value(serde_json::json!({"metadata": {"name": "p"},
            "spec": {"containers": null, "initContainers": [{"name": "i", "image": "x"}]}, "status": null}))
        .unwrap();
        assert_eq!(p.metadata.name.as_deref(), Some("p"));
        let spec = p.spec.unwrap();
        assert!(spec.containers().is_empty());
        assert_eq!(spec.init_containers()[0].name(), "i");
        assert!(p.status.is_none());
    }
}
