//! Build script: embeds every file under `profiles/` and `templates/` so the binary carries its
//! install data. Each file is packed with LZ4 (the block format; a millisecond's work at most to
//! unpack, about a fifth of the bytes) into `$OUT_DIR/assets/`, and `$OUT_DIR/assets.rs` lists
//! them sorted by relative path as (path, unpacked length, packed bytes) for `crate::embedded`
//! to serve (hidden files skipped; files must be UTF-8 text). It also packs the Envoy xDS
//! protobuf descriptor set the `xds-api` crate publishes, less its source comments (four fifths
//! of its size, never read), which `api::xds` loads to decode EnvoyFilter patch values. It reads
//! nothing else. For release builds it also passes two size options to the linker (below).

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
    // A release binary's size (issue 10): relative relocations packed (RELR, glibc 2.36+: about
    // 0.47 MB less than one 24-byte entry each) and identical functions folded (about 0.27 MB;
    // both lld options, the linker Rust uses on this target).
    if std::env::var("PROFILE").as_deref() == Ok("release") {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
        println!("cargo:rustc-link-arg-bins=-Wl,--icf=all");
    }
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut files = Vec::new();
    for top in ["profiles", "templates"] {
        println!("cargo:rerun-if-changed={top}");
        walk(&root, &root.join(top), &mut files);
    }
    files.sort();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let packed_dir = out_dir.join("assets");
    std::fs::create_dir_all(&packed_dir).unwrap();
    let mut src = String::from("pub static EMBEDDED: &[(&str, usize, &[u8])] = &[\n");
    for (i, f) in files.iter().enumerate() {
        let rel = f.to_string_lossy().replace('\\', "/");
        let abs = root.join(f);
        let text = std::fs::read(&abs).unwrap();
        assert!(std::str::from_utf8(&text).is_ok(), "{rel} is not UTF-8 text");
        let packed = packed_dir.join(format!("{i}.lz4"));
        std::fs::write(&packed, lz4_flex::block::compress(&text)).unwrap();
        writeln!(src, "    ({rel:?}, {}, include_bytes!({:?})),", text.len(), packed.to_string_lossy()).unwrap();
        // Directories are tracked above; files are tracked so edits rebuild.
        println!("cargo:rerun-if-changed={}", abs.display());
    }
    src.push_str("];\n");
    let descriptors = without_source_info(xds_api::FILE_DESCRIPTOR_SET);
    let packed = out_dir.join("xds-descriptors.lz4");
    std::fs::write(&packed, lz4_flex::block::compress(&descriptors)).unwrap();
    writeln!(
        src,
        "pub static XDS_DESCRIPTORS: (usize, &[u8]) = ({}, include_bytes!({:?}));",
        descriptors.len(),
        packed.to_string_lossy()
    )
    .unwrap();
    std::fs::write(out_dir.join("assets.rs"), src).unwrap();
}

/// Reads a protobuf varint at `*i`.
fn varint(b: &[u8], i: &mut usize) -> u64 {
    let (mut v, mut shift) = (0u64, 0);
    loop {
        let byte = b[*i];
        *i += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return v;
        }
        shift += 7;
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// What [`filter_fields`] does with a length-delimited field (number, contents).
type Keep<'a> = &'a dyn Fn(u64, &[u8]) -> Option<Vec<u8>>;

/// Copies message `b` field by field, calling `keep(field, value)` for length-delimited fields:
/// `None` drops the field, `Some(bytes)` writes those bytes in its place.
fn filter_fields(b: &[u8], keep: Keep<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let key = varint(b, &mut i);
        match key & 7 {
            0 => {
                varint(b, &mut i);
            }
            1 => i += 8,
            5 => i += 4,
            2 => {
                let len = varint(b, &mut i) as usize;
                let value = &b[i..i + len];
                i += len;
                if let Some(v) = keep(key >> 3, value) {
                    put_varint(&mut out, key);
                    put_varint(&mut out, v.len() as u64);
                    out.extend_from_slice(&v);
                }
                continue;
            }
            other => panic!("unexpected protobuf wire type {other} in the xDS descriptor set"),
        }
        out.extend_from_slice(&b[start..i]);
    }
    out
}

/// A `FileDescriptorSet` (files are field 1) whose files lack `source_code_info` (field 9);
/// everything else, options and their extensions included, is kept byte for byte.
fn without_source_info(set: &[u8]) -> Vec<u8> {
    filter_fields(set, &|field, file| {
        Some(if field == 1 {
            filter_fields(file, &|f, v| (f != 9).then(|| v.to_vec()))
        } else {
            file.to_vec()
        })
    })
}
