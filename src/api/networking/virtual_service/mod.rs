//! VirtualService (`networking.istio.io`): the typed spec (HTTP, TLS and TCP routes), its rules
//! (VS-* of the rules spec, in `validate.rs` and `unreachable.rs`) and its registry entry. Also
//! home of the small wire types the routes need (`Percent`, `Base64`, `StringMatch`,
//! `Destination`). Never prints.

mod types;
mod unreachable;
mod validate;

#[cfg(test)]
mod tests;

pub use types::*;

use super::V1_ALPHA3_BETA1;
use crate::api::registry::{AGE_COLUMN, KindDef, PrinterColumn};

static COLUMNS: &[PrinterColumn] = &[
    PrinterColumn {
        name: "Gateways",
        type_: "string",
        json_path: ".spec.gateways",
        description: "Gateways (and `mesh` for sidecars) these routes are attached to.",
    },
    PrinterColumn {
        name: "Hosts",
        type_: "string",
        json_path: ".spec.hosts",
        description: "Host names whose traffic these routes handle.",
    },
    AGE_COLUMN,
];

pub static KIND: KindDef = KindDef::of::<VirtualServiceSpec>(
    "networking.istio.io",
    "VirtualService",
    "virtualservices",
    &["vs"],
    V1_ALPHA3_BETA1,
    COLUMNS,
);

