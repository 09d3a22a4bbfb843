//! Client TLS (to the upstream) and server TLS (Gateway servers, Sidecar ingress) blocks with
//! their rules (CTLS-*, STLS-*) and the cipher suites Envoy accepts. Never prints.

use schemars::{JsonSchema, Schema};
use serde::{Deserialize, Serialize};

use crate::api::path::Path;
use crate::api::rules::{non_empty, set};
use crate::api::schema::{CelAt, cel};
use crate::api::validation::{Ctx, Validate};
use crate::go::go_list;
use crate::proto_enum;

proto_enum!(pub ClientTlsMode { DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL });
proto_enum!(pub ServerTlsMode { PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL, OPTIONAL_MUTUAL });
proto_enum!(pub TlsProtocol { TLS_AUTO, TLSV1_0, TLSV1_1, TLSV1_2, TLSV1_3 });

/// TLS settings for connections to the upstream.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ClientTlsSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ClientTlsMode>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "client_certificate")]
    pub client_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "private_key")]
    pub private_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_certificates")]
    pub ca_certificates: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "credential_name")]
    pub credential_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "subject_alt_names")]
    pub subject_alt_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sni: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "insecure_skip_verify")]
    pub insecure_skip_verify: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_crl")]
    pub ca_crl: Option<String>,
}

/// TLS settings of a server (Gateway `servers[].tls`, Sidecar `ingress[].tls`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(transform = |s: &mut Schema| cel(s, CelAt::Value, CEL_SERVER_TLS))]
pub struct ServerTlsSettings {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "https_redirect")]
    pub https_redirect: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ServerTlsMode>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "server_certificate")]
    pub server_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "private_key")]
    pub private_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_certificates")]
    pub ca_certificates: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_crl")]
    pub ca_crl: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "credential_name")]
    pub credential_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "credential_names")]
    #[schemars(length(max = 2))]
    pub credential_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "tls_certificates")]
    #[schemars(length(max = 2))]
    pub tls_certificates: Option<Vec<TlsCertificate>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "subject_alt_names")]
    pub subject_alt_names: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "verify_certificate_spki")]
    pub verify_certificate_spki: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "verify_certificate_hash")]
    pub verify_certificate_hash: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "min_protocol_version")]
    pub min_protocol_version: Option<TlsProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "max_protocol_version")]
    pub max_protocol_version: Option<TlsProtocol>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "cipher_suites")]
    pub cipher_suites: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_cert_credential_name")]
    pub ca_cert_credential_name: Option<String>,
}

/// CEL on server TLS (API server only): the certificate sources that may not be combined.
const CEL_SERVER_TLS: &[(&str, &str)] = &[
    (
        "!(has(self.tlsCertificates) && has(self.credentialNames))",
        "only one of tlsCertificates or credentialNames may be set",
    ),
    (
        "!(has(self.credentialName) && has(self.credentialNames))",
        "only one of credentialName or credentialNames may be set",
    ),
    (
        "!(has(self.credentialNames) && has(self.tlsCertificates))",
        "only one of credentialName or tlsCertificates may be set",
    ),
];

/// One server certificate/key pair (at most two per server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TlsCertificate {
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "server_certificate")]
    pub server_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "private_key")]
    pub private_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "ca_certificates")]
    pub ca_certificates: Option<String>,
}

impl Validate for ClientTlsSettings {
    /// CTLS-1..CTLS-6.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        let mode = self.mode.map(|m| m.resolve()).unwrap_or(ClientTlsMode::DISABLE);
        let sans = non_empty(&self.subject_alt_names);
        if self.insecure_skip_verify == Some(true) {
            let bad = match mode {
                ClientTlsMode::SIMPLE => set(&self.ca_certificates) || set(&self.credential_name) || sans,
                ClientTlsMode::MUTUAL => set(&self.ca_certificates) || sans,
                _ => false,
            };
            if bad {
                let what = if mode == ClientTlsMode::SIMPLE {
                    "caCertificates, credentialName or subjectAltNames"
                } else {
                    "caCertificates or subjectAltNames"
                };
                cx.error(
                    &at.field("insecureSkipVerify"),
                    format!("cannot set {what} when insecureSkipVerify is set true"),
                );
            }
        }
        let cred = self.credential_name.as_deref().unwrap_or("");
        if let Some(rest) = cred.strip_prefix("configmap://") {
            let cat = at.field("credentialName");
            match rest.split_once('/') {
                Some((ns, name)) if !ns.is_empty() && !name.is_empty() => {
                    if ns != cx.meta.namespace {
                        let msg = format!(
                            "invalid configmap:// credentialName {cred}: namespace {ns} must match the config namespace {}",
                            cx.meta.namespace
                        );
                        cx.error(&cat, msg);
                    }
                }
                _ => cx.error(
                    &cat,
                    format!(
                        "invalid configmap:// credentialName {cred}: expected configmap://<namespace>/<name>"
                    ),
                ),
            }
        }
        if matches!(mode, ClientTlsMode::SIMPLE | ClientTlsMode::MUTUAL) && !cred.is_empty() {
            if set(&self.client_certificate)
                || set(&self.ca_certificates)
                || set(&self.private_key)
                || set(&self.ca_crl)
            {
                cx.error(
                    &at.field("credentialName"),
                    "cannot specify client certificates or CA certificate or CA CRL If credentialName is set",
                );
            }
            return;
        }
        if mode == ClientTlsMode::MUTUAL {
            if !set(&self.client_certificate) {
                cx.error(&at.field("clientCertificate"), "client certificate required for mutual tls");
            }
            if !set(&self.private_key) {
                cx.error(&at.field("privateKey"), "private key required for mutual tls");
            }
        }
    }
}

/// Cipher suite names Envoy accepts on servers (STLS-2).
const VALID_CIPHERS: [&str; 15] = [
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384",
    "ECDHE-RSA-AES256-GCM-SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305",
    "ECDHE-RSA-CHACHA20-POLY1305",
    "ECDHE-ECDSA-AES128-SHA",
    "ECDHE-RSA-AES128-SHA",
    "ECDHE-ECDSA-AES256-SHA",
    "ECDHE-RSA-AES256-SHA",
    "AES128-GCM-SHA256",
    "AES256-GCM-SHA384",
    "AES128-SHA",
    "AES256-SHA",
    "DES-CBC3-SHA",
];

fn valid_cipher(c: &str) -> bool {
    c.is_empty()
        || c == "ALL"
        || !c.chars().next().is_some_and(|f| f.is_ascii_alphanumeric())
        || VALID_CIPHERS.contains(&c)
}

impl ServerTlsSettings {
    /// The effective mode (PASSTHROUGH when unset; raw numbers resolved).
    pub fn effective_mode(&self) -> ServerTlsMode {
        self.mode.map(|m| m.resolve()).unwrap_or(ServerTlsMode::PASSTHROUGH)
    }

    fn mode_name(&self) -> String {
        let m = self.effective_mode();
        m.name().map(str::to_string).unwrap_or_else(|| m.number().to_string())
    }
}

impl Validate for ServerTlsSettings {
    /// STLS-1..STLS-13.
    fn validate(&self, at: &Path<'_>, cx: &mut Ctx<'_>) {
        use std::collections::BTreeSet;
        let ciphers = self.cipher_suites.as_deref().unwrap_or(&[]);
        let min = self.min_protocol_version.map(|v| v.resolve());
        if matches!(min, Some(TlsProtocol::TLSV1_0 | TlsProtocol::TLSV1_1)) && ciphers.is_empty() {
            cx.warn(
                &at.field("minProtocolVersion"),
                "TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.",
            );
        }
        let (mut invalid, mut valid, mut dup) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for c in ciphers {
            if !valid_cipher(c) {
                invalid.insert(c.as_str());
            } else if !valid.insert(c.as_str()) {
                dup.insert(c.as_str());
            }
        }
        let cat = at.field("cipherSuites");
        if !invalid.is_empty() {
            cx.warn(&cat, format!("ignoring invalid cipher suites: {}", go_list(&invalid)));
        }
        if !dup.is_empty() {
            cx.warn(&cat, format!("ignoring duplicate cipher suites: {}", go_list(&dup)));
        }
        let mode = self.effective_mode();
        let (cert, key, ca) =
            (set(&self.server_certificate), set(&self.private_key), set(&self.ca_certificates));
        let (cred, creds, certs) = (
            set(&self.credential_name),
            non_empty(&self.credential_names),
            non_empty(&self.tls_certificates),
        );
        if mode == ServerTlsMode::ISTIO_MUTUAL {
            for (present, field, what) in [
                (cert, "serverCertificate", "server certificate"),
                (key, "privateKey", "private key"),
                (ca, "caCertificates", "CA bundle"),
                (certs, "tlsCertificates", "tlsCertificates"),
                (cred, "credentialName", "credentialName"),
                (creds, "credentialNames", "credentialNames"),
            ] {
                if present {
                    cx.error(&at.field(field), format!("ISTIO_MUTUAL TLS cannot have associated {what}"));
                }
            }
            return;
        }
        if matches!(mode, ServerTlsMode::PASSTHROUGH | ServerTlsMode::AUTO_PASSTHROUGH)
            && (set(&self.ca_crl) || cert || key || ca || certs || cred || creds)
        {
            cx.warn(at, format!("{} mode does not use certificates, they will be ignored", self.mode_name()));
        }
        let sources = [cert && key, cred, creds, certs].iter().filter(|s| **s).count();
        if sources > 1 {
            cx.error(at, "only one of credential_name, credential_names, server_certificate/private_key, tls_certificates should be specified");
        }
        let terminating =
            matches!(mode, ServerTlsMode::SIMPLE | ServerTlsMode::MUTUAL | ServerTlsMode::OPTIONAL_MUTUAL);
        if terminating && (cred || creds) {
            return;
        }
        if terminating {
            let prefix = if mode == ServerTlsMode::SIMPLE { "SIMPLE TLS" } else { "MUTUAL TLS" };
            if mode != ServerTlsMode::SIMPLE && !ca {
                cx.error(&at.field("caCertificates"), format!("{prefix} requires a client CA bundle"));
            }
            let list = self.tls_certificates.as_deref().unwrap_or(&[]);
            if list.len() > 2 {
                cx.warn(
                    &at.field("tlsCertificates"),
                    format!("{prefix} can support up to 2 server certificates"),
                );
            }
            if list.is_empty() {
                if !cert {
                    cx.error(
                        &at.field("serverCertificate"),
                        format!("{prefix} requires a server certificate"),
                    );
                }
                if !key {
                    cx.error(&at.field("privateKey"), format!("{prefix} requires a private key"));
                }
            } else {
                let lat = at.field("tlsCertificates");
                for (i, c) in list.iter().enumerate() {
                    let el = lat.index(i);
                    if !set(&c.server_certificate) {
                        cx.error(
                            &el.field("serverCertificate"),
                            format!("{prefix} requires a server certificate"),
                        );
                    }
                    if !set(&c.private_key) {
                        cx.error(&el.field("privateKey"), format!("{prefix} requires a private key"));
                    }
                }
            }
        }
        if set(&self.ca_crl) {
            if cred {
                cx.error(
                    &at.field("caCrl"),
                    "CRL is not supported with credentialName. CRL has to be specified in the credential",
                );
            }
            if mode == ServerTlsMode::SIMPLE {
                cx.error(&at.field("caCrl"), "CRL is not supported with SIMPLE TLS");
            }
        }
    }
}
