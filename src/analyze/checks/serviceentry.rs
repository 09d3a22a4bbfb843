//! Upstream's `serviceentry.Analyzer`: without DNS auto-allocation in the mesh's proxy
//! metadata, a ServiceEntry with no addresses needs them for each TCP (or protocol-less) port,
//! else IST0134. (`ConflictingServiceEntryProtocolAnalyzer`, IST0177, is newer than 1.30.3.)

use crate::analyze::{Analyzer, kinds};

use super::{Finding, Snapshot, adapt, items};

pub const ANALYZER: Analyzer = Analyzer {
    name: "serviceentry.Analyzer",
    description: "Checks the validity of ServiceEntry",
    inputs: &[kinds::SERVICE_ENTRY, kinds::MESH_CONFIG],
    run: |cx, report| adapt(cx, report, ANALYZER.inputs, protocol_addresses),
};

pub(super) fn protocol_addresses(s: &Snapshot) -> Vec<Finding> {
    let meta = &s.mesh()["defaultConfig"]["proxyMetadata"];
    let on = |k: &str| meta[k].as_str() == Some("true");
    if on("ISTIO_META_DNS_CAPTURE")
        && (on("ISTIO_META_DNS_AUTO_ALLOCATE") || on("PILOT_ENABLE_IP_AUTOALLOCATE"))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for se in s.of("ServiceEntry") {
        if !items(&se.spec()["addresses"]).is_empty() || !items(&se.doc["status"]["addresses"]).is_empty() {
            continue;
        }
        for (i, port) in items(&se.spec()["ports"]).iter().enumerate() {
            let protocol = port["protocol"].as_str().unwrap_or("");
            if protocol.is_empty() || protocol.eq_ignore_ascii_case("TCP") {
                out.push(Finding::new("IST0134", se, vec![]).at(format!("{{.spec.ports[{i}].name}}")));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit::check;

    fn se(name: &str, extra: &str) -> String {
        format!(
            "---\nkind: ServiceEntry\nmetadata: {{name: {name}, namespace: default}}\nspec:\n  hosts: [db.ext]\n  ports: [{{number: 5432, name: pg, protocol: tcp}}, {{number: 80, name: web, protocol: HTTP}}]\n{extra}"
        )
    }

    #[test]
    fn protocol_addresses() {
        let auto = "---\nkind: MeshConfig\nspec:\n  defaultConfig:\n    proxyMetadata: {ISTIO_META_DNS_CAPTURE: 'true', ISTIO_META_DNS_AUTO_ALLOCATE: 'true'}\n";
        check(&[
            ("serviceentry.Analyzer", "no addresses", &se("a", ""), &[("IST0134", "ServiceEntry default/a")]),
            ("serviceentry.Analyzer", "addresses given", &se("a", "  addresses: [10.0.0.1]\n"), &[]),
            ("serviceentry.Analyzer", "auto-allocated", &format!("{auto}{}", se("a", "")), &[]),
        ]);
    }
}
