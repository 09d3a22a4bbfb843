//! `externalcontrolplane.ExternalControlPlaneAnalyzer`: the webhooks of a remote cluster's
//! external control plane (validators `istiod-default-validator` / `istio-validator*`,
//! injectors `istio-sidecar-injector*`) must reach istiod by a usable address — a blank or
//! unparsable URL (IST0163), or an IP address instead of a hostname (IST0164).

use crate::analyze::node::Node;

use crate::analyze::resource::{items, str_at};
use crate::analyze::{Analyzer, Context, Report, kinds};

pub const EXTERNAL_CONTROL_PLANE: Analyzer = Analyzer {
    name: "externalcontrolplane.ExternalControlPlaneAnalyzer",
    description: "Checks that the remote IstioOperator resources reference an external controle plane",
    inputs: &[kinds::VALIDATING_WEBHOOK, kinds::MUTATING_WEBHOOK],
    run: external_control_plane,
};

/// The host of a URL as Go's `url.Parse` + `Hostname()` see it (port and IPv6 brackets
/// removed), or `None` when Go would refuse to parse it.
pub fn go_url_host(url: &str) -> Option<String> {
    let u = crate::go::url::parse(url).ok()?;
    let host = match u.port() {
        Some(p) => &u.host[..u.host.len() - p.len() - 1],
        None => u.host.strip_suffix(':').unwrap_or(&u.host),
    };
    Some(host.trim_start_matches('[').trim_end_matches(']').to_string())
}

fn check(id: crate::analyze::Id, webhook: &Node, report: &mut Report) {
    let name = str_at(webhook, "name");
    let client = &webhook["clientConfig"];
    match &client["url"] {
        Node::String(url) => match go_url_host(url) {
            None => {
                let args = vec![(&**url).into(), name.into(), "was provided in an invalid format".into()];
                report.add("IST0163", id, args);
            }
            Some(host) if host.parse::<std::net::IpAddr>().is_ok() => {
                report.add("IST0164", id, vec![(&**url).into(), name.into()]);
            }
            Some(_) => {}
        },
        _ if client["service"].is_null() => {
            report.add("IST0163", id, vec!["".into(), name.into(), "is blank".into()]);
        }
        _ => {}
    }
}

fn external_control_plane(cx: &Context<'_>, report: &mut Report) {
    for (id, vwc) in cx.set.of_kind(kinds::VALIDATING_WEBHOOK) {
        if vwc.name == "istiod-default-validator" || vwc.name.starts_with("istio-validator") {
            items(&vwc.object, "webhooks").for_each(|w| check(id, w, report));
        }
    }
    for (id, mwc) in cx.set.of_kind(kinds::MUTATING_WEBHOOK) {
        if mwc.name.starts_with("istio-sidecar-injector") {
            items(&mwc.object, "webhooks").for_each(|w| check(id, w, report));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::testing;

    fn config(kind: &str, name: &str, client: &str) -> String {
        format!(
            "---\napiVersion: admissionregistration.k8s.io/v1\nkind: {kind}\nmetadata: {{name: {name}}}\nwebhooks:\n- name: w.istio.io\n  clientConfig: {client}\n"
        )
    }

    #[test]
    fn external_control_plane_table() {
        let blank =
            config("ValidatingWebhookConfiguration", "istio-validator-external-istiod", "{url: null}");
        let ip = config(
            "MutatingWebhookConfiguration",
            "istio-sidecar-injector-external-istiod",
            "{url: 'https://10.0.0.1:15017/inject'}",
        );
        let bad =
            config("MutatingWebhookConfiguration", "istio-sidecar-injector", "{url: 'https://host:port/x'}");
        let good = format!(
            "{}{}{}",
            config(
                "MutatingWebhookConfiguration",
                "istio-sidecar-injector",
                "{url: 'https://istiod.example.com:15017/inject'}"
            ),
            config(
                "MutatingWebhookConfiguration",
                "istio-sidecar-injector-x",
                "{service: {name: istiod, namespace: istio-system}}"
            ),
            config("ValidatingWebhookConfiguration", "other", "{url: null}")
        );
        testing::table(
            EXTERNAL_CONTROL_PLANE,
            &[
                (
                    "blank",
                    &blank,
                    &[("IST0163", "ValidatingWebhookConfiguration istio-validator-external-istiod")],
                ),
                (
                    "ip address",
                    &ip,
                    &[("IST0164", "MutatingWebhookConfiguration istio-sidecar-injector-external-istiod")],
                ),
                ("unparsable", &bad, &[("IST0163", "MutatingWebhookConfiguration istio-sidecar-injector")]),
                ("hostnames, services and other webhooks", &good, &[]),
            ],
        );
        assert_eq!(go_url_host("https://[::1]:443/x").as_deref(), Some("::1"));
        assert_eq!(go_url_host("://x"), None);
        assert_eq!(go_url_host("https://a%zz"), None);
    }
}
