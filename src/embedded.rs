//! The files under `profiles/` and `templates/` as built into the binary by `build.rs`, and the
//! Envoy xDS descriptor set: packed with LZ4 at build time (about 1.09 MB of text in about
//! 0.25 MB), each file unpacked once, on first use, and kept for the rest of the process.
//! `profile::Assets` serves the files to installs and renders; `api` reads the generated CRDs
//! here, `api::xds` the descriptor set. Nothing here parses or prints.

use std::sync::OnceLock;

// `EMBEDDED`: (relative path, unpacked length, packed bytes), sorted by path;
// `XDS_DESCRIPTORS`: (unpacked length, packed bytes).
include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The relative paths of the embedded files, sorted.
pub fn paths() -> impl Iterator<Item = &'static str> {
    EMBEDDED.iter().map(|(path, ..)| *path)
}

/// The embedded text of `rel` (e.g. `templates/base/crds.gen.yaml`), if there is such a file.
pub fn get(rel: &str) -> Option<&'static str> {
    static TEXT: [OnceLock<Box<str>>; EMBEDDED.len()] = [const { OnceLock::new() }; EMBEDDED.len()];
    let i = EMBEDDED.binary_search_by(|(path, ..)| (*path).cmp(rel)).ok()?;
    Some(TEXT[i].get_or_init(|| {
        let (path, len, packed) = EMBEDDED[i];
        String::from_utf8(unpack(packed, len)).unwrap_or_else(|_| panic!("embedded {path} is UTF-8 (build.rs checks)")).into()
    }))
}

/// The xDS descriptor set (a serialized `FileDescriptorSet`), unpacked.
pub fn xds_descriptors() -> Vec<u8> {
    let (len, packed) = XDS_DESCRIPTORS;
    unpack(packed, len)
}

/// `packed` was written by build.rs from `len` bytes; a failure here is a broken build.
fn unpack(packed: &[u8], len: usize) -> Vec<u8> {
    lz4_flex::block::decompress(packed, len).expect("build.rs packs what this unpacks")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded file unpacks to exactly the file in the source tree.
    #[test]
    fn every_file_round_trips() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut n = 0;
        for path in paths() {
            let on_disk = std::fs::read_to_string(root.join(path)).unwrap();
            assert_eq!(get(path), Some(on_disk.as_str()), "{path}");
            n += 1;
        }
        assert!(n > 30, "only {n} files embedded");
        assert!(paths().any(|p| p == "templates/base/crds.gen.yaml"));
        assert_eq!(get("templates/no-such-file.yaml"), None);
    }

    #[test]
    fn descriptors_unpack_to_their_length() {
        assert_eq!(xds_descriptors().len(), XDS_DESCRIPTORS.0);
        assert!(XDS_DESCRIPTORS.1.len() < XDS_DESCRIPTORS.0);
    }
}
