//! Install data: the files under `profiles/` and `templates/`, embedded at build time or read
//! from a `--manifests`/`-d` directory. Everything that needs a profile, value layer or template
//! loads it through [`Assets`]; this module parses nothing and prints nothing.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::ProfileError;
use crate::embedded;

/// Where install data comes from: the copy built into the binary, or a directory on disk that
/// holds `profiles/` (and `templates/`), as upstream's `installPackagePath`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Assets {
    #[default]
    Embedded,
    Dir(PathBuf),
}

impl Assets {
    /// `None` means the embedded copy.
    pub fn new(dir: Option<&Path>) -> Self {
        match dir {
            Some(d) if !d.as_os_str().is_empty() => Assets::Dir(d.to_path_buf()),
            _ => Assets::Embedded,
        }
    }

    /// The text of `rel` (e.g. `profiles/default.yaml`, `templates/istiod/deployment.yaml.j2`),
    /// or `Ok(None)` when there is no such file.
    pub fn get(&self, rel: &str) -> Result<Option<Cow<'static, str>>, ProfileError> {
        match self {
            Assets::Embedded => Ok(embedded::get(rel).map(Cow::Borrowed)),
            Assets::Dir(dir) => {
                let path = dir.join(rel);
                match std::fs::read_to_string(&path) {
                    Ok(text) => Ok(Some(Cow::Owned(text))),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                    Err(e) => Err(ProfileError::Read { what: path.display().to_string(), message: e.to_string() }),
                }
            }
        }
    }

    /// Like [`Assets::get`], but a missing file is an error naming it.
    pub fn load(&self, rel: &str) -> Result<Cow<'static, str>, ProfileError> {
        self.get(rel)?.ok_or_else(|| ProfileError::Read { what: self.describe(rel), message: "no such file".into() })
    }

    /// Relative paths of the files directly under `dir` (e.g. `profiles`), sorted.
    pub fn list(&self, dir: &str) -> Result<Vec<String>, ProfileError> {
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        let mut names: Vec<String> = match self {
            Assets::Embedded => embedded::paths()
                .filter_map(|p| p.strip_prefix(&prefix))
                .filter(|rest| !rest.contains('/'))
                .map(|rest| format!("{prefix}{rest}"))
                .collect(),
            Assets::Dir(root) => {
                let path = root.join(dir);
                let entries = std::fs::read_dir(&path)
                    .map_err(|e| ProfileError::Read { what: path.display().to_string(), message: e.to_string() })?;
                entries
                    .flatten()
                    .filter(|e| e.path().is_file())
                    .map(|e| format!("{prefix}{}", e.file_name().to_string_lossy()))
                    .collect()
            }
        };
        names.sort();
        Ok(names)
    }

    /// Relative paths of every file under `dir`, at any depth, sorted (hidden files skipped).
    pub fn list_tree(&self, dir: &str) -> Result<Vec<String>, ProfileError> {
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        let mut names: Vec<String> = match self {
            Assets::Embedded => {
                embedded::paths().filter(|p| p.starts_with(&prefix)).map(str::to_string).collect()
            }
            Assets::Dir(root) => {
                fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
                    for e in std::fs::read_dir(dir)? {
                        let e = e?;
                        if e.file_name().to_string_lossy().starts_with('.') {
                            continue;
                        }
                        let p = e.path();
                        if p.is_dir() {
                            walk(root, &p, out)?;
                        } else {
                            out.push(p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/"));
                        }
                    }
                    Ok(())
                }
                let mut out = Vec::new();
                let start = root.join(dir);
                walk(root, &start, &mut out)
                    .map_err(|e| ProfileError::Read { what: start.display().to_string(), message: e.to_string() })?;
                out
            }
        };
        names.sort();
        Ok(names)
    }

    /// The names of the IstioOperator profiles (`profiles/<name>.yaml`), sorted.
    pub fn profile_names(&self) -> Result<Vec<String>, ProfileError> {
        let mut names: Vec<String> = self
            .list("profiles")?
            .iter()
            .filter_map(|p| p.strip_prefix("profiles/")?.strip_suffix(".yaml").map(str::to_string))
            .collect();
        names.sort();
        Ok(names)
    }

    fn describe(&self, rel: &str) -> String {
        match self {
            Assets::Embedded => format!("built-in {rel}"),
            Assets::Dir(d) => d.join(rel).display().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_profiles_are_listed_and_loaded() {
        let a = Assets::Embedded;
        let names = a.profile_names().unwrap();
        for p in ["ambient", "default", "demo", "empty", "minimal", "preview", "remote", "stable"] {
            assert!(names.iter().any(|n| n == p), "{p} missing from {names:?}");
        }
        assert!(a.load("profiles/default.yaml").unwrap().contains("IstioOperator"));
        assert!(a.get("profiles/nope.yaml").unwrap().is_none());
        assert!(a.load("profiles/helm/demo.yaml").is_ok());
        let tree = a.list_tree("profiles").unwrap();
        assert!(tree.contains(&"profiles/charts/istiod.yaml".to_string()) && tree.contains(&"profiles/default.yaml".to_string()));
        assert!(!a.list("profiles").unwrap().iter().any(|p| p.contains("/charts/")));
    }

    #[test]
    fn directory_assets_read_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("profiles")).unwrap();
        std::fs::write(dir.path().join("profiles/custom.yaml"), "spec: {}\n").unwrap();
        let a = Assets::new(Some(dir.path()));
        assert_eq!(a.profile_names().unwrap(), vec!["custom".to_string()]);
        assert!(a.get("profiles/default.yaml").unwrap().is_none());
        std::fs::create_dir_all(dir.path().join("templates/istiod/sub")).unwrap();
        std::fs::write(dir.path().join("templates/istiod/sub/a.j2"), "x").unwrap();
        assert_eq!(a.list_tree("templates").unwrap(), vec!["templates/istiod/sub/a.j2".to_string()]);
    }
}
