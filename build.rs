//! Build script: embeds every file under `profiles/` and `templates/` so the binary carries its
//! install data. It writes `$OUT_DIR/assets.rs`, a sorted list of (relative path, contents) that
//! `profile::Assets` serves (hidden files skipped; files must be UTF-8 text). It also writes
//! `$OUT_DIR/xds-descriptors.bin`, the Envoy xDS protobuf descriptor set the `xds-api` crate
//! publishes, which `api::xds` loads to decode EnvoyFilter patch values. It reads nothing else.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, out);
        } else if !entry.file_name().to_string_lossy().starts_with('.') {
            out.push(path.strip_prefix(root).unwrap().to_path_buf());
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut files = Vec::new();
    for top in ["profiles", "templates"] {
        println!("cargo:rerun-if-changed={top}");
        walk(&root, &root.join(top), &mut files);
    }
    files.sort();
    let mut src = String::from("pub static EMBEDDED: &[(&str, &str)] = &[\n");
    for f in &files {
        let rel = f.to_string_lossy().replace('\\', "/");
        let abs = root.join(f);
        writeln!(src, "    ({rel:?}, include_str!({:?})),", abs.to_string_lossy()).unwrap();
        // Directories are tracked above; files are tracked so edits rebuild.
        println!("cargo:rerun-if-changed={}", abs.display());
    }
    src.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("assets.rs"), src).unwrap();
    std::fs::write(out_dir.join("xds-descriptors.bin"), xds_api::FILE_DESCRIPTOR_SET).unwrap();
}
