/**
 * Per-component configuration slices. Every component has `enabled` and `decommission`;
 * components with knobs of their own extend `componentBase` in their own file under
 * config/components/ and are listed here. Only components the platform really builds are
 * listed, so configuring one that does not exist is an unknown-key error.
 */
import { z } from 'zod';
import { AirflowConfigSchema } from './components/airflow';
import { ArgocdConfigSchema } from './components/argocd';
import { CertManagerConfigSchema } from './components/cert-manager';
import { CloudnativePgConfigSchema } from './components/cloudnative-pg';
import { ExternalSecretsConfigSchema } from './components/external-secrets';
import { KeycloakConfigSchema } from './components/keycloak';
import { LoggingConfigSchema } from './components/logging';
import { MinioConfigSchema, MinioOperatorConfigSchema } from './components/minio';
import { MonitoringConfigSchema } from './components/monitoring';
import { NessieConfigSchema } from './components/nessie';
import { RancherConfigSchema } from './components/rancher';
import { SealedSecretsConfigSchema } from './components/sealed-secrets';
import { TraefikConfigSchema } from './components/traefik';
import { TrinoConfigSchema } from './components/trino';
import { VeleroConfigSchema } from './components/velero';

// Defined in its own module so the slice files under components/ can import it without an
// import cycle through this file (the cycle left it undefined while the slices loaded).
export { componentBase } from './components/base';
import { componentBase } from './components/base';

/** A component with no knobs beyond enabled/decommission. */
export const plainComponent = z.strictObject(componentBase);

export const COMPONENT_CONFIG = z.strictObject({
  traefik: TraefikConfigSchema.optional(),
  'cert-manager': CertManagerConfigSchema.optional(),
  'sealed-secrets': SealedSecretsConfigSchema.optional(),
  'external-secrets': ExternalSecretsConfigSchema.optional(),
  'cloudnative-pg': CloudnativePgConfigSchema.optional(),
  keycloak: KeycloakConfigSchema.optional(),
  rancher: RancherConfigSchema.optional(),
  'minio-operator': MinioOperatorConfigSchema.optional(),
  minio: MinioConfigSchema.optional(),
  nessie: NessieConfigSchema.optional(),
  trino: TrinoConfigSchema.optional(),
  airflow: AirflowConfigSchema.optional(),
  monitoring: MonitoringConfigSchema.optional(),
  logging: LoggingConfigSchema.optional(),
  velero: VeleroConfigSchema.optional(),
  argocd: ArgocdConfigSchema.optional(),
});

export type ComponentsConfig = z.output<typeof COMPONENT_CONFIG>;
export type ComponentConfigId = keyof ComponentsConfig;
