//! The typed MeshConfig of Istio 1.30.3 (`istio.mesh.v1alpha1.MeshConfig` and every message it
//! reaches): each field in proto declaration order with its JSON and proto names, presence kept
//! where proto keeps it (`Option`: messages, wrappers, durations, oneof members). Declarations
//! only: decoding rules live in `pb`, defaults and layering in `layer`, rules in `rules`.

use std::collections::BTreeMap;

use super::duration::Duration;
use super::pb::{Enum, PbStruct, message, pb_enum};

type Dur = Option<Duration>;
type BoolValue = Option<bool>;
type Strings = Vec<String>;
type StringMap = BTreeMap<String, String>;

pb_enum!(IngressControllerModeDef = "istio.mesh.v1alpha1.MeshConfig.IngressControllerMode" {
    UNSPECIFIED = 0, OFF = 1, DEFAULT = 2, STRICT = 3 });
pb_enum!(AccessLogEncodingDef = "istio.mesh.v1alpha1.MeshConfig.AccessLogEncoding" { TEXT = 0, JSON = 1 });
pb_enum!(TracingServiceNameDef = "istio.mesh.v1alpha1.ProxyConfig.TracingServiceName" {
    APP_LABEL_AND_NAMESPACE = 0, CANONICAL_NAME_ONLY = 1, CANONICAL_NAME_AND_NAMESPACE = 2 });
pb_enum!(AuthenticationPolicyDef = "istio.mesh.v1alpha1.AuthenticationPolicy" { NONE = 0, MUTUAL_TLS = 1, INHERIT = 1000 });
pb_enum!(InterceptionModeDef = "istio.mesh.v1alpha1.ProxyConfig.InboundInterceptionMode" { REDIRECT = 0, TPROXY = 1, NONE = 2 });
pb_enum!(TraceContextDef = "istio.mesh.v1alpha1.Tracing.OpenCensusAgent.TraceContext" {
    UNSPECIFIED = 0, W3C_TRACE_CONTEXT = 1, GRPC_BIN = 2, CLOUD_TRACE_CONTEXT = 3, B3 = 4 });
pb_enum!(TlsModeDef = "istio.networking.v1alpha3.ClientTLSSettings.TLSmode" { DISABLE = 0, SIMPLE = 1, MUTUAL = 2, ISTIO_MUTUAL = 3 });
pb_enum!(ForwardClientCertDetailsDef = "istio.mesh.v1alpha1.ForwardClientCertDetails" {
    UNDEFINED = 0, SANITIZE = 1, FORWARD_ONLY = 2, APPEND_FORWARD = 3, SANITIZE_SET = 4, ALWAYS_FORWARD_ONLY = 5 });
pb_enum!(MetadataExchangeModeDef = "istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders.MetadataExchangeMode" { UNDEFINED = 0, IN_MESH = 1 });
pb_enum!(OutboundModeDef = "istio.mesh.v1alpha1.MeshConfig.OutboundTrafficPolicy.Mode" {
    REGISTRY_ONLY = 0, ALLOW_ANY = 1, ALLOW_ANY_DYNAMIC_DNS = 3 });
pb_enum!(InboundModeDef = "istio.mesh.v1alpha1.MeshConfig.InboundTrafficPolicy.Mode" { PASSTHROUGH = 0, LOCALHOST = 1 });
pb_enum!(ResourceDef = "istio.mesh.v1alpha1.Resource" { SERVICE_REGISTRY = 0 });
pb_enum!(H2UpgradePolicyDef = "istio.mesh.v1alpha1.MeshConfig.H2UpgradePolicy" { DO_NOT_UPGRADE = 0, UPGRADE = 1 });
pb_enum!(ScopeDef = "istio.mesh.v1alpha1.MeshConfig.ServiceScopeConfigs.Scope" { LOCAL = 0, GLOBAL = 1 });
pb_enum!(TraceContextOptionDef = "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ZipkinTracingProvider.TraceContextOption" {
    USE_B3 = 0, USE_B3_WITH_W3C_PROPAGATION = 1 });
pb_enum!(OcTraceContextDef = "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.OpenCensusAgentTracingProvider.TraceContext" {
    UNSPECIFIED = 0, W3C_TRACE_CONTEXT = 1, GRPC_BIN = 2, CLOUD_TRACE_CONTEXT = 3, B3 = 4 });
pb_enum!(ServiceAttributeEnrichmentDef = "istio.mesh.v1alpha1.MeshConfig.ExtensionProvider.ServiceAttributeEnrichment" {
    ISTIO_CANONICAL = 0, OTEL_SEMANTIC_CONVENTIONS = 1 });
pb_enum!(NormalizationTypeDef = "istio.mesh.v1alpha1.MeshConfig.ProxyPathNormalization.NormalizationType" {
    DEFAULT = 0, NONE = 1, BASE = 2, MERGE_SLASHES = 3, DECODE_AND_MERGE_SLASHES = 4 });
pb_enum!(TlsProtocolDef = "istio.mesh.v1alpha1.MeshConfig.TLSConfig.TLSProtocol" { TLS_AUTO = 0, TLSV1_2 = 1, TLSV1_3 = 2 });

message!(
    /// `istio.mesh.v1alpha1.MeshConfig`.
    MeshConfig {
        proxy_listen_port: i32 = "proxyListenPort",
        proxy_inbound_listen_port: i32 = "proxyInboundListenPort",
        proxy_http_port: i32 = "proxyHttpPort",
        connect_timeout: Dur = "connectTimeout",
        hbone_idle_timeout: Dur = "hboneIdleTimeout",
        protocol_detection_timeout: Dur = "protocolDetectionTimeout",
        tcp_keepalive: Option<TcpKeepalive> = "tcpKeepalive",
        ingress_class: String = "ingressClass",
        ingress_service: String = "ingressService",
        ingress_controller_mode: Enum<IngressControllerModeDef> = "ingressControllerMode",
        ingress_selector: String = "ingressSelector",
        enable_tracing: bool = "enableTracing",
        access_log_file: String = "accessLogFile",
        access_log_format: String = "accessLogFormat",
        access_log_encoding: Enum<AccessLogEncodingDef> = "accessLogEncoding",
        enable_envoy_access_log_service: bool = "enableEnvoyAccessLogService",
        disable_envoy_listener_log: bool = "disableEnvoyListenerLog",
        default_config: Option<ProxyConfig> = "defaultConfig",
        outbound_traffic_policy: Option<OutboundTrafficPolicy> = "outboundTrafficPolicy",
        inbound_traffic_policy: Option<InboundTrafficPolicy> = "inboundTrafficPolicy",
        config_sources: Vec<ConfigSource> = "configSources",
        enable_auto_mtls: BoolValue = "enableAutoMtls",
        trust_domain: String = "trustDomain",
        trust_domain_aliases: Strings = "trustDomainAliases",
        ca_certificates: Vec<CertificateData> = "caCertificates",
        default_service_export_to: Strings = "defaultServiceExportTo",
        default_virtual_service_export_to: Strings = "defaultVirtualServiceExportTo",
        default_destination_rule_export_to: Strings = "defaultDestinationRuleExportTo",
        root_namespace: String = "rootNamespace",
        locality_lb_setting: Option<LocalityLoadBalancerSetting> = "localityLbSetting",
        dns_refresh_rate: Dur = "dnsRefreshRate",
        h2_upgrade_policy: Enum<H2UpgradePolicyDef> = "h2UpgradePolicy",
        inbound_cluster_stat_name: String = "inboundClusterStatName",
        outbound_cluster_stat_name: String = "outboundClusterStatName",
        certificates: Vec<Certificate> = "certificates",
        service_settings: Vec<ServiceSettings> = "serviceSettings",
        service_scope_configs: Vec<ServiceScopeConfigs> = "serviceScopeConfigs",
        enable_prometheus_merge: BoolValue = "enablePrometheusMerge",
        verify_certificate_at_client: BoolValue = "verifyCertificateAtClient",
        ca: Option<Ca> = "ca",
        extension_providers: Vec<ExtensionProvider> = "extensionProviders",
        default_providers: Option<DefaultProviders> = "defaultProviders",
        discovery_selectors: Vec<LabelSelector> = "discoverySelectors",
        path_normalization: Option<ProxyPathNormalization> = "pathNormalization",
        default_http_retry_policy: Option<HttpRetry> = "defaultHttpRetryPolicy",
        mesh_mtls: Option<TlsConfig> = "meshMTLS" / "mesh_mTLS",
        tls_defaults: Option<TlsConfig> = "tlsDefaults",
    }
);

message!(
    /// `istio.networking.v1alpha3.ConnectionPoolSettings.TCPSettings.TcpKeepalive`.
    TcpKeepalive { probes: u32 = "probes", time: Dur = "time", interval: Dur = "interval" }
);

message!(
    /// `istio.mesh.v1alpha1.ProxyConfig` (meshConfig `defaultConfig`).
    ProxyConfig {
        config_path: String = "configPath",
        binary_path: String = "binaryPath",
        service_cluster: Option<String> = "serviceCluster",
        tracing_service_name: Option<Enum<TracingServiceNameDef>> = "tracingServiceName",
        drain_duration: Dur = "drainDuration",
        discovery_address: String = "discoveryAddress",
        discovery_refresh_delay: Dur = "discoveryRefreshDelay",
        zipkin_address: String = "zipkinAddress",
        statsd_udp_address: String = "statsdUdpAddress",
        envoy_metrics_service_address: String = "envoyMetricsServiceAddress",
        proxy_admin_port: i32 = "proxyAdminPort",
        availability_zone: String = "availabilityZone",
        control_plane_auth_policy: Enum<AuthenticationPolicyDef> = "controlPlaneAuthPolicy",
        custom_config_file: String = "customConfigFile",
        stat_name_length: i32 = "statNameLength",
        concurrency: Option<i32> = "concurrency",
        proxy_bootstrap_template_path: String = "proxyBootstrapTemplatePath",
        interception_mode: Enum<InterceptionModeDef> = "interceptionMode",
        tracing: Option<Tracing> = "tracing",
        sds: Option<Sds> = "sds",
        envoy_access_log_service: Option<RemoteService> = "envoyAccessLogService",
        envoy_metrics_service: Option<RemoteService> = "envoyMetricsService",
        proxy_metadata: StringMap = "proxyMetadata",
        runtime_values: StringMap = "runtimeValues",
        status_port: i32 = "statusPort",
        extra_stat_tags: Strings = "extraStatTags",
        gateway_topology: Option<Topology> = "gatewayTopology",
        termination_drain_duration: Dur = "terminationDrainDuration",
        mesh_id: String = "meshId",
        readiness_probe: Option<ReadinessProbe> = "readinessProbe",
        proxy_stats_matcher: Option<ProxyStatsMatcher> = "proxyStatsMatcher",
        hold_application_until_proxy_starts: BoolValue = "holdApplicationUntilProxyStarts",
        ca_certificates_pem: Strings = "caCertificatesPem",
        image: Option<ProxyImage> = "image",
        private_key_provider: Option<PrivateKeyProvider> = "privateKeyProvider",
        proxy_headers: Option<ProxyHeaders> = "proxyHeaders",
        file_flush_interval: Dur = "fileFlushInterval",
        file_flush_min_size_kb: u32 = "fileFlushMinSizeKb",
        stats_compression: BoolValue = "statsCompression",
    }
    oneof cluster_name [service_cluster, tracing_service_name];
);

message!(
    /// `istio.mesh.v1alpha1.Tracing`.
    Tracing {
        zipkin: Option<TracingZipkin> = "zipkin",
        lightstep: Option<TracingLightstep> = "lightstep",
        datadog: Option<TracingDatadog> = "datadog",
        stackdriver: Option<TracingStackdriver> = "stackdriver",
        open_census_agent: Option<TracingOpenCensusAgent> = "openCensusAgent",
        custom_tags: BTreeMap<String, CustomTag> = "customTags",
        max_path_tag_length: u32 = "maxPathTagLength",
        sampling: f64 = "sampling",
        tls_settings: Option<ClientTlsSettings> = "tlsSettings",
        enable_istio_tags: BoolValue = "enableIstioTags",
    }
    oneof tracer [zipkin, lightstep, datadog, stackdriver, open_census_agent];
);

message!(TracingZipkin { address: String = "address" });
message!(TracingLightstep { address: String = "address", access_token: String = "accessToken" });
message!(TracingDatadog { address: String = "address" });
message!(TracingStackdriver {
    debug: bool = "debug",
    max_number_of_attributes: Option<i64> = "maxNumberOfAttributes",
    max_number_of_annotations: Option<i64> = "maxNumberOfAnnotations",
    max_number_of_message_events: Option<i64> = "maxNumberOfMessageEvents",
});
message!(TracingOpenCensusAgent { address: String = "address", context: Vec<Enum<TraceContextDef>> = "context" });

message!(
    /// `istio.mesh.v1alpha1.Tracing.CustomTag`.
    CustomTag {
        literal: Option<TagLiteral> = "literal",
        environment: Option<TagEnvironment> = "environment",
        header: Option<TagHeader> = "header",
    }
    oneof type_ [literal, environment, header];
);
message!(TagLiteral { value: String = "value" });
message!(TagEnvironment { name: String = "name", default_value: String = "defaultValue" });
message!(TagHeader { name: String = "name", default_value: String = "defaultValue" });

message!(
    /// `istio.networking.v1alpha3.ClientTLSSettings`.
    ClientTlsSettings {
        mode: Enum<TlsModeDef> = "mode",
        client_certificate: String = "clientCertificate",
        private_key: String = "privateKey",
        ca_certificates: String = "caCertificates",
        credential_name: String = "credentialName",
        subject_alt_names: Strings = "subjectAltNames",
        sni: String = "sni",
        insecure_skip_verify: BoolValue = "insecureSkipVerify",
        ca_crl: String = "caCrl",
    }
);

message!(Sds { enabled: bool = "enabled", k8s_sa_jwt_path: String = "k8sSaJwtPath" });

message!(
    /// `istio.mesh.v1alpha1.RemoteService`.
    RemoteService {
        address: String = "address",
        tls_settings: Option<ClientTlsSettings> = "tlsSettings",
        tcp_keepalive: Option<TcpKeepalive> = "tcpKeepalive",
    }
);

message!(Topology {
    num_trusted_proxies: u32 = "numTrustedProxies",
    forward_client_cert_details: Enum<ForwardClientCertDetailsDef> = "forwardClientCertDetails",
    proxy_protocol: Option<ProxyProtocolConfiguration> = "proxyProtocol",
});
message!(ProxyProtocolConfiguration {});

message!(
    /// `istio.networking.v1alpha3.ReadinessProbe`.
    ReadinessProbe {
        initial_delay_seconds: i32 = "initialDelaySeconds",
        timeout_seconds: i32 = "timeoutSeconds",
        period_seconds: i32 = "periodSeconds",
        success_threshold: i32 = "successThreshold",
        failure_threshold: i32 = "failureThreshold",
        http_get: Option<HttpHealthCheckConfig> = "httpGet",
        tcp_socket: Option<TcpHealthCheckConfig> = "tcpSocket",
        exec: Option<ExecHealthCheckConfig> = "exec",
        grpc: Option<GrpcHealthCheckConfig> = "grpc",
    }
    oneof health_check_method [http_get, tcp_socket, exec, grpc];
);
message!(HttpHealthCheckConfig {
    path: String = "path",
    port: u32 = "port",
    host: String = "host",
    scheme: String = "scheme",
    http_headers: Vec<ProbeHeader> = "httpHeaders",
});
message!(ProbeHeader { name: String = "name", value: String = "value" });
message!(TcpHealthCheckConfig { host: String = "host", port: u32 = "port" });
message!(ExecHealthCheckConfig { command: Strings = "command" });
message!(GrpcHealthCheckConfig { port: u32 = "port", service: String = "service" });

message!(ProxyStatsMatcher {
    inclusion_prefixes: Strings = "inclusionPrefixes",
    inclusion_suffixes: Strings = "inclusionSuffixes",
    inclusion_regexps: Strings = "inclusionRegexps",
});
message!(ProxyImage { image_type: String = "imageType" });

message!(
    /// `istio.mesh.v1alpha1.PrivateKeyProvider`.
    PrivateKeyProvider {
        cryptomb: Option<PollingProvider> = "cryptomb",
        qat: Option<PollingProvider> = "qat",
    }
    oneof provider [cryptomb, qat];
);
message!(
    /// `PrivateKeyProvider.CryptoMb` and `.QAT` (the same two fields).
    PollingProvider { poll_delay: Dur = "pollDelay", fallback: BoolValue = "fallback" }
);

message!(
    /// `istio.mesh.v1alpha1.ProxyConfig.ProxyHeaders`.
    ProxyHeaders {
        forwarded_client_cert: Enum<ForwardClientCertDetailsDef> = "forwardedClientCert",
        set_current_client_cert_details: Option<SetCurrentClientCertDetails> = "setCurrentClientCertDetails",
        request_id: Option<Disabled> = "requestId",
        server: Option<ServerHeader> = "server",
        attempt_count: Option<Disabled> = "attemptCount",
        envoy_debug_headers: Option<Disabled> = "envoyDebugHeaders",
        metadata_exchange_headers: Option<MetadataExchangeHeaders> = "metadataExchangeHeaders",
        preserve_http1_header_case: BoolValue = "preserveHttp1HeaderCase",
        x_forwarded_host: Option<Enabled> = "xForwardedHost",
        x_forwarded_port: Option<Enabled> = "xForwardedPort",
    }
);
message!(SetCurrentClientCertDetails {
    subject: BoolValue = "subject",
    cert: BoolValue = "cert",
    chain: BoolValue = "chain",
    dns: BoolValue = "dns",
    uri: BoolValue = "uri",
});
message!(
    /// `ProxyHeaders.RequestId`, `.AttemptCount`, `.EnvoyDebugHeaders`.
    Disabled { disabled: BoolValue = "disabled" }
);
message!(ServerHeader { disabled: BoolValue = "disabled", value: String = "value" });
message!(MetadataExchangeHeaders { mode: Enum<MetadataExchangeModeDef> = "mode" });
message!(
    /// `ProxyHeaders.XForwardedHost`, `.XForwardedPort`.
    Enabled { enabled: BoolValue = "enabled" }
);

message!(OutboundTrafficPolicy { mode: Enum<OutboundModeDef> = "mode", tls: Option<ClientTlsSettings> = "tls" });
message!(InboundTrafficPolicy { mode: Enum<InboundModeDef> = "mode" });

message!(ConfigSource {
    address: String = "address",
    tls_settings: Option<ClientTlsSettings> = "tlsSettings",
    subscribed_resources: Vec<Enum<ResourceDef>> = "subscribedResources",
});

message!(
    /// `MeshConfig.CertificateData`.
    CertificateData {
        pem: Option<String> = "pem",
        spiffe_bundle_url: Option<String> = "spiffeBundleUrl",
        cert_signers: Strings = "certSigners",
        trust_domains: Strings = "trustDomains",
    }
    oneof certificate_data [pem, spiffe_bundle_url];
);

message!(
    /// `istio.networking.v1alpha3.LocalityLoadBalancerSetting`.
    LocalityLoadBalancerSetting {
        distribute: Vec<LocalityDistribute> = "distribute",
        failover: Vec<LocalityFailover> = "failover",
        failover_priority: Strings = "failoverPriority",
        enabled: BoolValue = "enabled",
    }
);
message!(LocalityDistribute { from: String = "from", to: BTreeMap<String, u32> = "to" });
message!(LocalityFailover { from: String = "from", to: String = "to" });

message!(Certificate { secret_name: String = "secretName", dns_names: Strings = "dnsNames" });

message!(ServiceSettings { settings: Option<ServiceSettingsSettings> = "settings", hosts: Strings = "hosts" });
message!(ServiceSettingsSettings { cluster_local: bool = "clusterLocal" });

message!(ServiceScopeConfigs {
    namespace_selector: Option<LabelSelector> = "namespaceSelector",
    services_selector: Option<LabelSelector> = "servicesSelector",
    scope: Enum<ScopeDef> = "scope",
});
message!(
    /// `istio.mesh.v1alpha1.LabelSelector`.
    LabelSelector {
        match_labels: StringMap = "matchLabels",
        match_expressions: Vec<LabelSelectorRequirement> = "matchExpressions",
    }
);
message!(LabelSelectorRequirement {
    key: String = "key",
    operator: String = "operator",
    values: Strings = "values"
});

message!(Ca {
    address: String = "address",
    tls_settings: Option<ClientTlsSettings> = "tlsSettings",
    request_timeout: Dur = "requestTimeout",
    istiod_side: bool = "istiodSide",
});

message!(
    /// `MeshConfig.ExtensionProvider`: a name and one provider.
    ExtensionProvider {
        name: String = "name",
        envoy_ext_authz_http: Option<EnvoyExtAuthzHttp> = "envoyExtAuthzHttp",
        envoy_ext_authz_grpc: Option<EnvoyExtAuthzGrpc> = "envoyExtAuthzGrpc",
        zipkin: Option<ZipkinProvider> = "zipkin",
        lightstep: Option<LightstepProvider> = "lightstep",
        datadog: Option<DatadogProvider> = "datadog",
        stackdriver: Option<StackdriverProvider> = "stackdriver",
        opencensus: Option<OpenCensusProvider> = "opencensus",
        skywalking: Option<SkywalkingProvider> = "skywalking",
        opentelemetry: Option<OpenTelemetryProvider> = "opentelemetry",
        prometheus: Option<PrometheusProvider> = "prometheus",
        envoy_file_access_log: Option<EnvoyFileAccessLog> = "envoyFileAccessLog",
        envoy_http_als: Option<EnvoyHttpAls> = "envoyHttpAls",
        envoy_tcp_als: Option<EnvoyTcpAls> = "envoyTcpAls",
        envoy_otel_als: Option<EnvoyOtelAls> = "envoyOtelAls",
        sds: Option<SdsProvider> = "sds",
    }
    oneof provider [envoy_ext_authz_http, envoy_ext_authz_grpc, zipkin, lightstep, datadog, stackdriver, opencensus,
        skywalking, opentelemetry, prometheus, envoy_file_access_log, envoy_http_als, envoy_tcp_als, envoy_otel_als, sds];
);

message!(EnvoyExtAuthzHttp {
    service: String = "service",
    port: u32 = "port",
    timeout: Dur = "timeout",
    path_prefix: String = "pathPrefix",
    fail_open: bool = "failOpen",
    clear_route_cache: bool = "clearRouteCache",
    status_on_error: String = "statusOnError",
    include_headers_in_check: Strings = "includeHeadersInCheck",
    include_request_headers_in_check: Strings = "includeRequestHeadersInCheck",
    include_additional_headers_in_check: StringMap = "includeAdditionalHeadersInCheck",
    include_request_body_in_check: Option<RequestBody> = "includeRequestBodyInCheck",
    headers_to_upstream_on_allow: Strings = "headersToUpstreamOnAllow",
    headers_to_downstream_on_deny: Strings = "headersToDownstreamOnDeny",
    headers_to_downstream_on_allow: Strings = "headersToDownstreamOnAllow",
});
message!(EnvoyExtAuthzGrpc {
    service: String = "service",
    port: u32 = "port",
    timeout: Dur = "timeout",
    fail_open: bool = "failOpen",
    clear_route_cache: bool = "clearRouteCache",
    status_on_error: String = "statusOnError",
    include_request_body_in_check: Option<RequestBody> = "includeRequestBodyInCheck",
});
message!(RequestBody {
    max_request_bytes: u32 = "maxRequestBytes",
    allow_partial_message: bool = "allowPartialMessage",
    pack_as_bytes: bool = "packAsBytes",
});
message!(ZipkinProvider {
    service: String = "service",
    port: u32 = "port",
    max_tag_length: u32 = "maxTagLength",
    enable_64bit_trace_id: bool = "enable64bitTraceId",
    path: String = "path",
    trace_context_option: Enum<TraceContextOptionDef> = "traceContextOption",
    timeout: Dur = "timeout",
    headers: Vec<HttpHeader> = "headers",
});
message!(
    /// `ExtensionProvider.HttpHeader`: a name and a literal value or an environment variable.
    HttpHeader {
        name: String = "name",
        value: Option<String> = "value",
        env_name: Option<String> = "envName",
    }
    oneof header_value [value, env_name];
);
message!(LightstepProvider {
    service: String = "service",
    port: u32 = "port",
    access_token: String = "accessToken",
    max_tag_length: u32 = "maxTagLength",
});
message!(DatadogProvider {
    service: String = "service",
    port: u32 = "port",
    max_tag_length: u32 = "maxTagLength"
});
message!(StackdriverProvider {
    debug: bool = "debug",
    max_number_of_attributes: Option<i64> = "maxNumberOfAttributes",
    max_number_of_annotations: Option<i64> = "maxNumberOfAnnotations",
    max_number_of_message_events: Option<i64> = "maxNumberOfMessageEvents",
    max_tag_length: u32 = "maxTagLength",
    logging: Option<StackdriverLogging> = "logging",
});
message!(StackdriverLogging { labels: StringMap = "labels" });
message!(OpenCensusProvider {
    service: String = "service",
    port: u32 = "port",
    context: Vec<Enum<OcTraceContextDef>> = "context",
    max_tag_length: u32 = "maxTagLength",
});
message!(SkywalkingProvider {
    service: String = "service",
    port: u32 = "port",
    access_token: String = "accessToken"
});
message!(
    /// `ExtensionProvider.OpenTelemetryTracingProvider`.
    OpenTelemetryProvider {
        service: String = "service",
        port: u32 = "port",
        max_tag_length: u32 = "maxTagLength",
        http: Option<HttpService> = "http",
        grpc: Option<GrpcService> = "grpc",
        resource_detectors: Option<ResourceDetectors> = "resourceDetectors",
        service_attribute_enrichment: Enum<ServiceAttributeEnrichmentDef> = "serviceAttributeEnrichment",
        dynatrace_sampler: Option<DynatraceSampler> = "dynatraceSampler",
    }
    oneof sampling [dynatrace_sampler];
);
message!(HttpService { path: String = "path", timeout: Dur = "timeout", headers: Vec<HttpHeader> = "headers" });
message!(GrpcService { timeout: Dur = "timeout", initial_metadata: Vec<HttpHeader> = "initialMetadata" });
message!(ResourceDetectors {
    environment: Option<EmptyMessage> = "environment",
    dynatrace: Option<EmptyMessage> = "dynatrace",
});
message!(
    /// A message without fields (resource detectors, the Prometheus provider, proxy protocol).
    EmptyMessage {}
);
message!(DynatraceSampler {
    tenant: String = "tenant",
    cluster_id: i32 = "clusterId",
    root_spans_per_minute: u32 = "rootSpansPerMinute",
    http_service: Option<DynatraceApi> = "httpService",
});
message!(DynatraceApi { service: String = "service", port: u32 = "port", http: Option<HttpService> = "http" });
message!(PrometheusProvider {});
message!(EnvoyFileAccessLog {
    path: String = "path",
    log_format: Option<FileLogFormat> = "logFormat",
    omit_empty_values: bool = "omitEmptyValues",
});
message!(
    FileLogFormat { text: Option<String> = "text", labels: Option<PbStruct> = "labels" }
    oneof log_format [text, labels];
);
message!(EnvoyHttpAls {
    service: String = "service",
    port: u32 = "port",
    log_name: String = "logName",
    filter_state_objects_to_log: Strings = "filterStateObjectsToLog",
    additional_request_headers_to_log: Strings = "additionalRequestHeadersToLog",
    additional_response_headers_to_log: Strings = "additionalResponseHeadersToLog",
    additional_response_trailers_to_log: Strings = "additionalResponseTrailersToLog",
});
message!(EnvoyTcpAls {
    service: String = "service",
    port: u32 = "port",
    log_name: String = "logName",
    filter_state_objects_to_log: Strings = "filterStateObjectsToLog",
});
message!(EnvoyOtelAls {
    service: String = "service",
    port: u32 = "port",
    log_name: String = "logName",
    log_format: Option<OtelLogFormat> = "logFormat",
});
message!(OtelLogFormat { text: String = "text", labels: Option<PbStruct> = "labels" });
message!(SdsProvider { name: String = "name", service: String = "service", port: u32 = "port" });

message!(DefaultProviders {
    tracing: Strings = "tracing",
    metrics: Strings = "metrics",
    access_logging: Strings = "accessLogging",
});
message!(ProxyPathNormalization { normalization: Enum<NormalizationTypeDef> = "normalization" });
message!(
    /// `istio.networking.v1alpha3.HTTPRetry` (meshConfig `defaultHttpRetryPolicy`).
    HttpRetry {
        attempts: i32 = "attempts",
        per_try_timeout: Dur = "perTryTimeout",
        retry_on: String = "retryOn",
        retry_remote_localities: BoolValue = "retryRemoteLocalities",
        retry_ignore_previous_hosts: BoolValue = "retryIgnorePreviousHosts",
        backoff: Dur = "backoff",
    }
);
message!(
    /// `MeshConfig.TLSConfig` (`meshMTLS`, `tlsDefaults`).
    TlsConfig {
        min_protocol_version: Enum<TlsProtocolDef> = "minProtocolVersion",
        ecdh_curves: Strings = "ecdhCurves",
        cipher_suites: Strings = "cipherSuites",
    }
);
