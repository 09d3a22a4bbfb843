//! The one integration-test binary: black-box tests of the built `istioctl` (exit codes,
//! stdout/stderr shapes) and freshness checks of the generated docs and completions.

mod analyze;
mod cluster;
mod crds;
mod generated;
mod gotemplate;
mod injection_templates;
mod install;
mod manifest;
mod namespace;
mod networking_kinds;
mod profile;
mod support;
mod tag;
mod validate;
mod validate_networking;
mod version;
mod waypoint;
