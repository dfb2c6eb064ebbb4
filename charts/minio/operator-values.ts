/** The values lakeplane sets on the MinIO operator chart (helm/operator, v7.1.1). */

export interface MinioOperatorImage {
  readonly repository: string;
  readonly tag: string;
  readonly pullPolicy?: 'IfNotPresent' | 'Always';
}

export interface MinioOperatorValues {
  readonly operator: {
    readonly env: ReadonlyArray<{ readonly name: string; readonly value: string }>;
    /** Volumes and mounts of the operator pod (templates/operator-deployment.yaml). */
    readonly volumes: ReadonlyArray<{ readonly name: string; readonly configMap: { readonly name: string } }>;
    readonly volumeMounts: ReadonlyArray<{ readonly name: string; readonly mountPath: string; readonly readOnly: true }>;
    readonly image: MinioOperatorImage;
    readonly sidecarImage: MinioOperatorImage;
    readonly replicaCount: number;
    readonly securityContext: Readonly<Record<string, unknown>>;
    readonly containerSecurityContext: Readonly<Record<string, unknown>>;
    readonly resources: {
      readonly requests: { readonly cpu: string; readonly memory: string };
      readonly limits: { readonly cpu?: string; readonly memory: string };
    };
    readonly additionalLabels?: Readonly<Record<string, string>>;
  };
}
