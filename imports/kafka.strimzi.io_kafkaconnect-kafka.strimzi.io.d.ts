import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema KafkaConnect
 */
export declare class KafkaConnect extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaConnect"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaConnect".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaConnectProps): any;
    /**
     * Defines a "KafkaConnect" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaConnectProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaConnect
 */
export interface KafkaConnectProps {
    /**
     * @schema KafkaConnect#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the Kafka Connect cluster.
     *
     * @schema KafkaConnect#spec
     */
    readonly spec: KafkaConnectSpec;
}
/**
 * Converts an object of type 'KafkaConnectProps' to JSON representation.
 */
export declare function toJson_KafkaConnectProps(obj: KafkaConnectProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the Kafka Connect cluster.
 *
 * @schema KafkaConnectSpec
 */
export interface KafkaConnectSpec {
    /**
     * The Kafka Connect version. Defaults to the latest version. Consult the user documentation to understand the process required to upgrade or downgrade the version.
     *
     * @default the latest version. Consult the user documentation to understand the process required to upgrade or downgrade the version.
     * @schema KafkaConnectSpec#version
     */
    readonly version?: string;
    /**
     * The number of pods in the Kafka Connect group. Required in the `v1` version of the Strimzi API.
     *
     * @schema KafkaConnectSpec#replicas
     */
    readonly replicas: number;
    /**
     * The container image used for Kafka Connect pods. If no image name is explicitly specified, it is determined based on the `spec.version` configuration. The image names are specifically mapped to corresponding versions in the Cluster Operator configuration.
     *
     * @schema KafkaConnectSpec#image
     */
    readonly image?: string;
    /**
     * Bootstrap servers to connect to. This should be given as a comma separated list of _<hostname>_:_<port>_ pairs.
     *
     * @schema KafkaConnectSpec#bootstrapServers
     */
    readonly bootstrapServers: string;
    /**
     * A unique ID that identifies the Connect cluster group.
     *
     * @schema KafkaConnectSpec#groupId
     */
    readonly groupId: string;
    /**
     * The name of the Kafka topic where connector configurations are stored.
     *
     * @schema KafkaConnectSpec#configStorageTopic
     */
    readonly configStorageTopic: string;
    /**
     * The name of the Kafka topic where connector and task status are stored.
     *
     * @schema KafkaConnectSpec#statusStorageTopic
     */
    readonly statusStorageTopic: string;
    /**
     * The name of the Kafka topic where source connector offsets are stored.
     *
     * @schema KafkaConnectSpec#offsetStorageTopic
     */
    readonly offsetStorageTopic: string;
    /**
     * TLS configuration.
     *
     * @schema KafkaConnectSpec#tls
     */
    readonly tls?: KafkaConnectSpecTls;
    /**
     * Authentication configuration for Kafka Connect.
     *
     * @schema KafkaConnectSpec#authentication
     */
    readonly authentication?: KafkaConnectSpecAuthentication;
    /**
     * The Kafka Connect configuration. Properties with the following prefixes cannot be set: group.id, config.storage.topic, offset.storage.topic, status.storage.topic, ssl., sasl., security., listeners, plugin.path, rest., bootstrap.servers, consumer.interceptor.classes, producer.interceptor.classes, prometheus.metrics.reporter. (with the exception of: ssl.endpoint.identification.algorithm, ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols).
     *
     * @schema KafkaConnectSpec#config
     */
    readonly config?: any;
    /**
     * The maximum limits for CPU and memory resources and the requested initial resources.
     *
     * @schema KafkaConnectSpec#resources
     */
    readonly resources?: KafkaConnectSpecResources;
    /**
     * Pod liveness checking.
     *
     * @schema KafkaConnectSpec#livenessProbe
     */
    readonly livenessProbe?: KafkaConnectSpecLivenessProbe;
    /**
     * Pod readiness checking.
     *
     * @schema KafkaConnectSpec#readinessProbe
     */
    readonly readinessProbe?: KafkaConnectSpecReadinessProbe;
    /**
     * JVM Options for pods.
     *
     * @schema KafkaConnectSpec#jvmOptions
     */
    readonly jvmOptions?: KafkaConnectSpecJvmOptions;
    /**
     * JMX Options.
     *
     * @schema KafkaConnectSpec#jmxOptions
     */
    readonly jmxOptions?: KafkaConnectSpecJmxOptions;
    /**
     * Logging configuration for Kafka Connect.
     *
     * @schema KafkaConnectSpec#logging
     */
    readonly logging?: KafkaConnectSpecLogging;
    /**
     * The image of the init container used for initializing the `client.rack`.
     *
     * @schema KafkaConnectSpec#clientRackInitImage
     */
    readonly clientRackInitImage?: string;
    /**
     * Configuration of the node label which will be used as the `client.rack` consumer configuration.
     *
     * @schema KafkaConnectSpec#rack
     */
    readonly rack?: KafkaConnectSpecRack;
    /**
     * Metrics configuration.
     *
     * @schema KafkaConnectSpec#metricsConfig
     */
    readonly metricsConfig?: KafkaConnectSpecMetricsConfig;
    /**
     * The configuration of tracing in Kafka Connect.
     *
     * @schema KafkaConnectSpec#tracing
     */
    readonly tracing?: KafkaConnectSpecTracing;
    /**
     * Template for Kafka Connect and Kafka MirrorMaker 2 resources. The template allows users to specify how the `Pods`, `Service`, and other services are generated.
     *
     * @schema KafkaConnectSpec#template
     */
    readonly template?: KafkaConnectSpecTemplate;
    /**
     * Configures how the Connect container image should be built. Optional.
     *
     * @schema KafkaConnectSpec#build
     */
    readonly build_?: KafkaConnectSpecBuild;
    /**
     * List of connector plugins to mount into the `KafkaConnect` pod.
     *
     * @schema KafkaConnectSpec#plugins
     */
    readonly plugins?: KafkaConnectSpecPlugins[];
}
/**
 * Converts an object of type 'KafkaConnectSpec' to JSON representation.
 */
export declare function toJson_KafkaConnectSpec(obj: KafkaConnectSpec | undefined): Record<string, any> | undefined;
/**
 * TLS configuration.
 *
 * @schema KafkaConnectSpecTls
 */
export interface KafkaConnectSpecTls {
    /**
     * Trusted certificates for TLS connection.
     *
     * @schema KafkaConnectSpecTls#trustedCertificates
     */
    readonly trustedCertificates?: KafkaConnectSpecTlsTrustedCertificates[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTls' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTls(obj: KafkaConnectSpecTls | undefined): Record<string, any> | undefined;
/**
 * Authentication configuration for Kafka Connect.
 *
 * @schema KafkaConnectSpecAuthentication
 */
export interface KafkaConnectSpecAuthentication {
    /**
     * Reference to the `Secret` which holds the certificate and private key pair.
     *
     * @schema KafkaConnectSpecAuthentication#certificateAndKey
     */
    readonly certificateAndKey?: KafkaConnectSpecAuthenticationCertificateAndKey;
    /**
     * Configuration for the custom authentication mechanism. Only properties with the `sasl.` and `ssl.keystore.` prefixes are allowed. Specify other options in the regular configuration section of the custom resource.
     *
     * @schema KafkaConnectSpecAuthentication#config
     */
    readonly config?: any;
    /**
     * Reference to the `Secret` which holds the password.
     *
     * @schema KafkaConnectSpecAuthentication#passwordSecret
     */
    readonly passwordSecret?: KafkaConnectSpecAuthenticationPasswordSecret;
    /**
     * Enable or disable SASL on this authentication mechanism.
     *
     * @schema KafkaConnectSpecAuthentication#sasl
     */
    readonly sasl?: boolean;
    /**
     * Specifies the authentication type. Supported types are `tls`, `scram-sha-256`, `scram-sha-512`, `plain`, and `custom`. `tls` uses TLS client authentication and is supported only over TLS connections. `scram-sha-256` and `scram-sha-512` use SASL SCRAM-SHA-256 and SASL SCRAM-SHA-512 authentication, respectively. `plain` uses SASL PLAIN authentication. `custom` allows you to configure a custom authentication mechanism.
     *
     * @schema KafkaConnectSpecAuthentication#type
     */
    readonly type: KafkaConnectSpecAuthenticationType;
    /**
     * Username used for the authentication.
     *
     * @schema KafkaConnectSpecAuthentication#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecAuthentication' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecAuthentication(obj: KafkaConnectSpecAuthentication | undefined): Record<string, any> | undefined;
/**
 * The maximum limits for CPU and memory resources and the requested initial resources.
 *
 * @schema KafkaConnectSpecResources
 */
export interface KafkaConnectSpecResources {
    /**
     * @schema KafkaConnectSpecResources#claims
     */
    readonly claims?: KafkaConnectSpecResourcesClaims[];
    /**
     * @schema KafkaConnectSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaConnectSpecResourcesLimits;
    };
    /**
     * @schema KafkaConnectSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaConnectSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecResources' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecResources(obj: KafkaConnectSpecResources | undefined): Record<string, any> | undefined;
/**
 * Pod liveness checking.
 *
 * @schema KafkaConnectSpecLivenessProbe
 */
export interface KafkaConnectSpecLivenessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaConnectSpecLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaConnectSpecLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaConnectSpecLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaConnectSpecLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaConnectSpecLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecLivenessProbe' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecLivenessProbe(obj: KafkaConnectSpecLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * Pod readiness checking.
 *
 * @schema KafkaConnectSpecReadinessProbe
 */
export interface KafkaConnectSpecReadinessProbe {
    /**
     * The initial delay before first the health is first checked. Default to 15 seconds. Minimum value is 0.
     *
     * @default 15 seconds. Minimum value is 0.
     * @schema KafkaConnectSpecReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * The timeout for each attempted health check. Default to 5 seconds. Minimum value is 1.
     *
     * @default 5 seconds. Minimum value is 1.
     * @schema KafkaConnectSpecReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema KafkaConnectSpecReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness. Minimum value is 1.
     * @schema KafkaConnectSpecReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema KafkaConnectSpecReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecReadinessProbe' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecReadinessProbe(obj: KafkaConnectSpecReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * JVM Options for pods.
 *
 * @schema KafkaConnectSpecJvmOptions
 */
export interface KafkaConnectSpecJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaConnectSpecJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaConnectSpecJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaConnectSpecJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaConnectSpecJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaConnectSpecJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaConnectSpecJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaConnectSpecJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecJvmOptions(obj: KafkaConnectSpecJvmOptions | undefined): Record<string, any> | undefined;
/**
 * JMX Options.
 *
 * @schema KafkaConnectSpecJmxOptions
 */
export interface KafkaConnectSpecJmxOptions {
    /**
     * Authentication configuration for connecting to the JMX port.
     *
     * @schema KafkaConnectSpecJmxOptions#authentication
     */
    readonly authentication?: KafkaConnectSpecJmxOptionsAuthentication;
}
/**
 * Converts an object of type 'KafkaConnectSpecJmxOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecJmxOptions(obj: KafkaConnectSpecJmxOptions | undefined): Record<string, any> | undefined;
/**
 * Logging configuration for Kafka Connect.
 *
 * @schema KafkaConnectSpecLogging
 */
export interface KafkaConnectSpecLogging {
    /**
     * A Map from logger name to logger level.
     *
     * @schema KafkaConnectSpecLogging#loggers
     */
    readonly loggers?: {
        [key: string]: string;
    };
    /**
     * Logging type, must be either 'inline' or 'external'.
     *
     * @schema KafkaConnectSpecLogging#type
     */
    readonly type: KafkaConnectSpecLoggingType;
    /**
     * `ConfigMap` entry where the logging configuration is stored.
     *
     * @schema KafkaConnectSpecLogging#valueFrom
     */
    readonly valueFrom?: KafkaConnectSpecLoggingValueFrom;
}
/**
 * Converts an object of type 'KafkaConnectSpecLogging' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecLogging(obj: KafkaConnectSpecLogging | undefined): Record<string, any> | undefined;
/**
 * Configuration of the node label which will be used as the `client.rack` consumer configuration.
 *
 * @schema KafkaConnectSpecRack
 */
export interface KafkaConnectSpecRack {
    /**
     * The name of the environment variable that defines the rack ID. Its value sets the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect or MirrorMaker 2.
     *
     * @schema KafkaConnectSpecRack#envVarName
     */
    readonly envVarName?: string;
    /**
     * A key that matches labels assigned to the Kubernetes cluster nodes. The value of the label is used to set a broker's `broker.rack` config, and the `client.rack` config for Kafka Connect or MirrorMaker 2.
     *
     * @schema KafkaConnectSpecRack#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * Specifies the rack awareness type. Supported types are `topology-label` and `environment-variable`. `topology-label` uses a Kubernetes worker node label to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. `environment-variable` uses an environment variable to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. When not specified, `topology-label` type is used by default.
     *
     * @schema KafkaConnectSpecRack#type
     */
    readonly type?: KafkaConnectSpecRackType;
}
/**
 * Converts an object of type 'KafkaConnectSpecRack' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecRack(obj: KafkaConnectSpecRack | undefined): Record<string, any> | undefined;
/**
 * Metrics configuration.
 *
 * @schema KafkaConnectSpecMetricsConfig
 */
export interface KafkaConnectSpecMetricsConfig {
    /**
     * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
     *
     * @schema KafkaConnectSpecMetricsConfig#type
     */
    readonly type: KafkaConnectSpecMetricsConfigType;
    /**
     * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
     *
     * @schema KafkaConnectSpecMetricsConfig#valueFrom
     */
    readonly valueFrom?: KafkaConnectSpecMetricsConfigValueFrom;
    /**
     * Configuration values for the Strimzi Metrics Reporter.
     *
     * @schema KafkaConnectSpecMetricsConfig#values
     */
    readonly values?: KafkaConnectSpecMetricsConfigValues;
}
/**
 * Converts an object of type 'KafkaConnectSpecMetricsConfig' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecMetricsConfig(obj: KafkaConnectSpecMetricsConfig | undefined): Record<string, any> | undefined;
/**
 * The configuration of tracing in Kafka Connect.
 *
 * @schema KafkaConnectSpecTracing
 */
export interface KafkaConnectSpecTracing {
    /**
     * Type of the tracing used. Currently the only supported type is `opentelemetry` for OpenTelemetry tracing.
     *
     * @schema KafkaConnectSpecTracing#type
     */
    readonly type: KafkaConnectSpecTracingType;
}
/**
 * Converts an object of type 'KafkaConnectSpecTracing' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTracing(obj: KafkaConnectSpecTracing | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect and Kafka MirrorMaker 2 resources. The template allows users to specify how the `Pods`, `Service`, and other services are generated.
 *
 * @schema KafkaConnectSpecTemplate
 */
export interface KafkaConnectSpecTemplate {
    /**
     * Template for Kafka Connect `StrimziPodSet` resource.
     *
     * @schema KafkaConnectSpecTemplate#podSet
     */
    readonly podSet?: KafkaConnectSpecTemplatePodSet;
    /**
     * Template for Kafka Connect `Pods`.
     *
     * @schema KafkaConnectSpecTemplate#pod
     */
    readonly pod?: KafkaConnectSpecTemplatePod;
    /**
     * Template for Kafka Connect API `Service`.
     *
     * @schema KafkaConnectSpecTemplate#apiService
     */
    readonly apiService?: KafkaConnectSpecTemplateApiService;
    /**
     * Template for Kafka Connect headless `Service`.
     *
     * @schema KafkaConnectSpecTemplate#headlessService
     */
    readonly headlessService?: KafkaConnectSpecTemplateHeadlessService;
    /**
     * Template for the Kafka Connect container.
     *
     * @schema KafkaConnectSpecTemplate#connectContainer
     */
    readonly connectContainer?: KafkaConnectSpecTemplateConnectContainer;
    /**
     * Template for the Kafka init container.
     *
     * @schema KafkaConnectSpecTemplate#initContainer
     */
    readonly initContainer?: KafkaConnectSpecTemplateInitContainer;
    /**
     * Template for Kafka Connect `PodDisruptionBudget`.
     *
     * @schema KafkaConnectSpecTemplate#podDisruptionBudget
     */
    readonly podDisruptionBudget?: KafkaConnectSpecTemplatePodDisruptionBudget;
    /**
     * Template for the Kafka Connect service account.
     *
     * @schema KafkaConnectSpecTemplate#serviceAccount
     */
    readonly serviceAccount?: KafkaConnectSpecTemplateServiceAccount;
    /**
     * Template for the Kafka Connect ClusterRoleBinding.
     *
     * @schema KafkaConnectSpecTemplate#clusterRoleBinding
     */
    readonly clusterRoleBinding?: KafkaConnectSpecTemplateClusterRoleBinding;
    /**
     * Template for Kafka Connect Build `Pods`. The build pod is used only on Kubernetes.
     *
     * @schema KafkaConnectSpecTemplate#buildPod
     */
    readonly buildPod?: KafkaConnectSpecTemplateBuildPod;
    /**
     * Template for the Kafka Connect Build container. The build container is used only on Kubernetes.
     *
     * @schema KafkaConnectSpecTemplate#buildContainer
     */
    readonly buildContainer?: KafkaConnectSpecTemplateBuildContainer;
    /**
     * Template for the Kafka Connect BuildConfig used to build new container images. The BuildConfig is used only on OpenShift.
     *
     * @schema KafkaConnectSpecTemplate#buildConfig
     */
    readonly buildConfig?: KafkaConnectSpecTemplateBuildConfig;
    /**
     * Template for the Kafka Connect Build service account.
     *
     * @schema KafkaConnectSpecTemplate#buildServiceAccount
     */
    readonly buildServiceAccount?: KafkaConnectSpecTemplateBuildServiceAccount;
    /**
     * Template for Secret of the Kafka Connect Cluster JMX authentication.
     *
     * @schema KafkaConnectSpecTemplate#jmxSecret
     */
    readonly jmxSecret?: KafkaConnectSpecTemplateJmxSecret;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplate' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplate(obj: KafkaConnectSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Configures how the Connect container image should be built. Optional.
 *
 * @schema KafkaConnectSpecBuild
 */
export interface KafkaConnectSpecBuild {
    /**
     * Configures where should the newly built image be stored. Required.
     *
     * @schema KafkaConnectSpecBuild#output
     */
    readonly output: KafkaConnectSpecBuildOutput;
    /**
     * List of connector plugins which should be added to the Kafka Connect. Required.
     *
     * @schema KafkaConnectSpecBuild#plugins
     */
    readonly plugins: KafkaConnectSpecBuildPlugins[];
    /**
     * CPU and memory resources to reserve for the build.
     *
     * @schema KafkaConnectSpecBuild#resources
     */
    readonly resources?: KafkaConnectSpecBuildResources;
}
/**
 * Converts an object of type 'KafkaConnectSpecBuild' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecBuild(obj: KafkaConnectSpecBuild | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecPlugins
 */
export interface KafkaConnectSpecPlugins {
    /**
     * A unique name for the connector plugin. This name is used to generate the mount path for the connector artifacts. The name has to be unique within the KafkaConnect resource. The name must be unique within the `KafkaConnect` resource and match the pattern: `^[a-z][-_a-z0-9]*[a-z]$`. Required.
     *
     * @schema KafkaConnectSpecPlugins#name
     */
    readonly name: string;
    /**
     * List of artifacts associated with this connector plugin. Required.
     *
     * @schema KafkaConnectSpecPlugins#artifacts
     */
    readonly artifacts: KafkaConnectSpecPluginsArtifacts[];
}
/**
 * Converts an object of type 'KafkaConnectSpecPlugins' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecPlugins(obj: KafkaConnectSpecPlugins | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTlsTrustedCertificates
 */
export interface KafkaConnectSpecTlsTrustedCertificates {
    /**
     * The name of the Secret containing the certificate.
     *
     * @schema KafkaConnectSpecTlsTrustedCertificates#secretName
     */
    readonly secretName: string;
    /**
     * The name of the file certificate in the secret.
     *
     * @schema KafkaConnectSpecTlsTrustedCertificates#certificate
     */
    readonly certificate?: string;
    /**
     * Pattern for the certificate files in the secret. Use the link:https://en.wikipedia.org/wiki/Glob_(programming)[_glob syntax_] for the pattern. All files in the secret that match the pattern are used.
     *
     * @schema KafkaConnectSpecTlsTrustedCertificates#pattern
     */
    readonly pattern?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTlsTrustedCertificates' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTlsTrustedCertificates(obj: KafkaConnectSpecTlsTrustedCertificates | undefined): Record<string, any> | undefined;
/**
 * Reference to the `Secret` which holds the certificate and private key pair.
 *
 * @schema KafkaConnectSpecAuthenticationCertificateAndKey
 */
export interface KafkaConnectSpecAuthenticationCertificateAndKey {
    /**
     * The name of the Secret containing the certificate.
     *
     * @schema KafkaConnectSpecAuthenticationCertificateAndKey#secretName
     */
    readonly secretName: string;
    /**
     * The name of the file certificate in the Secret.
     *
     * @schema KafkaConnectSpecAuthenticationCertificateAndKey#certificate
     */
    readonly certificate: string;
    /**
     * The name of the private key in the secret. The private key must be in unencrypted PKCS #8 format. For more information, see RFC 5208: https://datatracker.ietf.org/doc/html/rfc5208.
     *
     * @schema KafkaConnectSpecAuthenticationCertificateAndKey#key
     */
    readonly key: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecAuthenticationCertificateAndKey' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecAuthenticationCertificateAndKey(obj: KafkaConnectSpecAuthenticationCertificateAndKey | undefined): Record<string, any> | undefined;
/**
 * Reference to the `Secret` which holds the password.
 *
 * @schema KafkaConnectSpecAuthenticationPasswordSecret
 */
export interface KafkaConnectSpecAuthenticationPasswordSecret {
    /**
     * The name of the Secret containing the password.
     *
     * @schema KafkaConnectSpecAuthenticationPasswordSecret#secretName
     */
    readonly secretName: string;
    /**
     * The name of the key in the Secret under which the password is stored.
     *
     * @schema KafkaConnectSpecAuthenticationPasswordSecret#password
     */
    readonly password: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecAuthenticationPasswordSecret' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecAuthenticationPasswordSecret(obj: KafkaConnectSpecAuthenticationPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * Specifies the authentication type. Supported types are `tls`, `scram-sha-256`, `scram-sha-512`, `plain`, and `custom`. `tls` uses TLS client authentication and is supported only over TLS connections. `scram-sha-256` and `scram-sha-512` use SASL SCRAM-SHA-256 and SASL SCRAM-SHA-512 authentication, respectively. `plain` uses SASL PLAIN authentication. `custom` allows you to configure a custom authentication mechanism.
 *
 * @schema KafkaConnectSpecAuthenticationType
 */
export declare enum KafkaConnectSpecAuthenticationType {
    /** tls */
    TLS = "tls",
    /** scram-sha-256 */
    SCRAM_HYPHEN_SHA_HYPHEN_256 = "scram-sha-256",
    /** scram-sha-512 */
    SCRAM_HYPHEN_SHA_HYPHEN_512 = "scram-sha-512",
    /** plain */
    PLAIN = "plain",
    /** custom */
    CUSTOM = "custom"
}
/**
 * @schema KafkaConnectSpecResourcesClaims
 */
export interface KafkaConnectSpecResourcesClaims {
    /**
     * @schema KafkaConnectSpecResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecResourcesClaims(obj: KafkaConnectSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecResourcesLimits
 */
export declare class KafkaConnectSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaConnectSpecResourcesLimits;
    static fromString(value: string): KafkaConnectSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaConnectSpecResourcesRequests
 */
export declare class KafkaConnectSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaConnectSpecResourcesRequests;
    static fromString(value: string): KafkaConnectSpecResourcesRequests;
    private constructor();
}
/**
 * @schema KafkaConnectSpecJvmOptionsJavaSystemProperties
 */
export interface KafkaConnectSpecJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaConnectSpecJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaConnectSpecJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecJvmOptionsJavaSystemProperties(obj: KafkaConnectSpecJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * Authentication configuration for connecting to the JMX port.
 *
 * @schema KafkaConnectSpecJmxOptionsAuthentication
 */
export interface KafkaConnectSpecJmxOptionsAuthentication {
    /**
     * Authentication type. Currently the only supported types are `password`.`password` type creates a username and protected port with no TLS.
     *
     * @schema KafkaConnectSpecJmxOptionsAuthentication#type
     */
    readonly type: KafkaConnectSpecJmxOptionsAuthenticationType;
}
/**
 * Converts an object of type 'KafkaConnectSpecJmxOptionsAuthentication' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecJmxOptionsAuthentication(obj: KafkaConnectSpecJmxOptionsAuthentication | undefined): Record<string, any> | undefined;
/**
 * Logging type, must be either 'inline' or 'external'.
 *
 * @schema KafkaConnectSpecLoggingType
 */
export declare enum KafkaConnectSpecLoggingType {
    /** inline */
    INLINE = "inline",
    /** external */
    EXTERNAL = "external"
}
/**
 * `ConfigMap` entry where the logging configuration is stored.
 *
 * @schema KafkaConnectSpecLoggingValueFrom
 */
export interface KafkaConnectSpecLoggingValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaConnectSpecLoggingValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaConnectSpecLoggingValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaConnectSpecLoggingValueFrom' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecLoggingValueFrom(obj: KafkaConnectSpecLoggingValueFrom | undefined): Record<string, any> | undefined;
/**
 * Specifies the rack awareness type. Supported types are `topology-label` and `environment-variable`. `topology-label` uses a Kubernetes worker node label to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. `environment-variable` uses an environment variable to set the `broker.rack` configuration for Kafka brokers and the `client.rack` configuration for Kafka Connect and MirrorMaker 2. When not specified, `topology-label` type is used by default.
 *
 * @schema KafkaConnectSpecRackType
 */
export declare enum KafkaConnectSpecRackType {
    /** topology-label */
    TOPOLOGY_HYPHEN_LABEL = "topology-label",
    /** environment-variable */
    ENVIRONMENT_HYPHEN_VARIABLE = "environment-variable"
}
/**
 * Metrics type. The supported types are `jmxPrometheusExporter` and `strimziMetricsReporter`. Type `jmxPrometheusExporter` uses the Prometheus JMX Exporter to expose Kafka JMX metrics in Prometheus format through an HTTP endpoint. Type `strimziMetricsReporter` uses the Strimzi Metrics Reporter to directly expose Kafka metrics in Prometheus format through an HTTP endpoint.
 *
 * @schema KafkaConnectSpecMetricsConfigType
 */
export declare enum KafkaConnectSpecMetricsConfigType {
    /** jmxPrometheusExporter */
    JMX_PROMETHEUS_EXPORTER = "jmxPrometheusExporter",
    /** strimziMetricsReporter */
    STRIMZI_METRICS_REPORTER = "strimziMetricsReporter"
}
/**
 * ConfigMap entry where the Prometheus JMX Exporter configuration is stored.
 *
 * @schema KafkaConnectSpecMetricsConfigValueFrom
 */
export interface KafkaConnectSpecMetricsConfigValueFrom {
    /**
     * Reference to the key in the ConfigMap containing the configuration.
     *
     * @schema KafkaConnectSpecMetricsConfigValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaConnectSpecMetricsConfigValueFrom' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecMetricsConfigValueFrom(obj: KafkaConnectSpecMetricsConfigValueFrom | undefined): Record<string, any> | undefined;
/**
 * Configuration values for the Strimzi Metrics Reporter.
 *
 * @schema KafkaConnectSpecMetricsConfigValues
 */
export interface KafkaConnectSpecMetricsConfigValues {
    /**
     * A list of regex patterns to filter the metrics to collect. Should contain at least one element.
     *
     * @schema KafkaConnectSpecMetricsConfigValues#allowList
     */
    readonly allowList?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecMetricsConfigValues' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecMetricsConfigValues(obj: KafkaConnectSpecMetricsConfigValues | undefined): Record<string, any> | undefined;
/**
 * Type of the tracing used. Currently the only supported type is `opentelemetry` for OpenTelemetry tracing.
 *
 * @schema KafkaConnectSpecTracingType
 */
export declare enum KafkaConnectSpecTracingType {
    /** opentelemetry */
    OPENTELEMETRY = "opentelemetry"
}
/**
 * Template for Kafka Connect `StrimziPodSet` resource.
 *
 * @schema KafkaConnectSpecTemplatePodSet
 */
export interface KafkaConnectSpecTemplatePodSet {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplatePodSet#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplatePodSetMetadata;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSet' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSet(obj: KafkaConnectSpecTemplatePodSet | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect `Pods`.
 *
 * @schema KafkaConnectSpecTemplatePod
 */
export interface KafkaConnectSpecTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplatePod#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaConnectSpecTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaConnectSpecTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaConnectSpecTemplatePod#securityContext
     */
    readonly securityContext?: KafkaConnectSpecTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaConnectSpecTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaConnectSpecTemplatePod#affinity
     */
    readonly affinity?: KafkaConnectSpecTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaConnectSpecTemplatePod#tolerations
     */
    readonly tolerations?: KafkaConnectSpecTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaConnectSpecTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaConnectSpecTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaConnectSpecTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaConnectSpecTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaConnectSpecTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaConnectSpecTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaConnectSpecTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaConnectSpecTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaConnectSpecTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaConnectSpecTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaConnectSpecTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaConnectSpecTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaConnectSpecTemplatePod#volumes
     */
    readonly volumes?: KafkaConnectSpecTemplatePodVolumes[];
    /**
     * Additional volumes that can be mounted to the pod. These volumes can use templates to mount different volumes into individual Pods.
     *
     * @schema KafkaConnectSpecTemplatePod#templatedVolumes
     */
    readonly templatedVolumes?: KafkaConnectSpecTemplatePodTemplatedVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaConnectSpecTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePod(obj: KafkaConnectSpecTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect API `Service`.
 *
 * @schema KafkaConnectSpecTemplateApiService
 */
export interface KafkaConnectSpecTemplateApiService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplateApiService#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateApiServiceMetadata;
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaConnectSpecTemplateApiService#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaConnectSpecTemplateApiServiceIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaConnectSpecTemplateApiService#ipFamilies
     */
    readonly ipFamilies?: KafkaConnectSpecTemplateApiServiceIpFamilies[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateApiService' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateApiService(obj: KafkaConnectSpecTemplateApiService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect headless `Service`.
 *
 * @schema KafkaConnectSpecTemplateHeadlessService
 */
export interface KafkaConnectSpecTemplateHeadlessService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplateHeadlessService#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateHeadlessServiceMetadata;
    /**
     * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
     *
     * @schema KafkaConnectSpecTemplateHeadlessService#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy;
    /**
     * Specifies the IP Families used by the service. Available options are `IPv4` and `IPv6`. If unspecified, Kubernetes will choose the default value based on the `ipFamilyPolicy` setting.
     *
     * @schema KafkaConnectSpecTemplateHeadlessService#ipFamilies
     */
    readonly ipFamilies?: KafkaConnectSpecTemplateHeadlessServiceIpFamilies[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateHeadlessService' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateHeadlessService(obj: KafkaConnectSpecTemplateHeadlessService | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect container.
 *
 * @schema KafkaConnectSpecTemplateConnectContainer
 */
export interface KafkaConnectSpecTemplateConnectContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaConnectSpecTemplateConnectContainer#env
     */
    readonly env?: KafkaConnectSpecTemplateConnectContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaConnectSpecTemplateConnectContainer#securityContext
     */
    readonly securityContext?: KafkaConnectSpecTemplateConnectContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaConnectSpecTemplateConnectContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaConnectSpecTemplateConnectContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainer' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainer(obj: KafkaConnectSpecTemplateConnectContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka init container.
 *
 * @schema KafkaConnectSpecTemplateInitContainer
 */
export interface KafkaConnectSpecTemplateInitContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaConnectSpecTemplateInitContainer#env
     */
    readonly env?: KafkaConnectSpecTemplateInitContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaConnectSpecTemplateInitContainer#securityContext
     */
    readonly securityContext?: KafkaConnectSpecTemplateInitContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaConnectSpecTemplateInitContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaConnectSpecTemplateInitContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainer' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainer(obj: KafkaConnectSpecTemplateInitContainer | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect `PodDisruptionBudget`.
 *
 * @schema KafkaConnectSpecTemplatePodDisruptionBudget
 */
export interface KafkaConnectSpecTemplatePodDisruptionBudget {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaConnectSpecTemplatePodDisruptionBudget#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplatePodDisruptionBudgetMetadata;
    /**
     * Maximum number of unavailable pods to allow automatic Pod eviction. A Pod eviction is allowed when the `maxUnavailable` number of pods or fewer are unavailable after the eviction. Setting this value to 0 prevents all voluntary evictions, so the pods must be evicted manually. Defaults to 1.
     *
     * @default 1.
     * @schema KafkaConnectSpecTemplatePodDisruptionBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodDisruptionBudget' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodDisruptionBudget(obj: KafkaConnectSpecTemplatePodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect service account.
 *
 * @schema KafkaConnectSpecTemplateServiceAccount
 */
export interface KafkaConnectSpecTemplateServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplateServiceAccount#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateServiceAccount(obj: KafkaConnectSpecTemplateServiceAccount | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect ClusterRoleBinding.
 *
 * @schema KafkaConnectSpecTemplateClusterRoleBinding
 */
export interface KafkaConnectSpecTemplateClusterRoleBinding {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplateClusterRoleBinding#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateClusterRoleBindingMetadata;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateClusterRoleBinding' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateClusterRoleBinding(obj: KafkaConnectSpecTemplateClusterRoleBinding | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka Connect Build `Pods`. The build pod is used only on Kubernetes.
 *
 * @schema KafkaConnectSpecTemplateBuildPod
 */
export interface KafkaConnectSpecTemplateBuildPod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateBuildPodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaConnectSpecTemplateBuildPodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#securityContext
     */
    readonly securityContext?: KafkaConnectSpecTemplateBuildPodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaConnectSpecTemplateBuildPod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#affinity
     */
    readonly affinity?: KafkaConnectSpecTemplateBuildPodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#tolerations
     */
    readonly tolerations?: KafkaConnectSpecTemplateBuildPodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#hostAliases
     */
    readonly hostAliases?: KafkaConnectSpecTemplateBuildPodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaConnectSpecTemplateBuildPod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaConnectSpecTemplateBuildPodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#dnsConfig
     */
    readonly dnsConfig?: KafkaConnectSpecTemplateBuildPodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaConnectSpecTemplateBuildPod#volumes
     */
    readonly volumes?: KafkaConnectSpecTemplateBuildPodVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaConnectSpecTemplateBuildPod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPod' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPod(obj: KafkaConnectSpecTemplateBuildPod | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect Build container. The build container is used only on Kubernetes.
 *
 * @schema KafkaConnectSpecTemplateBuildContainer
 */
export interface KafkaConnectSpecTemplateBuildContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaConnectSpecTemplateBuildContainer#env
     */
    readonly env?: KafkaConnectSpecTemplateBuildContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaConnectSpecTemplateBuildContainer#securityContext
     */
    readonly securityContext?: KafkaConnectSpecTemplateBuildContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaConnectSpecTemplateBuildContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaConnectSpecTemplateBuildContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainer' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainer(obj: KafkaConnectSpecTemplateBuildContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect BuildConfig used to build new container images. The BuildConfig is used only on OpenShift.
 *
 * @schema KafkaConnectSpecTemplateBuildConfig
 */
export interface KafkaConnectSpecTemplateBuildConfig {
    /**
     * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
     *
     * @schema KafkaConnectSpecTemplateBuildConfig#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateBuildConfigMetadata;
    /**
     * Container Registry Secret with the credentials for pulling the base image.
     *
     * @schema KafkaConnectSpecTemplateBuildConfig#pullSecret
     */
    readonly pullSecret?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildConfig' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildConfig(obj: KafkaConnectSpecTemplateBuildConfig | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka Connect Build service account.
 *
 * @schema KafkaConnectSpecTemplateBuildServiceAccount
 */
export interface KafkaConnectSpecTemplateBuildServiceAccount {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplateBuildServiceAccount#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateBuildServiceAccountMetadata;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildServiceAccount' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildServiceAccount(obj: KafkaConnectSpecTemplateBuildServiceAccount | undefined): Record<string, any> | undefined;
/**
 * Template for Secret of the Kafka Connect Cluster JMX authentication.
 *
 * @schema KafkaConnectSpecTemplateJmxSecret
 */
export interface KafkaConnectSpecTemplateJmxSecret {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaConnectSpecTemplateJmxSecret#metadata
     */
    readonly metadata?: KafkaConnectSpecTemplateJmxSecretMetadata;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateJmxSecret' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateJmxSecret(obj: KafkaConnectSpecTemplateJmxSecret | undefined): Record<string, any> | undefined;
/**
 * Configures where should the newly built image be stored. Required.
 *
 * @schema KafkaConnectSpecBuildOutput
 */
export interface KafkaConnectSpecBuildOutput {
    /**
     * Configures additional options to pass to the `build` command of either Kaniko or Buildah (depending on the feature gate setting) when building a new Kafka Connect image. Allowed Kaniko options: --customPlatform, --custom-platform, --insecure, --insecure-pull, --insecure-registry, --log-format, --log-timestamp, --registry-mirror, --reproducible, --single-snapshot, --skip-tls-verify, --skip-tls-verify-pull, --skip-tls-verify-registry, --verbosity, --snapshotMode, --use-new-run, --registry-certificate, --registry-client-cert, --ignore-path. Allowed Buildah `build` options: --authfile, --cert-dir, --creds, --decryption-key, --retry, --retry-delay, --tls-verify. Those options are used only on Kubernetes, where Kaniko and Buildah are available. They are ignored on OpenShift. For more information, see the link:https://github.com/GoogleContainerTools/kaniko[Kaniko GitHub repository^] or the link:https://github.com/containers/buildah/blob/main/docs/buildah-build.1.md[Buildah build document^]. Changing this field does not trigger a rebuild of the Kafka Connect image.
     *
     * @schema KafkaConnectSpecBuildOutput#additionalBuildOptions
     */
    readonly additionalBuildOptions?: string[];
    /**
     * Configures additional options to pass to the Buildah `push` command when pushing a new Connect image. Allowed options: --authfile, --cert-dir, --creds, --quiet, --retry, --retry-delay, --tls-verify. Those options are used only on Kubernetes, where Buildah is available. They are ignored on OpenShift. For more information, see the link:https://github.com/containers/buildah/blob/main/docs/buildah-push.1.md[Buildah push document^]. Changing this field does not trigger a rebuild of the Kafka Connect image.
     *
     * @schema KafkaConnectSpecBuildOutput#additionalPushOptions
     */
    readonly additionalPushOptions?: string[];
    /**
     * The name of the image which will be built. Required.
     *
     * @schema KafkaConnectSpecBuildOutput#image
     */
    readonly image: string;
    /**
     * Container Registry Secret with the credentials for pushing the newly built image.
     *
     * @schema KafkaConnectSpecBuildOutput#pushSecret
     */
    readonly pushSecret?: string;
    /**
     * Output type. Must be either `docker` for pushing the newly build image to Docker compatible registry or `imagestream` for pushing the image to OpenShift ImageStream. Required.
     *
     * @schema KafkaConnectSpecBuildOutput#type
     */
    readonly type: KafkaConnectSpecBuildOutputType;
}
/**
 * Converts an object of type 'KafkaConnectSpecBuildOutput' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecBuildOutput(obj: KafkaConnectSpecBuildOutput | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecBuildPlugins
 */
export interface KafkaConnectSpecBuildPlugins {
    /**
     * The unique name of the connector plugin. Will be used to generate the path where the connector artifacts will be stored. The name has to be unique within the KafkaConnect resource. The name has to follow the following pattern: `^[a-z][-_a-z0-9]*[a-z]$`. Required.
     *
     * @schema KafkaConnectSpecBuildPlugins#name
     */
    readonly name: string;
    /**
     * List of artifacts which belong to this connector plugin. Required.
     *
     * @schema KafkaConnectSpecBuildPlugins#artifacts
     */
    readonly artifacts: KafkaConnectSpecBuildPluginsArtifacts[];
}
/**
 * Converts an object of type 'KafkaConnectSpecBuildPlugins' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecBuildPlugins(obj: KafkaConnectSpecBuildPlugins | undefined): Record<string, any> | undefined;
/**
 * CPU and memory resources to reserve for the build.
 *
 * @schema KafkaConnectSpecBuildResources
 */
export interface KafkaConnectSpecBuildResources {
    /**
     * @schema KafkaConnectSpecBuildResources#claims
     */
    readonly claims?: KafkaConnectSpecBuildResourcesClaims[];
    /**
     * @schema KafkaConnectSpecBuildResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaConnectSpecBuildResourcesLimits;
    };
    /**
     * @schema KafkaConnectSpecBuildResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaConnectSpecBuildResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecBuildResources' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecBuildResources(obj: KafkaConnectSpecBuildResources | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecPluginsArtifacts
 */
export interface KafkaConnectSpecPluginsArtifacts {
    /**
     * Policy that determines when the container image (OCI artifact) is pulled.
     *
     * Possible values are:
     *
     * * `Always`: Always pull the image. If the pull fails, container creation fails.
     * * `Never`: Never pull the image. Use only a locally available image. Container creation fails if the image isn’t present.
     * * `IfNotPresent`: Pull the image only if it’s not already available locally. Container creation fails if the image isn’t present and the pull fails.
     *
     * Defaults to `Always` if `:latest` tag is specified, or `IfNotPresent` otherwise.
     *
     * @default Always` if `:latest` tag is specified, or `IfNotPresent` otherwise.
     * @schema KafkaConnectSpecPluginsArtifacts#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * Reference to the container image (OCI artifact) containing the Kafka Connect plugin. The image is mounted as a volume and provides the plugin binary. Required.
     *
     * @schema KafkaConnectSpecPluginsArtifacts#reference
     */
    readonly reference: string;
    /**
     * Artifact type. Currently, the only supported artifact type is `image`.
     *
     * @schema KafkaConnectSpecPluginsArtifacts#type
     */
    readonly type: KafkaConnectSpecPluginsArtifactsType;
}
/**
 * Converts an object of type 'KafkaConnectSpecPluginsArtifacts' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecPluginsArtifacts(obj: KafkaConnectSpecPluginsArtifacts | undefined): Record<string, any> | undefined;
/**
 * Authentication type. Currently the only supported types are `password`.`password` type creates a username and protected port with no TLS.
 *
 * @schema KafkaConnectSpecJmxOptionsAuthenticationType
 */
export declare enum KafkaConnectSpecJmxOptionsAuthenticationType {
    /** password */
    PASSWORD = "password"
}
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaConnectSpecLoggingValueFromConfigMapKeyRef
 */
export interface KafkaConnectSpecLoggingValueFromConfigMapKeyRef {
    /**
     * @schema KafkaConnectSpecLoggingValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecLoggingValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecLoggingValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecLoggingValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecLoggingValueFromConfigMapKeyRef(obj: KafkaConnectSpecLoggingValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to the key in the ConfigMap containing the configuration.
 *
 * @schema KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef
 */
export interface KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef {
    /**
     * @schema KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef(obj: KafkaConnectSpecMetricsConfigValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplatePodSetMetadata
 */
export interface KafkaConnectSpecTemplatePodSetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplatePodSetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplatePodSetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSetMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSetMetadata(obj: KafkaConnectSpecTemplatePodSetMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplatePodMetadata
 */
export interface KafkaConnectSpecTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodMetadata(obj: KafkaConnectSpecTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodImagePullSecrets
 */
export interface KafkaConnectSpecTemplatePodImagePullSecrets {
    /**
     * @schema KafkaConnectSpecTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodImagePullSecrets(obj: KafkaConnectSpecTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaConnectSpecTemplatePodSecurityContext
 */
export interface KafkaConnectSpecTemplatePodSecurityContext {
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaConnectSpecTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaConnectSpecTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaConnectSpecTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSecurityContext(obj: KafkaConnectSpecTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaConnectSpecTemplatePodAffinity
 */
export interface KafkaConnectSpecTemplatePodAffinity {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaConnectSpecTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaConnectSpecTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinity(obj: KafkaConnectSpecTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodTolerations
 */
export interface KafkaConnectSpecTemplatePodTolerations {
    /**
     * @schema KafkaConnectSpecTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTolerations(obj: KafkaConnectSpecTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints
 */
export interface KafkaConnectSpecTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraints(obj: KafkaConnectSpecTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodHostAliases
 */
export interface KafkaConnectSpecTemplatePodHostAliases {
    /**
     * @schema KafkaConnectSpecTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodHostAliases(obj: KafkaConnectSpecTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaConnectSpecTemplatePodDnsPolicy
 */
export declare enum KafkaConnectSpecTemplatePodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaConnectSpecTemplatePodDnsConfig
 */
export interface KafkaConnectSpecTemplatePodDnsConfig {
    /**
     * @schema KafkaConnectSpecTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodDnsConfig#options
     */
    readonly options?: KafkaConnectSpecTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaConnectSpecTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodDnsConfig(obj: KafkaConnectSpecTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodVolumes
 */
export interface KafkaConnectSpecTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaConnectSpecTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplatePodVolumes#secret
     */
    readonly secret?: KafkaConnectSpecTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaConnectSpecTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaConnectSpecTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplatePodVolumes#csi
     */
    readonly csi?: KafkaConnectSpecTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplatePodVolumes#image
     */
    readonly image?: KafkaConnectSpecTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumes(obj: KafkaConnectSpecTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodTemplatedVolumes
 */
export interface KafkaConnectSpecTemplatePodTemplatedVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumes#secret
     */
    readonly secret?: KafkaConnectSpecTemplatePodTemplatedVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumes#configMap
     */
    readonly configMap?: KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTemplatedVolumes' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTemplatedVolumes(obj: KafkaConnectSpecTemplatePodTemplatedVolumes | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplateApiServiceMetadata
 */
export interface KafkaConnectSpecTemplateApiServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateApiServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateApiServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateApiServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateApiServiceMetadata(obj: KafkaConnectSpecTemplateApiServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaConnectSpecTemplateApiServiceIpFamilyPolicy
 */
export declare enum KafkaConnectSpecTemplateApiServiceIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaConnectSpecTemplateApiServiceIpFamilies
 */
export declare enum KafkaConnectSpecTemplateApiServiceIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplateHeadlessServiceMetadata
 */
export interface KafkaConnectSpecTemplateHeadlessServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateHeadlessServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateHeadlessServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateHeadlessServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateHeadlessServiceMetadata(obj: KafkaConnectSpecTemplateHeadlessServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Specifies the IP Family Policy used by the service. Available options are `SingleStack`, `PreferDualStack` and `RequireDualStack`. `SingleStack` is for a single IP family. `PreferDualStack` is for two IP families on dual-stack configured clusters or a single IP family on single-stack clusters. `RequireDualStack` fails unless there are two IP families on dual-stack configured clusters. If unspecified, Kubernetes will choose the default value based on the service type.
 *
 * @schema KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy
 */
export declare enum KafkaConnectSpecTemplateHeadlessServiceIpFamilyPolicy {
    /** SingleStack */
    SINGLE_STACK = "SingleStack",
    /** PreferDualStack */
    PREFER_DUAL_STACK = "PreferDualStack",
    /** RequireDualStack */
    REQUIRE_DUAL_STACK = "RequireDualStack"
}
/**
 * @schema KafkaConnectSpecTemplateHeadlessServiceIpFamilies
 */
export declare enum KafkaConnectSpecTemplateHeadlessServiceIpFamilies {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * @schema KafkaConnectSpecTemplateConnectContainerEnv
 */
export interface KafkaConnectSpecTemplateConnectContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaConnectSpecTemplateConnectContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaConnectSpecTemplateConnectContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaConnectSpecTemplateConnectContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaConnectSpecTemplateConnectContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerEnv(obj: KafkaConnectSpecTemplateConnectContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext
 */
export interface KafkaConnectSpecTemplateConnectContainerSecurityContext {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContext(obj: KafkaConnectSpecTemplateConnectContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts
 */
export interface KafkaConnectSpecTemplateConnectContainerVolumeMounts {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerVolumeMounts(obj: KafkaConnectSpecTemplateConnectContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateInitContainerEnv
 */
export interface KafkaConnectSpecTemplateInitContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaConnectSpecTemplateInitContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaConnectSpecTemplateInitContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaConnectSpecTemplateInitContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaConnectSpecTemplateInitContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerEnv(obj: KafkaConnectSpecTemplateInitContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaConnectSpecTemplateInitContainerSecurityContext
 */
export interface KafkaConnectSpecTemplateInitContainerSecurityContext {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerSecurityContext(obj: KafkaConnectSpecTemplateInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts
 */
export interface KafkaConnectSpecTemplateInitContainerVolumeMounts {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerVolumeMounts(obj: KafkaConnectSpecTemplateInitContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaConnectSpecTemplatePodDisruptionBudgetMetadata
 */
export interface KafkaConnectSpecTemplatePodDisruptionBudgetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplatePodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplatePodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodDisruptionBudgetMetadata(obj: KafkaConnectSpecTemplatePodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplateServiceAccountMetadata
 */
export interface KafkaConnectSpecTemplateServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateServiceAccountMetadata(obj: KafkaConnectSpecTemplateServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplateClusterRoleBindingMetadata
 */
export interface KafkaConnectSpecTemplateClusterRoleBindingMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateClusterRoleBindingMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateClusterRoleBindingMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateClusterRoleBindingMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateClusterRoleBindingMetadata(obj: KafkaConnectSpecTemplateClusterRoleBindingMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplateBuildPodMetadata
 */
export interface KafkaConnectSpecTemplateBuildPodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateBuildPodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateBuildPodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodMetadata(obj: KafkaConnectSpecTemplateBuildPodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodImagePullSecrets
 */
export interface KafkaConnectSpecTemplateBuildPodImagePullSecrets {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodImagePullSecrets(obj: KafkaConnectSpecTemplateBuildPodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaConnectSpecTemplateBuildPodSecurityContext
 */
export interface KafkaConnectSpecTemplateBuildPodSecurityContext {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaConnectSpecTemplateBuildPodSecurityContextSysctls[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodSecurityContext(obj: KafkaConnectSpecTemplateBuildPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaConnectSpecTemplateBuildPodAffinity
 */
export interface KafkaConnectSpecTemplateBuildPodAffinity {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinity;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinity(obj: KafkaConnectSpecTemplateBuildPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodTolerations
 */
export interface KafkaConnectSpecTemplateBuildPodTolerations {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodTolerations' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodTolerations(obj: KafkaConnectSpecTemplateBuildPodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints
 */
export interface KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints(obj: KafkaConnectSpecTemplateBuildPodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodHostAliases
 */
export interface KafkaConnectSpecTemplateBuildPodHostAliases {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodHostAliases(obj: KafkaConnectSpecTemplateBuildPodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaConnectSpecTemplateBuildPodDnsPolicy
 */
export declare enum KafkaConnectSpecTemplateBuildPodDnsPolicy {
    /** ClusterFirst */
    CLUSTER_FIRST = "ClusterFirst",
    /** ClusterFirstWithHostNet */
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet",
    /** Default */
    DEFAULT = "Default",
    /** None */
    NONE = "None"
}
/**
 * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
 *
 * @schema KafkaConnectSpecTemplateBuildPodDnsConfig
 */
export interface KafkaConnectSpecTemplateBuildPodDnsConfig {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodDnsConfig#options
     */
    readonly options?: KafkaConnectSpecTemplateBuildPodDnsConfigOptions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodDnsConfig(obj: KafkaConnectSpecTemplateBuildPodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodVolumes
 */
export interface KafkaConnectSpecTemplateBuildPodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumes#secret
     */
    readonly secret?: KafkaConnectSpecTemplateBuildPodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumes#configMap
     */
    readonly configMap?: KafkaConnectSpecTemplateBuildPodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaConnectSpecTemplateBuildPodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumes#csi
     */
    readonly csi?: KafkaConnectSpecTemplateBuildPodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumes#image
     */
    readonly image?: KafkaConnectSpecTemplateBuildPodVolumesImage;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumes' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumes(obj: KafkaConnectSpecTemplateBuildPodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildContainerEnv
 */
export interface KafkaConnectSpecTemplateBuildContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaConnectSpecTemplateBuildContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaConnectSpecTemplateBuildContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaConnectSpecTemplateBuildContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaConnectSpecTemplateBuildContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerEnv(obj: KafkaConnectSpecTemplateBuildContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext
 */
export interface KafkaConnectSpecTemplateBuildContainerSecurityContext {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContext(obj: KafkaConnectSpecTemplateBuildContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts
 */
export interface KafkaConnectSpecTemplateBuildContainerVolumeMounts {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerVolumeMounts(obj: KafkaConnectSpecTemplateBuildContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Metadata to apply to the `PodDisruptionBudgetTemplate` resource.
 *
 * @schema KafkaConnectSpecTemplateBuildConfigMetadata
 */
export interface KafkaConnectSpecTemplateBuildConfigMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateBuildConfigMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateBuildConfigMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildConfigMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildConfigMetadata(obj: KafkaConnectSpecTemplateBuildConfigMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplateBuildServiceAccountMetadata
 */
export interface KafkaConnectSpecTemplateBuildServiceAccountMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateBuildServiceAccountMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateBuildServiceAccountMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildServiceAccountMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildServiceAccountMetadata(obj: KafkaConnectSpecTemplateBuildServiceAccountMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaConnectSpecTemplateJmxSecretMetadata
 */
export interface KafkaConnectSpecTemplateJmxSecretMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateJmxSecretMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaConnectSpecTemplateJmxSecretMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateJmxSecretMetadata' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateJmxSecretMetadata(obj: KafkaConnectSpecTemplateJmxSecretMetadata | undefined): Record<string, any> | undefined;
/**
 * Output type. Must be either `docker` for pushing the newly build image to Docker compatible registry or `imagestream` for pushing the image to OpenShift ImageStream. Required.
 *
 * @schema KafkaConnectSpecBuildOutputType
 */
export declare enum KafkaConnectSpecBuildOutputType {
    /** docker */
    DOCKER = "docker",
    /** imagestream */
    IMAGESTREAM = "imagestream"
}
/**
 * @schema KafkaConnectSpecBuildPluginsArtifacts
 */
export interface KafkaConnectSpecBuildPluginsArtifacts {
    /**
     * Maven artifact id. Applicable to the `maven` artifact type only.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#artifact
     */
    readonly artifact?: string;
    /**
     * Name under which the artifact will be stored.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#fileName
     */
    readonly fileName?: string;
    /**
     * Maven group id. Applicable to the `maven` artifact type only.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#group
     */
    readonly group?: string;
    /**
     * Maven scope for including dependencies for the artifact. Valid values are `compile`, `provided`, `runtime`, `test`, and `system`. When not configured, no scope is set, and all dependencies are included. Applicable to the `maven` artifact type only.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#includeScope
     */
    readonly includeScope?: KafkaConnectSpecBuildPluginsArtifactsIncludeScope;
    /**
     * By default, connections using TLS are verified to check they are secure. The server certificate used must be valid, trusted, and contain the server name. By setting this option to `true`, all TLS verification is disabled and the artifact will be downloaded, even when the server is considered insecure.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#insecure
     */
    readonly insecure?: boolean;
    /**
     * List of Maven mirrors used to download the artifact and its dependencies. All repository requests during the build, including plugin repositories and Maven Central, are redirected to the configured mirror(s). Applicable to the `maven` artifact type only.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#mirrors
     */
    readonly mirrors?: KafkaConnectSpecBuildPluginsArtifactsMirrors[];
    /**
     * Maven repository to download the artifact from. Applicable to the `maven` artifact type only.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#repository
     */
    readonly repository?: string;
    /**
     * SHA512 checksum of the artifact. Optional. If specified, the checksum will be verified while building the new container. If not specified, the downloaded artifact will not be verified. Not applicable to the `maven` artifact type.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#sha512sum
     */
    readonly sha512Sum?: string;
    /**
     * Artifact type. Currently, the supported artifact types are `tgz`, `jar`, `zip`, `other` and `maven`.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#type
     */
    readonly type: KafkaConnectSpecBuildPluginsArtifactsType;
    /**
     * URL of the artifact which will be downloaded. Strimzi does not do any security scanning of the downloaded artifacts. For security reasons, you should first verify the artifacts manually and configure the checksum verification to make sure the same artifact is used in the automated build. Required for `jar`, `zip`, `tgz` and `other` artifacts. Not applicable to the `maven` artifact type.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#url
     */
    readonly url?: string;
    /**
     * Maven version number. Applicable to the `maven` artifact type only.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifacts#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecBuildPluginsArtifacts' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecBuildPluginsArtifacts(obj: KafkaConnectSpecBuildPluginsArtifacts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecBuildResourcesClaims
 */
export interface KafkaConnectSpecBuildResourcesClaims {
    /**
     * @schema KafkaConnectSpecBuildResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecBuildResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecBuildResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecBuildResourcesClaims(obj: KafkaConnectSpecBuildResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecBuildResourcesLimits
 */
export declare class KafkaConnectSpecBuildResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaConnectSpecBuildResourcesLimits;
    static fromString(value: string): KafkaConnectSpecBuildResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaConnectSpecBuildResourcesRequests
 */
export declare class KafkaConnectSpecBuildResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaConnectSpecBuildResourcesRequests;
    static fromString(value: string): KafkaConnectSpecBuildResourcesRequests;
    private constructor();
}
/**
 * Artifact type. Currently, the only supported artifact type is `image`.
 *
 * @schema KafkaConnectSpecPluginsArtifactsType
 */
export declare enum KafkaConnectSpecPluginsArtifactsType {
    /** image */
    IMAGE = "image"
}
/**
 * @schema KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile(obj: KafkaConnectSpecTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions(obj: KafkaConnectSpecTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaConnectSpecTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSecurityContextSeccompProfile(obj: KafkaConnectSpecTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodSecurityContextSysctls
 */
export interface KafkaConnectSpecTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSecurityContextSysctls(obj: KafkaConnectSpecTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaConnectSpecTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaConnectSpecTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodSecurityContextWindowsOptions(obj: KafkaConnectSpecTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinity
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinity(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinity
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinity(obj: KafkaConnectSpecTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinity(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodDnsConfigOptions
 */
export interface KafkaConnectSpecTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaConnectSpecTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodDnsConfigOptions(obj: KafkaConnectSpecTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplatePodVolumesSecret
 */
export interface KafkaConnectSpecTemplatePodVolumesSecret {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaConnectSpecTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesSecret(obj: KafkaConnectSpecTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplatePodVolumesConfigMap
 */
export interface KafkaConnectSpecTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaConnectSpecTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesConfigMap(obj: KafkaConnectSpecTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplatePodVolumesEmptyDir
 */
export interface KafkaConnectSpecTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaConnectSpecTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaConnectSpecTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaConnectSpecTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesEmptyDir(obj: KafkaConnectSpecTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim(obj: KafkaConnectSpecTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplatePodVolumesCsi
 */
export interface KafkaConnectSpecTemplatePodVolumesCsi {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesCsi(obj: KafkaConnectSpecTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplatePodVolumesImage
 */
export interface KafkaConnectSpecTemplatePodVolumesImage {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesImage(obj: KafkaConnectSpecTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecret
 */
export interface KafkaConnectSpecTemplatePodTemplatedVolumesSecret {
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecret#items
     */
    readonly items?: KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems[];
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTemplatedVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecret(obj: KafkaConnectSpecTemplatePodTemplatedVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap
 */
export interface KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap {
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap#items
     */
    readonly items?: KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems[];
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap(obj: KafkaConnectSpecTemplatePodTemplatedVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim
 */
export interface KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj: KafkaConnectSpecTemplatePodTemplatedVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFrom
 */
export interface KafkaConnectSpecTemplateConnectContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFrom(obj: KafkaConnectSpecTemplateConnectContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile
 */
export interface KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile(obj: KafkaConnectSpecTemplateConnectContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities
 */
export interface KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities(obj: KafkaConnectSpecTemplateConnectContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions
 */
export interface KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions(obj: KafkaConnectSpecTemplateConnectContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile
 */
export interface KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile(obj: KafkaConnectSpecTemplateConnectContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions
 */
export interface KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions(obj: KafkaConnectSpecTemplateConnectContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaConnectSpecTemplateInitContainerEnvValueFrom
 */
export interface KafkaConnectSpecTemplateInitContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerEnvValueFrom(obj: KafkaConnectSpecTemplateInitContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile
 */
export interface KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile(obj: KafkaConnectSpecTemplateInitContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities
 */
export interface KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities(obj: KafkaConnectSpecTemplateInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions
 */
export interface KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj: KafkaConnectSpecTemplateInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile
 */
export interface KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile(obj: KafkaConnectSpecTemplateInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions
 */
export interface KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions(obj: KafkaConnectSpecTemplateInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile
 */
export interface KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile(obj: KafkaConnectSpecTemplateBuildPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions
 */
export interface KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions(obj: KafkaConnectSpecTemplateBuildPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile
 */
export interface KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile(obj: KafkaConnectSpecTemplateBuildPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSysctls
 */
export interface KafkaConnectSpecTemplateBuildPodSecurityContextSysctls {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextSysctls(obj: KafkaConnectSpecTemplateBuildPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions
 */
export interface KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions(obj: KafkaConnectSpecTemplateBuildPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinity
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinity {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinity(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector(obj: KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodDnsConfigOptions
 */
export interface KafkaConnectSpecTemplateBuildPodDnsConfigOptions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodDnsConfigOptions(obj: KafkaConnectSpecTemplateBuildPodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplateBuildPodVolumesSecret
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesSecret {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesSecret#items
     */
    readonly items?: KafkaConnectSpecTemplateBuildPodVolumesSecretItems[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesSecret(obj: KafkaConnectSpecTemplateBuildPodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMap
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesConfigMap {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMap#items
     */
    readonly items?: KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMap(obj: KafkaConnectSpecTemplateBuildPodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplateBuildPodVolumesEmptyDir
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaConnectSpecTemplateBuildPodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesEmptyDir(obj: KafkaConnectSpecTemplateBuildPodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim(obj: KafkaConnectSpecTemplateBuildPodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplateBuildPodVolumesCsi
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesCsi {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesCsi(obj: KafkaConnectSpecTemplateBuildPodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaConnectSpecTemplateBuildPodVolumesImage
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesImage {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesImage(obj: KafkaConnectSpecTemplateBuildPodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFrom
 */
export interface KafkaConnectSpecTemplateBuildContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFrom(obj: KafkaConnectSpecTemplateBuildContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile
 */
export interface KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile(obj: KafkaConnectSpecTemplateBuildContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities
 */
export interface KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities(obj: KafkaConnectSpecTemplateBuildContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions
 */
export interface KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions(obj: KafkaConnectSpecTemplateBuildContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile
 */
export interface KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile(obj: KafkaConnectSpecTemplateBuildContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions
 */
export interface KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions(obj: KafkaConnectSpecTemplateBuildContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Maven scope for including dependencies for the artifact. Valid values are `compile`, `provided`, `runtime`, `test`, and `system`. When not configured, no scope is set, and all dependencies are included. Applicable to the `maven` artifact type only.
 *
 * @schema KafkaConnectSpecBuildPluginsArtifactsIncludeScope
 */
export declare enum KafkaConnectSpecBuildPluginsArtifactsIncludeScope {
    /** compile */
    COMPILE = "compile",
    /** provided */
    PROVIDED = "provided",
    /** runtime */
    RUNTIME = "runtime",
    /** test */
    TEST = "test",
    /** system */
    SYSTEM = "system"
}
/**
 * @schema KafkaConnectSpecBuildPluginsArtifactsMirrors
 */
export interface KafkaConnectSpecBuildPluginsArtifactsMirrors {
    /**
     * The URL of the Maven mirror. All repository requests during the build, including plugin repositories and Maven Central, are redirected to this mirror. Applicable to the `maven` artifact type only.
     *
     * @schema KafkaConnectSpecBuildPluginsArtifactsMirrors#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecBuildPluginsArtifactsMirrors' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecBuildPluginsArtifactsMirrors(obj: KafkaConnectSpecBuildPluginsArtifactsMirrors | undefined): Record<string, any> | undefined;
/**
 * Artifact type. Currently, the supported artifact types are `tgz`, `jar`, `zip`, `other` and `maven`.
 *
 * @schema KafkaConnectSpecBuildPluginsArtifactsType
 */
export declare enum KafkaConnectSpecBuildPluginsArtifactsType {
    /** jar */
    JAR = "jar",
    /** tgz */
    TGZ = "tgz",
    /** zip */
    ZIP = "zip",
    /** maven */
    MAVEN = "maven",
    /** other */
    OTHER = "other"
}
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodVolumesSecretItems
 */
export interface KafkaConnectSpecTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesSecretItems(obj: KafkaConnectSpecTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodVolumesConfigMapItems
 */
export interface KafkaConnectSpecTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesConfigMapItems(obj: KafkaConnectSpecTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaConnectSpecTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaConnectSpecTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaConnectSpecTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems
 */
export interface KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems {
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems(obj: KafkaConnectSpecTemplatePodTemplatedVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems
 */
export interface KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems {
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems(obj: KafkaConnectSpecTemplatePodTemplatedVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef
 */
export interface KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef(obj: KafkaConnectSpecTemplateConnectContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef(obj: KafkaConnectSpecTemplateConnectContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef
 */
export interface KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj: KafkaConnectSpecTemplateInitContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj: KafkaConnectSpecTemplateInitContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodVolumesSecretItems
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesSecretItems {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesSecretItems(obj: KafkaConnectSpecTemplateBuildPodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems(obj: KafkaConnectSpecTemplateBuildPodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium
 */
export declare enum KafkaConnectSpecTemplateBuildPodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef
 */
export interface KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef(obj: KafkaConnectSpecTemplateBuildPodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef
 */
export interface KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef(obj: KafkaConnectSpecTemplateBuildContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef(obj: KafkaConnectSpecTemplateBuildContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaConnectSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaConnectSpecTemplateBuildPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaConnectSpecTemplateBuildPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
