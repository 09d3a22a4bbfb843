//! VirtualService tests: schema coverage, round trip, decoding, and every VS rule.

use super::crd_check::assert_full_coverage;

#[test]
fn schema_covers_every_inventory_path() {
    assert_full_coverage(&super::KIND);
}

#[test]
fn others_cover() {
    assert_full_coverage(&crate::api::networking::service_entry::KIND);
    assert_full_coverage(&crate::api::networking::workload_entry::KIND);
    assert_full_coverage(&crate::api::networking::workload_group::KIND);
}
