//! Sidecar injection as `istioctl kube-inject` does it: the document stream (`stream`), the
//! per-pod pipeline (`pod`), the strategic merge (`smp`), the post-processing (`post`), the
//! typed round-trip shape (`shape`), annotation checks, mesh layering and Go-style JSON.
//! Pure: no printing, no clap types, no cluster access (config comes in as text).

pub mod annotations;
pub mod data;
pub mod funcs;
pub mod gateway;
pub mod gojson;
pub mod mesh;
pub mod pod;
pub mod post;
pub mod shape;
pub mod smp;
pub mod stream;
pub mod template;
