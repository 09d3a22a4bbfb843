//! The one integration-test binary: black-box tests of the built `istioctl` (exit codes,
//! stdout/stderr shapes) and freshness checks of the generated docs and completions.

mod generated;
mod manifest;
mod profile;
mod support;
mod version;
