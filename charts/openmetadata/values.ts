/**
 * The values lakeplane sets on the openmetadata chart 1.13.1 and the opensearch chart 3.6.0
 * (values.yaml and values.schema.json of each chart in the chart mirror).
 */
import type { ContainerSecurityValues, PodSecurityValues, ResourceValues } from '../../constructs/helm-values';

/** A value the chart reads from a Secret (`secretRef` is the Secret's name). */
interface SecretValueRef {
  readonly secretRef: string;
  readonly secretKey: string;
}

interface HttpProbeValues {
  readonly initialDelaySeconds?: number;
  readonly periodSeconds: number;
  readonly failureThreshold: number;
  readonly httpGet: { readonly path: string; readonly port: string };
}

export interface OpenmetadataValues {
  readonly replicaCount: number;
  readonly image: { readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' };
  readonly openmetadata: {
    readonly config: {
      readonly clusterName: string;
      readonly deployPipelinesConfig: { readonly enabled: boolean };
      readonly reindexConfig: { readonly enabled: boolean };
      readonly elasticsearch: {
        readonly host: string;
        readonly searchType: 'opensearch';
        readonly port: number;
        readonly scheme: 'https';
        readonly trustStore: { readonly enabled: true; readonly path: string; readonly password: SecretValueRef };
        readonly auth: { readonly enabled: true; readonly username: string; readonly password: SecretValueRef };
      };
      readonly database: {
        readonly host: string;
        readonly port: number;
        readonly driverClass: 'org.postgresql.Driver';
        readonly dbScheme: 'postgresql';
        readonly databaseName: string;
        readonly auth: { readonly username: string; readonly password: SecretValueRef };
        readonly dbParams: string;
      };
      readonly pipelineServiceClientConfig: {
        readonly enabled: true;
        readonly type: 'k8s';
        readonly metadataApiEndpoint: string;
        readonly k8s: {
          readonly namespace: string;
          readonly ingestionImage: string;
          readonly imagePullPolicy: 'IfNotPresent';
          readonly serviceAccountName: string;
          readonly securityContext: PodSecurityValues;
          readonly resources: ResourceValues;
          readonly extraEnvVars: readonly string[];
          readonly rbac: { readonly enabled: false };
        };
      };
      readonly authorizer: {
        readonly className: string;
        readonly containerRequestFilter: string;
        readonly initialAdmins: readonly string[];
        readonly principalDomain: string;
        readonly enforcePrincipalDomain: boolean;
        readonly allowedEmailRegistrationDomains: readonly string[];
        readonly useRolesFromProvider: boolean;
      };
      readonly authentication: {
        readonly provider: 'custom-oidc';
        readonly clientType: 'confidential';
        readonly publicKeys: readonly string[];
        readonly authority: string;
        readonly clientId: string;
        readonly callbackUrl: string;
        readonly jwtPrincipalClaims: readonly string[];
        readonly enableSelfSignup: boolean;
        readonly oidcConfiguration: {
          readonly enabled: true;
          readonly oidcType: string;
          readonly clientId: SecretValueRef;
          readonly clientSecret: SecretValueRef;
          readonly scope: string;
          readonly discoveryUri: string;
          readonly callbackUrl: string;
          readonly serverUrl: string;
        };
      };
      readonly fernetkey: { readonly value: ''; readonly secretRef: string; readonly secretKey: string };
      /** The keys the server signs its own tokens (bots, the JWKS it publishes) with (templates/secrets.yaml jwt-secret: file paths, key id, issuer). */
      readonly jwtTokenConfiguration: {
        readonly enabled: true;
        readonly rsapublicKeyFilePath: string;
        readonly rsaprivateKeyFilePath: string;
        readonly jwtissuer: string;
        readonly keyId: string;
      };
      readonly web: { readonly hsts: { readonly enabled: boolean }; readonly contentTypeOptions: { readonly enabled: boolean } };
    };
  };
  readonly fullnameOverride: string;
  readonly serviceAccount: { readonly create: true };
  readonly podSecurityContext: PodSecurityValues;
  readonly securityContext: ContainerSecurityValues;
  readonly service: { readonly type: 'ClusterIP'; readonly port: number; readonly adminPort: number };
  readonly serviceMonitor: { readonly enabled: false };
  readonly ingress: { readonly enabled: false };
  readonly networkPolicy: { readonly enabled: false };
  readonly extraEnvs: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly extraVolumes: readonly unknown[];
  readonly extraVolumeMounts: readonly unknown[];
  /** Init containers before the migration (templates/deployment.yaml preMigrateInitContainers). */
  readonly preMigrateInitContainers: readonly unknown[];
  readonly resources: ResourceValues;
  readonly livenessProbe: HttpProbeValues;
  readonly readinessProbe: HttpProbeValues;
  readonly startupProbe: HttpProbeValues;
  readonly podDisruptionBudget: { readonly enabled: boolean; readonly config: { readonly minAvailable: string } };
  readonly topologySpreadConstraints: readonly unknown[];
  readonly omjobOperator: { readonly enabled: false };
}

export interface OpensearchValues {
  readonly clusterName: string;
  readonly nodeGroup: string;
  readonly masterService: string;
  readonly singleNode: boolean;
  readonly replicas: number;
  readonly image: { readonly repository: string; readonly tag: string; readonly pullPolicy: 'IfNotPresent' };
  readonly opensearchJavaOpts: string;
  readonly resources: ResourceValues;
  readonly initResources: ResourceValues;
  readonly openSearchAnnotations: Readonly<Record<string, string>>;
  readonly persistence: { readonly enabled: true; readonly enableInitChown: false; readonly size: string; readonly storageClass: string };
  readonly config: { readonly 'opensearch.yml': string };
  readonly extraEnvs: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly secretMounts: ReadonlyArray<{ readonly name: string; readonly secretName: string; readonly path: string }>;
  readonly extraVolumes: readonly unknown[];
  readonly extraVolumeMounts: readonly unknown[];
  readonly extraInitContainers: readonly unknown[];
  readonly podSecurityContext: PodSecurityValues;
  readonly securityContext: ContainerSecurityValues;
  readonly securityConfig: { readonly enabled: true };
  readonly sysctl: { readonly enabled: false };
  readonly sysctlInit: { readonly enabled: false };
  readonly rbac: { readonly create: boolean; readonly automountServiceAccountToken: false };
  readonly networkPolicy: { readonly create: false };
  readonly protocol: 'https';
  readonly antiAffinity: 'hard' | 'soft';
  readonly startupProbe: Record<string, unknown>;
  readonly readinessProbe: Record<string, unknown>;
  readonly livenessProbe: Record<string, unknown>;
  readonly maxUnavailable: number;
}
