//! The one integration-test binary: black-box tests of the built `istioctl` (exit codes,
//! stdout/stderr shapes) and freshness checks of the generated docs and completions.

// Tests may print notes (shown with --nocapture); the print lints guard the product.
#![allow(clippy::print_stderr, clippy::print_stdout)]

mod analyze;
mod analyze_live;
mod completion;
mod credentials;
mod crds;
mod dashboard;
mod gateway_templates;
mod generated;
mod gotemplate;
mod injection_templates;
mod install;
mod kube_inject;
mod manifest;
mod meshconfig;
mod namespace;
mod networking_kinds;
mod profile;
mod support;
mod tag;
mod validate;
mod validate_networking;
mod version;
mod waypoint;
