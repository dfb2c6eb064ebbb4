import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Middleware is the CRD implementation of a Traefik Middleware.
More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/overview/
 *
 * @schema Middleware
 */
export declare class Middleware extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Middleware"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Middleware".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: MiddlewareProps): any;
    /**
     * Defines a "Middleware" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: MiddlewareProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Middleware is the CRD implementation of a Traefik Middleware.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/overview/
 *
 * @schema Middleware
 */
export interface MiddlewareProps {
    /**
     * @schema Middleware#metadata
     */
    readonly metadata: ApiObjectMetadata;
    /**
     * MiddlewareSpec defines the desired state of a Middleware.
     *
     * @schema Middleware#spec
     */
    readonly spec: MiddlewareSpec;
}
/**
 * Converts an object of type 'MiddlewareProps' to JSON representation.
 */
export declare function toJson_MiddlewareProps(obj: MiddlewareProps | undefined): Record<string, any> | undefined;
/**
 * MiddlewareSpec defines the desired state of a Middleware.
 *
 * @schema MiddlewareSpec
 */
export interface MiddlewareSpec {
    /**
     * AddPrefix holds the add prefix middleware configuration.
     * This middleware updates the path of a request before forwarding it.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/addprefix/
     *
     * @schema MiddlewareSpec#addPrefix
     */
    readonly addPrefix?: MiddlewareSpecAddPrefix;
    /**
     * BasicAuth holds the basic auth middleware configuration.
     * This middleware restricts access to your services to known users.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/basicauth/
     *
     * @schema MiddlewareSpec#basicAuth
     */
    readonly basicAuth?: MiddlewareSpecBasicAuth;
    /**
     * Buffering holds the buffering middleware configuration.
     * This middleware retries or limits the size of requests that can be forwarded to backends.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/buffering/#maxrequestbodybytes
     *
     * @schema MiddlewareSpec#buffering
     */
    readonly buffering?: MiddlewareSpecBuffering;
    /**
     * Chain holds the configuration of the chain middleware.
     * This middleware enables to define reusable combinations of other pieces of middleware.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/chain/
     *
     * @schema MiddlewareSpec#chain
     */
    readonly chain?: MiddlewareSpecChain;
    /**
     * CircuitBreaker holds the circuit breaker configuration.
     *
     * @schema MiddlewareSpec#circuitBreaker
     */
    readonly circuitBreaker?: MiddlewareSpecCircuitBreaker;
    /**
     * Compress holds the compress middleware configuration.
     * This middleware compresses responses before sending them to the client, using gzip, brotli, or zstd compression.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/compress/
     *
     * @schema MiddlewareSpec#compress
     */
    readonly compress?: MiddlewareSpecCompress;
    /**
     * ContentType holds the content-type middleware configuration.
     * This middleware exists to enable the correct behavior until at least the default one can be changed in a future version.
     *
     * @schema MiddlewareSpec#contentType
     */
    readonly contentType?: MiddlewareSpecContentType;
    /**
     * DigestAuth holds the digest auth middleware configuration.
     * This middleware restricts access to your services to known users.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/digestauth/
     *
     * @schema MiddlewareSpec#digestAuth
     */
    readonly digestAuth?: MiddlewareSpecDigestAuth;
    /**
     * EncodedCharacters configures which encoded characters are allowed in the request path.
     *
     * @schema MiddlewareSpec#encodedCharacters
     */
    readonly encodedCharacters?: MiddlewareSpecEncodedCharacters;
    /**
     * ErrorPage holds the custom error middleware configuration.
     * This middleware returns a custom page in lieu of the default, according to configured ranges of HTTP Status codes.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/errorpages/
     *
     * @schema MiddlewareSpec#errors
     */
    readonly errors?: MiddlewareSpecErrors;
    /**
     * ForwardAuth holds the forward auth middleware configuration.
     * This middleware delegates the request authentication to a Service.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/forwardauth/
     *
     * @schema MiddlewareSpec#forwardAuth
     */
    readonly forwardAuth?: MiddlewareSpecForwardAuth;
    /**
     * GrpcWeb holds the gRPC web middleware configuration.
     * This middleware converts a gRPC web request to an HTTP/2 gRPC request.
     *
     * @schema MiddlewareSpec#grpcWeb
     */
    readonly grpcWeb?: MiddlewareSpecGrpcWeb;
    /**
     * Headers holds the headers middleware configuration.
     * This middleware manages the requests and responses headers.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/headers/#customrequestheaders
     *
     * @schema MiddlewareSpec#headers
     */
    readonly headers?: MiddlewareSpecHeaders;
    /**
     * InFlightReq holds the in-flight request middleware configuration.
     * This middleware limits the number of requests being processed and served concurrently.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/inflightreq/
     *
     * @schema MiddlewareSpec#inFlightReq
     */
    readonly inFlightReq?: MiddlewareSpecInFlightReq;
    /**
     * IPAllowList holds the IP allowlist middleware configuration.
     * This middleware limits allowed requests based on the client IP.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/
     *
     * @schema MiddlewareSpec#ipAllowList
     */
    readonly ipAllowList?: MiddlewareSpecIpAllowList;
    /**
     * Deprecated: please use IPAllowList instead.
     *
     * @schema MiddlewareSpec#ipWhiteList
     */
    readonly ipWhiteList?: MiddlewareSpecIpWhiteList;
    /**
     * PassTLSClientCert holds the pass TLS client cert middleware configuration.
     * This middleware adds the selected data from the passed client TLS certificate to a header.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/passtlsclientcert/
     *
     * @schema MiddlewareSpec#passTLSClientCert
     */
    readonly passTlsClientCert?: MiddlewareSpecPassTlsClientCert;
    /**
     * Plugin defines the middleware plugin configuration.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/overview/#community-middlewares
     *
     * @schema MiddlewareSpec#plugin
     */
    readonly plugin?: {
        [key: string]: any;
    };
    /**
     * RateLimit holds the rate limit configuration.
     * This middleware ensures that services will receive a fair amount of requests, and allows one to define what fair is.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/ratelimit/
     *
     * @schema MiddlewareSpec#rateLimit
     */
    readonly rateLimit?: MiddlewareSpecRateLimit;
    /**
     * RedirectRegex holds the redirect regex middleware configuration.
     * This middleware redirects a request using regex matching and replacement.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/redirectregex/#regex
     *
     * @schema MiddlewareSpec#redirectRegex
     */
    readonly redirectRegex?: MiddlewareSpecRedirectRegex;
    /**
     * RedirectScheme holds the redirect scheme middleware configuration.
     * This middleware redirects requests from a scheme/port to another.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/redirectscheme/
     *
     * @schema MiddlewareSpec#redirectScheme
     */
    readonly redirectScheme?: MiddlewareSpecRedirectScheme;
    /**
     * ReplacePath holds the replace path middleware configuration.
     * This middleware replaces the path of the request URL and store the original path in an X-Replaced-Path header.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/replacepath/
     *
     * @schema MiddlewareSpec#replacePath
     */
    readonly replacePath?: MiddlewareSpecReplacePath;
    /**
     * ReplacePathRegex holds the replace path regex middleware configuration.
     * This middleware replaces the path of a URL using regex matching and replacement.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/replacepathregex/
     *
     * @schema MiddlewareSpec#replacePathRegex
     */
    readonly replacePathRegex?: MiddlewareSpecReplacePathRegex;
    /**
     * Retry holds the retry middleware configuration.
     * This middleware reissues requests a given number of times to a backend server if that server does not reply.
     * As soon as the server answers, the middleware stops retrying, regardless of the response status.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/retry/
     *
     * @schema MiddlewareSpec#retry
     */
    readonly retry?: MiddlewareSpecRetry;
    /**
     * StripPrefix holds the strip prefix middleware configuration.
     * This middleware removes the specified prefixes from the URL path.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/stripprefix/
     *
     * @schema MiddlewareSpec#stripPrefix
     */
    readonly stripPrefix?: MiddlewareSpecStripPrefix;
    /**
     * StripPrefixRegex holds the strip prefix regex middleware configuration.
     * This middleware removes the matching prefixes from the URL path.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/stripprefixregex/
     *
     * @schema MiddlewareSpec#stripPrefixRegex
     */
    readonly stripPrefixRegex?: MiddlewareSpecStripPrefixRegex;
}
/**
 * Converts an object of type 'MiddlewareSpec' to JSON representation.
 */
export declare function toJson_MiddlewareSpec(obj: MiddlewareSpec | undefined): Record<string, any> | undefined;
/**
 * AddPrefix holds the add prefix middleware configuration.
 * This middleware updates the path of a request before forwarding it.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/addprefix/
 *
 * @schema MiddlewareSpecAddPrefix
 */
export interface MiddlewareSpecAddPrefix {
    /**
     * Prefix is the string to add before the current path in the requested URL.
     * It should include a leading slash (/).
     *
     * @schema MiddlewareSpecAddPrefix#prefix
     */
    readonly prefix?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecAddPrefix' to JSON representation.
 */
export declare function toJson_MiddlewareSpecAddPrefix(obj: MiddlewareSpecAddPrefix | undefined): Record<string, any> | undefined;
/**
 * BasicAuth holds the basic auth middleware configuration.
 * This middleware restricts access to your services to known users.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/basicauth/
 *
 * @schema MiddlewareSpecBasicAuth
 */
export interface MiddlewareSpecBasicAuth {
    /**
     * HeaderField defines a header field to store the authenticated user.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/basicauth/#headerfield
     *
     * @schema MiddlewareSpecBasicAuth#headerField
     */
    readonly headerField?: string;
    /**
     * Realm allows the protected resources on a server to be partitioned into a set of protection spaces, each with its own authentication scheme.
     * Default: traefik.
     *
     * @schema MiddlewareSpecBasicAuth#realm
     */
    readonly realm?: string;
    /**
     * RemoveHeader sets the removeHeader option to true to remove the authorization header before forwarding the request to your service.
     * Default: false.
     *
     * @schema MiddlewareSpecBasicAuth#removeHeader
     */
    readonly removeHeader?: boolean;
    /**
     * Secret is the name of the referenced Kubernetes Secret containing user credentials.
     *
     * @schema MiddlewareSpecBasicAuth#secret
     */
    readonly secret?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecBasicAuth' to JSON representation.
 */
export declare function toJson_MiddlewareSpecBasicAuth(obj: MiddlewareSpecBasicAuth | undefined): Record<string, any> | undefined;
/**
 * Buffering holds the buffering middleware configuration.
 * This middleware retries or limits the size of requests that can be forwarded to backends.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/buffering/#maxrequestbodybytes
 *
 * @schema MiddlewareSpecBuffering
 */
export interface MiddlewareSpecBuffering {
    /**
     * MaxRequestBodyBytes defines the maximum allowed body size for the request (in bytes).
     * If the request exceeds the allowed size, it is not forwarded to the service, and the client gets a 413 (Request Entity Too Large) response.
     * Default: 0 (no maximum).
     *
     * @schema MiddlewareSpecBuffering#maxRequestBodyBytes
     */
    readonly maxRequestBodyBytes?: number;
    /**
     * MaxResponseBodyBytes defines the maximum allowed response size from the service (in bytes).
     * If the response exceeds the allowed size, it is not forwarded to the client. The client gets a 500 (Internal Server Error) response instead.
     * Default: 0 (no maximum).
     *
     * @schema MiddlewareSpecBuffering#maxResponseBodyBytes
     */
    readonly maxResponseBodyBytes?: number;
    /**
     * MemRequestBodyBytes defines the threshold (in bytes) from which the request will be buffered on disk instead of in memory.
     * Default: 1048576 (1Mi).
     *
     * @schema MiddlewareSpecBuffering#memRequestBodyBytes
     */
    readonly memRequestBodyBytes?: number;
    /**
     * MemResponseBodyBytes defines the threshold (in bytes) from which the response will be buffered on disk instead of in memory.
     * Default: 1048576 (1Mi).
     *
     * @schema MiddlewareSpecBuffering#memResponseBodyBytes
     */
    readonly memResponseBodyBytes?: number;
    /**
     * RetryExpression defines the retry conditions.
     * It is a logical combination of functions with operators AND (&&) and OR (||).
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/buffering/#retryexpression
     *
     * @schema MiddlewareSpecBuffering#retryExpression
     */
    readonly retryExpression?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecBuffering' to JSON representation.
 */
export declare function toJson_MiddlewareSpecBuffering(obj: MiddlewareSpecBuffering | undefined): Record<string, any> | undefined;
/**
 * Chain holds the configuration of the chain middleware.
 * This middleware enables to define reusable combinations of other pieces of middleware.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/chain/
 *
 * @schema MiddlewareSpecChain
 */
export interface MiddlewareSpecChain {
    /**
     * Middlewares is the list of MiddlewareRef which composes the chain.
     *
     * @schema MiddlewareSpecChain#middlewares
     */
    readonly middlewares?: MiddlewareSpecChainMiddlewares[];
}
/**
 * Converts an object of type 'MiddlewareSpecChain' to JSON representation.
 */
export declare function toJson_MiddlewareSpecChain(obj: MiddlewareSpecChain | undefined): Record<string, any> | undefined;
/**
 * CircuitBreaker holds the circuit breaker configuration.
 *
 * @schema MiddlewareSpecCircuitBreaker
 */
export interface MiddlewareSpecCircuitBreaker {
    /**
     * CheckPeriod is the interval between successive checks of the circuit breaker condition (when in standby state).
     *
     * @schema MiddlewareSpecCircuitBreaker#checkPeriod
     */
    readonly checkPeriod?: MiddlewareSpecCircuitBreakerCheckPeriod;
    /**
     * Expression is the condition that triggers the tripped state.
     *
     * @schema MiddlewareSpecCircuitBreaker#expression
     */
    readonly expression?: string;
    /**
     * FallbackDuration is the duration for which the circuit breaker will wait before trying to recover (from a tripped state).
     *
     * @schema MiddlewareSpecCircuitBreaker#fallbackDuration
     */
    readonly fallbackDuration?: MiddlewareSpecCircuitBreakerFallbackDuration;
    /**
     * RecoveryDuration is the duration for which the circuit breaker will try to recover (as soon as it is in recovering state).
     *
     * @schema MiddlewareSpecCircuitBreaker#recoveryDuration
     */
    readonly recoveryDuration?: MiddlewareSpecCircuitBreakerRecoveryDuration;
    /**
     * ResponseCode is the status code that the circuit breaker will return while it is in the open state.
     *
     * @schema MiddlewareSpecCircuitBreaker#responseCode
     */
    readonly responseCode?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecCircuitBreaker' to JSON representation.
 */
export declare function toJson_MiddlewareSpecCircuitBreaker(obj: MiddlewareSpecCircuitBreaker | undefined): Record<string, any> | undefined;
/**
 * Compress holds the compress middleware configuration.
 * This middleware compresses responses before sending them to the client, using gzip, brotli, or zstd compression.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/compress/
 *
 * @schema MiddlewareSpecCompress
 */
export interface MiddlewareSpecCompress {
    /**
     * DefaultEncoding specifies the default encoding if the `Accept-Encoding` header is not in the request or contains a wildcard (`*`).
     *
     * @schema MiddlewareSpecCompress#defaultEncoding
     */
    readonly defaultEncoding?: string;
    /**
     * Encodings defines the list of supported compression algorithms.
     *
     * @schema MiddlewareSpecCompress#encodings
     */
    readonly encodings?: string[];
    /**
     * ExcludedContentTypes defines the list of content types to compare the Content-Type header of the incoming requests and responses before compressing.
     * `application/grpc` is always excluded.
     *
     * @schema MiddlewareSpecCompress#excludedContentTypes
     */
    readonly excludedContentTypes?: string[];
    /**
     * IncludedContentTypes defines the list of content types to compare the Content-Type header of the responses before compressing.
     *
     * @schema MiddlewareSpecCompress#includedContentTypes
     */
    readonly includedContentTypes?: string[];
    /**
     * MinResponseBodyBytes defines the minimum amount of bytes a response body must have to be compressed.
     * Default: 1024.
     *
     * @schema MiddlewareSpecCompress#minResponseBodyBytes
     */
    readonly minResponseBodyBytes?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecCompress' to JSON representation.
 */
export declare function toJson_MiddlewareSpecCompress(obj: MiddlewareSpecCompress | undefined): Record<string, any> | undefined;
/**
 * ContentType holds the content-type middleware configuration.
 * This middleware exists to enable the correct behavior until at least the default one can be changed in a future version.
 *
 * @schema MiddlewareSpecContentType
 */
export interface MiddlewareSpecContentType {
    /**
     * AutoDetect specifies whether to let the `Content-Type` header, if it has not been set by the backend,
     * be automatically set to a value derived from the contents of the response.
     *
     * Deprecated: AutoDetect option is deprecated, Content-Type middleware is only meant to be used to enable the content-type detection, please remove any usage of this option.
     *
     * @schema MiddlewareSpecContentType#autoDetect
     */
    readonly autoDetect?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecContentType' to JSON representation.
 */
export declare function toJson_MiddlewareSpecContentType(obj: MiddlewareSpecContentType | undefined): Record<string, any> | undefined;
/**
 * DigestAuth holds the digest auth middleware configuration.
 * This middleware restricts access to your services to known users.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/digestauth/
 *
 * @schema MiddlewareSpecDigestAuth
 */
export interface MiddlewareSpecDigestAuth {
    /**
     * HeaderField defines a header field to store the authenticated user.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/digestauth/#headerfield
     *
     * @schema MiddlewareSpecDigestAuth#headerField
     */
    readonly headerField?: string;
    /**
     * Realm allows the protected resources on a server to be partitioned into a set of protection spaces, each with its own authentication scheme.
     * Default: traefik.
     *
     * @schema MiddlewareSpecDigestAuth#realm
     */
    readonly realm?: string;
    /**
     * RemoveHeader defines whether to remove the authorization header before forwarding the request to the backend.
     *
     * @schema MiddlewareSpecDigestAuth#removeHeader
     */
    readonly removeHeader?: boolean;
    /**
     * Secret is the name of the referenced Kubernetes Secret containing user credentials.
     *
     * @schema MiddlewareSpecDigestAuth#secret
     */
    readonly secret?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecDigestAuth' to JSON representation.
 */
export declare function toJson_MiddlewareSpecDigestAuth(obj: MiddlewareSpecDigestAuth | undefined): Record<string, any> | undefined;
/**
 * EncodedCharacters configures which encoded characters are allowed in the request path.
 *
 * @schema MiddlewareSpecEncodedCharacters
 */
export interface MiddlewareSpecEncodedCharacters {
    /**
     * AllowEncodedBackSlash defines whether requests with encoded back slash characters in the path are allowed.
     *
     * @schema MiddlewareSpecEncodedCharacters#allowEncodedBackSlash
     */
    readonly allowEncodedBackSlash?: boolean;
    /**
     * AllowEncodedHash defines whether requests with encoded hash characters in the path are allowed.
     *
     * @schema MiddlewareSpecEncodedCharacters#allowEncodedHash
     */
    readonly allowEncodedHash?: boolean;
    /**
     * AllowEncodedNullCharacter defines whether requests with encoded null characters in the path are allowed.
     *
     * @schema MiddlewareSpecEncodedCharacters#allowEncodedNullCharacter
     */
    readonly allowEncodedNullCharacter?: boolean;
    /**
     * AllowEncodedPercent defines whether requests with encoded percent characters in the path are allowed.
     *
     * @schema MiddlewareSpecEncodedCharacters#allowEncodedPercent
     */
    readonly allowEncodedPercent?: boolean;
    /**
     * AllowEncodedQuestionMark defines whether requests with encoded question mark characters in the path are allowed.
     *
     * @schema MiddlewareSpecEncodedCharacters#allowEncodedQuestionMark
     */
    readonly allowEncodedQuestionMark?: boolean;
    /**
     * AllowEncodedSemicolon defines whether requests with encoded semicolon characters in the path are allowed.
     *
     * @schema MiddlewareSpecEncodedCharacters#allowEncodedSemicolon
     */
    readonly allowEncodedSemicolon?: boolean;
    /**
     * AllowEncodedSlash defines whether requests with encoded slash characters in the path are allowed.
     *
     * @schema MiddlewareSpecEncodedCharacters#allowEncodedSlash
     */
    readonly allowEncodedSlash?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecEncodedCharacters' to JSON representation.
 */
export declare function toJson_MiddlewareSpecEncodedCharacters(obj: MiddlewareSpecEncodedCharacters | undefined): Record<string, any> | undefined;
/**
 * ErrorPage holds the custom error middleware configuration.
 * This middleware returns a custom page in lieu of the default, according to configured ranges of HTTP Status codes.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/errorpages/
 *
 * @schema MiddlewareSpecErrors
 */
export interface MiddlewareSpecErrors {
    /**
     * ErrorRequestHeaders defines the list of request headers forwarded to the error page service.
     * When nil (not set), all original request headers are forwarded.
     * Set to an empty list to forward no headers, or list specific headers to forward only those.
     *
     * @schema MiddlewareSpecErrors#errorRequestHeaders
     */
    readonly errorRequestHeaders?: string[];
    /**
     * Query defines the URL for the error page (hosted by service).
     * The {status} variable can be used in order to insert the status code in the URL.
     * The {originalStatus} variable can be used in order to insert the upstream status code in the URL.
     * The {url} variable can be used in order to insert the escaped request URL.
     *
     * @schema MiddlewareSpecErrors#query
     */
    readonly query?: string;
    /**
     * Service defines the reference to a Kubernetes Service that will serve the error page.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/errorpages/#service
     *
     * @schema MiddlewareSpecErrors#service
     */
    readonly service?: MiddlewareSpecErrorsService;
    /**
     * Status defines which status or range of statuses should result in an error page.
     * It can be either a status code as a number (500),
     * as multiple comma-separated numbers (500,502),
     * as ranges by separating two codes with a dash (500-599),
     * or a combination of the two (404,418,500-599).
     *
     * @schema MiddlewareSpecErrors#status
     */
    readonly status?: string[];
    /**
     * StatusRewrites defines a mapping of status codes that should be returned instead of the original error status codes.
     * For example: "418": 404 or "410-418": 404
     *
     * @schema MiddlewareSpecErrors#statusRewrites
     */
    readonly statusRewrites?: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'MiddlewareSpecErrors' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrors(obj: MiddlewareSpecErrors | undefined): Record<string, any> | undefined;
/**
 * ForwardAuth holds the forward auth middleware configuration.
 * This middleware delegates the request authentication to a Service.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/forwardauth/
 *
 * @schema MiddlewareSpecForwardAuth
 */
export interface MiddlewareSpecForwardAuth {
    /**
     * AddAuthCookiesToResponse defines the list of cookies to copy from the authentication server response to the response.
     *
     * @schema MiddlewareSpecForwardAuth#addAuthCookiesToResponse
     */
    readonly addAuthCookiesToResponse?: string[];
    /**
     * Address defines the authentication server address.
     *
     * @schema MiddlewareSpecForwardAuth#address
     */
    readonly address?: string;
    /**
     * AuthRequestHeaders defines the list of the headers to copy from the request to the authentication server.
     * If not set or empty then all request headers are passed.
     *
     * @schema MiddlewareSpecForwardAuth#authRequestHeaders
     */
    readonly authRequestHeaders?: string[];
    /**
     * AuthResponseHeaders defines the list of headers to copy from the authentication server response and set on forwarded request, replacing any existing conflicting headers.
     *
     * @schema MiddlewareSpecForwardAuth#authResponseHeaders
     */
    readonly authResponseHeaders?: string[];
    /**
     * AuthResponseHeadersRegex defines the regex to match headers to copy from the authentication server response and set on forwarded request, after stripping all headers that match the regex.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/forwardauth/#authresponseheadersregex
     *
     * @schema MiddlewareSpecForwardAuth#authResponseHeadersRegex
     */
    readonly authResponseHeadersRegex?: string;
    /**
     * AuthSigninURL specifies the URL to redirect to when the authentication server returns 401 Unauthorized.
     *
     * @schema MiddlewareSpecForwardAuth#authSigninURL
     */
    readonly authSigninUrl?: string;
    /**
     * ForwardBody defines whether to send the request body to the authentication server.
     *
     * @schema MiddlewareSpecForwardAuth#forwardBody
     */
    readonly forwardBody?: boolean;
    /**
     * HeaderField defines a header field to store the authenticated user.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/forwardauth/#headerfield
     *
     * @schema MiddlewareSpecForwardAuth#headerField
     */
    readonly headerField?: string;
    /**
     * MaxBodySize defines the maximum body size in bytes allowed to be forwarded to the authentication server.
     *
     * @schema MiddlewareSpecForwardAuth#maxBodySize
     */
    readonly maxBodySize?: number;
    /**
     * MaxResponseBodySize defines the maximum body size in bytes allowed in the response from the authentication server.
     *
     * @schema MiddlewareSpecForwardAuth#maxResponseBodySize
     */
    readonly maxResponseBodySize?: number;
    /**
     * PreserveLocationHeader defines whether to forward the Location header to the client as is or prefix it with the domain name of the authentication server.
     *
     * @schema MiddlewareSpecForwardAuth#preserveLocationHeader
     */
    readonly preserveLocationHeader?: boolean;
    /**
     * PreserveRequestMethod defines whether to preserve the original request method while forwarding the request to the authentication server.
     *
     * @schema MiddlewareSpecForwardAuth#preserveRequestMethod
     */
    readonly preserveRequestMethod?: boolean;
    /**
     * TLS defines the configuration used to secure the connection to the authentication server.
     *
     * @schema MiddlewareSpecForwardAuth#tls
     */
    readonly tls?: MiddlewareSpecForwardAuthTls;
    /**
     * TrustForwardHeader defines whether to trust (ie: forward) all X-Forwarded-* headers.
     *
     * Deprecated: Use forwardedHeaders.trustedIPs at the EntryPoint level instead, and set trustForwardHeader to true on this middleware.
     *
     * @schema MiddlewareSpecForwardAuth#trustForwardHeader
     */
    readonly trustForwardHeader?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecForwardAuth' to JSON representation.
 */
export declare function toJson_MiddlewareSpecForwardAuth(obj: MiddlewareSpecForwardAuth | undefined): Record<string, any> | undefined;
/**
 * GrpcWeb holds the gRPC web middleware configuration.
 * This middleware converts a gRPC web request to an HTTP/2 gRPC request.
 *
 * @schema MiddlewareSpecGrpcWeb
 */
export interface MiddlewareSpecGrpcWeb {
    /**
     * AllowOrigins is a list of allowable origins.
     * Can also be a wildcard origin "*".
     *
     * @schema MiddlewareSpecGrpcWeb#allowOrigins
     */
    readonly allowOrigins?: string[];
}
/**
 * Converts an object of type 'MiddlewareSpecGrpcWeb' to JSON representation.
 */
export declare function toJson_MiddlewareSpecGrpcWeb(obj: MiddlewareSpecGrpcWeb | undefined): Record<string, any> | undefined;
/**
 * Headers holds the headers middleware configuration.
 * This middleware manages the requests and responses headers.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/headers/#customrequestheaders
 *
 * @schema MiddlewareSpecHeaders
 */
export interface MiddlewareSpecHeaders {
    /**
     * AccessControlAllowCredentials defines whether the request can include user credentials.
     *
     * @schema MiddlewareSpecHeaders#accessControlAllowCredentials
     */
    readonly accessControlAllowCredentials?: boolean;
    /**
     * AccessControlAllowHeaders defines the Access-Control-Request-Headers values sent in preflight response.
     *
     * @schema MiddlewareSpecHeaders#accessControlAllowHeaders
     */
    readonly accessControlAllowHeaders?: string[];
    /**
     * AccessControlAllowMethods defines the Access-Control-Request-Method values sent in preflight response.
     *
     * @schema MiddlewareSpecHeaders#accessControlAllowMethods
     */
    readonly accessControlAllowMethods?: string[];
    /**
     * AccessControlAllowOriginList is a list of allowable origins. Can also be a wildcard origin "*".
     *
     * @schema MiddlewareSpecHeaders#accessControlAllowOriginList
     */
    readonly accessControlAllowOriginList?: string[];
    /**
     * AccessControlAllowOriginListRegex is a list of allowable origins written following the Regular Expression syntax (https://golang.org/pkg/regexp/).
     *
     * @schema MiddlewareSpecHeaders#accessControlAllowOriginListRegex
     */
    readonly accessControlAllowOriginListRegex?: string[];
    /**
     * AccessControlExposeHeaders defines the Access-Control-Expose-Headers values sent in preflight response.
     *
     * @schema MiddlewareSpecHeaders#accessControlExposeHeaders
     */
    readonly accessControlExposeHeaders?: string[];
    /**
     * AccessControlMaxAge defines the time that a preflight request may be cached.
     *
     * @schema MiddlewareSpecHeaders#accessControlMaxAge
     */
    readonly accessControlMaxAge?: number;
    /**
     * AddVaryHeader defines whether the Vary header is automatically added/updated when the AccessControlAllowOriginList is set.
     *
     * @schema MiddlewareSpecHeaders#addVaryHeader
     */
    readonly addVaryHeader?: boolean;
    /**
     * AllowedHosts defines the fully qualified list of allowed domain names.
     *
     * @schema MiddlewareSpecHeaders#allowedHosts
     */
    readonly allowedHosts?: string[];
    /**
     * BrowserXSSFilter defines whether to add the X-XSS-Protection header with the value 1; mode=block.
     *
     * @schema MiddlewareSpecHeaders#browserXssFilter
     */
    readonly browserXssFilter?: boolean;
    /**
     * ContentSecurityPolicy defines the Content-Security-Policy header value.
     *
     * @schema MiddlewareSpecHeaders#contentSecurityPolicy
     */
    readonly contentSecurityPolicy?: string;
    /**
     * ContentSecurityPolicyReportOnly defines the Content-Security-Policy-Report-Only header value.
     *
     * @schema MiddlewareSpecHeaders#contentSecurityPolicyReportOnly
     */
    readonly contentSecurityPolicyReportOnly?: string;
    /**
     * ContentTypeNosniff defines whether to add the X-Content-Type-Options header with the nosniff value.
     *
     * @schema MiddlewareSpecHeaders#contentTypeNosniff
     */
    readonly contentTypeNosniff?: boolean;
    /**
     * CustomBrowserXSSValue defines the X-XSS-Protection header value.
     * This overrides the BrowserXssFilter option.
     *
     * @schema MiddlewareSpecHeaders#customBrowserXSSValue
     */
    readonly customBrowserXssValue?: string;
    /**
     * CustomFrameOptionsValue defines the X-Frame-Options header value.
     * This overrides the FrameDeny option.
     *
     * @schema MiddlewareSpecHeaders#customFrameOptionsValue
     */
    readonly customFrameOptionsValue?: string;
    /**
     * CustomRequestHeaders defines the header names and values to apply to the request.
     *
     * @schema MiddlewareSpecHeaders#customRequestHeaders
     */
    readonly customRequestHeaders?: {
        [key: string]: string;
    };
    /**
     * CustomResponseHeaders defines the header names and values to apply to the response.
     *
     * @schema MiddlewareSpecHeaders#customResponseHeaders
     */
    readonly customResponseHeaders?: {
        [key: string]: string;
    };
    /**
     * Deprecated: FeaturePolicy option is deprecated, please use PermissionsPolicy instead.
     *
     * @schema MiddlewareSpecHeaders#featurePolicy
     */
    readonly featurePolicy?: string;
    /**
     * ForceSTSHeader defines whether to add the STS header even when the connection is HTTP.
     *
     * @schema MiddlewareSpecHeaders#forceSTSHeader
     */
    readonly forceStsHeader?: boolean;
    /**
     * FrameDeny defines whether to add the X-Frame-Options header with the DENY value.
     *
     * @schema MiddlewareSpecHeaders#frameDeny
     */
    readonly frameDeny?: boolean;
    /**
     * HostsProxyHeaders defines the header keys that may hold a proxied hostname value for the request.
     *
     * @schema MiddlewareSpecHeaders#hostsProxyHeaders
     */
    readonly hostsProxyHeaders?: string[];
    /**
     * IsDevelopment defines whether to mitigate the unwanted effects of the AllowedHosts, SSL, and STS options when developing.
     * Usually testing takes place using HTTP, not HTTPS, and on localhost, not your production domain.
     * If you would like your development environment to mimic production with complete Host blocking, SSL redirects,
     * and STS headers, leave this as false.
     *
     * @schema MiddlewareSpecHeaders#isDevelopment
     */
    readonly isDevelopment?: boolean;
    /**
     * PermissionsPolicy defines the Permissions-Policy header value.
     * This allows sites to control browser features.
     *
     * @schema MiddlewareSpecHeaders#permissionsPolicy
     */
    readonly permissionsPolicy?: string;
    /**
     * PublicKey is the public key that implements HPKP to prevent MITM attacks with forged certificates.
     *
     * @schema MiddlewareSpecHeaders#publicKey
     */
    readonly publicKey?: string;
    /**
     * ReferrerPolicy defines the Referrer-Policy header value.
     * This allows sites to control whether browsers forward the Referer header to other sites.
     *
     * @schema MiddlewareSpecHeaders#referrerPolicy
     */
    readonly referrerPolicy?: string;
    /**
     * Deprecated: SSLForceHost option is deprecated, please use RedirectRegex instead.
     *
     * @schema MiddlewareSpecHeaders#sslForceHost
     */
    readonly sslForceHost?: boolean;
    /**
     * Deprecated: SSLHost option is deprecated, please use RedirectRegex instead.
     *
     * @schema MiddlewareSpecHeaders#sslHost
     */
    readonly sslHost?: string;
    /**
     * SSLProxyHeaders defines the header keys with associated values that would indicate a valid HTTPS request.
     * It can be useful when using other proxies (example: "X-Forwarded-Proto": "https").
     *
     * @schema MiddlewareSpecHeaders#sslProxyHeaders
     */
    readonly sslProxyHeaders?: {
        [key: string]: string;
    };
    /**
     * Deprecated: SSLRedirect option is deprecated, please use EntryPoint redirection or RedirectScheme instead.
     *
     * @schema MiddlewareSpecHeaders#sslRedirect
     */
    readonly sslRedirect?: boolean;
    /**
     * Deprecated: SSLTemporaryRedirect option is deprecated, please use EntryPoint redirection or RedirectScheme instead.
     *
     * @schema MiddlewareSpecHeaders#sslTemporaryRedirect
     */
    readonly sslTemporaryRedirect?: boolean;
    /**
     * STSIncludeSubdomains defines whether the includeSubDomains directive is appended to the Strict-Transport-Security header.
     *
     * @schema MiddlewareSpecHeaders#stsIncludeSubdomains
     */
    readonly stsIncludeSubdomains?: boolean;
    /**
     * STSPreload defines whether the preload flag is appended to the Strict-Transport-Security header.
     *
     * @schema MiddlewareSpecHeaders#stsPreload
     */
    readonly stsPreload?: boolean;
    /**
     * STSSeconds defines the max-age of the Strict-Transport-Security header.
     * If set to 0, the header is not set.
     *
     * @schema MiddlewareSpecHeaders#stsSeconds
     */
    readonly stsSeconds?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecHeaders' to JSON representation.
 */
export declare function toJson_MiddlewareSpecHeaders(obj: MiddlewareSpecHeaders | undefined): Record<string, any> | undefined;
/**
 * InFlightReq holds the in-flight request middleware configuration.
 * This middleware limits the number of requests being processed and served concurrently.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/inflightreq/
 *
 * @schema MiddlewareSpecInFlightReq
 */
export interface MiddlewareSpecInFlightReq {
    /**
     * Amount defines the maximum amount of allowed simultaneous in-flight request.
     * The middleware responds with HTTP 429 Too Many Requests if there are already amount requests in progress (based on the same sourceCriterion strategy).
     *
     * @schema MiddlewareSpecInFlightReq#amount
     */
    readonly amount?: number;
    /**
     * SourceCriterion defines what criterion is used to group requests as originating from a common source.
     * If several strategies are defined at the same time, an error will be raised.
     * If none are set, the default is to use the requestHost.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/inflightreq/#sourcecriterion
     *
     * @schema MiddlewareSpecInFlightReq#sourceCriterion
     */
    readonly sourceCriterion?: MiddlewareSpecInFlightReqSourceCriterion;
}
/**
 * Converts an object of type 'MiddlewareSpecInFlightReq' to JSON representation.
 */
export declare function toJson_MiddlewareSpecInFlightReq(obj: MiddlewareSpecInFlightReq | undefined): Record<string, any> | undefined;
/**
 * IPAllowList holds the IP allowlist middleware configuration.
 * This middleware limits allowed requests based on the client IP.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/
 *
 * @schema MiddlewareSpecIpAllowList
 */
export interface MiddlewareSpecIpAllowList {
    /**
     * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
     *
     * @schema MiddlewareSpecIpAllowList#ipStrategy
     */
    readonly ipStrategy?: MiddlewareSpecIpAllowListIpStrategy;
    /**
     * RejectStatusCode defines the HTTP status code used for refused requests.
     * If not set, the default is 403 (Forbidden).
     *
     * @schema MiddlewareSpecIpAllowList#rejectStatusCode
     */
    readonly rejectStatusCode?: number;
    /**
     * SourceRange defines the set of allowed IPs (or ranges of allowed IPs by using CIDR notation).
     *
     * @schema MiddlewareSpecIpAllowList#sourceRange
     */
    readonly sourceRange?: string[];
}
/**
 * Converts an object of type 'MiddlewareSpecIpAllowList' to JSON representation.
 */
export declare function toJson_MiddlewareSpecIpAllowList(obj: MiddlewareSpecIpAllowList | undefined): Record<string, any> | undefined;
/**
 * Deprecated: please use IPAllowList instead.
 *
 * @schema MiddlewareSpecIpWhiteList
 */
export interface MiddlewareSpecIpWhiteList {
    /**
     * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
     *
     * @schema MiddlewareSpecIpWhiteList#ipStrategy
     */
    readonly ipStrategy?: MiddlewareSpecIpWhiteListIpStrategy;
    /**
     * SourceRange defines the set of allowed IPs (or ranges of allowed IPs by using CIDR notation). Required.
     *
     * @schema MiddlewareSpecIpWhiteList#sourceRange
     */
    readonly sourceRange?: string[];
}
/**
 * Converts an object of type 'MiddlewareSpecIpWhiteList' to JSON representation.
 */
export declare function toJson_MiddlewareSpecIpWhiteList(obj: MiddlewareSpecIpWhiteList | undefined): Record<string, any> | undefined;
/**
 * PassTLSClientCert holds the pass TLS client cert middleware configuration.
 * This middleware adds the selected data from the passed client TLS certificate to a header.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/passtlsclientcert/
 *
 * @schema MiddlewareSpecPassTlsClientCert
 */
export interface MiddlewareSpecPassTlsClientCert {
    /**
     * Info selects the specific client certificate details you want to add to the X-Forwarded-Tls-Client-Cert-Info header.
     *
     * @schema MiddlewareSpecPassTlsClientCert#info
     */
    readonly info?: MiddlewareSpecPassTlsClientCertInfo;
    /**
     * PEM sets the X-Forwarded-Tls-Client-Cert header with the certificate.
     *
     * @schema MiddlewareSpecPassTlsClientCert#pem
     */
    readonly pem?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCert' to JSON representation.
 */
export declare function toJson_MiddlewareSpecPassTlsClientCert(obj: MiddlewareSpecPassTlsClientCert | undefined): Record<string, any> | undefined;
/**
 * RateLimit holds the rate limit configuration.
 * This middleware ensures that services will receive a fair amount of requests, and allows one to define what fair is.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/ratelimit/
 *
 * @schema MiddlewareSpecRateLimit
 */
export interface MiddlewareSpecRateLimit {
    /**
     * Average is the maximum rate, by default in requests/s, allowed for the given source.
     * It defaults to 0, which means no rate limiting.
     * The rate is actually defined by dividing Average by Period. So for a rate below 1req/s,
     * one needs to define a Period larger than a second.
     *
     * @schema MiddlewareSpecRateLimit#average
     */
    readonly average?: number;
    /**
     * Burst is the maximum number of requests allowed to arrive in the same arbitrarily small period of time.
     * It defaults to 1.
     *
     * @schema MiddlewareSpecRateLimit#burst
     */
    readonly burst?: number;
    /**
     * Period, in combination with Average, defines the actual maximum rate, such as:
     * r = Average / Period. It defaults to a second.
     *
     * @schema MiddlewareSpecRateLimit#period
     */
    readonly period?: MiddlewareSpecRateLimitPeriod;
    /**
     * Redis hold the configs of Redis as bucket in rate limiter.
     *
     * @schema MiddlewareSpecRateLimit#redis
     */
    readonly redis?: MiddlewareSpecRateLimitRedis;
    /**
     * SourceCriterion defines what criterion is used to group requests as originating from a common source.
     * If several strategies are defined at the same time, an error will be raised.
     * If none are set, the default is to use the request's remote address field (as an ipStrategy).
     *
     * @schema MiddlewareSpecRateLimit#sourceCriterion
     */
    readonly sourceCriterion?: MiddlewareSpecRateLimitSourceCriterion;
}
/**
 * Converts an object of type 'MiddlewareSpecRateLimit' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRateLimit(obj: MiddlewareSpecRateLimit | undefined): Record<string, any> | undefined;
/**
 * RedirectRegex holds the redirect regex middleware configuration.
 * This middleware redirects a request using regex matching and replacement.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/redirectregex/#regex
 *
 * @schema MiddlewareSpecRedirectRegex
 */
export interface MiddlewareSpecRedirectRegex {
    /**
     * Permanent defines whether the redirection is permanent (308).
     *
     * @schema MiddlewareSpecRedirectRegex#permanent
     */
    readonly permanent?: boolean;
    /**
     * Regex defines the regex used to match and capture elements from the request URL.
     *
     * @schema MiddlewareSpecRedirectRegex#regex
     */
    readonly regex?: string;
    /**
     * Replacement defines how to modify the URL to have the new target URL.
     *
     * @schema MiddlewareSpecRedirectRegex#replacement
     */
    readonly replacement?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecRedirectRegex' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRedirectRegex(obj: MiddlewareSpecRedirectRegex | undefined): Record<string, any> | undefined;
/**
 * RedirectScheme holds the redirect scheme middleware configuration.
 * This middleware redirects requests from a scheme/port to another.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/redirectscheme/
 *
 * @schema MiddlewareSpecRedirectScheme
 */
export interface MiddlewareSpecRedirectScheme {
    /**
     * Permanent defines whether the redirection is permanent.
     * For HTTP GET requests a 301 is returned, otherwise a 308 is returned.
     *
     * @schema MiddlewareSpecRedirectScheme#permanent
     */
    readonly permanent?: boolean;
    /**
     * Port defines the port of the new URL.
     *
     * @schema MiddlewareSpecRedirectScheme#port
     */
    readonly port?: string;
    /**
     * Scheme defines the scheme of the new URL.
     *
     * @schema MiddlewareSpecRedirectScheme#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecRedirectScheme' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRedirectScheme(obj: MiddlewareSpecRedirectScheme | undefined): Record<string, any> | undefined;
/**
 * ReplacePath holds the replace path middleware configuration.
 * This middleware replaces the path of the request URL and store the original path in an X-Replaced-Path header.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/replacepath/
 *
 * @schema MiddlewareSpecReplacePath
 */
export interface MiddlewareSpecReplacePath {
    /**
     * Path defines the path to use as replacement in the request URL.
     *
     * @schema MiddlewareSpecReplacePath#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecReplacePath' to JSON representation.
 */
export declare function toJson_MiddlewareSpecReplacePath(obj: MiddlewareSpecReplacePath | undefined): Record<string, any> | undefined;
/**
 * ReplacePathRegex holds the replace path regex middleware configuration.
 * This middleware replaces the path of a URL using regex matching and replacement.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/replacepathregex/
 *
 * @schema MiddlewareSpecReplacePathRegex
 */
export interface MiddlewareSpecReplacePathRegex {
    /**
     * Regex defines the regular expression used to match and capture the path from the request URL.
     *
     * @schema MiddlewareSpecReplacePathRegex#regex
     */
    readonly regex?: string;
    /**
     * Replacement defines the replacement path format, which can include captured variables.
     *
     * @schema MiddlewareSpecReplacePathRegex#replacement
     */
    readonly replacement?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecReplacePathRegex' to JSON representation.
 */
export declare function toJson_MiddlewareSpecReplacePathRegex(obj: MiddlewareSpecReplacePathRegex | undefined): Record<string, any> | undefined;
/**
 * Retry holds the retry middleware configuration.
 * This middleware reissues requests a given number of times to a backend server if that server does not reply.
 * As soon as the server answers, the middleware stops retrying, regardless of the response status.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/retry/
 *
 * @schema MiddlewareSpecRetry
 */
export interface MiddlewareSpecRetry {
    /**
     * Attempts defines how many times the request should be retried.
     *
     * @schema MiddlewareSpecRetry#attempts
     */
    readonly attempts?: number;
    /**
     * DisableRetryOnNetworkError defines whether to disable the retry if an error occurs when transmitting the request to the server.
     *
     * @schema MiddlewareSpecRetry#disableRetryOnNetworkError
     */
    readonly disableRetryOnNetworkError?: boolean;
    /**
     * InitialInterval defines the first wait time in the exponential backoff series.
     * The maximum interval is calculated as twice the initialInterval.
     * If unspecified, requests will be retried immediately.
     * The value of initialInterval should be provided in seconds or as a valid duration format,
     * see https://pkg.go.dev/time#ParseDuration.
     *
     * @schema MiddlewareSpecRetry#initialInterval
     */
    readonly initialInterval?: MiddlewareSpecRetryInitialInterval;
    /**
     * MaxRequestBodyBytes defines the maximum size for the request body.
     * Default is `-1`, which means no limit.
     *
     * @default 1`, which means no limit.
     * @schema MiddlewareSpecRetry#maxRequestBodyBytes
     */
    readonly maxRequestBodyBytes?: number;
    /**
     * RetryNonIdempotentMethod activates the retry for non-idempotent methods (POST, LOCK, PATCH)
     *
     * @schema MiddlewareSpecRetry#retryNonIdempotentMethod
     */
    readonly retryNonIdempotentMethod?: boolean;
    /**
     * Status defines the range of HTTP status codes to retry on.
     *
     * @schema MiddlewareSpecRetry#status
     */
    readonly status?: string[];
    /**
     * Timeout defines how much time the middleware is allowed to retry the request.
     * The value of timeout should be provided in seconds or as a valid duration format,
     * see https://pkg.go.dev/time#ParseDuration.
     *
     * @schema MiddlewareSpecRetry#timeout
     */
    readonly timeout?: MiddlewareSpecRetryTimeout;
}
/**
 * Converts an object of type 'MiddlewareSpecRetry' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRetry(obj: MiddlewareSpecRetry | undefined): Record<string, any> | undefined;
/**
 * StripPrefix holds the strip prefix middleware configuration.
 * This middleware removes the specified prefixes from the URL path.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/stripprefix/
 *
 * @schema MiddlewareSpecStripPrefix
 */
export interface MiddlewareSpecStripPrefix {
    /**
     * Deprecated: ForceSlash option is deprecated, please remove any usage of this option.
     * ForceSlash ensures that the resulting stripped path is not the empty string, by replacing it with / when necessary.
     * Default: true.
     *
     * @schema MiddlewareSpecStripPrefix#forceSlash
     */
    readonly forceSlash?: boolean;
    /**
     * Prefixes defines the prefixes to strip from the request URL.
     *
     * @schema MiddlewareSpecStripPrefix#prefixes
     */
    readonly prefixes?: string[];
}
/**
 * Converts an object of type 'MiddlewareSpecStripPrefix' to JSON representation.
 */
export declare function toJson_MiddlewareSpecStripPrefix(obj: MiddlewareSpecStripPrefix | undefined): Record<string, any> | undefined;
/**
 * StripPrefixRegex holds the strip prefix regex middleware configuration.
 * This middleware removes the matching prefixes from the URL path.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/stripprefixregex/
 *
 * @schema MiddlewareSpecStripPrefixRegex
 */
export interface MiddlewareSpecStripPrefixRegex {
    /**
     * Regex defines the regular expression to match the path prefix from the request URL.
     *
     * @schema MiddlewareSpecStripPrefixRegex#regex
     */
    readonly regex?: string[];
}
/**
 * Converts an object of type 'MiddlewareSpecStripPrefixRegex' to JSON representation.
 */
export declare function toJson_MiddlewareSpecStripPrefixRegex(obj: MiddlewareSpecStripPrefixRegex | undefined): Record<string, any> | undefined;
/**
 * MiddlewareRef is a reference to a Middleware resource.
 *
 * @schema MiddlewareSpecChainMiddlewares
 */
export interface MiddlewareSpecChainMiddlewares {
    /**
     * Name defines the name of the referenced Middleware resource.
     *
     * @schema MiddlewareSpecChainMiddlewares#name
     */
    readonly name: string;
    /**
     * Namespace defines the namespace of the referenced Middleware resource.
     *
     * @schema MiddlewareSpecChainMiddlewares#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecChainMiddlewares' to JSON representation.
 */
export declare function toJson_MiddlewareSpecChainMiddlewares(obj: MiddlewareSpecChainMiddlewares | undefined): Record<string, any> | undefined;
/**
 * CheckPeriod is the interval between successive checks of the circuit breaker condition (when in standby state).
 *
 * @schema MiddlewareSpecCircuitBreakerCheckPeriod
 */
export declare class MiddlewareSpecCircuitBreakerCheckPeriod {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecCircuitBreakerCheckPeriod;
    static fromString(value: string): MiddlewareSpecCircuitBreakerCheckPeriod;
    private constructor();
}
/**
 * FallbackDuration is the duration for which the circuit breaker will wait before trying to recover (from a tripped state).
 *
 * @schema MiddlewareSpecCircuitBreakerFallbackDuration
 */
export declare class MiddlewareSpecCircuitBreakerFallbackDuration {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecCircuitBreakerFallbackDuration;
    static fromString(value: string): MiddlewareSpecCircuitBreakerFallbackDuration;
    private constructor();
}
/**
 * RecoveryDuration is the duration for which the circuit breaker will try to recover (as soon as it is in recovering state).
 *
 * @schema MiddlewareSpecCircuitBreakerRecoveryDuration
 */
export declare class MiddlewareSpecCircuitBreakerRecoveryDuration {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecCircuitBreakerRecoveryDuration;
    static fromString(value: string): MiddlewareSpecCircuitBreakerRecoveryDuration;
    private constructor();
}
/**
 * Service defines the reference to a Kubernetes Service that will serve the error page.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/middlewares/errorpages/#service
 *
 * @schema MiddlewareSpecErrorsService
 */
export interface MiddlewareSpecErrorsService {
    /**
     * Healthcheck defines health checks for ExternalName services.
     *
     * @schema MiddlewareSpecErrorsService#healthCheck
     */
    readonly healthCheck?: MiddlewareSpecErrorsServiceHealthCheck;
    /**
     * Kind defines the kind of the Service.
     *
     * @schema MiddlewareSpecErrorsService#kind
     */
    readonly kind?: MiddlewareSpecErrorsServiceKind;
    /**
     * Middlewares defines the list of references to Middleware resources to apply to the service.
     *
     * @schema MiddlewareSpecErrorsService#middlewares
     */
    readonly middlewares?: MiddlewareSpecErrorsServiceMiddlewares[];
    /**
     * Name defines the name of the referenced Kubernetes Service or TraefikService.
     * The differentiation between the two is specified in the Kind field.
     *
     * @schema MiddlewareSpecErrorsService#name
     */
    readonly name: string;
    /**
     * Namespace defines the namespace of the referenced Kubernetes Service or TraefikService.
     *
     * @schema MiddlewareSpecErrorsService#namespace
     */
    readonly namespace?: string;
    /**
     * NativeLB controls, when creating the load-balancer,
     * whether the LB's children are directly the pods IPs or if the only child is the Kubernetes Service clusterIP.
     * The Kubernetes Service itself does load-balance to the pods.
     * By default, NativeLB is false.
     *
     * @schema MiddlewareSpecErrorsService#nativeLB
     */
    readonly nativeLb?: boolean;
    /**
     * NodePortLB controls, when creating the load-balancer,
     * whether the LB's children are directly the nodes internal IPs using the nodePort when the service type is NodePort.
     * It allows services to be reachable when Traefik runs externally from the Kubernetes cluster but within the same network of the nodes.
     * By default, NodePortLB is false.
     *
     * @schema MiddlewareSpecErrorsService#nodePortLB
     */
    readonly nodePortLb?: boolean;
    /**
     * PassHostHeader defines whether the client Host header is forwarded to the upstream Kubernetes Service.
     * By default, passHostHeader is true.
     *
     * @schema MiddlewareSpecErrorsService#passHostHeader
     */
    readonly passHostHeader?: boolean;
    /**
     * PassiveHealthCheck defines passive health checks for ExternalName services.
     *
     * @schema MiddlewareSpecErrorsService#passiveHealthCheck
     */
    readonly passiveHealthCheck?: MiddlewareSpecErrorsServicePassiveHealthCheck;
    /**
     * Port defines the port of a Kubernetes Service.
     * This can be a reference to a named port.
     *
     * @schema MiddlewareSpecErrorsService#port
     */
    readonly port?: MiddlewareSpecErrorsServicePort;
    /**
     * ResponseForwarding defines how Traefik forwards the response from the upstream Kubernetes Service to the client.
     *
     * @schema MiddlewareSpecErrorsService#responseForwarding
     */
    readonly responseForwarding?: MiddlewareSpecErrorsServiceResponseForwarding;
    /**
     * Scheme defines the scheme to use for the request to the upstream Kubernetes Service.
     * It defaults to https when Kubernetes Service port is 443, http otherwise.
     *
     * @schema MiddlewareSpecErrorsService#scheme
     */
    readonly scheme?: string;
    /**
     * ServersTransport defines the name of ServersTransport resource to use.
     * It allows to configure the transport between Traefik and your servers.
     * Can only be used on a Kubernetes Service.
     *
     * @schema MiddlewareSpecErrorsService#serversTransport
     */
    readonly serversTransport?: string;
    /**
     * Sticky defines the sticky sessions configuration.
     * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/load-balancing/service/#sticky-sessions
     *
     * @schema MiddlewareSpecErrorsService#sticky
     */
    readonly sticky?: MiddlewareSpecErrorsServiceSticky;
    /**
     * Strategy defines the load balancing strategy between the servers.
     * Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
     * RoundRobin value is deprecated and supported for backward compatibility.
     *
     * @schema MiddlewareSpecErrorsService#strategy
     */
    readonly strategy?: MiddlewareSpecErrorsServiceStrategy;
    /**
     * Weight defines the weight and should only be specified when Name references a TraefikService object
     * (and to be precise, one that embeds a Weighted Round Robin).
     *
     * @schema MiddlewareSpecErrorsService#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsService' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrorsService(obj: MiddlewareSpecErrorsService | undefined): Record<string, any> | undefined;
/**
 * TLS defines the configuration used to secure the connection to the authentication server.
 *
 * @schema MiddlewareSpecForwardAuthTls
 */
export interface MiddlewareSpecForwardAuthTls {
    /**
     * Deprecated: TLS client authentication is a server side option (see https://github.com/golang/go/blob/740a490f71d026bb7d2d13cb8fa2d6d6e0572b70/src/crypto/tls/common.go#L634).
     *
     * @schema MiddlewareSpecForwardAuthTls#caOptional
     */
    readonly caOptional?: boolean;
    /**
     * CASecret is the name of the referenced Kubernetes Secret containing the CA to validate the server certificate.
     * The CA certificate is extracted from key `tls.ca` or `ca.crt`.
     *
     * @schema MiddlewareSpecForwardAuthTls#caSecret
     */
    readonly caSecret?: string;
    /**
     * CertSecret is the name of the referenced Kubernetes Secret containing the client certificate.
     * The client certificate is extracted from the keys `tls.crt` and `tls.key`.
     *
     * @schema MiddlewareSpecForwardAuthTls#certSecret
     */
    readonly certSecret?: string;
    /**
     * InsecureSkipVerify defines whether the server certificates should be validated.
     *
     * @schema MiddlewareSpecForwardAuthTls#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecForwardAuthTls' to JSON representation.
 */
export declare function toJson_MiddlewareSpecForwardAuthTls(obj: MiddlewareSpecForwardAuthTls | undefined): Record<string, any> | undefined;
/**
 * SourceCriterion defines what criterion is used to group requests as originating from a common source.
 * If several strategies are defined at the same time, an error will be raised.
 * If none are set, the default is to use the requestHost.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/inflightreq/#sourcecriterion
 *
 * @schema MiddlewareSpecInFlightReqSourceCriterion
 */
export interface MiddlewareSpecInFlightReqSourceCriterion {
    /**
     * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
     *
     * @schema MiddlewareSpecInFlightReqSourceCriterion#ipStrategy
     */
    readonly ipStrategy?: MiddlewareSpecInFlightReqSourceCriterionIpStrategy;
    /**
     * RequestHeaderName defines the name of the header used to group incoming requests.
     *
     * @schema MiddlewareSpecInFlightReqSourceCriterion#requestHeaderName
     */
    readonly requestHeaderName?: string;
    /**
     * RequestHost defines whether to consider the request Host as the source.
     *
     * @schema MiddlewareSpecInFlightReqSourceCriterion#requestHost
     */
    readonly requestHost?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecInFlightReqSourceCriterion' to JSON representation.
 */
export declare function toJson_MiddlewareSpecInFlightReqSourceCriterion(obj: MiddlewareSpecInFlightReqSourceCriterion | undefined): Record<string, any> | undefined;
/**
 * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
 *
 * @schema MiddlewareSpecIpAllowListIpStrategy
 */
export interface MiddlewareSpecIpAllowListIpStrategy {
    /**
     * Depth tells Traefik to use the X-Forwarded-For header and take the IP located at the depth position (starting from the right).
     *
     * @schema MiddlewareSpecIpAllowListIpStrategy#depth
     */
    readonly depth?: number;
    /**
     * ExcludedIPs configures Traefik to scan the X-Forwarded-For header and select the first IP not in the list.
     *
     * @schema MiddlewareSpecIpAllowListIpStrategy#excludedIPs
     */
    readonly excludedIPs?: string[];
    /**
     * IPv6Subnet configures Traefik to consider all IPv6 addresses from the defined subnet as originating from the same IP. Applies to RemoteAddrStrategy and DepthStrategy.
     *
     * @schema MiddlewareSpecIpAllowListIpStrategy#ipv6Subnet
     */
    readonly ipv6Subnet?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecIpAllowListIpStrategy' to JSON representation.
 */
export declare function toJson_MiddlewareSpecIpAllowListIpStrategy(obj: MiddlewareSpecIpAllowListIpStrategy | undefined): Record<string, any> | undefined;
/**
 * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
 *
 * @schema MiddlewareSpecIpWhiteListIpStrategy
 */
export interface MiddlewareSpecIpWhiteListIpStrategy {
    /**
     * Depth tells Traefik to use the X-Forwarded-For header and take the IP located at the depth position (starting from the right).
     *
     * @schema MiddlewareSpecIpWhiteListIpStrategy#depth
     */
    readonly depth?: number;
    /**
     * ExcludedIPs configures Traefik to scan the X-Forwarded-For header and select the first IP not in the list.
     *
     * @schema MiddlewareSpecIpWhiteListIpStrategy#excludedIPs
     */
    readonly excludedIPs?: string[];
    /**
     * IPv6Subnet configures Traefik to consider all IPv6 addresses from the defined subnet as originating from the same IP. Applies to RemoteAddrStrategy and DepthStrategy.
     *
     * @schema MiddlewareSpecIpWhiteListIpStrategy#ipv6Subnet
     */
    readonly ipv6Subnet?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecIpWhiteListIpStrategy' to JSON representation.
 */
export declare function toJson_MiddlewareSpecIpWhiteListIpStrategy(obj: MiddlewareSpecIpWhiteListIpStrategy | undefined): Record<string, any> | undefined;
/**
 * Info selects the specific client certificate details you want to add to the X-Forwarded-Tls-Client-Cert-Info header.
 *
 * @schema MiddlewareSpecPassTlsClientCertInfo
 */
export interface MiddlewareSpecPassTlsClientCertInfo {
    /**
     * Issuer defines the client certificate issuer details to add to the X-Forwarded-Tls-Client-Cert-Info header.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfo#issuer
     */
    readonly issuer?: MiddlewareSpecPassTlsClientCertInfoIssuer;
    /**
     * NotAfter defines whether to add the Not After information from the Validity part.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfo#notAfter
     */
    readonly notAfter?: boolean;
    /**
     * NotBefore defines whether to add the Not Before information from the Validity part.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfo#notBefore
     */
    readonly notBefore?: boolean;
    /**
     * Sans defines whether to add the Subject Alternative Name information from the Subject Alternative Name part.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfo#sans
     */
    readonly sans?: boolean;
    /**
     * SerialNumber defines whether to add the client serialNumber information.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfo#serialNumber
     */
    readonly serialNumber?: boolean;
    /**
     * Subject defines the client certificate subject details to add to the X-Forwarded-Tls-Client-Cert-Info header.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfo#subject
     */
    readonly subject?: MiddlewareSpecPassTlsClientCertInfoSubject;
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCertInfo' to JSON representation.
 */
export declare function toJson_MiddlewareSpecPassTlsClientCertInfo(obj: MiddlewareSpecPassTlsClientCertInfo | undefined): Record<string, any> | undefined;
/**
 * Period, in combination with Average, defines the actual maximum rate, such as:
 * r = Average / Period. It defaults to a second.
 *
 * @schema MiddlewareSpecRateLimitPeriod
 */
export declare class MiddlewareSpecRateLimitPeriod {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecRateLimitPeriod;
    static fromString(value: string): MiddlewareSpecRateLimitPeriod;
    private constructor();
}
/**
 * Redis hold the configs of Redis as bucket in rate limiter.
 *
 * @schema MiddlewareSpecRateLimitRedis
 */
export interface MiddlewareSpecRateLimitRedis {
    /**
     * DB defines the Redis database that will be selected after connecting to the server.
     *
     * @schema MiddlewareSpecRateLimitRedis#db
     */
    readonly db?: number;
    /**
     * DialTimeout sets the timeout for establishing new connections.
     * Default value is 5 seconds.
     *
     * @schema MiddlewareSpecRateLimitRedis#dialTimeout
     */
    readonly dialTimeout?: MiddlewareSpecRateLimitRedisDialTimeout;
    /**
     * Endpoints contains either a single address or a seed list of host:port addresses.
     * Default value is ["localhost:6379"].
     *
     * @schema MiddlewareSpecRateLimitRedis#endpoints
     */
    readonly endpoints?: string[];
    /**
     * MaxActiveConns defines the maximum number of connections allocated by the pool at a given time.
     * Default value is 0, meaning there is no limit.
     *
     * @schema MiddlewareSpecRateLimitRedis#maxActiveConns
     */
    readonly maxActiveConns?: number;
    /**
     * MinIdleConns defines the minimum number of idle connections.
     * Default value is 0, and idle connections are not closed by default.
     *
     * @schema MiddlewareSpecRateLimitRedis#minIdleConns
     */
    readonly minIdleConns?: number;
    /**
     * PoolSize defines the initial number of socket connections.
     * If the pool runs out of available connections, additional ones will be created beyond PoolSize.
     * This can be limited using MaxActiveConns.
     * // Default value is 0, meaning 10 connections per every available CPU as reported by runtime.GOMAXPROCS.
     *
     * @schema MiddlewareSpecRateLimitRedis#poolSize
     */
    readonly poolSize?: number;
    /**
     * ReadTimeout defines the timeout for socket read operations.
     * Default value is 3 seconds.
     *
     * @schema MiddlewareSpecRateLimitRedis#readTimeout
     */
    readonly readTimeout?: MiddlewareSpecRateLimitRedisReadTimeout;
    /**
     * Secret defines the name of the referenced Kubernetes Secret containing Redis credentials.
     *
     * @schema MiddlewareSpecRateLimitRedis#secret
     */
    readonly secret?: string;
    /**
     * TLS defines TLS-specific configurations, including the CA, certificate, and key,
     * which can be provided as a file path or file content.
     *
     * @schema MiddlewareSpecRateLimitRedis#tls
     */
    readonly tls?: MiddlewareSpecRateLimitRedisTls;
    /**
     * WriteTimeout defines the timeout for socket write operations.
     * Default value is 3 seconds.
     *
     * @schema MiddlewareSpecRateLimitRedis#writeTimeout
     */
    readonly writeTimeout?: MiddlewareSpecRateLimitRedisWriteTimeout;
}
/**
 * Converts an object of type 'MiddlewareSpecRateLimitRedis' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRateLimitRedis(obj: MiddlewareSpecRateLimitRedis | undefined): Record<string, any> | undefined;
/**
 * SourceCriterion defines what criterion is used to group requests as originating from a common source.
 * If several strategies are defined at the same time, an error will be raised.
 * If none are set, the default is to use the request's remote address field (as an ipStrategy).
 *
 * @schema MiddlewareSpecRateLimitSourceCriterion
 */
export interface MiddlewareSpecRateLimitSourceCriterion {
    /**
     * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
     * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
     *
     * @schema MiddlewareSpecRateLimitSourceCriterion#ipStrategy
     */
    readonly ipStrategy?: MiddlewareSpecRateLimitSourceCriterionIpStrategy;
    /**
     * RequestHeaderName defines the name of the header used to group incoming requests.
     *
     * @schema MiddlewareSpecRateLimitSourceCriterion#requestHeaderName
     */
    readonly requestHeaderName?: string;
    /**
     * RequestHost defines whether to consider the request Host as the source.
     *
     * @schema MiddlewareSpecRateLimitSourceCriterion#requestHost
     */
    readonly requestHost?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecRateLimitSourceCriterion' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRateLimitSourceCriterion(obj: MiddlewareSpecRateLimitSourceCriterion | undefined): Record<string, any> | undefined;
/**
 * InitialInterval defines the first wait time in the exponential backoff series.
 * The maximum interval is calculated as twice the initialInterval.
 * If unspecified, requests will be retried immediately.
 * The value of initialInterval should be provided in seconds or as a valid duration format,
 * see https://pkg.go.dev/time#ParseDuration.
 *
 * @schema MiddlewareSpecRetryInitialInterval
 */
export declare class MiddlewareSpecRetryInitialInterval {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecRetryInitialInterval;
    static fromString(value: string): MiddlewareSpecRetryInitialInterval;
    private constructor();
}
/**
 * Timeout defines how much time the middleware is allowed to retry the request.
 * The value of timeout should be provided in seconds or as a valid duration format,
 * see https://pkg.go.dev/time#ParseDuration.
 *
 * @schema MiddlewareSpecRetryTimeout
 */
export declare class MiddlewareSpecRetryTimeout {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecRetryTimeout;
    static fromString(value: string): MiddlewareSpecRetryTimeout;
    private constructor();
}
/**
 * Healthcheck defines health checks for ExternalName services.
 *
 * @schema MiddlewareSpecErrorsServiceHealthCheck
 */
export interface MiddlewareSpecErrorsServiceHealthCheck {
    /**
     * FollowRedirects defines whether redirects should be followed during the health check calls.
     * Default: true
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#followRedirects
     */
    readonly followRedirects?: boolean;
    /**
     * Headers defines custom headers to be sent to the health check endpoint.
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Hostname defines the value of hostname in the Host header of the health check request.
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#hostname
     */
    readonly hostname?: string;
    /**
     * Interval defines the frequency of the health check calls for healthy targets.
     * Default: 30s
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#interval
     */
    readonly interval?: MiddlewareSpecErrorsServiceHealthCheckInterval;
    /**
     * Method defines the healthcheck method.
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#method
     */
    readonly method?: string;
    /**
     * Mode defines the health check mode.
     * If defined to grpc, will use the gRPC health check protocol to probe the server.
     * Default: http
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#mode
     */
    readonly mode?: string;
    /**
     * Path defines the server URL path for the health check endpoint.
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#path
     */
    readonly path?: string;
    /**
     * Port defines the server URL port for the health check endpoint.
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#port
     */
    readonly port?: number;
    /**
     * Scheme replaces the server URL scheme for the health check endpoint.
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#scheme
     */
    readonly scheme?: string;
    /**
     * Status defines the expected HTTP status code of the response to the health check request.
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#status
     */
    readonly status?: number;
    /**
     * Timeout defines the maximum duration Traefik will wait for a health check request before considering the server unhealthy.
     * Default: 5s
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#timeout
     */
    readonly timeout?: MiddlewareSpecErrorsServiceHealthCheckTimeout;
    /**
     * UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
     * When UnhealthyInterval is not defined, it defaults to the Interval value.
     * Default: 30s
     *
     * @schema MiddlewareSpecErrorsServiceHealthCheck#unhealthyInterval
     */
    readonly unhealthyInterval?: MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval;
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceHealthCheck' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrorsServiceHealthCheck(obj: MiddlewareSpecErrorsServiceHealthCheck | undefined): Record<string, any> | undefined;
/**
 * Kind defines the kind of the Service.
 *
 * @schema MiddlewareSpecErrorsServiceKind
 */
export declare enum MiddlewareSpecErrorsServiceKind {
    /** Service */
    SERVICE = "Service",
    /** TraefikService */
    TRAEFIK_SERVICE = "TraefikService"
}
/**
 * MiddlewareRef is a reference to a Middleware resource.
 *
 * @schema MiddlewareSpecErrorsServiceMiddlewares
 */
export interface MiddlewareSpecErrorsServiceMiddlewares {
    /**
     * Name defines the name of the referenced Middleware resource.
     *
     * @schema MiddlewareSpecErrorsServiceMiddlewares#name
     */
    readonly name: string;
    /**
     * Namespace defines the namespace of the referenced Middleware resource.
     *
     * @schema MiddlewareSpecErrorsServiceMiddlewares#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceMiddlewares' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrorsServiceMiddlewares(obj: MiddlewareSpecErrorsServiceMiddlewares | undefined): Record<string, any> | undefined;
/**
 * PassiveHealthCheck defines passive health checks for ExternalName services.
 *
 * @schema MiddlewareSpecErrorsServicePassiveHealthCheck
 */
export interface MiddlewareSpecErrorsServicePassiveHealthCheck {
    /**
     * FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy. It also defines for how long the server will be considered unhealthy.
     *
     * @schema MiddlewareSpecErrorsServicePassiveHealthCheck#failureWindow
     */
    readonly failureWindow?: MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow;
    /**
     * MaxFailedAttempts is the number of consecutive failed attempts allowed within the failure window before marking the server as unhealthy.
     *
     * @schema MiddlewareSpecErrorsServicePassiveHealthCheck#maxFailedAttempts
     */
    readonly maxFailedAttempts?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServicePassiveHealthCheck' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrorsServicePassiveHealthCheck(obj: MiddlewareSpecErrorsServicePassiveHealthCheck | undefined): Record<string, any> | undefined;
/**
 * Port defines the port of a Kubernetes Service.
 * This can be a reference to a named port.
 *
 * @schema MiddlewareSpecErrorsServicePort
 */
export declare class MiddlewareSpecErrorsServicePort {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecErrorsServicePort;
    static fromString(value: string): MiddlewareSpecErrorsServicePort;
    private constructor();
}
/**
 * ResponseForwarding defines how Traefik forwards the response from the upstream Kubernetes Service to the client.
 *
 * @schema MiddlewareSpecErrorsServiceResponseForwarding
 */
export interface MiddlewareSpecErrorsServiceResponseForwarding {
    /**
     * FlushInterval defines the interval, in milliseconds, in between flushes to the client while copying the response body.
     * A negative value means to flush immediately after each write to the client.
     * This configuration is ignored when ReverseProxy recognizes a response as a streaming response;
     * for such responses, writes are flushed to the client immediately.
     * Default: 100ms
     *
     * @schema MiddlewareSpecErrorsServiceResponseForwarding#flushInterval
     */
    readonly flushInterval?: string;
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceResponseForwarding' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrorsServiceResponseForwarding(obj: MiddlewareSpecErrorsServiceResponseForwarding | undefined): Record<string, any> | undefined;
/**
 * Sticky defines the sticky sessions configuration.
 * More info: https://doc.traefik.io/traefik/v3.7/reference/routing-configuration/http/load-balancing/service/#sticky-sessions
 *
 * @schema MiddlewareSpecErrorsServiceSticky
 */
export interface MiddlewareSpecErrorsServiceSticky {
    /**
     * Cookie defines the sticky cookie configuration.
     *
     * @schema MiddlewareSpecErrorsServiceSticky#cookie
     */
    readonly cookie?: MiddlewareSpecErrorsServiceStickyCookie;
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceSticky' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrorsServiceSticky(obj: MiddlewareSpecErrorsServiceSticky | undefined): Record<string, any> | undefined;
/**
 * Strategy defines the load balancing strategy between the servers.
 * Supported values are: wrr (Weighed round-robin), p2c (Power of two choices), hrw (Highest Random Weight), and leasttime (Least-Time).
 * RoundRobin value is deprecated and supported for backward compatibility.
 *
 * @schema MiddlewareSpecErrorsServiceStrategy
 */
export declare enum MiddlewareSpecErrorsServiceStrategy {
    /** wrr */
    WRR = "wrr",
    /** p2c */
    P2C = "p2c",
    /** hrw */
    HRW = "hrw",
    /** leasttime */
    LEASTTIME = "leasttime",
    /** RoundRobin */
    ROUND_ROBIN = "RoundRobin"
}
/**
 * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
 *
 * @schema MiddlewareSpecInFlightReqSourceCriterionIpStrategy
 */
export interface MiddlewareSpecInFlightReqSourceCriterionIpStrategy {
    /**
     * Depth tells Traefik to use the X-Forwarded-For header and take the IP located at the depth position (starting from the right).
     *
     * @schema MiddlewareSpecInFlightReqSourceCriterionIpStrategy#depth
     */
    readonly depth?: number;
    /**
     * ExcludedIPs configures Traefik to scan the X-Forwarded-For header and select the first IP not in the list.
     *
     * @schema MiddlewareSpecInFlightReqSourceCriterionIpStrategy#excludedIPs
     */
    readonly excludedIPs?: string[];
    /**
     * IPv6Subnet configures Traefik to consider all IPv6 addresses from the defined subnet as originating from the same IP. Applies to RemoteAddrStrategy and DepthStrategy.
     *
     * @schema MiddlewareSpecInFlightReqSourceCriterionIpStrategy#ipv6Subnet
     */
    readonly ipv6Subnet?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecInFlightReqSourceCriterionIpStrategy' to JSON representation.
 */
export declare function toJson_MiddlewareSpecInFlightReqSourceCriterionIpStrategy(obj: MiddlewareSpecInFlightReqSourceCriterionIpStrategy | undefined): Record<string, any> | undefined;
/**
 * Issuer defines the client certificate issuer details to add to the X-Forwarded-Tls-Client-Cert-Info header.
 *
 * @schema MiddlewareSpecPassTlsClientCertInfoIssuer
 */
export interface MiddlewareSpecPassTlsClientCertInfoIssuer {
    /**
     * CommonName defines whether to add the organizationalUnit information into the issuer.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoIssuer#commonName
     */
    readonly commonName?: boolean;
    /**
     * Country defines whether to add the country information into the issuer.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoIssuer#country
     */
    readonly country?: boolean;
    /**
     * DomainComponent defines whether to add the domainComponent information into the issuer.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoIssuer#domainComponent
     */
    readonly domainComponent?: boolean;
    /**
     * Locality defines whether to add the locality information into the issuer.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoIssuer#locality
     */
    readonly locality?: boolean;
    /**
     * Organization defines whether to add the organization information into the issuer.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoIssuer#organization
     */
    readonly organization?: boolean;
    /**
     * Province defines whether to add the province information into the issuer.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoIssuer#province
     */
    readonly province?: boolean;
    /**
     * SerialNumber defines whether to add the serialNumber information into the issuer.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoIssuer#serialNumber
     */
    readonly serialNumber?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCertInfoIssuer' to JSON representation.
 */
export declare function toJson_MiddlewareSpecPassTlsClientCertInfoIssuer(obj: MiddlewareSpecPassTlsClientCertInfoIssuer | undefined): Record<string, any> | undefined;
/**
 * Subject defines the client certificate subject details to add to the X-Forwarded-Tls-Client-Cert-Info header.
 *
 * @schema MiddlewareSpecPassTlsClientCertInfoSubject
 */
export interface MiddlewareSpecPassTlsClientCertInfoSubject {
    /**
     * CommonName defines whether to add the organizationalUnit information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#commonName
     */
    readonly commonName?: boolean;
    /**
     * Country defines whether to add the country information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#country
     */
    readonly country?: boolean;
    /**
     * DomainComponent defines whether to add the domainComponent information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#domainComponent
     */
    readonly domainComponent?: boolean;
    /**
     * Locality defines whether to add the locality information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#locality
     */
    readonly locality?: boolean;
    /**
     * Organization defines whether to add the organization information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#organization
     */
    readonly organization?: boolean;
    /**
     * OrganizationalUnit defines whether to add the organizationalUnit information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#organizationalUnit
     */
    readonly organizationalUnit?: boolean;
    /**
     * Province defines whether to add the province information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#province
     */
    readonly province?: boolean;
    /**
     * SerialNumber defines whether to add the serialNumber information into the subject.
     *
     * @schema MiddlewareSpecPassTlsClientCertInfoSubject#serialNumber
     */
    readonly serialNumber?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecPassTlsClientCertInfoSubject' to JSON representation.
 */
export declare function toJson_MiddlewareSpecPassTlsClientCertInfoSubject(obj: MiddlewareSpecPassTlsClientCertInfoSubject | undefined): Record<string, any> | undefined;
/**
 * DialTimeout sets the timeout for establishing new connections.
 * Default value is 5 seconds.
 *
 * @schema MiddlewareSpecRateLimitRedisDialTimeout
 */
export declare class MiddlewareSpecRateLimitRedisDialTimeout {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecRateLimitRedisDialTimeout;
    static fromString(value: string): MiddlewareSpecRateLimitRedisDialTimeout;
    private constructor();
}
/**
 * ReadTimeout defines the timeout for socket read operations.
 * Default value is 3 seconds.
 *
 * @schema MiddlewareSpecRateLimitRedisReadTimeout
 */
export declare class MiddlewareSpecRateLimitRedisReadTimeout {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecRateLimitRedisReadTimeout;
    static fromString(value: string): MiddlewareSpecRateLimitRedisReadTimeout;
    private constructor();
}
/**
 * TLS defines TLS-specific configurations, including the CA, certificate, and key,
 * which can be provided as a file path or file content.
 *
 * @schema MiddlewareSpecRateLimitRedisTls
 */
export interface MiddlewareSpecRateLimitRedisTls {
    /**
     * CASecret is the name of the referenced Kubernetes Secret containing the CA to validate the server certificate.
     * The CA certificate is extracted from key `tls.ca` or `ca.crt`.
     *
     * @schema MiddlewareSpecRateLimitRedisTls#caSecret
     */
    readonly caSecret?: string;
    /**
     * CertSecret is the name of the referenced Kubernetes Secret containing the client certificate.
     * The client certificate is extracted from the keys `tls.crt` and `tls.key`.
     *
     * @schema MiddlewareSpecRateLimitRedisTls#certSecret
     */
    readonly certSecret?: string;
    /**
     * InsecureSkipVerify defines whether the server certificates should be validated.
     *
     * @schema MiddlewareSpecRateLimitRedisTls#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecRateLimitRedisTls' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRateLimitRedisTls(obj: MiddlewareSpecRateLimitRedisTls | undefined): Record<string, any> | undefined;
/**
 * WriteTimeout defines the timeout for socket write operations.
 * Default value is 3 seconds.
 *
 * @schema MiddlewareSpecRateLimitRedisWriteTimeout
 */
export declare class MiddlewareSpecRateLimitRedisWriteTimeout {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecRateLimitRedisWriteTimeout;
    static fromString(value: string): MiddlewareSpecRateLimitRedisWriteTimeout;
    private constructor();
}
/**
 * IPStrategy holds the IP strategy configuration used by Traefik to determine the client IP.
 * More info: https://doc.traefik.io/traefik/v3.7/middlewares/http/ipallowlist/#ipstrategy
 *
 * @schema MiddlewareSpecRateLimitSourceCriterionIpStrategy
 */
export interface MiddlewareSpecRateLimitSourceCriterionIpStrategy {
    /**
     * Depth tells Traefik to use the X-Forwarded-For header and take the IP located at the depth position (starting from the right).
     *
     * @schema MiddlewareSpecRateLimitSourceCriterionIpStrategy#depth
     */
    readonly depth?: number;
    /**
     * ExcludedIPs configures Traefik to scan the X-Forwarded-For header and select the first IP not in the list.
     *
     * @schema MiddlewareSpecRateLimitSourceCriterionIpStrategy#excludedIPs
     */
    readonly excludedIPs?: string[];
    /**
     * IPv6Subnet configures Traefik to consider all IPv6 addresses from the defined subnet as originating from the same IP. Applies to RemoteAddrStrategy and DepthStrategy.
     *
     * @schema MiddlewareSpecRateLimitSourceCriterionIpStrategy#ipv6Subnet
     */
    readonly ipv6Subnet?: number;
}
/**
 * Converts an object of type 'MiddlewareSpecRateLimitSourceCriterionIpStrategy' to JSON representation.
 */
export declare function toJson_MiddlewareSpecRateLimitSourceCriterionIpStrategy(obj: MiddlewareSpecRateLimitSourceCriterionIpStrategy | undefined): Record<string, any> | undefined;
/**
 * Interval defines the frequency of the health check calls for healthy targets.
 * Default: 30s
 *
 * @schema MiddlewareSpecErrorsServiceHealthCheckInterval
 */
export declare class MiddlewareSpecErrorsServiceHealthCheckInterval {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecErrorsServiceHealthCheckInterval;
    static fromString(value: string): MiddlewareSpecErrorsServiceHealthCheckInterval;
    private constructor();
}
/**
 * Timeout defines the maximum duration Traefik will wait for a health check request before considering the server unhealthy.
 * Default: 5s
 *
 * @schema MiddlewareSpecErrorsServiceHealthCheckTimeout
 */
export declare class MiddlewareSpecErrorsServiceHealthCheckTimeout {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecErrorsServiceHealthCheckTimeout;
    static fromString(value: string): MiddlewareSpecErrorsServiceHealthCheckTimeout;
    private constructor();
}
/**
 * UnhealthyInterval defines the frequency of the health check calls for unhealthy targets.
 * When UnhealthyInterval is not defined, it defaults to the Interval value.
 * Default: 30s
 *
 * @schema MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval
 */
export declare class MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval;
    static fromString(value: string): MiddlewareSpecErrorsServiceHealthCheckUnhealthyInterval;
    private constructor();
}
/**
 * FailureWindow defines the time window during which the failed attempts must occur for the server to be marked as unhealthy. It also defines for how long the server will be considered unhealthy.
 *
 * @schema MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow
 */
export declare class MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow {
    readonly value: number | string;
    static fromNumber(value: number): MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow;
    static fromString(value: string): MiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow;
    private constructor();
}
/**
 * Cookie defines the sticky cookie configuration.
 *
 * @schema MiddlewareSpecErrorsServiceStickyCookie
 */
export interface MiddlewareSpecErrorsServiceStickyCookie {
    /**
     * Domain defines the host to which the cookie will be sent.
     * More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#domaindomain-value
     *
     * @schema MiddlewareSpecErrorsServiceStickyCookie#domain
     */
    readonly domain?: string;
    /**
     * HTTPOnly defines whether the cookie can be accessed by client-side APIs, such as JavaScript.
     *
     * @schema MiddlewareSpecErrorsServiceStickyCookie#httpOnly
     */
    readonly httpOnly?: boolean;
    /**
     * MaxAge defines the number of seconds until the cookie expires.
     * When set to a negative number, the cookie expires immediately.
     * When set to zero, the cookie never expires.
     *
     * @schema MiddlewareSpecErrorsServiceStickyCookie#maxAge
     */
    readonly maxAge?: number;
    /**
     * Name defines the Cookie name.
     *
     * @schema MiddlewareSpecErrorsServiceStickyCookie#name
     */
    readonly name?: string;
    /**
     * Path defines the path that must exist in the requested URL for the browser to send the Cookie header.
     * When not provided the cookie will be sent on every request to the domain.
     * More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#pathpath-value
     *
     * @schema MiddlewareSpecErrorsServiceStickyCookie#path
     */
    readonly path?: string;
    /**
     * SameSite defines the same site policy.
     * More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
     *
     * @schema MiddlewareSpecErrorsServiceStickyCookie#sameSite
     */
    readonly sameSite?: MiddlewareSpecErrorsServiceStickyCookieSameSite;
    /**
     * Secure defines whether the cookie can only be transmitted over an encrypted connection (i.e. HTTPS).
     *
     * @schema MiddlewareSpecErrorsServiceStickyCookie#secure
     */
    readonly secure?: boolean;
}
/**
 * Converts an object of type 'MiddlewareSpecErrorsServiceStickyCookie' to JSON representation.
 */
export declare function toJson_MiddlewareSpecErrorsServiceStickyCookie(obj: MiddlewareSpecErrorsServiceStickyCookie | undefined): Record<string, any> | undefined;
/**
 * SameSite defines the same site policy.
 * More info: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie/SameSite
 *
 * @schema MiddlewareSpecErrorsServiceStickyCookieSameSite
 */
export declare enum MiddlewareSpecErrorsServiceStickyCookieSameSite {
    /** none */
    NONE = "none",
    /** lax */
    LAX = "lax",
    /** strict */
    STRICT = "strict"
}
