import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Restore is a Velero resource that represents the application of
resources from a Velero backup to a target Kubernetes cluster.
 *
 * @schema Restore
 */
export declare class Restore extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Restore"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Restore".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: RestoreProps): any;
    /**
     * Defines a "Restore" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: RestoreProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Restore is a Velero resource that represents the application of
 * resources from a Velero backup to a target Kubernetes cluster.
 *
 * @schema Restore
 */
export interface RestoreProps {
    /**
     * @schema Restore#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * RestoreSpec defines the specification for a Velero restore.
     *
     * @schema Restore#spec
     */
    readonly spec?: RestoreSpec;
}
/**
 * Converts an object of type 'RestoreProps' to JSON representation.
 */
export declare function toJson_RestoreProps(obj: RestoreProps | undefined): Record<string, any> | undefined;
/**
 * RestoreSpec defines the specification for a Velero restore.
 *
 * @schema RestoreSpec
 */
export interface RestoreSpec {
    /**
     * BackupName is the unique name of the Velero backup to restore
     * from.
     *
     * @schema RestoreSpec#backupName
     */
    readonly backupName?: string;
    /**
     * ExcludedNamespaces contains a list of namespaces that are not
     * included in the restore.
     *
     * @schema RestoreSpec#excludedNamespaces
     */
    readonly excludedNamespaces?: string[];
    /**
     * ExcludedResources is a slice of resource names that are not
     * included in the restore.
     *
     * @schema RestoreSpec#excludedResources
     */
    readonly excludedResources?: string[];
    /**
     * ExistingResourcePolicy specifies the restore behavior for the Kubernetes resource to be restored
     *
     * @schema RestoreSpec#existingResourcePolicy
     */
    readonly existingResourcePolicy?: string;
    /**
     * Hooks represent custom behaviors that should be executed during or post restore.
     *
     * @schema RestoreSpec#hooks
     */
    readonly hooks?: RestoreSpecHooks;
    /**
     * IncludeClusterResources specifies whether cluster-scoped resources
     * should be included for consideration in the restore. If null, defaults
     * to true.
     *
     * @schema RestoreSpec#includeClusterResources
     */
    readonly includeClusterResources?: boolean;
    /**
     * IncludedNamespaces is a slice of namespace names to include objects
     * from. If empty, all namespaces are included.
     *
     * @schema RestoreSpec#includedNamespaces
     */
    readonly includedNamespaces?: string[];
    /**
     * IncludedResources is a slice of resource names to include
     * in the restore. If empty, all resources in the backup are included.
     *
     * @schema RestoreSpec#includedResources
     */
    readonly includedResources?: string[];
    /**
     * ItemOperationTimeout specifies the time used to wait for RestoreItemAction operations
     * The default value is 4 hour.
     *
     * @schema RestoreSpec#itemOperationTimeout
     */
    readonly itemOperationTimeout?: string;
    /**
     * LabelSelector is a metav1.LabelSelector to filter with
     * when restoring individual objects from the backup. If empty
     * or nil, all objects are included. Optional.
     *
     * @schema RestoreSpec#labelSelector
     */
    readonly labelSelector?: RestoreSpecLabelSelector;
    /**
     * NamespaceMapping is a map of source namespace names
     * to target namespace names to restore into. Any source
     * namespaces not included in the map will be restored into
     * namespaces of the same name.
     *
     * @schema RestoreSpec#namespaceMapping
     */
    readonly namespaceMapping?: {
        [key: string]: string;
    };
    /**
     * OrLabelSelectors is list of metav1.LabelSelector to filter with
     * when restoring individual objects from the backup. If multiple provided
     * they will be joined by the OR operator. LabelSelector as well as
     * OrLabelSelectors cannot co-exist in restore request, only one of them
     * can be used
     *
     * @schema RestoreSpec#orLabelSelectors
     */
    readonly orLabelSelectors?: RestoreSpecOrLabelSelectors[];
    /**
     * PreserveNodePorts specifies whether to restore old nodePorts from backup.
     *
     * @schema RestoreSpec#preserveNodePorts
     */
    readonly preserveNodePorts?: boolean;
    /**
     * ResourceModifier specifies the reference to JSON resource patches that should be applied to resources before restoration.
     *
     * @schema RestoreSpec#resourceModifier
     */
    readonly resourceModifier?: RestoreSpecResourceModifier;
    /**
     * RestorePVs specifies whether to restore all included
     * PVs from snapshot
     *
     * @schema RestoreSpec#restorePVs
     */
    readonly restorePVs?: boolean;
    /**
     * RestoreStatus specifies which resources we should restore the status
     * field. If nil, no objects are included. Optional.
     *
     * @schema RestoreSpec#restoreStatus
     */
    readonly restoreStatus?: RestoreSpecRestoreStatus;
    /**
     * ScheduleName is the unique name of the Velero schedule to restore
     * from. If specified, and BackupName is empty, Velero will restore
     * from the most recent successful backup created from this schedule.
     *
     * @schema RestoreSpec#scheduleName
     */
    readonly scheduleName?: string;
    /**
     * UploaderConfig specifies the configuration for the restore.
     *
     * @schema RestoreSpec#uploaderConfig
     */
    readonly uploaderConfig?: RestoreSpecUploaderConfig;
}
/**
 * Converts an object of type 'RestoreSpec' to JSON representation.
 */
export declare function toJson_RestoreSpec(obj: RestoreSpec | undefined): Record<string, any> | undefined;
/**
 * Hooks represent custom behaviors that should be executed during or post restore.
 *
 * @schema RestoreSpecHooks
 */
export interface RestoreSpecHooks {
    /**
     * @schema RestoreSpecHooks#resources
     */
    readonly resources?: RestoreSpecHooksResources[];
}
/**
 * Converts an object of type 'RestoreSpecHooks' to JSON representation.
 */
export declare function toJson_RestoreSpecHooks(obj: RestoreSpecHooks | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is a metav1.LabelSelector to filter with
 * when restoring individual objects from the backup. If empty
 * or nil, all objects are included. Optional.
 *
 * @schema RestoreSpecLabelSelector
 */
export interface RestoreSpecLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RestoreSpecLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RestoreSpecLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RestoreSpecLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RestoreSpecLabelSelector' to JSON representation.
 */
export declare function toJson_RestoreSpecLabelSelector(obj: RestoreSpecLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema RestoreSpecOrLabelSelectors
 */
export interface RestoreSpecOrLabelSelectors {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RestoreSpecOrLabelSelectors#matchExpressions
     */
    readonly matchExpressions?: RestoreSpecOrLabelSelectorsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RestoreSpecOrLabelSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RestoreSpecOrLabelSelectors' to JSON representation.
 */
export declare function toJson_RestoreSpecOrLabelSelectors(obj: RestoreSpecOrLabelSelectors | undefined): Record<string, any> | undefined;
/**
 * ResourceModifier specifies the reference to JSON resource patches that should be applied to resources before restoration.
 *
 * @schema RestoreSpecResourceModifier
 */
export interface RestoreSpecResourceModifier {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema RestoreSpecResourceModifier#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema RestoreSpecResourceModifier#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema RestoreSpecResourceModifier#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'RestoreSpecResourceModifier' to JSON representation.
 */
export declare function toJson_RestoreSpecResourceModifier(obj: RestoreSpecResourceModifier | undefined): Record<string, any> | undefined;
/**
 * RestoreStatus specifies which resources we should restore the status
 * field. If nil, no objects are included. Optional.
 *
 * @schema RestoreSpecRestoreStatus
 */
export interface RestoreSpecRestoreStatus {
    /**
     * ExcludedResources specifies the resources to which will not restore the status.
     *
     * @schema RestoreSpecRestoreStatus#excludedResources
     */
    readonly excludedResources?: string[];
    /**
     * IncludedResources specifies the resources to which will restore the status.
     * If empty, it applies to all resources.
     *
     * @schema RestoreSpecRestoreStatus#includedResources
     */
    readonly includedResources?: string[];
}
/**
 * Converts an object of type 'RestoreSpecRestoreStatus' to JSON representation.
 */
export declare function toJson_RestoreSpecRestoreStatus(obj: RestoreSpecRestoreStatus | undefined): Record<string, any> | undefined;
/**
 * UploaderConfig specifies the configuration for the restore.
 *
 * @schema RestoreSpecUploaderConfig
 */
export interface RestoreSpecUploaderConfig {
    /**
     * ParallelFilesDownload is the concurrency number setting for restore.
     *
     * @schema RestoreSpecUploaderConfig#parallelFilesDownload
     */
    readonly parallelFilesDownload?: number;
    /**
     * WriteSparseFiles is a flag to indicate whether write files sparsely or not.
     *
     * @schema RestoreSpecUploaderConfig#writeSparseFiles
     */
    readonly writeSparseFiles?: boolean;
}
/**
 * Converts an object of type 'RestoreSpecUploaderConfig' to JSON representation.
 */
export declare function toJson_RestoreSpecUploaderConfig(obj: RestoreSpecUploaderConfig | undefined): Record<string, any> | undefined;
/**
 * RestoreResourceHookSpec defines one or more RestoreResrouceHooks that should be executed based on
 * the rules defined for namespaces, resources, and label selector.
 *
 * @schema RestoreSpecHooksResources
 */
export interface RestoreSpecHooksResources {
    /**
     * ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.
     *
     * @schema RestoreSpecHooksResources#excludedNamespaces
     */
    readonly excludedNamespaces?: string[];
    /**
     * ExcludedResources specifies the resources to which this hook spec does not apply.
     *
     * @schema RestoreSpecHooksResources#excludedResources
     */
    readonly excludedResources?: string[];
    /**
     * IncludedNamespaces specifies the namespaces to which this hook spec applies. If empty, it applies
     * to all namespaces.
     *
     * @schema RestoreSpecHooksResources#includedNamespaces
     */
    readonly includedNamespaces?: string[];
    /**
     * IncludedResources specifies the resources to which this hook spec applies. If empty, it applies
     * to all resources.
     *
     * @schema RestoreSpecHooksResources#includedResources
     */
    readonly includedResources?: string[];
    /**
     * LabelSelector, if specified, filters the resources to which this hook spec applies.
     *
     * @schema RestoreSpecHooksResources#labelSelector
     */
    readonly labelSelector?: RestoreSpecHooksResourcesLabelSelector;
    /**
     * Name is the name of this hook.
     *
     * @schema RestoreSpecHooksResources#name
     */
    readonly name: string;
    /**
     * PostHooks is a list of RestoreResourceHooks to execute during and after restoring a resource.
     *
     * @schema RestoreSpecHooksResources#postHooks
     */
    readonly postHooks?: RestoreSpecHooksResourcesPostHooks[];
}
/**
 * Converts an object of type 'RestoreSpecHooksResources' to JSON representation.
 */
export declare function toJson_RestoreSpecHooksResources(obj: RestoreSpecHooksResources | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RestoreSpecLabelSelectorMatchExpressions
 */
export interface RestoreSpecLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RestoreSpecLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RestoreSpecLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RestoreSpecLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RestoreSpecLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RestoreSpecLabelSelectorMatchExpressions(obj: RestoreSpecLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RestoreSpecOrLabelSelectorsMatchExpressions
 */
export interface RestoreSpecOrLabelSelectorsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RestoreSpecOrLabelSelectorsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RestoreSpecOrLabelSelectorsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RestoreSpecOrLabelSelectorsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RestoreSpecOrLabelSelectorsMatchExpressions' to JSON representation.
 */
export declare function toJson_RestoreSpecOrLabelSelectorsMatchExpressions(obj: RestoreSpecOrLabelSelectorsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * LabelSelector, if specified, filters the resources to which this hook spec applies.
 *
 * @schema RestoreSpecHooksResourcesLabelSelector
 */
export interface RestoreSpecHooksResourcesLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema RestoreSpecHooksResourcesLabelSelector#matchExpressions
     */
    readonly matchExpressions?: RestoreSpecHooksResourcesLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema RestoreSpecHooksResourcesLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RestoreSpecHooksResourcesLabelSelector' to JSON representation.
 */
export declare function toJson_RestoreSpecHooksResourcesLabelSelector(obj: RestoreSpecHooksResourcesLabelSelector | undefined): Record<string, any> | undefined;
/**
 * RestoreResourceHook defines a restore hook for a resource.
 *
 * @schema RestoreSpecHooksResourcesPostHooks
 */
export interface RestoreSpecHooksResourcesPostHooks {
    /**
     * Exec defines an exec restore hook.
     *
     * @schema RestoreSpecHooksResourcesPostHooks#exec
     */
    readonly exec?: RestoreSpecHooksResourcesPostHooksExec;
    /**
     * Init defines an init restore hook.
     *
     * @schema RestoreSpecHooksResourcesPostHooks#init
     */
    readonly init?: RestoreSpecHooksResourcesPostHooksInit;
}
/**
 * Converts an object of type 'RestoreSpecHooksResourcesPostHooks' to JSON representation.
 */
export declare function toJson_RestoreSpecHooksResourcesPostHooks(obj: RestoreSpecHooksResourcesPostHooks | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema RestoreSpecHooksResourcesLabelSelectorMatchExpressions
 */
export interface RestoreSpecHooksResourcesLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema RestoreSpecHooksResourcesLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema RestoreSpecHooksResourcesLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema RestoreSpecHooksResourcesLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'RestoreSpecHooksResourcesLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_RestoreSpecHooksResourcesLabelSelectorMatchExpressions(obj: RestoreSpecHooksResourcesLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Exec defines an exec restore hook.
 *
 * @schema RestoreSpecHooksResourcesPostHooksExec
 */
export interface RestoreSpecHooksResourcesPostHooksExec {
    /**
     * Command is the command and arguments to execute from within a container after a pod has been restored.
     *
     * @schema RestoreSpecHooksResourcesPostHooksExec#command
     */
    readonly command: string[];
    /**
     * Container is the container in the pod where the command should be executed. If not specified,
     * the pod's first container is used.
     *
     * @schema RestoreSpecHooksResourcesPostHooksExec#container
     */
    readonly container?: string;
    /**
     * ExecTimeout defines the maximum amount of time Velero should wait for the hook to complete before
     * considering the execution a failure.
     *
     * @schema RestoreSpecHooksResourcesPostHooksExec#execTimeout
     */
    readonly execTimeout?: string;
    /**
     * OnError specifies how Velero should behave if it encounters an error executing this hook.
     *
     * @schema RestoreSpecHooksResourcesPostHooksExec#onError
     */
    readonly onError?: RestoreSpecHooksResourcesPostHooksExecOnError;
    /**
     * WaitForReady ensures command will be launched when container is Ready instead of Running.
     *
     * @schema RestoreSpecHooksResourcesPostHooksExec#waitForReady
     */
    readonly waitForReady?: boolean;
    /**
     * WaitTimeout defines the maximum amount of time Velero should wait for the container to be Ready
     * before attempting to run the command.
     *
     * @schema RestoreSpecHooksResourcesPostHooksExec#waitTimeout
     */
    readonly waitTimeout?: string;
}
/**
 * Converts an object of type 'RestoreSpecHooksResourcesPostHooksExec' to JSON representation.
 */
export declare function toJson_RestoreSpecHooksResourcesPostHooksExec(obj: RestoreSpecHooksResourcesPostHooksExec | undefined): Record<string, any> | undefined;
/**
 * Init defines an init restore hook.
 *
 * @schema RestoreSpecHooksResourcesPostHooksInit
 */
export interface RestoreSpecHooksResourcesPostHooksInit {
    /**
     * InitContainers is list of init containers to be added to a pod during its restore.
     *
     * @schema RestoreSpecHooksResourcesPostHooksInit#initContainers
     */
    readonly initContainers?: any[];
    /**
     * Timeout defines the maximum amount of time Velero should wait for the initContainers to complete.
     *
     * @schema RestoreSpecHooksResourcesPostHooksInit#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'RestoreSpecHooksResourcesPostHooksInit' to JSON representation.
 */
export declare function toJson_RestoreSpecHooksResourcesPostHooksInit(obj: RestoreSpecHooksResourcesPostHooksInit | undefined): Record<string, any> | undefined;
/**
 * OnError specifies how Velero should behave if it encounters an error executing this hook.
 *
 * @schema RestoreSpecHooksResourcesPostHooksExecOnError
 */
export declare enum RestoreSpecHooksResourcesPostHooksExecOnError {
    /** Continue */
    CONTINUE = "Continue",
    /** Fail */
    FAIL = "Fail"
}
