//! The observability addons `dashboard` opens (upstream's table: pod selector, UI port, URL
//! path, the Istio sample that installs each) and a survey of which are found and Ready in the
//! cluster. Data and lookups only; it never prints.

use super::Cluster;
use super::pods;

/// One addon of `istioctl dashboard <addon>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Addon {
    /// Subcommand name.
    pub name: &'static str,
    /// Display name.
    pub title: &'static str,
    /// Label selector of its pods (as Istio's sample addons label them).
    pub selector: &'static str,
    /// Default remote (UI) port.
    pub port: u16,
    /// Path appended to the URL.
    pub path: &'static str,
    /// The sample manifest under `samples/addons/` that installs it.
    pub sample: &'static str,
}

/// The Istio release whose samples the install hints point at.
pub const SAMPLES_RELEASE: &str = "release-1.30";

pub const ADDONS: [Addon; 6] = [
    Addon {
        name: "kiali",
        title: "Kiali",
        selector: "app=kiali",
        port: 20001,
        path: "/kiali",
        sample: "kiali.yaml",
    },
    Addon {
        name: "prometheus",
        title: "Prometheus",
        selector: "app.kubernetes.io/name=prometheus",
        port: 9090,
        path: "",
        sample: "prometheus.yaml",
    },
    Addon {
        name: "grafana",
        title: "Grafana",
        selector: "app.kubernetes.io/name=grafana",
        port: 3000,
        path: "",
        sample: "grafana.yaml",
    },
    Addon {
        name: "jaeger",
        title: "Jaeger",
        selector: "app=jaeger",
        port: 16686,
        path: "",
        sample: "jaeger.yaml",
    },
    Addon {
        name: "zipkin",
        title: "Zipkin",
        selector: "app=zipkin",
        port: 9411,
        path: "",
        sample: "extras/zipkin.yaml",
    },
    Addon {
        name: "skywalking",
        title: "SkyWalking",
        selector: "app=skywalking-ui",
        port: 8080,
        path: "",
        sample: "extras/skywalking.yaml",
    },
];

/// The addon of a subcommand name.
pub fn by_name(name: &str) -> Option<&'static Addon> {
    ADDONS.iter().find(|a| a.name == name)
}

impl Addon {
    /// The command that installs this addon from the Istio samples of this release.
    pub fn install_command(&self) -> String {
        format!(
            "kubectl apply -f https://raw.githubusercontent.com/istio/istio/{SAMPLES_RELEASE}/samples/addons/{}",
            self.sample
        )
    }
}

/// What the survey found for one addon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub addon: &'static Addon,
    /// Namespace of the first matching pods, if any.
    pub namespace: Option<String>,
    pub pods: usize,
    pub ready: usize,
}

/// Looks for every addon in `namespaces` (first namespace with a match wins, as for forwarding).
pub async fn survey(cluster: &Cluster, namespaces: &[&str]) -> anyhow::Result<Vec<Found>> {
    let mut out = Vec::new();
    for addon in &ADDONS {
        let mut found = Found { addon, namespace: None, pods: 0, ready: 0 };
        for ns in namespaces {
            let list = pods::list(cluster, ns, addon.selector).await?;
            if !list.is_empty() {
                found.namespace = Some(ns.to_string());
                found.pods = list.len();
                found.ready = list.iter().filter(|p| pods::is_ready(p)).count();
                break;
            }
        }
        out.push(found);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn install_hint_points_at_this_release() {
        assert_eq!(
            by_name("zipkin").unwrap().install_command(),
            "kubectl apply -f https://raw.githubusercontent.com/istio/istio/release-1.30/samples/addons/extras/zipkin.yaml"
        );
        assert!(by_name("envoy").is_none());
    }
}
