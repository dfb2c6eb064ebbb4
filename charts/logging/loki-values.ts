/** The Loki values lakeplane sets (grafana-community chart 18.x, monolithic mode). */
import type { K8sResources } from '../../constructs/resources';

export interface LokiS3Values {
  readonly endpoint: string;
  readonly region: string;
  /** `${ENV}` references, expanded by Loki (-config.expand-env) from secret-backed env vars. */
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly s3ForcePathStyle: boolean;
  readonly insecure: false;
  /** TLS of the S3 client: the CA that signs the endpoint. */
  readonly http_config: { readonly ca_file: string };
}

export interface EnvFromSecret {
  readonly name: string;
  readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string } };
}

export interface LokiValues {
  readonly deploymentMode: 'Monolithic';
  readonly loki: {
    readonly auth_enabled: false;
    readonly image: { readonly registry: string };
    readonly commonConfig: { readonly replication_factor: 1 };
    readonly storage: {
      readonly type: 's3';
      readonly bucketNames: { readonly chunks: string; readonly ruler: string; readonly admin: string };
      readonly s3: LokiS3Values;
    };
    readonly schemaConfig: {
      readonly configs: ReadonlyArray<{
        readonly from: string;
        readonly store: 'tsdb';
        readonly object_store: 's3';
        readonly schema: 'v13';
        readonly index: { readonly prefix: string; readonly period: '24h' };
      }>;
    };
    readonly limits_config: Readonly<Record<string, string | number | boolean>>;
    readonly compactor: Readonly<Record<string, string | number | boolean>>;
  };
  readonly singleBinary: {
    /** On the StatefulSet (merged by templates/_workload.tpl). */
    readonly annotations: Record<string, string>;
    readonly replicas: number;
    readonly resources: K8sResources;
    readonly extraEnv: readonly EnvFromSecret[];
    readonly persistence: { readonly enabled: true; readonly size: string; readonly storageClass: string };
    readonly extraVolumes: ReadonlyArray<{ readonly name: string; readonly configMap: { readonly name: string } }>;
    readonly extraVolumeMounts: ReadonlyArray<{ readonly name: string; readonly mountPath: string; readonly readOnly: true }>;
  };
  readonly write: { readonly replicas: 0 };
  readonly read: { readonly replicas: 0 };
  readonly backend: { readonly replicas: 0 };
  readonly gateway: { readonly enabled: false };
  readonly lokiCanary: { readonly enabled: false };
  readonly test: { readonly enabled: false };
  readonly chunksCache: { readonly enabled: false };
  readonly resultsCache: { readonly enabled: false };
  /** The k8s-sidecar container in Loki's pod that loads rules from labelled ConfigMaps and Secrets. */
  readonly sidecar: { readonly image: { readonly registry: string }; readonly resources: K8sResources };
}
