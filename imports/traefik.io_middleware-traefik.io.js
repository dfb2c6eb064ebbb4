"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MiddlewareSpecErrorsServiceStickyCookieSameSite = exports.MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow = exports.MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval = exports.MiddlewareSpecErrorsServiceHealthCheckTimeout = exports.MiddlewareSpecErrorsServiceHealthCheckInterval = exports.MiddlewareSpecRateLimitRedisWriteTimeout = exports.MiddlewareSpecRateLimitRedisReadTimeout = exports.MiddlewareSpecRateLimitRedisDialTimeout = exports.MiddlewareSpecErrorsServiceStrategy = exports.MiddlewareSpecErrorsServicePort = exports.MiddlewareSpecErrorsServiceKind = exports.MiddlewareSpecRetryTimeout = exports.MiddlewareSpecRetryInitialInterval = exports.MiddlewareSpecRateLimitPeriod = exports.MiddlewareSpecCircuitBreakerRecoveryDuration = exports.MiddlewareSpecCircuitBreakerFallbackDuration = exports.MiddlewareSpecCircuitBreakerCheckPeriod = exports.Middleware = void 0;
exports.toJson_MiddlewareProps = toJson_MiddlewareProps;
exports.toJson_MiddlewareSpec = toJson_MiddlewareSpec;
exports.toJson_MiddlewareSpecAddPrefix = toJson_MiddlewareSpecAddPrefix;
exports.toJson_MiddlewareSpecBasicAuth = toJson_MiddlewareSpecBasicAuth;
exports.toJson_MiddlewareSpecBuffering = toJson_MiddlewareSpecBuffering;
exports.toJson_MiddlewareSpecChain = toJson_MiddlewareSpecChain;
exports.toJson_MiddlewareSpecCircuitBreaker = toJson_MiddlewareSpecCircuitBreaker;
exports.toJson_MiddlewareSpecCompress = toJson_MiddlewareSpecCompress;
exports.toJson_MiddlewareSpecContentType = toJson_MiddlewareSpecContentType;
exports.toJson_MiddlewareSpecDigestAuth = toJson_MiddlewareSpecDigestAuth;
exports.toJson_MiddlewareSpecEncodedCharacters = toJson_MiddlewareSpecEncodedCharacters;
exports.toJson_MiddlewareSpecErrors = toJson_MiddlewareSpecErrors;
exports.toJson_MiddlewareSpecForwardAuth = toJson_MiddlewareSpecForwardAuth;
exports.toJson_MiddlewareSpecGrpcWeb = toJson_MiddlewareSpecGrpcWeb;
exports.toJson_MiddlewareSpecHeaders = toJson_MiddlewareSpecHeaders;
exports.toJson_MiddlewareSpecInFlightReq = toJson_MiddlewareSpecInFlightReq;
exports.toJson_MiddlewareSpecIpAllowList = toJson_MiddlewareSpecIpAllowList;
exports.toJson_MiddlewareSpecIpWhiteList = toJson_MiddlewareSpecIpWhiteList;
exports.toJson_MiddlewareSpecPassTlsClientCert = toJson_MiddlewareSpecPassTlsClientCert;
exports.toJson_MiddlewareSpecRateLimit = toJson_MiddlewareSpecRateLimit;
exports.toJson_MiddlewareSpecRedirectRegex = toJson_MiddlewareSpecRedirectRegex;
exports.toJson_MiddlewareSpecRedirectScheme = toJson_MiddlewareSpecRedirectScheme;
exports.toJson_MiddlewareSpecReplacePath = toJson_MiddlewareSpecReplacePath;
exports.toJson_MiddlewareSpecReplacePathRegex = toJson_MiddlewareSpecReplacePathRegex;
exports.toJson_MiddlewareSpecRetry = toJson_MiddlewareSpecRetry;
exports.toJson_MiddlewareSpecStripPrefix = toJson_MiddlewareSpecStripPrefix;
exports.toJson_MiddlewareSpecStripPrefixRegex = toJson_MiddlewareSpecStripPrefixRegex;
exports.toJson_MiddlewareSpecChainMiddlewares = toJson_MiddlewareSpecChainMiddlewares;
exports.toJson_MiddlewareSpecErrorsService = toJson_MiddlewareSpecErrorsService;
exports.toJson_MiddlewareSpecForwardAuthTls = toJson_MiddlewareSpecForwardAuthTls;
exports.toJson_MiddlewareSpecInFlightReqSourceCriterion = toJson_MiddlewareSpecInFlightReqSourceCriterion;
exports.toJson_MiddlewareSpecIpAllowListIpStrategy = toJson_MiddlewareSpecIpAllowListIpStrategy;
exports.toJson_MiddlewareSpecIpWhiteListIpStrategy = toJson_MiddlewareSpecIpWhiteListIpStrategy;
exports.toJson_MiddlewareSpecPassTlsClientCertInfo = toJson_MiddlewareSpecPassTlsClientCertInfo;
exports.toJson_MiddlewareSpecRateLimitRedis = toJson_MiddlewareSpecRateLimitRedis;
exports.toJson_MiddlewareSpecRateLimitSourceCriterion = toJson_MiddlewareSpecRateLimitSourceCriterion;
exports.toJson_MiddlewareSpecErrorsServiceHealthCheck = toJson_MiddlewareSpecErrorsServiceHealthCheck;
exports.toJson_MiddlewareSpecErrorsServiceMiddlewares = toJson_MiddlewareSpecErrorsServiceMiddlewares;
exports.toJson_MiddlewareSpecErrorsServicePassiveHealthCheck = toJson_MiddlewareSpecErrorsServicePassiveHealthCheck;
exports.toJson_MiddlewareSpecErrorsServiceResponseForwarding = toJson_MiddlewareSpecErrorsServiceResponseForwarding;
exports.toJson_MiddlewareSpecErrorsServiceSticky = toJson_MiddlewareSpecErrorsServiceSticky;
exports.toJson_MiddlewareSpecInFlightReqSourceCriterionIpStrategy = toJson_MiddlewareSpecInFlightReqSourceCriterionIpStrategy;
exports.toJson_MiddlewareSpecPassTlsClientCertInfoIssuer = toJson_MiddlewareSpecPassTlsClientCertInfoIssuer;
exports.toJson_MiddlewareSpecPassTlsClientCertInfoSubject = toJson_MiddlewareSpecPassTlsClientCertInfoSubject;
exports.toJson_MiddlewareSpecRateLimitRedisTls = toJson_MiddlewareSpecRateLimitRedisTls;
exports.toJson_MiddlewareSpecRateLimitSourceCriterionIpStrategy = toJson_MiddlewareSpecRateLimitSourceCriterionIpStrategy;
exports.toJson_MiddlewareSpecErrorsServiceStickyCookie = toJson_MiddlewareSpecErrorsServiceStickyCookie;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * Middleware is the CRD implementation of a Traefik Middleware.
More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/overview/
 *
 * @schema Middleware
 */
class Middleware extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Middleware"
     */
    static GVK = {
        apiVersion: 'traefik.io/v1alpha1',
        kind: 'Middleware',
    };
    /**
     * Renders a Kubernetes manifest for "Middleware".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...Middleware.GVK,
            ...toJson_MiddlewareProps(props),
        };
    }
    /**
     * Defines a "Middleware" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...Middleware.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Middleware.GVK,
            ...toJson_MiddlewareProps(resolved),
        };
    }
}
exports.Middleware = Middleware;
/**
 * Converts an object of type 'MiddlewareProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_MiddlewareSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addPrefix': toJson_MiddlewareSpecAddPrefix(obj.addPrefix),
        'basicAuth': toJson_MiddlewareSpecBasicAuth(obj.basicAuth),
        'buffering': toJson_MiddlewareSpecBuffering(obj.buffering),
        'chain': toJson_MiddlewareSpecChain(obj.chain),
        'circuitBreaker': toJson_MiddlewareSpecCircuitBreaker(obj.circuitBreaker),
        'compress': toJson_MiddlewareSpecCompress(obj.compress),
        'contentType': toJson_MiddlewareSpecContentType(obj.contentType),
        'digestAuth': toJson_MiddlewareSpecDigestAuth(obj.digestAuth),
        'encodedCharacters': toJson_MiddlewareSpecEncodedCharacters(obj.encodedCharacters),
        'errors': toJson_MiddlewareSpecErrors(obj.errors),
        'forwardAuth': toJson_MiddlewareSpecForwardAuth(obj.forwardAuth),
        'grpcWeb': toJson_MiddlewareSpecGrpcWeb(obj.grpcWeb),
        'headers': toJson_MiddlewareSpecHeaders(obj.headers),
        'inFlightReq': toJson_MiddlewareSpecInFlightReq(obj.inFlightReq),
        'ipAllowList': toJson_MiddlewareSpecIpAllowList(obj.ipAllowList),
        'ipWhiteList': toJson_MiddlewareSpecIpWhiteList(obj.ipWhiteList),
        'passTLSClientCert': toJson_MiddlewareSpecPassTlsClientCert(obj.passTlsClientCert),
        'plugin': ((obj.plugin) === undefined) ? undefined : (Object.entries(obj.plugin).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'rateLimit': toJson_MiddlewareSpecRateLimit(obj.rateLimit),
        'redirectRegex': toJson_MiddlewareSpecRedirectRegex(obj.redirectRegex),
        'redirectScheme': toJson_MiddlewareSpecRedirectScheme(obj.redirectScheme),
        'replacePath': toJson_MiddlewareSpecReplacePath(obj.replacePath),
        'replacePathRegex': toJson_MiddlewareSpecReplacePathRegex(obj.replacePathRegex),
        'retry': toJson_MiddlewareSpecRetry(obj.retry),
        'stripPrefix': toJson_MiddlewareSpecStripPrefix(obj.stripPrefix),
        'stripPrefixRegex': toJson_MiddlewareSpecStripPrefixRegex(obj.stripPrefixRegex),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecAddPrefix' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecAddPrefix(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'prefix': obj.prefix,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecBasicAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecBasicAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headerField': obj.headerField,
        'realm': obj.realm,
        'removeHeader': obj.removeHeader,
        'secret': obj.secret,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecBuffering' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecBuffering(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxRequestBodyBytes': obj.maxRequestBodyBytes,
        'maxResponseBodyBytes': obj.maxResponseBodyBytes,
        'memRequestBodyBytes': obj.memRequestBodyBytes,
        'memResponseBodyBytes': obj.memResponseBodyBytes,
        'retryExpression': obj.retryExpression,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecChain' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecChain(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'middlewares': obj.middlewares?.map(y => toJson_MiddlewareSpecChainMiddlewares(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecCircuitBreaker' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecCircuitBreaker(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'checkPeriod': obj.checkPeriod?.value,
        'expression': obj.expression,
        'fallbackDuration': obj.fallbackDuration?.value,
        'recoveryDuration': obj.recoveryDuration?.value,
        'responseCode': obj.responseCode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecCompress' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecCompress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultEncoding': obj.defaultEncoding,
        'encodings': obj.encodings?.map(y => y),
        'excludedContentTypes': obj.excludedContentTypes?.map(y => y),
        'includedContentTypes': obj.includedContentTypes?.map(y => y),
        'minResponseBodyBytes': obj.minResponseBodyBytes,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecContentType' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecContentType(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'autoDetect': obj.autoDetect,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecDigestAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecDigestAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headerField': obj.headerField,
        'realm': obj.realm,
        'removeHeader': obj.removeHeader,
        'secret': obj.secret,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecEncodedCharacters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecEncodedCharacters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowEncodedBackSlash': obj.allowEncodedBackSlash,
        'allowEncodedHash': obj.allowEncodedHash,
        'allowEncodedNullCharacter': obj.allowEncodedNullCharacter,
        'allowEncodedPercent': obj.allowEncodedPercent,
        'allowEncodedQuestionMark': obj.allowEncodedQuestionMark,
        'allowEncodedSemicolon': obj.allowEncodedSemicolon,
        'allowEncodedSlash': obj.allowEncodedSlash,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecErrors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'errorRequestHeaders': obj.errorRequestHeaders?.map(y => y),
        'query': obj.query,
        'service': toJson_MiddlewareSpecErrorsService(obj.service),
        'status': obj.status?.map(y => y),
        'statusRewrites': ((obj.statusRewrites) === undefined) ? undefined : (Object.entries(obj.statusRewrites).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecForwardAuth' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecForwardAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addAuthCookiesToResponse': obj.addAuthCookiesToResponse?.map(y => y),
        'address': obj.address,
        'authRequestHeaders': obj.authRequestHeaders?.map(y => y),
        'authResponseHeaders': obj.authResponseHeaders?.map(y => y),
        'authResponseHeadersRegex': obj.authResponseHeadersRegex,
        'authSigninURL': obj.authSigninUrl,
        'forwardBody': obj.forwardBody,
        'headerField': obj.headerField,
        'maxBodySize': obj.maxBodySize,
        'maxResponseBodySize': obj.maxResponseBodySize,
        'preserveLocationHeader': obj.preserveLocationHeader,
        'preserveRequestMethod': obj.preserveRequestMethod,
        'tls': toJson_MiddlewareSpecForwardAuthTls(obj.tls),
        'trustForwardHeader': obj.trustForwardHeader,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecGrpcWeb' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecGrpcWeb(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowOrigins': obj.allowOrigins?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessControlAllowCredentials': obj.accessControlAllowCredentials,
        'accessControlAllowHeaders': obj.accessControlAllowHeaders?.map(y => y),
        'accessControlAllowMethods': obj.accessControlAllowMethods?.map(y => y),
        'accessControlAllowOriginList': obj.accessControlAllowOriginList?.map(y => y),
        'accessControlAllowOriginListRegex': obj.accessControlAllowOriginListRegex?.map(y => y),
        'accessControlExposeHeaders': obj.accessControlExposeHeaders?.map(y => y),
        'accessControlMaxAge': obj.accessControlMaxAge,
        'addVaryHeader': obj.addVaryHeader,
        'allowedHosts': obj.allowedHosts?.map(y => y),
        'browserXssFilter': obj.browserXssFilter,
        'contentSecurityPolicy': obj.contentSecurityPolicy,
        'contentSecurityPolicyReportOnly': obj.contentSecurityPolicyReportOnly,
        'contentTypeNosniff': obj.contentTypeNosniff,
        'customBrowserXSSValue': obj.customBrowserXssValue,
        'customFrameOptionsValue': obj.customFrameOptionsValue,
        'customRequestHeaders': ((obj.customRequestHeaders) === undefined) ? undefined : (Object.entries(obj.customRequestHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'customResponseHeaders': ((obj.customResponseHeaders) === undefined) ? undefined : (Object.entries(obj.customResponseHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'featurePolicy': obj.featurePolicy,
        'forceSTSHeader': obj.forceStsHeader,
        'frameDeny': obj.frameDeny,
        'hostsProxyHeaders': obj.hostsProxyHeaders?.map(y => y),
        'isDevelopment': obj.isDevelopment,
        'permissionsPolicy': obj.permissionsPolicy,
        'publicKey': obj.publicKey,
        'referrerPolicy': obj.referrerPolicy,
        'sslForceHost': obj.sslForceHost,
        'sslHost': obj.sslHost,
        'sslProxyHeaders': ((obj.sslProxyHeaders) === undefined) ? undefined : (Object.entries(obj.sslProxyHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sslRedirect': obj.sslRedirect,
        'sslTemporaryRedirect': obj.sslTemporaryRedirect,
        'stsIncludeSubdomains': obj.stsIncludeSubdomains,
        'stsPreload': obj.stsPreload,
        'stsSeconds': obj.stsSeconds,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecInFlightReq' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecInFlightReq(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'amount': obj.amount,
        'sourceCriterion': toJson_MiddlewareSpecInFlightReqSourceCriterion(obj.sourceCriterion),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecIpAllowList' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecIpAllowList(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipStrategy': toJson_MiddlewareSpecIpAllowListIpStrategy(obj.ipStrategy),
        'rejectStatusCode': obj.rejectStatusCode,
        'sourceRange': obj.sourceRange?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecIpWhiteList' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecIpWhiteList(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipStrategy': toJson_MiddlewareSpecIpWhiteListIpStrategy(obj.ipStrategy),
        'sourceRange': obj.sourceRange?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCert' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecPassTlsClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'info': toJson_MiddlewareSpecPassTlsClientCertInfo(obj.info),
        'pem': obj.pem,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecRateLimit' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRateLimit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'average': obj.average,
        'burst': obj.burst,
        'period': obj.period?.value,
        'redis': toJson_MiddlewareSpecRateLimitRedis(obj.redis),
        'sourceCriterion': toJson_MiddlewareSpecRateLimitSourceCriterion(obj.sourceCriterion),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecRedirectRegex' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRedirectRegex(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'permanent': obj.permanent,
        'regex': obj.regex,
        'replacement': obj.replacement,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecRedirectScheme' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRedirectScheme(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'permanent': obj.permanent,
        'port': obj.port,
        'scheme': obj.scheme,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecReplacePath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecReplacePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecReplacePathRegex' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecReplacePathRegex(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regex': obj.regex,
        'replacement': obj.replacement,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecRetry' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRetry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attempts': obj.attempts,
        'disableRetryOnNetworkError': obj.disableRetryOnNetworkError,
        'initialInterval': obj.initialInterval?.value,
        'maxRequestBodyBytes': obj.maxRequestBodyBytes,
        'retryNonIdempotentMethod': obj.retryNonIdempotentMethod,
        'status': obj.status?.map(y => y),
        'timeout': obj.timeout?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecStripPrefix' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecStripPrefix(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceSlash': obj.forceSlash,
        'prefixes': obj.prefixes?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecStripPrefixRegex' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecStripPrefixRegex(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regex': obj.regex?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecChainMiddlewares' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecChainMiddlewares(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * CheckPeriod is the interval between successive checks of the circuit breaker condition (when in standby state).
 *
 * @schema MiddlewareSpecCircuitBreakerCheckPeriod
 */
class MiddlewareSpecCircuitBreakerCheckPeriod {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecCircuitBreakerCheckPeriod(value);
    }
    static fromString(value) {
        return new MiddlewareSpecCircuitBreakerCheckPeriod(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecCircuitBreakerCheckPeriod = MiddlewareSpecCircuitBreakerCheckPeriod;
/**
 * FallbackDuration is the duration for which the circuit breaker will wait before trying to recover (from a tripped state).
 *
 * @schema MiddlewareSpecCircuitBreakerFallbackDuration
 */
class MiddlewareSpecCircuitBreakerFallbackDuration {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecCircuitBreakerFallbackDuration(value);
    }
    static fromString(value) {
        return new MiddlewareSpecCircuitBreakerFallbackDuration(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecCircuitBreakerFallbackDuration = MiddlewareSpecCircuitBreakerFallbackDuration;
/**
 * RecoveryDuration is the duration for which the circuit breaker will try to recover (as soon as it is in recovering state).
 *
 * @schema MiddlewareSpecCircuitBreakerRecoveryDuration
 */
class MiddlewareSpecCircuitBreakerRecoveryDuration {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecCircuitBreakerRecoveryDuration(value);
    }
    static fromString(value) {
        return new MiddlewareSpecCircuitBreakerRecoveryDuration(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecCircuitBreakerRecoveryDuration = MiddlewareSpecCircuitBreakerRecoveryDuration;
/**
 * Converts an object of type 'MiddlewareSpecErrorsService' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrorsService(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'healthCheck': toJson_MiddlewareSpecErrorsServiceHealthCheck(obj.healthCheck),
        'kind': obj.kind,
        'middlewares': obj.middlewares?.map(y => toJson_MiddlewareSpecErrorsServiceMiddlewares(y)),
        'name': obj.name,
        'namespace': obj.namespace,
        'nativeLB': obj.nativeLb,
        'nodePortLB': obj.nodePortLb,
        'passHostHeader': obj.passHostHeader,
        'passiveHealthCheck': toJson_MiddlewareSpecErrorsServicePassiveHealthCheck(obj.passiveHealthCheck),
        'port': obj.port?.value,
        'responseForwarding': toJson_MiddlewareSpecErrorsServiceResponseForwarding(obj.responseForwarding),
        'scheme': obj.scheme,
        'serversTransport': obj.serversTransport,
        'sticky': toJson_MiddlewareSpecErrorsServiceSticky(obj.sticky),
        'strategy': obj.strategy,
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecForwardAuthTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecForwardAuthTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caOptional': obj.caOptional,
        'caSecret': obj.caSecret,
        'certSecret': obj.certSecret,
        'insecureSkipVerify': obj.insecureSkipVerify,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecInFlightReqSourceCriterion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecInFlightReqSourceCriterion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipStrategy': toJson_MiddlewareSpecInFlightReqSourceCriterionIpStrategy(obj.ipStrategy),
        'requestHeaderName': obj.requestHeaderName,
        'requestHost': obj.requestHost,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecIpAllowListIpStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecIpAllowListIpStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'depth': obj.depth,
        'excludedIPs': obj.excludedIPs?.map(y => y),
        'ipv6Subnet': obj.ipv6Subnet,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecIpWhiteListIpStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecIpWhiteListIpStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'depth': obj.depth,
        'excludedIPs': obj.excludedIPs?.map(y => y),
        'ipv6Subnet': obj.ipv6Subnet,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCertInfo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecPassTlsClientCertInfo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'issuer': toJson_MiddlewareSpecPassTlsClientCertInfoIssuer(obj.issuer),
        'notAfter': obj.notAfter,
        'notBefore': obj.notBefore,
        'sans': obj.sans,
        'serialNumber': obj.serialNumber,
        'subject': toJson_MiddlewareSpecPassTlsClientCertInfoSubject(obj.subject),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Period, in combination with Average, defines the actual maximum rate, such as:
 * r = Average / Period. It defaults to a second.
 *
 * @schema MiddlewareSpecRateLimitPeriod
 */
class MiddlewareSpecRateLimitPeriod {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecRateLimitPeriod(value);
    }
    static fromString(value) {
        return new MiddlewareSpecRateLimitPeriod(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecRateLimitPeriod = MiddlewareSpecRateLimitPeriod;
/**
 * Converts an object of type 'MiddlewareSpecRateLimitRedis' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRateLimitRedis(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'db': obj.db,
        'dialTimeout': obj.dialTimeout?.value,
        'endpoints': obj.endpoints?.map(y => y),
        'maxActiveConns': obj.maxActiveConns,
        'minIdleConns': obj.minIdleConns,
        'poolSize': obj.poolSize,
        'readTimeout': obj.readTimeout?.value,
        'secret': obj.secret,
        'tls': toJson_MiddlewareSpecRateLimitRedisTls(obj.tls),
        'writeTimeout': obj.writeTimeout?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecRateLimitSourceCriterion' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRateLimitSourceCriterion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ipStrategy': toJson_MiddlewareSpecRateLimitSourceCriterionIpStrategy(obj.ipStrategy),
        'requestHeaderName': obj.requestHeaderName,
        'requestHost': obj.requestHost,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * InitialInterval defines the first wait time in the exponential backoff series.
 * The maximum interval is calculated as twice the initialInterval.
 * If unspecified, requests will be retried immediately.
 * The value of initialInterval should be provided in seconds or as a valid duration format,
 * see https://pkg.go.dev/time#ParseDuration.
 *
 * @schema MiddlewareSpecRetryInitialInterval
 */
class MiddlewareSpecRetryInitialInterval {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecRetryInitialInterval(value);
    }
    static fromString(value) {
        return new MiddlewareSpecRetryInitialInterval(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecRetryInitialInterval = MiddlewareSpecRetryInitialInterval;
/**
 * Timeout defines how much time the middleware is allowed to retry the request.
 * The value of timeout should be provided in seconds or as a valid duration format,
 * see https://pkg.go.dev/time#ParseDuration.
 *
 * @schema MiddlewareSpecRetryTimeout
 */
class MiddlewareSpecRetryTimeout {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecRetryTimeout(value);
    }
    static fromString(value) {
        return new MiddlewareSpecRetryTimeout(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecRetryTimeout = MiddlewareSpecRetryTimeout;
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceHealthCheck' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrorsServiceHealthCheck(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'followRedirects': obj.followRedirects,
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'hostname': obj.hostname,
        'interval': obj.interval?.value,
        'method': obj.method,
        'mode': obj.mode,
        'path': obj.path,
        'port': obj.port,
        'scheme': obj.scheme,
        'status': obj.status,
        'timeout': obj.timeout?.value,
        'unhealthyInterval': obj.unhealthyInterval?.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Kind defines the kind of the Service.
 *
 * @schema MiddlewareSpecErrorsServiceKind
 */
var MiddlewareSpecErrorsServiceKind;
(function (MiddlewareSpecErrorsServiceKind) {
    /** Service */
    MiddlewareSpecErrorsServiceKind["SERVICE"] = "Service";
    /** TraefikService */
    MiddlewareSpecErrorsServiceKind["TRAEFIK_SERVICE"] = "TraefikService";
})(MiddlewareSpecErrorsServiceKind || (exports.MiddlewareSpecErrorsServiceKind = MiddlewareSpecErrorsServiceKind = {}));
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceMiddlewares' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrorsServiceMiddlewares(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServicePassiveHealthCheck' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrorsServicePassiveHealthCheck(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'failureWindow': obj.failureWindow?.value,
        'maxFailedAttempts': obj.maxFailedAttempts,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Port defines the port of a Kubernetes Service.
 * This can be a reference to a named port.
 *
 * @schema MiddlewareSpecErrorsServicePort
 */
class MiddlewareSpecErrorsServicePort {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecErrorsServicePort(value);
    }
    static fromString(value) {
        return new MiddlewareSpecErrorsServicePort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecErrorsServicePort = MiddlewareSpecErrorsServicePort;
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceResponseForwarding' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrorsServiceResponseForwarding(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'flushInterval': obj.flushInterval,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceSticky' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrorsServiceSticky(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cookie': toJson_MiddlewareSpecErrorsServiceStickyCookie(obj.cookie),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Strategy defines the load balancing strategy between the servers.
 * Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
 * RoundRobin value is deprecated and supported for backward compatibility.
 *
 * @schema MiddlewareSpecErrorsServiceStrategy
 */
var MiddlewareSpecErrorsServiceStrategy;
(function (MiddlewareSpecErrorsServiceStrategy) {
    /** wrr */
    MiddlewareSpecErrorsServiceStrategy["WRR"] = "wrr";
    /** p2c */
    MiddlewareSpecErrorsServiceStrategy["P2C"] = "p2c";
    /** hrw */
    MiddlewareSpecErrorsServiceStrategy["HRW"] = "hrw";
    /** leasttime */
    MiddlewareSpecErrorsServiceStrategy["LEASTTIME"] = "leasttime";
    /** RoundRobin */
    MiddlewareSpecErrorsServiceStrategy["ROUND_ROBIN"] = "RoundRobin";
})(MiddlewareSpecErrorsServiceStrategy || (exports.MiddlewareSpecErrorsServiceStrategy = MiddlewareSpecErrorsServiceStrategy = {}));
/**
 * Converts an object of type 'MiddlewareSpecInFlightReqSourceCriterionIpStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecInFlightReqSourceCriterionIpStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'depth': obj.depth,
        'excludedIPs': obj.excludedIPs?.map(y => y),
        'ipv6Subnet': obj.ipv6Subnet,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCertInfoIssuer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecPassTlsClientCertInfoIssuer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'commonName': obj.commonName,
        'country': obj.country,
        'domainComponent': obj.domainComponent,
        'locality': obj.locality,
        'organization': obj.organization,
        'province': obj.province,
        'serialNumber': obj.serialNumber,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCertInfoSubject' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecPassTlsClientCertInfoSubject(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'commonName': obj.commonName,
        'country': obj.country,
        'domainComponent': obj.domainComponent,
        'locality': obj.locality,
        'organization': obj.organization,
        'organizationalUnit': obj.organizationalUnit,
        'province': obj.province,
        'serialNumber': obj.serialNumber,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * DialTimeout sets the timeout for establishing new connections.
 * Default value is 5 seconds.
 *
 * @schema MiddlewareSpecRateLimitRedisDialTimeout
 */
class MiddlewareSpecRateLimitRedisDialTimeout {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecRateLimitRedisDialTimeout(value);
    }
    static fromString(value) {
        return new MiddlewareSpecRateLimitRedisDialTimeout(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecRateLimitRedisDialTimeout = MiddlewareSpecRateLimitRedisDialTimeout;
/**
 * ReadTimeout defines the timeout for socket read operations.
 * Default value is 3 seconds.
 *
 * @schema MiddlewareSpecRateLimitRedisReadTimeout
 */
class MiddlewareSpecRateLimitRedisReadTimeout {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecRateLimitRedisReadTimeout(value);
    }
    static fromString(value) {
        return new MiddlewareSpecRateLimitRedisReadTimeout(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecRateLimitRedisReadTimeout = MiddlewareSpecRateLimitRedisReadTimeout;
/**
 * Converts an object of type 'MiddlewareSpecRateLimitRedisTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRateLimitRedisTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caSecret': obj.caSecret,
        'certSecret': obj.certSecret,
        'insecureSkipVerify': obj.insecureSkipVerify,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * WriteTimeout defines the timeout for socket write operations.
 * Default value is 3 seconds.
 *
 * @schema MiddlewareSpecRateLimitRedisWriteTimeout
 */
class MiddlewareSpecRateLimitRedisWriteTimeout {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecRateLimitRedisWriteTimeout(value);
    }
    static fromString(value) {
        return new MiddlewareSpecRateLimitRedisWriteTimeout(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecRateLimitRedisWriteTimeout = MiddlewareSpecRateLimitRedisWriteTimeout;
/**
 * Converts an object of type 'MiddlewareSpecRateLimitSourceCriterionIpStrategy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecRateLimitSourceCriterionIpStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'depth': obj.depth,
        'excludedIPs': obj.excludedIPs?.map(y => y),
        'ipv6Subnet': obj.ipv6Subnet,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Interval defines the frequency of the health check calls for healthy targets.
 * Default: 30s
 *
 * @schema MiddlewareSpecErrorsServiceHealthCheckInterval
 */
class MiddlewareSpecErrorsServiceHealthCheckInterval {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecErrorsServiceHealthCheckInterval(value);
    }
    static fromString(value) {
        return new MiddlewareSpecErrorsServiceHealthCheckInterval(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecErrorsServiceHealthCheckInterval = MiddlewareSpecErrorsServiceHealthCheckInterval;
/**
 * Timeout defines the maximum duration Traefik will wait for a health check request before considering the server unhealthy.
 * Default: 5s
 *
 * @schema MiddlewareSpecErrorsServiceHealthCheckTimeout
 */
class MiddlewareSpecErrorsServiceHealthCheckTimeout {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecErrorsServiceHealthCheckTimeout(value);
    }
    static fromString(value) {
        return new MiddlewareSpecErrorsServiceHealthCheckTimeout(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecErrorsServiceHealthCheckTimeout = MiddlewareSpecErrorsServiceHealthCheckTimeout;
/**
 * UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
 * When UnhealthyInterval is not defined, it defaults to the Interval value.
 * Default: 30s
 *
 * @schema MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval
 */
class MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval(value);
    }
    static fromString(value) {
        return new MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval = MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval;
/**
 * FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy. It also defines for how long the server will be considered unhealthy.
 *
 * @schema MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow
 */
class MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow {
    value;
    static fromNumber(value) {
        return new MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow(value);
    }
    static fromString(value) {
        return new MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow = MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow;
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceStickyCookie' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_MiddlewareSpecErrorsServiceStickyCookie(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'domain': obj.domain,
        'httpOnly': obj.httpOnly,
        'maxAge': obj.maxAge,
        'name': obj.name,
        'path': obj.path,
        'sameSite': obj.sameSite,
        'secure': obj.secure,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * SameSite defines the same site policy.
 * More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
 *
 * @schema MiddlewareSpecErrorsServiceStickyCookieSameSite
 */
var MiddlewareSpecErrorsServiceStickyCookieSameSite;
(function (MiddlewareSpecErrorsServiceStickyCookieSameSite) {
    /** none */
    MiddlewareSpecErrorsServiceStickyCookieSameSite["NONE"] = "none";
    /** lax */
    MiddlewareSpecErrorsServiceStickyCookieSameSite["LAX"] = "lax";
    /** strict */
    MiddlewareSpecErrorsServiceStickyCookieSameSite["STRICT"] = "strict";
})(MiddlewareSpecErrorsServiceStickyCookieSameSite || (exports.MiddlewareSpecErrorsServiceStickyCookieSameSite = MiddlewareSpecErrorsServiceStickyCookieSameSite = {}));
