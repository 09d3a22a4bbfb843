//! The files under `profiles/` and `templates/` as built into the binary by `build.rs`: a list
//! of (relative path, text) sorted by path. `profile::Assets` serves them to installs and
//! renders; `api` reads the generated CRDs here. Nothing here parses or prints.

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The embedded text of `rel` (e.g. `templates/base/crds.gen.yaml`), if there is such a file.
pub fn get(rel: &str) -> Option<&'static str> {
    EMBEDDED.binary_search_by(|(p, _)| (*p).cmp(rel)).ok().map(|i| EMBEDDED[i].1)
}
