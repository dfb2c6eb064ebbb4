import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema KafkaNodePool
 */
export declare class KafkaNodePool extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaNodePool"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KafkaNodePool".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KafkaNodePoolProps): any;
    /**
     * Defines a "KafkaNodePool" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KafkaNodePoolProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KafkaNodePool
 */
export interface KafkaNodePoolProps {
    /**
     * @schema KafkaNodePool#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The specification of the KafkaNodePool.
     *
     * @schema KafkaNodePool#spec
     */
    readonly spec: KafkaNodePoolSpec;
}
/**
 * Converts an object of type 'KafkaNodePoolProps' to JSON representation.
 */
export declare function toJson_KafkaNodePoolProps(obj: KafkaNodePoolProps | undefined): Record<string, any> | undefined;
/**
 * The specification of the KafkaNodePool.
 *
 * @schema KafkaNodePoolSpec
 */
export interface KafkaNodePoolSpec {
    /**
     * The number of pods in the pool.
     *
     * @schema KafkaNodePoolSpec#replicas
     */
    readonly replicas: number;
    /**
     * Storage configuration (disk). Cannot be updated.
     *
     * @schema KafkaNodePoolSpec#storage
     */
    readonly storage: KafkaNodePoolSpecStorage;
    /**
     * The roles assigned to the node pool. Supported values are `broker` and `controller`. This property is required.
     *
     * @schema KafkaNodePoolSpec#roles
     */
    readonly roles: KafkaNodePoolSpecRoles[];
    /**
     * CPU and memory resources to reserve.
     *
     * @schema KafkaNodePoolSpec#resources
     */
    readonly resources?: KafkaNodePoolSpecResources;
    /**
     * JVM Options for pods.
     *
     * @schema KafkaNodePoolSpec#jvmOptions
     */
    readonly jvmOptions?: KafkaNodePoolSpecJvmOptions;
    /**
     * Template for pool resources. The template allows users to specify how the resources belonging to this pool are generated.
     *
     * @schema KafkaNodePoolSpec#template
     */
    readonly template?: KafkaNodePoolSpecTemplate;
}
/**
 * Converts an object of type 'KafkaNodePoolSpec' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpec(obj: KafkaNodePoolSpec | undefined): Record<string, any> | undefined;
/**
 * Storage configuration (disk). Cannot be updated.
 *
 * @schema KafkaNodePoolSpecStorage
 */
export interface KafkaNodePoolSpecStorage {
    /**
     * The storage class to use for dynamic volume allocation.
     *
     * @schema KafkaNodePoolSpecStorage#class
     */
    readonly class?: string;
    /**
     * Specifies whether the persistent volume claim is deleted when a Kafka node is deleted. Optional. Defaults to `false`.
     *
     * @default false`.
     * @schema KafkaNodePoolSpecStorage#deleteClaim
     */
    readonly deleteClaim?: boolean;
    /**
     * Storage identification number. It is mandatory only for storage volumes defined in a storage of type 'jbod'.
     *
     * @schema KafkaNodePoolSpecStorage#id
     */
    readonly id?: number;
    /**
     * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
     *
     * @schema KafkaNodePoolSpecStorage#kraftMetadata
     */
    readonly kraftMetadata?: KafkaNodePoolSpecStorageKraftMetadata;
    /**
     * Specifies a specific persistent volume to use. It contains key:value pairs representing labels for selecting such a volume.
     *
     * @schema KafkaNodePoolSpecStorage#selector
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * When `type=persistent-claim`, defines the size of the persistent volume claim, such as 100Gi. Mandatory when `type=persistent-claim`.
     *
     * @schema KafkaNodePoolSpecStorage#size
     */
    readonly size?: string;
    /**
     * When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaNodePoolSpecStorage#sizeLimit
     */
    readonly sizeLimit?: string;
    /**
     * Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.
     *
     * @schema KafkaNodePoolSpecStorage#type
     */
    readonly type: KafkaNodePoolSpecStorageType;
    /**
     * Specifies `VolumeAttributeClass` name for dynamically configuring storage attributes.
     *
     * @schema KafkaNodePoolSpecStorage#volumeAttributesClass
     */
    readonly volumeAttributesClass?: string;
    /**
     * List of volumes as Storage objects representing the JBOD disks array.
     *
     * @schema KafkaNodePoolSpecStorage#volumes
     */
    readonly volumes?: KafkaNodePoolSpecStorageVolumes[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecStorage' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecStorage(obj: KafkaNodePoolSpecStorage | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecRoles
 */
export declare enum KafkaNodePoolSpecRoles {
    /** controller */
    CONTROLLER = "controller",
    /** broker */
    BROKER = "broker"
}
/**
 * CPU and memory resources to reserve.
 *
 * @schema KafkaNodePoolSpecResources
 */
export interface KafkaNodePoolSpecResources {
    /**
     * @schema KafkaNodePoolSpecResources#claims
     */
    readonly claims?: KafkaNodePoolSpecResourcesClaims[];
    /**
     * @schema KafkaNodePoolSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KafkaNodePoolSpecResourcesLimits;
    };
    /**
     * @schema KafkaNodePoolSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KafkaNodePoolSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecResources' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecResources(obj: KafkaNodePoolSpecResources | undefined): Record<string, any> | undefined;
/**
 * JVM Options for pods.
 *
 * @schema KafkaNodePoolSpecJvmOptions
 */
export interface KafkaNodePoolSpecJvmOptions {
    /**
     * A map of -XX options to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#-XX
     */
    readonly xx?: {
        [key: string]: string;
    };
    /**
     * -Xmx option to to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#-Xmx
     */
    readonly xmx?: string;
    /**
     * -Xms option to to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#-Xms
     */
    readonly xms?: string;
    /**
     * Specifies whether the Garbage Collection logging is enabled. The default is false.
     *
     * @schema KafkaNodePoolSpecJvmOptions#gcLoggingEnabled
     */
    readonly gcLoggingEnabled?: boolean;
    /**
     * A map of additional system properties which will be passed using the `-D` option to the JVM.
     *
     * @schema KafkaNodePoolSpecJvmOptions#javaSystemProperties
     */
    readonly javaSystemProperties?: KafkaNodePoolSpecJvmOptionsJavaSystemProperties[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecJvmOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecJvmOptions(obj: KafkaNodePoolSpecJvmOptions | undefined): Record<string, any> | undefined;
/**
 * Template for pool resources. The template allows users to specify how the resources belonging to this pool are generated.
 *
 * @schema KafkaNodePoolSpecTemplate
 */
export interface KafkaNodePoolSpecTemplate {
    /**
     * Template for Kafka `StrimziPodSet` resource.
     *
     * @schema KafkaNodePoolSpecTemplate#podSet
     */
    readonly podSet?: KafkaNodePoolSpecTemplatePodSet;
    /**
     * Template for Kafka `Pods`.
     *
     * @schema KafkaNodePoolSpecTemplate#pod
     */
    readonly pod?: KafkaNodePoolSpecTemplatePod;
    /**
     * Template for Kafka per-pod `Services` used for access from outside of Kubernetes.
     *
     * @schema KafkaNodePoolSpecTemplate#perPodService
     */
    readonly perPodService?: KafkaNodePoolSpecTemplatePerPodService;
    /**
     * Template for Kafka per-pod `Routes` used for access from outside of OpenShift.
     *
     * @schema KafkaNodePoolSpecTemplate#perPodRoute
     */
    readonly perPodRoute?: KafkaNodePoolSpecTemplatePerPodRoute;
    /**
     * Template for Kafka per-pod `Ingress` used for access from outside of Kubernetes.
     *
     * @schema KafkaNodePoolSpecTemplate#perPodIngress
     */
    readonly perPodIngress?: KafkaNodePoolSpecTemplatePerPodIngress;
    /**
     * Template for all Kafka `PersistentVolumeClaims`.
     *
     * @schema KafkaNodePoolSpecTemplate#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaNodePoolSpecTemplatePersistentVolumeClaim;
    /**
     * Template for the Kafka broker container.
     *
     * @schema KafkaNodePoolSpecTemplate#kafkaContainer
     */
    readonly kafkaContainer?: KafkaNodePoolSpecTemplateKafkaContainer;
    /**
     * Template for the Kafka init container.
     *
     * @schema KafkaNodePoolSpecTemplate#initContainer
     */
    readonly initContainer?: KafkaNodePoolSpecTemplateInitContainer;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplate' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplate(obj: KafkaNodePoolSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
 *
 * @schema KafkaNodePoolSpecStorageKraftMetadata
 */
export declare enum KafkaNodePoolSpecStorageKraftMetadata {
    /** shared */
    SHARED = "shared"
}
/**
 * Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.
 *
 * @schema KafkaNodePoolSpecStorageType
 */
export declare enum KafkaNodePoolSpecStorageType {
    /** ephemeral */
    EPHEMERAL = "ephemeral",
    /** persistent-claim */
    PERSISTENT_HYPHEN_CLAIM = "persistent-claim",
    /** jbod */
    JBOD = "jbod"
}
/**
 * @schema KafkaNodePoolSpecStorageVolumes
 */
export interface KafkaNodePoolSpecStorageVolumes {
    /**
     * The storage class to use for dynamic volume allocation.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#class
     */
    readonly class?: string;
    /**
     * Specifies whether the persistent volume claim is deleted when a Kafka node is deleted. Optional. Defaults to `false`.
     *
     * @default false`.
     * @schema KafkaNodePoolSpecStorageVolumes#deleteClaim
     */
    readonly deleteClaim?: boolean;
    /**
     * Storage identification number. Mandatory for storage volumes defined with a `jbod` storage type configuration.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#id
     */
    readonly id?: number;
    /**
     * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#kraftMetadata
     */
    readonly kraftMetadata?: KafkaNodePoolSpecStorageVolumesKraftMetadata;
    /**
     * Specifies a specific persistent volume to use. It contains key:value pairs representing labels for selecting such a volume.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#selector
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * When `type=persistent-claim`, defines the size of the persistent volume claim, such as 100Gi. Mandatory when `type=persistent-claim`.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#size
     */
    readonly size?: string;
    /**
     * When type=ephemeral, defines the total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaNodePoolSpecStorageVolumes#sizeLimit
     */
    readonly sizeLimit?: string;
    /**
     * Storage type, must be either 'ephemeral' or 'persistent-claim'.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#type
     */
    readonly type: KafkaNodePoolSpecStorageVolumesType;
    /**
     * Specifies `VolumeAttributeClass` name for dynamically configuring storage attributes.
     *
     * @schema KafkaNodePoolSpecStorageVolumes#volumeAttributesClass
     */
    readonly volumeAttributesClass?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecStorageVolumes' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecStorageVolumes(obj: KafkaNodePoolSpecStorageVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecResourcesClaims
 */
export interface KafkaNodePoolSpecResourcesClaims {
    /**
     * @schema KafkaNodePoolSpecResourcesClaims#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecResourcesClaims(obj: KafkaNodePoolSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecResourcesLimits
 */
export declare class KafkaNodePoolSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KafkaNodePoolSpecResourcesLimits;
    static fromString(value: string): KafkaNodePoolSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KafkaNodePoolSpecResourcesRequests
 */
export declare class KafkaNodePoolSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KafkaNodePoolSpecResourcesRequests;
    static fromString(value: string): KafkaNodePoolSpecResourcesRequests;
    private constructor();
}
/**
 * @schema KafkaNodePoolSpecJvmOptionsJavaSystemProperties
 */
export interface KafkaNodePoolSpecJvmOptionsJavaSystemProperties {
    /**
     * The system property name.
     *
     * @schema KafkaNodePoolSpecJvmOptionsJavaSystemProperties#name
     */
    readonly name?: string;
    /**
     * The system property value.
     *
     * @schema KafkaNodePoolSpecJvmOptionsJavaSystemProperties#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecJvmOptionsJavaSystemProperties' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties(obj: KafkaNodePoolSpecJvmOptionsJavaSystemProperties | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka `StrimziPodSet` resource.
 *
 * @schema KafkaNodePoolSpecTemplatePodSet
 */
export interface KafkaNodePoolSpecTemplatePodSet {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodSet#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePodSetMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSet' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSet(obj: KafkaNodePoolSpecTemplatePodSet | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka `Pods`.
 *
 * @schema KafkaNodePoolSpecTemplatePod
 */
export interface KafkaNodePoolSpecTemplatePod {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePod#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePodMetadata;
    /**
     * List of references to secrets in the same namespace to use for pulling any of the images used by this Pod. When the `STRIMZI_IMAGE_PULL_SECRETS` environment variable in Cluster Operator and the `imagePullSecrets` option are specified, only the `imagePullSecrets` variable is used and the `STRIMZI_IMAGE_PULL_SECRETS` variable is ignored.
     *
     * @schema KafkaNodePoolSpecTemplatePod#imagePullSecrets
     */
    readonly imagePullSecrets?: KafkaNodePoolSpecTemplatePodImagePullSecrets[];
    /**
     * Configures pod-level security attributes and common container settings.
     *
     * @schema KafkaNodePoolSpecTemplatePod#securityContext
     */
    readonly securityContext?: KafkaNodePoolSpecTemplatePodSecurityContext;
    /**
     * The grace period is the duration in seconds after the processes running in the pod are sent a termination signal, and the time when the processes are forcibly halted with a kill signal. Set this value to longer than the expected cleanup time for your process. Value must be a non-negative integer. A zero value indicates delete immediately. You might need to increase the grace period for very large Kafka clusters, so that the Kafka brokers have enough time to transfer their work to another broker before they are terminated. Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KafkaNodePoolSpecTemplatePod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * The pod's affinity rules.
     *
     * @schema KafkaNodePoolSpecTemplatePod#affinity
     */
    readonly affinity?: KafkaNodePoolSpecTemplatePodAffinity;
    /**
     * The pod's tolerations.
     *
     * @schema KafkaNodePoolSpecTemplatePod#tolerations
     */
    readonly tolerations?: KafkaNodePoolSpecTemplatePodTolerations[];
    /**
     * The pod's topology spread constraints.
     *
     * @schema KafkaNodePoolSpecTemplatePod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints[];
    /**
     * The name of the priority class used to assign priority to the pods.
     *
     * @schema KafkaNodePoolSpecTemplatePod#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * The name of the scheduler used to dispatch this `Pod`. If not specified, the default scheduler will be used.
     *
     * @schema KafkaNodePoolSpecTemplatePod#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * The pod's HostAliases. HostAliases is an optional list of hosts and IPs that will be injected into the Pod's hosts file if specified.
     *
     * @schema KafkaNodePoolSpecTemplatePod#hostAliases
     */
    readonly hostAliases?: KafkaNodePoolSpecTemplatePodHostAliases[];
    /**
     * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     *
     * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
     * @schema KafkaNodePoolSpecTemplatePod#dnsPolicy
     */
    readonly dnsPolicy?: KafkaNodePoolSpecTemplatePodDnsPolicy;
    /**
     * The pod's DNSConfig. If specified, it will be merged to the generated DNS configuration based on the DNSPolicy.
     *
     * @schema KafkaNodePoolSpecTemplatePod#dnsConfig
     */
    readonly dnsConfig?: KafkaNodePoolSpecTemplatePodDnsConfig;
    /**
     * Indicates whether information about services should be injected into Pod's environment variables.
     *
     * @schema KafkaNodePoolSpecTemplatePod#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * Defines the total amount of pod memory allocated for the temporary `EmptyDir` volume `/tmp`. Specify the allocation in memory units, for example, `100Mi` for 100 mebibytes. Default value is `5Mi`. The `/tmp` volume is backed by pod memory, not disk storage, so avoid setting a high value as it consumes pod memory resources.
     *
     * @schema KafkaNodePoolSpecTemplatePod#tmpDirSizeLimit
     */
    readonly tmpDirSizeLimit?: string;
    /**
     * Additional volumes that can be mounted to the pod.
     *
     * @schema KafkaNodePoolSpecTemplatePod#volumes
     */
    readonly volumes?: KafkaNodePoolSpecTemplatePodVolumes[];
    /**
     * Additional volumes that can be mounted to the pod. These volumes can use templates to mount different volumes into individual Pods.
     *
     * @schema KafkaNodePoolSpecTemplatePod#templatedVolumes
     */
    readonly templatedVolumes?: KafkaNodePoolSpecTemplatePodTemplatedVolumes[];
    /**
     * Use the host user namespace. Optional. Defaults to `true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     *
     * @default true`. When `true` or not set, the pod runs in the host user namespace. This is required when the pod needs features available only in the host namespace, such as loading kernel modules with `CAP_SYS_MODULE`.When set to `false`, the pod runs in a new user namespace. Setting `false` helps mitigate container breakout vulnerabilities and allows containers to run as `root` without granting `root` privileges on the host. This property is alpha-level in Kubernetes and is supported only by Kubernetes clusters that enable the `UserNamespacesSupport` feature.
     * @schema KafkaNodePoolSpecTemplatePod#hostUsers
     */
    readonly hostUsers?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePod' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePod(obj: KafkaNodePoolSpecTemplatePod | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Services` used for access from outside of Kubernetes.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodService
 */
export interface KafkaNodePoolSpecTemplatePerPodService {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodService#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePerPodServiceMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodService' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodService(obj: KafkaNodePoolSpecTemplatePerPodService | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Routes` used for access from outside of OpenShift.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodRoute
 */
export interface KafkaNodePoolSpecTemplatePerPodRoute {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodRoute#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePerPodRouteMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodRoute' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodRoute(obj: KafkaNodePoolSpecTemplatePerPodRoute | undefined): Record<string, any> | undefined;
/**
 * Template for Kafka per-pod `Ingress` used for access from outside of Kubernetes.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodIngress
 */
export interface KafkaNodePoolSpecTemplatePerPodIngress {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodIngress#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePerPodIngressMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodIngress' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodIngress(obj: KafkaNodePoolSpecTemplatePerPodIngress | undefined): Record<string, any> | undefined;
/**
 * Template for all Kafka `PersistentVolumeClaims`.
 *
 * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaim
 */
export interface KafkaNodePoolSpecTemplatePersistentVolumeClaim {
    /**
     * Metadata applied to the resource.
     *
     * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaim#metadata
     */
    readonly metadata?: KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim(obj: KafkaNodePoolSpecTemplatePersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka broker container.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainer
 */
export interface KafkaNodePoolSpecTemplateKafkaContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainer#env
     */
    readonly env?: KafkaNodePoolSpecTemplateKafkaContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainer#securityContext
     */
    readonly securityContext?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainer' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainer(obj: KafkaNodePoolSpecTemplateKafkaContainer | undefined): Record<string, any> | undefined;
/**
 * Template for the Kafka init container.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainer
 */
export interface KafkaNodePoolSpecTemplateInitContainer {
    /**
     * Environment variables which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainer#env
     */
    readonly env?: KafkaNodePoolSpecTemplateInitContainerEnv[];
    /**
     * Security context for the container.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainer#securityContext
     */
    readonly securityContext?: KafkaNodePoolSpecTemplateInitContainerSecurityContext;
    /**
     * Additional volume mounts which should be applied to the container.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainer#volumeMounts
     */
    readonly volumeMounts?: KafkaNodePoolSpecTemplateInitContainerVolumeMounts[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainer' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainer(obj: KafkaNodePoolSpecTemplateInitContainer | undefined): Record<string, any> | undefined;
/**
 * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
 *
 * @schema KafkaNodePoolSpecStorageVolumesKraftMetadata
 */
export declare enum KafkaNodePoolSpecStorageVolumesKraftMetadata {
    /** shared */
    SHARED = "shared"
}
/**
 * Storage type, must be either 'ephemeral' or 'persistent-claim'.
 *
 * @schema KafkaNodePoolSpecStorageVolumesType
 */
export declare enum KafkaNodePoolSpecStorageVolumesType {
    /** ephemeral */
    EPHEMERAL = "ephemeral",
    /** persistent-claim */
    PERSISTENT_HYPHEN_CLAIM = "persistent-claim"
}
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePodSetMetadata
 */
export interface KafkaNodePoolSpecTemplatePodSetMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodSetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodSetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSetMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSetMetadata(obj: KafkaNodePoolSpecTemplatePodSetMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePodMetadata
 */
export interface KafkaNodePoolSpecTemplatePodMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodMetadata(obj: KafkaNodePoolSpecTemplatePodMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodImagePullSecrets
 */
export interface KafkaNodePoolSpecTemplatePodImagePullSecrets {
    /**
     * @schema KafkaNodePoolSpecTemplatePodImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodImagePullSecrets' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets(obj: KafkaNodePoolSpecTemplatePodImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * Configures pod-level security attributes and common container settings.
 *
 * @schema KafkaNodePoolSpecTemplatePodSecurityContext
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContext {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#sysctls
     */
    readonly sysctls?: KafkaNodePoolSpecTemplatePodSecurityContextSysctls[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContext(obj: KafkaNodePoolSpecTemplatePodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod's affinity rules.
 *
 * @schema KafkaNodePoolSpecTemplatePodAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinity;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinity#podAffinity
     */
    readonly podAffinity?: KafkaNodePoolSpecTemplatePodAffinityPodAffinity;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinity(obj: KafkaNodePoolSpecTemplatePodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTolerations
 */
export interface KafkaNodePoolSpecTemplatePodTolerations {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTolerations' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTolerations(obj: KafkaNodePoolSpecTemplatePodTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints
 */
export interface KafkaNodePoolSpecTemplatePodTopologySpreadConstraints {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(obj: KafkaNodePoolSpecTemplatePodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodHostAliases
 */
export interface KafkaNodePoolSpecTemplatePodHostAliases {
    /**
     * @schema KafkaNodePoolSpecTemplatePodHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodHostAliases' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodHostAliases(obj: KafkaNodePoolSpecTemplatePodHostAliases | undefined): Record<string, any> | undefined;
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaNodePoolSpecTemplatePodDnsPolicy
 */
export declare enum KafkaNodePoolSpecTemplatePodDnsPolicy {
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
 * @schema KafkaNodePoolSpecTemplatePodDnsConfig
 */
export interface KafkaNodePoolSpecTemplatePodDnsConfig {
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfig#options
     */
    readonly options?: KafkaNodePoolSpecTemplatePodDnsConfigOptions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodDnsConfig' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodDnsConfig(obj: KafkaNodePoolSpecTemplatePodDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumes
 */
export interface KafkaNodePoolSpecTemplatePodVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#secret
     */
    readonly secret?: KafkaNodePoolSpecTemplatePodVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#configMap
     */
    readonly configMap?: KafkaNodePoolSpecTemplatePodVolumesConfigMap;
    /**
     * `EmptyDir` to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#emptyDir
     */
    readonly emptyDir?: KafkaNodePoolSpecTemplatePodVolumesEmptyDir;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim;
    /**
     * `CSIVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#csi
     */
    readonly csi?: KafkaNodePoolSpecTemplatePodVolumesCsi;
    /**
     * `ImageVolumeSource` object to use to populate the volume.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumes#image
     */
    readonly image?: KafkaNodePoolSpecTemplatePodVolumesImage;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumes' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumes(obj: KafkaNodePoolSpecTemplatePodVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumes {
    /**
     * Name to use for the volume. Required.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#name
     */
    readonly name?: string;
    /**
     * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#secret
     */
    readonly secret?: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret;
    /**
     * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#configMap
     */
    readonly configMap?: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap;
    /**
     * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
     *
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumes' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumes | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodServiceMetadata
 */
export interface KafkaNodePoolSpecTemplatePerPodServiceMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodServiceMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata(obj: KafkaNodePoolSpecTemplatePerPodServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodRouteMetadata
 */
export interface KafkaNodePoolSpecTemplatePerPodRouteMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodRouteMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodRouteMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodRouteMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata(obj: KafkaNodePoolSpecTemplatePerPodRouteMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePerPodIngressMetadata
 */
export interface KafkaNodePoolSpecTemplatePerPodIngressMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodIngressMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePerPodIngressMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodIngressMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata(obj: KafkaNodePoolSpecTemplatePerPodIngressMetadata | undefined): Record<string, any> | undefined;
/**
 * Metadata applied to the resource.
 *
 * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata
 */
export interface KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata {
    /**
     * Labels added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Annotations added to the Kubernetes resource.
     *
     * @schema KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(obj: KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv(obj: KafkaNodePoolSpecTemplateKafkaContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContext {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts(obj: KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerEnv
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnv {
    /**
     * The environment variable key.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnv#name
     */
    readonly name?: string;
    /**
     * The environment variable value.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnv#value
     */
    readonly value?: string;
    /**
     * Reference to the secret or config map property to which the environment variable is set.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnv#valueFrom
     */
    readonly valueFrom?: KafkaNodePoolSpecTemplateInitContainerEnvValueFrom;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnv' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnv(obj: KafkaNodePoolSpecTemplateInitContainerEnv | undefined): Record<string, any> | undefined;
/**
 * Security context for the container.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContext {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts
 */
export interface KafkaNodePoolSpecTemplateInitContainerVolumeMounts {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts(obj: KafkaNodePoolSpecTemplateInitContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(obj: KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(obj: KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(obj: KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextSysctls
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextSysctls {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls(obj: KafkaNodePoolSpecTemplatePodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions
 */
export interface KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(obj: KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodDnsConfigOptions
 */
export interface KafkaNodePoolSpecTemplatePodDnsConfigOptions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions(obj: KafkaNodePoolSpecTemplatePodDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesSecret
 */
export interface KafkaNodePoolSpecTemplatePodVolumesSecret {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodVolumesSecretItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesSecret(obj: KafkaNodePoolSpecTemplatePodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap
 */
export interface KafkaNodePoolSpecTemplatePodVolumesConfigMap {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap(obj: KafkaNodePoolSpecTemplatePodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `EmptyDir` to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDir
 */
export interface KafkaNodePoolSpecTemplatePodVolumesEmptyDir {
    /**
     * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDir#medium
     */
    readonly medium?: KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium;
    /**
     * The total amount of local storage required for this EmptyDir volume (for example 1Gi).
     *
     * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir(obj: KafkaNodePoolSpecTemplatePodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim
 */
export interface KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(obj: KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * `CSIVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesCsi
 */
export interface KafkaNodePoolSpecTemplatePodVolumesCsi {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesCsi' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesCsi(obj: KafkaNodePoolSpecTemplatePodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * `ImageVolumeSource` object to use to populate the volume.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesImage
 */
export interface KafkaNodePoolSpecTemplatePodVolumesImage {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesImage' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesImage(obj: KafkaNodePoolSpecTemplatePodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * `Secret` to use to populate the volume. The name of the Secret and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * `ConfigMap` to use to populate the volume. The name of the ConfigMap and the items key and path fields can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#items
     */
    readonly items?: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * `PersistentVolumeClaim` object to use to populate the volume. The name of the Persistent Volume Claim can use placeholders that would be replaced for every individual node. Valid placeholders that you can use in the template are `{nodeId}` and `{nodePodName}`.
 *
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(obj: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(obj: KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Reference to the secret or config map property to which the environment variable is set.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFrom
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnvValueFrom {
    /**
     * Reference to a key in a secret.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef;
    /**
     * Reference to a key in a config map.
     *
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFrom' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(obj: KafkaNodePoolSpecTemplateInitContainerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions
 */
export interface KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(obj: KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems
 */
export interface KafkaNodePoolSpecTemplatePodVolumesSecretItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems(obj: KafkaNodePoolSpecTemplatePodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems
 */
export interface KafkaNodePoolSpecTemplatePodVolumesConfigMapItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems(obj: KafkaNodePoolSpecTemplatePodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium
 */
export declare enum KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium {
    /** Memory */
    MEMORY = "Memory"
}
/**
 * @schema KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef
 */
export interface KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef {
    /**
     * @schema KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(obj: KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems
 */
export interface KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems {
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems(obj: KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(obj: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj: KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a secret.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj: KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a config map.
 *
 * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef
 */
export interface KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef {
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj: KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
