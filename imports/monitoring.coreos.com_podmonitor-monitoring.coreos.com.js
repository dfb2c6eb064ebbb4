"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = exports.PodMonitorSpecPodMetricsEndpointsRelabelingsAction = exports.PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = exports.PodMonitorSpecPodMetricsEndpointsTargetPort = exports.PodMonitorSpecPodMetricsEndpointsScheme = exports.PodMonitorSpecSelectorMechanism = exports.PodMonitorSpecScrapeProtocols = exports.PodMonitorSpecNativeHistogramMinBucketFactor = exports.PodMonitorSpecFallbackScrapeProtocol = exports.PodMonitor = void 0;
exports.toJson_PodMonitorProps = toJson_PodMonitorProps;
exports.toJson_PodMonitorSpec = toJson_PodMonitorSpec;
exports.toJson_PodMonitorSpecAttachMetadata = toJson_PodMonitorSpecAttachMetadata;
exports.toJson_PodMonitorSpecNamespaceSelector = toJson_PodMonitorSpecNamespaceSelector;
exports.toJson_PodMonitorSpecPodMetricsEndpoints = toJson_PodMonitorSpecPodMetricsEndpoints;
exports.toJson_PodMonitorSpecSelector = toJson_PodMonitorSpecSelector;
exports.toJson_PodMonitorSpecPodMetricsEndpointsAuthorization = toJson_PodMonitorSpecPodMetricsEndpointsAuthorization;
exports.toJson_PodMonitorSpecPodMetricsEndpointsBasicAuth = toJson_PodMonitorSpecPodMetricsEndpointsBasicAuth;
exports.toJson_PodMonitorSpecPodMetricsEndpointsBearerTokenSecret = toJson_PodMonitorSpecPodMetricsEndpointsBearerTokenSecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsMetricRelabelings = toJson_PodMonitorSpecPodMetricsEndpointsMetricRelabelings;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2 = toJson_PodMonitorSpecPodMetricsEndpointsOauth2;
exports.toJson_PodMonitorSpecPodMetricsEndpointsProxyConnectHeader = toJson_PodMonitorSpecPodMetricsEndpointsProxyConnectHeader;
exports.toJson_PodMonitorSpecPodMetricsEndpointsRelabelings = toJson_PodMonitorSpecPodMetricsEndpointsRelabelings;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfig = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfig;
exports.toJson_PodMonitorSpecSelectorMatchExpressions = toJson_PodMonitorSpecSelectorMatchExpressions;
exports.toJson_PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials = toJson_PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials;
exports.toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthPassword = toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthPassword;
exports.toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthUsername = toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthUsername;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientId = toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientId;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret = toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader = toJson_PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCa = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCa;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCert = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCert;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap = toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret = toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap;
exports.toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret = toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap;
exports.toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret = toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * The `PodMonitor` custom resource definition (CRD) defines how `Prometheus` and `PrometheusAgent` can scrape metrics from a group of pods.
Among other things, it allows to specify:
* The pods to scrape via label selectors.
* The container ports to scrape.
* Authentication credentials to use.
* Target and metric relabeling.

`Prometheus` and `PrometheusAgent` objects select `PodMonitor` objects using label and namespace selectors.
 *
 * @schema PodMonitor
 */
class PodMonitor extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "PodMonitor"
     */
    static GVK = {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PodMonitor',
    };
    /**
     * Renders a Kubernetes manifest for "PodMonitor".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...PodMonitor.GVK,
            ...toJson_PodMonitorProps(props),
        };
    }
    /**
     * Defines a "PodMonitor" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...PodMonitor.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...PodMonitor.GVK,
            ...toJson_PodMonitorProps(resolved),
        };
    }
}
exports.PodMonitor = PodMonitor;
/**
 * Converts an object of type 'PodMonitorProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_PodMonitorSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attachMetadata': toJson_PodMonitorSpecAttachMetadata(obj.attachMetadata),
        'bodySizeLimit': obj.bodySizeLimit,
        'convertClassicHistogramsToNHCB': obj.convertClassicHistogramsToNhcb,
        'fallbackScrapeProtocol': obj.fallbackScrapeProtocol,
        'jobLabel': obj.jobLabel,
        'keepDroppedTargets': obj.keepDroppedTargets,
        'labelLimit': obj.labelLimit,
        'labelNameLengthLimit': obj.labelNameLengthLimit,
        'labelValueLengthLimit': obj.labelValueLengthLimit,
        'namespaceSelector': toJson_PodMonitorSpecNamespaceSelector(obj.namespaceSelector),
        'nativeHistogramBucketLimit': obj.nativeHistogramBucketLimit,
        'nativeHistogramMinBucketFactor': obj.nativeHistogramMinBucketFactor?.value,
        'podMetricsEndpoints': obj.podMetricsEndpoints?.map(y => toJson_PodMonitorSpecPodMetricsEndpoints(y)),
        'podTargetLabels': obj.podTargetLabels?.map(y => y),
        'sampleLimit': obj.sampleLimit,
        'scrapeClass': obj.scrapeClass,
        'scrapeClassicHistograms': obj.scrapeClassicHistograms,
        'scrapeNativeHistograms': obj.scrapeNativeHistograms,
        'scrapeProtocols': obj.scrapeProtocols?.map(y => y),
        'selector': toJson_PodMonitorSpecSelector(obj.selector),
        'selectorMechanism': obj.selectorMechanism,
        'targetLimit': obj.targetLimit,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecAttachMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecAttachMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'node': obj.node,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * fallbackScrapeProtocol defines the protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
 *
 * It requires Prometheus >= v3.0.0.
 *
 * @schema PodMonitorSpecFallbackScrapeProtocol
 */
var PodMonitorSpecFallbackScrapeProtocol;
(function (PodMonitorSpecFallbackScrapeProtocol) {
    /** PrometheusProto */
    PodMonitorSpecFallbackScrapeProtocol["PROMETHEUS_PROTO"] = "PrometheusProto";
    /** OpenMetricsText0.0.1 */
    PodMonitorSpecFallbackScrapeProtocol["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    /** OpenMetricsText1.0.0 */
    PodMonitorSpecFallbackScrapeProtocol["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    /** PrometheusText0.0.4 */
    PodMonitorSpecFallbackScrapeProtocol["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    /** PrometheusText1.0.0 */
    PodMonitorSpecFallbackScrapeProtocol["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(PodMonitorSpecFallbackScrapeProtocol || (exports.PodMonitorSpecFallbackScrapeProtocol = PodMonitorSpecFallbackScrapeProtocol = {}));
/**
 * Converts an object of type 'PodMonitorSpecNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'any': obj.any,
        'matchNames': obj.matchNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * nativeHistogramMinBucketFactor defines if the growth factor of one bucket to the next is smaller than this,
 * buckets will be merged to increase the factor sufficiently.
 * It requires Prometheus >= v2.50.0.
 *
 * @schema PodMonitorSpecNativeHistogramMinBucketFactor
 */
class PodMonitorSpecNativeHistogramMinBucketFactor {
    value;
    static fromNumber(value) {
        return new PodMonitorSpecNativeHistogramMinBucketFactor(value);
    }
    static fromString(value) {
        return new PodMonitorSpecNativeHistogramMinBucketFactor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.PodMonitorSpecNativeHistogramMinBucketFactor = PodMonitorSpecNativeHistogramMinBucketFactor;
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpoints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpoints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorization': toJson_PodMonitorSpecPodMetricsEndpointsAuthorization(obj.authorization),
        'basicAuth': toJson_PodMonitorSpecPodMetricsEndpointsBasicAuth(obj.basicAuth),
        'bearerTokenSecret': toJson_PodMonitorSpecPodMetricsEndpointsBearerTokenSecret(obj.bearerTokenSecret),
        'enableHttp2': obj.enableHttp2,
        'filterRunning': obj.filterRunning,
        'followRedirects': obj.followRedirects,
        'honorLabels': obj.honorLabels,
        'honorTimestamps': obj.honorTimestamps,
        'interval': obj.interval,
        'metricRelabelings': obj.metricRelabelings?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsMetricRelabelings(y)),
        'noProxy': obj.noProxy,
        'oauth2': toJson_PodMonitorSpecPodMetricsEndpointsOauth2(obj.oauth2),
        'params': ((obj.params) === undefined) ? undefined : (Object.entries(obj.params).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => y) }), {})),
        'path': obj.path,
        'port': obj.port,
        'portNumber': obj.portNumber,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : (Object.entries(obj.proxyConnectHeader).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsProxyConnectHeader(y)) }), {})),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'relabelings': obj.relabelings?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsRelabelings(y)),
        'scheme': obj.scheme,
        'scrapeTimeout': obj.scrapeTimeout,
        'targetPort': obj.targetPort?.value,
        'tlsConfig': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfig(obj.tlsConfig),
        'trackTimestampsStaleness': obj.trackTimestampsStaleness,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * ScrapeProtocol represents a protocol used by Prometheus for scraping metrics.
 * Supported values are:
 * * `OpenMetricsText0.0.1`
 * * `OpenMetricsText1.0.0`
 * * `PrometheusProto`
 * * `PrometheusText0.0.4`
 * * `PrometheusText1.0.0`
 *
 * @schema PodMonitorSpecScrapeProtocols
 */
var PodMonitorSpecScrapeProtocols;
(function (PodMonitorSpecScrapeProtocols) {
    /** PrometheusProto */
    PodMonitorSpecScrapeProtocols["PROMETHEUS_PROTO"] = "PrometheusProto";
    /** OpenMetricsText0.0.1 */
    PodMonitorSpecScrapeProtocols["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    /** OpenMetricsText1.0.0 */
    PodMonitorSpecScrapeProtocols["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    /** PrometheusText0.0.4 */
    PodMonitorSpecScrapeProtocols["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    /** PrometheusText1.0.0 */
    PodMonitorSpecScrapeProtocols["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(PodMonitorSpecScrapeProtocols || (exports.PodMonitorSpecScrapeProtocols = PodMonitorSpecScrapeProtocols = {}));
/**
 * Converts an object of type 'PodMonitorSpecSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_PodMonitorSpecSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * selectorMechanism defines the mechanism used to select the endpoints to scrape.
 * By default, the selection process relies on relabel configurations to filter the discovered targets.
 * Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
 * Which strategy is best for your use case needs to be carefully evaluated.
 *
 * It requires Prometheus >= v2.17.0.
 *
 * @schema PodMonitorSpecSelectorMechanism
 */
var PodMonitorSpecSelectorMechanism;
(function (PodMonitorSpecSelectorMechanism) {
    /** RelabelConfig */
    PodMonitorSpecSelectorMechanism["RELABEL_CONFIG"] = "RelabelConfig";
    /** RoleSelector */
    PodMonitorSpecSelectorMechanism["ROLE_SELECTOR"] = "RoleSelector";
})(PodMonitorSpecSelectorMechanism || (exports.PodMonitorSpecSelectorMechanism = PodMonitorSpecSelectorMechanism = {}));
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsAuthorization' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsAuthorization(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials(obj.credentials),
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsBasicAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsBasicAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthPassword(obj.password),
        'username': toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthUsername(obj.username),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsBearerTokenSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsBearerTokenSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsMetricRelabelings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsMetricRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientId(obj.clientId),
        'clientSecret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret(obj.clientSecret),
        'endpointParams': ((obj.endpointParams) === undefined) ? undefined : (Object.entries(obj.endpointParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'noProxy': obj.noProxy,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : (Object.entries(obj.proxyConnectHeader).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader(y)) }), {})),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'scopes': obj.scopes?.map(y => y),
        'tlsConfig': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig(obj.tlsConfig),
        'tokenUrl': obj.tokenUrl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsProxyConnectHeader' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsProxyConnectHeader(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsRelabelings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * scheme defines the HTTP scheme to use for scraping.
 *
 * @schema PodMonitorSpecPodMetricsEndpointsScheme
 */
var PodMonitorSpecPodMetricsEndpointsScheme;
(function (PodMonitorSpecPodMetricsEndpointsScheme) {
    /** http */
    PodMonitorSpecPodMetricsEndpointsScheme["HTTP"] = "http";
    /** https */
    PodMonitorSpecPodMetricsEndpointsScheme["HTTPS"] = "https";
})(PodMonitorSpecPodMetricsEndpointsScheme || (exports.PodMonitorSpecPodMetricsEndpointsScheme = PodMonitorSpecPodMetricsEndpointsScheme = {}));
/**
 * targetPort defines the name or number of the target port of the `Pod` object behind the Service, the
 * port must be specified with container port property.
 *
 * Deprecated: use 'port' or 'portNumber' instead.
 *
 * @schema PodMonitorSpecPodMetricsEndpointsTargetPort
 */
class PodMonitorSpecPodMetricsEndpointsTargetPort {
    value;
    static fromNumber(value) {
        return new PodMonitorSpecPodMetricsEndpointsTargetPort(value);
    }
    static fromString(value) {
        return new PodMonitorSpecPodMetricsEndpointsTargetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.PodMonitorSpecPodMetricsEndpointsTargetPort = PodMonitorSpecPodMetricsEndpointsTargetPort;
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCa(obj.ca),
        'cert': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCert(obj.cert),
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keySecret': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsBasicAuthPassword' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsBasicAuthUsername' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction
 */
var PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction;
(function (PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction) {
    /** replace */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["REPLACE"] = "replace";
    /** keep */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["KEEP"] = "keep";
    /** drop */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["DROP"] = "drop";
    /** hashmod */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["HASHMOD"] = "hashmod";
    /** labelmap */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LABELMAP"] = "labelmap";
    /** labeldrop */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LABELDROP"] = "labeldrop";
    /** labelkeep */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LABELKEEP"] = "labelkeep";
    /** lowercase */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LOWERCASE"] = "lowercase";
    /** uppercase */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["UPPERCASE"] = "uppercase";
    /** keepequal */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["KEEPEQUAL"] = "keepequal";
    /** dropequal */
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["DROPEQUAL"] = "dropequal";
})(PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction || (exports.PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = {}));
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2ClientId' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa(obj.ca),
        'cert': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert(obj.cert),
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keySecret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * action to perform based on the regex matching.
 *
 * `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
 * `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
 *
 * Default: "Replace"
 *
 * @schema PodMonitorSpecPodMetricsEndpointsRelabelingsAction
 */
var PodMonitorSpecPodMetricsEndpointsRelabelingsAction;
(function (PodMonitorSpecPodMetricsEndpointsRelabelingsAction) {
    /** replace */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["REPLACE"] = "replace";
    /** keep */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["KEEP"] = "keep";
    /** drop */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["DROP"] = "drop";
    /** hashmod */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["HASHMOD"] = "hashmod";
    /** labelmap */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LABELMAP"] = "labelmap";
    /** labeldrop */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LABELDROP"] = "labeldrop";
    /** labelkeep */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LABELKEEP"] = "labelkeep";
    /** lowercase */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LOWERCASE"] = "lowercase";
    /** uppercase */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["UPPERCASE"] = "uppercase";
    /** keepequal */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["KEEPEQUAL"] = "keepequal";
    /** dropequal */
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["DROPEQUAL"] = "dropequal";
})(PodMonitorSpecPodMetricsEndpointsRelabelingsAction || (exports.PodMonitorSpecPodMetricsEndpointsRelabelingsAction = PodMonitorSpecPodMetricsEndpointsRelabelingsAction = {}));
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfigCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfigCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * maxVersion defines the maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion
 */
var PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion;
(function (PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion) {
    /** TLS10 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS10"] = "TLS10";
    /** TLS11 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS11"] = "TLS11";
    /** TLS12 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS12"] = "TLS12";
    /** TLS13 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion || (exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = {}));
/**
 * minVersion defines the minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion
 */
var PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion;
(function (PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion) {
    /** TLS10 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS10"] = "TLS10";
    /** TLS11 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS11"] = "TLS11";
    /** TLS12 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS12"] = "TLS12";
    /** TLS13 */
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion || (exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = {}));
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret(obj.secret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * maxVersion defines the maximum acceptable TLS version.
 *
 * It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
 *
 * @schema PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion
 */
var PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion;
(function (PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion) {
    /** TLS10 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS10"] = "TLS10";
    /** TLS11 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS11"] = "TLS11";
    /** TLS12 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS12"] = "TLS12";
    /** TLS13 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion || (exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = {}));
/**
 * minVersion defines the minimum acceptable TLS version.
 *
 * It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
 *
 * @schema PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion
 */
var PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion;
(function (PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion) {
    /** TLS10 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS10"] = "TLS10";
    /** TLS11 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS11"] = "TLS11";
    /** TLS12 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS12"] = "TLS12";
    /** TLS13 */
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion || (exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = {}));
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
