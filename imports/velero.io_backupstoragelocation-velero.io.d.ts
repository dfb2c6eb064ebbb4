import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * BackupStorageLocation is a location where Velero stores backup objects
 *
 * @schema BackupStorageLocation
 */
export declare class BackupStorageLocation extends ApiObject {
    /**
     * Returns the apiVersion and kind for "BackupStorageLocation"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "BackupStorageLocation".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: BackupStorageLocationProps): any;
    /**
     * Defines a "BackupStorageLocation" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: BackupStorageLocationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * BackupStorageLocation is a location where Velero stores backup objects
 *
 * @schema BackupStorageLocation
 */
export interface BackupStorageLocationProps {
    /**
     * @schema BackupStorageLocation#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation
     *
     * @schema BackupStorageLocation#spec
     */
    readonly spec?: BackupStorageLocationSpec;
}
/**
 * Converts an object of type 'BackupStorageLocationProps' to JSON representation.
 */
export declare function toJson_BackupStorageLocationProps(obj: BackupStorageLocationProps | undefined): Record<string, any> | undefined;
/**
 * BackupStorageLocationSpec defines the desired state of a Velero BackupStorageLocation
 *
 * @schema BackupStorageLocationSpec
 */
export interface BackupStorageLocationSpec {
    /**
     * AccessMode defines the permissions for the backup storage location.
     *
     * @schema BackupStorageLocationSpec#accessMode
     */
    readonly accessMode?: BackupStorageLocationSpecAccessMode;
    /**
     * BackupSyncPeriod defines how frequently to sync backup API objects from object storage. A value of 0 disables sync.
     *
     * @schema BackupStorageLocationSpec#backupSyncPeriod
     */
    readonly backupSyncPeriod?: string;
    /**
     * Config is for provider-specific configuration fields.
     *
     * @schema BackupStorageLocationSpec#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * Credential contains the credential information intended to be used with this location
     *
     * @schema BackupStorageLocationSpec#credential
     */
    readonly credential?: BackupStorageLocationSpecCredential;
    /**
     * Default indicates this location is the default backup storage location.
     *
     * @schema BackupStorageLocationSpec#default
     */
    readonly default?: boolean;
    /**
     * ObjectStorageLocation specifies the settings necessary to connect to a provider's object storage.
     *
     * @schema BackupStorageLocationSpec#objectStorage
     */
    readonly objectStorage: BackupStorageLocationSpecObjectStorage;
    /**
     * Provider is the provider of the backup storage.
     *
     * @schema BackupStorageLocationSpec#provider
     */
    readonly provider: string;
    /**
     * ValidationFrequency defines how frequently to validate the corresponding object storage. A value of 0 disables validation.
     *
     * @schema BackupStorageLocationSpec#validationFrequency
     */
    readonly validationFrequency?: string;
}
/**
 * Converts an object of type 'BackupStorageLocationSpec' to JSON representation.
 */
export declare function toJson_BackupStorageLocationSpec(obj: BackupStorageLocationSpec | undefined): Record<string, any> | undefined;
/**
 * AccessMode defines the permissions for the backup storage location.
 *
 * @schema BackupStorageLocationSpecAccessMode
 */
export declare enum BackupStorageLocationSpecAccessMode {
    /** ReadOnly */
    READ_ONLY = "ReadOnly",
    /** ReadWrite */
    READ_WRITE = "ReadWrite"
}
/**
 * Credential contains the credential information intended to be used with this location
 *
 * @schema BackupStorageLocationSpecCredential
 */
export interface BackupStorageLocationSpecCredential {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema BackupStorageLocationSpecCredential#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema BackupStorageLocationSpecCredential#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema BackupStorageLocationSpecCredential#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'BackupStorageLocationSpecCredential' to JSON representation.
 */
export declare function toJson_BackupStorageLocationSpecCredential(obj: BackupStorageLocationSpecCredential | undefined): Record<string, any> | undefined;
/**
 * ObjectStorageLocation specifies the settings necessary to connect to a provider's object storage.
 *
 * @schema BackupStorageLocationSpecObjectStorage
 */
export interface BackupStorageLocationSpecObjectStorage {
    /**
     * Bucket is the bucket to use for object storage.
     *
     * @schema BackupStorageLocationSpecObjectStorage#bucket
     */
    readonly bucket: string;
    /**
     * CACert defines a CA bundle to use when verifying TLS connections to the provider.
     * Deprecated: Use CACertRef instead.
     *
     * @schema BackupStorageLocationSpecObjectStorage#caCert
     */
    readonly caCert?: string;
    /**
     * CACertRef is a reference to a Secret containing the CA certificate bundle to use
     * when verifying TLS connections to the provider. The Secret must be in the same
     * namespace as the BackupStorageLocation.
     *
     * @schema BackupStorageLocationSpecObjectStorage#caCertRef
     */
    readonly caCertRef?: BackupStorageLocationSpecObjectStorageCaCertRef;
    /**
     * Prefix is the path inside a bucket to use for Velero storage. Optional.
     *
     * @schema BackupStorageLocationSpecObjectStorage#prefix
     */
    readonly prefix?: string;
}
/**
 * Converts an object of type 'BackupStorageLocationSpecObjectStorage' to JSON representation.
 */
export declare function toJson_BackupStorageLocationSpecObjectStorage(obj: BackupStorageLocationSpecObjectStorage | undefined): Record<string, any> | undefined;
/**
 * CACertRef is a reference to a Secret containing the CA certificate bundle to use
 * when verifying TLS connections to the provider. The Secret must be in the same
 * namespace as the BackupStorageLocation.
 *
 * @schema BackupStorageLocationSpecObjectStorageCaCertRef
 */
export interface BackupStorageLocationSpecObjectStorageCaCertRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema BackupStorageLocationSpecObjectStorageCaCertRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema BackupStorageLocationSpecObjectStorageCaCertRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema BackupStorageLocationSpecObjectStorageCaCertRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'BackupStorageLocationSpecObjectStorageCaCertRef' to JSON representation.
 */
export declare function toJson_BackupStorageLocationSpecObjectStorageCaCertRef(obj: BackupStorageLocationSpecObjectStorageCaCertRef | undefined): Record<string, any> | undefined;
