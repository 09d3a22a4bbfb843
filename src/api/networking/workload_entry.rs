//! WorkloadEntry (`networking.istio.io`): its rules (WE-1..8 of the rules spec) and its registry
//! entry; the spec itself is the workload block in `workload.rs`, which ServiceEntry and
//! WorkloadGroup embed too. No printing here.

use super::V1_ALPHA3_BETA1;
pub use super::workload::{UNIX_PREFIX, WorkloadEntrySpec};
use crate::api::path::Path;
use crate::api::registry::{AGE_COLUMN, KindDef, PrinterColumn};
use crate::api::validation::{Ctx, Validate};

static COLUMNS: &[PrinterColumn] = &[
    AGE_COLUMN,
    PrinterColumn {
        name: "Address",
        type_: "string",
        json_path: ".spec.address",
        description: "Where the workload can be reached: IP, host name or unix socket.",
    },
];

pub static KIND: KindDef = KindDef::of::<WorkloadEntrySpec>(
    "networking.istio.io",
    "WorkloadEntry",
    "workloadentries",
    &["we"],
    V1_ALPHA3_BETA1,
    COLUMNS,
);

impl Validate for WorkloadEntrySpec {
    /// WE-1..8: a standalone entry (FQDN addresses allowed, no service ports to match).
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        self.check_endpoint(None, true, at, cx);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::KIND;
    use crate::api::networking::test_support::{Case, assert_full_coverage, e, findings, run, w, yaml};
    use crate::api::validation::Meta;


    #[test]
    fn schema_covers_every_inventory_path() {
        assert_full_coverage(&KIND);
    }

    #[test]
    fn round_trip_and_snake_case() {
        let spec = yaml(
            "address: vm1.example.com\nports: {http: 8080, grpc: \"9090\"}\nlabels: {app: vm}\nnetwork: n1\n\
             locality: us/z1\nweight: 2\nserviceAccount: sa",
        );
        let back = (KIND.roundtrip)(&spec).unwrap();
        assert_eq!(back["ports"], json!({"http": 8080, "grpc": 9090}));
        let mut expected = spec.clone();
        expected["ports"]["grpc"] = json!(9090);
        assert_eq!(back, expected);
        let snake = (KIND.roundtrip)(&yaml("address: 1.1.1.1\nservice_account: sa")).unwrap();
        assert_eq!(snake, json!({"address": "1.1.1.1", "serviceAccount": "sa"}));
        let found = (KIND.check_spec)(&yaml("address: 1.1.1.1\nport: {http: 1}"), &Meta::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "spec.port");
        assert!(found[0].message.contains("unknown field"));
    }

    fn cases() -> Vec<Case> {
        vec![
            e("WE-1", "spec.address", "address is required", "ports: {http: 8080}", "address: 10.0.0.1\nports: {http: 8080}"),
            w("WE-2", "spec.address", "address is unset with network \"n1\"", "network: n1", "network: n1\naddress: 10.0.0.1"),
            e("WE-3", "spec.address", "is not an absolute path to a file", "address: \"unix://run/x/\"", "address: \"unix:///run/x\""),
            e("WE-3", "spec.address", "unix address must not be empty", "address: \"unix://\"", "address: \"unix://@x\""),
            e("WE-4", "spec.ports", "must not include ports", "address: \"unix:///s\"\nports: {http: 80}", "address: \"unix:///s\""),
            e("WE-5", "spec.address", "is not a valid FQDN or an IP address", "address: \"vm..example.com\"", "address: vm.example.com"),
            e("WE-6", "spec.ports[Bad_Name]", "invalid port name: Bad_Name", "address: 1.1.1.1\nports: {Bad_Name: 80}", "address: 1.1.1.1\nports: {Good-Name: 80}"),
            e("WE-7", "spec.ports[http]", "port number 70000", "address: 1.1.1.1\nports: {http: 70000}", "address: 1.1.1.1\nports: {http: 65535}"),
            e("WE-8", "spec.labels[a/b/c]", "invalid tag key", "address: 1.1.1.1\nlabels: {a/b/c: x}", "address: 1.1.1.1\nlabels: {example.com/c: x}"),
        ]
    }

    #[test]
    fn every_rule_fails_and_passes() {
        run(&KIND, cases());
    }

    #[test]
    fn missing_address_stands_alone() {
        // WE-1 returns alone: the bad label and port are not reported.
        let found = findings(&KIND, "ports: {Bad_Name: 0}\nlabels: {\"\": x}", &Meta::default());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "address is required");
    }
}
