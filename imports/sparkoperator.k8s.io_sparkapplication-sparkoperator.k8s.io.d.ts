import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * SparkApplication is the Schema for the sparkapplications API
 *
 * @schema SparkApplication
 */
export declare class SparkApplication extends ApiObject {
    /**
     * Returns the apiVersion and kind for "SparkApplication"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "SparkApplication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: SparkApplicationProps): any;
    /**
     * Defines a "SparkApplication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: SparkApplicationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * SparkApplication is the Schema for the sparkapplications API
 *
 * @schema SparkApplication
 */
export interface SparkApplicationProps {
    /**
     * @schema SparkApplication#metadata
     */
    readonly metadata: ApiObjectMetadata;
    /**
     * SparkApplicationSpec defines the desired state of SparkApplication
     * It carries every pieces of information a spark-submit command takes and recognizes.
     *
     * @schema SparkApplication#spec
     */
    readonly spec: SparkApplicationSpec;
}
/**
 * Converts an object of type 'SparkApplicationProps' to JSON representation.
 */
export declare function toJson_SparkApplicationProps(obj: SparkApplicationProps | undefined): Record<string, any> | undefined;
/**
 * SparkApplicationSpec defines the desired state of SparkApplication
 * It carries every pieces of information a spark-submit command takes and recognizes.
 *
 * @schema SparkApplicationSpec
 */
export interface SparkApplicationSpec {
    /**
     * Arguments is a list of arguments to be passed to the application.
     *
     * @schema SparkApplicationSpec#arguments
     */
    readonly arguments?: string[];
    /**
     * BatchScheduler configures which batch scheduler will be used for scheduling
     *
     * @schema SparkApplicationSpec#batchScheduler
     */
    readonly batchScheduler?: string;
    /**
     * BatchSchedulerOptions provides fine-grained control on how to batch scheduling.
     *
     * @schema SparkApplicationSpec#batchSchedulerOptions
     */
    readonly batchSchedulerOptions?: SparkApplicationSpecBatchSchedulerOptions;
    /**
     * Deps captures all possible types of dependencies of a Spark application.
     *
     * @schema SparkApplicationSpec#deps
     */
    readonly deps?: SparkApplicationSpecDeps;
    /**
     * Driver is the driver specification.
     *
     * @schema SparkApplicationSpec#driver
     */
    readonly driver: SparkApplicationSpecDriver;
    /**
     * DriverIngressOptions allows configuring the Service and the Ingress to expose ports inside Spark Driver
     *
     * @schema SparkApplicationSpec#driverIngressOptions
     */
    readonly driverIngressOptions?: SparkApplicationSpecDriverIngressOptions[];
    /**
     * DynamicAllocation configures dynamic allocation that becomes available for the Kubernetes
     * scheduler backend since Spark 3.0.
     *
     * @schema SparkApplicationSpec#dynamicAllocation
     */
    readonly dynamicAllocation?: SparkApplicationSpecDynamicAllocation;
    /**
     * Executor is the executor specification.
     *
     * @schema SparkApplicationSpec#executor
     */
    readonly executor: SparkApplicationSpecExecutor;
    /**
     * FailureRetries is the number of times to retry a failed application before giving up.
     * This is best effort and actual retry attempts can be >= the value specified.
     *
     * @schema SparkApplicationSpec#failureRetries
     */
    readonly failureRetries?: number;
    /**
     * HadoopConf carries user-specified Hadoop configuration properties as they would use the "--conf" option
     * in spark-submit. The SparkApplication controller automatically adds prefix "spark.hadoop." to Hadoop
     * configuration properties.
     *
     * @schema SparkApplicationSpec#hadoopConf
     */
    readonly hadoopConf?: {
        [key: string]: string;
    };
    /**
     * HadoopConfigMap carries the name of the ConfigMap containing Hadoop configuration files such as core-site.xml.
     * The controller will add environment variable HADOOP_CONF_DIR to the path where the ConfigMap is mounted to.
     *
     * @schema SparkApplicationSpec#hadoopConfigMap
     */
    readonly hadoopConfigMap?: string;
    /**
     * Image is the container image for the driver, executor, and init-container. Any custom container images for the
     * driver, executor, or init-container takes precedence over this.
     *
     * @schema SparkApplicationSpec#image
     */
    readonly image?: string;
    /**
     * ImagePullPolicy is the image pull policy for the driver, executor, and init-container.
     *
     * @schema SparkApplicationSpec#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * ImagePullSecrets is the list of image-pull secrets.
     *
     * @schema SparkApplicationSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: string[];
    /**
     * MainFile is the path to a bundled JAR, Python, or R file of the application.
     *
     * @schema SparkApplicationSpec#mainApplicationFile
     */
    readonly mainApplicationFile: string;
    /**
     * MainClass is the fully-qualified main class of the Spark application.
     * This only applies to Java/Scala Spark applications.
     *
     * @schema SparkApplicationSpec#mainClass
     */
    readonly mainClass?: string;
    /**
     * This sets the Memory Overhead Factor that will allocate memory to non-JVM memory.
     * For JVM-based jobs this value will default to 0.10, for non-JVM jobs 0.40. Value of this field will
     * be overridden by `Spec.Driver.MemoryOverhead` and `Spec.Executor.MemoryOverhead` if they are set.
     *
     * @schema SparkApplicationSpec#memoryOverheadFactor
     */
    readonly memoryOverheadFactor?: string;
    /**
     * Mode is the deployment mode of the Spark application.
     *
     * @schema SparkApplicationSpec#mode
     */
    readonly mode?: SparkApplicationSpecMode;
    /**
     * Monitoring configures how monitoring is handled.
     *
     * @schema SparkApplicationSpec#monitoring
     */
    readonly monitoring?: SparkApplicationSpecMonitoring;
    /**
     * NodeSelector is the Kubernetes node selector to be added to the driver and executor pods.
     * This field is mutually exclusive with nodeSelector at podSpec level (driver or executor).
     * This field will be deprecated in future versions (at SparkApplicationSpec level).
     *
     * @schema SparkApplicationSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * ProxyUser specifies the user to impersonate when submitting the application.
     * It maps to the command-line flag "--proxy-user" in spark-submit.
     *
     * @schema SparkApplicationSpec#proxyUser
     */
    readonly proxyUser?: string;
    /**
     * This sets the major Python version of the docker
     * image used to run the driver and executor containers. Can either be 2 or 3, default 2.
     *
     * @schema SparkApplicationSpec#pythonVersion
     */
    readonly pythonVersion?: SparkApplicationSpecPythonVersion;
    /**
     * RestartPolicy defines the policy on if and in which conditions the controller should restart an application.
     *
     * @schema SparkApplicationSpec#restartPolicy
     */
    readonly restartPolicy?: SparkApplicationSpecRestartPolicy;
    /**
     * RetryInterval is the unit of intervals in seconds between submission retries.
     *
     * @schema SparkApplicationSpec#retryInterval
     */
    readonly retryInterval?: number;
    /**
     * SparkConf carries user-specified Spark configuration properties as they would use the  "--conf" option in
     * spark-submit.
     *
     * @schema SparkApplicationSpec#sparkConf
     */
    readonly sparkConf?: {
        [key: string]: string;
    };
    /**
     * SparkConfigMap carries the name of the ConfigMap containing Spark configuration files such as log4j.properties.
     * The controller will add environment variable SPARK_CONF_DIR to the path where the ConfigMap is mounted to.
     *
     * @schema SparkApplicationSpec#sparkConfigMap
     */
    readonly sparkConfigMap?: string;
    /**
     * SparkUIOptions allows configuring the Service and the Ingress to expose the sparkUI
     *
     * @schema SparkApplicationSpec#sparkUIOptions
     */
    readonly sparkUiOptions?: SparkApplicationSpecSparkUiOptions;
    /**
     * SparkVersion is the version of Spark the application uses.
     *
     * @schema SparkApplicationSpec#sparkVersion
     */
    readonly sparkVersion: string;
    /**
     * Suspend indicates whether the SparkApplication should be suspended.
     * When true, the controller skips submitting the Spark job.
     * If a SparkApplication is suspended after creation
     * (i.e. the flag goes from false to true), the Spark operator will delete
     * all active Pods associated with this SparkApplication.
     * Users must design their Spark application to gracefully handle this.
     *
     * @schema SparkApplicationSpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * TimeToLiveSeconds defines the Time-To-Live (TTL) duration in seconds for this SparkApplication
     * after its termination.
     * The SparkApplication object will be garbage collected if the current time is more than the
     * TimeToLiveSeconds since its termination.
     *
     * @schema SparkApplicationSpec#timeToLiveSeconds
     */
    readonly timeToLiveSeconds?: number;
    /**
     * Type tells the type of the Spark application.
     *
     * @schema SparkApplicationSpec#type
     */
    readonly type: SparkApplicationSpecType;
    /**
     * Volumes is the list of Kubernetes volumes that can be mounted by the driver and/or executors.
     *
     * @schema SparkApplicationSpec#volumes
     */
    readonly volumes?: SparkApplicationSpecVolumes[];
}
/**
 * Converts an object of type 'SparkApplicationSpec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpec(obj: SparkApplicationSpec | undefined): Record<string, any> | undefined;
/**
 * BatchSchedulerOptions provides fine-grained control on how to batch scheduling.
 *
 * @schema SparkApplicationSpecBatchSchedulerOptions
 */
export interface SparkApplicationSpecBatchSchedulerOptions {
    /**
     * PriorityClassName stands for the name of k8s PriorityClass resource, it's being used in Volcano batch scheduler.
     *
     * @schema SparkApplicationSpecBatchSchedulerOptions#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * Queue stands for the resource queue which the application belongs to, it's being used in Volcano batch scheduler.
     *
     * @schema SparkApplicationSpecBatchSchedulerOptions#queue
     */
    readonly queue?: string;
    /**
     * Resources stands for the resource list custom request for. Usually it is used to define the lower-bound limit.
     * If specified, volcano scheduler will consider it as the resources requested.
     *
     * @schema SparkApplicationSpecBatchSchedulerOptions#resources
     */
    readonly resources?: {
        [key: string]: SparkApplicationSpecBatchSchedulerOptionsResources;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecBatchSchedulerOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecBatchSchedulerOptions(obj: SparkApplicationSpecBatchSchedulerOptions | undefined): Record<string, any> | undefined;
/**
 * Deps captures all possible types of dependencies of a Spark application.
 *
 * @schema SparkApplicationSpecDeps
 */
export interface SparkApplicationSpecDeps {
    /**
     * Archives is a list of archives to be extracted into the working directory of each executor.
     *
     * @schema SparkApplicationSpecDeps#archives
     */
    readonly archives?: string[];
    /**
     * ExcludePackages is a list of "groupId:artifactId", to exclude while resolving the
     * dependencies provided in Packages to avoid dependency conflicts.
     *
     * @schema SparkApplicationSpecDeps#excludePackages
     */
    readonly excludePackages?: string[];
    /**
     * Files is a list of files the Spark application depends on.
     *
     * @schema SparkApplicationSpecDeps#files
     */
    readonly files?: string[];
    /**
     * Jars is a list of JAR files the Spark application depends on.
     *
     * @schema SparkApplicationSpecDeps#jars
     */
    readonly jars?: string[];
    /**
     * Packages is a list of maven coordinates of jars to include on the driver and executor
     * classpaths. This will search the local maven repo, then maven central and any additional
     * remote repositories given by the "repositories" option.
     * Each package should be of the form "groupId:artifactId:version".
     *
     * @schema SparkApplicationSpecDeps#packages
     */
    readonly packages?: string[];
    /**
     * PyFiles is a list of Python files the Spark application depends on.
     *
     * @schema SparkApplicationSpecDeps#pyFiles
     */
    readonly pyFiles?: string[];
    /**
     * Repositories is a list of additional remote repositories to search for the maven coordinate
     * given with the "packages" option.
     *
     * @schema SparkApplicationSpecDeps#repositories
     */
    readonly repositories?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDeps' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDeps(obj: SparkApplicationSpecDeps | undefined): Record<string, any> | undefined;
/**
 * Driver is the driver specification.
 *
 * @schema SparkApplicationSpecDriver
 */
export interface SparkApplicationSpecDriver {
    /**
     * Affinity specifies the affinity/anti-affinity settings for the pod.
     *
     * @schema SparkApplicationSpecDriver#affinity
     */
    readonly affinity?: SparkApplicationSpecDriverAffinity;
    /**
     * Annotations are the Kubernetes annotations to be added to the pod.
     *
     * @schema SparkApplicationSpecDriver#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * ConfigMaps carries information of other ConfigMaps to add to the pod.
     *
     * @schema SparkApplicationSpecDriver#configMaps
     */
    readonly configMaps?: SparkApplicationSpecDriverConfigMaps[];
    /**
     * CoreLimit specifies a hard limit on CPU cores for the pod.
     * Optional
     *
     * @schema SparkApplicationSpecDriver#coreLimit
     */
    readonly coreLimit?: string;
    /**
     * CoreRequest is the physical CPU core request for the driver.
     * Maps to `spark.kubernetes.driver.request.cores` that is available since Spark 3.0.
     *
     * @schema SparkApplicationSpecDriver#coreRequest
     */
    readonly coreRequest?: string;
    /**
     * Cores maps to `spark.driver.cores` or `spark.executor.cores` for the driver and executors, respectively.
     *
     * @schema SparkApplicationSpecDriver#cores
     */
    readonly cores?: number;
    /**
     * DnsConfig dns settings for the pod, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecDriver#dnsConfig
     */
    readonly dnsConfig?: SparkApplicationSpecDriverDnsConfig;
    /**
     * Env carries the environment variables to add to the pod.
     *
     * @schema SparkApplicationSpecDriver#env
     */
    readonly env?: SparkApplicationSpecDriverEnv[];
    /**
     * EnvFrom is a list of sources to populate environment variables in the container.
     *
     * @schema SparkApplicationSpecDriver#envFrom
     */
    readonly envFrom?: SparkApplicationSpecDriverEnvFrom[];
    /**
     * EnvSecretKeyRefs holds a mapping from environment variable names to SecretKeyRefs.
     * Deprecated. Consider using `env` instead.
     *
     * @schema SparkApplicationSpecDriver#envSecretKeyRefs
     */
    readonly envSecretKeyRefs?: {
        [key: string]: SparkApplicationSpecDriverEnvSecretKeyRefs;
    };
    /**
     * EnvVars carries the environment variables to add to the pod.
     * Deprecated. Consider using `env` instead.
     *
     * @schema SparkApplicationSpecDriver#envVars
     */
    readonly envVars?: {
        [key: string]: string;
    };
    /**
     * GPU specifies GPU requirement for the pod.
     *
     * @schema SparkApplicationSpecDriver#gpu
     */
    readonly gpu?: SparkApplicationSpecDriverGpu;
    /**
     * HostAliases settings for the pod, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecDriver#hostAliases
     */
    readonly hostAliases?: SparkApplicationSpecDriverHostAliases[];
    /**
     * HostNetwork indicates whether to request host networking for the pod or not.
     *
     * @schema SparkApplicationSpecDriver#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * Image is the container image to use. Overrides Spec.Image if set.
     *
     * @schema SparkApplicationSpecDriver#image
     */
    readonly image?: string;
    /**
     * InitContainers is a list of init-containers that run to completion before the main Spark container.
     *
     * @schema SparkApplicationSpecDriver#initContainers
     */
    readonly initContainers?: SparkApplicationSpecDriverInitContainers[];
    /**
     * JavaOptions is a string of extra JVM options to pass to the driver. For instance,
     * GC settings or other logging.
     *
     * @schema SparkApplicationSpecDriver#javaOptions
     */
    readonly javaOptions?: string;
    /**
     * KubernetesMaster is the URL of the Kubernetes master used by the driver to manage executor pods and
     * other Kubernetes resources. Default to https://kubernetes.default.svc.
     *
     * @default https://kubernetes.default.svc.
     * @schema SparkApplicationSpecDriver#kubernetesMaster
     */
    readonly kubernetesMaster?: string;
    /**
     * Labels are the Kubernetes labels to be added to the pod.
     *
     * @schema SparkApplicationSpecDriver#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Lifecycle for running preStop or postStart commands
     *
     * @schema SparkApplicationSpecDriver#lifecycle
     */
    readonly lifecycle?: SparkApplicationSpecDriverLifecycle;
    /**
     * Memory is the amount of memory to request for the pod.
     *
     * @schema SparkApplicationSpecDriver#memory
     */
    readonly memory?: string;
    /**
     * MemoryLimit overrides the memory limit of the pod.
     *
     * @schema SparkApplicationSpecDriver#memoryLimit
     */
    readonly memoryLimit?: string;
    /**
     * MemoryOverhead is the amount of off-heap memory to allocate in cluster mode, in MiB unless otherwise specified.
     *
     * @schema SparkApplicationSpecDriver#memoryOverhead
     */
    readonly memoryOverhead?: string;
    /**
     * NodeSelector is the Kubernetes node selector to be added to the driver and executor pods.
     * This field is mutually exclusive with nodeSelector at SparkApplication level (which will be deprecated).
     *
     * @schema SparkApplicationSpecDriver#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * PodName is the name of the driver pod that the user creates. This is used for the
     * in-cluster client mode in which the user creates a client pod where the driver of
     * the user application runs. It's an error to set this field if Mode is not
     * in-cluster-client.
     *
     * @schema SparkApplicationSpecDriver#podName
     */
    readonly podName?: string;
    /**
     * PodSecurityContext specifies the PodSecurityContext to apply.
     *
     * @schema SparkApplicationSpecDriver#podSecurityContext
     */
    readonly podSecurityContext?: SparkApplicationSpecDriverPodSecurityContext;
    /**
     * Ports settings for the pods, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecDriver#ports
     */
    readonly ports?: SparkApplicationSpecDriverPorts[];
    /**
     * PriorityClassName is the name of the PriorityClass for the driver pod.
     *
     * @schema SparkApplicationSpecDriver#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * SchedulerName specifies the scheduler that will be used for scheduling
     *
     * @schema SparkApplicationSpecDriver#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * Secrets carries information of secrets to add to the pod.
     *
     * @schema SparkApplicationSpecDriver#secrets
     */
    readonly secrets?: SparkApplicationSpecDriverSecrets[];
    /**
     * SecurityContext specifies the container's SecurityContext to apply.
     *
     * @schema SparkApplicationSpecDriver#securityContext
     */
    readonly securityContext?: SparkApplicationSpecDriverSecurityContext;
    /**
     * ServiceAccount is the name of the custom Kubernetes service account used by the pod.
     *
     * @schema SparkApplicationSpecDriver#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * ServiceAnnotations defines the annotations to be added to the Kubernetes headless service used by
     * executors to connect to the driver.
     *
     * @schema SparkApplicationSpecDriver#serviceAnnotations
     */
    readonly serviceAnnotations?: {
        [key: string]: string;
    };
    /**
     * ServiceLabels defines the labels to be added to the Kubernetes headless service used by
     * executors to connect to the driver.
     *
     * @schema SparkApplicationSpecDriver#serviceLabels
     */
    readonly serviceLabels?: {
        [key: string]: string;
    };
    /**
     * ShareProcessNamespace settings for the pod, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecDriver#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * Sidecars is a list of sidecar containers that run along side the main Spark container.
     *
     * @schema SparkApplicationSpecDriver#sidecars
     */
    readonly sidecars?: SparkApplicationSpecDriverSidecars[];
    /**
     * Template is a pod template that can be used to define the driver or executor pod configurations that Spark configurations do not support.
     * Spark version >= 3.0.0 is required.
     * Ref: https://spark.apache.org/docs/latest/running-on-kubernetes.html#pod-template.
     *
     * @schema SparkApplicationSpecDriver#template
     */
    readonly template?: any;
    /**
     * Termination grace period seconds for the pod
     *
     * @schema SparkApplicationSpecDriver#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Tolerations specifies the tolerations listed in ".spec.tolerations" to be applied to the pod.
     *
     * @schema SparkApplicationSpecDriver#tolerations
     */
    readonly tolerations?: SparkApplicationSpecDriverTolerations[];
    /**
     * VolumeMounts specifies the volumes listed in ".spec.volumes" to mount into the main container's filesystem.
     *
     * @schema SparkApplicationSpecDriver#volumeMounts
     */
    readonly volumeMounts?: SparkApplicationSpecDriverVolumeMounts[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriver' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriver(obj: SparkApplicationSpecDriver | undefined): Record<string, any> | undefined;
/**
 * DriverIngressConfiguration is for driver ingress specific configuration parameters.
 *
 * @schema SparkApplicationSpecDriverIngressOptions
 */
export interface SparkApplicationSpecDriverIngressOptions {
    /**
     * IngressAnnotations is a map of key,value pairs of annotations that might be added to the ingress object. i.e. specify nginx as ingress.class
     *
     * @schema SparkApplicationSpecDriverIngressOptions#ingressAnnotations
     */
    readonly ingressAnnotations?: {
        [key: string]: string;
    };
    /**
     * TlsHosts is useful If we need to declare SSL certificates to the ingress object
     *
     * @schema SparkApplicationSpecDriverIngressOptions#ingressTLS
     */
    readonly ingressTls?: SparkApplicationSpecDriverIngressOptionsIngressTls[];
    /**
     * IngressURLFormat is the URL for the ingress.
     *
     * @schema SparkApplicationSpecDriverIngressOptions#ingressURLFormat
     */
    readonly ingressUrlFormat?: string;
    /**
     * ServiceAnnotations is a map of key,value pairs of annotations that might be added to the service object.
     *
     * @schema SparkApplicationSpecDriverIngressOptions#serviceAnnotations
     */
    readonly serviceAnnotations?: {
        [key: string]: string;
    };
    /**
     * ServiceLabels is a map of key,value pairs of labels that might be added to the service object.
     *
     * @schema SparkApplicationSpecDriverIngressOptions#serviceLabels
     */
    readonly serviceLabels?: {
        [key: string]: string;
    };
    /**
     * ServicePort allows configuring the port at service level that might be different from the targetPort.
     *
     * @schema SparkApplicationSpecDriverIngressOptions#servicePort
     */
    readonly servicePort: number;
    /**
     * ServicePortName allows configuring the name of the service port.
     * This may be useful for sidecar proxies like Envoy injected by Istio which require specific ports names to treat traffic as proper HTTP.
     *
     * @schema SparkApplicationSpecDriverIngressOptions#servicePortName
     */
    readonly servicePortName: string;
    /**
     * ServiceType allows configuring the type of the service. Defaults to ClusterIP.
     *
     * @default ClusterIP.
     * @schema SparkApplicationSpecDriverIngressOptions#serviceType
     */
    readonly serviceType?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverIngressOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverIngressOptions(obj: SparkApplicationSpecDriverIngressOptions | undefined): Record<string, any> | undefined;
/**
 * DynamicAllocation configures dynamic allocation that becomes available for the Kubernetes
 * scheduler backend since Spark 3.0.
 *
 * @schema SparkApplicationSpecDynamicAllocation
 */
export interface SparkApplicationSpecDynamicAllocation {
    /**
     * Enabled controls whether dynamic allocation is enabled or not.
     *
     * @schema SparkApplicationSpecDynamicAllocation#enabled
     */
    readonly enabled?: boolean;
    /**
     * InitialExecutors is the initial number of executors to request. If .spec.executor.instances
     * is also set, the initial number of executors is set to the bigger of that and this option.
     *
     * @schema SparkApplicationSpecDynamicAllocation#initialExecutors
     */
    readonly initialExecutors?: number;
    /**
     * MaxExecutors is the upper bound for the number of executors if dynamic allocation is enabled.
     *
     * @schema SparkApplicationSpecDynamicAllocation#maxExecutors
     */
    readonly maxExecutors?: number;
    /**
     * MinExecutors is the lower bound for the number of executors if dynamic allocation is enabled.
     *
     * @schema SparkApplicationSpecDynamicAllocation#minExecutors
     */
    readonly minExecutors?: number;
    /**
     * ShuffleTrackingEnabled enables shuffle file tracking for executors, which allows dynamic allocation without
     * the need for an external shuffle service. This option will try to keep alive executors that are storing
     * shuffle data for active jobs. If external shuffle service is enabled, set ShuffleTrackingEnabled to false.
     * ShuffleTrackingEnabled is true by default if dynamicAllocation.enabled is true.
     *
     * @schema SparkApplicationSpecDynamicAllocation#shuffleTrackingEnabled
     */
    readonly shuffleTrackingEnabled?: boolean;
    /**
     * ShuffleTrackingTimeout controls the timeout in milliseconds for executors that are holding
     * shuffle data if shuffle tracking is enabled (true by default if dynamic allocation is enabled).
     *
     * @schema SparkApplicationSpecDynamicAllocation#shuffleTrackingTimeout
     */
    readonly shuffleTrackingTimeout?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDynamicAllocation' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDynamicAllocation(obj: SparkApplicationSpecDynamicAllocation | undefined): Record<string, any> | undefined;
/**
 * Executor is the executor specification.
 *
 * @schema SparkApplicationSpecExecutor
 */
export interface SparkApplicationSpecExecutor {
    /**
     * Affinity specifies the affinity/anti-affinity settings for the pod.
     *
     * @schema SparkApplicationSpecExecutor#affinity
     */
    readonly affinity?: SparkApplicationSpecExecutorAffinity;
    /**
     * Annotations are the Kubernetes annotations to be added to the pod.
     *
     * @schema SparkApplicationSpecExecutor#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * ConfigMaps carries information of other ConfigMaps to add to the pod.
     *
     * @schema SparkApplicationSpecExecutor#configMaps
     */
    readonly configMaps?: SparkApplicationSpecExecutorConfigMaps[];
    /**
     * CoreLimit specifies a hard limit on CPU cores for the pod.
     * Optional
     *
     * @schema SparkApplicationSpecExecutor#coreLimit
     */
    readonly coreLimit?: string;
    /**
     * CoreRequest is the physical CPU core request for the executors.
     * Maps to `spark.kubernetes.executor.request.cores` that is available since Spark 2.4.
     *
     * @schema SparkApplicationSpecExecutor#coreRequest
     */
    readonly coreRequest?: string;
    /**
     * Cores maps to `spark.driver.cores` or `spark.executor.cores` for the driver and executors, respectively.
     *
     * @schema SparkApplicationSpecExecutor#cores
     */
    readonly cores?: number;
    /**
     * DeleteOnTermination specify whether executor pods should be deleted in case of failure or normal termination.
     * Maps to `spark.kubernetes.executor.deleteOnTermination` that is available since Spark 3.0.
     *
     * @schema SparkApplicationSpecExecutor#deleteOnTermination
     */
    readonly deleteOnTermination?: boolean;
    /**
     * DnsConfig dns settings for the pod, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecExecutor#dnsConfig
     */
    readonly dnsConfig?: SparkApplicationSpecExecutorDnsConfig;
    /**
     * Env carries the environment variables to add to the pod.
     *
     * @schema SparkApplicationSpecExecutor#env
     */
    readonly env?: SparkApplicationSpecExecutorEnv[];
    /**
     * EnvFrom is a list of sources to populate environment variables in the container.
     *
     * @schema SparkApplicationSpecExecutor#envFrom
     */
    readonly envFrom?: SparkApplicationSpecExecutorEnvFrom[];
    /**
     * EnvSecretKeyRefs holds a mapping from environment variable names to SecretKeyRefs.
     * Deprecated. Consider using `env` instead.
     *
     * @schema SparkApplicationSpecExecutor#envSecretKeyRefs
     */
    readonly envSecretKeyRefs?: {
        [key: string]: SparkApplicationSpecExecutorEnvSecretKeyRefs;
    };
    /**
     * EnvVars carries the environment variables to add to the pod.
     * Deprecated. Consider using `env` instead.
     *
     * @schema SparkApplicationSpecExecutor#envVars
     */
    readonly envVars?: {
        [key: string]: string;
    };
    /**
     * GPU specifies GPU requirement for the pod.
     *
     * @schema SparkApplicationSpecExecutor#gpu
     */
    readonly gpu?: SparkApplicationSpecExecutorGpu;
    /**
     * HostAliases settings for the pod, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecExecutor#hostAliases
     */
    readonly hostAliases?: SparkApplicationSpecExecutorHostAliases[];
    /**
     * HostNetwork indicates whether to request host networking for the pod or not.
     *
     * @schema SparkApplicationSpecExecutor#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * Image is the container image to use. Overrides Spec.Image if set.
     *
     * @schema SparkApplicationSpecExecutor#image
     */
    readonly image?: string;
    /**
     * InitContainers is a list of init-containers that run to completion before the main Spark container.
     *
     * @schema SparkApplicationSpecExecutor#initContainers
     */
    readonly initContainers?: SparkApplicationSpecExecutorInitContainers[];
    /**
     * Instances is the number of executor instances.
     *
     * @schema SparkApplicationSpecExecutor#instances
     */
    readonly instances?: number;
    /**
     * JavaOptions is a string of extra JVM options to pass to the executors. For instance,
     * GC settings or other logging.
     *
     * @schema SparkApplicationSpecExecutor#javaOptions
     */
    readonly javaOptions?: string;
    /**
     * Labels are the Kubernetes labels to be added to the pod.
     *
     * @schema SparkApplicationSpecExecutor#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Lifecycle for running preStop or postStart commands
     *
     * @schema SparkApplicationSpecExecutor#lifecycle
     */
    readonly lifecycle?: SparkApplicationSpecExecutorLifecycle;
    /**
     * Memory is the amount of memory to request for the pod.
     *
     * @schema SparkApplicationSpecExecutor#memory
     */
    readonly memory?: string;
    /**
     * MemoryLimit overrides the memory limit of the pod.
     *
     * @schema SparkApplicationSpecExecutor#memoryLimit
     */
    readonly memoryLimit?: string;
    /**
     * MemoryOverhead is the amount of off-heap memory to allocate in cluster mode, in MiB unless otherwise specified.
     *
     * @schema SparkApplicationSpecExecutor#memoryOverhead
     */
    readonly memoryOverhead?: string;
    /**
     * NodeSelector is the Kubernetes node selector to be added to the driver and executor pods.
     * This field is mutually exclusive with nodeSelector at SparkApplication level (which will be deprecated).
     *
     * @schema SparkApplicationSpecExecutor#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * PodSecurityContext specifies the PodSecurityContext to apply.
     *
     * @schema SparkApplicationSpecExecutor#podSecurityContext
     */
    readonly podSecurityContext?: SparkApplicationSpecExecutorPodSecurityContext;
    /**
     * Ports settings for the pods, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecExecutor#ports
     */
    readonly ports?: SparkApplicationSpecExecutorPorts[];
    /**
     * PriorityClassName is the name of the PriorityClass for the executor pod.
     *
     * @schema SparkApplicationSpecExecutor#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * SchedulerName specifies the scheduler that will be used for scheduling
     *
     * @schema SparkApplicationSpecExecutor#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * Secrets carries information of secrets to add to the pod.
     *
     * @schema SparkApplicationSpecExecutor#secrets
     */
    readonly secrets?: SparkApplicationSpecExecutorSecrets[];
    /**
     * SecurityContext specifies the container's SecurityContext to apply.
     *
     * @schema SparkApplicationSpecExecutor#securityContext
     */
    readonly securityContext?: SparkApplicationSpecExecutorSecurityContext;
    /**
     * ServiceAccount is the name of the custom Kubernetes service account used by the pod.
     *
     * @schema SparkApplicationSpecExecutor#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * ShareProcessNamespace settings for the pod, following the Kubernetes specifications.
     *
     * @schema SparkApplicationSpecExecutor#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * Sidecars is a list of sidecar containers that run along side the main Spark container.
     *
     * @schema SparkApplicationSpecExecutor#sidecars
     */
    readonly sidecars?: SparkApplicationSpecExecutorSidecars[];
    /**
     * Template is a pod template that can be used to define the driver or executor pod configurations that Spark configurations do not support.
     * Spark version >= 3.0.0 is required.
     * Ref: https://spark.apache.org/docs/latest/running-on-kubernetes.html#pod-template.
     *
     * @schema SparkApplicationSpecExecutor#template
     */
    readonly template?: any;
    /**
     * Termination grace period seconds for the pod
     *
     * @schema SparkApplicationSpecExecutor#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Tolerations specifies the tolerations listed in ".spec.tolerations" to be applied to the pod.
     *
     * @schema SparkApplicationSpecExecutor#tolerations
     */
    readonly tolerations?: SparkApplicationSpecExecutorTolerations[];
    /**
     * VolumeMounts specifies the volumes listed in ".spec.volumes" to mount into the main container's filesystem.
     *
     * @schema SparkApplicationSpecExecutor#volumeMounts
     */
    readonly volumeMounts?: SparkApplicationSpecExecutorVolumeMounts[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutor' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutor(obj: SparkApplicationSpecExecutor | undefined): Record<string, any> | undefined;
/**
 * Mode is the deployment mode of the Spark application.
 *
 * @schema SparkApplicationSpecMode
 */
export declare enum SparkApplicationSpecMode {
    /** cluster */
    CLUSTER = "cluster",
    /** client */
    CLIENT = "client"
}
/**
 * Monitoring configures how monitoring is handled.
 *
 * @schema SparkApplicationSpecMonitoring
 */
export interface SparkApplicationSpecMonitoring {
    /**
     * ExposeDriverMetrics specifies whether to expose metrics on the driver.
     *
     * @schema SparkApplicationSpecMonitoring#exposeDriverMetrics
     */
    readonly exposeDriverMetrics: boolean;
    /**
     * ExposeExecutorMetrics specifies whether to expose metrics on the executors.
     *
     * @schema SparkApplicationSpecMonitoring#exposeExecutorMetrics
     */
    readonly exposeExecutorMetrics: boolean;
    /**
     * MetricsProperties is the content of a custom metrics.properties for configuring the Spark metric system.
     * If not specified, the content in spark-docker/conf/metrics.properties will be used.
     *
     * @schema SparkApplicationSpecMonitoring#metricsProperties
     */
    readonly metricsProperties?: string;
    /**
     * MetricsPropertiesFile is the container local path of file metrics.properties for configuring
     * the Spark metric system. If not specified, value /etc/metrics/conf/metrics.properties will be used.
     *
     * @schema SparkApplicationSpecMonitoring#metricsPropertiesFile
     */
    readonly metricsPropertiesFile?: string;
    /**
     * Prometheus is for configuring the Prometheus JMX exporter.
     *
     * @schema SparkApplicationSpecMonitoring#prometheus
     */
    readonly prometheus?: SparkApplicationSpecMonitoringPrometheus;
}
/**
 * Converts an object of type 'SparkApplicationSpecMonitoring' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecMonitoring(obj: SparkApplicationSpecMonitoring | undefined): Record<string, any> | undefined;
/**
 * This sets the major Python version of the docker
 * image used to run the driver and executor containers. Can either be 2 or 3, default 2.
 *
 * @schema SparkApplicationSpecPythonVersion
 */
export declare enum SparkApplicationSpecPythonVersion {
    /** 2 */
    VALUE_2 = "2",
    /** 3 */
    VALUE_3 = "3"
}
/**
 * RestartPolicy defines the policy on if and in which conditions the controller should restart an application.
 *
 * @schema SparkApplicationSpecRestartPolicy
 */
export interface SparkApplicationSpecRestartPolicy {
    /**
     * OnFailureRetries the number of times to retry running an application before giving up.
     *
     * @schema SparkApplicationSpecRestartPolicy#onFailureRetries
     */
    readonly onFailureRetries?: number;
    /**
     * OnFailureRetryInterval is the interval in seconds between retries on failed runs.
     *
     * @schema SparkApplicationSpecRestartPolicy#onFailureRetryInterval
     */
    readonly onFailureRetryInterval?: number;
    /**
     * OnSubmissionFailureRetries is the number of times to retry submitting an application before giving up.
     * This is best effort and actual retry attempts can be >= the value specified due to caching.
     * These are required if RestartPolicy is OnFailure.
     *
     * @schema SparkApplicationSpecRestartPolicy#onSubmissionFailureRetries
     */
    readonly onSubmissionFailureRetries?: number;
    /**
     * OnSubmissionFailureRetryInterval is the interval in seconds between retries on failed submissions.
     *
     * @schema SparkApplicationSpecRestartPolicy#onSubmissionFailureRetryInterval
     */
    readonly onSubmissionFailureRetryInterval?: number;
    /**
     * Type specifies the RestartPolicyType.
     *
     * @schema SparkApplicationSpecRestartPolicy#type
     */
    readonly type?: SparkApplicationSpecRestartPolicyType;
}
/**
 * Converts an object of type 'SparkApplicationSpecRestartPolicy' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecRestartPolicy(obj: SparkApplicationSpecRestartPolicy | undefined): Record<string, any> | undefined;
/**
 * SparkUIOptions allows configuring the Service and the Ingress to expose the sparkUI
 *
 * @schema SparkApplicationSpecSparkUiOptions
 */
export interface SparkApplicationSpecSparkUiOptions {
    /**
     * IngressAnnotations is a map of key,value pairs of annotations that might be added to the ingress object. i.e. specify nginx as ingress.class
     *
     * @schema SparkApplicationSpecSparkUiOptions#ingressAnnotations
     */
    readonly ingressAnnotations?: {
        [key: string]: string;
    };
    /**
     * TlsHosts is useful If we need to declare SSL certificates to the ingress object
     *
     * @schema SparkApplicationSpecSparkUiOptions#ingressTLS
     */
    readonly ingressTls?: SparkApplicationSpecSparkUiOptionsIngressTls[];
    /**
     * ServiceAnnotations is a map of key,value pairs of annotations that might be added to the service object.
     *
     * @schema SparkApplicationSpecSparkUiOptions#serviceAnnotations
     */
    readonly serviceAnnotations?: {
        [key: string]: string;
    };
    /**
     * ServiceLabels is a map of key,value pairs of labels that might be added to the service object.
     *
     * @schema SparkApplicationSpecSparkUiOptions#serviceLabels
     */
    readonly serviceLabels?: {
        [key: string]: string;
    };
    /**
     * ServicePort allows configuring the port at service level that might be different from the targetPort.
     * TargetPort should be the same as the one defined in spark.ui.port
     *
     * @schema SparkApplicationSpecSparkUiOptions#servicePort
     */
    readonly servicePort?: number;
    /**
     * ServicePortName allows configuring the name of the service port.
     * This may be useful for sidecar proxies like Envoy injected by Istio which require specific ports names to treat traffic as proper HTTP.
     * Defaults to spark-driver-ui-port.
     *
     * @default spark-driver-ui-port.
     * @schema SparkApplicationSpecSparkUiOptions#servicePortName
     */
    readonly servicePortName?: string;
    /**
     * ServiceType allows configuring the type of the service. Defaults to ClusterIP.
     *
     * @default ClusterIP.
     * @schema SparkApplicationSpecSparkUiOptions#serviceType
     */
    readonly serviceType?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecSparkUiOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecSparkUiOptions(obj: SparkApplicationSpecSparkUiOptions | undefined): Record<string, any> | undefined;
/**
 * Type tells the type of the Spark application.
 *
 * @schema SparkApplicationSpecType
 */
export declare enum SparkApplicationSpecType {
    /** Java */
    JAVA = "Java",
    /** Python */
    PYTHON = "Python",
    /** Scala */
    SCALA = "Scala",
    /** R */
    R = "R"
}
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema SparkApplicationSpecVolumes
 */
export interface SparkApplicationSpecVolumes {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
     * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema SparkApplicationSpecVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: SparkApplicationSpecVolumesAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
     * are redirected to the disk.csi.azure.com CSI driver.
     *
     * @schema SparkApplicationSpecVolumes#azureDisk
     */
    readonly azureDisk?: SparkApplicationSpecVolumesAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
     * are redirected to the file.csi.azure.com CSI driver.
     *
     * @schema SparkApplicationSpecVolumes#azureFile
     */
    readonly azureFile?: SparkApplicationSpecVolumesAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
     * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
     *
     * @schema SparkApplicationSpecVolumes#cephfs
     */
    readonly cephfs?: SparkApplicationSpecVolumesCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
     * are redirected to the cinder.csi.openstack.org CSI driver.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema SparkApplicationSpecVolumes#cinder
     */
    readonly cinder?: SparkApplicationSpecVolumesCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema SparkApplicationSpecVolumes#configMap
     */
    readonly configMap?: SparkApplicationSpecVolumesConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
     *
     * @schema SparkApplicationSpecVolumes#csi
     */
    readonly csi?: SparkApplicationSpecVolumesCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema SparkApplicationSpecVolumes#downwardAPI
     */
    readonly downwardApi?: SparkApplicationSpecVolumesDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema SparkApplicationSpecVolumes#emptyDir
     */
    readonly emptyDir?: SparkApplicationSpecVolumesEmptyDir;
    /**
     * ephemeral represents a volume that is handled by a cluster storage driver.
     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
     * and deleted when the pod is removed.
     *
     * Use this if:
     * a) the volume is only needed while the pod runs,
     * b) features of normal volumes like restoring from snapshot or capacity
     * tracking are needed,
     * c) the storage driver is specified through a storage class, and
     * d) the storage driver supports dynamic volume provisioning through
     * a PersistentVolumeClaim (see EphemeralVolumeSource for more
     * information on the connection between this volume type
     * and PersistentVolumeClaim).
     *
     * Use PersistentVolumeClaim or one of the vendor-specific
     * APIs for volumes that persist for longer than the lifecycle
     * of an individual pod.
     *
     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
     * be used that way - see the documentation of the driver for
     * more information.
     *
     * A pod can use both types of ephemeral volumes and
     * persistent volumes at the same time.
     *
     * @schema SparkApplicationSpecVolumes#ephemeral
     */
    readonly ephemeral?: SparkApplicationSpecVolumesEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema SparkApplicationSpecVolumes#fc
     */
    readonly fc?: SparkApplicationSpecVolumesFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
     *
     * @schema SparkApplicationSpecVolumes#flexVolume
     */
    readonly flexVolume?: SparkApplicationSpecVolumesFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
     * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
     *
     * @schema SparkApplicationSpecVolumes#flocker
     */
    readonly flocker?: SparkApplicationSpecVolumesFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
     * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema SparkApplicationSpecVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: SparkApplicationSpecVolumesGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema SparkApplicationSpecVolumes#gitRepo
     */
    readonly gitRepo?: SparkApplicationSpecVolumesGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md
     *
     * @schema SparkApplicationSpecVolumes#glusterfs
     */
    readonly glusterfs?: SparkApplicationSpecVolumesGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema SparkApplicationSpecVolumes#hostPath
     */
    readonly hostPath?: SparkApplicationSpecVolumesHostPath;
    /**
     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
     *
     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     *
     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
     * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
     * The volume will be mounted read-only (ro) and non-executable files (noexec).
     * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath).
     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
     *
     * @schema SparkApplicationSpecVolumes#image
     */
    readonly image?: SparkApplicationSpecVolumesImage;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://examples.k8s.io/volumes/iscsi/README.md
     *
     * @schema SparkApplicationSpecVolumes#iscsi
     */
    readonly iscsi?: SparkApplicationSpecVolumesIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumes#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema SparkApplicationSpecVolumes#nfs
     */
    readonly nfs?: SparkApplicationSpecVolumesNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema SparkApplicationSpecVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: SparkApplicationSpecVolumesPersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
     * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
     *
     * @schema SparkApplicationSpecVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: SparkApplicationSpecVolumesPhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
     * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
     * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
     * is on.
     *
     * @schema SparkApplicationSpecVolumes#portworxVolume
     */
    readonly portworxVolume?: SparkApplicationSpecVolumesPortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema SparkApplicationSpecVolumes#projected
     */
    readonly projected?: SparkApplicationSpecVolumesProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
     * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
     *
     * @schema SparkApplicationSpecVolumes#quobyte
     */
    readonly quobyte?: SparkApplicationSpecVolumesQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
     * More info: https://examples.k8s.io/volumes/rbd/README.md
     *
     * @schema SparkApplicationSpecVolumes#rbd
     */
    readonly rbd?: SparkApplicationSpecVolumesRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
     *
     * @schema SparkApplicationSpecVolumes#scaleIO
     */
    readonly scaleIo?: SparkApplicationSpecVolumesScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema SparkApplicationSpecVolumes#secret
     */
    readonly secret?: SparkApplicationSpecVolumesSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
     *
     * @schema SparkApplicationSpecVolumes#storageos
     */
    readonly storageos?: SparkApplicationSpecVolumesStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
     * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
     * are redirected to the csi.vsphere.vmware.com CSI driver.
     *
     * @schema SparkApplicationSpecVolumes#vsphereVolume
     */
    readonly vsphereVolume?: SparkApplicationSpecVolumesVsphereVolume;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumes' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumes(obj: SparkApplicationSpecVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema SparkApplicationSpecBatchSchedulerOptionsResources
 */
export declare class SparkApplicationSpecBatchSchedulerOptionsResources {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecBatchSchedulerOptionsResources;
    static fromString(value: string): SparkApplicationSpecBatchSchedulerOptionsResources;
    private constructor();
}
/**
 * Affinity specifies the affinity/anti-affinity settings for the pod.
 *
 * @schema SparkApplicationSpecDriverAffinity
 */
export interface SparkApplicationSpecDriverAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema SparkApplicationSpecDriverAffinity#nodeAffinity
     */
    readonly nodeAffinity?: SparkApplicationSpecDriverAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema SparkApplicationSpecDriverAffinity#podAffinity
     */
    readonly podAffinity?: SparkApplicationSpecDriverAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema SparkApplicationSpecDriverAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: SparkApplicationSpecDriverAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinity(obj: SparkApplicationSpecDriverAffinity | undefined): Record<string, any> | undefined;
/**
 * NamePath is a pair of a name and a path to which the named objects should be mounted to.
 *
 * @schema SparkApplicationSpecDriverConfigMaps
 */
export interface SparkApplicationSpecDriverConfigMaps {
    /**
     * @schema SparkApplicationSpecDriverConfigMaps#name
     */
    readonly name: string;
    /**
     * @schema SparkApplicationSpecDriverConfigMaps#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverConfigMaps' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverConfigMaps(obj: SparkApplicationSpecDriverConfigMaps | undefined): Record<string, any> | undefined;
/**
 * DnsConfig dns settings for the pod, following the Kubernetes specifications.
 *
 * @schema SparkApplicationSpecDriverDnsConfig
 */
export interface SparkApplicationSpecDriverDnsConfig {
    /**
     * A list of DNS name server IP addresses.
     * This will be appended to the base nameservers generated from DNSPolicy.
     * Duplicated nameservers will be removed.
     *
     * @schema SparkApplicationSpecDriverDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * A list of DNS resolver options.
     * This will be merged with the base options generated from DNSPolicy.
     * Duplicated entries will be removed. Resolution options given in Options
     * will override those that appear in the base DNSPolicy.
     *
     * @schema SparkApplicationSpecDriverDnsConfig#options
     */
    readonly options?: SparkApplicationSpecDriverDnsConfigOptions[];
    /**
     * A list of DNS search domains for host-name lookup.
     * This will be appended to the base search paths generated from DNSPolicy.
     * Duplicated search paths will be removed.
     *
     * @schema SparkApplicationSpecDriverDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverDnsConfig' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverDnsConfig(obj: SparkApplicationSpecDriverDnsConfig | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema SparkApplicationSpecDriverEnv
 */
export interface SparkApplicationSpecDriverEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecDriverEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema SparkApplicationSpecDriverEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema SparkApplicationSpecDriverEnv#valueFrom
     */
    readonly valueFrom?: SparkApplicationSpecDriverEnvValueFrom;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnv' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnv(obj: SparkApplicationSpecDriverEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema SparkApplicationSpecDriverEnvFrom
 */
export interface SparkApplicationSpecDriverEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema SparkApplicationSpecDriverEnvFrom#configMapRef
     */
    readonly configMapRef?: SparkApplicationSpecDriverEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecDriverEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema SparkApplicationSpecDriverEnvFrom#secretRef
     */
    readonly secretRef?: SparkApplicationSpecDriverEnvFromSecretRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvFrom(obj: SparkApplicationSpecDriverEnvFrom | undefined): Record<string, any> | undefined;
/**
 * NameKey represents the name and key of a SecretKeyRef.
 *
 * @schema SparkApplicationSpecDriverEnvSecretKeyRefs
 */
export interface SparkApplicationSpecDriverEnvSecretKeyRefs {
    /**
     * @schema SparkApplicationSpecDriverEnvSecretKeyRefs#key
     */
    readonly key: string;
    /**
     * @schema SparkApplicationSpecDriverEnvSecretKeyRefs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvSecretKeyRefs' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvSecretKeyRefs(obj: SparkApplicationSpecDriverEnvSecretKeyRefs | undefined): Record<string, any> | undefined;
/**
 * GPU specifies GPU requirement for the pod.
 *
 * @schema SparkApplicationSpecDriverGpu
 */
export interface SparkApplicationSpecDriverGpu {
    /**
     * Name is GPU resource name, such as: nvidia.com/gpu or amd.com/gpu
     *
     * @schema SparkApplicationSpecDriverGpu#name
     */
    readonly name: string;
    /**
     * Quantity is the number of GPUs to request for driver or executor.
     *
     * @schema SparkApplicationSpecDriverGpu#quantity
     */
    readonly quantity: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverGpu' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverGpu(obj: SparkApplicationSpecDriverGpu | undefined): Record<string, any> | undefined;
/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the
 * pod's hosts file.
 *
 * @schema SparkApplicationSpecDriverHostAliases
 */
export interface SparkApplicationSpecDriverHostAliases {
    /**
     * Hostnames for the above IP address.
     *
     * @schema SparkApplicationSpecDriverHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * IP address of the host file entry.
     *
     * @schema SparkApplicationSpecDriverHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverHostAliases' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverHostAliases(obj: SparkApplicationSpecDriverHostAliases | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema SparkApplicationSpecDriverInitContainers
 */
export interface SparkApplicationSpecDriverInitContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecDriverInitContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecDriverInitContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverInitContainers#env
     */
    readonly env?: SparkApplicationSpecDriverInitContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
     * will be reported as an event when the container is starting. When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverInitContainers#envFrom
     */
    readonly envFrom?: SparkApplicationSpecDriverInitContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema SparkApplicationSpecDriverInitContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema SparkApplicationSpecDriverInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverInitContainers#lifecycle
     */
    readonly lifecycle?: SparkApplicationSpecDriverInitContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverInitContainers#livenessProbe
     */
    readonly livenessProbe?: SparkApplicationSpecDriverInitContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverInitContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverInitContainers#ports
     */
    readonly ports?: SparkApplicationSpecDriverInitContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverInitContainers#readinessProbe
     */
    readonly readinessProbe?: SparkApplicationSpecDriverInitContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema SparkApplicationSpecDriverInitContainers#resizePolicy
     */
    readonly resizePolicy?: SparkApplicationSpecDriverInitContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecDriverInitContainers#resources
     */
    readonly resources?: SparkApplicationSpecDriverInitContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This field may only be set for init containers, and the only allowed value is "Always".
     * For non-init containers or when this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema SparkApplicationSpecDriverInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema SparkApplicationSpecDriverInitContainers#securityContext
     */
    readonly securityContext?: SparkApplicationSpecDriverInitContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverInitContainers#startupProbe
     */
    readonly startupProbe?: SparkApplicationSpecDriverInitContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema SparkApplicationSpecDriverInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema SparkApplicationSpecDriverInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema SparkApplicationSpecDriverInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema SparkApplicationSpecDriverInitContainers#volumeDevices
     */
    readonly volumeDevices?: SparkApplicationSpecDriverInitContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverInitContainers#volumeMounts
     */
    readonly volumeMounts?: SparkApplicationSpecDriverInitContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainers' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainers(obj: SparkApplicationSpecDriverInitContainers | undefined): Record<string, any> | undefined;
/**
 * Lifecycle for running preStop or postStart commands
 *
 * @schema SparkApplicationSpecDriverLifecycle
 */
export interface SparkApplicationSpecDriverLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecDriverLifecycle#postStart
     */
    readonly postStart?: SparkApplicationSpecDriverLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecDriverLifecycle#preStop
     */
    readonly preStop?: SparkApplicationSpecDriverLifecyclePreStop;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecycle' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecycle(obj: SparkApplicationSpecDriverLifecycle | undefined): Record<string, any> | undefined;
/**
 * PodSecurityContext specifies the PodSecurityContext to apply.
 *
 * @schema SparkApplicationSpecDriverPodSecurityContext
 */
export interface SparkApplicationSpecDriverPodSecurityContext {
    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecDriverPodSecurityContextAppArmorProfile;
    /**
     * A special supplemental group that applies to all containers in a pod.
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     *
     * 1. The owning GID will be the FSGroup
     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
     * 3. The permission bits are OR'd with rw-rw----
     *
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
     * before being exposed inside Pod. This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
     * It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
     * Valid values are "MountOption" and "Recursive".
     *
     * "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
     * This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
     *
     * "MountOption" mounts all eligible Pod volumes with `-o context` mount option.
     * This requires all Pods that share the same volume to use the same SELinux label.
     * It is not possible to share the same volume among privileged and unprivileged Pods.
     * Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
     * whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
     * CSIDriver instance. Other volumes are always re-labelled recursively.
     * "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
     *
     * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
     * If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
     * and "Recursive" for all other volumes.
     *
     * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
     *
     * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * The SELinux context to be applied to all containers.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecDriverPodSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in
     * addition to the container's primary GID and fsGroup (if specified).  If
     * the SupplementalGroupsPolicy feature is enabled, the
     * supplementalGroupsPolicy field determines whether these are in addition
     * to or instead of any group memberships defined in the container image.
     * If unspecified, no additional groups are added, though group memberships
     * defined in the container image may still be used, depending on the
     * supplementalGroupsPolicy field.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#sysctls
     */
    readonly sysctls?: SparkApplicationSpecDriverPodSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecDriverPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverPodSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverPodSecurityContext(obj: SparkApplicationSpecDriverPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * Port represents the port definition in the pods objects.
 *
 * @schema SparkApplicationSpecDriverPorts
 */
export interface SparkApplicationSpecDriverPorts {
    /**
     * @schema SparkApplicationSpecDriverPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema SparkApplicationSpecDriverPorts#name
     */
    readonly name: string;
    /**
     * @schema SparkApplicationSpecDriverPorts#protocol
     */
    readonly protocol: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverPorts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverPorts(obj: SparkApplicationSpecDriverPorts | undefined): Record<string, any> | undefined;
/**
 * SecretInfo captures information of a secret.
 *
 * @schema SparkApplicationSpecDriverSecrets
 */
export interface SparkApplicationSpecDriverSecrets {
    /**
     * @schema SparkApplicationSpecDriverSecrets#name
     */
    readonly name: string;
    /**
     * @schema SparkApplicationSpecDriverSecrets#path
     */
    readonly path: string;
    /**
     * SecretType tells the type of a secret.
     *
     * @schema SparkApplicationSpecDriverSecrets#secretType
     */
    readonly secretType: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSecrets' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSecrets(obj: SparkApplicationSpecDriverSecrets | undefined): Record<string, any> | undefined;
/**
 * SecurityContext specifies the container's SecurityContext to apply.
 *
 * @schema SparkApplicationSpecDriverSecurityContext
 */
export interface SparkApplicationSpecDriverSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecDriverSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema SparkApplicationSpecDriverSecurityContext#capabilities
     */
    readonly capabilities?: SparkApplicationSpecDriverSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecDriverSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecDriverSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecDriverSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecDriverSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSecurityContext(obj: SparkApplicationSpecDriverSecurityContext | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema SparkApplicationSpecDriverSidecars
 */
export interface SparkApplicationSpecDriverSidecars {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecDriverSidecars#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecDriverSidecars#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverSidecars#env
     */
    readonly env?: SparkApplicationSpecDriverSidecarsEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
     * will be reported as an event when the container is starting. When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverSidecars#envFrom
     */
    readonly envFrom?: SparkApplicationSpecDriverSidecarsEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema SparkApplicationSpecDriverSidecars#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema SparkApplicationSpecDriverSidecars#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverSidecars#lifecycle
     */
    readonly lifecycle?: SparkApplicationSpecDriverSidecarsLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverSidecars#livenessProbe
     */
    readonly livenessProbe?: SparkApplicationSpecDriverSidecarsLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverSidecars#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverSidecars#ports
     */
    readonly ports?: SparkApplicationSpecDriverSidecarsPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverSidecars#readinessProbe
     */
    readonly readinessProbe?: SparkApplicationSpecDriverSidecarsReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema SparkApplicationSpecDriverSidecars#resizePolicy
     */
    readonly resizePolicy?: SparkApplicationSpecDriverSidecarsResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecDriverSidecars#resources
     */
    readonly resources?: SparkApplicationSpecDriverSidecarsResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This field may only be set for init containers, and the only allowed value is "Always".
     * For non-init containers or when this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema SparkApplicationSpecDriverSidecars#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema SparkApplicationSpecDriverSidecars#securityContext
     */
    readonly securityContext?: SparkApplicationSpecDriverSidecarsSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverSidecars#startupProbe
     */
    readonly startupProbe?: SparkApplicationSpecDriverSidecarsStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverSidecars#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema SparkApplicationSpecDriverSidecars#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema SparkApplicationSpecDriverSidecars#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema SparkApplicationSpecDriverSidecars#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverSidecars#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema SparkApplicationSpecDriverSidecars#volumeDevices
     */
    readonly volumeDevices?: SparkApplicationSpecDriverSidecarsVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverSidecars#volumeMounts
     */
    readonly volumeMounts?: SparkApplicationSpecDriverSidecarsVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecDriverSidecars#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecars' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecars(obj: SparkApplicationSpecDriverSidecars | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema SparkApplicationSpecDriverTolerations
 */
export interface SparkApplicationSpecDriverTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema SparkApplicationSpecDriverTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema SparkApplicationSpecDriverTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists and Equal. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     *
     * @default Equal.
     * @schema SparkApplicationSpecDriverTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema SparkApplicationSpecDriverTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema SparkApplicationSpecDriverTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverTolerations' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverTolerations(obj: SparkApplicationSpecDriverTolerations | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema SparkApplicationSpecDriverVolumeMounts
 */
export interface SparkApplicationSpecDriverVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema SparkApplicationSpecDriverVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema SparkApplicationSpecDriverVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema SparkApplicationSpecDriverVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema SparkApplicationSpecDriverVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema SparkApplicationSpecDriverVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema SparkApplicationSpecDriverVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverVolumeMounts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverVolumeMounts(obj: SparkApplicationSpecDriverVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * IngressTLS describes the transport layer security associated with an ingress.
 *
 * @schema SparkApplicationSpecDriverIngressOptionsIngressTls
 */
export interface SparkApplicationSpecDriverIngressOptionsIngressTls {
    /**
     * hosts is a list of hosts included in the TLS certificate. The values in
     * this list must match the name/s used in the tlsSecret. Defaults to the
     * wildcard host setting for the loadbalancer controller fulfilling this
     * Ingress, if left unspecified.
     *
     * @default the
     * @schema SparkApplicationSpecDriverIngressOptionsIngressTls#hosts
     */
    readonly hosts?: string[];
    /**
     * secretName is the name of the secret used to terminate TLS traffic on
     * port 443. Field is left optional to allow TLS routing based on SNI
     * hostname alone. If the SNI host in a listener conflicts with the "Host"
     * header field used by an IngressRule, the SNI host is used for termination
     * and value of the "Host" header is used for routing.
     *
     * @schema SparkApplicationSpecDriverIngressOptionsIngressTls#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverIngressOptionsIngressTls' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverIngressOptionsIngressTls(obj: SparkApplicationSpecDriverIngressOptionsIngressTls | undefined): Record<string, any> | undefined;
/**
 * Affinity specifies the affinity/anti-affinity settings for the pod.
 *
 * @schema SparkApplicationSpecExecutorAffinity
 */
export interface SparkApplicationSpecExecutorAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema SparkApplicationSpecExecutorAffinity#nodeAffinity
     */
    readonly nodeAffinity?: SparkApplicationSpecExecutorAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema SparkApplicationSpecExecutorAffinity#podAffinity
     */
    readonly podAffinity?: SparkApplicationSpecExecutorAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema SparkApplicationSpecExecutorAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: SparkApplicationSpecExecutorAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinity(obj: SparkApplicationSpecExecutorAffinity | undefined): Record<string, any> | undefined;
/**
 * NamePath is a pair of a name and a path to which the named objects should be mounted to.
 *
 * @schema SparkApplicationSpecExecutorConfigMaps
 */
export interface SparkApplicationSpecExecutorConfigMaps {
    /**
     * @schema SparkApplicationSpecExecutorConfigMaps#name
     */
    readonly name: string;
    /**
     * @schema SparkApplicationSpecExecutorConfigMaps#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorConfigMaps' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorConfigMaps(obj: SparkApplicationSpecExecutorConfigMaps | undefined): Record<string, any> | undefined;
/**
 * DnsConfig dns settings for the pod, following the Kubernetes specifications.
 *
 * @schema SparkApplicationSpecExecutorDnsConfig
 */
export interface SparkApplicationSpecExecutorDnsConfig {
    /**
     * A list of DNS name server IP addresses.
     * This will be appended to the base nameservers generated from DNSPolicy.
     * Duplicated nameservers will be removed.
     *
     * @schema SparkApplicationSpecExecutorDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * A list of DNS resolver options.
     * This will be merged with the base options generated from DNSPolicy.
     * Duplicated entries will be removed. Resolution options given in Options
     * will override those that appear in the base DNSPolicy.
     *
     * @schema SparkApplicationSpecExecutorDnsConfig#options
     */
    readonly options?: SparkApplicationSpecExecutorDnsConfigOptions[];
    /**
     * A list of DNS search domains for host-name lookup.
     * This will be appended to the base search paths generated from DNSPolicy.
     * Duplicated search paths will be removed.
     *
     * @schema SparkApplicationSpecExecutorDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorDnsConfig' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorDnsConfig(obj: SparkApplicationSpecExecutorDnsConfig | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema SparkApplicationSpecExecutorEnv
 */
export interface SparkApplicationSpecExecutorEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecExecutorEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema SparkApplicationSpecExecutorEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema SparkApplicationSpecExecutorEnv#valueFrom
     */
    readonly valueFrom?: SparkApplicationSpecExecutorEnvValueFrom;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnv' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnv(obj: SparkApplicationSpecExecutorEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema SparkApplicationSpecExecutorEnvFrom
 */
export interface SparkApplicationSpecExecutorEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema SparkApplicationSpecExecutorEnvFrom#configMapRef
     */
    readonly configMapRef?: SparkApplicationSpecExecutorEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecExecutorEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema SparkApplicationSpecExecutorEnvFrom#secretRef
     */
    readonly secretRef?: SparkApplicationSpecExecutorEnvFromSecretRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvFrom(obj: SparkApplicationSpecExecutorEnvFrom | undefined): Record<string, any> | undefined;
/**
 * NameKey represents the name and key of a SecretKeyRef.
 *
 * @schema SparkApplicationSpecExecutorEnvSecretKeyRefs
 */
export interface SparkApplicationSpecExecutorEnvSecretKeyRefs {
    /**
     * @schema SparkApplicationSpecExecutorEnvSecretKeyRefs#key
     */
    readonly key: string;
    /**
     * @schema SparkApplicationSpecExecutorEnvSecretKeyRefs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvSecretKeyRefs' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvSecretKeyRefs(obj: SparkApplicationSpecExecutorEnvSecretKeyRefs | undefined): Record<string, any> | undefined;
/**
 * GPU specifies GPU requirement for the pod.
 *
 * @schema SparkApplicationSpecExecutorGpu
 */
export interface SparkApplicationSpecExecutorGpu {
    /**
     * Name is GPU resource name, such as: nvidia.com/gpu or amd.com/gpu
     *
     * @schema SparkApplicationSpecExecutorGpu#name
     */
    readonly name: string;
    /**
     * Quantity is the number of GPUs to request for driver or executor.
     *
     * @schema SparkApplicationSpecExecutorGpu#quantity
     */
    readonly quantity: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorGpu' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorGpu(obj: SparkApplicationSpecExecutorGpu | undefined): Record<string, any> | undefined;
/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the
 * pod's hosts file.
 *
 * @schema SparkApplicationSpecExecutorHostAliases
 */
export interface SparkApplicationSpecExecutorHostAliases {
    /**
     * Hostnames for the above IP address.
     *
     * @schema SparkApplicationSpecExecutorHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * IP address of the host file entry.
     *
     * @schema SparkApplicationSpecExecutorHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorHostAliases' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorHostAliases(obj: SparkApplicationSpecExecutorHostAliases | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema SparkApplicationSpecExecutorInitContainers
 */
export interface SparkApplicationSpecExecutorInitContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecExecutorInitContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecExecutorInitContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#env
     */
    readonly env?: SparkApplicationSpecExecutorInitContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
     * will be reported as an event when the container is starting. When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#envFrom
     */
    readonly envFrom?: SparkApplicationSpecExecutorInitContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema SparkApplicationSpecExecutorInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#lifecycle
     */
    readonly lifecycle?: SparkApplicationSpecExecutorInitContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorInitContainers#livenessProbe
     */
    readonly livenessProbe?: SparkApplicationSpecExecutorInitContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#ports
     */
    readonly ports?: SparkApplicationSpecExecutorInitContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorInitContainers#readinessProbe
     */
    readonly readinessProbe?: SparkApplicationSpecExecutorInitContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#resizePolicy
     */
    readonly resizePolicy?: SparkApplicationSpecExecutorInitContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecExecutorInitContainers#resources
     */
    readonly resources?: SparkApplicationSpecExecutorInitContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This field may only be set for init containers, and the only allowed value is "Always".
     * For non-init containers or when this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema SparkApplicationSpecExecutorInitContainers#securityContext
     */
    readonly securityContext?: SparkApplicationSpecExecutorInitContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorInitContainers#startupProbe
     */
    readonly startupProbe?: SparkApplicationSpecExecutorInitContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema SparkApplicationSpecExecutorInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema SparkApplicationSpecExecutorInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema SparkApplicationSpecExecutorInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#volumeDevices
     */
    readonly volumeDevices?: SparkApplicationSpecExecutorInitContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#volumeMounts
     */
    readonly volumeMounts?: SparkApplicationSpecExecutorInitContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainers' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainers(obj: SparkApplicationSpecExecutorInitContainers | undefined): Record<string, any> | undefined;
/**
 * Lifecycle for running preStop or postStart commands
 *
 * @schema SparkApplicationSpecExecutorLifecycle
 */
export interface SparkApplicationSpecExecutorLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecExecutorLifecycle#postStart
     */
    readonly postStart?: SparkApplicationSpecExecutorLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecExecutorLifecycle#preStop
     */
    readonly preStop?: SparkApplicationSpecExecutorLifecyclePreStop;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecycle' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecycle(obj: SparkApplicationSpecExecutorLifecycle | undefined): Record<string, any> | undefined;
/**
 * PodSecurityContext specifies the PodSecurityContext to apply.
 *
 * @schema SparkApplicationSpecExecutorPodSecurityContext
 */
export interface SparkApplicationSpecExecutorPodSecurityContext {
    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile;
    /**
     * A special supplemental group that applies to all containers in a pod.
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     *
     * 1. The owning GID will be the FSGroup
     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
     * 3. The permission bits are OR'd with rw-rw----
     *
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
     * before being exposed inside Pod. This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorPodSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
     * It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
     * Valid values are "MountOption" and "Recursive".
     *
     * "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
     * This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
     *
     * "MountOption" mounts all eligible Pod volumes with `-o context` mount option.
     * This requires all Pods that share the same volume to use the same SELinux label.
     * It is not possible to share the same volume among privileged and unprivileged Pods.
     * Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
     * whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
     * CSIDriver instance. Other volumes are always re-labelled recursively.
     * "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
     *
     * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
     * If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
     * and "Recursive" for all other volumes.
     *
     * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
     *
     * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * The SELinux context to be applied to all containers.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecExecutorPodSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in
     * addition to the container's primary GID and fsGroup (if specified).  If
     * the SupplementalGroupsPolicy feature is enabled, the
     * supplementalGroupsPolicy field determines whether these are in addition
     * to or instead of any group memberships defined in the container image.
     * If unspecified, no additional groups are added, though group memberships
     * defined in the container image may still be used, depending on the
     * supplementalGroupsPolicy field.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#sysctls
     */
    readonly sysctls?: SparkApplicationSpecExecutorPodSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecExecutorPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorPodSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorPodSecurityContext(obj: SparkApplicationSpecExecutorPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * Port represents the port definition in the pods objects.
 *
 * @schema SparkApplicationSpecExecutorPorts
 */
export interface SparkApplicationSpecExecutorPorts {
    /**
     * @schema SparkApplicationSpecExecutorPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema SparkApplicationSpecExecutorPorts#name
     */
    readonly name: string;
    /**
     * @schema SparkApplicationSpecExecutorPorts#protocol
     */
    readonly protocol: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorPorts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorPorts(obj: SparkApplicationSpecExecutorPorts | undefined): Record<string, any> | undefined;
/**
 * SecretInfo captures information of a secret.
 *
 * @schema SparkApplicationSpecExecutorSecrets
 */
export interface SparkApplicationSpecExecutorSecrets {
    /**
     * @schema SparkApplicationSpecExecutorSecrets#name
     */
    readonly name: string;
    /**
     * @schema SparkApplicationSpecExecutorSecrets#path
     */
    readonly path: string;
    /**
     * SecretType tells the type of a secret.
     *
     * @schema SparkApplicationSpecExecutorSecrets#secretType
     */
    readonly secretType: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSecrets' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSecrets(obj: SparkApplicationSpecExecutorSecrets | undefined): Record<string, any> | undefined;
/**
 * SecurityContext specifies the container's SecurityContext to apply.
 *
 * @schema SparkApplicationSpecExecutorSecurityContext
 */
export interface SparkApplicationSpecExecutorSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecExecutorSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema SparkApplicationSpecExecutorSecurityContext#capabilities
     */
    readonly capabilities?: SparkApplicationSpecExecutorSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecExecutorSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecExecutorSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecExecutorSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecExecutorSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSecurityContext(obj: SparkApplicationSpecExecutorSecurityContext | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema SparkApplicationSpecExecutorSidecars
 */
export interface SparkApplicationSpecExecutorSidecars {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecExecutorSidecars#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema SparkApplicationSpecExecutorSidecars#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorSidecars#env
     */
    readonly env?: SparkApplicationSpecExecutorSidecarsEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
     * will be reported as an event when the container is starting. When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorSidecars#envFrom
     */
    readonly envFrom?: SparkApplicationSpecExecutorSidecarsEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema SparkApplicationSpecExecutorSidecars#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema SparkApplicationSpecExecutorSidecars#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorSidecars#lifecycle
     */
    readonly lifecycle?: SparkApplicationSpecExecutorSidecarsLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorSidecars#livenessProbe
     */
    readonly livenessProbe?: SparkApplicationSpecExecutorSidecarsLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorSidecars#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorSidecars#ports
     */
    readonly ports?: SparkApplicationSpecExecutorSidecarsPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorSidecars#readinessProbe
     */
    readonly readinessProbe?: SparkApplicationSpecExecutorSidecarsReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema SparkApplicationSpecExecutorSidecars#resizePolicy
     */
    readonly resizePolicy?: SparkApplicationSpecExecutorSidecarsResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecExecutorSidecars#resources
     */
    readonly resources?: SparkApplicationSpecExecutorSidecarsResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This field may only be set for init containers, and the only allowed value is "Always".
     * For non-init containers or when this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema SparkApplicationSpecExecutorSidecars#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema SparkApplicationSpecExecutorSidecars#securityContext
     */
    readonly securityContext?: SparkApplicationSpecExecutorSidecarsSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorSidecars#startupProbe
     */
    readonly startupProbe?: SparkApplicationSpecExecutorSidecarsStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorSidecars#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema SparkApplicationSpecExecutorSidecars#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema SparkApplicationSpecExecutorSidecars#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema SparkApplicationSpecExecutorSidecars#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorSidecars#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema SparkApplicationSpecExecutorSidecars#volumeDevices
     */
    readonly volumeDevices?: SparkApplicationSpecExecutorSidecarsVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorSidecars#volumeMounts
     */
    readonly volumeMounts?: SparkApplicationSpecExecutorSidecarsVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema SparkApplicationSpecExecutorSidecars#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecars' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecars(obj: SparkApplicationSpecExecutorSidecars | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema SparkApplicationSpecExecutorTolerations
 */
export interface SparkApplicationSpecExecutorTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema SparkApplicationSpecExecutorTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema SparkApplicationSpecExecutorTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists and Equal. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     *
     * @default Equal.
     * @schema SparkApplicationSpecExecutorTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema SparkApplicationSpecExecutorTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema SparkApplicationSpecExecutorTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorTolerations' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorTolerations(obj: SparkApplicationSpecExecutorTolerations | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema SparkApplicationSpecExecutorVolumeMounts
 */
export interface SparkApplicationSpecExecutorVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema SparkApplicationSpecExecutorVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema SparkApplicationSpecExecutorVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema SparkApplicationSpecExecutorVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema SparkApplicationSpecExecutorVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema SparkApplicationSpecExecutorVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema SparkApplicationSpecExecutorVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorVolumeMounts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorVolumeMounts(obj: SparkApplicationSpecExecutorVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Prometheus is for configuring the Prometheus JMX exporter.
 *
 * @schema SparkApplicationSpecMonitoringPrometheus
 */
export interface SparkApplicationSpecMonitoringPrometheus {
    /**
     * ConfigFile is the path to the custom Prometheus configuration file provided in the Spark image.
     * ConfigFile takes precedence over Configuration, which is shown below.
     *
     * @schema SparkApplicationSpecMonitoringPrometheus#configFile
     */
    readonly configFile?: string;
    /**
     * Configuration is the content of the Prometheus configuration needed by the Prometheus JMX exporter.
     * If not specified, the content in spark-docker/conf/prometheus.yaml will be used.
     * Configuration has no effect if ConfigFile is set.
     *
     * @schema SparkApplicationSpecMonitoringPrometheus#configuration
     */
    readonly configuration?: string;
    /**
     * JmxExporterJar is the path to the Prometheus JMX exporter jar in the container.
     *
     * @schema SparkApplicationSpecMonitoringPrometheus#jmxExporterJar
     */
    readonly jmxExporterJar: string;
    /**
     * Port is the port of the HTTP server run by the Prometheus JMX exporter.
     * If not specified, 8090 will be used as the default.
     *
     * @schema SparkApplicationSpecMonitoringPrometheus#port
     */
    readonly port?: number;
    /**
     * PortName is the port name of prometheus JMX exporter port.
     * If not specified, jmx-exporter will be used as the default.
     *
     * @schema SparkApplicationSpecMonitoringPrometheus#portName
     */
    readonly portName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecMonitoringPrometheus' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecMonitoringPrometheus(obj: SparkApplicationSpecMonitoringPrometheus | undefined): Record<string, any> | undefined;
/**
 * Type specifies the RestartPolicyType.
 *
 * @schema SparkApplicationSpecRestartPolicyType
 */
export declare enum SparkApplicationSpecRestartPolicyType {
    /** Never */
    NEVER = "Never",
    /** Always */
    ALWAYS = "Always",
    /** OnFailure */
    ON_FAILURE = "OnFailure"
}
/**
 * IngressTLS describes the transport layer security associated with an ingress.
 *
 * @schema SparkApplicationSpecSparkUiOptionsIngressTls
 */
export interface SparkApplicationSpecSparkUiOptionsIngressTls {
    /**
     * hosts is a list of hosts included in the TLS certificate. The values in
     * this list must match the name/s used in the tlsSecret. Defaults to the
     * wildcard host setting for the loadbalancer controller fulfilling this
     * Ingress, if left unspecified.
     *
     * @default the
     * @schema SparkApplicationSpecSparkUiOptionsIngressTls#hosts
     */
    readonly hosts?: string[];
    /**
     * secretName is the name of the secret used to terminate TLS traffic on
     * port 443. Field is left optional to allow TLS routing based on SNI
     * hostname alone. If the SNI host in a listener conflicts with the "Host"
     * header field used by an IngressRule, the SNI host is used for termination
     * and value of the "Host" header is used for routing.
     *
     * @schema SparkApplicationSpecSparkUiOptionsIngressTls#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecSparkUiOptionsIngressTls' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecSparkUiOptionsIngressTls(obj: SparkApplicationSpecSparkUiOptionsIngressTls | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
 * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema SparkApplicationSpecVolumesAwsElasticBlockStore
 */
export interface SparkApplicationSpecVolumesAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema SparkApplicationSpecVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema SparkApplicationSpecVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema SparkApplicationSpecVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema SparkApplicationSpecVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesAwsElasticBlockStore(obj: SparkApplicationSpecVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
 * are redirected to the disk.csi.azure.com CSI driver.
 *
 * @schema SparkApplicationSpecVolumesAzureDisk
 */
export interface SparkApplicationSpecVolumesAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema SparkApplicationSpecVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema SparkApplicationSpecVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema SparkApplicationSpecVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema SparkApplicationSpecVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema SparkApplicationSpecVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema SparkApplicationSpecVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesAzureDisk(obj: SparkApplicationSpecVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
 * are redirected to the file.csi.azure.com CSI driver.
 *
 * @schema SparkApplicationSpecVolumesAzureFile
 */
export interface SparkApplicationSpecVolumesAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema SparkApplicationSpecVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema SparkApplicationSpecVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema SparkApplicationSpecVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesAzureFile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesAzureFile(obj: SparkApplicationSpecVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
 * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
 *
 * @schema SparkApplicationSpecVolumesCephfs
 */
export interface SparkApplicationSpecVolumesCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema SparkApplicationSpecVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema SparkApplicationSpecVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema SparkApplicationSpecVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema SparkApplicationSpecVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema SparkApplicationSpecVolumesCephfs#secretRef
     */
    readonly secretRef?: SparkApplicationSpecVolumesCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema SparkApplicationSpecVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesCephfs' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesCephfs(obj: SparkApplicationSpecVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
 * are redirected to the cinder.csi.openstack.org CSI driver.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema SparkApplicationSpecVolumesCinder
 */
export interface SparkApplicationSpecVolumesCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema SparkApplicationSpecVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema SparkApplicationSpecVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema SparkApplicationSpecVolumesCinder#secretRef
     */
    readonly secretRef?: SparkApplicationSpecVolumesCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema SparkApplicationSpecVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesCinder' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesCinder(obj: SparkApplicationSpecVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema SparkApplicationSpecVolumesConfigMap
 */
export interface SparkApplicationSpecVolumesConfigMap {
    /**
     * defaultMode is optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema SparkApplicationSpecVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema SparkApplicationSpecVolumesConfigMap#items
     */
    readonly items?: SparkApplicationSpecVolumesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema SparkApplicationSpecVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesConfigMap' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesConfigMap(obj: SparkApplicationSpecVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema SparkApplicationSpecVolumesCsi
 */
export interface SparkApplicationSpecVolumesCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema SparkApplicationSpecVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema SparkApplicationSpecVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema SparkApplicationSpecVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: SparkApplicationSpecVolumesCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema SparkApplicationSpecVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema SparkApplicationSpecVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesCsi' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesCsi(obj: SparkApplicationSpecVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema SparkApplicationSpecVolumesDownwardApi
 */
export interface SparkApplicationSpecVolumesDownwardApi {
    /**
     * Optional: mode bits to use on created files by default. Must be a
     * Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema SparkApplicationSpecVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema SparkApplicationSpecVolumesDownwardApi#items
     */
    readonly items?: SparkApplicationSpecVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesDownwardApi(obj: SparkApplicationSpecVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema SparkApplicationSpecVolumesEmptyDir
 */
export interface SparkApplicationSpecVolumesEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema SparkApplicationSpecVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema SparkApplicationSpecVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: SparkApplicationSpecVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEmptyDir(obj: SparkApplicationSpecVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral represents a volume that is handled by a cluster storage driver.
 * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
 * and deleted when the pod is removed.
 *
 * Use this if:
 * a) the volume is only needed while the pod runs,
 * b) features of normal volumes like restoring from snapshot or capacity
 * tracking are needed,
 * c) the storage driver is specified through a storage class, and
 * d) the storage driver supports dynamic volume provisioning through
 * a PersistentVolumeClaim (see EphemeralVolumeSource for more
 * information on the connection between this volume type
 * and PersistentVolumeClaim).
 *
 * Use PersistentVolumeClaim or one of the vendor-specific
 * APIs for volumes that persist for longer than the lifecycle
 * of an individual pod.
 *
 * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
 * be used that way - see the documentation of the driver for
 * more information.
 *
 * A pod can use both types of ephemeral volumes and
 * persistent volumes at the same time.
 *
 * @schema SparkApplicationSpecVolumesEphemeral
 */
export interface SparkApplicationSpecVolumesEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema SparkApplicationSpecVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeral' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeral(obj: SparkApplicationSpecVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema SparkApplicationSpecVolumesFc
 */
export interface SparkApplicationSpecVolumesFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema SparkApplicationSpecVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema SparkApplicationSpecVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema SparkApplicationSpecVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema SparkApplicationSpecVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema SparkApplicationSpecVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesFc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesFc(obj: SparkApplicationSpecVolumesFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
 *
 * @schema SparkApplicationSpecVolumesFlexVolume
 */
export interface SparkApplicationSpecVolumesFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema SparkApplicationSpecVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema SparkApplicationSpecVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema SparkApplicationSpecVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema SparkApplicationSpecVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema SparkApplicationSpecVolumesFlexVolume#secretRef
     */
    readonly secretRef?: SparkApplicationSpecVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesFlexVolume(obj: SparkApplicationSpecVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
 * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
 *
 * @schema SparkApplicationSpecVolumesFlocker
 */
export interface SparkApplicationSpecVolumesFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema SparkApplicationSpecVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema SparkApplicationSpecVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesFlocker' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesFlocker(obj: SparkApplicationSpecVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
 * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema SparkApplicationSpecVolumesGcePersistentDisk
 */
export interface SparkApplicationSpecVolumesGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema SparkApplicationSpecVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema SparkApplicationSpecVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema SparkApplicationSpecVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema SparkApplicationSpecVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesGcePersistentDisk(obj: SparkApplicationSpecVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema SparkApplicationSpecVolumesGitRepo
 */
export interface SparkApplicationSpecVolumesGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema SparkApplicationSpecVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema SparkApplicationSpecVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema SparkApplicationSpecVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesGitRepo' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesGitRepo(obj: SparkApplicationSpecVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
 * More info: https://examples.k8s.io/volumes/glusterfs/README.md
 *
 * @schema SparkApplicationSpecVolumesGlusterfs
 */
export interface SparkApplicationSpecVolumesGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema SparkApplicationSpecVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema SparkApplicationSpecVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema SparkApplicationSpecVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesGlusterfs(obj: SparkApplicationSpecVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema SparkApplicationSpecVolumesHostPath
 */
export interface SparkApplicationSpecVolumesHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema SparkApplicationSpecVolumesHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema SparkApplicationSpecVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesHostPath' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesHostPath(obj: SparkApplicationSpecVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
 * The volume is resolved at pod startup depending on which PullPolicy value is provided:
 *
 * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
 * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
 * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
 *
 * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
 * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
 * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
 * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
 * The volume will be mounted read-only (ro) and non-executable files (noexec).
 * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath).
 * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
 *
 * @schema SparkApplicationSpecVolumesImage
 */
export interface SparkApplicationSpecVolumesImage {
    /**
     * Policy for pulling OCI objects. Possible values are:
     * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema SparkApplicationSpecVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * Required: Image or artifact reference to be used.
     * Behaves in the same way as pod.spec.containers[*].image.
     * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema SparkApplicationSpecVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesImage' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesImage(obj: SparkApplicationSpecVolumesImage | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://examples.k8s.io/volumes/iscsi/README.md
 *
 * @schema SparkApplicationSpecVolumesIscsi
 */
export interface SparkApplicationSpecVolumesIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema SparkApplicationSpecVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema SparkApplicationSpecVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema SparkApplicationSpecVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema SparkApplicationSpecVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema SparkApplicationSpecVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema SparkApplicationSpecVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema SparkApplicationSpecVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema SparkApplicationSpecVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema SparkApplicationSpecVolumesIscsi#secretRef
     */
    readonly secretRef?: SparkApplicationSpecVolumesIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema SparkApplicationSpecVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesIscsi' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesIscsi(obj: SparkApplicationSpecVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema SparkApplicationSpecVolumesNfs
 */
export interface SparkApplicationSpecVolumesNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema SparkApplicationSpecVolumesNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema SparkApplicationSpecVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema SparkApplicationSpecVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesNfs' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesNfs(obj: SparkApplicationSpecVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema SparkApplicationSpecVolumesPersistentVolumeClaim
 */
export interface SparkApplicationSpecVolumesPersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema SparkApplicationSpecVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema SparkApplicationSpecVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesPersistentVolumeClaim(obj: SparkApplicationSpecVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
 * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
 *
 * @schema SparkApplicationSpecVolumesPhotonPersistentDisk
 */
export interface SparkApplicationSpecVolumesPhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema SparkApplicationSpecVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema SparkApplicationSpecVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesPhotonPersistentDisk(obj: SparkApplicationSpecVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
 * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
 * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
 * is on.
 *
 * @schema SparkApplicationSpecVolumesPortworxVolume
 */
export interface SparkApplicationSpecVolumesPortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema SparkApplicationSpecVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema SparkApplicationSpecVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema SparkApplicationSpecVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesPortworxVolume(obj: SparkApplicationSpecVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema SparkApplicationSpecVolumesProjected
 */
export interface SparkApplicationSpecVolumesProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema SparkApplicationSpecVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections. Each entry in this list
     * handles one source.
     *
     * @schema SparkApplicationSpecVolumesProjected#sources
     */
    readonly sources?: SparkApplicationSpecVolumesProjectedSources[];
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjected' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjected(obj: SparkApplicationSpecVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
 * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
 *
 * @schema SparkApplicationSpecVolumesQuobyte
 */
export interface SparkApplicationSpecVolumesQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema SparkApplicationSpecVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema SparkApplicationSpecVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema SparkApplicationSpecVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema SparkApplicationSpecVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema SparkApplicationSpecVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesQuobyte' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesQuobyte(obj: SparkApplicationSpecVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
 * More info: https://examples.k8s.io/volumes/rbd/README.md
 *
 * @schema SparkApplicationSpecVolumesRbd
 */
export interface SparkApplicationSpecVolumesRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema SparkApplicationSpecVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema SparkApplicationSpecVolumesRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema SparkApplicationSpecVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema SparkApplicationSpecVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema SparkApplicationSpecVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema SparkApplicationSpecVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema SparkApplicationSpecVolumesRbd#secretRef
     */
    readonly secretRef?: SparkApplicationSpecVolumesRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema SparkApplicationSpecVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesRbd' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesRbd(obj: SparkApplicationSpecVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
 *
 * @schema SparkApplicationSpecVolumesScaleIo
 */
export interface SparkApplicationSpecVolumesScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema SparkApplicationSpecVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema SparkApplicationSpecVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema SparkApplicationSpecVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema SparkApplicationSpecVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema SparkApplicationSpecVolumesScaleIo#secretRef
     */
    readonly secretRef: SparkApplicationSpecVolumesScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema SparkApplicationSpecVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema SparkApplicationSpecVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema SparkApplicationSpecVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema SparkApplicationSpecVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema SparkApplicationSpecVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesScaleIo' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesScaleIo(obj: SparkApplicationSpecVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema SparkApplicationSpecVolumesSecret
 */
export interface SparkApplicationSpecVolumesSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema SparkApplicationSpecVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema SparkApplicationSpecVolumesSecret#items
     */
    readonly items?: SparkApplicationSpecVolumesSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema SparkApplicationSpecVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema SparkApplicationSpecVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesSecret' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesSecret(obj: SparkApplicationSpecVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
 *
 * @schema SparkApplicationSpecVolumesStorageos
 */
export interface SparkApplicationSpecVolumesStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema SparkApplicationSpecVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema SparkApplicationSpecVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema SparkApplicationSpecVolumesStorageos#secretRef
     */
    readonly secretRef?: SparkApplicationSpecVolumesStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema SparkApplicationSpecVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * volumeNamespace specifies the scope of the volume within StorageOS.  If no
     * namespace is specified then the Pod's namespace will be used.  This allows the
     * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
     * Set VolumeName to any name to override the default behaviour.
     * Set to "default" if you are not using namespaces within StorageOS.
     * Namespaces that do not pre-exist within StorageOS will be created.
     *
     * @schema SparkApplicationSpecVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesStorageos' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesStorageos(obj: SparkApplicationSpecVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
 * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
 * are redirected to the csi.vsphere.vmware.com CSI driver.
 *
 * @schema SparkApplicationSpecVolumesVsphereVolume
 */
export interface SparkApplicationSpecVolumesVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema SparkApplicationSpecVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema SparkApplicationSpecVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema SparkApplicationSpecVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema SparkApplicationSpecVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesVsphereVolume(obj: SparkApplicationSpecVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinity
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinity(obj: SparkApplicationSpecDriverAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinity
 */
export interface SparkApplicationSpecDriverAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinity(obj: SparkApplicationSpecDriverAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinity
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinity(obj: SparkApplicationSpecDriverAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema SparkApplicationSpecDriverDnsConfigOptions
 */
export interface SparkApplicationSpecDriverDnsConfigOptions {
    /**
     * Name is this DNS resolver option's name.
     * Required.
     *
     * @schema SparkApplicationSpecDriverDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * Value is this DNS resolver option's value.
     *
     * @schema SparkApplicationSpecDriverDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverDnsConfigOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverDnsConfigOptions(obj: SparkApplicationSpecDriverDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema SparkApplicationSpecDriverEnvValueFrom
 */
export interface SparkApplicationSpecDriverEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema SparkApplicationSpecDriverEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema SparkApplicationSpecDriverEnvValueFrom#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecDriverEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema SparkApplicationSpecDriverEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecDriverEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema SparkApplicationSpecDriverEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: SparkApplicationSpecDriverEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvValueFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvValueFrom(obj: SparkApplicationSpecDriverEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema SparkApplicationSpecDriverEnvFromConfigMapRef
 */
export interface SparkApplicationSpecDriverEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema SparkApplicationSpecDriverEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvFromConfigMapRef(obj: SparkApplicationSpecDriverEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema SparkApplicationSpecDriverEnvFromSecretRef
 */
export interface SparkApplicationSpecDriverEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema SparkApplicationSpecDriverEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvFromSecretRef(obj: SparkApplicationSpecDriverEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema SparkApplicationSpecDriverInitContainersEnv
 */
export interface SparkApplicationSpecDriverInitContainersEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema SparkApplicationSpecDriverInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnv#valueFrom
     */
    readonly valueFrom?: SparkApplicationSpecDriverInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnv' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnv(obj: SparkApplicationSpecDriverInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvFrom
 */
export interface SparkApplicationSpecDriverInitContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: SparkApplicationSpecDriverInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvFrom(obj: SparkApplicationSpecDriverInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecycle
 */
export interface SparkApplicationSpecDriverInitContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecycle#postStart
     */
    readonly postStart?: SparkApplicationSpecDriverInitContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecycle#preStop
     */
    readonly preStop?: SparkApplicationSpecDriverInitContainersLifecyclePreStop;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecycle(obj: SparkApplicationSpecDriverInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbe
 */
export interface SparkApplicationSpecDriverInitContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#exec
     */
    readonly exec?: SparkApplicationSpecDriverInitContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecDriverInitContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLivenessProbe(obj: SparkApplicationSpecDriverInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema SparkApplicationSpecDriverInitContainersPorts
 */
export interface SparkApplicationSpecDriverInitContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema SparkApplicationSpecDriverInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema SparkApplicationSpecDriverInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema SparkApplicationSpecDriverInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema SparkApplicationSpecDriverInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema SparkApplicationSpecDriverInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersPorts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersPorts(obj: SparkApplicationSpecDriverInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbe
 */
export interface SparkApplicationSpecDriverInitContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#exec
     */
    readonly exec?: SparkApplicationSpecDriverInitContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecDriverInitContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersReadinessProbe(obj: SparkApplicationSpecDriverInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema SparkApplicationSpecDriverInitContainersResizePolicy
 */
export interface SparkApplicationSpecDriverInitContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema SparkApplicationSpecDriverInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema SparkApplicationSpecDriverInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersResizePolicy(obj: SparkApplicationSpecDriverInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema SparkApplicationSpecDriverInitContainersResources
 */
export interface SparkApplicationSpecDriverInitContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema SparkApplicationSpecDriverInitContainersResources#claims
     */
    readonly claims?: SparkApplicationSpecDriverInitContainersResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecDriverInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: SparkApplicationSpecDriverInitContainersResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecDriverInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: SparkApplicationSpecDriverInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersResources' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersResources(obj: SparkApplicationSpecDriverInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema SparkApplicationSpecDriverInitContainersSecurityContext
 */
export interface SparkApplicationSpecDriverInitContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: SparkApplicationSpecDriverInitContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersSecurityContext(obj: SparkApplicationSpecDriverInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbe
 */
export interface SparkApplicationSpecDriverInitContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#exec
     */
    readonly exec?: SparkApplicationSpecDriverInitContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecDriverInitContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverInitContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecDriverInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersStartupProbe(obj: SparkApplicationSpecDriverInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema SparkApplicationSpecDriverInitContainersVolumeDevices
 */
export interface SparkApplicationSpecDriverInitContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema SparkApplicationSpecDriverInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema SparkApplicationSpecDriverInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersVolumeDevices(obj: SparkApplicationSpecDriverInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema SparkApplicationSpecDriverInitContainersVolumeMounts
 */
export interface SparkApplicationSpecDriverInitContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema SparkApplicationSpecDriverInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema SparkApplicationSpecDriverInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema SparkApplicationSpecDriverInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema SparkApplicationSpecDriverInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema SparkApplicationSpecDriverInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema SparkApplicationSpecDriverInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersVolumeMounts(obj: SparkApplicationSpecDriverInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStart
 */
export interface SparkApplicationSpecDriverLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStart#exec
     */
    readonly exec?: SparkApplicationSpecDriverLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStart#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStart#sleep
     */
    readonly sleep?: SparkApplicationSpecDriverLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePostStart' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePostStart(obj: SparkApplicationSpecDriverLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStop
 */
export interface SparkApplicationSpecDriverLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStop#exec
     */
    readonly exec?: SparkApplicationSpecDriverLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStop#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStop#sleep
     */
    readonly sleep?: SparkApplicationSpecDriverLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePreStop' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePreStop(obj: SparkApplicationSpecDriverLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverPodSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecDriverPodSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverPodSecurityContextAppArmorProfile(obj: SparkApplicationSpecDriverPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions(obj: SparkApplicationSpecDriverPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverPodSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecDriverPodSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverPodSecurityContextSeccompProfile(obj: SparkApplicationSpecDriverPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema SparkApplicationSpecDriverPodSecurityContextSysctls
 */
export interface SparkApplicationSpecDriverPodSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverPodSecurityContextSysctls(obj: SparkApplicationSpecDriverPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecDriverPodSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecDriverPodSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecDriverPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverPodSecurityContextWindowsOptions(obj: SparkApplicationSpecDriverPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecDriverSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecDriverSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecDriverSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSecurityContextAppArmorProfile(obj: SparkApplicationSpecDriverSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema SparkApplicationSpecDriverSecurityContextCapabilities
 */
export interface SparkApplicationSpecDriverSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema SparkApplicationSpecDriverSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema SparkApplicationSpecDriverSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSecurityContextCapabilities(obj: SparkApplicationSpecDriverSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecDriverSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSecurityContextSeLinuxOptions(obj: SparkApplicationSpecDriverSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecDriverSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecDriverSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecDriverSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSecurityContextSeccompProfile(obj: SparkApplicationSpecDriverSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecDriverSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecDriverSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecDriverSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecDriverSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecDriverSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSecurityContextWindowsOptions(obj: SparkApplicationSpecDriverSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema SparkApplicationSpecDriverSidecarsEnv
 */
export interface SparkApplicationSpecDriverSidecarsEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema SparkApplicationSpecDriverSidecarsEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnv#valueFrom
     */
    readonly valueFrom?: SparkApplicationSpecDriverSidecarsEnvValueFrom;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnv' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnv(obj: SparkApplicationSpecDriverSidecarsEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvFrom
 */
export interface SparkApplicationSpecDriverSidecarsEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvFrom#configMapRef
     */
    readonly configMapRef?: SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvFrom#secretRef
     */
    readonly secretRef?: SparkApplicationSpecDriverSidecarsEnvFromSecretRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvFrom(obj: SparkApplicationSpecDriverSidecarsEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecycle
 */
export interface SparkApplicationSpecDriverSidecarsLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecycle#postStart
     */
    readonly postStart?: SparkApplicationSpecDriverSidecarsLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecycle#preStop
     */
    readonly preStop?: SparkApplicationSpecDriverSidecarsLifecyclePreStop;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecycle' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecycle(obj: SparkApplicationSpecDriverSidecarsLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbe
 */
export interface SparkApplicationSpecDriverSidecarsLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#exec
     */
    readonly exec?: SparkApplicationSpecDriverSidecarsLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecDriverSidecarsLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLivenessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLivenessProbe(obj: SparkApplicationSpecDriverSidecarsLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema SparkApplicationSpecDriverSidecarsPorts
 */
export interface SparkApplicationSpecDriverSidecarsPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema SparkApplicationSpecDriverSidecarsPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema SparkApplicationSpecDriverSidecarsPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema SparkApplicationSpecDriverSidecarsPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema SparkApplicationSpecDriverSidecarsPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema SparkApplicationSpecDriverSidecarsPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsPorts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsPorts(obj: SparkApplicationSpecDriverSidecarsPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbe
 */
export interface SparkApplicationSpecDriverSidecarsReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#exec
     */
    readonly exec?: SparkApplicationSpecDriverSidecarsReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecDriverSidecarsReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsReadinessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsReadinessProbe(obj: SparkApplicationSpecDriverSidecarsReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema SparkApplicationSpecDriverSidecarsResizePolicy
 */
export interface SparkApplicationSpecDriverSidecarsResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema SparkApplicationSpecDriverSidecarsResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema SparkApplicationSpecDriverSidecarsResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsResizePolicy' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsResizePolicy(obj: SparkApplicationSpecDriverSidecarsResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema SparkApplicationSpecDriverSidecarsResources
 */
export interface SparkApplicationSpecDriverSidecarsResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema SparkApplicationSpecDriverSidecarsResources#claims
     */
    readonly claims?: SparkApplicationSpecDriverSidecarsResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecDriverSidecarsResources#limits
     */
    readonly limits?: {
        [key: string]: SparkApplicationSpecDriverSidecarsResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecDriverSidecarsResources#requests
     */
    readonly requests?: {
        [key: string]: SparkApplicationSpecDriverSidecarsResourcesRequests;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsResources' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsResources(obj: SparkApplicationSpecDriverSidecarsResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema SparkApplicationSpecDriverSidecarsSecurityContext
 */
export interface SparkApplicationSpecDriverSidecarsSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#capabilities
     */
    readonly capabilities?: SparkApplicationSpecDriverSidecarsSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsSecurityContext(obj: SparkApplicationSpecDriverSidecarsSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbe
 */
export interface SparkApplicationSpecDriverSidecarsStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#exec
     */
    readonly exec?: SparkApplicationSpecDriverSidecarsStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecDriverSidecarsStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverSidecarsStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecDriverSidecarsStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsStartupProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsStartupProbe(obj: SparkApplicationSpecDriverSidecarsStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema SparkApplicationSpecDriverSidecarsVolumeDevices
 */
export interface SparkApplicationSpecDriverSidecarsVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema SparkApplicationSpecDriverSidecarsVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema SparkApplicationSpecDriverSidecarsVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsVolumeDevices' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsVolumeDevices(obj: SparkApplicationSpecDriverSidecarsVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema SparkApplicationSpecDriverSidecarsVolumeMounts
 */
export interface SparkApplicationSpecDriverSidecarsVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema SparkApplicationSpecDriverSidecarsVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema SparkApplicationSpecDriverSidecarsVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema SparkApplicationSpecDriverSidecarsVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecDriverSidecarsVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema SparkApplicationSpecDriverSidecarsVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema SparkApplicationSpecDriverSidecarsVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema SparkApplicationSpecDriverSidecarsVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsVolumeMounts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsVolumeMounts(obj: SparkApplicationSpecDriverSidecarsVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinity
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinity(obj: SparkApplicationSpecExecutorAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinity
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinity(obj: SparkApplicationSpecExecutorAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinity
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinity(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema SparkApplicationSpecExecutorDnsConfigOptions
 */
export interface SparkApplicationSpecExecutorDnsConfigOptions {
    /**
     * Name is this DNS resolver option's name.
     * Required.
     *
     * @schema SparkApplicationSpecExecutorDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * Value is this DNS resolver option's value.
     *
     * @schema SparkApplicationSpecExecutorDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorDnsConfigOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorDnsConfigOptions(obj: SparkApplicationSpecExecutorDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema SparkApplicationSpecExecutorEnvValueFrom
 */
export interface SparkApplicationSpecExecutorEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema SparkApplicationSpecExecutorEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema SparkApplicationSpecExecutorEnvValueFrom#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecExecutorEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema SparkApplicationSpecExecutorEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecExecutorEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema SparkApplicationSpecExecutorEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: SparkApplicationSpecExecutorEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvValueFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvValueFrom(obj: SparkApplicationSpecExecutorEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema SparkApplicationSpecExecutorEnvFromConfigMapRef
 */
export interface SparkApplicationSpecExecutorEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema SparkApplicationSpecExecutorEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvFromConfigMapRef(obj: SparkApplicationSpecExecutorEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema SparkApplicationSpecExecutorEnvFromSecretRef
 */
export interface SparkApplicationSpecExecutorEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema SparkApplicationSpecExecutorEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvFromSecretRef(obj: SparkApplicationSpecExecutorEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnv
 */
export interface SparkApplicationSpecExecutorInitContainersEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema SparkApplicationSpecExecutorInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnv#valueFrom
     */
    readonly valueFrom?: SparkApplicationSpecExecutorInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnv' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnv(obj: SparkApplicationSpecExecutorInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvFrom
 */
export interface SparkApplicationSpecExecutorInitContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: SparkApplicationSpecExecutorInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvFrom(obj: SparkApplicationSpecExecutorInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecycle
 */
export interface SparkApplicationSpecExecutorInitContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecycle#postStart
     */
    readonly postStart?: SparkApplicationSpecExecutorInitContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecycle#preStop
     */
    readonly preStop?: SparkApplicationSpecExecutorInitContainersLifecyclePreStop;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecycle(obj: SparkApplicationSpecExecutorInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe
 */
export interface SparkApplicationSpecExecutorInitContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#exec
     */
    readonly exec?: SparkApplicationSpecExecutorInitContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLivenessProbe(obj: SparkApplicationSpecExecutorInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersPorts
 */
export interface SparkApplicationSpecExecutorInitContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema SparkApplicationSpecExecutorInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema SparkApplicationSpecExecutorInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema SparkApplicationSpecExecutorInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema SparkApplicationSpecExecutorInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema SparkApplicationSpecExecutorInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersPorts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersPorts(obj: SparkApplicationSpecExecutorInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe
 */
export interface SparkApplicationSpecExecutorInitContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#exec
     */
    readonly exec?: SparkApplicationSpecExecutorInitContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersReadinessProbe(obj: SparkApplicationSpecExecutorInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersResizePolicy
 */
export interface SparkApplicationSpecExecutorInitContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema SparkApplicationSpecExecutorInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema SparkApplicationSpecExecutorInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersResizePolicy(obj: SparkApplicationSpecExecutorInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema SparkApplicationSpecExecutorInitContainersResources
 */
export interface SparkApplicationSpecExecutorInitContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema SparkApplicationSpecExecutorInitContainersResources#claims
     */
    readonly claims?: SparkApplicationSpecExecutorInitContainersResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecExecutorInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: SparkApplicationSpecExecutorInitContainersResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecExecutorInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: SparkApplicationSpecExecutorInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersResources' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersResources(obj: SparkApplicationSpecExecutorInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema SparkApplicationSpecExecutorInitContainersSecurityContext
 */
export interface SparkApplicationSpecExecutorInitContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersSecurityContext(obj: SparkApplicationSpecExecutorInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbe
 */
export interface SparkApplicationSpecExecutorInitContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#exec
     */
    readonly exec?: SparkApplicationSpecExecutorInitContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecExecutorInitContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersStartupProbe(obj: SparkApplicationSpecExecutorInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersVolumeDevices
 */
export interface SparkApplicationSpecExecutorInitContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema SparkApplicationSpecExecutorInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema SparkApplicationSpecExecutorInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersVolumeDevices(obj: SparkApplicationSpecExecutorInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts
 */
export interface SparkApplicationSpecExecutorInitContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema SparkApplicationSpecExecutorInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersVolumeMounts(obj: SparkApplicationSpecExecutorInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStart
 */
export interface SparkApplicationSpecExecutorLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStart#exec
     */
    readonly exec?: SparkApplicationSpecExecutorLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStart#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStart#sleep
     */
    readonly sleep?: SparkApplicationSpecExecutorLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePostStart' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePostStart(obj: SparkApplicationSpecExecutorLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStop
 */
export interface SparkApplicationSpecExecutorLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStop#exec
     */
    readonly exec?: SparkApplicationSpecExecutorLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStop#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStop#sleep
     */
    readonly sleep?: SparkApplicationSpecExecutorLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePreStop' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePreStop(obj: SparkApplicationSpecExecutorLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile(obj: SparkApplicationSpecExecutorPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions(obj: SparkApplicationSpecExecutorPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorPodSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecExecutorPodSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorPodSecurityContextSeccompProfile(obj: SparkApplicationSpecExecutorPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema SparkApplicationSpecExecutorPodSecurityContextSysctls
 */
export interface SparkApplicationSpecExecutorPodSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorPodSecurityContextSysctls(obj: SparkApplicationSpecExecutorPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecExecutorPodSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecExecutorPodSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecExecutorPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorPodSecurityContextWindowsOptions(obj: SparkApplicationSpecExecutorPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecExecutorSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecExecutorSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSecurityContextAppArmorProfile(obj: SparkApplicationSpecExecutorSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema SparkApplicationSpecExecutorSecurityContextCapabilities
 */
export interface SparkApplicationSpecExecutorSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema SparkApplicationSpecExecutorSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema SparkApplicationSpecExecutorSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSecurityContextCapabilities(obj: SparkApplicationSpecExecutorSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecExecutorSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSecurityContextSeLinuxOptions(obj: SparkApplicationSpecExecutorSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecExecutorSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSecurityContextSeccompProfile(obj: SparkApplicationSpecExecutorSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecExecutorSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecExecutorSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecExecutorSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSecurityContextWindowsOptions(obj: SparkApplicationSpecExecutorSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnv
 */
export interface SparkApplicationSpecExecutorSidecarsEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema SparkApplicationSpecExecutorSidecarsEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnv#valueFrom
     */
    readonly valueFrom?: SparkApplicationSpecExecutorSidecarsEnvValueFrom;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnv' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnv(obj: SparkApplicationSpecExecutorSidecarsEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvFrom
 */
export interface SparkApplicationSpecExecutorSidecarsEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvFrom#configMapRef
     */
    readonly configMapRef?: SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvFrom#secretRef
     */
    readonly secretRef?: SparkApplicationSpecExecutorSidecarsEnvFromSecretRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvFrom(obj: SparkApplicationSpecExecutorSidecarsEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecycle
 */
export interface SparkApplicationSpecExecutorSidecarsLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecycle#postStart
     */
    readonly postStart?: SparkApplicationSpecExecutorSidecarsLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecycle#preStop
     */
    readonly preStop?: SparkApplicationSpecExecutorSidecarsLifecyclePreStop;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecycle' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecycle(obj: SparkApplicationSpecExecutorSidecarsLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe
 */
export interface SparkApplicationSpecExecutorSidecarsLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#exec
     */
    readonly exec?: SparkApplicationSpecExecutorSidecarsLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLivenessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLivenessProbe(obj: SparkApplicationSpecExecutorSidecarsLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsPorts
 */
export interface SparkApplicationSpecExecutorSidecarsPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema SparkApplicationSpecExecutorSidecarsPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema SparkApplicationSpecExecutorSidecarsPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema SparkApplicationSpecExecutorSidecarsPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema SparkApplicationSpecExecutorSidecarsPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema SparkApplicationSpecExecutorSidecarsPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsPorts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsPorts(obj: SparkApplicationSpecExecutorSidecarsPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe
 */
export interface SparkApplicationSpecExecutorSidecarsReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#exec
     */
    readonly exec?: SparkApplicationSpecExecutorSidecarsReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsReadinessProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsReadinessProbe(obj: SparkApplicationSpecExecutorSidecarsReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsResizePolicy
 */
export interface SparkApplicationSpecExecutorSidecarsResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema SparkApplicationSpecExecutorSidecarsResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema SparkApplicationSpecExecutorSidecarsResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsResizePolicy' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsResizePolicy(obj: SparkApplicationSpecExecutorSidecarsResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema SparkApplicationSpecExecutorSidecarsResources
 */
export interface SparkApplicationSpecExecutorSidecarsResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema SparkApplicationSpecExecutorSidecarsResources#claims
     */
    readonly claims?: SparkApplicationSpecExecutorSidecarsResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecExecutorSidecarsResources#limits
     */
    readonly limits?: {
        [key: string]: SparkApplicationSpecExecutorSidecarsResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecExecutorSidecarsResources#requests
     */
    readonly requests?: {
        [key: string]: SparkApplicationSpecExecutorSidecarsResourcesRequests;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsResources' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsResources(obj: SparkApplicationSpecExecutorSidecarsResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema SparkApplicationSpecExecutorSidecarsSecurityContext
 */
export interface SparkApplicationSpecExecutorSidecarsSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#capabilities
     */
    readonly capabilities?: SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#seccompProfile
     */
    readonly seccompProfile?: SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContext#windowsOptions
     */
    readonly windowsOptions?: SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsSecurityContext' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsSecurityContext(obj: SparkApplicationSpecExecutorSidecarsSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbe
 */
export interface SparkApplicationSpecExecutorSidecarsStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#exec
     */
    readonly exec?: SparkApplicationSpecExecutorSidecarsStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#grpc
     */
    readonly grpc?: SparkApplicationSpecExecutorSidecarsStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsStartupProbe' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsStartupProbe(obj: SparkApplicationSpecExecutorSidecarsStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsVolumeDevices
 */
export interface SparkApplicationSpecExecutorSidecarsVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema SparkApplicationSpecExecutorSidecarsVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema SparkApplicationSpecExecutorSidecarsVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsVolumeDevices' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsVolumeDevices(obj: SparkApplicationSpecExecutorSidecarsVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts
 */
export interface SparkApplicationSpecExecutorSidecarsVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema SparkApplicationSpecExecutorSidecarsVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsVolumeMounts' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsVolumeMounts(obj: SparkApplicationSpecExecutorSidecarsVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema SparkApplicationSpecVolumesCephfsSecretRef
 */
export interface SparkApplicationSpecVolumesCephfsSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesCephfsSecretRef(obj: SparkApplicationSpecVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema SparkApplicationSpecVolumesCinderSecretRef
 */
export interface SparkApplicationSpecVolumesCinderSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesCinderSecretRef(obj: SparkApplicationSpecVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema SparkApplicationSpecVolumesConfigMapItems
 */
export interface SparkApplicationSpecVolumesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema SparkApplicationSpecVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema SparkApplicationSpecVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema SparkApplicationSpecVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesConfigMapItems(obj: SparkApplicationSpecVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema SparkApplicationSpecVolumesCsiNodePublishSecretRef
 */
export interface SparkApplicationSpecVolumesCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesCsiNodePublishSecretRef(obj: SparkApplicationSpecVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema SparkApplicationSpecVolumesDownwardApiItems
 */
export interface SparkApplicationSpecVolumesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecVolumesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesDownwardApiItems(obj: SparkApplicationSpecVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema SparkApplicationSpecVolumesEmptyDirSizeLimit
 */
export declare class SparkApplicationSpecVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecVolumesEmptyDirSizeLimit;
    static fromString(value: string): SparkApplicationSpecVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema SparkApplicationSpecVolumesFlexVolumeSecretRef
 */
export interface SparkApplicationSpecVolumesFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesFlexVolumeSecretRef(obj: SparkApplicationSpecVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema SparkApplicationSpecVolumesIscsiSecretRef
 */
export interface SparkApplicationSpecVolumesIscsiSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesIscsiSecretRef(obj: SparkApplicationSpecVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema SparkApplicationSpecVolumesProjectedSources
 */
export interface SparkApplicationSpecVolumesProjectedSources {
    /**
     * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
     * of ClusterTrustBundle objects in an auto-updating file.
     *
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     *
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     *
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     *
     * @schema SparkApplicationSpecVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema SparkApplicationSpecVolumesProjectedSources#configMap
     */
    readonly configMap?: SparkApplicationSpecVolumesProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema SparkApplicationSpecVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: SparkApplicationSpecVolumesProjectedSourcesDownwardApi;
    /**
     * secret information about the secret data to project
     *
     * @schema SparkApplicationSpecVolumesProjectedSources#secret
     */
    readonly secret?: SparkApplicationSpecVolumesProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema SparkApplicationSpecVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSources(obj: SparkApplicationSpecVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema SparkApplicationSpecVolumesRbdSecretRef
 */
export interface SparkApplicationSpecVolumesRbdSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesRbdSecretRef(obj: SparkApplicationSpecVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema SparkApplicationSpecVolumesScaleIoSecretRef
 */
export interface SparkApplicationSpecVolumesScaleIoSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesScaleIoSecretRef(obj: SparkApplicationSpecVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema SparkApplicationSpecVolumesSecretItems
 */
export interface SparkApplicationSpecVolumesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema SparkApplicationSpecVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema SparkApplicationSpecVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema SparkApplicationSpecVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesSecretItems' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesSecretItems(obj: SparkApplicationSpecVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema SparkApplicationSpecVolumesStorageosSecretRef
 */
export interface SparkApplicationSpecVolumesStorageosSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesStorageosSecretRef(obj: SparkApplicationSpecVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef
 */
export interface SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef(obj: SparkApplicationSpecDriverEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema SparkApplicationSpecDriverEnvValueFromFieldRef
 */
export interface SparkApplicationSpecDriverEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecDriverEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecDriverEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvValueFromFieldRef(obj: SparkApplicationSpecDriverEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema SparkApplicationSpecDriverEnvValueFromResourceFieldRef
 */
export interface SparkApplicationSpecDriverEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecDriverEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecDriverEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecDriverEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecDriverEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvValueFromResourceFieldRef(obj: SparkApplicationSpecDriverEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema SparkApplicationSpecDriverEnvValueFromSecretKeyRef
 */
export interface SparkApplicationSpecDriverEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema SparkApplicationSpecDriverEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema SparkApplicationSpecDriverEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverEnvValueFromSecretKeyRef(obj: SparkApplicationSpecDriverEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvValueFrom
 */
export interface SparkApplicationSpecDriverInitContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvValueFrom(obj: SparkApplicationSpecDriverInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef
 */
export interface SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef(obj: SparkApplicationSpecDriverInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvFromSecretRef
 */
export interface SparkApplicationSpecDriverInitContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvFromSecretRef(obj: SparkApplicationSpecDriverInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStart
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStart#exec
     */
    readonly exec?: SparkApplicationSpecDriverInitContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: SparkApplicationSpecDriverInitContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePostStart(obj: SparkApplicationSpecDriverInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStop
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStop#exec
     */
    readonly exec?: SparkApplicationSpecDriverInitContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: SparkApplicationSpecDriverInitContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePreStop(obj: SparkApplicationSpecDriverInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbeExec
 */
export interface SparkApplicationSpecDriverInitContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLivenessProbeExec(obj: SparkApplicationSpecDriverInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbeGrpc
 */
export interface SparkApplicationSpecDriverInitContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLivenessProbeGrpc(obj: SparkApplicationSpecDriverInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet
 */
export interface SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet(obj: SparkApplicationSpecDriverInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket
 */
export interface SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket(obj: SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbeExec
 */
export interface SparkApplicationSpecDriverInitContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersReadinessProbeExec(obj: SparkApplicationSpecDriverInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbeGrpc
 */
export interface SparkApplicationSpecDriverInitContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersReadinessProbeGrpc(obj: SparkApplicationSpecDriverInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet
 */
export interface SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet(obj: SparkApplicationSpecDriverInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket
 */
export interface SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket(obj: SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema SparkApplicationSpecDriverInitContainersResourcesClaims
 */
export interface SparkApplicationSpecDriverInitContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema SparkApplicationSpecDriverInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema SparkApplicationSpecDriverInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersResourcesClaims(obj: SparkApplicationSpecDriverInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema SparkApplicationSpecDriverInitContainersResourcesLimits
 */
export declare class SparkApplicationSpecDriverInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersResourcesLimits;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema SparkApplicationSpecDriverInitContainersResourcesRequests
 */
export declare class SparkApplicationSpecDriverInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersResourcesRequests;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile(obj: SparkApplicationSpecDriverInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema SparkApplicationSpecDriverInitContainersSecurityContextCapabilities
 */
export interface SparkApplicationSpecDriverInitContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersSecurityContextCapabilities(obj: SparkApplicationSpecDriverInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions(obj: SparkApplicationSpecDriverInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile(obj: SparkApplicationSpecDriverInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions(obj: SparkApplicationSpecDriverInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbeExec
 */
export interface SparkApplicationSpecDriverInitContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersStartupProbeExec(obj: SparkApplicationSpecDriverInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbeGrpc
 */
export interface SparkApplicationSpecDriverInitContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersStartupProbeGrpc(obj: SparkApplicationSpecDriverInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGet
 */
export interface SparkApplicationSpecDriverInitContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersStartupProbeHttpGet(obj: SparkApplicationSpecDriverInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket
 */
export interface SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket(obj: SparkApplicationSpecDriverInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStartExec
 */
export interface SparkApplicationSpecDriverLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePostStartExec(obj: SparkApplicationSpecDriverLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGet
 */
export interface SparkApplicationSpecDriverLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePostStartHttpGet(obj: SparkApplicationSpecDriverLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStartSleep
 */
export interface SparkApplicationSpecDriverLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePostStartSleep(obj: SparkApplicationSpecDriverLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStartTcpSocket
 */
export interface SparkApplicationSpecDriverLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePostStartTcpSocket(obj: SparkApplicationSpecDriverLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStopExec
 */
export interface SparkApplicationSpecDriverLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePreStopExec(obj: SparkApplicationSpecDriverLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGet
 */
export interface SparkApplicationSpecDriverLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePreStopHttpGet(obj: SparkApplicationSpecDriverLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStopSleep
 */
export interface SparkApplicationSpecDriverLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePreStopSleep(obj: SparkApplicationSpecDriverLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStopTcpSocket
 */
export interface SparkApplicationSpecDriverLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePreStopTcpSocket(obj: SparkApplicationSpecDriverLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvValueFrom
 */
export interface SparkApplicationSpecDriverSidecarsEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFrom#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvValueFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvValueFrom(obj: SparkApplicationSpecDriverSidecarsEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef
 */
export interface SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef(obj: SparkApplicationSpecDriverSidecarsEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvFromSecretRef
 */
export interface SparkApplicationSpecDriverSidecarsEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvFromSecretRef(obj: SparkApplicationSpecDriverSidecarsEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStart
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStart#exec
     */
    readonly exec?: SparkApplicationSpecDriverSidecarsLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStart#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStart#sleep
     */
    readonly sleep?: SparkApplicationSpecDriverSidecarsLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePostStart' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePostStart(obj: SparkApplicationSpecDriverSidecarsLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStop
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStop#exec
     */
    readonly exec?: SparkApplicationSpecDriverSidecarsLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStop#httpGet
     */
    readonly httpGet?: SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStop#sleep
     */
    readonly sleep?: SparkApplicationSpecDriverSidecarsLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePreStop' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePreStop(obj: SparkApplicationSpecDriverSidecarsLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbeExec
 */
export interface SparkApplicationSpecDriverSidecarsLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLivenessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLivenessProbeExec(obj: SparkApplicationSpecDriverSidecarsLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbeGrpc
 */
export interface SparkApplicationSpecDriverSidecarsLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLivenessProbeGrpc(obj: SparkApplicationSpecDriverSidecarsLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet
 */
export interface SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet(obj: SparkApplicationSpecDriverSidecarsLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket
 */
export interface SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket(obj: SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbeExec
 */
export interface SparkApplicationSpecDriverSidecarsReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsReadinessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsReadinessProbeExec(obj: SparkApplicationSpecDriverSidecarsReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbeGrpc
 */
export interface SparkApplicationSpecDriverSidecarsReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsReadinessProbeGrpc(obj: SparkApplicationSpecDriverSidecarsReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet
 */
export interface SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet(obj: SparkApplicationSpecDriverSidecarsReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket
 */
export interface SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket(obj: SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema SparkApplicationSpecDriverSidecarsResourcesClaims
 */
export interface SparkApplicationSpecDriverSidecarsResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema SparkApplicationSpecDriverSidecarsResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema SparkApplicationSpecDriverSidecarsResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsResourcesClaims' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsResourcesClaims(obj: SparkApplicationSpecDriverSidecarsResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema SparkApplicationSpecDriverSidecarsResourcesLimits
 */
export declare class SparkApplicationSpecDriverSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsResourcesLimits;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsResourcesLimits;
    private constructor();
}
/**
 * @schema SparkApplicationSpecDriverSidecarsResourcesRequests
 */
export declare class SparkApplicationSpecDriverSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsResourcesRequests;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile(obj: SparkApplicationSpecDriverSidecarsSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema SparkApplicationSpecDriverSidecarsSecurityContextCapabilities
 */
export interface SparkApplicationSpecDriverSidecarsSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsSecurityContextCapabilities(obj: SparkApplicationSpecDriverSidecarsSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions(obj: SparkApplicationSpecDriverSidecarsSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile(obj: SparkApplicationSpecDriverSidecarsSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions(obj: SparkApplicationSpecDriverSidecarsSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbeExec
 */
export interface SparkApplicationSpecDriverSidecarsStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsStartupProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsStartupProbeExec(obj: SparkApplicationSpecDriverSidecarsStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbeGrpc
 */
export interface SparkApplicationSpecDriverSidecarsStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsStartupProbeGrpc(obj: SparkApplicationSpecDriverSidecarsStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGet
 */
export interface SparkApplicationSpecDriverSidecarsStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsStartupProbeHttpGet(obj: SparkApplicationSpecDriverSidecarsStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket
 */
export interface SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket(obj: SparkApplicationSpecDriverSidecarsStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef
 */
export interface SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef(obj: SparkApplicationSpecExecutorEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema SparkApplicationSpecExecutorEnvValueFromFieldRef
 */
export interface SparkApplicationSpecExecutorEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvValueFromFieldRef(obj: SparkApplicationSpecExecutorEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema SparkApplicationSpecExecutorEnvValueFromResourceFieldRef
 */
export interface SparkApplicationSpecExecutorEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecExecutorEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvValueFromResourceFieldRef(obj: SparkApplicationSpecExecutorEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema SparkApplicationSpecExecutorEnvValueFromSecretKeyRef
 */
export interface SparkApplicationSpecExecutorEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema SparkApplicationSpecExecutorEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorEnvValueFromSecretKeyRef(obj: SparkApplicationSpecExecutorEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvValueFrom
 */
export interface SparkApplicationSpecExecutorInitContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvValueFrom(obj: SparkApplicationSpecExecutorInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef
 */
export interface SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef(obj: SparkApplicationSpecExecutorInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvFromSecretRef
 */
export interface SparkApplicationSpecExecutorInitContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvFromSecretRef(obj: SparkApplicationSpecExecutorInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStart
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStart#exec
     */
    readonly exec?: SparkApplicationSpecExecutorInitContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: SparkApplicationSpecExecutorInitContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePostStart(obj: SparkApplicationSpecExecutorInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStop
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStop#exec
     */
    readonly exec?: SparkApplicationSpecExecutorInitContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: SparkApplicationSpecExecutorInitContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePreStop(obj: SparkApplicationSpecExecutorInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeExec
 */
export interface SparkApplicationSpecExecutorInitContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLivenessProbeExec(obj: SparkApplicationSpecExecutorInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc
 */
export interface SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc(obj: SparkApplicationSpecExecutorInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet
 */
export interface SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet(obj: SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket
 */
export interface SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket(obj: SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeExec
 */
export interface SparkApplicationSpecExecutorInitContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersReadinessProbeExec(obj: SparkApplicationSpecExecutorInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc
 */
export interface SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc(obj: SparkApplicationSpecExecutorInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet
 */
export interface SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet(obj: SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket
 */
export interface SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket(obj: SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema SparkApplicationSpecExecutorInitContainersResourcesClaims
 */
export interface SparkApplicationSpecExecutorInitContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema SparkApplicationSpecExecutorInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersResourcesClaims(obj: SparkApplicationSpecExecutorInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema SparkApplicationSpecExecutorInitContainersResourcesLimits
 */
export declare class SparkApplicationSpecExecutorInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersResourcesLimits;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema SparkApplicationSpecExecutorInitContainersResourcesRequests
 */
export declare class SparkApplicationSpecExecutorInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersResourcesRequests;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile(obj: SparkApplicationSpecExecutorInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities
 */
export interface SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities(obj: SparkApplicationSpecExecutorInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions(obj: SparkApplicationSpecExecutorInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile(obj: SparkApplicationSpecExecutorInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions(obj: SparkApplicationSpecExecutorInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbeExec
 */
export interface SparkApplicationSpecExecutorInitContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersStartupProbeExec(obj: SparkApplicationSpecExecutorInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbeGrpc
 */
export interface SparkApplicationSpecExecutorInitContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersStartupProbeGrpc(obj: SparkApplicationSpecExecutorInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet
 */
export interface SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet(obj: SparkApplicationSpecExecutorInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket
 */
export interface SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket(obj: SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStartExec
 */
export interface SparkApplicationSpecExecutorLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePostStartExec(obj: SparkApplicationSpecExecutorLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGet
 */
export interface SparkApplicationSpecExecutorLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePostStartHttpGet(obj: SparkApplicationSpecExecutorLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStartSleep
 */
export interface SparkApplicationSpecExecutorLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePostStartSleep(obj: SparkApplicationSpecExecutorLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStartTcpSocket
 */
export interface SparkApplicationSpecExecutorLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePostStartTcpSocket(obj: SparkApplicationSpecExecutorLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStopExec
 */
export interface SparkApplicationSpecExecutorLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePreStopExec(obj: SparkApplicationSpecExecutorLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGet
 */
export interface SparkApplicationSpecExecutorLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePreStopHttpGet(obj: SparkApplicationSpecExecutorLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStopSleep
 */
export interface SparkApplicationSpecExecutorLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePreStopSleep(obj: SparkApplicationSpecExecutorLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStopTcpSocket
 */
export interface SparkApplicationSpecExecutorLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePreStopTcpSocket(obj: SparkApplicationSpecExecutorLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvValueFrom
 */
export interface SparkApplicationSpecExecutorSidecarsEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFrom#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvValueFrom' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvValueFrom(obj: SparkApplicationSpecExecutorSidecarsEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef
 */
export interface SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef(obj: SparkApplicationSpecExecutorSidecarsEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvFromSecretRef
 */
export interface SparkApplicationSpecExecutorSidecarsEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvFromSecretRef(obj: SparkApplicationSpecExecutorSidecarsEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStart
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStart#exec
     */
    readonly exec?: SparkApplicationSpecExecutorSidecarsLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStart#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStart#sleep
     */
    readonly sleep?: SparkApplicationSpecExecutorSidecarsLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePostStart' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePostStart(obj: SparkApplicationSpecExecutorSidecarsLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStop
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStop#exec
     */
    readonly exec?: SparkApplicationSpecExecutorSidecarsLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStop#httpGet
     */
    readonly httpGet?: SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStop#sleep
     */
    readonly sleep?: SparkApplicationSpecExecutorSidecarsLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePreStop' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePreStop(obj: SparkApplicationSpecExecutorSidecarsLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeExec
 */
export interface SparkApplicationSpecExecutorSidecarsLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLivenessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLivenessProbeExec(obj: SparkApplicationSpecExecutorSidecarsLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc
 */
export interface SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc(obj: SparkApplicationSpecExecutorSidecarsLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet
 */
export interface SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet(obj: SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket
 */
export interface SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket(obj: SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeExec
 */
export interface SparkApplicationSpecExecutorSidecarsReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsReadinessProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsReadinessProbeExec(obj: SparkApplicationSpecExecutorSidecarsReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc
 */
export interface SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc(obj: SparkApplicationSpecExecutorSidecarsReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet
 */
export interface SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet(obj: SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket
 */
export interface SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket(obj: SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema SparkApplicationSpecExecutorSidecarsResourcesClaims
 */
export interface SparkApplicationSpecExecutorSidecarsResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema SparkApplicationSpecExecutorSidecarsResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsResourcesClaims' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsResourcesClaims(obj: SparkApplicationSpecExecutorSidecarsResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema SparkApplicationSpecExecutorSidecarsResourcesLimits
 */
export declare class SparkApplicationSpecExecutorSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsResourcesLimits;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsResourcesLimits;
    private constructor();
}
/**
 * @schema SparkApplicationSpecExecutorSidecarsResourcesRequests
 */
export declare class SparkApplicationSpecExecutorSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsResourcesRequests;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile
 */
export interface SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile(obj: SparkApplicationSpecExecutorSidecarsSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities
 */
export interface SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities(obj: SparkApplicationSpecExecutorSidecarsSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions
 */
export interface SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions(obj: SparkApplicationSpecExecutorSidecarsSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile
 */
export interface SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile(obj: SparkApplicationSpecExecutorSidecarsSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions
 */
export interface SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions(obj: SparkApplicationSpecExecutorSidecarsSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbeExec
 */
export interface SparkApplicationSpecExecutorSidecarsStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsStartupProbeExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsStartupProbeExec(obj: SparkApplicationSpecExecutorSidecarsStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbeGrpc
 */
export interface SparkApplicationSpecExecutorSidecarsStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsStartupProbeGrpc(obj: SparkApplicationSpecExecutorSidecarsStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet
 */
export interface SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet(obj: SparkApplicationSpecExecutorSidecarsStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket
 */
export interface SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket(obj: SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema SparkApplicationSpecVolumesDownwardApiItemsFieldRef
 */
export interface SparkApplicationSpecVolumesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesDownwardApiItemsFieldRef(obj: SparkApplicationSpecVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef
 */
export interface SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef(obj: SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * May contain labels and annotations that will be copied into the PVC
 * when creating it. No other fields are allowed and will be rejected during
 * validation.
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata {
    /**
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
     * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
     * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
     * will be set by the persistentvolume controller if it exists.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle
 */
export interface SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle(obj: SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMap
 */
export interface SparkApplicationSpecVolumesProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: SparkApplicationSpecVolumesProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesConfigMap(obj: SparkApplicationSpecVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApi
 */
export interface SparkApplicationSpecVolumesProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesDownwardApi(obj: SparkApplicationSpecVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesSecret
 */
export interface SparkApplicationSpecVolumesProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesSecret#items
     */
    readonly items?: SparkApplicationSpecVolumesProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesSecret(obj: SparkApplicationSpecVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken
 */
export interface SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * expirationSeconds is the requested duration of validity of the service
     * account token. As the token approaches expiration, the kubelet volume
     * plugin will proactively rotate the service account token. The kubelet will
     * start trying to rotate the token if the token is older than 80 percent of
     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
     * and must be at least 10 minutes.
     *
     * @default 1 hour
     * @schema SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken(obj: SparkApplicationSpecVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecDriverEnvValueFromResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecDriverEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecDriverEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef
 */
export interface SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef(obj: SparkApplicationSpecDriverInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef
 */
export interface SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef(obj: SparkApplicationSpecDriverInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef
 */
export interface SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef(obj: SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef
 */
export interface SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef(obj: SparkApplicationSpecDriverInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartExec
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePostStartExec(obj: SparkApplicationSpecDriverInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet(obj: SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartSleep
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePostStartSleep(obj: SparkApplicationSpecDriverInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket(obj: SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopExec
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePreStopExec(obj: SparkApplicationSpecDriverInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet(obj: SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopSleep
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePreStopSleep(obj: SparkApplicationSpecDriverInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket(obj: SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetPort
 */
export declare class SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetPort
 */
export declare class SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders(obj: SparkApplicationSpecDriverInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbeHttpGetPort
 */
export declare class SparkApplicationSpecDriverInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersStartupProbeTcpSocketPort
 */
export declare class SparkApplicationSpecDriverInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders(obj: SparkApplicationSpecDriverLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStartHttpGetPort
 */
export declare class SparkApplicationSpecDriverLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverLifecyclePostStartHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverLifecyclePostStartTcpSocketPort
 */
export declare class SparkApplicationSpecDriverLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverLifecyclePostStartTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders(obj: SparkApplicationSpecDriverLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStopHttpGetPort
 */
export declare class SparkApplicationSpecDriverLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverLifecyclePreStopHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverLifecyclePreStopTcpSocketPort
 */
export declare class SparkApplicationSpecDriverLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverLifecyclePreStopTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef
 */
export interface SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef(obj: SparkApplicationSpecDriverSidecarsEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef
 */
export interface SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef(obj: SparkApplicationSpecDriverSidecarsEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef
 */
export interface SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef(obj: SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef
 */
export interface SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef(obj: SparkApplicationSpecDriverSidecarsEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartExec
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePostStartExec(obj: SparkApplicationSpecDriverSidecarsLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet(obj: SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartSleep
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePostStartSleep(obj: SparkApplicationSpecDriverSidecarsLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket(obj: SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopExec
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePreStopExec(obj: SparkApplicationSpecDriverSidecarsLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet(obj: SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopSleep
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePreStopSleep(obj: SparkApplicationSpecDriverSidecarsLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket#port
     */
    readonly port: SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket(obj: SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetPort
 */
export declare class SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetPort
 */
export declare class SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders(obj: SparkApplicationSpecDriverSidecarsStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbeHttpGetPort
 */
export declare class SparkApplicationSpecDriverSidecarsStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsStartupProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsStartupProbeTcpSocketPort
 */
export declare class SparkApplicationSpecDriverSidecarsStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsStartupProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecExecutorEnvValueFromResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecExecutorEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecExecutorEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef
 */
export interface SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef(obj: SparkApplicationSpecExecutorInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef
 */
export interface SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef(obj: SparkApplicationSpecExecutorInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef
 */
export interface SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef(obj: SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef
 */
export interface SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef(obj: SparkApplicationSpecExecutorInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartExec
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePostStartExec(obj: SparkApplicationSpecExecutorInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet(obj: SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartSleep
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePostStartSleep(obj: SparkApplicationSpecExecutorInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket(obj: SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopExec
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePreStopExec(obj: SparkApplicationSpecExecutorInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet(obj: SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopSleep
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePreStopSleep(obj: SparkApplicationSpecExecutorInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket(obj: SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetPort
 */
export declare class SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetPort
 */
export declare class SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetPort
 */
export declare class SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStartHttpGetPort
 */
export declare class SparkApplicationSpecExecutorLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorLifecyclePostStartHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePostStartTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorLifecyclePostStartTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStopHttpGetPort
 */
export declare class SparkApplicationSpecExecutorLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorLifecyclePreStopHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorLifecyclePreStopTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorLifecyclePreStopTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef
 */
export interface SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef(obj: SparkApplicationSpecExecutorSidecarsEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef
 */
export interface SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef(obj: SparkApplicationSpecExecutorSidecarsEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef
 */
export interface SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef(obj: SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef
 */
export interface SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef(obj: SparkApplicationSpecExecutorSidecarsEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartExec
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePostStartExec(obj: SparkApplicationSpecExecutorSidecarsLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet(obj: SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartSleep
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePostStartSleep(obj: SparkApplicationSpecExecutorSidecarsLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket(obj: SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopExec
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePreStopExec(obj: SparkApplicationSpecExecutorSidecarsLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet(obj: SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopSleep
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePreStopSleep(obj: SparkApplicationSpecExecutorSidecarsLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket#port
     */
    readonly port: SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket(obj: SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetPort
 */
export declare class SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetPort
 */
export declare class SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetPort
 */
export declare class SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMapItems
 */
export interface SparkApplicationSpecVolumesProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesConfigMapItems(obj: SparkApplicationSpecVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems
 */
export interface SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems(obj: SparkApplicationSpecVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesSecretItems
 */
export interface SparkApplicationSpecVolumesProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesSecretItems(obj: SparkApplicationSpecVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: SparkApplicationSpecDriverAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: SparkApplicationSpecDriverAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetPort
 */
export declare class SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetPort
 */
export declare class SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders(obj: SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetPort
 */
export declare class SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocketPort
 */
export declare class SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders
 */
export interface SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders(obj: SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetPort
 */
export declare class SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocketPort
 */
export declare class SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecDriverSidecarsLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: SparkApplicationSpecExecutorAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: SparkApplicationSpecExecutorAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetPort
 */
export declare class SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetPort
 */
export declare class SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetPort
 */
export declare class SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders
 */
export interface SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders(obj: SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetPort
 */
export declare class SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocketPort
 */
export declare class SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocketPort;
    static fromString(value: string): SparkApplicationSpecExecutorSidecarsLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: SparkApplicationSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: SparkApplicationSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecDriverAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: SparkApplicationSpecExecutorAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): SparkApplicationSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
